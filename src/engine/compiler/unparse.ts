/**
 * heapscope compiler — CPython's `Python/ast_unparse.c` (`_PyAST_ExprAsUnicode`): the source text of an
 * expression, as stored for annotations under `from __future__ import annotations` (PEP 563). Same
 * precedence-driven parenthesisation, spacing and constant reprs as CPython.
 */
import type * as A from '../parser/ast';
import type { ConstSpec } from './code';
import { constRepr } from './constants';

const enum PR {
  TUPLE,
  TEST, // 'if'-'else', 'lambda'
  OR,
  AND,
  NOT,
  CMP,
  EXPR,
  BOR = EXPR,
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}

const BINOPS: Record<A.OperatorKind, [string, PR]> = {
  Add: [' + ', PR.ARITH],
  Sub: [' - ', PR.ARITH],
  Mult: [' * ', PR.TERM],
  MatMult: [' @ ', PR.TERM],
  Div: [' / ', PR.TERM],
  Mod: [' % ', PR.TERM],
  LShift: [' << ', PR.SHIFT],
  RShift: [' >> ', PR.SHIFT],
  BitOr: [' | ', PR.BOR],
  BitXor: [' ^ ', PR.BXOR],
  BitAnd: [' & ', PR.BAND],
  FloorDiv: [' // ', PR.TERM],
  Pow: [' ** ', PR.POWER],
};
const CMPOPS: Record<A.CmpOpKind, string> = {
  Eq: ' == ',
  NotEq: ' != ',
  Lt: ' < ',
  LtE: ' <= ',
  Gt: ' > ',
  GtE: ' >= ',
  Is: ' is ',
  IsNot: ' is not ',
  In: ' in ',
  NotIn: ' not in ',
};

/** repr() of a constant, with CPython's `inf` -> `1e309` replacement for floats and complex numbers. */
function constantRepr(c: ConstSpec): string {
  switch (c.kind) {
    case 'float':
    case 'complex':
      return constRepr(c).replace(/inf/g, '1e309');
    case 'tuple':
      return '(' + c.items.map(constantRepr).join(', ') + (c.items.length === 1 ? ',' : '') + ')';
    case 'frozenset':
      return c.items.length ? '{' + c.items.map(constantRepr).join(', ') + '}' : 'frozenset()';
    default:
      return constRepr(c);
  }
}

class Unparser {
  out = '';

