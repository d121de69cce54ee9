/**
 * A hash map from simulated addresses (integers below 2^53, multiples of 16 for blocks) to small
 * non-negative integers (mirror slots), without a JS object per entry: open addressing with linear probing
 * over typed arrays, deletion by backward shift (no tombstones). A `Map<number, number>` keyed by
 * addresses above 2^31 boxes every key (V8 heap numbers), which made recording and seeking spend most of
 * their time in the map and the garbage collector. Same API subset as Map: get / set / has / delete /
 * size / iteration in insertion-independent order.
 */
/** key of an empty entry (addresses are never negative) */
const EMPTY = -1;

export class AddrMap {
  /**
   * entries interleaved: table[2i] = key (EMPTY when free), table[2i + 1] = value, so that a probe reads one
   * cache line (lookups in a large heap's map are cache misses, and they dominate recording and replay)
   */
  private table: Float64Array;
  /** entries - 1 (a power of two minus one) */
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.table = new Float64Array(2 * n).fill(EMPTY);
    this.mask = n - 1;
  }

  private slot(key: number): number {
    // mix the high and low 32 bits (addresses are 16-aligned: drop the 4 zero bits first)
    const lo = (key / 16) >>> 0;
    const hi = (key / 68719476736) >>> 0; // 2^36
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    return h & this.mask;
  }

  get(key: number): number | undefined {
    const t = this.table;
    const mask = this.mask;
    for (let i = this.slot(key); ; i = (i + 1) & mask) {
      const k = t[2 * i];
      if (k === key) return t[2 * i + 1];
      if (k === EMPTY) return undefined;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  set(key: number, value: number): this {
    if ((this.size + 1) * 2 > this.mask + 1) this.rehash(2 * (this.mask + 1));
    const t = this.table;
    const mask = this.mask;
    for (let i = this.slot(key); ; i = (i + 1) & mask) {
      const k = t[2 * i];
      if (k === key) {
        t[2 * i + 1] = value;
        return this;
      }
      if (k === EMPTY) {
        t[2 * i] = key;
        t[2 * i + 1] = value;
        this.size++;
        return this;
      }
    }
  }

  delete(key: number): boolean {
    return this.take(key) >= 0;
  }

  /** Remove `key` and return its value (-1 when absent): get and delete in one probe. */
  take(key: number): number {
    const t = this.table;
    const mask = this.mask;
    let i = this.slot(key);
    for (;;) {
      const k = t[2 * i];
      if (k === key) break;
      if (k === EMPTY) return -1;
      i = (i + 1) & mask;
    }
    const value = t[2 * i + 1];
    // backward-shift deletion: move later entries of the probe run into the hole when allowed
    let hole = i;
    for (let j = (i + 1) & mask; t[2 * j] !== EMPTY; j = (j + 1) & mask) {
      const home = this.slot(t[2 * j]);
      // entry j may move to `hole` iff its home is not in the cyclic range (hole, j]
      const inRange = hole <= j ? home > hole && home <= j : home > hole || home <= j;
      if (!inRange) {
        t[2 * hole] = t[2 * j];
        t[2 * hole + 1] = t[2 * j + 1];
        hole = j;
      }
    }
    t[2 * hole] = EMPTY;
    this.size--;
    return value;
  }

  private rehash(n: number): void {
    const old = this.table;
    this.table = new Float64Array(2 * n).fill(EMPTY);
    this.mask = n - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== EMPTY) this.set(old[i], old[i + 1]);
  }

  *[Symbol.iterator](): IterableIterator<[number, number]> {
    const t = this.table;
    for (let i = 0; i < t.length; i += 2) if (t[i] !== EMPTY) yield [t[i], t[i + 1]];
  }

  /** Visit every entry (faster than iteration). */
  forEach(cb: (value: number, key: number) => void): void {
    const t = this.table;
    for (let i = 0; i < t.length; i += 2) if (t[i] !== EMPTY) cb(t[i + 1], t[i]);
  }
}

/** Bytes per page of a BlockMap (pymalloc's pool size: a pool's blocks share one page). */
export const PAGE = 16384;
/** Entries per page: one per 16-byte granule. */
export const GRANULES = PAGE / 16;
/** Entries of BlockMap's page cache (a power of two). */
export const CACHE_SIZE = 256;
export const CACHE_MASK = CACHE_SIZE - 1;

/**
 * The same API as AddrMap for block addresses, stored by address instead of by hash: a page table (an
 * AddrMap from page number to a page index, small enough to stay in cache, behind a direct-mapped cache) and per
 * page an Int32Array with one entry per 16-byte granule (-1 when empty). Blocks allocated close in time are
 * close in address (the same pool, the next raw block), so consecutive lookups touch the same page array
 * instead of a random line of one large hash table, which was the largest single cost of recording a large
 * heap (the slot of each block: a set per allocation, a take per free). Keys that are not multiples of 16
 * (none in the memory model, whose blocks are 16-aligned) and negative ones (a static object's address 0
 * minus its header, asked for by lookups) go to a plain AddrMap. Values must be
 * non-negative int32s. A page is returned when its last entry goes (mmap'd blocks each have their own); its
 * array is kept for the next page.
 */
