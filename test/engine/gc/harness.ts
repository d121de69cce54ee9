/**
 * A tiny runtime stand-in for collector tests: a real Heap (pymalloc model) and the real GC, plus a "Node"
 * type that behaves like a class instance with a managed dict (3.11+): its attribute values are traversed
 * in insertion order, tp_clear drops them, tp_dealloc runs __del__ first (PEP 442, may resurrect), then
 * untracks, clears weakrefs and releases the values in order — as subtype_dealloc does.
 */
import { PyObject, PyType, TPFLAGS, GCF, PyErr, setRuntime, incref, decref, RT } from '../../../src/engine/objects/object';
import { Heap, allocObject, freeObject } from '../../../src/engine/memory/heap';
import { GC, type GCHooks } from '../../../src/engine/memory/gc';
import { PROFILES } from '../../../src/engine/profiles/index';
import type { PythonVersion } from '../../../src/engine/index';
import { T } from '../../../src/engine/objects/types';
import { tupleDealloc, TupleObject } from '../../../src/engine/objects/sequences';
import { excHooks, ExceptionObject } from '../../../src/engine/objects/exceptions';
import { clearWeakrefs, initWeakrefTypes, setWeakrefHooks, WeakrefObject } from '../../../src/engine/objects/weakref';

export class Node extends PyObject {
  attrs: (PyObject | null)[] = [];
  constructor(
    type: PyType,
    public name: string,
  ) {
    super(type);
  }
}

export interface Harness {
  gc: GC;
  log: string[];
  stderr: string[];
  garbage: PyObject[];
  /** a Node class without __del__ */
  C: PyType;
  /** a Node class whose __del__ logs `del <name>` and runs `onDel` */
  D: PyType;
  onDel: (n: Node) => void;
  node(type: PyType, name: string): Node;
  /** a.attr = b (new reference held by a) */
  link(a: Node, b: PyObject): void;
  /** a plain list-like container type (no weakrefs) */
  L: PyType;
  callbacks: { phase: string; generation: number; collected: number; uncollectable: number }[];
}

function nodeType(name: string, withDel: boolean, h: { log: string[]; onDel: (n: Node) => void }): PyType {
  const tp = new PyType(T.type, name);
  tp.tp_flags = TPFLAGS.HAVE_GC | TPFLAGS.HEAPTYPE | TPFLAGS.BASETYPE;
  tp.tp_basicsize = 16;
  tp.hasDict = true;
  tp.tp_base = T.object;
  tp.tp_mro = [tp, T.object];
  tp.tp_traverse = (o, visit) => {
    for (const v of (o as Node).attrs) if (v !== null) visit(v);
  };
  tp.tp_clear = (o) => {
    const n = o as Node;
    const a = n.attrs;
    n.attrs = [];
    for (const v of a) if (v !== null) decref(v);
  };
  if (withDel)
    tp.tp_finalize = (o) => {
      h.log.push(`del ${(o as Node).name}`);
      h.onDel(o as Node);
    };
  tp.tp_dealloc = (o) => {
    const n = o as Node;
    if (tp.tp_finalize !== null && !(o.gc_flags & GCF.FINALIZED)) {
      o.ob_refcnt = 1;
      o.gc_flags |= GCF.FINALIZED;
      tp.tp_finalize(o);
      if (--o.ob_refcnt > 0) return;
    }
    RT.gc.untrack(o);
    clearWeakrefs(o);
    h.log.push(`free ${n.name}`);
    const a = n.attrs;
    n.attrs = [];
    for (const v of a) if (v !== null) decref(v);
    freeObject(o, 16);
  };
  return tp;
}

export function makeHarness(version: PythonVersion, extra: Partial<GCHooks> = {}): Harness {
  const profile = PROFILES[version];
  const log: string[] = [];
  const stderr: string[] = [];
  const garbage: PyObject[] = [];
  const callbacks: Harness['callbacks'] = [];
  const h = { log, onDel: (_n: Node) => {} };
  const hooks: GCHooks = {
    writeStderr: (s) => stderr.push(s),
    clearFreelists: () => log.push('clear freelists'),
    appendGarbage: (o) => {
      incref(o);
      garbage.push(o);
    },
    invokeCallbacks: (phase, generation, collected, uncollectable) =>
      callbacks.push({ phase, generation, collected, uncollectable }),
    writeUnraisable: (_e, obj) => log.push(`unraisable ${obj === null ? 'null' : (obj as Node).name ?? obj.ob_type.tp_name}`),
    isExactTuple: (o) => o.ob_type === T.tuple,
    callWeakrefCallback: (cb, wr) => cb.ob_type.tp_call!(cb, [wr], 0, 1, null),
    ...extra,
  };
  const gc = new GC(profile, hooks);
  const rt = {
    profile,
    heap: new Heap(profile.sizes.gcHead, profile.sizes.preHeader),
    gc,
    freelists: { tuple: [] as PyObject[][], list: [] as PyObject[], dict: [] as PyObject[] },
    onFreelistPop() {},
    onFreelistPush() {},
  };
  setRuntime(rt as never);
  if (T.tuple.tp_dealloc === null) T.tuple.tp_dealloc = tupleDealloc;
  if (T.tuple.tp_traverse === null)
    T.tuple.tp_traverse = (o, visit) => {
      for (const x of (o as TupleObject).items) visit(x);
    };
  initWeakrefTypes();
  setWeakrefHooks({ writeUnraisable: (_e, obj) => log.push(`unraisable ${obj === null ? 'null' : ((obj as Node).name ?? '?')}`) });
  excHooks.make = (type) => new ExceptionObject(type, NONE) as never;
  excHooks.newStr = () => NONE;
  const C = nodeType('C', false, h);
  const D = nodeType('D', true, h);
  const L = nodeType('list', false, h);
  L.tp_flags &= ~TPFLAGS.HEAPTYPE;
  const harness: Harness = {
    gc,
    log,
    stderr,
    garbage,
    C,
    D,
    L,
    callbacks,
    get onDel() {
      return h.onDel;
    },
    set onDel(f) {
      h.onDel = f;
    },
    node(type, name) {
      const n = new Node(type, name);
      allocObject(n, 16);
      RT.gc.track(n);
      return n;
    },
    link(a, b) {
      incref(b);
      a.attrs.push(b);
    },
  };
  return harness;
}

/** A stand-in for None in callbacks (a static, non-GC object). */
const NONE_TYPE = new PyType(T.type, 'NoneType');
export const NONE = new PyObject(NONE_TYPE);
NONE.gc_flags |= GCF.STATIC;
NONE.ob_refcnt = 1 << 30;

/** A Python-callable stand-in: the harness's callWeakrefCallback calls `fn`. */
export function pyFunc(fn: (w: PyObject) => void): PyObject {
  const tp = new PyType(T.type, 'function');
  tp.tp_call = (_self, args, start) => {
    fn(args[start]);
    incref(NONE);
    return NONE;
  };
  const o = new PyObject(tp);
  o.gc_flags |= GCF.STATIC;
  o.ob_refcnt = 1 << 30;
  return o;
}

export { PyErr, WeakrefObject, decref, incref };
