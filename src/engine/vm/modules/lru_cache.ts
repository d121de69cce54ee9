/**
 * functools._lru_cache_wrapper (CPython's Modules/_functoolsmodule.c, 3.11 to 3.13), natively.
 *
 * Layout (lru_cache_object, basicsize 152 + the GC head): the root lru_list_elem (PyObject_HEAD, prev, next,
 * hash, key, result), wrapper, typed, cache, hits, func, maxsize, misses, kwd_mark, lru_list_elem_type,
 * cache_info_type, dict (tp_dictoffset 136), weakreflist (144).  Both types are heap types in CPython
 * (PyType_FromModuleAndSpec): every instance owns a reference to its type and tp_traverse visits it.
 *
 * The three wrappers lru_cache_new chooses:
 *   maxsize == 0      uncached_lru_cache_wrapper: counts a miss and calls the function;
 *   maxsize is None   infinite_lru_cache_wrapper: cache dict key -> result;
 *   maxsize > 0       bounded_lru_cache_wrapper: cache dict key -> lru_list_elem (56 bytes, not a GC object)
 *                     whose links form a ring through the root, oldest first; a full cache reuses its
 *                     oldest link for the new entry.  The ring owns one reference to each link, the dict
 *                     another.
 * Keys (lru_cache_make_key): the call's argument tuple itself, or its single exact int / str argument,
 * unless there are keyword arguments or typed=True: then a new tuple of the positional arguments, kwd_mark
 * and the keyword items, then the argument types when typed.  The key is hashed once (the dict calls use
 * that known hash).
 *
 * The type has tp_call only (no vectorcall): each call goes through _PyObject_MakeTpCall, which packs the
 * positional arguments into a tuple and the keyword arguments into a dict (_PyStack_AsDict) and counts one
 * level of C recursion (" while calling a Python object").
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, xdecref, newref } from '../../objects/object';
import { None } from '../../objects/singletons';
import { T } from '../../objects/types';
import { E, raise } from '../../objects/exceptions';
import { TupleObject, newTuple, EMPTY_TUPLE } from '../../objects/sequences';
import { newInt } from '../../objects/numbers';
import { DictObject, DICT_HOOKS, newDict, dictSetItem, dictSetStr, dictClear, dictForEach } from '../../objects/dict';
import { DictTable } from '../../objects/dicttable';
import { PyHash } from '../../lib/pyhash';
import { onBootstrap, defineMethods, defineGetSets, typeDict, staticStr } from '../../objects/typeobject';
import { registerWeakrefable } from '../../objects/weakref';
import { newMethod } from '../../objects/funcobject';
import * as A from '../abstract';
import { kwCount, noArgs } from '../args';
import { nativeType, allocNative, freeNative, parseTupleKw, pyMinor, GENERIC_DICT_GETSET } from './nativetype';

export const LRU_CACHE_TYPE = nativeType('functools._lru_cache_wrapper', 152, TPFLAGS.HAVE_GC);
export const LRU_LIST_ELEM_TYPE = nativeType('functools._lru_list_elem', 56, 0);
LRU_CACHE_TYPE.hasDict = true;

/** A link of the ring: the root (inside the wrapper) or an lru_list_elem. */
interface Link {
  prev: Link;
  next: Link;
}

class LruListElem extends PyObject implements Link {
  prev: Link = this;
  next: Link = this;
  hashHi = 0;
  hashLo = 0;
  key: PyObject | null = null;
  result: PyObject | null = null;
}

const enum Kind {
  UNCACHED,
  INFINITE,
  BOUNDED,
}

class LruCacheObject extends PyObject {
  /** the root link: root.next is the oldest entry, root.prev the newest */
  readonly root: Link;
  kind = Kind.UNCACHED;
  typed = false;
  cache: DictObject | null = null;
  hits = 0;
  func: PyObject | null = null;
  /** -1 for maxsize=None (as lru_cache_new stores it) */
  maxsize: number | bigint = 0;
  misses = 0;
  kwdMark: PyObject | null = null;
  elemType: PyType | null = null;
  cacheInfoType: PyObject | null = null;
  constructor(tp: PyType) {
    super(tp);
    const root = {} as Link;
    root.prev = root;
    root.next = root;
    this.root = root;
  }
}

// ------------------------------------------------------------------ module state

