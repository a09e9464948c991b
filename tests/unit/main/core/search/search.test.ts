import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, MARK_END, MARK_START, type Output } from '../../../../../src/shared/contract';
import { search, warmSearch } from '../../../../../src/main/core/search';
import { indexSignature, installVocabulary } from '../../../../../src/main/core/search/vocab';
import { addArticle } from '../../../../helpers/library';
import { buildFixture, type Fixture } from './fixture';

let f: Fixture;
beforeAll(() => {
  f = buildFixture();
});
afterAll(() => f.cleanup());

function run(q: string, opts: Partial<{ offset: number; limit: number; sort: 'relevance' | 'newest' | 'oldest' }> = {}): Output<'search.query'> {
  const out = search(f.db, contract['search.query'].input.parse({ q, ...opts }));
  // Whatever the query, the answer has the contract's shape.
  contract['search.query'].output.parse(out);
  return out;
}
const ids = (r: Output<'search.query'>) => r.hits.map((h) => h.id);
const marked = (s: string) => [...s.matchAll(new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g'))].map((m) => m[1]);

describe('search: words and phrases', () => {
  it('finds the phrase "fiery friendship" first, marked in its snippet', () => {
    const r = run('"fiery friendship"');
    expect(r.hits[0].id).toBe(f.ids.seed);
    expect(r.total).toBe(1); // the other articles have the words, not the phrase
    expect(marked(r.hits[0].snippet)).toEqual(['fiery friendship']);
    expect(r.hits[0].snippet.split(/\s+/).length).toBeLessThanOrEqual(30);
    expect(r.highlight).toEqual(['fiery', 'friendship']);
    expect(r.message).toBeNull();
  });

  it('requires every word by default', () => {
    expect(ids(run('friendship')).toSorted()).toEqual([f.ids.seed, f.ids.nyt].toSorted());
    expect(ids(run('friendship senators'))).toEqual([f.ids.nyt]);
  });

  it('OR and | widen, exclusion narrows', () => {
    const either = run('senators OR Aurus');
    expect(ids(either).toSorted()).toEqual([f.ids.seed, f.ids.nyt].toSorted());
    expect(ids(run('senators | Aurus')).toSorted()).toEqual(ids(either).toSorted());
    expect(ids(run('friendship -senators'))).toEqual([f.ids.seed]);
    expect(ids(run('friendship NOT senators'))).toEqual([f.ids.seed]);
  });

  it('an exclusion alone lists everything else, newest first', () => {
    const r = run('-moscow');
    expect(ids(r)).toEqual([f.ids.korean, f.ids.russian, f.ids.bodyMatch, f.ids.titleMatch, f.ids.nyt]);
    expect(r.total).toBe(5);
  });

  it('prefix search finds longer words and highlights what matched', () => {
    const r = run('Pyong*');
    expect(ids(r)).toContain(f.ids.seed);
    expect(r.highlight).toContain('pyongyang');
    expect(ids(run('brusse*')).toSorted()).toEqual([f.ids.titleMatch, f.ids.bodyMatch].toSorted());
  });

  it('fuzzy pyongyng~1 finds Pyongyang', () => {
    const r = run('pyongyng~1');
    expect(ids(r)).toEqual([f.ids.seed]);
    expect(r.highlight).toEqual(['pyongyang']);
    expect(marked(r.hits[0].snippet).map((s) => s.toLowerCase())).toContain('pyongyang');
  });

  it('ignores diacritics: resume finds résumé, and the other way round', () => {
    const r = run('resume');
    expect(ids(r)).toEqual([f.ids.resume]);
    expect(marked(r.hits[0].snippet)).toContain('résumé');
    expect(ids(run('RÉSUMÉ'))).toEqual([f.ids.resume]);
    expect(ids(run('naive'))).toEqual([f.ids.resume]);
  });

  it('field scopes limit a word to the title, byline or body', () => {
    expect(ids(run('title:sanctions'))).toEqual([f.ids.titleMatch]);
    expect(ids(run('text:sanctions'))).toEqual(ids(run('body:sanctions')));
    expect(ids(run('text:sanctions'))).not.toContain(f.ids.titleMatch);
    expect(ids(run('byline:hyung'))).toEqual([f.ids.seed]);
  });

  it('NEAR finds words close together', () => {
    // "Putin presented Kim with a Russian-made Aurus limousine": seven words apart.
    expect(ids(run('NEAR(putin limousine, 7)'))).toEqual([f.ids.seed]);
    expect(run('NEAR(putin limousine, 6)').total).toBe(0);
    expect(run('NEAR(senators november, 2)').total).toBe(0);
    expect(run('NEAR(senators november, 20)').total).toBe(1);
  });

  it('searches Cyrillic, and CJK words as prefixes of the glued token', () => {
    expect(ids(run('путин'))).toEqual([f.ids.russian]);
    expect(ids(run('ПХЕНЬЯНЕ'))).toEqual([f.ids.russian]);
    const ko = run('서울');
    expect(ids(ko)).toEqual([f.ids.korean]);
    expect(marked(ko.hits[0].snippet)).toEqual(['서울에서']);
    expect(ko.highlight).toEqual(expect.arrayContaining(['서울', '서울에서']));
  });
});

describe('search: ranking, sorting, paging', () => {
  it('ranks a title match above a body-only match', () => {
    const r = run('sanctions');
    const order = ids(r);
    expect(order.indexOf(f.ids.titleMatch)).toBeLessThan(order.indexOf(f.ids.bodyMatch));
    expect(r.hits[0].score).toBeGreaterThan(r.hits[r.hits.length - 1].score);
  });

  it('falls back to the marked title when only the title matched', () => {
    const hit = run('title:tighten').hits[0];
    expect(hit.id).toBe(f.ids.titleMatch);
    expect(marked(hit.snippet)).toEqual(['tighten']);
  });

  it('sorts newest and oldest first, undated last', () => {
    expect(ids(run('shipping', { sort: 'newest' }))).toEqual([f.ids.bodyMatch, f.ids.titleMatch, f.ids.undated]);
    expect(ids(run('shipping', { sort: 'oldest' }))).toEqual([f.ids.titleMatch, f.ids.bodyMatch, f.ids.undated]);
  });

  it('pages with offset and limit while total stays exact', () => {
    const all = ids(run('shipping OR moscow OR friendship'));
    expect(all.length).toBeGreaterThan(3);
    const page1 = run('shipping OR moscow OR friendship', { limit: 2 });
    const page2 = run('shipping OR moscow OR friendship', { limit: 2, offset: 2 });
    expect(page1.total).toBe(all.length);
    expect(page2.total).toBe(all.length);
    expect([...ids(page1), ...ids(page2)]).toEqual(all.slice(0, 4));
    expect(run('shipping', { offset: 50 }).hits).toEqual([]);
  });

  it('returns summaries with tags', () => {
    const hit = run('"fiery friendship"').hits[0];
    expect(hit.tags).toEqual(['sanctions-watch', 'treaty']);
    expect(hit.outlet).toBe('Associated Press');
    expect(hit.published).toBe('2024-06-19');
  });
});

describe('search: filters', () => {
  it('outlet: matches the name without regard to case, quotes allowed', () => {
    expect(ids(run('outlet:"new york times"'))).toEqual([f.ids.nyt]);
    expect(ids(run('shipping outlet:Reuters', { sort: 'newest' }))).toEqual([f.ids.bodyMatch, f.ids.titleMatch, f.ids.undated]);
    expect(ids(run('shipping -outlet:reuters'))).toEqual([]);
  });

  it('a query of filters only lists matching articles newest first with their opening words', () => {
    const r = run('outlet:Reuters');
    expect(ids(r)).toEqual([f.ids.bodyMatch, f.ids.titleMatch, f.ids.undated]);
    expect(r.hits[0].snippet.startsWith('Ministers met in Brussels')).toBe(true);
    expect(r.hits[0].score).toBe(0);
    expect(r.highlight).toEqual([]);
  });

  it('tag: filters, several tags narrow', () => {
    expect(ids(run('tag:treaty')).toSorted()).toEqual([f.ids.seed, f.ids.russian].toSorted());
    expect(ids(run('tag:TREATY tag:sanctions-watch'))).toEqual([f.ids.seed]);
    expect(ids(run('putin tag:treaty'))).toEqual([f.ids.seed]);
    expect(ids(run('tag:treaty -tag:sanctions-watch'))).toEqual([f.ids.russian]);
  });

  it('lang:, after:, before:, year: filter by language and date', () => {
    expect(ids(run('lang:ru'))).toEqual([f.ids.russian]);
    expect(ids(run('lang:french'))).toEqual([f.ids.resume]);
    expect(ids(run('after:2024-06-20'))).toEqual([f.ids.korean, f.ids.russian]);
    expect(ids(run('before:2019-11-06'))).toEqual([f.ids.resume, f.ids.nyt]);
    expect(ids(run('before:2019-11-05'))).toEqual([f.ids.nyt]);
    expect(ids(run('year:2023'))).toEqual([f.ids.bodyMatch, f.ids.titleMatch]);
    expect(ids(run('after:2023 before:2024 sanctions'))).toContain(f.ids.titleMatch);
  });

  it('an invalid date is ignored with a sentence, and the rest still runs', () => {
    const r = run('sanctions after:2024-13-45');
    expect(r.total).toBe(run('sanctions').total);
    expect(r.total).toBeGreaterThan(0);
    expect(r.message).toMatch(/“after:2024-13-45” is not a date/);
  });

  it('names an outlet or tag that does not exist', () => {
    expect(run('outlet:Reutres').message).toMatch(/no outlet called “Reutres”/);
    expect(run('outlet:Times').message).toMatch(/did you mean outlet:"New York Times"/);
    expect(run('tag:nonexistent').message).toMatch(/No article is tagged “nonexistent”/);
  });
});

describe('search: messages', () => {
  it('suggests the nearest known word when nothing matches', () => {
    const r = run('pyongyng');
    expect(r.total).toBe(0);
    expect(r.message).toBe('No articles match “pyongyng”. Did you mean “pyongyang”?');
    expect(run('putin limousne').message).toMatch(/Did you mean “putin limousine”/);
  });

  it('explains an empty or unsearchable query', () => {
    expect(run('').message).toMatch(/Type a word/);
    expect(run('!!!').message).toMatch(/no letters or digits/);
    expect(run('AND OR').message).toMatch(/nothing to search for/);
  });

  it('says so when words exist but never together', () => {
    const r = run('senators limousine');
    expect(r.total).toBe(0);
    expect(r.message).toMatch(/No articles match “senators limousine”/);
  });
});

describe('search: vocabulary cache', () => {
  it('sees words imported after the first fuzzy search', () => {
    expect(run('zaporizhzhia~1').total).toBe(0);
    const id = addArticle(f.db, { title: 'Zaporizhzhia plant', text: 'Inspectors visited the Zaporizhzhia nuclear plant.', published: '2024-07-01' });
    expect(ids(run('zaporizhzhya~1'))).toEqual([id]);
    f.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(run('zaporizhzhya~1').total).toBe(0);
  });
});

describe('search: warming and priming', () => {
  it('warmSearch runs without changing results', () => {
    const before = run('"fiery friendship"');
    warmSearch(f.db);
    expect(run('"fiery friendship"')).toEqual(before);
  });

  it('an installed vocabulary is what fuzzy search expands against until the index changes', () => {
    installVocabulary(f.db, [['pyongyang', 1], ['pyongyangx', 1]], indexSignature(f.db), 0);
    expect(run('pyongyangz~1').highlight).toEqual(['pyongyang']);
    // Changing the index invalidates the primed list: the real vocabulary comes back.
    const id = addArticle(f.db, { title: 'Pyongyangz', text: 'pyongyangz' });
    expect(ids(run('pyongyangz~1')).toSorted()).toEqual([f.ids.seed, id].toSorted());
    f.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
  });
});
