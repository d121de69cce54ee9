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

/**
 * Bytes per page of a BlockMap: a quarter of a pymalloc pool (16 KiB), so that a sparse heap (a few live
 * blocks in each of thousands of pools) does not make a checkpoint's restore allocate 4 KiB per pool.
 */
const PAGE = 4096;
/** Entries per page: one per 16-byte granule. */
const GRANULES = PAGE / 16;
/** Entries of BlockMap's page cache (a power of two). */
const CACHE_SIZE = 1024;
const CACHE_MASK = CACHE_SIZE - 1;

/**
 * The same API as AddrMap for block addresses, stored by address instead of by hash: a page table (an
 * AddrMap from page number to a page index, small enough to stay in cache, behind a direct-mapped cache)
 * and per page a run of one entry per 16-byte granule in a shared Int32Array (value + 1; 0 when empty). Blocks allocated close in time are close in address (the same pool, the next raw block),
 * so consecutive lookups touch the same page array instead of a random line of one large hash table, which
 * was the largest single cost of recording a large heap (the slot of each block: a set per allocation, a
 * take per free). Keys that are not multiples of 16 (none in the memory model, whose blocks are 16-aligned)
 * and negative ones (a static object's address 0 minus its header, asked for by lookups) go to a plain
 * AddrMap. Values must be non-negative int32s below 2^31 - 1. A page is returned when its last entry goes
 * (mmap'd blocks each have their own).
 */
export class BlockMap {
  private pageIndex = new AddrMap(64);
  /**
   * every page's entries in one array (page k at [k * GRANULES, (k + 1) * GRANULES)): a restored checkpoint
   * makes its map without allocating a typed array per page
   */
  private store: Int32Array;
  /** pages in use or freed (the store holds at least this many) */
  private npages = 0;
  /** entries per page (by page number k), to return empty pages */
  private counts: number[] = [];
  /** freed page numbers (their entries are all 0 again) */
  private freePages: number[] = [];
  private other: AddrMap | null = null;
  /**
   * a direct-mapped cache of the page index (page & CACHE_MASK → page, store offset): the pools a program is
   * using at once mostly fit, so most lookups skip the page table's hash probe
   */
  private cacheKey = new Float64Array(CACHE_SIZE).fill(-1);
  private cacheOff = new Int32Array(CACHE_SIZE);
  size = 0;

  /** `capacity`: entries expected (a checkpoint's live blocks), to size the store once */
  constructor(capacity = 0) {
    let pages = 16;
    // (a live heap holds tens of blocks per 4 KiB page; the store doubles when a sparse one needs more)
    while (pages * 64 < capacity) pages *= 2;
    this.store = new Int32Array(pages * GRANULES);
  }

  /**
   * The store offset of `key`'s page (-1 when none; `make` creates it). Takes the key, not the page number:
   * a number above 2^31 passed to a call that is not inlined is boxed (a heap number per lookup), and the key
   * arrives boxed already.
   */
  private pageOf(key: number, make: boolean): number {
    const page = Math.floor(key / PAGE);
    const j = page & CACHE_MASK;
    if (this.cacheKey[j] === page) return this.cacheOff[j];
    let off = this.pageIndex.get(page);
    if (off === undefined) {
      if (!make) return -1;
      let k: number;
      if (this.freePages.length > 0) k = this.freePages.pop()!;
      else {
        k = this.npages++;
        if (this.npages * GRANULES > this.store.length) {
          const bigger = new Int32Array(this.store.length * 2);
          bigger.set(this.store);
          this.store = bigger;
        }
      }
      this.counts[k] = 0;
      off = k * GRANULES;
      this.pageIndex.set(page, off);
    }
    this.cacheKey[j] = page;
    this.cacheOff[j] = off;
    return off;
  }

  get(key: number): number | undefined {
    const page = Math.floor(key / PAGE);
    const g = (key - page * PAGE) / 16;
    if ((g | 0) !== g || key < 0) return this.other === null ? undefined : this.other.get(key);
    const off = this.pageOf(key, false);
    if (off < 0) return undefined;
    const v = this.store[off + g];
    return v === 0 ? undefined : v - 1;
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
    const off = this.pageOf(key, true);
    const st = this.store;
    if (st[off + g] === 0) {
      this.size++;
      this.counts[off / GRANULES]++;
    }
    st[off + g] = value + 1;
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
    const off = this.pageOf(key, false);
    if (off < 0) return -1;
    const st = this.store;
    const v = st[off + g] - 1;
    if (v < 0) return -1;
    st[off + g] = 0;
    this.size--;
    const k = off / GRANULES;
    if (--this.counts[k] === 0) {
      // an empty page goes back (mmap'd blocks would otherwise each keep one)
      this.pageIndex.delete(page);
      this.freePages.push(k);
      this.cacheKey[page & CACHE_MASK] = -1;
    }
    return v;
  }

  *[Symbol.iterator](): IterableIterator<[number, number]> {
    const st = this.store;
    for (const [page, off] of this.pageIndex) {
      for (let g = 0; g < GRANULES; g++) if (st[off + g] !== 0) yield [page * PAGE + g * 16, st[off + g] - 1];
    }
    if (this.other !== null) yield* this.other;
  }

  /** Visit every entry (faster than iteration). */
  forEach(cb: (value: number, key: number) => void): void {
    const st = this.store;
    this.pageIndex.forEach((off, page) => {
      const base = page * PAGE;
      for (let g = 0; g < GRANULES; g++) if (st[off + g] !== 0) cb(st[off + g] - 1, base + g * 16);
    });
    if (this.other !== null) this.other.forEach(cb);
  }
}
