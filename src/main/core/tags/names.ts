// Tag names as paths: "region/korea/north". One spelling rule for every tag operation.
import { UserError } from '../api/errors';

/** Trims each part and drops empty ones: " region // korea/ " → "region/korea". */
export function normaliseTag(name: string): string {
  const parts = name
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new UserError(`“${name}” is not a tag name: it has no letters between the slashes.`);
  const joined = parts.join('/');
  if (joined.length > 100) throw new UserError('A tag can be at most 100 characters long.');
  return joined;
}

/** The last part of a path: "north" for region/korea/north. */
export function leaf(name: string): string {
  const i = name.lastIndexOf('/');
  return i === -1 ? name : name.slice(i + 1);
}

export function parentOf(name: string): string | null {
  const i = name.lastIndexOf('/');
  return i === -1 ? null : name.slice(0, i);
}

const key = (s: string) => s.toLowerCase();

export function sameTag(a: string, b: string): boolean {
  return key(a) === key(b);
}

/** Whether `name` is `root` or lies below it (case-insensitively, like tag names in the database). */
export function isUnder(name: string, root: string): boolean {
  return sameTag(name, root) || key(name).startsWith(`${key(root)}/`);
}

/** `name` (which lies under `from`) with that part replaced by `to`: region/korea, region → area gives area/korea. */
export function rebase(name: string, from: string, to: string): string {
  return sameTag(name, from) ? to : `${to}${name.slice(from.length)}`;
}
