/**
 * The GC objects CPython makes while it compiles a file and imports builtin modules (issue #4,
 * src/engine/vm/compile_gc.ts, vm/modulespec.ts): the compiler's constant-cache keys, symbol-table and unit
 * dicts, the merged code tuples, the freelists start-up leaves, importlib's ModuleSpec and the builtin
 * modules start-up already imported. Expected outputs were printed by CPython 3.11.7, 3.12.1 and 3.13.0
 * running the same programs as scripts (`python -s prog.py`).
 */
import { describe, expect, it } from 'vitest';
import { getProfile } from '../../../src/engine/profiles/index';
import { runAudited as run } from '../audited';

const VERSIONS = ['3.11', '3.12', '3.13'] as const;

describe.each(VERSIONS)('%s', (v) => {
  it('makecode shares tuples equal to ones the constant cache holds', () => {
    const src = [
      'def f(a, b):',
      '    return a.x + b.y',
      'def g(a, b):',
      '    return a.x * b.y',
      'def h():',
      "    return ('x', 'y')",
      'def k(a, b):',
      '    return 1.5',
      'print(f.__code__.co_names is g.__code__.co_names, f.__code__.co_consts is g.__code__.co_consts)',
      'print(f.__code__.co_consts is k.__code__.co_consts, h() is f.__code__.co_names)',
    ].join('\n');
    expect(run(src, v)).toBe('True True\nFalse True\n');
  });

  it('a constant equal to a cached code tuple is that tuple, and nothing it held dies early', () => {
    // 3.13: __static_attributes__ ('name', 'suppress') is __init__'s co_names; 'suppress' is also a kwnames item
    const src = [
      'class CM:',
      '    def __init__(self, name, suppress=False):',
      '        self.name = name',
      '        self.suppress = suppress',
      'c = CM("s", suppress=True)',
      "print(c.name, c.suppress, getattr(CM, '__static_attributes__', ('name', 'suppress')))",
    ].join('\n');
    expect(run(src, v)).toBe("s True ('name', 'suppress')\n");
  });

  it('compile() releases every compile-time object (the audit finds nothing)', () => {
    const src = [
      'srcs = ["def f():\\n    return (1.5, -0.0, (3, \'x\'), b\'y\', 2j, True)\\n",',
      '        "class C:\\n    k = 0.5\\n    def m(self, n):\\n        self.n = n\\n",',
      '        "vals = [(i, \'v\', 0.25) for i in range(3)]\\nfs = frozenset({1, 2.5})\\n"]',
      'for s in srcs:',
      '    ns = {}',
      '    exec(compile(s, "<s>", "exec"), ns)',
      'print(ns["vals"], ns["fs"] == {1, 2.5})',
    ].join('\n');
    expect(run(src, v)).toBe("[(0, 'v', 0.25), (1, 'v', 0.25), (2, 'v', 0.25)] True\n");
  });

  it('a builtin module gets importlib’s ModuleSpec, loader and package', () => {
    const src = [
      'import gc, sys',
      'print(gc.__spec__)',
      'print(gc.__loader__, repr(gc.__package__), type(gc.__spec__).__name__)',
      'print(gc.is_tracked(gc.__spec__), gc.__spec__ in gc.get_referents(vars(gc)))',
      "del sys.modules['gc']",
      'import gc as gc2',
      'print(gc2.__spec__ is not gc.__spec__, gc2.__spec__.name)',
    ].join('\n');
    expect(run(src, v)).toBe(
      "ModuleSpec(name='gc', loader=<class '_frozen_importlib.BuiltinImporter'>, origin='built-in')\n" +
        "<class '_frozen_importlib.BuiltinImporter'> '' ModuleSpec\n" +
        'True True\n' +
        'True gc\n',
    );
  });

  it('the builtin modules start-up imported are in sys.modules and importing them allocates nothing', () => {
    const preloaded = getProfile(v).startupModules;
    expect(preloaded).toContain('time');
    const src = [
      'import sys',
      `print(all(m in sys.modules for m in ${JSON.stringify([...preloaded])}))`,
      'import gc',
      'gc.collect()',
      'c = gc.get_count()[0]',
      'import time, _weakref',
      'print(gc.get_count()[0] - c)',
    ].join('\n');
    // CPython prints 1 here too: the count moved by one between the two reads, not by the imports
    expect(run(src, v)).toBe('True\n1\n');
  });

  it('the freelists hold what CPython’s start-up left when the program starts', () => {
    // a program's first tuples of a size come from the freelist: no new GC object until it is empty
    const fl = getProfile(v).gcStartupFreelists;
    const size = fl.tuple.findIndex((n) => n >= 2) + 1;
    const src = [
      'import gc',
      'gc.disable()',
      `mk = lambda: tuple(range(${size}))`,
      'c = gc.get_count()[0]',
      'keep = [mk() for _ in range(200)]',
      'print(gc.get_count()[0] - c < 200 + 1)',
    ].join('\n');
    expect(run(src, v)).toBe('True\n');
  });
});

describe('compiling moves gc.get_count() as CPython’s compiler does', () => {
  it('3.11: compile() of a warm interpreter', () => {
    // CPython 3.11.7 prints 3, 32, 9, 7 and 10 (measured on stock 3.11.7: no site-packages .pth but setuptools')
    const src = [
      'import gc',
      'gc.disable()',
      'compile("pass", "<w>", "exec")',
      'srcs = [',
      '    "x = 1\\n",',
      '    "def f():\\n    return (1.5, 2.5, (3, \'x\'))\\n",',
      '    "def f(a, b=1):\\n    return a + b\\ndef g(a, b=1):\\n    return a + b\\n",',
      '    "class C:\\n    k = 0.5\\n    def m(self, n):\\n        self.n = n\\n",',
      '    "vals = [(i, \'v\', 0.25) for i in range(3)]\\nt = (1.5, -0.0, 0.0, 2j, b\'x\', True)\\n",',
      ']',
      'for s in srcs:',
      '    before = gc.get_count()[0]',
      '    code = compile(s, "<s>", "exec")',
      '    after = gc.get_count()[0]',
      '    print(after - before)',
      '    del code',
    ].join('\n');
    expect(run(src, '3.11')).toBe('3\n32\n9\n7\n10\n');
  });

  it.each(VERSIONS)('%s: the first line of a file with many constants', (v) => {
    // compiling the body decides the counts: CPython prints (53, 9, 0), (60, 5, 0) and (60, 3, 0)
    const want = { '3.11': '(53, 9, 0)', '3.12': '(60, 5, 0)', '3.13': '(60, 3, 0)' }[v];
    const defs = Array.from(
      { length: 40 },
      (_, i) => `def f${i}(x):\n    if x > ${i}.5:\n        return (x, ${i}.25, ('k${i}', ${i}))\n    return ${i}.75\n`,
    ).join('\n');
    expect(run(`import gc\n${defs}\nprint(gc.get_count())\n`, v)).toBe(`${want}\n`);
  });
});
