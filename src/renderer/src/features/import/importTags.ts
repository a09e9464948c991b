// The tags the next imports put on every article they store ("Tag imports"). Kept for the
// session only (sessionStorage): a tag typed for one assignment should not quietly land on
// imports weeks later. Checked with the same rules as the server, so a mistake is explained
// before any file is read.
import { useSyncExternalStore } from 'react';

const KEY = 'parallax.importTags';
/** The server's limits (tagName and import.start in src/shared). */
export const MAX_IMPORT_TAGS = 20;
const MAX_TAG_LENGTH = 100;

let current: string[] = load();
const listeners = new Set<() => void>();

function load(): string[] {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    const tags = parsed.filter((t): t is string => typeof t === 'string');
    return 'tags' in parseImportTags(tags.join(',')) ? tags : [];
  } catch {
    // Storage can be off (privacy settings): the value then lasts until the window reloads.
    return [];
  }
}

function hasControl(s: string): boolean {
  return [...s].some((c) => c.charCodeAt(0) < 0x20);
}

/**
 * "summit, kcna" → ['summit', 'kcna'] (trimmed, duplicates dropped), or the sentence that
 * says what is wrong. An empty field means "no tags".
 */
export function parseImportTags(text: string): { tags: string[] } | { error: string } {
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const t = part.trim();
    if (t === '') continue;
    if (t.length > MAX_TAG_LENGTH) return { error: `A tag can be at most ${MAX_TAG_LENGTH} characters long (“${t.slice(0, 24)}…” has ${t.length}).` };
    if (hasControl(t)) return { error: 'A tag cannot contain control characters such as tabs or line breaks.' };
    if (!tags.includes(t)) tags.push(t);
  }
  if (tags.length > MAX_IMPORT_TAGS) return { error: `An import can carry at most ${MAX_IMPORT_TAGS} tags; you typed ${tags.length}.` };
  return { tags };
}

export function getImportTags(): string[] {
  return current;
}

export function setImportTags(tags: string[]): void {
  current = tags;
  try {
    if (tags.length > 0) window.sessionStorage.setItem(KEY, JSON.stringify(tags));
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // See load(): in memory only.
  }
  listeners.forEach((fn) => fn());
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}

export function useImportTags(): string[] {
  return useSyncExternalStore(subscribe, getImportTags);
}
