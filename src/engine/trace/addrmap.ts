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
