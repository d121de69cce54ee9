/**
 * heapscope front end — the AST contract.
 *
 * This mirrors CPython 3.12's `ast` module exactly (Parser/Python.asdl): same
 * node class names, same field names and field order, lists as arrays, `None`
 * as `null`. Every node is a plain object `{ _type: 'NodeName', ...fields }`.
 *
 * Positions: nodes that carry positions in CPython (stmt, expr, excepthandler,
 * arg, keyword, alias, pattern, type_param) have `lineno`, `col_offset`,
 * `end_lineno`, `end_col_offset`. Lines are 1-based. **Columns are 0-based
 * UTF-16 code-unit offsets within the line** (CPython uses UTF-8 byte offsets;
 * we use JS string indices because that is what VS Code uses). For ASCII
 * source lines both agree.
 *
 * Operators and expression contexts are plain strings (`'Add'`, `'Load'`…).
 * `Constant.value` is a tagged {@link PyConstant}. The parser does no constant
 * folding (like `ast.parse`): `-1` is `UnaryOp('USub', Constant(1))`, and
 * docstrings stay `Expr(Constant(str))`. `type_comment` fields exist for
 * fidelity and are always `null` (type comments are not parsed, as with
 * `ast.parse(..., type_comments=False)`).
 *
 * Layering of the front end (like pyright): characterStream (decode.ts, source
 * text) → tokenizer (tokenizer.ts) → parser (parser.ts) → this AST.
 */

// ---------------------------------------------------------------------------
// Constants

export type PyConstant =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; real: number; imag: number }
  | { kind: 'str'; value: string }
  /**
   * `tokenShared`: CPython 3.12+ builds a bytes literal by concatenating its pieces onto b''; with a single
   * piece the result *is* the piece's object, so the AST arena holds two references to it (see
   * `_PyPegen_concatenate_strings`). Only reference counts observe this.
   */
  | { kind: 'bytes'; value: Uint8Array; tokenShared?: true }
  | { kind: 'bool'; value: boolean }
  | { kind: 'None' }
  | { kind: 'Ellipsis' };

// ---------------------------------------------------------------------------
// Operators and contexts

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** Source position carried by stmt/expr/excepthandler/arg/keyword/alias/pattern/type_param. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------------------
// mod

export interface Module {
  _type: 'Module';
  body: Stmt[];
  type_ignores: [];
}

// ---------------------------------------------------------------------------
// stmt

