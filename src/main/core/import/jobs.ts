// PLACEHOLDER: replaced by the import module. Do not ship.
import type { ImportJobsApi, LibraryContext } from '../library';
import type { ParsedInput } from '../../../shared/contract';
export class ImportJobs implements ImportJobsApi {
  constructor(_ctx: LibraryContext, _opts: { mode: 'worker' | 'inline' }) {}
  start(_i: ParsedInput<'import.start'>): string { throw new Error('not implemented'); }
  status() { return undefined; }
  cancel() { return false; }
  async idle() {}
  async close() {}
}
