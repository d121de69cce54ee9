/**
 * tuple and list objects: storage, allocation and the freelists. Methods and slots: seqmethods.ts.
 *
 * tuple: one block of tupleHeader + 8n bytes (PyTupleObject with inline items); () is a static singleton.
 *   Freed tuples of size 1..tupleMaxSize go to a per-size freelist (up to tuplePerSize each) and are reused
 *   LIFO. Tuples are created GC-tracked (the collector untracks atomic ones lazily).
 * list: the 40-byte PyListObject plus a separate ob_item array of 8 * allocated bytes (PyMem_Malloc),
 *   grown with CPython's list_resize over-allocation. Freed list objects go to an 80-entry freelist.
 */
import { PyObject, RT, TPFLAGS, incref, decref, newref, GCK_TUPLE, GCK_LIST, encodeAddr, decodeAddr } from './object';
import { T } from './types';
import { registerStatic } from './singletons';
import { allocContainerObject, freeContainerObject } from '../memory/heap';
import { E, raise } from './exceptions';

export class TupleObject extends PyObject {
  constructor(public items: PyObject[]) {
    super(T.tuple);
  }
}

export class ListObject extends PyObject {
  items: PyObject[];
  /** CPython's `allocated` (capacity of ob_item) */
  allocated = 0;
  /** the address of the ob_item buffer as a small integer (encodeAddr): read and write it as `itemsAddr` */
  itemsCode = 0;
  constructor(items: PyObject[] = []) {
    super(T.list);
    this.items = items;
  }

  /** address of the ob_item buffer (0 when allocated == 0) */
  get itemsAddr(): number {
    return decodeAddr(this.itemsCode);
  }

  set itemsAddr(a: number) {
    this.itemsCode = a === 0 ? 0 : encodeAddr(a);
  }
}

/**
 * The items of a deallocated tuple or list (in a freelist or freed): shared and frozen, so that dealloc
 * allocates no JS array and a use after free throws instead of corrupting anything.
 */
const DEAD_ITEMS: PyObject[] = Object.freeze([]) as unknown as PyObject[];

export const EMPTY_TUPLE = new TupleObject([]);
registerStatic(EMPTY_TUPLE);
// a static of _PyRuntime too (_Py_SINGLETON(tuple_empty)): an address of its own, after the bytes singletons'
// range (bytesobject.ts), so that id(()) is an address and no other static object moves
EMPTY_TUPLE.addr = 0x55d4a2a1c000 + 0xc00000 + 0x4000;

export function tupleAllocSize(n: number): number {
  return RT.profile.sizes.tupleHeader + 8 * n;
}

/** A new tuple that takes ownership of `items` (steals each reference). New reference. */
export function newTuple(items: PyObject[]): TupleObject {
  const n = items.length;
  if (n === 0) return newref(EMPTY_TUPLE);
  // maybe_freelist_pop: 3.11 / 3.12 take only sizes below PyTuple_MAXSAVESIZE (`size < PyTuple_MAXSAVESIZE`)
  // while tupledealloc parks sizes up to it, so a freed 20-tuple stays parked and is never reused; 3.13 pops it
  const max = RT.profile.freelists.tupleMaxSize;
  if (n < max || (n === max && RT.profile.version === '3.13')) {
    const fl = RT.freelists.tuple[n];
    if (fl !== undefined && fl.length > 0) {
      const o = fl.pop() as TupleObject;
      o.items = items;
      o.ob_refcnt = 1;
      RT.onFreelistPop(o);
      RT.gc.trackExact(o, GCK_TUPLE);
      return o;
    }
  }
  const o = new TupleObject(items);
  allocContainerObject(o, tupleAllocSize(n));
  RT.gc.trackExact(o, GCK_TUPLE);
  return o;
}

/** A new tuple of borrowed items (increfs each). */
export function tupleOf(...items: PyObject[]): TupleObject {
  for (const x of items) incref(x);
  return newTuple(items);
}

