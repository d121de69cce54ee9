/**
 * heapscope compiler — code generation, CPython 3.12's `Python/compile.c`.
 *
 * One `CompilerUnit` (CPython's `compiler_unit`) per code object being built; units form a stack (`c_stack`).
 * A unit owns its symbol-table entry, its CFG (flowgraph.ts), its constants (`u_consts`, merged through the
 * module-wide `c_const_cache`), names, varnames (parameters first, then locals in order of first use),
 * cellvars/freevars (sorted, as `dictbytype`), and the stack of frame blocks (`fblock`: loops, try/finally,
 * with, handlers) used to unwind on break/continue/return. Each `compiler_*` function here mirrors its
 * CPython namesake and emits the same instructions with the same locations, so that after the flowgraph
 * passes the result equals CPython 3.12's `dis` output instruction by instruction.
 * Version differences come from CodeGenFlags: `inlineComprehensions` (PEP 709, 3.12+; 3.11 makes a function
 * per comprehension), `loadSuperAttr` (3.12+; 3.11 calls super()), `classFirstlineno` /
 * `staticAttributes` (3.13 class bodies store `__firstlineno__` / `__static_attributes__`).
 */
import type * as A from '../parser/ast';
import { locationIsAfter, type FutureFeatures } from './future';
import { unparseExpr } from './unparse';
import { Op, NB, CMP, INTRINSIC, INTRINSIC2 } from './opcodes';
import type { CodeGenFlags, CodeSpec, ConstSpec } from './code';
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_GENERATOR,
  CO_NESTED,
  CO_NEWLOCALS,
  CO_OPTIMIZED,
  CO_VARARGS,
  CO_VARKEYWORDS,
} from './code';
import { ConstCache, ConstList, NONE, constRepr, mkInt, mkStr, type CompileGcEvent } from './constants';
import {
  CELL,
  CompileError,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  DEF_IMPORT,
  DEF_LOCAL,
  DEF_NONLOCAL,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  SCOPE_OFFSET,
  Symtable,
  SymtableEntry,
  locOf,
  mangle,
  typeParamDefaultKey,
  type Loc,
} from './symtable';
import {
  BasicBlock,
  Cfg,
  JUMP,
  JUMP_NO_INTERRUPT,
  NO_LOCATION,
  POP_BLOCK,
  SETUP_CLEANUP,
  SETUP_FINALLY,
  SETUP_WITH,
  STORE_FAST_MAYBE_NULL,
  optimizeAndAssemble,
} from './flowgraph';

type E = A.Expr;
type S = A.Stmt;
type AnyNode = any;

const STACK_USE_GUIDELINE = 30;
const CO_MAXBLOCKS = 20;

type ScopeType = 'module' | 'class' | 'function' | 'async' | 'lambda' | 'comprehension' | 'typeparams';
type FBlockType =
  | 'WHILE_LOOP'
  | 'FOR_LOOP'
  | 'TRY_EXCEPT'
  | 'FINALLY_TRY'
  | 'FINALLY_END'
  | 'WITH'
  | 'ASYNC_WITH'
  | 'HANDLER_CLEANUP'
  | 'POP_VALUE'
  | 'EXCEPTION_HANDLER'
  | 'EXCEPTION_GROUP_HANDLER'
  | 'ASYNC_COMPREHENSION_GENERATOR';

interface FBlock {
  type: FBlockType;
  block: BasicBlock | null;
  exit: BasicBlock | null;
  datum: AnyNode;
}

class IndexMap {
  readonly list: string[] = [];
  private readonly map = new Map<string, number>();
  constructor(init: string[] = []) {
    for (const s of init) this.add(s);
  }
  add(s: string): number {
    let i = this.map.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.map.set(s, i);
    }
    return i;
  }
  get(s: string): number | undefined {
    return this.map.get(s);
  }
  get size(): number {
    return this.list.length;
  }
}

class CompilerUnit {
  readonly cfg = new Cfg();
  readonly consts: ConstList;
  readonly names = new IndexMap();
  readonly varnames: IndexMap;
  readonly cellvars: IndexMap;
  readonly freevars: IndexMap;
  readonly fblocks: FBlock[] = [];
  readonly fasthidden = new Map<string, boolean>();
  qualname = '';
  /**
   * A class body's `__qualname__` constant when the constant cache took this unit's qualname object as the
   * canonical one (no equal str constant before it): co_qualname is then that same object, as in CPython.
   */
  qualnameConst: ConstSpec | null = null;
  privateName: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  inInlinedComp = 0;
  /** 3.13 __static_attributes__ collection (names assigned as self.X in methods). */
  staticAttributes: Set<string> | null = null;
  /** The handler of the implicit StopIteration wrapper of a generator / coroutine body (3.12+ codegen). */
  stopIterationHandler: BasicBlock | null = null;
  /** the CLEANUP_THROW handlers of the unit's yield from / await loops (3.11: see stackdepthExclude) */
  readonly cleanupThrowHandlers: BasicBlock[] = [];
  constructor(
    readonly ste: SymtableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    readonly firstlineno: number,
    cache: ConstCache,
  ) {
    this.consts = new ConstList(cache);
    this.varnames = new IndexMap(ste.varnames);
    const cells: string[] = [];
    const frees: string[] = [];
    for (const [name, flags] of ste.symbols) {
      const scope = (flags >> SCOPE_OFFSET) & 7;
      if (scope === CELL || flags & DEF_COMP_CELL) cells.push(name);
      if (scope === FREE || flags & DEF_FREE_CLASS) frees.push(name);
    }
    cells.sort(cmpStr);
    frees.sort(cmpStr);
    this.cellvars = new IndexMap(cells);
    if (ste.needsClassClosure) this.cellvars.add('__class__');
    if (ste.needsClassdict) this.cellvars.add('__classdict__');
    this.freevars = new IndexMap(frees);
  }
}

function cmpStr(a: string, b: string): number {
  // PyUnicode ordering is by code point; for BMP strings this equals UTF-16 ordering.
  return a < b ? -1 : a > b ? 1 : 0;
}


const BINOP: Record<A.OperatorKind, number> = {
  Add: NB.ADD,
  Sub: NB.SUBTRACT,
  Mult: NB.MULTIPLY,
  MatMult: NB.MATRIX_MULTIPLY,
  Div: NB.TRUE_DIVIDE,
  Mod: NB.REMAINDER,
  Pow: NB.POWER,
  LShift: NB.LSHIFT,
  RShift: NB.RSHIFT,
  BitOr: NB.OR,
  BitXor: NB.XOR,
  BitAnd: NB.AND,
  FloorDiv: NB.FLOOR_DIVIDE,
};
const INPLACE: Record<A.OperatorKind, number> = {
  Add: NB.INPLACE_ADD,
  Sub: NB.INPLACE_SUBTRACT,
  Mult: NB.INPLACE_MULTIPLY,
  MatMult: NB.INPLACE_MATRIX_MULTIPLY,
  Div: NB.INPLACE_TRUE_DIVIDE,
  Mod: NB.INPLACE_REMAINDER,
  Pow: NB.INPLACE_POWER,
  LShift: NB.INPLACE_LSHIFT,
  RShift: NB.INPLACE_RSHIFT,
  BitOr: NB.INPLACE_OR,
  BitXor: NB.INPLACE_XOR,
  BitAnd: NB.INPLACE_AND,
  FloorDiv: NB.INPLACE_FLOOR_DIVIDE,
};

function loc(n: { lineno: number; end_lineno: number; col_offset: number; end_col_offset: number }): Loc {
  return locOf(n);
}
function LOCATION(l: number, el: number, c: number, ec: number): Loc {
  return { lineno: l, end_lineno: el, col_offset: c, end_col_offset: ec };
}

function getDocString(body: S[]): A.Constant | null {
  if (!body.length) return null;
  const st = body[0];
  if (st._type !== 'Expr') return null;
  const e = st.value;
  if (e._type !== 'Constant' || e.value.kind !== 'str') return null;
  return e;
}

/** A compile-time SyntaxWarning (compiler_warn), in the order CPython's code generator emits them. */
export interface CompileWarning {
  lineno: number;
  msg: string;
  /** where compiler_warn points (a SyntaxError at this location replaces the warning when a filter makes it an error) */
  loc: Loc;
}

/** CPython's infer_type(e)->tp_name, or null when the type of `e` is not known at compile time. */
function inferTypeName(e: A.Expr): string | null {
  switch (e._type) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    case 'Constant': {
      const k = (e.value as { kind: string }).kind;
      return k === 'None' ? 'NoneType' : k === 'Ellipsis' ? 'ellipsis' : k;
    }
    default:
      return null;
  }
}

/** check_is_arg: may `e` be an operand of `is` without a warning (not a literal, or a singleton constant)? */
function isArgOk(e: A.Expr): boolean {
  if (e._type !== 'Constant') return true;
  const k = (e.value as { kind: string }).kind;
  return k === 'None' || k === 'bool' || k === 'Ellipsis';
}

export class Compiler {
  /** SyntaxWarnings found while generating code (compileModule returns them; the caller emits them). */
  readonly warnings: CompileWarning[] = [];
  private readonly cache = new ConstCache();
  private readonly st: Symtable;
  private u!: CompilerUnit;
  private readonly stack: CompilerUnit[] = [];

  constructor(
    private readonly mod: A.Module,
    private readonly filename: string,
    private readonly flags: CodeGenFlags,
    private readonly version: '3.11' | '3.12' | '3.13' = '3.12',
    private readonly future: FutureFeatures = { annotations: false, location: null },
  ) {
    this.st = new Symtable(mod, flags.inlineComprehensions, future.annotations, version === '3.11', version === '3.13');
    this.cache.events.push({ k: 'symtable', shape: this.st.shape });
  }

  /** compile() mode 'single': top-level expression statements print their value */
  private interactive = false;

  compile(mode: 'exec' | 'eval' | 'single' = 'exec'): CodeSpec {
    this.enterScope('<module>', 'module', this.mod, 1);
    if (mode === 'eval') {
      // Expression_kind: <expression>; RETURN_VALUE
      this.visitExpr((this.mod.body[0] as A.ExprStmt).value);
      return this.assemble(false);
    }
    if (mode === 'single') {
      // Interactive_kind: no docstring; SETUP_ANNOTATIONS when needed
      this.interactive = true;
      const stmts = this.mod.body;
      if (findAnn(stmts)) this.addop(stmts.length ? loc(stmts[0]) : LOCATION(1, 1, 0, 0), Op.SETUP_ANNOTATIONS);
      this.visitStmts(stmts);
      return this.assemble(true);
    }
    this.body(LOCATION(1, 1, 0, 0), this.mod.body);
    return this.assemble(true);
  }

