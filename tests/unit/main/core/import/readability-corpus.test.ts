// The 46 news articles of Mozilla Readability's test pages, imported through the whole pipeline
// into a temp library: titles against the expected titles, bodies against expected.html by
// token F1. Prints the figures it measured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { ImportSummaryT } from '../../../../../src/shared/contract';
import { importSources } from '../../../../../src/main/core/import/pipeline';
import { getArticle } from '../../../../../src/main/core/repo/articles';
import { READABILITY, hasReadability, tempLibrary } from './helpers';
import { tokenF1 } from '../../../../helpers/token-f1';

interface Case {
  id: string;
  category: string;
  source: string;
  expected_html: string;
  title: string;
}

const same = (a: string, b: string) => a.normalize('NFC').replace(/\s+/g, ' ').trim() === b.normalize('NFC').replace(/\s+/g, ' ').trim();

describe.skipIf(!hasReadability)('readability news pages (corpus)', () => {
  const cases: Case[] = hasReadability ? (JSON.parse(readFileSync(join(READABILITY, 'index.json'), 'utf8')) as Case[]).filter((c) => c.category === 'news-article') : [];
  let lib: ReturnType<typeof tempLibrary>;
  let summary: ImportSummaryT;
  let ms = 0;

  beforeAll(async () => {
    lib = tempLibrary();
    const t = performance.now();
    summary = await importSources(lib.db, { paths: cases.map((c) => join(READABILITY, c.source)) }, { jobId: 'corpus' });
    ms = performance.now() - t;
  });
  afterAll(() => lib?.cleanup());

  it('imports all 46 news pages', () => {
    expect(cases).toHaveLength(46);
    expect(summary.failed).toBe(0);
    expect(summary.imported + summary.duplicates).toBe(46);
  });

  it('gets the expected title for most pages and the body close to the expected one', () => {
    let titles = 0;
    let f1Sum = 0;
    for (const c of cases) {
      const o = summary.outcomes.find((x) => x.path === join(READABILITY, c.source));
      if (o?.outcome !== 'imported') continue;
      const a = getArticle(lib.db, o.articleId!)!;
      if (same(a.title, c.title)) titles++;
      const want = parseHTML(`<html><body>${readFileSync(join(READABILITY, c.expected_html), 'utf8')}</body></html>`).document.body.textContent ?? '';
      f1Sum += tokenF1(a.text, want);
      expect(a.text.includes('\u0002') || a.text.includes('\u0003')).toBe(false);
      expect(a.html ?? '').not.toMatch(/<script|\son\w+=|javascript:/i);
    }
    const meanF1 = f1Sum / cases.length;
    console.log(`[readability corpus] titles ${titles}/${cases.length}, mean body token F1 ${meanF1.toFixed(4)}, import ${ms.toFixed(0)} ms (${((cases.length / ms) * 1000).toFixed(1)} pages/s)`);
    expect(titles).toBeGreaterThanOrEqual(Math.ceil(cases.length * 0.9));
    expect(meanF1).toBeGreaterThanOrEqual(0.9);
  });
});
