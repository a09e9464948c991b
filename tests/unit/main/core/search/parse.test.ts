import { describe, expect, it } from 'vitest';
import type { Node } from '../../../../../src/main/core/search/ast';
import { parse } from '../../../../../src/main/core/search/parse';

/** Compact rendering of a tree so the table below stays readable. */
function show(n: Node | null): string {
  if (n === null) return '∅';
  switch (n.kind) {
    case 'term': {
      let s = n.text;
      if (n.prefix) s += '*';
      if (n.fuzzy) s += `~${n.fuzzy}`;
      if (n.wildcard) s = `W(${s})`;
      return n.field ? `${n.field}:${s}` : s;
    }
    case 'phrase': {
      const s = `"${n.text}"${n.prefix ? '*' : ''}`;
      return n.field ? `${n.field}:${s}` : s;
    }
    case 'near': {
      const s = `NEAR(${n.items.map(show).join(' ')},${n.distance})`;
      return n.field ? `${n.field}:${s}` : s;
    }
    case 'and':
      return `AND(${n.children.map(show).join(', ')})`;
    case 'or':
      return `OR(${n.children.map(show).join(', ')})`;
    case 'not':
      return `NOT(${show(n.child)})`;
    case 'filter':
      return `${n.name}=[${n.value}]`;
  }
}

const cases: [string, string][] = [
  // words and phrases
  ['putin', 'putin'],
  ['fiery friendship', 'AND(fiery, friendship)'],
  ['"fiery friendship"', '"fiery friendship"'],
  ['“fiery friendship”', '"fiery friendship"'],
  ['«fiery friendship»', '"fiery friendship"'],
  ['"unclosed phrase', '"unclosed phrase"'],
  ['kim "fiery friendship" treaty', 'AND(kim, "fiery friendship", treaty)'],
  ['"strongest ever"*', '"strongest ever"*'],
  ['U.S. sanctions', 'AND(U.S., sanctions)'],
  ['Kim’s', 'Kim’s'],
  // boolean operators: OR binds tighter than the implicit AND
  ['putin OR kim', 'OR(putin, kim)'],
  ['putin | kim', 'OR(putin, kim)'],
  ['putin || kim', 'OR(putin, kim)'],
  ['putin OR kim summit', 'AND(OR(putin, kim), summit)'],
  ['a OR b c OR d', 'AND(OR(a, b), OR(c, d))'],
  ['a OR b OR c', 'OR(a, b, c)'],
  ['putin AND kim', 'AND(putin, kim)'],
  ['putin && kim', 'AND(putin, kim)'],
  ['putin or kim', 'AND(putin, or, kim)'],
  ['(putin OR kim) treaty', 'AND(OR(putin, kim), treaty)'],
  ['((a b) c)', 'AND(a, b, c)'],
  ['(a OR (b c))', 'OR(a, AND(b, c))'],
  // exclusion
  ['putin -kim', 'AND(putin, NOT(kim))'],
  ['putin NOT kim', 'AND(putin, NOT(kim))'],
  ['putin -"fiery friendship"', 'AND(putin, NOT("fiery friendship"))'],
  ['putin -(kim OR moscow)', 'AND(putin, NOT(OR(kim, moscow)))'],
  ['NOT NOT putin', 'putin'],
  ['--putin', 'NOT(putin)'],
  ['+putin', 'putin'],
  ['-putin', 'NOT(putin)'],
  ['well-known', 'well-known'],
  ['putin - kim', 'AND(putin, kim)'],
  // prefix, wildcard, fuzzy
  ['educat*', 'educat*'],
  ['educat**', 'educat*'],
  ['wom*n', 'W(wom*n)'],
  ['*stan', 'W(*stan)'],
  ['pyongyng~1', 'pyongyng~1'],
  ['pyongyng~2', 'pyongyng~2'],
  ['pyongyng~', 'pyongyng~1'],
  ['pyongyng~9', 'pyongyng~2'],
  ['pyongyng~0', 'pyongyng'],
  ['putin^3', 'putin'],
  // fields
  ['title:putin', 'title:putin'],
  ['TITLE:putin', 'title:putin'],
  ['headline:putin', 'title:putin'],
  ['byline:kim', 'byline:kim'],
  ['author:kim', 'byline:kim'],
  ['text:aurus', 'text:aurus'],
  ['title:"fiery friendship"', 'title:"fiery friendship"'],
  ['title:(putin OR kim)', 'OR(title:putin, title:kim)'],
  ['title:(putin byline:kim)', 'AND(title:putin, byline:kim)'],
  ['title:educat*', 'title:educat*'],
  ['title:-putin', 'NOT(title:putin)'],
  ['title: putin', 'title:putin'],
  ['http://example.com', 'http://example.com'],
  ['10:30', '10:30'],
  // NEAR
  ['NEAR(putin kim, 5)', 'NEAR(putin kim,5)'],
  ['NEAR(putin kim)', 'NEAR(putin kim,10)'],
  ['near(putin kim,3)', 'NEAR(putin kim,3)'],
  ['NEAR(putin "fiery friendship", 12)', 'NEAR(putin "fiery friendship",12)'],
  ['NEAR(putin kim, 99999)', 'NEAR(putin kim,1000)'],
  ['NEAR(putin)', 'putin'],
  ['title:NEAR(putin kim, 2)', 'title:NEAR(putin kim,2)'],
  ['"putin kim"~4', 'NEAR(putin kim,4)'],
  ['NEAR', 'NEAR'],
  // filters
  ['outlet:Reuters', 'outlet=[Reuters]'],
  ['outlet:"New York Times"', 'outlet=[New York Times]'],
  ['source:Reuters', 'outlet=[Reuters]'],
  ['tag:treaty putin', 'AND(tag=[treaty], putin)'],
  ['lang:ru', 'lang=[ru]'],
  ['after:2024-01-01 before:2024-12-31', 'AND(after=[2024-01-01], before=[2024-12-31])'],
  ['year:2024', 'year=[2024]'],
  ['after:2024-13-45', 'after=[2024-13-45]'],
  ['-outlet:Reuters', 'NOT(outlet=[Reuters])'],
  ['tag:region/korea/north', 'tag=[region/korea/north]'],
  ['note:"call back" notes:urgent', 'AND(note=[call back], note=[urgent])'],
  ['story:12', 'story=[12]'],
  ['story:"Putin visit"', 'story=[Putin visit]'],
  ['has:notes -is:reprint', 'AND(has=[notes], NOT(is=[reprint]))'],
  ['putin outlet:TASS OR outlet:Reuters', 'AND(putin, OR(outlet=[TASS], outlet=[Reuters]))'],
  // nothing to search
  ['', '∅'],
  ['   ', '∅'],
  ['AND OR', '∅'],
  ['OR', '∅'],
  ['()', '∅'],
  ['(((', '∅'],
  [')))', '∅'],
  ['-', '∅'],
  ['*', '∅'],
  ['|||', '∅'],
  ['NOT', '∅'],
  // repairs
  ['(putin kim', 'AND(putin, kim)'],
  ['putin) kim', 'AND(putin, kim)'],
  ['putin OR', 'putin'],
  ['OR putin', 'putin'],
  ['putin OR OR kim', 'AND(putin, kim)'],
  ['putin\u0000kim', 'AND(putin, kim)'],
  ['putin\tkim\nmoscow', 'AND(putin, kim, moscow)'],
];

