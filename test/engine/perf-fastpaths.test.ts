/**
 * The eval loop's and object model's fast paths (issue #8) must give exactly what the generic paths give:
 * the same str properties (code points, kind, ASCII-ness and so the same allocation size), the same slot
 * for BINARY_OP, and the same program output and memory numbers.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runProgram, bootstrap } from '../../src/engine/vm/interp';
import { StrObject, newAsciiStr, newStr, strSize } from '../../src/engine/objects/str';
import { T } from '../../src/engine/objects/types';
import { decref } from '../../src/engine/objects/object';
import { sameTypeBinarySlot } from '../../src/engine/vm/abstract';
import { NB } from '../../src/engine/compiler/opcodes';

function run(src: string, version: '3.11' | '3.12' | '3.13' = '3.12'): string {
  const r = runProgram(src, { version, filename: 't.py' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('StrObject code point scan', () => {
  it('the ASCII fast path and the full scan agree on length, kind and ASCII-ness', () => {
    const samples = ['', 'a', 'hello world', '\x7f\x00', 'caf\u00e9', '\u20ac1', 'x\ud83d\ude00y', '\ud800', '\ud83d\ude00'];
    for (const s of samples) {
      const o = new StrObject(s);
      const cps = [...s];
      expect(o.cplen, JSON.stringify(s)).toBe(cps.length);
      const max = Math.max(0, ...cps.map((c) => c.codePointAt(0)!));
      expect(o.ascii, JSON.stringify(s)).toBe(max < 128);
      expect(o.kind, JSON.stringify(s)).toBe(max < 256 ? 1 : max < 0x10000 ? 2 : 4);
    }
  });

  it('newAsciiStr makes the same object as newStr for ASCII text (singletons included)', () => {
    bootstrap();
    runProgram('', { version: '3.12', filename: 'e.py', finalize: false });
    for (const s of ['', 'q', 'ab', 'some ascii text']) {
      const a = newStr(s);
      const b = newAsciiStr(s);
      expect(b.cplen).toBe(a.cplen);
      expect(b.kind).toBe(a.kind);
      expect(b.ascii).toBe(a.ascii);
      expect(strSize(b)).toBe(strSize(a));
      if (s.length <= 1) expect(b).toBe(a);
      decref(a);
      decref(b);
    }
  });

  it('concatenation and f-strings give the sizes CPython reports', () => {
    // sys.getsizeof of ASCII, latin-1, UCS-2 and UCS-4 results of + and f-strings (CPython 3.12 values)
    const out = run(
      [
        'import sys',
        "a = 'abc' * 3",
        "b = 'd\\u00e9'",
        "c = '\\u20ac'",
        "d = '\\U0001f600'",
        'for s in (a + a, a + b, b + a, a + c, a + d, f"{a}{a}!", f"{a}{c}", f"{d}{a}"):',
        '    print(len(s), sys.getsizeof(s))',
      ].join('\n'),
    );
    expect(out).toBe(['18 59', '11 68', '11 68', '10 78', '10 100', '19 60', '10 78', '10 100', ''].join('\n'));
  });
});

describe('BINARY_OP same-type slots', () => {
  it('maps every int and float operator to the slot the generic binaryOp calls', () => {
    bootstrap();
    const plain: [number, keyof typeof T.int][] = [
      [NB.ADD, 'nb_add'], [NB.SUBTRACT, 'nb_subtract'], [NB.MULTIPLY, 'nb_multiply'], [NB.REMAINDER, 'nb_remainder'],
      [NB.FLOOR_DIVIDE, 'nb_floor_divide'], [NB.TRUE_DIVIDE, 'nb_true_divide'], [NB.LSHIFT, 'nb_lshift'],
      [NB.RSHIFT, 'nb_rshift'], [NB.AND, 'nb_and'], [NB.OR, 'nb_or'], [NB.XOR, 'nb_xor'],
    ];
    for (const tp of [T.int, T.float]) {
      for (const [op, slot] of plain) {
        expect(sameTypeBinarySlot(tp, op)).toBe(tp[slot]);
        // int and float have no in-place slots: the in-place operator uses the plain one
        expect(sameTypeBinarySlot(tp, op + NB.INPLACE_ADD)).toBe(tp[slot]);
      }
      expect(sameTypeBinarySlot(tp, NB.POWER)).toBeNull();
      expect(sameTypeBinarySlot(tp, NB.INPLACE_POWER)).toBeNull();
    }
    // a type with an in-place slot keeps the generic path for that operator
    expect(T.list.nb_inplace_add).not.toBeNull();
    expect(sameTypeBinarySlot(T.list, NB.INPLACE_ADD)).toBeNull();
  });

  it('int and float arithmetic, errors and comparisons are unchanged', () => {
    const out = run(
      [
        'print(7 * 6, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 1 << 40, (1 << 70) >> 3, 6 & 3, 6 | 3, 6 ^ 3, 7 / 2)',
        'print(1.5 * 2.0, 7.5 // 2.0, -7.5 % 2.0, 1.0 / 4.0, 1.5 - 0.25)',
        'x = 10; x *= 3; x //= 4; x %= 5; print(x)',
        'f = 2.5; f *= 2.0; f -= 0.5; print(f)',
        "for e in ('1 // 0', '1 % 0', '1.0 / 0.0', '1.0 // 0.0', '1 << -1'):",
        '    try:',
        '        eval(e)',
        '    except Exception as exc:',
        '        print(type(exc).__name__, exc)',
        "nan = float('nan')",
        'print(1.5 < 2.5, 2.5 <= 2.5, nan == nan, nan != nan, nan < 1.0, "ab" == "ab", "ab" != "ab", "a" < "b")',
      ].join('\n'),
    );
    expect(out).toBe(
      [
        '42 3 -4 -2 1024 1099511627776 147573952589676412928 2 7 5 3.5',
        '3.0 3.0 0.5 0.25 1.25',
        '2',
        '4.5',
        'ZeroDivisionError integer division or modulo by zero',
        'ZeroDivisionError integer modulo by zero',
        'ZeroDivisionError float division by zero',
        'ZeroDivisionError float floor division by zero',
        'ValueError negative shift count',
        'True True False True False True False True',
        '',
      ].join('\n'),
    );
  });
});

describe('type attribute lookup cache', () => {
  it('sees methods added, replaced and deleted on a class and its bases', () => {
    const out = run(
      [
        'class A:',
        '    def f(self): return "A.f"',
        'class B(A): pass',
        'b = B()',
        'print(b.f())',
        'A.f = lambda self: "new A.f"',
        'print(b.f())',
        'B.f = lambda self: "B.f"',
        'print(b.f())',
        'del B.f',
        'print(b.f())',
        'del A.f',
        'print(hasattr(b, "f"))',
      ].join('\n'),
    );
    expect(out).toBe('A.f\nnew A.f\nB.f\nnew A.f\nFalse\n');
  });

});

describe('bin/compile-cache.js', () => {
  it('loads a CommonJS file, writes its V8 code cache on save() and uses it next time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-cc-test-'));
    const cacheDirBefore = process.env.HEAPSCOPE_CACHE_DIR;
    process.env.HEAPSCOPE_CACHE_DIR = join(dir, 'cache');
    try {
      const file = join(dir, `mod-${process.pid}.cjs`);
      writeFileSync(file, 'exports.answer = function () { return 6 * 7; };\n');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const cc = require('../../bin/compile-cache.js') as {
        requireCached(f: string): { answer(): number };
        HOOK: symbol;
      };
      const hook = () => (globalThis as Record<symbol, { file: string; cacheFile: string; save(): void } | undefined>)[cc.HOOK]!;
      const m1 = cc.requireCached(file);
      expect(m1.answer()).toBe(42);
      expect(hook().file).toBe(file);
      hook().save();
      const cacheFile = hook().cacheFile;
      const cacheDir = dirname(cacheFile);
      const written = readdirSync(cacheDir).filter((f) => f.startsWith(`mod-${process.pid}.cjs-`));
      expect(written.length).toBe(1);
      const m2 = cc.requireCached(file);
      expect(m2.answer()).toBe(42);
      expect(cacheDir.startsWith(join(dir, 'cache'))).toBe(true);
    } finally {
      if (cacheDirBefore === undefined) delete process.env.HEAPSCOPE_CACHE_DIR;
      else process.env.HEAPSCOPE_CACHE_DIR = cacheDirBefore;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
