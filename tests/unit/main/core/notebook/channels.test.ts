// The notebook channels end to end through Library (validation, handlers, events), including
// the two that swap the open database: backup.restore and libraries.open.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/core/library';
import { addArticle, tempDir } from '../../../../helpers/library';
import { ensureNotebookSchema } from './helpers';

let t: ReturnType<typeof tempDir>;
let lib: Library;
let events: string[];
const savedEnv = process.env.PARALLAX_USER_DATA;

beforeEach(() => {
  t = tempDir();
  process.env.PARALLAX_USER_DATA = join(t.dir, 'userdata');
  lib = new Library({ path: join(t.dir, 'main.db'), importMode: 'inline', log: () => {} });
  ensureNotebookSchema(lib.ctx.db);
  events = [];
  lib.onEvent((e, p) => events.push(`${e}:${(p as { reason?: string }).reason ?? ''}`));
  addArticle(lib.ctx.db, { title: 'KCNA on the pact', outlet: 'KCNA', published: '2024-06-19', text: 'The fiery friendship was sealed in Pyongyang.' });
  addArticle(lib.ctx.db, { title: 'TASS on the pact', outlet: 'TASS', published: '2024-06-19', text: 'Moscow and Pyongyang signed the treaty.' });
  addArticle(lib.ctx.db, { title: 'Reuters', outlet: 'Reuters', byline: 'By Jane Smith', published: '2024-06-20', text: 'Analysts doubt the treaty.' });
});
afterEach(async () => {
  await lib.close();
  t.cleanup();
  if (savedEnv === undefined) delete process.env.PARALLAX_USER_DATA;
  else process.env.PARALLAX_USER_DATA = savedEnv;
});

