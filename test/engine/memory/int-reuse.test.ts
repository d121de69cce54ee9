/**
 * The JS objects of freed exact ints are reused by the next newInt / newIntAlloc (objects/numbers.ts,
 * issue #8). Reuse must be invisible: a reused object is indistinguishable from a newly
 * constructed one (every field, the address the allocator gives, the heap totals), and a traced run records
 * exactly the same event log with and without reuse.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/vm/interp';
import { RT, decref, refcount, type PyObject } from '../../../src/engine/objects/object';
import { IntObject, None } from '../../../src/engine/objects/singletons';
import {
  FloatObject, newInt, newIntAlloc, newFloat, intAllocSize, setIntObjectReuse,
} from '../../../src/engine/objects/numbers';
import { T } from '../../../src/engine/objects/types';
import { traceProgram } from '../../../src/engine/index';
import type { Recorder } from '../../../src/engine/trace/recorder';
import { mulberry, randomHeapProgram, randomProgram } from '../trace/programs';

afterEach(() => setIntObjectReuse(true));

/** A fresh runtime (left active, as a program's run leaves it) with empty pools. */
function freshRuntime(): void {
  setIntObjectReuse(false);
  setIntObjectReuse(true);
  runProgram('', { version: '3.12', filename: 'e.py', finalize: false });
}

/** Every field of `o` except its address (`addrCode`), as plain data (objects compared by identity through toBe below). */
function fieldsOf(o: PyObject): Record<string, unknown> {
  const r: Record<string, unknown> = { ...o };
  delete r.addrCode;
  return r;
}

/**
 * Make every field of a dead int (but its type and value) differ from a new int's, as if its life had used
 * them all: reuse must set each one again. (Iterates the fields a new int has, so a field added to PyObject
 * or IntObject later is covered too.)
 */
function scribble(o: PyObject): void {
  const f = o as unknown as Record<string, unknown>;
  for (const k of Object.keys(new IntObject(T.int, 0))) {
    if (k === 'ob_type' || k === 'value' || k === 'addrCode') continue;
    f[k] = typeof f[k] === 'number' ? 77 : None;
  }
}

describe('reuse of freed ints', () => {
  it('a reused int is the object the constructor would make, at the address the allocator gives', () => {
    freshRuntime();
    const a = newInt(10 ** 6);
    const blockA = a.addr;
    const live = RT.heap.liveObjects;
    const bytes = RT.heap.requestedBytes;
    decref(a);
    scribble(a);
    // a value of a larger size class: the object is reused, the block is not
    const b = newInt(2n ** 100n);
    expect(b).toBe(a);
    expect(fieldsOf(b)).toEqual(fieldsOf(new IntObject(T.int, 2n ** 100n)));
    expect(refcount(b)).toBe(1);
    expect(b.addr).not.toBe(blockA);
    expect(RT.heap.mem.blockSize(b.addr)).toBe(48);
    expect(RT.heap.liveObjects).toBe(live);
    expect(RT.heap.requestedBytes).toBe(bytes + intAllocSize(2n ** 100n) - intAllocSize(10 ** 6));
    decref(b);
    // the block request of digit arithmetic (allocBytes) is not carried over
    const c = newIntAlloc(2 ** 40, 3);
    expect(c).toBe(b);
    expect(c.allocBytes).toBe(RT.profile.sizes.intHeader + 12);
    decref(c);
    const d = newInt(-12345);
    expect(d).toBe(a);
    expect(fieldsOf(d)).toEqual(fieldsOf(new IntObject(T.int, -12345)));
    expect(RT.heap.requestedBytes).toBe(bytes);
    expect(d.addr).toBe(blockA);
    decref(d);
    expect(RT.heap.liveObjects).toBe(live - 1);
  });

  it('a float is not pooled: the float freelist keeps its own objects, then new ones are made', () => {
    freshRuntime();
    const fl = RT.freelists.float;
    const max = RT.profile.freelists.float;
    // more floats than the freelist holds, freed: the freelist fills up, the rest go back to the allocator
    const made: FloatObject[] = [];
    for (let i = 0; i < max + 5; i++) made.push(newFloat(i + 0.5));
    for (const x of made) decref(x);
    expect(fl.length).toBe(max);
    // CPython's freelist, LIFO, with the objects parked on it
    const taken: FloatObject[] = [];
    for (let i = 0; i < max; i++) taken.push(newFloat(1.25));
    expect(taken[0]).toBe(made[max - 1]);
    expect(fl.length).toBe(0);
    const c = newFloat(4.5);
    expect(made.includes(c)).toBe(false);
    for (const x of [c, ...taken]) decref(x);
  });

  it('instances of an int subclass are not reused', () => {
    setIntObjectReuse(false);
    setIntObjectReuse(true);
    // the last object the program frees is an instance of I (del x), after the exact ints of k + 1000
    const r = runProgram('class I(int): pass\nfor k in range(600):\n    x = I(k + 1000)\ndel x\n', {
      version: '3.12',
      filename: 's.py',
      finalize: false,
    });
    expect(r.exitCode).toBe(0);
    for (let i = 0; i < 600; i++) {
      const o = newInt(10 ** 6 + i);
      expect(o.ob_type).toBe(T.int);
      expect(fieldsOf(o)).toEqual(fieldsOf(new IntObject(T.int, 10 ** 6 + i)));
    }
  });

  it('with reuse off every new int is a new object', () => {
    freshRuntime();
    setIntObjectReuse(false);
    const a = newInt(10 ** 6);
    decref(a);
    const b = newInt(10 ** 6);
    expect(b).not.toBe(a);
    expect(b.addr).toBe(a.addr);
    decref(b);
  });
});

