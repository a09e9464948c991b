// A small real library for the search tests: the project's sample article (or an inline stand-in
// when the shared corpus is absent) plus short articles made for specific checks.
import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../../../../../src/main/core/db/open';
import { updateTags } from '../../../../../src/main/core/repo/tags';
import { addArticle, corpus, tempLibrary } from '../../../../helpers/library';

const SEED = corpus('seed', 'nk-russia-strategic-agreement.txt');

// Used only when ../shared/corpus is missing: the sentences the tests rely on.
const INLINE_SEED = `North Korea And Russia Sign Strategic Agreement

Vladimir Putin, the president of Russia, and Kim Jong Un, the leader of North Korea, inked a strategic agreement on Wednesday that promises assistance to each other in the event of “aggression.”

Although specifics of the agreement were not immediately available, this could represent the strongest relationship between Pyongyang and Moscow since the end of the Cold War.

Kim described the two nations’ relationship as a “fiery friendship,” calling the agreement their “strongest ever treaty” and elevating it to the status of an alliance.

Putin’s foreign affairs adviser Yuri Ushakov told reporters in Pyongyang the leaders exchanged gifts after the talks. Putin presented Kim with a Russian-made Aurus limousine.`;

export const usingCorpusSeed = existsSync(SEED);

export interface Fixture {
  db: Db;
  ids: Record<string, number>;
  cleanup: () => void;
}

export function buildFixture(): Fixture {
  const lib = tempLibrary();
  const db = lib.db;
  const seed = usingCorpusSeed ? readFileSync(SEED, 'utf8') : INLINE_SEED;
  const [title, ...body] = seed.split('\n');
  const ids: Record<string, number> = {};
  ids.seed = addArticle(db, { title: title.trim(), text: body.join('\n').trim(), outlet: 'Associated Press', published: '2024-06-19', byline: 'Hyung-jin Kim' });
  // Same length bodies; only one has "sanctions" in its title, the other once in its body.
  ids.titleMatch = addArticle(db, {
    title: 'Sanctions tighten on shipping',
    text: 'Ministers met in Brussels on Tuesday to discuss new measures against shipping firms and their insurers in the region.',
    outlet: 'Reuters',
    published: '2023-02-01',
  });
  ids.bodyMatch = addArticle(db, {
    title: 'Ministers meet in Brussels',
    text: 'Ministers met in Brussels on Tuesday to discuss new sanctions against shipping firms and their insurers in the region.',
    outlet: 'Reuters',
    published: '2023-03-01',
  });
  ids.resume = addArticle(db, {
    title: 'A diplomat’s résumé',
    text: 'Her résumé lists postings in Seoul, Moscow and Geneva. The naïve reading of the cable missed the point.',
    outlet: 'Le Monde',
    published: '2019-11-05T08:30:00Z',
    language: 'fr',
  });
  ids.russian = addArticle(db, {
    title: 'Путин и Ким подписали соглашение',
    text: 'Президент России Владимир Путин и Ким Чен Ын подписали в Пхеньяне договор о всеобъемлющем стратегическом партнёрстве.',
    outlet: 'ТАСС',
    published: '2024-06-20',
    language: 'ru',
  });
  ids.korean = addArticle(db, {
    title: '북러 정상회담',
    text: '서울에서 정부 관계자들이 평양의 북러 조약 체결에 우려를 표명했다.',
    outlet: 'Yonhap',
    published: '2024-06-21',
    language: 'ko',
  });
  ids.nyt = addArticle(db, {
    title: 'Election night in Washington',
    text: 'The friendship between the two senators did not survive the campaign, which ended on a cold November night.',
    outlet: 'New York Times',
    published: '2016-11-09',
  });
  ids.undated = addArticle(db, {
    title: 'Undated wire copy about Moscow',
    text: 'An undated dispatch from Moscow about grain exports and shipping through the Black Sea.',
    outlet: 'Reuters',
    published: null,
  });
  updateTags(db, [ids.seed, ids.russian], ['treaty'], []);
  updateTags(db, [ids.seed, ids.titleMatch], ['sanctions-watch'], []);
  return { db, ids, cleanup: lib.cleanup };
}
