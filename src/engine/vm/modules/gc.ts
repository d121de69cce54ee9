/**
 * The cyclic collector wired into the runtime, and the `gc` module (CPython's Modules/gcmodule.c).
 *
 *   createGC(rt)        the real collector (memory/gc.ts) with the runtime's hooks: DEBUG output on stderr,
 *                       freelist clearing in CPython's order per version, gc.garbage, gc.callbacks (a real
 *                       list the program mutates), unraisable reporting and weakref callbacks.
 *   GC slots            tp_traverse / tp_clear for the builtin containers that had none (installed in an
 *                       onBootstrap block, only where the owning module left the slot empty).
 *   NATIVE_MODULES.gc   every function of the gc module with its argument errors per version.
 *
 * Per-run state (gc.garbage, gc.callbacks) lives in a WeakMap keyed by the Runtime: CPython creates both
 * lists at interpreter start, we create them the first time they are needed (import gc or a collection).
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, GCF, incref, decref, newref, xdecref } from '../../objects/object';
import { T } from '../../objects/types';
import { None, True, False, IntObject } from '../../objects/singletons';
import { E, raise, ExceptionObject } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { newInt, newFloat } from '../../objects/numbers';
import { ListObject, TupleObject, newList, newListFrom, newTuple, listAppend, tupleAllocSize } from '../../objects/sequences';
import { DictObject, dictSetItem, dictSetStr, newDict } from '../../objects/dict';
import { PYDICT_LOG_MINSIZE, keysSize } from '../../objects/dicttable';
import {
  CellObject, FunctionObject, StaticMethodObject, ClassMethodObject, PropertyObject, GetSetDescrObject, MemberDescrObject,
} from '../../objects/funcobject';
import { onBootstrap, typeModified, instanceSlots, clearInstanceSlots } from '../../objects/typeobject';
import { newModule, ModuleObject } from '../../objects/core_misc';
import { SetObject } from '../../objects/core_set';
import { freeObject } from '../../memory/heap';
import {
  GC, NUM_GENERATIONS, DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK, type GCHooks,
} from '../../memory/gc';
import { NATIVE_MODULES } from '../importer';
import { RT_EXT } from '../rtext';
import * as A from '../abstract';
import { moduleFn, kwNames } from './nativetype';
import { writeToSysStderr } from './unraisable';
import type { Runtime } from '../runtime';
import type { ImportFreelist } from '../../profiles/index';

// ------------------------------------------------------------------ per-run state

interface GCState {
  garbage: ListObject;
  callbacks: ListObject;
}
const states = new WeakMap<Runtime, GCState>();

function stateOf(rt: Runtime): GCState {
  let s = states.get(rt);
  if (s === undefined) {
    s = { garbage: newList(0), callbacks: newList(0) };
    states.set(rt, s);
  }
  return s;
}

// ------------------------------------------------------------------ freelist clearing

/**
 * _PyGC_ClearAllFreeLists. 3.11/3.12 (clear_freelists): tuples (size 1..20, newest first), floats, lists,
 * dicts. 3.13 (_PyObject_ClearFreeLists): floats, tuples, lists, dicts; the slice cache only at
 * finalization.
 */
function clearFreelists(rt: Runtime): void {
  const fl = rt.freelists;
  const release = (o: PyObject, size: number) => {
    rt.freelistCount--;
    freeObject(o, size);
  };
  const tuples = () => {
    for (let n = 1; n < fl.tuple.length; n++) {
      const l = fl.tuple[n];
      if (l === undefined) continue;
      while (l.length > 0) release(l.pop()!, tupleAllocSize(n));
    }
  };
  const floats = () => {
    while (fl.float.length > 0) release(fl.float.pop()!, rt.profile.sizes.float);
  };
  const lists = () => {
    while (fl.list.length > 0) {
      const o = fl.list.pop()!;
      release(o, o.ob_type.tp_basicsize);
    }
  };
  const dicts = () => {
    while (fl.dict.length > 0) {
      const o = fl.dict.pop()!;
      release(o, o.ob_type.tp_basicsize);
    }
    RT_EXT.clearDictKeysFreelist?.();
  };
  if (rt.profile.version === '3.13') {
    floats();
    tuples();
  } else {
    tuples();
    floats();
  }
  lists();
  dicts();
}

// ------------------------------------------------------------------ the collector's hooks

function writeUnraisable(err: PyErr, obj: PyObject | null): void {
  RT.ext.writeUnraisable(err.exc, 'Exception ignored in: ', obj, '');
  decref(err.exc);
}

/**
 * invoke_gc_callback. _PyGC_Init creates the callbacks list at start-up; the info dict is made only when there
 * are callbacks. 3.12+ also makes the phase string ("start", then "stop") for every collection, callbacks or
 * not: a transient str a tracemalloc peak sees. 3.11 calls each callback with PyObject_CallFunction(cb, "sO",
 * phase, info): a new phase string per call (on _Py_VaBuildStack's C stack, no args tuple), none without
 * callbacks.
 */
