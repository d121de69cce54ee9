/**
 * heapscope compiler — symbol table, CPython's `Python/symtable.c` (3.12 algorithm; 3.11 differs only in
 * not inlining comprehensions, which the code generator decides from CodeGenFlags.inlineComprehensions).
 *
 * Two passes, as in CPython:
 *  1. `symtable_visit_*`: one `SymtableEntry` (CPython's `PySTEntryObject`, "ste") per module, class,
 *     function, lambda, comprehension and generator expression; each records raw flags per name
 *     (DEF_LOCAL, DEF_PARAM, USE, DEF_GLOBAL, DEF_NONLOCAL, DEF_IMPORT, DEF_ANNOT, DEF_COMP_ITER ...).
 *     Errors found here (`name 'x' is used prior to global declaration`, duplicate arguments, ...) carry
 *     the statement's / argument's location.
 *  2. `analyze_block`: resolves each name to a scope (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL)
 *     top-down with the `bound`/`global`/`free` sets; class blocks hide their names from methods and turn a
 *     free `__class__` / `__classdict__` into `ste_needs_class_closure` / `ste_needs_classdict`; PEP 709
 *     (3.12+) inlines list/set/dict comprehensions into the enclosing scope (`inline_comprehension`,
 *     DEF_COMP_CELL for names that are cells only inside the comprehension). Errors here
 *     (`no binding for nonlocal 'x' found`, ...) point at the global/nonlocal directive.
 * The resolved scope is stored in the flags' bits above SCOPE_OFFSET, as in CPython.
 */
import type * as A from '../parser/ast';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_TYPE_PARAM = 1024;
export const DEF_COMP_CELL = 2048;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type BlockType = 'module' | 'class' | 'function';
export type ComprehensionKind = 'none' | 'list' | 'set' | 'dict' | 'genexp';
/**
 * CPython's function-like block kinds beyond FunctionBlock (PEP 695, 3.12+): TypeParamBlock (the hidden
 * `<generic parameters of X>` function), TypeVarBoundBlock (a lazily evaluated bound / constraints) and
 * TypeAliasBlock (the lazily evaluated value of `type X = ...`). All of them have type 'function'.
 */
export type FunctionKind = 'function' | 'typeparams' | 'typevarbound' | 'typealias';

export interface Loc {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

/** A compile-time SyntaxError (symtable or code generator), CPython's message and location. */
export class CompileError extends Error {
  constructor(
    readonly msg: string,
    readonly loc: Loc,
  ) {
    super(msg);
  }
}

export function locOf(n: { lineno: number; end_lineno: number; col_offset: number; end_col_offset: number }): Loc {
  return { lineno: n.lineno, end_lineno: n.end_lineno, col_offset: n.col_offset, end_col_offset: n.end_col_offset };
}

/** CPython's `_Py_Mangle`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || name.charCodeAt(0) !== 95 || name.charCodeAt(1) !== 95) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return name;
  return '_' + privateName.slice(i) + name;
}

/**
 * The symtable / compiler key of a type parameter's default block (CPython uses the node's address + 1:
 * the default expression itself cannot be the key, a comprehension there is keyed by its node).
 */
const defaultKeys = new WeakMap<object, object>();
export function typeParamDefaultKey(tp: A.TypeParam): object {
  let k = defaultKeys.get(tp);
  if (k === undefined) {
    k = {};
    defaultKeys.set(tp, k);
  }
  return k;
}

export class SymtableEntry {
  readonly symbols = new Map<string, number>();
  readonly varnames: string[] = [];
  children: SymtableEntry[] = [];
  readonly directives = new Map<string, Loc>();
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = 'none';
  compInlined = false;
  compIterTarget = false;
  compIterExpr = 0;
  childFree = false;
  free = false;
  needsClassClosure = false;
  needsClassdict = false;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  canSeeClassScope = false;
  /** For type 'function' blocks: which of CPython's function-like block types this is. */
  kind: FunctionKind = 'function';
  /** 3.13's ste_scope_info of a 'typevarbound' block ("a TypeVar bound", "a ParamSpec default", ...). */
  scopeInfo: string | null = null;
  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: object,
    readonly loc: Loc,
  ) {}

