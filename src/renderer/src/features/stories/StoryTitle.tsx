// The story's title, renamed in place: Enter or leaving the field saves, Escape cancels, an
// empty title goes back to the automatic one.
import { useState } from 'react';

interface Props {
  title: string;
  isUser: boolean;
  onRename(title: string | null): void;
}

export function StoryTitle({ title, isUser, onRename }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const t = draft.trim();
    setDraft(null);
    if (t !== title.trim()) onRename(t === '' ? null : t);
  };
  if (draft !== null)
    return (
      <input
        className="story-title-input"
        data-testid="story-title-input"
        aria-label="Story title (empty for the automatic title)"
        value={draft}
        maxLength={300}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            e.preventDefault();
            setDraft(null);
          }
        }}
      />
    );
  return (
    <div className="story-heading">
      <h2 className="pane-title story-heading-title" data-testid="story-title" title={title}>
        {title || 'Untitled story'}
      </h2>
      {!isUser && <span className="cmp-badge" title="Taken from the story's most central article">automatic title</span>}
      <button type="button" className="button small ghost" data-testid="story-rename" onClick={() => setDraft(title)}>
        Rename
      </button>
    </div>
  );
}
