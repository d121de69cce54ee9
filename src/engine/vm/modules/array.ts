/**
 * The array module (CPython's Modules/arraymodule.c, 3.11 to 3.13), natively.
 *
 * array.array (arrayobject, basicsize 64: PyObject_VAR_HEAD, ob_item, allocated, ob_descr, weakreflist,
 * ob_exports) is a GC type, tracked from its allocation, and a heap type in CPython (PyType_FromModuleAndSpec):
 * every instance holds a reference to its type, which tp_traverse visits. Its items live in a separate
 * PyMem buffer (ob_item, NULL while nothing was allocated) of `allocated` items:
 *   newarrayobject       exactly `size` items (construction from a list, tuple or array, slices, +, *, copy);
 *   array_resize         keeps the buffer when it is large enough and the array does not shrink by 16 or more
 *                        items; frees it for size 0; else reallocates to newsize + newsize/16 + (3 or 7)
 *                        items (append, insert, extend, frombytes, fromlist, fromunicode, del, pop, *=);
 *   'u' from a str       the buffer PyUnicode_AsWideCharString made: n + 1 wchar_t, `allocated` n.
 * sys.getsizeof = basicsize + allocated * itemsize (+ the GC head). buffer_info()'s address is the buffer's.
 * The iterator (array.arrayiterator, 40 bytes, GC) holds the array until it is exhausted.
 * The buffer protocol (array_buffer_getbuf) serves the bytes-like consumers (bytes(a), bytearray(a),
 * struct.unpack(fmt, a), ...) as transient exports, and memoryview(a) (objects/memoryview.ts) as a lasting
 * one: format the typecode ('w' for 'u'), counted in ob_exports, during which any change of the array's size
 * raises BufferError (array_resize, and array_ass_subscr before it changes anything).
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, newref, xdecref } from '../../objects/object';
import { None, NotImplemented, IntObject } from '../../objects/singletons';
import { T } from '../../objects/types';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { newInt, newIntUnsigned, newFloat, newBool, floatValueOf } from '../../objects/numbers';
import { TupleObject, newTuple, newListFrom, ListObject } from '../../objects/sequences';
import { DictObject, dictSetStr, dictGetStr } from '../../objects/dict';
import { SliceObject, sliceAdjust } from '../../objects/core_seq';
import { bytesLike, newBytesFrom, BUFFER_EXPORTERS } from '../../objects/bytesobject';
import { onBootstrap, defineMethods, defineGetSets } from '../../objects/typeobject';
import { registerWeakrefable } from '../../objects/weakref';
import { BUFFER_PROVIDERS } from '../../objects/memoryview';
import { freeObject } from '../../memory/heap';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { kwCount, noArgs, oneArg, posArgs } from '../args';
import { CMP } from '../../compiler/opcodes';
import { warnPy } from './warnings';
import { nativeType, allocNative, moduleFn, pyMinor } from './nativetype';

export const ARRAY_TYPE = nativeType('array.array', 64, TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE);
const ARRAY_ITER_TYPE = nativeType('array.arrayiterator', 40, TPFLAGS.HAVE_GC);

// ------------------------------------------------------------------ descriptors

const enum Kind {
  SIGNED,
  UNSIGNED,
  FLOAT,
  UNICODE,
}

interface Descr {
  typecode: string;
  itemsize: number;
  kind: Kind;
  /** the machine format code of __reduce_ex__ (enum machine_format_code, little-endian x86-64) */
  mformat: number;
}

const DESCRS: Descr[] = [
  { typecode: 'b', itemsize: 1, kind: Kind.SIGNED, mformat: 1 },
  { typecode: 'B', itemsize: 1, kind: Kind.UNSIGNED, mformat: 0 },
  { typecode: 'u', itemsize: 4, kind: Kind.UNICODE, mformat: 20 },
  { typecode: 'w', itemsize: 4, kind: Kind.UNICODE, mformat: 20 },
  { typecode: 'h', itemsize: 2, kind: Kind.SIGNED, mformat: 4 },
  { typecode: 'H', itemsize: 2, kind: Kind.UNSIGNED, mformat: 2 },
  { typecode: 'i', itemsize: 4, kind: Kind.SIGNED, mformat: 8 },
  { typecode: 'I', itemsize: 4, kind: Kind.UNSIGNED, mformat: 6 },
  { typecode: 'l', itemsize: 8, kind: Kind.SIGNED, mformat: 12 },
  { typecode: 'L', itemsize: 8, kind: Kind.UNSIGNED, mformat: 10 },
  { typecode: 'q', itemsize: 8, kind: Kind.SIGNED, mformat: 12 },
  { typecode: 'Q', itemsize: 8, kind: Kind.UNSIGNED, mformat: 10 },
  { typecode: 'f', itemsize: 4, kind: Kind.FLOAT, mformat: 14 },
  { typecode: 'd', itemsize: 8, kind: Kind.FLOAT, mformat: 16 },
];

/** The typecodes of the running version ('w' is new in 3.13). */
function typecodes(): string {
  return DESCRS.map((d) => d.typecode).filter((c) => c !== 'w' || pyMinor() >= 13).join('');
}

function findDescr(c: string): Descr | null {
  for (const d of DESCRS) if (d.typecode === c && (c !== 'w' || pyMinor() >= 13)) return d;
  return null;
}

// ------------------------------------------------------------------ objects

export class ArrayObject extends PyObject {
  descr: Descr = DESCRS[0];
  /** Py_SIZE */
  size = 0;
  allocated = 0;
  /** ob_item's block (0 = NULL) and its request in bytes */
  bufAddr = 0;
  bufBytes = 0;
  /** the items' bytes (at least allocated * itemsize) */
  u8: Uint8Array = new Uint8Array(0);
  dv: DataView = new DataView(this.u8.buffer);
  /** ob_exports: the buffers exported to memoryviews and not released yet */
  exports = 0;
}

class ArrayIterObject extends PyObject {
  index = 0;
  ao: ArrayObject | null = null;
}

function isArray(o: PyObject): o is ArrayObject {
  return o instanceof ArrayObject;
}

/** Replace the JS storage by one of `nbytes`, keeping the first min(old, new) bytes. */
function setStorage(a: ArrayObject, nbytes: number): void {
  const u8 = new Uint8Array(nbytes);
  u8.set(a.u8.length <= nbytes ? a.u8 : a.u8.subarray(0, nbytes));
  a.u8 = u8;
  a.dv = new DataView(u8.buffer);
}

