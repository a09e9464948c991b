// A modal built on the native <dialog>: the browser traps focus, Esc closes it and the page
// behind stays inert. Used by the batch search, the import log and the import settings.
import { useEffect, useEffectEvent, useRef, type ReactNode } from 'react';

/** Open dialogs, innermost last. */
const stack: object[] = [];

interface Props {
  title: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
  actions?: ReactNode;
  wide?: boolean;
}

export function Dialog({ title, testId, onClose, children, actions, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  const close = useEffectEvent(onClose);

  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
    const token = {};
    stack.push(token);
    // Esc closes the topmost dialog only, wherever the focus is (a button that got disabled
    // drops it to the body), and never reaches the window shortcuts (which leave the search).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || stack[stack.length - 1] !== token) return;
      e.preventDefault();
      e.stopPropagation();
      close();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      stack.splice(stack.indexOf(token), 1);
      el?.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' wide' : ''}`}
      data-testid={testId}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}

    >
      <header className="modal-head">
        <h2 className="modal-title">{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" data-testid={`${testId}-close`} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="modal-body">{children}</div>
      {actions && <footer className="modal-foot">{actions}</footer>}
    </dialog>
  );
}