export interface FunctionDef extends Located {
  _type: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
  type_params: TypeParam[];
}
export interface AsyncFunctionDef extends Located {
  _type: 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
  type_params: TypeParam[];
}
export interface ClassDef extends Located {
  _type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
  type_params: TypeParam[];
}
export interface Return extends Located { _type: 'Return'; value: Expr | null }
export interface Delete extends Located { _type: 'Delete'; targets: Expr[] }
export interface Assign extends Located { _type: 'Assign'; targets: Expr[]; value: Expr; type_comment: string | null }
export interface TypeAlias extends Located { _type: 'TypeAlias'; name: Name; type_params: TypeParam[]; value: Expr }
export interface AugAssign extends Located { _type: 'AugAssign'; target: Name | Attribute | Subscript; op: OperatorKind; value: Expr }
export interface AnnAssign extends Located {
  _type: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a bare (unparenthesized) Name, else 0. */
  simple: number;
}
export interface For extends Located { _type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null }
export interface AsyncFor extends Located { _type: 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null }
export interface While extends Located { _type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Located { _type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Located { _type: 'With'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface AsyncWith extends Located { _type: 'AsyncWith'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface Match extends Located { _type: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Located { _type: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Located { _type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface TryStar extends Located { _type: 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface Assert extends Located { _type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Located { _type: 'Import'; names: Alias[] }
export interface ImportFrom extends Located { _type: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Located { _type: 'Global'; names: string[] }
export interface Nonlocal extends Located { _type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Located { _type: 'Expr'; value: Expr }
export interface Pass extends Located { _type: 'Pass' }
export interface Break extends Located { _type: 'Break' }
export interface Continue extends Located { _type: 'Continue' }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | TypeAlias
  | AugAssign | AnnAssign | For | AsyncFor | While | If | With | AsyncWith | Match
  | Raise | Try | TryStar | Assert | Import | ImportFrom | Global | Nonlocal
  | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------------------
// expr

export interface BoolOp extends Located { _type: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Located { _type: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Located { _type: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends Located { _type: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Located { _type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Located { _type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is `null` for a `**mapping` entry (then `values[i]` is the mapping). */
export interface Dict extends Located { _type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Located { _type: 'Set'; elts: Expr[] }
export interface ListComp extends Located { _type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Located { _type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Located { _type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Located { _type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Located { _type: 'Await'; value: Expr }
export interface Yield extends Located { _type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Located { _type: 'YieldFrom'; value: Expr }
export interface Compare extends Located { _type: 'Compare'; left: Expr; ops: CmpOpKind[]; comparators: Expr[] }
export interface Call extends Located { _type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/**
 * `conversion`: -1 (none), 115 (`!s`), 114 (`!r`), 97 (`!a`).
 * `format_spec`: a JoinedStr or null.
 */
export interface FormattedValue extends Located { _type: 'FormattedValue'; value: Expr; conversion: number; format_spec: JoinedStr | null }
/** `values` holds `Constant(str)` and `FormattedValue` nodes. */
export interface JoinedStr extends Located { _type: 'JoinedStr'; values: Expr[] }
/** `kind` is `'u'` for a string literal written with a `u` prefix, else null. */
export interface Constant extends Located { _type: 'Constant'; value: PyConstant; kind: 'u' | null }
export interface Attribute extends Located { _type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Located { _type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Located { _type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Located { _type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Located { _type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Located { _type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Located { _type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr
  | ListComp | SetComp | DictComp | GeneratorExp | Await | Yield | YieldFrom
  | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript
  | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------------------
// Helper nodes

/** Unpositioned, like CPython. `is_async` is 0 or 1. */
export interface Comprehension { _type: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: number }

export interface ExceptHandlerNode extends Located { _type: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }
export type ExceptHandler = ExceptHandlerNode;

/** Unpositioned, like CPython. `kw_defaults[i]` is null when kwonlyargs[i] has no default. */
export interface Arguments {
  _type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
export interface Arg extends Located { _type: 'arg'; arg: string; annotation: Expr | null; type_comment: string | null }
/** `arg` is null for `**kwargs` at a call site. */
export interface Keyword extends Located { _type: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Located { _type: 'alias'; name: string; asname: string | null }
/** Unpositioned, like CPython. */
export interface WithItem { _type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
/** Unpositioned, like CPython. */
export interface MatchCase { _type: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

// ---------------------------------------------------------------------------
// pattern

export interface MatchValue extends Located { _type: 'MatchValue'; value: Expr }
/** `value` is None, True or False. */
export interface MatchSingleton extends Located { _type: 'MatchSingleton'; value: PyConstant }
export interface MatchSequence extends Located { _type: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Located { _type: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Located { _type: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[] }
export interface MatchStar extends Located { _type: 'MatchStar'; name: string | null }
export interface MatchAs extends Located { _type: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Located { _type: 'MatchOr'; patterns: Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass
  | MatchStar | MatchAs | MatchOr;

// ---------------------------------------------------------------------------
// type_param (3.12+)

/** `default_value` (PEP 696) exists from 3.13 on (absent / null before). */
export interface TypeVar extends Located { _type: 'TypeVar'; name: string; bound: Expr | null; default_value?: Expr | null }
export interface ParamSpec extends Located { _type: 'ParamSpec'; name: string; default_value?: Expr | null }
export interface TypeVarTuple extends Located { _type: 'TypeVarTuple'; name: string; default_value?: Expr | null }
export type TypeParam = TypeVar | ParamSpec | TypeVarTuple;

/** Any AST node. */
export type Node =
  | Module | Stmt | Expr | Pattern | TypeParam | ExceptHandler | Arguments | Arg
  | Keyword | Alias | WithItem | MatchCase | Comprehension;
