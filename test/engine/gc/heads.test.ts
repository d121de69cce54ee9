/**
 * The collector keeps its per-object state in GC heads (memory/gc.ts GCHead, an object's `gch`): a tracked
 * object's head is linked into a generation, an untracked object's head (kept for its life) is in no list,
 * and no collection leaves a head collecting or unreachable. move_unreachable also does untrack_tuples' work; the order objects end in and
 * which tuples are untracked must stay CPython's (the expected outputs are those of CPython 3.11.7, 3.12.1
 * and 3.13.0, identical for these programs).
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/vm/interp';
import { makeHarness, decref } from './harness';
import type { PyObject } from '../../../src/engine/objects/object';

const VERSIONS = ['3.11', '3.12', '3.13'] as const;

const TUPLES = [
  'import gc',
  'gc.collect()',
  'a = 1',
  'inner = (a, 2)',
  'outer = (inner, a)',
  'holder = ([], a)',
  'mixed = (inner, [])',
  'print(gc.is_tracked(inner), gc.is_tracked(outer), gc.is_tracked(holder), gc.is_tracked(mixed))',
  'gc.collect(0)',
  'print(gc.is_tracked(inner), gc.is_tracked(outer), gc.is_tracked(holder), gc.is_tracked(mixed))',
].join('\n');

// a, b and c are only referenced from objects after them in generation 0: move_unreachable moves them to
// the unreachable list, then back to young's tail once their referrer is scanned (d is reachable at once)
const ORDER = [
  'import gc',
  'class N:',
  '    def __init__(self, name):',
  '        self.name = name',
  '        self.ref = None',
  'def build():',
  "    a = N('a')",
  "    b = N('b')",
  "    c = N('c')",
  '    a.ref = [b]',
  '    c.ref = a',
  "    return [c], N('d')",
  'gc.collect()',
  'held = build()',
  'print([o.name for o in gc.get_objects(0) if type(o) is N])',
  'gc.collect(0)',
  'print([o.name for o in gc.get_objects(1) if type(o) is N])',
].join('\n');

describe.each(VERSIONS)('collections with GC heads on %s', (v) => {
  it('untracks the tuples CPython untracks, nested ones in the same collection', () => {
    const r = runProgram(TUPLES, { version: v, filename: 't.py' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True True True True\nFalse False True True\n');
  });

  it('keeps the order objects found reachable late end in', () => {
    const r = runProgram(ORDER, { version: v, filename: 't.py' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("['a', 'b', 'c', 'd']\n['d', 'c', 'a', 'b']\n");
  });

  it("leaves every head idle and unlinks an untracked object's head", () => {
    const h = makeHarness(v);
    const nodes = ['p', 'q', 'r', 's', 't'].map((n) => h.node(h.C, n));
    // p → q → r → p is garbage once released; s → t survives (held here)
    h.link(nodes[0], nodes[1]);
    h.link(nodes[1], nodes[2]);
    h.link(nodes[2], nodes[0]);
    h.link(nodes[3], nodes[4]);
    const survivors: PyObject[] = [nodes[3], nodes[4]];
    for (const o of nodes.slice(0, 3)) decref(o);
    decref(nodes[4]);
    expect(h.gc.collect(0)).toBe(3);
    for (const o of survivors) {
      const head = o.gch!;
      expect(head.obj).toBe(o);
      expect(head.refs).toBe(0);
      expect(head.unreachable).toBe(false);
      expect(h.gc.generationOf(o)).toBe(1);
    }
    expect(h.gc.collect()).toBe(0);
    for (const o of survivors) expect(h.gc.generationOf(o)).toBe(2);
    // an untracked object's head is in no list; tracking it again links the same head into generation 0
    const head = nodes[3].gch!;
    h.gc.untrack(nodes[3]);
    expect(head.next).toBe(null);
    expect(head.prev).toBe(null);
    expect(h.gc.isTracked(nodes[3])).toBe(false);
    expect(h.gc.generationOf(nodes[3])).toBe(-1);
    h.gc.track(nodes[3]);
    expect(nodes[3].gch).toBe(head);
    expect(h.gc.generationOf(nodes[3])).toBe(0);
    expect(h.gc.getObjects(0)).toEqual([nodes[3]]);
  });
});
