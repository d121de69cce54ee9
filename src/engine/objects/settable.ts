/**
 * The open-addressing hash table behind Python's `set` and `frozenset` (CPython 3.11 / 3.12 / 3.13
 * Objects/setobject.c; the three versions share the algorithms below).
 *
 * Design note
 * -----------
 * One table of `mask + 1` slots, each (key, hash) stored in parallel arrays (keys, two Int32Arrays for the
 * hash halves; see lib/pyhash.ts for the hash representation).  Slot states as in CPython: unused (key
 * undefined, hash 0), active, dummy (key DUMMY, hash -1).  `fill` counts active + dummy slots, `used` active.
 *
 *  - Probing (set_lookkey / set_add_entry): start at hash & mask; when `i + LINEAR_PROBES <= mask` look at the
 *    10 consecutive slots i..i+9 (LINEAR_PROBES = 9), else only slot i; then `perturb >>= 5;
 *    i = (i*5 + 1 + perturb) & mask` with the unsigned 64-bit perturb.  An add remembers the first dummy
 *    seen and reuses it when the key is absent (no fill change, no resize check).
 *  - Equality: identity, then equal hash with either both exact strs (direct comparison, no user code) or
 *    `hooks.eq(storedKey, key)`.  If eq mutated the set (table replaced or the slot's key changed) the
 *    operation restarts, as CPython does; in lookups the mutation check happens before the result is used,
 *    in adds a positive result wins first (CPython's order).
 *  - Growth: after filling an unused slot, resize when `fill * 5 >= mask * 3` to
 *    `used > 50000 ? used * 2 : used * 4`, i.e. the smallest power of two > that (minimum 8).  Resizing
 *    re-inserts the active entries in slot order (set_insert_clean, no comparisons) and drops dummies.
 *  - The 8-slot `smalltable` lives inside the set object: no separate allocation (allocation hooks are called
 *    only for larger tables, with 16 bytes per slot).  sys.getsizeof = 216 (200-byte PySetObject + 16 GC head)
 *    plus 16 * (mask + 1) when the table is not the small table.
 *  - `pop` starts at the `finger` and moves it past the popped slot.
 *  - Set algebra keeps CPython's choice of which operand is iterated and which table is copied, since that
 *    decides the resulting slot order (what `print` shows):
 *      union / |         copy of self (merge), then merge/add each other operand
 *      |=, update        merge (set operand: one up-front resize when (fill + other.used) * 5 >= mask * 3 to
 *                        (used + other.used) * 2; slot copy when the target is empty and same-sized; else
 *                        insert-clean or add), dict operand: its keys with their stored hashes, else add
 *      intersection / &  iterate the smaller set (ties: the argument), add hits to a new set; with a
 *                        non-set iterable, iterate it and stop once the result is as large as self
 *      &=                intersection, then swap bodies
 *      difference / -    if len(self) / 4 > len(other): copy self then discard; else iterate self adding
 *                        non-members to a new set (a non-set, non-dict iterable always copy+discard)
 *      -=                discard other's keys (if other is > 8x larger: intersect first); then resize
 *                        away the dummies when they exceed mask / 4
 *      ^ / symmetric_difference  new set = copy of other, then toggle each key of self
 *      ^=                toggle each key of other (a non-set iterable is first turned into a set)
 */
import { pyError } from '../lib/errors';
import { FrozensetHasher, PyHash } from '../lib/pyhash';
import type { DictTable, SetEntrySource } from './dicttable';

export const LINEAR_PROBES = 9;
export const PYSET_MINSIZE = 8;
/** sys.getsizeof(set()) / frozenset(): sizeof(PySetObject) + PyGC_Head. */
export const SET_OBJECT_SIZE = 216;
export const SIZEOF_SETENTRY = 16;

/** The dummy marker of deleted slots (CPython's `_dummy_struct`). */
export const DUMMY: unique symbol = Symbol('set dummy');
type Slot<K> = K | undefined | typeof DUMMY;

export interface SetHooks<K> {
  /** PyObject_Hash(key) into out; may throw. */
  hash(key: K, out: PyHash): void;
  /** PyObject_RichCompareBool(stored, key, Py_EQ) for non-identical keys; may throw or mutate. */
  eq(stored: K, key: K): boolean;
  /** The JS string of an exact `str`, else null. */
  exactStr(key: K): string | null;
  /** Called where CPython PyMem_Mallocs a table larger than the small table (nbytes = 16 * slots). */
  newTable?(owner: unknown, slots: number, nbytes: number): unknown;
  /** Called where CPython frees such a table. */
  freeTable?(owner: unknown, handle: unknown, slots: number, nbytes: number): void;
}

