// Notebook bench: bulk tagging, undo, tag tree, rules, exports, backup, trash purge.
//   npx tsx bench/notebook.ts [--size 10000] [--words 600]
// Builds a library of synthetic articles (a seeded mix of common English words and invented
// names, ~600 words each, with outlets, dates and bylines), applies the notebook migration when
// the migration list does not include it yet, and prints timings. Asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLibrary, type Db } from '../src/main/core/db/open';
import { m005Notebook } from '../src/main/core/db/migrations/005-notebook';
import { insertArticle } from '../src/main/core/repo/articles';
import { bulkTag } from '../src/main/core/tags/operations';
import { bulkTagQuery } from '../src/main/core/tags/bulk';
import { undoLast } from '../src/main/core/tags/undo';
import { tagTree } from '../src/main/core/tags/tree';
import { renameTag } from '../src/main/core/tags/operations';
import { saveRule, runRules, applyRules } from '../src/main/core/rules/rules';
import { exportArticles } from '../src/main/core/export/articles';
import { exportCitations } from '../src/main/core/export/citations';
import { createBackup } from '../src/main/core/backup/backup';
import { moveToTrash, emptyTrash } from '../src/main/core/trash/trash';
import { arg, prng } from './lib';

const SIZE = Number(arg('size', '10000'));
const WORDS = Number(arg('words', '600'));
const rnd = prng(42);
const COMMON = (
  'the of and to in a is that for on was with he it as at by from his an be has have had were are which this but not they who their said ' +
  'president minister government talks treaty summit military missile sanctions officials country leaders meeting state foreign war security ' +
  'nuclear agreement support economic border region defence trade troops cooperation partnership statement week report analysts according'
).split(' ');
const SYLL = ['ka', 'ri', 'mo', 'sun', 'pyo', 'dan', 'vel', 'tor', 'ash', 'lin', 'gor', 'bek', 'nam', 'yon', 'chu', 'ser'];
const invented = Array.from({ length: 4000 }, () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => SYLL[Math.floor(rnd() * SYLL.length)]).join(''));
const OUTLETS = ['Reuters', 'AP', 'KCNA', 'TASS', 'Yonhap', 'NK News', 'The Guardian', 'Xinhua', 'AFP', 'BBC'];
const word = () => (rnd() < 0.8 ? COMMON[Math.floor(rnd() * COMMON.length)]! : invented[Math.floor(rnd() * invented.length)]!);
const sentence = (n: number) => Array.from({ length: n }, word).join(' ');

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
function time<T>(label: string, run: () => T): T {
  const t = process.hrtime.bigint();
  const out = run();
  console.log(`${label.padEnd(58)} ${ms(t).toFixed(1).padStart(9)} ms`);
  return out;
}
async function timeAsync<T>(label: string, run: () => Promise<T>): Promise<T> {
  const t = process.hrtime.bigint();
  const out = await run();
  console.log(`${label.padEnd(58)} ${ms(t).toFixed(1).padStart(9)} ms`);
  return out;
}
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

