/**
 * The one allocation chokepoint (DESIGN.md rule 2). Every Python object and every separate buffer an object
 * owns (list item arrays, dict keys tables, set tables, big-int digits, instance values) is allocated and
 * freed here, with CPython's request size for the active profile, routed like PyObject_Malloc:
 *   0 bytes or > 512 bytes → the raw allocator; otherwise pymalloc (obmalloc.ts).
 *
 * Object layout in memory (64-bit, as CPython):
 *      block ─┬─ [pre-header 16]   only types with a managed dict / managed weakref (3.11+/3.12+)
 *             ├─ [PyGC_Head 16]    only GC-capable types
 *   addr = id(obj) ─► PyObject ... basicsize + items
 * so  block = addr - gcHead - preHeader  and the request is basicsize+items + gcHead + preHeader.
 *
 * A listener (the trace recorder, tracemalloc) sees every malloc/free with its requested size.
 */
import { PyObject, TPFLAGS, RT, LimitStop, useAddressSpace, encodeAddr, decodeAddr } from '../objects/object';
import { PyMem } from './pymem';
import type { ListObject, TupleObject } from '../objects/sequences';
import type { DictObject } from '../objects/dict';
import type { InstanceObject } from '../objects/typeobject';

export interface HeapListener {
  onAlloc(addr: number, requested: number, obj: PyObject | null): void;
  onFree(addr: number, obj: PyObject | null): void;
  onRealloc(oldAddr: number, newAddr: number, requested: number): void;
}

export class Heap {
  readonly mem: PyMem;
  gcHead: number;
  preHeader: number;
  listener: HeapListener | null = null;
  /** live object count and the bytes requested for them (objects only, not buffers) */
  liveObjects = 0;
  /**
   * Simulated heap limit in bytes: a request that takes the live total beyond it stops the run with the
   * named memory limit (a LimitStop unwinds the whole run, so no half-built object is ever used again).
   */
  limitBytes = Infinity;
  requestedBytes = 0;

  constructor(gcHead: number, preHeader: number) {
    this.mem = new PyMem();
    useAddressSpace(this.mem.space);
    this.gcHead = gcHead;
    this.preHeader = preHeader;
  }

  /** Bytes in front of the object's address for objects of this type. */
  headerOf(flags: number): number {
    let n = 0;
    if (flags & TPFLAGS.HAVE_GC) n += this.gcHead;
    if (flags & (TPFLAGS.MANAGED_DICT | TPFLAGS.MANAGED_WEAKREF)) n += this.preHeader;
    return n;
  }

  /** PyMem_Malloc / PyObject_Malloc of a buffer. Returns its address. */
  malloc(nbytes: number): number {
    if (this.requestedBytes + nbytes > this.limitBytes) this.overLimit(nbytes);
    if (nbytes >= LARGE_ALLOC) RT.checkTimeLimit(RT.frame);
    const a = this.mem.malloc(nbytes);
    this.requestedBytes += nbytes;
    if (this.listener) this.listener.onAlloc(a, nbytes, null);
    return a;
  }

  free(addr: number, nbytes: number): void {
    if (addr === 0) return;
    this.requestedBytes -= nbytes;
    if (this.listener) this.listener.onFree(addr, null);
    this.mem.free(addr);
  }

  realloc(addr: number, oldBytes: number, nbytes: number): number {
    if (addr === 0) return this.malloc(nbytes);
    if (this.requestedBytes + nbytes - oldBytes > this.limitBytes) this.overLimit(nbytes - oldBytes);
    if (nbytes >= LARGE_ALLOC) RT.checkTimeLimit(RT.frame);
    const a = this.mem.realloc(addr, nbytes);
    this.requestedBytes += nbytes - oldBytes;
    if (this.listener) this.listener.onRealloc(addr, a, nbytes);
    return a;
  }

  /**
   * Stop the run (overLimit) unless `nbytes` more would fit: for code that must build a large JS buffer
   * before it allocates the object's memory (bytes(n)), so the memory limit stops it first.
   */
  ensureRoom(nbytes: number): void {
    if (this.requestedBytes + nbytes > this.limitBytes) this.overLimit(nbytes);
  }

  /** Stop the run: the program asked for more simulated memory than the memory limit allows. */
  overLimit(nbytes: number): never {
    const mib = (n: number) => `${Math.round((n / (1024 * 1024)) * 10) / 10} MiB`;
    const f = RT.frame;
    throw new LimitStop(
      'memory',
      `heapscope: stopped when the program's heap reached ${mib(this.requestedBytes)} and asked for ${nbytes.toLocaleString('en-US')} more bytes ` +
        `(the memory limit, ${mib(this.limitBytes)})${f !== null ? ` at line ${f.lineno}` : ''}; raise it with --max-heap-mb`,
    );
  }
}


/**
 * Allocations from this size on also poll the time limit (Runtime.checkTimeLimit): work on objects this
 * large (a huge int multiplied, a big list copied) can make a few steps outlast the limit, and they are too
 * rare for the clock read to cost anything.
 */
const LARGE_ALLOC = 64 * 1024;
/**
 * An object's block of `req` bytes (headers included), with the limit checks and the live totals: the steps
 * of every object allocation that do not touch the object.
 */
function reserveObjectBlock(heap: Heap, req: number): number {
  if (heap.requestedBytes + req > heap.limitBytes) heap.overLimit(req);
  if (req >= LARGE_ALLOC) RT.checkTimeLimit(RT.frame);
  const block = heap.mem.malloc(req);
  heap.requestedBytes += req;
  heap.liveObjects++;
  return block;
}

