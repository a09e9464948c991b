// A strip above a search result set (or a filtered list): tag or untag every result at once
// ("Tag all 213 results" → tags.bulk with the query, one undoable step) and export them.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { showUndo } from '../../components/Toast';
import { formatCount } from '../../lib/format';
import { openDialog } from '../settings/dialogs';
import { bulkMessage, parseTagList } from './messages';

interface Props {
  /** The query-language query that selects exactly the list in view. */
  query: string;
  total: number | null;
  /** Every tag in the library, offered as suggestions. */
  knownTags: string[];
}

/** The query for a sidebar filter, so a filtered list is a result set like a search. */
export function filterQuery(f: { kind: 'tag' | 'outlet'; value: string }): string {
  return `${f.kind}:"${f.value.replace(/"/g, '')}"`;
}

export function BulkBar({ query, total, knownTags }: Props) {
  // Open for one result set: another query closes the form.
  const [openFor, setOpenFor] = useState<string | null>(null);
  const open = openFor === query;
  const setOpen = (v: boolean) => setOpenFor(v ? query : null);
  const [mode, setMode] = useState<'add' | 'remove'>('add');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [hintState, setHintState] = useState<{ query: string; text: string } | null>(null);
  const hint = hintState?.query === query ? hintState.text : null;
  const setHint = (t: string | null) => setHintState(t === null ? null : { query, text: t });
  const report = useReportError();
  const listId = useId();


  async function apply(e: FormEvent): Promise<void> {
    e.preventDefault();
    const tags = parseTagList(text);
    if (tags.length === 0) {
      setHint('Type the tag to add or remove, e.g. sanctions or region/korea.');
      return;
    }
    setBusy(true);
    try {
      const r = await api.invoke('tags.bulk', { query, ...(mode === 'add' ? { add: tags } : { remove: tags }) });
      showUndo(bulkMessage(r.articles, mode === 'add' ? tags : [], mode === 'remove' ? tags : []));
      setText('');
      setOpen(false);
      setHint(r.message);
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  }

  const n = total === null ? '' : ` ${formatCount(total)}`;
  const none = total === 0;

  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      {!open ? (
        <>
          <button type="button" className="button small" data-testid="bulk-tag-results" disabled={none} onClick={() => setOpen(true)}>
            Tag all{n} {total === 1 ? 'result' : 'results'}…
          </button>
          <button type="button" className="button small ghost" data-testid="export-results" disabled={none} onClick={() => openDialog('export', 'results')}>
            Export results…
          </button>
          {hint && <span className="muted small">{hint}</span>}
        </>
      ) : (
        <form className="bulk-form" onSubmit={(e) => void apply(e)}>
          <select aria-label="Add or remove" data-testid="bulk-mode" value={mode} onChange={(e) => setMode(e.target.value === 'remove' ? 'remove' : 'add')}>
            <option value="add">Add tag to</option>
            <option value="remove">Remove tag from</option>
          </select>
          <span className="muted small">all{n} results:</span>
          <input
            autoFocus
            className="text-input"
            data-testid="bulk-tag-input"
            placeholder="tag, or several separated by commas"
            aria-label={mode === 'add' ? 'Tags to add to every result' : 'Tags to remove from every result'}
            list={listId}
            value={text}
            maxLength={2000}
            onChange={(e) => {
              setText(e.target.value);
              setHint(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                setOpen(false);
              }
            }}
          />
          <datalist id={listId}>
            {knownTags.slice(0, 300).map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <button type="submit" className="button small primary" data-testid="bulk-apply" disabled={busy}>
            Apply
          </button>
          <button type="button" className="button small ghost" onClick={() => setOpen(false)}>
            Cancel
          </button>
          {hint && <span className="field-hint">{hint}</span>}
        </form>
      )}
    </div>
  );
}
