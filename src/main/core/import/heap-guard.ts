// Keeps a reading thread's heap from growing with the pages it has read. Parsing a saved page
// builds a DOM of several times its size; V8 collects that garbage lazily, and two reading
// threads could each grow by hundreds of megabytes before it does (peak RSS of one 1,000-page
// import varied from 0.6 to 1.5 GB). A full collection when the heap passes a bound costs tens
// of milliseconds every few dozen pages and keeps the import under its 1 GB budget (1,000 pages:
// 0.59–0.67 GB, no slower), without refusing large files (a hard heap limit would fail them).
import v8 from 'node:v8';
import vm from 'node:vm';

/** Heap in use above which a reading thread collects after a file. */
const BOUND_BYTES = 256 * 1024 * 1024;

let collect: (() => void) | null | undefined;
/** Heap in use right after the last collection here: a file that keeps more raises the bound. */
let floor = 0;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      // The gc() function exists only with --expose-gc, which a worker thread cannot be started
      // with; set at run time, it appears in a fresh context.
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Call between files: collects garbage when the heap has grown past the bound; says whether it did. */
export function keepHeapBounded(bound = BOUND_BYTES): boolean {
  const used = v8.getHeapStatistics().used_heap_size;
  if (used < Math.max(bound, floor * 2)) return false;
  const gc = collector();
  if (!gc) return false;
  gc();
  floor = v8.getHeapStatistics().used_heap_size;
  return true;
}
