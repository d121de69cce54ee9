/**
 * A frame's locals as Python sees them: `frame.f_locals` and `locals()`.
 *
 * 3.11 / 3.12 (PyFrame_FastToLocalsWithError): a function frame's f_locals is a dict the interpreter frame
 * keeps (`Frame.locals`, the field that holds a module's or class body's namespace; null until first
 * asked for). Each access copies the fast locals into it (deleting the names whose slot is empty) and
 * returns that same dict, so `f.f_locals is f.f_locals` and `locals() is locals()`. The dict holds
 * references to the values; it lives as long as the frame (or the frame object, after take_ownership).
 *
 * 3.13 (PEP 667): a function frame's f_locals is a new FrameLocalsProxy each time: a write-through view
 * of the fast locals (names that are not fast locals go to the frame object's f_extra_locals dict).
 * locals() in a function returns a fresh dict copied from such a proxy (which makes the frame object).
 * Module and class frames return their namespace in every version.
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, incref, decref, newref, xdecref } from '../objects/object';
import { T } from '../objects/types';
import { None, NotImplemented } from '../objects/singletons';
import { E, raise, excMatches } from '../objects/exceptions';
import { StrObject, newStr } from '../objects/str';
import { newBool } from '../objects/numbers';
import { TupleObject, newTuple, newList, newListFrom, listAppend, type ListObject } from '../objects/sequences';
import { DictObject, newDict, dictGetItem, dictSetItem, dictDelItem, dictForEach, dictLen } from '../objects/dict';
import type { CellObject, CodeObject } from '../objects/funcobject';
import { onBootstrap, defineMethods } from '../objects/typeobject';
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_OPTIMIZED } from '../compiler/code';
import { allocNative, freeNative, nativeType } from './modules/nativetype';
import * as A from './abstract';
import { Frame, FrameObject, frameObjectOf } from './frame';
import { RT_EXT } from './rtext';

const NO_SLOTS: (PyObject | null)[] = [];

/** The fast locals of a frame object: the live frame's slots, or the ones it took over when it finished. */
function slotsOf(fo: FrameObject): (PyObject | null)[] {
  return fo.frame !== null ? fo.frame.s : (fo.owned ?? NO_SLOTS);
}

/**
 * The value of local `i` as f_locals shows it (a cell's contents for cell and free variables), or null when
 * unbound. Borrowed.
 */
function localValue(code: CodeObject, slots: (PyObject | null)[], i: number): PyObject | null {
  const v = slots[i] ?? null;
  if (v !== null && code.spec.co_localspluskinds[i] & (CO_FAST_CELL | CO_FAST_FREE) && v.ob_type === T.cell) {
    return (v as CellObject).ref;
  }
  return v;
}

// ------------------------------------------------------------------ 3.11 / 3.12: the f_locals dict

/**
 * CO_FAST_HIDDEN (PEP 709): a module's or class body's fast local is the variable of a comprehension
 * inlined there (3.12+); such scopes have no other fast locals (their names live in the namespace, and
 * `__class__` / `__classdict__` are cells only), so the kind identifies them.
 */
function isHidden(code: CodeObject, i: number): boolean {
  return (code.spec.co_flags & CO_OPTIMIZED) === 0 && (code.spec.co_localspluskinds[i] & CO_FAST_LOCAL) !== 0;
}

/**
 * _PyFrame_GetLocals / _PyFrame_FastToLocalsWithError: copy the fast locals into `map` (set bound names,
 * delete unbound ones). A class or module body's free variables are not copied (they belong to the
 * enclosing scope), nor its hidden comprehension variables: those go to `hidden` when given (locals()).
 */
