/**
 * `_tracemalloc` (CPython's Python/tracemalloc.c): traces of every block the simulated allocator hands out
 * while tracing is on, keyed by block address, with the requested size (GC head and pre-header included,
 * as PyObject_Malloc sees them) and the traceback of the Python frames that allocated it (most recent
 * first, at most `nframe`). The Python-level module (Snapshot, Statistic, Filter...) is stdlib/tracemalloc.py.
 *
 *   - Blocks allocated before start() have no trace; freeing them changes nothing.
 *   - realloc moves the trace to the new address with the new size (and the current traceback).
 *   - An object reused from a freelist makes no new trace, but _Py_NewReference moves its trace's traceback
 *     to the reusing frame (_PyTraceMalloc_NewReference).
 *   - get_object_traceback looks up the block at id(obj) minus the pre-header: on 3.11 only the GC head is
 *     subtracted, so objects with a managed-dict pre-header (instances) are not found (measured).
 *   - Tracebacks list only complete frames (_PyFrame_IsIncomplete): allocations in a callee's prologue
 *     (MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR before its RESUME) belong to the calling line.
 *   - _get_traces copies the table, then converts it under set_reentrant(1): what it builds is not traced.
 *   - The traces keep a reference to each filename (tracemalloc_filenames) until clear_traces()/stop().
 *   - get_tracemalloc_memory() is the size of the traces, tracebacks and filenames hash tables, with
 *     Python/hashtable.c's bucket growth and shrinkage.
 */
import { PyObject, RT, TPFLAGS, GCF, incref, decref, newref } from '../../objects/object';
import { None, True, False } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject, ID } from '../../objects/str';
import { newInt } from '../../objects/numbers';
import { newTuple, newList, listAppend, type TupleObject } from '../../objects/sequences';
import { DictObject } from '../../objects/dict';
import { newModule } from '../../objects/core_misc';
import type { HeapListener } from '../../memory/heap';
import { NATIVE_MODULES } from '../importer';
import { RT_EXT } from '../rtext';
import * as A from '../abstract';
import { moduleFn, keepSinglePhaseModule } from './nativetype';
import './linecache'; // tracemalloc.py's Traceback.format reads source lines
import type { Runtime } from '../runtime';
import type { Frame } from '../frame';
import type { CodeObject } from '../../objects/funcobject';
import { Op } from '../../compiler/opcodes';

/** (filename, lineno); the filename is the code's co_filename, kept alive by TMState.filenames. */
type TFrame = [StrObject, number];
interface Trace {
  size: number;
  tb: TFrame[];
  totalNframe: number;
}

interface TMState {
  tracing: boolean;
  nframe: number;
  traces: Map<number, Trace>;
  current: number;
  peak: number;
  prevListener: HeapListener | null;
  prevPop: ((o: PyObject) => void) | null;
  /** set_reentrant(1): blocks allocated meanwhile are not traced (frees and reallocs still drop traces) */
  reentrant: boolean;
  /** tracemalloc_filenames: the filename objects frames refer to, one reference each (dropped on clear) */
  filenames: Set<StrObject>;
  /** tracemalloc_tracebacks: the distinct tracebacks (by content) interned so far */
  tracebackKeys: Set<string>;
  /** the three _Py_hashtable_t's get_tracemalloc_memory() measures (traces, tracebacks, filenames) */
  tables: { traces: HashTableSize; tracebacks: HashTableSize; filenames: HashTableSize };
}

/**
 * The size bookkeeping of a Python/hashtable.c table: 16 buckets at first; an insert that makes it more than
 * half full, or a removal that leaves it less than 10% full, rehashes to round_size(n * 2.0 / 0.6).
 */
class HashTableSize {
  nentries = 0;
  nbuckets = HASHTABLE_MIN_SIZE;

  added(): void {
    this.nentries++;
    if (this.nentries / this.nbuckets > 0.5) this.rehash();
  }

  removed(): void {
    this.nentries--;
    if (this.nentries / this.nbuckets < 0.1) this.rehash();
  }

  /** _Py_hashtable_clear */
  clear(): void {
    this.nentries = 0;
    this.rehash();
  }

