/**
 * The eval loop's specialised paths (issue #8) against the generic ones they stand for: one-digit int and
 * exact float arithmetic against the int and float slots called through the method wrappers, module-level
 * LOAD_NAME / STORE_NAME caches against dict changes made behind them, the fused compare-and-branch against
 * the traced run (which takes the plain path), and argument binding errors.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/vm/interp';
import { traceProgram } from '../../src/engine/index';

type Version = '3.11' | '3.12' | '3.13';

function run(src: string, version: Version = '3.12'): string {
  const r = runProgram(src, { version, filename: 't.py' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

/**
 * Python lines comparing `op(a, b)` (the eval loop's path) with `slot(a, b)` (the slot through its wrapper)
 * for every (op, slot) in `ops` and a, b in `vals`, a ZeroDivisionError standing for its message; `show`
 * wraps each result (e.g. 'repr'), `checks` are further `elif <condition>:` lines that count as mismatches.
 * Prints the number of comparisons and of mismatches.
 */
function slotComparison(show: string, checks: string[]): string[] {
  const lines = ['bad = 0', 'n = 0', 'for op, slot in ops:', '    for a in vals:', '        for b in vals:'];
  for (const [name, call] of [['fast', 'op'], ['ref', 'slot']]) {
    lines.push('            try:', `                ${name} = ${show}(${call}(a, b))`, '            except ZeroDivisionError as e:', `                ${name} = 'ZeroDivisionError: %s' % e`);
  }
  lines.push('            n += 1', '            if fast != ref or type(fast) is not type(ref):', '                bad += 1');
  for (const c of checks) lines.push(`            ${c}`, '                bad += 1');
  lines.push('print(n, bad)');
  return lines;
}

describe('one-digit int BINARY_OP fast path', () => {
  it('gives the values, sizes and errors of the int slots', () => {
    // `a OP b` in the lambdas runs the eval loop's fast path; int.__OP__(a, b) calls the slot through its wrapper
    const src = [
      'import sys',
      'vals = [0, 1, -1, 3, -3, 5, -6, 255, 256, 257, -5, -6, 2**30 - 1, -(2**30 - 1), 2**30, 7**10, -(7**10)]',
      'ops = [(lambda a, b: a + b, int.__add__), (lambda a, b: a - b, int.__sub__), (lambda a, b: a * b, int.__mul__),',
      '       (lambda a, b: a % b, int.__mod__), (lambda a, b: a // b, int.__floordiv__)]',
      ...slotComparison('', [
        'elif isinstance(fast, int) and sys.getsizeof(fast) != sys.getsizeof(ref):',
        'elif isinstance(fast, int) and -5 <= fast <= 256 and fast is not ref:',
      ]),
    ].join('\n');
    for (const v of ['3.11', '3.12', '3.13'] as const) expect(run(src, v)).toBe('1445 0\n');
  });
});

describe('multi-digit int % one-digit int BINARY_OP fast path', () => {
  it('gives the values, sizes and cached small results of the int slot', () => {
    // `a % b` and `x %= b` run the eval loop's path for a non-negative dividend and a positive one-digit
    // divisor (and the generic path for the other signs); int.__mod__(a, b) calls the slot through its wrapper
    const src = [
      'import sys',
      'dividends = [0, 5, 2**30 - 1, 2**30, 2**30 + 7, 7**20, 2**53 - 1, 2**53, 2**53 + 1, 10**30, -(2**40)]',
      'divisors = [1, 2, 7, 256, 257, 1000003, 2**30 - 1, 2**30, -7]',
      'bad = 0',
      'n = 0',
      'for a in dividends:',
      '    for b in divisors:',
      '        fast = a % b',
      '        x = a',
      '        x %= b',
      '        ref = int.__mod__(a, b)',
      '        n += 1',
      '        for got in (fast, x):',
      '            if got != ref or type(got) is not int or sys.getsizeof(got) != sys.getsizeof(ref):',
      '                bad += 1',
      '            elif -5 <= got <= 256 and got is not ref:',
      '                bad += 1',
      'print(n, bad)',
    ].join('\n');
    for (const v of ['3.11', '3.12', '3.13'] as const) expect(run(src, v)).toBe('99 0\n');
  });
});

