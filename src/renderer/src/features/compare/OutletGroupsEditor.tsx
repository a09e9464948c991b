// Outlet groups (state media, wires…) so a story can be compared group against group. Each
// group is a name and its outlets, comma-separated; a deleted group can be put back.
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';

type Group = Output<'outletGroups.list'>[number];
interface Draft {
  name: string;
  outlets: string;
  previousName?: string;
}

const split = (s: string) => s.split(',').map((w) => w.trim()).filter(Boolean);

interface Props {
  /** Outlets of the articles on screen, offered as a hint. */
  outlets: string[];
  onChanged(): void;
  onClose(): void;
}

export function OutletGroupsEditor({ outlets, onChanged, onClose }: Props) {
  const report = useReportError();
  const [groups, setGroups] = useState<Draft[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Group | null>(null);

  const load = useCallback((list: Group[]) => setGroups(list.map((g) => ({ name: g.name, outlets: g.outlets.join(', '), previousName: g.name }))), []);
  useEffect(() => {
    api.invoke('outletGroups.list', {}).then(load, report);
  }, [report, load]);

  const save = async (d: Draft) => {
    setError(null);
    try {
      load(await api.invoke('outletGroups.save', { name: d.name, outlets: split(d.outlets), ...(d.previousName ? { previousName: d.previousName } : {}) }));
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const remove = async (d: Draft) => {
    setError(null);
    try {
      await api.invoke('outletGroups.delete', { name: d.previousName ?? d.name });
      setDeleted({ name: d.previousName ?? d.name, outlets: split(d.outlets) });
      load(await api.invoke('outletGroups.list', {}));
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="cmp-popover" role="dialog" aria-label="Outlet groups" data-testid="outlet-groups-editor">
      <div className="cmp-section-head">
        <h3 className="cmp-h">Outlet groups</h3>
        <span className="spacer" />
        <button type="button" className="icon-button" aria-label="Close the outlet groups" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="muted small">Outlets here: {outlets.join(', ') || 'none named'}. An outlet can be in one group only.</p>
      {!groups ? (
        <p className="muted">Loading…</p>
      ) : (
        groups.map((g, i) => (
          <form
            key={g.previousName ?? `new-${i}`}
            className="cmp-editor-row groups"
            onSubmit={(e) => {
              e.preventDefault();
              void save(g);
            }}
          >
            <input aria-label="Group name" value={g.name} placeholder="State media" onChange={(e) => setGroups(groups.map((x, k) => (k === i ? { ...x, name: e.target.value } : x)))} />
            <input aria-label="Outlets in the group" value={g.outlets} placeholder="TASS, RIA, KCNA" onChange={(e) => setGroups(groups.map((x, k) => (k === i ? { ...x, outlets: e.target.value } : x)))} />
            <button type="submit" className="button small">
              Save
            </button>
            <button type="button" className="icon-button" aria-label={`Delete the group ${g.name}`} onClick={() => (g.previousName ? void remove(g) : setGroups(groups.filter((_, k) => k !== i)))}>
              ×
            </button>
          </form>
        ))
      )}
      {error && (
        <p className="field-hint" role="alert">
          {error}
        </p>
      )}
      <div className="cmp-editor-actions">
        <button type="button" className="button small" disabled={!groups} onClick={() => groups && setGroups([...groups, { name: '', outlets: '' }])}>
          New group
        </button>
        {deleted && (
          <button
            type="button"
            className="button small ghost"
            onClick={() => {
              void save({ name: deleted.name, outlets: deleted.outlets.join(', ') });
              setDeleted(null);
            }}
          >
            Undo: put back “{deleted.name}”
          </button>
        )}
      </div>
    </div>
  );
}
