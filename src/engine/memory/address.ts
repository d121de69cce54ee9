/**
 * The simulated process address space: a deterministic model of what a 64-bit Linux process sees.
 *
 *   0x7fff........  stack (not modelled)
 *   0x7f3c9a5e7000  `mmapTop`: shared libraries sit above; anonymous mappings grow down from here
 *        │          mmap(): top-down, highest gap that fits (Linux `vm_unmapped_area` top-down),
 *        ▼          so freed holes are refilled first. pymalloc arenas (1 MiB, `_PyObject_ArenaMmap`)
 *                   and glibc's big chunks (>= mmap threshold) live here.
 *        ▲
 *        │          brk heap (glibc main arena): grows up from `heapStart` (0x55.. like a PIE binary)
 *   0x55d4a3c2e000  `heapStart`
 *
 * Every address is a JS number (all of them are below 2^47 < 2^53, so arithmetic is exact).
 * Page size 4 KiB. mmap results are page aligned but, like on real Linux, usually not 16 KiB (pool)
 * aligned: the default `mmapTop` is 0x3000 past a 16 KiB boundary, so an arena mapped right below it
 * loses one pool to alignment ("# bytes lost to arena alignment"), as measured on CPython 3.11 to 3.13.
 */

export const PAGE_SIZE = 4096;

/** Default top of the mmap area (below where ld.so puts the libraries). Not 16 KiB aligned on purpose. */
export const DEFAULT_MMAP_TOP = 0x7f3c9a5e7000;
/** Default start of the brk heap (a PIE executable is loaded at 0x55.. / 0x56..). */
export const DEFAULT_HEAP_START = 0x55d4a3c2e000;

export interface AddressSpaceOptions {
  /** First address above the mmap area; mappings are placed below it. Must be page aligned. */
  mmapTop?: number;
  /** Start of the brk heap. Must be page aligned. */
  heapStart?: number;
}

export function pageAlignUp(n: number): number {
  return Math.ceil(n / PAGE_SIZE) * PAGE_SIZE;
}

/**
 * Mappings and the program break. Mappings are kept sorted by start address in two parallel arrays;
 * mmap/munmap are O(number of mappings), which is fine: they happen once per arena or big chunk.
 */
export class AddressSpace {
  readonly mmapTop: number;
  readonly heapStart: number;
  private starts: number[] = [];
  private ends: number[] = [];
  private brkEnd: number;

  constructor(options: AddressSpaceOptions = {}) {
    this.mmapTop = options.mmapTop ?? DEFAULT_MMAP_TOP;
    this.heapStart = options.heapStart ?? DEFAULT_HEAP_START;
    if (this.mmapTop % PAGE_SIZE !== 0 || this.heapStart % PAGE_SIZE !== 0) {
      throw new RangeError('AddressSpace: mmapTop and heapStart must be page aligned');
    }
    this.brkEnd = this.heapStart;
  }

  /** Anonymous private mapping of `size` bytes (rounded up to whole pages). Returns the start address. */
  mmap(size: number): number {
    const len = pageAlignUp(size);
    let gapEnd = this.mmapTop;
    let i = this.starts.length - 1;
    for (; i >= 0; i--) {
      if (gapEnd - this.ends[i]! >= len) break;
      gapEnd = this.starts[i]!;
    }
    const start = gapEnd - len;
    if (start < this.brkEnd) throw new RangeError('AddressSpace: out of address space');
    // Insert after index i (sorted by start).
    this.starts.splice(i + 1, 0, start);
    this.ends.splice(i + 1, 0, start + len);
    return start;
  }

  /** Unmap a whole mapping, or the tail of one (`addr` must be a mapping start). */
  munmap(addr: number, size: number): void {
    const i = this.indexOf(addr);
    if (i < 0) throw new RangeError(`AddressSpace: munmap of unmapped address 0x${addr.toString(16)}`);
    const len = pageAlignUp(size);
    const cur = this.ends[i]! - addr;
    if (len >= cur) {
      this.starts.splice(i, 1);
      this.ends.splice(i, 1);
    } else {
      this.ends[i] = addr + cur - len;
    }
  }

  /**
   * Linux mremap(MREMAP_MAYMOVE): shrink in place; grow in place when the pages above are free,
   * otherwise move to a fresh mapping. Returns the (possibly new) start address.
   */
  mremap(addr: number, oldSize: number, newSize: number): number {
    const i = this.indexOf(addr);
    if (i < 0) throw new RangeError(`AddressSpace: mremap of unmapped address 0x${addr.toString(16)}`);
    const oldLen = pageAlignUp(oldSize);
    const newLen = pageAlignUp(newSize);
    if (newLen <= oldLen) {
      this.ends[i] = addr + newLen;
      return addr;
    }
    const limit = i + 1 < this.starts.length ? this.starts[i + 1]! : this.mmapTop;
    if (addr + newLen <= limit) {
      this.ends[i] = addr + newLen;
      return addr;
    }
    const moved = this.mmap(newLen);
    this.munmap(addr, oldLen);
    return moved;
  }

  /** Current program break. */
  brk(): number {
    return this.brkEnd;
  }

  /** Move the program break by `delta` bytes (may be negative); returns the old break. */
  sbrk(delta: number): number {
    const old = this.brkEnd;
    const next = old + delta;
    if (next < this.heapStart) throw new RangeError('AddressSpace: brk below heap start');
    if (this.starts.length > 0 && next > this.starts[0]!) throw new RangeError('AddressSpace: brk hits mappings');
    this.brkEnd = next;
    return old;
  }

  /** Number of live mappings. */
  mappingCount(): number {
    return this.starts.length;
  }

  /** Mappings as [start, end) pairs, lowest first (a copy). */
  mappings(): Array<[number, number]> {
    return this.starts.map((s, k) => [s, this.ends[k]!]);
  }

  /** Whether `addr` lies inside a live mapping. */
  isMapped(addr: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= addr) {
        if (addr < this.ends[mid]!) return true;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return false;
  }

  private indexOf(addr: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.starts[mid]!;
      if (s === addr) return mid;
      if (s < addr) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** Format an address the way CPython's `%p` / `hex(id(x))` does: `0x` + lower-case hex. */
export function formatAddress(addr: number): string {
  return '0x' + addr.toString(16);
}
