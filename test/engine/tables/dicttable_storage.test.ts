/**
 * A keys object's JS storage: small keys objects hand their index and entry arrays to the next one of their
 * size (the storage pool). Whatever a table went through (growth, deletions, popitem, clear, copy, merge, a
 * reused storage), every live entry's stored hash must be its key's hash and every key must be found again;
 * absent keys must not be.  Split tables (instance dicts) share their index, key and hash arrays through
 * their class's layouts (KeysLayout) and must behave exactly like tables with arrays of their own.
 */
import { describe, expect, it } from 'vitest';
import { DictKeys, DictTable, SharedKeysModel } from '../../../src/engine/objects/dicttable';
import { PyHash } from '../../../src/engine/lib/pyhash';
import { Interner, Obj, tableHooks as hooks } from './harness';

/** Every live entry: stored hash == the key's hash, and lookup finds the entry. */
function checkTable(d: DictTable<Obj, number>): void {
  const stored = new PyHash();
  const want = new PyHash();
  let live = 0;
  for (let i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
    const k = d.keyAt(i);
    d.hashAt(i, stored);
    k.hash(want);
    expect([stored.hi, stored.lo]).toEqual([want.hi, want.lo]);
    expect(d.lookup(k)).toBe(i);
    live++;
  }
  expect(live).toBe(d.used);
}

const intKey = (n: number) => new Obj('int', n);
const strKey = (n: number) => new Obj('str', `k${n}`);

describe('DictKeys storage', () => {
  it('a new keys object has every slot empty and room for its usable entries', () => {
    for (let log2 = 3; log2 <= 10; log2++) {
      const dk = new DictKeys<Obj, number>(log2, true);
      expect(dk.indices.length).toBe(1 << log2);
      expect([...dk.indices].every((ix) => ix === -1)).toBe(true);
      expect(dk.hashHi.length).toBe(dk.usable);
      expect(dk.keys.length).toBe(dk.usable);
    }
  });

  it('hashes survive growth, deletions, popitem, copy and merge (int, str and negative-hash keys)', () => {
    for (const make of [intKey, strKey, (n: number) => intKey(-n - 3)]) {
      const d = new DictTable<Obj, number>(hooks);
      const keys = Array.from({ length: 300 }, (_, n) => make(n));
      keys.forEach((k, n) => {
        d.set(k, n);
        if (n % 37 === 0) checkTable(d);
      });
      checkTable(d);
      for (let n = 0; n < 300; n += 3) expect(d.delete(keys[n])).toBe(n);
      checkTable(d);
      for (let n = 0; n < 300; n += 3) expect(d.get(keys[n])).toBeUndefined();
      d.popitem();
      checkTable(d);
      const c = d.copy();
      checkTable(c);
      const m = new DictTable<Obj, number>(hooks);
      m.set(make(1000), 1);
      m.merge(d, 1);
      checkTable(m);
      expect(m.used).toBe(d.used + 1);
    }
  });

  it('a freed small table hands clean storage to the next one (no stale index or entry)', () => {
    for (let round = 0; round < 3; round++) {
      const tables: DictTable<Obj, number>[] = [];
      for (let t = 0; t < 20; t++) {
        const d = new DictTable<Obj, number>(hooks);
        // 1..20 keys: tables of 8, 16 and 32 slots, the pooled sizes
        for (let n = 0; n <= t; n++) d.set(intKey(t * 100 + n), n);
        checkTable(d);
        tables.push(d);
      }
      for (const d of tables) d.dispose();
      for (let t = 0; t < 20; t++) {
        const d = new DictTable<Obj, number>(hooks);
        for (let n = 0; n <= t; n++) d.set(strKey(t * 100 + n + round), n);
        checkTable(d);
        // keys of the table that used this storage before are not there
        for (let n = 0; n <= 20; n++) expect(d.get(intKey(t * 100 + n))).toBeUndefined();
        d.clear();
        expect(d.used).toBe(0);
        expect(d.get(strKey(t * 100 + round))).toBeUndefined();
      }
    }
  });
});