function build(db: Db): number[] {
  const ids: number[] = [];
  db.transaction(() => {
    for (let i = 0; i < SIZE; i++) {
      const paragraphs = Array.from({ length: Math.ceil(WORDS / 60) }, () => sentence(60)).join('\n\n');
      const day = 1 + Math.floor(rnd() * 28);
      const id = insertArticle(db, {
        title: sentence(8),
        byline: `By ${invented[i % invented.length]} ${invented[(i * 7) % invented.length]}`,
        outlet: OUTLETS[i % OUTLETS.length]!,
        url: `https://example.org/${i}`,
        published: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        language: 'en',
        excerpt: null,
        text: paragraphs,
        html: null,
        wordCount: WORDS,
        contentHash: `bench-${i}`,
        format: 'txt',
        sourcePath: null,
      });
      ids.push(id);
    }
  })();
  return ids;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-notebook-'));
  const file = path.join(dir, 'library.db');
  console.log(`Notebook bench: ${SIZE.toLocaleString('en')} articles of ~${WORDS} words, Node ${process.version}, ${os.cpus().length} cores`);
  const db = openLibrary(file);
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'highlights'").get()) db.transaction(() => m005Notebook.up(db))();
  const ids = time(`build library (${SIZE} articles, both indexes)`, () => build(db));
  db.pragma('wal_checkpoint(TRUNCATE)');
  console.log(`library file size ${mb(fs.statSync(file).size)}`);

  // Tags: a spread of hierarchical tags first, so the tree and renames have something to do.
  time('tag setup: 40 hierarchical tags on 1/8 of the library each', () => {
    for (let t = 0; t < 40; t++) bulkTag(db, ids.filter((_, i) => i % 8 === t % 8), [`region/r${t % 5}/t${t}`], []);
  });
  const r = time(`bulk tag ${ids.length} selected articles (tags.bulk ids)`, () => bulkTag(db, ids, ['review/batch-1'], []));
  console.log(`  → added ${r.added} links on ${r.articles} articles`);
  time(`undo that bulk tag (undo.last)`, () => undoLast(db));
  time(`bulk untag: remove a tag from ${ids.length} articles`, () => bulkTag(db, ids, [], ['region/r0/t0']));
  time('undo the untag', () => undoLast(db));
  const q = time('bulk tag a whole result set (query "treaty", all results)', () => bulkTagQuery(db, 'treaty', ['topic/treaty'], []));
  console.log(`  → query matched ${q.matched} articles`);
  time('tags.tree (with counts incl. children)', () => tagTree(db));
  time('rename a branch (region → geo, 40 tags)', () => renameTag(db, 'region', 'geo'));
  time('undo the rename', () => undoLast(db));

  saveRule(db, { name: 'State media', query: 'outlet:KCNA OR outlet:TASS OR outlet:Xinhua', tags: ['source/state'], enabled: true });
  saveRule(db, { name: 'Nuclear', query: 'nuclear missile', tags: ['topic/nuclear'], enabled: true });
  saveRule(db, { name: 'Sanctions', query: '"economic sanctions" OR sanctions', tags: ['topic/sanctions'], enabled: true });
  const run = time('rules.run: 3 rules over the whole library', () => runRules(db));
  console.log(`  → matched ${run.results.map((x) => x.matched).join(', ')}`);
  const newIds = time('import 100 more articles (for applyRules)', () => {
    const out: number[] = [];
    db.transaction(() => {
      for (let i = 0; i < 100; i++) {
        const id = insertArticle(db, {
          title: sentence(8), byline: null, outlet: OUTLETS[i % OUTLETS.length]!, url: null, published: '2024-07-01', language: 'en', excerpt: null,
          text: sentence(WORDS), html: null, wordCount: WORDS, contentHash: `late-${i}`, format: 'txt', sourcePath: null,
        });
          out.push(id);
      }
    })();
    return out;
  });
  time('applyRules on the 100 just-imported articles (3 rules)', () => applyRules(db, newIds));

  const csv = time(`export CSV of ${ids.length} articles`, () => exportArticles(db, ids, 'csv'));
  console.log(`  → ${mb(csv.content.length)}`);
  const json = time(`export JSON of ${ids.length} articles (with text)`, () => exportArticles(db, ids, 'json'));
  console.log(`  → ${mb(json.content.length)}`);
  const md = time(`export Markdown bundle (zip) of ${Math.min(ids.length, 2000)} articles`, () => exportArticles(db, ids.slice(0, 2000), 'md'));
  console.log(`  → ${mb((md.content.length * 3) / 4)} zipped`);
  time(`citations: BibTeX for ${ids.length} articles`, () => exportCitations(db, ids, 'bibtex'));

  db.pragma('wal_checkpoint(TRUNCATE)');
  const size = fs.statSync(file).size;
  const b = await timeAsync(`backup (db.backup) of the ${SIZE}-article library`, () => createBackup(db, file, { folder: path.join(dir, 'backups') }));
  console.log(`  → library ${mb(size)}, backup ${mb(b.bytes)}`);
  // A backup while another connection keeps committing (the import worker's situation).
  const writer = openLibrary(file);
  let stop = false;
  let commits = 0;
  const writing = (async () => {
    // oxlint-disable-next-line no-unmodified-loop-condition -- set once the backup is done
    while (!stop) {
      writer.prepare("INSERT INTO tags (name) VALUES ('bench-writer-' || ?) ON CONFLICT DO NOTHING").run(commits++);
      await new Promise((res) => setTimeout(res, 5));
    }
  })();
  const b2 = await timeAsync('backup while another connection commits every ~5 ms', () => createBackup(db, file, { folder: path.join(dir, 'backups'), now: new Date(Date.now() + 1000) }));
  stop = true;
  await writing;
  writer.close();
  console.log(`  → ${mb(b2.bytes)}, ${commits} commits by the other connection meanwhile`);

  const trashIds = ids.slice(0, 1000);
  time('move 1,000 articles to the trash', () => moveToTrash(db, trashIds));
  time('empty the trash (delete, FTS optimize ×3, VACUUM, checkpoint)', () => emptyTrash(db));
  console.log(`library file size after purge ${mb(fs.statSync(file).size)}`);
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
