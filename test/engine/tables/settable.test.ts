/**
 * SetTable vs real CPython 3.11.7 / 3.12.1 / 3.13.0 (PYTHONHASHSEED=0): iteration order and sys.getsizeof after
 * every operation, and the printed order of set algebra results (fixtures/tables-3.X.json from
 * gen-table-fixtures.py).
 */
import { describe, expect, it } from 'vitest';
import { SetIterator, SetTable, type SetHooks } from '../../../src/engine/objects/settable';
import { DictTable } from '../../../src/engine/objects/dicttable';
import { hashToString } from '../../../src/engine/lib/pyhash';
import { Interner, Obj, VERSIONS, encJson, eqCalls, loadFixture, pyEq, resetEqCalls, tableHooks as dictHooks, type EncKey } from './harness';

const hooks: SetHooks<Obj> = {
  hash: (k, out) => k.hash(out),
  eq: pyEq,
  exactStr: (k) => (k.kind === 'str' ? (k.value as string) : null),
};

function build(keys: Obj[]): SetTable<Obj> {
  const s = new SetTable<Obj>(hooks);
  for (const k of keys) s.add(k);
  return s;
}

describe.each(VERSIONS)('SetTable vs CPython %s', (v) => {
  const fx = loadFixture(v);
  for (const sc of fx.sets as any[]) {
    it(`scenario: ${sc.name}`, () => {
      const I = new Interner();
      let s = new SetTable<Obj>(hooks);
      sc.ops.forEach((op: [string, EncKey], n: number) => {
        const [name, arg] = op;
        switch (name) {
          case 'add':
            s.add(I.get(arg));
            break;
          case 'discard':
            s.discard(I.get(arg));
            break;
          case 'pop':
            s.pop();
            break;
          case 'clear':
            s.clear();
            break;
          case 'copy':
            s = s.copy();
            break;
          case 'update':
            s.update((arg as unknown as EncKey[]).map((k) => I.get(k)));
            break;
          default:
            throw new Error(name);
        }
        const snap = sc.snaps[n];
        const where = `${sc.name} op#${n} ${JSON.stringify(op)}`;
        expect(s.sizeOf(), where).toBe(snap.size);
        if (snap.keys) expect(I.encList(s.toArray()), where).toEqual(encJson(snap.keys));
      });
    });
  }

  (fx.algebra as any[]).forEach((alg, n) => {
    it(`set algebra #${n}: ${JSON.stringify(alg.a).slice(0, 40)} / ${JSON.stringify(alg.b).slice(0, 40)}`, () => {
      const I = new Interner();
      const ak: Obj[] = alg.a.map((k: EncKey) => I.get(k));
      const bk: Obj[] = alg.b.map((k: EncKey) => I.get(k));
      const a = build(ak);
      const b = build(bk);
      const R = alg.results;
      const got = (s: SetTable<Obj>) => I.encList(s.toArray());
      const inplace = (f: (x: SetTable<Obj>) => void) => {
        const x = a.copy();
        f(x);
        return got(x);
      };
      expect(got(a.union(b)), 'or').toEqual(encJson(R.or));
      expect(got(a.intersection(b)), 'and').toEqual(encJson(R.and));
      expect(got(a.difference(b)), 'sub').toEqual(encJson(R.sub));
      expect(got(a.symmetricDifference(b)), 'xor').toEqual(encJson(R.xor));
      expect(got(b.difference(a)), 'rsub').toEqual(encJson(R.rsub));
      expect(got(a.union(bk)), 'union_list').toEqual(encJson(R.union_list));
      expect(got(a.intersection(bk)), 'intersection_list').toEqual(encJson(R.intersection_list));
      expect(got(a.difference(bk)), 'difference_list').toEqual(encJson(R.difference_list));
      expect(got(a.symmetricDifference(bk)), 'symdiff_list').toEqual(encJson(R.symdiff_list));
      expect(inplace((x) => x.update(b)), 'ior').toEqual(encJson(R.ior));
      expect(inplace((x) => x.intersectionUpdate(b)), 'iand').toEqual(encJson(R.iand));
      expect(inplace((x) => x.differenceUpdate(b)), 'isub').toEqual(encJson(R.isub));
      expect(inplace((x) => x.symmetricDifferenceUpdate(b)), 'ixor').toEqual(encJson(R.ixor));
      expect(inplace((x) => x.update(bk)), 'update_list').toEqual(encJson(R.update_list));
      expect(inplace((x) => x.intersectionUpdate(bk)), 'iupdate_list').toEqual(encJson(R.iupdate_list));
      expect(inplace((x) => x.differenceUpdate(bk)), 'dupdate_list').toEqual(encJson(R.dupdate_list));
      expect(inplace((x) => x.symmetricDifferenceUpdate(bk)), 'sdupdate_list').toEqual(encJson(R.sdupdate_list));
      const fromList = new SetTable<Obj>(hooks);
      fromList.update(ak);
      expect(got(fromList), 'set_of_list').toEqual(encJson(R.set_of_list));
      expect(hashToString(a.frozensetHash()), 'frozenset hash').toBe(R.frozenset_hash);
      expect(a.union(b).sizeOf(), 'size or').toBe(alg.sizes.or);
      expect(a.intersection(b).sizeOf(), 'size and').toBe(alg.sizes.and);
      expect(a.difference(b).sizeOf(), 'size sub').toBe(alg.sizes.sub);
      expect(a.symmetricDifference(b).sizeOf(), 'size xor').toBe(alg.sizes.xor);
      expect(a.copy().sizeOf(), 'size copy').toBe(alg.sizes.copy);
    });
  });

  it('dict.fromkeys(set): size and order', () => {
    for (const row of fx.presized as any[]) {
      const n: number = row.n;
      const I = new Interner();
      const s = build(Array.from({ length: n }, (_, i) => I.get(i)));
      const d = new DictTable<Obj, number>(dictHooks).fromKeysOfSet(s, 0);
      expect(d.sizeOf(), `n=${n}`).toBe(row.fromkeys_set_int);
      const s37 = build(Array.from({ length: n }, (_, i) => I.get(i * 37)));
      const d37 = new DictTable<Obj, number>(dictHooks).fromKeysOfSet(s37, 0);
      expect(I.encList(d37.keys()), `n=${n}`).toEqual(encJson(row.fromkeys_set_int_order));
    }
  });
});

