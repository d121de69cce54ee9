/**
 * bytes and bytearray objects.
 *
 * bytes: one block of sizeof(PyBytesObject) + n bytes (33 + n: the header plus the trailing NUL that
 *   ob_sval[1] holds), not GC-tracked. b'' and the 256 one-byte bytes are static singletons (CPython's
 *   _Py_SINGLETON(bytes_empty) / bytes_characters). The hash is cached on the object.
 * bytearray: the 56-byte PyByteArrayObject plus a separate ob_bytes buffer of ob_alloc bytes obtained with
 *   PyObject_Malloc/Realloc and grown by PyByteArray_Resize's strategy (exact + 1 for a major upsize,
 *   size + size/8 + 3 or 6 for a moderate one; a deletion at the front only advances ob_start, the
 *   logical offset, until the next resize). Not GC-tracked.
 * Both share the method cores of lib/pybytes.ts. Results of bytearray methods are new bytearrays.
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, incref, decref, newref } from './object';
import { T } from './types';
import { None, NotImplemented, IntObject } from './singletons';
import { E, raise } from './exceptions';
import { StrObject, newStr } from './str';
import { newInt, newBool } from './numbers';
import { TupleObject, ListObject, newTuple } from './sequences';
import { onBootstrap, defineMethods, registerStaticTypes, typeLookup } from './typeobject';
import type { MethFn } from './funcobject';
import { registerStatic } from './singletons';
import { allocObject, freeObject } from '../memory/heap';
import * as A from '../vm/abstract';
import { noArgs, oneArg, posArgs } from '../vm/args';
import { RT_EXT } from '../vm/rtext';
import { CMP } from '../compiler/opcodes';
import * as B from '../lib/pybytes';
import { hashBytes, PyHash } from '../lib/pyhash';
import { percentFormat } from '../lib/printf';
import { PyLibError } from '../lib/errors';
import { asciiEscape } from '../lib/pystr';
import { floatValueOf, FloatObject } from './numbers';
// strmethods imports this module; these helpers are used lazily (inside functions), so the cycle is safe
import {
  codecEncodeStr, codecDecodeBytes, kwArgs, noKw, tupleArgs, ssize, cint, sliceIdx, seqFast, splitList, preallocSize, appendList, tupleFilled, defineSeqWrappers,
} from './strmethods';
import { sliceAdjust, SliceObject } from './core_seq';

// ------------------------------------------------------------------ objects

export class BytesObject extends PyObject {
  hashCache: PyHash | null = null;
  /** bytearray only: ob_alloc, the address of ob_bytes, the logical offset (ob_start - ob_bytes), exports */
  alloc = 0;
  bufAddr = 0;
  offset = 0;
  exports = 0;
  /** bytearray only: backing store; `value` is a view of it */
  store: Uint8Array | null = null;
  constructor(
    type: PyType,
    public value: Uint8Array,
  ) {
    super(type);
  }
}

const BYTES_HDR = 33; // offsetof(PyBytesObject, ob_sval) + 1

/**
 * What a bytes/bytearray subclass's instance struct adds to its builtin base's (typeNewFill sets the class's
 * tp_basicsize by CPython's rules: 3.11 puts a var-sized object's __dict__ pointer after the items and a
 * weakref pointer after a fixed-size object's slots; 3.12+ keep both in the pre-header; __slots__ add 8 each).
 */
function subclassExtra(type: PyType, base: PyType): number {
  return type.tp_basicsize - base.tp_basicsize;
}

/** bytes_subtype_new's block: PyType_GenericAlloc's _PyObject_VAR_SIZE(type, n + 1), rounded up to a pointer */
function bytesReq(type: PyType, n: number): number {
  return (BYTES_HDR + subclassExtra(type, T.bytes) + n + 1 + 7) & ~7;
}

function bytearrayBasic(type: PyType): number {
  return T.bytearray.tp_basicsize + subclassExtra(type, T.bytearray);
}

/**
 * The singletons live in CPython's _PyRuntime (the binary's data segment): their own address range, apart
 * from singletons.ts's, so that id() tells them apart (pickle's memo is keyed on it) and the other static
 * objects keep their addresses.
 */
const BYTES_STATIC_BASE = 0x55d4a2a1c000 + 0xc00000;
const EMPTY = new BytesObject(T.bytes, new Uint8Array(0));
registerStatic(EMPTY);
EMPTY.addr = BYTES_STATIC_BASE;
const CHARS: BytesObject[] = [];
for (let i = 0; i < 256; i++) {
  const o = new BytesObject(T.bytes, Uint8Array.of(i));
  registerStatic(o);
  o.addr = BYTES_STATIC_BASE + 48 * (i + 1);
  CHARS.push(o);
}

export const EMPTY_BYTES = EMPTY;

/** The static one-byte bytes singleton for byte `c` (borrowed). */
export function bytesChar(c: number): BytesObject {
  return CHARS[c];
}

/** A new bytes object owning `u8` (not copied; the caller must not modify it afterwards). */
export function newBytesFrom(u8: Uint8Array): BytesObject {
  const n = u8.length;
  if (n === 0) return newref(EMPTY);
  if (n === 1) return newref(CHARS[u8[0]]);
  const o = new BytesObject(T.bytes, u8);
  allocObject(o, BYTES_HDR + n);
  return o;
}

function newBytesOfType(type: PyType, u8: Uint8Array): BytesObject {
  if (type === T.bytes) return newBytesFrom(u8);
  const o = new BytesObject(type, u8);
  incref(type);
  allocObject(o, bytesReq(type, u8.length));
  if (type.tp_flags & TPFLAGS.HAVE_GC) RT.gc.track(o);
  return o;
}

function bytesDealloc(o: PyObject): void {
  const b = o as BytesObject;
  const type = b.ob_type;
  freeObject(b, type === T.bytes ? BYTES_HDR + b.value.length : bytesReq(type, b.value.length));
}

// ---------------------------------------------------------------- bytearray storage

function isBytearray(o: PyObject): boolean {
  return o.ob_type === T.bytearray || A.isSubtype(o.ob_type, T.bytearray);
}
function isBytes(o: PyObject): boolean {
  return o.ob_type === T.bytes || A.isSubtype(o.ob_type, T.bytes);
}

/** PyByteArray_FromStringAndSize: a new bytearray holding a copy of `u8` (alloc = n + 1, or none). */
export function newByteArray(u8: Uint8Array, type: PyType = T.bytearray): BytesObject {
  const o = new BytesObject(type, new Uint8Array(0));
  if (type !== T.bytearray) incref(type);
  allocObject(o, bytearrayBasic(type));
  const n = u8.length;
  if (n > 0) {
    o.alloc = n + 1;
    o.bufAddr = RT.heap.malloc(n + 1);
    o.store = new Uint8Array(n + 1);
    o.store.set(u8);
    o.value = o.store.subarray(0, n);
  }
  return o;
}