  get isFunctionLike(): boolean {
    return this.type === 'function';
  }
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
  getScope(name: string): number {
    return (this.getSymbol(name) >> SCOPE_OFFSET) & 7;
  }
}


/** A block and its child blocks as the symtable built them (before inlined comprehensions are spliced). */
export interface SymtableShape {
  type: BlockType;
  children: SymtableShape[];
}

function shapeOf(ste: SymtableEntry): SymtableShape {
  return { type: ste.type, children: ste.children.map(shapeOf) };
}

export class Symtable {
  readonly top: SymtableEntry;
  /** The block tree as built, for the compile-time GC objects the VM models (vm/compile_gc.ts). */
  readonly shape: SymtableShape;
  private readonly blocks = new Map<object, SymtableEntry>();
  private stack: SymtableEntry[] = [];
  private cur!: SymtableEntry;
  private global!: Map<string, number>;
  private privateName: string | null = null;
  /** CPython 3.12's private-name leak after a generic class (see the ClassDef case) */
  private readonly v312Quirks: boolean;

  constructor(
    mod: A.Module,
    readonly inlineComps: boolean,
    /** PEP 563: annotations are not evaluated (CPython visits them in a separate annotation block). */
    readonly futureAnnotations = false,
    /** 3.11 spells the annotation-block errors "'X' can not be used within an annotation". */
    readonly v311 = false,
    /** 3.13: PEP 696 defaults and the precise scope names of TypeVar bound / constraint / default errors. */
    readonly v313 = false,
  ) {
    this.v312Quirks = !v311 && !v313;
    this.top = this.enterBlock('top', 'module', mod, { lineno: 0, end_lineno: 0, col_offset: 0, end_col_offset: 0 });
    this.global = this.top.symbols;
    for (const s of mod.body) this.visitStmt(s);
    this.exitBlock();
    this.shape = shapeOf(this.top);
    this.analyze();
  }

  lookup(node: object): SymtableEntry {
    const e = this.blocks.get(node);
    if (!e) throw new Error('symtable: no entry for node');
    return e;
  }

