/**
 * heapscope compiler — constants: identity and merging rules (CPython's `_PyCode_ConstantKey` and
 * `merge_consts_recursive` with the per-compilation `c_const_cache`).
 *
 * RULES THE VM RELIES ON (every rule mirrors CPython 3.11–3.13 compiling a directly run script):
 *
 *  1. A JS object stands for one Python object. `Constant.value` objects come from the parser's AST arena,
 *     which CPython keeps alive for the whole run of a script; co_consts entries are the *same JS objects*
 *     wherever CPython uses the AST's object.
 *  2. One cache spans the whole module compilation (all code objects). When the code generator adds a
 *     constant to a code object, the cache is consulted with the constant's key: if an equal constant was
 *     added before (anywhere in the module, in code-generation order), the earlier object is used instead.
 *     Keys: (type, value) — so `1`, `1.0`, `True`, `1+0j` are distinct; `0.0` and `-0.0` are distinct
 *     (sign-of-zero is part of float/complex keys); NaNs are equal only to the very same object; str and
 *     bytes by content; tuples by the keys of their items, recursively; frozensets by the set of item keys;
 *     code objects by identity. `None`/`Ellipsis` are singletons.
 *  3. When a *tuple* enters the cache for the first time its items are merged in place (items replaced by
 *     the cached equal object), recursively — exactly as CPython mutates the fresh tuple.
 *     When a non-empty *frozenset* enters the cache, CPython builds a NEW frozenset from the merged items;
 *     so the frozenset in co_consts is a new object (not the AST's), holding the merged item objects.
 *  4. `astConstants` (see index.ts) lists, in source order, every constant object the AST holds after the
 *     AST optimizer ran (`ast_opt.c`): unchanged `Constant` values plus the results of folding (new objects,
 *     which CPython's arena also keeps alive: folded ints/strs/tuples/frozensets, `__debug__` -> True, and the
 *     literal pieces of `'%s' % (x,)` → f-string rewriting). MatchSingleton values are included.
 *  5. Constants the compiler synthesizes are new objects not in `astConstants`: kwnames tuples (KW_NAMES),
 *     BUILD_CONST_KEY_MAP key tuples, tuples built by the CFG optimizer from LOAD_CONST…BUILD_TUPLE
 *     (e.g. function default tuples), constant-list/set folding in displays (`[1, 2, 3]` → LIST_EXTEND of a
 *     tuple), the implicit `None`, import levels and fromlist tuples, class-name and qualname strings,
 *     annotation keys, the 3.13 `__firstlineno__`/`__static_attributes__` values. They still go through the
 *     cache (rule 2), so a synthesized value equal to an earlier constant *is* that earlier object.
 */
import type { PyConstant } from '../parser/ast';
import type { CodeSpec, ConstSpec } from './code';
import type { SymtableShape } from './symtable';

export const NONE: PyConstant = { kind: 'None' };

const nanIds = new WeakMap<object, number>();
let nextNanId = 0;
const codeIds = new WeakMap<object, number>();
let nextCodeId = 0;

function floatKey(x: number, owner: object): string {
  if (Number.isNaN(x)) {
    let id = nanIds.get(owner);
    if (id === undefined) {
      id = nextNanId++;
      nanIds.set(owner, id);
    }
    return 'nan#' + id;
  }
  if (x === 0 && Object.is(x, -0)) return '-0';
  return String(x);
}

/** CPython's `_PyCode_ConstantKey`, as a string. */
export function constKey(c: ConstSpec): string {
  switch (c.kind) {
    case 'None':
      return 'N';
    case 'Ellipsis':
      return 'E';
    case 'bool':
      return c.value ? 'T' : 'F';
    case 'int':
      return 'i' + c.value.toString();
    case 'float':
      return 'f' + floatKey(c.value, c);
    case 'complex':
      return 'c' + floatKey(c.real, c) + ',' + floatKey(c.imag, c);
    case 'str':
      return 's' + c.value.length + ':' + c.value;
    case 'bytes': {
      let s = 'b' + c.value.length + ':';
      for (let i = 0; i < c.value.length; i++) s += String.fromCharCode(c.value[i]);
      return s;
    }
    case 'tuple':
      return 't(' + c.items.map(constKey).join('|') + ')';
    case 'frozenset':
      return 'z(' + c.items.map(constKey).sort().join('|') + ')';
    case 'code': {
      let id = codeIds.get(c);
      if (id === undefined) {
        id = nextCodeId++;
        codeIds.set(c, id);
      }
      return 'C#' + id;
    }
  }
}

/**
 * What the compiler did with CPython's GC-tracked compile-time objects, in CPython's order (the VM replays
 * it with real objects, vm/compile_gc.ts): the symbol table's blocks, each compiler_enter_scope, every constant handed to
 * _PyCompile_AddConst (one per LOAD_CONST emitted, repeats included: each builds a key for the cache), every
 * tuple the CFG optimizer folds (fold_tuple_on_constants: a new tuple merged with _PyCompile_ConstCacheMergeOne)
 * and each makecode + compiler_exit_scope. `c` is the canonical constant (the object co_consts will hold).
 */
export type CompileGcEvent =
  | { k: 'symtable'; shape: SymtableShape }
  | { k: 'enter'; scopeType: string }
  | { k: 'add'; c: ConstSpec }
  | { k: 'fold'; c: ConstSpec }
  | { k: 'exit'; code: CodeSpec };

/** The module-wide constant cache (`c_const_cache`). */
export class ConstCache {
  private readonly map = new Map<string, ConstSpec>();
  /** The compile-time allocation log (see CompileGcEvent). */
  readonly events: CompileGcEvent[] = [];

