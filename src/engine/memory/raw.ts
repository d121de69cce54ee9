/**
 * The raw allocator: a model of glibc malloc (main arena, 64-bit) good enough for realistic addresses
 * and reuse, with every live block's requested size tracked.
 *
 *  - Chunks: user pointer = chunk + 16; chunk size = max(32, (n + 8 + 15) & ~15) (request2size), so
 *    consecutive fresh malloc(1000) results are 1008 bytes apart (measured with ctypes on the dev box).
 *  - The brk heap starts with glibc's tcache_perthread_struct chunk (0x290 bytes), so the first user
 *    pointer is heapStart + 0x2a0. The heap grows by `nb + top_pad(128 KiB) + MINSIZE - top`, page
 *    rounded, and is trimmed when the top chunk exceeds the trim threshold after a large free.
 *  - tcache: per chunk size up to 1040 bytes, at most 7 chunks, LIFO, never coalesced (so a freed
 *    block is the next one handed out for that size: measured).
 *  - Other freed chunks coalesce with free neighbours and the top chunk; allocation takes an exact fit,
 *    else the best fit (split, remainder stays free), else the top chunk.
 *  - Chunks of nb >= mmap threshold (128 KiB, dynamic: freeing an mmapped chunk raises it to that
 *    chunk's size, up to 32 MiB; measured) that the top chunk cannot serve come from mmap: the user
 *    pointer is the mapping + 16 (measured `0x...010`). realloc of those uses mremap.
 *  Not modelled: fastbins, the unsorted bin's ordering, multiple arenas, the large-bin skip lists.
 */

import { AddressSpace, PAGE_SIZE, pageAlignUp } from './address';
import { RAW_SZIDX, type MemoryListener } from './obmalloc';

export const SIZE_SZ = 8;
export const MALLOC_ALIGNMENT = 16;
export const MINSIZE = 32;
export const DEFAULT_MMAP_THRESHOLD = 128 * 1024;
export const DEFAULT_MMAP_THRESHOLD_MAX = 32 * 1024 * 1024;
export const DEFAULT_TOP_PAD = 128 * 1024;
export const DEFAULT_TRIM_THRESHOLD = 128 * 1024;
export const TCACHE_FILL_COUNT = 7;
/** Largest chunk size tcache holds (user size 1032). */
export const TCACHE_MAX_CHUNK = 1040;
const TCACHE_STRUCT_CHUNK = 0x290;
const FASTBIN_CONSOLIDATION_THRESHOLD = 65536;

/** glibc request2size: the chunk size for a request of n bytes. */
export function request2size(n: number): number {
  const s = n + SIZE_SZ + MALLOC_ALIGNMENT - 1;
  return s < MINSIZE ? MINSIZE : s - (s % MALLOC_ALIGNMENT);
}

export interface RawMallocOptions {
  addressSpace?: AddressSpace;
  listener?: MemoryListener | null;
}

export interface RawStats {
  /** Live blocks and the sum of their requested sizes. */
  liveCount: number;
  liveBytes: number;
  /** brk heap size (program break - heap start). */
  heapBytes: number;
  /** Bytes in live mmapped chunks (whole mappings). */
  mmappedBytes: number;
  mmapThreshold: number;
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}

export class RawMalloc {
  listener: MemoryListener | null;
  readonly space: AddressSpace;
  /** Live user pointer → requested size. */
  private readonly live = new Map<number, number>();
  private liveBytes = 0;
  /** Heap chunk start → chunk size, for every chunk carved from the heap (live, tcache'd or free). */
  private readonly chunkSize = new Map<number, number>();
  /** Free (coalescable) chunks: start → size, end → start, and LIFO bins by size. */
  private readonly freeStart = new Map<number, number>();
  private readonly freeEnd = new Map<number, number>();
  private readonly bins = new Map<number, number[]>();
  private binSizes: number[] = []; // sorted ascending, sizes with a non-empty bin
  /** tcache: chunk size → LIFO of chunk starts. */
  private readonly tcache = new Map<number, number[]>();
  /** mmapped chunks: user pointer → mapping length. */
  private readonly mmapped = new Map<number, number>();
  private mmappedBytes = 0;
  private top = 0; // start of the top chunk (0 until the heap is initialised)
  private mmapThreshold = DEFAULT_MMAP_THRESHOLD;
  private trimThreshold = DEFAULT_TRIM_THRESHOLD;

  constructor(options: RawMallocOptions = {}) {
    this.space = options.addressSpace ?? new AddressSpace();
    this.listener = options.listener ?? null;
  }

