// "Tag imports": tags put on every article the next imports store (file picker, folder picker
// and drag-and-drop alike). A tag icon while unset; once set, a pill "Tagging imports: summit"
// that reopens the editor, with × to stop tagging. Tags are text, never markup.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { parseImportTags, setImportTags, useImportTags } from './importTags';

function TagIcon() {
  return (
    <svg width="15" height="15" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M2 2.5v4.6c0 .4.2.8.4 1l6 6c.6.6 1.5.6 2.1 0l3.6-3.6c.6-.6.6-1.5 0-2.1l-6-6c-.3-.3-.6-.4-1-.4H2.5a.5.5 0 0 0-.5.5z" strokeLinejoin="round" />
      <circle cx="5.2" cy="5.2" r="1.1" fill="currentColor" stroke="none" />
    </svg>
  );
}

export function ImportTagsControl() {
  const tags = useImportTags();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const errorId = useId();

  function show(): void {
    setText(tags.join(', '));
    setError(null);
    setOpen(true);
  }

  function close(refocus: boolean): void {
    setOpen(false);
    // After closing, keyboard users continue from the control that opened the editor.
    if (refocus) window.requestAnimationFrame(() => trigger.current?.focus());
  }

  // A click anywhere else closes the editor without changing anything.
  useEffect(() => {
    if (!open) return undefined;
    const down = (e: PointerEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', down);
    return () => window.removeEventListener('pointerdown', down);
  }, [open]);

  function save(e: FormEvent): void {
    e.preventDefault();
    const r = parseImportTags(text);
    if ('error' in r) {
      setError(r.error);
      return;
    }
    setImportTags(r.tags);
    close(true);
  }

  const label = tags.join(', ');
  return (
    <div className="import-tags" ref={box}>
      {tags.length === 0 ? (
        <button
          ref={trigger}
          type="button"
          className={`icon-button${open ? ' on' : ''}`}
          data-testid="import-tags-button"
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-label="Tag imports: put tags on every article you import"
          title="Tag imports: put tags on every article you import"
          onClick={() => (open ? close(false) : show())}
        >
          <TagIcon />
        </button>
      ) : (
        <span className="import-tags-pill" data-testid="import-tags-chip" data-tags={label}>
          <button
            ref={trigger}
            type="button"
            className="import-tags-pill-edit"
            aria-haspopup="dialog"
            aria-expanded={open}
            title={`Every article you import gets: ${label}. Click to change.`}
            onClick={() => (open ? close(false) : show())}
          >
            <TagIcon />
            <span className="import-tags-pill-text">
              Tagging imports: <strong>{label}</strong>
            </span>
          </button>
          <button type="button" className="chip-remove" data-testid="import-tags-clear" aria-label="Stop tagging imports" title="Stop tagging imports" onClick={() => { setImportTags([]); close(true); }}>
            ×
          </button>
        </span>
      )}
      {open && (
        <div className="import-tags-pop" role="dialog" aria-label="Tag imports" data-testid="import-tags-editor">
          <form
            onSubmit={save}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                close(true);
              }
            }}
          >
            <label className="import-tags-label" htmlFor={inputId}>
              Tag every article of the next imports
            </label>
            <input
              id={inputId}
              autoFocus
              className="text-input"
              data-testid="import-tags-input"
              placeholder="e.g. summit, region/korea"
              value={text}
              maxLength={4000}
              aria-invalid={error !== null}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => {
                setText(e.target.value);
                setError(null);
              }}
            />
            {error ? (
              <p className="field-hint" id={errorId} role="alert" data-testid="import-tags-error">
                {error}
              </p>
            ) : (
              <p className="import-tags-help muted">Separate tags with commas. Applies to files, folders and drops until you clear it or close the window.</p>
            )}
            <div className="import-tags-actions">
              {tags.length > 0 && (
                <button
                  type="button"
                  className="button small ghost"
                  onClick={() => {
                    setImportTags([]);
                    close(true);
                  }}
                >
                  Stop tagging
                </button>
              )}
              <span className="spacer" />
              <button type="button" className="button small" onClick={() => close(true)}>
                Cancel
              </button>
              <button type="submit" className="button small primary" data-testid="import-tags-save">
                Set tags
              </button>
            </div>
          </form>
        </div>
      )}
    </div>
  );
}
