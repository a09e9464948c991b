import { describe, expect, it } from 'vitest';
import { formatDuration, formatRate, tally } from '../../../../../../src/renderer/src/features/import/importFormat';
import type { ImportView } from '../../../../../../src/renderer/src/features/import/useImport';

const view = (over: Partial<ImportView>): ImportView => ({
  phase: 'done', done: 0, total: 0, current: null, imported: 0, duplicates: 0, failed: 0, cancelled: false, cancelling: false, outcomes: [], rate: null, etaSeconds: null, ...over,
});

const o = (outcome: ImportView['outcomes'][number]['outcome']) => ({ path: 'p', outcome, articleId: null, title: null, message: null });

describe('import progress figures', () => {
  it('says time left in words a reader takes in at a glance', () => {
    expect(formatDuration(0.4)).toBe('under a second');
    expect(formatDuration(42.4)).toBe('42 s');
    expect(formatDuration(125)).toBe('2 min 5 s');
    expect(formatDuration(7260)).toBe('2 h 1 min');
    expect(formatDuration(-1)).toBe('');
  });

  it('gives slow rates per minute and fast ones per second', () => {
    expect(formatRate(250.4)).toBe('250 files/s');
    expect(formatRate(2.25)).toBe('2.3 files/s');
    expect(formatRate(0.05)).toBe('3.0 files/min');
  });

  it('counts each outcome, reprints and skips apart from plain imports', () => {
    expect(tally(view({ outcomes: [o('imported'), o('reprint'), o('reprint'), o('skipped'), o('failed'), o('duplicate')] }))).toEqual({ imported: 1, reprint: 2, skipped: 1, failed: 1, duplicate: 1 });
    expect(tally(view({ imported: 4, duplicates: 1, failed: 2 }))).toEqual({ imported: 4, reprint: 0, skipped: 0, failed: 2, duplicate: 1 });
  });
});
