/**
 * The runtime objects that decide gc counts and cycles, checked through whole programs. Every expected
 * output was printed by real CPython 3.11.7, 3.12.1 and 3.13.0 running the same program as a script with its
 * output on a pipe (identical on the three versions unless a version is named).
 */
import { describe, expect, it } from 'vitest';
import { runSource } from '../../../src/engine/index';
import { GC, GC_STARTUP } from '../../../src/engine/memory/gc';
import { runAudited as run } from '../audited';

const VERSIONS = ['3.11', '3.12', '3.13'] as const;


describe.each(VERSIONS)('gc-visible runtime objects on %s', (v) => {
  it("sys.stdout's pending buffer keeps printed strings alive until a flush, and its list counts", () => {
    const src = [
      'import gc, sys',
      'gc.collect()',
      'gc.disable()',
      's = "".join(["ab", "c"])',
      'r = [sys.getrefcount(s)]',
      'print(s)',
      'r.append(sys.getrefcount(s))',
      'sys.stdout.flush()',
      'r.append(sys.getrefcount(s))',
      'c0 = gc.get_count()[0]',
      'print((1, 2))',
      'r.append(gc.get_count()[0] - c0)',
      'print(r)',
    ].join('\n');
    // refcounts: 2, +1 while the str is pending in the buffer, 2 after the flush; the last delta is the
    // thread-state dict and Py_ReprEnter's list (first container repr) and a new pending list (the
    // argument 1-tuple comes from the freelist) → 3
    expect(run(src, v).split('\n').at(-2)).toBe('[2, 3, 2, 3]');
  });

  it("an instance's inline values are not a GC object; a class is a cycle; a suspended generator is closed", () => {
    const src = [
      'import gc, sys',
      'class N:',
      '    def __init__(self): self.me = self',
      'gc.disable()',
      'gc.collect()',
      'c0 = gc.get_count()[0]',
      'N(); N()',
      'c1 = gc.get_count()[0]',
      'class T:',
      '    pass',
      'print(c1 - c0, sys.getrefcount(T), T.__mro__ is T.__mro__)',
      'def g(box):',
      '    try:',
      '        yield 1',
      '    finally:',
      '        print("closed")',
      'b = []',
      'it = g(b); b.append(it); next(it)',
      'del it, b',
      'print(gc.collect())',
      'x = []',
      'print(len(gc.get_referrers(x)))',
      'gc.enable()',
    ].join('\n');
    expect(run(src, v)).toBe('3 5 True\nclosed\n2\n1\n');
  });

  it('DEBUG_STATS output goes through sys.stderr (a program can capture it)', () => {
    const src = [
      'import gc, sys',
      'class Cap:',
      '    def __init__(self): self.parts = []',
      '    def write(self, s): self.parts.append(s)',
      'gc.collect()',
      'a = []; a.append(a); del a',
      'cap = Cap(); old = sys.stderr; sys.stderr = cap',
      'gc.set_debug(gc.DEBUG_STATS)',
      'n = gc.collect(0)',
      'gc.set_debug(0); sys.stderr = old',
      'lines = "".join(cap.parts).splitlines()',
      'print(n, lines[0], lines[-1].rsplit(",", 1)[0])',
    ].join('\n');
    expect(run(src, v)).toBe('1 gc: collecting generation 0... gc: done, 1 unreachable, 0 uncollectable\n');
  });
});

describe('start-up long-lived population', () => {
  it.each(VERSIONS)('%s: virtual objects move with collections and count in long_lived_total', (v) => {
    // a runtime must exist (RT) for the collector's list heads
    runSource('pass', { version: v, filename: 'prog.py' });
    const st = GC_STARTUP[v];
    expect(st).toBeDefined();
    const gc = new GC(
      { version: v, gcThresholds: [700, 10, 10], gcAtEvalBreaker: v !== '3.11' } as never,
      {
        writeStderr: () => {},
        clearFreelists: () => {},
        appendGarbage: () => {},
        writeUnraisable: () => {},
        callWeakrefCallback: () => {
          throw new Error('no weakrefs here');
        },
      },
    );
    expect(gc.virtual).toEqual([0, 0, 0]);
    gc.seedStartupPopulation();
    const total = st.virtual[0] + st.virtual[1] + st.virtual[2];
    gc.collect(1, 'manual');
    // generation 1 was merged into generation 2: the pending count grew by what it held
    expect(gc.virtual).toEqual([0, 0, total]);
    expect(gc.longLivedPending).toBe(st.longLivedPending + st.virtual[0] + st.virtual[1]);
    gc.collect(2, 'manual');
    expect(gc.longLivedTotal).toBe(total);
    expect(gc.longLivedPending).toBe(0);
    gc.freeze();
    expect(gc.virtual).toEqual([0, 0, 0]);
    gc.unfreeze();
    expect(gc.virtual).toEqual([0, 0, total]);
  });
});
