// Header buttons into the management dialogs: export, the library (backups, other
// libraries) and settings.
import { openDialog } from './dialogs';

export function HeaderTools() {
  return (
    <div className="header-tools">
      <button type="button" className="button" data-testid="export-button" onClick={() => openDialog('export')} title="Export articles or citations">
        Export
      </button>
      <button type="button" className="button" data-testid="backup-button" onClick={() => openDialog('library')} title="Back up, restore or switch libraries">
        Library
      </button>
      <button type="button" className="icon-button" data-testid="settings-button" onClick={() => openDialog('settings')} aria-label="Settings" title="Settings">
        <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" aria-hidden="true">
          <circle cx="8" cy="8" r="2.2" />
          <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
