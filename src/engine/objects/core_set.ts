/**
 * set and frozenset objects on SetTable (settable.ts, CPython's setobject.c): storage, allocation of the
 * separate table beyond the 8-slot small table, and the slots the eval loop needs. The method set lives in
 * setmethods.ts.
 */
import { PyObject, PyType, RT, incref, decref, newref } from './object';
import { T } from './types';
import { NotImplemented } from './singletons';
import { E, raise } from './exceptions';
import { StrObject, newStr } from './str';
import { newBool } from './numbers';
import { SetTable, SetIterator, type SetHooks } from './settable';
import { onBootstrap } from './typeobject';
import { allocObject, freeObject } from '../memory/heap';
import * as A from '../vm/abstract';
import { RT_EXT } from '../vm/rtext';
import { CMP } from '../compiler/opcodes';
import { PyHash } from '../lib/pyhash';

export class SetObject extends PyObject {
  table: SetTable<PyObject>;
  hashCache: PyHash | null = null;
  constructor(type: PyType) {
    super(type);
    this.table = new SetTable<PyObject>(SET_HOOKS, this);
  }
}

export const SET_HOOKS: SetHooks<PyObject> = {
  hash(key: PyObject, out: PyHash): void {
    const f = key.ob_type.tp_hash;
    if (f === null) raise(E.TypeError, `unhashable type: '${key.ob_type.tp_name}'`);
    const h = f(key);
    out.hi = h.hi;
    out.lo = h.lo;
  },
  eq(a: PyObject, b: PyObject): boolean {
    return A.richCompareBool(a, b, CMP.EQ);
  },
  exactStr(key: PyObject): string | null {
    return key.ob_type === T.str ? (key as StrObject).value : null;
  },
  newTable(_owner: unknown, _slots: number, nbytes: number): unknown {
    return RT.heap.malloc(nbytes);
  },
  freeTable(_owner: unknown, handle: unknown, _slots: number, nbytes: number): void {
    RT.heap.free(handle as number, nbytes);
  },
};

export function newSet(type: PyType = T.set): SetObject {
  const s = new SetObject(type);
  if (type !== T.set && type !== T.frozenset) incref(type);
  allocObject(s, type.tp_basicsize);
  RT.gc.track(s);
  return s;
}

/** Add `key` (borrowed) to set `s`. */
export function setAddKey(s: SetObject, key: PyObject): void {
  incref(key);
  let added: boolean;
  try {
    added = s.table.add(key);
  } catch (e) {
    decref(key);
    throw e;
  }
  if (!added) decref(key);
}

/**
 * set_merge(so, other): one up-front resize, then a slot copy / clean insertion into an empty table (every
 * key gains a reference) or set_add_entry per key (a reference only for the keys actually added).
 */
export function setMerge(s: SetObject, other: SetObject): void {
  const st = s.table;
  const ot = other.table;
  if (other === s || ot.used === 0) return;
  if ((st.fill + ot.used) * 5 >= st.mask * 3) st.resize((st.used + ot.used) * 2);
  if (st.fill === 0) {
    st.merge(ot);
    for (let i = st.nextIndex(0); i >= 0; i = st.nextIndex(i + 1)) incref(st.keyAt(i));
    return;
  }
  for (let i = 0; i <= ot.mask; i++) {
    const k = ot.activeKeyAt(i);
    if (k === undefined) continue;
    incref(k);
    let added: boolean;
    try {
      added = st.addKnownHash(k, ot.hashHi[i], ot.hashLo[i]);
    } catch (e) {
      decref(k);
      throw e;
    }
    if (!added) decref(k);
  }
}

/** set_update_internal(so, other): sets merge, exact dicts add their keys with the stored hashes, else iterate. */
export function setUpdateFrom(s: SetObject, it: PyObject): void {
  if (it instanceof SetObject) {
    setMerge(s, it);
    return;
  }
  if (it.ob_type === T.dict) {
    const d = (it as unknown as { table: import('./dicttable').DictTable<PyObject, PyObject> }).table;
    const st = s.table;
    const n = d.used;
    if ((st.fill + n) * 5 >= st.mask * 3) st.resize((st.used + n) * 2);
    const h = new PyHash();
    for (let i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
      const k = d.keyAt(i);
      d.hashAt(i, h);
      incref(k);
      let added: boolean;
      try {
        added = st.addKnownHash(k, h.hi, h.lo);
      } catch (e) {
        decref(k);
        throw e;
      }
      if (!added) decref(k);
    }
    return;
  }
  A.forEach(it, (x) => setAddKey(s, x));
}

