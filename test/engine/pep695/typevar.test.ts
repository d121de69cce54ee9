/**
 * PEP 695 runtime objects (vm/modules/typevar.ts) as the memory model sees them: CPython's sizes (3.13 added
 * the PEP 696 default fields), references (each type parameter owns a reference to its heap type, which
 * tp_traverse reports; ParamSpecArgs does not report it), lazily evaluated bounds / alias values, and no
 * leaked references (auditLastRun). Expected outputs were printed by CPython 3.12.1 and 3.13.0.
 */
import { describe, expect, it } from 'vitest';
import { runAuditedOutput as run } from '../audited';


const PROGRAM = [
  'import sys, gc',
  'def f[T, *Ts, **P](): pass',
  'T, Ts, P = f.__type_params__',
  'print(sys.getsizeof(T), sys.getsizeof(Ts), sys.getsizeof(P), sys.getsizeof(P.args))',
  'print(sys.getrefcount(T), len(gc.get_referents(T)), len(gc.get_referents(P.args)), gc.is_tracked(T))',
  'type A[K] = list[K]',
  'print(sys.getsizeof(A), len(gc.get_referents(A)), A.__value__, len(gc.get_referents(A)))',
  'del f, T, Ts, P, A',
  'print(gc.collect())',
].join('\n');

describe('PEP 695 objects', () => {
  it('have CPython 3.12 sizes, references and lazily computed values', () => {
    expect(run(PROGRAM, '3.12')).toEqual({ stdout: '96 56 72 56\n3 1 1 True\n72 2 list[K] 3\n0\n', stderr: '' });
  });
  it('have CPython 3.13 sizes (PEP 696 default fields)', () => {
    expect(run(PROGRAM, '3.13')).toEqual({ stdout: '112 72 88 56\n3 1 1 True\n72 2 list[K] 3\n0\n', stderr: '' });
  });
  it('release everything a generic class, function and alias hold (bounds evaluated or not)', () => {
    const src = [
      'class Box[T: int, *Ts, **P]:',
      '    def m[U: (str, bytes)](self, u: U) -> T: return u',
      '    type In[X] = dict[X, T]',
      'Box.m.__type_params__[0].__constraints__',
      'Box.In.__value__',
      'print(Box.__type_params__, Box.__parameters__, Box.__type_params__[0].__bound__)',
      'del Box',
    ].join('\n');
    expect(run(src, '3.12').stdout).toBe("(T, Ts, P) (T, Ts, P) <class 'int'>\n");
  });
  it('is a SyntaxError on 3.11', () => {
    const r = run('def f[T](x: T) -> T:\n    return x\n', '3.11');
    expect(r.stderr).toBe(`  File "prog.py", line 1\n    def f[T](x: T) -> T:\n         ^\nSyntaxError: expected '('\n`);
  });
});