describe('split tables share layouts of their class', () => {
  /** an instance dict of the class with keys `shared`, attributes set in the order given */
  const instance = (shared: SharedKeysModel, I: Interner, names: string[]): DictTable<Obj, number> => {
    shared.onNewInstance();
    const t = new DictTable<Obj, number>(hooks);
    t.shared = shared;
    names.forEach((n, i) => t.set(I.get(n), i));
    return t;
  };

  it('instances adding the same keys in the same order share the arrays, not the values', () => {
    const shared = new SharedKeysModel();
    const I = new Interner();
    const a = instance(shared, I, ['x', 'y', 'z']);
    const b = instance(shared, I, ['x', 'y', 'z']);
    expect(b.dk.keys).toBe(a.dk.keys);
    expect(b.dk.indices).toBe(a.dk.indices);
    expect(b.dk.values).not.toBe(a.dk.values);
    b.set(I.get('y'), 10);
    expect([a.get(I.get('y')), b.get(I.get('y'))]).toEqual([1, 10]);
    checkTable(a);
    checkTable(b);
    // another order is another layout; each table keeps its own insertion order
    const c = instance(shared, I, ['z', 'x']);
    expect(c.dk.keys).not.toBe(a.dk.keys);
    expect(c.items().map(([k]) => k.value)).toEqual(['z', 'x']);
    checkTable(c);
  });

  it('a deletion copies the arrays first: the other instances still find the key', () => {
    const shared = new SharedKeysModel();
    const I = new Interner();
    const a = instance(shared, I, ['x', 'y']);
    const b = instance(shared, I, ['x', 'y']);
    expect(b.delete(I.get('x'))).toBe(0);
    expect(b.dk.keys).not.toBe(a.dk.keys);
    expect([a.get(I.get('x')), b.get(I.get('x'))]).toEqual([0, undefined]);
    b.set(I.get('x'), 7);
    expect(b.items().map(([k, v]) => [k.value, v])).toEqual([['y', 1], ['x', 7]]);
    const c = instance(shared, I, ['x', 'y']);
    expect(c.dk.keys).toBe(a.dk.keys);
    for (const t of [a, b, c]) checkTable(t);
  });

  it('growing past the first size (resize) and clearing keep every table right', () => {
    const shared = new SharedKeysModel();
    const I = new Interner();
    const names = Array.from({ length: 12 }, (_, i) => `attr${i}`);
    const tables = [0, 1, 2].map(() => instance(shared, I, names));
    expect(tables[1].dk.keys).toBe(tables[0].dk.keys);
    for (const t of tables) {
      checkTable(t);
      expect(t.items().map(([k, v]) => [k.value, v])).toEqual(names.map((n, i) => [n, i]));
    }
    tables[0].clear();
    expect(tables[0].used).toBe(0);
    expect(tables[1].get(I.get('attr5'))).toBe(5);
    checkTable(tables[1]);
  });

  it('clear() releases a split table in shared-key order, again and again for tables of one layout', () => {
    const shared = new SharedKeysModel();
    const I = new Interner();
    // the shared keys learn x, y, z in that order; later instances add them as z, x, y
    instance(shared, I, ['x', 'y', 'z']);
    for (let round = 0; round < 3; round++) {
      for (const [order, want] of [
        [['z', 'x', 'y'], ['x', 'y', 'z']],
        [['x', 'y', 'z'], ['x', 'y', 'z']],
        [['y', 'z'], ['y', 'z']],
        [['z', 'y'], ['y', 'z']],
      ]) {
        const t = instance(shared, I, order);
        const released: string[] = [];
        t.clear((k, _v, ownsKey) => {
          expect(ownsKey).toBe(false);
          released.push(k.value as string);
        });
        expect(released).toEqual(want);
        expect(t.used).toBe(0);
      }
    }
  });

  it('past the layouts a class may make, tables use arrays of their own', () => {
    const shared = new SharedKeysModel();
    const I = new Interner();
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    // every order of 6 names: 720 orders, 1,956 distinct prefixes (layouts), more than the cap
    const orders: string[][] = [];
    const permute = (rest: string[], acc: string[]): void => {
      if (rest.length === 0) orders.push(acc);
      rest.forEach((n, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, n]));
    };
    permute(names, []);
    for (const order of orders) {
      const t = instance(shared, I, order);
      expect(t.items().map(([k]) => k.value)).toEqual(order);
      checkTable(t);
    }
    expect(shared.layoutCount).toBe(SharedKeysModel.MAX_LAYOUTS);
  });
});