/** newarrayobject: tp_alloc (tracked), then a buffer of exactly `size` items. New reference. */
function newArray(type: PyType, size: number, descr: Descr): ArrayObject {
  const nbytes = size * descr.itemsize;
  if (nbytes > Number.MAX_SAFE_INTEGER) raise(E.MemoryError, '');
  const a = new ArrayObject(type);
  // PyType_GenericAlloc takes a reference to the (heap) type; a subclass's is taken by allocNative
  if (type === ARRAY_TYPE) incref(type);
  allocNative(a);
  a.descr = descr;
  a.allocated = size;
  a.size = size;
  if (size > 0) {
    RT.heap.ensureRoom(nbytes);
    a.bufAddr = RT.heap.malloc(nbytes);
    a.bufBytes = nbytes;
    setStorage(a, nbytes);
  }
  return a;
}

function raiseExporting(): never {
  raise(E.BufferError, 'cannot resize an array that is exporting buffers');
}

/** array_resize (see the file comment). */
function arrayResize(a: ArrayObject, newsize: number): void {
  if (a.exports > 0 && newsize !== a.size) raiseExporting();
  if (a.allocated >= newsize && a.size < newsize + 16 && a.bufAddr !== 0) {
    a.size = newsize;
    return;
  }
  if (newsize === 0) {
    RT.heap.free(a.bufAddr, a.bufBytes);
    a.bufAddr = 0;
    a.bufBytes = 0;
    a.size = 0;
    a.allocated = 0;
    a.u8 = new Uint8Array(0);
    a.dv = new DataView(a.u8.buffer);
    return;
  }
  const newAlloc = (newsize >> 4) + (a.size < 8 ? 3 : 7) + newsize;
  const nbytes = newAlloc * a.descr.itemsize;
  if (nbytes > Number.MAX_SAFE_INTEGER) raise(E.MemoryError, '');
  RT.heap.ensureRoom(nbytes);
  a.bufAddr = RT.heap.realloc(a.bufAddr, a.bufBytes, nbytes);
  a.bufBytes = nbytes;
  setStorage(a, nbytes);
  a.size = newsize;
  a.allocated = newAlloc;
}

// ------------------------------------------------------------------ items

const TWO64 = 1n << 64n;
const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;

/**
 * The item at index i (getitem): a new reference. The signed codes' ints come from PyLong_FromLong (a
 * one-digit value is a 32-byte medium int), the unsigned 'I', 'L', 'Q' ones from PyLong_FromUnsignedLong(Long),
 * which allocates _PyLong_New(ndigits) (28 bytes for one digit).
 */
