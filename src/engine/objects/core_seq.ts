/**
 * Core slots of str, tuple, list, range, slice and their iterators: what the eval loop needs (repr,
 * compare, hash, len, indexing and slicing, concatenation, iteration). The full method sets live in
 * strmethods.ts and listmethods.ts.
 */
import { PyObject, PyType, RT, incref, decref, newref } from './object';
import { T, T_EXTRA } from './types';
import { None, NotImplemented, IntObject, True, False } from './singletons';
import { E, raise } from './exceptions';
import { StrObject, newStr, strDealloc, strHash, EMPTY_STR } from './str';
import { newInt, newBool } from './numbers';
import {
  TupleObject, ListObject, newTuple, newList, newListFrom, tupleDealloc, listDealloc, listResize, EMPTY_TUPLE,
  listAppend,
} from './sequences';
import { onBootstrap, defineGetSets, defineMethods } from './typeobject';
import { allocObject, freeObject } from '../memory/heap';
import * as A from '../vm/abstract';
import { CMP } from '../compiler/opcodes';
import { strRepr, cpCompare, hasAstral, cpSlice, cpAt, sliceIndices } from '../lib/pystr';
import { TupleHasher, PyHash } from '../lib/pyhash';
import { RT_EXT } from '../vm/rtext';
import { kwCount } from '../vm/args';

/**
 * `n` >= 1 copies of `x` in order, each item increfed: the items of a tuple or list repetition. A few copies
 * of one item (`[0] * 3`) are an array literal and one copy a slice, both of the exact size; an array built by
 * push grows with spare room (17 slots for the 3 items of `[i] * 3`), which the list keeps for its life.
 * (Array.prototype.concat, exact too, is a slow C++ builtin: measured +1.3% instructions on alloc_containers.)
 */
function repeatItems(x: PyObject[], n: number): PyObject[] {
  let out: PyObject[];
  if (n === 1) out = x.slice();
  else if (x.length === 1 && n <= 4) {
    const v = x[0];
    out = n === 2 ? [v, v] : n === 3 ? [v, v, v] : [v, v, v, v];
  } else {
    out = [];
    for (let i = 0; i < n; i++) for (const v of x) out.push(v);
  }
  for (let i = 0; i < out.length; i++) incref(out[i]);
  return out;
}

// ------------------------------------------------------------------ slices

export class SliceObject extends PyObject {
  constructor(
    public start: PyObject,
    public stop: PyObject,
    public step: PyObject,
  ) {
    super(T.slice);
  }
}

export function newSlice(start: PyObject, stop: PyObject, step: PyObject): SliceObject {
  incref(start);
  incref(stop);
  incref(step);
  const fl = RT.freelists.slice;
  if (fl.length > 0) {
    const s = fl.pop() as SliceObject;
    s.start = start;
    s.stop = stop;
    s.step = step;
    s.ob_refcnt = 1;
    RT.onFreelistPop(s);
    RT.gc.track(s);
    return s;
  }
  const s = new SliceObject(start, stop, step);
  allocObject(s, T.slice.tp_basicsize);
  RT.gc.track(s);
  return s;
}

function sliceDealloc(o: PyObject): void {
  const s = o as SliceObject;
  RT.gc.untrack(s);
  decref(s.step);
  decref(s.stop);
  decref(s.start);
  const fl = RT.freelists.slice;
  if (fl.length < RT.profile.freelists.slice) {
    fl.push(s);
    RT.onFreelistPush(s);
    return;
  }
  freeObject(s, T.slice.tp_basicsize);
}

