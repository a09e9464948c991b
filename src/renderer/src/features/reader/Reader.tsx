// The reading pane: metadata as text, tags, and the article body either as the original layout
// in a sandboxed frame (no scripts, no same-origin access, a CSP that blocks every network load)
// or as plain text in the page (React text nodes), where passages can be highlighted. Beside
// the body: the note on the article and its highlights.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleT } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { formatCount, formatDate } from '../../lib/format';
import type { Signal } from '../../lib/signal';
import type { Theme } from '../../lib/theme';
import { useCommands } from '../../commands/registry';
import { NoteEditor } from '../notes/NoteEditor';
import { embedInCurrentPage } from '../pages/currentPage';
import { ReprintBadge } from '../import/ReprintBadge';
import { TagEditor } from '../tags/TagEditor';
import { HighlightList } from './HighlightList';
import { MatchNav, jumpInFrame } from './MatchNav';
import { buildReaderDocument, type BodySource } from './readerDocument';
import { matchSpans, selectionOffsets, textParagraphs } from './textModel';
import { TextView } from './TextView';
import { useHighlights, type HighlightT } from './useHighlights';

type Mode = 'text' | 'original';
const MODE_KEY = 'parallax.readerMode';

function storedMode(): Mode | null {
  try {
    const v = window.localStorage.getItem(MODE_KEY);
    return v === 'text' || v === 'original' ? v : null;
  } catch {
    return null;
  }
}

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
  const textRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const report = useReportError();
  const { id, changes } = p;
  const [mode, setModeState] = useState<Mode>(() => storedMode() ?? 'original');
  // Until the reader chooses a mode, an article with highlights opens as text, where they show.
  const modeChosen = useRef(storedMode() !== null);
  const hl = useHighlights(id, report);
  const [active, setActive] = useState<{ id: number; nonce: number } | null>(null);
  const pendingJump = useRef<number | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  const setMode = useCallback((m: Mode) => {
    modeChosen.current = true;
    setModeState(m);
    try {
      window.localStorage.setItem(MODE_KEY, m);
    } catch {
      // Storage refused: the choice lasts while the app is open.
    }
  }, []);

  useEffect(() => {
    if (!modeChosen.current && hl.list?.some((h) => h.anchor !== 'lost')) {
      modeChosen.current = true;
      setModeState('text');
    }
  }, [hl.list]);

  useEffect(() => {
    if (!flash) return undefined;
    const t = window.setTimeout(() => setFlash(null), 5000);
    return () => window.clearTimeout(t);
  }, [flash]);

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
    () => (body && mode === 'original' ? buildReaderDocument(body, highlightKey ? highlightKey.split('\u0000') : [], p.theme) : null),
    [body, highlightKey, p.theme, mode],
  );
  const paras = useMemo(() => (body ? textParagraphs(body.text) : []), [body]);
  const textMatches = useMemo(
    () => (body && mode === 'text' ? matchSpans(body.text, paras, highlightKey ? highlightKey.split('\u0000') : []) : []),
    [body, paras, highlightKey, mode],
  );
  const navDoc = mode === 'text' ? textMatches : doc;
  const matchCount = mode === 'text' ? textMatches.length : (doc?.matches ?? 0);
  const currentMatch = nav.doc === navDoc ? nav.current : 0;
  const shownHighlights = useMemo(() => hl.list ?? [], [hl.list]);

  function jump(n: number): void {
    if (mode === 'original') jumpInFrame(frame.current, n);
    else textRef.current?.querySelector(`[data-match="${n}"]`)?.scrollIntoView({ block: 'center' });
  }

  // A highlight chosen in the margin while the original layout showed: switch, then scroll.
  useEffect(() => {
    if (pendingJump.current === null || mode !== 'text') return;
    scrollToHighlight(pendingJump.current);
    pendingJump.current = null;
  // oxlint-disable-next-line react/exhaustive-effect-dependencies -- runs once when the text view appears; scrollToHighlight reads refs
  }, [mode]);

  function scrollToHighlight(hid: number): void {
    textRef.current?.querySelector(`[data-highlight-id="${hid}"]`)?.scrollIntoView({ block: 'center' });
  }

  function showHighlight(h: HighlightT): void {
    if (mode === 'text') scrollToHighlight(h.id);
    else {
      pendingJump.current = h.id;
      setMode('text');
    }
  }

  async function highlightSelection(): Promise<void> {
    if (!body) return;
    if (mode !== 'text') {
      setMode('text');
      setFlash('Switched to Text mode: select the passage here, then press H.');
      return;
    }
    const root = textRef.current;
    const off = root ? selectionOffsets(root, body.text) : null;
    if (!off) {
      setFlash('Select a passage in the text first, then press H.');
      return;
    }
    const made = await hl.create({ start: off.start, end: off.end, quote: body.text.slice(off.start, off.end), color: 'yellow', comment: '' });
    if (made) {
      window.getSelection()?.removeAllRanges();
      setActive({ id: made.id, nonce: Date.now() });
      p.onChanged();
    }
  }

  async function embed(h: HighlightT): Promise<void> {
    try {
      const title = await embedInCurrentPage(h.id);
      setFlash(`Quoted in the notebook page “${title}”.`);
    } catch (e) {
      report(e);
    }
  }

  const usable = () => body !== null && !rootRef.current?.closest('[inert]');
  useCommands([
    { id: 'reader.highlight', group: 'Article', label: 'Highlight the selected passage', keys: ['h'], when: usable, run: () => void highlightSelection() },
    { id: 'reader.note', group: 'Article', label: 'Write a note on this article', keys: ['n'], when: usable, run: () => noteRef.current?.focus() },
    {
      id: 'reader.mode',
      group: 'Article',
      label: mode === 'text' ? 'Show the original layout' : 'Show as text (to highlight)',
      when: usable,
      run: () => setMode(mode === 'text' ? 'original' : 'text'),
    },
    { id: 'reader.expand', group: 'View', label: p.expanded ? 'Show the list again' : 'Read in full width', when: usable, run: p.onToggleExpanded },
  ]);

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
    <article ref={rootRef} className={`pane reader${p.expanded ? ' expanded' : ''}`} data-testid="reader" aria-label="Reader">
      <header className="reader-head">
        <div className="reader-toolbar">
          {navDoc && <MatchNav jump={jump} matches={matchCount} current={currentMatch} onCurrent={(n) => setNav({ doc: navDoc, current: n })} />}
          <span className="spacer" />
          <div className="segmented" role="group" aria-label="Reading mode">
            <button
              type="button"
              className={mode === 'text' ? 'on' : ''}
              aria-pressed={mode === 'text'}
              data-testid="reader-mode-text"
              title="Plain text, where passages can be highlighted"
              onClick={() => setMode('text')}
            >
              Text
            </button>
            <button
              type="button"
              className={mode === 'original' ? 'on' : ''}
              aria-pressed={mode === 'original'}
              data-testid="reader-mode-original"
              title="The article as it was laid out"
              onClick={() => setMode('original')}
            >
              Original layout
            </button>
          </div>
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
        <ReprintBadge reprintOf={article?.reprintOf} />
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
      {flash && (
        <p className="reader-flash" role="status" data-testid="reader-flash">
          {flash}
        </p>
      )}
      <div className="reader-body reader-split">
        <div className="reader-main">
        {mode === 'text' && body ? (
          <div className="reader-text-scroll">
            <TextView
              ref={textRef}
              text={body.text}
              paras={paras}
              highlights={shownHighlights}
              matches={textMatches}
              current={currentMatch}
              language={body.language}
              onPickHighlight={(hid) => setActive({ id: hid, nonce: Date.now() })}
            />
          </div>
        ) : doc ? (
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
        <aside className="reader-side" aria-label="Note and highlights">
          <NoteEditor ref={noteRef} articleId={id} />
          <HighlightList
            list={hl.list}
            active={active}
            deleted={hl.deleted}
            onUpdate={hl.update}
            onRemove={(h) => void hl.remove(h)}
            onUndo={() => void hl.undoDelete()}
            onDismissUndo={hl.dismissUndo}
            onJump={showHighlight}
            onEmbed={(h) => void embed(h)}
          />
        </aside>
      </div>
    </article>
  );
}
