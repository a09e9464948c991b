// Drag files or folders anywhere onto the window to import them. The overlay appears only
// for drags that carry files (not for text dragged out of the reader, say).
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { api } from '../../api/client';
import { useReportError } from '../../components/ErrorBanner';
import { fromDrop, type ImportSource } from './files';

function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

export function DropOverlay({ onImport }: { onImport(source: ImportSource): void }) {
  const [visible, setVisible] = useState(false);
  const depth = useRef(0);
  const report = useReportError();
  const dropped = useEffectEvent((dt: DataTransfer) => {
    fromDrop(dt, (f) => api.pathForFile(f))
      .then((src) => {
        if (src) onImport(src);
        else report(new Error('There was nothing to import in what you dropped (hidden files are skipped).'));
      })
      .catch(report);
  });

  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth.current++;
      setVisible(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setVisible(false);
    };
    const drop = (e: DragEvent) => {
      // Always stop the default: a dropped file must never navigate the window to itself.
      e.preventDefault();
      depth.current = 0;
      setVisible(false);
      if (!e.dataTransfer || !carriesFiles(e)) return;
      dropped(e.dataTransfer);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!visible) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <div className="drop-icon">⇩</div>
        <div className="drop-title">Drop to import</div>
        <div className="muted">Files and folders: saved web pages, text, Markdown and more</div>
      </div>
    </div>
  );
}
