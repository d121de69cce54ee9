/**
 * set and frozenset methods and number slots (Objects/setobject.c of CPython 3.11 / 3.12 / 3.13).
 *
 * The algorithms are CPython's, on settable.ts's table primitives, so that results have CPython's slot
 * order (what print shows) and its allocations: a result set object is allocated before its table grows;
 * union copies the left operand then updates; intersection iterates the smaller set (or the iterable, stopping
 * once the result is as large as self); difference copies-and-discards when self is more than 4x larger than
 * other (or other is neither a set nor a dict), else builds a new set of self's survivors; symmetric
 * difference builds a set from other and toggles self's keys; `&=` swaps bodies with the intersection.
 * References: a stored key holds one reference (taken when it is added, released when discarded or when the
 * set is cleared / freed).  Operations on frozensets give frozensets (make_new_set_basetype).
 */
import { PyObject, PyType, PyErr, RT, incref, decref, newref } from './object';
import { T } from './types';
import { None, NotImplemented, True, False } from './singletons';
import { E, raise, excMatches } from './exceptions';
import { newInt, newBool } from './numbers';
import { TupleObject, newTuple, newList } from './sequences';
import { SetObject, newSet, setAddKey, setUpdateFrom } from './core_set';
import { DISCARD_NOTFOUND, SetTable } from './settable';
import { onBootstrap, defineMethods } from './typeobject';
import * as A from '../vm/abstract';
import { RT_EXT } from '../vm/rtext';
import { kwCount, noArgs, oneArg } from '../vm/args';
import { PyHash } from '../lib/pyhash';
import { listExtend } from './listmethods';
import { raiseKeyError } from './dict';

type Meth = (self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null) => PyObject;

const H = new PyHash();

function isAnySet(o: PyObject): o is SetObject {
  return o instanceof SetObject;
}

function isFrozen(o: PyObject): boolean {
  return RT.isSubtypeOf(o.ob_type, T.frozenset);
}

/** make_new_set_basetype: set for set subclasses, frozenset for frozenset subclasses */
function baseType(tp: PyType): PyType {
  if (tp === T.set || tp === T.frozenset) return tp;
  return RT.isSubtypeOf(tp, T.set) ? T.set : T.frozenset;
}

/** make_new_set(type, iterable) */
function makeNewSet(type: PyType, iterable: PyObject | null): SetObject {
  const s = newSet(type);
  if (iterable !== null) {
    try {
      setUpdateFrom(s, iterable);
    } catch (e) {
      decref(s);
      throw e;
    }
  }
  return s;
}

/** set_copy */
function setCopy(so: SetObject): SetObject {
  return makeNewSet(baseType(so.ob_type), so);
}

/** set_add_entry with a known hash, taking a reference when the key is stored. */
function addEntry(s: SetObject, key: PyObject, hhi: number, hlo: number): void {
  incref(key);
  let added: boolean;
  try {
    added = s.table.addKnownHash(key, hhi, hlo);
  } catch (e) {
    decref(key);
    throw e;
  }
  if (!added) decref(key);
}

/** set_discard_entry: releases the stored key. */
function discardEntry(s: SetObject, key: PyObject, hhi: number, hlo: number): number {
  const t = s.table;
  const r = t.discardKnownHash(key, hhi, hlo);
  if (r !== DISCARD_NOTFOUND) {
    const k = t.lastKey!;
    t.lastKey = undefined;
    decref(k);
  }
  return r;
}

function hashOf(key: PyObject): PyHash {
  const f = key.ob_type.tp_hash;
  if (f === null) raise(E.TypeError, `unhashable type: '${key.ob_type.tp_name}'`);
  const h = f(key);
  H.hi = h.hi;
  H.lo = h.lo;
  return H;
}

/** Run `fn(key)`; if key is an unhashable set, retry with frozenset(key) (set_contains / discard / remove). */
function withFrozenRetry<R>(key: PyObject, fn: (k: PyObject) => R): R {
  try {
    return fn(key);
  } catch (e) {
    if (!(e instanceof PyErr) || !(key.ob_type === T.set || RT.isSubtypeOf(key.ob_type, T.set)) || !excMatches(e.exc, E.TypeError)) throw e;
    decref(e.exc);
  }
  const tmp = makeNewSet(T.frozenset, key);
  try {
    return fn(tmp);
  } finally {
    decref(tmp);
  }
}

function containsKey(s: SetObject, key: PyObject): boolean {
  const h = hashOf(key);
  return s.table.lookupKnownHash(key, h.hi, h.lo) >= 0;
}

