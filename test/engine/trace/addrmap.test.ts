import { describe, it, expect } from 'vitest';
import { AddrMap, BlockMap } from '../../../src/engine/trace/addrmap';
import { mulberry } from './programs';

describe.each([
  ['AddrMap', (): AddrMap | BlockMap => new AddrMap(4)],
  ['BlockMap', (): AddrMap | BlockMap => new BlockMap()],
])('%s', (_name, make) => {
  it('behaves like a Map under random sets, deletes, takes and growth (addresses above 2^32)', () => {
    const rnd = mulberry(4242);
    const m = make();
    const ref = new Map<number, number>();
    // a few dense regions, as pools and arenas are
    const bases = [0x7f3c9a400000, 0x55d0c8a00000, 0x7f3c9b000000];
    for (let i = 0; i < 200_000; i++) {
      const key = bases[Math.floor(rnd() * 3)] + 16 * Math.floor(rnd() * 20_000);
      const op = rnd();
      if (op < 0.55) {
        const v = Math.floor(rnd() * 1e6);
        m.set(key, v);
        ref.set(key, v);
      } else if (op < 0.75) {
        expect(m.delete(key)).toBe(ref.delete(key));
      } else if (op < 0.9) {
        // take: the value (-1 when absent) and the entry removed, in one probe
        expect(m.take(key)).toBe(ref.get(key) ?? -1);
        ref.delete(key);
      } else {
        expect(m.get(key)).toBe(ref.get(key));
      }
      if (i % 20_000 === 0) expect(m.size).toBe(ref.size);
    }
    expect(m.size).toBe(ref.size);
    for (const [k, v] of ref) expect(m.get(k)).toBe(v);
    const seen = new Map<number, number>();
    for (const [k, v] of m) seen.set(k, v);
    expect(seen).toEqual(ref);
  });
});

describe('BlockMap', () => {
  it('keeps keys that are not 16-aligned, returns pages when they empty, and iterates every entry once', () => {
    const m = new BlockMap();
    const ref = new Map<number, number>();
    const base = 0x7f3c9a403000;
    // a page's first and last granule, the next page, an odd key, an mmap'd block far away
    for (const [k, v] of [[base, 1], [base + 16368, 2], [base + 16384, 3], [base + 8, 4], [0x7f0000000000, 5], [0, 6]] as const) {
      m.set(k, v);
      ref.set(k, v);
    }
    m.set(base, 7);
    ref.set(base, 7);
    expect(m.size).toBe(ref.size);
    expect(new Map(m)).toEqual(ref);
    const each = new Map<number, number>();
    m.forEach((v, k) => each.set(k, v));
    expect(each).toEqual(ref);
    expect(m.get(base + 32)).toBeUndefined();
    // a negative key (a static object's address 0 minus its header) is absent, not a page's entry
    expect(m.get(-16)).toBeUndefined();
    expect(m.has(-16)).toBe(false);
    m.set(-16, 9);
    expect(m.get(-16)).toBe(9);
    expect(m.take(-16)).toBe(9);
    expect(m.take(base + 8)).toBe(4);
    expect(m.take(base + 8)).toBe(-1);
    expect(m.take(0x7f0000000000)).toBe(5);
    expect(m.get(0x7f0000000000)).toBeUndefined();
    // the emptied page is reused for a new one (its array too: every entry empty again)
    m.set(0x7f0000100000, 8);
    expect(m.get(0x7f0000100000)).toBe(8);
    expect(m.get(base + 16368)).toBe(2);
    expect(m.size).toBe(5);
    ref.delete(base + 8);
    ref.delete(0x7f0000000000);
    ref.set(0x7f0000100000, 8);
    expect(new Map(m)).toEqual(ref);
    // a page emptied of many entries, then filled at other granules
    const far = 0x7f0000200000;
    for (let g = 0; g < 1024; g += 3) m.set(far + 16 * g, g);
    for (let g = 0; g < 1024; g += 3) expect(m.take(far + 16 * g)).toBe(g);
    for (let g = 1; g < 1024; g += 3) m.set(0x7f0000300000 + 16 * g, g);
    for (let g = 0; g < 1024; g++) expect(m.get(0x7f0000300000 + 16 * g)).toBe(g % 3 === 1 ? g : undefined);
    expect(m.size).toBe(5 + 341);
  });
});
