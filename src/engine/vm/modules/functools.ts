/**
 * _functools (CPython's Modules/_functoolsmodule.c), natively:
 *   reduce        with the recycled 2-tuple of arguments and CPython's messages;
 *   partial       type functools.partial (fn, args tuple, kw dict, __dict__, weakrefs; basicsize 64):
 *                 flattening of nested partials without an instance dict, vectorcall when the stored
 *                 keywords are empty (a PyMem stack beyond 5 arguments), PyObject_Call with a merged
 *                 keyword dict otherwise, repr / __reduce__ / __setstate__;
 *   cmp_to_key    returns a functools.KeyWrapper (cmp, object; basicsize 32) whose call wraps an object.
 *   _lru_cache_wrapper  the type lru_cache() wraps a function with (lru_cache.ts).
 * lru_cache, wraps, total_ordering... are Python (src/engine/stdlib/functools.py).
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, xdecref, newref } from '../../objects/object';
import { None } from '../../objects/singletons';
import { T } from '../../objects/types';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { TupleObject, newTuple } from '../../objects/sequences';
import { newInt } from '../../objects/numbers';
import { DictObject, newDict, dictSetItem, dictSetStr, dictForEach, dictGetItem } from '../../objects/dict';
import { onBootstrap, defineMethods, defineGetSets } from '../../objects/typeobject';
import { dictCopy, dictMerge } from '../../objects/dictmethods';
import { registerWeakrefable } from '../../objects/weakref';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { kwCount, noArgs, oneArg } from '../args';
import { nativeType, allocNative, freeNative, holdTypeRefs, moduleFn, parseTupleKw, pyMinor, GENERIC_DICT_GETSET } from './nativetype';
import { LRU_CACHE_TYPE, initLruCacheState } from './lru_cache';
import { PyErr } from '../../objects/object';
import { excMatches } from '../../objects/exceptions';

const GC = TPFLAGS.HAVE_GC;

export const PARTIAL_TYPE = nativeType('functools.partial', 64, GC | TPFLAGS.BASETYPE);
export const KEYWRAPPER_TYPE = nativeType('functools.KeyWrapper', 32, GC);
// heap types since 3.11: their instances hold a reference to them
holdTypeRefs(PARTIAL_TYPE, KEYWRAPPER_TYPE);
PARTIAL_TYPE.hasDict = true;

export class PartialObject extends PyObject {
  fn: PyObject | null = null;
  args: TupleObject | null = null;
  kw: DictObject | null = null;
  /**
   * pto->vectorcall: partial_vectorcall_fallback clears it (a call with stored keywords), __setstate__ sets it
   * again (partial_setvectorcall). Without it PyObject_Call from f(**kw) calls partial_call with the call's
   * own tuple and dict (objects/core_func.ts callWithKwDict).
   */
  vectorcall = true;
}

class KeyObject extends PyObject {
  cmp: PyObject | null = null;
  object: PyObject | null = null;
}



// ------------------------------------------------------------------ partial

function partialNew(type: PyType, a: PyObject[], s: number, n: number, kwnames: PyObject | null): PyObject {
  if (n < 1) raise(E.TypeError, "type 'partial' takes at least one argument");
  let func = a[s];
  let pargs: TupleObject | null = null;
  let pkw: DictObject | null = null;
  if (func.ob_type.tp_call === PARTIAL_TYPE.tp_call && func instanceof PartialObject && func.dict === null) {
    pargs = func.args;
    pkw = func.kw;
    func = func.fn!;
  }
  if (!A.callable(func)) raise(E.TypeError, 'the first argument must be callable');
  // the kwargs dict the call machinery built (refcount 1: kept as is)
  const nkw = kwCount(kwnames);
  let kw: DictObject | null = null;
  if (nkw > 0) {
    kw = newDict();
    const names = (kwnames as TupleObject).items;
    for (let i = 0; i < nkw; i++) dictSetItem(kw, names[i], a[s + n + i]);
  }
  const pto = new PartialObject(type);
  allocNative(pto);
  pto.fn = newref(func);
  const rest = a.slice(s + 1, s + n);
  for (const x of rest) incref(x);
  const nargs = newTuple(rest);
  if (pargs === null) pto.args = nargs;
  else {
    const items = pargs.items.concat(nargs.items);
    if (nargs.items.length === 0) pto.args = newref(pargs);
    else if (pargs.items.length === 0) pto.args = newref(nargs);
    else {
      for (const x of items) incref(x);
      pto.args = newTuple(items);
    }
    decref(nargs);
  }
  if (pkw === null || pkw.table.used === 0) {
    pto.kw = kw ?? newDict();
  } else {
    pto.kw = dictCopy(pkw);
    if (kw !== null) {
      dictMerge(pto.kw, kw, 1);
      decref(kw);
    }
  }
  return pto;
}

