/**
 * dict objects on DictTable (dicttable.ts, CPython's compact dict). The table holds one reference to each
 * key and value. Keys objects are allocated through the heap where CPython allocates them (the hooks).
 * Freed dict objects go to an 80-entry freelist, as CPython's.
 */
import { PyObject, RT, incref, decref, newref, GCK_DICT, encodeAddr, decodeAddr } from './object';
import { T } from './types';
import { StrObject, ID, probe } from './str';
import { DictTable, PYDICT_LOG_MINSIZE, keysSize, type DictHooks, type SharedKeysModel } from './dicttable';
import { PyHash } from '../lib/pyhash';
import { allocContainerObject, freeContainerObject } from '../memory/heap';
import { E, raise, makeException } from './exceptions';
import { PyErr } from './object';
import { RT_EXT } from '../vm/rtext';

export class DictObject extends PyObject {
  table: DictTable<PyObject, PyObject>;
  /**
   * A stand-in for an instance's values (no dict object exists in CPython yet): see newInstanceValues.
   * It is never allocated itself and becomes a real dict only through materializeInstanceDict.
   */
  inlineValues = false;
  /** valuesAddr as a small integer (encodeAddr) */
  valuesCode = 0;
  valuesBytes = 0;
  /** The capacity of this split dict's values, separate or embedded (PyDictValues.capacity, 3.13 copy_values) */
  valuesCapacity = 0;
  /** 3.13: the instance whose embedded values this (materialised) dict uses while it is split */
  embeddedIn: PyObject | null = null;
  constructor() {
    super(T.dict);
    this.table = new DictTable<PyObject, PyObject>(DICT_HOOKS, this);
  }

  /** The values array this split dict (or stand-in) owns: its PyMem block, 0 when none (or embedded, 3.13). */
  get valuesAddr(): number {
    return decodeAddr(this.valuesCode);
  }

  set valuesAddr(a: number) {
    this.valuesCode = a === 0 ? 0 : encodeAddr(a);
  }
}

/** Hooks binding the generic table to the object model. Set up by initDictHooks (needs abstract.ts). */
export const DICT_HOOKS: DictHooks<PyObject> = {
  hash(key: PyObject, out: PyHash): void {
    // an exact str with its hash cached (most keys): no call through tp_hash
    if (key.ob_type === T.str) {
      const c = (key as StrObject).hashCache;
      if (c !== null) {
        out.hi = c.hi;
        out.lo = c.lo;
        return;
      }
    }
    const f = key.ob_type.tp_hash;
    if (f === null) raise(E.TypeError, `unhashable type: '${key.ob_type.tp_name}'`);
    const h = f(key);
    out.hi = h.hi;
    out.lo = h.lo;
  },
  eq(a: PyObject, b: PyObject): boolean {
    return dictEqHook(a, b);
  },
  exactStr(key: PyObject): string | null {
    return key.ob_type === T.str ? (key as StrObject).value : null;
  },
  newKeys(_owner: unknown, log2: number, unicode: boolean, nbytes: number, how: 'new' | 'clone'): unknown {
    // new_keys_object reuses a freed smallest str-keys table; clone_combined_dict_keys always mallocs
    const fl = RT.freelists.dictKeys;
    if (how === 'new' && log2 === PYDICT_LOG_MINSIZE && unicode && fl.length > 0) return fl.pop();
    return RT.heap.malloc(nbytes);
  },
  freeKeys(_owner: unknown, handle: unknown, log2: number, unicode: boolean, nbytes: number): void {
    // free_keys_object / dictresize: a smallest str-keys table goes to the keys freelist (up to 80); the
    // block stays allocated (and keeps its tracemalloc trace)
    const fl = RT.freelists.dictKeys;
    if (log2 === PYDICT_LOG_MINSIZE && unicode && fl.length < RT.profile.freelists.dictKeys) {
      fl.push(handle as number);
      return;
    }
    RT.heap.free(handle as number, nbytes);
  },
  onUnsplit(owner: unknown): void {
    if (!(owner instanceof DictObject)) return;
    // the table's own keys object now holds a reference to each key (dictresize increfs them)
    if (owner.table.used > 0) dictForEach(owner, (k) => incref(k));
    // dictresize / PyDict_Clear of a split dict: free_values (embedded 3.13 values stay in the object)
    freeValuesArray(owner);
  },
  onSplitKey(_owner: unknown, key: PyObject, added: boolean): void {
    // insert_into_dictkeys: a new name's reference goes to the shared keys; the split entry owns none
    if (!added) decref(key);
  },
};

