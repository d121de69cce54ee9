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
 */
import { PyObject, RT, TPFLAGS, GCF, decref, newref } from '../../objects/object';
import { None, True, False } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { newStr, StrObject } from '../../objects/str';
import { newInt } from '../../objects/numbers';
import { newTuple, newList, listAppend, type TupleObject } from '../../objects/sequences';
import { DictObject } from '../../objects/dict';
import { newModule } from '../../objects/core_misc';
import type { HeapListener } from '../../memory/heap';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { moduleFn } from './nativetype';
import type { Runtime } from '../runtime';

type TFrame = [string, number];
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
}

const states = new WeakMap<Runtime, TMState>();

function st(): TMState {
  let s = states.get(RT);
  if (s === undefined) {
    s = { tracing: false, nframe: 1, traces: new Map(), current: 0, peak: 0, prevListener: null, prevPop: null };
    states.set(RT, s);
  }
  return s;
}

/** traceback_get_frames: the current Python frames, most recent first (at most nframe). */
function captureTraceback(s: TMState): { tb: TFrame[]; total: number } {
  const tb: TFrame[] = [];
  let total = 0;
  for (let f = RT.frame; f !== null; f = f.back) {
    total++;
    if (tb.length < s.nframe) {
      const fn = f.code.filenameObj;
      tb.push([fn instanceof StrObject ? fn.value : '<unknown>', f.lineno]);
    }
  }
  if (tb.length === 0) {
    tb.push(['<unknown>', 0]);
    total = 1;
  }
  return { tb, total };
}

function addTrace(s: TMState, addr: number, size: number): void {
  const old = s.traces.get(addr);
  if (old !== undefined) s.current -= old.size;
  const { tb, total } = captureTraceback(s);
  s.traces.set(addr, { size, tb, totalNframe: total });
  s.current += size;
  if (s.current > s.peak) s.peak = s.current;
}

function removeTrace(s: TMState, addr: number): void {
  const t = s.traces.get(addr);
  if (t === undefined) return;
  s.traces.delete(addr);
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
      if (s.tracing) addTrace(s, addr, requested);
      prev?.onAlloc(addr, requested, obj);
    },
    onFree(addr, obj) {
      if (s.tracing) removeTrace(s, addr);
      prev?.onFree(addr, obj);
    },
    onRealloc(oldAddr, newAddr, requested) {
      if (s.tracing) {
        removeTrace(s, oldAddr);
        addTrace(s, newAddr, requested);
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

function stop(): void {
  const s = st();
  if (!s.tracing) return;
  s.tracing = false;
  RT.heap.listener = s.prevListener;
  RT.onFreelistPopHook = s.prevPop;
  s.prevListener = null;
  s.prevPop = null;
  s.traces.clear();
  s.current = 0;
  s.peak = 0;
}

function tracebackTuple(tb: TFrame[]): PyObject {
  return newTuple(tb.map(([fn, ln]) => newTuple([newStr(fn), newInt(ln)])));
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
  const fn = (name: string, f: Parameters<typeof moduleFn>[3]) => moduleFn(d, '_tracemalloc', name, f);
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
    if (s.tracing) {
      s.traces.clear();
      s.current = 0;
      s.peak = 0;
    }
    return newref(None);
  });
  fn('get_tracemalloc_memory', (_s, _a, _st, n, kw) => {
    noArgs('_tracemalloc.get_tracemalloc_memory', n, kw);
    // the hash tables of an idle tracemalloc (measured 624 on 3.11-3.13); a rough per-trace cost when tracing
    const s = st();
    return newInt(624 + (s.tracing ? 48 * s.traces.size : 0));
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
    // one traceback tuple per distinct traceback (CPython shares them through a cache)
    const cache = new Map<string, PyObject>();
    // copy the table first: building the result allocates (and traces) more blocks
    const all = [...s.traces.values()];
    for (const t of all) {
      const key = t.tb.map(([f, l]) => `${f}\u0000${l}`).join('\u0001');
      let tb = cache.get(key);
      if (tb === undefined) {
        tb = tracebackTuple(t.tb);
        cache.set(key, tb);
      }
      listAppend(res, newTuple([newInt(0), newInt(t.size), newref(tb), newInt(t.totalNframe)]));
    }
    for (const tb of cache.values()) decref(tb);
    return res;
  });
  fn('_get_traces_count', () => newInt(st().traces.size));
  return m;
};
