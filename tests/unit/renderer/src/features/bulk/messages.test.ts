import { describe, expect, it } from 'vitest';
import { bulkMessage, parseTagList } from '../../../../../../src/renderer/src/features/bulk/messages';

describe('bulk messages', () => {
  it('says what a bulk step did, in the words of the undo toast', () => {
    expect(bulkMessage(213, ['sanctions'], [])).toMatch(/^Tagged 213 articles with “sanctions”$/);
    expect(bulkMessage(1, [], ['draft'])).toBe('Removed “draft” from 1 article');
    expect(bulkMessage(2, ['a'], ['b'])).toContain('added “a”, removed “b”');
    expect(bulkMessage(0, ['a'], [])).toBe('Every article already had “a”');
  });

  it('splits a typed list of tags on commas and semicolons, dropping blanks and repeats', () => {
    expect(parseTagList(' region/korea , sanctions;; sanctions ,')).toEqual(['region/korea', 'sanctions']);
    expect(parseTagList('   ')).toEqual([]);
  });
});
