// Renders the one open management dialog (see ./dialogs.ts) with what it needs from the
// window: the selection and the list in view (export), the theme (settings).
import type { Theme } from '../../lib/theme';
import { LibraryDialog } from '../backup/LibraryDialog';
import { ExportDialog, type ExportSource } from '../export/ExportDialog';
import { RulesDialog } from '../rules/RulesDialog';
import { TrashDialog } from '../trash/TrashDialog';
import { closeDialog, useOpenDialog } from './dialogs';
import { SettingsDialog } from './SettingsDialog';

interface Props {
  source: ExportSource;
  theme: Theme;
  onToggleTheme(): void;
  libraryPath: string | null;
}

export function DialogHost(p: Props) {
  const open = useOpenDialog();
  if (!open) return null;
  switch (open.kind) {
    case 'trash':
      return <TrashDialog onClose={closeDialog} />;
    case 'rules':
      return <RulesDialog onClose={closeDialog} />;
    case 'export':
      return <ExportDialog source={p.source} initialScope={open.scope} onClose={closeDialog} />;
    case 'library':
      return <LibraryDialog onClose={closeDialog} />;
    case 'settings':
      return <SettingsDialog theme={p.theme} onToggleTheme={p.onToggleTheme} libraryPath={p.libraryPath} onClose={closeDialog} />;
  }
}
