/**
 * heapscope front end — layer 3: the parser (tokens → AST).
 *
 * Layers (like pyright): characterStream (decode.ts) → tokenizer
 * (tokenizer.ts) → parser (this file) → AST (ast.ts).
 *
 * A hand-written recursive-descent parser with precedence climbing over the
 * full Python 3.12 grammar, producing exactly the nodes `ast.parse` produces.
 * CPython's PEG parser reports errors in two passes (plain grammar, then the
 * `invalid_*` rules); here the checks of the common `invalid_*` rules are made
 * inline at the point where the plain grammar would fail, with the same
 * messages and positions. A generic failure is reported as "invalid syntax" at
 * the furthest token the parser looked at, like CPython's `p->fill - 1`.
 *
 * Stack safety: chains that are right-recursive in the grammar (unary
 * operators, `not`, `**`, `lambda`, conditional expressions) are parsed with
 * loops, so JS recursion depth is bounded by bracket nesting (≤ 200, a
 * tokenizer limit) and block nesting (≤ 100). CPython's own limits (the
 * parser's 6000-level stack, the compiler's recursion limit) are reproduced
 * by counters and an iterative AST depth check.
 */
import type * as A from './ast';
import { Tok, Tokenizer, TokenizeError, type Token, type RawError, type Version } from './tokenizer';
import { decodeBytes, decodeStr, parseNumber } from './strings';

export class ParseError {
  constructor(readonly error: RawError) {}
}
/** Generic failure: the caller backtracks or reports "invalid syntax". */
export class Fail {}
const FAIL = new Fail();
/** Non-SyntaxError outcomes (MemoryError / RecursionError). */
export class LimitError {
  constructor(
    readonly type: 'MemoryError' | 'RecursionError',
    readonly msg: string,
  ) {}
}

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

const AUGOPS: Record<string, A.OperatorKind> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};
const BINOPS: Record<string, [number, A.OperatorKind]> = {
  '|': [1, 'BitOr'], '^': [2, 'BitXor'], '&': [3, 'BitAnd'], '<<': [4, 'LShift'], '>>': [4, 'RShift'],
  '+': [5, 'Add'], '-': [5, 'Sub'], '*': [6, 'Mult'], '/': [6, 'Div'], '//': [6, 'FloorDiv'], '%': [6, 'Mod'], '@': [6, 'MatMult'],
};
const CMPOPS: Record<string, A.CmpOpKind> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };

/** CPython's MAXSTACK (6000) minus the levels a statement needs before the first nested expression. */
const PARSER_STACK_LIMIT = 5967;

type Pos = { line: number; col: number };
type Loc = A.Located;

