// SQL for auto-tag rules (migration 005).
import type { Db } from '../db/open';

export interface RuleRow {
  id: number;
  name: string;
  query: string;
  tags: string[];
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
  lastRunAt: string | null;
  lastMatched: number | null;
}

interface Raw extends Omit<RuleRow, 'tags' | 'enabled'> {
  tags: string;
  enabled: number;
}

const COLS = 'id, name, query, tags, enabled, created_at AS createdAt, updated_at AS updatedAt, last_run_at AS lastRunAt, last_matched AS lastMatched';
const toRow = (r: Raw): RuleRow => ({ ...r, tags: JSON.parse(r.tags) as string[], enabled: r.enabled === 1 });

export function listRules(db: Db): RuleRow[] {
  return (db.prepare(`SELECT ${COLS} FROM rules ORDER BY name COLLATE NOCASE, id`).all() as Raw[]).map(toRow);
}

export function getRule(db: Db, id: number): RuleRow | undefined {
  const r = db.prepare(`SELECT ${COLS} FROM rules WHERE id = ?`).get(id) as Raw | undefined;
  return r && toRow(r);
}

export function insertRule(db: Db, r: { name: string; query: string; tags: string[]; enabled: boolean }, now = new Date().toISOString()): number {
  return Number(
    db
      .prepare('INSERT INTO rules (name, query, tags, enabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(r.name, r.query, JSON.stringify(r.tags), r.enabled ? 1 : 0, now, now).lastInsertRowid,
  );
}

export function updateRule(db: Db, id: number, r: { name: string; query: string; tags: string[]; enabled: boolean }, now = new Date().toISOString()): boolean {
  return (
    db.prepare('UPDATE rules SET name = ?, query = ?, tags = ?, enabled = ?, updated_at = ? WHERE id = ?').run(r.name, r.query, JSON.stringify(r.tags), r.enabled ? 1 : 0, now, id)
      .changes > 0
  );
}

export function deleteRule(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM rules WHERE id = ?').run(id).changes > 0;
}

export function markRuleRun(db: Db, id: number, matched: number, now = new Date().toISOString()): void {
  db.prepare('UPDATE rules SET last_run_at = ?, last_matched = ? WHERE id = ?').run(now, matched, id);
}
