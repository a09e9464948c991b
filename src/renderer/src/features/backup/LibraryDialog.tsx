// The library as a file the user owns: its backups and the other libraries, in two tabs.
import { useState } from 'react';
import { LibrariesSection } from '../libraries/LibrariesSection';
import { Dialog } from '../settings/Dialog';
import { BackupSection } from './BackupSection';

export type LibraryTab = 'backups' | 'libraries';

export function LibraryDialog({ onClose, initialTab = 'backups' }: { onClose(): void; initialTab?: LibraryTab }) {
  const [tab, setTab] = useState<LibraryTab>(initialTab);
  return (
    <Dialog title="Library" testId="library-dialog" onClose={onClose} wide>
      <div className="tabs" role="tablist" aria-label="Library">
        {(['backups', 'libraries'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className={`tab${tab === t ? ' on' : ''}`} data-testid={`library-tab-${t}`} onClick={() => setTab(t)}>
            {t === 'backups' ? 'Backups' : 'Libraries'}
          </button>
        ))}
      </div>
      <div role="tabpanel">{tab === 'backups' ? <BackupSection /> : <LibrariesSection />}</div>
    </Dialog>
  );
}