function getItem(a: ArrayObject, i: number): PyObject {
  const dv = a.dv;
  switch (a.descr.typecode) {
    case 'b': return newInt(dv.getInt8(i));
    case 'B': return newInt(dv.getUint8(i));
    case 'h': return newInt(dv.getInt16(i * 2, true));
    case 'H': return newInt(dv.getUint16(i * 2, true));
    case 'i': return newInt(dv.getInt32(i * 4, true));
    case 'I': return newIntUnsigned(dv.getUint32(i * 4, true));
    case 'l':
    case 'q': return newInt(dv.getBigInt64(i * 8, true));
    case 'L':
    case 'Q': return newIntUnsigned(dv.getBigUint64(i * 8, true));
    case 'f': return newFloat(dv.getFloat32(i * 4, true));
    case 'd': return newFloat(dv.getFloat64(i * 8, true));
    default: {
      const cp = dv.getUint32(i * 4, true);
      // PyUnicode_FromOrdinal
      if (cp > 0x10ffff) raise(E.ValueError, `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
      return newStr(String.fromCodePoint(cp));
    }
  }
}

/** The raw value of item i (for comparisons without objects). */
function rawItem(a: ArrayObject, i: number): number | bigint {
  const dv = a.dv;
  switch (a.descr.typecode) {
    case 'b': return dv.getInt8(i);
    case 'B': return dv.getUint8(i);
    case 'h': return dv.getInt16(i * 2, true);
    case 'H': return dv.getUint16(i * 2, true);
    case 'i': return dv.getInt32(i * 4, true);
    case 'I': return dv.getUint32(i * 4, true);
    case 'l':
    case 'q': return dv.getBigInt64(i * 8, true);
    case 'L':
    case 'Q': return dv.getBigUint64(i * 8, true);
    case 'f': return dv.getFloat32(i * 4, true);
    case 'd': return dv.getFloat64(i * 8, true);
    default: return dv.getUint32(i * 4, true);
  }
}

function storeRaw(a: ArrayObject, i: number, x: number | bigint): void {
  const dv = a.dv;
  switch (a.descr.typecode) {
    case 'b': dv.setInt8(i, Number(x)); break;
    case 'B': dv.setUint8(i, Number(x)); break;
    case 'h': dv.setInt16(i * 2, Number(x), true); break;
    case 'H': dv.setUint16(i * 2, Number(x), true); break;
    case 'i': dv.setInt32(i * 4, Number(x), true); break;
    case 'I': dv.setUint32(i * 4, Number(x), true); break;
    case 'l':
    case 'q': dv.setBigInt64(i * 8, BigInt(x), true); break;
    case 'L':
    case 'Q': dv.setBigUint64(i * 8, BigInt(x), true); break;
    case 'f': dv.setFloat32(i * 4, Number(x), true); break;
    case 'd': dv.setFloat64(i * 8, Number(x), true); break;
    default: dv.setUint32(i * 4, Number(x), true);
  }
}

/** PyLong_AsLong after PyNumber_Index (PyArg_Parse's integer formats). */
function asLong(v: PyObject): bigint {
  const x = BigInt(A.indexValue(v));
  if (x < LONG_MIN || x > LONG_MAX) raise(E.OverflowError, 'Python int too large to convert to C long');
  return x;
}

function checkRange(x: bigint, lo: bigint, hi: bigint, name: string): void {
  if (x < lo) raise(E.OverflowError, `${name} is less than minimum`);
  if (x > hi) raise(E.OverflowError, `${name} is greater than maximum`);
}

/** PyLong_AsUnsignedLong / PyLong_AsUnsignedLongLong after _PyNumber_Index. */
function asUnsigned(v: PyObject, longlong: boolean): bigint {
  const x = BigInt(A.indexValue(v));
  if (x < 0n) raise(E.OverflowError, longlong ? "can't convert negative int to unsigned" : "can't convert negative value to unsigned int");
  if (x >= TWO64) raise(E.OverflowError, longlong ? 'int too big to convert' : 'Python int too large to convert to C unsigned long');
  return x;
}

/** The setitem functions' conversion and checks (without storing): the raw value of `v`. */
function convert(d: Descr, v: PyObject): number | bigint {
  switch (d.typecode) {
    case 'b': {
      // PyArg_Parse "h", then the signed char range
      const x = asLong(v);
      checkRange(x, -32768n, 32767n, 'signed short integer');
      checkRange(x, -128n, 127n, 'signed char');
      return Number(x);
    }
    case 'B': {
      const x = asLong(v);
      checkRange(x, 0n, 255n, 'unsigned byte integer');
      return Number(x);
    }
    case 'h': {
      const x = asLong(v);
      checkRange(x, -32768n, 32767n, 'signed short integer');
      return Number(x);
    }
    case 'H': {
      // PyArg_Parse "i", then the unsigned short range
      const x = asLong(v);
      checkRange(x, -2147483648n, 2147483647n, 'signed integer');
      checkRange(x, 0n, 65535n, 'unsigned short');
      return Number(x);
    }
    case 'i': {
      const x = asLong(v);
      checkRange(x, -2147483648n, 2147483647n, 'signed integer');
      return Number(x);
    }
    case 'I': {
      const x = asUnsigned(v, false);
      if (x > 0xffffffffn) raise(E.OverflowError, 'unsigned int is greater than maximum');
      return Number(x);
    }
    case 'l':
      return asLong(v);
    case 'L':
      return asUnsigned(v, false);
    case 'q': {
      // PyLong_AsLongLong
      const x = BigInt(A.indexValue(v));
      if (x < LONG_MIN || x > LONG_MAX) raise(E.OverflowError, 'int too big to convert');
      return x;
    }
    case 'Q':
      return asUnsigned(v, true);
    case 'f':
      return Math.fround(floatValueOf(v));
    case 'd':
      return floatValueOf(v);
    default: {
      // "u#" (3.11 / 3.12) and 3.13's checks: one character
      if (!(v instanceof StrObject) || v.cplen !== 1) raise(E.TypeError, 'array item must be unicode character');
      return v.value.codePointAt(0)!;
    }
  }
}

/** setarrayitem. */
function setItem(a: ArrayObject, i: number, v: PyObject): void {
  storeRaw(a, i, convert(a.descr, v));
}

/** ins1: the value is checked before the array grows. */
function ins1(a: ArrayObject, where: number, v: PyObject): void {
  const x = convert(a.descr, v);
  const n = a.size;
  arrayResize(a, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const sz = a.descr.itemsize;
  if (where !== n) a.u8.copyWithin((where + 1) * sz, where * sz, n * sz);
  storeRaw(a, where, x);
}

/** array_del_slice. */
function delSlice(a: ArrayObject, ilow: number, ihigh: number): void {
  if (ilow < 0) ilow = 0;
  else if (ilow > a.size) ilow = a.size;
  if (ihigh < 0) ihigh = 0;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > a.size) ihigh = a.size;
  const d = ihigh - ilow;
  // fail early, before the items move, while buffers are exported
  if (d !== 0 && a.exports > 0) raiseExporting();
  if (d > 0) {
    const sz = a.descr.itemsize;
    a.u8.copyWithin(ilow * sz, ihigh * sz, a.size * sz);
    arrayResize(a, a.size - d);
  }
}

/** array_slice: a new array of items [ilow, ihigh) (exact size). */
function arraySlice(a: ArrayObject, ilow: number, ihigh: number): ArrayObject {
  if (ilow < 0) ilow = 0;
  else if (ilow > a.size) ilow = a.size;
  if (ihigh < 0) ihigh = 0;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > a.size) ihigh = a.size;
  const sz = a.descr.itemsize;
  const np = newArray(ARRAY_TYPE, ihigh - ilow, a.descr);
  np.u8.set(a.u8.subarray(ilow * sz, ihigh * sz));
  return np;
}

function iterExtend(a: ArrayObject, it: PyObject): void {
  for (;;) {
    const v = A.iterNext(it);
    if (v === null) return;
    try {
      ins1(a, a.size, v);
    } finally {
      decref(v);
    }
  }
}

/** array_do_extend. */
function doExtend(a: ArrayObject, bb: PyObject): void {
  if (!isArray(bb)) {
    const it = A.getIter(bb);
    try {
      iterExtend(a, it);
    } finally {
      decref(it);
    }
    return;
  }
  if (bb.descr !== a.descr) raise(E.TypeError, 'can only extend with array of same kind');
  const old = a.size;
  const n = bb.size;
  const sz = a.descr.itemsize;
  arrayResize(a, old + n);
  if (n > 0) a.u8.set(bb.u8.subarray(0, n * sz), old * sz);
}

/** frombytes' work on a byte string. */
function fromBytes(a: ArrayObject, b: Uint8Array): void {
  const sz = a.descr.itemsize;
  if (b.length % sz !== 0) raise(E.ValueError, 'bytes length not a multiple of item size');
  const n = b.length / sz;
  if (n > 0) {
    const old = a.size;
    const copy = b.slice();
    arrayResize(a, old + n);
    a.u8.set(copy, old * sz);
  }
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

function fromUnicode(a: ArrayObject, s: string): void {
  const cps = codePoints(s);
  if (cps.length === 0) return;
  const old = a.size;
  arrayResize(a, old + cps.length);
  for (let i = 0; i < cps.length; i++) a.dv.setUint32((old + i) * 4, cps[i], true);
}

function toUnicode(a: ArrayObject): string {
  let s = '';
  for (let i = 0; i < a.size; i++) {
    const cp = a.dv.getUint32(i * 4, true);
    if (cp > 0x10ffff) raise(E.ValueError, `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
    s += String.fromCodePoint(cp);
  }
  return s;
}

function toList(a: ArrayObject): ListObject {
  const items: PyObject[] = [];
  try {
    for (let i = 0; i < a.size; i++) items.push(getItem(a, i));
  } catch (e) {
    for (const x of items) decref(x);
    throw e;
  }
  return newListFrom(items);
}

/** Index of the first item equal to v in [start, stop), or -1. */
function findItem(a: ArrayObject, v: PyObject, start: number, stop: number): number {
  for (let i = start; i < stop && i < a.size; i++) {
    const x = getItem(a, i);
    let eq: boolean;
    try {
      eq = A.richCompareBool(x, v, CMP.EQ);
    } finally {
      decref(x);
    }
    if (eq) return i;
  }
  return -1;
}

function typeShortName(tp: PyType): string {
  const n = tp.tp_name;
  const dot = n.lastIndexOf('.');
  return dot >= 0 ? n.slice(dot + 1) : n;
}

/** Clamp an index argument like _PyEval_SliceIndexNotNone / Argument Clinic's ssize_t converter. */
function ssizeArg(o: PyObject): number {
  const v = A.indexValue(o);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

// ------------------------------------------------------------------ array_new

function arrayNew(type: PyType, args: PyObject[], s: number, n: number, kwnames: PyObject | null): PyObject {
  if (type === ARRAY_TYPE && kwCount(kwnames) > 0) raise(E.TypeError, 'array.array() takes no keyword arguments');
  if (n < 1) raise(E.TypeError, `array() takes at least 1 argument (${n} given)`);
  if (n > 2) raise(E.TypeError, `array() takes at most 2 arguments (${n} given)`);
  const tc = args[s];
  if (!(tc instanceof StrObject) || tc.cplen !== 1) {
    const what = tc === None ? 'None' : tc.ob_type.tp_name;
    raise(E.TypeError, `array() argument 1 must be a unicode character, not ${what}`);
  }
  const c = tc.value;
  let initial: PyObject | null = n > 1 ? args[s + 1] : null;
  if (c === 'u' && pyMinor() >= 13) warnPy(E.DeprecationWarning, "The 'u' type code is deprecated and will be removed in Python 3.16", 1);
  const unicodeCode = c === 'u' || (c === 'w' && pyMinor() >= 13);
  if (initial !== null && !unicodeCode) {
    if (initial instanceof StrObject) raise(E.TypeError, `cannot use a str to initialize an array with typecode '${c}'`);
    if (isArray(initial) && initial.descr.kind === Kind.UNICODE)
      raise(E.TypeError, `cannot use a unicode array to initialize an array with typecode '${c}'`);
  }
  const descr = findDescr(c);
  if (descr === null) raise(E.ValueError, 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  let it: PyObject | null = null;
  const isBytesInit = initial !== null && (A.isInstance(initial, T.bytes) || A.isInstance(initial, T.bytearray));
  if (
    initial !== null &&
    !(initial instanceof ListObject || isBytesInit || initial instanceof TupleObject ||
      (unicodeCode && initial instanceof StrObject) || (isArray(initial) && initial.descr === descr))
  ) {
    it = A.getIter(initial);
    initial = null;
  }
  try {
    let len = 0;
    if (initial instanceof ListObject || initial instanceof TupleObject) len = initial.items.length;
    else if (initial !== null && isArray(initial)) len = initial.size;
    const a = newArray(type, len, descr);
    try {
      if (len > 0 && !isArray(initial!)) {
        const items = (initial as ListObject).items;
        for (let i = 0; i < len && i < items.length; i++) setItem(a, i, items[i]);
      } else if (initial !== null && isBytesInit) {
        fromBytes(a, bytesLike(initial)!);
      } else if (initial instanceof StrObject) {
        // PyUnicode_AsWideCharString / PyUnicode_AsUCS4Copy: the array takes that buffer (one more
        // character for the terminating NUL, which `allocated` does not count)
        const cps = codePoints(initial.value);
        if (cps.length > 0) {
          const nbytes = (cps.length + 1) * 4;
          RT.heap.free(a.bufAddr, a.bufBytes);
          a.bufAddr = RT.heap.malloc(nbytes);
          a.bufBytes = nbytes;
          a.u8 = new Uint8Array(nbytes);
          a.dv = new DataView(a.u8.buffer);
          for (let i = 0; i < cps.length; i++) a.dv.setUint32(i * 4, cps[i], true);
          a.size = cps.length;
          a.allocated = cps.length;
        }
      } else if (initial !== null && isArray(initial) && len > 0) {
        a.u8.set(initial.u8.subarray(0, len * descr.itemsize));
      }
      if (it !== null) iterExtend(a, it);
    } catch (e) {
      decref(a);
      throw e;
    }
    return a;
  } finally {
    xdecref(it);
  }
}

// ------------------------------------------------------------------ dealloc

function arrayDealloc(o: PyObject): void {
  const a = o as ArrayObject;
  const tp = o.ob_type;
  RT.gc.untrack(a);
  RT.clearWeakrefs(a);
  RT.heap.free(a.bufAddr, a.bufBytes);
  a.bufAddr = 0;
  a.bufBytes = 0;
  freeObject(a, tp.tp_basicsize);
  // a subclass instance's type reference is released by subtype_dealloc
  if (tp === ARRAY_TYPE) decref(tp);
}

// ------------------------------------------------------------------ subscripts

function subscript(o: PyObject, key: PyObject): PyObject {
  const a = o as ArrayObject;
  if (key instanceof IntObject || key.ob_type.nb_index !== null) {
    let i = A.indexAsNumber(key, E.IndexError);
    if (i < 0) i += a.size;
    if (i < 0 || i >= a.size) raise(E.IndexError, 'array index out of range');
    return getItem(a, i);
  }
  if (key instanceof SliceObject) {
    const [start, , step, len] = sliceAdjust(key, a.size);
    if (len <= 0) return newArray(ARRAY_TYPE, 0, a.descr);
    if (step === 1) return arraySlice(a, start, start + len);
    const r = newArray(ARRAY_TYPE, len, a.descr);
    const sz = a.descr.itemsize;
    for (let cur = start, i = 0; i < len; cur += step, i++) r.u8.set(a.u8.subarray(cur * sz, cur * sz + sz), i * sz);
    return r;
  }
  raise(E.TypeError, 'array indices must be integers');
}

/** array_ass_subscr. */
function assSubscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const a = o as ArrayObject;
  let start: number;
  let stop: number;
  let step: number;
  let slicelength: number;
  if (key instanceof IntObject || key.ob_type.nb_index !== null) {
    let i = A.indexAsNumber(key, E.IndexError);
    if (i < 0) i += a.size;
    if (i < 0 || i >= a.size) raise(E.IndexError, 'array assignment index out of range');
    if (value !== null) {
      setItem(a, i, value);
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelength = 1;
  } else if (key instanceof SliceObject) {
    [start, stop, step, slicelength] = sliceAdjust(key, a.size);
  } else {
    raise(E.TypeError, 'array indices must be integers');
  }
  let other: ArrayObject | null = null;
  let needed = 0;
  if (value !== null) {
    if (!isArray(value)) raise(E.TypeError, `can only assign array (not "${value.ob_type.tp_name}") to array slice`);
    if (value === a) {
      // "self[i:j] = self": copy self first
      const copy = arraySlice(a, 0, a.size);
      try {
        assSubscript(a, key, copy);
      } finally {
        decref(copy);
      }
      return;
    }
    if (value.descr !== a.descr) raise(E.TypeError, 'bad argument type for built-in operation');
    other = value;
    needed = value.size;
  }
  // fail early, before anything is moved, when the size would change while buffers are exported
  if ((needed === 0 || slicelength !== needed) && a.exports > 0) raiseExporting();
  const sz = a.descr.itemsize;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if (step === 1) {
    if (slicelength > needed) {
      a.u8.copyWithin((start + needed) * sz, stop * sz, a.size * sz);
      arrayResize(a, a.size + needed - slicelength);
    } else if (slicelength < needed) {
      const oldSize = a.size;
      arrayResize(a, a.size + needed - slicelength);
      a.u8.copyWithin((start + needed) * sz, stop * sz, oldSize * sz);
    }
    if (needed > 0) a.u8.set(other!.u8.subarray(0, needed * sz), start * sz);
    return;
  }
  if (needed === 0) {
    // delete an extended slice: keep the other items in order
    const drop = new Set<number>();
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) drop.add(cur);
    let w = 0;
    for (let r = 0; r < a.size; r++) {
      if (drop.has(r)) continue;
      if (w !== r) a.u8.copyWithin(w * sz, r * sz, r * sz + sz);
      w++;
    }
    arrayResize(a, a.size - slicelength);
    return;
  }
  if (needed !== slicelength)
    raise(E.ValueError, `attempt to assign array of size ${needed} to extended slice of size ${slicelength}`);
  for (let cur = start, i = 0; i < slicelength; cur += step, i++) a.u8.set(other!.u8.subarray(i * sz, i * sz + sz), cur * sz);
}

// ------------------------------------------------------------------ comparisons

function richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!isArray(v) || !isArray(w)) return newref(NotImplemented);
  if (v.size !== w.size && (op === CMP.EQ || op === CMP.NE)) return newBool(op === CMP.NE);
  const n = Math.min(v.size, w.size);
  let k = 0;
  if (v.descr === w.descr && v.descr.kind !== Kind.FLOAT) {
    // compareitems: the raw values, no objects
    while (k < n && rawItem(v, k) === rawItem(w, k)) k++;
    if (k < n) {
      const x = rawItem(v, k);
      const y = rawItem(w, k);
      const c = x < y ? -1 : 1;
      return newBool(cmpResult(c, op));
    }
  } else {
    for (; k < n; k++) {
      const x = getItem(v, k);
      let y: PyObject | null = null;
      try {
        y = getItem(w, k);
        if (!A.richCompareBool(x, y, CMP.EQ)) {
          if (op === CMP.EQ) return newBool(false);
          if (op === CMP.NE) return newBool(true);
          return A.richCompare(x, y, op);
        }
      } finally {
        decref(x);
        xdecref(y);
      }
    }
  }
  // no more items to compare: compare the sizes
  const c = v.size === w.size ? 0 : v.size < w.size ? -1 : 1;
  return newBool(cmpResult(c, op));
}

function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case CMP.LT: return c < 0;
    case CMP.LE: return c <= 0;
    case CMP.EQ: return c === 0;
    case CMP.NE: return c !== 0;
    case CMP.GT: return c > 0;
    default: return c >= 0;
  }
}

