import { describe, expect, it } from 'vitest';
import { messageParts } from '../../../../../../src/renderer/src/features/search/SearchMessage';

describe('messageParts', () => {
  it('makes the corrected query of "did you mean" clickable', () => {
    const parts = messageParts('No articles match “pyongyng”. Did you mean “pyongyang”?', 'pyongyng');
    expect(parts).toEqual([{ text: 'No articles match “pyongyng”. Did you mean ' }, { suggestion: { label: 'pyongyang', query: 'pyongyang' } }, { text: '?' }]);
  });

  it('offers each suggested outlet in place of the unknown one, keeping the rest of the query', () => {
    const msg = 'There is no outlet called “reuter” in this library; did you mean outlet:"Reuters" or outlet:"Reuters UK"?';
    const suggestions = messageParts(msg, 'sanctions outlet:reuter after:2024').flatMap((p) => ('suggestion' in p ? [p.suggestion] : []));
    expect(suggestions).toEqual([
      { label: 'outlet:"Reuters"', query: 'sanctions outlet:"Reuters" after:2024' },
      { label: 'outlet:"Reuters UK"', query: 'sanctions outlet:"Reuters UK" after:2024' },
    ]);
  });

  it('leaves a message without suggestions as plain text', () => {
    expect(messageParts('No articles match the filters in “lang:xx”.', 'lang:xx')).toEqual([{ text: 'No articles match the filters in “lang:xx”.' }]);
  });
});