function partialClear(o: PyObject): void {
  const p = o as PartialObject;
  const fn = p.fn;
  p.fn = null;
  xdecref(fn);
  const args = p.args;
  p.args = null;
  xdecref(args);
  const kw = p.kw;
  p.kw = null;
  xdecref(kw);
  const d = p.dict;
  p.dict = null;
  xdecref(d);
}

const SMALL_STACK = 5;

function partialCall(self: PyObject, a: PyObject[], s: number, n: number, kwnames: PyObject | null): PyObject {
  const p = self as PartialObject;
  const fn = p.fn!;
  const pargs = p.args!.items;
  const nkw = kwCount(kwnames);
  if (p.kw!.table.used === 0) {
    // partial_vectorcall
    const total = pargs.length + n + nkw;
    if (n + nkw === 0) return A.call(fn, pargs.slice(), 0, pargs.length, null);
    let stackAddr = 0;
    if (total > SMALL_STACK) stackAddr = RT.heap.malloc(8 * total);
    try {
      const stack = pargs.concat(a.slice(s, s + n + nkw));
      return A.call(fn, stack, 0, pargs.length + n, kwnames);
    } finally {
      if (stackAddr !== 0) RT.heap.free(stackAddr, 8 * total);
    }
  }
  // partial_vectorcall_fallback (pto->vectorcall = NULL) → _PyObject_MakeTpCall → partial_call(args tuple,
  // kwargs dict); PyObject_Call from f(*t, **kw) passes its own tuple and dict
  p.vectorcall = false;
  const callArgs = a.slice(s, s + n);
  const exT = RT.ext.exCallArgsTuple(a, s, n) as TupleObject | null;
  let argsT: TupleObject;
  if (exT !== null) argsT = newref(exT);
  else {
    for (const x of callArgs) incref(x);
    argsT = newTuple(callArgs);
  }
  let kwargs: DictObject | null = null;
  if (nkw > 0) {
    const exD = RT.ext.exCallKwDict(a, s, n) as DictObject | null;
    if (exD !== null) kwargs = newref(exD);
    else {
      kwargs = newDict();
      const names = (kwnames as TupleObject).items;
      for (let i = 0; i < nkw; i++) dictSetItem(kwargs, names[i], a[s + n + i]);
    }
  }
  let args2: TupleObject;
  if (pargs.length === 0) args2 = newref(argsT);
  else if (callArgs.length === 0) args2 = newref(p.args!);
  else {
    const items = pargs.concat(callArgs);
    for (const x of items) incref(x);
    args2 = newTuple(items);
  }
  let kwargs2: DictObject | null;
  try {
    kwargs2 = dictCopy(p.kw!);
    if (kwargs !== null) dictMerge(kwargs2, kwargs, 1);
  } catch (e) {
    decref(args2);
    decref(argsT);
    xdecref(kwargs);
    throw e;
  }
  try {
    return RT.ext.callEx(fn, args2, kwargs2);
  } finally {
    decref(args2);
    decref(kwargs2);
    decref(argsT);
    xdecref(kwargs);
  }
}

function partialRepr(o: PyObject): PyObject {
  const p = o as PartialObject;
  if (RT.ext.reprEnter(o)) return newStr('...');
  try {
    let arglist = '';
    // the args tuple and kw dict may change while the reprs run: hold them
    const args = newref(p.args!);
    try {
      for (const x of args.items) arglist += `, ${A.reprString(x)}`;
    } finally {
      decref(args);
    }
    const kw = newref(p.kw!);
    try {
      dictForEach(kw, (k, v) => {
        arglist += `, ${A.strString(k)}=${A.reprString(v)}`;
      });
    } finally {
      decref(kw);
    }
    const tp = o.ob_type;
    let name: string;
    if (tp === PARTIAL_TYPE) name = 'functools.partial';
    else if (pyMinor() >= 13) {
      const mod = A.getAttrStr(tp, '__module__');
      try {
        name = `${A.strString(mod)}.${tp.tp_qualname}`;
      } finally {
        decref(mod);
      }
    } else name = tp.tp_qualname;
    return newStr(`${name}(${A.reprString(p.fn!)}${arglist})`);
  } finally {
    RT.ext.reprLeave(o);
  }
}

