/**
 * PyObject_Malloc / PyMem_Malloc routing (obmalloc.c `_PyObject_Malloc`, `_PyObject_Free`,
 * `_PyObject_Realloc`, `_PyObject_Calloc`), on top of one address space shared by pymalloc's arenas
 * and the raw (glibc-like) allocator.
 *
 *   malloc(n):  1 <= n <= 512 → pymalloc block;  n == 0 or n > 512 → raw malloc (counted in
 *               raw_allocated_blocks, which sys.getallocatedblocks() adds to pymalloc's blocks).
 *   free(p):    address_in_range(p) ? pymalloc free : raw free.
 *   realloc:    p == 0 → malloc. A pymalloc block stays when n <= blocksize and 4n > 3*blocksize;
 *               otherwise malloc(n) (pymalloc or raw) + copy + free(p). A raw block stays raw
 *               (PyMem_RawRealloc), even when n becomes small.
 *   rawMalloc:  PyMem_RawMalloc: libc directly, a request of 0 becomes 1 (`_PyMem_RawMalloc`).
 *
 * In default (non-debug) builds PyMem_Malloc and PyObject_Malloc are the same allocator, so one
 * method serves both.
 */

import { AddressSpace, type AddressSpaceOptions } from './address';
import { ObMalloc, SMALL_REQUEST_THRESHOLD, type MemoryListener } from './obmalloc';
import { RawMalloc } from './raw';

export interface PyMemOptions extends AddressSpaceOptions {
  addressSpace?: AddressSpace;
  listener?: MemoryListener | null;
}

export class PyMem {
  readonly space: AddressSpace;
  readonly obmalloc: ObMalloc;
  readonly raw: RawMalloc;
  /** raw_allocated_blocks: live raw blocks that came through PyObject_Malloc's fallback. */
  private rawAllocatedBlocks = 0;
  /** Which raw blocks count in rawAllocatedBlocks (those from the PyObject_/PyMem_ API). */
  private readonly viaObject = new Set<number>();

  constructor(options: PyMemOptions = {}) {
    this.space = options.addressSpace ?? new AddressSpace(options);
    this.obmalloc = new ObMalloc({ addressSpace: this.space, listener: options.listener ?? null });
    this.raw = new RawMalloc({ addressSpace: this.space, listener: options.listener ?? null });
  }

  /** Attach (or detach with null) one listener to both allocators. */
  setListener(listener: MemoryListener | null): void {
    this.obmalloc.listener = listener;
    this.raw.listener = listener;
  }

  /** _PyObject_Malloc (also PyMem_Malloc). */
  malloc(nbytes: number): number {
    if (nbytes >= 1 && nbytes <= SMALL_REQUEST_THRESHOLD) return this.obmalloc.malloc(nbytes);
    return this.rawFallback(nbytes);
  }

  /** _PyObject_Calloc: the same placement as malloc(nelem * elsize). */
  calloc(nelem: number, elsize: number): number {
    return this.malloc(nelem * elsize);
  }

  /** _PyObject_Free. free(0) does nothing. */
  free(addr: number): void {
    if (addr === 0) return;
    if (this.obmalloc.free(addr)) return;
    this.raw.free(addr);
    if (this.viaObject.delete(addr)) this.rawAllocatedBlocks--;
  }

  /** _PyObject_Realloc. */
  realloc(addr: number, nbytes: number): number {
    if (addr === 0) return this.malloc(nbytes);
    if (this.obmalloc.owns(addr)) {
      if (nbytes >= 1 && nbytes <= SMALL_REQUEST_THRESHOLD) return this.obmalloc.realloc(addr, nbytes);
      // 0 or > 512: cannot stay (0 fails 4n > 3size; > 512 does not fit): move to raw.
      const bp = this.malloc(nbytes);
      this.obmalloc.free(addr);
      return bp;
    }
    // PyMem_RawRealloc: stays with libc (a request of 0 becomes 1).
    const counted = this.viaObject.delete(addr);
    const moved = this.raw.realloc(addr, nbytes === 0 ? 1 : nbytes);
    if (counted) this.viaObject.add(moved);
    return moved;
  }

  /** Whether pymalloc owns addr (address_in_range). */
  isPymalloc(addr: number): boolean {
    return this.obmalloc.owns(addr);
  }

  /** Bytes actually reserved for the block at addr: pymalloc block size, or malloc_usable_size. */
  blockSize(addr: number): number {
    return this.obmalloc.owns(addr) ? this.obmalloc.blockSize(addr) : this.raw.usableSize(addr);
  }

  /** PyMem_RawMalloc: libc directly (not counted by sys.getallocatedblocks()). */
  rawMalloc(nbytes: number): number {
    return this.raw.malloc(nbytes === 0 ? 1 : nbytes);
  }

  rawCalloc(nelem: number, elsize: number): number {
    const n = nelem * elsize;
    return this.raw.malloc(n === 0 ? 1 : n);
  }

  rawRealloc(addr: number, nbytes: number): number {
    return this.raw.realloc(addr, nbytes === 0 ? 1 : nbytes);
  }

  rawFree(addr: number): void {
    this.raw.free(addr);
  }

  /** _Py_GetAllocatedBlocks: pymalloc blocks in use + raw blocks from the object API. */
  allocatedBlocks(): number {
    return this.obmalloc.allocatedBlocks() + this.rawAllocatedBlocks;
  }

  /** Both allocators' audits. */
  audit(): string[] {
    return [...this.obmalloc.audit(), ...this.raw.audit().map((e) => `raw: ${e}`)];
  }

  private rawFallback(nbytes: number): number {
    const p = this.raw.malloc(nbytes === 0 ? 1 : nbytes);
    this.viaObject.add(p);
    this.rawAllocatedBlocks++;
    return p;
  }
}
