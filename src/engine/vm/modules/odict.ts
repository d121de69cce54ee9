/**
 * collections.OrderedDict natively: CPython's Objects/odictobject.c (3.11 / 3.12 / 3.13), exported by
 * _collections as in CPython.
 *   PyODictObject   the dict (48 bytes) + od_first, od_last, od_fast_nodes, od_fast_nodes_size,
 *                   od_resize_sentinel, od_state, od_inst_dict (the instance `dict`), od_weakreflist:
 *                   basicsize 112, GC, dict offset 96, weaklist offset 104.
 *   nodes           one PyMem_Malloc(sizeof(_ODictNode)) = 32 bytes per key (key, hash, next, prev), holding a
 *                   reference to its key; freed with the key released first (_odictnode_DEALLOC).
 *   od_fast_nodes   PyMem_NEW(_ODictNode *, dk_size): the nodes by the dict's entry index.  Rebuilt by
 *                   _odict_resize lazily, when a lookup (_odict_get_index) finds that the dict's keys object
 *                   is not the one it was built for (od_resize_sentinel: the keys' address) or has another
 *                   size; freed by _odict_clear_nodes (clear, tp_clear, dealloc).
 *   odict_iterator  (64 bytes, GC) tracks the current key, not the node, with the od_state / size checks;
 *                   only the items iterator has a reusable result tuple.
 *   odict_keys / odict_values / odict_items   subclasses of the dict views with their own __iter__ and
 *                   __reversed__.
 * __init__ / update are mutablemapping_update (the items of an exact dict as a list of pairs, keys() +
 * __getitem__, items(), or an iterable of pairs); repr is `OrderedDict([(k, v), ...])` on 3.11 and
 * `OrderedDict({k: v, ...})` (of a dict copy) on 3.12+.
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, xdecref, newref } from '../../objects/object';
import { None, NotImplemented, True, False } from '../../objects/singletons';
import { T } from '../../objects/types';
import { E, raise } from '../../objects/exceptions';
import { newStr } from '../../objects/str';
import { newInt } from '../../objects/numbers';
import { TupleObject, ListObject, newTuple, newList, listAppend, EMPTY_TUPLE } from '../../objects/sequences';
import { DictObject, DICT_HOOKS, dictGetItem, dictGetStr, raiseKeyError } from '../../objects/dict';
import { DKIX_EMPTY } from '../../objects/dicttable';
import { DictViewObject, dictSizeof, dictCopy } from '../../objects/dictmethods';
import { onBootstrap, defineMethods, defineGetSets, defineAttr, instanceDict, genericSetDict } from '../../objects/typeobject';
import { registerWeakrefable } from '../../objects/weakref';
import { allocObject, freeObject } from '../../memory/heap';
import { PyHash } from '../../lib/pyhash';
import { RT_EXT } from '../rtext';
import * as A from '../abstract';
import { kwCount, noArgs, parseArgs } from '../args';
import { nativeType } from './nativetype';
import { CMP } from '../../compiler/opcodes';

const GC = TPFLAGS.HAVE_GC;

/** sizeof(_ODictNode): key, hash, next, prev */
const NODE_BYTES = 32;
/** od_resize_sentinel for Py_EMPTY_KEYS (a static object: any address no allocation has) */
const EMPTY_KEYS_ADDR = -1;

export const ODICT_TYPE = nativeType('collections.OrderedDict', 112, GC | TPFLAGS.BASETYPE | TPFLAGS.DICT_SUBCLASS, T.dict);
ODICT_TYPE.tp_doc = 'Dictionary that remembers insertion order';
// od_inst_dict: the type's own __dict__ (tp_dictoffset), which its subclasses share
ODICT_TYPE.hasDict = true;
const ODICT_ITER = nativeType('odict_iterator', 64, GC);
const ODICT_KEYS = nativeType('odict_keys', T.dict_keys.tp_basicsize, GC, T.dict_keys);
const ODICT_VALUES = nativeType('odict_values', T.dict_values.tp_basicsize, GC, T.dict_values);
const ODICT_ITEMS = nativeType('odict_items', T.dict_items.tp_basicsize, GC, T.dict_items);

const ITER_REVERSED = 1;
const ITER_KEYS = 2;
const ITER_VALUES = 4;

class ODictNode {
  next: ODictNode | null = null;
  prev: ODictNode | null = null;
  constructor(
    readonly key: PyObject,
    readonly hhi: number,
    readonly hlo: number,
    /** the node's PyMem block */
    readonly addr: number,
  ) {}
}

