/**
 * strmethods: every `str` method, on top of the pure libraries lib/pystr.ts (text algorithms),
 * lib/strformat.ts (str.format parsing), lib/formatspec.ts (format specs) and lib/codecs.ts.
 *
 * Argument handling follows each method's CPython calling convention per version (METH_NOARGS, METH_O,
 * PyArg_ParseTuple-style METH_VARARGS in 3.11/3.12 for find/count/startswith..., Argument Clinic
 * positional-only or keyword parameters), because the TypeError messages differ between them.
 *
 * Identity: where CPython returns the receiver unchanged (unicode_result_unchanged: strip with nothing to
 * strip, replace without a match, padding to a smaller width, split without a separator occurrence,
 * partition without a match, one-item join, format of a whole literal...) an exact str is returned itself;
 * a subclass instance gives a new exact str.
 */
import { PyObject, PyType, PyErr, RT, decref, newref } from './object';
import { T } from './types';
import { None, IntObject } from './singletons';
import { E, raise, raiseArgs, ExceptionObject, setExcField, getExcField } from './exceptions';
import { StrObject, newStr, newAsciiStr, newStrFresh, strSize, EMPTY_STR, ID } from './str';

const LATIN1_SINGLETON = (c: string): StrObject => {
  const o = newStr(c);
  decref(o);
  return o;
};
import { newInt, newBool } from './numbers';
import { TupleObject, ListObject, newTuple, newList, listAppend } from './sequences';
import { newDict, dictSetItem, DictObject } from './dict';
import { onBootstrap, defineMethods, defineGetSets, makeStatic, typeDict } from './typeobject';
import { WrapperDescrObject } from './funcobject';
import type { MethFn } from './funcobject';
import * as A from '../vm/abstract';
import { kwCount, noArgs, oneArg, posArgs, parseArgs } from '../vm/args';
import { RT_EXT } from '../vm/rtext';
import * as P from '../lib/pystr';
import { parseFormatString, type FormatItem, type FormatField } from '../lib/strformat';
import { formatStr } from '../lib/formatspec';
import { encode as codecEncode, decode as codecDecode, PyUnicodeError, CodecLookupError } from '../lib/codecs';
import { PyLibError } from '../lib/errors';
import { newBytesFrom } from './bytesobject';

// ------------------------------------------------------------------ helpers

const is313 = (): boolean => RT.profile.version === '3.13';
const SSIZE_MAX = 9223372036854775807n;

function sv(o: PyObject): string {
  return (o as StrObject).value;
}

/** A result equal to the receiver: the receiver itself when exact (unicode_result_unchanged), else a copy. */
export function unchanged(self: PyObject): PyObject {
  if (self.ob_type === T.str) return newref(self);
  return newStr(sv(self));
}

/** `s` as the result of a method on `self`: `self` when nothing changed (CPython returns it unchanged). */
function result(self: PyObject, s: string): PyObject {
  if (s === sv(self)) return unchanged(self);
  return newStr(s);
}

/** A fresh str object (never a singleton), like _PyUnicode_Copy. `knownAscii`: `s` is all ASCII (no scan). */
export function strCopy(s: string, knownAscii = false): StrObject {
  return newStrFresh(s, knownAscii);
}

/** PyNumber_AsSsize_t(o, PyExc_OverflowError). */
export function ssize(o: PyObject): number {
  const v = A.indexValue(o);
  if (typeof v === 'bigint') {
    if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
    return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  }
  return v;
}

/** A C `int` argument (Argument Clinic's int converter). */
export function cint(o: PyObject): number {
  const v = A.indexValue(o);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) {
    raise(E.OverflowError, v > 0 ? 'Python int too large to convert to C int' : 'Python int too small to convert to C int');
  }
  return v;
}

