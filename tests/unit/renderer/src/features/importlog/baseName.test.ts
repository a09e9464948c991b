import { describe, expect, it } from 'vitest';
import { baseName } from '../../../../../../src/renderer/src/features/importlog/paths';

describe('baseName', () => {
  it('shows the file name, keeping an archive entry with its archive', () => {
    expect(baseName('/work/shared/corpus/coverage/basil/basil_articles.jsonl')).toBe('basil_articles.jsonl');
    expect(baseName('C:\\Users\\me\\a.html')).toBe('a.html');
    expect(baseName('/tmp/pack.zip!/news/b.html')).toBe('pack.zip!/news/b.html');
    expect(baseName('upload.txt')).toBe('upload.txt');
  });
});