export class ODictObject extends DictObject {
  first: ODictNode | null = null;
  last: ODictNode | null = null;
  /** od_fast_nodes (null: not allocated) and its PyMem block */
  fastNodes: (ODictNode | null)[] | null = null;
  fastNodesAddr = 0;
  fastNodesSize = 0;
  /** od_resize_sentinel: the address of the keys object od_fast_nodes mirrors (0: none) */
  resizeSentinel = 0;
  /** od_state: incremented whenever the linked list changes */
  state = 0;
}

class ODictIterObject extends PyObject {
  kind = 0;
  od: ODictObject | null = null;
  size = 0;
  state = 0;
  current: PyObject | null = null;
  result: TupleObject | null = null;
}

const H = new PyHash();

/** PyObject_Hash into H. */
function hashKey(key: PyObject): void {
  DICT_HOOKS.hash(key, H);
}

function isODict(o: PyObject): o is ODictObject {
  return o instanceof ODictObject;
}

/** The address of the dict's keys object (what od_resize_sentinel compares). */
function keysAddr(od: ODictObject): number {
  const h = od.table.dk.handle;
  return typeof h === 'number' ? h : EMPTY_KEYS_ADDR;
}

// ------------------------------------------------------------------ the dict underneath (known hash)

/** _PyDict_SetItem_KnownHash (insertdict): takes new references to key and value (borrowed arguments). */
function dictSetKnownHash(od: ODictObject, key: PyObject, value: PyObject, hhi: number, hlo: number): void {
  incref(key);
  incref(value);
  let old: PyObject | undefined;
  try {
    old = od.table.setKnownHash(key, hhi, hlo, value);
  } catch (e) {
    decref(key);
    decref(value);
    throw e;
  }
  // MAINTAIN_TRACKING (dict_new tracked the OrderedDict already; tp_clear does not untrack it)
  if (!RT.gc.isTracked(od) && (RT.gc.mayBeTracked(value) || RT.gc.mayBeTracked(key))) RT.gc.track(od);
  if (old !== undefined) {
    decref(old);
    decref(key);
  }
}

/** _PyDict_DelItem_KnownHash: KeyError when missing; releases the stored key, then the value. */
function dictDelKnownHash(od: ODictObject, key: PyObject, hhi: number, hlo: number): void {
  const old = od.table.used === 0 ? undefined : od.table.deleteKnownHash(key, hhi, hlo);
  if (old === undefined) raiseKeyError(key);
  const k = od.table.lastKey!;
  od.table.lastKey = undefined;
  decref(k);
  decref(old);
}

/** _PyDict_GetItem_KnownHash (borrowed or null). */
function dictGetKnownHash(od: ODictObject, key: PyObject, hhi: number, hlo: number): PyObject | null {
  const v = od.table.getKnownHash(key, hhi, hlo);
  return v === undefined ? null : v;
}

// ------------------------------------------------------------------ the linked list and od_fast_nodes

/** _odict_get_index_raw: the entry index of `key`, or dk_nentries (where it would go) when absent. */
function getIndexRaw(od: ODictObject, key: PyObject, hhi: number, hlo: number): number {
  const dk = od.table.dk;
  const ix = od.table.lookupKnownHash(key, hhi, hlo);
  return ix === DKIX_EMPTY ? dk.nentries : ix;
}

/** _odict_resize: a new od_fast_nodes matching the dict's table, filled by looking up every node's key. */
function odictResize(od: ODictObject): void {
  const size = 1 << od.table.dk.log2Size;
  const addr = RT.heap.malloc(size * 8);
  const fast: (ODictNode | null)[] = new Array(size).fill(null);
  try {
    for (let node = od.first; node !== null; node = node.next) fast[getIndexRaw(od, node.key, node.hhi, node.hlo)] = node;
  } catch (e) {
    RT.heap.free(addr, size * 8);
    throw e;
  }
  if (od.fastNodes !== null) RT.heap.free(od.fastNodesAddr, od.fastNodesSize * 8);
  od.fastNodes = fast;
  od.fastNodesAddr = addr;
  od.fastNodesSize = size;
  od.resizeSentinel = keysAddr(od);
}

/** _odict_get_index: resize od_fast_nodes first if the dict's keys object changed since. */
function getIndex(od: ODictObject, key: PyObject, hhi: number, hlo: number): number {
  if (od.resizeSentinel !== keysAddr(od) || od.fastNodesSize !== 1 << od.table.dk.log2Size) odictResize(od);
  return getIndexRaw(od, key, hhi, hlo);
}

/** _odict_find_node_hash */
function findNodeHash(od: ODictObject, key: PyObject, hhi: number, hlo: number): ODictNode | null {
  if (od.first === null) return null;
  const i = getIndex(od, key, hhi, hlo);
  return od.fastNodes![i];
}