  /** malloc(n). n = 0 gives a minimum chunk, like glibc. */
  malloc(n: number): number {
    if (!(n >= 0) || !Number.isFinite(n)) throw new RangeError(`malloc of ${n} bytes`);
    const addr = this.allocChunk(request2size(n));
    this.live.set(addr, n);
    this.liveBytes += n;
    if (this.listener !== null) this.listener.onMalloc(addr, n, this.usableSize(addr), RAW_SZIDX);
    return addr;
  }

  /** calloc: same placement as malloc (memory contents are not modelled). */
  calloc(nelem: number, elsize: number): number {
    return this.malloc(nelem * elsize);
  }

  free(addr: number): void {
    if (addr === 0) return;
    const n = this.live.get(addr);
    if (n === undefined) throw new Error(`free(): invalid pointer ${hex(addr)}`);
    if (this.listener !== null) this.listener.onFree(addr, this.usableSize(addr), RAW_SZIDX);
    this.live.delete(addr);
    this.liveBytes -= n;
    this.releaseChunk(addr);
  }

  /** realloc(addr, n): glibc semantics (n = 0 frees and returns 0; addr = 0 mallocs). */
  realloc(addr: number, n: number): number {
    if (addr === 0) return this.malloc(n);
    const old = this.live.get(addr);
    if (old === undefined) throw new Error(`realloc(): invalid pointer ${hex(addr)}`);
    if (n === 0) {
      this.free(addr);
      return 0;
    }
    const nb = request2size(n);
    const mapLen = this.mmapped.get(addr);
    let result = 0;
    if (mapLen !== undefined) {
      const base = addr - 2 * SIZE_SZ;
      const newLen = pageAlignUp(nb + SIZE_SZ);
      const newBase = newLen === mapLen ? base : this.space.mremap(base, mapLen, newLen);
      result = newBase + 2 * SIZE_SZ;
      this.mmapped.delete(addr);
      this.mmapped.set(result, newLen);
      this.mmappedBytes += newLen - mapLen;
    } else {
      result = this.reallocHeapChunk(addr, nb);
    }
    if (result === addr) {
      this.live.set(addr, n);
      this.liveBytes += n - old;
      if (this.listener !== null) this.listener.onResize(addr, n);
      return addr;
    }
    if (mapLen !== undefined) {
      // mremap moved the mapping: report it as a new block then the old one going away.
      this.live.delete(addr);
      this.live.set(result, n);
      this.liveBytes += n - old;
      if (this.listener !== null) {
        this.listener.onMalloc(result, n, this.usableSize(result), RAW_SZIDX);
        this.listener.onFree(addr, mapLen - 2 * SIZE_SZ, RAW_SZIDX);
      }
      return result;
    }
    // reallocHeapChunk returned 0: allocate, copy, free.
    const moved = this.malloc(n);
    this.free(addr);
    return moved;
  }

  /** malloc_usable_size. */
  usableSize(addr: number): number {
    const mapLen = this.mmapped.get(addr);
    if (mapLen !== undefined) return mapLen - 2 * SIZE_SZ;
    const cs = this.chunkSize.get(addr - 2 * SIZE_SZ);
    if (cs === undefined) throw new RangeError(`not a raw block: ${hex(addr)}`);
    return cs - SIZE_SZ;
  }

  /** Requested size of a live block, or undefined. */
  sizeOf(addr: number): number | undefined {
    return this.live.get(addr);
  }

  isMmapped(addr: number): boolean {
    return this.mmapped.has(addr);
  }

  liveCount(): number {
    return this.live.size;
  }

  stats(): RawStats {
    return {
      liveCount: this.live.size,
      liveBytes: this.liveBytes,
      heapBytes: this.space.brk() - this.space.heapStart,
      mmappedBytes: this.mmappedBytes,
      mmapThreshold: this.mmapThreshold,
    };
  }

  /** Live blocks as [address, requested size], in allocation order. */
  forEachLive(cb: (addr: number, size: number) => void): void {
    for (const [a, s] of this.live) cb(a, s);
  }

  // ── chunks ─────────────────────────────────────────────────────────────────────────────────