/**
 * new_values(n): bytes of a separately allocated values array of capacity n (PyMem_Malloc).  3.11 / 3.12:
 * an insertion-order prefix of round_up(n + 2, 8) bytes before n pointers; 3.13: a header word and n
 * pointers followed by an order suffix of round_up(n, 8) bytes (values_size_from_count), which is also
 * _PyInlineValuesSize, the bytes 3.13 embeds in an object of an inline-values class.
 */
export function valuesArraySize(n: number): number {
  const round8 = (x: number) => (x + 7) & ~7;
  if (RT.profile.version === '3.13') return (n + 1) * 8 + round8(n);
  return round8(n + 2) + 8 * n;
}

/**
 * new_values(n): a values array of capacity n for the split dict (or instance stand-in) `d`.  Callers that
 * allocate a dict object too allocate the values first, as CPython does.
 */
export function allocValuesArray(d: DictObject, n: number): void {
  const nbytes = valuesArraySize(n);
  setValuesArray(d, RT.heap.malloc(nbytes), nbytes, n);
}

function setValuesArray(d: DictObject, addr: number, nbytes: number, capacity: number): void {
  d.valuesAddr = addr;
  d.valuesBytes = nbytes;
  d.valuesCapacity = capacity;
}

/** A split dict sharing `shared` with a new values array of capacity n (new_dict_with_shared_keys). */
export function newSplitDict(shared: SharedKeysModel, n: number, useFreelist = true): DictObject {
  const nbytes = valuesArraySize(n);
  const addr = RT.heap.malloc(nbytes);
  const d = newDict(useFreelist);
  setValuesArray(d, addr, nbytes, n);
  d.table.shared = shared;
  return d;
}

/** free_values: release the values array `d` owns, if any. */
export function freeValuesArray(d: DictObject): void {
  if (d.valuesBytes === 0) return;
  RT.heap.free(d.valuesAddr, d.valuesBytes);
  setValuesArray(d, 0, 0, 0);
}

/** Empty the dict keys freelist back to the allocator (_PyDict_ClearFreeList, by a full collection). */
export function clearDictKeysFreelist(): void {
  const fl = RT.freelists.dictKeys;
  const nbytes = keysSize(PYDICT_LOG_MINSIZE, true);
  while (fl.length > 0) RT.heap.free(fl.pop()!, nbytes);
}
RT_EXT.clearDictKeysFreelist = clearDictKeysFreelist;

let dictEqHook: (a: PyObject, b: PyObject) => boolean = () => false;
export function setDictEq(f: (a: PyObject, b: PyObject) => boolean): void {
  dictEqHook = f;
}

/** A new empty dict. New reference. */
export function newDict(useFreelist = true): DictObject {
  const fl = RT.freelists.dict;
  let d: DictObject;
  // dict() itself allocates with PyType_GenericAlloc (dict_new): no freelist
  if (useFreelist && fl.length > 0) {
    d = fl.pop() as DictObject;
    d.ob_refcnt = 1;
    d.embeddedIn = null;
    d.valuesCapacity = 0;
    const t = d.table;
    if (t.hooks !== DICT_HOOKS || t.owner !== d || !t.restart()) d.table = new DictTable<PyObject, PyObject>(DICT_HOOKS, d);
    RT.onFreelistPop(d);
  } else {
    d = new DictObject();
    allocContainerObject(d, RT.profile.sizes.dict);
  }
  // dicts start untracked while they hold only atomic values (3.10 to 3.13); tracked on first container value
  return d;
}

/**
 * The attribute storage of a managed-dict instance whose values exist without a dict object (3.11 / 3.12:
 * a values array allocated when object.__new__ made the instance, `valuesBytes` > 0; 3.13: values embedded
 * in the object's own block, `valuesBytes` = 0).  The stand-in only holds the entries (split on the class's
 * shared keys): it has no memory, no address and no GC presence of its own, and is only ever referenced by
 * its instance's `dict` field.  `obj.__dict__` replaces it with a real dict (materializeInstanceDict,
 * objects/typeobject.ts).  New reference.
 */
export function newInstanceValues(): DictObject {
  const d = new DictObject();
  d.inlineValues = true;
  return d;
}

