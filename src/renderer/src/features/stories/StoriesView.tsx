// Stories: the list, and an open story compared article against article. Renames, merges,
// splits and moves are the library's (kept when stories are found again); each one can be
// undone from the bar at the bottom until the next one.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { plural } from '../../lib/format';
import type { Signal } from '../../lib/signal';
import { CompareView } from '../compare/CompareView';
import { StoryArticles } from './StoryArticles';
import { StoryList, type StorySummaryT } from './StoryList';
import { StoryTitle } from './StoryTitle';

type StoryDetailT = Output<'stories.get'>;
interface Undo {
  text: string;
  run(): Promise<unknown>;
}

interface Props {
  changes: Signal;
  onClose(): void;
  onOpenArticle(id: number): void;
}

function typing(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

export function StoriesView({ changes, onClose, onOpenArticle }: Props) {
  const report = useReportError();
  const [openId, setOpenId] = useState<number | null>(null);
  const [story, setStory] = useState<StoryDetailT | null>(null);
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [reload, setReload] = useState(0);

  const back = useCallback(() => {
    setOpenId(null);
    setStory(null);
  }, []);

  // Escape in an open story goes back to the list; the window's own Escape (close) sees it handled.
  useEffect(() => {
    if (openId === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || typing(e.target)) return;
      e.preventDefault();
      back();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [openId, back]);

  const request = useMemo(() => (openId === null ? null : { id: openId, pass: reload }), [openId, reload]);
  useEffect(() => {
    if (request === null) return;
    let live = true;
    api.invoke('stories.get', { id: request.id }).then(
      (s) => live && setStory(s),
      (e: unknown) => {
        if (!live) return;
        report(e);
        back();
      },
    );
    return () => {
      live = false;
    };
  }, [request, report, back]);

  /** Runs a story edit; on success the story and the comparison reload and the undo is offered. */
  const act = async (fn: () => Promise<Undo | null>) => {
    setBusy(true);
    try {
      const u = await fn();
      setUndo(u);
      setReload((n) => n + 1);
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  const rename = (s: StoryDetailT, title: string | null) =>
    act(async () => {
      const before = s.titleIsUser ? s.title : null;
      await api.invoke('stories.rename', { id: s.id, title });
      return { text: 'Story renamed.', run: () => api.invoke('stories.rename', { id: s.id, title: before }) };
    });

  const merge = (list: StorySummaryT[]) =>
    act(async () => {
      const into = list[0]!;
      await api.invoke('stories.merge', { ids: list.map((s) => s.id) });
      const others = list.slice(1);
      return {
        text: `${plural(list.length, 'story', 'stories')} merged into “${into.title}”.`,
        run: async () => {
          for (const o of others) await api.invoke('stories.split', { id: into.id, articleIds: o.articleIds });
        },
      };
    });

  const split = (s: StoryDetailT, articleIds: number[]) =>
    act(async () => {
      const r = await api.invoke('stories.split', { id: s.id, articleIds });
      return { text: `${plural(articleIds.length, 'article')} split off into a new story.`, run: () => api.invoke('stories.merge', { ids: [r.from.id, r.to.id] }) };
    });

  const moveOut = (s: StoryDetailT, articleId: number) =>
    act(async () => {
      await api.invoke('stories.moveArticle', { articleId, toStoryId: null });
      return { text: 'Article moved out of the story.', run: () => api.invoke('stories.moveArticle', { articleId, toStoryId: s.id }) };
    });

  const recluster = () =>
    act(async () => {
      await api.invoke('stories.recluster', {});
      return null;
    });

  const undoBar = undo && (
    <div className="story-undo" role="status" data-testid="stories-undo">
      <span>{undo.text}</span>
      <button
        type="button"
        className="button small"
        disabled={busy}
        onClick={() =>
          void act(async () => {
            await undo.run();
            return null;
          })
        }
      >
        Undo
      </button>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setUndo(null)}>
        ×
      </button>
    </div>
  );

  if (openId !== null) {
    if (!story) return <section className="compare cmp" aria-busy="true"><p className="cmp-loading muted">Opening the story…</p></section>;
    const heading = (
      <>
        <button type="button" className="button small ghost" onClick={back} data-testid="stories-back" title="Back to the stories (Esc)">
          ← Stories
        </button>
        <StoryTitle key={story.title} title={story.title} isUser={story.titleIsUser} onRename={(t) => void rename(story, t)} />
      </>
    );
    const strip = <StoryArticles key={story.id} story={story} busy={busy} onSplit={(ids) => void split(story, ids)} onMoveOut={(id) => void moveOut(story, id)} onOpen={onOpenArticle} />;
    return (
      <>
        {story.articleCount >= 2 ? (
          <CompareView storyId={story.id} heading={heading} toolbar={strip} reloadKey={reload} onClose={back} onOpen={onOpenArticle} />
        ) : (
          <section className="compare cmp" data-testid="story-single">
            <header className="compare-head cmp-head">{heading}</header>
            {strip}
            <p className="cmp-empty">This story has one article: there is nothing to compare it with. Merge another story into it from the list.</p>
          </section>
        )}
        {undoBar}
      </>
    );
  }

  return (
    <section className="compare cmp stories" data-testid="stories-view" aria-label="Stories">
      <header className="compare-head cmp-head">
        <h2 className="pane-title">Stories</h2>
        <span className="muted small">Articles about the same event, grouped automatically.</span>
        <span className="spacer" />
        <button type="button" className="button" data-testid="stories-close" onClick={onClose} title="Back to the library (Esc)">
          Close <kbd>Esc</kbd>
        </button>
      </header>
      <StoryList changes={changes} onOpen={setOpenId} onMerge={(l) => void merge(l)} onRecluster={() => void recluster()} busy={busy} />
      {undoBar}
    </section>
  );
}

export function StoriesButton({ active, onClick }: { active: boolean; onClick(): void }) {
  return (
    <button type="button" className={`button${active ? ' primary' : ''}`} data-testid="stories-button" aria-pressed={active} onClick={onClick} title="Stories: articles about the same event, compared">
      Stories
    </button>
  );
}