  private allocChunk(nb: number): number {
    if (this.top === 0) this.initHeap();
    if (nb <= TCACHE_MAX_CHUNK) {
      const t = this.tcache.get(nb);
      if (t !== undefined && t.length > 0) return t.pop()! + 2 * SIZE_SZ;
    }
    const fit = this.takeFreeChunk(nb);
    if (fit !== 0) return fit + 2 * SIZE_SZ;
    const topSize = this.space.brk() - this.top;
    if (topSize < nb + MINSIZE) {
      if (nb >= this.mmapThreshold) {
        const len = pageAlignUp(nb + SIZE_SZ);
        const base = this.space.mmap(len);
        const addr = base + 2 * SIZE_SZ;
        this.mmapped.set(addr, len);
        this.mmappedBytes += len;
        return addr;
      }
      this.space.sbrk(pageAlignUp(nb + DEFAULT_TOP_PAD + MINSIZE - topSize));
    }
    const chunk = this.top;
    this.top += nb;
    this.chunkSize.set(chunk, nb);
    return chunk + 2 * SIZE_SZ;
  }

  private initHeap(): void {
    // tcache_init: the first chunk of the heap is the tcache_perthread_struct.
    const start = this.space.brk();
    this.space.sbrk(pageAlignUp(TCACHE_STRUCT_CHUNK + DEFAULT_TOP_PAD + MINSIZE));
    this.chunkSize.set(start, TCACHE_STRUCT_CHUNK);
    this.top = start + TCACHE_STRUCT_CHUNK;
  }