function fastToLocals(code: CodeObject, slots: (PyObject | null)[], map: PyObject, hidden: DictObject | null): void {
  const kinds = code.spec.co_localspluskinds;
  const optimized = (code.spec.co_flags & CO_OPTIMIZED) !== 0;
  const names = code.localsplusNames;
  for (let i = 0; i < code.nlocalsplus; i++) {
    if (kinds[i] & CO_FAST_FREE && !optimized) continue;
    const name = names[i];
    const value = localValue(code, slots, i);
    if (isHidden(code, i)) {
      if (hidden !== null && value !== null) dictSetItem(hidden, name, value);
      continue;
    }
    if (map.ob_type === T.dict) {
      if (value === null) dictDelItem(map as DictObject, name);
      else dictSetItem(map as DictObject, name, value);
      continue;
    }
    if (value !== null) {
      A.setItem(map, name, value);
      continue;
    }
    try {
      A.delItem(map, name);
    } catch (e) {
      if (!(e instanceof PyErr) || !excMatches(e.exc, E.KeyError)) throw e;
      decref(e.exc);
    }
  }
}

/** The frame's locals mapping, a new dict on first use for a function (PyDict_New). Borrowed. */
function localsMapOf(f: Frame): PyObject {
  let map = f.locals;
  if (map === null) {
    map = newDict();
    f.locals = map;
  }
  return map;
}

/**
 * 3.11/3.12 locals(): the frame's locals mapping, updated. 3.12 collects the bound hidden variables of a
 * comprehension inlined in a module or class body in a dict of their own; if there are any, locals()
 * returns a new dict of the namespace plus those. New reference.
 */
function frameLocalsDict(f: Frame): PyObject {
  const map = localsMapOf(f);
  if (RT.profile.version === '3.11') {
    fastToLocals(f.code, f.s, map, null);
    return newref(map);
  }
  const hidden = newDict();
  try {
    fastToLocals(f.code, f.s, map, hidden);
    if (dictLen(hidden) === 0) return newref(map);
    return mergedDict(map, hidden);
  } finally {
    decref(hidden);
  }
}

/** 3.13 _PyFrame_HasHiddenLocals: is a hidden comprehension variable bound? */
function hasHiddenLocals(code: CodeObject, slots: (PyObject | null)[]): boolean {
  for (let i = 0; i < code.nlocalsplus; i++) if (isHidden(code, i) && localValue(code, slots, i) !== null) return true;
  return false;
}

// ------------------------------------------------------------------ 3.13: FrameLocalsProxy

export class FrameLocalsProxyObject extends PyObject {
  constructor(public frame: FrameObject) {
    super(FrameLocalsProxyType);
  }
}

/** PyFrameLocalsProxy_Type: PyObject_HEAD + the frame object (24 bytes), GC. */
export const FrameLocalsProxyType: PyType = nativeType('FrameLocalsProxy', 24, TPFLAGS.HAVE_GC);

/** framelocalsproxy_new through tp_alloc: tracked, holds a reference to the frame object. */
function allocProxy(fo: FrameObject): FrameLocalsProxyObject {
  incref(fo);
  return allocNative(new FrameLocalsProxyObject(fo));
}

/**
 * _PyFrameLocalsProxy_New: the proxy is made by calling the type's tp_new with a packed 1-tuple (a
 * short-lived tuple, as in CPython). New reference.
 */
export function newFrameLocalsProxy(fo: FrameObject): PyObject {
  const args = newTuple([newref(fo)]);
  try {
    return allocProxy(fo);
  } finally {
    decref(args);
  }
}

function proxyFrame(o: PyObject): FrameObject {
  return (o as FrameLocalsProxyObject).frame;
}

/**
 * framelocalsproxy_getkeyindex: the fast-local index of `key` (an exact str): when reading, the first slot
 * of that name holding a value; when writing, the slot of that name. -1 if none.
 */
