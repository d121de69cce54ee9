/**
 * dict methods and the dict views (Objects/dictobject.c of CPython 3.11 / 3.12 / 3.13).
 *
 * Reference counting follows dictobject.c: an insertion takes a reference to the key and the value; a
 * replacement releases the old value, then the duplicate key; deletions (pop, del, popitem) release the
 * *stored* key.  copy() clones the keys object when the dict is dense (PyDict_Copy's fast path: keys block
 * first, then the dict object), else merges into a new dict; update() with an exact dict merges entry by
 * entry with the stored hashes after one up-front resize (or clones the keys into an empty dict); any other
 * mapping goes through keys() / __getitem__; other iterables through PyDict_MergeFromSeq2 (each element made
 * a sequence with PySequence_Fast).
 *
 * Views (dict_keys / dict_values / dict_items): len, iteration, `in`, reversed, repr (built from a list, as
 * dictview_repr does), `mapping`, rich comparison and the set operations of keys/items views with
 * CPython's operand choices (dictviews_to_set, _PyDictView_Intersect, dictitems_xor), isdisjoint.
 * The item iterators recycle their result tuple while nobody else holds it (dictiter_iternextitem).
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, incref, decref, newref } from './object';
import { T } from './types';
import { None, NotImplemented, True, False } from './singletons';
import { E, raise, excMatches } from './exceptions';
import { StrObject, newStr } from './str';
import { newInt, newBool } from './numbers';
import { TupleObject, ListObject, newTuple, newList, listClearItems, EMPTY_TUPLE } from './sequences';
import { DictObject, newDict, newSplitDict, dictGetItem, dictSetItem, dictClear, raiseKeyError, DICT_HOOKS } from './dict';
import { DictTable, DictIterator, DictReverseIterator, usableFraction, estimateLog2Keysize, PYDICT_LOG_MINSIZE } from './dicttable';
import { DictIterObject, newDictIter, dictIterAdvance } from './core_dict';
import { onBootstrap, defineMethods, defineGetSets, typeLookup, registerStaticTypes } from './typeobject';
import { SetObject, newSet } from './core_set';
import { allocObject, freeObject } from '../memory/heap';
import * as A from '../vm/abstract';
import { CMP } from '../compiler/opcodes';
import { RT_EXT } from '../vm/rtext';
import { kwCount, noArgs, oneArg, posArgs } from '../vm/args';
import { PyHash } from '../lib/pyhash';
import { listExtend } from './listmethods';
import { packedKwDict } from './core_numbers';
import { varargsKwDict } from '../vm/callconv';

type Meth = (self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null) => PyObject;

const H = new PyHash();

// ------------------------------------------------------------------ insertion primitives

/** MAINTAIN_TRACKING */
function maintainTracking(d: DictObject, key: PyObject, value: PyObject): void {
  if (RT.gc.isTracked(d)) return;
  if (RT.gc.mayBeTracked(value) || RT.gc.mayBeTracked(key)) RT.gc.track(d);
}

/** insertdict with a known hash: takes new references to key and value (borrowed arguments). */
function insertKnownHash(d: DictObject, key: PyObject, hhi: number, hlo: number, value: PyObject): void {
  incref(key);
  incref(value);
  maintainTracking(d, key, value);
  let old: PyObject | undefined;
  try {
    old = d.table.setKnownHash(key, hhi, hlo, value);
  } catch (e) {
    decref(value);
    decref(key);
    throw e;
  }
  if (old !== undefined) {
    decref(old);
    decref(key);
  }
}

function isDict(o: PyObject): o is DictObject {
  return o instanceof DictObject;
}

/** type(o).__iter__ is dict.__iter__ (Py_TYPE(b)->tp_iter == dict_iter) */
function hasDictIter(o: PyObject): boolean {
  return o.ob_type === T.dict || typeLookup(o.ob_type, '__iter__') === typeLookup(T.dict, '__iter__');
}

/**
 * dict_merge(a, b, override): 0 keeps existing keys, 1 overrides, 2 raises KeyError for a duplicate.
 */