function discardKey(s: SetObject, key: PyObject): number {
  const h = hashOf(key);
  return discardEntry(s, key, h.hi, h.lo);
}

/** set_clear_internal */
function setClear(s: SetObject): void {
  s.table.clear((k) => decref(k));
}

// ------------------------------------------------------------------ algebra

/** set_intersection(so, other) */
function setIntersection(so: SetObject, other: PyObject): SetObject {
  if (so === other) return setCopy(so);
  const result = newSet(baseType(so.ob_type));
  try {
    if (isAnySet(other)) {
      let a: SetObject = so;
      let b: SetObject = other;
      if (b.table.used > a.table.used) {
        const t = a;
        a = b;
        b = t;
      }
      const bt = b.table;
      for (let i = bt.nextIndex(0); i >= 0; i = bt.nextIndex(i + 1)) {
        const key = bt.keyAt(i);
        const hhi = bt.hashHi[i],
          hlo = bt.hashLo[i];
        incref(key);
        try {
          if (a.table.lookupKnownHash(key, hhi, hlo) >= 0) addEntry(result, key, hhi, hlo);
        } finally {
          decref(key);
        }
      }
      return result;
    }
    const it = A.getIter(other);
    try {
      for (;;) {
        const key = A.iterNext(it);
        if (key === null) break;
        try {
          const h = hashOf(key);
          const hhi = h.hi,
            hlo = h.lo;
          if (so.table.lookupKnownHash(key, hhi, hlo) >= 0) {
            addEntry(result, key, hhi, hlo);
            if (result.table.used >= so.table.used) break;
          }
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

function setIntersectionMulti(so: SetObject, others: PyObject[]): SetObject {
  if (others.length === 0) return setCopy(so);
  let result: SetObject = newref(so);
  for (const other of others) {
    let nr: SetObject;
    try {
      nr = setIntersection(result, other);
    } catch (e) {
      decref(result);
      throw e;
    }
    decref(result);
    result = nr;
  }
  return result;
}

/** set_swap_bodies + releasing the old body (set_intersection_update) */
function swapAndRelease(so: SetObject, tmp: SetObject): void {
  so.table.swapBodies(tmp.table);
  if (isFrozen(so) && isFrozen(tmp)) {
    const h = so.hashCache;
    so.hashCache = tmp.hashCache;
    tmp.hashCache = h;
  } else {
    so.hashCache = null;
    tmp.hashCache = null;
  }
  decref(tmp);
}

/** set_difference_update_internal */
function setDifferenceUpdate(so: SetObject, other: PyObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (isAnySet(other)) {
    let src: SetObject;
    if (other.table.used >>> 3 > so.table.used) src = setIntersection(so, other);
    else src = newref(other);
    try {
      const t = src.table;
      for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
        const key = t.keyAt(i);
        incref(key);
        try {
          discardEntry(so, key, t.hashHi[i], t.hashLo[i]);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(src);
    }
  } else {
    A.forEach(other, (key) => {
      discardKey(so, key);
    });
  }
  const st = so.table;
  if (st.fill - st.used <= st.mask >>> 2) return;
  st.resize(st.used > 50000 ? st.used * 2 : st.used * 4);
}

/** set_difference(so, other) */
function setDifference(so: SetObject, other: PyObject): SetObject {
  let otherSize: number;
  if (isAnySet(other)) otherSize = other.table.used;
  else if (other.ob_type === T.dict) otherSize = (other as unknown as { table: SetTableLike }).table.used;
  else return copyAndDifference(so, other);
  if (so.table.used >>> 2 > otherSize) return copyAndDifference(so, other);
  const result = newSet(baseType(so.ob_type));
  try {
    const st = so.table;
    for (let i = st.nextIndex(0); i >= 0; i = st.nextIndex(i + 1)) {
      const key = st.keyAt(i);
      const hhi = st.hashHi[i],
        hlo = st.hashLo[i];
      incref(key);
      try {
        const found = isAnySet(other)
          ? other.table.lookupKnownHash(key, hhi, hlo) >= 0
          : (other as unknown as { table: SetTableLike }).table.lookupKnownHash(key, hhi, hlo) >= 0;
        if (!found) addEntry(result, key, hhi, hlo);
      } finally {
        decref(key);
      }
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

interface SetTableLike {
  used: number;
  lookupKnownHash(key: PyObject, hhi: number, hlo: number): number;
}

function copyAndDifference(so: SetObject, other: PyObject): SetObject {
  const r = setCopy(so);
  try {
    setDifferenceUpdate(r, other);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

function setDifferenceMulti(so: SetObject, others: PyObject[]): SetObject {
  if (others.length === 0) return setCopy(so);
  const r = setDifference(so, others[0]);
  try {
    for (let i = 1; i < others.length; i++) setDifferenceUpdate(r, others[i]);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

/** set_symmetric_difference_update */
function setSymDiffUpdate(so: SetObject, other: PyObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (other.ob_type === T.dict) {
    const d = (other as unknown as { table: import('./dicttable').DictTable<PyObject, PyObject> }).table;
    const h = new PyHash();
    for (let pos = d.nextIndex(0); pos >= 0; pos = d.nextIndex(pos + 1)) {
      const key = d.keyAt(pos);
      d.hashAt(pos, h);
      const hhi = h.hi,
        hlo = h.lo;
      incref(key);
      try {
        if (discardEntry(so, key, hhi, hlo) === DISCARD_NOTFOUND) addEntry(so, key, hhi, hlo);
      } finally {
        decref(key);
      }
    }
    return;
  }
  const otherset: SetObject = isAnySet(other) ? newref(other) : makeNewSet(baseType(so.ob_type), other);
  try {
    const t = otherset.table;
    for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
      const key = t.keyAt(i);
      const hhi = t.hashHi[i],
        hlo = t.hashLo[i];
      incref(key);
      try {
        if (discardEntry(so, key, hhi, hlo) === DISCARD_NOTFOUND) addEntry(so, key, hhi, hlo);
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(otherset);
  }
}

/** set_symmetric_difference */
function setSymDiff(so: SetObject, other: PyObject): SetObject {
  const otherset = makeNewSet(baseType(so.ob_type), other);
  try {
    setSymDiffUpdate(otherset, so);
  } catch (e) {
    decref(otherset);
    throw e;
  }
  return otherset;
}

/** set_union(so, *others) / set_or */
function setUnion(so: SetObject, others: PyObject[]): SetObject {
  const r = setCopy(so);
  try {
    for (const o of others) {
      if (o === so) continue;
      setUpdateFrom(r, o);
    }
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

/** set_issubset */
function setIsSubset(so: SetObject, other: PyObject): boolean {
  if (!isAnySet(other)) {
    const tmp = makeNewSet(T.set, other);
    try {
      return setIsSubset(so, tmp);
    } finally {
      decref(tmp);
    }
  }
  if (so.table.used > other.table.used) return false;
  const t = so.table;
  for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
    const key = t.keyAt(i);
    incref(key);
    let found: boolean;
    try {
      found = other.table.lookupKnownHash(key, t.hashHi[i], t.hashLo[i]) >= 0;
    } finally {
      decref(key);
    }
    if (!found) return false;
  }
  return true;
}

/** set_issuperset */
function setIsSuperset(so: SetObject, other: PyObject): boolean {
  if (isAnySet(other)) return setIsSubset(other, so);
  const it = A.getIter(other);
  try {
    for (;;) {
      const key = A.iterNext(it);
      if (key === null) return true;
      let c: boolean;
      try {
        c = containsKey(so, key);
      } finally {
        decref(key);
      }
      if (!c) return false;
    }
  } finally {
    decref(it);
  }
}

/** set_isdisjoint */
function setIsDisjoint(so: SetObject, other: PyObject): boolean {
  if (so === other) return so.table.used === 0;
  if (other.ob_type === T.set || other.ob_type === T.frozenset) {
    let a: SetObject = so;
    let b = other as SetObject;
    if (b.table.used > a.table.used) {
      const t = a;
      a = b;
      b = t;
    }
    const t = b.table;
    for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
      const key = t.keyAt(i);
      incref(key);
      let found: boolean;
      try {
        found = a.table.lookupKnownHash(key, t.hashHi[i], t.hashLo[i]) >= 0;
      } finally {
        decref(key);
      }
      if (found) return false;
    }
    return true;
  }
  const it = A.getIter(other);
  try {
    for (;;) {
      const key = A.iterNext(it);
      if (key === null) return true;
      let c: boolean;
      try {
        c = containsKey(so, key);
      } finally {
        decref(key);
      }
      if (c) return false;
    }
  } finally {
    decref(it);
  }
}

/** set_richcompare */
function setRichCompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!isAnySet(v) || !isAnySet(w)) return newref(NotImplemented);
  const a = v as SetObject;
  switch (op) {
    case 2: {
      // EQ
      if (a.table.used !== w.table.used) return newref(False);
      if (a.hashCache !== null && w.hashCache !== null && (a.hashCache.hi !== w.hashCache.hi || a.hashCache.lo !== w.hashCache.lo))
        return newref(False);
      return newBool(setIsSubset(a, w));
    }
    case 3: {
      const r = setRichCompare(v, w, 2);
      const b = r === True;
      decref(r);
      return newBool(!b);
    }
    case 1:
      return newBool(setIsSubset(a, w));
    case 5:
      return newBool(setIsSuperset(a, w));
    case 0:
      if (a.table.used >= w.table.used) return newref(False);
      return newBool(setIsSubset(a, w));
    default:
      if (a.table.used <= w.table.used) return newref(False);
      return newBool(setIsSuperset(a, w));
  }
}

// ------------------------------------------------------------------ methods

function positional(name: string, kwnames: PyObject | null): void {
  if (kwCount(kwnames) > 0) raise(E.TypeError, `${name}() takes no keyword arguments`);
}

function argList(args: PyObject[], start: number, nargs: number): PyObject[] {
  return args.slice(start, start + nargs);
}

function commonMethods(tn: string): Record<string, Meth> {
  return {
    copy: (self, _a, _s, nargs, kw) => {
      noArgs(`${tn}.copy`, nargs, kw);
      if (self.ob_type === T.frozenset) return newref(self);
      return setCopy(self as SetObject);
    },
    union: (self, args, start, nargs, kw) => {
      positional(`${tn}.union`, kw);
      return setUnion(self as SetObject, argList(args, start, nargs));
    },
    intersection: (self, args, start, nargs, kw) => {
      positional(`${tn}.intersection`, kw);
      return setIntersectionMulti(self as SetObject, argList(args, start, nargs));
    },
    difference: (self, args, start, nargs, kw) => {
      positional(`${tn}.difference`, kw);
      return setDifferenceMulti(self as SetObject, argList(args, start, nargs));
    },
    symmetric_difference: (self, args, start, nargs, kw) => {
      oneArg(`${tn}.symmetric_difference`, nargs, kw);
      return setSymDiff(self as SetObject, args[start]);
    },
    issubset: (self, args, start, nargs, kw) => {
      oneArg(`${tn}.issubset`, nargs, kw);
      return newBool(setIsSubset(self as SetObject, args[start]));
    },
    issuperset: (self, args, start, nargs, kw) => {
      oneArg(`${tn}.issuperset`, nargs, kw);
      return newBool(setIsSuperset(self as SetObject, args[start]));
    },
    isdisjoint: (self, args, start, nargs, kw) => {
      oneArg(`${tn}.isdisjoint`, nargs, kw);
      return newBool(setIsDisjoint(self as SetObject, args[start]));
    },
    __sizeof__: (self, _a, _s, nargs, kw) => {
      noArgs(`${tn}.__sizeof__`, nargs, kw);
      return newInt(setSizeof(self as SetObject));
    },
    __reduce__: (self, _a, _s, nargs, kw) => {
      noArgs(`${tn}.__reduce__`, nargs, kw);
      const keys = newList(0);
      try {
        listExtend(keys, self);
      } catch (e) {
        decref(keys);
        throw e;
      }
      const args = newTuple([keys]);
      const state = self.dict !== null ? newref(self.dict) : newref(None);
      return newTuple([newref(self.ob_type), args, state]);
    },
    __class_getitem__: (cls, args, start, nargs, kw) => {
      oneArg(`${tn}.__class_getitem__`, nargs, kw);
      const ga = RT_EXT.genericAlias as ((origin: PyObject, args: PyObject) => PyObject) | undefined;
      if (typeof ga !== 'function') raise(E.TypeError, `type '${(cls as PyType).tp_name}' is not subscriptable`);
      return ga(cls, args[start]);
    },
  };
}

/** set.__sizeof__: basicsize + the separate table. */
export function setSizeof(s: SetObject): number {
  return s.ob_type.tp_basicsize + s.table.tableAllocationSize();
}

const setOnlyMethods: Record<string, Meth> = {
  add: (self, args, start, nargs, kw) => {
    oneArg('set.add', nargs, kw);
    setAddKey(self as SetObject, args[start]);
    return newref(None);
  },
  discard: (self, args, start, nargs, kw) => {
    oneArg('set.discard', nargs, kw);
    withFrozenRetry(args[start], (k) => discardKey(self as SetObject, k));
    return newref(None);
  },
  remove: (self, args, start, nargs, kw) => {
    oneArg('set.remove', nargs, kw);
    const key = args[start];
    const r = withFrozenRetry(key, (k) => discardKey(self as SetObject, k));
    if (r === DISCARD_NOTFOUND) raiseKeyError(key);
    return newref(None);
  },
  pop: (self, _a, _s, nargs, kw) => {
    noArgs('set.pop', nargs, kw);
    const t = (self as SetObject).table;
    if (t.used === 0) raise(E.KeyError, 'pop from an empty set');
    return t.pop();
  },
  clear: (self, _a, _s, nargs, kw) => {
    noArgs('set.clear', nargs, kw);
    setClear(self as SetObject);
    return newref(None);
  },
  update: (self, args, start, nargs, kw) => {
    positional('set.update', kw);
    for (let i = 0; i < nargs; i++) setUpdateFrom(self as SetObject, args[start + i]);
    return newref(None);
  },
  intersection_update: (self, args, start, nargs, kw) => {
    positional('set.intersection_update', kw);
    const so = self as SetObject;
    const tmp = setIntersectionMulti(so, argList(args, start, nargs));
    swapAndRelease(so, tmp);
    return newref(None);
  },
  difference_update: (self, args, start, nargs, kw) => {
    positional('set.difference_update', kw);
    for (let i = 0; i < nargs; i++) setDifferenceUpdate(self as SetObject, args[start + i]);
    return newref(None);
  },
  symmetric_difference_update: (self, args, start, nargs, kw) => {
    oneArg('set.symmetric_difference_update', nargs, kw);
    setSymDiffUpdate(self as SetObject, args[start]);
    return newref(None);
  },
};

onBootstrap(() => {
  const setM = commonMethods('set');
  const frozenM = commonMethods('frozenset');
  const { __class_getitem__: sg, ...setRest } = setM;
  const { __class_getitem__: fg, ...frozenRest } = frozenM;
  defineMethods(T.set, { ...setRest, ...setOnlyMethods, __class_getitem__: { kind: 'class', fn: sg } });
  defineMethods(T.frozenset, { ...frozenRest, __class_getitem__: { kind: 'class', fn: fg } });
  for (const st of [T.set, T.frozenset]) {
    st.sq_contains = (o, k) => withFrozenRetry(k, (kk) => containsKey(o as SetObject, kk));
    st.tp_richcompare = setRichCompare;
    st.nb_or = (a, b) => {
      if (!isAnySet(a) || !isAnySet(b)) return newref(NotImplemented);
      const r = setCopy(a);
      if (a === b) return r;
      try {
        setUpdateFrom(r, b);
      } catch (e) {
        decref(r);
        throw e;
      }
      return r;
    };
    st.nb_and = (a, b) => {
      if (!isAnySet(a) || !isAnySet(b)) return newref(NotImplemented);
      return setIntersection(a, b);
    };
    st.nb_subtract = (a, b) => {
      if (!isAnySet(a) || !isAnySet(b)) return newref(NotImplemented);
      return setDifference(a, b);
    };
    st.nb_xor = (a, b) => {
      if (!isAnySet(a) || !isAnySet(b)) return newref(NotImplemented);
      return setSymDiff(a, b);
    };
  }
  const s = T.set;
  s.nb_inplace_or = (a, b) => {
    if (!isAnySet(b)) return newref(NotImplemented);
    setUpdateFrom(a as SetObject, b);
    return newref(a);
  };
  s.nb_inplace_and = (a, b) => {
    if (!isAnySet(b)) return newref(NotImplemented);
    const tmp = setIntersection(a as SetObject, b);
    swapAndRelease(a as SetObject, tmp);
    return newref(a);
  };
  s.nb_inplace_subtract = (a, b) => {
    if (!isAnySet(b)) return newref(NotImplemented);
    setDifferenceUpdate(a as SetObject, b);
    return newref(a);
  };
  s.nb_inplace_xor = (a, b) => {
    if (!isAnySet(b)) return newref(NotImplemented);
    setSymDiffUpdate(a as SetObject, b);
    return newref(a);
  };
  defineMethods(T.set_iterator, {
    __length_hint__: (self, _a, _s, nargs, kw) => {
      noArgs('set_iterator.__length_hint__', nargs, kw);
      const it = self as unknown as { set: SetObject | null; it: { lengthHint(): number } };
      return newInt(it.set !== null ? it.it.lengthHint() : 0);
    },
  });
  RT_EXT.setSizeof = setSizeof;
  RT_EXT.setCopy = setCopy;
  void TupleObject;
  void SetTable;
});