export const DISCARD_NOTFOUND = 0;
export const DISCARD_FOUND = 1;

const H = new PyHash();

export class SetTable<K> implements SetEntrySource<K> {
  fill = 0;
  used = 0;
  mask = PYSET_MINSIZE - 1;
  finger = 0;
  /** Current table (slot arrays). */
  keys: Slot<K>[];
  hashHi: Int32Array;
  hashLo: Int32Array;
  /** 0 = the inline small table, else an id of a malloced table (CPython's so->table pointer identity). */
  tableId = 0;
  private tableHandle: unknown = null;
  private static nextTableId = 1;

  constructor(
    readonly hooks: SetHooks<K>,
    public owner: unknown = null,
  ) {
    this.keys = new Array<Slot<K>>(PYSET_MINSIZE).fill(undefined);
    this.hashHi = new Int32Array(PYSET_MINSIZE);
    this.hashLo = new Int32Array(PYSET_MINSIZE);
  }

  get size(): number {
    return this.used;
  }

  get slotCount(): number {
    return this.mask + 1;
  }

  /** sys.getsizeof(s) */
  sizeOf(): number {
    return this.tableId === 0 ? SET_OBJECT_SIZE : SET_OBJECT_SIZE + (this.mask + 1) * SIZEOF_SETENTRY;
  }

  /** Bytes of the separate table allocation (0 while the small table is used). */
  tableAllocationSize(): number {
    return this.tableId === 0 ? 0 : (this.mask + 1) * SIZEOF_SETENTRY;
  }

  activeKeyAt(i: number): K | undefined {
    const k = this.keys[i];
    return k === DUMMY ? undefined : k;
  }

  hashHiAt(i: number): number {
    return this.hashHi[i];
  }

  hashLoAt(i: number): number {
    return this.hashLo[i];
  }

  // ------------------------------------------------------------ probing

  private keysEqual(stored: K, skey: string | null): boolean | null {
    // null = "needs hooks.eq"
    if (skey !== null) {
      const s = this.hooks.exactStr(stored);
      if (s !== null) return s === skey;
    }
    return null;
  }

