// ZIP archives expand into more source files, within caps. Sizes are checked against the central
// directory BEFORE anything is inflated, and fflate inflates each entry into a buffer of exactly the
// declared size, so an entry that lies about its size cannot grow memory past what was checked.
import { unzipSync } from 'fflate';
import type { ContainerHandler, ExtractContext, SourceFile } from '../types';
import { ImportFileError } from '../types';

export interface ZipCaps {
  /** Sum of the declared uncompressed sizes of the entries we would expand. */
  maxTotalBytes: number;
  /** Uncompressed / compressed; above it the archive is treated as a zip bomb. */
  maxRatio: number;
  /** The ratio is only judged once the expanded total passes this, so small, repetitive files pass. */
  ratioFloorBytes: number;
  maxEntries: number;
  /** 1 = a top-level archive, 2 = a zip inside a zip. */
  maxDepth: number;
}

export const DEFAULT_ZIP_CAPS: ZipCaps = {
  maxTotalBytes: 1024 ** 3,
  maxRatio: 100,
  ratioFloorBytes: 16 * 1024 ** 2,
  maxEntries: 10_000,
  maxDepth: 2,
};

export interface ZipEntryInfo {
  name: string;
  /** Compressed size. */
  size: number;
  originalSize: number;
  compression: number;
}

export interface SkippedEntry {
  path: string;
  reason: string;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** Reads the central directory only; nothing is inflated. */
export function listZip(bytes: Uint8Array, label: string): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize, compression: f.compression });
        return false;
      },
    });
  } catch (err) {
    throw new ImportFileError(`${label} is not a readable ZIP archive (${err instanceof Error ? err.message : String(err)}).`);
  }
  return entries;
}

/** Refuses a whole archive whose declared contents break a cap. */
export function checkZipCaps(entries: ZipEntryInfo[], archiveBytes: number, caps: ZipCaps, label: string): void {
  if (entries.length > caps.maxEntries) {
    throw new ImportFileError(`${label} holds ${entries.length} entries, more than the limit of ${caps.maxEntries}; split it into smaller archives.`);
  }
  const total = entries.reduce((s, e) => s + e.originalSize, 0);
  if (total > caps.maxTotalBytes) {
    throw new ImportFileError(`${label} would expand to ${formatBytes(total)}, more than the limit of ${formatBytes(caps.maxTotalBytes)}.`);
  }
  const ratio = total / Math.max(1, archiveBytes);
  if (total > caps.ratioFloorBytes && ratio > caps.maxRatio) {
    throw new ImportFileError(`${label} looks like a zip bomb: it would expand ${Math.round(ratio)} times its size (limit ${caps.maxRatio}×). Nothing was extracted.`);
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.round(n / 1024)} KB`;
}

/** Whether to expand an entry; a skip without a reason is silent (folders, __MACOSX, hidden files). */
function entryVerdict(e: ZipEntryInfo): { skip: false } | { skip: true; reason?: string } {
  const name = e.name;
  if (name.endsWith('/') || name.endsWith('\\')) return { skip: true };
  if (/^(\/|\\|[A-Za-z]:)/.test(name)) return { skip: true, reason: 'skipped: the entry has an absolute path' };
  const parts = name.split(/[\\/]+/);
  if (parts.some((p) => p === '..')) return { skip: true, reason: 'skipped: the entry path points outside the archive (zip-slip)' };
  if (parts[0] === '__MACOSX' || parts.some((p) => p.startsWith('.'))) return { skip: true };
  if (e.compression !== 0 && e.compression !== 8) return { skip: true, reason: `skipped: unsupported compression method ${e.compression}` };
  return { skip: false };
}

export function expandZip(file: SourceFile, ctx: ExtractContext, caps: ZipCaps = DEFAULT_ZIP_CAPS): { files: SourceFile[]; skipped: SkippedEntry[] } {
  const label = `The archive ${file.name}`;
  const depth = file.path.split('!/').length; // a.zip → 1, a.zip!/b.zip → 2
  if (depth > caps.maxDepth) {
    throw new ImportFileError(`${label} is nested ${depth} archives deep (limit ${caps.maxDepth}); unpack it first.`);
  }
  const entries = listZip(file.bytes, label);
  if (entries.length > caps.maxEntries) {
    throw new ImportFileError(`${label} holds ${entries.length} entries, more than the limit of ${caps.maxEntries}; split it into smaller archives.`);
  }
  const skipped: SkippedEntry[] = [];
  const wanted = new Set<string>();
  const kept: ZipEntryInfo[] = [];
  for (const e of entries) {
    const v = entryVerdict(e);
    if (!v.skip && !wanted.has(e.name)) {
      wanted.add(e.name);
      kept.push(e);
    } else if (v.skip && v.reason) {
      skipped.push({ path: `${file.path}!/${e.name}`, reason: v.reason });
    }
  }
  checkZipCaps(kept, file.bytes.length, caps, label);
  if (ctx.signal.aborted) throw new ImportFileError('The archive import was stopped.');
  let out: Record<string, Uint8Array>;
  try {
    out = unzipSync(file.bytes, { filter: (f) => wanted.has(f.name) });
  } catch {
    // One damaged or encrypted entry must not lose the others: retry entry by entry.
    out = {};
    for (const name of wanted) {
      if (ctx.signal.aborted) throw new ImportFileError('The archive import was stopped.');
      try {
        Object.assign(out, unzipSync(file.bytes, { filter: (f) => f.name === name }));
      } catch (err) {
        skipped.push({ path: `${file.path}!/${name}`, reason: `skipped: the entry is damaged or encrypted (${err instanceof Error ? err.message : String(err)})` });
      }
    }
  }
  const files: SourceFile[] = [];
  for (const e of kept) {
    const bytes = out[e.name];
    if (!bytes) continue;
    const name = e.name.split(/[\\/]/).pop() ?? e.name;
    files.push({ path: `${file.path}!/${e.name.replace(/\\/g, '/')}`, name, bytes });
  }
  return { files, skipped };
}

export function createZipContainer(caps: ZipCaps = DEFAULT_ZIP_CAPS): ContainerHandler {
  return {
    format: 'zip',
    extensions: ['zip'],
    sniff(file) {
      if (!isZip(file.bytes)) return false;
      // Office documents are ZIPs too; they belong to their format handlers.
      try {
        return !listZip(file.bytes, file.name).some((e) => e.name === 'word/document.xml' || e.name === '[Content_Types].xml' || e.name === 'mimetype');
      } catch {
        return true; // let expand() report the damage
      }
    },
    expand(file, ctx) {
      const { files, skipped } = expandZip(file, ctx, caps);
      for (const s of skipped) ctx.warn?.(s.path, s.reason);
      return files;
    },
  };
}

export const zipContainerHandler = createZipContainer();
