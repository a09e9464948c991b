// "Import" and "Import folder": the native dialog in Electron, hidden <input type=file>
// elements in the browser (or when the shell has no dialog). Beside them, "Tag imports".
import { useRef } from 'react';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { ImportLogButton } from '../importlog/ImportLogButton';
import { fromFileList, type ImportSource } from './files';
import { ImportTagsControl } from './ImportTagsControl';

interface Props {
  busy: boolean;
  onImport(source: ImportSource): void;
}

export function ImportButtons({ busy, onImport }: Props) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const report = useReportError();

  async function pick(folders: boolean): Promise<void> {
    const fallback = folders ? folderInput.current : filesInput.current;
    if (api.kind === 'electron') {
      try {
        const r = await api.invoke('dialog.pickImportPaths', { folders });
        if (r.supported) {
          if (r.paths.length > 0) onImport({ kind: 'paths', paths: r.paths });
          return;
        }
      } catch (e) {
        report(e);
        return;
      }
    }
    fallback?.click();
  }

  function chosen(input: HTMLInputElement): void {
    const files = input.files ? fromFileList(input.files) : [];
    // Reset so choosing the same files again still fires a change event.
    input.value = '';
    if (files.length === 0) return;
    const paths = api.kind === 'electron' ? files.map((f) => api.pathForFile(f.file)) : [];
    if (paths.length > 0 && paths.every((p): p is string => p !== null)) onImport({ kind: 'paths', paths });
    else onImport({ kind: 'files', files });
  }

  return (
    <div className="import-buttons" role="group" aria-label="Import">
      <button type="button" className="button primary" data-testid="import-button" disabled={busy} onClick={() => void pick(false)} title="Import files (saved web pages, text, Markdown…)">
        Import
      </button>
      <button type="button" className="button" data-testid="import-folder-button" disabled={busy} onClick={() => void pick(true)} title="Import every file in a folder">
        Import folder
      </button>
      <ImportTagsControl />
      <ImportLogButton variant="icon" testId="import-log-button" label="Import log: every imported file and what became of it" />
      <input ref={filesInput} type="file" multiple hidden data-testid="import-files-input" onChange={(e) => chosen(e.currentTarget)} />
      <input
        ref={(el) => {
          folderInput.current = el;
          // React has no typed prop for these non-standard attributes.
          el?.setAttribute('webkitdirectory', '');
          el?.setAttribute('directory', '');
        }}
        type="file"
        multiple
        hidden
        data-testid="import-folder-input"
        onChange={(e) => chosen(e.currentTarget)}
      />
    </div>
  );
}
