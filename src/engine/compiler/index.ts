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
import { parserArenaRefs } from '../parser/arena';
import type { CompileGcEvent } from './constants';

export { disassemble } from './disassemble';
export type { CompileWarning } from './codegen';
export type { CompileGcEvent } from './constants';

export interface CompileOptions {
  filename: string;
  version: '3.11' | '3.12' | '3.13';
  flags: CodeGenFlags;
  /** Source text: SyntaxErrorInfo.text, and the parser's own references in the AST arena (parser/arena.ts). */
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

/** The parser's own arena references (parser/arena.ts) as constants whose objects the arena holds. */
function parserArenaConstants(source: string, version: CompileOptions['version'], mode: 'exec' | 'eval' | 'single'): ConstSpec[] {
  const refs = parserArenaRefs(source, version, mode);
  if (refs === null) return [];
  const out: ConstSpec[] = [];
  for (const v of refs.extraSmallInts) out.push({ kind: 'int', value: BigInt(v) });
  for (const b of refs.tokenBytes) out.push({ kind: 'bytes', value: Uint8Array.of(b) });
  for (let i = 0; i < refs.emptyTokens; i++) out.push({ kind: 'bytes', value: new Uint8Array(0) });
  return out;
}

export function compileModule(module: Module, options: CompileOptions): CompileResult {
  try {
    const future = parseFuture(module);
    const optimizer = new AstOptimizer(0, future.annotations);
    const optimized = optimizer.module(module);
    // the AST arena's objects: those the parser made (folding leaves its operands there), then every folded value
    // (None, True, False and Ellipsis written as keywords are borrowed by the parser's nodes: no reference)
    const parsed = collectAstConstants(module).filter((c) => c.kind !== 'None' && c.kind !== 'bool' && c.kind !== 'Ellipsis');
    const astConstants = [...parsed, ...optimizer.folded];
    // and the references the parser itself left there: token texts, numbers made more than once. They are
    // all small ints and empty / one-byte bytes, immortal on 3.12+ (no count to change), so only 3.11 pays for
    // the second tokenization
    if (options.source !== undefined && options.version === '3.11') astConstants.push(...parserArenaConstants(options.source, options.version, options.mode ?? 'exec'));
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
