/**
 * heapscope compiler — AST optimizer, CPython's `Python/ast_opt.c` (3.11–3.13 behave alike here).
 *
 * `astfold_*` walks the tree in CPython's order and folds:
 *   - unary ops on constants (`-1`, `~5`, `not 0`) and `not (a in b)` / `not (a is b)` into the inverse
 *     comparison (single-operator comparisons only);
 *   - binary ops on constants with CPython's safety limits (`safe_multiply`, `safe_power`, `safe_lshift`,
 *     `safe_mod`: ints of at most MAX_INT_SIZE = 128 bits, repeated str/bytes of at most 4096 chars, tuples of
 *     at most 256 items / 1024 total items), never folding something that raises;
 *   - tuples of constants (Load context) into a tuple constant;
 *   - constant subscripts (`'abc'[1]`);
 *   - the iterable of `for`, of each comprehension `for`, and the right operand of a trailing `in`/`not in`:
 *     list display -> tuple (constant tuple if all items are constants), set display of constants -> frozenset;
 *   - `__debug__` -> True.
 *
 * Unlike CPython the optimizer does not mutate the parser's tree: it returns a rewritten copy (unchanged
 * subtrees are shared), so one parsed AST can be compiled for several versions. Folded values are fresh
 * objects (they stand for the objects CPython's arena holds); unfolded `Constant.value` objects are kept.
 */
import type * as A from '../parser/ast';
import type { ConstSpec } from './code';
import { constTruth } from './constants';
import { cPow, cQuot } from '../lib/complexmath';

type C = ConstSpec;
type Node = any;

const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

// ---------------------------------------------------------------------------------------------------------
// Python arithmetic on constants. Each returns null where CPython's operation raises (no folding).

function isIntLike(c: C): c is { kind: 'int'; value: bigint } | { kind: 'bool'; value: boolean } {
  return c.kind === 'int' || c.kind === 'bool';
}
function intVal(c: C): bigint {
  return c.kind === 'bool' ? (c.value ? 1n : 0n) : (c as { value: bigint }).value;
}
function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}
function mkI(v: bigint): C {
  return { kind: 'int', value: v };
}
function mkF(v: number): C {
  return { kind: 'float', value: v };
}
function toFloat(c: C): number | null {
  if (c.kind === 'float') return c.value;
  if (isIntLike(c)) {
    const n = Number(intVal(c));
    return Number.isFinite(n) ? n : null; // OverflowError
  }
  return null;
}
function isNum(c: C): boolean {
  return c.kind === 'int' || c.kind === 'bool' || c.kind === 'float' || c.kind === 'complex';
}
function toComplex(c: C): [number, number] | null {
  if (c.kind === 'complex') return [c.real, c.imag];
  const f = toFloat(c);
  return f === null ? null : [f, 0];
}
function mkC(re: number, im: number): C {
  return { kind: 'complex', real: re, imag: im };
}
function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u < 0xdc00 && i + 1 < s.length) {
      const l = s.charCodeAt(i + 1);
      if (l >= 0xdc00 && l < 0xe000) i++;
    }
    n++;
  }
  return n;
}

