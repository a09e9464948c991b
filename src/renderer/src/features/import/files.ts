// Turning what the user chose or dropped into something the importer accepts: absolute
// paths when the Electron shell can name them, otherwise the files' bytes (base64) with
// their path relative to the dropped folder.

export interface PendingFile {
  /** Relative path inside the chosen or dropped folder, or the bare file name. */
  name: string;
  file: File;
}

export type ImportSource = { kind: 'paths'; paths: string[] } | { kind: 'files'; files: PendingFile[] };

/** Hidden files (.DS_Store, ._resource forks, .git) are never articles. */
function isHidden(relPath: string): boolean {
  return relPath.split('/').some((part) => part.startsWith('.') || part === 'Thumbs.db' || part === 'desktop.ini');
}

export function fromFileList(list: FileList | File[]): PendingFile[] {
  return Array.from(list)
    .map((file) => ({ name: file.webkitRelativePath || file.name, file }))
    .filter((f) => !isHidden(f.name));
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries hands out at most ~100 entries per call: keep asking until it returns none.
  return new Promise((resolve, reject) => {
    const out: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(out);
        else {
          out.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: PendingFile[], limit: number): Promise<void> {
  if (out.length >= limit) return;
  const rel = entry.fullPath.replace(/^\/+/, '') || entry.name;
  if (isHidden(rel)) return;
  if (entry.isFile) {
    out.push({ name: rel, file: await entryFile(entry as FileSystemFileEntry) });
  } else if (entry.isDirectory) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    for (const child of children) await walk(child, out, limit);
  }
}

/**
 * What a drop carries. `pathForFile` is the Electron shell's way to name a dropped file or
 * folder; when it names every one, the importer reads them itself (folders included).
 */
export async function fromDrop(dt: DataTransfer, pathForFile: (f: File) => string | null, limit = 10_000): Promise<ImportSource | null> {
  const top = Array.from(dt.files);
  if (top.length > 0) {
    const paths = top.map(pathForFile);
    if (paths.every((p): p is string => p !== null)) return { kind: 'paths', paths };
  }
  // Entries must be taken synchronously, before the drop event returns.
  const entries = Array.from(dt.items)
    .filter((i) => i.kind === 'file')
    .map((i) => i.webkitGetAsEntry?.() ?? null);
  const files: PendingFile[] = [];
  if (entries.length > 0 && entries.every((e) => e !== null)) {
    for (const e of entries) await walk(e!, files, limit);
  } else {
    files.push(...fromFileList(top));
  }
  return files.length > 0 ? { kind: 'files', files } : null;
}

/** Base64 of a file's bytes, via a data: URL (the browser encodes natively, fast and in chunks). */
export function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.addEventListener('error', () => reject(new Error(`Could not read “${file.name}”: ${r.error?.message ?? 'unknown error'}`)));
    r.addEventListener('load', () => {
      const url = String(r.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    });
    r.readAsDataURL(file);
  });
}

/** Splits uploads into batches small enough for one request each. */
export function batches(files: PendingFile[], maxBytes = 48 * 1024 * 1024, maxFiles = 500): PendingFile[][] {
  const out: PendingFile[][] = [];
  let cur: PendingFile[] = [];
  let bytes = 0;
  for (const f of files) {
    if (cur.length > 0 && (bytes + f.file.size > maxBytes || cur.length >= maxFiles)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(f);
    bytes += f.file.size;
  }
  if (cur.length) out.push(cur);
  return out;
}
