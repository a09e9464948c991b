import { describe, expect, it } from 'vitest';
import { snippetParts } from '../../../../../../src/renderer/src/features/search/Snippet';

describe('snippetParts', () => {
  it('splits a snippet on the \\u0002/\\u0003 markers', () => {
    expect(snippetParts('as a \u0002fiery\u0003 \u0002friendship\u0003, he')).toEqual([
      { text: 'as a ', marked: false },
      { text: 'fiery friendship', marked: true },
      { text: ', he', marked: false },
    ]);
  });

  it('treats markup in the snippet as text, and survives unbalanced markers', () => {
    expect(snippetParts('<b>\u0002x\u0003')).toEqual([
      { text: '<b>', marked: false },
      { text: 'x', marked: true },
    ]);
    expect(snippetParts('\u0003a\u0002b')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(snippetParts('')).toEqual([]);
  });
});
