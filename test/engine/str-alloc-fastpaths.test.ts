/**
 * str allocation fast paths (issue #8): newStrFresh with `knownAscii` makes the object the full scan makes,
 * and exact strs allocated and freed through allocStrObject / freeStrObject move the heap's totals exactly as
 * allocObject / freeObject (an exact str has no GC head and no pre-header).
 */
import { describe, expect, it } from 'vitest';
import { runProgram, bootstrap } from '../../src/engine/vm/interp';
import { StrObject, newStr, newStrFresh, strSize } from '../../src/engine/objects/str';
import { RT, decref } from '../../src/engine/objects/object';
import { T } from '../../src/engine/objects/types';

function setUp(): void {
  bootstrap();
  runProgram('', { version: '3.12', filename: 'e.py', finalize: false });
}

describe('str allocation fast paths', () => {
  it('newStrFresh(s, true) equals the scanned object for ASCII text, and is never a singleton', () => {
    setUp();
    for (const s of ['q', 'ab', '0123456789', 'x'.repeat(600)]) {
      const a = newStrFresh(s);
      const b = newStrFresh(s, true);
      expect([b.cplen, b.kind, b.ascii, strSize(b)]).toEqual([a.cplen, a.kind, a.ascii, strSize(a)]);
      expect(b).not.toBe(a);
      decref(a);
      decref(b);
    }
  });

  it('an exact str takes and gives back exactly strSize bytes (no header)', () => {
    setUp();
    expect(RT.heap.headerOf(T.str.tp_flags)).toBe(0);
    for (const s of ['ab', 'caf\u00e9', '\u20ac\u20ac', 'x\ud83d\ude00', 'y'.repeat(1000)]) {
      const before = RT.heap.requestedBytes;
      const live = RT.heap.liveObjects;
      const o = newStr(s) as StrObject;
      expect(RT.heap.requestedBytes - before).toBe(strSize(o));
      expect(RT.heap.liveObjects - live).toBe(1);
      decref(o);
      expect(RT.heap.requestedBytes).toBe(before);
      expect(RT.heap.liveObjects).toBe(live);
    }
  });

  it('str subclass instances still free their headers (strDealloc takes the general path for them)', () => {
    const r = runProgram(
      ['import tracemalloc', 'class S(str): pass', 'tracemalloc.start()', 'x = [S("ab" * i) for i in range(50)]', 'del x', 'print(tracemalloc.get_traced_memory()[0])'].join('\n'),
      { version: '3.12', filename: 't.py' },
    );
    expect(r.stderr).toBe('');
    expect(Number(r.stdout.trim())).toBeLessThan(200);
  });
});
