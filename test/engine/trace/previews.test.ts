import { describe, it, expect } from 'vitest';
import { bootstrap } from '../../../src/engine/vm/interp';
import { T } from '../../../src/engine/objects/types';
import type { PyObject } from '../../../src/engine/objects/object';
import { IntObject } from '../../../src/engine/objects/singletons';
import { FloatObject } from '../../../src/engine/objects/numbers';
import { StrObject } from '../../../src/engine/objects/str';
import { PreviewTable, previewOf } from '../../../src/engine/trace/previews';
import { mulberry } from './programs';

/** int, float and str objects whose previews cover the table's cases (numbers, big ints, long / escaped strs) */
function randomScalar(rnd: () => number): PyObject {
  const r = rnd();
  if (r < 0.3) return new IntObject(T.int, Math.floor((rnd() - 0.5) * 2 ** 40));
  if (r < 0.4) return new IntObject(T.int, BigInt(10) ** BigInt(Math.floor(rnd() * 80)) + BigInt(7));
  if (r < 0.65) {
    const pick = [0.5, -0.0, 1e300, 1e-7, Infinity, NaN, 3.141592653589793, 1 / 3, 123456789012345680000];
    return new FloatObject(pick[Math.floor(rnd() * pick.length)] * (rnd() < 0.5 ? 1 : -1));
  }
  const chars = "ab'\"\\\n\u00e9\u20ac\ud83d\ude00 ";
  let s = '';
  const n = Math.floor(rnd() * 70);
  for (let i = 0; i < n; i++) s += chars[Math.floor(rnd() * chars.length)];
  return new StrObject(s);
}

describe('PreviewTable', () => {
  it('answers exactly what a Map of eager previews answers (appends, overwrites, out-of-order inserts)', () => {
    bootstrap();
    for (let seed = 1; seed <= 6; seed++) {
      const rnd = mulberry(seed);
      const table = new PreviewTable();
      const model = new Map<number, string>();
      let next = 0;
      for (let i = 0; i < 3000; i++) {
        // mostly new sequence numbers (ascending), sometimes an older one again (a str resized in place)
        const seq = rnd() < 0.85 || next === 0 ? (next += 1 + Math.floor(rnd() * 3)) : Math.floor(rnd() * next);
        const o = randomScalar(rnd);
        const p = previewOf(o);
        const added = table.set(seq, o);
        expect(added).toBe(p !== '');
        if (p !== '') model.set(seq, p);
        expect(table.size).toBe(model.size);
      }
      for (let seq = -1; seq <= next + 1; seq++) expect(table.get(seq), `seed ${seed} seq ${seq}`).toBe(model.get(seq));
    }
  });

  it('keeps the value an object had when it was recorded', () => {
    bootstrap();
    const table = new PreviewTable();
    const f = new FloatObject(2.5);
    table.set(7, f);
    f.value = 4; // a float reused from the freelist gets a new value (and a new sequence number)
    table.set(8, f);
    expect(table.get(7)).toBe('2.5');
    expect(table.get(8)).toBe('4.0');
    expect(table.get(9)).toBeUndefined();
  });
});
