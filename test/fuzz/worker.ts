/**
 * Fuzz worker (run in EnginePool threads, test/conformance/pool.ts): runs one program through the engine
 * and checks the engine-level properties that need the engine's internals, returning plain data:
 *   - the run itself (stdout, stderr, exit status; a JavaScript exception escaping runProgram is reported
 *     as `internalError`);
 *   - the heap audit after the run (auditRuntime: refcounts recounted from the roots, allocator structures);
 *   - leaks at shutdown (see findLeaks);
 *   - optionally the traced path (traceProgram, the step-through recorder): it must not throw, must
 *     print what the plain run printed before finalization, and its heap must pass the audit too; and
 *     `analyze`'s attribution recorder (attributeProgram) must give the same result (unless a run stopped at
 *     the time limit).
 */
import { parentPort } from 'node:worker_threads';
import { runProgram } from '../../src/engine/vm/interp';
import { auditLastRun, auditRuntime, forEachRef } from '../../src/engine/memory/audit';
import { attributeProgram, traceProgram } from '../../src/engine/trace/analyze';
import { GCF, PyObject, PyType, TPFLAGS, refcount } from '../../src/engine/objects/object';
import { StrObject } from '../../src/engine/objects/str';
import { DictObject, dictForEach, dictLen } from '../../src/engine/objects/dict';
import { RT_EXT } from '../../src/engine/vm/rtext';
import type { Runtime } from '../../src/engine/vm/runtime';
import type { HeapListener } from '../../src/engine/memory/heap';
import type { PythonVersion } from '../../src/engine/index';

export interface FuzzJob {
  source: string;
  version: PythonVersion;
  filename: string;
  stdin: string;
  timeoutMs: number;
  maxSteps: number;
  /** also run the traced path (analyze) */
  traced: boolean;
}

export interface TracedOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
  audit: string[];
  /** analyze()'s result (attributeProgram) is not traceProgram's: the first difference, JSON */
  attributionDiffers?: string;
}

export interface FuzzJobResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  audit: string[];
  leaks: string[];
  traced?: TracedOutcome;
  internalError?: string;
}

export function describe(o: PyObject): string {
  let extra = '';
  if (o instanceof StrObject) extra = ` ${JSON.stringify(o.value.slice(0, 30))}`;
  else if (o instanceof DictObject) {
    // a dict's str keys usually tell which namespace or keyword-argument dict it was
    const keys: string[] = [];
    dictForEach(o, (k) => {
      if (keys.length < 4) keys.push(k instanceof StrObject ? JSON.stringify(k.value.slice(0, 20)) : k.ob_type.tp_name);
    });
    extra = ` {${keys.join(', ')}${dictLen(o) > keys.length ? ', ...' : ''}}`;
  }
  return `${o.ob_type.tp_name}${extra} (refcount ${refcount(o)})`;
}

/**
 * Leaks at interpreter shutdown. After finalization (module dicts wiped, two full collections) an object
 * the program allocated may legitimately stay alive only if something the interpreter itself keeps still
 * references it, as in CPython: the interned strings, sys.modules and the builtins/sys dicts, static types'
 * dicts, the gc module's lists (gc.garbage, callbacks), freelists. Every other live object has a reference
 * count that no remaining holder accounts for, which in CPython would mean it is never freed: a leak.
 */
export function findLeaks(rt: Runtime, live: Map<number, PyObject>): string[] {
  const { leaked: all, reached } = leakWalk(rt, live);
  const kept = leakedByCPython(all, reached);
  const leaked = all.filter((o) => !kept.has(o));
  if (leaked.length === 0) return [];
  // report the roots of the leaked subgraph: leaked objects no other leaked object references
  const shown = leakRoots(leaked).slice(0, 8).map(describe);
  return [`${leaked.length} object(s) still alive after shutdown with nothing left to free them; e.g. ${shown.join(', ')}`];
}

/** The leaked objects no other leaked object references (all of them when they form cycles only). */
export function leakRoots(leaked: PyObject[]): PyObject[] {
  const referenced = new Set<PyObject>();
  for (const o of leaked) forEachRef(o, (r) => referenced.add(r));
  const roots = leaked.filter((o) => !referenced.has(o));
  return roots.length ? roots : leaked;
}

/**
 * Whether the collector cannot see all of an object's references: its type is not a GC type (no
 * Py_TPFLAGS_HAVE_GC, no tp_traverse), or it is a subclass of one (subtype_traverse visits the subclass's own
 * slots, dict and type, not the base's C fields: a datetime subclass's tzinfo).
 */