function bytearrayDealloc(o: PyObject): void {
  const b = o as BytesObject;
  if (b.bufAddr !== 0) RT.heap.free(b.bufAddr, b.alloc);
  b.bufAddr = 0;
  b.alloc = 0;
  // (a subclass instance's type reference is released by subtype_dealloc)
  freeObject(b, bytearrayBasic(b.ob_type));
}

/**
 * PyByteArray_Resize (contents up to min(old, new) preserved; new bytes are zero). `force` skips the
 * "same size" shortcut: used after ob_start advanced, when Py_SIZE still holds the old size.
 */
export function bytearrayResize(o: BytesObject, size: number, force = false): void {
  const cur = o.value.length;
  if (size === cur && !force) return;
  if (o.exports > 0) raise(E.BufferError, 'Existing exports of data: object cannot be re-sized');
  let alloc = o.alloc;
  const off = o.offset;
  if (size + off + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) {
      alloc = size + 1;
    } else {
      // minor downsize: quick exit
      o.value = o.store!.subarray(off, off + size);
      if (size > cur) o.value.fill(0, cur);
      return;
    }
  } else if (size <= alloc * 1.125) {
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    alloc = size + 1;
  }
  if (alloc > 0x7fffffff) raise(E.MemoryError);
  const store = new Uint8Array(alloc);
  store.set(o.value.subarray(0, Math.min(size, cur)));
  if (off > 0) {
    const a = RT.heap.malloc(alloc);
    if (o.bufAddr !== 0) RT.heap.free(o.bufAddr, o.alloc);
    o.bufAddr = a;
  } else {
    o.bufAddr = RT.heap.realloc(o.bufAddr, o.alloc, alloc);
  }
  o.store = store;
  o.offset = 0;
  o.alloc = alloc;
  o.value = store.subarray(0, size);
}

/** bytearray_setslice_linear: replace value[lo:hi] with `bytes` (which must not alias the buffer). */
function bytearraySetSlice(o: BytesObject, lo: number, hi: number, bytes: Uint8Array): void {
  const needed = bytes.length;
  const growth = needed - (hi - lo);
  const size = o.value.length;
  if (growth < 0) {
    if (o.exports > 0) raise(E.BufferError, 'Existing exports of data: object cannot be re-sized');
    if (lo === 0) {
      // shrink by advancing the logical start (ob_start -= growth)
      o.offset -= growth;
      o.value = o.store!.subarray(o.offset, o.offset + size + growth);
      o.value.set(bytes, 0);
      bytearrayResize(o, size + growth, true);
    } else {
      const v = o.value;
      v.copyWithin(lo + needed, hi, size);
      v.set(bytes, lo);
      bytearrayResize(o, size + growth);
    }
    return;
  }
  if (growth > 0) {
    bytearrayResize(o, size + growth);
    o.value.copyWithin(lo + needed, hi, size);
  }
  if (needed > 0) o.value.set(bytes, lo);
}

/** PyObject_LengthHint(o, dflt). */
/**
 * A zeroed JS buffer of `n` bytes whose size the program chose (bytes(n), a length hint): the memory limit
 * is checked before the buffer exists (a named stop, not a JS RangeError), and sizes beyond what a JS typed
 * array holds raise MemoryError.
 */
function zeroedBuffer(n: number): Uint8Array {
  RT.heap.ensureRoom(n);
  if (n > 0x7fffffff) raise(E.MemoryError);
  return new Uint8Array(n);
}

function lengthHint(o: PyObject, dflt: number): number {
  if (o.ob_type.sq_length !== null) {
    try {
      return A.length(o);
    } catch (e) {
      if (!(e instanceof PyErr) || !A.isInstance(e.exc, E.TypeError)) throw e;
      decref(e.exc);
    }
  }
  const f = typeLookup(o.ob_type, '__length_hint__');
  if (f === null) return dflt;
  const r = RT.ext.callBoundDescr(f, o, [], 0, 0, null);
  try {
    if (r === NotImplemented) return dflt;
    if (!(r instanceof IntObject)) raise(E.TypeError, `__length_hint__ must be an integer, not ${r.ob_type.tp_name}`);
    const v = Number(r.value);
    if (v < 0) raise(E.ValueError, '__length_hint__() should return >= 0');
    return v;
  } finally {
    decref(r);
  }
}

// ------------------------------------------------------------------ conversions

/** The bytes of a bytes-like object (bytes, bytearray and subclasses), or null. Borrowed view. */
export function bytesLike(o: PyObject): Uint8Array | null {
  if (o instanceof BytesObject) return o.value;
  const mv = BUFFER_EXPORTERS.memoryview !== null ? BUFFER_EXPORTERS.memoryview(o) : null;
  if (mv !== null) return mv;
  return BUFFER_EXPORTERS.array !== null ? BUFFER_EXPORTERS.array(o) : null;
}

/**
 * Other buffer exporters: memoryview.ts installs its view accessor, the array module its items' bytes
 * (each returns null for an object it does not export).
 */
export const BUFFER_EXPORTERS: {
  memoryview: ((o: PyObject) => Uint8Array | null) | null;
  array: ((o: PyObject) => Uint8Array | null) | null;
} = { memoryview: null, array: null };

