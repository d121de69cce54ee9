/**
 * Compile-time SyntaxWarnings (compile.c check_compare / check_caller): message per version, line, and the
 * order the code generator emits them in. Messages as printed by CPython 3.11.7 / 3.12.1 / 3.13.0.
 */
import { describe, expect, it } from 'vitest';
import { compileModule, defaultCodeGenFlags } from '../../../src/engine/compiler/index';
import { parse } from '../../../src/engine/parser/index';

function warnings(source: string, version: '3.11' | '3.12' | '3.13'): [number, string][] {
  const parsed = parse(source, { filename: 'x.py', version });
  if (!parsed.ok) throw new Error(parsed.error.msg);
  const r = compileModule(parsed.module, { filename: 'x.py', version, flags: defaultCodeGenFlags(version), source });
  if (!r.ok) throw new Error(r.error.msg);
  return r.warnings.map((w) => [w.lineno, w.msg]);
}

const SRC = 'x = 1\nif x is 1: pass\nprint(x is not ())\ny = x is 1 is None\nz = -1 is x\nprint(x is None, x is True, x is ...)\n';

describe('compile-time SyntaxWarnings', () => {
  it('3.11 says "a literal"', () => {
    expect(warnings(SRC, '3.11')).toEqual([
      [2, '"is" with a literal. Did you mean "=="?'],
      [3, '"is not" with a literal. Did you mean "!="?'],
      [4, '"is" with a literal. Did you mean "=="?'],
      [5, '"is" with a literal. Did you mean "=="?'],
    ]);
  });
  it('3.12+ names the literal\'s type (after constant folding) and warns once per comparison chain', () => {
    for (const v of ['3.12', '3.13'] as const) {
      expect(warnings(SRC, v)).toEqual([
        [2, '"is" with \'int\' literal. Did you mean "=="?'],
        [3, '"is not" with \'tuple\' literal. Did you mean "!="?'],
        [4, '"is" with \'int\' literal. Did you mean "=="?'],
        [5, '"is" with \'int\' literal. Did you mean "=="?'],
      ]);
    }
  });
  it('calling a literal or display suggests a missing comma; names, lambdas and methods do not warn', () => {
    const src = 'a = [(1, 2)\n (3, 4)]\nb = None()\nc = f"{a}"()\nd = (lambda: 1)()\ne = print()\nf = "x".upper()\n';
    expect(warnings(src, '3.12')).toEqual([
      [1, "'tuple' object is not callable; perhaps you missed a comma?"],
      [3, "'NoneType' object is not callable; perhaps you missed a comma?"],
      [4, "'str' object is not callable; perhaps you missed a comma?"],
    ]);
  });
});
