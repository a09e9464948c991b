// The reading pane: metadata as text, tags, and the article body in a sandboxed frame with
// no scripts, no same-origin access and a CSP that blocks every network load.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleT } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { formatCount, formatDate } from '../../lib/format';
import type { Signal } from '../../lib/signal';
import type { Theme } from '../../lib/theme';
import { TagEditor } from '../tags/TagEditor';
import { MatchNav } from './MatchNav';
import { buildReaderDocument, type BodySource } from './readerDocument';

function toBody(a: ArticleT): BodySource {
  return { id: a.id, html: a.html, text: a.text, language: a.language };
}

interface Props {
  id: number;
  highlight: string[];
  theme: Theme;
  changes: Signal;
  knownTags: string[];
  expanded: boolean;
  onToggleExpanded(): void;
  onClose(): void;
  onChanged(): void;
}

/** Give it `key={id}`: one mounted reader per article, so nothing leaks between articles. */
export function Reader(p: Props) {
  const [article, setArticle] = useState<ArticleT | null>(null);
  // The body is kept apart from the metadata so that a tag edit (which reloads the article)
  // does not rebuild the frame and lose the reading position.
  const [body, setBody] = useState<BodySource | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // Position in the match list, tied to the document it belongs to: a new document restarts it.
  const [nav, setNav] = useState<{ doc: unknown; current: number }>({ doc: null, current: 0 });
  const frame = useRef<HTMLIFrameElement>(null);
  const report = useReportError();
  const { id, changes } = p;

  useEffect(() => {
    let live = true;
    const load = () =>
      api.invoke('articles.get', { id }).then(
        (a) => {
          if (!live) return;
          setArticle(a);
          setBody((prev) => (prev && prev.html === a.html && prev.text === a.text ? prev : toBody(a)));
        },
        (e: unknown) => live && report(e),
      );
    void load();
    const off = changes.subscribe(() => void load());
    return () => {
      live = false;
      off();
    };
  }, [id, changes, report]);

  const highlightKey = p.highlight.join('\u0000');
  const doc = useMemo(
    () => (body ? buildReaderDocument(body, highlightKey ? highlightKey.split('\u0000') : [], p.theme) : null),
    [body, highlightKey, p.theme],
  );

  async function openOriginal(url: string): Promise<void> {
    try {
      const r = await api.invoke('shell.openExternal', { url });
      setNote(r.opened ? null : 'This window cannot open links. Copy the address above and paste it into your browser.');
    } catch (e) {
      report(e);
    }
  }

  // Extractors often report the site name as the byline too: say it once.
  const byline = article?.byline && article.byline !== article.outlet ? article.byline : null;
  const meta = article ? [article.outlet, byline, formatDate(article.published)].filter(Boolean).join(' · ') : '';

  return (
    <article className={`pane reader${p.expanded ? ' expanded' : ''}`} data-testid="reader" aria-label="Reader">
      <header className="reader-head">
        <div className="reader-toolbar">
          {doc && <MatchNav frame={frame} matches={doc.matches} current={nav.doc === doc ? nav.current : 0} onCurrent={(n) => setNav({ doc, current: n })} />}
          <span className="spacer" />
          <button type="button" className="icon-button" onClick={p.onToggleExpanded} title={p.expanded ? 'Show the list again' : 'Read in full width'} aria-label={p.expanded ? 'Exit full width' : 'Full width'}>
            {p.expanded ? '⇤' : '⤢'}
          </button>
          <button type="button" className="icon-button" data-testid="reader-close" onClick={p.onClose} title="Close the reader (Esc)" aria-label="Close the reader">
            ×
          </button>
        </div>
        <h1 className="reader-title" data-testid="reader-title">
          {article ? article.title || 'Untitled' : '\u00a0'}
        </h1>
        <p className="reader-meta" data-testid="reader-meta">
          {meta}
          {article && article.wordCount > 0 && (
            <span className="muted">
              {meta ? ' · ' : ''}
              {formatCount(article.wordCount)} words
            </span>
          )}
        </p>
        {article?.url && (
          <div className="reader-url">
            <span className="url-text" title={article.url}>
              {article.url}
            </span>
            <button type="button" className="button small" onClick={() => void openOriginal(article.url!)}>
              Open original
            </button>
          </div>
        )}
        {note && <p className="field-hint">{note}</p>}
        {article && (
          <TagEditor ids={[article.id]} tags={article.tags.map((name) => ({ name, count: 1 }))} known={p.knownTags} onChanged={p.onChanged} />
        )}
      </header>
      <div className="reader-body">
        {doc ? (
          <iframe
            ref={frame}
            className="reader-frame"
            data-testid="reader-frame"
            title={`Article: ${article?.title ?? ''}`}
            sandbox=""
            referrerPolicy="no-referrer"
            srcDoc={doc.srcdoc}
          />
        ) : (
          <div className="reader-loading muted">Loading…</div>
        )}
      </div>
    </article>
  );
}
