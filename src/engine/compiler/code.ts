/**
 * The compiler's output: a code object as plain data (no runtime objects), so the compiler is independent of
 * the object model. The VM "materialises" a CodeSpec into a code object whose co_consts are real Python
 * objects, each holding one reference, exactly as CPython's code objects do.
 *
 * Locals follow CPython 3.11+'s "localsplus" layout: one array of names with a kind per slot.
 *   slots [0, co_argcount + co_kwonlyargcount (+1 if *args) (+1 if **kwargs)) are the parameters, in
 *   CPython's order (positional, keyword-only, *args, **kwargs); then the other locals; then cell variables
 *   that are not parameters; then free variables (last co_nfreevars slots).
 *   A parameter that is also a cell keeps its slot and has kind CO_FAST_LOCAL | CO_FAST_CELL; MAKE_CELL
 *   converts it in place at function start.
 */
import type { PyConstant } from '../parser/ast';

export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** co_flags, CPython's values. */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040; // (3.10 only; not set by 3.11+)
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

/** A constant in co_consts. Equal constants within one code object are one entry (CPython's merging). */
export type ConstSpec =
  | PyConstant
  | { kind: 'tuple'; items: ConstSpec[] }
  | { kind: 'frozenset'; items: ConstSpec[] }
  | { kind: 'code'; code: CodeSpec };

export interface CodeSpec {
  co_name: string;
  co_qualname: string;
  /** the constant whose object is also co_qualname (a class body's `__qualname__`, codegen.ts), else null */
  co_qualnameConst?: ConstSpec | null;
  co_filename: string;
  co_firstlineno: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_flags: number;
  /** Slot names (see the layout above) and their CO_FAST_* kinds. */
  co_localsplusnames: string[];
  co_localspluskinds: number[];
  /** Names used by *_NAME, *_GLOBAL, *_ATTR, IMPORT_* instructions. */
  co_names: string[];
  co_consts: ConstSpec[];
  /** (opcode, oparg) pairs; see opcodes.ts. */
  code: Int32Array;
  /**
   * Source positions, 4 ints per instruction: lineno, end_lineno, col_offset, end_col_offset
   * (columns 0-based UTF-16 units, like the AST). -1 where CPython has no position (artificial instructions).
   */
  positions: Int32Array;
  /** Rows of 5 ints: start, end, target, depth, lasti (instruction indices; see opcodes.ts). */
  exceptionTable: Int32Array;
  /** Maximum value-stack depth the code can reach. */
  co_stacksize: number;
}

/** Version-dependent code generation choices; filled from the version profile. */
export interface CodeGenFlags {
  /** PEP 709 (3.12+): list/set/dict comprehensions are inlined; 3.11 makes a function object per comprehension. */
  inlineComprehensions: boolean;
  /** 3.12+: zero-argument super().attr compiles to LOAD_SUPER_ATTR (no super object is allocated). */
  loadSuperAttr: boolean;
  // PROPOSAL (compiler engineer): optional fields added for 3.13 class bodies; absent means false.
  /** 3.13: class bodies store `__firstlineno__` (an int constant) after `__qualname__`. */
  classFirstlineno?: boolean;
  /** 3.13: class bodies store `__static_attributes__` (a tuple of the names assigned as `self.X` in methods). */
  staticAttributes?: boolean;
  /** CO_MAXBLOCKS: `too many statically nested blocks` beyond this many (20 up to 3.12, 21 in 3.13). */
  maxStaticBlocks?: number;
}
