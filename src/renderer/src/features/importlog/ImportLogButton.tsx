// Opens the import log: an icon in the header, a link under an import summary.
import { useState } from 'react';
import { ImportLogDialog } from './ImportLogDialog';

interface Props {
  variant: 'icon' | 'link';
  testId: string;
  label: string;
}

export function ImportLogButton({ variant, testId, label }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {variant === 'icon' ? (
        <button type="button" className="icon-button" data-testid={testId} aria-label={label} title={label} onClick={() => setOpen(true)}>
          <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
            <rect x="2.5" y="1.5" width="11" height="13" rx="1.5" />
            <path d="M5 5h6M5 8h6M5 11h3.5" strokeLinecap="round" />
          </svg>
        </button>
      ) : (
        <button type="button" className="link-button" data-testid={testId} onClick={() => setOpen(true)}>
          {label}
        </button>
      )}
      {open && <ImportLogDialog onClose={() => setOpen(false)} />}
    </>
  );
}