describe('exact float BINARY_OP fast path', () => {
  it('gives the values, signed zeros, errors and freelist reuse of the float slots', () => {
    // `a OP b` in the lambdas runs the eval loop's fast path; float.__OP__(a, b) calls the slot through its wrapper
    const src = [
      'import sys',
      "vals = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, float('inf'), float('-inf'), float('nan'), 3.0]",
      'ops = [(lambda a, b: a + b, float.__add__), (lambda a, b: a - b, float.__sub__),',
      '       (lambda a, b: a * b, float.__mul__), (lambda a, b: a / b, float.__truediv__)]',
      ...slotComparison('repr', []),
      'x = 2.5',
      'x += 0.5; x -= 1.0; x *= 4.0; x /= 16.0',
      'print(x, sys.getsizeof(x), -0.0 + -0.0, 0.0 - 0.0, -0.0 * 1.0)',
      'try:',
      '    x /= 0.0',
      'except ZeroDivisionError as e:',
      "    print('ZeroDivisionError', e)",
      "# results reuse the float freelist as the slot's do",
      'a, b = 1.25, 2.5',
      'r = a + b',
      'i = id(r)',
      'del r',
      'print(id(a * b) == i, sys.getrefcount(a) - sys.getrefcount(1.25))',
    ].join('\n');
    // CPython 3.11, 3.12 and 3.13 print this
    const expected = '484 0\n0.5 24 -0.0 0.0 -0.0\nZeroDivisionError float division by zero\nTrue 0\n';
    for (const v of ['3.11', '3.12', '3.13'] as const) expect(run(src, v)).toBe(expected);
  });
});

describe('module-level LOAD_NAME / STORE_NAME caches', () => {
  it('see names deleted, rebound through globals(), shadowing builtins, and the keys object replaced', () => {
    const src = [
      'res = []',
      'for step in range(7):',
      '    if step == 1:',
      "        globals()['x'] = 'via globals'",
      '    elif step == 2:',
      '        len = lambda s: -1',
      '    elif step == 3:',
      '        del len',
      '    elif step == 4:',
      '        for i in range(100):',
      "            globals()['f%d' % i] = i",
      '    elif step == 5:',
      '        del x',
      '    try:',
      "        res.append((x, len('ab')))",
      '    except NameError:',
      "        res.append('NameError')",
      '    x = step * 10',
      'print(res)',
    ].join('\n');
    // CPython 3.11 / 3.12 print this
    expect(run(src)).toBe("['NameError', ('via globals', 2), (10, -1), (20, 2), (30, 2), 'NameError', (50, 2)]\n");
  });
});

describe('fused compare-and-branch', () => {
  it('a traced run (plain COMPARE_OP then POP_JUMP) prints what an untraced one does', () => {
    const src = [
      'import sys',
      'c = 0',
      'for i in range(-20, 20):',
      '    if i < 0:',
      '        c += 1',
      '    if i >= 5 and i != 7:',
      '        c += 100',
      'j = 0',
      'while j < 50:',
      '    j += 3',
      't = sys.getrefcount(True)',
      'for i in range(10):',
      '    if i == 3:',
      '        pass',
      'print(c, j, sys.getrefcount(True) - t)',
    ].join('\n');
    for (const v of ['3.11', '3.12'] as const) {
      const plain = run(src, v);
      const traced = traceProgram(src, { version: v, filename: 't.py' }).result;
      expect(traced.stderr).toBe('');
      expect(traced.stdout).toBe(plain);
      expect(plain).toBe('1420 51 0\n'); // CPython's output
    }
  });
});

describe('argument binding', () => {
  it("binds defaults, keywords, *args and **kwargs, and raises CPython's errors (its output)", () => {
    const src = [
      'def f(a, b=2, *args, c, d=4, **kw):',
      '    return (a, b, args, c, d, sorted(kw.items()))',
      'print(f(1, c=3))',
      'print(f(1, 5, 6, 7, c=3, e=9))',
      'def g(a, b, /, c, *, d):',
      '    return a, b, c, d',
      'for call in (lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, 2, c=3, d=4, e=5),',
      '             lambda: g(1, b=2, c=3, d=4), lambda: g(1, 2, 3, 4, d=5), lambda: g(1, 2, 3, c=3, d=4)):',
      '    try:',
      '        call()',
      '    except TypeError as e:',
      '        print(e)',
    ].join('\n');
    expect(run(src)).toBe(
      [
        '(1, 2, (), 3, 4, [])',
        "(1, 5, (6, 7), 3, 4, [('e', 9)])",
        "g() missing 2 required positional arguments: 'b' and 'c'",
        "g() missing 1 required keyword-only argument: 'd'",
        "g() got an unexpected keyword argument 'e'",
        "g() got some positional-only arguments passed as keyword arguments: 'b'",
        'g() takes 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given',
        "g() got multiple values for argument 'c'",
        '',
      ].join('\n'),
    );
  });
});