/** The live totals' side of freeing an object's block of `req` bytes (headers included). */
function releaseObjectBlock(heap: Heap, req: number): void {
  heap.requestedBytes -= req;
  heap.liveObjects--;
}

/**
 * Allocate the memory of object `o` (whose ob_type is set): `nbytes` is basicsize + items, without the
 * GC head and pre-header, which are added from the type's flags. Sets o.addr (= id(o)).
 *
 * These functions write and read the address's stored code (`addrCode`, objects/object.ts encodeAddr) rather
 * than the `addr` accessor: a store or load of an accessor at a site that sees many JS classes is a call
 * through V8's generic inline-cache stub.
 *
 * allocObject and freeObject see objects of every JS class, so each of their reads and writes of `o`'s fields
 * is a slow generic (megamorphic) property lookup. The most frequent allocations, exact ints and floats, use
 * copies of them that only those two JS classes reach, whose field accesses V8 serves from its fast
 * polymorphic caches (allocNumberObject, freeNumberObject).
 */
export function allocObject(o: PyObject, nbytes: number): void {
  const heap = RT.heap;
  // (read once: each read of `o`'s fields is a generic lookup here)
  const flags = o.ob_type.tp_flags;
  const hdr = heap.headerOf(flags);
  const req = nbytes + hdr;
  const block = reserveObjectBlock(heap, req);
  o.addrCode = encodeAddr(block + hdr);
  if (heap.listener) heap.listener.onAlloc(block, req, o);
  if (flags & TPFLAGS.HAVE_GC) RT.gc.onAlloc(o);
}

/** Free the memory of object `o` (its references must already be released). */
export function freeObject(o: PyObject, nbytes: number): void {
  const heap = RT.heap;
  const flags = o.ob_type.tp_flags;
  const hdr = heap.headerOf(flags);
  const block = decodeAddr(o.addrCode) - hdr;
  releaseObjectBlock(heap, nbytes + hdr);
  if (flags & TPFLAGS.HAVE_GC) RT.gc.onFree(o);
  if (heap.listener) heap.listener.onFree(block, o);
  heap.mem.free(block);
}

/** The JS classes of the objects allocContainerObject and freeContainerObject see (at most four). */
export type ContainerObject = TupleObject | ListObject | DictObject | InstanceObject;

/**
 * allocObject for tuples, lists, dicts (objects/sequences.ts, dict.ts) and instances of classes (typeobject.ts
 * allocInstance): the same steps, in a function of its own on purpose (see allocObject), whose reads and
 * writes of `o`'s fields see those four JS classes only.
 */
export function allocContainerObject(o: ContainerObject, nbytes: number): void {
  const heap = RT.heap;
  const flags = o.ob_type.tp_flags;
  const hdr = heap.headerOf(flags);
  const req = nbytes + hdr;
  const block = reserveObjectBlock(heap, req);
  o.addrCode = encodeAddr(block + hdr);
  if (heap.listener) heap.listener.onAlloc(block, req, o);
  if (flags & TPFLAGS.HAVE_GC) RT.gc.onAlloc(o);
}

/** freeObject for the deallocators of the objects allocContainerObject allocates (see there). */
export function freeContainerObject(o: ContainerObject, nbytes: number): void {
  const heap = RT.heap;
  const flags = o.ob_type.tp_flags;
  const hdr = heap.headerOf(flags);
  const block = decodeAddr(o.addrCode) - hdr;
  releaseObjectBlock(heap, nbytes + hdr);
  if (flags & TPFLAGS.HAVE_GC) RT.gc.onFreeExact(o);
  if (heap.listener) heap.listener.onFree(block, o);
  heap.mem.free(block);
}

/**
 * allocObject for an exact int or float (objects/numbers.ts), whose types have neither GC head nor
 * pre-header: the same steps, in a function of its own on purpose (see allocObject).
 */
export function allocNumberObject(o: PyObject, nbytes: number): void {
  const heap = RT.heap;
  const block = reserveObjectBlock(heap, nbytes);
  o.addrCode = encodeAddr(block);
  if (heap.listener) heap.listener.onAlloc(block, nbytes, o);
}

/** freeObject of an exact int or float (intDealloc, floatDealloc). */
export function freeNumberObject(o: PyObject, nbytes: number): void {
  const heap = RT.heap;
  const block = decodeAddr(o.addrCode);
  releaseObjectBlock(heap, nbytes);
  if (heap.listener) heap.listener.onFree(block, o);
  heap.mem.free(block);
}

/**
 * allocObject for an exact str (objects/str.ts newStr and friends), whose type has neither GC head nor
 * pre-header: the same steps as allocNumberObject, in a function of their own so that only StrObjects reach
 * it (see allocObject: its field accesses stay monomorphic).
 */
export function allocStrObject(o: PyObject, nbytes: number): void {
  const heap = RT.heap;
  const block = reserveObjectBlock(heap, nbytes);
  o.addrCode = encodeAddr(block);
  if (heap.listener) heap.listener.onAlloc(block, nbytes, o);
}

/** freeObject of an exact str (strDealloc). */
export function freeStrObject(o: PyObject, nbytes: number): void {
  const heap = RT.heap;
  const block = decodeAddr(o.addrCode);
  releaseObjectBlock(heap, nbytes);
  if (heap.listener) heap.listener.onFree(block, o);
  heap.mem.free(block);
}