  // ------------------------------------------------------------------------------------------- scopes
  private enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new CompilerUnit(ste, name, scopeType, lineno, this.cache);
    this.cache.events.push({ k: 'enter', scopeType });
    if (this.u) {
      u.privateName = this.u.privateName;
      this.stack.push(this.u);
    }
    this.u = u;
    let l: Loc = LOCATION(lineno, lineno, 0, 0);
    if (scopeType === 'module') l = LOCATION(0, lineno, 0, 0);
    else this.setQualname();
    this.addopI(l, Op.RESUME, 0);
  }
  private exitScope(): void {
    this.u = this.stack.pop()!;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 0) {
      let parent = this.stack[this.stack.length - 1];
      if (parent.scopeType === 'typeparams') {
        // inside a `<generic parameters of X>` function: qualify by the grandparent
        if (this.stack.length === 1) {
          u.qualname = u.name;
          return;
        }
        parent = this.stack[this.stack.length - 2];
      }
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'async' || u.scopeType === 'class') {
        const mangled = mangle(parent.privateName, u.name);
        const scope = parent.ste.getScope(mangled);
        if (scope === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === 'function' || parent.scopeType === 'async' || parent.scopeType === 'lambda') {
          base = parent.qualname + '.<locals>';
        } else if (parent.scopeType !== 'module') base = parent.qualname;
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  private codeFlags(): number {
    const ste = this.u.ste;
    let flags = this.future.coFlags ?? 0;
    if (ste.isFunctionLike) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    return flags;
  }

  private assemble(addNone: boolean): CodeSpec {
    const u = this.u;
    const flags = this.codeFlags();
    if (addNone) this.loadConst(NO_LOCATION, NONE);
    this.addop(NO_LOCATION, Op.RETURN_VALUE);
    const isGen = (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
    const asm = optimizeAndAssemble(
      u.cfg,
      {
        consts: u.consts,
        varnames: u.varnames.list,
        cellvars: u.cellvars.list,
        freevars: u.freevars.list,
        nparams: u.ste.varnames.length,
        firstlineno: u.firstlineno,
        flags,
        isGenerator: isGen,
        // 3.11 has no StopIteration wrapper (gen_send_ex does that in C) and no CLEANUP_THROW handler around
        // a yield from / await's SEND loop: their handlers add no stack depth there
        stackdepthExclude: this.version === '3.11' ? [...(u.stopIterationHandler ? [u.stopIterationHandler] : []), ...u.cleanupThrowHandlers] : [],
        returnConstLoads: this.version !== '3.12',
        kwNamesOnStack: this.version === '3.13',
        trimUnusedConstsOnly: this.version === '3.11',
      },
      this.cache,
    );
    const code: CodeSpec = {
      co_name: u.name,
      co_qualname: u.qualname || u.name,
      co_qualnameConst: u.qualnameConst,
      co_filename: this.filename,
      co_firstlineno: u.firstlineno,
      co_argcount: u.argcount + u.posonlyargcount,
      co_posonlyargcount: u.posonlyargcount,
      co_kwonlyargcount: u.kwonlyargcount,
      co_flags: flags,
      co_localsplusnames: asm.localsplusnames,
      co_localspluskinds: asm.localspluskinds,
      co_names: u.names.list.slice(),
      co_consts: u.consts.items.slice(),
      code: asm.code,
      positions: asm.positions,
      exceptionTable: asm.exceptionTable,
      co_stacksize: asm.stacksize,
    };
    this.cache.events.push({ k: 'exit', code });
    return code;
  }

  /** The compile-time allocation log of this compilation (constants.ts CompileGcEvent). */
  get gcEvents(): CompileGcEvent[] {
    return this.cache.events;
  }

  // ------------------------------------------------------------------------------------------- emit
  private addop(l: Loc, op: number): void {
    this.u.cfg.addop(op, 0, l);
  }
  private addopI(l: Loc, op: number, arg: number): void {
    this.u.cfg.addop(op, arg, l);
  }
  private jump(l: Loc, op: number, target: BasicBlock): void {
    this.u.cfg.addop(op, 0, l, target);
  }
  private label(): BasicBlock {
    return this.u.cfg.newLabel();
  }
  private use(b: BasicBlock): void {
    this.u.cfg.useLabel(b);
  }
  private loadConst(l: Loc, c: ConstSpec): void {
    this.addopI(l, Op.LOAD_CONST, this.u.consts.add(c));
  }
  private addName(op: number, name: string, l: Loc, mangled = true): void {
    const m = mangled ? mangle(this.u.privateName, name) : name;
    let arg = this.u.names.add(m);
    if (op === Op.LOAD_ATTR) arg <<= 1;
    this.addopI(l, op, arg);
  }
  private loadMethod(name: string, l: Loc): void {
    const arg = this.u.names.add(mangle(this.u.privateName, name));
    this.addopI(l, Op.LOAD_ATTR, (arg << 1) | 1);
  }
  private error(msg: string, l: Loc): never {
    throw new CompileError(msg, l);
  }

  private pushFblock(l: Loc, type: FBlockType, block: BasicBlock | null, exit: BasicBlock | null, datum: AnyNode): void {
    if (this.u.fblocks.length >= (this.flags.maxStaticBlocks ?? CO_MAXBLOCKS)) this.error('too many statically nested blocks', l);
    this.u.fblocks.push({ type, block, exit, datum });
  }
  private popFblock(): void {
    this.u.fblocks.pop();
  }

  // ------------------------------------------------------------------------------------------- names
  private nameop(l: Loc, name: string, ctx: A.ExprContext): void {
    const u = this.u;
    if (ctx === 'Store' && name === '__debug__') this.error('cannot assign to __debug__', l);
    if (ctx === 'Del' && name === '__debug__') this.error('cannot delete __debug__', l);
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.getScope(mangled);
    let optype: 'deref' | 'fast' | 'global' | 'name' = 'name';
    let dict: IndexMap = u.names;
    switch (scope) {
      case FREE:
        dict = u.freevars;
        optype = 'deref';
        break;
      case CELL:
        dict = u.cellvars;
        optype = 'deref';
        break;
      case LOCAL:
        if (u.ste.isFunctionLike || u.fasthidden.get(mangled) === true) optype = 'fast';
        break;
      case GLOBAL_IMPLICIT:
        if (u.ste.isFunctionLike) optype = 'global';
        break;
      case GLOBAL_EXPLICIT:
        optype = 'global';
        break;
    }
    let op = 0;
    switch (optype) {
      case 'deref':
        if (ctx === 'Load') {
          if (u.ste.type === 'class' && !u.inInlinedComp) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.addop(l, Op.LOAD_LOCALS);
          } else if (u.ste.canSeeClassScope) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.loadClassdict(l);
          } else op = Op.LOAD_DEREF;
        } else op = ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case 'fast':
        op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addopI(l, op, u.varnames.add(mangled));
        return;
      case 'global':
        if (ctx === 'Load' && u.ste.canSeeClassScope && scope === GLOBAL_IMPLICIT) {
          op = Op.LOAD_FROM_DICT_OR_GLOBALS;
          this.loadClassdict(l);
        } else op = ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      case 'name':
        if (ctx === 'Load') op = u.ste.type === 'class' && u.inInlinedComp ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
        else op = ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
        if (op === Op.LOAD_GLOBAL) dict = u.names;
        break;
    }
    let arg = dict.add(mangled);
    if (dict === u.freevars) arg += u.cellvars.size;
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addopI(l, op, arg);
  }

  /** A block that can see the enclosing class namespace reads it through the free variable __classdict__. */
  private loadClassdict(l: Loc): void {
    const i = this.u.freevars.add('__classdict__');
    this.addopI(l, Op.LOAD_DEREF, i + this.u.cellvars.size);
  }

  // ------------------------------------------------------------------------------------------- module/body
  private body(l: Loc, stmts: S[]): void {
    if (this.u.scopeType === 'module' && stmts.length) l = loc(stmts[0]);
    if (findAnn(stmts)) this.addop(l, Op.SETUP_ANNOTATIONS);
    if (!stmts.length) return;
    let first = 0;
    const doc = getDocString(stmts);
    if (doc) {
      first = 1;
      this.loadConst(loc(doc), this.docConst(doc));
      this.nameop(NO_LOCATION, '__doc__', 'Store');
    }
    for (let i = first; i < stmts.length; i++) this.visitStmt(stmts[i]);
  }

  /** The docstring constant: 3.13 stores `_PyCompile_CleanDoc(doc)` (a new str object when it changes). */
  private docConst(doc: A.Constant): ConstSpec {
    if (this.version !== '3.13') return doc.value;
    const s = (doc.value as { kind: 'str'; value: string }).value;
    const cleaned = cleanDoc(s);
    return cleaned === null ? doc.value : mkStr(cleaned);
  }

  // ------------------------------------------------------------------------------------------- statements
  private visitStmts(list: S[]): void {
    for (const s of list) this.visitStmt(s);
  }

  private visitStmt(s: S): void {
    const l = loc(s);
    switch (s._type) {
      case 'FunctionDef':
        return this.compilerFunction(s, false);
      case 'AsyncFunctionDef':
        return this.compilerFunction(s as unknown as A.FunctionDef, true);
      case 'ClassDef':
        return this.compilerClass(s);
      case 'Return':
        return this.compilerReturn(s);
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        return;
      case 'Assign': {
        const n = s.targets.length;
        this.visitExpr(s.value);
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.addopI(l, Op.COPY, 1);
          this.visitExpr(s.targets[i]);
        }
        return;
      }
      case 'AugAssign':
        return this.compilerAugassign(s);
      case 'AnnAssign':
        return this.compilerAnnassign(s);
      case 'For':
        return this.compilerFor(s);
      case 'While':
        return this.compilerWhile(s);
      case 'If':
        return this.compilerIf(s);
      case 'Match':
        return this.compilerMatch(s);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.visitExpr(s.exc);
          n++;
          if (s.cause) {
            this.visitExpr(s.cause);
            n++;
          }
        }
        this.addopI(l, Op.RAISE_VARARGS, n);
        return;
      }
      case 'Try':
        if (s.finalbody.length) return this.compilerTryFinally(s);
        return this.compilerTryExcept(s);
      case 'TryStar':
        if (s.finalbody.length) return this.compilerTryFinally(s, true);
        return this.compilerTryStarExcept(s);
      case 'Assert':
        return this.compilerAssert(s);
      case 'Import':
        return this.compilerImport(s);
      case 'ImportFrom':
        return this.compilerFromImport(s);
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Expr': {
        const v = s.value;
        if (this.interactive && this.stack.length === 0) {
          this.visitExpr(v);
          this.addopI(l, Op.CALL_INTRINSIC_1, INTRINSIC.PRINT);
          this.addop(NO_LOCATION, Op.POP_TOP);
          return;
        }
        if (v._type === 'Constant') {
          this.addop(l, Op.NOP);
          return;
        }
        this.visitExpr(v);
        this.addop(NO_LOCATION, Op.POP_TOP);
        return;
      }
      case 'Pass':
        this.addop(l, Op.NOP);
        return;
      case 'Break':
        return this.compilerBreak(l);
      case 'Continue':
        return this.compilerContinue(l);
      case 'With':
        return this.compilerWith(s, 0);
      case 'AsyncWith':
        return this.compilerAsyncWith(s, 0);
      case 'AsyncFor':
        return this.compilerAsyncFor(s);
      case 'TypeAlias':
        return this.compilerTypealias(s);
    }
  }

  private compilerReturn(s: A.Return): void {
    let l = loc(s);
    const preserveTos = s.value !== null && s.value._type !== 'Constant';
    if (!this.u.ste.isFunctionLike) this.error("'return' outside function", l);
    if (s.value !== null && this.u.ste.coroutine && this.u.ste.generator) this.error("'return' with value in async generator", l);
    if (preserveTos) this.visitExpr(s.value!);
    else if (s.value) {
      l = loc(s.value);
      this.addop(l, Op.NOP);
    }
    if (!s.value || s.value.lineno !== s.lineno) {
      l = loc(s);
      this.addop(l, Op.NOP);
    }
    const ref = { l };
    this.unwindFblockStack(ref, preserveTos, null);
    l = ref.l;
    if (!s.value) this.loadConst(l, NONE);
    else if (!preserveTos) this.loadConst(l, (s.value as A.Constant).value);
    this.addop(l, Op.RETURN_VALUE);
  }

  private compilerBreak(l: Loc): void {
    const origin = l;
    this.addop(l, Op.NOP);
    const ref = { l };
    const loop = { fb: null as FBlock | null };
    this.unwindFblockStack(ref, false, loop);
    if (!loop.fb) this.error("'break' outside loop", origin);
    this.unwindFblock(ref, loop.fb, false);
    this.jump(ref.l, JUMP, loop.fb.exit!);
  }
  private compilerContinue(l: Loc): void {
    const origin = l;
    this.addop(l, Op.NOP);
    const ref = { l };
    const loop = { fb: null as FBlock | null };
    this.unwindFblockStack(ref, false, loop);
    if (!loop.fb) this.error("'continue' not properly in loop", origin);
    this.jump(ref.l, JUMP, loop.fb.block!);
  }

  private unwindFblockStack(ref: { l: Loc }, preserveTos: boolean, loop: { fb: FBlock | null } | null): void {
    const fbs = this.u.fblocks;
    if (!fbs.length) return;
    const top = fbs[fbs.length - 1];
    if (top.type === 'EXCEPTION_GROUP_HANDLER') {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block", ref.l);
    }
    if (loop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) {
      loop.fb = top;
      return;
    }
    fbs.pop();
    this.unwindFblock(ref, top, preserveTos);
    this.unwindFblockStack(ref, preserveTos, loop);
    fbs.push(top);
  }

  private unwindFblock(ref: { l: Loc }, info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case 'WHILE_LOOP':
      case 'EXCEPTION_HANDLER':
      case 'EXCEPTION_GROUP_HANDLER':
      case 'ASYNC_COMPREHENSION_GENERATOR':
        return;
      case 'FOR_LOOP':
        if (preserveTos) this.addopI(ref.l, Op.SWAP, 2);
        this.addop(ref.l, Op.POP_TOP);
        return;
      case 'TRY_EXCEPT':
        this.addop(ref.l, POP_BLOCK);
        return;
      case 'FINALLY_TRY':
        this.addop(ref.l, POP_BLOCK);
        if (preserveTos) this.pushFblock(ref.l, 'POP_VALUE', null, null, null);
        this.visitStmts(info.datum);
        if (preserveTos) this.popFblock();
        ref.l = NO_LOCATION;
        return;
      case 'FINALLY_END':
        if (preserveTos) this.addopI(ref.l, Op.SWAP, 2);
        this.addop(ref.l, Op.POP_TOP);
        if (preserveTos) this.addopI(ref.l, Op.SWAP, 2);
        this.addop(ref.l, POP_BLOCK);
        this.addop(ref.l, Op.POP_EXCEPT);
        return;
      case 'WITH':
      case 'ASYNC_WITH':
        ref.l = loc(info.datum);
        this.addop(ref.l, POP_BLOCK);
        if (preserveTos) this.addopI(ref.l, Op.SWAP, 2);
        this.callExitWithNones(ref.l);
        if (info.type === 'ASYNC_WITH') {
          this.addopI(ref.l, Op.GET_AWAITABLE, 2);
          this.loadConst(ref.l, NONE);
          this.addYieldFrom(ref.l, true);
        }
        this.addop(ref.l, Op.POP_TOP);
        ref.l = NO_LOCATION;
        return;
      case 'HANDLER_CLEANUP':
        if (info.datum) this.addop(ref.l, POP_BLOCK);
        if (preserveTos) this.addopI(ref.l, Op.SWAP, 2);
        this.addop(ref.l, POP_BLOCK);
        this.addop(ref.l, Op.POP_EXCEPT);
        if (info.datum) {
          this.loadConst(ref.l, NONE);
          this.nameop(ref.l, info.datum, 'Store');
          this.nameop(ref.l, info.datum, 'Del');
        }
        return;
      case 'POP_VALUE':
        if (preserveTos) this.addopI(ref.l, Op.SWAP, 2);
        this.addop(ref.l, Op.POP_TOP);
        return;
    }
  }

  private callExitWithNones(l: Loc): void {
    this.loadConst(l, NONE);
    this.loadConst(l, NONE);
    this.loadConst(l, NONE);
    this.addopI(l, Op.CALL, 2);
  }

  private compilerIf(s: A.If): void {
    const end = this.label();
    const next = s.orelse.length ? this.label() : end;
    this.jumpIf(loc(s), s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length) {
      this.jump(NO_LOCATION, JUMP, end);
      this.use(next);
      this.visitStmts(s.orelse);
    }
    this.use(end);
  }

  private compilerFor(s: A.For): void {
    const l = loc(s);
    const start = this.label();
    const body = this.label();
    const cleanup = this.label();
    const end = this.label();
    this.pushFblock(l, 'FOR_LOOP', start, end, null);
    this.visitExpr(s.iter);
    this.addop(l, Op.GET_ITER);
    this.use(start);
    this.jump(l, Op.FOR_ITER, cleanup);
    this.use(body);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.jump(NO_LOCATION, JUMP, start);
    this.use(cleanup);
    this.addop(NO_LOCATION, Op.END_FOR);
    this.popFblock();
    this.visitStmts(s.orelse);
    this.use(end);
  }

  private compilerWhile(s: A.While): void {
    const loop = this.label();
    const body = this.label();
    const end = this.label();
    const anchor = this.label();
    this.use(loop);
    this.pushFblock(loc(s), 'WHILE_LOOP', loop, end, null);
    this.jumpIf(loc(s), s.test, anchor, false);
    this.use(body);
    this.visitStmts(s.body);
    this.jumpIf(loc(s), s.test, body, true);
    this.popFblock();
    this.use(anchor);
    if (s.orelse.length) this.visitStmts(s.orelse);
    this.use(end);
  }

  private popExceptAndReraise(l: Loc): void {
    this.addopI(l, Op.COPY, 3);
    this.addop(l, Op.POP_EXCEPT);
    this.addopI(l, Op.RERAISE, 1);
  }

  /** try/finally, around a try/except (or try/except* when `star`) when there are handlers. */
  private compilerTryFinally(s: A.Try | A.TryStar, star = false): void {
    let l = loc(s);
    const body = this.label();
    const end = this.label();
    const exit = this.label();
    const cleanup = this.label();
    this.jump(l, SETUP_FINALLY, end);
    this.use(body);
    this.pushFblock(l, 'FINALLY_TRY', body, end, s.finalbody);
    if (s.handlers.length === 0) this.visitStmts(s.body);
    else if (star) this.compilerTryStarExcept(s as A.TryStar);
    else this.compilerTryExcept(s as A.Try);
    this.addop(NO_LOCATION, POP_BLOCK);
    this.popFblock();
    this.visitStmts(s.finalbody);
    this.jump(NO_LOCATION, JUMP, exit);
    this.use(end);
    l = NO_LOCATION;
    this.jump(l, SETUP_CLEANUP, cleanup);
    this.addop(l, Op.PUSH_EXC_INFO);
    this.pushFblock(l, 'FINALLY_END', end, null, null);
    this.visitStmts(s.finalbody);
    this.popFblock();
    this.addopI(l, Op.RERAISE, 0);
    this.use(cleanup);
    this.popExceptAndReraise(l);
    this.use(exit);
  }

  private compilerTryExcept(s: A.Try): void {
    const l = loc(s);
    const body = this.label();
    let except = this.label();
    const end = this.label();
    const cleanup = this.label();
    this.jump(l, SETUP_FINALLY, except);
    this.use(body);
    this.pushFblock(l, 'TRY_EXCEPT', body, null, null);
    this.visitStmts(s.body);
    this.popFblock();
    this.addop(NO_LOCATION, POP_BLOCK);
    if (s.orelse.length) this.visitStmts(s.orelse);
    this.jump(NO_LOCATION, JUMP, end);
    const n = s.handlers.length;
    this.use(except);
    this.jump(NO_LOCATION, SETUP_CLEANUP, cleanup);
    this.addop(NO_LOCATION, Op.PUSH_EXC_INFO);
    this.pushFblock(l, 'EXCEPTION_HANDLER', null, null, null);
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i];
      const hl = loc(h);
      if (!h.type && i < n - 1) this.error("default 'except:' must be last", hl);
      except = this.label();
      if (h.type) {
        this.visitExpr(h.type);
        this.addop(hl, Op.CHECK_EXC_MATCH);
        this.jump(hl, Op.POP_JUMP_IF_FALSE, except);
      }
      if (h.name) {
        const cleanupEnd = this.label();
        const cleanupBody = this.label();
        this.nameop(hl, h.name, 'Store');
        this.jump(hl, SETUP_CLEANUP, cleanupEnd);
        this.use(cleanupBody);
        this.pushFblock(hl, 'HANDLER_CLEANUP', cleanupBody, null, h.name);
        this.visitStmts(h.body);
        this.popFblock();
        this.addop(NO_LOCATION, POP_BLOCK);
        this.addop(NO_LOCATION, POP_BLOCK);
        this.addop(NO_LOCATION, Op.POP_EXCEPT);
        this.loadConst(NO_LOCATION, NONE);
        this.nameop(NO_LOCATION, h.name, 'Store');
        this.nameop(NO_LOCATION, h.name, 'Del');
        this.jump(NO_LOCATION, JUMP, end);
        this.use(cleanupEnd);
        this.loadConst(NO_LOCATION, NONE);
        this.nameop(NO_LOCATION, h.name, 'Store');
        this.nameop(NO_LOCATION, h.name, 'Del');
        this.addopI(NO_LOCATION, Op.RERAISE, 1);
      } else {
        const cleanupBody = this.label();
        this.addop(hl, Op.POP_TOP);
        this.use(cleanupBody);
        this.pushFblock(hl, 'HANDLER_CLEANUP', cleanupBody, null, null);
        this.visitStmts(h.body);
        this.popFblock();
        this.addop(NO_LOCATION, POP_BLOCK);
        this.addop(NO_LOCATION, Op.POP_EXCEPT);
        this.jump(NO_LOCATION, JUMP, end);
      }
      this.use(except);
    }
    this.popFblock();
    this.addopI(NO_LOCATION, Op.RERAISE, 0);
    this.use(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.use(end);
  }

  /**
   * try/except* (CPython's compiler_try_star_except). Stack in the handlers: [orig, res, rest]; each
   * matching handler runs with the matched subgroup; exceptions raised in a handler body are appended to
   * `res`; finally CALL_INTRINSIC_2 PREP_RERAISE_STAR(orig, res) computes what to re-raise (or None).
   */
  private compilerTryStarExcept(s: A.TryStar): void {
    const l = loc(s);
    const body = this.label();
    let except = this.label();
    const orelse = this.label();
    const end = this.label();
    const cleanup = this.label();
    const reraiseStar = this.label();
    this.jump(l, SETUP_FINALLY, except);
    this.use(body);
    this.pushFblock(l, 'TRY_EXCEPT', body, null, null);
    this.visitStmts(s.body);
    this.popFblock();
    this.addop(NO_LOCATION, POP_BLOCK);
    this.jump(NO_LOCATION, JUMP, orelse);
    const n = s.handlers.length;
    this.use(except);
    this.jump(NO_LOCATION, SETUP_CLEANUP, cleanup);
    this.addop(NO_LOCATION, Op.PUSH_EXC_INFO);
    this.pushFblock(l, 'EXCEPTION_GROUP_HANDLER', null, null, 'except handler');
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i];
      const hl = loc(h);
      except = this.label();
      const exceptWithError = this.label();
      const noMatch = this.label();
      if (i === 0) {
        this.addopI(hl, Op.BUILD_LIST, 0);
        this.addopI(hl, Op.COPY, 2);
      }
      if (h.type) {
        this.visitExpr(h.type);
        this.addop(hl, Op.CHECK_EG_MATCH);
        this.addopI(hl, Op.COPY, 1);
        this.jump(hl, Op.POP_JUMP_IF_NONE, noMatch);
      }
      const cleanupEnd = this.label();
      const cleanupBody = this.label();
      if (h.name) this.nameop(hl, h.name, 'Store');
      else this.addop(hl, Op.POP_TOP);
      this.jump(hl, SETUP_CLEANUP, cleanupEnd);
      this.use(cleanupBody);
      this.pushFblock(hl, 'HANDLER_CLEANUP', cleanupBody, null, h.name);
      this.visitStmts(h.body);
      this.popFblock();
      this.addop(NO_LOCATION, POP_BLOCK);
      if (h.name) {
        this.loadConst(NO_LOCATION, NONE);
        this.nameop(NO_LOCATION, h.name, 'Store');
        this.nameop(NO_LOCATION, h.name, 'Del');
      }
      this.jump(NO_LOCATION, JUMP, except);
      this.use(cleanupEnd);
      if (h.name) {
        this.loadConst(NO_LOCATION, NONE);
        this.nameop(NO_LOCATION, h.name, 'Store');
        this.nameop(NO_LOCATION, h.name, 'Del');
      }
      this.addopI(NO_LOCATION, Op.LIST_APPEND, 3);
      this.addop(NO_LOCATION, Op.POP_TOP);
      this.jump(NO_LOCATION, JUMP, exceptWithError);
      this.use(except);
      this.addop(NO_LOCATION, Op.NOP);
      this.jump(NO_LOCATION, JUMP, exceptWithError);
      this.use(noMatch);
      this.addop(hl, Op.POP_TOP);
      this.use(exceptWithError);
      if (i === n - 1) {
        this.addopI(NO_LOCATION, Op.LIST_APPEND, 1);
        this.jump(NO_LOCATION, JUMP, reraiseStar);
      }
    }
    this.popFblock();
    const reraise = this.label();
    this.use(reraiseStar);
    this.addopI(NO_LOCATION, Op.CALL_INTRINSIC_2, INTRINSIC2.PREP_RERAISE_STAR);
    this.addopI(NO_LOCATION, Op.COPY, 1);
    this.jump(NO_LOCATION, Op.POP_JUMP_IF_NOT_NONE, reraise);
    this.addop(NO_LOCATION, Op.POP_TOP);
    this.addop(NO_LOCATION, POP_BLOCK);
    this.addop(NO_LOCATION, Op.POP_EXCEPT);
    this.jump(NO_LOCATION, JUMP, end);
    this.use(reraise);
    this.addop(NO_LOCATION, POP_BLOCK);
    this.addopI(NO_LOCATION, Op.SWAP, 2);
    this.addop(NO_LOCATION, Op.POP_EXCEPT);
    this.addopI(NO_LOCATION, Op.RERAISE, 0);
    this.use(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.use(orelse);
    this.visitStmts(s.orelse);
    this.use(end);
  }

  private compilerWith(s: A.With, pos: number): void {
    const item = s.items[pos];
    const block = this.label();
    const final = this.label();
    const exit = this.label();
    const cleanup = this.label();
    this.visitExpr(item.context_expr);
    let l = loc(s);
    this.addop(l, Op.BEFORE_WITH);
    this.jump(l, SETUP_WITH, final);
    this.use(block);
    this.pushFblock(l, 'WITH', block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(l, Op.POP_TOP);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.compilerWith(s, pos);
    this.addop(NO_LOCATION, POP_BLOCK);
    this.popFblock();
    l = loc(s);
    this.callExitWithNones(l);
    this.addop(l, Op.POP_TOP);
    this.jump(l, JUMP, exit);
    this.use(final);
    this.jump(l, SETUP_CLEANUP, cleanup);
    this.addop(l, Op.PUSH_EXC_INFO);
    this.addop(l, Op.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup);
    this.use(exit);
  }

  /** compiler_with_except_finish */
  private withExceptFinish(cleanup: BasicBlock): void {
    const suppress = this.label();
    this.jump(NO_LOCATION, Op.POP_JUMP_IF_TRUE, suppress);
    this.addopI(NO_LOCATION, Op.RERAISE, 2);
    this.use(suppress);
    this.addop(NO_LOCATION, Op.POP_TOP);
    this.addop(NO_LOCATION, POP_BLOCK);
    this.addop(NO_LOCATION, Op.POP_EXCEPT);
    this.addop(NO_LOCATION, Op.POP_TOP);
    this.addop(NO_LOCATION, Op.POP_TOP);
    const exit2 = this.label();
    this.jump(NO_LOCATION, JUMP, exit2);
    this.use(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.use(exit2);
  }

  private compilerAsyncWith(s: A.AsyncWith, pos: number): void {
    const l = loc(s);
    const item = s.items[pos];
    if (this.u.scopeType !== 'async') this.error("'async with' outside async function", l);
    const block = this.label();
    const final = this.label();
    const exit = this.label();
    const cleanup = this.label();
    this.visitExpr(item.context_expr);
    this.addop(l, Op.BEFORE_ASYNC_WITH);
    this.addopI(l, Op.GET_AWAITABLE, 1);
    this.loadConst(l, NONE);
    this.addYieldFrom(l, true);
    this.jump(l, SETUP_WITH, final);
    this.use(block);
    this.pushFblock(l, 'ASYNC_WITH', block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(l, Op.POP_TOP);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.compilerAsyncWith(s, pos);
    this.popFblock();
    this.addop(l, POP_BLOCK);
    this.callExitWithNones(l);
    this.addopI(l, Op.GET_AWAITABLE, 2);
    this.loadConst(l, NONE);
    this.addYieldFrom(l, true);
    this.addop(l, Op.POP_TOP);
    this.jump(l, JUMP, exit);
    this.use(final);
    this.jump(l, SETUP_CLEANUP, cleanup);
    this.addop(l, Op.PUSH_EXC_INFO);
    this.addop(l, Op.WITH_EXCEPT_START);
    this.addopI(l, Op.GET_AWAITABLE, 2);
    this.loadConst(l, NONE);
    this.addYieldFrom(l, true);
    this.withExceptFinish(cleanup);
    this.use(exit);
  }

  private compilerAsyncFor(s: A.AsyncFor): void {
    let l = loc(s);
    if (this.u.scopeType !== 'async') this.error("'async for' outside async function", l);
    const start = this.label();
    const except = this.label();
    const end = this.label();
    this.visitExpr(s.iter);
    this.addop(l, Op.GET_AITER);
    this.use(start);
    this.pushFblock(l, 'FOR_LOOP', start, end, null);
    this.jump(l, SETUP_FINALLY, except);
    this.addop(l, Op.GET_ANEXT);
    this.loadConst(l, NONE);
    this.addYieldFrom(l, true);
    this.addop(l, POP_BLOCK);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.jump(NO_LOCATION, JUMP, start);
    this.popFblock();
    this.use(except);
    l = loc(s.iter);
    this.addop(l, Op.END_ASYNC_FOR);
    this.visitStmts(s.orelse);
    this.use(end);
  }

  private compilerAssert(s: A.Assert): void {
    const end = this.label();
    this.jumpIf(loc(s), s.test, end, true);
    this.addop(loc(s), Op.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.addopI(loc(s), Op.CALL, 0);
    }
    // 3.13 raises at the test's location (its traceback marks the test)
    this.addopI(this.version === '3.13' ? loc(s.test) : loc(s), Op.RAISE_VARARGS, 1);
    this.use(end);
  }

  private compilerImport(s: A.Import): void {
    const l = loc(s);
    for (const alias of s.names) {
      this.loadConst(l, mkInt(0));
      this.loadConst(l, NONE);
      this.addName(Op.IMPORT_NAME, alias.name, l);
      if (alias.asname) {
        const name = alias.name;
        let dot = name.indexOf('.');
        if (dot !== -1) {
          for (;;) {
            const pos = dot + 1;
            dot = name.indexOf('.', pos);
            const attr = name.slice(pos, dot !== -1 ? dot : name.length);
            this.addopI(l, Op.IMPORT_FROM, this.u.names.add(attr));
            if (dot === -1) break;
            this.addopI(l, Op.SWAP, 2);
            this.addop(l, Op.POP_TOP);
          }
          this.nameop(l, alias.asname, 'Store');
          this.addop(l, Op.POP_TOP);
        } else this.nameop(l, alias.asname, 'Store');
      } else {
        const dot = alias.name.indexOf('.');
        this.nameop(l, dot !== -1 ? alias.name.slice(0, dot) : alias.name, 'Store');
      }
    }
  }

  private compilerFromImport(s: A.ImportFrom): void {
    const l = loc(s);
    this.loadConst(l, mkInt(s.level));
    if (s.module === '__future__' && locationIsAfter(l, this.future.location)) {
      this.error('from __future__ imports must occur at the beginning of the file', l);
    }
    this.loadConst(l, { kind: 'tuple', items: s.names.map((a) => mkStr(a.name)) });
    this.addName(Op.IMPORT_NAME, s.module ?? '', l);
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i];
      if (i === 0 && alias.name === '*') {
        this.addopI(l, Op.CALL_INTRINSIC_1, INTRINSIC.IMPORT_STAR);
        this.addop(NO_LOCATION, Op.POP_TOP);
        return;
      }
      this.addName(Op.IMPORT_FROM, alias.name, l);
      this.nameop(l, alias.asname ?? alias.name, 'Store');
    }
    this.addop(l, Op.POP_TOP);
  }

  private compilerAugassign(s: A.AugAssign): void {
    const e = s.target;
    let l = loc(e);
    switch (e._type) {
      case 'Attribute':
        this.visitExpr(e.value);
        this.addopI(l, Op.COPY, 1);
        l = this.updateStartLocationToMatchAttr(l, e);
        this.addName(Op.LOAD_ATTR, e.attr, l);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        if (isTwoElementSlice(e.slice)) {
          this.compilerSlice(e.slice as A.Slice);
          this.addopI(l, Op.COPY, 3);
          this.addopI(l, Op.COPY, 3);
          this.addopI(l, Op.COPY, 3);
          this.addop(l, Op.BINARY_SLICE);
        } else {
          this.visitExpr(e.slice);
          this.addopI(l, Op.COPY, 2);
          this.addopI(l, Op.COPY, 2);
          this.addop(l, Op.BINARY_SUBSCR);
        }
        break;
      case 'Name':
        this.nameop(l, e.id, 'Load');
        break;
    }
    this.visitExpr(s.value);
    this.addopI(loc(s), Op.BINARY_OP, INPLACE[s.op]);
    l = loc(e);
    switch (e._type) {
      case 'Attribute':
        l = this.updateStartLocationToMatchAttr(l, e);
        this.addopI(l, Op.SWAP, 2);
        this.addName(Op.STORE_ATTR, e.attr, l);
        break;
      case 'Subscript':
        if (isTwoElementSlice(e.slice)) {
          this.addopI(l, Op.SWAP, 4);
          this.addopI(l, Op.SWAP, 3);
          this.addopI(l, Op.SWAP, 2);
          this.addop(l, Op.STORE_SLICE);
        } else {
          this.addopI(l, Op.SWAP, 3);
          this.addopI(l, Op.SWAP, 2);
          this.addop(l, Op.STORE_SUBSCR);
        }
        break;
      case 'Name':
        this.nameop(l, e.id, 'Store');
        break;
    }
  }

  private checkAnnExpr(e: E): void {
    this.visitExpr(e);
    this.addop(loc(e), Op.POP_TOP);
  }
  private checkAnnSubscr(e: E): void {
    if (e._type === 'Slice') {
      if (e.lower) this.checkAnnExpr(e.lower);
      if (e.upper) this.checkAnnExpr(e.upper);
      if (e.step) this.checkAnnExpr(e.step);
    } else if (e._type === 'Tuple') {
      for (const x of e.elts) this.checkAnnSubscr(x);
    } else this.checkAnnExpr(e);
  }

  private compilerAnnassign(s: A.AnnAssign): void {
    const l = loc(s);
    const targ = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(targ);
    }
    const isModOrClass = this.u.scopeType === 'module' || this.u.scopeType === 'class';
    switch (targ._type) {
      case 'Name':
        if (s.simple && isModOrClass) {
          if (this.future.annotations) this.loadConst(loc(s.annotation), mkStr(unparseExpr(s.annotation)));
          else this.visitExpr(s.annotation);
          this.addName(Op.LOAD_NAME, '__annotations__', l);
          this.loadConst(l, mkStr(mangle(this.u.privateName, targ.id)));
          this.addop(l, Op.STORE_SUBSCR);
        }
        break;
      case 'Attribute':
        if (!s.value) this.checkAnnExpr(targ.value);
        break;
      case 'Subscript':
        if (!s.value) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
    }
    if (!s.simple && isModOrClass && !this.future.annotations) this.checkAnnExpr(s.annotation);
  }

  // ------------------------------------------------------------------------------------------- functions
  private defaultArguments(l: Loc, args: A.Arguments): number {
    let funcflags = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.visitExpr(d);
      this.addopI(l, Op.BUILD_TUPLE, args.defaults.length);
      funcflags |= 0x01;
    }
    if (args.kwonlyargs.length) {
      const keys: ConstSpec[] = [];
      for (let i = 0; i < args.kwonlyargs.length; i++) {
        const d = args.kw_defaults[i];
        if (d) {
          keys.push(mkStr(mangle(this.u.privateName, args.kwonlyargs[i].arg)));
          this.visitExpr(d);
        }
      }
      if (keys.length) {
        this.loadConst(l, { kind: 'tuple', items: keys });
        this.addopI(l, Op.BUILD_CONST_KEY_MAP, keys.length);
        funcflags |= 0x02;
      }
    }
    return funcflags;
  }

  private visitAnnotations(l: Loc, args: A.Arguments, returns: E | null): boolean {
    let n = 0;
    const one = (id: string, ann: E | null): void => {
      if (!ann) return;
      this.loadConst(l, mkStr(mangle(this.u.privateName, id)));
      if (this.future.annotations) this.loadConst(loc(ann), mkStr(unparseExpr(ann)));
      else if (ann._type === 'Starred') {
        this.visitExpr(ann.value);
        this.addopI(l, Op.UNPACK_SEQUENCE, 1);
      } else this.visitExpr(ann);
      n += 2;
    };
    for (const a of args.args) one(a.arg, a.annotation);
    for (const a of args.posonlyargs) one(a.arg, a.annotation);
    if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) one(a.arg, a.annotation);
    if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
    one('return', returns);
    if (n) {
      this.addopI(l, Op.BUILD_TUPLE, n);
      return true;
    }
    return false;
  }

  private compilerFunction(s: A.FunctionDef, isAsync: boolean): void {
    for (const d of s.decorator_list) this.visitExpr(d);
    let firstlineno = s.lineno;
    if (s.decorator_list.length) firstlineno = s.decorator_list[0].lineno;
    const l = loc(s);
    const generic = s.type_params.length > 0;
    // PEP 695: the function is made (and returned) by a hidden `<generic parameters of f>` function that
    // first creates the type parameters; the defaults are evaluated outside and passed in as arguments
    if (generic) this.addop(l, Op.PUSH_NULL);
    let funcflags = this.defaultArguments(l, s.args);
    let numTypeParamArgs = 0;
    if (generic) {
      if (funcflags & 0x01) numTypeParamArgs++;
      if (funcflags & 0x02) numTypeParamArgs++;
      if (numTypeParamArgs === 2) this.addopI(l, Op.SWAP, 2);
      this.enterScope(`<generic parameters of ${s.name}>`, 'typeparams', s.type_params, firstlineno);
      this.typeParams(s.type_params);
      for (let i = 0; i < numTypeParamArgs; i++) this.addopI(l, Op.LOAD_FAST, i);
    }
    if (this.visitAnnotations(l, s.args, s.returns)) funcflags |= 0x04;
    this.functionBody(s, isAsync, funcflags, firstlineno);
    if (generic) {
      this.addopI(l, Op.SWAP, 2);
      this.addopI(l, Op.CALL_INTRINSIC_2, INTRINSIC2.SET_FUNCTION_TYPE_PARAMS);
      this.u.argcount = numTypeParamArgs;
      const co = this.assemble(false);
      this.exitScope();
      this.makeClosure(l, co, 0);
      if (numTypeParamArgs > 0) this.addopI(l, Op.SWAP, numTypeParamArgs + 1);
      this.addopI(l, Op.CALL, numTypeParamArgs);
    }
    this.applyDecorators(s.decorator_list);
    this.nameop(l, s.name, 'Store');
  }

  /** compiler_type_params: create each type parameter, bind it in the current (type-params) scope, and
   * leave the tuple of them on the stack. */
  private typeParams(params: A.TypeParam[]): void {
    let seenDefault = false;
    for (const tp of params) {
      const l = loc(tp);
      this.loadConst(l, mkStr(tp.name));
      if (tp._type === 'TypeVar') {
        if (tp.bound) {
          const bound = tp.bound;
          this.typeParamBoundOrDefault(bound, tp.name, tp, l, false);
          this.addopI(l, Op.CALL_INTRINSIC_2, bound._type === 'Tuple' ? INTRINSIC2.TYPEVAR_WITH_CONSTRAINTS : INTRINSIC2.TYPEVAR_WITH_BOUND);
        } else this.addopI(l, Op.CALL_INTRINSIC_1, INTRINSIC.TYPEVAR);
      } else {
        this.addopI(l, Op.CALL_INTRINSIC_1, tp._type === 'ParamSpec' ? INTRINSIC.PARAMSPEC : INTRINSIC.TYPEVARTUPLE);
      }
      // PEP 696 (3.13): a lazily evaluated default; once one parameter has a default, all later ones need one
      if (tp.default_value) {
        seenDefault = true;
        this.typeParamBoundOrDefault(tp.default_value, tp.name, typeParamDefaultKey(tp), l, tp._type === 'TypeVarTuple');
        this.addopI(l, Op.CALL_INTRINSIC_2, INTRINSIC2.SET_TYPEPARAM_DEFAULT);
      } else if (seenDefault) {
        this.error(`non-default type parameter '${tp.name}' follows default type parameter`, l);
      }
      this.addopI(l, Op.COPY, 1);
      this.nameop(l, tp.name, 'Store');
    }
    this.addopI(loc(params[0]), Op.BUILD_TUPLE, params.length);
  }

  /**
   * compiler_type_param_bound_or_default: the function that evaluates a bound, constraints or default
   * (a TypeVarTuple's `*default` is unpacked: UNPACK_SEQUENCE 1). 3.12 locates its return and the closure at
   * the parameter, 3.13 at the expression.
   */
  private typeParamBoundOrDefault(e: E, name: string, key: object, paramLoc: Loc, allowStarred: boolean): void {
    const l = this.version === '3.13' ? loc(e) : paramLoc;
    this.enterScope(name, 'typeparams', key, e.lineno);
    if (allowStarred && e._type === 'Starred') {
      this.visitExpr(e.value);
      this.addopI(loc(e), Op.UNPACK_SEQUENCE, 1);
    } else this.visitExpr(e);
    this.addop(l, Op.RETURN_VALUE);
    const co = this.assemble(true);
    this.exitScope();
    this.makeClosure(l, co, 0);
  }

  /** compiler_typealias: `type X[T] = v` makes a TypeAliasType whose value is computed lazily by a function. */
  private compilerTypealias(s: A.TypeAlias): void {
    const l = loc(s);
    const name = s.name.id;
    const generic = s.type_params.length > 0;
    if (generic) {
      this.addop(l, Op.PUSH_NULL);
      this.enterScope(`<generic parameters of ${name}>`, 'typeparams', s.type_params, l.lineno);
      this.loadConst(l, mkStr(name));
      this.typeParams(s.type_params);
    } else {
      this.loadConst(l, mkStr(name));
      this.loadConst(l, NONE);
    }
    // compiler_typealias_body
    this.enterScope(name, 'function', s, l.lineno);
    // None is the first constant so that the evaluate function has no docstring
    this.u.consts.add(NONE);
    this.visitExpr(s.value);
    this.addop(l, Op.RETURN_VALUE);
    const body = this.assemble(false);
    this.exitScope();
    this.makeClosure(l, body, 0);
    this.addopI(l, Op.BUILD_TUPLE, 3);
    this.addopI(l, Op.CALL_INTRINSIC_1, INTRINSIC.TYPEALIAS);
    if (generic) {
      const co = this.assemble(false);
      this.exitScope();
      this.makeClosure(l, co, 0);
      this.addopI(l, Op.CALL, 0);
    }
    this.nameop(l, name, 'Store');
  }

  /** compiler_function_body: compile the body into a code object and make the function from it. */
  private functionBody(s: A.FunctionDef, isAsync: boolean, funcflags: number, firstlineno: number): void {
    const l = loc(s);
    this.enterScope(s.name, isAsync ? 'async' : 'function', s, firstlineno);
    const doc = getDocString(s.body);
    this.u.consts.add(doc ? this.docConst(doc) : NONE);
    this.u.argcount = s.args.args.length;
    this.u.posonlyargcount = s.args.posonlyargs.length;
    this.u.kwonlyargcount = s.args.kwonlyargs.length;
    for (let i = doc ? 1 : 0; i < s.body.length; i++) this.visitStmt(s.body[i]);
    if (this.u.ste.coroutine || this.u.ste.generator) this.wrapInStopIterationHandler();
    const co = this.assemble(true);
    this.exitScope();
    this.makeClosure(l, co, funcflags);
  }

  private wrapInStopIterationHandler(): void {
    const handler = this.label();
    this.u.cfg.insertFirst(SETUP_CLEANUP, 0, NO_LOCATION, handler);
    this.u.stopIterationHandler = handler;
    this.loadConst(NO_LOCATION, NONE);
    this.addop(NO_LOCATION, Op.RETURN_VALUE);
    this.use(handler);
    this.addopI(NO_LOCATION, Op.CALL_INTRINSIC_1, INTRINSIC.STOPITERATION_ERROR);
    this.addopI(NO_LOCATION, Op.RERAISE, 1);
  }

  private applyDecorators(decos: E[]): void {
    for (let i = decos.length - 1; i >= 0; i--) this.addopI(loc(decos[i]), Op.CALL, 0);
  }

  private getRefType(name: string): number {
    if (this.u.scopeType === 'class' && (name === '__class__' || name === '__classdict__')) return CELL;
    const scope = this.u.ste.getScope(name);
    if (scope === 0) throw new Error(`compiler: no scope for ${name} in ${this.u.name}`);
    return scope;
  }

  private makeClosure(l: Loc, co: CodeSpec, flags: number): void {
    const nfree = co.co_localspluskinds.filter((k) => k & 0x80).length;
    if (nfree) {
      const first = co.co_localsplusnames.length - nfree;
      for (let i = first; i < co.co_localsplusnames.length; i++) {
        const name = co.co_localsplusnames[i];
        const reftype = this.getRefType(name);
        const arg = reftype === CELL ? this.u.cellvars.get(name) : this.u.freevars.get(name);
        if (arg === undefined) throw new Error(`compiler: lookup ${name} failed`);
        this.addopI(l, Op.LOAD_CLOSURE, reftype === CELL ? arg : arg + this.u.cellvars.size);
      }
      flags |= 0x08;
      this.addopI(l, Op.BUILD_TUPLE, nfree);
    }
    this.loadConst(l, { kind: 'code', code: co });
    this.addopI(l, Op.MAKE_FUNCTION, flags);
  }

  private compilerLambda(e: A.Lambda): void {
    const l = loc(e);
    const funcflags = this.defaultArguments(l, e.args);
    this.enterScope('<lambda>', 'lambda', e, e.lineno);
    this.u.consts.add(NONE);
    this.u.argcount = e.args.args.length;
    this.u.posonlyargcount = e.args.posonlyargs.length;
    this.u.kwonlyargcount = e.args.kwonlyargs.length;
    this.visitExpr(e.body);
    let co: CodeSpec;
    if (this.u.ste.generator) {
      co = this.assemble(false);
    } else {
      this.addop(LOCATION(e.lineno, e.lineno, 0, 0), Op.RETURN_VALUE);
      co = this.assemble(true);
    }
    this.exitScope();
    this.makeClosure(l, co, funcflags);
  }

  private compilerClass(s: A.ClassDef): void {
    for (const d of s.decorator_list) this.visitExpr(d);
    let firstlineno = s.lineno;
    if (s.decorator_list.length) firstlineno = s.decorator_list[0].lineno;
    const l = loc(s);
    const generic = s.type_params.length > 0;
    // PEP 695: a hidden `<generic parameters of C>` function creates the type parameters, evaluates the
    // bases (plus Generic[*params]) and builds the class
    if (generic) {
      // 3.12 (not 3.13) also sets the *enclosing* unit's private name here, so later `__x` names in that
      // scope are mangled with this class's name (CPython 3.12's compiler_class: Py_XSETREF(c->u->u_private))
      if (this.version === '3.12') this.u.privateName = s.name;
      this.addop(l, Op.PUSH_NULL);
      this.enterScope(`<generic parameters of ${s.name}>`, 'typeparams', s.type_params, firstlineno);
      this.u.privateName = s.name;
      this.typeParams(s.type_params);
      this.nameop(l, '.type_params', 'Store');
    }
    this.classBody(s, firstlineno);
    if (generic) {
      this.nameop(l, '.type_params', 'Load');
      this.addopI(l, Op.CALL_INTRINSIC_1, INTRINSIC.SUBSCRIPT_GENERIC);
      this.nameop(l, '.generic_base', 'Store');
      const genericBase: A.Name = { _type: 'Name', id: '.generic_base', ctx: 'Load', ...l } as A.Name;
      this.callHelper(l, 2, [...s.bases, genericBase], s.keywords);
      const co = this.assemble(false);
      this.exitScope();
      this.makeClosure(l, co, 0);
      this.addopI(l, Op.CALL, 0);
    } else this.callHelper(l, 2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.nameop(l, s.name, 'Store');
  }

  /** compiler_class_body: the class body function; leaves __build_class__, NULL, it and the name pushed. */
  private classBody(s: A.ClassDef, firstlineno: number): void {
    const l = loc(s);
    // compiler_class_body
    this.enterScope(s.name, 'class', s, firstlineno);
    const bl = LOCATION(firstlineno, firstlineno, 0, 0);
    this.u.privateName = s.name;
    if (this.flags.staticAttributes) this.u.staticAttributes = new Set();
    this.nameop(bl, '__name__', 'Load');
    this.nameop(bl, '__module__', 'Store');
    const qualname = mkStr(this.u.qualname);
    // compiler_class_body loads u_qualname itself: unless the cache had an equal str, the constant is that object
    const qi = this.u.consts.add(qualname);
    if (this.u.consts.items[qi] === qualname) this.u.qualnameConst = qualname;
    this.addopI(bl, Op.LOAD_CONST, qi);
    this.nameop(bl, '__qualname__', 'Store');
    if (this.flags.classFirstlineno) {
      this.loadConst(bl, mkInt(firstlineno));
      this.nameop(bl, '__firstlineno__', 'Store');
    }
    if (s.type_params.length > 0) {
      this.nameop(bl, '.type_params', 'Load');
      this.nameop(bl, '__type_params__', 'Store');
    }
    if (this.u.ste.needsClassdict) {
      this.addop(bl, Op.LOAD_LOCALS);
      this.addopI(bl, Op.STORE_DEREF, this.u.cellvars.get('__classdict__')!);
    }
    this.body(bl, s.body);
    if (this.u.staticAttributes) {
      const names = [...this.u.staticAttributes].sort(cmpStr);
      this.loadConst(NO_LOCATION, { kind: 'tuple', items: names.map(mkStr) });
      this.nameop(NO_LOCATION, '__static_attributes__', 'Store');
    }
    if (this.u.ste.needsClassdict) {
      this.addopI(NO_LOCATION, Op.LOAD_CLOSURE, this.u.cellvars.get('__classdict__')!);
      this.nameop(NO_LOCATION, '__classdictcell__', 'Store');
    }
    if (this.u.ste.needsClassClosure) {
      this.addopI(NO_LOCATION, Op.LOAD_CLOSURE, this.u.cellvars.get('__class__')!);
      this.addopI(NO_LOCATION, Op.COPY, 1);
      this.nameop(NO_LOCATION, '__classcell__', 'Store');
    } else this.loadConst(NO_LOCATION, NONE);
    this.addop(NO_LOCATION, Op.RETURN_VALUE);
    const co = this.assemble(true);
    this.exitScope();
    // back in the enclosing scope
    this.addop(l, Op.PUSH_NULL);
    this.addop(l, Op.LOAD_BUILD_CLASS);
    this.makeClosure(l, co, 0);
    this.loadConst(l, mkStr(s.name));
  }

  // ------------------------------------------------------------------------------------------- expressions
  private visitExpr(e: E): void {
    const l = loc(e);
    switch (e._type) {
      case 'NamedExpr':
        this.visitExpr(e.value);
        this.addopI(l, Op.COPY, 1);
        this.visitExpr(e.target);
        return;
      case 'BoolOp': {
        const jumpi = e.op === 'And' ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
        const end = this.label();
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) {
          this.visitExpr(e.values[i]);
          this.addopI(l, Op.COPY, 1);
          this.jump(l, jumpi, end);
          this.addop(l, Op.POP_TOP);
        }
        this.visitExpr(e.values[n]);
        this.use(end);
        return;
      }
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.addopI(l, Op.BINARY_OP, BINOP[e.op]);
        return;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        if (e.op === 'UAdd') this.addop(l, Op.UNARY_POSITIVE);
        else this.addop(l, e.op === 'Invert' ? Op.UNARY_INVERT : e.op === 'Not' ? Op.UNARY_NOT : Op.UNARY_NEGATIVE);
        return;
      case 'Lambda':
        return this.compilerLambda(e);
      case 'IfExp': {
        const end = this.label();
        const next = this.label();
        this.jumpIf(l, e.test, next, false);
        this.visitExpr(e.body);
        this.jump(NO_LOCATION, JUMP, end);
        this.use(next);
        this.visitExpr(e.orelse);
        this.use(end);
        return;
      }
      case 'Dict':
        return this.compilerDict(e);
      case 'Set':
        return this.starunpackHelper(l, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      case 'GeneratorExp':
        return this.compilerComprehension(e, 'genexp', '<genexpr>', e.generators, e.elt, null);
      case 'ListComp':
        return this.compilerComprehension(e, 'list', '<listcomp>', e.generators, e.elt, null);
      case 'SetComp':
        return this.compilerComprehension(e, 'set', '<setcomp>', e.generators, e.elt, null);
      case 'DictComp':
        return this.compilerComprehension(e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
      case 'Yield':
        if (!this.u.ste.isFunctionLike) this.error("'yield' outside function", l);
        if (e.value) this.visitExpr(e.value);
        else this.loadConst(l, NONE);
        this.addYield(l);
        return;
      case 'YieldFrom':
        if (!this.u.ste.isFunctionLike) this.error("'yield' outside function", l);
        if (this.u.scopeType === 'async') this.error("'yield from' inside async function", l);
        this.visitExpr(e.value);
        this.addop(l, Op.GET_YIELD_FROM_ITER);
        this.loadConst(l, NONE);
        this.addYieldFrom(l, false);
        return;
      case 'Await':
        if (!this.u.ste.isFunctionLike) this.error("'await' outside function", l);
        if (this.u.scopeType !== 'async' && this.u.scopeType !== 'comprehension') this.error("'await' outside async function", l);
        this.visitExpr(e.value);
        this.addopI(l, Op.GET_AWAITABLE, 0);
        this.loadConst(l, NONE);
        this.addYieldFrom(l, true);
        return;
      case 'Compare':
        return this.compilerCompare(e);
      case 'Call':
        return this.compilerCall(e);
      case 'Constant':
        this.loadConst(l, e.value);
        return;
      case 'JoinedStr': {
        const n = e.values.length;
        if (n > STACK_USE_GUIDELINE) {
          this.loadConst(l, mkStr(''));
          this.loadMethod('join', l);
          this.addopI(l, Op.BUILD_LIST, 0);
          for (const v of e.values) {
            this.visitExpr(v);
            this.addopI(l, Op.LIST_APPEND, 1);
          }
          this.addopI(l, Op.CALL, 1);
        } else {
          for (const v of e.values) this.visitExpr(v);
          if (n !== 1) this.addopI(l, Op.BUILD_STRING, n);
        }
        return;
      }
      case 'FormattedValue': {
        this.visitExpr(e.value);
        let oparg = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
        if (e.format_spec) {
          this.visitExpr(e.format_spec);
          oparg |= 4;
        }
        this.addopI(l, Op.FORMAT_VALUE, oparg);
        return;
      }
      case 'Attribute': {
        if (e.ctx === 'Load' && this.canOptimizeSuperCall(e)) {
          this.loadArgsForSuper(e.value as A.Call);
          const two = (e.value as A.Call).args.length > 0;
          const arg = this.u.names.add(mangle(this.u.privateName, e.attr));
          this.addopI(l, Op.LOAD_SUPER_ATTR, (arg << 2) | (two ? 2 : 0));
          this.addop(this.updateStartLocationToMatchAttr(l, e), Op.NOP);
          return;
        }
        this.maybeAddStaticAttribute(e);
        this.visitExpr(e.value);
        const al = this.updateStartLocationToMatchAttr(l, e);
        if (e.ctx === 'Load') this.addName(Op.LOAD_ATTR, e.attr, al);
        else if (e.ctx === 'Store') {
          if (e.attr === '__debug__') this.error('cannot assign to __debug__', al);
          this.addName(Op.STORE_ATTR, e.attr, al);
        } else this.addName(Op.DELETE_ATTR, e.attr, al);
        return;
      }
      case 'Subscript':
        this.visitExpr(e.value);
        if (isTwoElementSlice(e.slice) && e.ctx !== 'Del') {
          this.compilerSlice(e.slice as A.Slice);
          this.addop(l, e.ctx === 'Load' ? Op.BINARY_SLICE : Op.STORE_SLICE);
        } else {
          this.visitExpr(e.slice);
          this.addop(l, e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
        }
        return;
      case 'Starred':
        if (e.ctx === 'Store') this.error('starred assignment target must be in a list or tuple', l);
        return this.error("can't use starred expression here", l);
      case 'Slice': {
        const n = this.compilerSlice(e);
        this.addopI(l, Op.BUILD_SLICE, n);
        return;
      }
      case 'Name':
        return this.nameop(l, e.id, e.ctx);
      case 'List':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts, l);
        if (e.ctx === 'Load') return this.starunpackHelper(l, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
        for (const x of e.elts) this.visitExpr(x);
        return;
      case 'Tuple':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts, l);
        if (e.ctx === 'Load') return this.starunpackHelper(l, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        for (const x of e.elts) this.visitExpr(x);
        return;
    }
  }

  private maybeAddStaticAttribute(e: A.Attribute): void {
    if (e.ctx !== 'Store' || e.value._type !== 'Name' || e.value.id !== 'self') return;
    // 3.13 (compiler_maybe_add_static_attribute_to_class): the nearest enclosing class collects `self.X = ...`
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const u = this.stack[i];
      if (u.scopeType === 'class') {
        if (u.staticAttributes) u.staticAttributes.add(e.attr);
        return;
      }
    }
  }

  private compilerSlice(s: A.Slice): number {
    let n = 2;
    if (s.lower) this.visitExpr(s.lower);
    else this.loadConst(loc(s), NONE);
    if (s.upper) this.visitExpr(s.upper);
    else this.loadConst(loc(s), NONE);
    if (s.step) {
      n++;
      this.visitExpr(s.step);
    }
    return n;
  }

  private updateStartLocationToMatchAttr(l: Loc, attr: A.Attribute): Loc {
    if (l.lineno !== attr.end_lineno) {
      const r = { ...l };
      r.lineno = attr.end_lineno;
      const len = attr.attr.length;
      if (len <= attr.end_col_offset) r.col_offset = attr.end_col_offset - len;
      else {
        r.col_offset = -1;
        r.end_col_offset = -1;
      }
      r.end_lineno = Math.max(r.lineno, r.end_lineno);
      if (r.lineno === r.end_lineno) r.end_col_offset = Math.max(r.col_offset, r.end_col_offset);
      return r;
    }
    return l;
  }

  private assignmentHelper(elts: E[], l: Loc): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt._type === 'Starred' && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 2147483647 >> 8) this.error('too many expressions in star-unpacking assignment', l);
        this.addopI(l, Op.UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (elt._type === 'Starred') {
        this.error('multiple starred expressions in assignment', loc(elt));
      }
    }
    if (!seenStar) this.addopI(l, Op.UNPACK_SEQUENCE, n);
    for (const elt of elts) this.visitExpr(elt._type === 'Starred' ? elt.value : elt);
  }

  private starunpackHelper(l: Loc, elts: E[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x._type === 'Constant')) {
      const items = elts.map((x) => (x as A.Constant).value as ConstSpec);
      if (tuple && !pushed) {
        this.loadConst(l, { kind: 'tuple', items });
      } else {
        const folded: ConstSpec = add === Op.SET_ADD ? { kind: 'frozenset', items: dedupe(items) } : { kind: 'tuple', items };
        this.addopI(l, build, pushed);
        this.loadConst(l, folded);
        this.addopI(l, extend, 1);
        if (tuple) this.addop(l, Op.LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x._type === 'Starred');
    if (!seenStar && !big) {
      for (const x of elts) this.visitExpr(x);
      this.addopI(l, tuple ? Op.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.addopI(l, build, pushed);
      built = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt._type === 'Starred') {
        if (!built) {
          this.addopI(l, build, i + pushed);
          built = true;
        }
        this.visitExpr(elt.value);
        this.addopI(l, extend, 1);
      } else {
        this.visitExpr(elt);
        if (built) this.addopI(l, add, 1);
      }
    }
    if (tuple) this.addop(l, Op.LIST_TO_TUPLE);
  }

  private compilerSubdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const l = loc(e);
    let allConst = true;
    for (let i = begin; i < end; i++) if (e.keys[i]!._type !== 'Constant') allConst = false;
    if (n > 1 && !big && allConst) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]);
      const keys: ConstSpec[] = [];
      for (let i = begin; i < end; i++) keys.push((e.keys[i] as A.Constant).value);
      this.loadConst(l, { kind: 'tuple', items: keys });
      this.addopI(l, Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addopI(l, Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]);
      if (big) this.addopI(l, Op.MAP_ADD, 1);
    }
    if (!big) this.addopI(l, Op.BUILD_MAP, n);
  }

  private compilerDict(e: A.Dict): void {
    const l = loc(e);
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const isUnpacking = e.keys[i] === null;
      if (isUnpacking) {
        if (elements) {
          this.compilerSubdict(e, i - elements, i);
          if (haveDict) this.addopI(l, Op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addopI(l, Op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.visitExpr(e.values[i]);
        this.addopI(l, Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.compilerSubdict(e, i - elements, i + 1);
        if (haveDict) this.addopI(l, Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else elements++;
    }
    if (elements) {
      this.compilerSubdict(e, n - elements, n);
      if (haveDict) this.addopI(l, Op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.addopI(l, Op.BUILD_MAP, 0);
  }

  private addCompare(l: Loc, op: A.CmpOpKind): void {
    switch (op) {
      case 'Is':
        return this.addopI(l, Op.IS_OP, 0);
      case 'IsNot':
        return this.addopI(l, Op.IS_OP, 1);
      case 'In':
        return this.addopI(l, Op.CONTAINS_OP, 0);
      case 'NotIn':
        return this.addopI(l, Op.CONTAINS_OP, 1);
      case 'Eq':
        return this.addopI(l, Op.COMPARE_OP, CMP.EQ);
      case 'NotEq':
        return this.addopI(l, Op.COMPARE_OP, CMP.NE);
      case 'Lt':
        return this.addopI(l, Op.COMPARE_OP, CMP.LT);
      case 'LtE':
        return this.addopI(l, Op.COMPARE_OP, CMP.LE);
      case 'Gt':
        return this.addopI(l, Op.COMPARE_OP, CMP.GT);
      case 'GtE':
        return this.addopI(l, Op.COMPARE_OP, CMP.GE);
    }
  }

  /** check_compare: `x is 1` and friends warn (only the first literal operand of a chain). */
  private checkCompare(e: A.Compare): void {
    let left = isArgOk(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i];
      const right = isArgOk(e.comparators[i]);
      if ((op === 'Is' || op === 'IsNot') && (!left || !right)) {
        const literal = !left ? e.left : e.comparators[i];
        const [word, eq] = op === 'Is' ? ['is', '=='] : ['is not', '!='];
        const what = this.version === '3.11' ? 'a literal' : `'${inferTypeName(literal)}' literal`;
        this.warnings.push({ lineno: e.lineno, msg: `"${word}" with ${what}. Did you mean "${eq}"?`, loc: loc(e) });
        return;
      }
      left = right;
    }
  }

  private compilerCompare(e: A.Compare): void {
    const l = loc(e);
    this.checkCompare(e);
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]);
      this.addCompare(l, e.ops[0]);
      return;
    }
    const cleanup = this.label();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]);
      this.addopI(l, Op.SWAP, 2);
      this.addopI(l, Op.COPY, 2);
      this.addCompare(l, e.ops[i]);
      this.addopI(l, Op.COPY, 1);
      this.jump(l, Op.POP_JUMP_IF_FALSE, cleanup);
      this.addop(l, Op.POP_TOP);
    }
    this.visitExpr(e.comparators[n]);
    this.addCompare(l, e.ops[n]);
    const end = this.label();
    this.jump(NO_LOCATION, JUMP, end);
    this.use(cleanup);
    this.addopI(l, Op.SWAP, 2);
    this.addop(l, Op.POP_TOP);
    this.use(end);
  }

  private jumpIf(l: Loc, e: E, next: BasicBlock, cond: boolean): void {
    switch (e._type) {
      case 'UnaryOp':
        if (e.op === 'Not') return this.jumpIf(l, e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const s = e.values;
        const n = s.length - 1;
        const cond2 = e.op === 'Or';
        let next2 = next;
        if (!cond2 !== !cond) next2 = this.label();
        for (let i = 0; i < n; i++) this.jumpIf(l, s[i], next2, cond2);
        this.jumpIf(l, s[n], next, cond);
        if (next2 !== next) this.use(next2);
        return;
      }
      case 'IfExp': {
        const end = this.label();
        const next2 = this.label();
        this.jumpIf(l, e.test, next2, false);
        this.jumpIf(l, e.body, next, cond);
        this.jump(NO_LOCATION, JUMP, end);
        this.use(next2);
        this.jumpIf(l, e.orelse, next, cond);
        this.use(end);
        return;
      }
      case 'Compare': {
        const n = e.ops.length - 1;
        if (n > 0) {
          this.checkCompare(e);
          const el = loc(e);
          const cleanup = this.label();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.visitExpr(e.comparators[i]);
            this.addopI(el, Op.SWAP, 2);
            this.addopI(el, Op.COPY, 2);
            this.addCompare(el, e.ops[i]);
            this.jump(el, Op.POP_JUMP_IF_FALSE, cleanup);
          }
          this.visitExpr(e.comparators[n]);
          this.addCompare(el, e.ops[n]);
          this.jump(el, cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
          const end = this.label();
          this.jump(NO_LOCATION, JUMP, end);
          this.use(cleanup);
          this.addop(el, Op.POP_TOP);
          if (!cond) this.jump(NO_LOCATION, JUMP, next);
          this.use(end);
          return;
        }
        break;
      }
    }
    this.visitExpr(e);
    this.jump(loc(e), cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
  }

  // ------------------------------------------------------------------------------------------- calls
  private isImportOriginated(e: E): boolean {
    if (e._type !== 'Name') return false;
    return (this.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
  }

  private canOptimizeSuperCall(attr: A.Attribute): boolean {
    if (!this.flags.loadSuperAttr) return false;
    const e = attr.value;
    if (e._type !== 'Call' || e.func._type !== 'Name' || e.func.id !== 'super') return false;
    if (attr.attr === '__class__') return false;
    if (e.keywords.length) return false;
    const n = e.args.length;
    if (n !== 0 && n !== 2) return false;
    if (this.u.ste.getScope('super') !== GLOBAL_IMPLICIT) return false;
    // (as CPython's can_optimize_super_call: any use of the name `super` at module level, e.g. a
    // `super(C, obj)` there, turns the optimization off in the whole module)
    if (this.st.top.getScope('super') !== 0) return false;
    // the function has at least one positional argument (self) and __class__ is a free var
    if (this.u.ste.getScope('__class__') !== FREE) return false;
    if (n === 0) {
      const nargs = this.u.argcount + this.u.posonlyargcount;
      if (nargs === 0 || this.u.ste.varnames.length === 0) return false;
    }
    for (const a of e.args) if (a._type === 'Starred') return false;
    return true;
  }

  private loadArgsForSuper(e: A.Call): void {
    const superName = e.func as A.Name;
    this.visitExpr(superName);
    const l = loc(e);
    if (e.args.length === 2) {
      this.visitExpr(e.args[0]);
      this.visitExpr(e.args[1]);
    } else {
      this.nameop(l, '__class__', 'Load');
      const first = this.u.ste.varnames[0];
      if (first === undefined) this.error('super(): no arguments', l);
      this.nameop(l, first, 'Load');
    }
  }

  private compilerCall(e: A.Call): void {
    if (this.maybeOptimizeMethodCall(e)) return;
    // check_caller: calling a display or a literal is almost always a missing comma
    const f = e.func;
    if (f._type !== 'Lambda' && inferTypeName(f) !== null) {
      this.warnings.push({ lineno: f.lineno, msg: `'${inferTypeName(f)}' object is not callable; perhaps you missed a comma?`, loc: loc(f) });
    }
    const fl = loc(e.func);
    this.addop(fl, Op.PUSH_NULL);
    this.visitExpr(e.func);
    this.callHelper(loc(e), 0, e.args, e.keywords);
  }

  private maybeOptimizeMethodCall(e: A.Call): boolean {
    const meth = e.func;
    if (meth._type !== 'Attribute' || meth.ctx !== 'Load') return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = e.args.length;
    const kwdsl = e.keywords.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    for (const a of e.args) if (a._type === 'Starred') return false;
    for (const k of e.keywords) if (k.arg === null) return false;
    let l = loc(meth);
    if (this.canOptimizeSuperCall(meth)) {
      this.loadArgsForSuper(meth.value as A.Call);
      const two = (meth.value as A.Call).args.length > 0;
      const arg = this.u.names.add(mangle(this.u.privateName, meth.attr));
      this.addopI(l, Op.LOAD_SUPER_ATTR, (arg << 2) | (two ? 2 : 0) | 1);
      l = this.updateStartLocationToMatchAttr(l, meth);
      this.addop(l, Op.NOP);
    } else {
      this.visitExpr(meth.value);
      l = this.updateStartLocationToMatchAttr(l, meth);
      this.loadMethod(meth.attr, l);
    }
    for (const a of e.args) this.visitExpr(a);
    if (kwdsl) {
      for (const k of e.keywords) this.visitExpr(k.value);
      this.kwNames(l, e.keywords);
    }
    l = this.updateStartLocationToMatchAttr(loc(e), meth);
    this.addopI(l, Op.CALL, argsl + kwdsl);
    return true;
  }

  private kwNames(l: Loc, kws: A.Keyword[]): void {
    const names: ConstSpec = { kind: 'tuple', items: kws.map((k) => mkStr(k.arg!)) };
    this.addopI(l, Op.KW_NAMES, this.u.consts.add(names));
  }

  private validateKeywords(kws: A.Keyword[]): void {
    for (let i = 0; i < kws.length; i++) {
      const k = kws[i];
      if (k.arg === null) continue;
      if (k.arg === '__debug__') this.error('cannot assign to __debug__', loc(k));
      for (let j = i + 1; j < kws.length; j++) {
        if (kws[j].arg === k.arg) this.error(`keyword argument repeated: ${k.arg}`, loc(kws[j]));
      }
    }
  }

  private callHelper(l: Loc, n: number, args: E[], keywords: A.Keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    let exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
    if (!exCall) for (const a of args) if (a._type === 'Starred') exCall = true;
    if (!exCall) for (const k of keywords) if (k.arg === null) exCall = true;
    if (!exCall) {
      for (const a of args) this.visitExpr(a);
      if (nkwelts) {
        for (const k of keywords) this.visitExpr(k.value);
        this.kwNames(l, keywords);
      }
      this.addopI(l, Op.CALL, n + nelts + nkwelts);
      return;
    }
    if (n === 0 && nelts === 1 && args[0]._type === 'Starred') this.visitExpr((args[0] as A.Starred).value);
    else this.starunpackHelper(l, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i];
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(l, keywords, i - nseen, i);
            if (haveDict) this.addopI(l, Op.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addopI(l, Op.BUILD_MAP, 0);
            haveDict = true;
          }
          this.visitExpr(kw.value);
          this.addopI(l, Op.DICT_MERGE, 1);
        } else nseen++;
      }
      if (nseen) {
        this.subkwargs(l, keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.addopI(l, Op.DICT_MERGE, 1);
        haveDict = true;
      }
    }
    this.addopI(l, Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  private subkwargs(l: Loc, kws: A.Keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(kws[i].value);
      const keys: ConstSpec[] = [];
      for (let i = begin; i < end; i++) keys.push(mkStr(kws[i].arg!));
      this.loadConst(l, { kind: 'tuple', items: keys });
      this.addopI(l, Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addopI(NO_LOCATION, Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.loadConst(l, mkStr(kws[i].arg!));
      this.visitExpr(kws[i].value);
      if (big) this.addopI(NO_LOCATION, Op.MAP_ADD, 1);
    }
    if (!big) this.addopI(l, Op.BUILD_MAP, n);
  }

  private addYieldFrom(l: Loc, isAwait: boolean): void {
    const send = this.label();
    const fail = this.label();
    const exit = this.label();
    this.use(send);
    this.jump(l, Op.SEND, exit);
    this.jump(l, SETUP_FINALLY, fail);
    this.addopI(l, Op.YIELD_VALUE, 0);
    this.addop(NO_LOCATION, POP_BLOCK);
    this.addopI(l, Op.RESUME, isAwait ? 3 : 2);
    this.jump(l, JUMP_NO_INTERRUPT, send);
    this.use(fail);
    this.u.cleanupThrowHandlers.push(fail);
    this.addop(l, Op.CLEANUP_THROW);
    this.use(exit);
    this.addop(l, Op.END_SEND);
  }

  // ------------------------------------------------------------------------------------------- comprehensions
  private compilerComprehension(
    e: E,
    type: 'list' | 'set' | 'dict' | 'genexp',
    name: string,
    generators: A.Comprehension[],
    elt: E,
    val: E | null,
  ): void {
    const entry = this.st.lookup(e);
    const isInlined = entry.compInlined;
    const isAsyncGenerator = entry.coroutine;
    const scopeType = this.u.scopeType;
    const l = loc(e);
    const outermost = generators[0];
    let state: InlineState | null = null;
    if (isInlined) {
      this.visitExpr(outermost.iter);
      this.addop(l, outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
      state = this.pushInlinedComprehensionState(l, entry);
    } else {
      this.enterScope(name, 'comprehension', e, e.lineno);
    }
    if (isAsyncGenerator && type !== 'genexp' && scopeType !== 'async' && scopeType !== 'comprehension') {
      this.error('asynchronous comprehension outside of an asynchronous function', l);
    }
    if (type !== 'genexp') {
      this.addopI(l, type === 'list' ? Op.BUILD_LIST : type === 'set' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
      if (isInlined) this.addopI(l, Op.SWAP, 2);
    }
    this.comprehensionGenerator(l, generators, 0, 0, elt, val, type, isInlined);
    if (isInlined) {
      this.popInlinedComprehensionState(l, state!);
      return;
    }
    if (type !== 'genexp') this.addop(l, Op.RETURN_VALUE);
    if (type === 'genexp') this.wrapInStopIterationHandler();
    // 3.11's assembler adds the implicit `return None` only when the last block does not return already
    const co = this.assemble(type === 'genexp');
    this.exitScope();
    this.makeClosure(l, co, 0);
    this.visitExpr(outermost.iter);
    this.addop(l, outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
    this.addopI(l, Op.CALL, 0);
    if (isAsyncGenerator && type !== 'genexp') {
      this.addopI(l, Op.GET_AWAITABLE, 0);
      this.loadConst(l, NONE);
      this.addYieldFrom(l, true);
    }
  }

  private comprehensionGenerator(
    l: Loc,
    generators: A.Comprehension[],
    genIndex: number,
    depth: number,
    elt: E,
    val: E | null,
    type: 'list' | 'set' | 'dict' | 'genexp',
    iterOnStack: boolean,
  ): void {
    if (generators[genIndex].is_async) return this.asyncComprehensionGenerator(l, generators, genIndex, depth, elt, val, type, iterOnStack);
    let start: BasicBlock | null = this.label();
    const ifCleanup = this.label();
    const anchor = this.label();
    const gen = generators[genIndex];
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.u.argcount = 1;
        this.addopI(l, Op.LOAD_FAST, 0);
      } else {
        const it = gen.iter;
        const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
        if (elts && elts.length === 1 && elts[0]._type !== 'Starred') {
          this.visitExpr(elts[0]);
          start = null;
        }
        if (start) {
          this.visitExpr(gen.iter);
          this.addop(l, Op.GET_ITER);
        }
      }
    }
    if (start) {
      depth++;
      this.use(start);
      this.jump(l, Op.FOR_ITER, anchor);
    }
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(l, cond, ifCleanup, false);
    if (++genIndex < generators.length) {
      this.comprehensionGenerator(l, generators, genIndex, depth, elt, val, type, false);
    }
    let eltLoc = loc(elt);
    if (genIndex >= generators.length) {
      switch (type) {
        case 'genexp':
          this.visitExpr(elt);
          this.addYield(eltLoc);
          this.addop(eltLoc, Op.POP_TOP);
          break;
        case 'list':
          this.visitExpr(elt);
          this.addopI(eltLoc, Op.LIST_APPEND, depth + 1);
          break;
        case 'set':
          this.visitExpr(elt);
          this.addopI(eltLoc, Op.SET_ADD, depth + 1);
          break;
        case 'dict':
          this.visitExpr(elt);
          this.visitExpr(val!);
          eltLoc = LOCATION(elt.lineno, val!.end_lineno, elt.col_offset, val!.end_col_offset);
          this.addopI(eltLoc, Op.MAP_ADD, depth + 1);
          break;
      }
    }
    this.use(ifCleanup);
    if (start) {
      this.jump(eltLoc, JUMP, start);
      this.use(anchor);
      this.addop(NO_LOCATION, Op.END_FOR);
    }
  }

  /** addop_yield: async generators wrap the yielded value (CALL_INTRINSIC_1 ASYNC_GEN_WRAP). */
  private addYield(l: Loc): void {
    if (this.u.ste.generator && this.u.ste.coroutine) this.addopI(l, Op.CALL_INTRINSIC_1, INTRINSIC.ASYNC_GEN_WRAP);
    this.addopI(l, Op.YIELD_VALUE, 0);
    this.addopI(l, Op.RESUME, 1);
  }

  private asyncComprehensionGenerator(
    l: Loc,
    generators: A.Comprehension[],
    genIndex: number,
    depth: number,
    elt: E,
    val: E | null,
    type: 'list' | 'set' | 'dict' | 'genexp',
    iterOnStack: boolean,
  ): void {
    const start = this.label();
    const except = this.label();
    const ifCleanup = this.label();
    const gen = generators[genIndex];
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.u.argcount = 1;
        this.addopI(l, Op.LOAD_FAST, 0);
      } else {
        this.visitExpr(gen.iter);
        this.addop(l, Op.GET_AITER);
      }
    }
    this.use(start);
    this.pushFblock(l, 'ASYNC_COMPREHENSION_GENERATOR', start, null, null);
    this.jump(l, SETUP_FINALLY, except);
    this.addop(l, Op.GET_ANEXT);
    this.loadConst(l, NONE);
    this.addYieldFrom(l, true);
    this.addop(l, POP_BLOCK);
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(l, cond, ifCleanup, false);
    depth++;
    if (++genIndex < generators.length) {
      this.comprehensionGenerator(l, generators, genIndex, depth, elt, val, type, false);
    }
    let eltLoc = loc(elt);
    if (genIndex >= generators.length) {
      switch (type) {
        case 'genexp':
          this.visitExpr(elt);
          this.addYield(eltLoc);
          this.addop(eltLoc, Op.POP_TOP);
          break;
        case 'list':
          this.visitExpr(elt);
          this.addopI(eltLoc, Op.LIST_APPEND, depth + 1);
          break;
        case 'set':
          this.visitExpr(elt);
          this.addopI(eltLoc, Op.SET_ADD, depth + 1);
          break;
        case 'dict':
          this.visitExpr(elt);
          this.visitExpr(val!);
          eltLoc = LOCATION(elt.lineno, val!.end_lineno, elt.col_offset, val!.end_col_offset);
          this.addopI(eltLoc, Op.MAP_ADD, depth + 1);
          break;
      }
    }
    this.use(ifCleanup);
    this.jump(eltLoc, JUMP, start);
    this.popFblock();
    this.use(except);
    this.addop(l, Op.END_ASYNC_FOR);
  }

  private pushInlinedComprehensionState(l: Loc, entry: SymtableEntry): InlineState {
    const u = this.u;
    const inClassBlock = u.ste.type === 'class' && !u.inInlinedComp;
    u.inInlinedComp++;
    const state: InlineState = { pushedLocals: [], tempSymbols: new Map(), fastHidden: [], cleanup: null, end: null };
    for (const [k, symbol] of entry.symbols) {
      const scope = (symbol >> SCOPE_OFFSET) & 7;
      const outv = u.ste.symbols.get(k) ?? 0;
      const outsc = (outv >> SCOPE_OFFSET) & 7;
      if ((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
        // isolate names bound in the comprehension: save the outer value (or NULL), restored afterwards
        this.addopI(l, Op.LOAD_FAST_AND_CLEAR, u.varnames.add(mangle(u.privateName, k)));
        if (scope === CELL) {
          if (outsc === FREE) this.addopI(l, Op.MAKE_CELL, u.freevars.get(k)! + u.cellvars.size);
          else this.addopI(l, Op.MAKE_CELL, u.cellvars.get(k)!);
        }
        state.pushedLocals.push(k);
      }
      if (scope !== outsc && scope !== FREE && !(scope === CELL && outsc === FREE)) {
        // a name with a different scope inside the comprehension is compiled with its inner scope
        state.tempSymbols.set(k, outv);
        u.ste.symbols.set(k, symbol);
      }
      if (symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL) && !u.ste.isFunctionLike) {
        state.fastHidden.push(k);
        u.fasthidden.set(k, true);
      }
    }
    if (state.pushedLocals.length) {
      this.addopI(l, Op.SWAP, state.pushedLocals.length + 1);
      state.cleanup = this.label();
      state.end = this.label();
      this.jump(l, SETUP_FINALLY, state.cleanup);
    }
    return state;
  }

  private restoreInlinedComprehensionLocals(l: Loc, state: InlineState): void {
    const n = state.pushedLocals.length;
    this.addopI(l, Op.SWAP, n + 1);
    for (let i = n - 1; i >= 0; i--) {
      this.addopI(l, STORE_FAST_MAYBE_NULL, this.u.varnames.add(mangle(this.u.privateName, state.pushedLocals[i])));
    }
  }

  private popInlinedComprehensionState(l: Loc, state: InlineState): void {
    const u = this.u;
    u.inInlinedComp--;
    for (const [k, v] of state.tempSymbols) u.ste.symbols.set(k, v);
    if (state.pushedLocals.length) {
      this.addop(NO_LOCATION, POP_BLOCK);
      this.jump(NO_LOCATION, JUMP, state.end!);
      this.use(state.cleanup!);
      this.addopI(NO_LOCATION, Op.SWAP, 2);
      this.addop(NO_LOCATION, Op.POP_TOP);
      this.restoreInlinedComprehensionLocals(l, state);
      this.addopI(l, Op.RERAISE, 0);
      this.use(state.end!);
      this.restoreInlinedComprehensionLocals(l, state);
    }
    for (const k of state.fastHidden) u.fasthidden.set(k, false);
  }

  // ------------------------------------------------------------------------------------------- match
  // PEP 634 (CPython's compiler_pattern_* / pattern_helper_*). Every routine consumes TOS (the subject of
  // the pattern) and jumps to a fail_pop block on failure; `pc.onTop` counts the items kept on top of the
  // stack, which are popped on failure; captured values are rotated underneath them and stored only once
  // the whole pattern matched.

  /** 3.11 reports pattern errors at the location of the pattern entered last (its compiler's u_lineno). */
  private curPatLoc: Loc = NO_LOCATION;
  private patErrLoc(l: Loc): Loc {
    return this.version === '3.11' ? this.curPatLoc : l;
  }

  private ensureFailPop(pc: PatternContext, n: number): void {
    const size = n + 1;
    while (pc.failPop.length < size) pc.failPop.push(this.label());
  }

  private jumpToFailPop(l: Loc, pc: PatternContext, op: number): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.jump(l, op, pc.failPop[pops]);
  }

  private emitAndResetFailPop(l: Loc, pc: PatternContext): void {
    const fp = pc.failPop;
    if (!fp.length) return;
    for (let i = fp.length - 1; i > 0; i--) {
      this.use(fp[i]);
      this.addop(l, Op.POP_TOP);
    }
    this.use(fp[0]);
    pc.failPop = [];
  }

  private patternRotate(l: Loc, count: number): void {
    while (1 < count) this.addopI(l, Op.SWAP, count--);
  }

  private forbiddenStore(l: Loc, name: string): void {
    if (name === '__debug__') this.error('cannot assign to __debug__', l);
  }

  private patternStoreName(l: Loc, n: string | null, pc: PatternContext): void {
    if (n === null) {
      this.addop(l, Op.POP_TOP);
      return;
    }
    this.forbiddenStore(l, n);
    if (pc.stores.includes(n)) this.error(`multiple assignments to name '${n}' in pattern`, this.patErrLoc(l));
    this.patternRotate(l, pc.onTop + pc.stores.length + 1);
    pc.stores.push(n);
  }

  private patternUnpackHelper(l: Loc, elts: A.Pattern[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt._type === 'MatchStar' && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 2147483647 >> 8) this.error('too many expressions in star-unpacking sequence pattern', l);
        this.addopI(l, Op.UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (elt._type === 'MatchStar') {
        this.error('multiple starred expressions in sequence pattern', l);
      }
    }
    if (!seenStar) this.addopI(l, Op.UNPACK_SEQUENCE, n);
  }

  private patternSequenceUnpack(l: Loc, patterns: A.Pattern[], pc: PatternContext): void {
    this.patternUnpackHelper(l, patterns);
    const size = patterns.length;
    pc.onTop += size;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      this.patternSubpattern(patterns[i], pc);
    }
  }

  private patternSequenceSubscr(l: Loc, patterns: A.Pattern[], star: number, pc: PatternContext): void {
    pc.onTop++;
    const size = patterns.length;
    for (let i = 0; i < size; i++) {
      const pattern = patterns[i];
      if (isWildcard(pattern)) continue;
      if (i === star) continue;
      this.addopI(l, Op.COPY, 1);
      if (i < star) this.loadConst(l, mkInt(i));
      else {
        this.addop(l, Op.GET_LEN);
        this.loadConst(l, mkInt(size - i));
        this.addopI(l, Op.BINARY_OP, NB.SUBTRACT);
      }
      this.addop(l, Op.BINARY_SUBSCR);
      this.patternSubpattern(pattern, pc);
    }
    pc.onTop--;
    this.addop(l, Op.POP_TOP);
  }

  private patternSubpattern(p: A.Pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.compilerPattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  private patternAs(p: A.MatchAs, pc: PatternContext): void {
    const l = loc(p);
    if (p.pattern === null) {
      if (!pc.allowIrrefutable) {
        if (p.name !== null) this.error(`name capture '${p.name}' makes remaining patterns unreachable`, l);
        this.error('wildcard makes remaining patterns unreachable', l);
      }
      this.patternStoreName(l, p.name, pc);
      return;
    }
    pc.onTop++;
    this.addopI(l, Op.COPY, 1);
    this.compilerPattern(p.pattern, pc);
    pc.onTop--;
    this.patternStoreName(l, p.name, pc);
  }

  private patternClass(p: A.MatchClass, pc: PatternContext): void {
    const l = loc(p);
    const nargs = p.patterns.length;
    const nattrs = p.kwd_attrs.length;
    for (let i = 0; i < nattrs; i++) {
      const attr = p.kwd_attrs[i];
      this.forbiddenStore(loc(p.kwd_patterns[i]), attr);
      for (let j = i + 1; j < nattrs; j++) {
        if (p.kwd_attrs[j] === attr) this.error(`attribute name repeated in class pattern: ${attr}`, loc(p.kwd_patterns[j]));
      }
    }
    this.visitExpr(p.cls);
    this.loadConst(l, { kind: 'tuple', items: p.kwd_attrs.map(mkStr) });
    this.addopI(l, Op.MATCH_CLASS, nargs);
    this.addopI(l, Op.COPY, 1);
    this.loadConst(l, NONE);
    this.addopI(l, Op.IS_OP, 1);
    pc.onTop++;
    this.jumpToFailPop(l, pc, Op.POP_JUMP_IF_FALSE);
    this.addopI(l, Op.UNPACK_SEQUENCE, nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const pattern = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
      if (isWildcard(pattern)) {
        this.addop(l, Op.POP_TOP);
        continue;
      }
      this.patternSubpattern(pattern, pc);
    }
  }

  private patternMapping(p: A.MatchMapping, pc: PatternContext): void {
    const l = loc(p);
    const keys = p.keys;
    let size = keys.length;
    const starTarget = p.rest;
    pc.onTop++;
    this.addop(l, Op.MATCH_MAPPING);
    this.jumpToFailPop(l, pc, Op.POP_JUMP_IF_FALSE);
    if (!size && !starTarget) {
      pc.onTop--;
      this.addop(l, Op.POP_TOP);
      return;
    }
    if (size) {
      this.addop(l, Op.GET_LEN);
      this.loadConst(l, mkInt(size));
      this.addopI(l, Op.COMPARE_OP, CMP.GE);
      this.jumpToFailPop(l, pc, Op.POP_JUMP_IF_FALSE);
    }
    const seen = new Set<string>();
    for (let i = 0; i < size; i++) {
      const key = keys[i];
      if (key._type === 'Constant') {
        const k = setKey(key.value);
        if (k !== null) {
          if (seen.has(k)) this.error(`mapping pattern checks duplicate key (${constRepr(key.value)})`, l);
          seen.add(k);
        }
      } else if (key._type !== 'Attribute') {
        this.error('mapping pattern keys may only match literals and attribute lookups', l);
      }
      this.visitExpr(key);
    }
    this.addopI(l, Op.BUILD_TUPLE, size);
    this.addop(l, Op.MATCH_KEYS);
    pc.onTop += 2;
    this.addopI(l, Op.COPY, 1);
    this.loadConst(l, NONE);
    this.addopI(l, Op.IS_OP, 1);
    this.jumpToFailPop(l, pc, Op.POP_JUMP_IF_FALSE);
    this.addopI(l, Op.UNPACK_SEQUENCE, size);
    pc.onTop += size - 1;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      this.patternSubpattern(p.patterns[i], pc);
    }
    pc.onTop -= 2;
    if (starTarget) {
      this.addopI(l, Op.BUILD_MAP, 0);
      this.addopI(l, Op.SWAP, 3);
      this.addopI(l, Op.DICT_UPDATE, 2);
      this.addopI(l, Op.UNPACK_SEQUENCE, size);
      while (size) {
        this.addopI(l, Op.COPY, 1 + size--);
        this.addopI(l, Op.SWAP, 2);
        this.addop(l, Op.DELETE_SUBSCR);
      }
      this.patternStoreName(l, starTarget, pc);
    } else {
      this.addop(l, Op.POP_TOP);
      this.addop(l, Op.POP_TOP);
    }
  }

  private patternOr(p: A.MatchOr, pc: PatternContext): void {
    const l = loc(p);
    const end = this.label();
    const size = p.patterns.length;
    const old: PatternContext = { ...pc };
    let control: string[] | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i];
      const al = loc(alt);
      pc.stores = [];
      pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      this.addopI(al, Op.COPY, 1);
      this.compilerPattern(alt, pc);
      const nstores = pc.stores.length;
      if (!i) control = pc.stores;
      else if (nstores !== control!.length) this.error('alternative patterns bind different names', this.patErrLoc(l));
      else if (nstores) {
        let icontrol = nstores;
        while (icontrol--) {
          const name = control![icontrol];
          const istores = pc.stores.indexOf(name);
          if (istores < 0) this.error('alternative patterns bind different names', this.patErrLoc(l));
          if (icontrol !== istores) {
            let rotations = istores + 1;
            const rotated = pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            while (rotations--) this.patternRotate(al, icontrol + 1);
          }
        }
      }
      this.jump(al, JUMP, end);
      this.emitAndResetFailPop(al, pc);
    }
    Object.assign(pc, old);
    this.addop(l, Op.POP_TOP);
    this.jumpToFailPop(l, pc, JUMP);
    this.use(end);
    const nstores = control!.length;
    const nrots = nstores + 1 + pc.onTop + pc.stores.length;
    for (let i = 0; i < nstores; i++) {
      this.patternRotate(l, nrots);
      const name = control![i];
      if (pc.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`, this.patErrLoc(l));
      pc.stores.push(name);
    }
    this.addop(l, Op.POP_TOP);
  }

  private patternSequence(p: A.MatchSequence, pc: PatternContext): void {
    const l = loc(p);
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    for (let i = 0; i < size; i++) {
      const pattern = patterns[i];
      if (pattern._type === 'MatchStar') {
        if (star >= 0) this.error('multiple starred names in sequence pattern', l);
        starWildcard = pattern.name === null;
        onlyWildcard &&= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &&= isWildcard(pattern);
    }
    pc.onTop++;
    this.addop(l, Op.MATCH_SEQUENCE);
    this.jumpToFailPop(l, pc, Op.POP_JUMP_IF_FALSE);
    if (star < 0) {
      this.addop(l, Op.GET_LEN);
      this.loadConst(l, mkInt(size));
      this.addopI(l, Op.COMPARE_OP, CMP.EQ);
      this.jumpToFailPop(l, pc, Op.POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      this.addop(l, Op.GET_LEN);
      this.loadConst(l, mkInt(size - 1));
      this.addopI(l, Op.COMPARE_OP, CMP.GE);
      this.jumpToFailPop(l, pc, Op.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) this.addop(l, Op.POP_TOP);
    else if (starWildcard) this.patternSequenceSubscr(l, patterns, star, pc);
    else this.patternSequenceUnpack(l, patterns, pc);
  }

  private compilerPattern(p: A.Pattern, pc: PatternContext): void {
    const l = loc(p);
    this.curPatLoc = l;
    switch (p._type) {
      case 'MatchValue': {
        const v = p.value;
        if (v._type !== 'Constant' && v._type !== 'Attribute') this.error('patterns may only match literals and attribute lookups', l);
        this.visitExpr(v);
        this.addopI(l, Op.COMPARE_OP, CMP.EQ);
        this.jumpToFailPop(l, pc, Op.POP_JUMP_IF_FALSE);
        return;
      }
      case 'MatchSingleton':
        this.loadConst(l, p.value);
        this.addopI(l, Op.IS_OP, 0);
        this.jumpToFailPop(l, pc, Op.POP_JUMP_IF_FALSE);
        return;
      case 'MatchSequence':
        return this.patternSequence(p, pc);
      case 'MatchMapping':
        return this.patternMapping(p, pc);
      case 'MatchClass':
        return this.patternClass(p, pc);
      case 'MatchStar':
        return this.patternStoreName(l, p.name, pc);
      case 'MatchAs':
        return this.patternAs(p, pc);
      case 'MatchOr':
        return this.patternOr(p, pc);
    }
  }

  private compilerMatch(s: A.Match): void {
    this.visitExpr(s.subject);
    const end = this.label();
    const cases = s.cases.length;
    let m = s.cases[cases - 1];
    const hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0;
    const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
    for (let i = 0; i < cases - hasDefault; i++) {
      m = s.cases[i];
      const pl = loc(m.pattern);
      if (i !== cases - hasDefault - 1) this.addopI(pl, Op.COPY, 1);
      pc.stores = [];
      pc.allowIrrefutable = m.guard !== null || i === cases - 1;
      pc.failPop = [];
      pc.onTop = 0;
      this.compilerPattern(m.pattern, pc);
      for (const name of pc.stores) this.nameop(pl, name, 'Store');
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        this.jumpIf(pl, m.guard, pc.failPop[0], false);
      }
      if (i !== cases - hasDefault - 1) this.addop(pl, Op.POP_TOP);
      this.visitStmts(m.body);
      this.jump(NO_LOCATION, JUMP, end);
      this.emitAndResetFailPop(pl, pc);
    }
    if (hasDefault) {
      m = s.cases[cases - 1];
      const pl = loc(m.pattern);
      if (cases === 1) this.addop(pl, Op.POP_TOP);
      else this.addop(pl, Op.NOP);
      if (m.guard) this.jumpIf(pl, m.guard, end, false);
      this.visitStmts(m.body);
    }
    this.use(end);
  }
}

interface PatternContext {
  /** Names captured so far (their values wait on the stack, under `onTop` items). */
  stores: string[];
  allowIrrefutable: boolean;
  /** fail_pop[n]: the block that pops n items and then fails. */
  failPop: BasicBlock[];
  onTop: number;
}

function isWildcard(p: A.Pattern): boolean {
  return p._type === 'MatchAs' && p.name === null && p.pattern === null;
}

/** Equality class of a constant as a set element (1 == 1.0 == True), or null if it equals nothing else. */
function setKey(c: A.PyConstant): string | null {
  switch (c.kind) {
    case 'None':
      return 'N';
    case 'Ellipsis':
      return 'E';
    case 'bool':
      return c.value ? 'n1' : 'n0';
    case 'int':
      return 'n' + c.value.toString();
    case 'float':
      if (Number.isNaN(c.value)) return null;
      if (Number.isInteger(c.value)) return 'n' + BigInt(c.value).toString();
      return 'f' + String(c.value);
    case 'complex':
      if (Number.isNaN(c.real) || Number.isNaN(c.imag)) return null;
      if (c.imag === 0) return setKey({ kind: 'float', value: c.real });
      return 'c' + String(c.real) + ',' + String(c.imag);
    case 'str':
      return 's' + c.value;
    case 'bytes':
      return 'b' + Array.from(c.value).join(',');
    default:
      return null;
  }
}

interface InlineState {
  pushedLocals: string[];
  tempSymbols: Map<string, number>;
  fastHidden: string[];
  cleanup: BasicBlock | null;
  end: BasicBlock | null;
}

function isTwoElementSlice(e: E): boolean {
  return e._type === 'Slice' && e.step === null;
}

function dedupe(items: ConstSpec[]): ConstSpec[] {
  return items;
}

/** str.expandtabs() (tab size 8); null when there is no tab (CPython returns the same object). */
function expandTabs(s: string): string | null {
  if (!s.includes('\t')) return null;
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      const n = 8 - (col % 8);
      out += ' '.repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

/**
 * 3.13's _PyCompile_CleanDoc (compile-time docstring cleaning): expand tabs, strip the leading spaces of the
 * first line and the common indentation of the following lines. Null when the result is the same object.
 */
export function cleanDoc(doc: string): string | null {
  const expanded = expandTabs(doc);
  const d = expanded ?? doc;
  const n = d.length;
  let p = 0;
  while (p < n && d[p++] !== '\n');
  let margin = Infinity;
  while (p < n) {
    const s = p;
    while (p < n && d[p] === ' ') p++;
    if (p < n && d[p] !== '\n') margin = Math.min(margin, p - s);
    while (p < n && d[p++] !== '\n');
  }
  if (margin === Infinity) margin = 0;
  p = 0;
  while (p < n && d[p] === ' ') p++;
  if (p === 0 && margin === 0) return expanded;
  let w = '';
  while (p < n) {
    const ch = d[p++];
    w += ch;
    if (ch === '\n') break;
  }
  while (p < n) {
    for (let i = 0; i < margin; i++, p++) if (d[p] !== ' ') break;
    while (p < n) {
      const ch = d[p++];
      w += ch;
      if (ch === '\n') break;
    }
  }
  return w;
}

function findAnn(stmts: S[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnn(st.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case 'Match':
        for (const c of st.cases) if (findAnn(c.body)) return true;
        break;
    }
  }
  return false;
}