// ------------------------------------------------------------------ iterator

function arrayIter(o: PyObject): PyObject {
  const it = new ArrayIterObject(ARRAY_ITER_TYPE);
  incref(ARRAY_ITER_TYPE);
  allocNative(it, false);
  it.ao = newref(o as ArrayObject);
  it.index = 0;
  RT.gc.track(it);
  return it;
}

function arrayIterNext(o: PyObject): PyObject | null {
  const it = o as ArrayIterObject;
  const ao = it.ao;
  if (ao === null) return null;
  if (it.index < ao.size) return getItem(ao, it.index++);
  it.ao = null;
  decref(ao);
  return null;
}

// ------------------------------------------------------------------ slots and methods

function self(o: PyObject): ArrayObject {
  return o as ArrayObject;
}

/** array.array.__doc__ (3.11 / 3.12's text; 3.13 spells "floating-point" in the table). */
const ARRAY_DOC =
  "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character.\nThe following type codes are defined:\n\n    Type code   C Type             Minimum size in bytes\n    'b'         signed integer     1\n    'B'         unsigned integer   1\n    'u'         Unicode character  2 (see note)\n    'h'         signed integer     2\n    'H'         unsigned integer   2\n    'i'         signed integer     2\n    'I'         unsigned integer   2\n    'l'         signed integer     4\n    'L'         unsigned integer   4\n    'q'         signed integer     8 (see note)\n    'Q'         unsigned integer   8 (see note)\n    'f'         floating point     4\n    'd'         floating point     8\n\nNOTE: The 'u' typecode corresponds to Python's unicode character. On\nnarrow builds this is 2-bytes on wide builds this is 4-bytes.\n\nNOTE: The 'q' and 'Q' type codes are only available if the platform\nC compiler used to build Python supports 'long long', or, on Windows,\n'__int64'.\n\nMethods:\n\nappend() -- append a new item to the end of the array\nbuffer_info() -- return information giving the current memory info\nbyteswap() -- byteswap all the items of the array\ncount() -- return number of occurrences of an object\nextend() -- extend array by appending multiple elements from an iterable\nfromfile() -- read items from a file object\nfromlist() -- append items from the list\nfrombytes() -- append items from the string\nindex() -- return index of first occurrence of an object\ninsert() -- insert a new item into the array at a provided position\npop() -- remove and return item (default last)\nremove() -- remove first occurrence of an object\nreverse() -- reverse the order of the items in the array\ntofile() -- write all items to a file object\ntolist() -- return the array converted to an ordinary list\ntobytes() -- return the array converted to a string\n\nAttributes:\n\ntypecode -- the typecode character used to create the array\nitemsize -- the length in bytes of one array item\n";

