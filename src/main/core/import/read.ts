// Reading a file's bytes within the size cap, without ever blocking on something that is not a
// regular file (the path may have been swapped for a FIFO since the folder was listed).
import { open } from 'node:fs/promises';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { ImportFileError } from './types';

export function sizeLimitText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

export function tooLarge(maxBytes: number): ImportFileError {
  return new ImportFileError(`file is larger than the ${sizeLimitText(maxBytes)} limit`);
}

// O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function openError(e: unknown): ImportFileError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ImportFileError('file was not found (it may have been moved or deleted)');
  if (code === 'EACCES' || code === 'EPERM') return new ImportFileError('file could not be read (permission denied)');
  if (code === 'ELOOP') return new ImportFileError('file is a link and was not followed');
  return new ImportFileError(`file could not be opened (${(e as Error).message})`);
}

/**
 * The same, blocking: for extraction threads, which do nothing else meanwhile, it saves the
 * round trips through libuv's thread pool that make up most of the cost of reading a small file.
 */
export function readBoundedSync(path: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (e) {
    throw openError(e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new ImportFileError('is not a regular file; skipped');
    if (st.size > maxBytes) throw tooLarge(maxBytes);
    const buf = Buffer.allocUnsafeSlow(st.size);
    let filled = 0;
    while (filled < st.size) {
      const n = readSync(fd, buf, filled, st.size - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return buf.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

export async function readBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  let fh;
  try {
    fh = await open(path, FLAGS);
  } catch (e) {
    throw openError(e);
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new ImportFileError('is not a regular file; skipped');
    if (st.size > maxBytes) throw tooLarge(maxBytes);
    const buf = Buffer.allocUnsafe(st.size);
    let filled = 0;
    while (filled < st.size) {
      const { bytesRead } = await fh.read(buf, filled, st.size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buf.subarray(0, filled);
  } finally {
    await fh.close();
  }
}

/** An uploaded file's base64 payload, checked against the cap before it is decoded. */
export function decodeUpload(data: string, maxBytes: number): Uint8Array {
  if (Math.floor((data.length * 3) / 4) > maxBytes + 3) throw tooLarge(maxBytes);
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length > maxBytes) throw tooLarge(maxBytes);
  return bytes;
}
