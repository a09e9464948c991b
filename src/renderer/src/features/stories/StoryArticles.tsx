// The articles of an open story, as a strip above the comparison: tick some to split them
// off into a new story, or move one out into a story of its own.
import { useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { formatDate, plural } from '../../lib/format';

type StoryDetailT = Output<'stories.get'>;

interface Props {
  story: StoryDetailT;
  busy: boolean;
  onSplit(articleIds: number[]): void;
  onMoveOut(articleId: number): void;
  onOpen(id: number): void;
}

export function StoryArticles({ story, busy, onSplit, onMoveOut, onOpen }: Props) {
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<number[]>([]);
  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const all = picked.length >= story.articles.length;

  return (
    <div className="story-articles" data-testid="story-articles">
      <div className="story-articles-bar">
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((x) => !x)} data-testid="story-articles-toggle">
          {open ? '▾' : '▸'} {plural(story.articleCount, 'article')} in this story · {story.outlets.join(', ')}
        </button>
        <span className="spacer" />
        {open && (
          <button
            type="button"
            className="button small"
            data-testid="story-split"
            disabled={busy || picked.length === 0 || all}
            title={all ? 'Leave at least one article in this story' : 'Move the ticked articles into a new story'}
            onClick={() => {
              onSplit(picked);
              setPicked([]);
            }}
          >
            Split ticked into a new story
          </button>
        )}
      </div>
      {open && (
        <ul className="story-article-list">
          {story.articles.map((a) => (
            <li key={a.id} data-testid="story-article" data-article-id={a.id}>
              <input type="checkbox" checked={picked.includes(a.id)} onChange={() => toggle(a.id)} aria-label={`Tick “${a.title}” to split it off`} />
              <span className="story-article-outlet">{a.outlet || 'No outlet'}</span>
              <span className="muted small">{formatDate(a.published) || 'Undated'}</span>
              <button type="button" className="link-button story-article-title" onClick={() => onOpen(a.id)} title="Open in the reader">
                {a.title || 'Untitled'}
              </button>
              {a.pinned && (
                <span className="cmp-badge" title="You placed this article here; finding stories again leaves it">
                  pinned
                </span>
              )}
              <button type="button" className="button small ghost" data-testid="story-move-out" disabled={busy || story.articles.length < 2} onClick={() => onMoveOut(a.id)}>
                Move out
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
