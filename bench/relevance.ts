// Search relevance on a judged test collection.
//   npx tsx bench/relevance.ts [--show]      (npm run bench:relevance)
// Imports the TIME 1963 collection (../shared/corpus/search/time: 423 articles, 83 queries,
// relevance judgments) into a temporary library and runs every judged query through the CLI's
// batch path (the search.batch channel) as its words joined by OR, then prints nDCG@10 and MAP.
// For comparison it also runs each word quoted ("word": the unstemmed index, stopwords kept),
// which is plain BM25 without stemming. Nothing here is tuned to these queries.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLibrary } from '../src/main/core/db/open';
import { Library } from '../src/main/core/library';
import { insertArticle } from '../src/main/core/repo/articles';

const dir = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'search', 'time');
if (!fs.existsSync(path.join(dir, 'docs.jsonl'))) {
  console.log(`Skipped: the TIME collection is not at ${dir} (see ../shared/corpus/README.md).`);
  process.exit(0);
}
const show = process.argv.includes('--show');

interface Doc { doc_id: string; text: string; date: string; page: string }
const jsonl = <T>(f: string): T[] => fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as T);
const docs = jsonl<Doc>('docs.jsonl');
const queries = jsonl<{ query_id: string; text: string }>('queries.jsonl');
const qrels = new Map<string, Set<string>>();
for (const line of fs.readFileSync(path.join(dir, 'qrels.trec'), 'utf8').trim().split('\n')) {
  const [q, , d, rel] = line.trim().split(/\s+/);
  if (Number(rel) > 0) (qrels.get(q) ?? qrels.set(q, new Set()).get(q)!).add(d);
}

/** "01/04/63" → "1963-01-04". */
function isoDate(d: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{2})$/.exec(d.trim());
  return m ? `19${m[3]}-${m[1]}-${m[2]}` : null;
}

/** A query's words, lower case (the collection is in teletype capitals), punctuation dropped. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-relevance-'));
  const file = path.join(tmp, 'library.db');
  const idToDoc = new Map<number, string>();
  try {
    const db = openLibrary(file);
    const t0 = performance.now();
    db.transaction(() => {
      for (const d of docs) {
        // A neutral title: the collection has none, and words put there would weigh tenfold.
        const id = insertArticle(db, {
          title: `TIME document ${d.doc_id}`,
          byline: null,
          outlet: 'TIME',
          url: null,
          published: isoDate(d.date),
          language: 'en',
          excerpt: null,
          text: d.text,
          html: null,
          wordCount: d.text.split(/\s+/).length,
          contentHash: `time-${d.doc_id}`,
          format: 'txt',
          sourcePath: null,
        });
        idToDoc.set(id, d.doc_id);
      }
    })();
    const importMs = performance.now() - t0;
    db.close();

    const judged = queries.filter((q) => qrels.has(q.query_id));
    const library = new Library({ path: file, transport: 'direct', importMode: 'inline', log: () => {} });
    const run = async (label: string, toQuery: (ws: string[]) => string) => {
      const t = performance.now();
      const results = await library.invoke('search.batch', { queries: judged.map((q) => toQuery(words(q.text))), limit: 1000 });
      const ms = performance.now() - t;
      let ndcg = 0;
      let map = 0;
      results.forEach((r, i) => {
        const rel = qrels.get(judged[i].query_id)!;
        const ranked = r.hits.map((h) => idToDoc.get(h.id) ?? '');
        ndcg += ndcgAt(ranked, rel, 10);
        map += averagePrecision(ranked, rel);
        if (show) console.log(`  q${judged[i].query_id.padEnd(3)} nDCG@10 ${ndcgAt(ranked, rel, 10).toFixed(3)}  AP ${averagePrecision(ranked, rel).toFixed(3)}  ${r.total} hits  ${r.query.slice(0, 90)}`);
      });
      console.log(`${label.padEnd(44)} nDCG@10 ${(ndcg / judged.length).toFixed(3)}   MAP ${(map / judged.length).toFixed(3)}   (${judged.length} queries, ${(ms / judged.length).toFixed(1)} ms/query)`);
    };
    console.log(`TIME 1963: ${docs.length} articles imported in ${(importMs / 1000).toFixed(1)} s; ${judged.length} of ${queries.length} queries have judgments.`);
    await run('words joined by OR (stemmed, stopwords out)', (ws) => ws.join(' OR '));
    await run('each word quoted (unstemmed BM25, baseline)', (ws) => ws.map((w) => `"${w.replace(/"/g, '')}"`).join(' OR '));
    await library.close();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

void main();

function ndcgAt(ranked: string[], rel: Set<string>, k: number): number {
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (rel.has(ranked[i])) dcg += 1 / Math.log2(i + 2);
  let ideal = 0;
  for (let i = 0; i < Math.min(k, rel.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal ? dcg / ideal : 0;
}

function averagePrecision(ranked: string[], rel: Set<string>): number {
  let hits = 0;
  let sum = 0;
  ranked.forEach((d, i) => {
    if (rel.has(d)) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return rel.size ? sum / rel.size : 0;
}