/** _functools_state.kwd_mark of the running interpreter's module (object(), made by _functools_exec). */
const kwdMarks = new WeakMap<object, PyObject>();

/** _functools_exec's `state->kwd_mark = object()`: the module state holds it for the interpreter's life. */
export function initLruCacheState(): void {
  const mark = A.call0(T.object);
  kwdMarks.set(RT, mark);
  RT.moduleStateRefs.push(newref(mark));
  decref(mark);
}

// ------------------------------------------------------------------ recursion

/**
 * C recursion accounting (`_Py_EnterRecursiveCallTstate`) of a call through tp_call (_PyObject_MakeTpCall /
 * _PyObject_Call: " while calling a Python object") or, `pyFunction`, of the entry of the user function's
 * _PyEval_EvalFrameDefault (no suffix), as measured on 3.11.7 / 3.12.1 / 3.13.0 with chains of cached calls:
 *   3.11  one counter for C levels and Python frames against the recursion limit (the function's frame is
 *         counted by the eval loop; only its check is made here, with the C levels included);
 *   3.12  a C budget of 1000 levels, the module's frame taking one; the function's entry takes one;
 *   3.13  a C budget of 10000; the function's entry takes two.
 * The levels are kept apart from RT.cDepth (the engine's approximate C depth for reprs and comparisons,
 * checked against the recursion limit), and added to it for this check.  Returns the levels taken (released
 * by leaveRecursion).
 */
let lruLevels = 0;

function enterRecursion(pyFunction: boolean): number {
  const minor = pyMinor();
  const levels = !pyFunction ? 1 : minor === 11 ? 0 : minor === 12 ? 1 : 2;
  const used = (minor === 11 ? RT.depth : 1) + RT.cDepth + lruLevels;
  const limit = minor === 11 ? RT.recursionLimit : minor === 12 ? 1000 : 10000;
  if (used + Math.max(levels, 1) > limit) {
    raise(E.RecursionError, pyFunction ? 'maximum recursion depth exceeded' : 'maximum recursion depth exceeded while calling a Python object');
  }
  lruLevels += levels;
  return levels;
}

function leaveRecursion(levels: number): void {
  lruLevels -= levels;
}

// ------------------------------------------------------------------ calling the user function

/**
 * PyObject_Call(self->func, args, kwds).  A Python function is called through _PyVectorcall_Call: without
 * keywords straight from the tuple's items; with keywords _PyStack_UnpackDict copies the arguments to a new
 * stack (PyMem) with a kwnames tuple.  Another lru wrapper (tp_call) receives the same tuple and dict.
 */
function callFunc(func: PyObject, args: TupleObject, kwds: DictObject | null): PyObject {
  if (func instanceof LruCacheObject) {
    const levels = enterRecursion(false);
    try {
      return dispatch(func, args, kwds);
    } finally {
      leaveRecursion(levels);
    }
  }
  const items = args.items.slice();
  const isPy = func.ob_type === T.function;
  if (kwds === null || kwds.table.used === 0) {
    if (!isPy) return A.call(func, items, 0, items.length, null);
    const levels = enterRecursion(true);
    try {
      return A.call(func, items, 0, items.length, null);
    } finally {
      leaveRecursion(levels);
    }
  }
  if (!isPy) return RT.ext.callEx(func, args, kwds);
  // _PyStack_UnpackDict: the stack (one slot in front for PY_VECTORCALL_ARGUMENTS_OFFSET), then kwnames
  const nargs = items.length;
  const nbytes = 8 * (1 + nargs + kwds.table.used);
  const stackAddr = RT.heap.malloc(nbytes);
  const stack = items;
  const names: PyObject[] = [];
  // (the keys are the str names of a call's keyword arguments: _PyObject_MakeTpCall made the dict)
  dictForEach(kwds, (k, v) => {
    names.push(newref(k));
    stack.push(v);
  });
  const kwnames = newTuple(names);
  try {
    const levels = enterRecursion(true);
    try {
      return A.call(func, stack, 0, nargs, kwnames);
    } finally {
      leaveRecursion(levels);
    }
  } finally {
    RT.heap.free(stackAddr, nbytes);
    decref(kwnames);
  }
}

// ------------------------------------------------------------------ keys

const H = new PyHash();