/** Track the dict if `value` may hold references (MAINTAIN_TRACKING). */
function maintainTracking(d: DictObject, key: PyObject, value: PyObject): void {
  // (RT.gc.isTracked, written out: this read of `gch` sees dicts only, a fast monomorphic load)
  const h = d.gch;
  if (h !== null && h.next !== null) return;
  if (d.inlineValues) return; // instance values: not a GC object (typeobject.instanceDict)
  if (RT.gc.mayBeTracked(value) || RT.gc.mayBeTracked(key)) {
    if (d.ob_type === T.dict) RT.gc.trackExact(d, GCK_DICT);
    else RT.gc.track(d);
  }
}

/** d[key] = value (borrowed key and value). */
export function dictSetItem(d: DictObject, key: PyObject, value: PyObject): void {
  incref(key);
  incref(value);
  let old: PyObject | undefined;
  try {
    old = d.table.set(key, value);
  } catch (e) {
    decref(key);
    decref(value);
    throw e;
  }
  // insertdict runs MAINTAIN_TRACKING for a new key and for a replaced value alike
  maintainTracking(d, key, value);
  if (old !== undefined) {
    // the table kept its original key; drop the extra reference we took for the new one
    decref(key);
    decref(old);
  }
}

/**
 * 3.13 store_instance_attr_lock_held: `obj.name = value` on an object whose materialized __dict__ still uses
 * the values embedded in the object stores into those values and only counts the entry in the dict: no
 * MAINTAIN_TRACKING, so a dict made untracked stays untracked (measured, 3.13.0).  `key` is an exact str the
 * shared keys hold or take; borrowed key and value.
 */
export function dictSetEmbeddedValue(d: DictObject, key: PyObject, value: PyObject): void {
  incref(key);
  incref(value);
  const old = d.table.set(key, value);
  if (old !== undefined) {
    decref(key);
    decref(old);
  }
}

/** d[key] (borrowed) or null when missing. May raise for unhashable keys or a failing __eq__. */
export function dictGetItem(d: DictObject, key: PyObject): PyObject | null {
  const v = d.table.get(key);
  return v === undefined ? null : v;
}

/** Look up a str key by its JS value (engine-internal names). Borrowed or null. */
export function dictGetStr(d: DictObject, name: string): PyObject | null {
  const v = d.table.get(probe(name));
  return v === undefined ? null : v;
}

/** d[name] = value with a static identifier key (engine-known names such as __module__). */
export function dictSetStr(d: DictObject, name: string, value: PyObject): void {
  dictSetItem(d, ID(name), value);
}

/** del d[key]; returns false when missing. */
export function dictDelItem(d: DictObject, key: PyObject): boolean {
  const old = d.table.delete(key);
  if (old === undefined) return false;
  const k = d.table.lastKey!;
  d.table.lastKey = undefined;
  // a split dict's entries do not own their keys (the class's shared keys do)
  if (d.table.shared === null) decref(k);
  decref(old);
  return true;
}

export function raiseKeyError(key: PyObject): never {
  const exc = makeException(E.KeyError);
  // KeyError(key): args = (key,)
  RT.setExcArgs(exc, [key]);
  throw new PyErr(exc);
}

/** dictClear's release of one entry (a module-level function: no closure per call). */
function releaseEntry(k: PyObject, v: PyObject, ownsKey: boolean): void {
  if (ownsKey) decref(k);
  decref(v);
}

/** Release every entry (in entry order, key then value, as dict_dealloc / clear do). */
export function dictClear(d: DictObject): void {
  // free_keys_object: key then value of each entry in entry order, then the keys block
  d.table.clear(releaseEntry);
}

export function dictDealloc(o: PyObject): void {
  const d = o as DictObject;
  RT.gc.untrackExact(d);
  dictClear(d);
  // a split dict's values array goes after its entries (dict_dealloc: free_values); dictClear freed it
  // unless clear() keeps the table split (3.13 embedded values own no block)
  freeValuesArray(d);
  // a table that stayed split (3.13 embedded values) lets go of the shared keys
  d.table.shared = null;
  // a stand-in for instance values has no memory of its own (_PyObject_FreeInstanceAttributes)
  if (d.inlineValues) return;
  const fl = RT.freelists.dict;
  if (d.ob_type === T.dict && fl.length < RT.profile.freelists.dict) {
    fl.push(d);
    RT.onFreelistPush(d);
    return;
  }
  freeContainerObject(d, d.ob_type.tp_basicsize);
}

/** Iterate live entries: fn(key, value) borrowed. Detects mutation like CPython's dict iterators. */
export function dictForEach(d: DictObject, fn: (k: PyObject, v: PyObject) => void): void {
  const t = d.table;
  for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) fn(t.keyAt(i), t.valueAt(i));
}

export function dictLen(d: DictObject): number {
  return d.table.used;
}

export { newref };