  expr(e: A.Expr, level: PR): void {
    switch (e._type) {
      case 'BoolOp': {
        const pr = e.op === 'And' ? PR.AND : PR.OR;
        const op = e.op === 'And' ? ' and ' : ' or ';
        if (level > pr) this.out += '(';
        e.values.forEach((v, i) => {
          if (i > 0) this.out += op;
          this.expr(v, pr + 1);
        });
        if (level > pr) this.out += ')';
        return;
      }
      case 'BinOp': {
        const [op, pr] = BINOPS[e.op];
        const rassoc = e.op === 'Pow' ? 1 : 0;
        if (level > pr) this.out += '(';
        this.expr(e.left, pr + rassoc);
        this.out += op;
        this.expr(e.right, pr + 1 - rassoc);
        if (level > pr) this.out += ')';
        return;
      }
      case 'UnaryOp': {
        const [op, pr] =
          e.op === 'Invert' ? ['~', PR.FACTOR] : e.op === 'Not' ? ['not ', PR.NOT] : e.op === 'UAdd' ? ['+', PR.FACTOR] : ['-', PR.FACTOR];
        if (level > pr) this.out += '(';
        this.out += op;
        this.expr(e.operand, pr as PR);
        if (level > pr) this.out += ')';
        return;
      }
      case 'Lambda': {
        if (level > PR.TEST) this.out += '(';
        const npos = e.args.args.length + e.args.posonlyargs.length;
        this.out += npos ? 'lambda ' : 'lambda';
        this.args(e.args);
        this.out += ': ';
        this.expr(e.body, PR.TEST);
        if (level > PR.TEST) this.out += ')';
        return;
      }
      case 'IfExp':
        if (level > PR.TEST) this.out += '(';
        this.expr(e.body, PR.TEST + 1);
        this.out += ' if ';
        this.expr(e.test, PR.TEST + 1);
        this.out += ' else ';
        this.expr(e.orelse, PR.TEST);
        if (level > PR.TEST) this.out += ')';
        return;
      case 'Dict':
        this.out += '{';
        for (let i = 0; i < e.values.length; i++) {
          if (i > 0) this.out += ', ';
          const k = e.keys[i];
          if (k !== null) {
            this.expr(k, PR.TEST);
            this.out += ': ';
            this.expr(e.values[i], PR.TEST);
          } else {
            this.out += '**';
            this.expr(e.values[i], PR.EXPR);
          }
        }
        this.out += '}';
        return;
      case 'Set':
        this.out += '{';
        this.seq(e.elts);
        this.out += '}';
        return;
      case 'GeneratorExp':
        this.out += '(';
        this.expr(e.elt, PR.TEST);
        this.comprehensions(e.generators);
        this.out += ')';
        return;
      case 'ListComp':
        this.out += '[';
        this.expr(e.elt, PR.TEST);
        this.comprehensions(e.generators);
        this.out += ']';
        return;
      case 'SetComp':
        this.out += '{';
        this.expr(e.elt, PR.TEST);
        this.comprehensions(e.generators);
        this.out += '}';
        return;
      case 'DictComp':
        this.out += '{';
        this.expr(e.key, PR.TEST);
        this.out += ': ';
        this.expr(e.value, PR.TEST);
        this.comprehensions(e.generators);
        this.out += '}';
        return;
      case 'Yield':
        if (!e.value) {
          this.out += '(yield)';
          return;
        }
        this.out += '(yield ';
        this.expr(e.value, PR.TEST);
        this.out += ')';
        return;
      case 'YieldFrom':
        this.out += '(yield from ';
        this.expr(e.value, PR.TEST);
        this.out += ')';
        return;
      case 'Await':
        if (level > PR.AWAIT) this.out += '(';
        this.out += 'await ';
        this.expr(e.value, PR.ATOM);
        if (level > PR.AWAIT) this.out += ')';
        return;
      case 'Compare':
        if (level > PR.CMP) this.out += '(';
        this.expr(e.left, PR.CMP + 1);
        for (let i = 0; i < e.ops.length; i++) {
          this.out += CMPOPS[e.ops[i]];
          this.expr(e.comparators[i], PR.CMP + 1);
        }
        if (level > PR.CMP) this.out += ')';
        return;
      case 'Call': {
        this.expr(e.func, PR.ATOM);
        if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
          this.expr(e.args[0], PR.TEST);
          return;
        }
        this.out += '(';
        let first = true;
        for (const a of e.args) {
          if (!first) this.out += ', ';
          first = false;
          this.expr(a, PR.TEST);
        }
        for (const k of e.keywords) {
          if (!first) this.out += ', ';
          first = false;
          this.out += k.arg === null ? '**' : k.arg + '=';
          this.expr(k.value, PR.TEST);
        }
        this.out += ')';
        return;
      }
      case 'Constant':
        if (e.value.kind === 'Ellipsis') {
          this.out += '...';
          return;
        }
        if (e.kind) this.out += e.kind;
        this.out += constantRepr(e.value);
        return;
      case 'JoinedStr':
        this.joinedStr(e, false);
        return;
      case 'FormattedValue':
        this.formattedValue(e);
        return;
      case 'Attribute': {
        const v = e.value;
        this.expr(v, PR.ATOM);
        this.out += v._type === 'Constant' && v.value.kind === 'int' ? ' .' : '.';
        this.out += e.attr;
        return;
      }
      case 'Subscript':
        this.expr(e.value, PR.ATOM);
        this.out += '[';
        this.expr(e.slice, PR.TUPLE);
        this.out += ']';
        return;
      case 'Starred':
        this.out += '*';
        this.expr(e.value, PR.EXPR);
        return;
      case 'Name':
        this.out += e.id;
        return;
      case 'List':
        this.out += '[';
        this.seq(e.elts);
        this.out += ']';
        return;
      case 'Tuple': {
        const n = e.elts.length;
        if (n === 0) {
          this.out += '()';
          return;
        }
        if (level > PR.TUPLE) this.out += '(';
        this.seq(e.elts);
        if (n === 1) this.out += ',';
        if (level > PR.TUPLE) this.out += ')';
        return;
      }
      case 'Slice':
        if (e.lower) this.expr(e.lower, PR.TEST);
        this.out += ':';
        if (e.upper) this.expr(e.upper, PR.TEST);
        if (e.step) {
          this.out += ':';
          this.expr(e.step, PR.TEST);
        }
        return;
      case 'NamedExpr':
        if (level > PR.TUPLE) this.out += '(';
        this.expr(e.target, PR.ATOM);
        this.out += ' := ';
        this.expr(e.value, PR.ATOM);
        if (level > PR.TUPLE) this.out += ')';
        return;
    }
  }

  private seq(elts: A.Expr[]): void {
    elts.forEach((x, i) => {
      if (i > 0) this.out += ', ';
      this.expr(x, PR.TEST);
    });
  }

  private comprehensions(gens: A.Comprehension[]): void {
    for (const g of gens) {
      this.out += g.is_async ? ' async for ' : ' for ';
      this.expr(g.target, PR.TUPLE);
      this.out += ' in ';
      this.expr(g.iter, PR.TEST + 1);
      for (const c of g.ifs) {
        this.out += ' if ';
        this.expr(c, PR.TEST + 1);
      }
    }
  }

  private arg(a: A.Arg): void {
    this.out += a.arg;
    if (a.annotation) {
      this.out += ': ';
      this.expr(a.annotation, PR.TEST);
    }
  }

  private args(args: A.Arguments): void {
    let first = true;
    const sep = (): void => {
      if (first) first = false;
      else this.out += ', ';
    };
    const npo = args.posonlyargs.length;
    const na = args.args.length;
    const nd = args.defaults.length;
    for (let i = 0; i < npo + na; i++) {
      sep();
      this.arg(i < npo ? args.posonlyargs[i] : args.args[i - npo]);
      const di = i - npo - na + nd;
      if (di >= 0) {
        this.out += '=';
        this.expr(args.defaults[di], PR.TEST);
      }
      if (npo && i + 1 === npo) this.out += ', /';
    }
    if (args.vararg || args.kwonlyargs.length) {
      sep();
      this.out += '*';
      if (args.vararg) this.arg(args.vararg);
    }
    const nk = args.kwonlyargs.length;
    const nkd = args.kw_defaults.length;
    for (let i = 0; i < nk; i++) {
      sep();
      this.arg(args.kwonlyargs[i]);
      const di = i - nk + nkd;
      const d = di >= 0 ? args.kw_defaults[di] : null;
      if (d) {
        this.out += '=';
        this.expr(d, PR.TEST);
      }
    }
    if (args.kwarg) {
      sep();
      this.out += '**';
      this.arg(args.kwarg);
    }
  }

  private fstringBody(values: A.Expr[], isFormatSpec: boolean): string {
    const saved = this.out;
    this.out = '';
    for (const v of values) {
      if (v._type === 'Constant' && v.value.kind === 'str') this.out += v.value.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
      else if (v._type === 'JoinedStr') this.joinedStr(v, isFormatSpec);
      else if (v._type === 'FormattedValue') this.formattedValue(v);
    }
    const body = this.out;
    this.out = saved;
    return body;
  }

  private joinedStr(e: A.JoinedStr, isFormatSpec: boolean): void {
    const body = this.fstringBody(e.values, isFormatSpec);
    if (!isFormatSpec) this.out += 'f' + constRepr({ kind: 'str', value: body });
    else this.out += body;
  }

  private formattedValue(e: A.FormattedValue): void {
    const inner = new Unparser();
    inner.expr(e.value, PR.TEST + 1);
    const s = inner.out;
    this.out += s.startsWith('{') ? '{ ' : '{';
    this.out += s;
    if (e.conversion > 0) this.out += e.conversion === 97 ? '!a' : e.conversion === 114 ? '!r' : '!s';
    if (e.format_spec) {
      this.out += ':';
      this.joinedStr(e.format_spec, true);
    }
    this.out += '}';
  }
}

/** `_PyAST_ExprAsUnicode`: the annotation text stored under `from __future__ import annotations`. */
export function unparseExpr(e: A.Expr): string {
  const u = new Unparser();
  u.expr(e, PR.TEST);
  return u.out;
}
