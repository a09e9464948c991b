// The notebook: free-standing pages beside the library. A list of pages on the left, the page
// being written on the right; deleting a page can be undone while the notice shows.
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { formatDate } from '../../lib/format';
import { currentPageId, setCurrentPageId } from './currentPage';
import type { LinkTarget } from './markdown';
import { PageEditor } from './PageEditor';

type Summary = Output<'pages.list'>[number];

interface Props {
  onClose(): void;
  onOpenArticle(id: number): void;
}

export function NotebookView({ onClose, onOpenArticle }: Props) {
  const report = useReportError();
  const [pages, setPages] = useState<Summary[] | null>(null);
  const [openId, setOpenId] = useState<number | null>(currentPageId);
  const [editorKey, setEditorKey] = useState(0);
  const [deleted, setDeleted] = useState<{ title: string; body: string } | null>(null);

  const load = useCallback(
    () =>
      api.invoke('pages.list', {}).then(
        (list) => {
          setPages(list);
          setOpenId((cur) => (cur !== null && list.some((p) => p.id === cur) ? cur : (list[0]?.id ?? null)));
        },
        (e: unknown) => report(e),
      ),
    [report],
  );

  useEffect(() => {
    void load();
    // A passage quoted from the reader lands in a page: show it.
    const on = () => {
      void load();
      setEditorKey((k) => k + 1);
    };
    window.addEventListener('parallax:page-changed', on);
    return () => window.removeEventListener('parallax:page-changed', on);
  }, [load]);

  useEffect(() => {
    if (openId !== null) setCurrentPageId(openId);
  }, [openId]);

  async function create(title = 'Untitled page', body = ''): Promise<void> {
    try {
      const p = await api.invoke('pages.save', { title, body });
      setOpenId(p.id);
      await load();
    } catch (e) {
      report(e);
    }
  }

  async function remove(p: { id: number; title: string; body: string }): Promise<void> {
    try {
      await api.invoke('pages.delete', { id: p.id });
      setDeleted({ title: p.title, body: p.body });
      setOpenId(null);
      await load();
    } catch (e) {
      report(e);
    }
  }

  async function undoDelete(): Promise<void> {
    const d = deleted;
    setDeleted(null);
    if (d) await create(d.title.trim() || 'Untitled page', d.body);
  }

  function openLink(t: LinkTarget): void {
    onClose();
    onOpenArticle(t.articleId);
  }

  const onSaved = useCallback(
    (page: Output<'pages.get'>) =>
      setPages((list) => (list ?? []).map((s) => (s.id === page.id ? { ...s, title: page.title, updatedAt: page.updatedAt } : s))),
    [],
  );

  return (
    <section className="notebook" data-testid="notebook" aria-label="Notebook">
      <header className="notebook-head">
        <h1 className="notebook-heading">Notebook</h1>
        <button type="button" className="button small primary" data-testid="page-new" onClick={() => void create()}>
          New page
        </button>
        <span className="spacer" />
        <button type="button" className="icon-button" data-testid="notebook-close" aria-label="Close the notebook" title="Close the notebook (Esc)" onClick={onClose}>
          ×
        </button>
      </header>
      {deleted && (
        <div className="undo-bar notebook-undo" role="status">
          <span>Page “{deleted.title}” deleted.</span>
          <button type="button" className="button small" data-testid="page-undo" onClick={() => void undoDelete()}>
            Undo
          </button>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setDeleted(null)}>
            ×
          </button>
        </div>
      )}
      <div className="notebook-body">
        <nav className="page-list-wrap" aria-label="Pages">
          <ul className="page-list" data-testid="page-list">
            {pages?.length === 0 && <li className="muted side-empty">No pages yet. Start one with “New page”.</li>}
            {pages?.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className={`page-item${p.id === openId ? ' active' : ''}`}
                  data-testid="page-item"
                  aria-current={p.id === openId ? 'page' : undefined}
                  onClick={() => setOpenId(p.id)}
                >
                  <span className="page-item-title">{p.title}</span>
                  <span className="page-item-excerpt muted">{p.excerpt || 'Empty page'}</span>
                  <span className="page-item-date muted">{formatDate(p.updatedAt)}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        {openId !== null ? (
          <PageEditor key={`${openId}-${editorKey}`} id={openId} onSaved={onSaved} onDelete={(p) => void remove(p)} onOpenArticle={openLink} />
        ) : (
          <div className="page-editor page-none muted">{pages === null ? 'Loading…' : 'Choose a page or start a new one.'}</div>
        )}
      </div>
    </section>
  );
}