  /** merge_consts_recursive: returns the canonical object for `c` (possibly `c` itself). */
  merge(c: ConstSpec, knownKey?: string): ConstSpec {
    const key = knownKey ?? constKey(c);
    if (c.kind === 'None' || c.kind === 'Ellipsis') {
      // singletons; the first seen object still represents it for identity purposes
      const got = this.map.get(key);
      if (got) return got;
      this.map.set(key, c);
      return c;
    }
    const got = this.map.get(key);
    if (got !== undefined) return got;
    if (c.kind === 'tuple') {
      this.map.set(key, c);
      for (let i = 0; i < c.items.length; i++) c.items[i] = this.merge(c.items[i]);
      return c;
    }
    if (c.kind === 'frozenset') {
      if (c.items.length === 0) {
        this.map.set(key, c);
        return c;
      }
      const fresh: ConstSpec = { kind: 'frozenset', items: c.items.map((x) => this.merge(x)) };
      this.map.set(key, fresh);
      return fresh;
    }
    this.map.set(key, c);
    return c;
  }
}

/** Per code object constant list (`u_consts`): key -> index, in insertion order. */
export class ConstList {
  readonly items: ConstSpec[] = [];
  /** keys[i] = constKey(items[i]) */
  private readonly keys: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly cache: ConstCache) {}
  add(c: ConstSpec): number {
    return this.addAs(c, 'add');
  }
  /** A tuple the CFG optimizer folded from LOAD_CONSTs (fold_tuple_on_constants). */
  addFolded(c: ConstSpec): number {
    return this.addAs(c, 'fold');
  }
  private addAs(c: ConstSpec, k: 'add' | 'fold'): number {
    // equal constants have equal keys, so the key of `c` is also the key of its canonical object
    const key = constKey(c);
    const got = this.index.get(key);
    if (got !== undefined) {
      this.cache.events.push({ k, c: this.items[got] });
      return got;
    }
    const canon = this.cache.merge(c, key);
    this.cache.events.push({ k, c: canon });
    const i = this.items.length;
    this.items.push(canon);
    this.keys.push(key);
    this.index.set(key, i);
    return i;
  }
  /** Keep only the constants at `keep` (ascending indices), after remove_unused_consts. */
  retain(keep: number[]): void {
    const items = keep.map((i) => this.items[i]);
    const keys = keep.map((i) => this.keys[i]);
    this.items.length = 0;
    this.keys.length = 0;
    this.index.clear();
    for (let j = 0; j < items.length; j++) {
      this.index.set(keys[j], j);
      this.items.push(items[j]);
      this.keys.push(keys[j]);
    }
  }
  /** Rebuild after remove_unused_consts. */
  reset(items: ConstSpec[]): void {
    this.items.length = 0;
    this.keys.length = 0;
    this.index.clear();
    for (const c of items) {
      const k = constKey(c);
      this.index.set(k, this.items.length);
      this.items.push(c);
      this.keys.push(k);
    }
  }
}

export function mkStr(s: string): PyConstant {
  return { kind: 'str', value: s };
}
export function mkInt(n: number | bigint): PyConstant {
  return { kind: 'int', value: BigInt(n) };
}
export function mkTuple(items: ConstSpec[]): ConstSpec {
  return { kind: 'tuple', items };
}
export function codeConst(code: CodeSpec): ConstSpec {
  return { kind: 'code', code };
}

/** Python truthiness of a constant. */
export function constTruth(c: ConstSpec): boolean {
  switch (c.kind) {
    case 'None':
      return false;
    case 'Ellipsis':
      return true;
    case 'bool':
      return c.value;
    case 'int':
      return c.value !== 0n;
    case 'float':
      return c.value !== 0;
    case 'complex':
      return c.real !== 0 || c.imag !== 0;
    case 'str':
      return c.value.length > 0;
    case 'bytes':
      return c.value.length > 0;
    case 'tuple':
    case 'frozenset':
      return c.items.length > 0;
    case 'code':
      return true;
  }
}

/** Python's float repr (shortest round-trip digits; exponent form below 1e-4 and from 1e16). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expS] = x.toExponential().split('e');
  const exp = Number(expS);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    out = m + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  } else if (exp < 0) {
    out = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    out = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
  } else {
    out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return (neg ? '-' : '') + out;
}

function strRepr(s: string, bytes: boolean): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f || (bytes && c >= 0x80) || (c >= 0x80 && c < 0xa0)) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** Python repr of a constant (for compile-time error messages). */
export function constRepr(c: ConstSpec): string {
  switch (c.kind) {
    case 'None':
      return 'None';
    case 'Ellipsis':
      return 'Ellipsis';
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'int':
      return c.value.toString();
    case 'float':
      return floatRepr(c.value);
    case 'complex': {
      const im = (v: number) => (Number.isInteger(v) && Math.abs(v) < 1e16 ? floatRepr(v).slice(0, -2) : floatRepr(v));
      if (c.real === 0 && !Object.is(c.real, -0)) return im(c.imag) + 'j';
      const sign = c.imag < 0 || Object.is(c.imag, -0) || (Number.isNaN(c.imag) && false) ? '-' : '+';
      return '(' + im(c.real) + sign + im(Math.abs(c.imag)) + 'j)';
    }
    case 'str':
      return strRepr(c.value, false);
    case 'bytes':
      return 'b' + strRepr(String.fromCharCode(...c.value), true);
    case 'tuple':
      return c.items.length === 1 ? '(' + constRepr(c.items[0]) + ',)' : '(' + c.items.map(constRepr).join(', ') + ')';
    case 'frozenset':
      return c.items.length ? 'frozenset({' + c.items.map(constRepr).join(', ') + '})' : 'frozenset()';
    case 'code':
      return '<code object ' + c.code.co_name + '>';
  }
}
