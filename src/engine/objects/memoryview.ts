/**
 * memoryview over the buffers the engine has (bytes, bytearray and their subclasses, other memoryviews, and the
 * exporters registered in BUFFER_PROVIDERS: array.array, io.BytesIO.getbuffer()'s _io._BytesIOBuffer):
 * one-dimensional and C-contiguous exports of native single-item formats (CPython's Objects/memoryobject.c
 * for that case: unpack_single / pack_single, memory_richcompare's item comparison).
 *
 * Objects and references, as in CPython:
 *   ManagedBufferObject  `_PyManagedBufferObject` (a GC object, 112 bytes): holds the exporter (`master.obj`,
 *                        a strong reference taken by PyObject_GetBuffer, whose bf_getbuffer counts the export
 *                        in a bytearray's, an array's or a BytesIO's `exports`), the master Py_buffer (data,
 *                        format, itemsize, readonly) and `exports`, the number of memoryviews using it.
 *   MemoryViewObject     `PyMemoryViewObject` (a GC object, basicsize 144 + 3 * ndim * 8): holds its managed
 *                        buffer; views made from a memoryview (memoryview(mv), mv[a:b]) share the managed
 *                        buffer.  release() (or the last view's dealloc) ends the export: the bytearray may
 *                        resize again and the exporter reference is dropped.
 * A view is `len` items from byte offset `start`, `step` bytes apart (a negative step for reversed slices).
 * Not modelled: cast(), multi-dimensional buffers, struct-module formats, and 3.12's memory_iterator type
 * (iteration uses the sequence protocol on every version, as 3.11 does).
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, incref, decref, newref } from './object';
import { T } from './types';
import { None, NotImplemented, IntObject } from './singletons';
import { E, raise, excMatches } from './exceptions';
import { newStr } from './str';
import { newInt, newIntUnsigned, newBool, newFloat, floatValueOf } from './numbers';
import { newTuple, newList, EMPTY_TUPLE } from './sequences';
import { onBootstrap, defineGetSets, defineMethods, registerStaticTypes } from './typeobject';
import { BytesObject, BUFFER_EXPORTERS, newBytesFrom, hexMethod } from './bytesobject';
import { SliceObject, sliceAdjust } from './core_seq';
import { registerWeakrefable } from './weakref';
import { allocObject, freeObject } from '../memory/heap';
import * as A from '../vm/abstract';
import { RT_EXT } from '../vm/rtext';
import { CMP } from '../compiler/opcodes';
import { noArgs, parseArgs } from '../vm/args';
import { bytesEqual } from '../lib/pybytes';
import { hashBytes, PyHash } from '../lib/pyhash';

/** sizeof(_PyManagedBufferObject): object header, flags, exports, the master Py_buffer (80 bytes). */
const MANAGED_BUFFER_SIZE = 112;
/** offsetof(PyMemoryViewObject, ob_array): the var-sized part holds shape, strides, suboffsets (3 per dim). */
const MEMORYVIEW_BASICSIZE = 144;

export const T_MEMORYVIEW = new PyType(null, 'memoryview');
T_MEMORYVIEW.tp_basicsize = MEMORYVIEW_BASICSIZE;
T_MEMORYVIEW.tp_itemsize = 8;
T_MEMORYVIEW.tp_flags = TPFLAGS.HAVE_GC;
const T_MANAGED_BUFFER = new PyType(null, 'managedbuffer');
T_MANAGED_BUFFER.tp_basicsize = MANAGED_BUFFER_SIZE;
T_MANAGED_BUFFER.tp_flags = TPFLAGS.HAVE_GC;
registerStaticTypes(T_MEMORYVIEW, T_MANAGED_BUFFER);

/** The Py_buffer an exporter's bf_getbuffer fills in (one-dimensional, C-contiguous). */
export interface BufferInfo {
  /** the exported bytes, read at each access (writes through a writable view change the exporter) */
  data: () => Uint8Array;
  format: string;
  itemsize: number;
  readonly: boolean;
  /** bf_releasebuffer, or null */
  release: (() => void) | null;
}