  private rehash(): void {
    // (size_t)(ht->nentries * HASHTABLE_REHASH_FACTOR): the macro expands to n * 2.0 / (0.10 + 0.50)
    const n = Math.trunc((this.nentries * 2.0) / (0.1 + 0.5));
    this.nbuckets = n < HASHTABLE_MIN_SIZE ? HASHTABLE_MIN_SIZE : 2 ** Math.ceil(Math.log2(n));
  }

  /** _Py_hashtable_size: the table struct (80 bytes), a pointer per bucket, 32 bytes per entry */
  get bytes(): number {
    return 80 + 8 * this.nbuckets + 32 * this.nentries;
  }
}
const HASHTABLE_MIN_SIZE = 16;

const states = new WeakMap<Runtime, TMState>();

function st(): TMState {
  let s = states.get(RT);
  if (s === undefined) {
    s = { tracing: false, nframe: 1, traces: new Map(), current: 0, peak: 0, prevListener: null, prevPop: null, reentrant: false, filenames: new Set(),
      tracebackKeys: new Set(),
      tables: { traces: new HashTableSize(), tracebacks: new HashTableSize(), filenames: new HashTableSize() },
    };
    states.set(RT, s);
  }
  return s;
}

/** _co_firsttraceable: the index of the code's first RESUME (the prologue before it sets up cells, free
 * variables and the generator). */
const firstTraceable = new WeakMap<CodeObject, number>();
function firstTraceableOf(code: CodeObject): number {
  let n = firstTraceable.get(code);
  if (n === undefined) {
    const ops = code.code;
    n = 0;
    while (2 * n < ops.length && ops[2 * n] !== Op.RESUME) n++;
    firstTraceable.set(code, n);
  }
  return n;
}

/** _PyFrame_IsIncomplete: a frame still in its prologue (not owned by a generator) is not reported. */
function isIncomplete(f: Frame): boolean {
  return f.gen === null && f.lasti < firstTraceableOf(f.code);
}

/** traceback_get_frames: the current complete Python frames, most recent first (at most nframe). */
function captureTraceback(s: TMState): { tb: TFrame[]; total: number } {
  const tb: TFrame[] = [];
  let total = 0;
  for (let f = RT.frame; f !== null; f = f.back) {
    if (isIncomplete(f)) continue;
    total++;
    if (tb.length < s.nframe) {
      // tracemalloc_get_frame: a filename that is not a str becomes "<unknown>"; a negative line 0
      const fn = f.code.filenameObj;
      let name = ID('<unknown>');
      if (fn instanceof StrObject) {
        name = fn;
        if (!s.filenames.has(fn)) {
          incref(fn);
          s.filenames.add(fn);
          s.tables.filenames.added();
        }
      }
      tb.push([name, f.lineno < 0 ? 0 : f.lineno]);
    }
  }
  if (tb.length === 0) {
    // tracemalloc_empty_traceback (static, not interned)
    tb.push([ID('<unknown>'), 0]);
    return { tb, total: 1 };
  }
  // traceback_new interns the traceback
  const key = tracebackKey(tb, total);
  if (!s.tracebackKeys.has(key)) {
    s.tracebackKeys.add(key);
    s.tables.tracebacks.added();
  }
  return { tb, total };
}

/** A traceback's identity for interning: its frames and total_nframe (traceback_hash / traceback_eq). */
function tracebackKey(tb: TFrame[], total: number): string {
  let k = String(total);
  for (const [f, l] of tb) k += `\u0001${f.value}\u0000${l}`;
  return k;
}

/** tracemalloc_add_trace: a block already traced at `addr` gets the new size and traceback. */
function addTrace(s: TMState, addr: number, size: number): void {
  const { tb, total } = captureTraceback(s);
  const old = s.traces.get(addr);
  if (old !== undefined) s.current -= old.size;
  else s.tables.traces.added();
  s.traces.set(addr, { size, tb, totalNframe: total });
  s.current += size;
  if (s.current > s.peak) s.peak = s.current;
}

function removeTrace(s: TMState, addr: number): void {
  const t = s.traces.get(addr);
  if (t === undefined) return;
  s.traces.delete(addr);
  s.tables.traces.removed();
  s.current -= t.size;
}

/** The block address of an object (3.11: only the GC head is known to tracemalloc). */
function blockOf(o: PyObject): number {
  const flags = o.ob_type.tp_flags;
  if (RT.profile.version === '3.11') return o.addr - (flags & TPFLAGS.HAVE_GC ? RT.heap.gcHead : 0);
  return o.addr - RT.heap.headerOf(flags);
}