function needBytes(o: PyObject): Uint8Array {
  const v = bytesLike(o);
  if (v === null) raise(E.TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return v;
}

/** _getbytevalue: an int in range(256). */
function byteValue(o: PyObject, msg = 'byte must be in range(0, 256)'): number {
  const v = A.indexValue(o);
  if (typeof v === 'bigint' || v < 0 || v > 255) raise(E.ValueError, msg);
  return v;
}

/** A search needle: int (byte) or bytes-like. */
function needle(o: PyObject): B.Needle {
  const v = bytesLike(o);
  if (v !== null) return v;
  if (o instanceof IntObject || o.ob_type.nb_index !== null) {
    const n = A.indexValue(o);
    if (typeof n === 'bigint' || n < 0 || n > 255) raise(E.ValueError, 'byte must be in range(0, 256)');
    return n;
  }
  raise(E.TypeError, `argument should be integer or bytes-like object, not '${o.ob_type.tp_name}'`);
}

/** A result of a method of `self`: bytes for bytes (sub)classes, bytearray for bytearray ones. */
function wrap(self: PyObject, u8: Uint8Array): PyObject {
  return isBytearray(self) ? newByteArray(u8) : newBytesFrom(u8);
}

/** A result equal to self's contents: self itself for exact bytes (return_self), else a copy. */
function same(self: PyObject): PyObject {
  if (self.ob_type === T.bytes) return newref(self);
  return wrap(self, (self as BytesObject).value.slice());
}

function resultOf(self: PyObject, u8: Uint8Array): PyObject {
  const v = (self as BytesObject).value;
  if (self.ob_type === T.bytes && u8.length === v.length && B.bytesEqual(u8, v)) return newref(self);
  return wrap(self, u8);
}

function latin1(u8: Uint8Array): string {
  return B.bytesToBinary(u8);
}

/** Items of an iterable of ints as bytes (bytes(iterable) / bytearray(iterable)). */
function bytesFromIterable(x: PyObject, rangeMsg: string): Uint8Array {
  if (x instanceof ListObject || x instanceof TupleObject) {
    const items = x.items;
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = byteValue(items[i], rangeMsg);
    return out;
  }
  const out: number[] = [];
  A.forEach(x, (it) => {
    out.push(byteValue(it, rangeMsg));
  });
  return Uint8Array.from(out);
}

function lookupSpecial(o: PyObject, name: string): PyObject | null {
  return typeLookup(o.ob_type, name);
}

/** bytes(x) when x defines __bytes__: the result (new reference) or null. */
function callDunderBytes(x: PyObject): PyObject | null {
  const f = lookupSpecial(x, '__bytes__');
  if (f === null) return null;
  const r = RT.ext.callBoundDescr(f, x, [], 0, 0, null);
  if (!isBytes(r)) {
    const n = r.ob_type.tp_name;
    decref(r);
    raise(E.TypeError, `__bytes__ returned non-bytes (type ${n})`);
  }
  return r;
}

function strArg(o: PyObject, fname: string, pname: string): string {
  if (!(o instanceof StrObject)) raise(E.TypeError, `${fname}() argument '${pname}' must be str, not ${o.ob_type.tp_name}`);
  return o.value;
}

// ------------------------------------------------------------------ constructors

function bytesNew(type: PyType, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  const [x, encO, errO] = kwArgs('bytes', args, start, nargs, kwnames, ['source', 'encoding', 'errors']);
  let r: PyObject;
  if (x === null) {
    if (encO !== null || errO !== null)
      raise(E.TypeError, encO !== null ? 'encoding without a string argument' : 'errors without a string argument');
    r = newref(EMPTY);
  } else if (encO !== null) {
    const enc = strArg(encO, 'bytes', 'encoding');
    const err = errO === null ? 'strict' : strArg(errO, 'bytes', 'errors');
    if (!(x instanceof StrObject)) raise(E.TypeError, 'encoding without a string argument');
    r = newBytesFrom(codecEncodeStr(x.value, enc, err));
  } else if (errO !== null) {
    raise(E.TypeError, x instanceof StrObject ? 'string argument without an encoding' : 'errors without a string argument');
  } else {
    const viaDunder = callDunderBytes(x);
    if (viaDunder !== null) r = viaDunder;
    else if (x instanceof StrObject) raise(E.TypeError, 'string argument without an encoding');
    else if (x instanceof IntObject || x.ob_type.nb_index !== null) {
      let n: number | null = null;
      try {
        n = ssize(x);
      } catch (e) {
        if (!(e instanceof PyErr) || !A.isInstance(e.exc, E.TypeError)) throw e;
        decref(e.exc);
      }
      if (n !== null) {
        if (n < 0) raise(E.ValueError, 'negative count');
        r = newBytesFrom(zeroedBuffer(n));
      } else r = bytesFromObject(x);
    } else r = bytesFromObject(x);
  }
  if (type === T.bytes) return r;
  const sub = newBytesOfType(type, (r as BytesObject).value.slice());
  decref(r);
  return sub;
}

/** PyBytes_FromObject. */
function bytesFromObject(x: PyObject): PyObject {
  if (x.ob_type === T.bytes) return newref(x);
  const v = bytesLike(x);
  if (v !== null) return newBytesFrom(v.slice());
  if (x instanceof ListObject || x instanceof TupleObject) return newBytesFrom(bytesFromIterable(x, 'bytes must be in range(0, 256)'));
  if (!(x instanceof StrObject)) {
    let it: PyObject | null = null;
    try {
      it = A.getIter(x);
    } catch (e) {
      if (!(e instanceof PyErr) || !A.isInstance(e.exc, E.TypeError)) throw e;
      decref(e.exc);
    }
    if (it !== null) {
      try {
        return newBytesFrom(bytesFromIterable(it, 'bytes must be in range(0, 256)'));
      } finally {
        decref(it);
      }
    }
  }
  raise(E.TypeError, `cannot convert '${x.ob_type.tp_name}' object to bytes`);
}

function bytearrayNew(type: PyType, _args: PyObject[], _start: number, _nargs: number, _kw: PyObject | null): PyObject {
  const o = new BytesObject(type, new Uint8Array(0));
  if (type !== T.bytearray) incref(type);
  allocObject(o, bytearrayBasic(type));
  if (type.tp_flags & TPFLAGS.HAVE_GC) RT.gc.track(o);
  return o;
}

function bytearrayInit(self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): void {
  const o = self as BytesObject;
  const [x, encO, errO] = kwArgs('bytearray', args, start, nargs, kwnames, ['source', 'encoding', 'errors']);
  if (o.value.length !== 0) bytearrayResize(o, 0);
  if (x === null) {
    if (encO !== null || errO !== null)
      raise(E.TypeError, encO !== null ? 'encoding without a string argument' : 'errors without a string argument');
    return;
  }
  if (x instanceof StrObject) {
    if (encO === null) raise(E.TypeError, 'string argument without an encoding');
    const enc = strArg(encO, 'bytearray', 'encoding');
    const err = errO === null ? 'strict' : strArg(errO, 'bytearray', 'errors');
    const u8 = codecEncodeStr(x.value, enc, err);
    const encoded = newBytesFrom(u8);
    try {
      bytearraySetSlice(o, o.value.length, o.value.length, u8);
    } finally {
      decref(encoded);
    }
    return;
  }
  if (encO !== null || errO !== null)
    raise(E.TypeError, encO !== null ? 'encoding without a string argument' : 'errors without a string argument');
  if (x instanceof IntObject || x.ob_type.nb_index !== null) {
    let n: number | null = null;
    try {
      n = ssize(x);
    } catch (e) {
      if (!(e instanceof PyErr) || !A.isInstance(e.exc, E.TypeError)) throw e;
      decref(e.exc);
    }
    if (n !== null) {
      if (n < 0) raise(E.ValueError, 'negative count');
      if (n > 0) bytearrayResize(o, n);
      return;
    }
  }
  const v = bytesLike(x);
  if (v !== null) {
    const copy = v.slice();
    bytearrayResize(o, copy.length);
    o.value.set(copy);
    return;
  }
  if ((x instanceof ListObject && x.ob_type === T.list) || (x instanceof TupleObject && x.ob_type === T.tuple)) {
    const items = x.items;
    if (items.every((i) => i instanceof IntObject && i.ob_type === T.int)) {
      const u8 = new Uint8Array(items.length);
      for (let i = 0; i < items.length; i++) u8[i] = byteValue(items[i]);
      bytearrayResize(o, items.length);
      o.value.set(u8);
      return;
    }
  }
  let it: PyObject;
  try {
    it = A.getIter(x);
  } catch (e) {
    if (e instanceof PyErr && A.isInstance(e.exc, E.TypeError)) {
      decref(e.exc);
      raise(E.TypeError, `cannot convert '${x.ob_type.tp_name}' object to bytearray`);
    }
    throw e;
  }
  try {
    for (;;) {
      const item = A.iterNext(it);
      if (item === null) break;
      let b: number;
      try {
        b = byteValue(item);
      } finally {
        decref(item);
      }
      const n = o.value.length;
      if (n + 1 < o.alloc) {
        o.value = o.store!.subarray(o.offset, o.offset + n + 1);
      } else bytearrayResize(o, n + 1);
      o.value[n] = b;
    }
  } finally {
    decref(it);
  }
}

// ------------------------------------------------------------------ slots

function bytesRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const x = bytesLike(a);
  const y = bytesLike(b);
  if (x === null || y === null) return newref(NotImplemented);
  // bytes_richcompare only compares bytes with bytes; bytearray compares with any buffer
  if (!isBytearray(a) && !isBytes(b)) return newref(NotImplemented);
  if (op === CMP.EQ || op === CMP.NE) {
    const eq = a === b || B.bytesEqual(x, y);
    return newBool(op === CMP.EQ ? eq : !eq);
  }
  const c = B.bytesCompare(x, y);
  switch (op) {
    case CMP.LT: return newBool(c < 0);
    case CMP.LE: return newBool(c <= 0);
    case CMP.GT: return newBool(c > 0);
    default: return newBool(c >= 0);
  }
}

