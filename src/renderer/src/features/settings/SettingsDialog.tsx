// Settings: the theme, where the library lives (switching goes through the Library dialog),
// the watched folder and the import limits (settings.get/update).
import { useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { showInfo } from '../../components/Toast';
import { THEME_CHOICE_EVENT, type Theme } from '../../lib/theme';
import { Dialog } from './Dialog';
import { openDialog } from './dialogs';

type Settings = Output<'settings.get'>;
type ThemeChoice = Theme | 'system';

// lib/theme.ts keeps the user's choice under this key; no key = follow the system.
const THEME_KEY = 'parallax.theme';

function storedChoice(): ThemeChoice {
  try {
    const v = window.localStorage.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

interface Props {
  theme: Theme;
  onToggleTheme(): void;
  libraryPath: string | null;
  onClose(): void;
}

export function SettingsDialog({ theme, onToggleTheme, libraryPath, onClose }: Props) {
  const [choice, setChoice] = useState<ThemeChoice>(storedChoice);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const report = useReportError();

  useEffect(() => {
    api.invoke('settings.get', {}).then((s) => {
      setSettings(s);
      setFolder(s.watchedFolder ?? '');
    }, report);
  }, [report]);

  function pickTheme(next: ThemeChoice): void {
    setChoice(next);
    const target = next === 'system' ? systemTheme() : next;
    // The theme hook toggles (and remembers the result); "system" then forgets the choice and
    // tells the hook, which follows the system from now on.
    if (target !== theme) onToggleTheme();
    if (next === 'system') {
      try {
        window.localStorage.removeItem(THEME_KEY);
      } catch {
        // Without storage the choice lasts for this session only.
      }
      window.dispatchEvent(new Event(THEME_CHOICE_EVENT));
    }
  }

  async function update(patch: { watchedFolder?: string | null; maxFileMB?: number; fileTimeoutSeconds?: number }): Promise<void> {
    setBusy(true);
    try {
      const s = await api.invoke('settings.update', patch);
      setSettings(s);
      setFolder(s.watchedFolder ?? '');
      if ('watchedFolder' in patch) showInfo(s.watchedFolder ? `Watching ${s.watchedFolder} for new files` : 'Stopped watching a folder');
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  }

  const saveFolder = (e: FormEvent) => {
    e.preventDefault();
    void update({ watchedFolder: folder.trim() === '' ? null : folder.trim() });
  };

  const number = (key: 'maxFileMB' | 'fileTimeoutSeconds', label: string, unit: string, min: number, max: number) =>
    settings && (
      <label className="field inline">
        <span>{label}</span>
        <input
          type="number"
          className="text-input num-input"
          data-testid={`setting-${key}`}
          min={min}
          max={max}
          defaultValue={settings[key]}
          key={settings[key]}
          disabled={busy}
          onBlur={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n !== settings[key]) void update({ [key]: n });
          }}
        />
        <span className="muted">{unit}</span>
      </label>
    );

  return (
    <Dialog title="Settings" testId="settings-dialog" onClose={onClose}>
      <section className="dialog-section">
        <h3 className="section-title">Appearance</h3>
        <label className="field inline">
          <span>Theme</span>
          <select className="select-input" data-testid="theme-select" value={choice} onChange={(e) => pickTheme(e.target.value as ThemeChoice)}>
            <option value="system">Same as the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </section>
      <section className="dialog-section">
        <h3 className="section-title">Library location</h3>
        <p className="mono small" data-testid="settings-library-path">
          {libraryPath ?? '…'}
        </p>
        <button
          type="button"
          className="button small"
          data-testid="settings-switch-library"
          onClick={() => openDialog('library')}
        >
          Switch, create or back up libraries…
        </button>
      </section>
      <section className="dialog-section">
        <h3 className="section-title">Watched folder</h3>
        <form className="row" onSubmit={saveFolder}>
          <input
            className="text-input mono grow"
            data-testid="setting-watched-folder"
            placeholder="No folder watched"
            aria-label="Folder whose new files are imported automatically"
            value={folder}
            disabled={settings === null}
            onChange={(e) => setFolder(e.target.value)}
          />
          <button type="submit" className="button" disabled={busy || settings === null || (folder.trim() === '' && settings.watchedFolder === null) || folder.trim() === (settings.watchedFolder ?? '')}>
            {folder.trim() ? 'Watch' : 'Turn off'}
          </button>
        </form>
        {settings && (
          <p className={`small ${settings.watcher.error ? 'danger-text' : 'muted'}`} data-testid="watcher-status">
            {settings.watcher.error ??
              (settings.watcher.mode === 'off'
                ? 'New files dropped into a watched folder are imported automatically.'
                : `Watching ${settings.watcher.folder ?? ''} (${settings.watcher.mode === 'events' ? 'live' : 'checked every few seconds'}).`)}
          </p>
        )}
      </section>
      <section className="dialog-section">
        <h3 className="section-title">Import limits</h3>
        <div className="row">
          {number('maxFileMB', 'Largest file', 'MB', 1, 2048)}
          {number('fileTimeoutSeconds', 'Give up reading a file after', 'seconds', 5, 3600)}
        </div>
      </section>
    </Dialog>
  );
}