/** _odict_find_node */
function findNode(od: ODictObject, key: PyObject): ODictNode | null {
  if (od.first === null) return null;
  hashKey(key);
  return findNodeHash(od, key, H.hi, H.lo);
}

function addHead(od: ODictObject, node: ODictNode): void {
  node.prev = null;
  node.next = od.first;
  if (od.first === null) od.last = node;
  else od.first.prev = node;
  od.first = node;
  od.state++;
}

function addTail(od: ODictObject, node: ODictNode): void {
  node.prev = od.last;
  node.next = null;
  if (od.last === null) od.first = node;
  else od.last.next = node;
  od.last = node;
  od.state++;
}

/** _odict_add_new_node: a node for a key just stored in the dict (none if it has one already). */
function addNewNode(od: ODictObject, key: PyObject, hhi: number, hlo: number): void {
  incref(key);
  let i: number;
  try {
    i = getIndex(od, key, hhi, hlo);
  } catch (e) {
    decref(key);
    throw e;
  }
  if (od.fastNodes![i] !== null) {
    decref(key);
    return;
  }
  const node = new ODictNode(key, hhi, hlo, RT.heap.malloc(NODE_BYTES));
  addTail(od, node);
  od.fastNodes![i] = node;
}

/** _odictnode_DEALLOC: the key's reference first, then the node's block. */
function nodeDealloc(node: ODictNode): void {
  decref(node.key);
  RT.heap.free(node.addr, NODE_BYTES);
}

function removeNode(od: ODictObject, node: ODictNode): void {
  if (od.first === node) od.first = node.next;
  else if (node.prev !== null) node.prev.next = node.next;
  if (od.last === node) od.last = node.prev;
  else if (node.next !== null) node.next.prev = node.prev;
  node.prev = null;
  node.next = null;
  od.state++;
}

/** _odict_clear_node: unlink and free the key's node (found by lookup when `node` is null), if any. */
function clearNode(od: ODictObject, node: ODictNode | null, key: PyObject, hhi: number, hlo: number): void {
  if (od.first === null) return;
  const i = getIndex(od, key, hhi, hlo);
  const n = node ?? od.fastNodes![i];
  if (n === null) return;
  od.fastNodes![i] = null;
  removeNode(od, n);
  nodeDealloc(n);
}

/** _odict_clear_nodes: free od_fast_nodes, then every node in order. */
function clearNodes(od: ODictObject): void {
  if (od.fastNodes !== null) RT.heap.free(od.fastNodesAddr, od.fastNodesSize * 8);
  od.fastNodes = null;
  od.fastNodesAddr = 0;
  od.fastNodesSize = 0;
  od.resizeSentinel = 0;
  let node = od.first;
  od.first = null;
  od.last = null;
  while (node !== null) {
    const next = node.next;
    nodeDealloc(node);
    node = next;
  }
}

/** _odict_keys_equal: the keys of both lists pairwise equal, in order. */
function keysEqual(a: ODictObject, b: ODictObject): boolean {
  let na = a.first;
  let nb = b.first;
  for (;;) {
    if (na === null && nb === null) return true;
    if (na === null || nb === null) return false;
    if (!A.richCompareBool(na.key, nb.key, CMP.EQ)) return false;
    na = na.next;
    nb = nb.next;
  }
}

// ------------------------------------------------------------------ the public API

/** _PyODict_SetItem_KnownHash: the dict first, then the node (the dict entry is removed again if that fails). */
function setItemKnownHash(od: ODictObject, key: PyObject, value: PyObject, hhi: number, hlo: number): void {
  dictSetKnownHash(od, key, value, hhi, hlo);
  try {
    addNewNode(od, key, hhi, hlo);
  } catch (e) {
    dictDelKnownHash(od, key, hhi, hlo);
    throw e;
  }
}

/** PyODict_SetItem */
function odictSetItem(od: ODictObject, key: PyObject, value: PyObject): void {
  hashKey(key);
  setItemKnownHash(od, key, value, H.hi, H.lo);
}

/** PyODict_DelItem: the node first, then the dict entry. */
function odictDelItem(od: ODictObject, key: PyObject): void {
  hashKey(key);
  const hhi = H.hi;
  const hlo = H.lo;
  clearNode(od, null, key, hhi, hlo);
  dictDelKnownHash(od, key, hhi, hlo);
}

/** PyODict_GetItemWithError (borrowed): a missing key is an error of the caller's choosing. */
function nodeValue(od: ODictObject, key: PyObject): PyObject {
  const v = dictGetItem(od, key);
  if (v === null) raiseKeyError(key);
  return v;
}

