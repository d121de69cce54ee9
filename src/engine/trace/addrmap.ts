/**
 * A hash map from simulated addresses (integers below 2^53, multiples of 16 for blocks) to small
 * non-negative integers (mirror slots), without a JS object per entry: open addressing with linear probing
 * over typed arrays, deletion by backward shift (no tombstones). A `Map<number, number>` keyed by
 * addresses above 2^31 boxes every key (V8 heap numbers), which made recording and seeking spend most of
 * their time in the map and the garbage collector. Same API subset as Map: get / set / has / delete /
 * size / iteration in insertion-independent order.
 */
const EMPTY = -1;

export class AddrMap {
  private keys: Float64Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.keys = new Float64Array(n);
    this.vals = new Int32Array(n).fill(EMPTY);
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
    const keys = this.keys;
    const vals = this.vals;
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      const v = vals[i];
      if (v === EMPTY) return undefined;
      if (keys[i] === key) return v;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  set(key: number, value: number): this {
    if ((this.size + 1) * 2 > this.vals.length) this.rehash(this.vals.length * 2);
    const keys = this.keys;
    const vals = this.vals;
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      if (vals[i] === EMPTY) {
        keys[i] = key;
        vals[i] = value;
        this.size++;
        return this;
      }
      if (keys[i] === key) {
        vals[i] = value;
        return this;
      }
    }
  }

  delete(key: number): boolean {
    const keys = this.keys;
    const vals = this.vals;
    const mask = this.mask;
    let i = this.slot(key);
    for (;;) {
      if (vals[i] === EMPTY) return false;
      if (keys[i] === key) break;
      i = (i + 1) & mask;
    }
    // backward-shift deletion: move later entries of the probe run into the hole when allowed
    let hole = i;
    for (let j = (i + 1) & mask; vals[j] !== EMPTY; j = (j + 1) & mask) {
      const home = this.slot(keys[j]);
      // entry j may move to `hole` iff its home is not in the cyclic range (hole, j]
      const inRange = hole <= j ? home > hole && home <= j : home > hole || home <= j;
      if (!inRange) {
        keys[hole] = keys[j];
        vals[hole] = vals[j];
        hole = j;
      }
    }
    vals[hole] = EMPTY;
    this.size--;
    return true;
  }

  private rehash(n: number): void {
    const oldK = this.keys;
    const oldV = this.vals;
    this.keys = new Float64Array(n);
    this.vals = new Int32Array(n).fill(EMPTY);
    this.mask = n - 1;
    this.size = 0;
    for (let i = 0; i < oldV.length; i++) if (oldV[i] !== EMPTY) this.set(oldK[i], oldV[i]);
  }

  *[Symbol.iterator](): IterableIterator<[number, number]> {
    const keys = this.keys;
    const vals = this.vals;
    for (let i = 0; i < vals.length; i++) if (vals[i] !== EMPTY) yield [keys[i], vals[i]];
  }

  /** Visit every entry (faster than iteration). */
  forEach(cb: (value: number, key: number) => void): void {
    const keys = this.keys;
    const vals = this.vals;
    for (let i = 0; i < vals.length; i++) if (vals[i] !== EMPTY) cb(vals[i], keys[i]);
  }
}