function invokeCallbacks(rt: Runtime, phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void {
  const cbs = states.get(rt)?.callbacks ?? null;
  let info: DictObject | null = null;
  if (cbs !== null && cbs.items.length !== 0) {
    // Py_BuildValue("{sisnsn}"): PyDict_New, then each key a new str (held by the dict) and each value an int
    info = newDict();
    const put = (k: string, v: number) => {
      const key = newStr(k);
      const val = newInt(v);
      dictSetItem(info!, key, val);
      decref(key);
      decref(val);
    };
    put('generation', generation);
    put('collected', collected);
    put('uncollectable', uncollectable);
  }
  if (RT.profile.version === '3.11') {
    for (let i = 0; cbs !== null && i < cbs.items.length; i++) {
      const cb = cbs.items[i];
      incref(cb);
      const phaseObj = newStr(phase);
      try {
        decref(A.call(cb, [phaseObj, info!], 0, 2, null));
      } catch (e) {
        if (e instanceof PyErr) writeUnraisable(e, cb);
        else throw e;
      } finally {
        decref(phaseObj);
        decref(cb);
      }
    }
    xdecref(info);
    return;
  }
  const phaseObj = newStr(phase);
  try {
    for (let i = 0; cbs !== null && i < cbs.items.length; i++) {
      const cb = cbs.items[i];
      incref(cb);
      try {
        const r = A.call(cb, [phaseObj, info ?? None], 0, 2, null);
        decref(r);
      } catch (e) {
        if (e instanceof PyErr) writeUnraisable(e, cb);
        else throw e;
      } finally {
        decref(cb);
      }
    }
  } finally {
    decref(phaseObj);
    xdecref(info);
  }
}

/**
 * PySys_WriteStderr: the text goes to sys.stderr.write (a program may have replaced sys.stderr to capture the
 * DEBUG_* output); any error is swallowed and the text written to the process's stderr instead.
 */
function writeSysStderr(rt: Runtime, text: string): void {
  if (!writeToSysStderr(text)) rt.write('stderr', text);
}

/** The real collector for a runtime (called from Runtime's constructor). */
export function createGC(rt: Runtime): GC {
  const hooks: GCHooks = {
    writeStderr: (s) => writeSysStderr(rt, s),
    clearFreelists: () => clearFreelists(rt),
    appendGarbage: (o) => {
      const g = stateOf(rt).garbage;
      incref(o);
      listAppend(g, o);
    },
    invokeCallbacks: (phase, gen, collected, uncollectable) => invokeCallbacks(rt, phase, gen, collected, uncollectable),
    writeUnraisable: (err, obj) => writeUnraisable(err, obj),
    callWeakrefCallback: (cb, wr) => A.call1(cb, wr),
    errOccurred: () => false,
    isExactTuple: (o) => o.ob_type === T.tuple,
    isExactDict: (o) => o.ob_type === T.dict,
  };
  const gc = new GC(rt.profile, hooks);
  gc.seedStartupPopulation();
  return gc;
}

// ------------------------------------------------------------------ tp_traverse / tp_clear of builtins

function clearField<O extends PyObject, K extends keyof O>(o: O, k: K): void {
  const v = o[k] as unknown as PyObject | null;
  if (v !== null && v !== undefined) {
    (o as any)[k] = null;
    decref(v);
  }
}

/** Replace a non-nullable field with None (Py_SETREF to a harmless value). */
function resetField<O extends PyObject, K extends keyof O>(o: O, k: K): void {
  const v = o[k] as unknown as PyObject;
  (o as any)[k] = newref(None);
  decref(v);
}

/**
 * Does the builtin base's own tp_traverse / tp_clear handle the instance dict? subtype_traverse and
 * subtype_clear visit / clear the dict only when the class added it (`type->tp_dictoffset !=
 * base->tp_dictoffset`): a builtin base with a dict of its own (module, function, exceptions, functools.partial,
 * random.Random) visits it itself, and visiting it here too would count the reference twice.
 */
function baseHandlesDict(b: PyType): boolean {
  return b === T.type || b.hasDict;
}

/** subtype_traverse: __slots__ values (most derived class first), the dict, the type, then the base. */
export function subtypeTraverse(o: PyObject, visit: (x: PyObject) => void): void {
  const type = o.ob_type;
  let base: PyType = type;
  // (most classes have no slots: then the instance's storage is not looked up)
  const slots = type.nslots > 0 ? instanceSlots(o, false) : null;
  while (base.tp_traverse === subtypeTraverse) {
    if (slots !== null && base.slotNames.length > 0) {
      for (let i = base.nslots - base.slotNames.length; i < base.nslots; i++) {
        const v = slots[i];
        if (v !== null && v !== undefined) visit(v);
      }
    }
    if (base.tp_base === null) break;
    base = base.tp_base;
  }
  const basetraverse = base.tp_traverse === subtypeTraverse ? null : base.tp_traverse;
  const d = o.dict;
  if (d !== null && !baseHandlesDict(base)) {
    // _PyObject_VisitManagedDict: inline values are visited one by one, a materialised dict as a whole
    // (3.13: unless the dict still uses the values embedded in the object)
    if ((d as DictObject).inlineValues || valuesEmbedded(d)) {
      // each value in entry order (a deleted entry's value is undefined)
      const dk = (d as DictObject).table.dk;
      const vs = dk.values;
      for (let i = 0, n = dk.nentries; i < n; i++) {
        const v = vs[i];
        if (v !== undefined) visit(v);
      }
    } else visit(d);
  }
  if (type.tp_flags & TPFLAGS.HEAPTYPE && (basetraverse === null || !(base.tp_flags & TPFLAGS.HEAPTYPE))) visit(type);
  if (basetraverse !== null) basetraverse(o, visit);
}

/** subtype_clear: slots, the instance dict, then the base's tp_clear. */
export function subtypeClear(o: PyObject): void {
  const type = o.ob_type;
  let base: PyType = type;
  while (base.tp_clear === subtypeClear && base.tp_base !== null) base = base.tp_base;
  // clear_slots of each class up to that base, the most derived class's first
  if (type.nslots > 0) clearInstanceSlots(o, type, isNotSubtypeClear);
  const baseclear = base.tp_clear === subtypeClear ? null : base.tp_clear;
  if (o.dict !== null && !baseHandlesDict(base)) {
    const d = o.dict;
    o.dict = null;
    decref(d);
  }
  if (baseclear !== null) baseclear(o);
}

/** Where subtype_clear's walk up the type chain stops: the first type with a tp_clear of its own. */
function isNotSubtypeClear(t: PyType): boolean {
  return t.tp_clear !== subtypeClear;
}

RT_EXT.subtypeTraverse = subtypeTraverse;
/**
 * _PyTuple_MaybeUntrack for constant tuples of a code object: measured untracked right after compilation on
 * 3.12 only (3.11 and 3.13 keep them tracked until a collection).
 */
RT_EXT.tupleMaybeUntrack = (t: PyObject) => {
  if (RT.profile.version !== '3.12') return;
  if (!(t instanceof TupleObject) || !RT.gc.isTracked(t)) return;
  for (const x of t.items) if (RT.gc.mayBeTracked(x)) return;
  RT.gc.untrack(t);
};
/**
 * 3.13 keeps an instance's values inside the object even after `obj.__dict__` materialised the dict: while
 * the dict is still split (shares the class's keys) and is still the object's dict, the values are the
 * object's, so subtype_traverse visits them and dict_traverse does not (measured: a self-referencing
 * instance with a materialised __dict__ is 1 unreachable object on 3.13, 2 on 3.11/3.12).
 */
function valuesEmbedded(d: PyObject): boolean {
  const owner = (d as DictObject).embeddedIn;
  return owner !== undefined && owner !== null && owner.dict === d && (d as DictObject).table.shared !== null;
}
RT_EXT.valuesEmbedded = valuesEmbedded;

RT_EXT.subtypeClear = subtypeClear;

function installGCSlots(): void {
  const setIfMissing = (tp: PyType, trav: PyType['tp_traverse'], clear: PyType['tp_clear']) => {
    if (trav !== null && tp.tp_traverse === null) tp.tp_traverse = trav;
    if (clear !== null && tp.tp_clear === null) tp.tp_clear = clear;
  };
  // set / frozenset: set_clear_internal
  for (const st of [T.set, T.frozenset]) {
    setIfMissing(st, null, (o) => {
      const s = o as SetObject;
      if (s.table.used === 0) return;
      // set_clear_internal: the table is emptied first, then the keys are released in table order
      const keys: PyObject[] = [];
      s.table.clear((k) => keys.push(k));
      for (const k of keys) decref(k);
    });
  }
  // heap types: type_traverse / type_clear (static types are never collected: STATIC objects are not GC)
  // type_traverse: tp_dict, tp_mro, tp_bases, tp_base (tp_cache and ht_module are always NULL here)
  setIfMissing(
    T.type,
    (o, visit) => {
      const tp = o as PyType;
      if (!(tp.tp_flags & TPFLAGS.HEAPTYPE)) return;
      if (tp.tp_dict !== null) visit(tp.tp_dict);
      if (tp.mroTuple !== null) visit(tp.mroTuple);
      if (tp.basesTuple !== null) visit(tp.basesTuple);
      if (tp.tp_base !== null) visit(tp.tp_base);
    },
    // type_clear: the dict is emptied and the MRO tuple released (the MRO becomes unavailable)
    (o) => {
      const tp = o as PyType;
      if (!(tp.tp_flags & TPFLAGS.HEAPTYPE)) return;
      typeModified(tp);
      const d = tp.tp_dict as DictObject | null;
      if (d !== null) RT.ext.dictClearObj(d);
      const mro = tp.mroTuple;
      if (mro !== null) {
        tp.mroTuple = null;
        tp.tp_mro = [];
        decref(mro);
      }
    },
  );
  // descr_traverse: a class's descriptors refer to it (d_type)
  const descrTraverse: PyType['tp_traverse'] = (o, visit) => {
    const owner = (o as GetSetDescrObject | MemberDescrObject).owner;
    if (owner.tp_flags & TPFLAGS.HEAPTYPE) visit(owner);
  };
  setIfMissing(T.getset_descriptor, descrTraverse, null);
  setIfMissing(T.member_descriptor, descrTraverse, null);
  // function: func_clear
  setIfMissing(T.function, null, (o) => {
    const f = o as FunctionObject;
    resetField(f, 'globals');
    resetField(f, 'builtins');
    resetField(f, 'module');
    clearField(f, 'defaults');
    clearField(f, 'kwdefaults');
    resetField(f, 'doc');
    clearField(f, 'dict');
    clearField(f, 'closure');
    clearField(f, 'annotations');
    const e = newStr('');
    const old1 = f.name;
    f.name = e;
    decref(old1);
    const old2 = f.qualname;
    f.qualname = newref(e);
    decref(old2);
  });
  // module: module_clear
  setIfMissing(T.module, null, (o) => clearField(o, 'dict'));
  // staticmethod / classmethod: sm_clear / cm_clear
  setIfMissing(T.staticmethod, null, (o) => {
    clearField(o as StaticMethodObject, 'callable');
    clearField(o, 'dict');
  });
  setIfMissing(T.classmethod, null, (o) => {
    clearField(o as ClassMethodObject, 'callable');
    clearField(o, 'dict');
  });
  // property: property_clear
  setIfMissing(T.property, null, (o) => {
    const p = o as PropertyObject;
    clearField(p, 'fget');
    clearField(p, 'fset');
    clearField(p, 'fdel');
    clearField(p, 'doc');
    clearField(p, 'name');
  });
  // cell: has both. frame objects: vm/frametype.ts (frame_traverse / frame_tp_clear)
  // traceback: tb_clear (tb_frame stays: the dealloc needs it, and frames clear their own locals)
  setIfMissing(T.traceback, null, (o) => clearField(o as any, 'next'));
  // exceptions: BaseException_clear
  const excClear = (o: PyObject) => {
    const e = o as ExceptionObject;
    clearField(e, 'dict');
    const args = e.args;
    e.args = newTuple([]);
    decref(args);
    clearField(e, 'notes');
    clearField(e, 'traceback');
    clearField(e, 'cause');
    clearField(e, 'context');
    if (e.fields !== null) {
      const f = e.fields;
      for (const [k, v] of [...f.entries()]) {
        f.set(k, newref(None));
        decref(v);
      }
    }
  };
  for (const tp of [E.BaseException]) setIfMissing(tp, null, excClear);
  for (const tp of RT_EXT.allExceptionTypes?.() ?? []) setIfMissing(tp, null, excClear);
  void CellObject;
  void ModuleObject;
}

onBootstrap(() => {
  installGCSlots();
});

// ------------------------------------------------------------------ the gc module

/** _PyLong_AsInt / the "i" converter: C int with CPython's overflow messages. */
function asCInt(o: PyObject, overflowMsg: 'clinic' | 'format'): number {
  const v = A.indexValue(o);
  const n = typeof v === 'bigint' ? v : BigInt(v);
  if (n > 2147483647n) {
    raise(E.OverflowError, overflowMsg === 'format' ? 'signed integer is greater than maximum' : 'Python int too large to convert to C int');
  }
  if (n < -2147483648n) {
    raise(E.OverflowError, overflowMsg === 'format' ? 'signed integer is less than minimum' : 'Python int too large to convert to C int');
  }
  return Number(n);
}

function minor(): number {
  return RT.profile.versionInfo[1];
}

function noArgsQ(name: string, nargs: number, kwnames: PyObject | null): void {
  const q = `gc.${name}`;
  if (kwnames !== null && (kwnames as TupleObject).items.length > 0) raise(E.TypeError, `${q}() takes no keyword arguments`);
  if (nargs !== 0) raise(E.TypeError, `${q}() takes no arguments (${nargs} given)`);
}

function oneArgQ(name: string, nargs: number, kwnames: PyObject | null): void {
  const q = `gc.${name}`;
  if (kwnames !== null && (kwnames as TupleObject).items.length > 0) raise(E.TypeError, `${q}() takes no keyword arguments`);
  if (nargs !== 1) raise(E.TypeError, `${q}() takes exactly one argument (${nargs} given)`);
}

/** Argument Clinic for `name($module, /, <param>=...)` with one optional positional-or-keyword param. */
function optionalParam(name: string, param: string, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject | null {
  const kws = kwNames(kwnames);
  const total = nargs + kws.length;
  if (total > 1 || nargs > 1) raise(E.TypeError, `${name}() takes at most 1 argument (${total} given)`);
  if (kws.length === 1) {
    if (kws[0] !== param) {
      if (minor() === 11) raise(E.TypeError, `'${kws[0]}' is an invalid keyword argument for ${name}()`);
      raise(E.TypeError, `${name}() got an unexpected keyword argument '${kws[0]}'`);
    }
    return args[start + nargs];
  }
  return nargs === 1 ? args[start] : null;
}

/**
 * METH_VARARGS functions (set_threshold, get_referrers, get_referents) receive their positional arguments
 * packed in a tuple: a GC allocation (or a tuple freelist reuse) that is released after the call.
 */
function withArgsTuple<R>(a: PyObject[], st: number, n: number, f: (t: TupleObject) => R): R {
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) items.push(newref(a[st + i]));
  const t = newTuple(items);
  try {
    return f(t);
  } finally {
    decref(t);
  }
}

function statsList(gc: GC): PyObject {
  const items: PyObject[] = [];
  for (const s of gc.getStats()) {
    const d = RT.ext.dictFromPairs([]) as DictObject;
    for (const [k, v] of [['collections', s.collections], ['collected', s.collected], ['uncollectable', s.uncollectable]] as const) {
      const val = newInt(v);
      dictSetStr(d, k, val);
      decref(val);
    }
    items.push(d);
  }
  return newListFrom(items);
}

function theGC(): GC {
  return RT.gc as unknown as GC;
}

NATIVE_MODULES.gc = () => {
  const m = newModule('gc');
  const d = m.dict as DictObject;
  const doc = newStr(
    'This module provides access to the garbage collector for reference cycles.\n\n' +
      'enable() -- Enable automatic garbage collection.\n' +
      'disable() -- Disable automatic garbage collection.\n' +
      'isenabled() -- Returns true if automatic collection is enabled.\n' +
      'collect() -- Do a full collection right now.\n' +
      'get_count() -- Return the current collection counts.\n' +
      'get_stats() -- Return list of dictionaries containing per-generation stats.\n' +
      'set_debug() -- Set debugging flags.\n' +
      'get_debug() -- Get debugging flags.\n' +
      'set_threshold() -- Set the collection thresholds.\n' +
      'get_threshold() -- Return the current collection thresholds.\n' +
      'get_objects() -- Return a list of all objects tracked by the collector.\n' +
      'is_tracked() -- Returns true if a given object is tracked.\n' +
      'is_finalized() -- Returns true if a given object has been already finalized.\n' +
      'get_referrers() -- Return the list of objects that refer to an object.\n' +
      'get_referents() -- Return the list of objects that an object refers to.\n' +
      'freeze() -- Freeze all tracked objects and ignore them for future collections.\n' +
      'unfreeze() -- Unfreeze all objects in the permanent generation.\n' +
      'get_freeze_count() -- Return the number of objects in the permanent generation.\n',
  );
  dictSetStr(d, '__doc__', doc);
  decref(doc);
  const fn = (name: string, f: Parameters<typeof moduleFn>[2]) => moduleFn(m, name, f);
  fn('enable', (_s, _a, _st, n, kw) => {
    noArgsQ('enable', n, kw);
    theGC().enable();
    return newref(None);
  });
  fn('disable', (_s, _a, _st, n, kw) => {
    noArgsQ('disable', n, kw);
    theGC().disable();
    return newref(None);
  });
  fn('isenabled', (_s, _a, _st, n, kw) => {
    noArgsQ('isenabled', n, kw);
    return newref(theGC().isEnabled() ? True : False);
  });
  fn('collect', (_s, a, st, n, kw) => {
    const g = optionalParam('collect', 'generation', a, st, n, kw);
    let gen = NUM_GENERATIONS - 1;
    if (g !== null) gen = asCInt(g, 'clinic');
    if (GC.collectGenerationError(gen) !== null) raise(E.ValueError, GC.collectGenerationError(gen)!);
    stateOf(RT);
    return newInt(theGC().collect(gen, 'manual'));
  });
  fn('get_debug', (_s, _a, _st, n, kw) => {
    noArgsQ('get_debug', n, kw);
    return newInt(theGC().getDebug());
  });
  fn('set_debug', (_s, a, st, n, kw) => {
    oneArgQ('set_debug', n, kw);
    theGC().setDebug(asCInt(a[st], 'clinic'));
    return newref(None);
  });
  fn('get_stats', (_s, _a, _st, n, kw) => {
    noArgsQ('get_stats', n, kw);
    return statsList(theGC());
  });
  fn('get_count', (_s, _a, _st, n, kw) => {
    noArgsQ('get_count', n, kw);
    const c = theGC().getCount();
    return newTuple(c.map((x) => newInt(x)));
  });
  fn('get_threshold', (_s, _a, _st, n, kw) => {
    noArgsQ('get_threshold', n, kw);
    const c = theGC().getThreshold();
    return newTuple(c.map((x) => newInt(x)));
  });
  fn('set_threshold', (_s, a, st, n, kw) => {
    const gc = theGC();
    if (kw !== null && (kw as TupleObject).items.length > 0) raise(E.TypeError, 'set_threshold() takes no keyword arguments');
    return withArgsTuple(a, st, n, () => {
      const err = GC.setThresholdArgcError(RT.profile.version, n);
      if (err !== null) raise(E.TypeError, err);
      if (minor() >= 13) {
        const vals = [];
        for (let i = 0; i < n; i++) vals.push(asCInt(a[st + i], 'format'));
        for (let i = 0; i < n; i++) gc.setThresholdAt(i, vals[i]);
      } else {
        for (let i = 0; i < n; i++) gc.setThresholdAt(i, asCInt(a[st + i], 'format'));
      }
      return newref(None);
    });
  });
  fn('get_objects', (_s, a, st, n, kw) => {
    const g = optionalParam('get_objects', 'generation', a, st, n, kw);
    let gen: number | null = null;
    if (g !== null && g !== None) {
      if (!(g instanceof IntObject)) raise(E.TypeError, `argument should be integer or None, not '${g.ob_type.tp_name}'`);
      gen = asCInt(g, 'clinic');
      const e = GC.getObjectsGenerationError(gen);
      if (e !== null) raise(E.ValueError, e);
    }
    const objs = theGC().getObjects(gen);
    // the result list is built first (it is a GC object but is not tracked while being filled)
    const res = newList(0);
    for (const o of objs) {
      if (o === res) continue;
      incref(o);
      listAppend(res, o);
    }
    return res;
  });
  fn('get_referrers', (_s, a, st, n, kw) => {
    if (kw !== null && (kw as TupleObject).items.length > 0)
      raise(E.TypeError, `${minor() >= 12 ? 'gc.' : ''}get_referrers() takes no keyword arguments`);
    return withArgsTuple(a, st, n, (argsTuple) => {
      const res = newList(0);
      // gc_referrers_for skips the argument tuple and the result list
      for (const o of theGC().getReferrers(argsTuple.items)) {
        if (o === res || o === argsTuple) continue;
        incref(o);
        listAppend(res, o);
      }
      return res;
    });
  });
  fn('get_referents', (_s, a, st, n, kw) => {
    if (kw !== null && (kw as TupleObject).items.length > 0)
      raise(E.TypeError, `${minor() >= 12 ? 'gc.' : ''}get_referents() takes no keyword arguments`);
    return withArgsTuple(a, st, n, (argsTuple) => {
      const res = newList(0);
      for (const o of theGC().getReferents(argsTuple.items)) {
        incref(o);
        listAppend(res, o);
      }
      return res;
    });
  });
  fn('is_tracked', (_s, a, st, n, kw) => {
    oneArgQ('is_tracked', n, kw);
    const o = a[st];
    const gc = theGC();
    const tracked = (o.ob_type.tp_flags & TPFLAGS.HAVE_GC) !== 0 && (gc.isTracked(o) || startupTracked(o));
    return newref(tracked ? True : False);
  });
  fn('is_finalized', (_s, a, st, n, kw) => {
    oneArgQ('is_finalized', n, kw);
    return newref(theGC().isFinalized(a[st]) ? True : False);
  });
  fn('freeze', (_s, _a, _st, n, kw) => {
    noArgsQ('freeze', n, kw);
    theGC().freeze();
    return newref(None);
  });
  fn('unfreeze', (_s, _a, _st, n, kw) => {
    noArgsQ('unfreeze', n, kw);
    theGC().unfreeze();
    return newref(None);
  });
  fn('get_freeze_count', (_s, _a, _st, n, kw) => {
    noArgsQ('get_freeze_count', n, kw);
    return newInt(theGC().getFreezeCount());
  });
  const st = stateOf(RT);
  dictSetStr(d, 'garbage', st.garbage);
  dictSetStr(d, 'callbacks', st.callbacks);
  for (const [k, v] of [
    ['DEBUG_STATS', DEBUG_STATS],
    ['DEBUG_COLLECTABLE', DEBUG_COLLECTABLE],
    ['DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE],
    ['DEBUG_SAVEALL', DEBUG_SAVEALL],
    ['DEBUG_LEAK', DEBUG_LEAK],
  ] as const) {
    const val = newInt(v);
    dictSetStr(d, k, val);
    decref(val);
  }
  return m;
};

/**
 * _PyGC_Init (pycore_interp_init, before the builtin types and modules): gc.garbage and gc.callbacks exist
 * from interpreter start-up, not from `import gc`, so the import does not allocate them.
 */
export function initGCState(rt: Runtime): void {
  stateOf(rt);
}

/** gc.garbage and gc.callbacks of a run (audit roots). */
RT_EXT.gcStateLists = (rt: Runtime) => {
  const s = states.get(rt);
  return s === undefined ? [] : [s.garbage, s.callbacks];
};

/** Release the per-run lists (end of the run). */
export function releaseGCState(rt: Runtime): void {
  const st = states.get(rt);
  if (st === undefined) return;
  states.delete(rt);
  decref(st.garbage);
  decref(st.callbacks);
}

export { StrObject };

/**
 * A static object of a GC type that CPython's start-up made and tracked: the builtin functions of builtins
 * and sys, a builtin type's descriptors (PyCFunction_NewEx, PyDescr_New*: PyType_GenericAlloc then track).
 * heapscope keeps them out of the generations (they are no young objects of the program), yet
 * gc.is_tracked answers for them as CPython does. Not so for a static type (type_is_gc: a heap type only)
 * or the empty tuple (a static singleton, never tracked).
 */
function startupTracked(o: PyObject): boolean {
  return (o.gc_flags & GCF.STATIC) !== 0 && !(o instanceof PyType) && o.ob_type !== T.tuple;
}

/**
 * The tuple, list, dict and dict-keys freelists as CPython's start-up leaves them when it compiles the
 * program's file, and the float freelist as it starts parsing it (profile.gcStartupFreelists, measured with
 * gdb by scripts/measure-gc-startup.mjs): the objects start-up freed there. Allocations that pop them make
 * no new GC object, so they decide when gc.get_count() moves; the dict-keys freelist's fill decides whether
 * a freed smallest str-keys table is parked (its block stays allocated and traced) or freed. Runs before
 * GC.startProgram sets the counts (the objects are made and freed through the usual paths, so the freelists
 * hold ordinary dead objects).
 */
export function seedStartupFreelists(rt: Runtime): void {
  const want = rt.profile.gcStartupFreelists;
  const dead: PyObject[] = [];
  want.tuple.forEach((n, i) => {
    const size = i + 1;
    const have = rt.freelists.tuple[size]?.length ?? 0;
    for (let k = have; k < n; k++) dead.push(newTuple(Array.from({ length: size }, () => newref(None))));
  });
  for (let k = rt.freelists.list.length; k < want.list; k++) dead.push(newList(0));
  for (let k = rt.freelists.dict.length; k < want.dict; k++) dead.push(newDict());
  // made first, freed after: none reuses another's block
  for (const o of dead) decref(o);
  // the float freelist as parsing starts: the program's float constants (made with the code objects) take
  // from it as CPython's parser does
  setFreelistLength(rt, rt.freelists.float, want.float, () => newFloat(0), rt.profile.sizes.float);
  // the dict-keys freelist up to start-up's count: CPython made those tables in code heapscope does not run
  // (importlib, site), hence plain blocks of the smallest str-keys table's size, allocated before the
  // program, so tracemalloc never traced them
  if (rt.freelists.dictKeys.length < want.dictKeys) setDictKeysFreelistLength(rt, want.dictKeys);
}

/**
 * Make the dict-keys freelist hold `n` tables: new blocks of the smallest str-keys table's size are parked
 * there, or parked ones are freed (the newest first, as new_keys_object would take them).
 */
function setDictKeysFreelistLength(rt: Runtime, n: number): void {
  const fl = rt.freelists.dictKeys;
  const nbytes = keysSize(PYDICT_LOG_MINSIZE, true);
  while (fl.length < n) fl.push(rt.heap.malloc(nbytes));
  while (fl.length > n) rt.heap.free(fl.pop()!, nbytes);
}

/** The freelists' lengths when a program's outermost uncached import starts (vm/importer.ts). */
export interface FreelistLengths {
  float: number;
  /** per tuple size 1..tupleMaxSize (index size - 1) */
  tuple: number[];
  list: number;
  dict: number;
  dictKeys: number;
  slice: number;
}

export function freelistLengths(rt: Runtime): FreelistLengths {
  const fl = rt.freelists;
  const tuple: number[] = [];
  for (let n = 1; n <= rt.profile.freelists.tupleMaxSize; n++) tuple.push(fl.tuple[n]?.length ?? 0);
  return { float: fl.float.length, tuple, list: fl.list.length, dict: fl.dict.length, dictKeys: fl.dictKeys.length, slice: fl.slice.length };
}

/**
 * After a program's outermost uncached `import name` (vm/importer.ts): the freelists as CPython's import
 * leaves them, from their lengths `before` the import (profile.importFreelists and importKeysFreelist,
 * measured per module: a count n becomes min(hi, max(lo, n + delta))). heapscope's own import of a module
 * runs different code — its stdlib's Python, no importlib, modules CPython start-up had already imported
 * — whose objects popped and pushed other entries; which of the program's next
 * tuples, lists, dicts, floats and small dicts' tables reuse a parked block (and make no new tracemalloc
 * trace), and whether one freed later is parked or freed, then follow CPython. Entries CPython has and
 * heapscope lacks are objects the import made and freed: parked as start-up's are (seedStartupFreelists);
 * extra entries are really freed, the newest first, as the import would have popped them. This is memory
 * only: the GC's allocation count stays heapscope's (its import's GC traffic is its own), and no collection
 * runs meanwhile. Modules without a measurement keep heapscope's own counts.
 */
export function applyImportFreelists(rt: Runtime, name: string, before: FreelistLengths): void {
  const maps = rt.profile.importFreelists[name];
  const keys = rt.profile.importKeysFreelist[name];
  if (maps === undefined || keys === undefined) return;
  // a measured [delta, lo, hi] map: n becomes min(hi, max(lo, n + delta))
  const clamp = (m: readonly [number, number, number], n: number): number => Math.min(m[2], Math.max(m[1], n + m[0]));
  setFreelistLengths(rt, before, (kind, n) => {
    const m = maps[kind];
    return m === undefined ? n : clamp(m, n);
  }, clamp(keys, before.dictKeys));
}

/**
 * After a program's import of a module CPython's sys.modules already holds (a cache hit there, which changes
 * no freelist) that heapscope materialised unseen: its code's pops and pushes are undone, each freelist back
 * to its length `before` (vm/importer.ts).
 */
export function restoreFreelists(rt: Runtime, before: FreelistLengths): void {
  setFreelistLengths(rt, before, (_kind, n) => n, before.dictKeys);
}

/** Each freelist's length set to `after(kind, its length before)`, the dict-keys freelist's to `dictKeys`. */
function setFreelistLengths(rt: Runtime, before: FreelistLengths, after: (kind: ImportFreelist, n: number) => number, dictKeys: number): void {
  const fl = rt.freelists;
  const gc = rt.gc;
  const count0 = gc.counts[0];
  const enabled = gc.enabled;
  gc.enabled = false;
  try {
    setFreelistLength(rt, fl.float, after('float', before.float), () => newFloat(0), rt.profile.sizes.float);
    for (let n = 1; n <= rt.profile.freelists.tupleMaxSize; n++) {
      const list = fl.tuple[n] ?? (fl.tuple[n] = []);
      setFreelistLength(rt, list, after(`t${n}`, before.tuple[n - 1]), () => newTuple(Array.from({ length: n }, () => newref(None))), tupleAllocSize(n));
    }
    setFreelistLength(rt, fl.list, after('list', before.list), () => newList(0), T.list.tp_basicsize);
    setFreelistLength(rt, fl.dict, after('dict', before.dict), () => newDict(), T.dict.tp_basicsize);
    setFreelistLength(rt, fl.slice, after('slice', before.slice), () => rt.newSlice(None, None, None), T.slice.tp_basicsize);
    setDictKeysFreelistLength(rt, dictKeys);
  } finally {
    gc.enabled = enabled;
    gc.counts[0] = count0;
  }
}

/**
 * Make freelist `fl` hold `n` objects. Extra ones are freed, the newest first. Missing ones are made with
 * `make`, the freelist-aware constructor: it takes the parked ones first (newest first), so n objects are
 * made and freed — the parked ones back underneath in their order, the new ones on top (the import freed
 * them last). `nbytes`: an object's request size (basicsize + items).
 */
function setFreelistLength(rt: Runtime, fl: PyObject[], n: number, make: () => PyObject, nbytes: number): void {
  while (fl.length > n) {
    // as clear_freelists frees them (no pop event: the recorder sees the parked block freed)
    rt.freelistCount--;
    freeObject(fl.pop()!, nbytes);
  }
  const have = fl.length;
  if (have === n) return;
  const made: PyObject[] = [];
  for (let k = 0; k < n; k++) made.push(make());
  for (let k = have - 1; k >= 0; k--) decref(made[k]);
  for (let k = have; k < n; k++) decref(made[k]);
}