describe('SetTable behaviour', () => {
  it('empty set is 216 bytes; first resize at the 5th element (fill*5 >= mask*3)', () => {
    const I = new Interner();
    const s = new SetTable<Obj>(hooks);
    expect(s.sizeOf()).toBe(216);
    for (let i = 0; i < 4; i++) s.add(I.get(i));
    expect(s.sizeOf()).toBe(216);
    s.add(I.get(4));
    expect(s.sizeOf()).toBe(216 + 32 * 16);
  });

  it('str members never call eq', () => {
    resetEqCalls();
    const s = new SetTable<Obj>(hooks);
    for (let i = 0; i < 100; i++) s.add(new Obj('str', `x${i}`));
    for (let i = 0; i < 100; i++) expect(s.contains(new Obj('str', `x${i}`))).toBe(true);
    expect(eqCalls).toBe(0);
  });

  it('iteration error, pop error, allocation hooks', () => {
    const I = new Interner();
    const log: string[] = [];
    const s = new SetTable<Obj>({
      ...hooks,
      newTable: (_o, slots, nbytes) => {
        log.push(`new ${slots} ${nbytes}`);
        return slots;
      },
      freeTable: (_o, h, slots, nbytes) => log.push(`free ${String(h)} ${slots} ${nbytes}`),
    });
    for (let i = 0; i < 20; i++) s.add(I.get(i));
    const it = new SetIterator(s);
    expect(it.next()).toBe(0);
    s.add(I.get(100));
    expect(() => it.next()).toThrow('Set changed size during iteration');
    s.clear();
    expect(() => s.pop()).toThrow('pop from an empty set');
    expect(log).toEqual(['new 32 512', 'new 128 2048', 'free 32 32 512', 'free 128 128 2048']);
  });
});