  /** Exact fit, else best fit (split). Returns the chunk start or 0. */
  private takeFreeChunk(nb: number): number {
    const sizes = this.binSizes;
    let lo = 0;
    let hi = sizes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sizes[mid]! < nb) lo = mid + 1;
      else hi = mid;
    }
    if (lo === sizes.length) return 0;
    const size = sizes[lo]!;
    const chunk = this.bins.get(size)![this.bins.get(size)!.length - 1]!;
    this.unlinkFree(chunk, size);
    const rest = size - nb;
    if (rest >= MINSIZE) {
      this.chunkSize.set(chunk, nb);
      this.chunkSize.set(chunk + nb, rest);
      this.linkFree(chunk + nb, rest);
    } else {
      this.chunkSize.set(chunk, size);
    }
    return chunk;
  }

  private releaseChunk(addr: number): void {
    const mapLen = this.mmapped.get(addr);
    if (mapLen !== undefined) {
      this.mmapped.delete(addr);
      this.mmappedBytes -= mapLen;
      this.space.munmap(addr - 2 * SIZE_SZ, mapLen);
      if (mapLen > this.mmapThreshold && mapLen <= DEFAULT_MMAP_THRESHOLD_MAX) {
        this.mmapThreshold = mapLen;
        this.trimThreshold = 2 * mapLen;
      }
      return;
    }
    const chunk = addr - 2 * SIZE_SZ;
    const size = this.chunkSize.get(chunk)!;
    if (size <= TCACHE_MAX_CHUNK) {
      let t = this.tcache.get(size);
      if (t === undefined) this.tcache.set(size, (t = []));
      if (t.length < TCACHE_FILL_COUNT) {
        t.push(chunk);
        return;
      }
    }
    this.freeChunk(chunk, size);
  }

  /** _int_free for a heap chunk: coalesce backward and forward (into top when adjacent). */
  private freeChunk(chunk: number, size: number): void {
    this.chunkSize.delete(chunk);
    let start = chunk;
    let len = size;
    const prev = this.freeEnd.get(start);
    if (prev !== undefined) {
      const psize = this.freeStart.get(prev)!;
      this.unlinkFree(prev, psize);
      this.chunkSize.delete(prev);
      start = prev;
      len += psize;
    }
    const next = start + len;
    if (next === this.top) {
      this.top = start;
      if (size >= FASTBIN_CONSOLIDATION_THRESHOLD) this.maybeTrim();
      return;
    }
    const nsize = this.freeStart.get(next);
    if (nsize !== undefined) {
      this.unlinkFree(next, nsize);
      this.chunkSize.delete(next);
      len += nsize;
    }
    this.chunkSize.set(start, len);
    this.linkFree(start, len);
  }

  /** systrim: give the top chunk back to the kernel beyond top_pad. */
  private maybeTrim(): void {
    const topSize = this.space.brk() - this.top;
    if (topSize < this.trimThreshold) return;
    const extra = Math.floor((topSize - DEFAULT_TOP_PAD - MINSIZE - 1) / PAGE_SIZE) * PAGE_SIZE;
    if (extra > 0) this.space.sbrk(-extra);
  }

  /** _int_realloc for a heap chunk: returns addr when done in place, 0 when it must move. */
  private reallocHeapChunk(addr: number, nb: number): number {
    const chunk = addr - 2 * SIZE_SZ;
    const oldsize = this.chunkSize.get(chunk)!;
    if (oldsize >= nb) {
      this.splitTail(chunk, oldsize, nb);
      return addr;
    }
    const next = chunk + oldsize;
    if (next === this.top) {
      const topSize = this.space.brk() - this.top;
      if (topSize >= nb - oldsize + MINSIZE) {
        this.top = chunk + nb;
        this.chunkSize.set(chunk, nb);
        return addr;
      }
      return 0;
    }
    const nsize = this.freeStart.get(next);
    if (nsize !== undefined && oldsize + nsize >= nb) {
      this.unlinkFree(next, nsize);
      this.chunkSize.delete(next);
      this.chunkSize.set(chunk, oldsize + nsize);
      this.splitTail(chunk, oldsize + nsize, nb);
      return addr;
    }
    return 0;
  }

  /** Keep nb bytes of a chunk of `size`; free the remainder when it can form a chunk. */
  private splitTail(chunk: number, size: number, nb: number): void {
    const rest = size - nb;
    if (rest < MINSIZE) {
      this.chunkSize.set(chunk, size);
      return;
    }
    this.chunkSize.set(chunk, nb);
    this.chunkSize.set(chunk + nb, rest);
    this.releaseChunk(chunk + nb + 2 * SIZE_SZ);
  }

  private linkFree(chunk: number, size: number): void {
    this.freeStart.set(chunk, size);
    this.freeEnd.set(chunk + size, chunk);
    let bin = this.bins.get(size);
    if (bin === undefined) this.bins.set(size, (bin = []));
    if (bin.length === 0) {
      const sizes = this.binSizes;
      let lo = 0;
      let hi = sizes.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sizes[mid]! < size) lo = mid + 1;
        else hi = mid;
      }
      sizes.splice(lo, 0, size);
    }
    bin.push(chunk);
  }

  private unlinkFree(chunk: number, size: number): void {
    this.freeStart.delete(chunk);
    this.freeEnd.delete(chunk + size);
    const bin = this.bins.get(size)!;
    const i = bin.lastIndexOf(chunk);
    bin.splice(i, 1);
    if (bin.length === 0) {
      const j = this.binSizes.indexOf(size);
      this.binSizes.splice(j, 1);
    }
  }

  /** Consistency check of the heap model; empty when consistent. */
  audit(): string[] {
    const errors: string[] = [];
    const heapStart = this.space.heapStart;
    if (this.top === 0) return errors;
    // Walk the heap from its start to the top chunk through chunk sizes.
    let p = heapStart;
    let n = 0;
    const tcached = new Set<number>();
    for (const t of this.tcache.values()) for (const c of t) tcached.add(c);
    let liveHeap = 0;
    while (p < this.top) {
      const size = this.chunkSize.get(p);
      if (size === undefined) {
        errors.push(`heap walk: no chunk at ${hex(p)}`);
        return errors;
      }
      if (size < MINSIZE || size % MALLOC_ALIGNMENT !== 0) errors.push(`chunk ${hex(p)}: bad size ${size}`);
      const isFree = this.freeStart.has(p);
      const isLive = this.live.has(p + 2 * SIZE_SZ);
      if (isFree && this.freeStart.get(p) !== size) errors.push(`chunk ${hex(p)}: free size mismatch`);
      if (isFree && isLive) errors.push(`chunk ${hex(p)}: both free and live`);
      if (isLive) liveHeap++;
      if (isLive && tcached.has(p)) errors.push(`chunk ${hex(p)}: live and in tcache`);
      if (isLive && request2size(this.live.get(p + 2 * SIZE_SZ)!) > size) errors.push(`chunk ${hex(p)}: too small for its request`);
      p += size;
      if (++n > 10_000_000) break;
    }
    if (p !== this.top) errors.push(`heap walk ends at ${hex(p)}, top is ${hex(this.top)}`);
    if (liveHeap + this.mmapped.size !== this.live.size) {
      errors.push(`live blocks ${this.live.size} != heap ${liveHeap} + mmapped ${this.mmapped.size}`);
    }
    for (const [chunk] of this.freeStart) {
      const next = chunk + this.freeStart.get(chunk)!;
      if (this.freeStart.has(next)) errors.push(`free chunks ${hex(chunk)} and ${hex(next)} not coalesced`);
    }
    let bytes = 0;
    for (const s of this.live.values()) bytes += s;
    if (bytes !== this.liveBytes) errors.push(`liveBytes ${this.liveBytes}, counted ${bytes}`);
    return errors;
  }
}
