/**
 * Core slots of dict (repr, compare, len, subscript, iteration) and the services the eval loop needs
 * (BUILD_MAP, DICT_UPDATE / DICT_MERGE). dict methods and views: dictmethods.ts.
 */
import { PyObject, PyErr, RT, incref, decref, newref } from './object';
import { T } from './types';
import { NotImplemented } from './singletons';
import { E, raise, excMatches, ExceptionObject } from './exceptions';
import { StrObject, newStr } from './str';
import { newBool } from './numbers';
import {
  DictObject, newDict, dictGetItem, dictSetItem, dictDelItem, dictDealloc, raiseKeyError, DICT_HOOKS,
  setDictEq,
} from './dict';
import { DictTable, DictIterator, usableFraction, PYDICT_MINSIZE } from './dicttable';
import { onBootstrap, typeLookup } from './typeobject';
import { allocObject, freeObject } from '../memory/heap';
import * as A from '../vm/abstract';
import { CMP } from '../compiler/opcodes';
import { RT_EXT } from '../vm/rtext';
import type { TupleObject } from './sequences';

export class DictIterObject extends PyObject {
  it: DictIterator<PyObject, PyObject> | null;
  constructor(
    type: import('./object').PyType,
    public src: DictObject | null,
  ) {
    super(type);
    this.it = src === null ? null : new DictIterator(src.table);
  }
}

export function newDictIter(type: import('./object').PyType, d: DictObject): DictIterObject {
  incref(d);
  const it = new DictIterObject(type, d);
  allocObject(it, type.tp_basicsize);
  RT.gc.track(it);
  return it;
}

function dictIterDealloc(o: PyObject): void {
  const it = o as DictIterObject;
  RT.gc.untrack(it);
  const d = it.src;
  it.src = null;
  if (d !== null) decref(d);
  freeObject(it, it.ob_type.tp_basicsize);
}

/** Advance a dict iterator; returns the entry index or -1 (and releases the dict when exhausted). */
export function dictIterAdvance(it: DictIterObject): number {
  const d = it.src;
  if (d === null || it.it === null) return -1;
  let i: number;
  try {
    i = it.it.next();
  } catch (e) {
    it.src = null;
    decref(d);
    throw e;
  }
  if (i < 0) {
    it.src = null;
    it.it = null;
    decref(d);
  }
  return i;
}

/** dict(d) / DICT_UPDATE semantics: merge mapping or iterable of pairs into d. */
export function dictUpdateFrom(d: DictObject, other: PyObject, merge: boolean, func: PyObject | null): void {
  if (other instanceof DictObject && typeLookup(other.ob_type, '__iter__') === typeLookup(T.dict, '__iter__')) {
    // DICT_UPDATE is PyDict_Update, DICT_MERGE _PyDict_MergeEx(d, other, 2): dict_merge either way (an empty
    // target clones a clean source's keys, so f(**d) mallocs a fresh keys block that a dealloc then parks on
    // the keys freelist)
    if (!merge) {
      RT.ext.dictMerge(d, other, 1);
      return;
    }
    try {
      RT.ext.dictMerge(d, other, 2);
    } catch (e) {
      // format_kwargs_error: a duplicate key's KeyError(key) becomes the TypeError
      if (!(e instanceof PyErr) || !excMatches(e.exc, E.KeyError)) throw e;
      const args = (e.exc as ExceptionObject).args as TupleObject;
      if (args.items.length !== 1) throw e;
      const key = args.items[0];
      const fname = func === null ? 'function' : RT.ext.functionStr(func);
      const ks = A.str(key);
      const msg = `${fname} got multiple values for keyword argument '${ks.value}'`;
      decref(ks);
      decref(e.exc);
      raise(E.TypeError, msg);
    }
    return;
  }
  const keysAttr = A.lookupAttr(other, RT.ext.idStr('keys'));
  if (keysAttr !== null) {
    const keys = A.call(keysAttr, [], 0, 0, null);
    decref(keysAttr);
    try {
      A.forEach(keys, (k) => {
        if (merge && dictGetItem(d, k) !== null) {
          if (k instanceof StrObject) raise(E.TypeError, `${func === null ? 'function' : RT.ext.functionStr(func)} got multiple values for keyword argument '${k.value}'`);
        }
        const v = A.getItem(other, k);
        try {
          dictSetItem(d, k, v);
        } finally {
          decref(v);
        }
      });
    } finally {
      decref(keys);
    }
    return;
  }
  if (merge) {
    const fname = func === null ? 'function' : RT.ext.functionStr(func);
    raise(E.TypeError, `${fname} argument after ** must be a mapping, not ${other.ob_type.tp_name}`);
  }
  let idx = 0;
  A.forEach(other, (item) => {
    const pair = A.toArray(item);
    try {
      if (pair.length !== 2) {
        raise(E.ValueError, `dictionary update sequence element #${idx} has length ${pair.length}; 2 is required`);
      }
      dictSetItem(d, pair[0], pair[1]);
    } catch (e) {
      if (e instanceof Error) throw e;
      throw e;
    } finally {
      for (const x of pair) decref(x);
    }
    idx++;
  });
}

