// Word lists for naming things. compromise's lexicon (its built-in list of first names,
// surnames, countries, cities, organisations and role nouns) is read once; running its full
// tagger over every article costs ~60 ms per 1,200 words, over the comparison budget, so
// entities.ts finds capitalised spans itself and only consults the lexicon to type them.
import nlp from 'compromise';

type LexTag = string | string[];
interface CompromiseModel {
  one: { lexicon: Record<string, LexTag> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}

let model: CompromiseModel | null = null;

function lexModel(): CompromiseModel {
  // nlp.model() is compromise's documented access to its data; the typings leave it out.
  model ??= (nlp as unknown as { model(): CompromiseModel }).model();
  return model;
}

export function lexTags(word: string): string[] {
  const t = lexModel().one.lexicon[word.toLowerCase()];
  if (t === undefined) return [];
  return Array.isArray(t) ? t : [t];
}

export function isOrgWord(word: string): boolean {
  return Object.hasOwn(lexModel().two.orgWords, word.toLowerCase()) || EXTRA_ORG_WORDS.has(word.toLowerCase());
}

export function isPlaceWord(word: string): boolean {
  return Object.hasOwn(lexModel().two.placeWords, word.toLowerCase());
}

const EXTRA_ORG_WORDS = new Set([
  'ministry', 'parliament', 'senate', 'congress', 'court', 'kremlin', 'pentagon', 'police', 'navy', 'party',
  'government', 'cabinet', 'assembly', 'agency', 'office', 'command', 'forces', 'guard', 'times', 'post',
  'news', 'press', 'tribune', 'journal', 'herald', 'network', 'fund', 'organization', 'organisation',
  'alliance', 'union', 'campaign', 'caucus', 'administration',
]);

/** Names that stand for an entity under another spelling; keys are folded lower case. */
export const ALIASES: Record<string, { name: string; type: 'person' | 'place' | 'organization' }> = {
  'u.s.': { name: 'United States', type: 'place' },
  us: { name: 'United States', type: 'place' },
  usa: { name: 'United States', type: 'place' },
  'u.s.a.': { name: 'United States', type: 'place' },
  america: { name: 'United States', type: 'place' },
  'united states of america': { name: 'United States', type: 'place' },
  'u.k.': { name: 'United Kingdom', type: 'place' },
  uk: { name: 'United Kingdom', type: 'place' },
  britain: { name: 'United Kingdom', type: 'place' },
  'great britain': { name: 'United Kingdom', type: 'place' },
  'u.n.': { name: 'United Nations', type: 'organization' },
  un: { name: 'United Nations', type: 'organization' },
  'e.u.': { name: 'European Union', type: 'organization' },
  eu: { name: 'European Union', type: 'organization' },
  ussr: { name: 'Soviet Union', type: 'place' },
  'u.s.s.r.': { name: 'Soviet Union', type: 'place' },
  dprk: { name: 'North Korea', type: 'place' },
  rok: { name: 'South Korea', type: 'place' },
  prc: { name: 'China', type: 'place' },
  nato: { name: 'NATO', type: 'organization' },
  kremlin: { name: 'Kremlin', type: 'organization' },
  pentagon: { name: 'Pentagon', type: 'organization' },
  'white house': { name: 'White House', type: 'organization' },
  gop: { name: 'Republican Party', type: 'organization' },
  kiev: { name: 'Kyiv', type: 'place' },
  kyiv: { name: 'Kyiv', type: 'place' },
};

/** Capitalised words that are never entities on their own. */
export const NOT_NAMES = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december jan feb mar apr aug sep sept oct nov dec i it he she they we ' +
    'you this that these those the a an but and or if in on at as after before when while his her their its ' +
    'our some many most there here what who why how mr mrs ms dr').split(' '),
);

/** Role words that may precede a name ("Foreign Minister Choe Son Hui"), beyond compromise's Actor tag. */
export const TITLE_WORDS = new Set(
  ('mr. mrs. ms. dr. prof. gen. sen. rep. gov. lt. col. sgt. capt. adm. maj. rev. president vice prime ' +
    'minister foreign defense defence secretary state chairman chairwoman chair spokesman spokeswoman ' +
    'spokesperson leader king queen prince princess pope chancellor ambassador judge justice speaker senator ' +
    'representative congressman congresswoman governor mayor director chief general admiral colonel ' +
    'commander premier sheikh emir president-elect former deputy acting supreme lord sir dame envoy adviser ' +
    'advisor aide officer official commissioner attorney candidate nominee').split(' '),
);

export const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
export const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
