/**
 * memoryview over the byte buffers the engine has (bytes, bytearray and their subclasses, other memoryviews):
 * one-dimensional, format 'B', itemsize 1 (CPython's Objects/memoryobject.c for that case).
 *
 * Objects and references, as in CPython:
 *   ManagedBufferObject  `_PyManagedBufferObject` (a GC object, 112 bytes): holds the exporter (`master.obj`,
 *                        a strong reference taken by PyObject_GetBuffer, which also counts a bytearray's
 *                        ob_exports) and `exports`, the number of memoryviews using it.
 *   MemoryViewObject     `PyMemoryViewObject` (a GC object, basicsize 144 + 3 * ndim * 8): holds its managed
 *                        buffer; views made from a memoryview (memoryview(mv), mv[a:b]) share the managed
 *                        buffer.  release() (or the last view's dealloc) ends the export: the bytearray may
 *                        resize again and the exporter reference is dropped.
 * Not modelled: cast(), multi-dimensional or non-byte formats, and 3.12's memory_iterator type (iteration
 * uses the sequence protocol on every version, as 3.11 does).
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, newref } from './object';
import { T } from './types';
import { None, NotImplemented, IntObject } from './singletons';
import { E, raise } from './exceptions';
import { newStr } from './str';
import { newInt, newBool } from './numbers';
import { newTuple, newListFrom, EMPTY_TUPLE } from './sequences';
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

class ManagedBufferObject extends PyObject {
  /** the exporter (owned until the buffer is released) */
  obj: BytesObject | null;
  exports = 0;
  released = false;
  constructor(obj: BytesObject) {
    super(T_MANAGED_BUFFER);
    this.obj = obj;
  }
}

export class MemoryViewObject extends PyObject {
  released = false;
  constructor(
    /** owned */
    public mbuf: ManagedBufferObject,
    /** the view: [start, start + len) of the exporter's bytes, stepping by `step` */
    public start: number,
    public len: number,
    public step: number,
    public readonly: boolean,
  ) {
    super(T_MEMORYVIEW);
  }
}

/** _PyManagedBuffer_FromObject + PyObject_GetBuffer: a bytearray counts the export. */
function newManagedBuffer(exporter: BytesObject): ManagedBufferObject {
  const mb = new ManagedBufferObject(exporter);
  allocObject(mb, MANAGED_BUFFER_SIZE);
  RT.gc.track(mb);
  incref(exporter);
  if (exporter.store !== null || A.isSubtype(exporter.ob_type, T.bytearray)) exporter.exports++;
  return mb;
}

/** mbuf_release: ends the export (once). */
function mbufRelease(mb: ManagedBufferObject): void {
  if (mb.released) return;
  mb.released = true;
  RT.gc.untrack(mb);
  const obj = mb.obj!;
  mb.obj = null;
  if (obj.store !== null || A.isSubtype(obj.ob_type, T.bytearray)) obj.exports--;
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
  if (!(o instanceof BytesObject)) raise(E.TypeError, `memoryview: a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  const mb = newManagedBuffer(o);
  const readonly = !A.isSubtype(o.ob_type, T.bytearray);
  try {
    return addView(mb, 0, o.value.length, 1, readonly);
  } finally {
    decref(mb);
  }
}

function checkReleased(mv: MemoryViewObject): void {
  if (mv.released || mv.mbuf.released) raise(E.ValueError, 'operation forbidden on released memoryview object');
}

/** The bytes the view covers, in order (a copy when the view steps). */
function viewBytes(mv: MemoryViewObject): Uint8Array {
  checkReleased(mv);
  const data = mv.mbuf.obj!.value;
  if (mv.step === 1) return data.subarray(mv.start, mv.start + mv.len);
  const out = new Uint8Array(mv.len);
  for (let i = 0; i < mv.len; i++) out[i] = data[mv.start + i * mv.step];
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
    return newInt(mv.mbuf.obj!.value[itemIndex(mv, key)]);
  };
  mt.mp_ass_subscript = (o, key, value) => {
    const mv = o as MemoryViewObject;
    checkReleased(mv);
    if (mv.readonly) raise(E.TypeError, 'cannot modify read-only memory');
    if (value === null) raise(E.TypeError, 'cannot delete memory');
    const data = mv.mbuf.obj!.value;
    if (key instanceof SliceObject) {
      const [s0, , st, n] = sliceAdjust(key, mv.len);
      const src = value instanceof MemoryViewObject ? viewBytes(value) : value instanceof BytesObject ? value.value : null;
      if (src === null) raise(E.TypeError, `a bytes-like object is required, not '${value.ob_type.tp_name}'`);
      if (src.length !== n) raise(E.ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
      const copy = src.slice();
      for (let i = 0; i < n; i++) data[mv.start + (s0 + i * st) * mv.step] = copy[i];
      return;
    }
    if (!(key instanceof IntObject) && key.ob_type.nb_index === null) raise(E.TypeError, 'memoryview: invalid slice key');
    const i = itemIndex(mv, key);
    if (!(value instanceof IntObject)) raise(E.TypeError, `memoryview: invalid type for format 'B'`);
    const v = Number(value.value);
    if (!(v >= 0 && v <= 255)) raise(E.ValueError, `memoryview: invalid value for format 'B'`);
    data[i] = v;
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
      const other = b instanceof MemoryViewObject ? viewBytes(b) : b instanceof BytesObject ? b.value : null;
      if (other === null) return newref(NotImplemented);
      eq = bytesEqual(viewBytes(mv), other);
    }
    return newBool(op === CMP.EQ ? eq : !eq);
  };
  mt.tp_hash = (o) => {
    const mv = o as MemoryViewObject;
    checkReleased(mv);
    if (!mv.readonly) raise(E.ValueError, 'cannot hash writable memoryview object');
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
    nbytes: getter((mv) => newInt(mv.len)),
    readonly: getter((mv) => newBool(mv.readonly)),
    itemsize: getter(() => newInt(1)),
    format: getter(() => newStr('B')),
    ndim: getter(() => newInt(1)),
    shape: getter((mv) => newTuple([newInt(mv.len)])),
    strides: getter((mv) => newTuple([newInt(mv.step)])),
    suboffsets: getter(() => newref(EMPTY_TUPLE)),
    c_contiguous: getter((mv) => newBool(mv.step === 1 || mv.len <= 1)),
    f_contiguous: getter((mv) => newBool(mv.step === 1 || mv.len <= 1)),
    contiguous: getter((mv) => newBool(mv.step === 1 || mv.len <= 1)),
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
      return newListFrom(Array.from(viewBytes(self as MemoryViewObject), (b) => newInt(b)));
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
