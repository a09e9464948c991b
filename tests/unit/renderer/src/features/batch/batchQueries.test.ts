import { describe, expect, it } from 'vitest';
import { batchQueries } from '../../../../../../src/renderer/src/features/batch/batchQueries';

describe('batchQueries', () => {
  it('takes one trimmed query per non-empty line, each once', () => {
    expect(batchQueries('  sanctions \r\n\n"mutual defence"\nsanctions\n   \nharbour OR port')).toEqual(['sanctions', '"mutual defence"', 'harbour OR port']);
    expect(batchQueries('\n \n')).toEqual([]);
  });
});