function floorDivInt(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function modInt(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}
function intTrueDiv(a: bigint, b: bigint): number | null {
  if (b === 0n) return null;
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  const M = 2n ** 53n;
  let r: number;
  if (a < M && b < M) r = Number(a) / Number(b);
  else {
    const shift = bitLength(b) - bitLength(a) + 55;
    const num = shift >= 0 ? a << BigInt(shift) : a;
    const den = shift < 0 ? b << BigInt(-shift) : b;
    let q = num / den;
    if (num % den !== 0n) q |= 1n;
    r = Number(q) * Math.pow(2, -shift);
    if (!Number.isFinite(r)) return null;
  }
  return neg ? -r : r;
}
function floatMod(vx: number, wx: number): number | null {
  if (wx === 0) return null;
  let mod = vx % wx;
  if (mod) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else mod = wx < 0 ? -0 : 0;
  return mod;
}
function floatFloorDiv(vx: number, wx: number): number | null {
  if (wx === 0) return null;
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = vx / wx < 0 ? -0 : 0;
  return floordiv;
}
function floatPow(iv: number, iw: number): number | null {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iw === 0 ? 1.0 : iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if ((iw > 0) === (a > 1.0)) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) return Math.pow(iv, iw);
  if (iv === 0.0) {
    if (iw < 0) return null; // ZeroDivisionError
    return Math.pow(iv, iw);
  }
  if (iv < 0 && iw !== Math.floor(iw)) return null; // complex: floatPowIsComplex, before this
  const r = Math.pow(iv, iw);
  if (!Number.isFinite(r)) return null; // OverflowError
  return r;
}
/** complex division and power folded as complex_div / complex_pow compute them (null: no fold, an error) */
function cQuotPair(a: [number, number], b: [number, number]): [number, number] | null {
  const q = cQuot({ re: a[0], im: a[1] }, { re: b[0], im: b[1] });
  return q === null ? null : [q.re, q.im];
}
function cPowPair(a: [number, number], b: [number, number]): [number, number] | null {
  const p = cPow({ re: a[0], im: a[1] }, { re: b[0], im: b[1] });
  return typeof p === 'string' ? null : [p.re, p.im];
}
/** float_pow hands a negative base with a non-integral exponent to complex_pow */
function floatPowIsComplex(iv: number, iw: number): boolean {
  return Number.isFinite(iv) && Number.isFinite(iw) && iv < 0 && iw !== Math.floor(iw);
}

function checkComplexity(c: C, limit: number): number {
  if (c.kind === 'tuple' || c.kind === 'frozenset') {
    limit -= c.items.length;
    for (let i = 0; limit >= 0 && i < c.items.length; i++) limit = checkComplexity(c.items[i], limit);
  }
  return limit;
}

function repeatSeq(seq: C, n: bigint): C | null {
  const count = n < 0n ? 0 : Number(n);
  switch (seq.kind) {
    case 'str':
      return { kind: 'str', value: seq.value.repeat(count) };
    case 'bytes': {
      const out = new Uint8Array(seq.value.length * count);
      for (let i = 0; i < count; i++) out.set(seq.value, i * seq.value.length);
      return { kind: 'bytes', value: out };
    }
    case 'tuple': {
      const items: C[] = [];
      for (let i = 0; i < count; i++) items.push(...seq.items);
      return { kind: 'tuple', items };
    }
    default:
      return null;
  }
}

function safeMultiply(v: C, w: C): C | null {
  if (isIntLike(v) && isIntLike(w) && intVal(v) !== 0n && intVal(w) !== 0n) {
    if (bitLength(intVal(v)) + bitLength(intVal(w)) > MAX_INT_SIZE) return null;
  } else if (isIntLike(v) && (w.kind === 'tuple' || w.kind === 'frozenset')) {
    const size = w.items.length;
    if (size) {
      const n = intVal(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return null;
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return null;
    }
  } else if (isIntLike(v) && (w.kind === 'str' || w.kind === 'bytes')) {
    const size = w.kind === 'str' ? cpLength(w.value) : w.value.length;
    if (size) {
      const n = intVal(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return null;
    }
  } else if (isIntLike(w) && (v.kind === 'tuple' || v.kind === 'frozenset' || v.kind === 'str' || v.kind === 'bytes')) {
    return safeMultiply(w, v);
  }
  return mul(v, w);
}
function mul(v: C, w: C): C | null {
  if (isIntLike(v) && isIntLike(w)) return mkI(intVal(v) * intVal(w));
  if (isIntLike(v) && (w.kind === 'str' || w.kind === 'bytes' || w.kind === 'tuple')) return repeatSeq(w, intVal(v));
  if (isIntLike(w) && (v.kind === 'str' || v.kind === 'bytes' || v.kind === 'tuple')) return repeatSeq(v, intVal(w));
  return arith(v, w, (a, b) => a * b, (a, b) => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]]);
}
function arith(
  v: C,
  w: C,
  f: (a: number, b: number) => number | null,
  cf: ((a: [number, number], b: [number, number]) => [number, number] | null) | null,
): C | null {
  if (!isNum(v) || !isNum(w)) return null;
  if (v.kind === 'complex' || w.kind === 'complex') {
    if (!cf) return null;
    const a = toComplex(v);
    const b = toComplex(w);
    if (!a || !b) return null;
    const r = cf(a, b);
    return r ? mkC(r[0], r[1]) : null;
  }
  const a = toFloat(v);
  const b = toFloat(w);
  if (a === null || b === null) return null;
  const r = f(a, b);
  return r === null ? null : mkF(r);
}

