// Adds and removes tags on one or many articles at once (tags.update). The chips show the
// tags the target articles carry; with several articles, how many of them carry each.
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { Chip } from '../../components/Chip';
import { showUndo } from '../../components/Toast';
import { bulkMessage } from '../bulk/messages';

export interface TagCount {
  name: string;
  /** How many of the target articles carry the tag. */
  count: number;
}

interface Props {
  ids: number[];
  tags: TagCount[];
  /** Every tag in the library, offered as suggestions. */
  known: string[];
  onChanged(): void;
}

export function TagEditor({ ids, tags, known, onChanged }: Props) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const report = useReportError();
  const listId = useId();
  const many = ids.length > 1;

  async function update(add: string[], remove: string[]): Promise<boolean> {
    if (ids.length === 0) return false;
    setBusy(true);
    try {
      if (ids.length > 1) {
        // Several articles at once: one undoable step, announced with an Undo.
        const r = await api.invoke('tags.bulk', { ids, add, remove });
        showUndo(bulkMessage(r.articles, add, remove));
      } else await api.invoke('tags.update', { ids, add, remove });
      onChanged();
      return true;
    } catch (e) {
      report(e);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function submit(): Promise<void> {
    const name = text.trim();
    if (!name) return;
    if (name.length > 100) {
      setHint('A tag can be at most 100 characters long.');
      return;
    }
    if ([...name].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f')) {
      setHint('A tag cannot contain control characters (tabs, line breaks and the like).');
      return;
    }
    setHint(null);
    if (await update([name], [])) setText('');
  }

  return (
    <div className="tag-editor">
      <div className="tag-chips" aria-label="Tags">
        {tags.map((t) => (
          <Chip
            key={t.name}
            name={t.name}
            testId="tag-chip"
            note={many && t.count < ids.length ? `${t.count}/${ids.length}` : undefined}
            onRemove={() => void update([], [t.name])}
          />
        ))}
        <input
          className="tag-input"
          data-testid="tag-input"
          placeholder={tags.length ? 'Add tag…' : many ? `Tag ${ids.length} articles…` : 'Add a tag…'}
          aria-label={many ? `Add a tag to ${ids.length} articles` : 'Add a tag'}
          list={listId}
          value={text}
          disabled={busy && text === ''}
          maxLength={120}
          onChange={(e) => {
            setText(e.target.value);
            setHint(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void submit();
            } else if (e.key === 'Escape') {
              // Handled here: the first Esc leaves the field, the next one closes the pane.
              e.preventDefault();
              setText('');
              e.currentTarget.blur();
            }
          }}
        />
        <datalist id={listId}>
          {known
            .filter((k) => !tags.some((t) => t.name === k && t.count === ids.length))
            .slice(0, 200)
            .map((k) => (
              <option key={k} value={k} />
            ))}
        </datalist>
      </div>
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  );
}
