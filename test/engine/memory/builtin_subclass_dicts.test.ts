/**
 * The instance dicts of classes derived from builtin types (typeobject.ts instanceDict / cachedKeys /
 * materializeInstanceDict): which classes have shared keys per version (type_ready_managed_dict: a heap type
 * with a managed dict), when the dict is split or combined, and what object.__dir__ and __dict__ assignment
 * do to it.  Sizes are checked against the model's own constants and against dicts built the same way.
 */
import { describe, expect, it } from 'vitest';
import { runSource } from '../../../src/engine/index';
import { SharedKeysModel, DICT_OBJECT_SIZE } from '../../../src/engine/objects/dicttable';
import type { PythonVersion } from '../../../src/engine/parser';

const VERSIONS: PythonVersion[] = ['3.11', '3.12', '3.13'];
/** getsizeof of a split dict on a fresh class's shared keys that no instance has shrunk */
const FRESH_SPLIT = DICT_OBJECT_SIZE + 8 * SharedKeysModel.MAX_SIZE;

function run(src: string, version: PythonVersion): string[] {
  const r = runSource(src, { version });
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return r.stdout.trim().split('\n');
}

/** Prints, per class: getsizeof(o.__dict__) after o.a = 1, and of a plain dict given the same key. */
const FIRST_ATTRIBUTE = `
import sys
class L(list): pass
class I(int): pass
class T(tuple): pass
class E(Exception): pass
for cls, arg in ((L, ()), (I, (1,)), (T, ((),)), (E, ())):
    o = cls(*arg)
    o.a = 1
    plain = {}
    plain['a'] = 1
    print(cls.__name__, sys.getsizeof(o.__dict__), sys.getsizeof(plain))
`;

describe('instance dicts of classes over builtin types', () => {
  it('are split on the class shared keys where CPython gives the class shared keys', () => {
    for (const v of VERSIONS) {
      const rows = Object.fromEntries(run(FIRST_ATTRIBUTE, v).map((l) => { const [n, a, b] = l.split(' '); return [n, [Number(a), Number(b)]]; }));
      // a fixed-size base has a managed dict (and shared keys) on every version
      expect(rows.L[0], v).toBe(FRESH_SPLIT);
      // a variable-size base: 3.11 keeps the dict pointer in the object (no shared keys), 3.12+ manage it
      expect(rows.I[0], v).toBe(v === '3.11' ? rows.I[1] : FRESH_SPLIT);
      expect(rows.T[0], v).toBe(v === '3.11' ? rows.T[1] : FRESH_SPLIT);
      // exceptions have their own dict slot: never shared keys
      expect(rows.E[0], v).toBe(rows.E[1]);
    }
  });

  it('reading __dict__ first makes a combined empty dict on 3.11 and a split one on 3.12+', () => {
    const src = 'import sys\nclass L(list): pass\nl = L()\nd = l.__dict__\nprint(sys.getsizeof(d), sys.getsizeof({}))\nl.a = 1\nprint(sys.getsizeof(d), d is l.__dict__)\n';
    for (const v of VERSIONS) {
      const [first, second] = run(src, v);
      const [size, empty] = first.split(' ').map(Number);
      expect(size, v).toBe(v === '3.11' ? empty : FRESH_SPLIT);
      expect(second.endsWith('True'), v).toBe(true);
    }
  });

  it('the shared keys take at most SHARED_KEYS_MAX_SIZE names, then the dict becomes combined', () => {
    const n = SharedKeysModel.MAX_SIZE;
    const src = `import sys\nclass L(list): pass\nl = L()\nfor i in range(${n + 1}):\n    setattr(l, 'k%d' % i, i)\n    print(sys.getsizeof(l.__dict__))\n`;
    for (const v of VERSIONS) {
      const sizes = run(src, v).map(Number);
      expect(sizes.slice(0, n).every((s) => s === FRESH_SPLIT), v).toBe(true);
      expect(sizes[n], v).not.toBe(FRESH_SPLIT);
    }
  });

  it('dir() reads __dict__ and merges the class names into a split copy, filling the shared keys', () => {
    // every later instance of P gets a values array no smaller than the last: usable is used up
    const src = 'import sys\nclass P: pass\no = P()\no.a = 1\ndir(o)\nprint(sys.getsizeof(P().__dict__), sys.getsizeof(P().__dict__))\nclass L(list): pass\nl = L()\ndir(l)\nprint(len(l.__dict__))\n';
    for (const v of VERSIONS) {
      const [sizes, n] = run(src, v);
      const [a, b] = sizes.split(' ').map(Number);
      expect(a, v).toBe(b);
      expect(n, v).toBe('0');
    }
  });

  it('an exception accepts a new __dict__ with CPython messages for bad values', () => {
    const src = "class E(Exception): pass\ne = E()\ne.__dict__ = {'m': 1}\nprint(e.m)\ntry:\n    e.__dict__ = 5\nexcept TypeError as x:\n    print(x)\ntry:\n    del e.__dict__\nexcept TypeError as x:\n    print(x)\n";
    for (const v of VERSIONS) {
      expect(run(src, v), v).toEqual(['1', "__dict__ must be set to a dictionary, not a 'int'", 'cannot delete __dict__']);
    }
  });

  it('the shared keys hold one reference per name until the class is collected', () => {
    const src = `import sys, gc
class L(list): pass
name = ''.join(['some_', 'name'])
l = L()
setattr(l, name, 1)
before = sys.getrefcount(name)
del l
after_instance = sys.getrefcount(name)
del L
gc.collect()
print(before - after_instance, after_instance - sys.getrefcount(name))
`;
    // (setattr interns the name: on 3.12 that makes it immortal, so its count no longer moves)
    for (const v of VERSIONS) expect(run(src, v), v).toEqual([v === '3.12' ? '0 0' : '0 1']);
  });

  it("a class with a managed dict allocates its shared keys' block when made and frees it when collected", () => {
    const src = `import tracemalloc, gc
tracemalloc.start()
now = lambda: tracemalloc.get_traced_memory()[0]
class W(list): pass
class WQ(list):
    __slots__ = ()
del W, WQ
gc.collect()
a = now()
class P(list): pass
b = now()
class Q(list):
    __slots__ = ()
c = now()
del P, Q
gc.collect()
print(b - a, c - b, now() - a)
`;
    for (const v of VERSIONS) {
      const [withKeys, without, left] = run(src, v)[0].split(' ').map(Number);
      expect(withKeys - without, v).toBeGreaterThanOrEqual(SharedKeysModel.NBYTES);
      expect(left, v).toBeLessThan(SharedKeysModel.NBYTES);
    }
  });
});
