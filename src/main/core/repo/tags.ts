// SQL for tags and their links to articles.
import type { Db } from '../db/open';
import { cachedStatement } from '../db/statements';

export function tagsFor(db: Db, articleId: number): string[] {
  return (
    db.prepare('SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE').all(articleId) as {
      name: string;
    }[]
  ).map((r) => r.name);
}

export function tagsForMany(db: Db, ids: number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT at.article_id AS id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
       WHERE at.article_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`,
    )
    .all(JSON.stringify(ids)) as { id: number; name: string }[];
  for (const r of rows) {
    const list = out.get(r.id) ?? [];
    list.push(r.name);
    out.set(r.id, list);
  }
  return out;
}

export function listTags(db: Db): { name: string; count: number }[] {
  return db
    .prepare(
      `SELECT t.name, count(at.article_id) AS count FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id
       GROUP BY t.id HAVING count > 0 ORDER BY t.name COLLATE NOCASE`,
    )
    .all() as { name: string; count: number }[];
}

/** Adds and removes tags on many articles in one transaction; returns how many articles exist among ids. */
export function updateTags(db: Db, ids: number[], add: string[], remove: string[]): number {
  const ensure = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING');
  const tagId = db.prepare('SELECT id FROM tags WHERE name = ?');
  const existing = db.prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))');
  const link = db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT value, ? FROM json_each(?)');
  const unlink = db.prepare('DELETE FROM article_tags WHERE tag_id = ? AND article_id IN (SELECT value FROM json_each(?))');
  return db.transaction(() => {
    const found = (existing.all(JSON.stringify(ids)) as { id: number }[]).map((r) => r.id);
    const json = JSON.stringify(found);
    for (const name of add) {
      ensure.run(name);
      const t = tagId.get(name) as { id: number };
      link.run(t.id, json);
    }
    for (const name of remove) {
      const t = tagId.get(name) as { id: number } | undefined;
      if (t) unlink.run(t.id, json);
    }
    // Tags left with no article are dropped so the sidebar never lists empty tags.
    db.prepare('DELETE FROM tags WHERE id NOT IN (SELECT DISTINCT tag_id FROM article_tags)').run();
    return found.length;
  })();
}

/**
 * Puts tags (clean names) on one article, inside the caller's transaction: the importer tags
 * each article it stores as it stores it, so an import cut short leaves no article without them.
 * One row per statement (a many-row insert would make FTS5 flush what the transaction holds).
 */
export function addTagsToArticle(db: Db, articleId: number, names: readonly string[]): void {
  for (const name of names) {
    cachedStatement(db, 'INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(name);
    const t = cachedStatement(db, 'SELECT id FROM tags WHERE name = ?').get(name) as { id: number };
    cachedStatement(db, 'INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)').run(articleId, t.id);
  }
}

// ---- Tag tree operations (notebook): links by tag name, subtrees, colours. ----

/** Tags named `name` or below it (name/…), case-insensitively, each with its article count. */
export function tagsUnder(db: Db, name: string): { name: string; count: number }[] {
  return db
    .prepare(
      `SELECT t.name, count(at.article_id) AS count FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id
       WHERE t.name = @name OR lower(substr(t.name, 1, length(@name) + 1)) = lower(@name || '/')
       GROUP BY t.id ORDER BY t.name COLLATE NOCASE`,
    )
    .all({ name }) as { name: string; count: number }[];
}

export function findTag(db: Db, name: string): { id: number; name: string } | undefined {
  return db.prepare('SELECT id, name FROM tags WHERE name = ?').get(name) as { id: number; name: string } | undefined;
}

export function articlesWithTag(db: Db, tagIdValue: number): number[] {
  return (db.prepare('SELECT article_id AS id FROM article_tags WHERE tag_id = ? ORDER BY article_id').all(tagIdValue) as { id: number }[]).map((r) => r.id);
}

/**
 * Links the tag (created when missing) to those of `ids` that exist and lack it. Returns the tag's
 * stored spelling and the ids that were actually linked.
 */
export function linkTag(db: Db, name: string, ids: number[]): { name: string; ids: number[] } {
  db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(name);
  const t = findTag(db, name)!;
  const json = JSON.stringify(ids);
  const fresh = (
    db
      .prepare(
        `SELECT DISTINCT j.value AS id FROM json_each(?) j JOIN articles a ON a.id = j.value
         WHERE NOT EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = ? AND at.article_id = j.value) ORDER BY j.value`,
      )
      .all(json, t.id) as { id: number }[]
  ).map((r) => r.id);
  if (fresh.length) db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT value, ? FROM json_each(?)').run(t.id, JSON.stringify(fresh));
  return { name: t.name, ids: fresh };
}

/** Unlinks the tag from those of `ids` that carry it; returns its spelling and the ids unlinked. */
export function unlinkTag(db: Db, name: string, ids: number[]): { name: string; ids: number[] } | undefined {
  const t = findTag(db, name);
  if (!t) return undefined;
  const json = JSON.stringify(ids);
  const had = (
    db
      .prepare('SELECT article_id AS id FROM article_tags WHERE tag_id = ? AND article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id')
      .all(t.id, json) as { id: number }[]
  ).map((r) => r.id);
  if (had.length) db.prepare('DELETE FROM article_tags WHERE tag_id = ? AND article_id IN (SELECT value FROM json_each(?))').run(t.id, JSON.stringify(had));
  return { name: t.name, ids: had };
}

/** Tags no article carries any more (the sidebar never lists empty tags). */
export function dropEmptyTags(db: Db): void {
  db.prepare('DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = tags.id)').run();
}

/** Every tag with the number of articles carrying exactly it. */
export function ownTagCounts(db: Db): { name: string; count: number }[] {
  return db
    .prepare('SELECT t.name, count(at.article_id) AS count FROM tags t JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE')
    .all() as { name: string; count: number }[];
}

/**
 * Distinct articles under each node, given for each node the tags it covers (itself and every
 * tag below it): an article carrying several of them counts once.
 */
export function subtreeCounts(db: Db, cover: [node: string, tag: string][]): Map<string, number> {
  if (cover.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT json_extract(j.value, '$[0]') AS name, count(DISTINCT at.article_id) AS count
       FROM json_each(?) j JOIN tags t ON t.name = json_extract(j.value, '$[1]') JOIN article_tags at ON at.tag_id = t.id
       GROUP BY json_extract(j.value, '$[0]')`,
    )
    .all(JSON.stringify(cover)) as { name: string; count: number }[];
  return new Map(rows.map((r) => [r.name, r.count]));
}

export function tagColors(db: Db): { name: string; color: string }[] {
  return db.prepare('SELECT name, color FROM tag_colors ORDER BY name COLLATE NOCASE').all() as { name: string; color: string }[];
}

export function tagColor(db: Db, name: string): string | null {
  return (db.prepare('SELECT color FROM tag_colors WHERE name = ?').get(name) as { color: string } | undefined)?.color ?? null;
}

export function setTagColor(db: Db, name: string, color: string | null): void {
  if (color === null) db.prepare('DELETE FROM tag_colors WHERE name = ?').run(name);
  else db.prepare('INSERT INTO tag_colors (name, color) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET name = excluded.name, color = excluded.color').run(name, color);
}

/** Colours of a tag and the tags below it. */
export function colorsUnder(db: Db, name: string): { name: string; color: string }[] {
  return db
    .prepare('SELECT name, color FROM tag_colors WHERE name = @name OR lower(substr(name, 1, length(@name) + 1)) = lower(@name || \'/\') ORDER BY name')
    .all({ name }) as { name: string; color: string }[];
}
