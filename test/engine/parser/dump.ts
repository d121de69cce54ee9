/**
 * Test helper: reproduces CPython 3.12's `ast.dump(node, include_attributes=True)`
 * text from heapscope's AST, so it can be compared with dumps produced by the
 * real interpreter (scripts/gen-parser-fixtures.py).
 *
 * heapscope columns are UTF-16 offsets; CPython's are UTF-8 byte offsets. When
 * `lines` (the source lines) is given, columns are converted to UTF-8 bytes so
 * that non-ASCII sources compare exactly too.
 */
import type { PyConstant } from '../../../src/engine/parser/ast';

/** Field order of every node class (CPython 3.12 `_fields`). */
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment', 'type_params'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment', 'type_params'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list', 'type_params'],
  Return: ['value'], Delete: ['targets'], Assign: ['targets', 'value', 'type_comment'],
  TypeAlias: ['name', 'type_params', 'value'], AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment'], AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  While: ['test', 'body', 'orelse'], If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment'], AsyncWith: ['items', 'body', 'type_comment'],
  Match: ['subject', 'cases'], Raise: ['exc', 'cause'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'], TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg'], Import: ['names'], ImportFrom: ['module', 'names', 'level'],
  Global: ['names'], Nonlocal: ['names'], Expr: ['value'], Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'], Lambda: ['args', 'body'], IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'], Set: ['elts'], ListComp: ['elt', 'generators'], SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'], GeneratorExp: ['elt', 'generators'], Await: ['value'],
  Yield: ['value'], YieldFrom: ['value'], Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'], FormattedValue: ['value', 'conversion', 'format_spec'],
  JoinedStr: ['values'], Constant: ['value', 'kind'], Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'], Starred: ['value', 'ctx'], Name: ['id', 'ctx'],
  List: ['elts', 'ctx'], Tuple: ['elts', 'ctx'], Slice: ['lower', 'upper', 'step'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'], ExceptHandler: ['type', 'name', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  arg: ['arg', 'annotation', 'type_comment'], keyword: ['arg', 'value'], alias: ['name', 'asname'],
  withitem: ['context_expr', 'optional_vars'], match_case: ['pattern', 'guard', 'body'],
  MatchValue: ['value'], MatchSingleton: ['value'], MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest'], MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name'], MatchAs: ['pattern', 'name'], MatchOr: ['patterns'],
  TypeVar: ['name', 'bound'], ParamSpec: ['name'], TypeVarTuple: ['name'],
};

/** Optional (`?`) fields: omitted by ast.dump when None. */
const OPTIONAL = new Set([
  'FunctionDef.returns', 'FunctionDef.type_comment', 'AsyncFunctionDef.returns', 'AsyncFunctionDef.type_comment',
  'Return.value', 'Assign.type_comment', 'AnnAssign.value', 'For.type_comment', 'AsyncFor.type_comment',
  'With.type_comment', 'AsyncWith.type_comment', 'Raise.exc', 'Raise.cause', 'Assert.msg', 'ImportFrom.module',
  'ImportFrom.level', 'Yield.value', 'FormattedValue.format_spec', 'Constant.kind', 'Slice.lower', 'Slice.upper',
  'Slice.step', 'ExceptHandler.type', 'ExceptHandler.name', 'arguments.vararg', 'arguments.kwarg', 'arg.annotation',
  'arg.type_comment', 'keyword.arg', 'alias.asname', 'withitem.optional_vars', 'match_case.guard', 'MatchMapping.rest',
  'MatchStar.name', 'MatchAs.pattern', 'MatchAs.name', 'TypeVar.bound',
]);

const OPERATOR_FIELDS = new Set(['op', 'ctx']);

export function pyStrRepr(s: string): string {
  const useDouble = s.includes("'") && !s.includes('"');
  const q = useDouble ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += '\\' + q;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0x80 && /[\p{C}\p{Z}]/u.test(ch) && ch !== ' ') {
      if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
      else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
      else out += '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + q;
}

function pyBytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const x of b) {
    if (x === 39) hasSingle = true;
    if (x === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (const x of b) {
    if (x === 92) out += '\\\\';
    else if (x === q.charCodeAt(0)) out += '\\' + q;
    else if (x === 10) out += '\\n';
    else if (x === 13) out += '\\r';
    else if (x === 9) out += '\\t';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + x.toString(16).padStart(2, '0');
    else out += String.fromCharCode(x);
  }
  return out + q;
}

export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const s = x.toExponential(); // shortest round-trip digits
  const [mant, expS] = s.split('e');
  const exp = Number(expS);
  const digits = mant.replace('-', '').replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp >= 0) {
    if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length) + '.0';
    return sign + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return sign + '0.' + '0'.repeat(-exp - 1) + digits;
}

function constRepr(c: PyConstant): string {
  switch (c.kind) {
    case 'int': return c.value.toString();
    case 'float': return pyFloatRepr(c.value);
    case 'complex': {
      const im = pyFloatRepr(c.imag);
      const imS = im.endsWith('.0') ? im.slice(0, -2) : im;
      if (c.real === 0 && !Object.is(c.real, -0)) return imS + 'j';
      return `(${pyFloatRepr(c.real)}+${imS}j)`;
    }
    case 'str': return pyStrRepr(c.value);
    case 'bytes': return pyBytesRepr(c.value);
    case 'bool': return c.value ? 'True' : 'False';
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
  }
}

function utf8Col(line: string | undefined, col: number): number {
  if (line === undefined) return col;
  let n = 0;
  for (let i = 0; i < col && i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n + Math.max(0, col - line.length);
}

export function dump(node: unknown, lines?: string[]): string {
  if (node === null || node === undefined) return 'None';
  if (Array.isArray(node)) return '[' + node.map((x) => dump(x, lines)).join(', ') + ']';
  if (typeof node === 'string') return pyStrRepr(node);
  if (typeof node === 'number') return String(node);
  const n = node as Record<string, unknown>;
  const type = n._type as string;
  const fields = FIELDS[type];
  if (!fields) throw new Error('unknown node ' + type);
  const args: string[] = [];
  for (const f of fields) {
    const v = n[f];
    if ((v === null || v === undefined) && OPTIONAL.has(type + '.' + f)) continue;
    let s: string;
    if (type === 'Constant' && f === 'value') s = constRepr(v as PyConstant);
    else if (type === 'MatchSingleton' && f === 'value') s = constRepr(v as PyConstant);
    else if (OPERATOR_FIELDS.has(f)) s = `${v as string}()`;
    else if (type === 'Compare' && f === 'ops') s = '[' + (v as string[]).map((o) => o + '()').join(', ') + ']';
    else s = dump(v, lines);
    args.push(`${f}=${s}`);
  }
  if ('lineno' in n) {
    const l1 = lines?.[(n.lineno as number) - 1];
    const l2 = lines?.[(n.end_lineno as number) - 1];
    args.push(`lineno=${n.lineno}`, `col_offset=${utf8Col(l1, n.col_offset as number)}`, `end_lineno=${n.end_lineno}`, `end_col_offset=${utf8Col(l2, n.end_col_offset as number)}`);
  }
  return `${type}(${args.join(', ')})`;
}