function sliceIndex(o: PyObject, what: string): number | null {
  if (o === None) return null;
  if (!(o instanceof IntObject) && o.ob_type.nb_index === null)
    raise(E.TypeError, 'slice indices must be integers or None or have an __index__ method');
  void what;
  const v = A.indexValue(o);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/** PySlice_GetIndicesEx: [start, stop, step, slicelength] for a sequence of `length`. */
export function sliceAdjust(s: SliceObject, length: number): [number, number, number, number] {
  let step = sliceIndex(s.step, 'step') ?? 1;
  if (step === 0) raise(E.ValueError, 'slice step cannot be zero');
  if (step < -Number.MAX_SAFE_INTEGER) step = -Number.MAX_SAFE_INTEGER;
  const [start, stop, st, n] = sliceIndices(length, sliceIndex(s.start, 'start'), sliceIndex(s.stop, 'stop'), step);
  return [start, stop, st, n];
}

// ------------------------------------------------------------------ str

function strIndex(s: StrObject, key: PyObject): PyObject {
  const str = s.value;
  if (key instanceof SliceObject) {
    const [start, stop, step, n] = sliceAdjust(key, s.cplen);
    if (n <= 0) return newref(EMPTY_STR);
    if (step === 1 && start === 0 && n === s.cplen && s.ob_type === T.str) return newref(s);
    if (!hasAstral(str)) {
      if (step === 1) return newStr(str.substring(start, stop));
      let r = '';
      for (let i = 0, j = start; i < n; i++, j += step) r += str[j];
      return newStr(r);
    }
    return newStr(cpSlice(str, start, stop, step));
  }
  if (!(key instanceof IntObject) && key.ob_type.nb_index === null)
    raise(E.TypeError, `string indices must be integers, not '${key.ob_type.tp_name}'`);
  let i = A.indexAsNumber(key);
  if (i < 0) i += s.cplen;
  if (i < 0 || i >= s.cplen) raise(E.IndexError, 'string index out of range');
  if (s.cplen === str.length) return newStr(str[i]);
  return newStr(cpAt(str, i));
}

// ------------------------------------------------------------------ generic sequence helpers

function seqRichCompare(a: PyObject[], b: PyObject[], op: number): PyObject {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    if (!A.richCompareBool(a[i], b[i], CMP.EQ)) break;
  }
  if (i >= a.length || i >= b.length) {
    const la = a.length;
    const lb = b.length;
    let r: boolean;
    switch (op) {
      case CMP.LT: r = la < lb; break;
      case CMP.LE: r = la <= lb; break;
      case CMP.EQ: r = la === lb; break;
      case CMP.NE: r = la !== lb; break;
      case CMP.GT: r = la > lb; break;
      default: r = la >= lb;
    }
    return newBool(r);
  }
  if (op === CMP.EQ) return newBool(false);
  if (op === CMP.NE) return newBool(true);
  return A.richCompare(a[i], b[i], op);
}

function seqRepr(items: PyObject[], open: string, close: string, o: PyObject): PyObject {
  if (RT.ext.reprEnter(o)) return newStr(open === '(' ? '(...)' : '[...]');
  try {
    const parts: string[] = [];
    // the list may change during repr; re-read length each time
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      incref(x);
      try {
        parts.push(A.reprString(x));
      } finally {
        decref(x);
      }
    }
    if (open === '(' && parts.length === 1) return newStr(`(${parts[0]},)`);
    return newStr(open + parts.join(', ') + close);
  } finally {
    RT.ext.reprLeave(o);
  }
}

function seqIndex(items: PyObject[], key: PyObject, what: string): number {
  if (!(key instanceof IntObject) && key.ob_type.nb_index === null)
    raise(E.TypeError, `${what} indices must be integers or slices, not ${key.ob_type.tp_name}`);
  let i = A.indexAsNumber(key);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raise(E.IndexError, `${what} index out of range`);
  return i;
}

// ------------------------------------------------------------------ iterators

export class SeqIterObject extends PyObject {
  index = 0;
  constructor(
    type: PyType,
    public seq: PyObject | null,
  ) {
    super(type);
  }
}

function newSeqIter(type: PyType, seq: PyObject): SeqIterObject {
  incref(seq);
  const it = new SeqIterObject(type, seq);
  allocObject(it, type.tp_basicsize);
  if (type.tp_flags & 0x4000) RT.gc.track(it);
  return it;
}

function seqIterDealloc(o: PyObject): void {
  const it = o as SeqIterObject;
  RT.gc.untrack(it);
  const s = it.seq;
  it.seq = null;
  if (s !== null) decref(s);
  freeObject(it, it.ob_type.tp_basicsize);
}

