// Import settings: the watched folder (off by default; new files there are imported on their
// own) and the limits that protect against hostile files. Nothing changes until Save.
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { Dialog } from '../batch/Dialog';

type Settings = Output<'settings.get'>;

export function ImportSettingsDialog({ onClose }: { onClose(): void }) {
  const [current, setCurrent] = useState<Settings | null>(null);
  const [watchOn, setWatchOn] = useState(false);
  const [folder, setFolder] = useState('');
  const [maxMB, setMaxMB] = useState('');
  const [timeout, setTimeoutSecs] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedNote, setSavedNote] = useState<string | null>(null);

  const show = useCallback((s: Settings): void => {
    setCurrent(s);
    setWatchOn(s.watchedFolder !== null);
    setFolder(s.watchedFolder ?? '');
    setMaxMB(String(s.maxFileMB));
    setTimeoutSecs(String(s.fileTimeoutSeconds));
  }, []);

  useEffect(() => {
    api.invoke('settings.get', {}).then(show, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [show]);

  async function save(): Promise<void> {
    const mb = Number(maxMB);
    const secs = Number(timeout);
    if (!Number.isInteger(mb) || !Number.isInteger(secs)) {
      setError('The limits must be whole numbers.');
      return;
    }
    if (watchOn && folder.trim() === '') {
      setError('Type the full path of the folder to watch, or turn watching off.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const s = await api.invoke('settings.update', { watchedFolder: watchOn ? folder.trim() : null, maxFileMB: mb, fileTimeoutSeconds: secs });
      show(s);
      setSavedNote('Saved.');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  const w = current?.watcher;
  return (
    <Dialog
      title="Import settings"
      testId="import-settings-dialog"
      onClose={onClose}
      actions={
        <>
          <span className="muted small" role="status">
            {savedNote ?? ''}
          </span>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="button" className="button primary" data-testid="import-settings-save" disabled={!current || saving} onClick={() => void save()}>
            Save
          </button>
        </>
      }
    >
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onChange={() => setSavedNote(null)}
      >
        <fieldset>
          <legend>Watched folder</legend>
          <label className="check-row">
            <input type="checkbox" data-testid="watch-enabled" checked={watchOn} onChange={(e) => setWatchOn(e.target.checked)} />
            Import new files that appear in a folder automatically
          </label>
          <input
            className="text-input"
            data-testid="watch-folder"
            aria-label="Folder to watch"
            placeholder="/Users/me/Downloads/articles"
            disabled={!watchOn}
            value={folder}
            spellCheck={false}
            onChange={(e) => setFolder(e.target.value)}
          />
          {w && (
            <p className="settings-hint" data-testid="watch-status">
              {w.mode === 'off' ? 'Not watching.' : `Watching ${w.folder ?? ''} (${w.mode === 'events' ? 'notified of changes' : 'checked every few seconds'}).`}
              {w.error && <span className="bad"> {w.error}</span>}
            </p>
          )}
        </fieldset>
        <fieldset>
          <legend>Limits for each file</legend>
          <label className="field-row">
            <span>Largest file</span>
            <input className="text-input num" type="number" min={1} max={2048} data-testid="max-file-mb" value={maxMB} onChange={(e) => setMaxMB(e.target.value)} />
            <span className="muted">MB</span>
          </label>
          <label className="field-row">
            <span>Time limit</span>
            <input className="text-input num" type="number" min={5} max={3600} data-testid="file-timeout" value={timeout} onChange={(e) => setTimeoutSecs(e.target.value)} />
            <span className="muted">seconds</span>
          </label>
          <p className="settings-hint">Larger or slower files are reported as failed; the rest of the import goes on.</p>
        </fieldset>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
