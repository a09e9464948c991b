// Auto-tag rules: a query in the search language plus the tags it applies (outlet:KCNA OR
// outlet:TASS → state-media). Rules run on every import; "Run now" applies one (or all) over
// the whole library and shows what it caught, undoable from the toast.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { Rule, RuleRun } from '../../../../shared/contract-notebook';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { showUndo } from '../../components/Toast';
import { formatCount, formatDate, plural } from '../../lib/format';
import { useBusyStep } from '../../lib/useBusyStep';
import { parseTagList } from '../bulk/messages';
import { Dialog } from '../settings/Dialog';

type RuleT = z.output<typeof Rule>;
type RunT = z.output<typeof RuleRun>;

interface Draft {
  id?: number;
  name: string;
  query: string;
  tags: string;
  enabled: boolean;
}

const blank: Draft = { name: '', query: '', tags: '', enabled: true };

export function RulesDialog({ onClose }: { onClose(): void }) {
  const [rules, setRules] = useState<RuleT[] | null>(null);
  const [draft, setDraft] = useState<Draft>(blank);
  const [runs, setRuns] = useState<RunT[] | null>(null);
  const report = useReportError();
  const { busy, step } = useBusyStep(report);

  const load = useCallback(() => api.invoke('rules.list', {}).then(setRules, report), [report]);
  useEffect(() => {
    void load();
  }, [load]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    void step(async () => {
      const saved = await api.invoke('rules.save', {
        ...(draft.id !== undefined ? { id: draft.id } : {}),
        name: draft.name,
        query: draft.query,
        tags: parseTagList(draft.tags),
        enabled: draft.enabled,
      });
      setDraft({ id: saved.id, name: saved.name, query: saved.query, tags: saved.tags.join(', '), enabled: saved.enabled });
      await load();
    });
  };

  const run = (id?: number) =>
    void step(async () => {
      const r = await api.invoke('rules.run', id === undefined ? {} : { id });
      setRuns(r.results);
      const tagged = r.results.reduce((s, x) => s + x.tagged, 0);
      if (r.undoLabel) showUndo(`Rules tagged ${plural(tagged, 'article')}`);
      await load();
    });

  const remove = (id: number) =>
    void step(async () => {
      await api.invoke('rules.delete', { id });
      if (draft.id === id) setDraft(blank);
      await load();
    });

  const list = rules ?? [];
  return (
    <Dialog
      title="Auto-tag rules"
      testId="rules-dialog"
      onClose={onClose}
      wide
      footer={
        <>
          <span className="muted small">Enabled rules also run on every import.</span>
          <span className="spacer" />
          <button type="button" className="button" data-testid="rules-run-all" disabled={busy || !list.some((r) => r.enabled)} onClick={() => run()}>
            Run all enabled rules
          </button>
        </>
      }
    >
      <div className="rules-layout">
        <div className="rules-list-col">
          {rules !== null && list.length === 0 && <p className="muted empty-state">No rules yet. Write one on the right.</p>}
          <ul className="manage-list" data-testid="rules-list">
            {list.map((r) => (
              <li key={r.id} className={`manage-item${draft.id === r.id ? ' current' : ''}`} data-testid="rule-item" data-rule={r.name}>
                <button
                  type="button"
                  className="manage-item-main as-button"
                  onClick={() => setDraft({ id: r.id, name: r.name, query: r.query, tags: r.tags.join(', '), enabled: r.enabled })}
                >
                  <span className="manage-item-title">
                    {r.name}
                    {!r.enabled && <span className="badge">off</span>}
                  </span>
                  <code className="rule-query">{r.query}</code>
                  <span className="muted small">
                    → {r.tags.join(', ')}
                    {r.lastRunAt && ` · last run ${formatDate(r.lastRunAt)}: ${formatCount(r.lastMatched ?? 0)} matched`}
                  </span>
                </button>
                <div className="manage-item-actions">
                  <button type="button" className="button small" data-testid="rule-run" disabled={busy} onClick={() => run(r.id)}>
                    Run now
                  </button>
                  <button type="button" className="icon-button" aria-label={`Delete rule ${r.name}`} data-testid="rule-delete" disabled={busy} onClick={() => remove(r.id)}>
                    ×
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
        <form className="rules-form" onSubmit={save} aria-label={draft.id === undefined ? 'New rule' : 'Edit rule'}>
          <h3 className="section-title">{draft.id === undefined ? 'New rule' : 'Edit rule'}</h3>
          <label className="field">
            <span>Name</span>
            <input className="text-input" data-testid="rule-name" value={draft.name} maxLength={200} placeholder="State media" onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </label>
          <label className="field">
            <span>Query</span>
            <input
              className="text-input mono"
              data-testid="rule-query"
              value={draft.query}
              maxLength={10_000}
              placeholder="outlet:KCNA OR outlet:TASS"
              onChange={(e) => setDraft({ ...draft, query: e.target.value })}
            />
          </label>
          <label className="field">
            <span>Tags to apply</span>
            <input className="text-input" data-testid="rule-tags" value={draft.tags} maxLength={2100} placeholder="state-media, region/russia" onChange={(e) => setDraft({ ...draft, tags: e.target.value })} />
          </label>
          <label className="check">
            <input type="checkbox" data-testid="rule-enabled" checked={draft.enabled} onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })} />
            Enabled (runs on every import)
          </label>
          <div className="form-actions">
            {draft.id !== undefined && (
              <button type="button" className="button ghost" onClick={() => setDraft(blank)}>
                New rule
              </button>
            )}
            <button type="submit" className="button primary" data-testid="rule-save" disabled={busy}>
              Save rule
            </button>
          </div>
        </form>
      </div>
      {runs && (
        <section className="rule-runs" data-testid="rule-runs" aria-live="polite">
          <h3 className="section-title">Last run</h3>
          {runs.length === 0 && <p className="muted small">No enabled rule to run.</p>}
          {runs.map((r) => (
            <div key={r.ruleId} className="rule-run" data-testid="rule-run-result">
              <p>
                <strong>{r.name}</strong>: {plural(r.matched, 'article')} matched, {formatCount(r.tagged)} newly tagged.
                {r.message && <span className="muted"> {r.message}</span>}
              </p>
              {r.examples.length > 0 && (
                <ul className="rule-examples">
                  {r.examples.map((x) => (
                    <li key={x.id}>
                      {x.title || 'Untitled'}
                      {x.outlet && <span className="muted"> · {x.outlet}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}
    </Dialog>
  );
}