/** lru_cache_make_key: new reference. */
function makeKey(kwdMark: PyObject, args: TupleObject, kwds: DictObject | null, typed: boolean): PyObject {
  const kwdsSize = kwds === null ? 0 : kwds.table.used;
  const items = args.items;
  if (!typed && kwdsSize === 0) {
    if (items.length === 1) {
      const key = items[0];
      // common scalar keys save space by dropping the enclosing args tuple
      if (key.ob_type === T.str || key.ob_type === T.int) return newref(key);
    }
    return newref(args);
  }
  const key: PyObject[] = [];
  for (const x of items) key.push(newref(x));
  const kwValues: PyObject[] = [];
  if (kwdsSize > 0) {
    key.push(newref(kwdMark));
    dictForEach(kwds!, (k, v) => {
      key.push(newref(k), newref(v));
      kwValues.push(v);
    });
  }
  if (typed) {
    for (const x of items) key.push(newref(x.ob_type));
    for (const v of kwValues) key.push(newref(v.ob_type));
  }
  return newTuple(key);
}

/** PyObject_Hash(key) into H (may raise). */
function hashKey(key: PyObject): void {
  DICT_HOOKS.hash(key, H);
}

/** _PyDict_SetItem_KnownHash (borrowed key and value). */
function setKnownHash(d: DictObject, key: PyObject, hhi: number, hlo: number, value: PyObject): void {
  incref(key);
  incref(value);
  let old: PyObject | undefined;
  try {
    old = d.table.setKnownHash(key, hhi, hlo, value);
  } catch (e) {
    decref(key);
    decref(value);
    throw e;
  }
  // MAINTAIN_TRACKING
  if (!RT.gc.isTracked(d) && (RT.gc.mayBeTracked(value) || RT.gc.mayBeTracked(key))) RT.gc.track(d);
  if (old !== undefined) {
    decref(key);
    decref(old);
  }
}

/** _PyDict_Pop_KnownHash: the removed value (new reference) or null when the key is missing. */
function popKnownHash(d: DictObject, key: PyObject, hhi: number, hlo: number): PyObject | null {
  if (d.table.used === 0) return null;
  const old = d.table.deleteKnownHash(key, hhi, hlo);
  if (old === undefined) return null;
  const k = d.table.lastKey!;
  d.table.lastKey = undefined;
  decref(k);
  return old;
}

// ------------------------------------------------------------------ the wrappers

function dispatch(self: LruCacheObject, args: TupleObject, kwds: DictObject | null): PyObject {
  switch (self.kind) {
    case Kind.UNCACHED:
      self.misses++;
      return callFunc(self.func!, args, kwds);
    case Kind.INFINITE:
      return infiniteWrapper(self, args, kwds);
    default:
      return boundedWrapper(self, args, kwds);
  }
}

/** A miss of either cached wrapper: count it and call the function; its error releases the key. */
function callOnMiss(self: LruCacheObject, key: PyObject, args: TupleObject, kwds: DictObject | null): PyObject {
  self.misses++;
  try {
    return callFunc(self.func!, args, kwds);
  } catch (e) {
    decref(key);
    throw e;
  }
}

function infiniteWrapper(self: LruCacheObject, args: TupleObject, kwds: DictObject | null): PyObject {
  const key = makeKey(self.kwdMark!, args, kwds, self.typed);
  let hhi: number;
  let hlo: number;
  try {
    hashKey(key);
    hhi = H.hi;
    hlo = H.lo;
    const hit = self.cache!.table.getKnownHash(key, hhi, hlo);
    if (hit !== undefined) {
      self.hits++;
      decref(key);
      return newref(hit);
    }
  } catch (e) {
    decref(key);
    throw e;
  }
  const result = callOnMiss(self, key, args, kwds);
  try {
    // (a running call holds a reference to the wrapper: tp_clear cannot have dropped the cache)
    setKnownHash(self.cache!, key, hhi, hlo, result);
  } catch (e) {
    decref(result);
    decref(key);
    throw e;
  }
  decref(key);
  return result;
}

function extractLink(link: Link): void {
  const prev = link.prev;
  const next = link.next;
  prev.next = link.next;
  next.prev = link.prev;
}

function appendLink(self: LruCacheObject, link: Link): void {
  const root = self.root;
  const last = root.prev;
  last.next = root.prev = link;
  link.prev = last;
  link.next = root;
}

