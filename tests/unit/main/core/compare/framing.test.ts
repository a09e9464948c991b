import { describe, expect, it } from 'vitest';
import { analyseFraming, validateFramingPairs } from '../../../../../src/main/core/compare/framing';

const doc = (articleId: number, outlet: string | null, text: string, quoted: [number, number][] = []) => ({ articleId, outlet, text, quoted });

describe('analyseFraming', () => {
  const a = 'The regime launched an invasion of the border region. The invasion drew condemnation. Troops of the regime advanced.';
  const b = 'The government began a special military operation in the border region. The special military operation continued. Government troops advanced.';

  it('lists the words each outlet over-uses relative to the others', () => {
    // Two sentences are too little evidence for any word; a few paragraphs of it are enough.
    expect(analyseFraming([doc(1, 'Outlet A', a), doc(2, 'Outlet B', b)]).distinctive.every((d) => d.terms.length === 0)).toBe(true);
    const r = analyseFraming([doc(1, 'Outlet A', `${a}\n\n`.repeat(6)), doc(2, 'Outlet B', `${b}\n\n`.repeat(6))]);
    const termsA = r.distinctive.find((d) => d.outlet === 'Outlet A')!.terms.map((t) => t.term);
    const termsB = r.distinctive.find((d) => d.outlet === 'Outlet B')!.terms.map((t) => t.term);
    expect(termsA).toContain('invasion');
    expect(termsA).toContain('regime');
    expect(termsB).toContain('special military');
    expect(termsA).not.toContain('border');
    for (const d of r.distinctive) for (let k = 1; k < d.terms.length; k++) expect(d.terms[k - 1]!.z).toBeGreaterThanOrEqual(d.terms[k]!.z);
  });

  it('flags framing pairs when outlets take different sides, counting only their own voice', () => {
    const r = analyseFraming([doc(1, 'Outlet A', a), doc(2, 'Outlet B', b)]);
    const pair = r.pairs.find((p) => p.label.startsWith('invasion'))!;
    expect(pair.usage).toEqual({ '1': { a: 2, b: 0 }, '2': { a: 0, b: 2 } });
    expect(pair.flagged).toBe(true);
    // Outlet B quoting Moscow's term is not Outlet B's framing.
    const quotedB = 'Moscow called it a “special military operation.” The invasion continued.';
    const open = quotedB.indexOf('“');
    const q = analyseFraming([doc(1, 'Outlet A', a), doc(2, 'Outlet B', quotedB, [[open, quotedB.indexOf('”') + 1]])]);
    expect(q.pairs.find((p) => p.label.startsWith('invasion'))!.usage['2']).toEqual({ a: 1, b: 0 });
    expect(q.pairs.find((p) => p.label.startsWith('invasion'))!.flagged).toBe(false);
  });

  it('uses a background corpus for the prior when given one, and user pairs', () => {
    const pairs = validateFramingPairs([{ label: ' Kyiv / Kiev ', a: ['Kyiv', ' '], b: ['Kiev'] }]);
    expect(pairs).toEqual([{ label: 'Kyiv / Kiev', a: ['Kyiv'], b: ['Kiev'] }]);
    const r = analyseFraming([doc(1, 'A', 'Shelling hit Kyiv.'), doc(2, 'B', 'Shelling hit Kiev.')], { pairs, background: ['Shelling hit the city.'] });
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0]!.flagged).toBe(true);
  });

  it('refuses a framing pair with an empty side, in a sentence', () => {
    expect(() => validateFramingPairs([{ label: 'regime / government', a: ['regime'], b: [] }])).toThrow(
      /“regime \/ government” needs at least one word or phrase on each side/,
    );
  });
});