describe('parse', () => {
  it.each(cases)('%j → %s', (input, expected) => {
    expect(show(parse(input).ast)).toBe(expected);
  });

  it('explains what it ignored', () => {
    expect(parse('title:').warnings.join(' ')).toMatch(/“title:” needs something after it/);
    expect(parse('outlet:').warnings.join(' ')).toMatch(/outlet:"New York Times"/);
    expect(parse('has:').warnings.join(' ')).toMatch(/has:notes/);
    expect(parse('is:').warnings.join(' ')).toMatch(/is:reprint/);
    expect(parse('NEAR(').warnings.join(' ')).toMatch(/NEAR\( needs two or more words/);
    expect(parse('putin -').warnings).toEqual([]);
    expect(parse('putin NOT').warnings.join(' ')).toMatch(/NOT with nothing after it/);
    expect(parse('fiery friendship').warnings).toEqual([]);
  });

  it('keeps at most 64 words and says so', () => {
    const r = parse(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '));
    expect(r.ast?.kind).toBe('and');
    expect(r.ast?.kind === 'and' && r.ast.children.length).toBe(64);
    expect(r.warnings.join(' ')).toMatch(/first 64 words/);
  });

  it('survives deep nesting and long operator chains without recursing per token', () => {
    expect(show(parse('('.repeat(5000) + 'putin' + ')'.repeat(5000)).ast)).toBe('putin');
    expect(show(parse('NOT '.repeat(5001) + 'putin').ast)).toBe('NOT(putin)');
    expect(show(parse('a' + ' OR a'.repeat(2000)).ast)).toMatch(/^OR\(a, a/);
  });

  it('is pure: the same input gives the same tree', () => {
    const q = 'title:(putin OR kim) -"cold war" outlet:"New York Times" pyongyng~1';
    expect(parse(q)).toEqual(parse(q));
  });
});
