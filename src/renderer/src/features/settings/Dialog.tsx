// A modal dialog on the native <dialog> element: it traps focus, closes on Esc and returns
// focus to where it was, which makes every management dialog keyboard-usable for free.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}

export function Dialog({ title, testId, onClose, children, footer, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  // Esc closes the dialog even when focus fell to the page (a button that disabled itself
  // while working): caught before the window's own shortcuts see it.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (ref.current?.contains(e.target as Node) && e.target !== ref.current) return;
      e.preventDefault();
      e.stopPropagation();
      close.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <dialog
      ref={ref}
      className={`manage-dialog${wide ? ' wide' : ''}`}
      data-testid={testId}
      aria-label={title}
      onCancel={(e) => {
        // Esc: close through React so the host's state stays the source of truth.
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        // Keep Esc and the app's single-key shortcuts from reaching the window behind.
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header className="dialog-head">
        <h2>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" data-testid="dialog-close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-foot">{footer}</footer>}
    </dialog>
  );
}

/** A yes/no question inside a dialog, for steps that cannot be taken back. */
export function Confirm(p: { text: string; confirmLabel: string; danger?: boolean; onConfirm(): void; onCancel(): void; testId?: string }) {
  return (
    <div className="confirm-box" role="alertdialog" aria-label={p.text} data-testid={p.testId ?? 'confirm'}>
      <p>{p.text}</p>
      <div className="confirm-actions">
        <button type="button" className="button" onClick={p.onCancel}>
          Cancel
        </button>
        <button type="button" className={`button ${p.danger ? 'danger' : 'primary'}`} data-testid="confirm-yes" onClick={p.onConfirm} autoFocus>
          {p.confirmLabel}
        </button>
      </div>
    </div>
  );
}
