/**
 * Compile-time SyntaxErrors (symtable and code generator) against CPython 3.11 / 3.12 / 3.13: message and
 * location (lineno, 1-based offset, end_lineno, end_offset) of `compile()` on each `err_*` snippet.
 */
import { describe, expect, it } from 'vitest';
import { compileModule, defaultCodeGenFlags } from '../../../src/engine/compiler/index';
import { loadFixtures, toAst } from './harness';

for (const version of ['3.11', '3.12', '3.13'] as const) {
  describe(`compile errors vs CPython ${version}`, () => {
    for (const fx of loadFixtures(version).filter((f) => f.error)) {
      it(fx.name, () => {
        const r = compileModule(toAst(fx.ast), { filename: 'x.py', version, flags: defaultCodeGenFlags(version), source: fx.source });
        expect(r.ok).toBe(false);
        if (r.ok) return;
        const e = fx.error!;
        expect([r.error.msg, r.error.lineno, r.error.offset, r.error.end_lineno, r.error.end_offset]).toEqual([
          e.msg,
          e.lineno,
          e.offset,
          e.end_lineno,
          // CPython's end_offset None (future-statement errors) is 0 in SyntaxErrorInfo
          e.end_offset ?? 0,
        ]);
      });
    }
  });
}