function keyIndex(fo: FrameObject, key: StrObject, read: boolean): number {
  const code = fo.code;
  const names = code.localsplusNames;
  const slots = slotsOf(fo);
  let found = false;
  // names are interned: compare identities first, then (rarely) by value
  for (let i = 0; i < code.nlocalsplus; i++) {
    if (names[i] !== key) continue;
    found = true;
    if (!read || localValue(code, slots, i) !== null) return i;
  }
  if (!found) {
    for (let i = 0; i < code.nlocalsplus; i++) {
      if ((names[i] as StrObject).value !== key.value) continue;
      if (!read || localValue(code, slots, i) !== null) return i;
    }
  }
  return -1;
}

/** framelocalsproxy_getitem. New reference. */
function proxyGetItem(o: PyObject, key: PyObject): PyObject {
  const fo = proxyFrame(o);
  if (key.ob_type === T.str) {
    const i = keyIndex(fo, key as StrObject, true);
    if (i >= 0) return newref(localValue(fo.code, slotsOf(fo), i)!);
  }
  const extra = fo.extraLocals;
  if (extra !== null) {
    const v = dictGetItem(extra, key);
    if (v !== null) return newref(v);
  }
  raise(E.KeyError, `local variable '${A.reprString(key)}' is not defined`);
}

/** framelocalsproxy_setitem: write through to the fast local (or its cell), else into f_extra_locals. */
function proxySetItem(o: PyObject, key: PyObject, value: PyObject | null): void {
  const fo = proxyFrame(o);
  if (value === null) raise(E.TypeError, 'cannot remove variables from FrameLocalsProxy');
  if (key.ob_type === T.str) {
    const i = keyIndex(fo, key as StrObject, false);
    if (i >= 0) {
      let slots = slotsOf(fo);
      if (slots === NO_SLOTS) slots = fo.owned = [];
      while (slots.length <= i) slots.push(null);
      const old = slots[i];
      const kind = fo.code.spec.co_localspluskinds[i];
      if (old !== null && kind & (CO_FAST_CELL | CO_FAST_FREE) && old.ob_type === T.cell) {
        const cell = old as CellObject;
        const prev = cell.ref;
        if (prev !== value) {
          cell.ref = newref(value);
          xdecref(prev);
        }
      } else if (value !== old) {
        slots[i] = newref(value);
        xdecref(old);
      }
      return;
    }
  }
  let extra = fo.extraLocals;
  if (extra === null) {
    extra = newDict();
    fo.extraLocals = extra;
  }
  dictSetItem(extra, key, value);
}

function proxyContains(o: PyObject, key: PyObject): boolean {
  const fo = proxyFrame(o);
  if (key.ob_type === T.str && keyIndex(fo, key as StrObject, true) >= 0) return true;
  return fo.extraLocals !== null && dictGetItem(fo.extraLocals, key) !== null;
}

function proxyLength(o: PyObject): number {
  const fo = proxyFrame(o);
  const slots = slotsOf(fo);
  let n = 0;
  for (let i = 0; i < fo.code.nlocalsplus; i++) if (localValue(fo.code, slots, i) !== null) n++;
  return fo.extraLocals !== null ? n + dictLen(fo.extraLocals) : n;
}

/** Visit the bound fast locals then the extra locals, in CPython's order (keys, values, items). */
function forEachLocal(fo: FrameObject, fn: (k: PyObject, v: PyObject) => void): void {
  const code = fo.code;
  const slots = slotsOf(fo);
  for (let i = 0; i < code.nlocalsplus; i++) {
    const v = localValue(code, slots, i);
    if (v !== null) fn(code.localsplusNames[i], v);
  }
  if (fo.extraLocals !== null) dictForEach(fo.extraLocals, fn);
}

/** framelocalsproxy_keys: a new list of the names. */
function proxyKeys(o: PyObject): ListObject {
  const l = newList(0);
  forEachLocal(proxyFrame(o), (k) => listAppend(l, newref(k)));
  return l;
}

/**
 * PyDict_New, then PyDict_Update(dict, o) for each mapping in turn (a proxy through the generic merge: keys(),
 * then o[key] for each). New reference.
 */
