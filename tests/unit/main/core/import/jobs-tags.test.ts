// An import's tags through the job runner: on every stored article; the duplicates it meets are
// left as they were, and the summary offers them the tags they lack.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Library } from '../../../../../src/main/core/library';
import type { ImportSummaryT } from '../../../../../src/shared/contract';
import { tagsFor } from '../../../../../src/main/core/repo/tags';
import { tempDir } from './helpers';

function done(lib: Library, jobId: string): Promise<ImportSummaryT> {
  return new Promise((resolve) => {
    const off = lib.onEvent((name, payload) => {
      if (name === 'import.done' && (payload as ImportSummaryT).jobId === jobId) {
        off();
        resolve(payload as ImportSummaryT);
      }
    });
  });
}

describe.each(['inline', 'worker'] as const)('import tags (%s)', (mode) => {
  let t: ReturnType<typeof tempDir>;
  let lib: Library;
  beforeEach(() => {
    t = tempDir();
    lib = new Library({ path: join(t.dir, 'lib.db'), importMode: mode, log: () => {} });
  });
  afterEach(async () => {
    await lib.close();
    t.cleanup();
  });

  const importFolder = async (name: string, files: Record<string, string>, tags?: string[]) => {
    const dir = join(t.dir, name);
    mkdirSync(dir, { recursive: true });
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
    const { jobId } = await lib.invoke('import.start', { paths: [dir], ...(tags ? { tags } : {}) });
    return done(lib, jobId);
  };

  it('tags what it stores and offers its tags to the duplicates it finds', async () => {
    const first = await importFolder('a', { 'summit.txt': 'Summit\n\nLeaders met in Pyongyang on Wednesday.\n' }, ['summit-2024']);
    const id = first.outcomes[0]!.articleId!;
    expect(first.tags).toEqual(['summit-2024']);
    expect(first.tagOffer).toBeNull();
    expect(tagsFor(lib.ctx.db, id)).toEqual(['summit-2024']);

    // The same text again, saved under another name, imported for another story.
    const again = await importFolder('b', { 'copy.txt': 'Summit\n\nLeaders met in Pyongyang on Wednesday.\n', 'new.txt': 'Talks\n\nTalks resumed in Seoul.\n' }, ['kcna', 'summit-2024']);
    expect(again.duplicates).toBe(1);
    expect(again.tagOffer).toEqual({ articleIds: [id], tags: ['kcna'] });
    // Offered, not done: the existing article is unchanged until the user accepts.
    expect(tagsFor(lib.ctx.db, id)).toEqual(['summit-2024']);
    const stored = again.outcomes.find((o) => o.outcome === 'imported')!.articleId!;
    expect(tagsFor(lib.ctx.db, stored)).toEqual(['kcna', 'summit-2024']);
    await lib.invoke('tags.bulk', { ids: again.tagOffer!.articleIds, add: again.tagOffer!.tags });
    expect(tagsFor(lib.ctx.db, id)).toEqual(['kcna', 'summit-2024']);
  });

  it('says nothing of tags when the import had none', async () => {
    const s = await importFolder('c', { 'x.txt': 'X\n\nSome text here.\n' });
    expect(s.tags).toBeUndefined();
    expect(s.tagOffer).toBeUndefined();
  });

  it('refuses a tag that is not a tag, before importing anything', async () => {
    const r = await lib.call('import.start', { paths: [t.dir], tags: ['bad\u0001tag'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/control characters/);
  });
});