function binop(op: A.OperatorKind, v: C, w: C): C | null {
  const ints = isIntLike(v) && isIntLike(w);
  switch (op) {
    case 'Add':
      if (ints) return mkI(intVal(v) + intVal(w));
      if (v.kind === 'str' && w.kind === 'str') return { kind: 'str', value: v.value + w.value };
      if (v.kind === 'bytes' && w.kind === 'bytes') {
        const out = new Uint8Array(v.value.length + w.value.length);
        out.set(v.value);
        out.set(w.value, v.value.length);
        return { kind: 'bytes', value: out };
      }
      if (v.kind === 'tuple' && w.kind === 'tuple') return { kind: 'tuple', items: [...v.items, ...w.items] };
      return arith(v, w, (a, b) => a + b, (a, b) => [a[0] + b[0], a[1] + b[1]]);
    case 'Sub':
      if (ints) return mkI(intVal(v) - intVal(w));
      return arith(v, w, (a, b) => a - b, (a, b) => [a[0] - b[0], a[1] - b[1]]);
    case 'Mult':
      return safeMultiply(v, w);
    case 'Div':
      if (ints) {
        const r = intTrueDiv(intVal(v), intVal(w));
        return r === null ? null : mkF(r);
      }
      return arith(v, w, (a, b) => (b === 0 ? null : a / b), cQuotPair);
    case 'FloorDiv':
      if (ints) return intVal(w) === 0n ? null : mkI(floorDivInt(intVal(v), intVal(w)));
      return arith(v, w, floatFloorDiv, null);
    case 'Mod':
      if (v.kind === 'str' || v.kind === 'bytes') return null;
      if (ints) return intVal(w) === 0n ? null : mkI(modInt(intVal(v), intVal(w)));
      return arith(v, w, floatMod, null);
    case 'Pow': {
      if (ints) {
        const a = intVal(v);
        const b = intVal(w);
        if (a !== 0n && b > 0n) {
          const vbits = bitLength(a);
          if (b > BigInt(MAX_INT_SIZE) || vbits > Math.floor(MAX_INT_SIZE / Number(b))) return null;
        }
        if (b >= 0n) return mkI(a ** b);
        if (a === 0n) return null;
        const fa = Number(a);
        const r = floatPow(fa, Number(b));
        return r === null ? null : mkF(r);
      }
      if (isNum(v) && isNum(w) && v.kind !== 'complex' && w.kind !== 'complex') {
        const a = toFloat(v);
        const b = toFloat(w);
        if (a !== null && b !== null && floatPowIsComplex(a, b)) {
          const r = cPowPair([a, 0], [b, 0]);
          return r === null ? null : mkC(r[0], r[1]);
        }
      }
      return arith(v, w, floatPow, cPowPair);
    }
    case 'LShift': {
      if (!ints) return null;
      const a = intVal(v);
      const b = intVal(w);
      if (b < 0n) return null;
      if (a !== 0n && b !== 0n) {
        if (b > BigInt(MAX_INT_SIZE) || bitLength(a) > MAX_INT_SIZE - Number(b)) return null;
      }
      return mkI(a << b);
    }
    case 'RShift': {
      if (!ints) return null;
      const b = intVal(w);
      if (b < 0n) return null;
      return mkI(intVal(v) >> b);
    }
    case 'BitOr':
    case 'BitXor':
    case 'BitAnd': {
      if (!ints) return null;
      const a = intVal(v);
      const b = intVal(w);
      const r = op === 'BitOr' ? a | b : op === 'BitXor' ? a ^ b : a & b;
      if (v.kind === 'bool' && w.kind === 'bool') return { kind: 'bool', value: r !== 0n };
      return mkI(r);
    }
    case 'MatMult':
      return null;
  }
}