/** dict_new for OrderedDict and its subclasses (PyType_GenericAlloc: zeroed fields, tracked). */
function newODict(type: PyType): ODictObject {
  const od = new ODictObject();
  (od as PyObject).ob_type = type;
  if (type.tp_flags & TPFLAGS.HEAPTYPE) incref(type);
  allocObject(od, type.tp_basicsize);
  RT.gc.track(od);
  return od;
}

let newDictSubtypeWrapped = false;

/**
 * OrderedDict has no tp_new of its own (dict_new allocates it with the type's basicsize), so dict's
 * newDictSubtype service makes the ODictObject for OrderedDict and its subclasses.  Installed when
 * _collections is first created, after every service is.
 */
export function installODictNew(): void {
  if (newDictSubtypeWrapped) return;
  newDictSubtypeWrapped = true;
  const dictSubtype = RT_EXT.newDictSubtype as (type: PyType) => DictObject;
  RT_EXT.newDictSubtype = (type: PyType) => (A.isSubtype(type, ODICT_TYPE) ? newODict(type) : dictSubtype(type));
}

// ------------------------------------------------------------------ MutableMapping.update

/** mutablemapping_add_pairs: each item of `pairs` unpacked into exactly (key, value), then self[key] = value. */
function addPairs(self: PyObject, pairs: PyObject): void {
  const iterator = A.getIter(pairs);
  try {
    for (;;) {
      const pair = A.iterNext(iterator);
      if (pair === null) break;
      let pairIter: PyObject | null = null;
      let key: PyObject | null = null;
      let value: PyObject | null = null;
      try {
        pairIter = A.getIter(pair);
        key = A.iterNext(pairIter);
        if (key === null) raise(E.ValueError, 'need more than 0 values to unpack');
        value = A.iterNext(pairIter);
        if (value === null) raise(E.ValueError, 'need more than 1 value to unpack');
        const unexpected = A.iterNext(pairIter);
        if (unexpected !== null) {
          decref(unexpected);
          raise(E.ValueError, 'too many values to unpack (expected 2)');
        }
        A.setItem(self, key, value);
      } finally {
        decref(pair);
        xdecref(pairIter);
        xdecref(key);
        xdecref(value);
      }
    }
  } finally {
    decref(iterator);
  }
}

/** PyDict_Items: a list of n new (key, value) tuples. */
function dictItemsList(d: DictObject): ListObject {
  const t = d.table;
  const l = newList(t.used);
  for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) l.items.push(newTuple([newref(t.keyAt(i)), newref(t.valueAt(i))]));
  return l;
}

function addPairsOwned(self: PyObject, items: PyObject): void {
  try {
    addPairs(self, items);
  } finally {
    decref(items);
  }
}