function bytesHash(o: PyObject): PyHash {
  const b = o as BytesObject;
  let h = b.hashCache;
  if (h === null) {
    h = hashBytes(b.value, new PyHash());
    b.hashCache = h;
  }
  return h;
}

function getIndex(o: BytesObject, key: PyObject, what: string): PyObject {
  const v = o.value;
  if (key instanceof SliceObject) {
    const [st, , step, n] = sliceAdjust(key, v.length);
    if (isBytearray(o)) {
      if (n <= 0) return newByteArray(new Uint8Array(0));
      if (step === 1) return newByteArray(v.subarray(st, st + n));
      const out = new Uint8Array(n);
      for (let i = 0, j = st; i < n; i++, j += step) out[i] = v[j];
      return newByteArray(out);
    }
    if (n <= 0) return newref(EMPTY);
    if (step === 1) {
      if (st === 0 && n === v.length && o.ob_type === T.bytes) return newref(o);
      return newBytesFrom(v.slice(st, st + n));
    }
    const out = new Uint8Array(n);
    for (let i = 0, j = st; i < n; i++, j += step) out[i] = v[j];
    return newBytesFrom(out);
  }
  if (!(key instanceof IntObject) && key.ob_type.nb_index === null)
    raise(E.TypeError, `${what} indices must be integers or slices, not ${key.ob_type.tp_name}`);
  let i = A.indexAsNumber(key);
  if (i < 0) i += v.length;
  if (i < 0 || i >= v.length) raise(E.IndexError, isBytearray(o) ? 'bytearray index out of range' : 'index out of range');
  return newInt(v[i]);
}