onBootstrap(() => {
  registerWeakrefable(ARRAY_TYPE);
  ARRAY_TYPE.tp_doc = ARRAY_DOC;
  // the buffer protocol (array_buffer_getbuf) for the bytes-like consumers: bytes(a), b''.join, struct...
  BUFFER_EXPORTERS.array = (o) => (isArray(o) ? o.u8.subarray(0, o.size * o.descr.itemsize) : null);
  // ... and for memoryview(a): the export counted in ob_exports until the view's buffer is released
  BUFFER_PROVIDERS.set(ARRAY_TYPE, (o) => {
    const a = o as ArrayObject;
    a.exports++;
    const nbytes = a.size * a.descr.itemsize;
    return {
      data: () => a.u8.subarray(0, nbytes),
      format: a.descr.kind === Kind.UNICODE ? 'w' : a.descr.typecode,
      itemsize: a.descr.itemsize,
      readonly: false,
      release: () => void a.exports--,
    };
  });
  const at = ARRAY_TYPE;
  at.tp_new = arrayNew;
  at.tp_dealloc = arrayDealloc;
  // array_tp_traverse visits Py_TYPE(self): for a subclass's instance subtype_traverse has visited it already
  // (in CPython it skips that visit because array.array is a heap type there), so it is visited once
  at.tp_traverse = (o, visit) => {
    if (o.ob_type === ARRAY_TYPE) visit(o.ob_type);
  };
  at.tp_hash = null;
  at.tp_repr = (o) => {
    const a = self(o);
    const name = typeShortName(o.ob_type);
    const tc = a.descr.typecode;
    if (a.size === 0) return newStr(`${name}('${tc}')`);
    const v = a.descr.kind === Kind.UNICODE ? newStr(toUnicode(a)) : toList(a);
    try {
      return newStr(`${name}('${tc}', ${A.reprString(v)})`);
    } finally {
      decref(v);
    }
  };
  at.tp_richcompare = richcompare;
  at.tp_iter = arrayIter;
  at.sq_length = (o) => self(o).size;
  at.sq_contains = (o, v) => findItem(self(o), v, 0, self(o).size) >= 0;
  at.sq_concat = (o, bb) => {
    const a = self(o);
    if (!isArray(bb)) raise(E.TypeError, `can only append array (not "${bb.ob_type.tp_name}") to array`);
    if (a.descr !== bb.descr) raise(E.TypeError, 'bad argument type for built-in operation');
    const sz = a.descr.itemsize;
    const np = newArray(ARRAY_TYPE, a.size + bb.size, a.descr);
    np.u8.set(a.u8.subarray(0, a.size * sz));
    np.u8.set(bb.u8.subarray(0, bb.size * sz), a.size * sz);
    return np;
  };
  at.sq_repeat = (o, n) => {
    const a = self(o);
    if (n < 0) n = 0;
    const sz = a.descr.itemsize;
    const np = newArray(ARRAY_TYPE, a.size * n, a.descr);
    const chunk = a.u8.subarray(0, a.size * sz);
    for (let i = 0; i < n; i++) np.u8.set(chunk, i * chunk.length);
    return np;
  };
  at.nb_inplace_add = (o, bb) => {
    if (!isArray(o)) return newref(NotImplemented);
    if (!isArray(bb)) raise(E.TypeError, `can only extend array with array (not "${bb.ob_type.tp_name}")`);
    doExtend(o, bb);
    return newref(o);
  };
  at.nb_inplace_multiply = (o, other) => {
    if (!isArray(o)) return newref(NotImplemented);
    if (other.ob_type.nb_index === null)
      raise(E.TypeError, `can't multiply sequence by non-int of type '${other.ob_type.tp_name}'`);
    let n = A.indexAsNumber(other, E.OverflowError);
    const a = o;
    const size = a.size;
    if (size > 0 && n !== 1) {
      if (n < 0) n = 0;
      const sz = a.descr.itemsize;
      const chunk = a.u8.slice(0, size * sz);
      arrayResize(a, n * size);
      for (let i = 0; i < n; i++) a.u8.set(chunk, i * chunk.length);
    }
    return newref(a);
  };
  at.mp_subscript = subscript;
  at.mp_ass_subscript = assSubscript;

  const none = (): PyObject => newref(None);
  defineMethods(at, {
    append: (o, a, s, n, kw) => {
      oneArg('array.append', n, kw);
      ins1(self(o), self(o).size, a[s]);
      return none();
    },
    buffer_info: (o, _a, _s, n, kw) => {
      noArgs('array.buffer_info', n, kw);
      const a = self(o);
      return newTuple([newInt(a.bufAddr), newInt(a.size)]);
    },
    byteswap: (o, _a, _s, n, kw) => {
      noArgs('array.byteswap', n, kw);
      const a = self(o);
      const sz = a.descr.itemsize;
      for (let i = 0; i < a.size; i++) a.u8.subarray(i * sz, i * sz + sz).reverse();
      return none();
    },
    count: (o, a, s, n, kw) => {
      oneArg('array.count', n, kw);
      const arr = self(o);
      let c = 0;
      for (let i = 0; i < arr.size; i++) {
        const x = getItem(arr, i);
        try {
          if (A.richCompareBool(x, a[s], CMP.EQ)) c++;
        } finally {
          decref(x);
        }
      }
      return newInt(c);
    },
    extend: (o, a, s, n, kw) => {
      oneArg('array.extend', n, kw);
      doExtend(self(o), a[s]);
      return none();
    },
    frombytes: (o, a, s, n, kw) => {
      oneArg('array.frombytes', n, kw);
      const b = bytesLike(a[s]);
      if (b === null) raise(E.TypeError, `a bytes-like object is required, not '${a[s].ob_type.tp_name}'`);
      // (the buffer of an array of wider items has itemsize > 1)
      if (isArray(a[s]) && a[s].descr.itemsize !== 1) raise(E.TypeError, 'a bytes-like object is required');
      fromBytes(self(o), b);
      return none();
    },
    fromlist: (o, a, s, n, kw) => {
      oneArg('array.fromlist', n, kw);
      const list = a[s];
      if (!(list instanceof ListObject)) raise(E.TypeError, 'arg must be list');
      const arr = self(o);
      const cnt = list.items.length;
      if (cnt > 0) {
        const old = arr.size;
        arrayResize(arr, old + cnt);
        try {
          for (let i = 0; i < cnt; i++) {
            setItem(arr, old + i, list.items[i]);
            if (cnt !== list.items.length) raise(E.RuntimeError, 'list changed size during iteration');
          }
        } catch (e) {
          arrayResize(arr, old);
          throw e;
        }
      }
      return none();
    },
    fromunicode: (o, a, s, n, kw) => {
      oneArg('array.fromunicode', n, kw);
      const arr = self(o);
      const u = a[s];
      if (!(u instanceof StrObject)) raise(E.TypeError, `fromunicode() argument must be str, not ${u.ob_type.tp_name}`);
      if (arr.descr.kind !== Kind.UNICODE)
        raise(E.ValueError, pyMinor() >= 13 ? "fromunicode() may only be called on unicode type arrays ('u' or 'w')" : 'fromunicode() may only be called on unicode type arrays');
      fromUnicode(arr, u.value);
      return none();
    },
    index: (o, a, s, n, kw) => {
      posArgs('index', n, kw, 1, 3);
      const arr = self(o);
      let start = n > 1 ? ssizeArg(a[s + 1]) : 0;
      let stop = n > 2 ? ssizeArg(a[s + 2]) : Number.MAX_SAFE_INTEGER;
      if (start < 0) {
        start += arr.size;
        if (start < 0) start = 0;
      }
      if (stop < 0) stop += arr.size;
      const i = findItem(arr, a[s], start, stop);
      if (i < 0) raise(E.ValueError, 'array.index(x): x not in array');
      return newInt(i);
    },
    insert: (o, a, s, n, kw) => {
      posArgs('insert', n, kw, 2, 2);
      ins1(self(o), ssizeArg(a[s]), a[s + 1]);
      return none();
    },
    pop: (o, a, s, n, kw) => {
      posArgs('pop', n, kw, 0, 1);
      const arr = self(o);
      let i = n > 0 ? ssizeArg(a[s]) : -1;
      if (arr.size === 0) raise(E.IndexError, 'pop from empty array');
      if (i < 0) i += arr.size;
      if (i < 0 || i >= arr.size) raise(E.IndexError, 'pop index out of range');
      const v = getItem(arr, i);
      delSlice(arr, i, i + 1);
      return v;
    },
    remove: (o, a, s, n, kw) => {
      oneArg('array.remove', n, kw);
      const arr = self(o);
      const i = findItem(arr, a[s], 0, arr.size);
      if (i < 0) raise(E.ValueError, 'array.remove(x): x not in array');
      delSlice(arr, i, i + 1);
      return none();
    },
    reverse: (o, _a, _s, n, kw) => {
      noArgs('array.reverse', n, kw);
      const arr = self(o);
      const sz = arr.descr.itemsize;
      for (let i = 0, j = arr.size - 1; i < j; i++, j--) {
        const t = arr.u8.slice(i * sz, i * sz + sz);
        arr.u8.copyWithin(i * sz, j * sz, j * sz + sz);
        arr.u8.set(t, j * sz);
      }
      return none();
    },
    tobytes: (o, _a, _s, n, kw) => {
      noArgs('array.tobytes', n, kw);
      const arr = self(o);
      return newBytesFrom(arr.u8.slice(0, arr.size * arr.descr.itemsize));
    },
    tolist: (o, _a, _s, n, kw) => {
      noArgs('array.tolist', n, kw);
      return toList(self(o));
    },
    tounicode: (o, _a, _s, n, kw) => {
      noArgs('array.tounicode', n, kw);
      const arr = self(o);
      if (arr.descr.kind !== Kind.UNICODE)
        raise(E.ValueError, pyMinor() >= 13 ? "tounicode() may only be called on unicode type arrays ('u' or 'w')" : 'tounicode() may only be called on unicode type arrays');
      return newStr(toUnicode(arr));
    },
    // new in 3.13: the static type is shared by every version's runs, so earlier versions find the method
    // but calling it fails as the missing attribute's lookup does there
    clear: (o, _a, _s, n, kw) => {
      if (pyMinor() < 13) raise(E.AttributeError, "'array.array' object has no attribute 'clear'");
      noArgs('array.clear', n, kw);
      arrayResize(self(o), 0);
      return none();
    },
    fromfile: (o, a, s, n, kw) => {
      posArgs('fromfile', n, kw, 2, 2);
      const arr = self(o);
      const cnt = ssizeArg(a[s + 1]);
      if (cnt < 0) raise(E.ValueError, 'negative count');
      const nbytes = cnt * arr.descr.itemsize;
      const nb = newInt(nbytes);
      let b: PyObject;
      try {
        const read = A.getAttrStr(a[s], 'read');
        try {
          b = A.call1(read, nb);
        } finally {
          decref(read);
        }
      } finally {
        decref(nb);
      }
      try {
        if (!A.isInstance(b, T.bytes)) raise(E.TypeError, "read() didn't return bytes");
        const data = bytesLike(b)!;
        fromBytes(arr, data);
        if (data.length !== nbytes) raise(E.EOFError, "read() didn't return enough bytes");
      } finally {
        decref(b);
      }
      return none();
    },
    tofile: (o, a, s, n, kw) => {
      oneArg('array.tofile', n, kw);
      const arr = self(o);
      const nbytes = arr.size * arr.descr.itemsize;
      // written in blocks of 64 KiB, each a new bytes object passed to f.write
      const BLOCKSIZE = 64 * 1024;
      for (let off = 0; off < nbytes; off += BLOCKSIZE) {
        const chunk = newBytesFrom(arr.u8.slice(off, Math.min(nbytes, off + BLOCKSIZE)));
        try {
          const write = A.getAttrStr(a[s], 'write');
          try {
            decref(A.call1(write, chunk));
          } finally {
            decref(write);
          }
        } finally {
          decref(chunk);
        }
      }
      return none();
    },
    __copy__: (o, _a, _s, n, kw) => {
      noArgs('array.__copy__', n, kw);
      return arraySlice(self(o), 0, self(o).size);
    },
    __deepcopy__: (o, _a, _s, n, kw) => {
      oneArg('array.__deepcopy__', n, kw);
      return arraySlice(self(o), 0, self(o).size);
    },
    __reduce_ex__: (o, a, s, n, kw) => {
      oneArg('array.__reduce_ex__', n, kw);
      return reduceEx(self(o), a[s]);
    },
    __sizeof__: (o, _a, _s, n, kw) => {
      noArgs('array.__sizeof__', n, kw);
      const arr = self(o);
      return newInt(o.ob_type.tp_basicsize + arr.allocated * arr.descr.itemsize);
    },
    __class_getitem__: {
      kind: 'class',
      fn: (cls, a, s, n, kw) => {
        // new in 3.12 (see `clear`): array[int] fails as a class without it does
        if (pyMinor() < 12) raise(E.TypeError, "type 'array.array' is not subscriptable");
        oneArg('__class_getitem__', n, kw);
        const ga = RT.ext.genericAlias as ((origin: PyObject, args: PyObject) => PyObject) | undefined;
        if (typeof ga !== 'function') raise(E.TypeError, `type '${(cls as PyType).tp_name}' is not subscriptable`);
        return ga(cls, a[s]);
      },
    },
  });
  defineGetSets(at, {
    typecode: { get: (o) => newStr(self(o).descr.typecode), doc: 'the typecode character used to create the array' },
    itemsize: { get: (o) => newInt(self(o).descr.itemsize), doc: 'the size, in bytes, of one array item' },
  });

  const it = ARRAY_ITER_TYPE;
  it.tp_new = () => raise(E.TypeError, "cannot create 'array.arrayiterator' instances");
  it.tp_iter = (o) => newref(o);
  it.tp_iternext = arrayIterNext;
  it.tp_traverse = (o, visit) => {
    visit(o.ob_type);
    const ao = (o as ArrayIterObject).ao;
    if (ao !== null) visit(ao);
  };
  it.tp_dealloc = (o) => {
    const i = o as ArrayIterObject;
    RT.gc.untrack(i);
    const ao = i.ao;
    i.ao = null;
    xdecref(ao);
    freeObject(i, ARRAY_ITER_TYPE.tp_basicsize);
    decref(ARRAY_ITER_TYPE);
  };
});