// ------------------------------------------------------------------ KeyWrapper

function newKeyObject(cmp: PyObject, obj: PyObject | null): KeyObject {
  const k = new KeyObject(KEYWRAPPER_TYPE);
  allocNative(k, false);
  k.cmp = newref(cmp);
  k.object = obj === null ? null : newref(obj);
  RT.gc.track(k);
  return k;
}

// ------------------------------------------------------------------ reduce

function reduceFn(_self: PyObject, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  if (kwCount(kw) > 0) raise(E.TypeError, 'reduce() takes no keyword arguments');
  if (n < 2) raise(E.TypeError, `reduce expected at least 2 arguments, got ${n}`);
  if (n > 3) raise(E.TypeError, `reduce expected at most 3 arguments, got ${n}`);
  const func = a[s];
  const seq = a[s + 1];
  let result: PyObject | null = n > 2 ? newref(a[s + 2]) : null;
  let it: PyObject;
  try {
    it = A.getIter(seq);
  } catch (e) {
    xdecref(result);
    if (e instanceof PyErr && excMatches(e.exc, E.TypeError)) {
      decref(e.exc);
      raise(E.TypeError, 'reduce() arg 2 must support iteration');
    }
    throw e;
  }
  let args: TupleObject | null = null;
  try {
    args = newTuple([newref(None), newref(None)]);
    for (;;) {
      if (args.ob_refcnt > 1) {
        decref(args);
        args = null;
        args = newTuple([newref(None), newref(None)]);
      }
      const op2 = A.iterNext(it);
      if (op2 === null) break;
      if (result === null) result = op2;
      else {
        const old0 = args.items[0];
        args.items[0] = result;
        result = null;
        decref(old0);
        const old1 = args.items[1];
        args.items[1] = op2;
        decref(old1);
        result = A.call(func, args.items.slice(), 0, 2, null);
        if (!RT.gc.isTracked(args)) RT.gc.track(args);
      }
    }
  } catch (e) {
    xdecref(args);
    xdecref(result);
    decref(it);
    throw e;
  }
  decref(args);
  if (result === null) {
    decref(it);
    raise(E.TypeError, 'reduce() of empty iterable with no initial value');
  }
  decref(it);
  return result;
}

// ------------------------------------------------------------------ slots