/**
 * bf_getbuffer of the exporters defined outside this file (array.array, _io._BytesIOBuffer), by type; a subclass
 * inherits its base's. The function counts the export, as bf_getbuffer does.
 */
export const BUFFER_PROVIDERS = new Map<PyType, (o: PyObject) => BufferInfo>();

function providerFor(o: PyObject): ((o: PyObject) => BufferInfo) | null {
  for (const [tp, get] of BUFFER_PROVIDERS) if (A.isSubtype(o.ob_type, tp)) return get;
  return null;
}

/** PyObject_GetBuffer of a bytes or bytearray: a bytearray (or a bytes with a store) counts the export */
function bytesBuffer(o: BytesObject): BufferInfo {
  const counted = o.store !== null || A.isSubtype(o.ob_type, T.bytearray);
  if (counted) o.exports++;
  return {
    data: () => o.value,
    format: 'B',
    itemsize: 1,
    readonly: !A.isSubtype(o.ob_type, T.bytearray),
    release: counted ? () => void o.exports-- : null,
  };
}

class ManagedBufferObject extends PyObject {
  /** the exporter (owned until the buffer is released) */
  obj: PyObject | null;
  exports = 0;
  released = false;
  constructor(
    obj: PyObject,
    /** the master buffer */
    public info: BufferInfo,
  ) {
    super(T_MANAGED_BUFFER);
    this.obj = obj;
  }
}

export class MemoryViewObject extends PyObject {
  released = false;
  constructor(
    /** owned */
    public mbuf: ManagedBufferObject,
    /** the view: `len` items of the exporter's bytes from byte offset `start`, `step` bytes apart */
    public start: number,
    public len: number,
    public step: number,
    public readonly: boolean,
  ) {
    super(T_MEMORYVIEW);
  }
}

/** _PyManagedBuffer_FromObject: the object allocated and tracked, then PyObject_GetBuffer (which counts the export). */
function newManagedBuffer(exporter: PyObject, getBuffer: (o: PyObject) => BufferInfo): ManagedBufferObject {
  const mb = new ManagedBufferObject(exporter, { data: () => new Uint8Array(0), format: 'B', itemsize: 1, readonly: true, release: null });
  allocObject(mb, MANAGED_BUFFER_SIZE);
  RT.gc.track(mb);
  try {
    mb.info = getBuffer(exporter);
  } catch (e) {
    mb.obj = null;
    mb.released = true;
    RT.gc.untrack(mb);
    freeObject(mb, MANAGED_BUFFER_SIZE);
    throw e;
  }
  incref(exporter);
  return mb;
}

/** mbuf_release: ends the export (once). */
function mbufRelease(mb: ManagedBufferObject): void {
  if (mb.released) return;
  mb.released = true;
  RT.gc.untrack(mb);
  const obj = mb.obj!;
  mb.obj = null;
  mb.info.release?.();
  decref(obj);
}

/** mbuf_add_view: a new memoryview on `mb` (new reference). */
function addView(mb: ManagedBufferObject, start: number, len: number, step: number, readonly: boolean): MemoryViewObject {
  const mv = new MemoryViewObject(newref(mb), start, len, step, readonly);
  allocObject(mv, MEMORYVIEW_BASICSIZE + 3 * 8);
  mb.exports++;
  RT.gc.track(mv);
  return mv;
}