function hidesReferences(tp: PyType): boolean {
  let base: PyType | null = tp;
  while (base !== null && base.tp_flags & TPFLAGS.HEAPTYPE) base = base.tp_base;
  // (object, whose tp_base is null, has no fields)
  return !(tp.tp_flags & TPFLAGS.HAVE_GC) || (base !== null && base.tp_base !== null && !(base.tp_flags & TPFLAGS.HAVE_GC));
}

/**
 * The leaked objects CPython leaves allocated too: a garbage cycle that runs through a reference the cyclic
 * collector cannot see (hidesReferences: e.g. an aware datetime whose tzinfo is a user tzinfo instance, whose
 * class's methods' __globals__ hold the datetime) is never freed, at exit either, and everything such a cycle
 * holds stays with it. A leak anywhere else is heapscope's. Such an object's references are its fields holding
 * objects (no tp_traverse names them all). The cycle may pass through objects made before the run (the
 * __main__ module's dict): any object the walk from the roots did not reach (`reached`) counts.
 */
export function leakedByCPython(leaked: PyObject[], reached: Set<PyObject>): Set<PyObject> {
  const edges = new Map<PyObject, PyObject[]>();
  const holders: PyObject[] = [];
  const nodes = [...leaked];
  const known = new Set(leaked);
  for (let i = 0; i < nodes.length; i++) {
    const o = nodes[i];
    const out: PyObject[] = [];
    const add = (r: PyObject) => {
      if (reached.has(r) || r.immortal || r.gc_flags & GCF.STATIC) return;
      out.push(r);
      if (!known.has(r)) {
        known.add(r);
        nodes.push(r);
      }
    };
    forEachRef(o, add);
    if (o.dict !== null) add(o.dict);
    if (o instanceof DictObject) dictForEach(o, (k) => add(k));
    if (hidesReferences(o.ob_type)) {
      const before = out.length;
      for (const v of Object.values(o as unknown as Record<string, unknown>)) {
        if (v instanceof PyObject) add(v);
        else if (Array.isArray(v)) for (const x of v) if (x instanceof PyObject) add(x);
      }
      if (out.length > before) holders.push(o);
    }
    edges.set(o, out);
  }
  const reachableFrom = (starts: readonly PyObject[]): Set<PyObject> => {
    const seen = new Set<PyObject>();
    const stack = [...starts];
    while (stack.length > 0) {
      const o = stack.pop()!;
      if (seen.has(o)) continue;
      seen.add(o);
      for (const r of edges.get(o) ?? []) stack.push(r);
    }
    return seen;
  };
  // the holders that lie on a cycle: reachable again from what they reference
  const seeds = holders.filter((h) => reachableFrom(edges.get(h)!).has(h));
  return reachableFrom(seeds);
}


/** The objects of `live` (allocated during the run) that nothing the interpreter keeps reaches (see findLeaks). */
export function leakedObjects(rt: Runtime, live: Map<number, PyObject>): PyObject[] {
  return leakWalk(rt, live).leaked;
}

/** leakedObjects, with the set of objects the walk from the roots reached. */
export function leakWalk(rt: Runtime, live: Map<number, PyObject>): { leaked: PyObject[]; reached: Set<PyObject> } {
  const fl = rt.freelists;
  const dead = new Set<PyObject>([...fl.float, ...fl.list, ...fl.dict, ...fl.slice, ...fl.tuple.flat()]);
  const reached = new Set<PyObject>();
  const queue: PyObject[] = [];
  const reach = (o: PyObject) => {
    if (!reached.has(o)) {
      reached.add(o);
      queue.push(o);
    }
  };
  for (const s of rt.interned.values()) reach(s);
  reach(rt.modules);
  reach(rt.builtinsDict);
  reach(rt.builtinsModule);
  const gcLists = RT_EXT.gcStateLists?.(rt) as PyObject[] | undefined;
  if (gcLists) for (const l of gcLists) reach(l);
  // gc.freeze(): the permanent generation is never collected, in CPython either (also not at shutdown)
  for (const o of rt.gc.permanent.toArray()) reach(o);
  for (const a of rt.astRefs) reach(a);
  for (const a of rt.moduleStateRefs) reach(a);
  for (let f = rt.frame; f !== null; f = f.back) for (let i = 0; i < f.sp; i++) if (f.s[i] !== null) reach(f.s[i]!);
  // static objects (types, singletons) are kept by the interpreter; walk what they reference. Classes are
  // not roots: the shutdown collections free them (and the stdlib's) as in CPython, so a class still alive
  // here is a leak too
  for (const o of live.values()) if (o.gc_flags & GCF.STATIC || o.immortal) reach(o);
  while (queue.length > 0) {
    const o = queue.pop()!;
    if (dead.has(o)) continue;
    forEachRef(o, reach);
    // an instance owns its dict also when tp_traverse visits the inline values one by one instead
    // (_PyObject_VisitManagedDict): the values' dict object is not among the visited references
    if (o.dict !== null) reach(o.dict);
    // a dict owns its keys, but dict_traverse skips the keys of an all-str table (they cannot form cycles)
    if (o instanceof DictObject) dictForEach(o, (k) => reach(k));
    // what a type owns outside tp_traverse (static types are made at bootstrap, so not in `live`; their
    // dicts may hold per-run objects)
    if (o instanceof PyType) for (const x of [o.tp_dict, o.basesTuple, o.mroTuple]) if (x !== null) reach(x);
  }
  const leaked: PyObject[] = [];
  for (const o of live.values()) {
    if (dead.has(o) || reached.has(o) || o.immortal || o.gc_flags & GCF.STATIC) continue;
    leaked.push(o);
  }
  return { leaked, reached };
}