export class RangeObject extends PyObject {
  constructor(
    public start: PyObject,
    public stop: PyObject,
    public step: PyObject,
    public length: PyObject,
  ) {
    super(T.range);
  }
}

export class RangeIterObject extends PyObject {
  /** the values as bigints when they do not all fit in JS-safe numbers (`next` etc. are then unused) */
  big: { next: bigint; step: bigint; remaining: bigint } | null = null;
  constructor(
    public next: number,
    public step: number,
    public remaining: number,
    type: PyType = T.range_iterator,
  ) {
    super(type);
  }
}

const C_LONG_MAX = 9223372036854775807n;
const C_LONG_MIN = -9223372036854775808n;

/** A range field as a bigint (range arithmetic is exact: CPython's range holds PyLongs). */
function rbig(o: PyObject): bigint {
  return BigInt((o as IntObject).value);
}

/** Do start, stop, step and length all fit in JS-safe numbers (the fast paths)? */
function rangeIsSmall(r: RangeObject): boolean {
  return typeof (r.start as IntObject).value === 'number' && typeof (r.stop as IntObject).value === 'number' &&
    typeof (r.step as IntObject).value === 'number' && typeof (r.length as IntObject).value === 'number';
}

/** The allocation of a range iterator: 3.11's rangeiterobject has an `index` field that 3.12 dropped. */
function rangeIterBytes(tp: PyType): number {
  // 3.12+ dropped both iterators' fourth field (3.11: 48 bytes each)
  return RT.profile.version !== '3.11' ? 40 : tp.tp_basicsize;
}

/** A new range iterator over `n` values from `lo` by `step` (range_iterator or longrange_iterator). */
function newRangeIter(lo: bigint, step: bigint, n: bigint, hi: bigint): RangeIterObject {
  if ([lo, step, n].every((v) => v >= -9007199254740991n && v <= 9007199254740991n) && Number.isSafeInteger(Number(lo + n * step))) {
    const it = new RangeIterObject(Number(lo), Number(step), Number(n));
    allocObject(it, rangeIterBytes(T.range_iterator));
    return it;
  }
  const fits = [lo, hi, step, n].every((v) => v >= C_LONG_MIN && v <= C_LONG_MAX);
  const tp = fits ? T.range_iterator : T.longrange_iterator;
  const it = new RangeIterObject(0, 0, 0, tp);
  it.big = { next: lo, step, remaining: n };
  allocObject(it, rangeIterBytes(tp));
  return it;
}

/** range.__reversed__ (range_reverse): an iterator from the last item backwards; no range object is made. */
export function rangeReversedIter(r: RangeObject): PyObject {
  const [lo, step, n] = [rbig(r.start), rbig(r.step), rbig(r.length)];
  const last = lo + (n - 1n) * step;
  return newRangeIter(last, -step, n, last - n * step);
}

/** _PySlice_GetLongIndices: exact (start, stop, step) of slice `sl` over a sequence of `length`. */
function sliceLongIndices(sl: SliceObject, length: bigint): [bigint, bigint, bigint] {
  const idx = (o: PyObject): bigint | null => {
    if (o === None) return null;
    if (!(o instanceof IntObject) && o.ob_type.nb_index === null)
      raise(E.TypeError, 'slice indices must be integers or None or have an __index__ method');
    return BigInt(A.indexValue(o));
  };
  const step = idx(sl.step) ?? 1n;
  if (step === 0n) raise(E.ValueError, 'slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const clamp = (v: bigint | null, dflt: bigint): bigint => {
    if (v === null) return dflt;
    if (v < 0n) {
      v += length;
      return v < lower ? lower : v;
    }
    return v > upper ? upper : v;
  };
  return [clamp(idx(sl.start), step < 0n ? upper : lower), clamp(idx(sl.stop), step < 0n ? lower : upper), step];
}

function rangeArgs(args: PyObject[], start: number, nargs: number): [number | bigint, number | bigint, number | bigint] {
  const iv = (o: PyObject) => A.indexValue(o);
  if (nargs === 1) return [0, iv(args[start]), 1];
  if (nargs === 2) return [iv(args[start]), iv(args[start + 1]), 1];
  if (nargs === 3) {
    const st = iv(args[start + 2]);
    if (st === 0 || st === 0n) raise(E.ValueError, 'range() arg 3 must not be zero');
    return [iv(args[start]), iv(args[start + 1]), st];
  }
  if (nargs === 0) raise(E.TypeError, 'range expected at least 1 argument, got 0');
  raise(E.TypeError, `range expected at most 3 arguments, got ${nargs}`);
}

