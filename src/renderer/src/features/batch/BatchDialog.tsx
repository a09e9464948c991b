// Batch search from a pasted list: one query per line, each answered with its number of
// matches and its top titles. A row runs that query in the main list.
import { useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { formatCount } from '../../lib/format';
import { navigateSearch } from '../search/searchUrl';
import { batchQueries } from './batchQueries';
import { Dialog } from './Dialog';

type BatchResult = Output<'search.batch'>;

const TOP = 3;
const MAX_QUERIES = 1000;

export function BatchDialog({ onClose }: { onClose(): void }) {
  const [text, setText] = useState('');
  const [results, setResults] = useState<BatchResult | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const queries = batchQueries(text);

  async function run(): Promise<void> {
    if (queries.length === 0) {
      setError('Paste or type at least one query, one per line.');
      return;
    }
    if (queries.length > MAX_QUERIES) {
      setError(`At most ${formatCount(MAX_QUERIES)} queries can run in one batch; this list has ${formatCount(queries.length)}.`);
      return;
    }
    setRunning(true);
    setError(null);
    try {
      setResults(await api.invoke('search.batch', { queries, limit: TOP }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  }

  function openQuery(q: string): void {
    navigateSearch(q);
    onClose();
  }

  return (
    <Dialog
      title="Batch search"
      testId="batch-dialog"
      wide
      onClose={onClose}
      actions={
        <>
          <span className="muted small">{queries.length === 1 ? '1 query' : `${formatCount(queries.length)} queries`}</span>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="button" className="button primary" data-testid="batch-run" disabled={running} onClick={() => void run()}>
            {running ? 'Searching…' : 'Run all'}
          </button>
        </>
      }
    >
      <label className="field-label" htmlFor="batch-input">
        One query per line (the full query language works: "phrases", OR, outlet:, after:…)
      </label>
      <textarea
        id="batch-input"
        className="batch-input"
        data-testid="batch-input"
        rows={6}
        spellCheck={false}
        placeholder={'sanctions\n"mutual defence" outlet:Reuters\nharbour OR port'}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void run();
          }
        }}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {results && (
        <div className="batch-table-wrap">
          <table className="batch-table" data-testid="batch-results">
            <thead>
              <tr>
                <th scope="col">Query</th>
                <th scope="col" className="num">
                  Matches
                </th>
                <th scope="col">Top results</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r, i) => (
                <tr
                  key={`${i}-${r.query}`}
                  className="batch-row"
                  data-testid="batch-row"
                  data-total={r.total}
                  tabIndex={0}
                  title="Show these results in the list"
                  onClick={() => openQuery(r.query)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      openQuery(r.query);
                    }
                  }}
                >
                  <td className="batch-query">{r.query}</td>
                  <td className={`num batch-total${r.total === 0 ? ' zero' : ''}`}>{formatCount(r.total)}</td>
                  <td className="batch-hits">
                    {r.hits.length === 0 ? (
                      <span className="muted">{r.message ?? 'No matches.'}</span>
                    ) : (
                      <ol>
                        {r.hits.map((h) => (
                          <li key={h.id}>
                            <span className="batch-hit-title">{h.title || 'Untitled'}</span>
                            {h.outlet && <span className="muted"> · {h.outlet}</span>}
                          </li>
                        ))}
                      </ol>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}

export function BatchButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button facet-action" data-testid="batch-button" title="Run many searches at once from a pasted list" onClick={() => setOpen(true)}>
        Batch…
      </button>
      {open && <BatchDialog onClose={() => setOpen(false)} />}
    </>
  );
}
