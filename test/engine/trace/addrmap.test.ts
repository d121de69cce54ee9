import { describe, it, expect } from 'vitest';
import { AddrMap } from '../../../src/engine/trace/addrmap';
import { mulberry } from './programs';

describe('AddrMap', () => {
  it('behaves like a Map under random sets, deletes, takes and growth (addresses above 2^32)', () => {
    const rnd = mulberry(4242);
    const m = new AddrMap(4);
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