/**
 * A heap listener that keeps `live` (address → object) up to date: every object allocated while it is installed,
 * until it is freed; `onAlloc` also sees each new object (explain.ts: where it was allocated).
 */
export function liveListener(live: Map<number, PyObject>, onAlloc?: (o: PyObject) => void, onFree?: (o: PyObject) => void): HeapListener {
  return {
    onAlloc: (addr, _n, o) => {
      if (o === null) return;
      live.set(addr, o);
      onAlloc?.(o);
    },
    onFree: (addr, o) => {
      if (o === null) return;
      live.delete(addr);
      onFree?.(o);
    },
    // an object resized in place (a str appended to by `s += x`) moves with its block
    onRealloc: (oldAddr, newAddr) => {
      const o = live.get(oldAddr);
      if (o === undefined || oldAddr === newAddr) return;
      live.delete(oldAddr);
      live.set(newAddr, o);
    },
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
}

export function runJob(job: FuzzJob): FuzzJobResult {
  const live = new Map<number, PyObject>();
  const options = { version: job.version, filename: job.filename, stdin: job.stdin, timeoutMs: job.timeoutMs, maxSteps: job.maxSteps };
  const r = runProgram(job.source, options, {
    beforeRun(rt) {
      // every object allocated from here on (parse, compile, the program, finalization)
      rt.heap.listener = liveListener(live);
    },
  });
  const rt = r.runtime;
  rt.heap.listener = null;
  const audit = auditRuntime(rt);
  // a limit stop (steps, time, memory) skips finalization: nothing to check at shutdown
  const stopped = /^heapscope: stopped (?:after|when) /m.test(r.stderr);
  const leaks = stopped ? [] : findLeaks(rt, live);
  const result: FuzzJobResult = { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, audit, leaks };
  if (job.traced) {
    try {
      const t = traceProgram(job.source, options).result;
      result.traced = { stdout: t.stdout, stderr: t.stderr, exitCode: t.exitCode, audit: auditLastRun() };
      const { engineMs: _ms, ...light } = attributeProgram(job.source, options).result;
      const { engineMs: _ms2, extra, ...traced } = t;
      const { events: _e, traceBytes: _b, window: _w, refcountsExactUntil: _r, ...attribution } = extra;
      const a = JSON.stringify(light);
      const b = JSON.stringify({ ...traced, extra: attribution });
      // (a run stopped by the time limit stops wherever the clock says: only the others compare)
      const timed = (e: string) => / \(the time limit\)/.test(e);
      if (a !== b && !timed(light.stderr) && !timed(t.stderr)) {
        let i = 0;
        while (a[i] === b[i]) i++;
        result.traced.attributionDiffers = `analyze() …${a.slice(Math.max(0, i - 80), i + 80)}… traceProgram …${b.slice(Math.max(0, i - 80), i + 80)}…`;
      }
    } catch (e) {
      result.internalError = `the traced run (analyze) threw: ${errorText(e)}`;
    }
  }
  return result;
}

// in a pool worker: answer each job; imported elsewhere (a debugging script), only runJob is used
parentPort?.on('message', (job: FuzzJob) => {
  let out: FuzzJobResult;
  try {
    out = runJob(job);
  } catch (e) {
    out = { stdout: '', stderr: '', exitCode: -1, audit: [], leaks: [], internalError: errorText(e) };
  }
  parentPort!.postMessage(out);
});
