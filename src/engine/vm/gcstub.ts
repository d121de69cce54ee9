/**
 * The GC interface the object model calls (RT.gc), and the generation bookkeeping that works before the
 * full collector (memory/gc.ts) is wired: tracking in generation lists and the gen-0 count.
 */
import { GCF, PyObject, TPFLAGS } from '../objects/object';

export interface GCInterface {
  onAlloc(o: PyObject): void;
  onFree(o: PyObject): void;
  track(o: PyObject): void;
  untrack(o: PyObject): void;
  isTracked(o: PyObject): boolean;
  mayBeTracked(o: PyObject): boolean;
  /** true when an automatic collection is due at the next eval breaker (3.12+) */
  pendingCollection: boolean;
  runPending(): void;
}

/** Minimal generation tracking with CPython's gen-0 count rules. */
export class BasicGC implements GCInterface {
  count = [0, 0, 0];
  pendingCollection = false;
  tracked = new Set<PyObject>();
  onAlloc(_o: PyObject): void {
    this.count[0]++;
  }
  onFree(o: PyObject): void {
    if (this.count[0] > 0) this.count[0]--;
    this.tracked.delete(o);
  }
  track(o: PyObject): void {
    o.gc_flags |= GCF.TRACKED;
  }
  untrack(o: PyObject): void {
    o.gc_flags &= ~GCF.TRACKED;
  }
  isTracked(o: PyObject): boolean {
    return (o.gc_flags & GCF.TRACKED) !== 0;
  }
  mayBeTracked(o: PyObject): boolean {
    if (!(o.ob_type.tp_flags & TPFLAGS.HAVE_GC)) return false;
    return true;
  }
  runPending(): void {
    this.pendingCollection = false;
  }
}