export function dictMerge(a: DictObject, b: PyObject, override: 0 | 1 | 2): void {
  if (isDict(b) && hasDictIter(b)) {
    if (b === a || b.table.used === 0) return;
    const at = a.table;
    const bt = b.table;
    if (at.used === 0) {
      override = 1;
      const ok = bt.dk;
      // clone only a clean combined source (a split dict's keys are shared)
      if (bt.shared === null && bt.used === ok.nentries && (ok.log2Size === PYDICT_LOG_MINSIZE || usableFraction((1 << ok.log2Size) / 2) < bt.used)) {
        at.merge(bt, 1); // clone_combined_dict_keys
        for (let i = at.nextIndex(0); i >= 0; i = at.nextIndex(i + 1)) {
          incref(at.keyAt(i));
          incref(at.valueAt(i));
        }
        if (RT.gc.isTracked(b) && !RT.gc.isTracked(a)) RT.gc.track(a);
        return;
      }
    }
    if (usableFraction(1 << at.dk.log2Size) < bt.used) at.resize(estimateLog2Keysize(at.used + bt.used), bt.dk.unicode);
    const origSize = bt.dk.nentries;
    for (let pos = bt.nextIndex(0); pos >= 0; pos = bt.nextIndex(pos + 1)) {
      const key = bt.keyAt(pos);
      const value = bt.valueAt(pos);
      bt.hashAt(pos, H);
      const hhi = H.hi,
        hlo = H.lo;
      incref(key);
      incref(value);
      try {
        if (override === 1) insertKnownHash(a, key, hhi, hlo, value);
        else {
          const ix = at.lookupKnownHash(key, hhi, hlo);
          if (ix < 0) insertKnownHash(a, key, hhi, hlo, value);
          else if (override === 2) raiseKeyError(key);
        }
      } finally {
        decref(value);
        decref(key);
      }
      if (origSize !== bt.dk.nentries) raise(E.RuntimeError, 'dict mutated during update');
    }
    return;
  }
  // the generic way: keys() then b[key]
  const keys = mappingKeys(b);
  let iter: PyObject;
  try {
    iter = A.getIter(keys);
  } finally {
    decref(keys);
  }
  try {
    for (;;) {
      const key = A.iterNext(iter);
      if (key === null) break;
      try {
        if (override !== 1 && dictGetItem(a, key) !== null) {
          if (override === 0) continue;
          raiseKeyError(key);
        }
        const value = A.getItem(b, key);
        try {
          dictSetItem(a, key, value);
        } finally {
          decref(value);
        }
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(iter);
  }
}

/** PyMapping_Keys: a list of the keys (exact dicts directly, otherwise list(o.keys())). */
function mappingKeys(o: PyObject): PyObject {
  if (o.ob_type === T.dict) return dictKeysList(o as DictObject);
  const r = RT.ext.callMethod(o, 'keys', []) as PyObject;
  try {
    let it: PyObject;
    try {
      it = A.getIter(r);
    } catch (e) {
      if (e instanceof PyErr && excMatches(e.exc, E.TypeError)) {
        decref(e.exc);
        raise(E.TypeError, `${o.ob_type.tp_name}.keys() returned a non-iterable (type ${r.ob_type.tp_name})`);
      }
      throw e;
    }
    try {
      const l = newList(0);
      try {
        listExtend(l, it);
      } catch (e) {
        decref(l);
        throw e;
      }
      return l;
    } finally {
      decref(it);
    }
  } finally {
    decref(r);
  }
}

/** PyDict_Keys */
function dictKeysList(d: DictObject): ListObject {
  const t = d.table;
  const l = newList(t.used);
  for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) l.items.push(newref(t.keyAt(i)));
  return l;
}

/** PySequence_Fast(item, ""): the items of a list/tuple, else of list(iter(item)). Returns [items, owner]. */
function sequenceFast(item: PyObject): [PyObject[], PyObject] {
  if (item.ob_type === T.list || item.ob_type === T.tuple) return [(item as ListObject).items, newref(item)];
  const it = A.getIter(item);
  try {
    const l = newList(0);
    try {
      listExtend(l, it);
    } catch (e) {
      decref(l);
      throw e;
    }
    return [l.items, l];
  } finally {
    decref(it);
  }
}

/** PyDict_MergeFromSeq2(d, seq2, override) */
function mergeFromSeq2(d: DictObject, seq2: PyObject, override: boolean): void {
  const it = A.getIter(seq2);
  try {
    for (let i = 0; ; ++i) {
      const item = A.iterNext(it);
      if (item === null) break;
      let fast: [PyObject[], PyObject];
      try {
        try {
          fast = sequenceFast(item);
        } catch (e) {
          if (e instanceof PyErr && excMatches(e.exc, E.TypeError)) {
            decref(e.exc);
            raise(E.TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          throw e;
        }
        const [items, owner] = fast;
        try {
          const n = items.length;
          if (n !== 2) raise(E.ValueError, `dictionary update sequence element #${i} has length ${n}; 2 is required`);
          const key = newref(items[0]);
          const value = newref(items[1]);
          try {
            if (override) dictSetItem(d, key, value);
            else if (dictGetItem(d, key) === null) dictSetItem(d, key, value);
          } finally {
            decref(key);
            decref(value);
          }
        } finally {
          decref(owner);
        }
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

/** dict_update_arg */
export function dictUpdateArg(d: DictObject, arg: PyObject): void {
  if (arg.ob_type === T.dict) {
    dictMerge(d, arg, 1);
    return;
  }
  const keys = A.lookupAttr(arg, RT.ext.idStr('keys'));
  if (keys !== null) {
    decref(keys);
    dictMerge(d, arg, 1);
    return;
  }
  mergeFromSeq2(d, arg, true);
}

/** A temporary kwargs dict (_PyStack_AsDict) for keyword arguments, or null. */
function kwargsDict(args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): DictObject | null {
  const n = kwCount(kwnames);
  if (n === 0) return null;
  const names = (kwnames as TupleObject).items;
  const d = newDict();
  // _PyDict_NewPresized(n): a general (non-unicode) table when n exceeds the minimum usable size
  const pre = DictTable.newPresized<PyObject, PyObject>(DICT_HOOKS, n, false, d);
  d.table.dispose();
  d.table = pre;
  for (let i = 0; i < n; i++) dictSetItem(d, names[i], args[start + nargs + i]);
  return d;
}

/**
 * dict_update_common(self, args, kwds, methname): `kwds` is the dict its caller packed (type_call for a dict
 * subclass's tp_init, the METH_VARARGS call of update or of the __init__ slot wrapper), else one made here.
 */
function dictUpdateCommon(d: DictObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null, name: string): void {
  if (nargs > 1) raise(E.TypeError, `${name} expected at most 1 argument, got ${nargs}`);
  if (nargs === 1) dictUpdateArg(d, args[start]);
  if (kwCount(kwnames) === 0) return;
  const packed = packedKwDict(args, start, nargs) ?? varargsKwDict(args, start, nargs);
  if (packed !== null) {
    dictMerge(d, packed, 1);
    return;
  }
  const kw = kwargsDict(args, start, nargs, kwnames);
  if (kw !== null) {
    try {
      dictMerge(d, kw, 1);
    } finally {
      decref(kw);
    }
  }
}

/** PyDict_Copy */
export function dictCopy(o: DictObject): DictObject {
  const t = o.table;
  if (t.used === 0) return newDict();
  if (t.shared !== null) {
    // the copy of a split dict shares the same keys, with a values array of its own (allocated first) and a
    // dict object from PyObject_GC_New (not the freelist); capacity: the shared keys' usable size (3.11 /
    // 3.12), the source values' capacity (3.13 copy_values)
    const cap = RT.profile.version === '3.13' ? o.valuesCapacity : t.shared.capacity;
    const d = newSplitDict(t.shared, cap, false);
    try {
      dictMerge(d, o, 1);
    } catch (e) {
      decref(d);
      throw e;
    }
    if (RT.gc.isTracked(o) && !RT.gc.isTracked(d)) RT.gc.track(d);
    return d;
  }
  if (hasDictIter(o) && t.used >= Math.floor((t.dk.nentries * 2) / 3)) {
    const nt = t.copy(null); // clone_combined_dict_keys (the keys block is allocated first)
    const d = newDict();
    d.table.dispose();
    nt.owner = d;
    d.table = nt;
    for (let i = nt.nextIndex(0); i >= 0; i = nt.nextIndex(i + 1)) {
      incref(nt.keyAt(i));
      incref(nt.valueAt(i));
    }
    if (RT.gc.isTracked(o)) RT.gc.track(d);
    return d;
  }
  const d = newDict();
  try {
    dictMerge(d, o, 1);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

/** _PyDict_Pop: the removed value (new reference) or null when missing. */
function dictPop(d: DictObject, key: PyObject): PyObject | null {
  if (d.table.used === 0) return null;
  const v = d.table.delete(key);
  if (v === undefined) return null;
  const k = d.table.lastKey!;
  d.table.lastKey = undefined;
  // a split dict's entries do not own their keys (the class's shared keys do)
  if (d.table.shared === null) decref(k);
  return v;
}

/** dict.__sizeof__ (_PyDict_SizeOf): basicsize + the keys object when the dict owns it. */
export function dictSizeof(d: DictObject): number {
  return d.ob_type.tp_basicsize + d.table.sizeofStorage();
}

function classGetItem(cls: PyObject, arg: PyObject): PyObject {
  const ga = RT_EXT.genericAlias as ((origin: PyObject, args: PyObject) => PyObject) | undefined;
  if (typeof ga !== 'function') raise(E.TypeError, `type '${(cls as PyType).tp_name}' is not subscriptable`);
  return ga(cls, arg);
}

// ------------------------------------------------------------------ views

export class DictViewObject extends PyObject {
  constructor(
    type: PyType,
    public dv: DictObject | null,
  ) {
    super(type);
  }
}

function newView(type: PyType, d: DictObject): DictViewObject {
  const v = new DictViewObject(type, d);
  incref(d);
  allocObject(v, type.tp_basicsize);
  RT.gc.track(v);
  return v;
}

function viewDict(v: PyObject): DictObject {
  return (v as DictViewObject).dv!;
}

/** PyDictKeys_Check / PyDictItems_Check: the view types and their subclasses (collections.OrderedDict's) */
function isKeysView(o: PyObject): boolean {
  return A.isSubtype(o.ob_type, T.dict_keys);
}
function isItemsView(o: PyObject): boolean {
  return A.isSubtype(o.ob_type, T.dict_items);
}

function isSetView(o: PyObject): boolean {
  return isKeysView(o) || isItemsView(o);
}

function isAnySet(o: PyObject): boolean {
  return o instanceof SetObject;
}

/** dictitems_contains */
function itemsContains(v: PyObject, obj: PyObject): boolean {
  if (!(obj instanceof TupleObject) || obj.items.length !== 2) return false;
  const found = dictGetItem(viewDict(v), obj.items[0]);
  if (found === null) return false;
  incref(found);
  try {
    return A.richCompareBool(found, obj.items[1], CMP.EQ);
  } finally {
    decref(found);
  }
}

/** PySequence_List(o) */
function sequenceList(o: PyObject): ListObject {
  const l = newList(0);
  try {
    listExtend(l, o);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** PySet_New(iterable) */
function setNew(it: PyObject | null): SetObject {
  const s = newSet(T.set);
  if (it !== null) {
    try {
      RT.ext.setUpdate(s, it);
    } catch (e) {
      decref(s);
      throw e;
    }
  }
  return s;
}

/** dictviews_to_set */
function viewsToSet(self: PyObject): SetObject {
  let left = self;
  if (isKeysView(self)) {
    const d = viewDict(self);
    if (d.ob_type === T.dict) left = d;
  }
  return setNew(left);
}

function callSetMethod(s: PyObject, name: string, arg: PyObject): void {
  const r = RT.ext.callMethod(s, name, [arg]) as PyObject;
  decref(r);
}

function viewsSub(self: PyObject, other: PyObject): PyObject {
  const r = viewsToSet(self);
  try {
    callSetMethod(r, 'difference_update', other);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

function viewsOr(self: PyObject, other: PyObject): PyObject {
  const r = viewsToSet(self);
  try {
    RT.ext.setUpdate(r, other);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

function viewsAnd(self: PyObject, other: PyObject): PyObject {
  if (!isSetView(self)) {
    const t = other;
    other = self;
    self = t;
  }
  const lenSelf = viewDict(self).table.used;
  if (other.ob_type === T.set && lenSelf <= A.length(other)) {
    return RT.ext.callMethod(other, 'intersection', [self]) as PyObject;
  }
  if (isSetView(other)) {
    const lenOther = viewDict(other).table.used;
    if (lenOther > lenSelf) {
      const t = other;
      other = self;
      self = t;
    }
  }
  const result = setNew(null);
  try {
    const keysView = isKeysView(self);
    A.forEach(other, (key) => {
      const rv = keysView ? dictGetItem(viewDict(self), key) !== null : itemsContains(self, key);
      if (rv) RT.ext.setAdd(result, key);
    });
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function itemsXor(self: PyObject, other: PyObject): PyObject {
  const d1 = viewDict(self);
  const d2 = viewDict(other);
  const temp = dictCopy(d1);
  let result: SetObject | null = null;
  try {
    result = setNew(null);
    const t2 = d2.table;
    const h = new PyHash();
    for (let pos = t2.nextIndex(0); pos >= 0; pos = t2.nextIndex(pos + 1)) {
      const key = t2.keyAt(pos);
      const val2 = t2.valueAt(pos);
      t2.hashAt(pos, h);
      const hhi = h.hi,
        hlo = h.lo;
      incref(key);
      incref(val2);
      let val1: PyObject | null = null;
      try {
        const ix = temp.table.lookupKnownHash(key, hhi, hlo);
        let toDelete = false;
        if (ix >= 0) {
          val1 = newref(temp.table.valueAt(ix));
          toDelete = A.richCompareBool(val1, val2, CMP.EQ);
        }
        if (toDelete) {
          const old = temp.table.deleteKnownHash(key, hhi, hlo);
          if (old !== undefined) {
            const k = temp.table.lastKey!;
            temp.table.lastKey = undefined;
            if (temp.table.shared === null) decref(k);
            decref(old);
          }
        } else {
          const pair = newTuple([newref(key), newref(val2)]);
          try {
            RT.ext.setAdd(result, pair);
          } finally {
            decref(pair);
          }
        }
      } finally {
        decref(key);
        if (val1 !== null) decref(val1);
        decref(val2);
      }
    }
    const remaining = newView(T.dict_items, temp);
    try {
      RT.ext.setUpdate(result, remaining);
    } finally {
      decref(remaining);
    }
  } catch (e) {
    decref(temp);
    if (result !== null) decref(result);
    throw e;
  }
  decref(temp);
  return result;
}

function viewsXor(self: PyObject, other: PyObject): PyObject {
  if (isItemsView(self) && isItemsView(other)) return itemsXor(self, other);
  const r = viewsToSet(self);
  try {
    callSetMethod(r, 'symmetric_difference_update', other);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

/** all_contained_in(self, other) */
function allContainedIn(self: PyObject, other: PyObject): boolean {
  const it = A.getIter(self);
  try {
    for (;;) {
      const x = A.iterNext(it);
      if (x === null) return true;
      let ok: boolean;
      try {
        ok = A.contains(other, x);
      } finally {
        decref(x);
      }
      if (!ok) return false;
    }
  } finally {
    decref(it);
  }
}

function viewRichCompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (!isAnySet(other) && !isSetView(other)) return newref(NotImplemented);
  const ls = A.length(self);
  const lo = A.length(other);
  let ok = false;
  switch (op) {
    case CMP.NE:
    case CMP.EQ:
      if (ls === lo) ok = allContainedIn(self, other);
      if (op === CMP.NE) ok = !ok;
      break;
    case CMP.LT:
      if (ls < lo) ok = allContainedIn(self, other);
      break;
    case CMP.LE:
      if (ls <= lo) ok = allContainedIn(self, other);
      break;
    case CMP.GT:
      if (ls > lo) ok = allContainedIn(other, self);
      break;
    case CMP.GE:
      if (ls >= lo) ok = allContainedIn(other, self);
      break;
  }
  return newBool(ok);
}

function viewIsDisjoint(self: PyObject, other: PyObject): PyObject {
  if (self === other) return newBool(viewDict(self).table.used === 0);
  if (isAnySet(other) || isSetView(other)) {
    const ls = viewDict(self).table.used;
    const lo = A.length(other);
    if (lo > ls) {
      const t = other;
      other = self;
      self = t;
    }
  }
  const it = A.getIter(other);
  try {
    for (;;) {
      const x = A.iterNext(it);
      if (x === null) return newref(True);
      let c: boolean;
      try {
        c = A.contains(self, x);
      } finally {
        decref(x);
      }
      if (c) return newref(False);
    }
  } finally {
    decref(it);
  }
}

// ------------------------------------------------------------------ iterators with recycled results

/** dict_itemiterator / dict_reverse*iterator objects made here (dictiter_new / dictreviter_new). */
export class DictItemIterObject extends DictIterObject {
  result: TupleObject | null = null;
}

export class DictRevIterObject extends PyObject {
  rit: DictReverseIterator<PyObject, PyObject> | null;
  result: TupleObject | null = null;
  constructor(
    type: PyType,
    public src: DictObject | null,
  ) {
    super(type);
    this.rit = src === null ? null : new DictReverseIterator(src.table);
  }
}

/** PyTuple_Pack(2, None, None) */
function packNoneNone(): TupleObject {
  return newTuple([newref(None), newref(None)]);
}

function newItemIter(d: DictObject): DictItemIterObject {
  const it = new DictItemIterObject(T.dict_itemiterator, d);
  incref(d);
  allocObject(it, T.dict_itemiterator.tp_basicsize);
  it.result = packNoneNone();
  RT.gc.track(it);
  return it;
}

const TP_REV_VALUE = new PyType(null, 'dict_reversevalueiterator');
TP_REV_VALUE.tp_basicsize = 56;
TP_REV_VALUE.tp_flags = TPFLAGS.HAVE_GC;
const TP_REV_ITEM = new PyType(null, 'dict_reverseitemiterator');
TP_REV_ITEM.tp_basicsize = 56;
TP_REV_ITEM.tp_flags = TPFLAGS.HAVE_GC;
registerStaticTypes(TP_REV_VALUE, TP_REV_ITEM);

function newRevIter(type: PyType, d: DictObject): DictRevIterObject {
  const it = new DictRevIterObject(type, d);
  incref(d);
  allocObject(it, type.tp_basicsize);
  if (type === TP_REV_ITEM) it.result = packNoneNone();
  RT.gc.track(it);
  return it;
}

/** Fill the recycled (key, value) tuple when only the iterator holds it, else a new tuple. */
function itemResult(holder: { result: TupleObject | null }, key: PyObject, value: PyObject): PyObject {
  const r = holder.result;
  if (r !== null && r.ob_refcnt === 1) {
    const oldk = r.items[0];
    const oldv = r.items[1];
    r.items[0] = newref(key);
    r.items[1] = newref(value);
    incref(r);
    decref(oldk);
    decref(oldv);
    if (!RT.gc.isTracked(r)) RT.gc.track(r);
    return r;
  }
  return newTuple([newref(key), newref(value)]);
}

function revIterNext(o: PyObject): number {
  const it = o as DictRevIterObject;
  const d = it.src;
  if (d === null || it.rit === null) return -1;
  let i: number;
  try {
    i = it.rit.next();
  } catch (e) {
    it.src = null;
    decref(d);
    throw e;
  }
  if (i < 0) {
    it.src = null;
    it.rit = null;
    decref(d);
  }
  return i;
}

// ------------------------------------------------------------------ methods

const dictMethods: Record<string, Meth> = {
  keys: (self, _a, _s, nargs, kw) => {
    noArgs('dict.keys', nargs, kw);
    return newView(T.dict_keys, self as DictObject);
  },
  values: (self, _a, _s, nargs, kw) => {
    noArgs('dict.values', nargs, kw);
    return newView(T.dict_values, self as DictObject);
  },
  items: (self, _a, _s, nargs, kw) => {
    noArgs('dict.items', nargs, kw);
    return newView(T.dict_items, self as DictObject);
  },
  get: (self, args, start, nargs, kw) => {
    posArgs('get', nargs, kw, 1, 2);
    const v = dictGetItem(self as DictObject, args[start]);
    if (v !== null) return newref(v);
    return newref(nargs > 1 ? args[start + 1] : None);
  },
  setdefault: (self, args, start, nargs, kw) => {
    posArgs('setdefault', nargs, kw, 1, 2);
    const d = self as DictObject;
    const key = args[start];
    const dflt = nargs > 1 ? args[start + 1] : None;
    incref(key);
    incref(dflt);
    let v: PyObject;
    try {
      v = d.table.setdefault(key, dflt);
    } catch (e) {
      decref(key);
      decref(dflt);
      throw e;
    }
    if (d.table.lastInserted) {
      maintainTracking(d, key, dflt);
      return newref(v);
    }
    decref(key);
    decref(dflt);
    return newref(v);
  },
  pop: (self, args, start, nargs, kw) => {
    posArgs('pop', nargs, kw, 1, 2);
    const v = dictPop(self as DictObject, args[start]);
    if (v !== null) return v;
    if (nargs > 1) return newref(args[start + 1]);
    raiseKeyError(args[start]);
  },
  popitem: (self, _a, _s, nargs, kw) => {
    noArgs('dict.popitem', nargs, kw);
    const d = self as DictObject;
    const res = packNoneNone();
    if (d.table.used === 0) {
      decref(res);
      raise(E.KeyError, 'popitem(): dictionary is empty');
    }
    const [k, v] = d.table.popitem();
    const on = res.items[0];
    const ov = res.items[1];
    res.items[0] = k;
    res.items[1] = v;
    decref(on);
    decref(ov);
    return res;
  },
  update: (self, args, start, nargs, kw) => {
    dictUpdateCommon(self as DictObject, args, start, nargs, kw, 'update');
    return newref(None);
  },
  clear: (self, _a, _s, nargs, kw) => {
    noArgs('dict.clear', nargs, kw);
    dictClear(self as DictObject);
    return newref(None);
  },
  copy: (self, _a, _s, nargs, kw) => {
    noArgs('dict.copy', nargs, kw);
    return dictCopy(self as DictObject);
  },
  __reversed__: (self, _a, _s, nargs, kw) => {
    noArgs('dict.__reversed__', nargs, kw);
    return newRevIter(T.dict_reversekeyiterator, self as DictObject);
  },
  __sizeof__: (self, _a, _s, nargs, kw) => {
    noArgs('dict.__sizeof__', nargs, kw);
    return newInt(dictSizeof(self as DictObject));
  },
};

/** dict.fromkeys(iterable, value=None) (_PyDict_FromKeys) */
function dictFromKeys(cls: PyObject, args: PyObject[], start: number, nargs: number, kw: PyObject | null): PyObject {
  if (kwCount(kw) > 0) raise(E.TypeError, 'dict.fromkeys() takes no keyword arguments');
  posArgs('fromkeys', nargs, kw, 1, 2);
  const iterable = args[start];
  const value = nargs > 1 ? args[start + 1] : None;
  const d = A.call(cls, [], 0, 0, null);
  try {
    if (d.ob_type === T.dict) {
      const dd = d as DictObject;
      if (iterable.ob_type === T.dict) {
        const src = (iterable as DictObject).table;
        dd.table.fromKeysOfDict(src, value);
        const t = dd.table;
        for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
          const k = t.keyAt(i);
          incref(k);
          incref(value);
          maintainTracking(dd, k, value);
        }
        return d;
      }
      if (iterable.ob_type === T.set || iterable.ob_type === T.frozenset) {
        const src = (iterable as SetObject).table;
        dd.table.fromKeysOfSet(src, value);
        const t = dd.table;
        for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
          const k = t.keyAt(i);
          incref(k);
          incref(value);
          maintainTracking(dd, k, value);
        }
        return d;
      }
    }
    const it = A.getIter(iterable);
    try {
      for (;;) {
        const key = A.iterNext(it);
        if (key === null) break;
        try {
          if (d.ob_type === T.dict) dictSetItem(d as DictObject, key, value);
          else A.setItem(d, key, value);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

function viewMethods(typeName: string, extra: Record<string, Meth>): Record<string, Meth> {
  return {
    isdisjoint: (self, args, start, nargs, kw) => {
      oneArg(`${typeName}.isdisjoint`, nargs, kw);
      return viewIsDisjoint(self, args[start]);
    },
    ...extra,
  };
}

onBootstrap(() => {
  defineMethods(T.dict, {
    ...dictMethods,
    fromkeys: { kind: 'class', fn: dictFromKeys },
    __class_getitem__: {
      kind: 'class',
      fn: (cls, args, start, nargs, kw) => {
        oneArg('dict.__class_getitem__', nargs, kw);
        return classGetItem(cls, args[start]);
      },
    },
  });
  const dt = T.dict;
  dt.tp_init = (self, args, start, nargs, kwnames) => {
    if (self.ob_type !== T.dict) {
      dictUpdateCommon(self as DictObject, args, start, nargs, kwnames, 'dict');
      return;
    }
    // dict(...) of the exact type is dict_vectorcall: the argument, then each keyword set in order
    if (nargs > 1) raise(E.TypeError, `dict expected at most 1 argument, got ${nargs}`);
    const d = self as DictObject;
    if (nargs === 1) dictUpdateArg(d, args[start]);
    const n = kwCount(kwnames);
    for (let i = 0; i < n; i++) dictSetItem(d, (kwnames as TupleObject).items[i], args[start + nargs + i]);
  };
  dt.nb_or = (a, b) => {
    if (!(a instanceof DictObject) || !(b instanceof DictObject)) return newref(NotImplemented);
    const r = dictCopy(a);
    try {
      dictUpdateArg(r, b);
    } catch (e) {
      decref(r);
      throw e;
    }
    return r;
  };
  dt.nb_inplace_or = (a, b) => {
    dictUpdateArg(a as DictObject, b);
    return newref(a);
  };
  // ---- views
  for (const vt of [T.dict_keys, T.dict_values, T.dict_items]) {
    vt.tp_dealloc = (o) => {
      const v = o as DictViewObject;
      RT.gc.untrack(v);
      const d = v.dv;
      v.dv = null;
      if (d !== null) decref(d);
      freeObject(v, v.ob_type.tp_basicsize);
    };
    vt.tp_traverse = (o, visit) => {
      const d = (o as DictViewObject).dv;
      if (d !== null) visit(d);
    };
    vt.sq_length = (o) => viewDict(o).table.used;
    vt.tp_hash = null;
    vt.tp_repr = (o) => {
      if (RT.ext.reprEnter(o)) return newStr('...');
      try {
        const l = sequenceList(o);
        try {
          return newStr(`${o.ob_type.tp_name}(${A.reprString(l)})`);
        } finally {
          decref(l);
        }
      } finally {
        RT.ext.reprLeave(o);
      }
    };
    defineGetSets(vt, {
      mapping: { get: (o) => RT.ext.newMappingProxy(viewDict(o)) as PyObject },
    });
  }
  T.dict_keys.tp_iter = (o) => newDictIter(T.dict_keyiterator, viewDict(o));
  T.dict_values.tp_iter = (o) => newDictIter(T.dict_valueiterator, viewDict(o));
  T.dict_items.tp_iter = (o) => newItemIter(viewDict(o));
  T.dict_keys.sq_contains = (o, k) => dictGetItem(viewDict(o), k) !== null;
  T.dict_items.sq_contains = (o, k) => itemsContains(o, k);
  for (const vt of [T.dict_keys, T.dict_items]) {
    vt.tp_richcompare = viewRichCompare;
    vt.nb_subtract = viewsSub;
    vt.nb_and = viewsAnd;
    vt.nb_or = viewsOr;
    vt.nb_xor = viewsXor;
  }
  defineMethods(T.dict_keys, viewMethods('dict_keys', {
    __reversed__: (self, _a, _s, nargs, kw) => {
      noArgs('dict_keys.__reversed__', nargs, kw);
      return newRevIter(T.dict_reversekeyiterator, viewDict(self));
    },
  }));
  defineMethods(T.dict_items, viewMethods('dict_items', {
    __reversed__: (self, _a, _s, nargs, kw) => {
      noArgs('dict_items.__reversed__', nargs, kw);
      return newRevIter(TP_REV_ITEM, viewDict(self));
    },
  }));
  defineMethods(T.dict_values, {
    __reversed__: (self, _a, _s, nargs, kw) => {
      noArgs('dict_values.__reversed__', nargs, kw);
      return newRevIter(TP_REV_VALUE, viewDict(self));
    },
  });
  // ---- iterators: the item iterator recycles its result tuple; reverse iterators
  const it = T.dict_itemiterator;
  it.tp_iternext = (o) => {
    const di = o as DictItemIterObject;
    const d = di.src;
    if (d === null) return null;
    const i = dictIterAdvance(di);
    if (i < 0) return null;
    const t = d.table;
    return itemResult(di, t.keyAt(i), t.valueAt(i));
  };
  it.tp_dealloc = (o) => {
    const di = o as DictItemIterObject;
    RT.gc.untrack(di);
    const d = di.src;
    di.src = null;
    if (d !== null) decref(d);
    const r = di.result ?? null;
    di.result = null;
    if (r !== null) decref(r);
    freeObject(di, di.ob_type.tp_basicsize);
  };
  it.tp_traverse = (o, visit) => {
    const di = o as DictItemIterObject;
    if (di.src !== null) visit(di.src);
    if (di.result) visit(di.result);
  };
  for (const rt of [T.dict_reversekeyiterator, TP_REV_VALUE, TP_REV_ITEM]) {
    rt.tp_iter = (o) => newref(o);
    rt.tp_dealloc = (o) => {
      const di = o as DictRevIterObject;
      RT.gc.untrack(di);
      const d = di.src;
      di.src = null;
      if (d !== null) decref(d);
      const r = di.result;
      di.result = null;
      if (r !== null) decref(r);
      freeObject(di, di.ob_type.tp_basicsize);
    };
    rt.tp_traverse = (o, visit) => {
      const di = o as DictRevIterObject;
      if (di.src !== null) visit(di.src);
      if (di.result !== null) visit(di.result);
    };
  }
  T.dict_reversekeyiterator.tp_iternext = (o) => {
    const d = (o as DictRevIterObject).src;
    const i = revIterNext(o);
    return i < 0 ? null : newref(d!.table.keyAt(i));
  };
  TP_REV_VALUE.tp_iternext = (o) => {
    const d = (o as DictRevIterObject).src;
    const i = revIterNext(o);
    return i < 0 ? null : newref(d!.table.valueAt(i));
  };
  TP_REV_ITEM.tp_iternext = (o) => {
    const di = o as DictRevIterObject;
    const d = di.src;
    const i = revIterNext(o);
    if (i < 0) return null;
    return itemResult(di, d!.table.keyAt(i), d!.table.valueAt(i));
  };
  // __length_hint__ of the dict iterators (dictiter_len)
  for (const itT of [T.dict_keyiterator, T.dict_valueiterator, T.dict_itemiterator]) {
    defineMethods(itT, {
      __length_hint__: (self, _a, _s, nargs, kw) => {
        noArgs(`${itT.tp_name}.__length_hint__`, nargs, kw);
        const di = self as DictIterObject;
        return newInt(di.src !== null && di.it !== null ? di.it.lengthHint() : 0);
      },
    });
  }
  for (const itT of [T.dict_reversekeyiterator, TP_REV_VALUE, TP_REV_ITEM]) {
    defineMethods(itT, {
      __length_hint__: (self, _a, _s, nargs, kw) => {
        noArgs(`${itT.tp_name}.__length_hint__`, nargs, kw);
        const di = self as DictRevIterObject;
        return newInt(di.src !== null && di.rit !== null ? di.rit.len : 0);
      },
    });
  }
  RT_EXT.dictCopy = dictCopy;
  RT_EXT.dictMerge = dictMerge;
  RT_EXT.dictUpdateArg = dictUpdateArg;
  RT_EXT.dictSizeof = dictSizeof;
  RT_EXT.sequenceList = sequenceList;
  void listClearItems;
  void EMPTY_TUPLE;
  void StrObject;
});

void DictIterator;
