// Rename, move, merge and delete whole branches of the tag tree, set colours, and bulk
// tag/untag. Each builds a TagLinkChange and runs it through change.ts, so each is undoable.
import type { Db } from '../db/open';
import { NotFoundError, UserError } from '../api/errors';
import { articlesWithTag, colorsUnder, findTag, tagsUnder, tagColor } from '../repo/tags';
import { noChange, runTagChange, type ChangeSummary, type TagLinkChange } from './change';
import { isUnder, leaf, normaliseTag, rebase, sameTag } from './names';

const q = (s: string) => `“${s}”`;

/** The tags of a branch, failing with a sentence when there is none. */
function branch(db: Db, name: string): { name: string; count: number }[] {
  const tags = tagsUnder(db, name);
  if (tags.length === 0 && colorsUnder(db, name).length === 0) throw new NotFoundError(`There is no tag called ${q(name)}.`);
  return tags;
}

/**
 * Moves every tag of the branch `from` to the same place under `to`, articles and colours with
 * them. With allowMerge false, a destination that already exists (outside the branch) is an error.
 */
function relabel(db: Db, from: string, to: string, allowMerge: boolean): TagLinkChange {
  const tags = branch(db, from);
  const inBranch = (n: string) => tags.some((t) => sameTag(t.name, n));
  const change = noChange();
  for (const t of tags) {
    const target = rebase(t.name, from, to);
    if (!allowMerge && findTag(db, target) && !inBranch(target)) {
      throw new UserError(`There is already a tag called ${q(findTag(db, target)!.name)}. Merge the tags instead if you want them combined.`);
    }
    const ids = articlesWithTag(db, findTag(db, t.name)!.id);
    change.remove.push([t.name, ids]);
    change.add.push([target, ids]);
  }
  // Colours travel with their tags; when merging into a tag that has its own colour, that colour stays.
  for (const c of colorsUnder(db, from)) {
    const target = rebase(c.name, from, to);
    change.colors.push({ name: c.name, before: c.color, after: null });
    const existing = sameTag(target, c.name) ? null : tagColor(db, target);
    change.colors.push({ name: target, before: existing, after: existing ?? c.color });
  }
  return change;
}

export function renameTag(db: Db, fromRaw: string, toRaw: string): ChangeSummary {
  const from = normaliseTag(fromRaw);
  const to = normaliseTag(toRaw);
  if (from === to) throw new UserError(`The tag is already called ${q(to)}.`);
  if (!sameTag(from, to) && isUnder(to, from)) throw new UserError(`${q(from)} cannot be renamed to ${q(to)}, which lies inside it. Use move to nest it.`);
  return runTagChange(db, `rename tag ${q(from)} to ${q(to)}`, relabel(db, from, to, false));
}

export function moveTag(db: Db, nameRaw: string, parentRaw: string | null): ChangeSummary {
  const name = normaliseTag(nameRaw);
  const parent = parentRaw === null ? null : normaliseTag(parentRaw);
  if (parent !== null && isUnder(parent, name)) throw new UserError(`${q(name)} cannot be moved inside itself.`);
  const to = parent === null ? leaf(name) : `${parent}/${leaf(name)}`;
  if (to === name) throw new UserError(parent === null ? `${q(name)} is already at the top level.` : `${q(name)} is already under ${q(parent)}.`);
  return runTagChange(db, parent === null ? `move tag ${q(name)} to the top level` : `move tag ${q(name)} under ${q(parent)}`, relabel(db, name, to, false));
}

export function mergeTags(db: Db, fromRaw: string, intoRaw: string): ChangeSummary {
  const from = normaliseTag(fromRaw);
  const into = normaliseTag(intoRaw);
  if (sameTag(from, into)) throw new UserError('Choose two different tags to merge.');
  if (isUnder(into, from)) throw new UserError(`${q(from)} cannot be merged into ${q(into)}, which lies inside it.`);
  return runTagChange(db, `merge tag ${q(from)} into ${q(into)}`, relabel(db, from, into, true));
}

export function deleteTag(db: Db, nameRaw: string): ChangeSummary {
  const name = normaliseTag(nameRaw);
  const change = noChange();
  for (const t of branch(db, name)) change.remove.push([t.name, articlesWithTag(db, findTag(db, t.name)!.id)]);
  for (const c of colorsUnder(db, name)) change.colors.push({ name: c.name, before: c.color, after: null });
  return runTagChange(db, `delete tag ${q(name)}`, change);
}

export function setColor(db: Db, nameRaw: string, color: string | null): { name: string; color: string | null } {
  const name = normaliseTag(nameRaw);
  const stored = findTag(db, name)?.name;
  if (!stored && tagsUnder(db, name).length === 0 && tagColor(db, name) === null) throw new NotFoundError(`There is no tag called ${q(name)}.`);
  runTagChange(db, color ? `colour tag ${q(name)}` : `remove the colour of tag ${q(name)}`, { remove: [], add: [], colors: [{ name: stored ?? name, before: null, after: color }] });
  return { name: stored ?? name, color };
}

/** Adds and removes tags (exact names, not branches) on the given articles. */
export function bulkTag(db: Db, ids: number[], addRaw: string[], removeRaw: string[], label?: string): ChangeSummary {
  const add = [...new Set(addRaw.map(normaliseTag))];
  const remove = [...new Set(removeRaw.map(normaliseTag))];
  const clash = add.find((a) => remove.some((r) => sameTag(a, r)));
  if (clash) throw new UserError(`${q(clash)} is both added and removed; choose one.`);
  const unique = [...new Set(ids)];
  const parts = [...add.map((t) => `add ${q(t)}`), ...remove.map((t) => `remove ${q(t)}`)].join(', ');
  const text = label ?? `${parts} on ${unique.length.toLocaleString('en')} article${unique.length === 1 ? '' : 's'}`;
  return runTagChange(db, text, { remove: remove.map((t) => [t, unique]), add: add.map((t) => [t, unique]), colors: [] });
}
