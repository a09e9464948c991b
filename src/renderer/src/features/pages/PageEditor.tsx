// One notebook page: title and Markdown body saved as you type, a live preview (React elements
// from a small Markdown subset), and export as Markdown or self-contained HTML.
import { useEffect, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { saveLabel, useAutosave } from '../notes/useAutosave';
import { downloadFile } from '../../lib/download';
import { Markdown, type LinkTarget } from './markdown';

type PageT = Output<'pages.get'>;

interface Props {
  id: number;
  onSaved(page: PageT): void;
  onDelete(page: { id: number; title: string; body: string }): void;
  onOpenArticle(t: LinkTarget): void;
}

export function PageEditor({ id, onSaved, onDelete, onOpenArticle }: Props) {
  const report = useReportError();
  const [page, setPage] = useState<{ title: string; body: string } | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const saver = useAutosave<{ title: string; body: string }>(async (v) => {
    try {
      onSaved(await api.invoke('pages.save', { id, title: v.title, body: v.body }));
    } catch (e) {
      report(e);
      throw e;
    }
  });

  useEffect(() => {
    let live = true;
    api.invoke('pages.get', { id }).then(
      (p) => live && setPage({ title: p.title, body: p.body }),
      (e: unknown) => live && report(e),
    );
    return () => {
      live = false;
    };
  }, [id, report]);

  function edit(next: { title: string; body: string }): void {
    setPage(next);
    if (!next.title.trim()) {
      setHint('A page needs a title; it is saved again once it has one.');
      return;
    }
    setHint(null);
    saver.change(next);
  }

  async function exportAs(format: 'md' | 'html'): Promise<void> {
    try {
      await saver.flush();
      downloadFile(await api.invoke('pages.export', { id, format }));
    } catch (e) {
      report(e);
    }
  }

  if (!page) return <div className="page-editor muted page-loading">Loading…</div>;
  return (
    <div className="page-editor">
      <div className="page-toolbar">
        <input
          className="page-title-input"
          data-testid="page-title"
          aria-label="Page title"
          value={page.title}
          maxLength={500}
          onChange={(e) => edit({ ...page, title: e.target.value })}
          onBlur={() => void saver.flush()}
        />
        <span className={`save-state ${saver.state}`} data-testid="page-save-state" aria-live="polite">
          {saveLabel(saver.state)}
        </span>
        <button type="button" className="button small" data-testid="page-export-md" onClick={() => void exportAs('md')}>
          Export Markdown
        </button>
        <button type="button" className="button small" data-testid="page-export-html" onClick={() => void exportAs('html')}>
          Export HTML
        </button>
        <button type="button" className="button small ghost" data-testid="page-delete" onClick={() => onDelete({ id, ...page })}>
          Delete
        </button>
      </div>
      {hint && <p className="field-hint page-hint">{hint}</p>}
      <div className="page-split">
        <textarea
          className="page-body"
          data-testid="page-body"
          aria-label="Page text (Markdown)"
          placeholder={'Write in Markdown. Quote a passage from the reader with “To page” beside a highlight.'}
          value={page.body}
          spellCheck
          onChange={(e) => edit({ ...page, body: e.target.value })}
          onBlur={() => void saver.flush()}
        />
        <div className="page-preview md" data-testid="page-preview" aria-label="Preview">
          {page.body.trim() ? <Markdown source={page.body} onLink={onOpenArticle} /> : <p className="muted">The preview appears here.</p>}
        </div>
      </div>
    </div>
  );
}
