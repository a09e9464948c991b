import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../../../src/main/core/compare/compare';
import { ComparisonResult, type CompareArticleInput } from '../../../../../src/shared/compare';
import { EDITS, FIXTURE, FIXTURE_TITLE, SKIP_BASIL, SKIP_SEED, basilArticles, editedFixture, seedBody } from './fixtures';

const art = (id: number, text: string, extra: Partial<CompareArticleInput> = {}): CompareArticleInput => ({
  id, title: `${FIXTURE_TITLE} (${id})`, outlet: `Outlet ${id}`, published: null, text, ...extra,
});

const claimWith = (r: ComparisonResult, fragment: string, articleId: number) =>
  r.claims.find((c) => c.sentences[String(articleId)]?.includes(fragment));

describe('compareArticles on an article and an edited copy', () => {
  const r = compareArticles([art(1, FIXTURE), art(2, editedFixture())]);

  it('returns the public result shape', () => {
    expect(ComparisonResult.parse(r)).toEqual(r);
    expect(Object.keys(r).toSorted()).toEqual(['articles', 'claims', 'entities', 'figures', 'framing', 'quotes', 'sentences']);
  });

  it('gives a removed sentence a claim carried by the original only', () => {
    const c = claimWith(r, 'ignored parliament', 1)!;
    expect(c.carriedBy).toEqual([1]);
    const item = r.sentences.find((s) => s.articleId === 1)!.items.find((i) => i.text.includes('ignored parliament'))!;
    expect(item.claimId).toBe(c.id);
    expect(item.carriers).toBe(1);
  });

  it('still aligns a sentence paraphrased with synonyms', () => {
    const c = claimWith(r, 'lined the streets of Karvik', 1)!;
    expect(c.carriedBy).toEqual([1, 2]);
    expect(c.sentences['2']).toBe(EDITS.paraphrase[1]);
  });

  it('aligns every untouched sentence with its copy, one to one', () => {
    for (const c of r.claims) {
      if (c.carriedBy.length === 2) expect(c.sentenceIndex['1']! - c.sentenceIndex['2']!).toBeLessThanOrEqual(1);
    }
    expect(r.claims.filter((c) => c.carriedBy.length === 2).length).toBe(r.sentences[1]!.items.length);
  });

  it('flags the changed figure as a conflict', () => {
    const f = r.figures.find((x) => x.articleId === 1 && x.counts === 'tonnes of grain')!;
    expect(f.value).toBe(4500);
    expect(f.conflictsWith).toEqual([expect.objectContaining({ articleId: 2, value: 5200 })]);
    expect(r.figures.filter((x) => x.conflictsWith).length).toBe(2);
  });

  it('reports the reworded quote with its speaker', () => {
    expect(r.quotes.differences).toHaveLength(1);
    const d = r.quotes.differences[0]!;
    expect(d.speakerKey).toBe('elena marsh');
    expect(d.a.text).toContain(EDITS.quote[0]);
    expect(d.b.text).toContain(EDITS.quote[1]);
    const row = r.quotes.speakers.find((s) => s.speakerKey === 'elena marsh')!;
    expect(row.counts).toEqual({ '1': 2, '2': 2 });
  });

  it('lists entities and which ones only some articles name', () => {
    const kovic = r.entities.find((e) => e.key === 'ana kovic')!;
    expect(kovic).toMatchObject({ type: 'person', articleIds: [1], partial: true });
    expect(r.entities.find((e) => e.key === 'tomas reyes')).toMatchObject({ articleIds: [1, 2], partial: false });
  });
});

describe('compareArticles: who reported first, reprints, bad input', () => {
  it('names the first reporter from publication times, and says why not when only dates tie', () => {
    const timed = compareArticles([
      art(1, FIXTURE, { published: '2024-03-05T10:00:00Z' }),
      art(2, FIXTURE, { published: '2024-03-05T08:30:00Z' }),
    ]);
    expect(timed.claims[0]!.firstReportedBy).toBe(2);
    const dated = compareArticles([art(1, FIXTURE, { published: '2024-03-05' }), art(2, FIXTURE, { published: '2024-03-05' })]);
    expect(dated.claims[0]!.firstReportedBy).toBeNull();
    expect(dated.claims[0]!.firstReportedNote).toMatch(/same day/);
    const undated = compareArticles([art(1, FIXTURE), art(2, FIXTURE, { published: '2024-03-05' })]);
    expect(undated.claims[0]!.firstReportedNote).toMatch(/publication date/);
  });

  it('does not count a reprint as an independent carrier', () => {
    const r = compareArticles([art(1, FIXTURE), art(2, FIXTURE, { reprintOf: 1 }), art(3, editedFixture())]);
    const c = claimWith(r, 'defence pact', 1)!;
    expect(c.carriedBy).toEqual([1, 2, 3]);
    expect(c.independentCarriers).toBe(2);
  });

  it('refuses bad input with a sentence and nothing else', () => {
    expect(() => compareArticles([art(1, FIXTURE)])).toThrow('Choose between 2 and 6 articles to compare (1 given).');
    expect(() => compareArticles([art(1, FIXTURE), art(1, FIXTURE)])).toThrow(/same article was chosen twice/);
    expect(() => compareArticles([art(1, FIXTURE), art(2, '  ')])).toThrow(/has no text to compare/);
    expect(() => compareArticles(Array.from({ length: 7 }, (_, i) => art(i + 1, FIXTURE)))).toThrow(/\(7 given\)/);
  });
});