function start(nframe: number): void {
  const s = st();
  if (nframe < 1 || nframe > 65535) raise(E.ValueError, 'the number of frames must be in range [1; 65535]');
  s.nframe = nframe;
  if (s.tracing) return;
  s.tracing = true;
  const heap = RT.heap;
  s.prevListener = heap.listener;
  const prev = s.prevListener;
  heap.listener = {
    onAlloc(addr, requested, obj) {
      if (s.tracing && !s.reentrant) addTrace(s, addr, requested);
      prev?.onAlloc(addr, requested, obj);
    },
    onFree(addr, obj) {
      if (s.tracing) removeTrace(s, addr);
      prev?.onFree(addr, obj);
    },
    onRealloc(oldAddr, newAddr, requested) {
      if (s.tracing) {
        // tracemalloc_realloc: a block resized in place keeps its trace entry (updated by ADD_TRACE)
        if (newAddr !== oldAddr || s.reentrant) removeTrace(s, oldAddr);
        if (!s.reentrant) addTrace(s, newAddr, requested);
      }
      prev?.onRealloc(oldAddr, newAddr, requested);
    },
  };
  s.prevPop = RT.onFreelistPopHook;
  const prevPop = s.prevPop;
  RT.onFreelistPopHook = (o: PyObject) => {
    // _PyTraceMalloc_NewReference: the reused block's trace gets the current traceback
    if (s.tracing) {
      const t = s.traces.get(blockOf(o));
      if (t !== undefined) {
        const { tb, total } = captureTraceback(s);
        t.tb = tb;
        t.totalNframe = total;
      }
    }
    prevPop?.(o);
  };
}

/**
 * RT.ext.untraced: run `fn` with nothing it allocates traced (set_reentrant(1)): heapscope's materialisation
 * of a module that CPython's start-up already imported, whose import is a cache hit there (vm/importer.ts).
 */
RT_EXT.untraced = function untraced<T>(fn: () => T): T {
  const s = st();
  const outer = s.reentrant;
  s.reentrant = true;
  try {
    return fn();
  } finally {
    s.reentrant = outer;
  }
};

function stop(): void {
  const s = st();
  if (!s.tracing) return;
  s.tracing = false;
  RT.heap.listener = s.prevListener;
  RT.onFreelistPopHook = s.prevPop;
  s.prevListener = null;
  s.prevPop = null;
  clearTraces(s);
}

// _PyTraceMalloc_Stop at interpreter shutdown (after the objects were destroyed, so destructors can still
// be traced): the filename table releases its references
RT_EXT.tracemallocFini = (rt: Runtime) => {
  if (states.has(rt)) stop();
};

/** tracemalloc_clear_traces: drop every trace and the filename table. */
function clearTraces(s: TMState): void {
  s.traces.clear();
  s.current = 0;
  s.peak = 0;
  s.tracebackKeys.clear();
  s.tables.traces.clear();
  s.tables.tracebacks.clear();
  s.tables.filenames.clear();
  const names = [...s.filenames];
  s.filenames.clear();
  for (const n of names) decref(n);
}

/** traceback_to_pyobject: the frames tuple first, then each (filename, lineno) tuple (frame_to_pyobject). */
function tracebackTuple(tb: TFrame[]): PyObject {
  const frames = new Array<PyObject>(tb.length);
  const res = newTuple(frames);
  for (let i = 0; i < tb.length; i++) {
    const pair = new Array<PyObject>(2);
    frames[i] = newTuple(pair);
    pair[0] = tb[i][0];
    incref(pair[0]);
    pair[1] = newInt(tb[i][1]);
  }
  return res;
}

function kwCount(kwnames: PyObject | null): number {
  return kwnames === null ? 0 : (kwnames as TupleObject).items.length;
}

function noArgs(name: string, n: number, kw: PyObject | null): void {
  if (kwCount(kw) > 0) raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (n !== 0) raise(E.TypeError, `${name}() takes no arguments (${n} given)`);
}