/** memoryview(object) (PyMemoryView_FromObject). */
export function newMemoryView(o: PyObject): MemoryViewObject {
  if (o instanceof MemoryViewObject) {
    checkReleased(o);
    return addView(o.mbuf, o.start, o.len, o.step, o.readonly);
  }
  const provider = o instanceof BytesObject ? (b: PyObject) => bytesBuffer(b as BytesObject) : providerFor(o);
  if (provider === null) raise(E.TypeError, `memoryview: a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  const mb = newManagedBuffer(o, provider);
  const { itemsize, readonly } = mb.info;
  try {
    return addView(mb, 0, mb.info.data().length / itemsize, itemsize, readonly);
  } finally {
    decref(mb);
  }
}

function checkReleased(mv: MemoryViewObject): void {
  if (mv.released || mv.mbuf.released) raise(E.ValueError, 'operation forbidden on released memoryview object');
}

/** The bytes the view covers, in order (a copy when the view is not contiguous). */
function viewBytes(mv: MemoryViewObject): Uint8Array {
  checkReleased(mv);
  const data = mv.mbuf.info.data();
  const size = mv.mbuf.info.itemsize;
  if (mv.step === size) return data.subarray(mv.start, mv.start + mv.len * size);
  const out = new Uint8Array(mv.len * size);
  for (let i = 0; i < mv.len; i++) out.set(data.subarray(mv.start + i * mv.step, mv.start + i * mv.step + size), i * size);
  return out;
}

/** The native formats unpack_single / pack_single handle here: integer ones (signed?, size) and float ones. */
const INT_FORMATS: Record<string, [boolean, number]> = {
  b: [true, 1], B: [false, 1], h: [true, 2], H: [false, 2], i: [true, 4], I: [false, 4],
  l: [true, 8], L: [false, 8], q: [true, 8], Q: [false, 8], n: [true, 8], N: [false, 8],
};

function unsupportedFormat(fmt: string): never {
  raise(E.NotImplementedError, `memoryview: format ${fmt} not supported`);
}

/** unpack_single: the value of the item at byte offset `off` (a number, bigint for 8-byte integers, or a float) */
function readItem(data: Uint8Array, fmt: string, off: number): number | bigint {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const ik = INT_FORMATS[fmt];
  if (ik !== undefined) {
    const [signed, size] = ik;
    switch (size) {
      case 1: return signed ? dv.getInt8(off) : dv.getUint8(off);
      case 2: return signed ? dv.getInt16(off, true) : dv.getUint16(off, true);
      case 4: return signed ? dv.getInt32(off, true) : dv.getUint32(off, true);
      default: return signed ? dv.getBigInt64(off, true) : dv.getBigUint64(off, true);
    }
  }
  if (fmt === 'f') return dv.getFloat32(off, true);
  if (fmt === 'd') return dv.getFloat64(off, true);
  unsupportedFormat(fmt);
}

/**
 * unpack_single's object: a float, PyLong_FromLong / FromLongLong's int for the signed formats (a one-digit
 * value is a 32-byte medium int), or _PyLong_New(ndigits)'s (28 bytes) for the unsigned formats and 'n'
 * (PyLong_FromUnsignedLong(Long), PyLong_FromSsize_t, PyLong_FromSize_t).
 */
function unpackItem(mv: MemoryViewObject, off: number): PyObject {
  const fmt = mv.mbuf.info.format;
  const v = readItem(mv.mbuf.info.data(), fmt, off);
  if (fmt === 'f' || fmt === 'd') return newFloat(v as number);
  return fmt === 'b' || fmt === 'B' || fmt === 'h' || fmt === 'i' || fmt === 'l' || fmt === 'q' ? newInt(v) : newIntUnsigned(v);
}

/** pack_single: store `value` in the item at byte offset `off` with CPython's errors for the format */
function packItem(mv: MemoryViewObject, off: number, value: PyObject): void {
  const { format: fmt } = mv.mbuf.info;
  const data = mv.mbuf.info.data();
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const ik = INT_FORMATS[fmt];
  if (ik !== undefined) {
    const [signed, size] = ik;
    // pylong_as_ld / pylong_as_lu: PyNumber_Index, then the C range checks (fix_error_int's messages)
    if (!(value instanceof IntObject) && value.ob_type.nb_index === null) raise(E.TypeError, `memoryview: invalid type for format '${fmt}'`);
    const iv = BigInt(A.indexValue(value));
    const bits = BigInt(size * 8);
    const lo = signed ? -(1n << (bits - 1n)) : 0n;
    const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
    if (iv < lo || iv > hi) raise(E.ValueError, `memoryview: invalid value for format '${fmt}'`);
    const n = Number(iv);
    switch (size) {
      case 1: data[off] = n & 0xff; break;
      case 2: dv.setUint16(off, n & 0xffff, true); break;
      case 4: dv.setUint32(off, n >>> 0, true); break;
      default: dv.setBigUint64(off, BigInt.asUintN(64, iv), true);
    }
    return;
  }
  if (fmt === 'f' || fmt === 'd') {
    let d: number;
    try {
      d = floatValueOf(value);
    } catch (e) {
      if (e instanceof PyErr && excMatches(e.exc, E.TypeError)) {
        decref(e.exc);
        raise(E.TypeError, `memoryview: invalid type for format '${fmt}'`);
      }
      throw e;
    }
    if (fmt === 'f') dv.setFloat32(off, d, true);
    else dv.setFloat64(off, d, true);
    return;
  }
  unsupportedFormat(fmt);
}

/** A buffer for the right side of a slice assignment or a comparison: its items' bytes and format, or null */
function otherBuffer(o: PyObject): { bytes: Uint8Array; format: string; itemsize: number; n: number } | null {
  if (o instanceof MemoryViewObject) {
    const b = viewBytes(o);
    return { bytes: b, format: o.mbuf.info.format, itemsize: o.mbuf.info.itemsize, n: o.len };
  }
  if (o instanceof BytesObject) return { bytes: o.value, format: 'B', itemsize: 1, n: o.value.length };
  const get = providerFor(o);
  if (get === null) return null;
  // a transient export (PyObject_GetBuffer ... PyBuffer_Release)
  const info = get(o);
  try {
    const b = info.data().slice();
    return { bytes: b, format: info.format, itemsize: info.itemsize, n: b.length / info.itemsize };
  } finally {
    info.release?.();
  }
}

/** The values of a buffer's items for memory_richcompare, or null for a format unpack_single does not handle */
function bufferValues(bytes: Uint8Array, format: string, itemsize: number): (number | bigint)[] | null {
  if (INT_FORMATS[format] === undefined && format !== 'f' && format !== 'd') return null;
  const out: (number | bigint)[] = [];
  for (let off = 0; off < bytes.length; off += itemsize) out.push(readItem(bytes, format, off));
  return out;
}

/** _memory_release */
function memoryRelease(mv: MemoryViewObject): void {
  if (mv.released) return;
  mv.released = true;
  if (--mv.mbuf.exports === 0) mbufRelease(mv.mbuf);
}

function itemIndex(mv: MemoryViewObject, key: PyObject): number {
  const iv = A.indexValue(key);
  let i = typeof iv === 'number' ? iv : iv < 0n ? -Infinity : Infinity;
  if (i < 0) i += mv.len;
  if (!(i >= 0 && i < mv.len)) raise(E.IndexError, 'index out of bounds on dimension 1');
  return mv.start + i * mv.step;
}

onBootstrap(() => {
  registerWeakrefable(T_MEMORYVIEW);
  const mb = T_MANAGED_BUFFER;
  mb.tp_dealloc = (o) => {
    const m = o as ManagedBufferObject;
    mbufRelease(m);
    freeObject(m, MANAGED_BUFFER_SIZE);
  };
  mb.tp_traverse = (o, visit) => {
    const m = o as ManagedBufferObject;
    if (m.obj !== null) visit(m.obj);
  };

  const mt = T_MEMORYVIEW;
  mt.tp_new = (_type, args, start, nargs, kwnames) => {
    const [obj] = parseArgs('memoryview', args, start, nargs, kwnames, ['object']);
    return newMemoryView(obj!);
  };
  mt.tp_dealloc = (o) => {
    const mv = o as MemoryViewObject;
    RT.gc.untrack(mv);
    memoryRelease(mv);
    const m = mv.mbuf;
    decref(m);
    RT.clearWeakrefs(mv);
    freeObject(mv, MEMORYVIEW_BASICSIZE + 3 * 8);
  };
  mt.tp_traverse = (o, visit) => visit((o as MemoryViewObject).mbuf);
  mt.tp_repr = (o) => {
    const mv = o as MemoryViewObject;
    const addr = '0x' + mv.addr.toString(16);
    return newStr(mv.released || mv.mbuf.released ? `<released memory at ${addr}>` : `<memory at ${addr}>`);
  };
  mt.sq_length = (o) => {
    const mv = o as MemoryViewObject;
    checkReleased(mv);
    return mv.len;
  };
  mt.mp_subscript = (o, key) => {
    const mv = o as MemoryViewObject;
    checkReleased(mv);
    if (key instanceof SliceObject) {
      const [s0, , st, n] = sliceAdjust(key, mv.len);
      return addView(mv.mbuf, mv.start + s0 * mv.step, n, mv.step * st, mv.readonly);
    }
    if (!(key instanceof IntObject) && key.ob_type.nb_index === null) raise(E.TypeError, 'memoryview: invalid slice key');
    return unpackItem(mv, itemIndex(mv, key));
  };
  mt.mp_ass_subscript = (o, key, value) => {
    const mv = o as MemoryViewObject;
    checkReleased(mv);
    if (mv.readonly) raise(E.TypeError, 'cannot modify read-only memory');
    if (value === null) raise(E.TypeError, 'cannot delete memory');
    if (key instanceof SliceObject) {
      const [s0, , st, n] = sliceAdjust(key, mv.len);
      const src = otherBuffer(value);
      if (src === null) raise(E.TypeError, `a bytes-like object is required, not '${value.ob_type.tp_name}'`);
      // copy_single: equiv_structure (the same format string, itemsize and shape)
      const { format, itemsize } = mv.mbuf.info;
      if (src.format !== format || src.itemsize !== itemsize || src.n !== n)
        raise(E.ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
      const copy = src.bytes.slice();
      const data = mv.mbuf.info.data();
      for (let i = 0; i < n; i++) data.set(copy.subarray(i * itemsize, (i + 1) * itemsize), mv.start + (s0 + i * st) * mv.step);
      return;
    }
    if (!(key instanceof IntObject) && key.ob_type.nb_index === null) raise(E.TypeError, 'memoryview: invalid slice key');
    packItem(mv, itemIndex(mv, key), value);
  };
  mt.tp_iter = (o) => {
    checkReleased(o as MemoryViewObject);
    return RT.ext.seqIter(o);
  };
  mt.tp_richcompare = (a, b, op) => {
    if (op !== CMP.EQ && op !== CMP.NE) return newref(NotImplemented);
    const mv = a as MemoryViewObject;
    // memory_richcompare: a released view equals only itself; other operands must export a buffer
    let eq: boolean;
    if (a === b) eq = true;
    else if (mv.released || mv.mbuf.released || (b instanceof MemoryViewObject && (b.released || b.mbuf.released))) eq = false;
    else {
      const other = otherBuffer(b);
      if (other === null) return newref(NotImplemented);
      const { format, itemsize } = mv.mbuf.info;
      if (other.n !== mv.len) eq = false;
      else if (format === 'B' && other.format === 'B') eq = bytesEqual(viewBytes(mv), other.bytes);
      else {
        // unpack_cmp item by item (NaN is unequal to itself); a format it cannot unpack compares unequal
        const x = bufferValues(viewBytes(mv), format, itemsize);
        const y = bufferValues(other.bytes, other.format, other.itemsize);
        eq = x !== null && y !== null && x.every((v, i) => v == y[i]);
      }
    }
    return newBool(op === CMP.EQ ? eq : !eq);
  };
  mt.tp_hash = (o) => {
    const mv = o as MemoryViewObject;
    checkReleased(mv);
    if (!mv.readonly) raise(E.ValueError, 'cannot hash writable memoryview object');
    const fmt = mv.mbuf.info.format;
    if (fmt !== 'B' && fmt !== 'b' && fmt !== 'c') raise(E.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return hashBytes(viewBytes(mv), new PyHash());
  };
  const getter = (f: (mv: MemoryViewObject) => PyObject) => ({
    get: (o: PyObject) => {
      const mv = o as MemoryViewObject;
      checkReleased(mv);
      return f(mv);
    },
  });
  defineGetSets(mt, {
    obj: getter((mv) => newref(mv.mbuf.obj!)),
    nbytes: getter((mv) => newInt(mv.len * mv.mbuf.info.itemsize)),
    readonly: getter((mv) => newBool(mv.readonly)),
    itemsize: getter((mv) => newInt(mv.mbuf.info.itemsize)),
    format: getter((mv) => newStr(mv.mbuf.info.format)),
    ndim: getter(() => newInt(1)),
    shape: getter((mv) => newTuple([newInt(mv.len)])),
    strides: getter((mv) => newTuple([newInt(mv.step)])),
    suboffsets: getter(() => newref(EMPTY_TUPLE)),
    c_contiguous: getter((mv) => newBool(mv.step === mv.mbuf.info.itemsize || mv.len <= 1)),
    f_contiguous: getter((mv) => newBool(mv.step === mv.mbuf.info.itemsize || mv.len <= 1)),
    contiguous: getter((mv) => newBool(mv.step === mv.mbuf.info.itemsize || mv.len <= 1)),
  });
  defineMethods(mt, {
    release: (self, _a, _s, n, kw) => {
      noArgs('memoryview.release', n, kw);
      memoryRelease(self as MemoryViewObject);
      return newref(None);
    },
    __enter__: (self, _a, _s, n, kw) => {
      noArgs('memoryview.__enter__', n, kw);
      checkReleased(self as MemoryViewObject);
      return newref(self);
    },
    __exit__: (self) => {
      memoryRelease(self as MemoryViewObject);
      return newref(None);
    },
    tobytes: (self, a, s, n, kw) => {
      const [order] = parseArgs('tobytes', a, s, n, kw, ['order?']);
      if (order !== null && order !== None) {
        const ov = A.strString(order);
        if (ov !== 'C' && ov !== 'F' && ov !== 'A') raise(E.ValueError, "order must be 'C', 'F' or 'A'");
      }
      return newBytesFrom(viewBytes(self as MemoryViewObject).slice());
    },
    tolist: (self, _a, _s, n, kw) => {
      noArgs('memoryview.tolist', n, kw);
      const mv = self as MemoryViewObject;
      checkReleased(mv);
      // tolist_base: the list first, then each item unpacked into it
      const list = newList(mv.len);
      try {
        for (let i = 0; i < mv.len; i++) list.items.push(unpackItem(mv, mv.start + i * mv.step));
      } catch (e) {
        decref(list);
        throw e;
      }
      return list;
    },
    toreadonly: (self, _a, _s, n, kw) => {
      noArgs('memoryview.toreadonly', n, kw);
      const mv = self as MemoryViewObject;
      checkReleased(mv);
      return addView(mv.mbuf, mv.start, mv.len, mv.step, true);
    },
    hex: (self, a, s, n, kw) => hexMethod(viewBytes(self as MemoryViewObject), a, s, n, kw),
    // object.__sizeof__ of a var-sized object: basicsize + itemsize * Py_SIZE (shape, strides, suboffsets)
    __sizeof__: (_self, _a, _s, n, kw) => {
      noArgs('memoryview.__sizeof__', n, kw);
      return newInt(MEMORYVIEW_BASICSIZE + 3 * 8);
    },
  });
  BUFFER_EXPORTERS.memoryview = (o) => (o instanceof MemoryViewObject ? viewBytes(o) : null);
  RT_EXT.memoryviewType = T_MEMORYVIEW;
});