/** mutablemapping_update_arg */
function updateArg(self: PyObject, arg: PyObject): void {
  if (arg.ob_type === T.dict) return addPairsOwned(self, dictItemsList(arg as DictObject));
  let func = A.lookupAttr(arg, RT.ext.idStr('keys'));
  if (func !== null) {
    let keys: PyObject;
    try {
      keys = A.call0(func);
    } finally {
      decref(func);
    }
    let iterator: PyObject;
    try {
      iterator = A.getIter(keys);
    } finally {
      decref(keys);
    }
    try {
      for (;;) {
        const key = A.iterNext(iterator);
        if (key === null) break;
        try {
          const value = A.getItem(arg, key);
          try {
            A.setItem(self, key, value);
          } finally {
            decref(value);
          }
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(iterator);
    }
    return;
  }
  func = A.lookupAttr(arg, RT.ext.idStr('items'));
  if (func !== null) {
    let items: PyObject;
    try {
      items = A.call0(func);
    } finally {
      decref(func);
    }
    return addPairsOwned(self, items);
  }
  addPairs(self, arg);
}

/**
 * mutablemapping_update(self, args, kwargs): the positional argument, then the keyword arguments as the
 * items of their dict (the keyword dict itself is the caller's: tp_init's kwds or the METH_VARARGS call's).
 */
function mutableMappingUpdate(self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): void {
  if (nargs > 1) raise(E.TypeError, `update() takes at most 1 positional argument (${nargs} given)`);
  if (nargs === 1) {
    const other = newref(args[start]);
    try {
      updateArg(self, other);
    } finally {
      decref(other);
    }
  }
  const nkw = kwCount(kwnames);
  if (nkw > 0) {
    const names = (kwnames as TupleObject).items;
    const l = newList(nkw);
    for (let k = 0; k < nkw; k++) l.items.push(newTuple([newref(names[k]), newref(args[start + nargs + k])]));
    addPairsOwned(self, l);
  }
}

// ------------------------------------------------------------------ iterators and views

/** odictiter_new: the first (or last) key, the size and od_state to check against. */
function odictIterNew(od: ODictObject, kind: number): ODictIterObject {
  const di = new ODictIterObject(ODICT_ITER);
  allocObject(di, ODICT_ITER.tp_basicsize);
  if (kind & ITER_KEYS && kind & ITER_VALUES) di.result = newTuple([newref(None), newref(None)]);
  di.kind = kind;
  const node = kind & ITER_REVERSED ? od.last : od.first;
  di.current = node !== null ? newref(node.key) : null;
  di.size = od.table.used;
  di.state = od.state;
  di.od = newref(od);
  RT.gc.track(di);
  return di;
}

/** odictiter_nextkey: the current key (new reference) and advance, or null at the end. */
function iterNextKey(di: ODictIterObject): PyObject | null {
  const od = di.od;
  if (od === null) return null;
  if (di.current === null) {
    di.od = null;
    decref(od);
    return null;
  }
  if (od.state !== di.state) {
    di.od = null;
    decref(od);
    raise(E.RuntimeError, 'OrderedDict mutated during iteration');
  }
  if (di.size !== od.table.used) {
    // sticky: every later call fails the same way
    di.size = -1;
    raise(E.RuntimeError, 'OrderedDict changed size during iteration');
  }
  let node: ODictNode | null;
  try {
    node = findNode(od, di.current);
  } catch (e) {
    const cur = di.current;
    di.current = null;
    decref(cur);
    throw e;
  }
  if (node === null) {
    // must have been deleted
    const cur = di.current;
    di.current = null;
    try {
      raiseKeyError(cur);
    } finally {
      decref(cur);
    }
  }
  const key = di.current;
  const next = di.kind & ITER_REVERSED ? node.prev : node.next;
  di.current = next === null ? null : newref(next.key);
  return key;
}

/** odictiter_iternext */
function odictIterNext(o: PyObject): PyObject | null {
  const di = o as ODictIterObject;
  const key = iterNextKey(di);
  if (key === null) return null;
  if (!(di.kind & ITER_VALUES)) return key;
  // PyODict_GetItem: a key gone from the dict ends the iteration with KeyError
  const value = dictGetItem(di.od!, key);
  if (value === null) {
    const cur = di.current;
    di.current = null;
    xdecref(cur);
    const od = di.od;
    di.od = null;
    xdecref(od);
    try {
      raiseKeyError(key);
    } finally {
      decref(key);
    }
  }
  incref(value);
  if (!(di.kind & ITER_KEYS)) {
    decref(key);
    return value;
  }
  const result = di.result!;
  if (result.ob_refcnt === 1) {
    // not in use: reuse it (and track it again if a collection untracked it)
    incref(result);
    const ok = result.items[0];
    const ov = result.items[1];
    result.items[0] = key;
    result.items[1] = value;
    decref(ok);
    decref(ov);
    if (!RT.gc.isTracked(result)) RT.gc.track(result);
    return result;
  }
  return newTuple([key, value]);
}

/** _PyDictView_New */
function newView(type: PyType, od: ODictObject): DictViewObject {
  const v = new DictViewObject(type, od);
  incref(od);
  allocObject(v, type.tp_basicsize);
  RT.gc.track(v);
  return v;
}

// ------------------------------------------------------------------ methods

/** _odict_popkey_hash: the node first, then the dict entry; `failobj` (or KeyError) when missing. */
function popKeyHash(od: ODictObject, key: PyObject, failobj: PyObject | null, hhi: number, hlo: number): PyObject {
  const node = findNodeHash(od, key, hhi, hlo);
  if (node !== null) clearNode(od, node, key, hhi, hlo);
  let value: PyObject | null = null;
  if (od.ob_type === ODICT_TYPE) {
    if (node !== null) {
      const v = dictGetKnownHash(od, key, hhi, hlo);
      if (v !== null) {
        value = newref(v);
        try {
          dictDelKnownHash(od, key, hhi, hlo);
        } catch (e) {
          decref(value);
          throw e;
        }
      }
    }
  } else if (A.contains(od, key)) {
    value = A.getItem(od, key);
    try {
      A.delItem(od, key);
    } catch (e) {
      decref(value);
      throw e;
    }
  }
  if (value !== null) return value;
  if (failobj !== null) return newref(failobj);
  raiseKeyError(key);
}

/** _PyType_Name: the part of tp_name after the last dot. */
function typeName(tp: PyType): string {
  const n = tp.tp_name;
  return n.slice(n.lastIndexOf('.') + 1);
}

function odictRepr(o: PyObject): PyObject {
  const od = o as ODictObject;
  if (od.table.used === 0) return newStr(`${typeName(od.ob_type)}()`);
  if (RT.ext.reprEnter(od)) return newStr('...');
  try {
    let inner: PyObject;
    if (RT.profile.version !== '3.11') {
      // a dict copy (PyDict_Copy: keys() and __getitem__, in the list's order)
      inner = dictCopy(od);
    } else if (od.ob_type === ODICT_TYPE) {
      // a list of (key, value) pairs, as many as the dict has; a list shorter at the end is cut
      const pieces = newList(od.table.used);
      inner = pieces;
      for (let node = od.first; node !== null; node = node.next) {
        const value = nodeValue(od, node.key);
        pieces.items.push(newTuple([newref(node.key), newref(value)]));
      }
    } else {
      const items = RT.ext.callMethod(od, 'items', []) as PyObject;
      try {
        inner = RT.ext.sequenceList(items) as PyObject;
      } finally {
        decref(items);
      }
    }
    try {
      return newStr(`${typeName(od.ob_type)}(${A.reprString(inner)})`);
    } finally {
      decref(inner);
    }
  } finally {
    RT.ext.reprLeave(od);
  }
}

/** odict_dealloc: the instance dict, the weak references, the nodes, then dict_dealloc. */
function odictDealloc(o: PyObject): void {
  const od = o as ODictObject;
  RT.gc.untrack(od);
  const d = od.dict;
  od.dict = null;
  xdecref(d);
  RT.clearWeakrefs(od);
  clearNodes(od);
  T.dict.tp_dealloc!(od);
}

onBootstrap(() => {
  registerWeakrefable(ODICT_TYPE);
  const ot = ODICT_TYPE;
  ot.tp_dealloc = odictDealloc;
  ot.tp_repr = odictRepr;
  ot.mp_ass_subscript = (o, k, v) => {
    if (v === null) odictDelItem(o as ODictObject, k);
    else odictSetItem(o as ODictObject, k, v);
  };
  ot.nb_or = (left, right) => {
    let type: PyType;
    let other: PyObject;
    if (isODict(left)) {
      type = left.ob_type;
      other = right;
    } else {
      type = right.ob_type;
      other = left;
    }
    if (!(other instanceof DictObject)) return newref(NotImplemented);
    const nw = A.call1(type, left);
    try {
      updateArg(nw, right);
    } catch (e) {
      decref(nw);
      throw e;
    }
    return nw;
  };
  ot.nb_inplace_or = (self, other) => {
    updateArg(self, other);
    return newref(self);
  };
  ot.tp_traverse = (o, visit) => {
    const od = o as ODictObject;
    if (od.dict !== null) visit(od.dict);
    for (let node = od.first; node !== null; node = node.next) visit(node.key);
    T.dict.tp_traverse!(o, visit);
  };
  ot.tp_clear = (o) => {
    const od = o as ODictObject;
    const d = od.dict;
    od.dict = null;
    xdecref(d);
    RT.ext.dictClearObj(od);
    clearNodes(od);
  };
  ot.tp_richcompare = (v, w, op) => {
    if (!isODict(v) || !(w instanceof DictObject)) return newref(NotImplemented);
    if (op !== CMP.EQ && op !== CMP.NE) return newref(NotImplemented);
    const cmp = T.dict.tp_richcompare!(v, w, op);
    if (!isODict(w)) return cmp;
    if (op === CMP.EQ && cmp === False) return cmp;
    if (op === CMP.NE && cmp === True) return cmp;
    decref(cmp);
    const eq = keysEqual(v, w);
    return newref(eq === (op === CMP.EQ) ? True : False);
  };
  ot.tp_iter = (o) => odictIterNew(o as ODictObject, ITER_KEYS);
  ot.tp_init = (self, a, s, n, kw) => {
    if (n > 1) raise(E.TypeError, `expected at most 1 arguments, got ${n}`);
    mutableMappingUpdate(self, a, s, n, kw);
  };
  defineMethods(ot, {
    fromkeys: {
      kind: 'class',
      doc: 'Create a new ordered dictionary with keys from iterable and values set to value.',
      fn: (cls, a, s, n, kw) => {
        const [seq, v] = parseArgs('fromkeys', a, s, n, kw, ['iterable', 'value?']);
        const value = v ?? None;
        // _PyDict_FromKeys for a class that is not exactly dict: cls(), then d[key] = value for each key
        const d = A.call0(cls);
        try {
          const it = A.getIter(seq!);
          try {
            for (;;) {
              const key = A.iterNext(it);
              if (key === null) break;
              try {
                A.setItem(d, key, value);
              } finally {
                decref(key);
              }
            }
          } finally {
            decref(it);
          }
        } catch (e) {
          decref(d);
          throw e;
        }
        return d;
      },
    },
    __sizeof__: (self, _a, _s, n, kw) => {
      noArgs('OrderedDict.__sizeof__', n, kw);
      const od = self as ODictObject;
      // odict_sizeof: the dict, od_fast_nodes, and one node per item
      let res = dictSizeof(od) + 8 * od.fastNodesSize;
      if (od.first !== null) res += NODE_BYTES * od.table.used;
      return newInt(res);
    },
    __reduce__: {
      doc: 'Return state information for pickling',
      fn: (self, _a, _s, n, kw) => {
        noArgs('OrderedDict.__reduce__', n, kw);
        // _PyObject_GetState: __getstate__ (object's: the __dict__ when not empty, else None)
        const getstate = A.getAttrStr(self, '__getstate__');
        let state: PyObject;
        try {
          state = A.call0(getstate);
        } finally {
          decref(getstate);
        }
        let itemsIter: PyObject;
        try {
          const items = RT.ext.callMethod(self, 'items', []) as PyObject;
          try {
            itemsIter = A.getIter(items);
          } finally {
            decref(items);
          }
        } catch (e) {
          decref(state);
          throw e;
        }
        return newTuple([newref(self.ob_type), newref(EMPTY_TUPLE), state, newref(None), itemsIter]);
      },
    },
    setdefault: {
      doc: 'Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.',
      fn: (self, a, s, n, kw) => {
        const [key, dflt] = parseArgs('setdefault', a, s, n, kw, ['key', 'default?']);
        const od = self as ODictObject;
        const value = dflt ?? None;
        if (od.ob_type === ODICT_TYPE) {
          const r = dictGetItem(od, key!);
          if (r !== null) return newref(r);
          odictSetItem(od, key!, value);
          return newref(value);
        }
        if (A.contains(od, key!)) return A.getItem(od, key!);
        A.setItem(od, key!, value);
        return newref(value);
      },
    },
    pop: {
      doc:
        'od.pop(key[,default]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.',
      fn: (self, a, s, n, kw) => {
        const [key, dflt] = parseArgs('pop', a, s, n, kw, ['key', 'default?']);
        hashKey(key!);
        return popKeyHash(self as ODictObject, key!, dflt, H.hi, H.lo);
      },
    },
    popitem: {
      doc: 'Remove and return a (key, value) pair from the dictionary.\n\nPairs are returned in LIFO order if last is true or FIFO order if false.',
      fn: (self, a, s, n, kw) => {
        const [lastO] = parseArgs('popitem', a, s, n, kw, ['last?']);
        const last = lastO === null ? true : A.isTrue(lastO);
        const od = self as ODictObject;
        if (od.first === null) raise(E.KeyError, 'dictionary is empty');
        const node = last ? od.last! : od.first;
        const key = newref(node.key);
        let value: PyObject;
        try {
          value = popKeyHash(od, key, null, node.hhi, node.hlo);
        } catch (e) {
          decref(key);
          throw e;
        }
        return newTuple([key, value]);
      },
    },
    keys: (self, _a, _s, n, kw) => {
      noArgs('OrderedDict.keys', n, kw);
      return newView(ODICT_KEYS, self as ODictObject);
    },
    values: (self, _a, _s, n, kw) => {
      noArgs('OrderedDict.values', n, kw);
      return newView(ODICT_VALUES, self as ODictObject);
    },
    items: (self, _a, _s, n, kw) => {
      noArgs('OrderedDict.items', n, kw);
      return newView(ODICT_ITEMS, self as ODictObject);
    },
    update: (self, a, s, n, kw) => {
      mutableMappingUpdate(self, a, s, n, kw);
      return newref(None);
    },
    clear: {
      doc: 'od.clear() -> None.  Remove all items from od.',
      fn: (self, _a, _s, n, kw) => {
        noArgs('OrderedDict.clear', n, kw);
        const od = self as ODictObject;
        RT.ext.dictClearObj(od);
        clearNodes(od);
        return newref(None);
      },
    },
    copy: {
      doc: 'od.copy() -> a shallow copy of od',
      fn: (self, _a, _s, n, kw) => {
        noArgs('OrderedDict.copy', n, kw);
        const od = self as ODictObject;
        const exact = od.ob_type === ODICT_TYPE;
        const cp = exact ? newODict(ODICT_TYPE) : A.call0(od.ob_type);
        try {
          for (let node = od.first; node !== null; node = node.next) {
            if (exact) {
              setItemKnownHash(cp as ODictObject, node.key, nodeValue(od, node.key), node.hhi, node.hlo);
            } else {
              const value = A.getItem(od, node.key);
              try {
                A.setItem(cp, node.key, value);
              } finally {
                decref(value);
              }
            }
          }
        } catch (e) {
          decref(cp);
          throw e;
        }
        return cp;
      },
    },
    __reversed__: {
      doc: 'od.__reversed__() <==> reversed(od)',
      fn: (self, _a, _s, n, kw) => {
        noArgs('OrderedDict.__reversed__', n, kw);
        return odictIterNew(self as ODictObject, ITER_KEYS | ITER_REVERSED);
      },
    },
    move_to_end: {
      doc: 'Move an existing element to the end (or beginning if last is false).\n\nRaise KeyError if the element does not exist.',
      fn: (self, a, s, n, kw) => {
        const [key, lastO] = parseArgs('move_to_end', a, s, n, kw, ['key', 'last?']);
        const last = lastO === null ? true : A.isTrue(lastO);
        const od = self as ODictObject;
        if (od.first === null) raiseKeyError(key!);
        const end = last ? od.last! : od.first;
        if (key !== end.key) {
          const node = findNode(od, key!);
          if (node === null) raiseKeyError(key!);
          if (last) {
            if (node !== od.last) {
              removeNode(od, node);
              addTail(od, node);
            }
          } else if (node !== od.first) {
            removeNode(od, node);
            addHead(od, node);
          }
        }
        return newref(None);
      },
    },
  });
  defineGetSets(ot, {
    __dict__: {
      // PyObject_GenericGetDict: od_inst_dict, made on first use
      get: (o) => newref(instanceDict(o, true) ?? None),
      set: (o, v) => genericSetDict(o, v),
    },
  });
  // type_ready_set_hash: a type defining tp_richcompare inherits no tp_hash, so its __hash__ is None
  defineAttr(ot, '__hash__', newref(None));

  // odict_iterator
  const it = ODICT_ITER;
  it.tp_iter = (o) => newref(o);
  it.tp_iternext = odictIterNext;
  it.tp_dealloc = (o) => {
    const di = o as ODictIterObject;
    RT.gc.untrack(di);
    const od = di.od;
    di.od = null;
    xdecref(od);
    const cur = di.current;
    di.current = null;
    xdecref(cur);
    const r = di.result;
    di.result = null;
    xdecref(r);
    freeObject(di, ODICT_ITER.tp_basicsize);
  };
  it.tp_traverse = (o, visit) => {
    const di = o as ODictIterObject;
    if (di.od !== null) visit(di.od);
    if (di.current !== null) visit(di.current);
    if (di.result !== null) visit(di.result);
  };
  defineMethods(it, {
    __reduce__: {
      doc: 'Return state information for pickling',
      fn: (self, _a, _s, n, kw) => {
        noArgs('odict_iterator.__reduce__', n, kw);
        // a copy of the iterator's state iterated into a list: iter(list)
        const di = self as ODictIterObject;
        const tmp = new ODictIterObject(ODICT_ITER);
        tmp.kind = di.kind;
        tmp.od = di.od === null ? null : newref(di.od);
        tmp.size = di.size;
        tmp.state = di.state;
        tmp.current = di.current === null ? null : newref(di.current);
        tmp.result = di.result;
        const l = newList(0);
        try {
          for (;;) {
            const x = odictIterNext(tmp);
            if (x === null) break;
            listAppend(l, x);
          }
        } catch (e) {
          decref(l);
          throw e;
        } finally {
          xdecref(tmp.od);
          xdecref(tmp.current);
        }
        return newTuple([newref(dictGetStr(RT.builtinsDict, 'iter')!), newTuple([l])]);
      },
    },
  });

  // the views: dict views whose iterators walk the linked list
  const viewOd = (v: PyObject) => (v as DictViewObject).dv as ODictObject | null;
  const views: [PyType, number][] = [
    [ODICT_KEYS, ITER_KEYS],
    [ODICT_VALUES, ITER_VALUES],
    [ODICT_ITEMS, ITER_KEYS | ITER_VALUES],
  ];
  for (const [vt, kind] of views) {
    vt.tp_iter = (o) => {
      const od = viewOd(o);
      return od === null ? newref(None) : odictIterNew(od, kind);
    };
    defineMethods(vt, {
      __reversed__: (self) => {
        const od = viewOd(self);
        return od === null ? newref(None) : odictIterNew(od, kind | ITER_REVERSED);
      },
    });
  }
});
