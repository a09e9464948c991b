// The frame shared by the palette and quick open: a modal box near the top of the window that
// closes on Esc or a click outside and gives the focus back to where it was.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  testId: string;
  label: string;
  onClose(): void;
  children: ReactNode;
}

export function Dialog({ testId, label, onClose, children }: Props) {
  const [before] = useState(() => document.activeElement as HTMLElement | null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(
    () => () => {
      if (before && before.isConnected && before !== document.body) before.focus();
    },
    [before],
  );

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        className="dialog-box"
        role="dialog"
        aria-modal="true"
        aria-label={label}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      >
        {children}
      </div>
    </div>
  );
}

/** ↑/↓/Home/End move the active row, Enter picks it; the active row follows the list's length. */
export function useListKeys(count: number, pick: (index: number) => void) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, count - 1));

  useEffect(() => {
    document.querySelector('.dialog-item.active')?.scrollIntoView({ block: 'nearest' });
  // oxlint-disable-next-line react/exhaustive-effect-dependencies -- re-run when the active row changes, to scroll it into view
  }, [current]);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(1, count));
    else if (e.key === 'ArrowUp') setActive((current - 1 + count) % Math.max(1, count));
    else if (e.key === 'Enter') {
      if (count > 0) pick(current);
    } else return;
    e.preventDefault();
    // Keep the window's own shortcuts (ArrowDown = go to the results…) out of the dialog.
    e.stopPropagation();
  }

  return { active: current, setActive, onKeyDown };
}
