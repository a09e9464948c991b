// SQL for tags and their links to articles.
import type { Db } from '../db/open';

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