  // ------------------------------------------------------------------------------------------ building
  private enterBlock(name: string, type: BlockType, node: object, loc: Loc): SymtableEntry {
    const ste = new SymtableEntry(name, type, node, loc);
    const prev = this.stack.length ? this.cur : null;
    if (prev && (prev.nested || prev.isFunctionLike)) ste.nested = true;
    if (prev) prev.children.push(ste);
    this.blocks.set(node, ste);
    this.stack.push(ste);
    this.cur = ste;
    return ste;
  }
  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  private addDef(name: string, flag: number, loc: Loc): void {
    this.addDefHelper(name, flag, this.cur, loc);
  }
  private addDefHelper(name: string, flag: number, ste: SymtableEntry, loc: Loc): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) {
        throw new CompileError(`duplicate argument '${name}' in function definition`, loc);
      }
      if (flag & DEF_TYPE_PARAM && val & DEF_TYPE_PARAM) {
        throw new CompileError(`duplicate type parameter '${name}'`, loc);
      }
      val |= flag;
    } else val = flag;
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw new CompileError(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }
  private lookupCur(name: string): number {
    return this.cur.symbols.get(mangle(this.privateName, name)) ?? 0;
  }
  private recordDirective(name: string, loc: Loc): void {
    const m = mangle(this.privateName, name);
    if (!this.cur.directives.has(m)) this.cur.directives.set(m, loc);
  }

  private visitStmts(list: A.Stmt[]): void {
    for (const s of list) this.visitStmt(s);
  }
  private visitExprs(list: (A.Expr | null)[]): void {
    for (const e of list) if (e) this.visitExpr(e);
  }

  private visitStmt(s: A.Stmt): void {
    const loc = locOf(s);
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, loc);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitExprs(s.decorator_list);
        const generic = s.type_params.length > 0;
        if (generic) {
          // CPython tests `args->defaults != NULL`, true even for an empty list: `.defaults` is always a local
          this.enterTypeParamBlock(s.name, s.type_params, true, s.args.kw_defaults.some((d) => d !== null), false, loc);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitAnnotations(s.args, s.returns);
        const ste = this.enterBlock(s.name, 'function', s, loc);
        if (s._type === 'AsyncFunctionDef') ste.coroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, loc);
        this.visitExprs(s.decorator_list);
        const tmp = this.privateName;
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(s.name, s.type_params, false, false, true, loc);
          this.privateName = s.name;
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.enterBlock(s.name, 'class', s, loc);
        this.privateName = s.name;
        if (generic) {
          const tploc = locOf(s.type_params[0]);
          this.addDef('__type_params__', DEF_LOCAL, tploc);
          this.addDef('.type_params', USE, tploc);
        }
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        // CPython 3.12 saves the private name again after setting it for the type parameters, so after a
        // generic class the enclosing block keeps mangling with the class name (fixed in 3.13)
        this.privateName = generic && this.v312Quirks ? s.name : tmp;
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign': {
        const t = s.target;
        if (t._type === 'Name') {
          const cur = this.lookupCur(t.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
            throw new CompileError(
              cur & DEF_GLOBAL ? `annotated name '${t.id}' can't be global` : `annotated name '${t.id}' can't be nonlocal`,
              loc,
            );
          }
          if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, locOf(t));
          else if (s.value) this.addDef(t.id, DEF_LOCAL, locOf(t));
        } else this.visitExpr(t);
        if (!this.futureAnnotations) this.visitExpr(s.annotation);
        else checkAnnotationBlock(s.annotation, null, this.v311);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        if (s._type === 'AsyncFor') this.cur.coroutine = true;
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, locOf(h));
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        const what = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.lookupCur(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`;
            else msg = `name '${name}' is assigned to before ${what} declaration`;
            throw new CompileError(msg, loc);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, loc);
          this.recordDirective(name, loc);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.visitExpr(it.context_expr);
          if (it.optional_vars) this.visitExpr(it.optional_vars);
        }
        this.visitStmts(s.body);
        if (s._type === 'AsyncWith') this.cur.coroutine = true;
        break;
      case 'TypeAlias': {
        this.visitExpr(s.name);
        const name = s.name.id;
        const inClass = this.cur.type === 'class';
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(name, s.type_params, false, false, false, loc);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        const ste = this.enterBlock(name, 'function', s, loc);
        ste.kind = 'typealias';
        ste.canSeeClassScope = inClass;
        if (inClass) this.addDef('__classdict__', USE, locOf(s.value));
        this.visitExpr(s.value);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
    }
  }

  /**
   * symtable_enter_type_param_block: the hidden function that creates the type parameters. Inside a class
   * it can see the class namespace (through `__classdict__`); a generic class's block holds `.type_params`
   * and `.generic_base`; a generic function's defaults are passed in as `.defaults` / `.kwdefaults`.
   */
  private enterTypeParamBlock(name: string, key: object, hasDefaults: boolean, hasKwDefaults: boolean, isClass: boolean, loc: Loc): void {
    const currentType = this.cur.type;
    const ste = this.enterBlock(name, 'function', key, loc);
    ste.kind = 'typeparams';
    if (currentType === 'class') {
      ste.canSeeClassScope = true;
      this.addDef('__classdict__', USE, loc);
    }
    if (isClass) {
      this.addDef('.type_params', DEF_LOCAL, loc);
      this.addDef('.type_params', USE, loc);
      this.privateName = name;
      this.addDef('.generic_base', DEF_LOCAL, loc);
      this.addDef('.generic_base', USE, loc);
    }
    if (hasDefaults) this.addDef('.defaults', DEF_PARAM, loc);
    if (hasKwDefaults) this.addDef('.kwdefaults', DEF_PARAM, loc);
  }

  /**
   * symtable_visit_type_param: a TypeVar's bound / constraints and (3.13, PEP 696) any type parameter's
   * default get their own lazily evaluated block (keyed by the parameter, and by typeParamDefaultKey()).
   */
  private visitTypeParam(tp: A.TypeParam): void {
    const loc = locOf(tp);
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, loc);
    if (tp._type === 'TypeVar' && tp.bound) {
      this.visitBoundOrDefault(tp.bound, tp.name, tp, tp.bound._type === 'Tuple' ? 'a TypeVar constraint' : 'a TypeVar bound');
    }
    if (tp.default_value) {
      const what = tp._type === 'TypeVar' ? 'a TypeVar default' : tp._type === 'ParamSpec' ? 'a ParamSpec default' : 'a TypeVarTuple default';
      this.visitBoundOrDefault(tp.default_value, tp.name, typeParamDefaultKey(tp), what);
    }
  }

  private visitBoundOrDefault(e: A.Expr, name: string, key: object, scopeInfo: string): void {
    const inClass = this.cur.canSeeClassScope;
    const ste = this.enterBlock(name, 'function', key, locOf(e));
    ste.kind = 'typevarbound';
    ste.scopeInfo = scopeInfo;
    ste.canSeeClassScope = inClass;
    if (inClass) this.addDef('__classdict__', USE, locOf(e));
    this.visitExpr(e);
    this.exitBlock();
  }

  private visitAlias(a: A.Alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const storeName = dot >= 0 && !a.asname ? name.slice(0, dot) : name;
    if (name === '*') {
      if (this.cur.type !== 'module') throw new CompileError('import * only allowed at module level', locOf(a));
      return;
    }
    this.addDef(storeName, DEF_IMPORT, locOf(a));
  }

  private visitAnnotations(a: A.Arguments, returns: A.Expr | null): void {
    if (this.futureAnnotations) {
      for (const x of [...a.posonlyargs, ...a.args]) if (x.annotation) checkAnnotationBlock(x.annotation, null, this.v311);
      if (a.vararg?.annotation) checkAnnotationBlock(a.vararg.annotation, null, this.v311);
      for (const x of a.kwonlyargs) if (x.annotation) checkAnnotationBlock(x.annotation, null, this.v311);
      if (a.kwarg?.annotation) checkAnnotationBlock(a.kwarg.annotation, null, this.v311);
      if (returns) checkAnnotationBlock(returns, null, this.v311);
      return;
    }
    for (const x of a.posonlyargs) if (x.annotation) this.visitExpr(x.annotation);
    for (const x of a.args) if (x.annotation) this.visitExpr(x.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const x of a.kwonlyargs) if (x.annotation) this.visitExpr(x.annotation);
    if (returns) this.visitExpr(returns);
  }

  private visitArguments(a: A.Arguments): void {
    for (const x of a.posonlyargs) this.addDef(x.arg, DEF_PARAM, locOf(x));
    for (const x of a.args) this.addDef(x.arg, DEF_PARAM, locOf(x));
    for (const x of a.kwonlyargs) this.addDef(x.arg, DEF_PARAM, locOf(x));
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, locOf(a.vararg));
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, locOf(a.kwarg));
      this.cur.varkeywords = true;
    }
  }

  private visitPattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const x of p.patterns) this.visitPattern(x);
        break;
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, locOf(p));
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const x of p.patterns) this.visitPattern(x);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, locOf(p));
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const x of p.patterns) this.visitPattern(x);
        for (const x of p.kwd_patterns) this.visitPattern(x);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, locOf(p));
        break;
      case 'MatchOr':
        for (const x of p.patterns) this.visitPattern(x);
        break;
    }
  }

  private raiseIfComprehension(e: A.Expr): void {
    const kind = this.cur.comprehension;
    const names: Record<string, string> = {
      list: "'yield' inside list comprehension",
      set: "'yield' inside set comprehension",
      dict: "'yield' inside dict comprehension",
      genexp: "'yield' inside generator expression",
    };
    throw new CompileError(names[kind], locOf(e));
  }

  private visitExpr(e: A.Expr): void {
    const loc = locOf(e);
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfTypeParamBlock('named expression', loc);
        if (this.cur.compIterExpr > 0) {
          throw new CompileError('assignment expression cannot be used in a comprehension iterable expression', loc);
        }
        if (this.cur.comprehension !== 'none') this.extendNamedExprScope(e.target, loc);
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda': {
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', 'function', e, loc);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      }
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'Yield':
        this.raiseIfTypeParamBlock('yield expression', loc);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== 'none') this.raiseIfComprehension(e);
        break;
      case 'YieldFrom':
        this.raiseIfTypeParamBlock('yield expression', loc);
        this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== 'none') this.raiseIfComprehension(e);
        break;
      case 'Await':
        this.raiseIfTypeParamBlock('await expression', loc);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, loc);
        if (e.ctx === 'Load' && this.cur.isFunctionLike && e.id === 'super') this.addDef('__class__', USE, loc);
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  /** symtable_raise_if_annotation_block for the PEP 695 blocks (evaluated lazily / in a hidden function). */
  private raiseIfTypeParamBlock(what: string, loc: Loc): void {
    const ste = this.cur;
    if (ste.type !== 'function' || ste.kind === 'function') return;
    // 3.12 names every bound / constraints block "a TypeVar bound"; 3.13 says which (constraint, default)
    const where =
      ste.kind === 'typevarbound'
        ? this.v313 ? ste.scopeInfo! : 'a TypeVar bound'
        : ste.kind === 'typealias' ? 'a type alias' : 'the definition of a generic';
    throw new CompileError(`${what} cannot be used within ${where}`, loc);
  }

  private extendNamedExprScope(target: A.Name, loc: Loc): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== 'none') {
        const flags = ste.getSymbol(mangle(this.privateName, name));
        if (flags & DEF_COMP_ITER) {
          throw new CompileError(`assignment expression cannot rebind comprehension iteration variable '${name}'`, loc);
        }
        continue;
      }
      if (ste.type === 'function') {
        const inScope = ste.getSymbol(mangle(this.privateName, name));
        this.addDef(name, inScope & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, loc);
        this.recordDirective(name, loc);
        this.addDefHelper(name, DEF_LOCAL, ste, loc);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, loc);
        this.recordDirective(name, loc);
        this.addDefHelper(name, DEF_GLOBAL, ste, loc);
        return;
      }
      if (ste.type === 'class') {
        throw new CompileError('assignment expression within a comprehension cannot be used in a class body', loc);
      }
    }
  }

  private handleComprehension(
    e: A.Expr,
    scopeName: string,
    generators: A.Comprehension[],
    elt: A.Expr,
    value: A.Expr | null,
  ): void {
    const isGenerator = e._type === 'GeneratorExp';
    const outermost = generators[0];
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const ste = this.enterBlock(scopeName, 'function', e, locOf(e));
    ste.comprehension =
      e._type === 'ListComp' ? 'list' : e._type === 'SetComp' ? 'set' : e._type === 'DictComp' ? 'dict' : 'genexp';
    if (outermost.is_async) ste.coroutine = true;
    this.addDef('.0', DEF_PARAM, locOf(e));
    ste.compIterTarget = true;
    this.visitExpr(outermost.target);
    ste.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const lc = generators[i];
      ste.compIterTarget = true;
      this.visitExpr(lc.target);
      ste.compIterTarget = false;
      ste.compIterExpr++;
      this.visitExpr(lc.iter);
      ste.compIterExpr--;
      this.visitExprs(lc.ifs);
      if (lc.is_async) ste.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    ste.generator = isGenerator;
    const isAsync = ste.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  // ------------------------------------------------------------------------------------------ analysis

  private analyze(): void {
    const free = new Set<string>();
    const global = new Set<string>();
    this.analyzeBlock(this.top, null, free, global, new Set(), null);
  }

  private errorAtDirective(ste: SymtableEntry, name: string, msg: string): never {
    const loc = ste.directives.get(name) ?? ste.loc;
    throw new CompileError(msg, loc);
  }

  private analyzeName(
    ste: SymtableEntry,
    scopes: Map<string, number>,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
    typeParams: Set<string>,
    classEntry: SymtableEntry | null,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) this.errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
      if (!bound.has(name)) this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      if (typeParams.has(name)) this.errorAtDirective(ste, name, `nonlocal binding not allowed for type parameter '${name}'`);
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      if (flags & DEF_TYPE_PARAM) typeParams.add(name);
      else typeParams.delete(name);
      return;
    }
    // a block that can see the enclosing class namespace: a name the class binds is looked up in the
    // class dict first (then globals), even when an outer function binds it too
    if (classEntry !== null) {
      const classFlags = classEntry.getSymbol(name);
      if (classFlags & DEF_GLOBAL) {
        scopes.set(name, GLOBAL_EXPLICIT);
        return;
      } else if (classFlags & DEF_BOUND && !(classFlags & DEF_NONLOCAL)) {
        scopes.set(name, GLOBAL_IMPLICIT);
        return;
      }
    }
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  private analyzeBlock(
    ste: SymtableEntry,
    bound: Set<string> | null,
    free: Set<string>,
    global: Set<string>,
    typeParams: Set<string>,
    classEntry: SymtableEntry | null,
  ): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();
    const inlinedCells = new Set<string>();

    if (ste.type === 'class') {
      for (const g of global) newglobal.add(g);
      if (bound) for (const b of bound) newbound.add(b);
    }
    for (const [name, flags] of ste.symbols) this.analyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);

    if (ste.type !== 'class') {
      if (ste.isFunctionLike) for (const l of local) newbound.add(l);
      if (bound) for (const b of bound) newbound.add(b);
      for (const g of global) newglobal.add(g);
    } else {
      newbound.add('__class__');
      newbound.add('__classdict__');
    }

    for (const entry of ste.children) {
      const inlineComp = this.inlineComps && entry.comprehension !== 'none' && !entry.generator;
      const childFree = new Set<string>(newfree);
      let newClassEntry: SymtableEntry | null = null;
      if (entry.canSeeClassScope) {
        if (ste.type === 'class') newClassEntry = ste;
        else if (classEntry !== null) newClassEntry = classEntry;
      }
      this.analyzeBlock(entry, new Set(newbound), childFree, new Set(newglobal), new Set(typeParams), newClassEntry);
      if (inlineComp) {
        this.inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
        entry.compInlined = true;
      }
      for (const f of childFree) newfree.add(f);
      if (entry.free || entry.childFree) ste.childFree = true;
    }
    // splice children of inlined comprehensions into our children list
    const spliced: SymtableEntry[] = [];
    for (const c of ste.children) {
      if (c.compInlined) spliced.push(...c.children);
      else spliced.push(c);
    }
    ste.children = spliced;

    if (ste.isFunctionLike) {
      for (const [name, sc] of scopes) {
        if (sc !== LOCAL) continue;
        if (!newfree.has(name) && !inlinedCells.has(name)) continue;
        scopes.set(name, CELL);
        newfree.delete(name);
      }
    } else if (ste.type === 'class') {
      if (newfree.delete('__class__')) ste.needsClassClosure = true;
      if (newfree.delete('__classdict__')) ste.needsClassdict = true;
    }
    this.updateSymbols(ste.symbols, scopes, bound, newfree, inlinedCells, ste.type === 'class' || ste.canSeeClassScope);
    for (const f of newfree) free.add(f);
  }

  private isFreeInAnyChild(entry: SymtableEntry, key: string): boolean {
    for (const c of entry.children) {
      if (c.getScope(key) === FREE) return true;
    }
    return false;
  }

  private inlineComprehension(
    ste: SymtableEntry,
    comp: SymtableEntry,
    scopes: Map<string, number>,
    compFree: Set<string>,
    inlinedCells: Set<string>,
  ): void {
    let removeDunderClass = false;
    for (const [k, compFlags] of comp.symbols) {
      if (compFlags & DEF_PARAM) continue;
      let scope = (compFlags >> SCOPE_OFFSET) & 7;
      const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
      if (scope === CELL || onlyFlags & DEF_COMP_CELL) inlinedCells.add(k);
      const existing = ste.symbols.get(k);
      if (scope === FREE && ste.type === 'class' && k === '__class__') {
        scope = GLOBAL_IMPLICIT;
        compFree.delete(k);
        removeDunderClass = true;
      }
      if (existing === undefined) {
        ste.symbols.set(k, onlyFlags);
        scopes.set(k, scope);
      } else if (existing & DEF_BOUND && !this.isFreeInAnyChild(comp, k) && ste.type !== 'class') {
        compFree.delete(k);
      }
    }
    if (removeDunderClass) comp.symbols.delete('__class__');
  }

  private updateSymbols(
    symbols: Map<string, number>,
    scopes: Map<string, number>,
    bound: Set<string> | null,
    free: Set<string>,
    inlinedCells: Set<string>,
    classflag: boolean,
  ): void {
    for (const [name, f] of symbols) {
      let flags = f;
      if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
      const scope = scopes.get(name) ?? 0;
      symbols.set(name, flags | (scope << SCOPE_OFFSET));
    }
    for (const name of free) {
      const v = symbols.get(name);
      if (v !== undefined) {
        if (classflag) symbols.set(name, v | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue;
      symbols.set(name, FREE << SCOPE_OFFSET);
    }
  }
}

/**
 * Under `from __future__ import annotations` CPython visits annotations in an annotation block, where
 * yield / await / := are errors (symtable_raise_if_annotation_block). Nested lambdas and comprehensions are
 * their own blocks (only lambda defaults and the outermost iterable are evaluated in the annotation block).
 */
function checkAnnotationBlock(e: unknown, comp: string | null = null, v311 = false): void {
  if (e === null || typeof e !== 'object') return;
  if (Array.isArray(e)) {
    for (const x of e) checkAnnotationBlock(x, comp, v311);
    return;
  }
  const n = e as { _type?: string; [k: string]: unknown };
  const annErr = (what: string): never => {
    throw new CompileError(v311 ? `'${what}' can not be used within an annotation` : `${what} cannot be used within an annotation`, locOf(n as never));
  };
  switch (n._type) {
    case 'NamedExpr':
      if (comp === null) annErr('named expression');
      break;
    case 'Yield':
    case 'YieldFrom':
      if (comp !== null) {
        const what = comp === 'GeneratorExp' ? 'generator expression' : comp === 'ListComp' ? 'list comprehension' : comp === 'SetComp' ? 'set comprehension' : 'dict comprehension';
        throw new CompileError(`'yield' inside ${what}`, locOf(n as never));
      }
      annErr('yield expression');
      break;
    case 'Await':
      if (comp === null) annErr('await expression');
      break;
    case 'Lambda': {
      const a = n.args as A.Arguments;
      checkAnnotationBlock(a.defaults, comp, v311);
      checkAnnotationBlock(a.kw_defaults, comp, v311);
      return;
    }
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp': {
      const gens = n.generators as A.Comprehension[];
      checkAnnotationBlock(gens[0].iter, comp, v311);
      const inner = n._type;
      checkAnnotationBlock(gens[0].target, inner, v311);
      checkAnnotationBlock(gens[0].ifs, inner, v311);
      for (let i = 1; i < gens.length; i++) {
        checkAnnotationBlock(gens[i].target, inner, v311);
        checkAnnotationBlock(gens[i].iter, inner, v311);
        checkAnnotationBlock(gens[i].ifs, inner, v311);
      }
      if (n._type === 'DictComp') {
        checkAnnotationBlock(n.key, inner, v311);
        checkAnnotationBlock(n.value, inner, v311);
      } else checkAnnotationBlock(n.elt, inner, v311);
      return;
    }
  }
  for (const k in n) if (k !== '_type') checkAnnotationBlock(n[k], comp, v311);
}