function mergedDict(...sources: PyObject[]): DictObject {
  const d = newDict();
  try {
    for (const o of sources) RT.ext.dictMerge(d, o, 1);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

/** framelocalsproxy_merge: `other` (a dict or a proxy) item by item into the proxy; false for other types. */
function proxyMerge(self: PyObject, other: PyObject): boolean {
  if (!A.isInstance(other, T.dict) && other.ob_type !== FrameLocalsProxyType) return false;
  // PyMapping_Keys: a list of the names (PyDict_Keys for a dict)
  let keys: ListObject;
  if (other.ob_type === FrameLocalsProxyType) keys = proxyKeys(other);
  else {
    const ks: PyObject[] = [];
    dictForEach(other as DictObject, (k) => ks.push(newref(k)));
    keys = newListFrom(ks);
  }
  let it: PyObject;
  try {
    it = A.getIter(keys);
  } finally {
    decref(keys);
  }
  try {
    for (;;) {
      const k = A.iterNext(it);
      if (k === null) break;
      try {
        const v = A.getItem(other, k);
        try {
          proxySetItem(self, k, v);
        } finally {
          decref(v);
        }
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
  return true;
}

function nargsBetween(name: string, nargs: number, kwnames: PyObject | null): void {
  if (kwnames !== null && (kwnames as TupleObject).items.length > 0) raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (nargs < 1 || nargs > 2) raise(E.TypeError, `${name} expected 1 or 2 arguments`);
}

/** `proxy[key]`, or null after a KeyError (which CPython makes, then clears). */
function getOrNull(self: PyObject, key: PyObject): PyObject | null {
  try {
    return proxyGetItem(self, key);
  } catch (e) {
    if (e instanceof PyErr && excMatches(e.exc, E.KeyError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

onBootstrap(() => {
  RT_EXT.localsDict = builtinLocals;
  const pt = FrameLocalsProxyType;
  pt.tp_hash = null;
  pt.tp_new = (_t, a, s, n, kw) => {
    if (n !== 1) raise(E.TypeError, `FrameLocalsProxy expected 1 argument, got ${n}`);
    const item = a[s];
    if (item.ob_type !== T.frame) raise(E.TypeError, `expect frame, not ${item.ob_type.tp_name}`);
    if (kw !== null && (kw as TupleObject).items.length > 0) raise(E.TypeError, 'FrameLocalsProxy takes no keyword arguments');
    return allocProxy(item as FrameObject);
  };
  pt.tp_dealloc = (o) => {
    RT.gc.untrack(o);
    decref(proxyFrame(o));
    freeNative(o);
  };
  pt.tp_traverse = (o, visit) => visit(proxyFrame(o));
  pt.mp_subscript = proxyGetItem;
  pt.mp_ass_subscript = proxySetItem;
  pt.sq_contains = proxyContains;
  pt.sq_length = proxyLength;
  pt.tp_iter = (o) => {
    const keys = proxyKeys(o);
    try {
      return A.getIter(keys);
    } finally {
      decref(keys);
    }
  };
  pt.tp_repr = (o) => {
    if (RT.ext.reprEnter(o)) return newStr('{...}');
    try {
      const d = mergedDict(o);
      try {
        return A.repr(d);
      } finally {
        decref(d);
      }
    } finally {
      RT.ext.reprLeave(o);
    }
  };
  pt.tp_richcompare = (a, b, op) => {
    if (b.ob_type === FrameLocalsProxyType) {
      const same = proxyFrame(a) === proxyFrame(b);
      if (op === 2) return newBool(same);
      if (op === 3) return newBool(!same);
    } else if (A.isInstance(b, T.dict)) {
      const d = mergedDict(a);
      try {
        return A.richCompare(d, b, op);
      } finally {
        decref(d);
      }
    }
    return newref(NotImplemented);
  };
  // framelocalsproxy_or: a new dict of both operands (either may be the proxy)
  pt.nb_or = (a, b) => {
    const isMap = (x: PyObject) => A.isInstance(x, T.dict) || x.ob_type === FrameLocalsProxyType;
    if (!isMap(a) || !isMap(b)) return newref(NotImplemented);
    return mergedDict(a, b);
  };
  pt.nb_inplace_or = (a, b) => {
    if (!A.isInstance(b, T.dict) && b.ob_type !== FrameLocalsProxyType) return newref(NotImplemented);
    if (!proxyMerge(a, b)) return newref(NotImplemented);
    return newref(a);
  };
  defineMethods(pt, {
    keys: (self) => proxyKeys(self),
    values: (self) => {
      const l = newList(0);
      forEachLocal(proxyFrame(self), (_k, v) => listAppend(l, newref(v)));
      return l;
    },
    items: (self) => {
      const l = newList(0);
      forEachLocal(proxyFrame(self), (k, v) => listAppend(l, newTuple([newref(k), newref(v)])));
      return l;
    },
    get: (self, a, s, n, kw) => {
      nargsBetween('get', n, kw);
      return getOrNull(self, a[s]) ?? newref(n === 2 ? a[s + 1] : None);
    },
    setdefault: (self, a, s, n, kw) => {
      nargsBetween('setdefault', n, kw);
      const v = getOrNull(self, a[s]);
      if (v !== null) return v;
      const dflt = n === 2 ? a[s + 1] : None;
      proxySetItem(self, a[s], dflt);
      return newref(dflt);
    },
    update: (self, a, s, n, kw) => {
      if (kw !== null && (kw as TupleObject).items.length > 0) raise(E.TypeError, 'update() takes no keyword arguments');
      if (n !== 1) raise(E.TypeError, `FrameLocalsProxy.update() takes exactly one argument (${n} given)`);
      if (!proxyMerge(self, a[s])) raise(E.TypeError, 'update() argument must be dict or another FrameLocalsProxy');
      return newref(None);
    },
    copy: (self) => mergedDict(self),
    // framelocalsproxy_reversed: the names as a reversed list
    __reversed__: (self) => {
      const l = proxyKeys(self);
      l.items.reverse();
      return l;
    },
  });
});

// ------------------------------------------------------------------ f_locals and locals()

/** frame.f_locals. New reference. */
export function frameGetLocals(fo: FrameObject): PyObject {
  const code = fo.code;
  const f = fo.frame;
  if (RT.profile.version === '3.13') {
    // a function, or a module or class body inside an inlined comprehension: a proxy; else the namespace
    if (code.spec.co_flags & CO_OPTIMIZED || hasHiddenLocals(code, slotsOf(fo))) return newFrameLocalsProxy(fo);
    if (f !== null) return newref(localsMapOf(f));
    if (fo.locals === null) fo.locals = newDict();
    return newref(fo.locals);
  }
  if (f !== null) {
    const map = localsMapOf(f);
    fastToLocals(code, f.s, map, null);
    return newref(map);
  }
  // a finished frame (its data moved into the frame object): a cleared one has no locals any more
  if (fo.locals === null) fo.locals = newDict();
  fastToLocals(code, fo.owned ?? NO_SLOTS, fo.locals, null);
  return newref(fo.locals);
}

/** locals() (PyEval_GetLocals / _PyEval_GetFrameLocals). New reference. */
export function builtinLocals(): PyObject {
  const f = RT.frame;
  if (f === null) return newref(RT.mainModule.dict!);
  if (RT.profile.version !== '3.13') return frameLocalsDict(f);
  if (!(f.code.spec.co_flags & CO_OPTIMIZED) && !hasHiddenLocals(f.code, f.s)) return newref(localsMapOf(f));
  // a snapshot dict copied from a FrameLocalsProxy of the (now materialised) frame object
  const proxy = newFrameLocalsProxy(frameObjectOf(f));
  try {
    return mergedDict(proxy);
  } finally {
    decref(proxy);
  }
}
