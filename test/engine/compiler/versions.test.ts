/**
 * 3.11 and 3.13 profiles. heapscope always emits the 3.12 instruction set (the contract), so for these
 * versions only what is observable in memory is compared with CPython: the code objects that exist
 * (3.11 makes a function per list/set/dict comprehension; 3.12+ inlines them), their qualnames,
 * varnames / cellvars / freevars, co_names and co_consts (allocations and identities), and the class-body
 * names 3.13 stores (`__firstlineno__`, `__static_attributes__`).
 */
import { describe, expect, it } from 'vitest';
import { compileModule, defaultCodeGenFlags } from '../../../src/engine/compiler/index';
import { allCodes, constToPy, fixtureConstToPy, loadFixtures, splitLocals, toAst } from './harness';

// Snippets whose 3.11 / 3.13 constants or names differ for reasons heapscope does not model
// (3.11 LOAD_METHOD/PRECALL name order, 3.13 docstring cleaning, 3.13 compiler changes to constant order).
const SKIP: Record<string, Set<string>> = {
  // 3.11 keeps the folded-away `1` of `lambda x, y=1:` in co_consts (a small int: no observable allocation)
  '3.11': new Set([]),
  '3.13': new Set([]),
};

for (const version of ['3.11', '3.13'] as const) {
  describe(`code objects vs CPython ${version}`, () => {
    for (const fx of loadFixtures(version).filter((f) => f.codes && !SKIP[version].has(f.name))) {
      it(fx.name, () => {
        const r = compileModule(toAst(fx.ast), { filename: 'x.py', version, flags: defaultCodeGenFlags(version) });
        if (!r.ok) throw new Error(r.error.msg);
        const codes = allCodes(r.code);
        expect(codes.map((c) => c.co_qualname)).toEqual(fx.codes!.map((c) => c.qualname));
        codes.forEach((co, i) => {
          const want = fx.codes![i];
          const ctx = `${fx.name}:${want.qualname}`;
          expect(splitLocals(co), ctx).toEqual({ varnames: want.varnames, cellvars: want.cellvars, freevars: want.freevars });
          expect(co.co_consts.map(constToPy).sort(), ctx + ' consts').toEqual(want.consts.map(fixtureConstToPy).sort());
          expect([...co.co_names].sort(), ctx + ' names').toEqual([...want.names].sort());
          expect([co.co_argcount, co.co_flags], ctx).toEqual([want.argcount, want.flags]);
        });
      });
    }
  });
}