/** Every word of a recording's event log, chunk by chunk. */
function logWords(rec: Recorder): number[][] {
  return rec.log.chunks.map((c) => Array.from(c.words.subarray(0, c.used)));
}

function traceBoth(src: string): { on: ReturnType<typeof traceProgram>; off: ReturnType<typeof traceProgram> } {
  setIntObjectReuse(false);
  const off = traceProgram(src, { version: '3.12', filename: '/r.py' }, { chunkWords: 512 });
  setIntObjectReuse(true);
  const on = traceProgram(src, { version: '3.12', filename: '/r.py' }, { chunkWords: 512 });
  return { on, off };
}

describe('reuse is invisible to the trace', () => {
  const programs: [string, string][] = [
    [
      'int and float churn',
      [
        'def f(n):',
        '    acc = 0',
        '    for i in range(n):',
        '        acc = (acc + i * i) % 1000003',
        '        t = (i * 1000, i + 0.5)',
        '        if i % 7 == 0:',
        '            x = 2 ** (i % 90) * acc',
        '    return acc',
        'print(f(300), id(f(5)) > 0)',
        'fs = [k / 3 for k in range(400)]',
        'del fs',
        'gs = [k * 0.25 for k in range(300)]',
        'print(sum(gs), [i * 10**20 for i in range(5)])',
        'a = 1000; b = a + 1; c = b; del b',
        'print(a, c, c - a)',
      ].join('\n'),
    ],
    [
      // t is queued for its count change (u = t), then g is, then t is freed: reusing t's JS object for v
      // would leave t's queue entry ahead of g's, and v's count change would be recorded before g's
      'freed while queued ahead of another object',
      [
        'def f():',
        '    for k in range(50):',
        '        t = k * 1000; u = t; g = k * 3000; h = g; del t; del u; v = k * 2000; w = v',
        '    return w',
        'print(f())',
      ].join('\n'),
    ],
  ];
  for (const [name, src] of programs) {
    it(`${name}: the same event log with and without reuse`, () => {
      const { on, off } = traceBoth(src);
      expect(on.result.stdout).toBe(off.result.stdout);
      expect(on.result.exitCode).toBe(0);
      expect(logWords(on.recorder)).toEqual(logWords(off.recorder));
    });
  }

  it('random programs: the same event log with and without reuse', () => {
    const rnd = mulberry(8);
    for (let k = 0; k < 12; k++) {
      const src = k % 2 === 0 ? randomHeapProgram(rnd) : randomProgram(rnd);
      const { on, off } = traceBoth(src);
      expect(on.result.stdout).toBe(off.result.stdout);
      expect(logWords(on.recorder)).toEqual(logWords(off.recorder));
    }
  });
});