function prependLink(self: LruCacheObject, link: Link): void {
  const root = self.root;
  const first = root.next;
  first.prev = root.next = link;
  link.prev = root;
  link.next = first;
}

/*
 * bounded_lru_cache_wrapper.  Re-entrancy (CPython's note): the dict calls use the known hash, so only a
 * key's __eq__ can run Python code (the first lookup, and the later ones when some other key has exactly
 * the same hash); decrefs that may run __del__ come last on each path, once the cache is consistent.
 */
function boundedWrapper(self: LruCacheObject, args: TupleObject, kwds: DictObject | null): PyObject {
  const key = makeKey(self.kwdMark!, args, kwds, self.typed);
  let hhi: number;
  let hlo: number;
  try {
    hashKey(key);
    hhi = H.hi;
    hlo = H.lo;
    const hit = self.cache!.table.getKnownHash(key, hhi, hlo) as LruListElem | undefined;
    if (hit !== undefined) {
      extractLink(hit);
      appendLink(self, hit);
      const result = hit.result!;
      self.hits++;
      incref(result);
      decref(key);
      return result;
    }
  } catch (e) {
    decref(key);
    throw e;
  }
  const result = callOnMiss(self, key, args, kwds);
  const cache = self.cache!;
  let test: PyObject | undefined;
  try {
    test = cache.table.getKnownHash(key, hhi, hlo);
  } catch (e) {
    // unusual: the same lookup did not fail before the call; treated as an error of the user function
    decref(key);
    decref(result);
    throw e;
  }
  if (test !== undefined) {
    // the same key was added during the call: the link update is done, return the computed result
    decref(key);
    return result;
  }
  if (cache.table.used < self.maxsize || self.root.next === self.root) {
    // the cache is not full: a new link (PyObject_New: refcount 1, owned by the ring)
    const link = new LruListElem(self.elemType!);
    incref(self.elemType!);
    allocNative(link, false);
    link.hashHi = hhi;
    link.hashLo = hlo;
    link.key = key;
    link.result = result;
    // no "no clobber" SetItem: a re-entrant __eq__ adding this key leaves the old link an orphan
    try {
      setKnownHash(cache, key, hhi, hlo, link);
    } catch (e) {
      decref(link);
      throw e;
    }
    appendLink(self, link);
    return newref(result);
  }
  // full: evict the oldest link and reuse it for the new key and result
  const link = self.root.next as LruListElem;
  extractLink(link);
  let popresult: PyObject | null;
  try {
    popresult = popKnownHash(cache, link.key!, link.hashHi, link.hashLo);
  } catch (e) {
    // restore the link as the oldest; the error propagates as if from the user function
    prependLink(self, link);
    decref(key);
    decref(result);
    throw e;
  }
  if (popresult === null) {
    // the user function removed the old key: the link is an orphan and is not restored
    decref(link);
    decref(key);
    return result;
  }
  // hold the old key and result until the links are consistent (their __del__ may run code)
  const oldkey = link.key!;
  const oldresult = link.result!;
  link.hashHi = hhi;
  link.hashLo = hlo;
  link.key = key;
  link.result = result;
  // the link goes into the dict before the ring: a re-entrant __eq__ must not see it half linked
  try {
    setKnownHash(cache, key, hhi, hlo, link);
  } catch (e) {
    // the old link cannot be restored: the cache stays one link short
    decref(popresult);
    decref(link);
    decref(oldkey);
    decref(oldresult);
    throw e;
  }
  appendLink(self, link);
  incref(result);
  decref(popresult);
  decref(oldkey);
  decref(oldresult);
  return result;
}

// ------------------------------------------------------------------ tp_call (_PyObject_MakeTpCall)

