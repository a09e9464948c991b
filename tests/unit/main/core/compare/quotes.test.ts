import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../../src/main/core/compare/entities';
import { findQuoteSpans } from '../../../../../src/main/core/compare/quotemarks';
import { findQuotes } from '../../../../../src/main/core/compare/quotes';
import { segmentSentences } from '../../../../../src/main/core/compare/segment';
import { SKIP_BASIL, SKIP_SEED, basilArticles, basilJson, seedBody } from './fixtures';

function quotes(text: string) {
  const s = segmentSentences(text);
  return findQuotes(text, s, findMentions(s)).map((q) => [q.speaker, q.text]);
}

const norm = (x: string) => x.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();

describe('findQuoteSpans', () => {
  it('pairs every quote style and tells apostrophes from single quotes', () => {
    const t = 'He said “one,” then «deux», then „drei“, then 「四」, then "five" and ‘six’ — Kim’s ‘a war of Obama’s choosing’ stays whole.';
    expect(findQuoteSpans(t).map((q) => q.inner)).toEqual(['one,', 'deux', 'drei', '四', 'five', 'six', 'a war of Obama’s choosing']);
  });

  it('keeps a nested quotation inside the outer one and marks a quote left open', () => {
    expect(findQuoteSpans('“The war was not ‘a war of choice,’ he wrote,” she said.').map((q) => q.inner)).toEqual([
      'The war was not ‘a war of choice,’ he wrote,',
    ]);
    const open = findQuoteSpans('“This quote runs on to the next paragraph');
    expect(open[0]?.unclosed).toBe(true);
  });
});

describe('findQuotes', () => {
  it('reads the common attribution patterns', () => {
    const text = [
      'Senator Ana Kovic met Prime Minister Tomas Reyes on Monday.',
      '“We will not sign this,” Kovic said.',
      'Reyes said: “The deal is done.”',
      '“It is a good day,” said Tomas Reyes.',
      'Kovic told reporters the plan was “a disgrace.”',
      'Reyes described the pact as “a shield for both our peoples.”',
      'The delay was “unacceptable”, according to the Karvik Institute for Strategy.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Ana Kovic', 'We will not sign this'],
      ['Tomas Reyes', 'The deal is done.'],
      ['Tomas Reyes', 'It is a good day'],
      ['Ana Kovic', 'a disgrace.'],
      ['Tomas Reyes', 'a shield for both our peoples.'],
      ['Karvik Institute for Strategy', 'unacceptable'],
    ]);
  });

  it('gives split quotes and continuations the same speaker and resolves pronouns', () => {
    const text = [
      'Elena Marsh, the president of Valmora, spoke in Karvik.',
      '“We are ready,” she said, “and we are not afraid.” “Nobody should doubt it.”',
      'Later the president added that the talks were “almost over.”',
    ].join('\n\n');
    const got = quotes(text);
    expect(got.slice(0, 3)).toEqual([
      ['Elena Marsh', 'We are ready'],
      ['Elena Marsh', 'and we are not afraid.'],
      ['Elena Marsh', 'Nobody should doubt it.'],
    ]);
    expect(got[3]).toEqual(['Elena Marsh', 'almost over.']);
  });

  it('keeps an unnamed source as written and drops quotes with no speaker', () => {
    const got = quotes('A State Department spokesman said the transfers were “unlawful.” The crowd chanted “Welcome home” all night.');
    expect(got).toEqual([['State Department spokesman', 'unlawful.']]);
  });

  it('attributes the seed article’s quotes to the right people', (ctx) => {
    const body = seedBody();
    if (!body) return ctx.skip(SKIP_SEED);
    const got = quotes(body);
    const who = (fragment: string) => got.find(([, t]) => t.includes(fragment))?.[0];
    expect(who('fiery friendship')).toBe('Kim Jong Un');
    expect(who('strongest ever treaty')).toBe('Kim Jong Un');
    expect(who('breakthrough document')).toBe('Vladimir Putin');
    expect(who('in desperation')).toBe('Antony Blinken');
    expect(who('bilateral arrangements')).toBe('Lin Jian');
    expect(who('always the North Koreans')).toBe('Sam Greene');
    expect(who('Welcome Putin')).toBeUndefined();
  });

  it('agrees with BASIL’s annotated quote speakers', (ctx) => {
    const arts = basilArticles();
    if (!arts) return ctx.skip(SKIP_BASIL);
    let checked = 0;
    let agree = 0;
    for (const a of arts) {
      const s = segmentSentences(a.text);
      const found = findQuotes(a.text, s, findMentions(s));
      type Ann = { quote: string; speaker: string; txt: string };
      for (const p of basilJson<{ 'phrase-level-annotations': Ann[] }>(a.annotation_path)['phrase-level-annotations']) {
        // Only annotations that name one person: not "other_anti", nor groups such as
        // "House_Democrats" (for which we name the individual lawmaker, more precisely).
        if (p.quote !== 'yes' || !/^[A-Z][a-z]+(?:_[A-Z][a-zA-Z.]*)+$/.test(p.speaker)) continue;
        if (/_(?:Lawmakers|Democrats|Republicans|Party|Members|Officials)$|^(?:House|Senate|Tea|Secure)_/i.test(p.speaker)) continue;
        const txt = norm(p.txt);
        if (txt.split(' ').length < 3) continue;
        const hit = found.find((q) => norm(q.text).includes(txt));
        if (!hit) continue;
        checked++;
        // BASIL cuts names at accented letters ("Felipe_Calder"), so compare by prefix.
        const surname = p.speaker.replace(/_Jr\.?$/, '').split('_').pop()!.toLowerCase();
        if (hit.speakerKey.split(' ').some((w) => w.startsWith(surname))) agree++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(agree / checked).toBeGreaterThan(0.85);
  });
});
