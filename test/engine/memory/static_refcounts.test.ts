/**
 * 3.11's static objects start a program with the counts CPython's start-up leaves them
 * (profile.staticRefcounts, measured with gdb by scripts/measure-gc-startup.mjs --refcounts), and the
 * parser's own references in the AST arena (parser/arena.ts) and the code objects' b'' fields add what
 * CPython adds. The expected numbers below follow from the profile's table plus the references each program
 * takes, counted by hand from CPython's behaviour.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/vm/interp';
import { getProfile } from '../../../src/engine/profiles';
import { parserArenaRefs } from '../../../src/engine/parser/arena';

const p311 = getProfile('3.11');
const table = p311.staticRefcounts!;

function run(source: string, version: '3.11' | '3.12' | '3.13' = '3.11'): string {
  const r = runProgram(source, { version, filename: 'prog.py' });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

/** How many times CPython's parser makes the object of each small-int token of `source` (value → count). */
function madePerValue(source: string): Map<number, number> {
  const refs = parserArenaRefs(source, '3.11', 'exec')!;
  const out = new Map<number, number>();
  for (const v of refs.extraSmallInts) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

describe('the 3.11 start-up table', () => {
  it('covers every static object heapscope models', () => {
    expect(table.smallInts).toHaveLength(262);
    expect(table.latin1).toHaveLength(256);
    expect(table.bytesChars).toHaveLength(256);
    // the separate one-character strings start-up interned are exactly the profile's preInternedChars
    expect(Object.keys(table.internedChars).sort().join('')).toBe([...p311.preInternedChars].sort().join(''));
    // statically allocated objects count from 999999999, the singletons from 1
    for (const n of [...table.smallInts, ...table.latin1, ...table.bytesChars, table.emptyTuple]) expect(n).toBeGreaterThanOrEqual(p311.staticInitialRefcnt);
    expect(table.NotImplemented).toBeLessThan(p311.staticInitialRefcnt);
  });

  it('is null where the objects are immortal', () => {
    expect(getProfile('3.12').staticRefcounts).toBeNull();
    expect(getProfile('3.13').staticRefcounts).toBeNull();
  });
});

describe('3.11 counts on the first line', () => {
  it('True and Ellipsis: the start-up count, co_consts and the argument', () => {
    // `True` and `...` are keywords: the parser makes no object for them
    expect(run('import sys\nprint(sys.getrefcount(True), sys.getrefcount(...))\n')).toBe(`${table.True + 2} ${table.Ellipsis + 2}`);
  });

  it('a small int: the parser made it twice (primary), co_consts, the argument', () => {
    expect(run('import sys\nprint(sys.getrefcount(100))\n')).toBe(String(table.smallInts[105] + 4));
  });

  it('b"": the empty token texts, the literal, co_consts and the module code object\'s two b"" fields', () => {
    // two NEWLINE tokens and ENDMARKER; the argument is the bytes() call's result
    expect(run('import sys\nprint(sys.getrefcount(bytes()))\n')).toBe(String(table.emptyBytes + 3 + 2 + 1));
  });

  it("a generator's code object holds b'' twice on 3.11 (no locals, no exception handler there)", () => {
    // NEWLINE x4, INDENT, DEDENT, ENDMARKER; the module's and g's code objects; the argument
    expect(run('import sys\ndef g():\n    yield 1\nprint(sys.getrefcount(bytes()))\n')).toBe(String(table.emptyBytes + 7 + 4 + 1));
  });

  it('__debug__ folds to True, which the arena holds; keyword constants hold nothing there', () => {
    // the folded constant (arena), co_consts, x, the argument
    expect(run('import sys\nx = __debug__\nprint(sys.getrefcount(True))\n')).toBe(String(table.True + 4));
    // co_consts (one merged entry), the tuple, the argument
    expect(run('import sys\nx = (True, True)\nprint(sys.getrefcount(True))\n')).toBe(String(table.True + 4));
  });

  it('a static type: the start-up count; a class deriving from it adds its base, bases and MRO references', () => {
    expect(run('import sys\nprint(sys.getrefcount(int), sys.getrefcount(ValueError))\n')).toBe(`${table.types.int + 1} ${table.types.ValueError + 1}`);
    expect(run('import sys\nclass C(int):\n    pass\nprint(sys.getrefcount(int))\n')).toBe(String(table.types.int + 1 + 3));
  });

  it('3.12 reports the immortal count', () => {
    expect(run('import sys\nprint(sys.getrefcount(100), sys.getrefcount(True))\n', '3.12')).toBe('4294967295 4294967295');
  });

  it('every run starts from the table again', () => {
    const first = run('import sys\nkeep = [7] * 50\nprint(sys.getrefcount(7))\n');
    const again = run('import sys\nkeep = [7] * 50\nprint(sys.getrefcount(7))\n');
    expect(again).toBe(first);
  });
});

describe("the parser's arena references (measured on 3.11 with gdb)", () => {
  it('counts each small-int token as often as CPython makes it', () => {
    // value → objects made, from _PyParser_ASTFromFile to _PyAST_Compile on CPython 3.11.7
    const cases: [string, number, number][] = [
      ['1\n', 1, 3], // an expression statement: a target is tried at its start
      ['xx = 2\n', 2, 3], // the value after '=' is tried as a target
      ['xx += 4\n', 4, 2],
      ['xx: int = 5\n', 5, 2],
      ['print(6)\n', 6, 2],
      ['xx[11] = 12\n', 11, 2],
      ['aa, bb = 14, 15\n', 14, 3],
      ['aa, bb = 14, 15\n', 15, 2], // the first value failed as a target: the second is not tried
      ['[16, 17]\n', 16, 3],
      ['-23\n', 23, 2],
      ['41 .real\n', 41, 4], // t_primary's loop runs: the atom is made twice more
      ['xx = 113[0]\n', 113, 4],
      ['[83][0]\n', 83, 2], // the subscript is a target: the list's items are not tried
      ['xx = [[110]]\n', 110, 3],
      ['xx = yy, 84\n', 84, 3],
      ['100; 101\n', 101, 3],
      ['if xx: 102\n', 102, 3],
      ['match xx:\n    case 70:\n        pass\n', 70, 1],
      ['match xx:\n    case {76: 77}:\n        pass\n', 76, 2],
      ['match xx:\n    case 78 if xx > 79:\n        pass\n', 79, 2],
    ];
    for (const [source, value, made] of cases) {
      // extraSmallInts lists the references beyond the AST's own one
      expect([source, madePerValue(source).get(value) ?? 0]).toEqual([source, made - 1]);
    }
  });

  it('keeps one reference per token text of at most one byte', () => {
    const refs = parserArenaRefs('print(b"")\n', '3.11', 'exec')!;
    // NEWLINE and ENDMARKER have empty texts; '(' and ')' are one byte
    expect(refs.emptyTokens).toBe(2);
    expect(refs.tokenBytes.map((b) => String.fromCharCode(b)).sort()).toEqual(['(', ')']);
    // a NEWLINE after a comment starts at its '#'
    expect(parserArenaRefs('xx = 1  # note\n', '3.11', 'exec')!.emptyTokens).toBe(1);
    expect(parserArenaRefs('xx = 1  #\n', '3.11', 'exec')!.tokenBytes.map((b) => String.fromCharCode(b)).sort()).toEqual(['#', '1', '=']);
  });

  it("parses each 3.11 f-string field with a parser of its own", () => {
    // "(" + "ab" + ")" and its ENDMARKER per field; the number inside is made twice
    const refs = parserArenaRefs("xx = f'{ab}{7}'\n", '3.11', 'exec')!;
    expect(refs.tokenBytes.map((b) => String.fromCharCode(b)).sort()).toEqual(['(', '(', ')', ')', '7', '=']);
    expect(refs.emptyTokens).toBe(2 + 2);
    expect(refs.extraSmallInts).toEqual([7]);
  });
});
