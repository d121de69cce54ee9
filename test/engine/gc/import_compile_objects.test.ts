/**
 * The GC objects importing a builtin module and compiling code create, as CPython does:
 *  - PyModule_AddFunctions makes one builtin-function object per module function at each import: a
 *    GC-tracked allocation the collector counts and lists, owned by the module's dict;
 *  - makecode makes the co_names, co_consts and co_localsplusnames tuples once; the code object owns them
 *    (`co.co_consts is co.co_consts`) and releases them when it is deallocated.
 * Expected outputs were printed by CPython 3.11.7, 3.12.1 and 3.13.0 running the same programs.
 */
import { describe, expect, it } from 'vitest';
import { runAudited as run } from '../audited';

const VERSIONS = ['3.11', '3.12', '3.13'] as const;


describe.each(VERSIONS)('%s', (v) => {
  it('a builtin module’s functions are tracked objects that outlive the module’s sys.modules entry', () => {
    const src = [
      'import sys, gc',
      'import math',
      'print(any(o is math.sqrt for o in gc.get_objects()), math.sqrt in gc.get_referents(vars(math)))',
      'r = math.sqrt',
      'del math',
      "del sys.modules['math']",
      'print(r(9.0), gc.is_tracked(r), type(r).__name__)',
      'del r',
    ].join('\n');
    expect(run(src, v)).toBe('True True\n3.0 True builtin_function_or_method\n');
  });

  it('each import of a builtin module makes new function objects', () => {
    const src = [
      'import sys',
      'import math',
      'a = math.sqrt',
      "del sys.modules['math']",
      'import math',
      'print(a is math.sqrt, a.__name__ == math.sqrt.__name__)',
    ].join('\n');
    expect(run(src, v)).toBe('False True\n');
  });

  it('a code object owns its co_consts and co_names tuples', () => {
    const src = [
      'import sys',
      'def f(x):',
      '    return (x, len, "a", 2.5)',
      'c = f.__code__',
      'print(c.co_consts is c.co_consts, c.co_names is c.co_names, sys.getrefcount(c.co_consts))',
      'print(c.co_consts, c.co_names, c.co_varnames)',
      'def g():',
      '    return (1, 2.5, "s")',
      't = g.__code__.co_consts',
      'del g',
      // g's code object stays alive in the module's co_consts: t, the code object and the argument
      'print(sys.getrefcount(t), t)',
    ].join('\n');
    expect(run(src, v)).toBe(
      "True True 2\n(None, 'a', 2.5) ('len',) ('x',)\n3 (None, (1, 2.5, 's'))\n",
    );
  });
});
