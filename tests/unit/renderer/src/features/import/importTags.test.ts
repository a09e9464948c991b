import { describe, expect, it } from 'vitest';
import { parseImportTags } from '../../../../../../src/renderer/src/features/import/importTags';

describe('the "Tag imports" field', () => {
  it('trims, drops empty parts and repeats, keeps the order typed', () => {
    expect(parseImportTags(' summit , region/korea,, summit ,')).toEqual({ tags: ['summit', 'region/korea'] });
    expect(parseImportTags('   ')).toEqual({ tags: [] });
  });

  it('refuses what the server refuses, with a sentence saying why', () => {
    const tooMany = parseImportTags(Array.from({ length: 21 }, (_, i) => `t${i}`).join(','));
    expect('error' in tooMany && tooMany.error).toMatch(/at most 20 tags; you typed 21/);
    const long = parseImportTags(`ok, ${'x'.repeat(101)}`);
    expect('error' in long && long.error).toMatch(/at most 100 characters/);
    const control = parseImportTags('sum\tmit');
    expect('error' in control && control.error).toMatch(/control characters/);
    expect(parseImportTags('x'.repeat(100))).toEqual({ tags: ['x'.repeat(100)] });
  });
});