export function tupleDealloc(o: PyObject): void {
  const t = o as TupleObject;
  RT.gc.untrackExact(t);
  const items = t.items;
  const n = items.length;
  // tupledealloc: Py_XDECREF of items from last to first
  for (let i = n - 1; i >= 0; i--) decref(items[i]);
  if (t.ob_type === T.tuple && n > 0 && n <= RT.profile.freelists.tupleMaxSize) {
    const lists = RT.freelists.tuple;
    let fl = lists[n];
    if (fl === undefined) fl = lists[n] = [];
    if (fl.length < RT.profile.freelists.tuplePerSize) {
      t.items = DEAD_ITEMS;
      fl.push(t);
      RT.onFreelistPush(t);
      return;
    }
  }
  // (a class's instance was allocated with one item more: tuple_subtype_new)
  freeContainerObject(t, t.ob_type.tp_flags & TPFLAGS.HEAPTYPE ? t.ob_type.tp_basicsize + 8 * (n + 1) : tupleAllocSize(n));
}

// ------------------------------------------------------------------ list

/** A new empty list with room for `size` items (PyList_New(size) semantics: allocated == size). */
export function newList(size = 0, useFreelist = true): ListObject {
  return listNew(size, useFreelist, []);
}

/** PyList_New(size) whose JS items are `items` (stolen; the caller fills them in if not yet there). */
function listNew(size: number, useFreelist: boolean, items: PyObject[]): ListObject {
  const fl = RT.freelists.list;
  let o: ListObject;
  // list() itself allocates with PyType_GenericAlloc (list_vectorcall / list_new): no freelist
  if (useFreelist && fl.length > 0) {
    o = fl.pop() as ListObject;
    o.ob_refcnt = 1;
    RT.onFreelistPop(o);
    o.items = items;
  } else {
    o = new ListObject(items);
    allocContainerObject(o, RT.profile.sizes.list);
  }
  o.allocated = 0;
  o.itemsAddr = 0;
  if (size > 0) {
    o.itemsAddr = RT.heap.malloc(8 * size);
    o.allocated = size;
  }
  RT.gc.trackExact(o, GCK_LIST);
  return o;
}

/** A new list owning `items` (steals each), allocated exactly len(items) (as list displays do). */
export function newListFrom(items: PyObject[]): ListObject {
  return listNew(items.length, true, items);
}

/**
 * CPython's list_resize: make room for `newsize` items, over-allocating with the growth pattern
 * 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ... Does not change items.length (the caller does).
 */
export function listResize(o: ListObject, newsize: number): void {
  const allocated = o.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  // CPython compares with Py_SIZE (the callers resize before adding or after removing items)
  if (newsize - o.items.length > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  if (newAllocated > 0x7fffffff / 8) raise(E.MemoryError);
  if (newAllocated === 0) {
    if (o.itemsAddr !== 0) RT.heap.free(o.itemsAddr, 8 * allocated);
    o.itemsAddr = 0;
  } else {
    o.itemsAddr = RT.heap.realloc(o.itemsAddr, 8 * allocated, 8 * newAllocated);
  }
  o.allocated = newAllocated;
}

/** list.append: steals `v`. */
export function listAppend(o: ListObject, v: PyObject): void {
  const n = o.items.length;
  if (n + 1 > o.allocated) listResize(o, n + 1);
  o.items.push(v);
}

/** Release all items (last to first) and the item array, as list_clear does. */
export function listClearItems(o: ListObject): void {
  const items = o.items;
  const alloc = o.allocated;
  const addr = o.itemsAddr;
  o.items = [];
  o.allocated = 0;
  o.itemsAddr = 0;
  // _list_clear: items released from last to first, then the array
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
  if (addr !== 0) RT.heap.free(addr, 8 * alloc);
}

export function listDealloc(o: PyObject): void {
  const l = o as ListObject;
  RT.gc.untrackExact(l);
  const items = l.items;
  const alloc = l.allocated;
  const addr = l.itemsAddr;
  l.items = DEAD_ITEMS;
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
  if (addr !== 0) RT.heap.free(addr, 8 * alloc);
  l.allocated = 0;
  l.itemsAddr = 0;
  const fl = RT.freelists.list;
  if (l.ob_type === T.list && fl.length < RT.profile.freelists.list) {
    fl.push(l);
    RT.onFreelistPush(l);
    return;
  }
  freeContainerObject(l, l.ob_type.tp_basicsize);
}

export { incref, decref };