function setDealloc(o: PyObject): void {
  const s = o as SetObject;
  RT.gc.untrack(s);
  RT.clearWeakrefs(s);
  // set_dealloc: the keys are released in slot order before the separate table is freed
  const keys = s.table.toArray();
  for (const k of keys) decref(k);
  s.table.dispose();
  freeObject(s, s.ob_type.tp_basicsize);
  // the heap type of a subclass instance is released by subtype_dealloc (typeobject.ts), not here
}

export class SetIterObject extends PyObject {
  it: SetIterator<PyObject>;
  constructor(public set: SetObject | null) {
    super(T.set_iterator);
    this.it = new SetIterator(set!.table);
  }
}

onBootstrap(() => {
  for (const st of [T.set, T.frozenset]) {
    const frozen = st === T.frozenset;
    st.tp_dealloc = setDealloc;
    st.tp_repr = (o) => {
      const s = o as SetObject;
      const name = o.ob_type.tp_name;
      if (s.table.used === 0) return newStr(`${name}()`);
      if (RT.ext.reprEnter(o)) return newStr(`${name}(...)`);
      try {
        const parts = s.table.toArray().map((k) => A.reprString(k));
        const body = `{${parts.join(', ')}}`;
        return newStr(o.ob_type === T.set ? body : `${name}(${body})`);
      } finally {
        RT.ext.reprLeave(o);
      }
    };
    st.sq_length = (o) => (o as SetObject).table.used;
    st.sq_contains = (o, k) => (o as SetObject).table.contains(k);
    st.tp_iter = (o) => {
      const it = new SetIterObject(o as SetObject);
      incref(o);
      allocObject(it, T.set_iterator.tp_basicsize);
      RT.gc.track(it);
      return it;
    };
    st.tp_traverse = (o, visit) => {
      for (const k of (o as SetObject).table.toArray()) visit(k);
    };
    st.tp_richcompare = (a, b, op) => {
      if (!(a instanceof SetObject) || !(b instanceof SetObject)) return newref(NotImplemented);
      const x = a.table;
      const y = b.table;
      switch (op) {
        case CMP.EQ:
          return newBool(x.used === y.used && x.isSubset(y));
        case CMP.NE:
          return newBool(!(x.used === y.used && x.isSubset(y)));
        case CMP.LE:
          return newBool(x.isSubset(y));
        case CMP.GE:
          return newBool(y.isSubset(x));
        case CMP.LT:
          return newBool(x.used < y.used && x.isSubset(y));
        default:
          return newBool(x.used > y.used && y.isSubset(x));
      }
    };
    if (frozen) {
      st.tp_hash = (o) => {
        const s = o as SetObject;
        if (s.hashCache === null) s.hashCache = s.table.frozensetHash(new PyHash());
        return s.hashCache;
      };
    } else st.tp_hash = null;
    st.tp_new = (type, args, start, nargs) => {
      if (nargs > 1) raise(E.TypeError, `${type.tp_name} expected at most 1 argument, got ${nargs}`);
      if (frozen && type === T.frozenset && nargs === 1 && args[start].ob_type === T.frozenset) return newref(args[start]);
      const s = newSet(type);
      if (frozen && nargs === 1) setUpdateFrom(s, args[start]);
      return s;
    };
    if (!frozen) {
      st.tp_init = (self, args, start, nargs) => {
        if (nargs > 1) raise(E.TypeError, `set expected at most 1 argument, got ${nargs}`);
        const s = self as SetObject;
        if (s.table.used > 0) {
          const keys = s.table.toArray();
          s.table.clear();
          for (const k of keys) decref(k);
        }
        if (nargs === 1) setUpdateFrom(s, args[start]);
      };
    }
  }
  const si = T.set_iterator;
  si.tp_iter = (o) => newref(o);
  si.tp_iternext = (o) => {
    const it = o as SetIterObject;
    const s = it.set;
    if (s === null) return null;
    const i = it.it.next();
    if (i < 0) {
      it.set = null;
      decref(s);
      return null;
    }
    return newref(s.table.keyAt(i));
  };
  si.tp_dealloc = (o) => {
    const it = o as SetIterObject;
    RT.gc.untrack(it);
    const s = it.set;
    it.set = null;
    if (s !== null) decref(s);
    freeObject(it, T.set_iterator.tp_basicsize);
  };
  RT_EXT.newSetFrom = (items: PyObject[]) => {
    const s = newSet();
    try {
      for (const x of items) setAddKey(s, x);
    } catch (e) {
      // BUILD_SET: an unhashable item frees the partly built set
      decref(s);
      throw e;
    }
    return s;
  };
  RT_EXT.setAdd = (s: PyObject, v: PyObject) => setAddKey(s as SetObject, v);
  RT_EXT.setUpdate = (s: PyObject, it: PyObject) => setUpdateFrom(s as SetObject, it);
});