function bytearrayAssSubscript(self: PyObject, key: PyObject, value: PyObject | null): void {
  const o = self as BytesObject;
  const v = o.value;
  if (!(key instanceof SliceObject)) {
    if (!(key instanceof IntObject) && key.ob_type.nb_index === null)
      raise(E.TypeError, `bytearray indices must be integers or slices, not ${key.ob_type.tp_name}`);
    let i = A.indexAsNumber(key);
    if (i < 0) i += v.length;
    if (i < 0 || i >= v.length) raise(E.IndexError, 'bytearray index out of range');
    if (value === null) {
      bytearraySetSlice(o, i, i + 1, new Uint8Array(0));
      return;
    }
    o.value[i] = byteValue(value);
    return;
  }
  const [st, stop, step, n] = sliceAdjust(key, v.length);
  let data: Uint8Array;
  if (value === null) data = new Uint8Array(0);
  else if (value === self) data = v.slice();
  else {
    const bl = bytesLike(value);
    if (bl !== null) data = bl.slice();
    else if (value instanceof IntObject || value.ob_type.nb_index !== null)
      raise(E.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    else if (value instanceof StrObject) raise(E.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    else data = bytesFromIterable(value, 'byte must be in range(0, 256)');
  }
  if (step === 1) {
    bytearraySetSlice(o, st, Math.max(st, stop), data);
    return;
  }
  if (value === null) {
    if (n <= 0) return;
    const drop = new Set<number>();
    for (let i = 0, j = st; i < n; i++, j += step) drop.add(j);
    const kept: number[] = [];
    for (let i = 0; i < v.length; i++) if (!drop.has(i)) kept.push(i);
    const out = Uint8Array.from(kept.map((i) => v[i]));
    o.value.set(out);
    bytearrayResize(o, out.length);
    return;
  }
  if (data.length !== n)
    raise(E.ValueError, `attempt to assign bytes of size ${data.length} to extended slice of size ${n}`);
  for (let i = 0, j = st; i < n; i++, j += step) o.value[j] = data[i];
}

// ------------------------------------------------------------------ iterators

class BytesIterObject extends PyObject {
  index = 0;
  constructor(
    type: PyType,
    public seq: BytesObject | null,
  ) {
    super(type);
  }
}

const bytearrayIterType = new PyType(null, 'bytearray_iterator');
bytearrayIterType.tp_basicsize = 32;
bytearrayIterType.tp_flags = TPFLAGS.HAVE_GC;
registerStaticTypes(bytearrayIterType);

function newBytesIter(type: PyType, seq: BytesObject): PyObject {
  incref(seq);
  const it = new BytesIterObject(type, seq);
  allocObject(it, type.tp_basicsize);
  RT.gc.track(it);
  return it;
}

function bytesIterDealloc(o: PyObject): void {
  const it = o as BytesIterObject;
  RT.gc.untrack(it);
  const s = it.seq;
  it.seq = null;
  if (s !== null) decref(s);
  freeObject(it, it.ob_type.tp_basicsize);
}

function bytesIterNext(o: PyObject): PyObject | null {
  const it = o as BytesIterObject;
  const s = it.seq;
  if (s === null) return null;
  if (it.index < s.value.length) return newInt(s.value[it.index++]);
  it.seq = null;
  decref(s);
  return null;
}

// ------------------------------------------------------------------ methods

const is313 = (): boolean => RT.profile.version === '3.13';

function qual(self: PyObject): string {
  return isBytearray(self) ? 'bytearray' : 'bytes';
}

function noArgsM(name: string, f: (self: PyObject, v: Uint8Array) => PyObject): MethFn {
  return (self, _a, _s, nargs, kw) => {
    noArgs(`${qual(self)}.${name}`, nargs, kw);
    return f(self, (self as BytesObject).value);
  };
}

function parseFinds(self: PyObject, name: string, args: PyObject[], start: number, nargs: number, kw: PyObject | null): [PyObject, number | null, number | null] {
  noKw(`${qual(self)}.${name}`, kw);
  if (is313()) posArgs(name, nargs, null, 1, 3);
  else tupleArgs(name, nargs, 1, 3);
  const st = nargs > 1 ? sliceIdx(args[start + 1]) : null;
  const en = nargs > 2 ? sliceIdx(args[start + 2]) : null;
  return [args[start], st, en];
}

function findM(op: 'find' | 'rfind' | 'index' | 'rindex' | 'count'): MethFn {
  return (self, args, start, nargs, kw) => {
    const [subO, st, en] = parseFinds(self, op, args, start, nargs, kw);
    const sub = needle(subO);
    const v = (self as BytesObject).value;
    if (op === 'count') return newInt(B.count(v, sub, st, en));
    const r = op === 'find' || op === 'index' ? B.find(v, sub, st, en) : B.rfind(v, sub, st, en);
    if (r < 0 && (op === 'index' || op === 'rindex')) raise(E.ValueError, 'subsection not found');
    return newInt(r);
  };
}

function tailM(name: 'startswith' | 'endswith'): MethFn {
  return (self, args, start, nargs, kw) => {
    const [x, st, en] = parseFinds(self, name, args, start, nargs, kw);
    const v = (self as BytesObject).value;
    const f = name === 'startswith' ? B.startswith : B.endswith;
    if (x instanceof TupleObject) {
      for (const it of x.items) if (f(v, needBytes(it), st, en)) return newBool(true);
      return newBool(false);
    }
    const b = bytesLike(x);
    if (b === null) raise(E.TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${x.ob_type.tp_name}`);
    return newBool(f(v, b, st, en));
  };
}

function stripM(name: 'strip' | 'lstrip' | 'rstrip'): MethFn {
  const f = B[name];
  return (self, args, start, nargs, kw) => {
    noKw(`${qual(self)}.${name}`, kw);
    posArgs(name, nargs, null, 0, 1);
    const chars = nargs === 1 && args[start] !== None ? needBytes(args[start]) : null;
    return resultOf(self, f((self as BytesObject).value, chars));
  };
}

function splitM(name: 'split' | 'rsplit'): MethFn {
  const f = B[name];
  return (self, args, start, nargs, kw) => {
    const [sepO, maxO] = kwArgs(name, args, start, nargs, kw, ['sep', 'maxsplit']);
    const sep = sepO === null || sepO === None ? null : needBytes(sepO);
    let max = maxO === null ? -1 : ssize(maxO);
    if (max < 0) max = -1;
    const v = (self as BytesObject).value;
    const parts = f(v, sep, max);
    const whole = self.ob_type === T.bytes && parts.length === 1 && parts[0].length === v.length && !(sep === null && max === 0);
    return splitList(preallocSize(max < 0 ? Number.MAX_SAFE_INTEGER : max), parts.length, (i) => (whole ? newref(self) : wrap(self, parts[i].slice())), name === 'rsplit');
  };
}

function partitionM(name: 'partition' | 'rpartition'): MethFn {
  const f = B[name];
  return (self, args, start, nargs, kw) => {
    oneArg(`${qual(self)}.${name}`, nargs, kw);
    const sepO = args[start];
    const sep = needBytes(sepO);
    const [a, b, c] = f((self as BytesObject).value, sep);
    const ba = isBytearray(self);
    const empty = (): PyObject => wrap(self, new Uint8Array(0));
    if (b.length === 0) {
      // not found: bytes gives itself, bytearray a copy
      const whole = (): PyObject => (ba ? newByteArray((self as BytesObject).value) : newref(self));
      if (name === 'partition') return tupleFilled([whole, empty, empty]);
      return tupleFilled([empty, empty, whole]);
    }
    const mid = (): PyObject => (!ba && sepO.ob_type === T.bytes ? newref(sepO) : wrap(self, b.slice()));
    return tupleFilled([() => wrap(self, a.slice()), mid, () => wrap(self, c.slice())]);
  };
}

function padM(name: 'center' | 'ljust' | 'rjust'): MethFn {
  const f = B[name];
  return (self, args, start, nargs, kw) => {
    noKw(`${qual(self)}.${name}`, kw);
    posArgs(name, nargs, null, 1, 2);
    const width = ssize(args[start]);
    let fill = 32;
    if (nargs > 1) {
      const fo = args[start + 1];
      const fb = bytesLike(fo);
      if (fb === null || fb.length !== 1)
        raise(E.TypeError, `${name}() argument 2 must be a byte string of length 1, not ${fo.ob_type.tp_name}`);
      fill = fb[0];
    }
    const v = (self as BytesObject).value;
    if (width <= v.length) return same(self);
    return wrap(self, f(v, width, fill));
  };
}

function affixM(name: 'removeprefix' | 'removesuffix'): MethFn {
  const f = B[name];
  return (self, args, start, nargs, kw) => {
    oneArg(`${qual(self)}.${name}`, nargs, kw);
    const p = needBytes(args[start]);
    const v = (self as BytesObject).value;
    const r = f(v, p);
    if (r.length === v.length) return same(self);
    return wrap(self, r.slice());
  };
}

function bytesJoin(self: PyObject, seq: PyObject): PyObject {
  const { items, owner } = seqFast(seq, 'can only join an iterable');
  try {
    const n = items.length;
    const ba = isBytearray(self);
    if (n === 1 && !ba && items[0].ob_type === T.bytes) return newref(items[0]);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < n; i++) {
      const v = bytesLike(items[i]);
      if (v === null) raise(E.TypeError, `sequence item ${i}: expected a bytes-like object, ${items[i].ob_type.tp_name} found`);
      parts.push(v);
    }
    return wrap(self, B.join((self as BytesObject).value, parts));
  } finally {
    if (owner !== null) decref(owner);
  }
}

function bytesDecode(self: PyObject, args: PyObject[], start: number, nargs: number, kw: PyObject | null): PyObject {
  const [encO, errO] = kwArgs('decode', args, start, nargs, kw, ['encoding', 'errors']);
  const enc = encO === null ? 'utf-8' : strArg(encO, 'decode', 'encoding');
  const err = errO === null ? 'strict' : strArg(errO, 'decode', 'errors');
  return newStr(codecDecodeBytes((self as BytesObject).value, enc, err));
}

function bytesHex(self: PyObject, args: PyObject[], start: number, nargs: number, kw: PyObject | null): PyObject {
  return hexMethod((self as BytesObject).value, args, start, nargs, kw);
}

/** bytes.hex / bytearray.hex / memoryview.hex(sep=, bytes_per_sep=) over `data`. */
export function hexMethod(data: Uint8Array, args: PyObject[], start: number, nargs: number, kw: PyObject | null): PyObject {
  const [sepO, bpsO] = kwArgs('hex', args, start, nargs, kw, ['sep', 'bytes_per_sep']);
  let sep: string | null = null;
  if (sepO !== null) {
    if (sepO instanceof StrObject) sep = sepO.value;
    else {
      const b = bytesLike(sepO);
      if (b === null) raise(E.TypeError, `object of type '${sepO.ob_type.tp_name}' has no len()`);
      if (b.length !== 1) raise(E.ValueError, 'sep must be length 1.');
      sep = String.fromCharCode(b[0]);
    }
  }
  const bps = bpsO === null ? 1 : cint(bpsO);
  return newStr(B.hex(data, sep, bps));
}

function fromhexM(cls: PyObject, args: PyObject[], start: number, nargs: number, kw: PyObject | null): PyObject {
  oneArg(`${(cls as PyType).tp_name}.fromhex`, nargs, kw);
  const s = args[start];
  if (!(s instanceof StrObject)) raise(E.TypeError, `fromhex() argument must be str, not ${s.ob_type.tp_name}`);
  const u8 = B.fromhex(s.value);
  const type = cls as PyType;
  const base = A.isSubtype(type, T.bytearray) ? T.bytearray : T.bytes;
  const r = base === T.bytearray ? newByteArray(u8) : newBytesFrom(u8);
  if (type === base) return r;
  try {
    return A.call1(type, r);
  } finally {
    decref(r);
  }
}

function replaceM(self: PyObject, args: PyObject[], start: number, nargs: number, kw: PyObject | null): PyObject {
  let oldO: PyObject;
  let newO: PyObject;
  let cntO: PyObject | null;
  if (is313()) {
    [oldO, newO, cntO] = kwArgs('replace', args, start, nargs, kw, ['old', 'new', 'count'], 2, 2) as [PyObject, PyObject, PyObject | null];
  } else {
    noKw(`${qual(self)}.replace`, kw);
    posArgs('replace', nargs, null, 2, 3);
    oldO = args[start];
    newO = args[start + 1];
    cntO = nargs > 2 ? args[start + 2] : null;
  }
  const o = needBytes(oldO);
  const n = needBytes(newO);
  let count = cntO === null ? -1 : ssize(cntO);
  if (count < 0) count = -1;
  const v = (self as BytesObject).value;
  if (count === 0) return same(self);
  if (o.length === 0 ? n.length === 0 : B.find(v, o) < 0) return same(self);
  return wrap(self, B.replace(v, o, n, count));
}

function translateM(self: PyObject, args: PyObject[], start: number, nargs: number, kw: PyObject | null): PyObject {
  const [tabO, delO] = kwArgs('translate', args, start, nargs, kw, ['table', 'delete'], 1, 1);
  let table: Uint8Array | null = null;
  if (tabO !== None) {
    table = needBytes(tabO!);
    if (table.length !== 256) raise(E.ValueError, 'translation table must be 256 characters long');
  }
  const del = delO === null ? new Uint8Array(0) : needBytes(delO);
  const v = (self as BytesObject).value;
  const r = B.translate(v, table, del);
  return resultOf(self, r);
}

function maketransM(_s: PyObject, args: PyObject[], start: number, nargs: number, kw: PyObject | null): PyObject {
  noKw('maketrans', kw);
  posArgs('maketrans', nargs, null, 2, 2);
  return newBytesFrom(B.maketrans(needBytes(args[start]), needBytes(args[start + 1])));
}

function sizeofM(self: PyObject, _a: PyObject[], _s: number, nargs: number, kw: PyObject | null): PyObject {
  noArgs(`${qual(self)}.__sizeof__`, nargs, kw);
  const o = self as BytesObject;
  if (isBytearray(o)) return newInt(bytearrayBasic(o.ob_type) + o.alloc);
  // bytes_sizeof: tp_basicsize + size * tp_itemsize (not the block: no extra item, no rounding)
  return newInt(BYTES_HDR + subclassExtra(o.ob_type, T.bytes) + o.value.length);
}

/** %b is bytes formatting's name for %s: rewrite the conversion characters (keys and flags kept). */
function bytesFmtToStrFmt(f: string): string {
  let out = '';
  let i = 0;
  while (i < f.length) {
    const c = f[i++];
    out += c;
    if (c !== '%') continue;
    if (f[i] === '(') {
      let depth = 1;
      out += f[i++];
      while (i < f.length && depth > 0) {
        if (f[i] === '(') depth++;
        else if (f[i] === ')') depth--;
        out += f[i++];
      }
    }
    while (i < f.length && '-+ #0123456789.*hlL'.includes(f[i])) out += f[i++];
    if (i < f.length) {
      out += f[i] === 'b' ? 's' : f[i];
      i++;
    }
  }
  return out;
}

/** bytes % args (PyBytes_Format) on the latin-1 text of the bytes. */
function bytesPercent(a: PyObject, b: PyObject): PyObject {
  const fmt = bytesFmtToStrFmt(latin1((a as BytesObject).value));
  const isMapping = b.ob_type.mp_subscript !== null && !(b instanceof TupleObject) && !(b instanceof BytesObject) && !(b instanceof StrObject);
  const pa: { tuple?: readonly PyObject[]; single?: PyObject; getItem?: (k: string) => PyObject } =
    b instanceof TupleObject ? { tuple: b.items } : { single: b };
  const temps: PyObject[] = [];
  if (isMapping) {
    pa.getItem = (k: string) => {
      const key = newBytesFrom(B.binaryToBytes(k));
      try {
        const v = A.getItem(b, key);
        temps.push(v);
        return v;
      } finally {
        decref(key);
      }
    };
  }
  const num = (o: PyObject, f: (x: PyObject) => PyObject | null): number | bigint | null => {
    if (o instanceof IntObject) return o.value;
    const r = f(o);
    if (r === null) return null;
    const v = (r as IntObject).value;
    decref(r);
    return v;
  };
  const asBytes = (o: PyObject): string => {
    const v = bytesLike(o);
    if (v !== null) return latin1(v);
    const r = callDunderBytes(o);
    if (r !== null) {
      const s = latin1((r as BytesObject).value);
      decref(r);
      return s;
    }
    raise(E.TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${o.ob_type.tp_name}'`);
  };
  const asciiOf = (o: PyObject): string => asciiEscape(A.reprString(o));
  try {
    const out = percentFormat<PyObject>(fmt, pa, {
      str: asBytes,
      repr: asciiOf,
      ascii: asciiOf,
      typeName: (o) => o.ob_type.tp_name,
      toInt: (o) => num(o, (x) => (x.ob_type.nb_int !== null ? x.ob_type.nb_int(x) : x.ob_type.nb_index !== null ? x.ob_type.nb_index(x) : null)),
      toIndex: (o) => num(o, (x) => (x.ob_type.nb_index !== null ? x.ob_type.nb_index(x) : null)),
      toFloat: (o) => (o instanceof FloatObject ? o.value : o.ob_type.nb_float !== null || o.ob_type.nb_index !== null || o instanceof IntObject ? floatValueOf(o) : null),
      asStr: (o) => {
        const v = bytesLike(o);
        return v !== null && v.length === 1 ? latin1(v) : null;
      },
      asInt: (o) => (o instanceof IntObject ? o.value : null),
      maxStrDigits: RT.intMaxStrDigits,
    });
    // only %c can produce a character above 0xff
    if (/[\u0100-\uffff]/.test(out)) raise(E.OverflowError, '%c arg not in range(256)');
    return wrap(a, B.binaryToBytes(out));
  } catch (e) {
    if (e instanceof PyLibError) {
      let msg = e.message.replace('during string formatting', 'during bytes formatting');
      if (msg === '%c requires int or char') msg = '%c requires an integer in range(256) or a single byte';
      else if (msg === '%c arg not in range(0x110000)') msg = '%c arg not in range(256)';
      throw new PyLibError(e.pyType, msg);
    }
    throw e;
  } finally {
    for (const t of temps) decref(t);
  }
}

const COMMON: Record<string, MethFn> = {
  find: findM('find'),
  rfind: findM('rfind'),
  index: findM('index'),
  rindex: findM('rindex'),
  count: findM('count'),
  startswith: tailM('startswith'),
  endswith: tailM('endswith'),
  strip: stripM('strip'),
  lstrip: stripM('lstrip'),
  rstrip: stripM('rstrip'),
  split: splitM('split'),
  rsplit: splitM('rsplit'),
  partition: partitionM('partition'),
  rpartition: partitionM('rpartition'),
  center: padM('center'),
  ljust: padM('ljust'),
  rjust: padM('rjust'),
  removeprefix: affixM('removeprefix'),
  removesuffix: affixM('removesuffix'),
  replace: replaceM,
  translate: translateM,
  decode: bytesDecode,
  hex: bytesHex,
  join: (self, args, start, nargs, kw) => {
    oneArg(`${qual(self)}.join`, nargs, kw);
    return bytesJoin(self, args[start]);
  },
  splitlines: (self, args, start, nargs, kw) => {
    const [keepO] = kwArgs('splitlines', args, start, nargs, kw, ['keepends']);
    let keep = false;
    if (keepO !== null) keep = RT.profile.version === '3.11' ? cint(keepO) !== 0 : A.isTrue(keepO);
    const v = (self as BytesObject).value;
    const parts = B.splitlines(v, keep);
    return appendList(parts.length, (i) => (i === 0 && self.ob_type === T.bytes && parts[0].length === v.length ? newref(self) : wrap(self, parts[i].slice())));
  },
  zfill: (self, args, start, nargs, kw) => {
    oneArg(`${qual(self)}.zfill`, nargs, kw);
    const w = ssize(args[start]);
    const v = (self as BytesObject).value;
    if (w <= v.length) return same(self);
    return wrap(self, B.zfill(v, w));
  },
  expandtabs: (self, args, start, nargs, kw) => {
    const [tabO] = kwArgs('expandtabs', args, start, nargs, kw, ['tabsize']);
    const tab = tabO === null ? 8 : cint(tabO);
    return wrap(self, B.expandtabs((self as BytesObject).value, tab));
  },
  upper: noArgsM('upper', (s, v) => wrap(s, B.upper(v))),
  lower: noArgsM('lower', (s, v) => wrap(s, B.lower(v))),
  swapcase: noArgsM('swapcase', (s, v) => wrap(s, B.swapcase(v))),
  title: noArgsM('title', (s, v) => wrap(s, B.title(v))),
  capitalize: noArgsM('capitalize', (s, v) => wrap(s, B.capitalize(v))),
  isalpha: noArgsM('isalpha', (_s, v) => newBool(B.isalpha(v))),
  isalnum: noArgsM('isalnum', (_s, v) => newBool(B.isalnum(v))),
  isdigit: noArgsM('isdigit', (_s, v) => newBool(B.isdigit(v))),
  isspace: noArgsM('isspace', (_s, v) => newBool(B.isspace(v))),
  isascii: noArgsM('isascii', (_s, v) => newBool(B.isascii(v))),
  islower: noArgsM('islower', (_s, v) => newBool(B.islower(v))),
  isupper: noArgsM('isupper', (_s, v) => newBool(B.isupper(v))),
  istitle: noArgsM('istitle', (_s, v) => newBool(B.istitle(v))),
  __sizeof__: sizeofM,
};

// ---------------------------------------------------------------- bytearray mutators

function ba(self: PyObject): BytesObject {
  return self as BytesObject;
}

const BYTEARRAY_ONLY: Record<string, MethFn> = {
  append: (self, args, start, nargs, kw) => {
    oneArg('bytearray.append', nargs, kw);
    const b = byteValue(args[start]);
    const o = ba(self);
    const n = o.value.length;
    bytearrayResize(o, n + 1);
    o.value[n] = b;
    return newref(None);
  },
  extend: (self, args, start, nargs, kw) => {
    oneArg('bytearray.extend', nargs, kw);
    const x = args[start];
    const o = ba(self);
    const v = bytesLike(x);
    if (v !== null) {
      bytearraySetSlice(o, o.value.length, o.value.length, v.slice());
      return newref(None);
    }
    let it: PyObject;
    try {
      it = A.getIter(x);
    } catch (e) {
      if (e instanceof PyErr && A.isInstance(e.exc, E.TypeError)) {
        decref(e.exc);
        raise(E.TypeError, `can't extend bytearray with ${x.ob_type.tp_name}`);
      }
      throw e;
    }
    // a temporary bytearray sized by the length hint, grown by half, then trimmed (bytearray_extend)
    let bufSize = lengthHint(x, 32);
    const tmp = newByteArray(zeroedBuffer(bufSize));
    try {
      let len = 0;
      for (;;) {
        const item = A.iterNext(it);
        if (item === null) break;
        let b: number;
        try {
          b = byteValue(item);
        } finally {
          decref(item);
        }
        if (len >= tmp.value.length) bytearrayResize(tmp, len + 1);
        tmp.value[len++] = b;
        if (len >= bufSize) {
          bufSize = len + (len >> 1) + 1;
          bytearrayResize(tmp, bufSize);
        }
      }
      bytearrayResize(tmp, len);
      bytearraySetSlice(o, o.value.length, o.value.length, tmp.value.slice());
    } finally {
      decref(it);
      decref(tmp);
    }
    return newref(None);
  },
  pop: (self, args, start, nargs, kw) => {
    noKw('bytearray.pop', kw);
    posArgs('pop', nargs, null, 0, 1);
    const o = ba(self);
    const n = o.value.length;
    let i = nargs > 0 ? ssize(args[start]) : -1;
    if (n === 0) raise(E.IndexError, 'pop from empty bytearray');
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(E.IndexError, 'pop index out of range');
    const v = o.value[i];
    o.value.copyWithin(i, i + 1, n);
    bytearrayResize(o, n - 1);
    return newInt(v);
  },
  insert: (self, args, start, nargs, kw) => {
    noKw('bytearray.insert', kw);
    posArgs('insert', nargs, null, 2, 2);
    const o = ba(self);
    const n = o.value.length;
    let i = ssize(args[start]);
    const b = byteValue(args[start + 1]);
    bytearrayResize(o, n + 1);
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    }
    if (i > n) i = n;
    o.value.copyWithin(i + 1, i, n);
    o.value[i] = b;
    return newref(None);
  },
  remove: (self, args, start, nargs, kw) => {
    oneArg('bytearray.remove', nargs, kw);
    const b = byteValue(args[start]);
    const o = ba(self);
    const n = o.value.length;
    const i = o.value.indexOf(b);
    if (i < 0) raise(E.ValueError, 'value not found in bytearray');
    o.value.copyWithin(i, i + 1, n);
    bytearrayResize(o, n - 1);
    return newref(None);
  },
  clear: (self, _a, _s, nargs, kw) => {
    noArgs('bytearray.clear', nargs, kw);
    bytearrayResize(ba(self), 0);
    return newref(None);
  },
  copy: (self, _a, _s, nargs, kw) => {
    noArgs('bytearray.copy', nargs, kw);
    return newByteArray(ba(self).value);
  },
  reverse: (self, _a, _s, nargs, kw) => {
    noArgs('bytearray.reverse', nargs, kw);
    ba(self).value.reverse();
    return newref(None);
  },
  __alloc__: (self, _a, _s, nargs, kw) => {
    noArgs('bytearray.__alloc__', nargs, kw);
    return newInt(ba(self).alloc);
  },
};

// ------------------------------------------------------------------ installation

onBootstrap(() => {
  const bt = T.bytes;
  bt.tp_dealloc = bytesDealloc;
  bt.tp_hash = bytesHash;
  bt.tp_repr = (o) => newStr(B.bytesRepr((o as BytesObject).value));
  bt.tp_richcompare = bytesRichCompare;
  bt.sq_length = (o) => (o as BytesObject).value.length;
  bt.sq_contains = (o, k) => {
    const v = (o as BytesObject).value;
    if (k instanceof IntObject || (k.ob_type.nb_index !== null && bytesLike(k) === null)) {
      const n = A.indexValue(k);
      if (typeof n === 'bigint' || n < 0 || n > 255) raise(E.ValueError, 'byte must be in range(0, 256)');
      return v.indexOf(n) >= 0;
    }
    return B.find(v, needBytes(k)) >= 0;
  };
  bt.mp_subscript = (o, k) => getIndex(o as BytesObject, k, 'byte');
  bt.sq_concat = (a, b) => {
    const y = bytesLike(b);
    if (y === null) raise(E.TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
    const x = (a as BytesObject).value;
    if (y.length === 0 && a.ob_type === T.bytes) return newref(a);
    if (x.length === 0 && b.ob_type === T.bytes) return newref(b);
    return newBytesFrom(B.concat(x, y));
  };
  bt.sq_repeat = (a, n) => {
    const v = (a as BytesObject).value;
    if (n === 1 && a.ob_type === T.bytes) return newref(a);
    return newBytesFrom(B.repeat(v, n));
  };
  bt.tp_iter = (o) => newBytesIter(T.bytes_iterator, o as BytesObject);
  bt.nb_remainder = (a, b) => {
    if (!isBytes(a)) return newref(NotImplemented);
    return bytesPercent(a, b);
  };
  bt.tp_new = bytesNew;

  const bat = T.bytearray;
  bat.tp_dealloc = bytearrayDealloc;
  bat.tp_hash = null;
  bat.tp_repr = (o) => {
    const body = B.bytearrayRepr((o as BytesObject).value).slice('bytearray('.length, -1);
    const name = o.ob_type.tp_name.includes('.') ? o.ob_type.tp_name.slice(o.ob_type.tp_name.lastIndexOf('.') + 1) : o.ob_type.tp_name;
    return newStr(`${name}(${body})`);
  };
  bat.tp_richcompare = bytesRichCompare;
  bat.sq_length = (o) => (o as BytesObject).value.length;
  bat.sq_contains = bt.sq_contains;
  bat.mp_subscript = (o, k) => getIndex(o as BytesObject, k, 'bytearray');
  bat.mp_ass_subscript = bytearrayAssSubscript;
  bat.sq_concat = (a, b) => {
    const y = bytesLike(b);
    if (y === null) raise(E.TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
    return newByteArray(B.concat((a as BytesObject).value, y));
  };
  bat.sq_repeat = (a, n) => newByteArray(B.repeat((a as BytesObject).value, n));
  bat.nb_inplace_add = (a, b) => {
    if (!isBytearray(a)) return newref(NotImplemented);
    const y = bytesLike(b);
    if (y === null) raise(E.TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
    const o = a as BytesObject;
    const copy = y.slice();
    const n = o.value.length;
    bytearrayResize(o, n + copy.length);
    o.value.set(copy, n);
    return newref(a);
  };
  bat.nb_inplace_multiply = (a, b) => {
    if (!isBytearray(a) || !(b instanceof IntObject || b.ob_type.nb_index !== null)) return newref(NotImplemented);
    const o = a as BytesObject;
    let cnt = ssize(b);
    if (cnt < 0) cnt = 0;
    const r = B.repeat(o.value, cnt);
    bytearrayResize(o, r.length);
    o.value.set(r);
    return newref(a);
  };
  bat.tp_iter = (o) => newBytesIter(bytearrayIterType, o as BytesObject);
  bat.nb_remainder = (a, b) => {
    if (!isBytearray(a)) return newref(NotImplemented);
    return bytesPercent(a, b);
  };
  bat.tp_new = bytearrayNew;
  bat.tp_init = bytearrayInit;

  for (const itT of [T.bytes_iterator, bytearrayIterType]) {
    itT.ob_type = T.type;
    itT.tp_dealloc = bytesIterDealloc;
    itT.tp_iter = (o) => newref(o);
    itT.tp_iternext = bytesIterNext;
    itT.tp_traverse = (o, visit) => {
      const s = (o as BytesIterObject).seq;
      if (s !== null) visit(s);
    };
  }

  defineMethods(bt, {
    ...COMMON,
    fromhex: { fn: fromhexM, kind: 'class' },
    maketrans: { fn: maketransM, kind: 'static' },
    __getnewargs__: (self, _a, _s, nargs, kw) => {
      noArgs('bytes.__getnewargs__', nargs, kw);
      return newTuple([newBytesFrom((self as BytesObject).value.slice())]);
    },
    __bytes__: (self, _a, _s, nargs, kw) => {
      noArgs('bytes.__bytes__', nargs, kw);
      if (self.ob_type === T.bytes) return newref(self);
      return newBytesFrom((self as BytesObject).value.slice());
    },
  });
  defineMethods(bat, {
    ...COMMON,
    ...BYTEARRAY_ONLY,
    fromhex: { fn: fromhexM, kind: 'class' },
    maketrans: { fn: maketransM, kind: 'static' },
  });

  defineSeqWrappers(bt);
  defineSeqWrappers(bat);
  RT_EXT.newBytes = (u8: Uint8Array) => newBytesFrom(u8.slice());
  RT_EXT.newByteArray = (u8: Uint8Array) => newByteArray(u8);
  RT_EXT.bytesToLatin1 = (o: PyObject) => latin1(needBytes(o));
  RT_EXT.bytesLikeData = (o: PyObject) => bytesLike(o);
  RT_EXT.bytesOrd = (o: PyObject) => {
    const v = (o as BytesObject).value;
    if (v.length !== 1) raise(E.TypeError, `ord() expected a character, but string of length ${v.length} found`);
    return newInt(v[0]);
  };
});