function unop(op: A.UnaryOpKind, v: C): C | null {
  switch (op) {
    case 'Not':
      return { kind: 'bool', value: !constTruth(v) };
    case 'Invert':
      return isIntLike(v) ? mkI(~intVal(v)) : null;
    case 'UAdd':
      if (isIntLike(v)) return mkI(intVal(v));
      if (v.kind === 'float') return mkF(v.value);
      if (v.kind === 'complex') return mkC(v.real, v.imag);
      return null;
    case 'USub':
      if (isIntLike(v)) return mkI(-intVal(v));
      if (v.kind === 'float') return mkF(-v.value);
      if (v.kind === 'complex') return mkC(-v.real, -v.imag);
      return null;
  }
}

function subscr(v: C, idx: C): C | null {
  if (!isIntLike(idx)) return null;
  let i = intVal(idx);
  if (v.kind === 'str') {
    const cps = v.value.length === cpLength(v.value) ? null : Array.from(v.value);
    const n = BigInt(cps ? cps.length : v.value.length);
    if (i < 0n) i += n;
    if (i < 0n || i >= n) return null;
    return { kind: 'str', value: cps ? cps[Number(i)] : v.value[Number(i)] };
  }
  if (v.kind === 'bytes' || v.kind === 'tuple') {
    const n = BigInt(v.kind === 'bytes' ? v.value.length : v.items.length);
    if (i < 0n) i += n;
    if (i < 0n || i >= n) return null;
    return v.kind === 'bytes' ? mkI(BigInt(v.value[Number(i)])) : v.items[Number(i)];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// The tree walk.

function constNode(node: Node, value: C): Node {
  return {
    _type: 'Constant',
    value,
    kind: null,
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  };
}

function constTupleOf(elts: Node[]): C | null {
  for (const e of elts) if (e._type !== 'Constant') return null;
  return { kind: 'tuple', items: elts.map((e) => e.value as C) };
}

export class AstOptimizer {
  /**
   * Every value folding made, in the order it made them (make_const adds each to the AST arena, which keeps
   * it alive for the run: the results of inner folds too, although the tree keeps only the outermost).
   */
  readonly folded: C[] = [];

  /** `futureAnnotations`: PEP 563 annotations are left unfolded (they are stored as source text). */
  constructor(
    readonly optimize = 0,
    readonly futureAnnotations = false,
  ) {}

  /** make_const: a Constant node for a folded value, in place of `node`. */
  private makeConst(node: Node, value: C): Node {
    this.folded.push(value);
    return constNode(node, value);
  }

  module(m: A.Module): A.Module {
    return { ...m, body: this.body(m.body) };
  }

  private body(stmts: A.Stmt[]): A.Stmt[] {
    // (astfold_body's f-string docstring rewrite only matters for %-format folding, absent in 3.11-3.13)
    return stmts.map((s) => this.stmt(s));
  }

  private exprs(list: Node[]): Node[] {
    return list.map((e) => (e === null ? null : this.expr(e)));
  }
  private opt(e: Node): Node {
    return e === null || e === undefined ? e : this.expr(e);
  }

  expr(e: Node): Node {
    switch (e._type as A.Expr['_type']) {
      case 'BoolOp':
        return { ...e, values: this.exprs(e.values) };
      case 'BinOp': {
        const n = { ...e, left: this.expr(e.left), right: this.expr(e.right) };
        if (n.left._type === 'Constant' && n.right._type === 'Constant') {
          const r = binop(n.op, n.left.value, n.right.value);
          if (r) return this.makeConst(n, r);
        }
        return n;
      }
      case 'UnaryOp': {
        const operand = this.expr(e.operand);
        const n = { ...e, operand };
        if (operand._type !== 'Constant') {
          if (e.op === 'Not' && operand._type === 'Compare' && operand.ops.length === 1) {
            const inv: Record<string, A.CmpOpKind> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
            const op = inv[operand.ops[0]];
            if (op) {
              return { ...operand, ops: [op] }; // COPY_NODE(node, arg): the Compare's positions
            }
          }
          return n;
        }
        const r = unop(e.op, operand.value);
        return r ? this.makeConst(n, r) : n;
      }
      case 'Lambda':
        return { ...e, args: this.arguments(e.args), body: this.expr(e.body) };
      case 'IfExp':
        return { ...e, test: this.expr(e.test), body: this.expr(e.body), orelse: this.expr(e.orelse) };
      case 'Dict':
        return { ...e, keys: this.exprs(e.keys), values: this.exprs(e.values) };
      case 'Set':
        return { ...e, elts: this.exprs(e.elts) };
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        return { ...e, elt: this.expr(e.elt), generators: e.generators.map((g: Node) => this.comprehension(g)) };
      case 'DictComp':
        return {
          ...e,
          key: this.expr(e.key),
          value: this.expr(e.value),
          generators: e.generators.map((g: Node) => this.comprehension(g)),
        };
      case 'Await':
      case 'YieldFrom':
        return { ...e, value: this.expr(e.value) };
      case 'Yield':
        return { ...e, value: this.opt(e.value) };
      case 'Compare': {
        const n = { ...e, left: this.expr(e.left), comparators: this.exprs(e.comparators) };
        const i = n.ops.length - 1;
        if (n.ops[i] === 'In' || n.ops[i] === 'NotIn') {
          const comps = n.comparators.slice();
          comps[i] = this.foldIter(comps[i]);
          n.comparators = comps;
        }
        return n;
      }
      case 'Call':
        return {
          ...e,
          func: this.expr(e.func),
          args: this.exprs(e.args),
          keywords: e.keywords.map((k: Node) => ({ ...k, value: this.expr(k.value) })),
        };
      case 'FormattedValue':
        return { ...e, value: this.expr(e.value), format_spec: this.opt(e.format_spec) };
      case 'JoinedStr':
        return { ...e, values: this.exprs(e.values) };
      case 'Attribute':
        return { ...e, value: this.expr(e.value) };
      case 'Subscript': {
        const n = { ...e, value: this.expr(e.value), slice: this.expr(e.slice) };
        if (n.ctx === 'Load' && n.value._type === 'Constant' && n.slice._type === 'Constant') {
          const r = subscr(n.value.value, n.slice.value);
          if (r) return this.makeConst(n, r);
        }
        return n;
      }
      case 'Starred':
        return { ...e, value: this.expr(e.value) };
      case 'Slice':
        return { ...e, lower: this.opt(e.lower), upper: this.opt(e.upper), step: this.opt(e.step) };
      case 'List':
        return { ...e, elts: this.exprs(e.elts) };
      case 'Tuple': {
        const n = { ...e, elts: this.exprs(e.elts) };
        if (n.ctx === 'Load') {
          const t = constTupleOf(n.elts);
          if (t) return this.makeConst(n, t);
        }
        return n;
      }
      case 'Name':
        if (e.ctx === 'Load' && e.id === '__debug__') return this.makeConst(e, { kind: 'bool', value: !this.optimize });
        return e;
      case 'NamedExpr':
        return { ...e, value: this.expr(e.value) };
      case 'Constant':
        return e;
    }
    return e;
  }

  /** fold_iter */
  private foldIter(arg: Node): Node {
    if (arg._type === 'List') {
      for (const x of arg.elts) if (x._type === 'Starred') return arg;
      const tup = { ...arg, _type: 'Tuple' };
      const t = constTupleOf(arg.elts);
      return t ? this.makeConst(arg, t) : tup;
    }
    if (arg._type === 'Set') {
      const t = constTupleOf(arg.elts);
      if (!t || t.kind !== 'tuple') return arg;
      // PyFrozenSet_New: duplicates (by Python equality) collapse, first occurrence wins
      const seen = new Set<string>();
      const items: C[] = [];
      for (const it of t.items) {
        const k = hashEqKey(it);
        if (k === null) return arg; // unhashable / unsupported: TypeError -> no fold
        if (!seen.has(k)) {
          seen.add(k);
          items.push(it);
        }
      }
      return this.makeConst(arg, { kind: 'frozenset', items });
    }
    return arg;
  }

  private comprehension(g: Node): Node {
    const n = { ...g, target: this.expr(g.target), iter: this.expr(g.iter), ifs: this.exprs(g.ifs) };
    n.iter = this.foldIter(n.iter);
    return n;
  }

  private arguments(a: Node): Node {
    const arg = (x: Node) => (x ? { ...x, annotation: this.futureAnnotations ? x.annotation : this.opt(x.annotation) } : x);
    return {
      ...a,
      posonlyargs: a.posonlyargs.map(arg),
      args: a.args.map(arg),
      vararg: arg(a.vararg),
      kwonlyargs: a.kwonlyargs.map(arg),
      kw_defaults: this.exprs(a.kw_defaults),
      kwarg: arg(a.kwarg),
      defaults: this.exprs(a.defaults),
    };
  }

  private pattern(p: Node): Node {
    switch (p._type as A.Pattern['_type']) {
      case 'MatchValue':
        return { ...p, value: this.expr(p.value) };
      case 'MatchSingleton':
      case 'MatchStar':
        return p;
      case 'MatchSequence':
        return { ...p, patterns: p.patterns.map((x: Node) => this.pattern(x)) };
      case 'MatchMapping':
        return { ...p, keys: this.exprs(p.keys), patterns: p.patterns.map((x: Node) => this.pattern(x)) };
      case 'MatchClass':
        return {
          ...p,
          cls: this.expr(p.cls),
          patterns: p.patterns.map((x: Node) => this.pattern(x)),
          kwd_patterns: p.kwd_patterns.map((x: Node) => this.pattern(x)),
        };
      case 'MatchAs':
        return p.pattern ? { ...p, pattern: this.pattern(p.pattern) } : p;
      case 'MatchOr':
        return { ...p, patterns: p.patterns.map((x: Node) => this.pattern(x)) };
    }
    return p;
  }

  stmt(s: Node): Node {
    switch (s._type as A.Stmt['_type']) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return {
          ...s,
          args: this.arguments(s.args),
          body: this.body(s.body),
          decorator_list: this.exprs(s.decorator_list),
          returns: this.futureAnnotations ? s.returns : this.opt(s.returns),
        };
      case 'ClassDef':
        return {
          ...s,
          bases: this.exprs(s.bases),
          keywords: s.keywords.map((k: Node) => ({ ...k, value: this.expr(k.value) })),
          body: this.body(s.body),
          decorator_list: this.exprs(s.decorator_list),
        };
      case 'Return':
        return { ...s, value: this.opt(s.value) };
      case 'Delete':
        return { ...s, targets: this.exprs(s.targets) };
      case 'Assign':
        return { ...s, targets: this.exprs(s.targets), value: this.expr(s.value) };
      case 'AugAssign':
        return { ...s, target: this.expr(s.target), value: this.expr(s.value) };
      case 'AnnAssign':
        return { ...s, target: this.expr(s.target), annotation: this.futureAnnotations ? s.annotation : this.expr(s.annotation), value: this.opt(s.value) };
      case 'For': {
        const n = {
          ...s,
          target: this.expr(s.target),
          iter: this.expr(s.iter),
          body: this.stmts(s.body),
          orelse: this.stmts(s.orelse),
        };
        n.iter = this.foldIter(n.iter);
        return n;
      }
      case 'AsyncFor':
        return { ...s, target: this.expr(s.target), iter: this.expr(s.iter), body: this.stmts(s.body), orelse: this.stmts(s.orelse) };
      case 'While':
      case 'If':
        return { ...s, test: this.expr(s.test), body: this.stmts(s.body), orelse: this.stmts(s.orelse) };
      case 'With':
      case 'AsyncWith':
        return {
          ...s,
          items: s.items.map((it: Node) => ({ ...it, context_expr: this.expr(it.context_expr), optional_vars: this.opt(it.optional_vars) })),
          body: this.stmts(s.body),
        };
      case 'Raise':
        return { ...s, exc: this.opt(s.exc), cause: this.opt(s.cause) };
      case 'Try':
      case 'TryStar':
        return {
          ...s,
          body: this.stmts(s.body),
          handlers: s.handlers.map((h: Node) => ({ ...h, type: this.opt(h.type), body: this.stmts(h.body) })),
          orelse: this.stmts(s.orelse),
          finalbody: this.stmts(s.finalbody),
        };
      case 'Assert':
        return { ...s, test: this.expr(s.test), msg: this.opt(s.msg) };
      case 'Expr':
        return { ...s, value: this.expr(s.value) };
      case 'Match':
        return {
          ...s,
          subject: this.expr(s.subject),
          cases: s.cases.map((c: Node) => ({ ...c, pattern: this.pattern(c.pattern), guard: this.opt(c.guard), body: this.stmts(c.body) })),
        };
      case 'TypeAlias':
        return s;
      default:
        return s;
    }
  }
  private stmts(list: Node[]): Node[] {
    return list.map((s) => this.stmt(s));
  }
}

/** A key equal for Python-equal hashable constants (1 == 1.0 == True), or null if unhashable. */
function hashEqKey(c: C): string | null {
  switch (c.kind) {
    case 'None':
      return 'N';
    case 'Ellipsis':
      return 'E';
    case 'bool':
    case 'int':
      return 'n' + intVal(c).toString();
    case 'float':
      if (Number.isInteger(c.value)) return 'n' + BigInt(c.value).toString();
      return 'f' + String(c.value);
    case 'complex':
      if (c.imag === 0) return hashEqKey({ kind: 'float', value: c.real });
      return 'c' + String(c.real) + ',' + String(c.imag);
    case 'str':
      return 's' + c.value;
    case 'bytes':
      return 'b' + Array.from(c.value).join(',');
    case 'tuple': {
      const parts: string[] = [];
      for (const x of c.items) {
        const k = hashEqKey(x);
        if (k === null) return null;
        parts.push(k);
      }
      return 't(' + parts.join('|') + ')';
    }
    case 'frozenset':
      return null;
    case 'code':
      return null;
  }
}

/** Every constant object an AST holds, in source (field) order (the parser's: pass the tree it made). */
export function collectAstConstants(m: A.Module): ConstSpec[] {
  const out: ConstSpec[] = [];
  const visit = (n: Node): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    if (n._type === 'Constant' || n._type === 'MatchSingleton') {
      out.push(n.value);
      // a 3.12+ single-piece bytes literal: the arena holds the token's object twice
      if (n.value.kind === 'bytes' && n.value.tokenShared) out.push(n.value);
      return;
    }
    for (const k in n) {
      if (k === '_type' || k === 'value' && typeof n[k] !== 'object') continue;
      const v = n[k];
      if (v !== null && typeof v === 'object') visit(v);
    }
  };
  visit(m);
  return out;
}
