// What story clustering looks at in one article: stems of the title and of the lead, capitalised
// names (a cheap stand-in for entities that scales to 10,000 articles) and the publication time.
import type { StoryArticleInput } from '../../../shared/compare';
import { STOPWORDS, contentStems, foldKey } from './text';

/** Words of the body considered: the lead carries the event; the tail is background. */
const LEAD_WORDS = 400;

export interface Features {
  id: number;
  title: string;
  time: number | null;
  titleF: string[];
  textF: string[];
  entF: string[];
}

const CAP_RUN = /(?:^|(?<=[\s(“"‘'—-]))\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|the|for|de|al)\s+)?\p{Lu}[\p{L}’'.-]*)*/gu;
const SENTENCE_START = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;

/** Capitalised names outside sentence starts: cheap entity features that scale to 10,000 articles. */
function names(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CAP_RUN)) {
    let s = m[0].replace(/['’]s?$/u, '').replace(/^(?:The|A|An)\s+/u, '');
    const initial = SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (!s.includes(' ') && (initial || s.length < 2 || STOPWORDS.has(s.toLowerCase()))) continue;
    s = foldKey(s);
    if (s) out.push('E:' + s);
  }
  return out;
}

function leadOf(text: string): string {
  let n = 0;
  let at = 0;
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (++n > LEAD_WORDS) break;
    at = m.index + m[0].length;
  }
  return text.slice(0, at);
}

function parseTime(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : t;
}

export function featuresOf(a: StoryArticleInput): Features {
  const lead = leadOf(a.text);
  return {
    id: a.id,
    title: a.title,
    time: parseTime(a.published),
    titleF: contentStems(a.title),
    textF: contentStems(lead),
    entF: names(a.title + '.\n' + lead),
  };
}
