/**
 * The compiler against CPython 3.12's `dis` (fixtures from scripts/gen-compiler-fixtures.py; normalisation
 * documented in harness.ts). For every snippet and every code object: instructions (opname + arg, jump
 * targets absolute), exception table, co_consts, co_names, varnames/cellvars/freevars, flags, argcounts,
 * stack size and positions.
 */
import { describe, expect, it } from 'vitest';
import { compileModule, defaultCodeGenFlags } from '../../../src/engine/compiler/index';
import { allCodes, constToPy, fixtureConstToPy, instrs, loadFixtures, positions, splitLocals, table, toAst } from './harness';

for (const version of ['3.12'] as const) {
  describe(`compiler vs CPython ${version} dis`, () => {
    const fixtures = loadFixtures(version).filter((f) => f.codes);
    for (const fx of fixtures) {
      it(fx.name, () => {
        const r = compileModule(toAst(fx.ast), { filename: 'x.py', version, flags: defaultCodeGenFlags(version) });
        if (!r.ok) throw new Error(`compile error: ${r.error.msg}`);
        const codes = allCodes(r.code);
        expect(codes.map((c) => c.co_qualname)).toEqual(fx.codes!.map((c) => c.qualname));
        codes.forEach((co, i) => {
          const want = fx.codes![i];
          const ctx = `${fx.name}:${want.qualname}`;
          expect(instrs(co), ctx).toEqual(want.code.map(([op, arg]) => `${op} ${arg}`));
          expect(table(co), ctx + ' exception table').toEqual(want.exceptiontable.map((r) => r.join(',')));
          expect(co.co_consts.map(constToPy), ctx + ' consts').toEqual(want.consts.map(fixtureConstToPy));
          expect(co.co_names, ctx + ' names').toEqual(want.names);
          expect(splitLocals(co), ctx + ' locals').toEqual({ varnames: want.varnames, cellvars: want.cellvars, freevars: want.freevars });
          expect(
            [co.co_name, co.co_firstlineno, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_flags, co.co_stacksize],
            ctx + ' header',
          ).toEqual([want.name, want.firstlineno, want.argcount, want.posonlyargcount, want.kwonlyargcount, want.flags, want.stacksize]);
          expect(positions(co), ctx + ' positions').toEqual(want.code.map(([, , p]) => p.join(',')));
        });
      });
    }
  });
}