onBootstrap(() => {
  registerWeakrefable(PARTIAL_TYPE);
  const pt = PARTIAL_TYPE;
  pt.tp_new = partialNew;
  pt.tp_call = partialCall;
  pt.tp_repr = partialRepr;
  pt.tp_traverse = (o, visit) => {
    const p = o as PartialObject;
    if (p.fn !== null) visit(p.fn);
    if (p.args !== null) visit(p.args);
    if (p.kw !== null) visit(p.kw);
    if (p.dict !== null) visit(p.dict);
  };
  pt.tp_clear = partialClear;
  pt.tp_dealloc = (o) => {
    RT.gc.untrack(o);
    // partial_dealloc clears the weakrefs of a subclass's instance too (subtype_dealloc leaves them to it)
    RT.clearWeakrefs(o);
    partialClear(o);
    freeNative(o);
  };
  const ro = () => raise(E.AttributeError, 'readonly attribute');
  defineGetSets(pt, {
    func: { get: (o) => newref((o as PartialObject).fn ?? None), set: ro, doc: 'function object to use in future partial calls' },
    args: { get: (o) => newref((o as PartialObject).args ?? None), set: ro, doc: 'tuple of arguments to future partial calls' },
    keywords: { get: (o) => newref((o as PartialObject).kw ?? None), set: ro, doc: 'dictionary of keyword arguments to future partial calls' },
    __dict__: GENERIC_DICT_GETSET,
  });
  defineMethods(pt, {
    __reduce__: (self, _a, _s, n, kw) => {
      noArgs('partial.__reduce__', n, kw);
      const p = self as PartialObject;
      return newTuple([
        newref(self.ob_type),
        newTuple([newref(p.fn!)]),
        newTuple([newref(p.fn!), newref(p.args!), newref(p.kw!), newref(self.dict ?? None)]),
      ]);
    },
    __setstate__: (self, a, s, n, kw) => {
      oneArg('partial.__setstate__', n, kw);
      const p = self as PartialObject;
      const state = a[s];
      if (!(state instanceof TupleObject) || state.items.length !== 4) raise(E.TypeError, 'invalid partial state');
      const [fn, fnargs, kwo, dict] = state.items;
      if (!A.callable(fn) || !(fnargs instanceof TupleObject) || (kwo !== None && !(kwo instanceof DictObject)))
        raise(E.TypeError, 'invalid partial state');
      const newArgs = fnargs.ob_type === T.tuple ? newref(fnargs) : newTuple(A.toArray(fnargs));
      let newKw: DictObject;
      if (kwo === None) newKw = newDict();
      else if (kwo.ob_type !== T.dict) newKw = dictCopy(kwo as DictObject);
      else newKw = newref(kwo as DictObject);
      const newDictO = dict === None ? null : newref(dict);
      const oldFn = p.fn;
      p.fn = newref(fn);
      xdecref(oldFn);
      const oldArgs = p.args;
      p.args = newArgs;
      xdecref(oldArgs);
      const oldKw = p.kw;
      p.kw = newKw;
      xdecref(oldKw);
      const oldDict = self.dict;
      self.dict = newDictO;
      xdecref(oldDict);
      p.vectorcall = true;
      return newref(None);
    },
    __class_getitem__: {
      kind: 'class',
      fn: (cls, a, s, n, kw) => {
        oneArg('__class_getitem__', n, kw);
        const ga = RT.ext.genericAlias as ((origin: PyObject, args: PyObject) => PyObject) | undefined;
        if (typeof ga !== 'function') raise(E.TypeError, `type '${(cls as PyType).tp_name}' is not subscriptable`);
        return ga(cls, a[s]);
      },
    },
  });

  const kt = KEYWRAPPER_TYPE;
  kt.tp_hash = null;
  kt.tp_call = (self, a, s, n, kw) => {
    const [obj] = parseTupleKw('K', a, s, n, kw, ['obj'], 1);
    return newKeyObject((self as KeyObject).cmp!, obj);
  };
  kt.tp_richcompare = (v, w, op) => {
    if (w.ob_type !== v.ob_type) raise(E.TypeError, 'other argument must be K instance');
    const x = (v as KeyObject).object;
    const y = (w as KeyObject).object;
    if (x === null || y === null) raise(E.AttributeError, 'object');
    const res = A.call((v as KeyObject).cmp!, [x, y], 0, 2, null);
    const zero = newInt(0);
    try {
      return A.richCompare(res, zero, op);
    } finally {
      decref(zero);
      decref(res);
    }
  };
  kt.tp_traverse = (o, visit) => {
    const k = o as KeyObject;
    if (k.cmp !== null) visit(k.cmp);
    if (k.object !== null) visit(k.object);
  };
  kt.tp_clear = (o) => {
    const k = o as KeyObject;
    const c = k.cmp;
    k.cmp = null;
    xdecref(c);
    const ob = k.object;
    k.object = null;
    xdecref(ob);
  };
  kt.tp_dealloc = (o) => {
    const k = o as KeyObject;
    RT.gc.untrack(k);
    xdecref(k.cmp);
    xdecref(k.object);
    k.cmp = null;
    k.object = null;
    freeNative(k);
  };
  defineGetSets(kt, {
    obj: {
      get: (o) => newref((o as KeyObject).object ?? None),
      set: (o, v) => {
        const k = o as KeyObject;
        const old = k.object;
        k.object = v === null ? null : newref(v);
        xdecref(old);
      },
      doc: 'Value wrapped by a key function.',
    },
  });
});


const cmpToKeyFn = (_self: PyObject, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject => {
  const [mycmp] = parseTupleKw('cmp_to_key', a, s, n, kw, ['mycmp'], 1);
  return newKeyObject(mycmp!, null);
};

NATIVE_MODULES._functools = () => {
  const m = RT.ext.newModule('_functools');
  const d = m.dict as DictObject;
  // _functools_exec: the kwd_mark object of the module state comes first
  initLruCacheState();
  dictSetStr(d, 'partial', PARTIAL_TYPE);
  dictSetStr(d, '_lru_cache_wrapper', LRU_CACHE_TYPE);
  dictSetStr(d, 'KeyWrapper', KEYWRAPPER_TYPE);
  moduleFn(m, 'reduce', reduceFn);
  moduleFn(m, 'cmp_to_key', cmpToKeyFn, 'Convert a cmp= function into a key= function.');
  return m;
};

void StrObject;
void dictGetItem;
