/**
 * Issue #8's eval-loop changes: recycled frames (vm/frame.ts takeFrame / recycleFrame), LOAD_GLOBAL's inline
 * cache and the out-of-line instructions (vm/eval.ts evalCold) must leave every output and every count as
 * the plain paths did: each program here checks itself and must leave a clean heap audit.
 */
import { describe, expect, it } from 'vitest';
import { runAudited, type Version } from './audited';

const VERSIONS: Version[] = ['3.11', '3.12', '3.13'];

describe('recycled frames', () => {
  it('deep recursion, generators and closures between calls see their own locals', () => {
    const src = [
      'def fib(n):',
      '    return n if n < 2 else fib(n - 1) + fib(n - 2)',
      'def gen(n):',
      '    for i in range(n):',
      '        yield fib(i % 10)',
      'def adder(k):',
      '    def add(x):',
      '        return x + k',
      '    return add',
      'add3 = adder(3)',
      'print(fib(18), sum(gen(40)), [add3(fib(i)) for i in range(6)])',
      'def depth(n):',
      '    return 0 if n == 0 else 1 + depth(n - 1)',
      'print(depth(300), depth(3), depth(300))',
    ].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe('2584 352 [3, 4, 4, 5, 6, 8]\n300 3 300\n');
  });

  it('a frame that a traceback holds is not reused by later calls', () => {
    const src = [
      'def inner(v):',
      '    raise KeyError(v)',
      'def outer(v):',
      '    try:',
      '        inner(v)',
      '    except KeyError as e:',
      '        return e.__traceback__',
      'tb = outer(1)',
      'def other(a, b):',
      '    return a',
      'for i in range(50):',
      '    other(i, i)',
      '    outer(i)',
      'print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)',
    ].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe('outer 5 inner 2\n');
  });

  it('refcounts of arguments and locals are released when a call returns', () => {
    const src = [
      'import sys',
      'x = object()',
      'before = sys.getrefcount(x)',
      'def keep(a, b=None, *rest, **kw):',
      '    y = a',
      '    return None',
      'for i in range(200):',
      '    keep(x, x, x, k=x)',
      'print(sys.getrefcount(x) - before)',
    ].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe('0\n');
  });
});

describe("LOAD_GLOBAL's cache", () => {
  it('sees globals shadowing builtins, deletions, resizes and other globals dicts', () => {
    const src = [
      'import builtins',
      'def f():',
      '    return len("ab"), g',
      'g = 1',
      'r = [f()]',
      'len = lambda s: -1',
      'r.append(f())',
      'del len',
      'g = 2',
      'r.append(f())',
      'for i in range(30):',
      '    globals()["pad%d" % i] = i',
      'r.append(f())',
      'del g',
      'builtins.g = "b"',
      'r.append(f())',
      'del builtins.g',
      'try:',
      '    f()',
      'except NameError as e:',
      '    r.append(str(e))',
      'ns = {"__builtins__": builtins, "g": "ns"}',
      'exec(f.__code__, ns)',
      'r.append(ns["g"])',
      'print(r)',
    ].join('\n');
    const want = "[(2, 1), (-1, 1), (2, 2), (2, 2), (2, 'b'), \"name 'g' is not defined\", 'ns']\n";
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe(want);
  });
});
