/**
 * The eval loop's out-of-line paths (vm/eval.ts): the parts of hot instructions evalFrame hands to evalCold
 * (a loop's end, UNPACK_SEQUENCE of anything but an exact tuple or list, the eval breaker's periodic work,
 * a collection pending at RESUME) and the exception unwinding (unwind). Outputs are CPython's (checked on
 * 3.11.7, 3.12.1 and 3.13.0), and each run must leave a clean heap audit.
 */
import { describe, expect, it } from 'vitest';
import { runAudited, type Version } from './audited';

const VERSIONS: Version[] = ['3.11', '3.12', '3.13'];

describe('evalFrame paths run by evalCold', () => {
  it('loops end, nested and over every kind of iterator, releasing the iterator', () => {
    const src = [
      "import sys",
      "data = [object() for _ in range(3)]",
      "for x in data:",
      "    pass",
      "print(sys.getrefcount(data), sys.getrefcount(x))",
      "def loops(n):",
      "    total = 0",
      "    for i in range(n):",
      "        for j in \"ab\":",
      "            for k in (i, j):",
      "                total += 1",
      "        else:",
      "            total += 100",
      "    for _ in iter([]):",
      "        total = -1",
      "    return total",
      "print(loops(5), loops(0))",
      "def gen(n):",
      "    yield from range(n)",
      "print(sum(gen(10)), [c for c in {\"a\": 1, \"b\": 2}], list(zip(\"xy\", gen(5))))",
      "class Countdown:",
      "    def __init__(self, n): self.n = n",
      "    def __iter__(self): return self",
      "    def __next__(self):",
      "        if self.n == 0:",
      "            raise StopIteration",
      "        self.n -= 1",
      "        return self.n",
      "c = Countdown(4)",
      "print([v for v in c], sys.getrefcount(c))",
    ].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe("2 3\n520 0\n45 ['a', 'b'] [('x', 0), ('y', 1)]\n[3, 2, 1, 0] 2\n");
  });

  it('UNPACK_SEQUENCE of other iterables, its errors and its reference counts', () => {
    const src = [
      "import sys",
      "a, b, c = \"xyz\"",
      "print(a, b, c)",
      "k1, k2 = {\"p\": 1, \"q\": 2}",
      "print(k1, k2)",
      "def g():",
      "    yield 1",
      "    yield [2]",
      "x, y = g()",
      "print(x, y, sys.getrefcount(y))",
      "s1, s2 = sorted({3, 4})",
      "r1, r2, r3 = range(3)",
      "print(s1, s2, r1, r2, r3)",
      "holder = []",
      "for bad in (\"ab\", [1, 2, 3], iter([1]), 5):",
      "    try:",
      "        p, q, r = bad",
      "    except (ValueError, TypeError) as e:",
      "        holder.append(type(e).__name__ + \": \" + str(e))",
      "print(\"\\n\".join(holder))",
      "t = (object(), object())",
      "before = sys.getrefcount(t)",
      "for _ in range(3):",
      "    u, v = t",
      "print(sys.getrefcount(t) - before, sys.getrefcount(u))",
    ].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe("x y z\np q\n1 [2] 3\n3 4 0 1 2\nValueError: not enough values to unpack (expected 3, got 2)\nValueError: not enough values to unpack (expected 3, got 1)\nTypeError: cannot unpack non-iterable int object\n0 3\n");
  });

  it('the eval breaker and pending collections between instructions', () => {
    const src = [
      "import gc",
      "class Node:",
      "    def __init__(self):",
      "        self.other = None",
      "def f(k):",
      "    return k + 1",
      "total = 0",
      "for i in range(5000):",
      "    a = Node(); b = Node()",
      "    a.other = b; b.other = a",
      "    total = f(total)",
      "    del a, b",
      "print(total, gc.collect())",
    ].join('\n');
    const expected: Record<Version, string> = { '3.11': "5000 276\n", '3.12': "5000 228\n", '3.13': "5000 10\n" };
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe(expected[v]);
  });
});

describe('exception unwinding', () => {
  it('finds handlers across frames, runs finally blocks, builds tracebacks and releases the stacks', () => {
    const src = [
      "import sys",
      "def level3(v):",
      "    if v % 2:",
      "        raise KeyError(v)",
      "    return {}[v]",
      "def level2(v):",
      "    try:",
      "        return level3(v)",
      "    finally:",
      "        log.append(\"finally2\")",
      "def level1(v):",
      "    try:",
      "        level2(v)",
      "    except KeyError as e:",
      "        log.append(\"caught1 %r %d\" % (e.args[0], e.__traceback__.tb_next.tb_next.tb_lineno))",
      "        return \"handled\"",
      "log = []",
      "print(level1(1), level1(2), log)",
      "def via_builtin(xs):",
      "    return sorted(xs, key=lambda x: 1 // x)",
      "try:",
      "    via_builtin([1, 0])",
      "except ZeroDivisionError as e:",
      "    tb = e.__traceback__",
      "    names = []",
      "    while tb is not None:",
      "        names.append(tb.tb_frame.f_code.co_name)",
      "        tb = tb.tb_next",
      "    print(\"zde\", names)",
      "def deep(n):",
      "    if n == 0:",
      "        raise ValueError(\"bottom\")",
      "    try:",
      "        deep(n - 1)",
      "    except TypeError:",
      "        pass",
      "for i in range(3):",
      "    try:",
      "        deep(30)",
      "    except ValueError as e:",
      "        print(i, e, sys.exc_info()[0].__name__)",
      "x = object()",
      "def holds(o):",
      "    a = [o, o]",
      "    raise RuntimeError",
      "before = sys.getrefcount(x)",
      "for _ in range(5):",
      "    try:",
      "        holds(x)",
      "    except RuntimeError:",
      "        pass",
      "print(sys.getrefcount(x) - before)",
    ].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe("handled handled ['finally2', 'caught1 1 4', 'finally2', 'caught1 2 5']\nzde ['<module>', 'via_builtin', '<lambda>']\n0 bottom ValueError\n1 bottom ValueError\n2 bottom ValueError\n0\n");
  });
});