function exprName(e: A.Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

type TargetKind = 'star' | 'del' | 'for';

/** CPython's _PyPegen_get_invalid_target. */
function invalidTarget(e: A.Expr, kind: TargetKind): A.Expr | null {
  switch (e._type) {
    case 'List': case 'Tuple':
      for (const x of e.elts) {
        const r = invalidTarget(x, kind);
        if (r) return r;
      }
      return null;
    case 'Starred':
      if (kind === 'del') return e;
      return invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === 'for') {
        if (e.ops[0] === 'In') return invalidTarget(e.left, kind);
        return null;
      }
      return e;
    case 'Name': case 'Subscript': case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** Is `e` something `bitwise_or` can produce (for the "Maybe you meant '=='" rules)? */
function isBitwiseOrLevel(e: A.Expr, parenthesized: boolean): boolean {
  if (parenthesized) return !(e._type === 'Tuple' || e._type === 'GeneratorExp');
  switch (e._type) {
    case 'Compare': case 'BoolOp': case 'Lambda': case 'IfExp': case 'NamedExpr': case 'Starred': case 'Tuple':
    case 'Yield': case 'YieldFrom':
      return false;
    case 'UnaryOp': return e.op !== 'Not';
    case 'List': case 'GeneratorExp': return false;
    case 'Constant':
      return !(e.value.kind === 'None' || e.value.kind === 'bool');
    default: return true;
  }
}

export interface ParserOptions {
  version: Version;
}

const SINGLE_COMPOUND = new Set([
  'If', 'While', 'For', 'AsyncFor', 'Try', 'TryStar', 'With', 'AsyncWith', 'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Match',
]);

export class Parser {
  private toks: Token[] = [];
  private p = 0;
  private readonly version: Version;
  private readonly v312: boolean;
  /** PEP 696 type parameter defaults (`[T = int]`) */
  private readonly v313: boolean;
  /** Expressions whose source was wrapped in parentheses (for target checks). */
  private readonly parenthesized = new WeakSet<object>();
  /** Opening parenthesis of a parenthesized expression (its outermost one). */
  private readonly parenStart = new WeakMap<object, Token>();
  private depth = 0;

  constructor(
    private readonly tz: Tokenizer,
    opts: ParserOptions,
  ) {
    this.version = opts.version;
    this.v312 = opts.version !== '3.11';
    this.v313 = opts.version === '3.13';
  }

  // ------------------------------------------------------------------ tokens

  private fetch(i: number): Token {
    const toks = this.toks;
    while (toks.length <= i) {
      const t = this.tz.next();
      toks.push(t);
      if (t.type === Tok.EOF_IN_BRACKETS) this.unclosedParen();
    }
    return toks[i];
  }
  private peek(k = 0): Token {
    return this.fetch(this.p + k);
  }
  private advance(): Token {
    const t = this.fetch(this.p);
    this.p++;
    return t;
  }
  private last(): Token {
    return this.toks[this.p - 1];
  }
  private isOp(s: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === Tok.OP && t.str === s;
  }
  private isKw(s: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === Tok.NAME && t.str === s;
  }
  private eatOp(s: string): Token | null {
    const t = this.peek();
    if (t.type === Tok.OP && t.str === s) {
      this.p++;
      return t;
    }
    return null;
  }
  private eatKw(s: string): Token | null {
    const t = this.peek();
    if (t.type === Tok.NAME && t.str === s) {
      this.p++;
      return t;
    }
    return null;
  }
  private expectOp(s: string): Token {
    const t = this.eatOp(s);
    if (!t) throw FAIL;
    return t;
  }
  private expectKw(s: string): Token {
    const t = this.eatKw(s);
    if (!t) throw FAIL;
    return t;
  }
  /** CPython's forced token `&&'x'`: "expected 'x'" at the current token. */
  private forceOp(s: string): Token {
    const t = this.eatOp(s);
    if (t) return t;
    this.errTok(this.peek(), `expected '${s}'`);
  }
  private isName(k = 0): boolean {
    const t = this.peek(k);
    return t.type === Tok.NAME && !KEYWORDS.has(t.str);
  }
  private name(): Token {
    const t = this.peek();
    if (t.type === Tok.NAME && !KEYWORDS.has(t.str)) {
      this.p++;
      return t;
    }
    throw FAIL;
  }

  // ------------------------------------------------------------------ errors

  private raw(msg: string, line: number, col: number, endLine: number, endCol: number, type: RawError['type'] = 'SyntaxError'): RawError {
    return { type, msg, lineno: line, offset: col + 1, end_lineno: endLine, end_offset: endCol + 1, text: { kind: 'auto' } };
  }
  private errTok(t: Token, msg: string, type: RawError['type'] = 'SyntaxError'): never {
    throw new ParseError(this.raw(msg, t.line, t.col, t.endLine, this.tokEndCol(t), type));
  }
  private tokEndCol(t: Token): number {
    if (t.type === Tok.NEWLINE && this.version === '3.11') return t.col;
    return t.endCol;
  }
  private errNode(n: Loc, msg: string): never {
    throw new ParseError(this.raw(msg, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset));
  }
  private errRange(a: Loc | Token, b: Loc | Token, msg: string): never {
    const [l1, c1] = 'lineno' in a ? [a.lineno, a.col_offset] : [a.line, a.col];
    const [l2, c2] = 'lineno' in b ? [b.end_lineno, b.end_col_offset] : [b.endLine, this.tokEndCol(b)];
    throw new ParseError(this.raw(msg, l1, c1, l2, c2));
  }
  private unclosedParen(): never {
    const ps = this.tz.parens;
    const o = ps[ps.length - 1];
    throw new TokenizeError({ type: 'SyntaxError', msg: `'${String.fromCharCode(o.ch)}' was never closed`, lineno: o.line, offset: o.col + 1, end_lineno: o.line, end_offset: 0, text: { kind: 'auto' } });
  }
  private enter(cost: number): void {
    this.depth += cost;
    if (this.depth >= PARSER_STACK_LIMIT) {
      throw new LimitError('MemoryError', this.version === '3.11' ? '' : 'Parser stack overflowed - Python source too complex to parse');
    }
  }

  /** The furthest token fetched (CPython's p->tokens[p->fill-1]). */
  furthestToken(): Token {
    return this.toks[this.toks.length - 1];
  }

  // ------------------------------------------------------------------ nodes

  private startOf(t: Token): Pos {
    return { line: t.line, col: t.col };
  }
  private fin<T extends object>(node: T, start: Pos | Token | Loc): T & Loc {
    const e = this.last();
    const n = node as T & Loc;
    if ('lineno' in start) {
      n.lineno = start.lineno;
      n.col_offset = start.col_offset;
    } else {
      n.lineno = start.line;
      n.col_offset = start.col;
    }
    n.end_lineno = e.endLine;
    n.end_col_offset = e.endCol;
    return n;
  }
  /** Node from the start of `a` (including enclosing parentheses) to the last consumed token. */
  private span<T extends object>(node: T, a: Loc, _b: Loc): T & Loc {
    const n = node as T & Loc;
    const ps = this.parenStart.get(a);
    n.lineno = ps ? ps.line : a.lineno;
    n.col_offset = ps ? ps.col : a.col_offset;
    const e = this.last();
    n.end_lineno = e.endLine;
    n.end_col_offset = e.endCol;
    return n;
  }

  // ================================================================== module

  /** Largest number of tokens in one top-level statement (bounds the AST depth). */
  maxStmtTokens = 0;

  parseModule(): A.Module {
    const body: A.Stmt[] = [];
    while (this.peek().type !== Tok.ENDMARKER) {
      const p0 = this.p;
      this.statement(body);
      if (this.p - p0 > this.maxStmtTokens) this.maxStmtTokens = this.p - p0;
    }
    return { _type: 'Module', body, type_ignores: [] };
  }

  /** CPython's `eval: expressions NEWLINE* ENDMARKER` start rule (compile(..., 'eval')). */
  parseEval(): A.Expr {
    const e = this.starExpressions();
    while (this.peek().type === Tok.NEWLINE) this.advance();
    if (this.peek().type !== Tok.ENDMARKER) throw FAIL;
    return e;
  }

  /**
   * CPython's `interactive: statement_newline` start rule (compile(..., 'single')): one statement (or one
   * line of simple statements). `multipleStatements` is set when more input follows (bad_single_statement).
   */
  multipleStatements = false;
  parseSingle(): A.Module {
    const body: A.Stmt[] = [];
    if (this.peek().type === Tok.ENDMARKER) throw FAIL;
    this.statement(body);
    let more: boolean;
    try {
      more = this.peek().type !== Tok.ENDMARKER;
    } catch {
      more = true;
    }
    // `compound_stmt NEWLINE`: anything after a compound statement is a plain syntax error at that token
    if (more && body.length === 1 && SINGLE_COMPOUND.has(body[0]._type)) throw FAIL;
    this.multipleStatements = more;
    return { _type: 'Module', body, type_ignores: [] };
  }

  private statement(out: A.Stmt[]): void {
    const t = this.peek();
    if (t.type === Tok.INDENT) throw FAIL;
    if (t.type === Tok.NAME) {
      switch (t.str) {
        case 'def': out.push(this.funcDef([], null)); return;
        case 'class': out.push(this.classDef([])); return;
        case 'if': out.push(this.ifStmt()); return;
        case 'while': out.push(this.whileStmt()); return;
        case 'for': out.push(this.forStmt(null)); return;
        case 'try': out.push(this.tryStmt()); return;
        case 'with': out.push(this.withStmt(null)); return;
        case 'async': {
          const n = this.peek(1);
          if (n.type === Tok.NAME && (n.str === 'def' || n.str === 'for' || n.str === 'with')) {
            this.p++;
            if (n.str === 'def') out.push(this.funcDef([], t));
            else if (n.str === 'for') out.push(this.forStmt(t));
            else out.push(this.withStmt(t));
            return;
          }
          break;
        }
        case 'match': {
          const m = this.tryMatch();
          if (m) {
            out.push(m);
            return;
          }
          break;
        }
      }
    } else if (t.type === Tok.OP && t.str === '@') {
      out.push(this.decorated());
      return;
    }
    this.simpleStmts(out);
  }

  private simpleStmts(out: A.Stmt[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      if (this.eatOp(';')) {
        if (this.peek().type === Tok.NEWLINE) break;
        continue;
      }
      break;
    }
    const t = this.peek();
    if (t.type !== Tok.NEWLINE) throw FAIL;
    this.p++;
  }

  // ================================================================== blocks

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts */
  private block(what: string | null, headerTok: Token): A.Stmt[] {
    const t = this.peek();
    if (t.type === Tok.NEWLINE) {
      this.p++;
      const ind = this.peek();
      if (ind.type !== Tok.INDENT) {
        if (what === null) this.errIndent('expected an indented block', ind);
        this.errIndent(`expected an indented block after ${what} on line ${headerTok.line}`, ind);
      }
      this.p++;
      const body: A.Stmt[] = [];
      while (this.peek().type !== Tok.DEDENT) {
        if (this.peek().type === Tok.ENDMARKER) break;
        this.statement(body);
      }
      if (this.peek().type === Tok.DEDENT) this.p++;
      return body;
    }
    const body: A.Stmt[] = [];
    this.simpleStmts(body);
    return body;
  }

  private errIndent(msg: string, t: Token): never {
    if (t.type === Tok.ENDMARKER || t.type === Tok.DEDENT) {
      // At end of file: CPython reports the position after the header line.
      const nl = this.toks[this.p - 1];
      throw new ParseError({ type: 'IndentationError', msg, lineno: nl.line, offset: nl.endCol, end_lineno: nl.line, end_offset: -1, text: { kind: 'auto' } });
    }
    this.errTok(t, msg, 'IndentationError');
  }

  // ================================================================== simple statements

  private simpleStmt(): A.Stmt {
    const t = this.peek();
    if (t.type === Tok.NAME) {
      switch (t.str) {
        case 'pass': this.p++; return this.fin({ _type: 'Pass' } as A.Pass, t);
        case 'break': this.p++; return this.fin({ _type: 'Break' } as A.Break, t);
        case 'continue': this.p++; return this.fin({ _type: 'Continue' } as A.Continue, t);
        case 'return': {
          this.p++;
          const value = this.startsExpression() ? this.starExpressions() : null;
          return this.fin({ _type: 'Return', value } as A.Return, t);
        }
        case 'raise': {
          this.p++;
          let exc: A.Expr | null = null, cause: A.Expr | null = null;
          if (this.startsExpression()) {
            exc = this.expression();
            if (this.eatKw('from')) cause = this.expression();
          }
          return this.fin({ _type: 'Raise', exc, cause } as A.Raise, t);
        }
        case 'global': case 'nonlocal': {
          this.p++;
          const names = [this.name().str];
          while (this.eatOp(',')) names.push(this.name().str);
          return this.fin({ _type: t.str === 'global' ? 'Global' : 'Nonlocal', names } as A.Global, t);
        }
        case 'del': return this.delStmt();
        case 'assert': {
          this.p++;
          const test = this.expression();
          const msg = this.eatOp(',') ? this.expression() : null;
          return this.fin({ _type: 'Assert', test, msg } as A.Assert, t);
        }
        case 'import': return this.importStmt();
        case 'from': return this.fromImport();
        case 'type':
          // 3.11 has no type_alias rule: no lookahead (it would move the furthest token of "invalid syntax")
          if (this.v312 && this.isName(1) && (this.isOp('=', 2) || this.isOp('[', 2))) {
            // type_alias is one alternative of the statement: when it fails, `type` is an ordinary name
            const save = this.p;
            try {
              return this.typeAlias();
            } catch (e) {
              if (!(e instanceof Fail)) throw e;
              this.p = save;
            }
          }
          break;
      }
    }
    return this.exprStmt();
  }

  private startsExpression(k = 0): boolean {
    const t = this.peek(k);
    switch (t.type) {
      case Tok.NUMBER: case Tok.STRING: case Tok.FSTRING_START: return true;
      case Tok.NAME:
        return !KEYWORDS.has(t.str) || t.str === 'not' || t.str === 'lambda' || t.str === 'await' || t.str === 'None' || t.str === 'True' || t.str === 'False' || t.str === 'yield';
      case Tok.OP:
        return t.str === '(' || t.str === '[' || t.str === '{' || t.str === '-' || t.str === '+' || t.str === '~' || t.str === '...' || t.str === '*';
      default: return false;
    }
  }

  private delStmt(): A.Stmt {
    const t = this.advance();
    const targets: A.Expr[] = [];
    for (;;) {
      const e = this.starNamedExprOrBitOr();
      targets.push(e);
      if (!this.eatOp(',')) break;
      if (!this.startsExpression()) break;
    }
    if (this.peek().type !== Tok.NEWLINE && !this.isOp(';')) {
      throw FAIL;
    }
    for (const e of targets) {
      const bad = invalidTarget(e, 'del');
      if (bad) this.errNode(bad, `cannot delete ${exprName(bad)}`);
    }
    return this.fin({ _type: 'Delete', targets: targets.map((e) => this.setCtx(e, 'Del')) } as A.Delete, t);
  }

  private starNamedExprOrBitOr(): A.Expr {
    if (this.isOp('*')) {
      const s = this.advance();
      const v = this.bitOr();
      return this.fin({ _type: 'Starred', value: v, ctx: 'Load' } as A.Starred, s);
    }
    return this.expression();
  }

  private dottedName(): string {
    const parts = [this.name().str];
    while (this.isOp('.') && this.isName(1)) {
      this.p++;
      parts.push(this.name().str);
    }
    return parts.join('.');
  }

  private importStmt(): A.Stmt {
    const t = this.advance();
    const names: A.Alias[] = [];
    do {
      const s = this.peek();
      const name = this.dottedName();
      let asname: string | null = null;
      if (this.eatKw('as')) asname = this.name().str;
      names.push(this.fin({ _type: 'alias', name, asname } as A.Alias, s));
    } while (this.eatOp(','));
    return this.fin({ _type: 'Import', names } as A.Import, t);
  }

  private fromImport(): A.Stmt {
    const t = this.advance();
    let level = 0;
    for (;;) {
      if (this.eatOp('.')) level++;
      else if (this.eatOp('...')) level += 3;
      else break;
    }
    let module: string | null = null;
    if (!this.isKw('import')) module = this.dottedName();
    else if (level === 0) throw FAIL;
    this.expectKw('import');
    const names: A.Alias[] = [];
    if (this.isOp('*')) {
      const s = this.advance();
      names.push(this.fin({ _type: 'alias', name: '*', asname: null } as A.Alias, s));
    } else {
      const paren = this.eatOp('(');
      for (;;) {
        const s = this.peek();
        if (!this.isName()) {
          if (this.version === '3.13' && names.length === 0 && !paren && s.type === Tok.NEWLINE) {
            this.errTok(s, "Expected one or more names after 'import'");
          }
          throw FAIL;
        }
        const name = this.name().str;
        let asname: string | null = null;
        if (this.eatKw('as')) asname = this.name().str;
        names.push(this.fin({ _type: 'alias', name, asname } as A.Alias, s));
        if (!this.eatOp(',')) break;
        if (paren && this.isOp(')')) break;
        if (!paren && this.peek().type === Tok.NEWLINE) {
          this.errTok(this.peek(), 'trailing comma not allowed without surrounding parentheses');
        }
      }
      if (paren) this.expectOp(')');
    }
    return this.fin({ _type: 'ImportFrom', module, names, level } as A.ImportFrom, t);
  }

  private typeAlias(): A.Stmt {
    const t = this.advance();
    const nt = this.name();
    const name = this.fin({ _type: 'Name', id: nt.str, ctx: 'Store' } as A.Name, nt);
    const typeParams = this.isOp('[') ? this.typeParams() : [];
    this.expectOp('=');
    const value = this.expression();
    return this.fin({ _type: 'TypeAlias', name, type_params: typeParams, value } as A.TypeAlias, t);
  }

  private exprStmt(): A.Stmt {
    const start = this.peek();
    if (start.type === Tok.NAME && KEYWORDS.has(start.str) && !this.startsExpression()) throw FAIL;
    const first = this.isKw('yield') ? this.yieldExpr() : this.starExpressions(true);
    // annotated assignment
    if (this.isOp(':')) {
      const colon = this.peek();
      const ptz = this.parenthesized.has(first);
      if (first._type === 'Tuple' && !ptz) {
        this.errNode(first.elts[0], 'only single target (not tuple) can be annotated');
      }
      if ((first._type === 'List' || first._type === 'Tuple')) {
        this.errNode(first, `only single target (not ${first._type === 'List' ? 'list' : 'tuple'}) can be annotated`);
      }
      if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
        this.errNode(first, 'illegal target for annotation');
      }
      void colon;
      this.p++;
      const annotation = this.expression();
      let value: A.Expr | null = null;
      if (this.eatOp('=')) value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      const simple = first._type === 'Name' && !ptz ? 1 : 0;
      return this.fin({ _type: 'AnnAssign', target: this.setCtx(first, 'Store') as A.Name, annotation, value, simple } as A.AnnAssign, start);
    }
    const t = this.peek();
    if (t.type === Tok.OP && AUGOPS[t.str] !== undefined) {
      if (first._type !== 'Name' && first._type !== 'Attribute' && first._type !== 'Subscript') {
        this.errNode(first, `'${exprName(first)}' is an illegal expression for augmented assignment`);
      }
      this.p++;
      const value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      return this.fin({ _type: 'AugAssign', target: this.setCtx(first, 'Store') as A.Name, op: AUGOPS[t.str], value } as A.AugAssign, start);
    }
    if (t.type === Tok.OP && t.str === '=') {
      const exprs: A.Expr[] = [first];
      while (this.eatOp('=')) {
        exprs.push(this.isKw('yield') ? this.yieldExpr() : this.starExpressions(true));
      }
      const nTargets = exprs.length - 1;
      for (let i = 0; i < nTargets; i++) {
        const e = exprs[i];
        if (e._type === 'Yield' || e._type === 'YieldFrom') this.errNode(e, 'assignment to yield expression not possible');
        const bad = invalidTarget(e, 'star');
        if (bad) {
          if (i === 0 && nTargets === 1) {
            // invalid_named_expression: `a=bitwise_or '=' bitwise_or !('='|':=')`
            const cand = e._type === 'Tuple' && !this.parenthesized.has(e) ? e.elts[e.elts.length - 1] : e;
            if (cand === bad && isBitwiseOrLevel(bad, this.parenthesized.has(bad))) {
              this.errNode(bad, `cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`);
            }
          }
          this.errNode(bad, `cannot assign to ${exprName(bad)}`);
        }
      }
      const value = exprs[nTargets];
      this.noBareStarredValue(value);
      return this.fin({ _type: 'Assign', targets: exprs.slice(0, nTargets).map((e) => this.setCtx(e, 'Store')), value, type_comment: null } as A.Assign, start);
    }
    // plain expression statement
    if (first._type === 'Name' && (first.id === 'print' || first.id === 'exec') && this.startsExpression() && !this.isOp('(')) {
      const save = this.p;
      try {
        const rest = this.starExpressions();
        this.errRange(first, rest, `Missing parentheses in call to '${first.id}'. Did you mean ${first.id}(...)?`);
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
        this.p = save;
      }
    }
    if (t.type === Tok.OP && t.str === ':=' && first._type !== 'Name') {
      this.errNode(first, `cannot use assignment expressions with ${exprName(first)}`);
    }
    return this.fin({ _type: 'Expr', value: first } as A.ExprStmt, start);
  }

  private noBareStarredValue(_v: A.Expr): void {
    // `x = *a` is a compiler error in CPython ("can't use starred expression here"), not a parser one.
  }

  /** Set ctx (Store/Del) recursively on a valid target. */
  private setCtx(e: A.Expr, ctx: A.ExprContext): A.Expr {
    switch (e._type) {
      case 'Name': case 'Attribute': case 'Subscript':
        e.ctx = ctx;
        break;
      case 'Starred':
        e.ctx = ctx;
        this.setCtx(e.value, ctx);
        break;
      case 'List': case 'Tuple':
        e.ctx = ctx;
        for (const x of e.elts) this.setCtx(x, ctx);
        break;
    }
    return e;
  }

  // ================================================================== compound statements

  private decorated(): A.Stmt {
    const decos: A.Expr[] = [];
    while (this.eatOp('@')) {
      decos.push(this.namedExpression());
      if (this.peek().type !== Tok.NEWLINE) throw FAIL;
      this.p++;
    }
    const t = this.peek();
    if (this.isKw('def')) return this.funcDef(decos, null);
    if (this.isKw('class')) return this.classDef(decos);
    if (this.isKw('async') && this.isKw('def', 1)) {
      this.p++;
      return this.funcDef(decos, t);
    }
    throw FAIL;
  }

  private funcDef(decos: A.Expr[], asyncTok: Token | null): A.Stmt {
    const defTok = this.advance();
    const start = asyncTok ?? defTok;
    const name = this.name().str;
    // [type_params] is optional: when it does not parse, the error is the forced '(' at the '['
    const typeParams = this.isOp('[') && this.v312 ? this.optionalTypeParams() : [];
    if (!this.isOp('(')) this.errTok(this.peek(), "expected '('");
    this.p++;
    const args = this.parameters(')');
    this.expectOp(')');
    let returns: A.Expr | null = null;
    if (this.eatOp('->')) returns = this.expression();
    this.colonOrError();
    const body = this.block('function definition', defTok);
    const node = {
      _type: asyncTok ? 'AsyncFunctionDef' : 'FunctionDef', name, args, body, decorator_list: decos, returns, type_comment: null, type_params: typeParams,
    } as A.FunctionDef;
    return this.finBlock(node, start, body);
  }

  /** End position of a compound statement = end of its last statement. */
  private finBlock<T extends object>(node: T, start: Token, lastBody: A.Stmt[]): T & Loc {
    const n = node as T & Loc;
    n.lineno = start.line;
    n.col_offset = start.col;
    const l = lastBody[lastBody.length - 1];
    if (!l) throw FAIL;
    n.end_lineno = l.end_lineno;
    n.end_col_offset = l.end_col_offset;
    return n;
  }

  private colonOrError(): void {
    if (this.eatOp(':')) return;
    const t = this.peek();
    if (t.type === Tok.NEWLINE) this.errTok(t, "expected ':'");
    throw FAIL;
  }

  private classDef(decos: A.Expr[]): A.Stmt {
    const t = this.advance();
    const name = this.name().str;
    const typeParams = this.isOp('[') && this.v312 ? this.optionalTypeParams() : [];
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.eatOp('(')) {
      if (!this.isOp(')')) [bases, keywords] = this.callArgs();
      this.expectOp(')');
    }
    this.colonOrError();
    const body = this.block('class definition', t);
    return this.finBlock({ _type: 'ClassDef', name, bases, keywords, body, decorator_list: decos, type_params: typeParams } as A.ClassDef, t, body);
  }

  /** `[type_params]` where the rule is optional: on failure nothing is consumed (the caller reports). */
  private optionalTypeParams(): A.TypeParam[] {
    const save = this.p;
    try {
      return this.typeParams();
    } catch (e) {
      if (!(e instanceof Fail)) throw e;
      this.p = save;
      return [];
    }
  }

  private typeParams(): A.TypeParam[] {
    this.expectOp('[');
    const out: A.TypeParam[] = [];
    // 3.13 (PEP 696): `= default` (a TypeVarTuple's default may be starred); the AST field exists from 3.13
    const withDefault = <T extends A.TypeParam>(node: T, starred: boolean): T => {
      if (!this.v313) return node;
      let d: A.Expr | null = null;
      if (this.eatOp('=')) d = starred ? this.starExpression() : this.expression();
      node.default_value = d;
      return node;
    };
    for (;;) {
      const s = this.peek();
      if (this.eatOp('*')) {
        const n = this.name().str;
        out.push(this.fin(withDefault({ _type: 'TypeVarTuple', name: n } as A.TypeVarTuple, true), s));
      } else if (this.eatOp('**')) {
        const n = this.name().str;
        out.push(this.fin(withDefault({ _type: 'ParamSpec', name: n } as A.ParamSpec, false), s));
      } else {
        const n = this.name().str;
        let bound: A.Expr | null = null;
        if (this.eatOp(':')) bound = this.expression();
        out.push(this.fin(withDefault({ _type: 'TypeVar', name: n, bound } as A.TypeVar, false), s));
      }
      if (!this.eatOp(',')) break;
      if (this.isOp(']')) break;
    }
    this.expectOp(']');
    return out;
  }

  private ifStmt(): A.Stmt {
    const t = this.advance();
    const test = this.namedExpression();
    this.colonOrError();
    const body = this.block("'if' statement", t);
    const orelse = this.elseChain();
    return this.finBlock({ _type: 'If', test, body, orelse } as A.If, t, orelse.length ? orelse : body);
  }

  private elseChain(): A.Stmt[] {
    if (this.isKw('elif')) {
      const t = this.advance();
      const test = this.namedExpression();
      this.colonOrError();
      const body = this.block("'elif' statement", t);
      const orelse = this.elseChain();
      return [this.finBlock({ _type: 'If', test, body, orelse } as A.If, t, orelse.length ? orelse : body)];
    }
    return this.elseBlock();
  }

  private elseBlock(): A.Stmt[] {
    if (this.isKw('else')) {
      const t = this.advance();
      this.colonOrError();
      return this.block("'else' statement", t);
    }
    return [];
  }

  private whileStmt(): A.Stmt {
    const t = this.advance();
    const test = this.namedExpression();
    this.colonOrError();
    const body = this.block("'while' statement", t);
    const orelse = this.elseBlock();
    return this.finBlock({ _type: 'While', test, body, orelse } as A.While, t, orelse.length ? orelse : body);
  }

  private forStmt(asyncTok: Token | null): A.Stmt {
    const t = this.advance();
    const target = this.starTargets('for');
    this.expectKw('in');
    const iter = this.starExpressions();
    this.colonOrError();
    const body = this.block("'for' statement", t);
    const orelse = this.elseBlock();
    return this.finBlock({ _type: asyncTok ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null } as A.For, asyncTok ?? t, orelse.length ? orelse : body);
  }

  /** star_targets used by `for` and comprehensions: parse then validate. */
  private starTargets(kind: TargetKind): A.Expr {
    const e = this.starExpressionsUpTo();
    const bad = invalidTarget(e, kind);
    if (bad) this.errNode(bad, `cannot assign to ${exprName(bad)}`);
    return this.setCtx(e, 'Store');
  }

  /** A target list for `for`/comprehensions: star_expression-like items, stopping before `in`. */
  private starExpressionsUpTo(): A.Expr {
    const start = this.peek();
    const first = this.targetItem();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isKw('in')) break;
      elts.push(this.targetItem());
    }
    return this.fin({ _type: 'Tuple', elts, ctx: 'Store' } as A.Tuple, start);
  }

  private targetItem(): A.Expr {
    if (this.isOp('*')) {
      const s = this.advance();
      const v = this.targetItem();
      return this.fin({ _type: 'Starred', value: v, ctx: 'Store' } as A.Starred, s);
    }
    // bitwise_or level, so that `in` is not consumed as a comparison
    return this.bitOr();
  }

  private withStmt(asyncTok: Token | null): A.Stmt {
    const t = this.advance();
    let items: A.WithItem[] | null = null;
    if (this.isOp('(')) {
      // try the parenthesized form: '(' with_item (',' with_item)* [','] ')' ':'
      const save = this.p;
      try {
        this.p++;
        const its: A.WithItem[] = [];
        for (;;) {
          its.push(this.withItem());
          if (!this.eatOp(',')) break;
          if (this.isOp(')')) break;
        }
        this.expectOp(')');
        if (!this.isOp(':')) throw FAIL;
        items = its;
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
        this.p = save;
      }
    }
    if (!items) {
      items = [];
      do items.push(this.withItem());
      while (this.eatOp(','));
    }
    this.colonOrError();
    const body = this.block("'with' statement", t);
    return this.finBlock({ _type: asyncTok ? 'AsyncWith' : 'With', items, body, type_comment: null } as A.With, asyncTok ?? t, body);
  }

  private withItem(): A.WithItem {
    const e = this.expression();
    let vars: A.Expr | null = null;
    if (this.eatKw('as')) {
      const tgt = this.targetItemFull();
      if (!(this.isOp(',') || this.isOp(':') || this.isOp(')'))) throw FAIL;
      const bad = invalidTarget(tgt, 'star');
      if (bad) this.errNode(bad, `cannot assign to ${exprName(bad)}`);
      vars = this.setCtx(tgt, 'Store');
    }
    return { _type: 'withitem', context_expr: e, optional_vars: vars };
  }

  /** star_target (single): allows parenthesized tuples/lists. */
  private targetItemFull(): A.Expr {
    if (this.isOp('*')) {
      const s = this.advance();
      const v = this.targetItemFull();
      return this.fin({ _type: 'Starred', value: v, ctx: 'Store' } as A.Starred, s);
    }
    return this.bitOr();
  }

  private tryStmt(): A.Stmt {
    const t = this.advance();
    this.colonOrError();
    const body = this.block("'try' statement", t);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw('except')) {
      const et = this.advance();
      const isStar = !!this.eatOp('*');
      if (star !== null && star !== isStar) {
        this.errTok(et, "cannot have both 'except' and 'except*' on the same 'try'");
      }
      star = isStar;
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(':')) {
        type = this.expression();
        if (this.isOp(',')) {
          const save = this.p;
          const rest = this.starExpressionsFrom(type);
          if (this.isOp(':') || this.isKw('as')) this.errNode(rest, 'multiple exception types must be parenthesized');
          this.p = save;
          throw FAIL;
        }
        if (this.eatKw('as')) name = this.name().str;
      } else if (isStar) {
        this.errTok(this.peek(), 'expected one or more exception types');
      }
      this.colonOrError();
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", et);
      handlers.push(this.finBlock({ _type: 'ExceptHandler', type, name, body: hbody } as A.ExceptHandlerNode, et, hbody));
    }
    const orelse = handlers.length ? this.elseBlock() : [];
    let finalbody: A.Stmt[] = [];
    if (this.isKw('finally')) {
      const ft = this.advance();
      this.colonOrError();
      finalbody = this.block("'finally' statement", ft);
    }
    if (!handlers.length && !finalbody.length) {
      this.errTok(this.peek(), "expected 'except' or 'finally' block");
    }
    const lastBody = finalbody.length ? finalbody : orelse.length ? orelse : handlers.length ? [handlers[handlers.length - 1] as unknown as A.Stmt] : body;
    return this.finBlock({ _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody } as A.Try, t, lastBody);
  }

  /** Continue parsing `a, b, c` after a first expression; returns the tuple. */
  private starExpressionsFrom(first: A.Expr): A.Expr {
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.expression());
    }
    return this.span({ _type: 'Tuple', elts, ctx: 'Load' } as A.Tuple, first, elts[elts.length - 1]);
  }

  // ================================================================== match

  private tryMatch(): A.Stmt | null {
    const save = this.p;
    const t = this.advance();
    // Quick rejections: `match` used as a name.
    const n = this.peek();
    if (n.type === Tok.NEWLINE || (n.type === Tok.OP && (n.str === '=' || n.str === '.' || n.str === ':' || AUGOPS[n.str] !== undefined || n.str === ',' || n.str === ')'))) {
      this.p = save;
      return null;
    }
    let subject: A.Expr;
    try {
      subject = this.matchSubject();
      if (!this.isOp(':')) throw FAIL;
    } catch (e) {
      if (!(e instanceof Fail)) throw e;
      this.p = save;
      return null;
    }
    this.p++;
    if (this.peek().type !== Tok.NEWLINE) throw FAIL;
    this.p++;
    if (this.peek().type !== Tok.INDENT) this.errIndent(`expected an indented block after 'match' statement on line ${t.line}`, this.peek());
    this.p++;
    const cases: A.MatchCase[] = [];
    while (this.isKw('case')) {
      const ct = this.advance();
      const pattern = this.patterns();
      let guard: A.Expr | null = null;
      if (this.eatKw('if')) guard = this.namedExpression();
      this.colonOrError();
      const body = this.block("'case' statement", ct);
      cases.push({ _type: 'match_case', pattern, guard, body });
    }
    if (!cases.length) throw FAIL;
    if (this.peek().type !== Tok.DEDENT) throw FAIL;
    this.p++;
    const lastBody = cases[cases.length - 1].body;
    return this.finBlock({ _type: 'Match', subject, cases } as A.Match, t, lastBody);
  }

  private matchSubject(): A.Expr {
    const start = this.peek();
    const first = this.isOp('*') ? this.starNamedExprOrBitOr() : this.namedExpression();
    if (!this.isOp(',')) {
      if (first._type === 'Starred') throw FAIL;
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(':')) break;
      elts.push(this.isOp('*') ? this.starNamedExprOrBitOr() : this.namedExpression());
    }
    return this.fin({ _type: 'Tuple', elts, ctx: 'Load' } as A.Tuple, start);
  }

  private patterns(): A.Pattern {
    const start = this.peek();
    const first = this.maybeStarPattern();
    if (!this.isOp(',')) {
      if (first._type === 'MatchStar') return this.fin({ _type: 'MatchSequence', patterns: [first] } as A.MatchSequence, start);
      return first;
    }
    const pats = [first];
    while (this.eatOp(',')) {
      if (this.isOp(':') || this.isKw('if')) break;
      pats.push(this.maybeStarPattern());
    }
    return this.fin({ _type: 'MatchSequence', patterns: pats } as A.MatchSequence, start);
  }

  private maybeStarPattern(): A.Pattern {
    if (this.isOp('*')) {
      const s = this.advance();
      const n = this.name().str;
      return this.fin({ _type: 'MatchStar', name: n === '_' ? null : n } as A.MatchStar, s);
    }
    return this.pattern();
  }

  private pattern(): A.Pattern {
    const start = this.peek();
    const orp = this.orPattern();
    if (this.eatKw('as')) {
      const n = this.name().str;
      if (n === '_') throw FAIL;
      return this.fin({ _type: 'MatchAs', pattern: orp, name: n } as A.MatchAs, start);
    }
    return orp;
  }

  private orPattern(): A.Pattern {
    const start = this.peek();
    const first = this.closedPattern();
    if (!this.isOp('|')) return first;
    const pats = [first];
    while (this.eatOp('|')) pats.push(this.closedPattern());
    return this.fin({ _type: 'MatchOr', patterns: pats } as A.MatchOr, start);
  }

  private closedPattern(): A.Pattern {
    const t = this.peek();
    if (t.type === Tok.NUMBER || (t.type === Tok.OP && t.str === '-')) {
      const v = this.signedNumberPattern();
      return this.span({ _type: 'MatchValue', value: v } as A.MatchValue, v, v);
    }
    if (t.type === Tok.STRING || t.type === Tok.FSTRING_START) {
      const v = this.strings();
      return this.span({ _type: 'MatchValue', value: v } as A.MatchValue, v, v);
    }
    if (t.type === Tok.NAME) {
      if (t.str === 'None' || t.str === 'True' || t.str === 'False') {
        this.p++;
        const value: A.PyConstant = t.str === 'None' ? { kind: 'None' } : { kind: 'bool', value: t.str === 'True' };
        return this.fin({ _type: 'MatchSingleton', value } as A.MatchSingleton, t);
      }
      if (KEYWORDS.has(t.str)) throw FAIL;
      // name or dotted name / class pattern
      this.p++;
      let e: A.Expr = this.fin({ _type: 'Name', id: t.str, ctx: 'Load' } as A.Name, t);
      let dotted = false;
      while (this.isOp('.')) {
        this.p++;
        const a = this.name();
        e = this.fin({ _type: 'Attribute', value: e, attr: a.str, ctx: 'Load' } as A.Attribute, t);
        dotted = true;
      }
      if (this.isOp('(')) return this.classPattern(e, t);
      if (dotted) return this.span({ _type: 'MatchValue', value: e } as A.MatchValue, e, e);
      return this.fin({ _type: 'MatchAs', pattern: null, name: t.str === '_' ? null : t.str } as A.MatchAs, t);
    }
    if (t.type === Tok.OP) {
      if (t.str === '(' || t.str === '[') {
        this.p++;
        const close = t.str === '(' ? ')' : ']';
        if (this.eatOp(close)) return this.fin({ _type: 'MatchSequence', patterns: [] as A.Pattern[] } as A.MatchSequence, t);
        const first = this.maybeStarPattern();
        if (t.str === '(' && this.eatOp(')')) {
          if (first._type === 'MatchStar') return this.fin({ _type: 'MatchSequence', patterns: [first] } as A.MatchSequence, t);
          return first; // group pattern
        }
        const pats = [first];
        while (this.eatOp(',')) {
          if (this.isOp(close)) break;
          pats.push(this.maybeStarPattern());
        }
        this.expectOp(close);
        return this.fin({ _type: 'MatchSequence', patterns: pats } as A.MatchSequence, t);
      }
      if (t.str === '{') return this.mappingPattern();
    }
    throw FAIL;
  }

  private signedNumberPattern(): A.Expr {
    const t = this.peek();
    let e: A.Expr;
    if (this.eatOp('-')) {
      const n = this.advance();
      if (n.type !== Tok.NUMBER) throw FAIL;
      const c = this.fin({ _type: 'Constant', value: parseNumber(n.str), kind: null } as A.Constant, n);
      e = this.fin({ _type: 'UnaryOp', op: 'USub', operand: c } as A.UnaryOp, t);
    } else {
      const n = this.advance();
      e = this.fin({ _type: 'Constant', value: parseNumber(n.str), kind: null } as A.Constant, n);
    }
    if (this.isOp('+') || this.isOp('-')) {
      const op = this.advance();
      const n = this.advance();
      if (n.type !== Tok.NUMBER) throw FAIL;
      const r = this.fin({ _type: 'Constant', value: parseNumber(n.str), kind: null } as A.Constant, n);
      e = this.fin({ _type: 'BinOp', left: e, op: op.str === '+' ? 'Add' : 'Sub', right: r } as A.BinOp, t);
    }
    return e;
  }

  private classPattern(cls: A.Expr, start: Token): A.Pattern {
    this.expectOp('(');
    const patterns: A.Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.Pattern[] = [];
    while (!this.isOp(')')) {
      if (this.isName() && this.isOp('=', 1)) {
        kwdAttrs.push(this.name().str);
        this.p++;
        kwdPatterns.push(this.pattern());
      } else {
        if (kwdAttrs.length) throw FAIL;
        patterns.push(this.pattern());
      }
      if (!this.eatOp(',')) break;
    }
    this.expectOp(')');
    return this.fin({ _type: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns } as A.MatchClass, start);
  }

  private mappingPattern(): A.Pattern {
    const t = this.advance();
    const keys: A.Expr[] = [];
    const pats: A.Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp('}')) {
      if (this.eatOp('**')) {
        rest = this.name().str;
        this.eatOp(',');
        break;
      }
      const k = this.peek();
      let key: A.Expr;
      if (k.type === Tok.NUMBER || (k.type === Tok.OP && k.str === '-')) key = this.signedNumberPattern();
      else if (k.type === Tok.STRING || k.type === Tok.FSTRING_START) key = this.strings();
      else if (k.type === Tok.NAME && (k.str === 'None' || k.str === 'True' || k.str === 'False')) {
        this.p++;
        const value: A.PyConstant = k.str === 'None' ? { kind: 'None' } : { kind: 'bool', value: k.str === 'True' };
        key = this.fin({ _type: 'Constant', value, kind: null } as A.Constant, k);
      } else if (this.isName()) {
        this.p++;
        key = this.fin({ _type: 'Name', id: k.str, ctx: 'Load' } as A.Name, k);
        if (!this.isOp('.')) throw FAIL;
        while (this.eatOp('.')) {
          const a = this.name();
          key = this.fin({ _type: 'Attribute', value: key, attr: a.str, ctx: 'Load' } as A.Attribute, k);
        }
      } else throw FAIL;
      this.expectOp(':');
      keys.push(key);
      pats.push(this.pattern());
      if (!this.eatOp(',')) break;
    }
    this.expectOp('}');
    return this.fin({ _type: 'MatchMapping', keys, patterns: pats, rest } as A.MatchMapping, t);
  }

  // ================================================================== parameters

  /** Parameters of def (annotations allowed) or lambda (close = ':'). */
  private parameters(close: ')' | ':'): A.Arguments {
    const lambda = close === ':';
    const posonly: A.Arg[] = [];
    const args: A.Arg[] = [];
    const defaults: A.Expr[] = [];
    let vararg: A.Arg | null = null;
    const kwonly: A.Arg[] = [];
    const kwDefaults: (A.Expr | null)[] = [];
    let kwarg: A.Arg | null = null;
    let sawStar = false;
    let sawDefault = false;
    const defaultMsg = this.version === '3.11' ? 'non-default argument follows default argument' : 'parameter without a default follows parameter with a default';
    while (!this.isOp(close)) {
      const t = this.peek();
      if (kwarg) this.errTok(t, 'arguments cannot follow var-keyword argument');
      if (this.isOp('/')) {
        if (sawStar) this.errTok(t, '/ must be ahead of *');
        if (!args.length) this.errTok(t, 'at least one argument must precede /');
        if (posonly.length) this.errTok(t, '/ may appear only once');
        this.p++;
        posonly.push(...args.splice(0));
      } else if (this.isOp('*')) {
        if (sawStar) this.errTok(t, '* argument may appear only once');
        this.p++;
        sawStar = true;
        if (this.isOp(',') || this.isOp(close)) {
          const n = this.peek(this.isOp(',') ? 1 : 0);
          if (this.isOp(close) || (n.type === Tok.OP && (n.str === close || n.str === '**'))) this.errTok(t, 'named arguments must follow bare *');
        } else {
          vararg = this.param(lambda, true);
        }
      } else if (this.isOp('**')) {
        this.p++;
        kwarg = this.param(lambda, false);
      } else {
        const a = this.param(lambda, false);
        let d: A.Expr | null = null;
        if (this.eatOp('=')) d = this.expression();
        if (sawStar) {
          kwonly.push(a);
          kwDefaults.push(d);
        } else {
          if (d) {
            sawDefault = true;
            defaults.push(d);
          } else if (sawDefault) this.errNode(a, defaultMsg);
          args.push(a);
        }
      }
      if (!this.eatOp(',')) break;
    }
    if (sawStar && !vararg && !kwonly.length) {
      // handled above for the common forms
    }
    return { _type: 'arguments', posonlyargs: posonly, args, vararg, kwonlyargs: kwonly, kw_defaults: kwDefaults, kwarg, defaults };
  }

  private param(lambda: boolean, star: boolean): A.Arg {
    const t = this.name();
    let annotation: A.Expr | null = null;
    if (!lambda && this.eatOp(':')) {
      annotation = star && this.isOp('*') ? this.starNamedExprOrBitOr() : this.expression();
    }
    return this.fin({ _type: 'arg', arg: t.str, annotation, type_comment: null } as A.Arg, t);
  }

  // ================================================================== expressions

  /** star_expressions: allow a bare tuple. `stmtLevel` enables the forgot-comma rule only inside brackets. */
  private starExpressions(_stmtLevel = false): A.Expr {
    const start = this.peek();
    const first = this.starExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression() || this.isKw('yield')) break;
      elts.push(this.starExpression());
    }
    return this.fin({ _type: 'Tuple', elts, ctx: 'Load' } as A.Tuple, start);
  }

  private starExpression(): A.Expr {
    if (this.isOp('*')) {
      const s = this.advance();
      const v = this.bitOr();
      return this.fin({ _type: 'Starred', value: v, ctx: 'Load' } as A.Starred, s);
    }
    return this.expression();
  }

  private starNamedExpression(): A.Expr {
    if (this.isOp('*')) {
      const s = this.advance();
      const v = this.bitOr();
      return this.fin({ _type: 'Starred', value: v, ctx: 'Load' } as A.Starred, s);
    }
    return this.namedExpression();
  }

  /** named_expression: NAME ':=' expression | expression !':=' (+ the invalid_named_expression checks). */
  private namedExpression(): A.Expr {
    const t = this.peek();
    if (this.isName() && this.isOp(':=', 1)) {
      this.p += 2;
      const target = this.fin({ _type: 'Name', id: t.str, ctx: 'Store' } as A.Name, t);
      // restore the end of the name
      target.end_lineno = t.endLine;
      target.end_col_offset = t.endCol;
      const value = this.expression();
      return this.span({ _type: 'NamedExpr', target, value } as A.NamedExpr, target, value);
    }
    const e = this.expression();
    if (this.isOp(':=')) this.errNode(e, `cannot use assignment expressions with ${exprName(e)}`);
    if (this.isOp('=') && !this.isOp('=', 1)) this.invalidNamedAssign(e);
    return e;
  }

  /** invalid_named_expression alternatives 2 and 3 (an `=` where an expression must end). */
  private invalidNamedAssign(e: A.Expr): void {
    const save = this.p;
    this.p++;
    let b: A.Expr;
    try {
      b = this.bitOr();
    } catch (err) {
      if (!(err instanceof Fail)) throw err;
      this.p = save;
      return;
    }
    if (this.isOp('=') || this.isOp(':=')) {
      this.p = save;
      return;
    }
    if (e._type === 'Name' && !this.parenthesized.has(e)) this.errRange(e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (isBitwiseOrLevel(e, this.parenthesized.has(e))) {
      this.errNode(e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
    }
    this.p = save;
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef — chains parsed iteratively. */
  expression(): A.Expr {
    type Frame = { kind: 'lambda'; start: Token; args: A.Arguments } | { kind: 'if'; body: A.Expr; test: A.Expr };
    const frames: Frame[] = [];
    const saveDepth = this.depth;
    let e: A.Expr;
    for (;;) {
      const t = this.peek();
      if (t.type === Tok.NAME && t.str === 'lambda') {
        this.p++;
        const args = this.parameters(':');
        this.expectOp(':');
        frames.push({ kind: 'lambda', start: t, args });
        this.enter(2);
        continue;
      }
      const d = this.disjunction();
      if (this.isKw('if')) {
        this.p++;
        const test = this.disjunction();
        if (!this.isKw('else')) {
          if (!this.isOp(':')) this.errRange(d, test, "expected 'else' after 'if' expression");
          throw FAIL;
        }
        this.p++;
        frames.push({ kind: 'if', body: d, test });
        this.enter(1);
        continue;
      }
      e = d;
      break;
    }
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i];
      if (f.kind === 'lambda') {
        e = this.endAt({ _type: 'Lambda', args: f.args, body: e } as A.Lambda, f.start, e);
      } else {
        e = this.span({ _type: 'IfExp', test: f.test, body: f.body, orelse: e } as A.IfExp, f.body, e);
      }
    }
    this.depth = saveDepth;
    return e;
  }

  private endAt<T extends object>(node: T, start: Token, _end: Loc): T & Loc {
    const n = node as T & Loc;
    n.lineno = start.line;
    n.col_offset = start.col;
    const e = this.last();
    n.end_lineno = e.endLine;
    n.end_col_offset = e.endCol;
    return n;
  }

  private disjunction(): A.Expr {
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.conjunction());
    return this.span({ _type: 'BoolOp', op: 'Or', values } as A.BoolOp, first, values[values.length - 1]);
  }

  private conjunction(): A.Expr {
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return this.span({ _type: 'BoolOp', op: 'And', values } as A.BoolOp, first, values[values.length - 1]);
  }

  private inversion(): A.Expr {
    if (!this.isKw('not')) return this.comparison();
    const nots: Token[] = [];
    const saveDepth = this.depth;
    while (this.isKw('not')) {
      nots.push(this.advance());
      this.enter(1);
    }
    let e = this.comparison();
    for (let i = nots.length - 1; i >= 0; i--) e = this.endAt({ _type: 'UnaryOp', op: 'Not', operand: e } as A.UnaryOp, nots[i], e);
    this.depth = saveDepth;
    return e;
  }

  private comparison(): A.Expr {
    const left = this.bitOr();
    const ops: A.CmpOpKind[] = [];
    const comps: A.Expr[] = [];
    for (;;) {
      const t = this.peek();
      let op: A.CmpOpKind | undefined;
      if (t.type === Tok.OP) op = CMPOPS[t.str];
      else if (t.type === Tok.NAME) {
        if (t.str === 'in') op = 'In';
        else if (t.str === 'is') op = this.isKw('not', 1) ? 'IsNot' : 'Is';
        else if (t.str === 'not' && this.isKw('in', 1)) op = 'NotIn';
      }
      if (!op) break;
      this.p += op === 'IsNot' || op === 'NotIn' ? 2 : 1;
      ops.push(op);
      comps.push(this.bitOr());
    }
    if (!ops.length) return left;
    return this.span({ _type: 'Compare', left, ops, comparators: comps } as A.Compare, left, comps[comps.length - 1]);
  }

  bitOr(): A.Expr {
    return this.binary(1);
  }

  /** Precedence climbing over | ^ & << >> + - * / // % @. */
  private binary(minPrec: number): A.Expr {
    let left = this.factor();
    for (;;) {
      const t = this.peek();
      if (t.type !== Tok.OP) break;
      const info = BINOPS[t.str];
      if (!info || info[0] < minPrec) break;
      this.p++;
      const right = this.binary(info[0] + 1);
      left = this.span({ _type: 'BinOp', left, op: info[1], right } as A.BinOp, left, right);
    }
    return left;
  }

  /** factor: ('+'|'-'|'~') factor | power — prefix operators and `**` chains parsed iteratively. */
  private factor(): A.Expr {
    // Each level: prefixes then a primary; `**` links levels (right-assoc).
    type Level = { prefixes: Token[]; base: A.Expr | null };
    const levels: Level[] = [];
    const saveDepth = this.depth;
    for (;;) {
      const prefixes: Token[] = [];
      for (;;) {
        const t = this.peek();
        if (t.type === Tok.OP && (t.str === '-' || t.str === '+' || t.str === '~')) {
          prefixes.push(this.advance());
          this.enter(1);
        } else break;
      }
      const base = this.awaitPrimary();
      const lvl: Level = { prefixes, base };
      levels.push(lvl);
      if (this.isOp('**')) {
        this.p++;
        this.enter(2);
        continue;
      }
      break;
    }
    // fold from the right: level i = prefixes_i (base_i ** rest)
    let acc: A.Expr | null = null;
    for (let i = levels.length - 1; i >= 0; i--) {
      const lv = levels[i];
      let e: A.Expr = lv.base!;
      if (acc) e = this.span({ _type: 'BinOp', left: e, op: 'Pow', right: acc } as A.BinOp, e, acc);
      for (let j = lv.prefixes.length - 1; j >= 0; j--) {
        const pt = lv.prefixes[j];
        const op: A.UnaryOpKind = pt.str === '-' ? 'USub' : pt.str === '+' ? 'UAdd' : 'Invert';
        e = this.endAt({ _type: 'UnaryOp', op, operand: e } as A.UnaryOp, pt, e);
      }
      acc = e;
    }
    this.depth = saveDepth;
    return acc!;
  }

  private awaitPrimary(): A.Expr {
    if (this.isKw('await')) {
      const t = this.advance();
      const v = this.primary();
      return this.endAt({ _type: 'Await', value: v } as A.Await, t, v);
    }
    return this.primary();
  }

  private primary(): A.Expr {
    let e = this.atom();
    for (;;) {
      const t = this.peek();
      if (t.type !== Tok.OP) break;
      if (t.str === '.') {
        this.p++;
        const n = this.name();
        e = this.endAtTok({ _type: 'Attribute', value: e, attr: n.str, ctx: 'Load' } as A.Attribute, e, n);
      } else if (t.str === '(') {
        this.p++;
        let args: A.Expr[] = [], kws: A.Keyword[] = [];
        if (!this.isOp(')')) [args, kws] = this.callArgs();
        const close = this.expectOp(')');
        e = this.endAtTok({ _type: 'Call', func: e, args, keywords: kws } as A.Call, e, close);
      } else if (t.str === '[') {
        this.p++;
        const s = this.slices();
        const close = this.expectOp(']');
        e = this.endAtTok({ _type: 'Subscript', value: e, slice: s, ctx: 'Load' } as A.Subscript, e, close);
      } else break;
    }
    return e;
  }

  private endAtTok<T extends object>(node: T, start: Loc, end: Token): T & Loc {
    const n = node as T & Loc;
    const ps = this.parenStart.get(start);
    n.lineno = ps ? ps.line : start.lineno;
    n.col_offset = ps ? ps.col : start.col_offset;
    n.end_lineno = end.endLine;
    n.end_col_offset = end.endCol;
    return n;
  }

  private slices(): A.Expr {
    const start = this.peek();
    const first = this.slice();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.slice());
    }
    return this.fin({ _type: 'Tuple', elts, ctx: 'Load' } as A.Tuple, start);
  }

  private slice(): A.Expr {
    const start = this.peek();
    let lower: A.Expr | null = null;
    if (!this.isOp(':')) {
      if (this.isOp('*')) return this.starNamedExprOrBitOr();
      lower = this.namedExpression();
      if (!this.isOp(':')) {
        this.forgotComma(lower);
        return lower;
      }
    }
    this.p++;
    let upper: A.Expr | null = null, step: A.Expr | null = null;
    if (!this.isOp(':') && !this.isOp(']') && !this.isOp(',')) upper = this.expression();
    if (this.eatOp(':')) {
      if (!this.isOp(']') && !this.isOp(',')) step = this.expression();
    }
    return this.fin({ _type: 'Slice', lower, upper, step } as A.Slice, start);
  }

  /** invalid_expression: two expressions side by side inside brackets. */
  private forgotComma(a: A.Expr): void {
    const lastTok = this.toks[this.p - 1];
    if (this.tz.parens.length === 0 || !lastTok) return;
    if (!this.startsExpression() || this.isOp('*') || this.isKw('yield')) return;
    const nt = this.peek();
    if (a._type === 'Name' && (a.id === 'print' || a.id === 'exec')) return;
    // !(NAME STRING | SOFT_KEYWORD)
    if (a._type === 'Name' && (nt.type === Tok.STRING || nt.type === Tok.FSTRING_START)) return;
    if (a._type === 'Name' && (a.id === 'match' || a.id === 'case' || a.id === 'type' || a.id === '_')) return;
    const save = this.p;
    let b: A.Expr;
    try {
      b = this.expression();
    } catch (err) {
      if (!(err instanceof Fail)) throw err;
      this.p = save;
      return;
    }
    this.errRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
  }

  private callArgs(): [A.Expr[], A.Keyword[]] {
    const args: A.Expr[] = [];
    const kws: A.Keyword[] = [];
    const startIdx = this.p;
    let sawKw: 'kw' | 'kwunpack' | null = null;
    for (;;) {
      const t = this.peek();
      if (this.isOp(')')) break;
      if (this.isOp('**')) {
        this.p++;
        const v = this.expression();
        kws.push(this.fin({ _type: 'keyword', arg: null, value: v } as A.Keyword, t));
        sawKw = 'kwunpack';
      } else if (this.isOp('*')) {
        this.p++;
        const v = this.expression();
        const s = this.fin({ _type: 'Starred', value: v, ctx: 'Load' } as A.Starred, t);
        if (sawKw === 'kwunpack') {
          if (this.version === '3.13') this.errRange(kws[kws.length - 1], s, 'iterable argument unpacking follows keyword argument unpacking');
          this.errNode(s, 'iterable argument unpacking follows keyword argument unpacking');
        }
        args.push(s);
      } else if (t.type === Tok.NAME && this.isOp('=', 1)) {
        if (t.str === 'True' || t.str === 'False' || t.str === 'None') this.errRange(t, this.peek(1), `cannot assign to ${t.str}`);
        if (KEYWORDS.has(t.str)) throw FAIL;
        this.p += 2;
        const v = this.expression();
        kws.push(this.fin({ _type: 'keyword', arg: t.str, value: v } as A.Keyword, t));
        if (sawKw !== 'kwunpack') sawKw = 'kw';
      } else {
        let e = this.namedExpression2();
        if (this.isKw('for') || this.isKw('async')) {
          const gens = this.comprehensions();
          const g = this.span({ _type: 'GeneratorExp', elt: e, generators: gens } as A.GeneratorExp, e, e);
          const l = this.last();
          g.end_lineno = l.endLine;
          g.end_col_offset = l.endCol;
          if (args.length + kws.length > 0 || this.isOp(',')) {
            // `f(x for x in y, 1)` — CPython points at the generator expression
            if (!(args.length + kws.length === 0 && this.isOp(',') && this.isOp(')', 1))) {
              this.errNode(g, 'Generator expression must be parenthesized');
            }
          }
          // sole genexp argument: the GeneratorExp spans the call's parentheses
          if (args.length + kws.length === 0 && this.isOp(')')) {
            const open = this.toks[startIdx - 1];
            const close = this.peek();
            g.lineno = open.line;
            g.col_offset = open.col;
            g.end_lineno = close.endLine;
            g.end_col_offset = close.endCol;
          }
          e = g;
        } else if (this.isOp('=')) {
          this.errRange(e, this.peek(), 'expression cannot contain assignment, perhaps you meant "=="?');
        }
        if (sawKw) {
          // CPython reports this after the whole argument list, at the token that follows it
          const msg = sawKw === 'kw' ? 'positional argument follows keyword argument' : 'positional argument follows keyword argument unpacking';
          while (this.eatOp(',')) {
            if (this.isOp(')')) break;
            if (this.isOp('*') || this.isOp('**')) this.p++;
            this.expression();
          }
          this.errTok(this.peek(), msg);
        }
        this.forgotComma(e);
        args.push(e);
      }
      if (!this.eatOp(',')) break;
    }
    return [args, kws];
  }

  /** Argument: `NAME := expr` or expression (no `=` check: handled by the caller). */
  private namedExpression2(): A.Expr {
    const t = this.peek();
    if (this.isName() && this.isOp(':=', 1)) return this.namedExpression();
    const e = this.expression();
    if (this.isOp(':=')) this.errNode(e, `cannot use assignment expressions with ${exprName(e)}`);
    void t;
    return e;
  }

  private comprehensions(): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    for (;;) {
      let isAsync = 0;
      if (this.isKw('async') && this.isKw('for', 1)) {
        this.p++;
        isAsync = 1;
      }
      if (!this.eatKw('for')) break;
      const target = this.starTargets('for');
      this.expectKw('in');
      const iter = this.disjunction();
      const ifs: A.Expr[] = [];
      while (this.eatKw('if')) ifs.push(this.disjunction());
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
    }
    if (!gens.length) throw FAIL;
    return gens;
  }

  private yieldExpr(): A.Expr {
    const t = this.advance();
    if (this.eatKw('from')) {
      const v = this.expression();
      return this.endAt({ _type: 'YieldFrom', value: v } as A.YieldFrom, t, v);
    }
    if (this.startsExpression() && !this.isKw('yield')) {
      const v = this.starExpressions();
      return this.endAt({ _type: 'Yield', value: v } as A.Yield, t, v);
    }
    return this.fin({ _type: 'Yield', value: null } as A.Yield, t);
  }

  // ================================================================== atoms

  private atom(): A.Expr {
    const t = this.peek();
    switch (t.type) {
      case Tok.NAME: {
        if (KEYWORDS.has(t.str)) {
          if (t.str === 'None') {
            this.p++;
            return this.fin({ _type: 'Constant', value: { kind: 'None' }, kind: null } as A.Constant, t);
          }
          if (t.str === 'True' || t.str === 'False') {
            this.p++;
            return this.fin({ _type: 'Constant', value: { kind: 'bool', value: t.str === 'True' }, kind: null } as A.Constant, t);
          }
          throw FAIL;
        }
        this.p++;
        return this.fin({ _type: 'Name', id: t.str, ctx: 'Load' } as A.Name, t);
      }
      case Tok.NUMBER:
        this.p++;
        return this.fin({ _type: 'Constant', value: parseNumber(t.str), kind: null } as A.Constant, t);
      case Tok.STRING: case Tok.FSTRING_START:
        return this.strings();
      case Tok.OP:
        switch (t.str) {
          case '(': return this.parenAtom();
          case '[': return this.listAtom();
          case '{': return this.braceAtom();
          case '...':
            this.p++;
            return this.fin({ _type: 'Constant', value: { kind: 'Ellipsis' }, kind: null } as A.Constant, t);
        }
    }
    throw FAIL;
  }

  private parenAtom(): A.Expr {
    const open = this.advance();
    if (this.isOp(')')) {
      this.p++;
      return this.fin({ _type: 'Tuple', elts: [] as A.Expr[], ctx: 'Load' } as A.Tuple, open);
    }
    if (this.isKw('yield')) {
      const y = this.yieldExpr();
      this.expectOp(')');
      this.markParen(y, open);
      return y;
    }
    const first = this.starNamedExpression();
    if (this.isKw('for') || this.isKw('async')) {
      const gens = this.comprehensions();
      this.expectOp(')');
      return this.fin({ _type: 'GeneratorExp', elt: first, generators: gens } as A.GeneratorExp, open);
    }
    if (this.eatOp(')')) {
      this.markParen(first, open);
      return first;
    }
    if (!this.isOp(',')) {
      if (this.isOp('=') && !this.isOp('=', 1)) this.invalidNamedAssign(first);
      this.forgotComma(first);
      throw FAIL;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(')')) break;
      const e = this.starNamedExpression();
      elts.push(e);
      if (!this.isOp(',') && !this.isOp(')')) this.forgotComma(e);
    }
    this.expectOp(')');
    const tup = this.fin({ _type: 'Tuple', elts, ctx: 'Load' } as A.Tuple, open);
    this.parenthesized.add(tup);
    return tup;
  }

  private markParen(e: A.Expr, open: Token): void {
    this.parenthesized.add(e);
    this.parenStart.set(e, open);
  }

  private listAtom(): A.Expr {
    const open = this.advance();
    if (this.eatOp(']')) return this.fin({ _type: 'List', elts: [] as A.Expr[], ctx: 'Load' } as A.List, open);
    const first = this.starNamedExpression();
    if (this.isKw('for') || this.isKw('async')) {
      const gens = this.comprehensions();
      this.expectOp(']');
      return this.fin({ _type: 'ListComp', elt: first, generators: gens } as A.ListComp, open);
    }
    const elts = [first];
    if (!this.isOp(',') && !this.isOp(']')) this.forgotComma(first);
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      const e = this.starNamedExpression();
      elts.push(e);
      if (!this.isOp(',') && !this.isOp(']')) this.forgotComma(e);
    }
    this.expectOp(']');
    return this.fin({ _type: 'List', elts, ctx: 'Load' } as A.List, open);
  }

  private braceAtom(): A.Expr {
    const open = this.advance();
    if (this.eatOp('}')) return this.fin({ _type: 'Dict', keys: [] as A.Expr[], values: [] as A.Expr[] } as A.Dict, open);
    // dict?
    if (this.isOp('**')) return this.dictRest(open, null);
    const first = this.starNamedExpression();
    if (this.isOp(':') && first._type !== 'Starred') {
      return this.dictRest(open, first);
    }
    if (this.isKw('for') || this.isKw('async')) {
      const gens = this.comprehensions();
      this.expectOp('}');
      return this.fin({ _type: 'SetComp', elt: first, generators: gens } as A.SetComp, open);
    }
    const elts = [first];
    if (!this.isOp(',') && !this.isOp('}')) this.forgotComma(first);
    while (this.eatOp(',')) {
      if (this.isOp('}')) break;
      const e = this.starNamedExpression();
      elts.push(e);
      if (!this.isOp(',') && !this.isOp('}')) this.forgotComma(e);
    }
    this.expectOp('}');
    return this.fin({ _type: 'Set', elts } as A.SetExpr, open);
  }

  private dictRest(open: Token, firstKey: A.Expr | null): A.Expr {
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    let key = firstKey;
    for (let i = 0; ; i++) {
      if (i > 0 || key === null) {
        if (this.isOp('}')) break;
        if (this.eatOp('**')) {
          keys.push(null);
          values.push(this.bitOr());
          if (this.isOp(':')) throw FAIL;
          if (!this.eatOp(',')) break;
          continue;
        }
        if (i > 0) key = this.expression();
      }
      if (key === null) {
        continue;
      }
      const colon = this.peek();
      if (!this.eatOp(':')) {
        if (this.isOp(',') || this.isOp('}')) {
          throw new ParseError({ type: 'SyntaxError', msg: "':' expected after dictionary key", lineno: key.lineno, offset: key.col_offset + 1, end_lineno: key.end_lineno, end_offset: 0, text: { kind: 'auto' } });
        }
        throw FAIL;
      }
      if (this.isOp('}') || this.isOp(',')) {
        this.errTok(colon, "expression expected after dictionary key and ':'");
      }
      const v = this.expression();
      if (i === 0 && (this.isKw('for') || this.isKw('async'))) {
        const gens = this.comprehensions();
        this.expectOp('}');
        return this.fin({ _type: 'DictComp', key, value: v, generators: gens } as A.DictComp, open);
      }
      keys.push(key);
      values.push(v);
      if (!this.eatOp(',')) break;
    }
    this.expectOp('}');
    return this.fin({ _type: 'Dict', keys, values } as A.Dict, open);
  }

  // ================================================================== strings

  /** One or more adjacent STRING / f-string tokens → Constant or JoinedStr. */
  private strings(): A.Expr {
    const first = this.peek();
    type Part = { kind: 'str'; value: string; tok: Token; loc?: Loc } | { kind: 'fv'; node: A.Expr };
    const parts: Part[] = [];
    let isBytes: boolean | null = null;
    let hasF = false;
    let uKind = false;
    const bytes: number[] = [];
    let bytesPieces = 0;
    let firstTok = true;
    while (this.peek().type === Tok.STRING || this.peek().type === Tok.FSTRING_START) {
      const t = this.peek();
      if (t.type === Tok.FSTRING_START) {
        if (isBytes === true) this.mixError(t);
        isBytes = false;
        hasF = true;
        const vals = this.fstring();
        for (const v of vals) {
          if (v._type === 'Constant' && v.value.kind === 'str') parts.push({ kind: 'str', value: v.value.value, tok: t, loc: v });
          else parts.push({ kind: 'fv', node: v });
        }
        firstTok = false;
        continue;
      }
      this.p++;
      const s = t.str;
      let i = 0;
      let raw = false, b = false, u = false, f = false;
      for (;; i++) {
        const c = s.charCodeAt(i) | 0x20;
        if (c === 114) raw = true;
        else if (c === 98) b = true;
        else if (c === 117) u = true;
        else if (c === 102) f = true;
        else break;
      }
      if (firstTok && u) uKind = true;
      firstTok = false;
      if (isBytes !== null && isBytes !== b) this.mixError(t);
      isBytes = b;
      if (f) {
        // 3.11: an f-string arrives as one STRING token; re-tokenize it.
        hasF = true;
        const vals = this.fstring311(t);
        for (const v of vals) {
          if (v._type === 'Constant' && v.value.kind === 'str') parts.push({ kind: 'str', value: v.value.value, tok: t });
          else parts.push({ kind: 'fv', node: v });
        }
        continue;
      }
      const q = s.charCodeAt(i);
      const triple = s.length - i >= 6 && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q;
      const body = s.slice(i + (triple ? 3 : 1), s.length - (triple ? 3 : 1));
      if (b) {
        for (let k = 0; k < body.length; k++) {
          if (body.charCodeAt(k) >= 128) this.errTok(t, 'bytes can only contain ASCII literal characters');
        }
        const r = decodeBytes(body, raw);
        if (!r.ok) this.escapeError(t, 'bytes', r.err.reason, r.err.startPos, r.err.endPos);
        for (const x of r.value) bytes.push(x);
        bytesPieces++;
      } else {
        const r = decodeStr(body, raw);
        if (!r.ok) this.escapeError(t, 'unicode', r.err.reason, r.err.startPos, r.err.endPos);
        parts.push({ kind: 'str', value: r.value, tok: t, loc: { lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol } });
      }
    }
    if (isBytes) {
      const value: A.PyConstant = { kind: 'bytes', value: Uint8Array.from(bytes) };
      if (this.v312 && bytesPieces === 1) value.tokenShared = true;
      return this.fin({ _type: 'Constant', value, kind: null } as A.Constant, first);
    }
    if (!hasF) {
      const value = parts.map((p) => (p.kind === 'str' ? p.value : '')).join('');
      return this.fin({ _type: 'Constant', value: { kind: 'str', value }, kind: uKind ? 'u' : null } as A.Constant, first);
    }
    // JoinedStr: merge adjacent constant parts
    const values: A.Expr[] = [];
    let buf: string[] = [];
    let bufStart: Loc | null = null;
    let bufEnd: Loc | null = null;
    const flush = () => {
      if (!buf.length) return;
      const v = buf.join('');
      buf = [];
      if (v.length === 0) return;
      const c = { _type: 'Constant', value: { kind: 'str', value: v }, kind: null } as A.Constant;
      if (bufStart && bufEnd) {
        c.lineno = bufStart.lineno;
        c.col_offset = bufStart.col_offset;
        c.end_lineno = bufEnd.end_lineno;
        c.end_col_offset = bufEnd.end_col_offset;
      }
      bufStart = bufEnd = null;
      values.push(c);
    };
    for (const p of parts) {
      if (p.kind === 'str') {
        if (p.value.length === 0 && !p.loc) continue;
        buf.push(p.value);
        if (p.loc) {
          if (!bufStart) bufStart = p.loc;
          bufEnd = p.loc;
        }
      } else {
        flush();
        values.push(p.node);
      }
    }
    flush();
    return this.fin({ _type: 'JoinedStr', values } as A.JoinedStr, first);
  }

  private mixError(t: Token): never {
    // CPython reports at the token after the strings
    const save = this.p;
    while (this.peek().type === Tok.STRING || this.peek().type === Tok.FSTRING_START) {
      if (this.peek().type === Tok.FSTRING_START) this.fstring();
      else this.p++;
    }
    const after = this.peek();
    this.p = save;
    void t;
    this.errTok(after, 'cannot mix bytes and nonbytes literals');
  }

  private escapeError(t: Token, codec: string, reason: string, sp: number, ep: number): never {
    const msg = `(${codec} error) '${codec === 'unicode' ? 'unicodeescape' : 'escape'}' codec can't decode bytes in position ${sp}-${ep}: ${reason}`;
    if (this.version === '3.11') {
      // 3.11 reports at the token after the strings
      const after = this.peek();
      throw new ParseError(this.raw(msg, after.line, after.col, after.endLine, after.col));
    }
    this.errTok(t, msg);
  }

  /** Parse FSTRING_START ... FSTRING_END (3.12 tokens). Returns JoinedStr values (unmerged). */
  private fstring(): A.Expr[] {
    const start = this.advance(); // FSTRING_START
    const raw = /^[a-zA-Z]*[rR]/.test(start.str.slice(0, 3));
    const out: A.Expr[] = [];
    for (;;) {
      const t = this.peek();
      if (t.type === Tok.FSTRING_END) {
        this.p++;
        break;
      }
      if (t.type === Tok.FSTRING_MIDDLE) {
        this.p++;
        const r = decodeStr(t.str, raw);
        if (!r.ok) this.escapeError(t, 'unicode', r.err.reason, r.err.startPos, r.err.endPos);
        if (r.value.length) out.push(this.fin({ _type: 'Constant', value: { kind: 'str', value: r.value }, kind: null } as A.Constant, t));
        continue;
      }
      if (t.type === Tok.OP && t.str === '{') {
        out.push(...this.replacementField(raw));
        continue;
      }
      throw FAIL;
    }
    return out;
  }

  /** `{` expr ['='] ['!' NAME] [':' spec] `}` → [Constant(debug text)?, FormattedValue] */
  private replacementField(raw: boolean): A.Expr[] {
    const open = this.advance();
    const out: A.Expr[] = [];
    if (this.isOp('}')) this.errTok(this.peek(), "f-string: valid expression required before '}'");
    let value: A.Expr;
    try {
      value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
    } catch (e) {
      if (e instanceof Fail && (this.isOp('}') || this.isOp('!') || this.isOp(':') || this.isOp('='))) {
        this.errTok(this.peek(), `f-string: valid expression required before '${this.peek().str}'`);
      }
      throw e;
    }
    let debug: string | null = null;
    let debugLoc: Loc | null = null;
    if (this.isOp('=')) {
      this.advance();
      const nt = this.peek();
      debug = this.tz.src.slice(open.end, nt.start);
      debugLoc = { lineno: open.endLine, col_offset: open.endCol, end_lineno: nt.line, end_col_offset: nt.col };
    }
    let conversion = -1;
    if (this.isOp('!')) {
      const bang = this.advance();
      const n = this.peek();
      if (n.type !== Tok.NAME || n.start !== bang.end) {
        this.errTok(n, 'f-string: missing conversion character');
      }
      this.p++;
      if (n.str === 's') conversion = 115;
      else if (n.str === 'r') conversion = 114;
      else if (n.str === 'a') conversion = 97;
      else this.errTok(n, `f-string: invalid conversion character '${n.str}': expected 's', 'r', or 'a'`);
    }
    let spec: A.JoinedStr | null = null;
    if (this.isOp(':')) {
      const colon = this.advance();
      const vals: A.Expr[] = [];
      const specStart = this.peek();
      let afterField = false;
      for (;;) {
        const t = this.peek();
        if (afterField && t.type === Tok.OP && t.str === '}') {
          // CPython 3.12 keeps an empty literal after a nested field that ends the spec
          vals.push(this.fin({ _type: 'Constant', value: { kind: 'str', value: '' }, kind: null } as A.Constant, t));
          const c = vals[vals.length - 1];
          c.end_col_offset = c.col_offset;
          c.end_lineno = c.lineno;
        }
        afterField = false;
        if (t.type === Tok.FSTRING_MIDDLE) {
          this.p++;
          const r = decodeStr(t.str, raw);
          if (!r.ok) this.escapeError(t, 'unicode', r.err.reason, r.err.startPos, r.err.endPos);
          if (r.value.length) {
            vals.push(this.fin({ _type: 'Constant', value: { kind: 'str', value: r.value }, kind: null } as A.Constant, t));
          }
          continue;
        }
        if (t.type === Tok.OP && t.str === '{') {
          vals.push(...this.replacementField(raw));
          afterField = true;
          continue;
        }
        break;
      }
      if (!this.isOp('}')) this.errTok(this.peek(), "f-string: expecting '}', or format specs");
      // spec JoinedStr spans from after ':' to before '}'
      spec = this.fin({ _type: 'JoinedStr', values: vals } as A.JoinedStr, colon);
      void specStart;
    }
    if (!this.isOp('}')) {
      const t = this.peek();
      if (t.type === Tok.FSTRING_END || t.type === Tok.FSTRING_MIDDLE) this.errTok(t, "f-string: expecting '}'");
      if (debug === null && conversion === -1 && spec === null) this.errTok(t, "f-string: expecting '=', or '!', or ':', or '}'");
      this.errTok(t, "f-string: expecting '}'");
    }
    const close = this.advance();
    if (debug !== null) {
      out.push({ _type: 'Constant', value: { kind: 'str', value: debug }, kind: null, ...debugLoc! } as A.Constant);
      if (conversion === -1 && spec === null) conversion = 114;
    }
    const fv = this.fin({ _type: 'FormattedValue', value, conversion, format_spec: spec } as A.FormattedValue, open);
    void close;
    out.push(fv);
    return out;
  }

  /** 3.11: re-tokenize an f-string STRING token with the PEP 701 machinery bounded to its extent. */
  private fstring311(t: Token): A.Expr[] {
    const lineStart = t.start - t.col;
    const sub = new Tokenizer(this.tz.src, '3.11', { pos: t.start, line: t.line, lineStart });
    const sp = new Parser(sub, { version: '3.11' });
    try {
      // the sub-tokenizer's first token is FSTRING_START
      return sp.fstring();
    } catch (e) {
      // 3.11 reports f-string errors at the token after the string(s)
      let msg: string;
      if (e instanceof TokenizeError) msg = e.error.msg;
      else if (e instanceof ParseError) msg = e.error.msg.startsWith('f-string') ? e.error.msg : 'f-string: ' + e.error.msg;
      else if (e instanceof Fail) msg = 'f-string: invalid syntax';
      else throw e;
      if (msg === "f-string: valid expression required before '}'") msg = 'f-string: empty expression not allowed';
      if (msg.startsWith("f-string: invalid conversion character")) msg = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
      if (msg === "f-string: expecting '}', or format specs" || msg === "f-string: expecting '=', or '!', or ':', or '}'") msg = "f-string: expecting '}'";
      while (this.peek().type === Tok.STRING) this.p++;
      const after = this.peek();
      throw new ParseError(this.raw(msg, after.line, after.col, after.endLine, this.tokEndCol(after)));
    }
  }
}
