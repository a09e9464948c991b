// Search in any language: word forms through the stemmed index, diacritics folded, CJK found
// inside longer runs, stopwords and capitals, and the two indexes combined in one query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, MARK_END, MARK_START, type Output } from '../../../../../src/shared/contract';
import { search } from '../../../../../src/main/core/search';
import { addArticle, tempLibrary } from '../../../../helpers/library';

let lib: ReturnType<typeof tempLibrary>;
const ids: Record<string, number> = {};

beforeAll(() => {
  lib = tempLibrary();
  const add = (key: string, title: string, text: string, language: string, published = '2024-01-01') =>
    (ids[key] = addArticle(lib.db, { title, text, language, published }));
  add('enSingular', 'A new sanction on shipping', 'The ministry announced one sanction against a shipping firm.', 'en');
  add('enPlural', 'Europe weighs measures', 'Ministers debated sanctions and negotiated for hours about the White House plan.', 'en');
  add('enHouse', 'Housing costs rise', 'The house prices in the capital went up again, and white paint sold out.', 'en');
  add('ruGen', 'Переговоры', 'Делегация прибыла из Москвы в среду.', 'ru');
  add('ruLoc', 'Саммит', 'Встреча прошла в Москве и завершилась подписанием партнёрства.', 'ru');
  add('ruNom', 'Столица', 'Москва готовится к параду.', 'ru');
  add('fr', 'Les négociations reprennent', 'Les négociateurs se sont retrouvés à Genève pour une négociation difficile.', 'fr');
  add('de', 'Verhandlungen in Wien', 'Die Verhandlung über Sanktionen gegen Russland wurde vertagt.', 'de');
  add('es', 'Nuevas sanciones', 'La Unión Europea aprobó una sanción contra el régimen.', 'es');
  add('ko', '서울 회의', '서울에서 정부 관계자들이 북러 조약에 우려를 표명했다.', 'ko');
  add('zh', '北京会议', '北京市政府今天宣布了新的措施。', 'zh');
  add('who', 'Health agency warns', 'The WHO said the pandemic is not over.', 'en');
  add('may', 'Theresa May resigns', 'The prime minister May said she may resign.', 'en');
});
afterAll(() => lib.cleanup());

function run(q: string, sort: 'relevance' | 'newest' = 'relevance'): Output<'search.query'> {
  const out = search(lib.db, contract['search.query'].input.parse({ q, sort }));
  contract['search.query'].output.parse(out);
  return out;
}
const found = (q: string) => run(q).hits.map((h) => h.id).toSorted((a, b) => a - b);
const sorted = (...keys: string[]) => keys.map((k) => ids[k]).toSorted((a, b) => a - b);
const marked = (s: string) => [...s.matchAll(new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g'))].map((m) => m[1]);

describe('word forms', () => {
  it('sanctions finds sanction and the other way round', () => {
    expect(found('sanctions')).toEqual(expect.arrayContaining(sorted('enSingular', 'enPlural')));
    expect(found('sanction')).toEqual(expect.arrayContaining(sorted('enSingular', 'enPlural')));
  });

  it('Москва finds Москвы and Москве', () => {
    expect(found('Москва')).toEqual(sorted('ruGen', 'ruLoc', 'ruNom'));
    expect(found('москве')).toEqual(sorted('ruGen', 'ruLoc', 'ruNom'));
    expect(found('партнерство')).toEqual(sorted('ruLoc')); // ё and е alike
  });

  it('French, German and Spanish words find their other forms', () => {
    expect(found('négociation')).toEqual(sorted('fr'));
    expect(found('negociations')).toEqual(sorted('fr'));
    expect(found('Verhandlungen')).toEqual(sorted('de'));
    expect(found('sanciones')).toEqual(expect.arrayContaining(sorted('es')));
    expect(found('sancion')).toEqual(expect.arrayContaining(sorted('es')));
  });

  it('marks the forms it found in the snippet, and offers them to the reader', () => {
    const r = run('sanctions');
    const singular = r.hits.find((h) => h.id === ids.enSingular)!;
    expect(marked(singular.snippet)).toContain('sanction');
    expect(r.highlight).toEqual(expect.arrayContaining(['sanctions', 'sanction']));
    const ru = run('Москва').hits.find((h) => h.id === ids.ruGen)!;
    expect(marked(ru.snippet)).toEqual(['Москвы']);
  });

  it('keeps phrases and prefixes exact (the unstemmed index)', () => {
    expect(found('"white house"')).toEqual(sorted('enPlural'));
    expect(found('"sanctions and negotiated"')).toEqual(sorted('enPlural'));
    expect(found('"sanction and negotiated"')).toEqual([]);
    expect(found('negotiat*')).toEqual(sorted('enPlural'));
    // Housing and house share a stem; the prefix is not stemmed.
    expect(found('housing')).toEqual(sorted('enPlural', 'enHouse'));
    expect(found('housi*')).toEqual(sorted('enHouse'));
  });
});

describe('CJK', () => {
  it('finds a word inside the run it is glued into', () => {
    expect(found('서울')).toEqual(sorted('ko'));
    expect(found('북러')).toEqual(sorted('ko'));
    expect(found('北京')).toEqual(sorted('zh'));
    expect(found('京市')).toEqual(sorted('zh'));
    expect(found('政府')).toEqual(sorted('zh'));
    expect(found('北京市政府')).toEqual(sorted('zh'));
    expect(found('京北')).toEqual([]);
  });

  it('finds a single character anywhere in a run', () => {
    expect(found('府')).toEqual(sorted('zh'));
    expect(found('措')).toEqual(sorted('zh'));
  });

  it('marks the run that holds the word', () => {
    expect(marked(run('서울').hits[0].snippet)).toEqual(['서울에서']);
  });
});

describe('stopwords and capitals', () => {
  it('leaves a common word out when others carry the search', () => {
    expect(found('the pandemic')).toEqual(sorted('who'));
    expect(found('who pandemic')).toEqual(sorted('who'));
  });

  it('searches a common word exactly when it is all there is', () => {
    expect(run('the').total).toBe(5); // the English articles that have it
    expect(found('"she may"')).toEqual(sorted('may'));
  });

  it('reads capitals in a lower-case query as a name or acronym', () => {
    expect(found('WHO pandemic')).toEqual(sorted('who'));
    expect(found('Theresa May')).toEqual(sorted('may'));
    expect(found('prime May')).toEqual(sorted('may'));
  });
});

describe('both indexes in one query', () => {
  it('requires a phrase and a word form together', () => {
    expect(found('"white house" sanction')).toEqual(sorted('enPlural'));
    expect(found('sanctions -"white house"')).toEqual(expect.arrayContaining(sorted('enSingular')));
    expect(found('sanctions -"white house"')).not.toContain(ids.enPlural);
  });

  it('an OR across them finds either, best matches of both first', () => {
    expect(found('"white paint" OR Москвы')).toEqual(sorted('enHouse', 'ruGen', 'ruLoc', 'ruNom'));
    expect(found('("white paint" OR Москвы) параду')).toEqual(sorted('ruNom'));
  });

  it('sorts by date and pages the same way', () => {
    const r = run('"white paint" OR Москвы', 'newest');
    expect(r.total).toBe(4);
    expect(r.hits.every((h) => h.score >= 0)).toBe(true);
  });
});
