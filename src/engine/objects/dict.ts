/**
 * dict objects on DictTable (dicttable.ts, CPython's compact dict). The table holds one reference to each
 * key and value. Keys objects are allocated through the heap where CPython allocates them (the hooks).
 * Freed dict objects go to an 80-entry freelist, as CPython's.
 */
import { PyObject, RT, incref, decref, newref } from './object';
import { T } from './types';
import { StrObject, ID, probe } from './str';
import { DictTable, PYDICT_LOG_MINSIZE, keysSize, type DictHooks } from './dicttable';
import { PyHash } from '../lib/pyhash';
import { allocObject, freeObject } from '../memory/heap';
import { E, raise, makeException } from './exceptions';
import { PyErr } from './object';
import { RT_EXT } from '../vm/rtext';

export class DictObject extends PyObject {
  table: DictTable<PyObject, PyObject>;
  constructor() {
    super(T.dict);
    this.table = new DictTable<PyObject, PyObject>(DICT_HOOKS, this);
  }
}

/** Hooks binding the generic table to the object model. Set up by initDictHooks (needs abstract.ts). */
export const DICT_HOOKS: DictHooks<PyObject> = {
  hash(key: PyObject, out: PyHash): void {
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
};

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
    (d as any).inlineValues = false;
    d.ob_refcnt = 1;
    d.table = new DictTable<PyObject, PyObject>(DICT_HOOKS, d);
    RT.onFreelistPop(d);
  } else {
    d = new DictObject();
    allocObject(d, RT.profile.sizes.dict);
  }
  // dicts start untracked while they hold only atomic values (3.10 to 3.13); tracked on first container value
  return d;
}

/**
 * The attribute storage of a managed-dict instance (3.11+ keeps attributes in a values array, not in a dict
 * object): allocated directly, never from the dict freelist, and not counted by the cyclic GC's gen-0
 * count (memory/gc.ts skips `inlineValues` objects). It becomes a real dict when `__dict__` is requested
 * (RT.ext.materializeInstanceDict). New reference.
 */
export function newInstanceValues(): DictObject {
  const d = new DictObject();
  (d as any).inlineValues = true;
  allocObject(d, RT.profile.sizes.dict);
  return d;
}

/** Track the dict if `value` may hold references (MAINTAIN_TRACKING). */
function maintainTracking(d: DictObject, key: PyObject, value: PyObject): void {
  if (RT.gc.isTracked(d)) return;
  if ((d as any).inlineValues === true) return; // instance values: not a GC object (typeobject.instanceDict)
  if (RT.gc.mayBeTracked(value) || RT.gc.mayBeTracked(key)) RT.gc.track(d);
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
  decref(k);
  decref(old);
  return true;
}

export function raiseKeyError(key: PyObject): never {
  const exc = makeException(E.KeyError);
  // KeyError(key): args = (key,)
  RT.setExcArgs(exc, [key]);
  throw new PyErr(exc);
}

/** Release every entry (in entry order, key then value, as dict_dealloc / clear do). */
export function dictClear(d: DictObject): void {
  // free_keys_object: key then value of each entry in entry order, then the keys block
  d.table.clear((k, v) => {
    decref(k);
    decref(v);
  });
}

export function dictDealloc(o: PyObject): void {
  const d = o as DictObject;
  RT.gc.untrack(d);
  dictClear(d);
  const fl = RT.freelists.dict;
  // instance values (not materialised as a dict) are freed directly, like CPython's values array
  if (d.ob_type === T.dict && (d as any).inlineValues !== true && fl.length < RT.profile.freelists.dict) {
    fl.push(d);
    RT.onFreelistPush(d);
    return;
  }
  freeObject(d, d.ob_type.tp_basicsize);
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