function lruCall(o: PyObject, a: PyObject[], s: number, n: number, kwnames: PyObject | null): PyObject {
  const self = o as LruCacheObject;
  // the argument tuple, then the keyword dict (_PyStack_AsDict, presized), released in that order
  let args: TupleObject;
  const ex = RT.ext.exCallArgsTuple(a, s, n) as TupleObject | null;
  if (ex !== null) args = newref(ex); // PyObject_Call from f(*t): the exact tuple itself
  else if (n === 0) args = newref(EMPTY_TUPLE);
  else {
    const items = a.slice(s, s + n);
    for (const x of items) incref(x);
    args = newTuple(items);
  }
  let kwds: DictObject | null = null;
  const nkw = kwCount(kwnames);
  if (nkw > 0) {
    kwds = newDict();
    const pre = DictTable.newPresized<PyObject, PyObject>(DICT_HOOKS, nkw, false, kwds);
    kwds.table.dispose();
    kwds.table = pre;
    const names = (kwnames as TupleObject).items;
    for (let i = 0; i < nkw; i++) dictSetItem(kwds, names[i], a[s + n + i]);
  }
  try {
    const levels = enterRecursion(false);
    try {
      return dispatch(self, args, kwds);
    } finally {
      leaveRecursion(levels);
    }
  } finally {
    decref(args);
    xdecref(kwds);
  }
}

// ------------------------------------------------------------------ lru_cache_new

function lruNew(type: PyType, a: PyObject[], s: number, n: number, kwnames: PyObject | null): PyObject {
  const [func, maxsizeO, typedO, cacheInfoType] = parseTupleKw(
    'lru_cache', a, s, n, kwnames, ['user_function', 'maxsize', 'typed', 'cache_info_type'], 4,
  );
  const typed = A.isTrue(typedO!);
  if (!A.callable(func!)) raise(E.TypeError, 'the first argument must be callable');
  let kind: Kind;
  let maxsize: number | bigint;
  if (maxsizeO === None) {
    kind = Kind.INFINITE;
    maxsize = -1;
  } else if (maxsizeO!.ob_type.nb_index !== null) {
    // PyNumber_AsSsize_t(maxsize, OverflowError)
    const v = A.indexValue(maxsizeO!);
    if (typeof v === 'bigint' && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
      raise(E.OverflowError, `cannot fit 'int' into an index-sized integer`);
    }
    maxsize = v < 0 ? 0 : v;
    kind = maxsize === 0 ? Kind.UNCACHED : Kind.BOUNDED;
  } else {
    raise(E.TypeError, 'maxsize should be integer or None');
  }
  const cachedict = newDict();
  const obj = new LruCacheObject(type);
  incref(type);
  allocNative(obj);
  obj.kind = kind;
  obj.typed = typed;
  obj.cache = cachedict;
  obj.func = newref(func!);
  obj.maxsize = maxsize;
  obj.kwdMark = newref(kwdMarks.get(RT)!);
  obj.elemType = newref(LRU_LIST_ELEM_TYPE);
  obj.cacheInfoType = newref(cacheInfoType!);
  return obj;
}

// ------------------------------------------------------------------ clearing

/** lru_cache_unlink_list: detach the ring from the root; the first link or null (the last one ends it). */
function unlinkList(self: LruCacheObject): LruListElem | null {
  const root = self.root;
  const link = root.next;
  if (link === root) return null;
  (root.prev as LruListElem).next = null as unknown as Link;
  root.next = root.prev = root;
  return link as LruListElem;
}

/** lru_cache_clear_list: release the ring's reference to each link, first to last. */
function clearList(link: LruListElem | null): void {
  while (link !== null) {
    const next = link.next as LruListElem | null;
    decref(link);
    link = next;
  }
}

function lruTpClear(o: PyObject): void {
  const self = o as LruCacheObject;
  const list = unlinkList(self);
  const cache = self.cache;
  self.cache = null;
  xdecref(cache);
  const func = self.func;
  self.func = null;
  xdecref(func);
  const mark = self.kwdMark;
  self.kwdMark = null;
  xdecref(mark);
  const et = self.elemType;
  self.elemType = null;
  xdecref(et);
  const cit = self.cacheInfoType;
  self.cacheInfoType = null;
  xdecref(cit);
  const d = self.dict;
  self.dict = null;
  xdecref(d);
  clearList(list);
}

// ------------------------------------------------------------------ slots and methods