describe('notebook channels', () => {
  it('bulk-tags a result set, shows it in the tree, and undoes it', async () => {
    const r = await lib.invoke('tags.bulk', { query: 'pyongyang', add: ['region/korea'] });
    expect(r).toMatchObject({ matched: 2, added: 2 });
    expect(events).toContain('library.changed:tags');
    expect(await lib.invoke('undo.peek', {})).toEqual({ label: r.undoLabel });
    const tree = await lib.invoke('tags.tree', {});
    expect(tree.map((n) => [n.name, n.count])).toEqual([
      ['region', 2],
      ['region/korea', 2],
    ]);
    expect((await lib.invoke('articles.list', { tag: 'region' })).total).toBe(2);
    expect(await lib.invoke('undo.last', {})).toMatchObject({ undone: r.undoLabel });
    expect(await lib.invoke('tags.tree', {})).toEqual([]);
  });

  it('rejects bad input with a clear sentence', async () => {
    const both = await lib.call('tags.bulk', { ids: [1], query: 'x', add: ['a'] });
    expect(both).toMatchObject({ ok: false, code: 'invalid_input' });
    expect((both as { message: string }).message).toContain('either the selected article ids or a query');
    expect(await lib.call('tags.setColor', { name: 'x', color: 'red' })).toMatchObject({ ok: false, message: expect.stringContaining('#3366cc') });
    expect(await lib.call('highlights.create', { articleId: 1, start: 5, end: 5 })).toMatchObject({ ok: false, message: expect.stringContaining('at least one character') });
    expect(await lib.call('pages.get', { id: 77 })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await lib.call('export.articles', { query: 'zzzqqq', format: 'csv' })).toMatchObject({ ok: false, message: expect.stringContaining('nothing to export') });
  });

  it('highlights, notes and pages through the channels', async () => {
    const h = await lib.invoke('highlights.create', { articleId: 1, start: 4, end: 20, comment: 'framing' });
    expect(h.quote).toBe('fiery friendship');
    expect(await lib.invoke('highlights.list', { articleId: 1 })).toHaveLength(1);
    expect(await lib.invoke('notes.save', { articleId: 1, body: 'check' })).toMatchObject({ body: 'check' });
    const { markdown } = await lib.invoke('pages.embed', { highlightId: h.id });
    const page = await lib.invoke('pages.save', { title: 'Notes', body: markdown });
    expect(page.links).toEqual([{ articleId: 1, highlightId: h.id, exists: true, title: 'KCNA on the pact' }]);
    // The search module finds notes through the notes table (has:notes, note:).
    expect((await lib.invoke('search.query', { q: 'has:notes' })).hits.map((x) => x.id)).toEqual([1]);
    expect((await lib.invoke('search.query', { q: 'note:check' })).hits.map((x) => x.id)).toEqual([1]);
    const html = await lib.invoke('pages.export', { id: page.id, format: 'html' });
    expect(html.content).toContain('<sup><a href="#source-1">[1]</a></sup>');
  });

  it('exports a query result as CSV and citations for a selection', async () => {
    const csv = await lib.invoke('export.articles', { query: 'treaty', format: 'csv' });
    expect(csv.count).toBe(2);
    const ris = await lib.invoke('export.citations', { ids: [3], style: 'ris' });
    expect(ris.content).toContain('AU  - Smith, Jane');
  });

  it('trash: delete hides, undo.last restores, empty purges', async () => {
    expect(await lib.invoke('trash.delete', { ids: [2] })).toMatchObject({ trashed: 1 });
    expect((await lib.invoke('search.query', { q: 'moscow' })).total).toBe(0);
    expect((await lib.invoke('trash.list', {})).items).toEqual([expect.objectContaining({ articleId: 2, title: 'TASS on the pact' })]);
    await lib.invoke('undo.last', {});
    expect((await lib.invoke('search.query', { q: 'moscow' })).total).toBe(1);
    await lib.invoke('trash.delete', { ids: [2] });
    expect(await lib.invoke('trash.empty', {})).toEqual({ purged: 1 });
    expect((await lib.invoke('library.info', {})).articleCount).toBe(2);
  });

  it('backs up and restores in place while the session stays usable', async () => {
    const b = await lib.invoke('backup.create', {});
    expect(b.path.startsWith(join(t.dir, 'backups'))).toBe(true);
    await lib.invoke('trash.delete', { ids: [1, 2, 3] });
    await lib.invoke('trash.empty', {});
    expect((await lib.invoke('library.info', {})).articleCount).toBe(0);
    const r = await lib.invoke('backup.restore', { path: b.path });
    expect(r.articleCount).toBe(3);
    expect(r.safetyBackup).toMatch(/main-before-restore-/);
    expect(events).toContain('library.changed:restore');
    expect((await lib.invoke('search.query', { q: 'fiery' })).total).toBe(1);
    const list = await lib.invoke('backup.list', {});
    expect(list.backups.map((x) => x.path).toSorted()).toEqual([b.path, r.safetyBackup].toSorted());
    const bad = await lib.call('backup.restore', { path: join(t.dir, 'none.db') });
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('There is no file at') });
    expect((await lib.invoke('library.info', {})).articleCount).toBe(3);
  });

  it('sets the backup schedule', async () => {
    const s = await lib.invoke('backup.schedule.set', { enabled: true, intervalHours: 6, keep: 3 });
    expect(s).toMatchObject({ enabled: true, intervalHours: 6, keep: 3, folder: null, effectiveFolder: join(t.dir, 'backups'), lastBackupAt: null });
    expect(await lib.invoke('backup.schedule.get', {})).toMatchObject({ intervalHours: 6 });
    expect(await lib.call('backup.schedule.set', { keep: 0 })).toMatchObject({ ok: false, message: expect.stringContaining('Keep at least one backup') });
  });

  it('creates and switches libraries, listing recent ones', async () => {
    const first = lib.ctx.path;
    const { path } = await lib.invoke('libraries.create', { name: 'Investigation B', folder: t.dir });
    expect(lib.ctx.path).toBe(path);
    expect((await lib.invoke('library.info', {})).articleCount).toBe(0);
    const back = await lib.invoke('libraries.open', { path: first });
    expect(back).toEqual({ path: first, articleCount: 3 });
    const list = await lib.invoke('libraries.list', {});
    expect(list.current).toBe(first);
    expect(list.recent.map((r) => r.name)).toEqual(['main', 'Investigation B']);
    expect(await lib.call('libraries.open', { path: join(t.dir, 'nope.db') })).toMatchObject({ ok: false, message: expect.stringContaining('There is no library at') });
    expect(lib.ctx.path).toBe(first);
  });

  it('rules through the channels', async () => {
    const rule = await lib.invoke('rules.save', { name: 'State media', query: 'outlet:KCNA OR outlet:TASS', tags: ['state-media'] });
    const run = await lib.invoke('rules.run', {});
    expect(run.results[0]).toMatchObject({ ruleId: rule.id, matched: 2, tagged: 2 });
    expect(await lib.invoke('rules.list', {})).toEqual([expect.objectContaining({ id: rule.id, lastMatched: 2 })]);
    expect(await lib.invoke('rules.delete', { id: rule.id })).toEqual({ deleted: true });
  });
});