export class BlockMap {
  private pageIndex = new AddrMap(64);
  private pages: Int32Array[] = [];
  /** entries per page (index as `pages`), to return empty pages */
  private counts: number[] = [];
  private freePages: number[] = [];
  private other: AddrMap | null = null;
  /**
   * a direct-mapped cache of the page index (page & CACHE_MASK → page, index): the pools a program is using
   * at once mostly fit, so most lookups skip the page table's hash probe
   */
  private cacheKey = new Float64Array(CACHE_SIZE).fill(-1);
  private cacheIdx = new Int32Array(CACHE_SIZE);
  /** the page index pageOf found last */
  private lastIdx = -1;
  size = 0;

  // (capacity accepted for AddrMap compatibility: pages are made as needed)
  constructor(_capacity = 0) {}

  /**
   * The page array of `key`'s page (null when none; `make` creates it); its index in lastIdx. Takes the key,
   * not the page number: a number above 2^31 passed to a call that is not inlined is boxed (a heap number
   * per lookup), and the key arrives boxed already.
   */
  private pageOf(key: number, make: boolean): Int32Array | null {
    const page = Math.floor(key / PAGE);
    const j = page & CACHE_MASK;
    let i: number | undefined;
    if (this.cacheKey[j] === page) i = this.cacheIdx[j];
    else {
      i = this.pageIndex.get(page);
      if (i === undefined) {
        if (!make) return null;
        // a page returned keeps its array (every entry -1 again): pools are emptied and filled again all the
        // time, and a new array is an off-heap buffer to allocate and fill
        if (this.freePages.length > 0) i = this.freePages.pop()!;
        else {
          i = this.pages.length;
          this.pages.push(new Int32Array(GRANULES).fill(-1));
        }
        this.counts[i] = 0;
        this.pageIndex.set(page, i);
      }
      this.cacheKey[j] = page;
      this.cacheIdx[j] = i;
    }
    this.lastIdx = i;
    return this.pages[i];
  }

  get(key: number): number | undefined {
    const page = Math.floor(key / PAGE);
    const g = (key - page * PAGE) / 16;
    if ((g | 0) !== g || key < 0) return this.other === null ? undefined : this.other.get(key);
    const arr = this.pageOf(key, false);
    if (arr === null) return undefined;
    const v = arr[g];
    return v < 0 ? undefined : v;
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  set(key: number, value: number): this {
    const page = Math.floor(key / PAGE);
    const g = (key - page * PAGE) / 16;
    if ((g | 0) !== g || key < 0) {
      const o = (this.other ??= new AddrMap(16));
      const had = o.size;
      o.set(key, value);
      this.size += o.size - had;
      return this;
    }
    const arr = this.pageOf(key, true)!;
    if (arr[g] < 0) {
      this.size++;
      this.counts[this.lastIdx]++;
    }
    arr[g] = value;
    return this;
  }

  delete(key: number): boolean {
    return this.take(key) >= 0;
  }

  /** Remove `key` and return its value (-1 when absent). */
  take(key: number): number {
    const page = Math.floor(key / PAGE);
    const g = (key - page * PAGE) / 16;
    if ((g | 0) !== g || key < 0) {
      if (this.other === null) return -1;
      const v = this.other.take(key);
      if (v >= 0) this.size--;
      return v;
    }
    const arr = this.pageOf(key, false);
    if (arr === null) return -1;
    const v = arr[g];
    if (v < 0) return -1;
    arr[g] = -1;
    this.size--;
    const i = this.lastIdx;
    if (--this.counts[i] === 0) {
      // an empty page goes back (mmap'd blocks would otherwise each keep one)
      this.pageIndex.delete(page);
      this.freePages.push(i);
      this.cacheKey[page & CACHE_MASK] = -1;
    }
    return v;
  }

  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (const [page, i] of this.pageIndex) {
      const arr = this.pages[i];
      for (let g = 0; g < GRANULES; g++) if (arr[g] >= 0) yield [page * PAGE + g * 16, arr[g]];
    }
    if (this.other !== null) yield* this.other;
  }

  /** Visit every entry (faster than iteration). */
  forEach(cb: (value: number, key: number) => void): void {
    this.pageIndex.forEach((i, page) => {
      const arr = this.pages[i];
      const base = page * PAGE;
      for (let g = 0; g < GRANULES; g++) if (arr[g] >= 0) cb(arr[g], base + g * 16);
    });
    if (this.other !== null) this.other.forEach(cb);
  }
}