onBootstrap(() => {
  registerWeakrefable(LRU_CACHE_TYPE);
  const lt = LRU_CACHE_TYPE;
  lt.tp_doc =
    'Create a cached callable that wraps another function.\n\n' +
    'user_function:      the function being cached\n\n' +
    'maxsize:  0         for no caching\n' +
    '          None      for unlimited cache size\n' +
    '          n         for a bounded cache\n\n' +
    'typed:    False     cache f(3) and f(3.0) as identical calls\n' +
    '          True      cache f(3) and f(3.0) as distinct calls\n\n' +
    'cache_info_type:    namedtuple class with the fields:\n' +
    '                        hits misses currsize maxsize\n';
  // heap types in CPython (PyType_FromModuleAndSpec): __module__ lives in the type's dict
  dictSetStr(typeDict(lt), '__module__', staticStr('functools'));
  dictSetStr(typeDict(LRU_LIST_ELEM_TYPE), '__module__', staticStr('functools'));
  lt.tp_new = lruNew;
  lt.tp_call = lruCall;
  lt.tp_descr_get = (self, obj) => (obj === null || obj === None ? newref(self) : newMethod(self, obj));
  lt.tp_traverse = (o, visit) => {
    const self = o as LruCacheObject;
    visit(o.ob_type);
    let link = self.root.next;
    while (link !== self.root) {
      const l = link as LruListElem;
      const next = l.next;
      if (l.key !== null) visit(l.key);
      if (l.result !== null) visit(l.result);
      visit(l.ob_type);
      link = next;
    }
    if (self.cache !== null) visit(self.cache);
    if (self.func !== null) visit(self.func);
    if (self.kwdMark !== null) visit(self.kwdMark);
    if (self.elemType !== null) visit(self.elemType);
    if (self.cacheInfoType !== null) visit(self.cacheInfoType);
    if (self.dict !== null) visit(self.dict);
  };
  lt.tp_clear = lruTpClear;
  lt.tp_dealloc = (o) => {
    const tp = o.ob_type;
    // bpo-31095: untrack before any callback
    RT.gc.untrack(o);
    RT.clearWeakrefs(o);
    lruTpClear(o);
    freeNative(o);
    decref(tp);
  };
  // Py_TPFLAGS_DISALLOW_INSTANTIATION
  LRU_LIST_ELEM_TYPE.tp_new = () => raise(E.TypeError, "cannot create 'functools._lru_list_elem' instances");
  LRU_LIST_ELEM_TYPE.tp_dealloc = (o) => {
    const link = o as LruListElem;
    const tp = o.ob_type;
    const key = link.key;
    link.key = null;
    xdecref(key);
    const result = link.result;
    link.result = null;
    xdecref(result);
    freeNative(o);
    decref(tp);
  };
  defineGetSets(lt, {
    __dict__: GENERIC_DICT_GETSET,
  });
  const varargsNoKw = (name: string, kwnames: PyObject | null): void => {
    if (kwCount(kwnames) > 0) raise(E.TypeError, `_lru_cache_wrapper.${name}() takes no keyword arguments`);
  };
  defineMethods(lt, {
    cache_info: {
      doc: 'Report cache statistics',
      fn: (o, _a, _s, n, kw) => {
        noArgs('_lru_cache_wrapper.cache_info', n, kw);
        const self = o as LruCacheObject;
        // PyObject_CallFunction(cache_info_type, "nnOn" / "nnnn", ...): a vectorcall with the values built
        // on a C stack (_Py_VaBuildStack), released first to last
        const items = [
          newInt(self.hits),
          newInt(self.misses),
          self.maxsize === -1 ? newref(None) : newInt(self.maxsize),
          newInt(self.cache!.table.used),
        ];
        try {
          return A.call(self.cacheInfoType!, items.slice(), 0, 4, null);
        } finally {
          for (const x of items) decref(x);
        }
      },
    },
    cache_clear: {
      doc: 'Clear the cache and cache statistics',
      fn: (o, _a, _s, n, kw) => {
        noArgs('_lru_cache_wrapper.cache_clear', n, kw);
        const self = o as LruCacheObject;
        const list = unlinkList(self);
        self.hits = 0;
        self.misses = 0;
        dictClear(self.cache!);
        clearList(list);
        return newref(None);
      },
    },
    __reduce__: (o, _a, _s, n, kw) => {
      noArgs('_lru_cache_wrapper.__reduce__', n, kw);
      return A.getAttrStr(o, '__qualname__');
    },
    __copy__: (o, _a, _s, _n, kw) => {
      varargsNoKw('__copy__', kw);
      return newref(o);
    },
    __deepcopy__: (o, _a, _s, _n, kw) => {
      varargsNoKw('__deepcopy__', kw);
      return newref(o);
    },
  });
});
