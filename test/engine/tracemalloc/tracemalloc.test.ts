/**
 * The `tracemalloc` module (vm/modules/tracemalloc.ts, stdlib/tracemalloc.py) and the allocations it sees:
 * each program's expected output was measured on CPython 3.11.7, 3.12.1 and 3.13.0 (the same on all three).
 */
import { describe, expect, it } from 'vitest';
import { runSource } from '../../../src/engine/index';
import type { PythonVersion } from '../../../src/engine';

const VERSIONS: PythonVersion[] = ['3.11', '3.12', '3.13'];
const FILE = '/sandbox/prog.py';

function run(src: string, version: PythonVersion): string {
  const r = runSource(src, { version, filename: FILE });
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return r.stdout;
}

const cases: { name: string; src: string; out: string }[] = [
  {
    // _get_traces copies the table, then builds the result under set_reentrant(1): only the list object
    // (made before) is traced, plus the 32-byte int of the reading before it
    name: 'the blocks _get_traces() builds for its result are not traced',
    src: `import gc, tracemalloc, _tracemalloc
gc.collect()
tracemalloc.start()
t = tracemalloc.get_traced_memory
ballast = bytes(300)
R = [0] * 4
R[0] = t()[0]
R[1] = t()[0]
x = _tracemalloc._get_traces()
R[2] = t()[0]
tracemalloc.stop()
print(R[1] - R[0], R[2] - R[1], len(x) > 0)
`,
    out: '88 32 True\n',
  },
  {
    // MAKE_CELL runs before RESUME: the callee frame is incomplete, so the caller's line gets the trace
    name: 'allocations in a frame prologue are attributed to the calling line',
    src: `import gc, tracemalloc
def make(k):
    def inner():
        return k
    return inner
gc.collect()
tracemalloc.start()
f = make(300)
cell = f.__closure__[0]
print([fr.lineno for fr in tracemalloc.get_object_traceback(cell)])
tracemalloc.stop()
`,
    out: '[8]\n',
  },
  {
    name: 'the traces keep a reference to each filename until stop()',
    src: `import sys, tracemalloc
name = (lambda: 0).__code__.co_filename
before = sys.getrefcount(name)
tracemalloc.start()
x = [1, 2, 3]
during = sys.getrefcount(name)
tracemalloc.stop()
print(during - before, sys.getrefcount(name) - before)
`,
    out: '1 0\n',
  },
  {
    name: 'linecache reads the program being run (Traceback.format prints these lines)',
    src: `import linecache
print(repr(linecache.getline(__file__, 1)), repr(linecache.getline(__file__, 3)), repr(linecache.getline(__file__, 99)), repr(linecache.getline('nope.py', 1)))
print(len(linecache.getlines(__file__)))
`,
    out: "'import linecache\\n' 'print(len(linecache.getlines(__file__)))\\n' '' ''\n3\n",
  },
  {
    // dict.update and set.update are METH_VARARGS: a 1-tuple per call, from the freelist after the first
    name: 'METH_VARARGS builtins pack their arguments into a tuple (moved to the last line using it)',
    src: `import gc, tracemalloc
d = {'a': 1}
s = {1}
gc.collect()
tracemalloc.start()
d.update(d)
s.update(s)
x = 1
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
print(sorted((t.traceback[0].lineno, t.size) for t in snap.traces if t.traceback[0].filename == __file__))
`,
    out: '[(7, 48)]\n',
  },
  {
    // the 8-slot str-keys table of a freed dict goes to the keys freelist: freeing the dict releases nothing
    // but the reading's int, and the next small dict reuses both the dict object and its keys
    name: 'small dict keys tables are kept on the keys freelist',
    src: `import gc, tracemalloc
gc.collect()
tracemalloc.start()
t = tracemalloc.get_traced_memory
ballast = bytes(300)
R = [0] * 6
R[0] = t()[0]
d = {'a': 1}
R[1] = t()[0]
del d
R[2] = t()[0]
e = {'b': 2}
R[3] = t()[0]
tracemalloc.stop()
print(R[1] - R[0], R[2] - R[1], R[3] - R[2])
`,
    out: '272 32 32\n',
  },
  {
    // CPython's startup leaves a slice in the one-slot slice cache: src[:2] allocates only the new list's items
    name: 'the first slice of a program reuses the cached slice object',
    src: `import tracemalloc
src = [1, 2, 3]
tracemalloc.start()
a = src[:2]
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
print(sorted(t.size for t in snap.traces if t.traceback[0].filename == __file__ and t.traceback[0].lineno == 4))
`,
    out: '[16]\n',
  },
];

describe('tracemalloc', () => {
  for (const c of cases) {
    for (const v of VERSIONS) {
      it(`${c.name} [${v}]`, () => {
        expect(run(c.src, v)).toBe(c.out);
      });
    }
  }

  it('Snapshot.dump() fails with the sandbox error of open()', () => {
    const src = 'import tracemalloc\ntracemalloc.start()\ns = tracemalloc.take_snapshot()\ntracemalloc.stop()\ntry:\n    s.dump("x.pickle")\nexcept OSError as e:\n    print(type(e).__name__)\n';
    expect(run(src, '3.12')).toBe('PermissionError\n');
  });
});