  /** set_lookkey: slot index of key, or -(slot + 1) of the unused slot that ends the search. */
  lookupKnownHash(key: K, hhi: number, hlo: number): number {
    const skey = this.hooks.exactStr(key);
    restart: for (;;) {
      let mask = this.mask;
      let i = hlo & mask;
      let phi = hhi,
        plo = hlo;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const k = this.keys[j];
          const eh = this.hashHi[j],
            el = this.hashLo[j];
          if (k === undefined && eh === 0 && el === 0) return -(j + 1);
          if (el === hlo && eh === hhi) {
            const startkey = k as K;
            if (startkey === key) return j;
            let cmp = this.keysEqual(startkey, skey);
            if (cmp === null) {
              const table = this.tableId;
              cmp = this.hooks.eq(startkey, key);
              if (table !== this.tableId || this.keys[j] !== startkey) continue restart;
              if (cmp) return j;
              mask = this.mask;
            } else if (cmp) {
              return j;
            }
          }
          j++;
        } while (probes--);
        plo = (plo >>> 5) | (phi << 27);
        phi = phi >>> 5;
        i = (i * 5 + 1 + (plo >>> 0)) & mask;
      }
    }
  }

  contains(key: K): boolean {
    this.hooks.hash(key, H);
    return this.lookupKnownHash(key, H.hi, H.lo) >= 0;
  }

  containsKnownHash(key: K, hhi: number, hlo: number): boolean {
    return this.lookupKnownHash(key, hhi, hlo) >= 0;
  }

  /** set.add(key).  Returns true when the key was added. */
  add(key: K): boolean {
    this.hooks.hash(key, H);
    return this.addKnownHash(key, H.hi, H.lo);
  }

  /** set_add_entry */
  addKnownHash(key: K, hhi: number, hlo: number): boolean {
    const skey = this.hooks.exactStr(key);
    restart: for (;;) {
      let mask = this.mask;
      let i = hlo & mask;
      let freeslot = -1;
      let phi = hhi,
        plo = hlo;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const k = this.keys[j];
          const eh = this.hashHi[j],
            el = this.hashLo[j];
          if (k === undefined && eh === 0 && el === 0) {
            // found unused (or reuse the remembered dummy)
            if (freeslot >= 0) {
              if (this.hashHi[freeslot] !== -1 || this.hashLo[freeslot] !== -1 || this.keys[freeslot] !== DUMMY) {
                continue restart;
              }
              this.used++;
              this.keys[freeslot] = key;
              this.hashHi[freeslot] = hhi;
              this.hashLo[freeslot] = hlo;
              return true;
            }
            this.fill++;
            this.used++;
            this.keys[j] = key;
            this.hashHi[j] = hhi;
            this.hashLo[j] = hlo;
            if (this.fill * 5 < mask * 3) return true;
            this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return true;
          }
          if (el === hlo && eh === hhi) {
            const startkey = k as K;
            if (startkey === key) return false;
            let cmp = this.keysEqual(startkey, skey);
            if (cmp === null) {
              const table = this.tableId;
              cmp = this.hooks.eq(startkey, key);
              if (cmp) return false;
              if (table !== this.tableId || this.keys[j] !== startkey) continue restart;
              mask = this.mask;
            } else if (cmp) {
              return false;
            }
          } else if (eh === -1 && el === -1 && k === DUMMY) {
            freeslot = j;
          }
          j++;
        } while (probes--);
        plo = (plo >>> 5) | (phi << 27);
        phi = phi >>> 5;
        i = (i * 5 + 1 + (plo >>> 0)) & mask;
      }
    }
  }

  /** set_insert_clean into the given arrays (no comparisons, no dummies). */
  private static insertClean<K>(keys: Slot<K>[], hh: Int32Array, hl: Int32Array, mask: number, key: K, hhi: number, hlo: number): void {
    let i = hlo & mask;
    let phi = hhi,
      plo = hlo;
    for (;;) {
      if (keys[i] === undefined) {
        keys[i] = key;
        hh[i] = hhi;
        hl[i] = hlo;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === undefined) {
            keys[i + j] = key;
            hh[i + j] = hhi;
            hl[i + j] = hlo;
            return;
          }
        }
      }
      plo = (plo >>> 5) | (phi << 27);
      phi = phi >>> 5;
      i = (i * 5 + 1 + (plo >>> 0)) & mask;
    }
  }

  /** set_table_resize(minused): the smallest power of two > minused (at least 8). */
  resize(minused: number): void {
    let newsize = PYSET_MINSIZE;
    while (newsize <= minused) newsize *= 2;
    if (newsize >= 2 ** 31) pyError('MemoryError', '');
    const oldKeys = this.keys,
      oldHi = this.hashHi,
      oldLo = this.hashLo;
    const oldMask = this.mask;
    const oldId = this.tableId,
      oldHandle = this.tableHandle;
    if (newsize === PYSET_MINSIZE) {
      if (oldId === 0 && this.fill === this.used) return; // small table without dummies: nothing to do
      this.tableId = 0;
      this.tableHandle = null;
    } else {
      this.tableId = SetTable.nextTableId++;
      const nh = this.hooks.newTable;
      this.tableHandle = nh ? nh(this.owner, newsize, newsize * SIZEOF_SETENTRY) : null;
    }
    const keys = new Array<Slot<K>>(newsize).fill(undefined);
    const hh = new Int32Array(newsize);
    const hl = new Int32Array(newsize);
    const newmask = newsize - 1;
    for (let i = 0; i <= oldMask; i++) {
      const k = oldKeys[i];
      if (k !== undefined && k !== DUMMY) SetTable.insertClean(keys, hh, hl, newmask, k, oldHi[i], oldLo[i]);
    }
    this.keys = keys;
    this.hashHi = hh;
    this.hashLo = hl;
    this.mask = newmask;
    this.fill = this.used;
    if (oldId !== 0) {
      const f = this.hooks.freeTable;
      if (f) f(this.owner, oldHandle, oldMask + 1, (oldMask + 1) * SIZEOF_SETENTRY);
    }
  }

  // ------------------------------------------------------------ removal

  /** set.discard(key): DISCARD_FOUND / DISCARD_NOTFOUND. The removed stored key is in lastKey. */
  lastKey: K | undefined = undefined;
  discard(key: K): number {
    this.hooks.hash(key, H);
    return this.discardKnownHash(key, H.hi, H.lo);
  }

  discardKnownHash(key: K, hhi: number, hlo: number): number {
    const j = this.lookupKnownHash(key, hhi, hlo);
    if (j < 0) return DISCARD_NOTFOUND;
    this.lastKey = this.keys[j] as K;
    this.keys[j] = DUMMY;
    this.hashHi[j] = -1;
    this.hashLo[j] = -1;
    this.used--;
    return DISCARD_FOUND;
  }

  /** set.pop(): KeyError "pop from an empty set" when empty. */
  pop(): K {
    if (this.used === 0) pyError('KeyError', 'pop from an empty set');
    const mask = this.mask;
    let j = this.finger & mask;
    for (;;) {
      const k = this.keys[j];
      if (k !== undefined && k !== DUMMY) break;
      j++;
      if (j > mask) j = 0;
    }
    const key = this.keys[j] as K;
    this.keys[j] = DUMMY;
    this.hashHi[j] = -1;
    this.hashLo[j] = -1;
    this.used--;
    this.finger = j + 1;
    return key;
  }

  /** set.clear(): empties to the small table first, then `onKey` sees the old keys in slot order. */
  clear(onKey?: (key: K) => void): void {
    const oldKeys = this.keys;
    const oldId = this.tableId,
      oldHandle = this.tableHandle,
      oldMask = this.mask;
    if (oldId === 0 && this.fill === 0) return;
    this.keys = new Array<Slot<K>>(PYSET_MINSIZE).fill(undefined);
    this.hashHi = new Int32Array(PYSET_MINSIZE);
    this.hashLo = new Int32Array(PYSET_MINSIZE);
    this.fill = 0;
    this.used = 0;
    this.mask = PYSET_MINSIZE - 1;
    this.tableId = 0;
    this.tableHandle = null;
    if (onKey) {
      for (const k of oldKeys) if (k !== undefined && k !== DUMMY) onKey(k);
    }
    if (oldId !== 0) {
      const f = this.hooks.freeTable;
      if (f) f(this.owner, oldHandle, oldMask + 1, (oldMask + 1) * SIZEOF_SETENTRY);
    }
  }

  /** Release the table when the set object is deallocated. */
  dispose(): void {
    this.clear();
  }

  // ------------------------------------------------------------ iteration

  /** set_next: first active slot >= pos, or -1. */
  nextIndex(pos: number): number {
    const mask = this.mask;
    const ks = this.keys;
    while (pos <= mask && (ks[pos] === undefined || ks[pos] === DUMMY)) pos++;
    return pos <= mask ? pos : -1;
  }

  keyAt(i: number): K {
    return this.keys[i] as K;
  }

  /** Active keys in slot order (what iteration/print shows). */
  toArray(): K[] {
    const out: K[] = [];
    for (let i = this.nextIndex(0); i >= 0; i = this.nextIndex(i + 1)) out.push(this.keys[i] as K);
    return out;
  }

  // ------------------------------------------------------------ bulk updates

  /** set_merge(self, other) for a set/frozenset operand. */
  merge(other: SetTable<K>): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let i = 0; i <= other.mask; i++) {
        const k = other.keys[i];
        if (k !== undefined) {
          this.keys[i] = k;
          this.hashHi[i] = other.hashHi[i];
          this.hashLo[i] = other.hashLo[i];
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let i = 0; i <= other.mask; i++) {
        const k = other.keys[i];
        if (k !== undefined && k !== DUMMY) {
          SetTable.insertClean(this.keys, this.hashHi, this.hashLo, this.mask, k, other.hashHi[i], other.hashLo[i]);
        }
      }
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== undefined && k !== DUMMY) this.addKnownHash(k, other.hashHi[i], other.hashLo[i]);
    }
  }

  /** set_update_dict: the keys of an exact dict, with the dict's stored hashes. */
  updateFromDict<V>(d: DictTable<K, V>): void {
    const n = d.used;
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
    const h = new PyHash();
    for (let i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
      d.hashAt(i, h);
      this.addKnownHash(d.keyAt(i), h.hi, h.lo);
    }
  }

  /** set_update_iterable: add each key (hash computed per key). */
  updateFromIterable(keys: Iterable<K>): void {
    for (const k of keys) this.add(k);
  }

  /** set_update_internal for any operand kind. */
  update(other: SetTable<K> | DictTable<K, unknown> | Iterable<K>): void {
    if (other instanceof SetTable) this.merge(other);
    else if (isDictTable<K>(other)) this.updateFromDict(other);
    else this.updateFromIterable(other as Iterable<K>);
  }

  /** set.copy() / make_new_set(type, self). */
  copy(owner: unknown = null): SetTable<K> {
    const s = new SetTable<K>(this.hooks, owner);
    s.merge(this);
    return s;
  }

  /** set_swap_bodies: exchange the contents (used by &=). */
  swapBodies(other: SetTable<K>): void {
    const t = {
      fill: this.fill,
      used: this.used,
      mask: this.mask,
      keys: this.keys,
      hh: this.hashHi,
      hl: this.hashLo,
      id: this.tableId,
      handle: this.tableHandle,
    };
    this.fill = other.fill;
    this.used = other.used;
    this.mask = other.mask;
    this.keys = other.keys;
    this.hashHi = other.hashHi;
    this.hashLo = other.hashLo;
    this.tableId = other.tableId;
    this.tableHandle = other.tableHandle;
    other.fill = t.fill;
    other.used = t.used;
    other.mask = t.mask;
    other.keys = t.keys;
    other.hashHi = t.hh;
    other.hashLo = t.hl;
    other.tableId = t.id;
    other.tableHandle = t.handle;
  }

  // ------------------------------------------------------------ algebra (results are new tables)

  /** set.union(*others) / `|` (one operand). */
  union(...others: (SetTable<K> | DictTable<K, unknown> | Iterable<K>)[]): SetTable<K> {
    const r = this.copy();
    for (const o of others) {
      if (o === this) continue;
      r.update(o);
    }
    return r;
  }

  /** set_intersection(self, other). */
  intersection(other: SetTable<K> | Iterable<K>): SetTable<K> {
    if (other === this) return this.copy();
    const result = new SetTable<K>(this.hooks);
    if (other instanceof SetTable) {
      const swap = other.used > this.used;
      const so: SetTable<K> = swap ? other : this;
      const ot: SetTable<K> = swap ? this : other;
      for (let i = ot.nextIndex(0); i >= 0; i = ot.nextIndex(i + 1)) {
        const k = ot.keys[i] as K;
        const hhi = ot.hashHi[i],
          hlo = ot.hashLo[i];
        if (so.containsKnownHash(k, hhi, hlo)) result.addKnownHash(k, hhi, hlo);
      }
      return result;
    }
    for (const k of other) {
      this.hooks.hash(k, H);
      const hhi = H.hi,
        hlo = H.lo;
      if (this.containsKnownHash(k, hhi, hlo)) {
        result.addKnownHash(k, hhi, hlo);
        if (result.used >= this.used) break;
      }
    }
    return result;
  }

  /** set_intersection_update (&=, intersection_update with one operand). */
  intersectionUpdate(other: SetTable<K> | Iterable<K>): void {
    const tmp = this.intersection(other);
    this.swapBodies(tmp);
    tmp.dispose();
  }

  /** set_difference_update_internal (-=, difference_update). */
  differenceUpdate(other: SetTable<K> | Iterable<K>): void {
    if (other === this) {
      this.clear();
      return;
    }
    if (other instanceof SetTable) {
      let src: SetTable<K> = other;
      if (other.used >>> 3 > this.used) src = this.intersection(other);
      for (let i = src.nextIndex(0); i >= 0; i = src.nextIndex(i + 1)) {
        this.discardKnownHash(src.keys[i] as K, src.hashHi[i], src.hashLo[i]);
      }
    } else {
      for (const k of other) this.discard(k);
    }
    if (this.fill - this.used <= this.mask >>> 2) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_difference (the first operand of difference(), and `-`). */
  difference(other: SetTable<K> | DictTable<K, unknown> | Iterable<K>): SetTable<K> {
    let otherSize: number;
    if (other instanceof SetTable) otherSize = other.used;
    else if (isDictTable<K>(other)) otherSize = other.used;
    else {
      const r = this.copy();
      r.differenceUpdate(other as Iterable<K>);
      return r;
    }
    if (this.used >>> 2 > otherSize) {
      const r = this.copy();
      if (other instanceof SetTable) r.differenceUpdate(other);
      else r.differenceUpdate((other as DictTable<K, unknown>).keys());
      return r;
    }
    const result = new SetTable<K>(this.hooks);
    for (let i = this.nextIndex(0); i >= 0; i = this.nextIndex(i + 1)) {
      const k = this.keys[i] as K;
      const hhi = this.hashHi[i],
        hlo = this.hashLo[i];
      const found =
        other instanceof SetTable
          ? other.containsKnownHash(k, hhi, hlo)
          : (other as DictTable<K, unknown>).lookupKnownHash(k, hhi, hlo) >= 0;
      if (!found) result.addKnownHash(k, hhi, hlo);
    }
    return result;
  }

  /** set_symmetric_difference_update with a set operand: toggle each of other's keys. */
  private symmetricDifferenceUpdateSet(other: SetTable<K>): void {
    for (let i = other.nextIndex(0); i >= 0; i = other.nextIndex(i + 1)) {
      const k = other.keys[i] as K;
      const hhi = other.hashHi[i],
        hlo = other.hashLo[i];
      if (this.discardKnownHash(k, hhi, hlo) === DISCARD_NOTFOUND) this.addKnownHash(k, hhi, hlo);
    }
  }

  /** ^=, symmetric_difference_update(other). */
  symmetricDifferenceUpdate(other: SetTable<K> | DictTable<K, unknown> | Iterable<K>): void {
    if (other === this) {
      this.clear();
      return;
    }
    if (isDictTable<K>(other)) {
      const h = new PyHash();
      for (let i = other.nextIndex(0); i >= 0; i = other.nextIndex(i + 1)) {
        other.hashAt(i, h);
        const k = other.keyAt(i);
        if (this.discardKnownHash(k, h.hi, h.lo) === DISCARD_NOTFOUND) this.addKnownHash(k, h.hi, h.lo);
      }
      return;
    }
    if (other instanceof SetTable) {
      this.symmetricDifferenceUpdateSet(other);
      return;
    }
    const tmp = new SetTable<K>(this.hooks);
    tmp.updateFromIterable(other as Iterable<K>);
    this.symmetricDifferenceUpdateSet(tmp);
    tmp.dispose();
  }

  /** ^, symmetric_difference(other): a set built from other, then toggled with self's keys. */
  symmetricDifference(other: SetTable<K> | DictTable<K, unknown> | Iterable<K>): SetTable<K> {
    const r = new SetTable<K>(this.hooks);
    r.update(other);
    r.symmetricDifferenceUpdateSet(this);
    return r;
  }

  /** set_issubset for a set operand. */
  isSubset(other: SetTable<K>): boolean {
    if (this.used > other.used) return false;
    for (let i = this.nextIndex(0); i >= 0; i = this.nextIndex(i + 1)) {
      if (!other.containsKnownHash(this.keys[i] as K, this.hashHi[i], this.hashLo[i])) return false;
    }
    return true;
  }

  /** frozenset.__hash__ of the current contents. */
  frozensetHash(out: PyHash = new PyHash()): PyHash {
    const f = new FrozensetHasher();
    for (let i = this.nextIndex(0); i >= 0; i = this.nextIndex(i + 1)) f.addHalves(this.hashHi[i], this.hashLo[i]);
    return f.finish(this.used, out);
  }
}

function isDictTable<K>(o: unknown): o is DictTable<K, unknown> {
  return (
    typeof o === 'object' &&
    o !== null &&
    'dk' in o &&
    typeof (o as { lookupKnownHash?: unknown }).lookupKnownHash === 'function' &&
    !(o instanceof SetTable)
  );
}

/** setiter_iternext: yields slot indices; RuntimeError "Set changed size during iteration" (sticky). */
export class SetIterator<K> {
  private s: SetTable<K> | null;
  private siUsed: number;
  private pos = 0;
  len: number;

  constructor(s: SetTable<K>) {
    this.s = s;
    this.siUsed = s.used;
    this.len = s.used;
  }

  next(): number {
    const s = this.s;
    if (s === null) return -1;
    if (this.siUsed !== s.used) {
      this.siUsed = -1;
      pyError('RuntimeError', 'Set changed size during iteration');
    }
    const i = s.nextIndex(this.pos);
    if (i < 0) {
      this.s = null;
      this.pos = s.mask + 2;
      return -1;
    }
    this.pos = i + 1;
    this.len--;
    return i;
  }

  lengthHint(): number {
    return this.s !== null && this.siUsed === this.s.used ? this.len : 0;
  }
}
