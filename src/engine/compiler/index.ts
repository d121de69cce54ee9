/**
 * heapscope compiler — public API.
 *
 * Pipeline (CPython's `_PyAST_Compile`): AST optimizer (optimizer.ts, `ast_opt.c`) -> symbol table
 * (symtable.ts, `symtable.c`) -> code generation per `compiler_unit` (codegen.ts, `compile.c`) -> CFG
 * optimisation and assembly per code object (flowgraph.ts, `flowgraph.c` / `assemble.c`).
 * Constant identity rules: see constants.ts.
 */
import type { Module } from '../parser/ast';
import type { SyntaxErrorInfo } from '../parser/index';
import type { CodeGenFlags, CodeSpec, ConstSpec } from './code';
import { AstOptimizer, collectAstConstants } from './optimizer';
import { Compiler, type CompileWarning } from './codegen';
import { CompileError } from './symtable';
import { parseFuture } from './future';
import type { CompileGcEvent } from './constants';

export { disassemble } from './disassemble';
export type { CompileWarning } from './codegen';
export type { CompileGcEvent } from './constants';

export interface CompileOptions {
  filename: string;
  version: '3.11' | '3.12' | '3.13';
  flags: CodeGenFlags;
  /** Source text, only used to fill SyntaxErrorInfo.text. */
  source?: string;
  /** compile() mode: 'exec' (default), 'eval' (module holds one Expr statement) or 'single' */
  mode?: 'exec' | 'eval' | 'single';
}

export type CompileResult =
  | {
      ok: true;
      code: CodeSpec;
      astConstants: ConstSpec[];
      warnings: CompileWarning[];
      /** The compile-time GC objects CPython made and freed, in order (replayed by vm/compile_gc.ts). */
      gcEvents: CompileGcEvent[];
    }
  | { ok: false; error: SyntaxErrorInfo };

export function compileModule(module: Module, options: CompileOptions): CompileResult {
  try {
    const future = parseFuture(module);
    const optimizer = new AstOptimizer(0, future.annotations);
    const optimized = optimizer.module(module);
    // the AST arena's objects: those the parser made (folding leaves its operands there), then every folded value
    const astConstants = [...collectAstConstants(module), ...optimizer.folded];
    const compiler = new Compiler(optimized, options.filename, options.flags, options.version, future);
    const code = compiler.compile(options.mode ?? 'exec');
    return { ok: true, code, astConstants, warnings: compiler.warnings, gcEvents: compiler.gcEvents };
  } catch (e) {
    if (e instanceof CompileError) {
      let text: string | null = null;
      if (options.source !== undefined && e.loc.lineno > 0) {
        const lines = options.source.split(/\r\n|\r|\n/);
        const line = lines[e.loc.lineno - 1];
        if (line !== undefined) text = line + '\n';
      }
      return {
        ok: false,
        error: {
          type: 'SyntaxError',
          msg: e.msg,
          filename: options.filename,
          lineno: e.loc.lineno,
          offset: e.loc.col_offset + 1,
          end_lineno: e.loc.end_lineno,
          end_offset: e.loc.end_col_offset + 1,
          text,
        },
      };
    }
    throw e;
  }
}

/** The CodeGenFlags CPython `version` uses. */
export function defaultCodeGenFlags(version: '3.11' | '3.12' | '3.13'): CodeGenFlags {
  return {
    inlineComprehensions: version !== '3.11',
    loadSuperAttr: version !== '3.11',
    classFirstlineno: version === '3.13',
    staticAttributes: version === '3.13',
    maxStaticBlocks: version === '3.13' ? 21 : 20,
  };
}