/** _PyEval_SliceIndex: None -> null; huge values clamp. */
export function sliceIdx(o: PyObject | null): number | null {
  if (o === null || o === None) return null;
  if (!(o instanceof IntObject) && o.ob_type.nb_index === null)
    raise(E.TypeError, 'slice indices must be integers or None or have an __index__ method');
  const v = A.indexValue(o);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

export function noKw(qual: string, kwnames: PyObject | null): void {
  if (kwCount(kwnames) > 0) raise(E.TypeError, `${qual}() takes no keyword arguments`);
}

/** PyArg_ParseTuple-style count check ("find() takes at least 1 argument (0 given)"). */
export function tupleArgs(name: string, nargs: number, min: number, max: number): void {
  const pl = (n: number): string => `${n} argument${n === 1 ? '' : 's'}`;
  if (nargs < min || nargs > max) {
    const how = min === max ? 'exactly' : nargs < min ? 'at least' : 'at most';
    raise(E.TypeError, `${name}() takes ${how} ${pl(nargs < min ? min : max)} (${nargs} given)`);
  }
}

/**
 * Argument Clinic keyword parsing (_PyArg_UnpackKeywords). `names` in order; the first `posOnly` are
 * positional-only; `minPos` are required. Returns borrowed values or null.
 */
export function kwArgs(
  fname: string,
  args: PyObject[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
  names: string[],
  minPos = 0,
  posOnly = 0,
): (PyObject | null)[] {
  if (kwnames === null && nargs >= minPos && nargs <= names.length) {
    // positional arguments only (the common call): nothing to match by name, nothing to report
    const out: (PyObject | null)[] = [];
    for (let i = 0; i < names.length; i++) out.push(i < nargs ? args[start + i] : null);
    return out;
  }
  // everything else: vm/args.ts parseArgs, which reports errors in _PyArg_UnpackKeywords' order
  const params: string[] = [];
  for (let i = 0; i < names.length; i++) {
    if (i === posOnly && posOnly > 0) params.push('/');
    params.push(i < minPos ? names[i] : `${names[i]}?`);
  }
  if (posOnly === names.length && posOnly > 0) params.push('/');
  return parseArgs(fname, args, start, nargs, kwnames, params);
}

/** Convert codec-library failures into Python exceptions (UnicodeError subclasses, LookupError). */
export function codecCall<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyUnicodeError) {
      const items = [
        newStr(e.encoding),
        typeof e.object === 'string' ? newStr(e.object) : newBytesFrom(e.object.slice()),
        newInt(e.start),
        newInt(e.end),
        newStr(e.reason),
      ];
      const tp = e.pyType === 'UnicodeEncodeError' ? E.UnicodeEncodeError : E.UnicodeDecodeError;
      let exc: PyObject;
      try {
        exc = A.call(tp, items, 0, 5, null);
      } finally {
        for (const x of items) decref(x);
      }
      throw new PyErr(exc);
    }
    if (e instanceof CodecLookupError) raise(E.LookupError, e.message);
    throw e;
  }
}

export function codecEncodeStr(s: string, encoding: string, errors: string): Uint8Array {
  return codecCall(() => codecEncode(s, encoding, errors));
}
export function codecDecodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  return codecCall(() => codecDecode(b, encoding, errors));
}

function argStr(o: PyObject, msg: string): string {
  if (!(o instanceof StrObject)) raise(E.TypeError, `${msg}, not ${o.ob_type.tp_name}`);
  return o.value;
}

function fillChar(o: PyObject | null): string {
  if (o === null) return ' ';
  if (!(o instanceof StrObject)) raise(E.TypeError, `The fill character must be a unicode character, not ${o.ob_type.tp_name}`);
  if (o.cplen !== 1) raise(E.TypeError, 'The fill character must be exactly one character long');
  return o.value;
}

/**
 * A list built the way stringlib's split does: PyList_New(prealloc) (allocated == prealloc), items set in
 * creation order and appended past the preallocation; rsplit creates its items right to left and
 * reverses the list at the end. `make(i)` returns a new reference for part i.
 */
export function splitList(prealloc: number, n: number, make: (i: number) => PyObject, reverse: boolean): ListObject {
  const l = newList(prealloc);
  try {
    for (let k = 0; k < n; k++) {
      const item = make(reverse ? n - 1 - k : k);
      if (k < prealloc) l.items.push(item);
      else listAppend(l, item);
    }
  } catch (e) {
    decref(l);
    throw e;
  }
  if (reverse) l.items.reverse();
  return l;
}

/** PREALLOC_SIZE(maxcount) */
export function preallocSize(maxcount: number): number {
  return maxcount >= 12 ? 12 : maxcount + 1;
}