onBootstrap(() => {
  const dt = T.dict;
  setDictEq((a, b) => A.richCompareBool(a, b, CMP.EQ));
  dt.tp_dealloc = dictDealloc;
  dt.tp_hash = null;
  dt.tp_repr = (o) => {
    const d = o as DictObject;
    if (d.table.used === 0) return newStr('{}');
    if (RT.ext.reprEnter(o)) return newStr('{...}');
    try {
      const parts: string[] = [];
      const t = d.table;
      for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
        const k = t.keyAt(i);
        const v = t.valueAt(i);
        incref(k);
        incref(v);
        try {
          parts.push(`${A.reprString(k)}: ${A.reprString(v)}`);
        } finally {
          decref(k);
          decref(v);
        }
        if (d.table !== t) break;
      }
      return newStr('{' + parts.join(', ') + '}');
    } finally {
      RT.ext.reprLeave(o);
    }
  };
  dt.tp_richcompare = (a, b, op) => {
    if (!(a instanceof DictObject) || !(b instanceof DictObject) || (op !== CMP.EQ && op !== CMP.NE))
      return newref(NotImplemented);
    let eq = a.table.used === b.table.used;
    if (eq) {
      const t = a.table;
      for (let i = t.nextIndex(0); i >= 0 && eq; i = t.nextIndex(i + 1)) {
        const k = t.keyAt(i);
        const v = t.valueAt(i);
        incref(k);
        incref(v);
        try {
          const bv = dictGetItem(b, k);
          if (bv === null) eq = false;
          else {
            incref(bv);
            try {
              eq = A.richCompareBool(v, bv, CMP.EQ);
            } finally {
              decref(bv);
            }
          }
        } finally {
          decref(k);
          decref(v);
        }
      }
    }
    return newBool(op === CMP.EQ ? eq : !eq);
  };
  dt.sq_length = (o) => (o as DictObject).table.used;
  dt.sq_contains = (o, k) => dictGetItem(o as DictObject, k) !== null;
  dt.mp_subscript = (o, k) => {
    const d = o as DictObject;
    const v = dictGetItem(d, k);
    if (v !== null) return newref(v);
    if (d.ob_type !== T.dict) {
      const missing = typeLookup(d.ob_type, '__missing__');
      if (missing !== null) return RT.ext.callMethod(d, '__missing__', [k]);
    }
    raiseKeyError(k);
  };
  dt.mp_ass_subscript = (o, k, v) => {
    const d = o as DictObject;
    if (v === null) {
      if (!dictDelItem(d, k)) raiseKeyError(k);
    } else dictSetItem(d, k, v);
  };
  dt.tp_iter = (o) => newDictIter(T.dict_keyiterator, o as DictObject);
  dt.tp_traverse = (o, visit) => {
    const t = (o as DictObject).table;
    // 3.13: values embedded in their instance are visited by the instance, not by the dict (vm/modules/gc.ts)
    if (RT.ext.valuesEmbedded?.(o)) return;
    // dict_traverse: a table of exact-str keys visits only the values, else each value then its key
    const unicode = t.dk.unicode;
    for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
      visit(t.valueAt(i));
      if (!unicode) visit(t.keyAt(i));
    }
  };
  dt.tp_clear = (o) => RT.ext.dictClearObj(o as DictObject);
  dt.tp_new = (type) => {
    if (type === T.dict) return newDict(false);
    return RT.ext.newDictSubtype(type);
  };
  dt.tp_init = (self, args, start, nargs, kwnames) => {
    if (nargs > 1) raise(E.TypeError, `dict expected at most 1 argument, got ${nargs}`);
    const d = self as DictObject;
    if (nargs === 1) dictUpdateFrom(d, args[start], false, null);
    const kw = kwnames === null ? [] : (kwnames as TupleObject).items;
    for (let i = 0; i < kw.length; i++) dictSetItem(d, kw[i], args[start + nargs + i]);
  };
  dt.nb_or = (a, b) => {
    if (!(a instanceof DictObject) || !(b instanceof DictObject)) return newref(NotImplemented);
    const r = RT.ext.dictCopy(a);
    dictUpdateFrom(r, b, false, null);
    return r;
  };
  dt.nb_inplace_or = (a, b) => {
    dictUpdateFrom(a as DictObject, b, false, null);
    return newref(a);
  };
  // iterators
  for (const itT of [T.dict_keyiterator, T.dict_valueiterator, T.dict_itemiterator]) {
    itT.tp_dealloc = dictIterDealloc;
    itT.tp_iter = (o) => newref(o);
    itT.tp_traverse = (o, visit) => {
      const d = (o as DictIterObject).src;
      if (d !== null) visit(d);
    };
  }
  T.dict_keyiterator.tp_iternext = (o) => {
    const it = o as DictIterObject;
    const i = dictIterAdvance(it);
    return i < 0 ? null : newref(it.src!.table.keyAt(i));
  };
  T.dict_valueiterator.tp_iternext = (o) => {
    const it = o as DictIterObject;
    const i = dictIterAdvance(it);
    return i < 0 ? null : newref(it.src!.table.valueAt(i));
  };
  T.dict_itemiterator.tp_iternext = (o) => {
    const it = o as DictIterObject;
    const i = dictIterAdvance(it);
    if (i < 0) return null;
    const t = it.src!.table;
    return RT.ext.newTuple2(newref(t.keyAt(i)), newref(t.valueAt(i)));
  };
  RT_EXT.dictFromItems = (
    keys: readonly (PyObject | null)[], kStart: number, kStep: number,
    values: readonly (PyObject | null)[], vStart: number, vStep: number, n: number,
  ) => {
    let unicode = true;
    for (let i = 0, k = kStart; i < n; i++, k += kStep) {
      if (keys[k]!.ob_type !== T.str) {
        unicode = false;
        break;
      }
    }
    const d = newDict();
    // _PyDict_FromItems: presized table, items inserted left to right (a table small enough for the minimum
    // size stays on the empty keys, like the one newDict made)
    if (n > usableFraction(PYDICT_MINSIZE)) {
      d.table.dispose();
      d.table = DictTable.newPresized<PyObject, PyObject>(DICT_HOOKS, n, unicode, d);
    }
    try {
      for (let i = 0, k = kStart, v = vStart; i < n; i++, k += kStep, v += vStep) dictSetItem(d, keys[k]!, values[v]!);
    } catch (e) {
      // an unhashable key frees the partly built dict (_PyDict_FromItems)
      decref(d);
      throw e;
    }
    return d;
  };
  RT_EXT.dictFromPairs = (kv: PyObject[]) => RT_EXT.dictFromItems(kv, 0, 2, kv, 1, 2, kv.length >> 1);
  RT_EXT.dictUpdate = dictUpdateFrom;
});
