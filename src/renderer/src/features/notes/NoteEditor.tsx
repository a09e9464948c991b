// The note on one article: Markdown in a plain text field, saved a moment after typing stops.
// Emptying the field removes the note.
import { forwardRef, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { saveLabel, useAutosave } from './useAutosave';

interface Props {
  articleId: number;
}

export const NoteEditor = forwardRef<HTMLTextAreaElement, Props>(function NoteEditor({ articleId }, ref) {
  const report = useReportError();
  const [body, setBody] = useState<string | null>(null);
  const saver = useAutosave<string>(async (text) => {
    try {
      await api.invoke('notes.save', { articleId, body: text });
    } catch (e) {
      report(e);
      throw e;
    }
  });

  useEffect(() => {
    let live = true;
    api.invoke('notes.get', { articleId }).then(
      (n) => live && setBody(n?.body ?? ''),
      (e: unknown) => {
        if (!live) return;
        report(e);
        setBody('');
      },
    );
    return () => {
      live = false;
    };
  }, [articleId, report]);

  const label = saveLabel(saver.state);
  return (
    <section className="side-section note-section" aria-label="Note on this article">
      <div className="side-head">
        <h2 className="side-title">Note</h2>
        <span className={`save-state ${saver.state}`} data-testid={saver.state === 'saved' ? 'note-saved' : 'note-state'} aria-live="polite">
          {label}
        </span>
      </div>
      <textarea
        ref={ref}
        className="note-editor"
        data-testid="note-editor"
        aria-label="Note on this article (Markdown)"
        placeholder={body === null ? 'Loading…' : 'Your thoughts on this article (Markdown). Saved as you type.'}
        disabled={body === null}
        value={body ?? ''}
        spellCheck
        onChange={(e) => {
          setBody(e.target.value);
          saver.change(e.target.value);
        }}
        onBlur={() => void saver.flush()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            e.currentTarget.blur();
          }
        }}
      />
    </section>
  );
});