NATIVE_MODULES._tracemalloc = () => {
  const m = newModule('_tracemalloc');
  const d = m.dict as DictObject;
  const fn = (name: string, f: Parameters<typeof moduleFn>[2]) => moduleFn(m, name, f);
  fn('is_tracing', (_s, _a, _st, n, kw) => {
    noArgs('_tracemalloc.is_tracing', n, kw);
    return newref(st().tracing ? True : False);
  });
  fn('start', (_s, a, s0, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'start() takes no keyword arguments');
    if (n > 1) raise(E.TypeError, `start expected at most 1 argument, got ${n}`);
    let nframe = 1;
    if (n === 1) {
      const v = A.indexValue(a[s0]);
      nframe = typeof v === 'bigint' ? (v > 0n ? 1 << 30 : -1) : v;
    }
    start(nframe);
    return newref(None);
  });
  fn('stop', (_s, _a, _st, n, kw) => {
    noArgs('_tracemalloc.stop', n, kw);
    stop();
    return newref(None);
  });
  fn('get_traceback_limit', (_s, _a, _st, n, kw) => {
    noArgs('_tracemalloc.get_traceback_limit', n, kw);
    return newInt(st().nframe);
  });
  fn('get_traced_memory', (_s, _a, _st, n, kw) => {
    noArgs('_tracemalloc.get_traced_memory', n, kw);
    const s = st();
    const cur = s.tracing ? s.current : 0;
    const peak = s.tracing ? s.peak : 0;
    return newTuple([newInt(cur), newInt(peak)]);
  });
  fn('reset_peak', (_s, _a, _st, n, kw) => {
    noArgs('_tracemalloc.reset_peak', n, kw);
    const s = st();
    if (s.tracing) s.peak = s.current;
    return newref(None);
  });
  fn('clear_traces', (_s, _a, _st, n, kw) => {
    noArgs('_tracemalloc.clear_traces', n, kw);
    const s = st();
    if (s.tracing) clearTraces(s);
    return newref(None);
  });
  fn('get_tracemalloc_memory', (_s, _a, _st, n, kw) => {
    noArgs('_tracemalloc.get_tracemalloc_memory', n, kw);
    // the sizes of the traces, tracebacks and filenames hash tables (there are no other domains)
    const t = st().tables;
    return newInt(t.traces.bytes + t.tracebacks.bytes + t.filenames.bytes);
  });
  fn('_get_object_traceback', (_s, a, s0, n, kw) => {
    if (kwCount(kw) > 0 || n !== 1) raise(E.TypeError, `_get_object_traceback() takes exactly one argument (${n} given)`);
    const s = st();
    const o = a[s0];
    if (!s.tracing || o.gc_flags & GCF.STATIC || o.immortal || o.addr === 0) return newref(None);
    const t = s.traces.get(blockOf(o));
    if (t === undefined) return newref(None);
    return tracebackTuple(t.tb);
  });
  fn('_get_traces', (_s, _a, _st, n, kw) => {
    noArgs('_tracemalloc._get_traces', n, kw);
    const s = st();
    const res = newList(0);
    if (!s.tracing) return res;
    // tracemalloc_copy_traces, then the conversion under set_reentrant(1): the result's own blocks (trace
    // tuples, ints, interned traceback tuples, the list's item array) are not traced
    // (a copy of each trace: _PyTraceMalloc_NewReference may retarget a live trace while converting)
    const all = [...s.traces.values()].map((t) => ({ size: t.size, tb: t.tb, totalNframe: t.totalNframe }));
    s.reentrant = true;
    // traceback_to_pyobject interns one frames tuple per traceback; the table holds a reference to each
    const cache = new Map<string, PyObject>();
    try {
      for (const t of all) {
        // trace_to_pyobject: the 4-tuple first, then domain, size, traceback and total_nframe
        const items = new Array<PyObject>(4);
        const traceObj = newTuple(items);
        items[0] = newInt(0);
        items[1] = newInt(t.size);
        const key = t.tb.map(([f, l]) => `${f.value}\u0000${l}`).join('\u0001');
        let tb = cache.get(key);
        if (tb === undefined) {
          tb = tracebackTuple(t.tb);
          cache.set(key, tb);
        }
        items[2] = newref(tb);
        items[3] = newInt(t.totalNframe);
        listAppend(res, traceObj);
      }
    } finally {
      s.reentrant = false;
      for (const tb of cache.values()) decref(tb);
    }
    return res;
  });
  // single-phase init (PyModule_Create): the interpreter's module list keeps it too
  keepSinglePhaseModule(m);
  return m;
};