/** splitlines: PyList_New(0) and one append per line. */
export function appendList(n: number, make: (i: number) => PyObject): ListObject {
  const l = newList(0);
  try {
    for (let i = 0; i < n; i++) listAppend(l, make(i));
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

// ------------------------------------------------------------------ find family

type FindOp = 'find' | 'rfind' | 'index' | 'rindex' | 'count';

function parseFinds(name: string, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): [string, number | null, number | null] {
  noKw(`str.${name}`, kwnames);
  if (is313()) posArgs(name, nargs, null, 1, 3);
  else tupleArgs(name, nargs, 1, 3);
  const sub = args[start];
  if (!(sub instanceof StrObject)) {
    if (is313()) raise(E.TypeError, `${name}() argument 1 must be str, not ${sub.ob_type.tp_name}`);
    raise(E.TypeError, `must be str, not ${sub.ob_type.tp_name}`);
  }
  const st = nargs > 1 ? sliceIdx(args[start + 1]) : null;
  const en = nargs > 2 ? sliceIdx(args[start + 2]) : null;
  return [sub.value, st, en];
}

function findMethod(op: FindOp): MethFn {
  return (self, args, start, nargs, kwnames) => {
    const [sub, st, en] = parseFinds(op, args, start, nargs, kwnames);
    const s = sv(self);
    switch (op) {
      case 'find': return newInt(P.find(s, sub, st, en));
      case 'rfind': return newInt(P.rfind(s, sub, st, en));
      case 'count': return newInt(P.count(s, sub, st, en));
      case 'index': {
        const r = P.find(s, sub, st, en);
        if (r < 0) raise(E.ValueError, 'substring not found');
        return newInt(r);
      }
      default: {
        const r = P.rfind(s, sub, st, en);
        if (r < 0) raise(E.ValueError, 'substring not found');
        return newInt(r);
      }
    }
  };
}

function tailMatch(name: 'startswith' | 'endswith'): MethFn {
  return (self, args, start, nargs, kwnames) => {
    noKw(`str.${name}`, kwnames);
    if (is313()) posArgs(name, nargs, null, 1, 3);
    else tupleArgs(name, nargs, 1, 3);
    const x = args[start];
    const st = nargs > 1 ? sliceIdx(args[start + 1]) : null;
    const en = nargs > 2 ? sliceIdx(args[start + 2]) : null;
    const s = sv(self);
    const f = name === 'startswith' ? P.startswith : P.endswith;
    if (x instanceof TupleObject) {
      for (const it of x.items) {
        if (!(it instanceof StrObject))
          raise(E.TypeError, `tuple for ${name} must only contain str, not ${it.ob_type.tp_name}`);
        if (f(s, it.value, st, en)) return newBool(true);
      }
      return newBool(false);
    }
    if (!(x instanceof StrObject))
      raise(E.TypeError, `${name} first arg must be str or a tuple of str, not ${x.ob_type.tp_name}`);
    return newBool(f(s, x.value, st, en));
  };
}

// ------------------------------------------------------------------ join

/** PySequence_Fast(seq, msg): list/tuple items borrowed, else a temporary list (returned as owner). */
export function seqFast(seq: PyObject, msg: string): { items: PyObject[]; owner: PyObject | null } {
  if (seq instanceof ListObject || seq instanceof TupleObject) return { items: seq.items, owner: null };
  let it: PyObject;
  try {
    it = A.getIter(seq);
  } catch (e) {
    if (e instanceof PyErr && A.isInstance(e.exc, E.TypeError)) {
      decref(e.exc);
      raise(E.TypeError, msg);
    }
    throw e;
  }
  const l = newList(0);
  try {
    RT.ext.listExtend(l, it);
  } catch (e) {
    decref(l);
    throw e;
  } finally {
    decref(it);
  }
  return { items: l.items, owner: l };
}

function strJoin(sep: PyObject, seq: PyObject): PyObject {
  const { items, owner } = seqFast(seq, 'can only join an iterable');
  try {
    const n = items.length;
    if (n === 0) return newref(EMPTY_STR);
    if (n === 1 && items[0].ob_type === T.str) return newref(items[0]);
    const parts: string[] = new Array(n);
    let ascii = (sep as StrObject).ascii;
    for (let i = 0; i < n; i++) {
      const x = items[i];
      if (!(x instanceof StrObject))
        raise(E.TypeError, `sequence item ${i}: expected str instance, ${x.ob_type.tp_name} found`);
      parts[i] = x.value;
      ascii &&= x.ascii;
    }
    const r = n === 1 ? parts[0] : parts.join(sv(sep));
    // ASCII parts and separator make an ASCII result: no need to rescan it for its kind
    return ascii ? newAsciiStr(r) : newStr(r);
  } finally {
    if (owner !== null) decref(owner);
  }
}

// ------------------------------------------------------------------ translate / maketrans

function strTranslate(self: PyObject, table: PyObject): PyObject {
  const s = sv(self);
  const r = P.translate(s, (cp) => {
    const key = newInt(cp);
    let v: PyObject;
    try {
      v = A.getItem(table, key);
    } catch (e) {
      if (e instanceof PyErr && A.isInstance(e.exc, E.LookupError)) {
        decref(e.exc);
        return undefined;
      }
      throw e;
    } finally {
      decref(key);
    }
    try {
      if (v === None) return null;
      if (v instanceof IntObject) {
        const n = v.value;
        if (typeof n === 'bigint' || n < 0 || n > 0x10ffff) raise(E.ValueError, 'character mapping must be in range(0x110000)');
        return P.chr(n);
      }
      if (v instanceof StrObject) return v.value;
      raise(E.TypeError, 'character mapping must return integer, None or str');
    } finally {
      decref(v);
    }
  });
  return newStr(r);
}

function strMaketrans(_s: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  noKw('str.maketrans', kwnames);
  posArgs('maketrans', nargs, null, 1, 3);
  const x = args[start];
  const d = newDict();
  try {
    if (nargs === 1) {
      if (!(x instanceof DictObject)) raise(E.TypeError, 'if you give only one argument to maketrans it must be a dict');
      for (const [k, v] of dictEntries(x)) {
        if (k instanceof StrObject) {
          if (k.cplen !== 1) raise(E.ValueError, 'string keys in translate table must be of length 1');
          const key = newInt(P.ord(k.value));
          try {
            dictSetItem(d, key, v);
          } finally {
            decref(key);
          }
        } else if (k instanceof IntObject) {
          dictSetItem(d, k, v);
        } else {
          raise(E.TypeError, 'keys in translate table must be strings or integers');
        }
      }
      return d;
    }
    const y = args[start + 1];
    if (!(x instanceof StrObject)) raise(E.TypeError, 'first maketrans argument must be a string if there is a second argument');
    if (!(y instanceof StrObject)) raise(E.TypeError, `maketrans() argument 2 must be str, not ${y.ob_type.tp_name}`);
    let zs: string | null = null;
    if (nargs === 3) {
      const z = args[start + 2];
      if (!(z instanceof StrObject)) raise(E.TypeError, `maketrans() argument 3 must be str, not ${z.ob_type.tp_name}`);
      zs = z.value;
    }
    const m = P.maketrans(x.value, y.value, zs);
    for (const [k, v] of m) {
      const key = newInt(k);
      const val = v === null ? newref(None) : newInt(v);
      try {
        dictSetItem(d, key, val);
      } finally {
        decref(key);
        decref(val);
      }
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

/** Snapshot of a dict's entries (borrowed references, valid while the dict is unchanged). */
function dictEntries(d: DictObject): [PyObject, PyObject][] {
  return d.table.items();
}

// ------------------------------------------------------------------ str.format

interface Piece {
  text: string;
  obj: PyObject | null;
}

interface FormatCtx {
  args: PyObject[];
  start: number;
  nargs: number;
  /** format(): keyword names and values; format_map(): the mapping */
  kwnames: PyObject | null;
  mapping: PyObject | null;
  isMap: boolean;
}

function libErr(e: PyLibError): never {
  throw e;
}

function lookupField(ctx: FormatCtx, f: FormatField): PyObject {
  const nm = f.name;
  let obj: PyObject;
  const first = nm.first === null ? nm.autoIndex : nm.first;
  if (typeof first === 'number') {
    if (ctx.isMap) raise(E.ValueError, 'Format string contains positional fields');
    if (first >= ctx.nargs) raise(E.IndexError, `Replacement index ${first} out of range for positional args tuple`);
    obj = newref(ctx.args[ctx.start + first]);
  } else if (ctx.isMap) {
    const key = newStr(first);
    try {
      obj = A.getItem(ctx.mapping!, key);
    } finally {
      decref(key);
    }
  } else {
    const nkw = kwCount(ctx.kwnames);
    let found: PyObject | null = null;
    for (let k = 0; k < nkw; k++) {
      if (((ctx.kwnames as TupleObject).items[k] as StrObject).value === first) {
        found = ctx.args[ctx.start + ctx.nargs + k];
        break;
      }
    }
    if (found === null) {
      const key = newStr(first);
      try {
        raiseArgs(E.KeyError, [key]);
      } finally {
        decref(key);
      }
    }
    obj = newref(found);
  }
  for (const r of nm.rest) {
    let next: PyObject;
    try {
      if ('attr' in r) {
        const name = newStr(r.attr);
        try {
          next = A.getAttr(obj, name);
        } finally {
          decref(name);
        }
      } else {
        const key = typeof r.index === 'number' ? newInt(r.index) : newStr(r.index);
        try {
          next = A.getItem(obj, key);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(obj);
    }
    obj = next;
  }
  if (nm.restError) {
    decref(obj);
    libErr(nm.restError);
  }
  return obj;
}

function renderItems(ctx: FormatCtx, items: FormatItem[], out: Piece[]): void {
  for (const it of items) {
    if (it.kind === 'error') libErr(it.error);
    if (it.kind === 'literal') {
      if (it.text !== '') out.push({ text: it.text, obj: null });
      continue;
    }
    let obj = lookupField(ctx, it);
    try {
      if (it.conversionError) libErr(it.conversionError);
      if (it.conversion !== null) {
        let c: PyObject;
        if (it.conversion === 'r') c = A.repr(obj);
        else if (it.conversion === 's') c = A.str(obj);
        else c = newStr(P.asciiEscape(A.reprString(obj)));
        decref(obj);
        obj = c;
      }
      let spec = it.formatSpec;
      if (it.specItems !== null) {
        const sp: Piece[] = [];
        try {
          renderItems(ctx, it.specItems, sp);
        } finally {
          for (const p of sp) if (p.obj !== null) decref(p.obj);
        }
        spec = sp.map((p) => p.text).join('');
      }
      const tp = obj.ob_type;
      if (tp === T.str) {
        const s = (obj as StrObject).value;
        const r = spec === '' ? s : formatStr(s, spec);
        if (r !== '') out.push({ text: r, obj: r === s ? newref(obj) : null });
      } else {
        const r = RT.ext.format(obj, spec) as StrObject;
        const special = tp === T.int || tp === T.float || tp === T.complex || tp === T.bool;
        if (r.value !== '') out.push({ text: r.value, obj: special ? null : newref(r) });
        decref(r);
      }
    } finally {
      decref(obj);
    }
  }
}

/** Parsed format strings (the parse depends only on the text). */
const FORMAT_CACHE = new Map<string, FormatItem[]>();
function parsedFormat(fmt: string): FormatItem[] {
  let items = FORMAT_CACHE.get(fmt);
  if (items === undefined) {
    items = parseFormatString(fmt);
    if (FORMAT_CACHE.size >= 512) FORMAT_CACHE.clear();
    FORMAT_CACHE.set(fmt, items);
  }
  return items;
}

function buildString(self: PyObject, ctx: FormatCtx): PyObject {
  const fmt = sv(self);
  const items = parsedFormat(fmt);
  const pieces: Piece[] = [];
  try {
    renderItems(ctx, items, pieces);
    if (pieces.length === 0) return newref(EMPTY_STR);
    if (pieces.length === 1) {
      const last = items[items.length - 1];
      const p = pieces[0];
      if (last.kind === 'literal' && p.text === fmt) return unchanged(self);
      if (last.kind === 'field' && p.obj !== null && p.obj.ob_type === T.str && pieceIsLast(items)) return newref(p.obj);
    }
    let s = '';
    for (const p of pieces) s += p.text;
    return newStr(s);
  } finally {
    for (const p of pieces) if (p.obj !== null) decref(p.obj);
  }
}

/** The single written piece came from the final field (nothing non-empty was written before it). */
function pieceIsLast(items: FormatItem[]): boolean {
  return items.length > 0 && items[items.length - 1].kind === 'field';
}

// ------------------------------------------------------------------ the method table

/** upper(), lower(), title(), ...: case_operation / ascii_upper_or_lower always make a new str
 * (PyUnicode_New), never a one-character singleton nor self (only '' gives the empty string). */
function caseMethod(qual: string, f: (s: string) => string, asciiF: ((s: string) => string) | null = null): MethFn {
  return (self, _a, _st, nargs, kwnames) => {
    noArgs(qual, nargs, kwnames);
    // an ASCII receiver: `asciiF` (JS's own ASCII case mapping) gives the same ASCII result without a scan
    if (asciiF !== null && (self as StrObject).ascii) return strCopy(asciiF(sv(self)), true);
    return strCopy(f(sv(self)));
  };
}

function predicate(qual: string, f: (s: string) => boolean): MethFn {
  return (self, _a, _st, nargs, kwnames) => {
    noArgs(qual, nargs, kwnames);
    return newBool(f(sv(self)));
  };
}

function stripMethod(name: 'strip' | 'lstrip' | 'rstrip'): MethFn {
  const f = P[name];
  return (self, args, start, nargs, kwnames) => {
    noKw(`str.${name}`, kwnames);
    posArgs(name, nargs, null, 0, 1);
    let chars: string | null = null;
    if (nargs === 1 && args[start] !== None) {
      const c = args[start];
      if (!(c instanceof StrObject)) raise(E.TypeError, `${name} arg must be None or str`);
      chars = c.value;
    }
    return result(self, f(sv(self), chars));
  };
}

function padMethod(name: 'center' | 'ljust' | 'rjust'): MethFn {
  const f = P[name];
  return (self, args, start, nargs, kwnames) => {
    noKw(`str.${name}`, kwnames);
    posArgs(name, nargs, null, 1, 2);
    const width = ssize(args[start]);
    const fill = fillChar(nargs > 1 ? args[start + 1] : null);
    return result(self, f(sv(self), width, fill));
  };
}

function splitMethod(name: 'split' | 'rsplit'): MethFn {
  const f = P[name];
  return (self, args, start, nargs, kwnames) => {
    let sepO: PyObject | null;
    let maxO: PyObject | null;
    if (kwnames === null && nargs <= 2) {
      // positional arguments only: what kwArgs would return, without its array
      sepO = nargs > 0 ? args[start] : null;
      maxO = nargs > 1 ? args[start + 1] : null;
    } else {
      [sepO, maxO] = kwArgs(name, args, start, nargs, kwnames, ['sep', 'maxsplit']);
    }
    let sep: string | null = null;
    if (sepO !== null && sepO !== None) {
      if (!(sepO instanceof StrObject)) raise(E.TypeError, `must be str or None, not ${sepO.ob_type.tp_name}`);
      sep = sepO.value;
    }
    let max = maxO === null ? -1 : ssize(maxO);
    if (max < 0) max = -1;
    const s = sv(self);
    const exact = self.ob_type === T.str;
    const len1 = (self as StrObject).cplen;
    let maxcount = max;
    if (maxcount < 0) {
      if (RT.profile.version === '3.11') maxcount = Number.MAX_SAFE_INTEGER;
      else if (sep === null) maxcount = Math.trunc((len1 - 1) / 2) + 1;
      else {
        const len2 = (sepO as StrObject).cplen;
        maxcount = len2 === 0 ? 0 : Math.floor(len1 / len2) + 1;
      }
    }
    if (sep !== null) {
      const len2 = (sepO as StrObject).cplen;
      if (len1 < len2) {
        // too short to hold the separator: [self] (a copy for a subclass)
        const l = newList(1);
        l.items.push(exact ? newref(self) : strCopy(s));
        return l;
      }
    }
    const parts = f(s, sep, max);
    const whole = exact && parts.length === 1 && parts[0] === s && !(sep === null && max === 0);
    // the parts of an ASCII receiver are ASCII: no need to rescan them for their kind
    const make = whole ? () => newref(self) : (self as StrObject).ascii ? (i: number) => newAsciiStr(parts[i]) : (i: number) => newStr(parts[i]);
    return splitList(preallocSize(maxcount), parts.length, make, name === 'rsplit');
  };
}

function partitionMethod(name: 'partition' | 'rpartition'): MethFn {
  const f = P[name];
  return (self, args, start, nargs, kwnames) => {
    oneArg(`str.${name}`, nargs, kwnames);
    const sepO = args[start];
    if (!(sepO instanceof StrObject)) raise(E.TypeError, `must be str, not ${sepO.ob_type.tp_name}`);
    const [a, b, c] = f(sv(self), sepO.value);
    const empty = (): PyObject => newref(EMPTY_STR);
    if (b === '') {
      // not found: the receiver itself (even a subclass instance) and two empty strings
      if (name === 'partition') return tupleFilled([() => newref(self), empty, empty]);
      return tupleFilled([empty, empty, () => newref(self)]);
    }
    return tupleFilled([() => newStr(a), () => newref(sepO), () => newStr(c)]);
  };
}

/** PyTuple_New(n) first, then its items made in order (as stringlib's partition does). */
export function tupleFilled(makers: (() => PyObject)[]): TupleObject {
  const t = newTuple(makers.map(() => newref(None)));
  try {
    for (let i = 0; i < makers.length; i++) {
      const old = t.items[i];
      t.items[i] = makers[i]();
      decref(old);
    }
  } catch (e) {
    decref(t);
    throw e;
  }
  return t;
}

function affixMethod(name: 'removeprefix' | 'removesuffix'): MethFn {
  const f = P[name];
  return (self, args, start, nargs, kwnames) => {
    oneArg(`str.${name}`, nargs, kwnames);
    const x = args[start];
    if (!(x instanceof StrObject)) raise(E.TypeError, `${name}() argument must be str, not ${x.ob_type.tp_name}`);
    return result(self, f(sv(self), x.value));
  };
}

function strReplace(self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  let oldO: PyObject;
  let newO: PyObject;
  let cntO: PyObject | null;
  if (is313()) {
    [oldO, newO, cntO] = kwArgs('replace', args, start, nargs, kwnames, ['old', 'new', 'count'], 2, 2) as [PyObject, PyObject, PyObject | null];
  } else {
    noKw('str.replace', kwnames);
    posArgs('replace', nargs, null, 2, 3);
    oldO = args[start];
    newO = args[start + 1];
    cntO = nargs > 2 ? args[start + 2] : null;
  }
  if (!(oldO instanceof StrObject)) raise(E.TypeError, `replace() argument 1 must be str, not ${oldO.ob_type.tp_name}`);
  if (!(newO instanceof StrObject)) raise(E.TypeError, `replace() argument 2 must be str, not ${newO.ob_type.tp_name}`);
  let count = cntO === null ? -1 : ssize(cntO);
  if (count < 0) count = -1;
  const s = sv(self);
  if (count === 0 || oldO === newO) return unchanged(self);
  const o = oldO.value;
  const n = newO.value;
  // a latin-1 receiver has no surrogates, so a plain JS search finds exactly P.find's matches
  const found = o === '' ? n !== '' : (self as StrObject).kind === 1 ? s.indexOf(o) >= 0 : P.find(s, o) >= 0;
  if (!found) return unchanged(self);
  const r = P.replace(s, o, n, count);
  return (self as StrObject).ascii && newO.ascii ? newAsciiStr(r) : newStr(r);
}

function strEncode(self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  const [encO, errO] = kwArgs('encode', args, start, nargs, kwnames, ['encoding', 'errors']);
  const enc = encO === null ? 'utf-8' : argStr(encO, "encode() argument 'encoding' must be str");
  const err = errO === null ? 'strict' : argStr(errO, "encode() argument 'errors' must be str");
  return newBytesFrom(codecEncodeStr(sv(self), enc, err));
}

function strSizeof(self: PyObject): number {
  const s = self as StrObject;
  if (s.ob_type === T.str) {
    // 3.12+: the static one-character latin-1 strings carry their UTF-8 form (2 bytes + NUL)
    if (s.cplen === 1 && !s.ascii && s.kind === 1 && RT.profile.version !== '3.11' && s === LATIN1_SINGLETON(s.value)) return strSize(s) + 3;
    return strSize(s);
  }
  // subclass instances are not compact: PyUnicodeObject + separate data buffer
  return RT.profile.sizes.strCompact + 8 + (s.cplen + 1) * s.kind;
}

onBootstrap(() => {
  defineMethods(T.str, {
    join: (self, args, start, nargs, kwnames) => {
      oneArg('str.join', nargs, kwnames);
      return strJoin(self, args[start]);
    },
    split: splitMethod('split'),
    rsplit: splitMethod('rsplit'),
    splitlines: (self, args, start, nargs, kwnames) => {
      const [keepO] = kwArgs('splitlines', args, start, nargs, kwnames, ['keepends']);
      let keep = false;
      if (keepO !== null) keep = RT.profile.version === '3.11' ? cint(keepO) !== 0 : A.isTrue(keepO);
      const s = sv(self);
      const parts = P.splitlines(s, keep);
      return appendList(parts.length, (i) => (i === 0 && parts[0] === s && self.ob_type === T.str ? newref(self) : newStr(parts[i])));
    },
    strip: stripMethod('strip'),
    lstrip: stripMethod('lstrip'),
    rstrip: stripMethod('rstrip'),
    find: findMethod('find'),
    rfind: findMethod('rfind'),
    index: findMethod('index'),
    rindex: findMethod('rindex'),
    count: findMethod('count'),
    replace: strReplace,
    startswith: tailMatch('startswith'),
    endswith: tailMatch('endswith'),
    partition: partitionMethod('partition'),
    rpartition: partitionMethod('rpartition'),
    upper: caseMethod('str.upper', P.upper, (s) => s.toUpperCase()),
    lower: caseMethod('str.lower', P.lower, (s) => s.toLowerCase()),
    casefold: caseMethod('str.casefold', P.casefold),
    swapcase: caseMethod('str.swapcase', P.swapcase),
    title: caseMethod('str.title', P.title),
    capitalize: caseMethod('str.capitalize', P.capitalize),
    center: padMethod('center'),
    ljust: padMethod('ljust'),
    rjust: padMethod('rjust'),
    zfill: (self, args, start, nargs, kwnames) => {
      oneArg('str.zfill', nargs, kwnames);
      return result(self, P.zfill(sv(self), ssize(args[start])));
    },
    expandtabs: (self, args, start, nargs, kwnames) => {
      const [tabO] = kwArgs('expandtabs', args, start, nargs, kwnames, ['tabsize']);
      const tab = tabO === null ? 8 : cint(tabO);
      return result(self, P.expandtabs(sv(self), tab));
    },
    isalpha: predicate('str.isalpha', P.isalpha),
    isalnum: predicate('str.isalnum', P.isalnum),
    isdecimal: predicate('str.isdecimal', P.isdecimal),
    isdigit: predicate('str.isdigit', P.isdigit),
    isnumeric: predicate('str.isnumeric', P.isnumeric),
    isspace: predicate('str.isspace', P.isspace),
    islower: predicate('str.islower', P.islower),
    isupper: predicate('str.isupper', P.isupper),
    istitle: predicate('str.istitle', P.istitle),
    isidentifier: predicate('str.isidentifier', P.isidentifier),
    isprintable: predicate('str.isprintable', P.isprintable),
    isascii: predicate('str.isascii', P.isascii),
    removeprefix: affixMethod('removeprefix'),
    removesuffix: affixMethod('removesuffix'),
    translate: (self, args, start, nargs, kwnames) => {
      oneArg('str.translate', nargs, kwnames);
      return strTranslate(self, args[start]);
    },
    maketrans: { fn: strMaketrans, kind: 'static' },
    encode: strEncode,
    format: (self, args, start, nargs, kwnames) =>
      buildString(self, { args, start, nargs, kwnames, mapping: null, isMap: false }),
    format_map: (self, args, start, nargs, kwnames) => {
      oneArg('str.format_map', nargs, kwnames);
      return buildString(self, { args, start, nargs: 0, kwnames: null, mapping: args[start], isMap: true });
    },
    __format__: (self, args, start, nargs, kwnames) => {
      oneArg('str.__format__', nargs, kwnames);
      const spec = args[start];
      if (!(spec instanceof StrObject)) raise(E.TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
      const s = sv(self);
      if (spec.value === '') return self.ob_type === T.str ? newref(self) : A.str(self);
      return result(self, formatStr(s, spec.value));
    },
    __getnewargs__: (self, _a, _st, nargs, kwnames) => {
      noArgs('str.__getnewargs__', nargs, kwnames);
      return newTuple([strCopy(sv(self))]);
    },
    __sizeof__: (self, _a, _st, nargs, kwnames) => {
      noArgs('str.__sizeof__', nargs, kwnames);
      return newInt(strSizeof(self));
    },
  });
  defineSeqWrappers(T.str);
  RT_EXT.strJoin = strJoin;
  RT_EXT.strSizeof = strSizeof;
  RT_EXT.decodeToStr = decodeToStr;
});

/** str(obj, encoding, errors): decode a bytes-like object (new reference). */
function decodeToStr(obj: PyObject, encoding: PyObject | null, errors: PyObject | null): PyObject {
  const enc = encoding === null ? 'utf-8' : argStr(encoding, "str() argument 'encoding' must be str");
  const err = errors === null ? 'strict' : argStr(errors, "str() argument 'errors' must be str");
  if (obj instanceof StrObject) raise(E.TypeError, 'decoding str is not supported');
  const u8 = RT.ext.bytesLikeData ? (RT.ext.bytesLikeData(obj) as Uint8Array | null) : null;
  if (u8 === null) raise(E.TypeError, `decoding to str: need a bytes-like object, ${obj.ob_type.tp_name} found`);
  return newStr(codecDecodeBytes(u8, enc, err));
}

// ------------------------------------------------------------------ UnicodeError family

/** UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError: fields, __init__ and __str__. */
function unicodeErrorInit(kind: 'encode' | 'decode' | 'translate'): (self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null) => void {
  return (self, args, start, nargs, kwnames) => {
    E.BaseException.tp_init!(self, args, start, nargs, kwnames);
    const want = kind === 'translate' ? 4 : 5;
    if (nargs !== want) raise(E.TypeError, `function takes exactly ${want} arguments (${nargs} given)`);
    let i = start;
    const e = self as ExceptionObject;
    const fields: [string, PyObject][] = [];
    if (kind !== 'translate') {
      const enc = args[i++];
      if (!(enc instanceof StrObject)) raise(E.TypeError, `argument 1 must be str, not ${enc.ob_type.tp_name}`);
      fields.push(['encoding', newref(enc)]);
    }
    const pos = kind === 'translate' ? 1 : 2;
    const obj = args[i++];
    if (kind === 'decode') {
      const data = RT.ext.bytesLikeData ? (RT.ext.bytesLikeData(obj) as Uint8Array | null) : null;
      if (data === null) {
        for (const [, v] of fields) decref(v);
        raise(E.TypeError, `a bytes-like object is required, not '${obj.ob_type.tp_name}'`);
      }
      fields.push(['object', obj.ob_type === T.bytes ? newref(obj) : newBytesFrom(data.slice())]);
    } else {
      if (!(obj instanceof StrObject)) {
        for (const [, v] of fields) decref(v);
        raise(E.TypeError, `argument ${pos} must be str, not ${obj.ob_type.tp_name}`);
      }
      fields.push(['object', newref(obj)]);
    }
    try {
      const st = args[i++];
      const en = args[i++];
      ssize(st);
      ssize(en);
      const reason = args[i++];
      if (!(reason instanceof StrObject)) raise(E.TypeError, `argument ${pos + 3} must be str, not ${reason.ob_type.tp_name}`);
      fields.push(['start', newref(st)], ['end', newref(en)], ['reason', newref(reason)]);
    } catch (err) {
      for (const [, v] of fields) decref(v);
      throw err;
    }
    for (const [k, v] of fields) setExcField(e, k, v);
  };
}

function unicodeErrorStr(kind: 'encode' | 'decode' | 'translate'): (o: PyObject) => PyObject {
  return (o) => {
    const e = o as ExceptionObject;
    const obj = getExcField(e, 'object');
    if (obj === null) return newref(EMPTY_STR);
    const reason = A.strString(getExcField(e, 'reason') ?? None);
    const enc = kind === 'translate' ? '' : A.strString(getExcField(e, 'encoding') ?? None);
    const num = (name: string): number => {
      const v = getExcField(e, name);
      return v instanceof IntObject ? Number(v.value) : 0;
    };
    const st = num('start');
    const en = num('end');
    const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0');
    if (kind === 'decode') {
      const data = RT.ext.bytesLikeData ? (RT.ext.bytesLikeData(obj) as Uint8Array | null) : null;
      const size = data === null ? 0 : data.length;
      if (st < size && en === st + 1) {
        return newStr(`'${enc}' codec can't decode byte 0x${hex(data![st], 2)} in position ${st}: ${reason}`);
      }
      return newStr(`'${enc}' codec can't decode bytes in position ${st}-${en - 1}: ${reason}`);
    }
    const text = (obj as StrObject).value;
    const cps = (obj as StrObject).cplen;
    const what = kind === 'encode' ? `'${enc}' codec can't encode` : "can't translate";
    if (st < cps && en === st + 1 && st >= 0) {
      const c = P.ord(P.cpAt(text, st));
      const esc = c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
      return newStr(`${what} character '${esc}' in position ${st}: ${reason}`);
    }
    return newStr(`${what} characters in position ${st}-${en - 1}: ${reason}`);
  };
}

onBootstrap(() => {
  const field = (name: string) => ({
    get: (o: PyObject) => newref(getExcField(o as ExceptionObject, name) ?? None),
    set: (o: PyObject, v: PyObject | null) => {
      if (v === null) raise(E.TypeError, `can't delete ${name} attribute`);
      setExcField(o as ExceptionObject, name, newref(v));
    },
  });
  const kinds: ['encode' | 'decode' | 'translate', typeof E.UnicodeEncodeError][] = [
    ['encode', E.UnicodeEncodeError],
    ['decode', E.UnicodeDecodeError],
    ['translate', E.UnicodeTranslateError],
  ];
  for (const [kind, tp] of kinds) {
    tp.tp_init = unicodeErrorInit(kind);
    tp.tp_str = unicodeErrorStr(kind);
  }
  defineGetSets(E.UnicodeError, {
    encoding: field('encoding'),
    object: field('object'),
    start: field('start'),
    end: field('end'),
    reason: field('reason'),
  });
});

// ------------------------------------------------------------------ sequence slot wrappers

/**
 * The slot wrappers CPython derives from sq_concat / sq_repeat (__add__, __mul__, __rmul__:
 * wrap_binaryfunc and wrap_indexargfunc), for the str/bytes/bytearray types whose concatenation and
 * repetition live in those slots. Installed before add_operators runs, which skips existing names.
 */
export function defineSeqWrappers(type: PyType): void {
  const d = typeDict(type);
  const need = (nargs: number): void => {
    if (nargs !== 1) raise(E.TypeError, `expected 1 argument, got ${nargs}`);
  };
  const add = (name: string, fn: MethFn): void => {
    const w = new WrapperDescrObject(name, fn, type);
    makeStatic(w);
    dictSetItem(d, ID(name), w);
    decref(w);
  };
  add('__add__', (self, a, st, nargs) => {
    need(nargs);
    return type.sq_concat!(self, a[st]);
  });
  const rep: MethFn = (self, a, st, nargs) => {
    need(nargs);
    return type.sq_repeat!(self, A.indexAsNumber(a[st], E.OverflowError));
  };
  add('__mul__', rep);
  add('__rmul__', rep);
}