function rangeLength(lo: number | bigint, hi: number | bigint, step: number | bigint): number | bigint {
  const l = BigInt(lo), h = BigInt(hi), s = BigInt(step);
  let n: bigint;
  if (s > 0n) n = l < h ? (h - l - 1n) / s + 1n : 0n;
  else n = l > h ? (l - h - 1n) / -s + 1n : 0n;
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

export function newRange(lo: number | bigint, hi: number | bigint, step: number | bigint): RangeObject {
  const r = new RangeObject(newInt(lo), newInt(hi), newInt(step), newInt(rangeLength(lo, hi, step)));
  allocObject(r, T.range.tp_basicsize);
  return r;
}

function rangeVals(r: RangeObject): [number, number, number, number] {
  const v = (o: PyObject) => Number((o as IntObject).value);
  return [v(r.start), v(r.stop), v(r.step), v(r.length)];
}

// ------------------------------------------------------------------ installation

onBootstrap(() => {
  // ---------------------------------------------------------------- str
  const st = T.str;
  st.tp_dealloc = strDealloc;
  st.tp_hash = strHash;
  st.tp_repr = (o) => newStr(strRepr((o as StrObject).value));
  st.tp_str = (o) => (o.ob_type === T.str ? newref(o) : newStr((o as StrObject).value));
  st.tp_richcompare = (a, b, op) => {
    if (!(a instanceof StrObject) || !(b instanceof StrObject)) return newref(NotImplemented);
    const x = a.value;
    const y = b.value;
    if (op === CMP.EQ) return newBool(x === y);
    if (op === CMP.NE) return newBool(x !== y);
    const c = x === y ? 0 : hasAstral(x) || hasAstral(y) ? cpCompare(x, y) : x < y ? -1 : 1;
    switch (op) {
      case CMP.LT: return newBool(c < 0);
      case CMP.LE: return newBool(c <= 0);
      case CMP.GT: return newBool(c > 0);
      default: return newBool(c >= 0);
    }
  };
  st.sq_length = (o) => (o as StrObject).cplen;
  st.sq_contains = (o, k) => {
    if (!(k instanceof StrObject))
      raise(E.TypeError, `'in <string>' requires string as left operand, not ${k.ob_type.tp_name}`);
    return (o as StrObject).value.includes(k.value);
  };
  st.mp_subscript = (o, k) => strIndex(o as StrObject, k);
  st.sq_concat = (a, b) => {
    if (!(b instanceof StrObject)) raise(E.TypeError, `can only concatenate str (not "${b.ob_type.tp_name}") to str`);
    const x = (a as StrObject).value;
    if (x === '' && b.ob_type === T.str) return newref(b);
    if (b.value === '' && a.ob_type === T.str) return newref(a);
    return newStr(x + b.value);
  };
  st.sq_repeat = (a, n) => {
    const s = (a as StrObject).value;
    if (n <= 0 || s === '') return newref(EMPTY_STR);
    if (n === 1 && a.ob_type === T.str) return newref(a);
    if (s.length * n > 0x1fffffe8) raise(E.MemoryError);
    return newStr(s.repeat(n));
  };
  st.tp_iter = (o) => {
    const s = o as StrObject;
    return newSeqIter(s.ascii ? T.str_iterator : T_EXTRA.str_unicode_iterator, s);
  };
  st.nb_remainder = (a, b) => {
    if (!(a instanceof StrObject)) return newref(NotImplemented);
    return RT.ext.strPercentFormat(a, b);
  };
  st.tp_new = (type, args, start, nargs, kwnames) => RT.ext.strNew(type, args, start, nargs, kwnames);
  for (const itT of [T.str_iterator, T_EXTRA.str_unicode_iterator]) {
    itT.ob_type = T.type;
    itT.tp_dealloc = seqIterDealloc;
    itT.tp_iter = (o) => newref(o);
    itT.tp_iternext = (o) => {
      const it = o as SeqIterObject;
      const s = it.seq as StrObject | null;
      if (s === null) return null;
      const str = s.value;
      if (it.index < str.length) {
        const c = str.charCodeAt(it.index);
        if (c >= 0xd800 && c <= 0xdbff && it.index + 1 < str.length) {
          const d = str.charCodeAt(it.index + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            it.index += 2;
            return newStr(str.substring(it.index - 2, it.index));
          }
        }
        it.index++;
        return newStr(str[it.index - 1]);
      }
      it.seq = null;
      decref(s);
      return null;
    };
  }
  // ---------------------------------------------------------------- tuple
  const tt = T.tuple;
  tt.tp_dealloc = tupleDealloc;
  tt.tp_repr = (o) => {
    const items = (o as TupleObject).items;
    if (items.length === 0) return newStr('()');
    return seqRepr(items, '(', ')', o);
  };
  tt.tp_hash = (o) => {
    const h = new TupleHasher();
    const items = (o as TupleObject).items;
    for (const x of items) h.add(A.hash(x));
    return h.finish(items.length, new PyHash());
  };
  tt.tp_richcompare = (a, b, op) => {
    if (!(a instanceof TupleObject) || !(b instanceof TupleObject)) return newref(NotImplemented);
    return seqRichCompare(a.items, b.items, op);
  };
  tt.sq_length = (o) => (o as TupleObject).items.length;
  tt.sq_contains = (o, k) => {
    for (const x of (o as TupleObject).items) if (A.richCompareBool(x, k, CMP.EQ)) return true;
    return false;
  };
  tt.mp_subscript = (o, key) => {
    const items = (o as TupleObject).items;
    if (key instanceof SliceObject) {
      const [start, , step, n] = sliceAdjust(key, items.length);
      if (n === items.length && step === 1 && o.ob_type === T.tuple) return newref(o);
      const out: PyObject[] = [];
      for (let i = 0, j = start; i < n; i++, j += step) out.push(newref(items[j]));
      return newTuple(out);
    }
    return newref(items[seqIndex(items, key, 'tuple')]);
  };
  tt.sq_concat = (a, b) => {
    if (!(b instanceof TupleObject))
      raise(E.TypeError, `can only concatenate tuple (not "${b.ob_type.tp_name}") to tuple`);
    const x = (a as TupleObject).items;
    if (b.items.length === 0 && a.ob_type === T.tuple) return newref(a);
    if (x.length === 0 && b.ob_type === T.tuple) return newref(b);
    const out = x.concat(b.items);
    for (const v of out) incref(v);
    return newTuple(out);
  };
  tt.sq_repeat = (a, n) => {
    const x = (a as TupleObject).items;
    if (n <= 0 || x.length === 0) return newref(EMPTY_TUPLE);
    if (n === 1 && a.ob_type === T.tuple) return newref(a);
    if (x.length * n > 1e8) raise(E.MemoryError);
    return newTuple(repeatItems(x, n));
  };
  tt.tp_iter = (o) => newSeqIter(T.tuple_iterator, o);
  tt.tp_traverse = (o, visit) => {
    // tupletraverse visits the items from last to first
    const items = (o as TupleObject).items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
  };
  tt.tp_new = (type, args, start, nargs, kwnames) => RT.ext.tupleNew(type, args, start, nargs, kwnames);
  const tupleIterNext = (o: PyObject): PyObject | null => {
    const it = o as SeqIterObject;
    const t = it.seq as TupleObject | null;
    if (t === null) return null;
    if (it.index < t.items.length) return newref(t.items[it.index++]);
    it.seq = null;
    decref(t);
    return null;
  };
  T.tuple_iterator.tp_iternext = tupleIterNext;
  // ---------------------------------------------------------------- list
  const lt = T.list;
  lt.tp_dealloc = listDealloc;
  lt.tp_repr = (o) => {
    const items = (o as ListObject).items;
    if (items.length === 0) return newStr('[]');
    return seqRepr(items, '[', ']', o);
  };
  lt.tp_hash = null;
  lt.tp_richcompare = (a, b, op) => {
    if (!(a instanceof ListObject) || !(b instanceof ListObject)) return newref(NotImplemented);
    return seqRichCompare(a.items, b.items, op);
  };
  lt.sq_length = (o) => (o as ListObject).items.length;
  lt.sq_contains = (o, k) => {
    const items = (o as ListObject).items;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      incref(x);
      const eq = (() => {
        try {
          return A.richCompareBool(x, k, CMP.EQ);
        } finally {
          decref(x);
        }
      })();
      if (eq) return true;
    }
    return false;
  };
  lt.mp_subscript = (o, key) => {
    const items = (o as ListObject).items;
    if (key instanceof SliceObject) {
      const [start, , step, n] = sliceAdjust(key, items.length);
      const out: PyObject[] = [];
      for (let i = 0, j = start; i < n; i++, j += step) out.push(newref(items[j]));
      return newListFrom(out);
    }
    return newref(items[seqIndex(items, key, 'list')]);
  };
  lt.mp_ass_subscript = (o, key, value) => RT.ext.listAssSubscript(o as ListObject, key, value);
  lt.sq_concat = (a, b) => {
    if (!(b instanceof ListObject))
      raise(E.TypeError, `can only concatenate list (not "${b.ob_type.tp_name}") to list`);
    const out = (a as ListObject).items.concat(b.items);
    for (const v of out) incref(v);
    return newListFrom(out);
  };
  lt.sq_repeat = (a, n) => {
    const x = (a as ListObject).items;
    if (n <= 0 || x.length === 0) return newListFrom([]);
    if (x.length * n > 1e8) raise(E.MemoryError);
    return newListFrom(repeatItems(x, n));
  };
  lt.nb_inplace_add = (a, b) => {
    if (!(a instanceof ListObject)) return newref(NotImplemented);
    RT.ext.listExtend(a, b);
    return newref(a);
  };
  lt.nb_inplace_multiply = (a, b) => {
    if (!(a instanceof ListObject) || b.ob_type.nb_index === null) return newref(NotImplemented);
    RT.ext.listInplaceRepeat(a, A.indexAsNumber(b, E.OverflowError));
    return newref(a);
  };
  lt.tp_iter = (o) => newSeqIter(T.list_iterator, o);
  lt.tp_traverse = (o, visit) => {
    // list_traverse visits the items from last to first
    const items = (o as ListObject).items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
  };
  lt.tp_clear = (o) => RT.ext.listClear(o as ListObject);
  lt.tp_new = (type) => {
    if (type === T.list) return newList(0, false);
    return RT.ext.newListSubtype(type);
  };
  lt.tp_init = (self, args, start, nargs, kwnames) => RT.ext.listInit(self as ListObject, args, start, nargs, kwnames);
  T.list_iterator.tp_iternext = (o) => {
    const it = o as SeqIterObject;
    const l = it.seq as ListObject | null;
    if (l === null) return null;
    if (it.index < l.items.length) return newref(l.items[it.index++]);
    it.seq = null;
    decref(l);
    return null;
  };
  for (const itT of [T.list_iterator, T.tuple_iterator, T.list_reverseiterator]) {
    itT.tp_dealloc = seqIterDealloc;
    itT.tp_iter = (o) => newref(o);
    itT.tp_traverse = (o, visit) => {
      const s = (o as SeqIterObject).seq;
      if (s !== null) visit(s);
    };
  }
  T.list_reverseiterator.tp_iternext = (o) => {
    const it = o as SeqIterObject;
    const l = it.seq as ListObject | null;
    if (l === null) return null;
    if (it.index >= 0 && it.index < l.items.length) return newref(l.items[it.index--]);
    it.seq = null;
    decref(l);
    return null;
  };
  // ---------------------------------------------------------------- range
  const rt = T.range;
  rt.tp_new = (_type, args, start, nargs, kwnames) => {
    if (kwCount(kwnames) > 0) raise(E.TypeError, 'range() takes no keyword arguments');
    const [lo, hi, step] = rangeArgs(args, start, nargs);
    return newRange(lo, hi, step);
  };
  rt.tp_dealloc = (o) => {
    const r = o as RangeObject;
    decref(r.start);
    decref(r.stop);
    decref(r.step);
    decref(r.length);
    freeObject(r, T.range.tp_basicsize);
  };
  rt.tp_repr = (o) => {
    const r = o as RangeObject;
    const a = A.reprString(r.start);
    const b = A.reprString(r.stop);
    if ((r.step as IntObject).value === 1) return newStr(`range(${a}, ${b})`);
    return newStr(`range(${a}, ${b}, ${A.reprString(r.step)})`);
  };
  rt.sq_length = (o) => {
    const n = ((o as RangeObject).length as IntObject).value;
    if (typeof n === 'bigint') {
      if (n > C_LONG_MAX) raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
      // a Py_ssize_t beyond 2**53: the nearest double (builtin len() reads the exact length itself)
      return Number(n);
    }
    return n;
  };
  rt.nb_bool = (o) => ((o as RangeObject).length as IntObject).value !== 0;
  rt.tp_iter = (o) => {
    const r = o as RangeObject;
    if (rangeIsSmall(r)) {
      const [lo, , step, n] = rangeVals(r);
      const it = new RangeIterObject(lo, step, n);
      allocObject(it, rangeIterBytes(T.range_iterator));
      return it;
    }
    // range_iter: a longrange_iterator unless every field fits in a C long
    return newRangeIter(rbig(r.start), rbig(r.step), rbig(r.length), rbig(r.stop));
  };
  rt.mp_subscript = (o, key) => {
    const r = o as RangeObject;
    if (key instanceof SliceObject) {
      // compute_slice: the sub-range's start and stop are items of this range at the slice bounds
      const lo = rbig(r.start), step = rbig(r.step);
      const [s0, s1, sst] = sliceLongIndices(key, rbig(r.length));
      return newRange(lo + s0 * step, lo + s1 * step, step * sst);
    }
    if (!(key instanceof IntObject) && key.ob_type.nb_index === null)
      raise(E.TypeError, `range indices must be integers or slices, not ${key.ob_type.tp_name}`);
    if (rangeIsSmall(r)) {
      const [lo, , step, n] = rangeVals(r);
      const iv = A.indexValue(key);
      let i = typeof iv === 'number' ? iv : -1; // a bigint index is outside any small range
      if (i < 0 && typeof iv === 'number') i += n;
      if (i < 0 || i >= n) raise(E.IndexError, 'range object index out of range');
      return newInt(lo + i * step);
    }
    // compute_range_item: any int index, checked against the exact length
    let i = BigInt(A.indexValue(key));
    const n = rbig(r.length);
    if (i < 0n) i += n;
    if (i < 0n || i >= n) raise(E.IndexError, 'range object index out of range');
    return newInt(rbig(r.start) + i * rbig(r.step));
  };
  rt.sq_contains = (o, k) => {
    const r = o as RangeObject;
    if (k.ob_type === T.int || k.ob_type === T.bool) {
      const kv = (k as IntObject).value;
      if (typeof kv === 'number' && rangeIsSmall(r)) {
        const [lo, hi, step] = rangeVals(r);
        if (step > 0 ? kv < lo || kv >= hi : kv > lo || kv <= hi) return false;
        return (kv - lo) % step === 0;
      }
      // range_contains_long, exactly
      const [lo, hi, step, v] = [rbig(r.start), rbig(r.stop), rbig(r.step), BigInt(kv)];
      if (step > 0n ? v < lo || v >= hi : v > lo || v <= hi) return false;
      return (v - lo) % step === 0n;
    }
    const it = rt.tp_iter!(o);
    try {
      for (;;) {
        const x = T.range_iterator.tp_iternext!(it);
        if (x === null) return false;
        const eq = A.richCompareBool(x, k, CMP.EQ);
        decref(x);
        if (eq) return true;
      }
    } finally {
      decref(it);
    }
  };
  rt.tp_richcompare = (a, b, op) => {
    if (!(a instanceof RangeObject) || !(b instanceof RangeObject) || (op !== CMP.EQ && op !== CMP.NE))
      return newref(NotImplemented);
    // range_equals: same length, and (if non-empty) same start and (if longer than 1) same step
    const [l1, s1, n1] = [rbig(a.start), rbig(a.step), rbig(a.length)];
    const [l2, s2, n2] = [rbig(b.start), rbig(b.step), rbig(b.length)];
    const eq = n1 === n2 && (n1 === 0n || (l1 === l2 && (n1 === 1n || s1 === s2)));
    return newBool(op === CMP.EQ ? eq : !eq);
  };
  const ri = T.range_iterator;
  ri.tp_iter = (o) => newref(o);
  ri.tp_iternext = (o) => {
    const it = o as RangeIterObject;
    const big = it.big;
    if (big !== null) {
      if (big.remaining <= 0n) return null;
      const v = big.next;
      big.next += big.step;
      big.remaining--;
      return newInt(v);
    }
    if (it.remaining <= 0) return null;
    const v = it.next;
    it.next += it.step;
    it.remaining--;
    return newInt(v);
  };
  ri.tp_dealloc = (o) => freeObject(o, rangeIterBytes(o.ob_type));
  const lri = T.longrange_iterator;
  lri.tp_iter = ri.tp_iter;
  lri.tp_iternext = ri.tp_iternext;
  lri.tp_dealloc = ri.tp_dealloc;
  // ---------------------------------------------------------------- slice
  const sl = T.slice;
  sl.tp_dealloc = sliceDealloc;
  sl.tp_repr = (o) => {
    const s = o as SliceObject;
    return newStr(`slice(${A.reprString(s.start)}, ${A.reprString(s.stop)}, ${A.reprString(s.step)})`);
  };
  sl.tp_new = (_type, args, start, nargs) => {
    if (nargs === 1) return newSlice(None, args[start], None);
    if (nargs === 2) return newSlice(args[start], args[start + 1], None);
    if (nargs === 3) return newSlice(args[start], args[start + 1], args[start + 2]);
    raise(E.TypeError, nargs === 0 ? 'slice expected at least 1 argument, got 0' : `slice expected at most 3 arguments, got ${nargs}`);
  };
  sl.tp_traverse = (o, visit) => {
    const s = o as SliceObject;
    visit(s.start);
    visit(s.stop);
    visit(s.step);
  };
  defineGetSets(sl, {
    start: { get: (o) => newref((o as SliceObject).start) },
    stop: { get: (o) => newref((o as SliceObject).stop) },
    step: { get: (o) => newref((o as SliceObject).step) },
  });
  defineMethods(sl, {
    // slice.indices(length): (start, stop, step) normalised for a sequence of that length
    indices: (self, a, st, n) => {
      if (n !== 1) raise(E.TypeError, `slice.indices() takes exactly one argument (${n} given)`);
      const len = A.indexAsNumber(a[st], E.OverflowError);
      if (len < 0) raise(E.ValueError, 'length should not be negative');
      const [start, stop, step] = sliceAdjust(self as SliceObject, len);
      return newTuple([newInt(start), newInt(stop), newInt(step)]);
    },
    // slice_reduce: (slice, (start, stop, step)), what pickle and copy use
    __reduce__: (self, _a, _st, n, kwnames) => {
      if (kwCount(kwnames) > 0) raise(E.TypeError, 'slice.__reduce__() takes no keyword arguments');
      if (n !== 0) raise(E.TypeError, `slice.__reduce__() takes no arguments (${n} given)`);
      const s = self as SliceObject;
      return newTuple([newref(T.slice as PyObject), newTuple([newref(s.start), newref(s.stop), newref(s.step)])]);
    },
  });
  sl.tp_richcompare = (a, b, op) => {
    if (!(a instanceof SliceObject) || !(b instanceof SliceObject)) return newref(NotImplemented);
    const ta = [a.start, a.stop, a.step];
    const tb = [b.start, b.stop, b.step];
    return seqRichCompare(ta, tb, op);
  };
  RT_EXT.newSlice = newSlice;
  RT_EXT.newTuple2 = (a: PyObject, b: PyObject) => newTuple([a, b]);
});

export { newSeqIter, seqIterDealloc, seqRepr, seqRichCompare, seqIndex, listAppend, listResize, True, False };