describe('compareArticles on hostile or odd text', () => {
  it('copes with unbalanced quotes, no punctuation, other scripts and huge numbers', () => {
    const odd = [
      '“This quote never closes and runs on and on ' + 'word '.repeat(3000),
      '!!! ??? … — “ ” « » 「」 \u0000\u0007 $$$ 999999999999999999999999 percent',
      '金正恩は「戦略的な合意」と述べた。プーチン氏は「画期的な文書」と語った。',
      'Кремль заявил: «Это прорыв». Ким Чен Ын сказал: «Мы вместе».',
    ];
    const r = compareArticles(odd.map((t, i) => art(i + 1, t, { language: i === 2 ? 'ja' : i === 3 ? 'ru' : null })));
    expect(ComparisonResult.parse(r).sentences).toHaveLength(4);
    expect(r.quotes.list.every((q) => q.speaker.length > 0)).toBe(true);
  });
});

describe('compareArticles on the seed article and edited copies of it', () => {
  it('finds the removed sentence, the changed figure, the reworded Kim quote and a paraphrase', (ctx) => {
    const body = seedBody();
    if (!body) return ctx.skip(SKIP_SEED);
    const removed = 'Putin and Kim strode across a red carpet, giving an honor guard a salute.';
    const original = 'Kim greeted Putin at the airport, where they had a limo ride, two embraces, and shook hands.';
    const paraphrase = 'At the airport Kim welcomed Putin; the two leaders embraced twice, shook hands and rode in a limousine.';
    expect(body).toContain(removed);
    expect(body).toContain(original);
    const edited = body
      .replace(removed, '')
      .replace('11,000', '12,000')
      .replace('“strongest ever treaty”', '“strongest treaty ever signed”')
      .replace(original, paraphrase);
    const r = compareArticles([art(1, body), art(2, edited)]);
    expect(claimWith(r, 'red carpet', 1)!.carriedBy).toEqual([1]);
    expect(claimWith(r, 'limo ride', 1)!.sentences['2']).toBe(paraphrase);
    const munitions = r.figures.find((f) => f.articleId === 1 && f.counts === 'containers of munitions')!;
    expect(munitions.conflictsWith?.map((c) => c.value)).toEqual([12000]);
    const kim = r.quotes.differences.find((d) => d.speakerKey === 'kim jong un')!;
    expect([kim.a.text, kim.b.text]).toEqual(['strongest ever treaty', 'strongest treaty ever signed']);
  });
});

describe('compareArticles on BASIL events', () => {
  it('finds claims shared by two and three outlets, and quotes with speakers named in the articles', (ctx) => {
    const arts = basilArticles();
    if (!arts) return ctx.skip(SKIP_BASIL);
    const events = [...new Set(arts.map((a) => a.event_id))].slice(0, 5);
    let three = 0;
    for (const ev of events) {
      const group = arts.filter((a) => a.event_id === ev);
      const r = compareArticles(group.map((a, i) => ({ id: i + 1, title: a.title, outlet: a.outlet, published: a.date, text: a.text })));
      const shared = r.claims.filter((c) => c.carriedBy.length >= 2);
      expect(shared.length).toBeGreaterThan(0);
      three += r.claims.filter((c) => c.carriedBy.length === 3).length;
      for (const c of shared) expect(c.cohesion).toBeGreaterThanOrEqual(0.38);
      expect(r.quotes.list.length).toBeGreaterThan(0);
      for (const q of r.quotes.list) {
        // Every speaker is someone the article names (a surname of the speaker occurs in its text).
        const text = group[q.articleId - 1]!.text.toLowerCase();
        expect(q.speaker.toLowerCase().split(/\s+/).some((w) => w.length > 2 && text.includes(w))).toBe(true);
      }
    }
    expect(three).toBeGreaterThan(0);
  });
});