/**
 * array.__reduce_ex__: protocol < 3 gives (type, (typecode, list), dict); later protocols
 * (array._array_reconstructor, (type, typecode, mformat_code, bytes), dict).
 */
function reduceEx(a: ArrayObject, protoO: PyObject): PyObject {
  if (!(protoO instanceof IntObject)) raise(E.TypeError, `'${protoO.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const proto = Number(protoO.value);
  const dict = a.dict !== null && (a.dict as DictObject).table.used > 0 ? newref(a.dict) : newref(None);
  if (proto < 3) {
    const l = a.descr.kind === Kind.UNICODE ? newStr(toUnicode(a)) : toList(a);
    return newTuple([newref(a.ob_type), newTuple([newStr(a.descr.typecode), l]), dict]);
  }
  const mod = dictGetStr(RT.modules, 'array');
  const recon = mod !== null ? A.getAttrStr(mod, '_array_reconstructor') : raise(E.ImportError, "cannot import name '_array_reconstructor' from 'array'");
  const bytes = newBytesFrom(a.u8.slice(0, a.size * a.descr.itemsize));
  return newTuple([
    recon,
    newTuple([newref(a.ob_type), newStr(a.descr.typecode), newInt(a.descr.mformat), bytes]),
    dict,
  ]);
}

/** array._array_reconstructor(arraytype, typecode, mformat_code, items): the machine formats heapscope writes. */
function arrayReconstructor(_m: PyObject, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  posArgs('_array_reconstructor', n, kw, 4, 4);
  const [tp, tc, mf, items] = [a[s], a[s + 1], a[s + 2], a[s + 3]];
  if (!(tp instanceof PyType)) raise(E.TypeError, `first argument must be a type object, not ${tp.ob_type.tp_name}`);
  if (!A.isSubtype(tp, ARRAY_TYPE)) raise(E.TypeError, `${tp.tp_name} is not a subtype of array.array`);
  const descr = tc instanceof StrObject && tc.cplen === 1 ? findDescr(tc.value) : null;
  if (descr === null) raise(E.ValueError, 'second argument must be a valid type code');
  const code = Number(A.indexValue(mf));
  if (code < 0 || code > 21) raise(E.ValueError, 'third argument must be a valid machine format code.');
  const b = bytesLike(items);
  if (b === null || !A.isInstance(items, T.bytes)) raise(E.TypeError, `fourth argument should be bytes, not ${items.ob_type.tp_name}`);
  if (code !== descr.mformat) raise(E.ValueError, 'heapscope reads only the machine format of the running platform');
  const arr = newArray(tp, 0, descr);
  try {
    fromBytes(arr, b);
  } catch (e) {
    decref(arr);
    throw e;
  }
  return arr;
}

NATIVE_MODULES.array = () => {
  const m = RT.ext.newModule('array');
  const d = m.dict as DictObject;
  const doc = newStr('This module defines an object type which can efficiently represent\n' +
    'an array of basic values: characters, integers, floating point\n' +
    'numbers.  Arrays are sequence types and behave very much like lists,\n' +
    'except that the type of objects stored in them is constrained.\n');
  dictSetStr(d, '__doc__', doc);
  decref(doc);
  moduleFn(m, '_array_reconstructor', arrayReconstructor, 'Internal. Used for pickling support.');
  dictSetStr(d, 'ArrayType', ARRAY_TYPE);
  dictSetStr(d, 'array', ARRAY_TYPE);
  const tcs = newStr(typecodes());
  dictSetStr(d, 'typecodes', tcs);
  decref(tcs);
  // CPython's two heap types each hold a reference to their module (PyType_FromModuleAndSpec's ht_module):
  // kept with the interpreter, so sys.getrefcount(array) is CPython's
  RT.moduleStateRefs.push(newref(m), newref(m));
  return m;
};
