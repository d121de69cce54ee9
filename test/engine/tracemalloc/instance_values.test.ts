/**
 * Where instance attribute storage is allocated (objects/typeobject.ts allocInstance / instanceDict /
 * materializeInstanceDict): the traced block sizes of a program were measured on CPython 3.11.7, 3.12.1 and
 * 3.13.0.  3.11 / 3.12: each instance gets a values array at creation (264, 256, ... as the class's shared
 * keys lose a spare slot per instance); 3.13 embeds the values in the object (328, 320, ...).  A class with
 * __slots__ and __dict__ gets its values with the object on 3.11 / 3.12, and a dict plus a values array
 * (64 + 280) at the first attribute store on 3.13.  `__dict__` makes a 64-byte dict object.
 */
import { describe, expect, it } from 'vitest';
import { runSource } from '../../../src/engine/index';
import type { PythonVersion } from '../../../src/engine';

const SRC = `import gc, tracemalloc, sys
class P:
    pass
class S:
    __slots__ = ("a", "__dict__")
gc.collect()
tracemalloc.start()
objs = [P() for _ in range(4)]
s = S()
snap1 = tracemalloc.take_snapshot()
s.k = 1
objs[0].__dict__
snap2 = tracemalloc.take_snapshot()
tracemalloc.stop()
f = [tracemalloc.Filter(True, __file__)]
print(sorted(t.size for t in snap1.filter_traces(f).traces))
print(sorted(t.size for t in snap2.filter_traces(f).traces))
`;

const EXPECTED: Record<PythonVersion, string> = {
  '3.11':
    '[32, 56, 56, 56, 56, 56, 56, 240, 248, 256, 264, 264]\n[32, 56, 56, 56, 56, 56, 56, 64, 240, 248, 256, 264, 264]\n',
  '3.12':
    '[32, 48, 48, 48, 48, 56, 56, 240, 248, 256, 264, 264]\n[32, 48, 48, 48, 48, 56, 56, 64, 240, 248, 256, 264, 264]\n',
  '3.13': '[32, 56, 56, 304, 312, 320, 328]\n[32, 56, 56, 64, 64, 280, 304, 312, 320, 328]\n',
};

describe('instance attribute values are allocated with the instance', () => {
  for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[]) {
    it(`traced blocks of instances and their dicts [${version}]`, () => {
      const r = runSource(SRC, { version, filename: '/sandbox/prog.py' });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(EXPECTED[version]);
    });
  }
});
