/**
 * sys.getsizeof (CPython's _PySys_GetSizeOf) and the `__sizeof__` methods whose formula is not a type's
 * own business elsewhere.
 *
 *   sizeOf(o)       type(o).__sizeof__(o) (special lookup, bound like _PyObject_LookupSpecial), checked
 *                   like PyLong_AsSsize_t ("an integer is required", OverflowError, "__sizeof__() should
 *                   return >= 0"), plus _PyType_PreHeaderSize(type(o)): the 16-byte PyGC_Head of GC types
 *                   and the 16-byte pre-header of managed-dict (3.11+) / managed-weakref (3.12+) types.
 *                   Static type objects get no pre-header (3.12+ tests it explicitly; on 3.11
 *                   _PyObject_IS_GC is false for them through tp_is_gc).
 *   object.__sizeof__   tp_basicsize + tp_itemsize * Py_SIZE (tuples: 8 per item), with CPython's basicsize
 *                   per version for the builtin types whose engine layout constant differs.
 *   generator.__sizeof__  offsetof(gi_iframe) + localsplus: 152 (3.11) / 144 (3.12+) + 8 * (nlocalsplus +
 *                   stacksize) (measured on 3.11.7, 3.12.1, 3.13.0).
 * Other families define their own __sizeof__ (int, str, bytes, list, dict, set, type...).
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, GCF, decref, newref } from '../objects/object';
import { T } from '../objects/types';
import { IntObject } from '../objects/singletons';
import { E, raise, excMatches } from '../objects/exceptions';
import { newInt } from '../objects/numbers';
import { TupleObject } from '../objects/sequences';
import { onBootstrap, defineMethods, typeLookup } from '../objects/typeobject';
import { cpythonHeap } from '../objects/typeflags';
import { noArgs } from '../vm/args';
import { RT_EXT } from '../vm/rtext';
import * as A from '../vm/abstract';

/** CPython's tp_basicsize where the engine's layout constant differs: [3.11, 3.12, 3.13]. */
const BASICSIZE: Record<string, [number, number, number]> = {
  method: [48, 48, 48],
  builtin_function_or_method: [56, 56, 56],
  cell: [24, 24, 24],
  enumerate: [56, 56, 56],
  property: [64, 64, 64],
  module: [56, 56, 56],
  range_iterator: [48, 40, 40],
  longrange_iterator: [48, 40, 40],
  dict_keys: [24, 24, 24],
  dict_values: [24, 24, 24],
  dict_items: [24, 24, 24],
  // the engine keeps str's and bytes' text outside the object (3.11's str struct is 80 bytes, 3.12+'s 64;
  // bytes' header 33) and sizes these objects by other means
  str: [80, 64, 64],
  bytes: [33, 33, 33],
  bool: [32, 24, 24],
  type: [904, 920, 928],
  code: [184, 192, 200],
  frame: [120, 120, 136],
  generator: [152, 144, 144],
  coroutine: [152, 144, 144],
};

/** Builtin types that are GC types in CPython (they get the 16-byte GC head in getsizeof). */
const CPYTHON_GC_NAMES = new Set(['str_ascii_iterator', 'str_iterator']);

function vidx(): number {
  const v = RT.profile.version;
  return v === '3.11' ? 0 : v === '3.12' ? 1 : 2;
}

/** The nearest static (builtin) type in the MRO. */
function builtinBase(tp: PyType): PyType {
  let t: PyType | null = tp;
  while (t !== null && t.tp_flags & TPFLAGS.HEAPTYPE) t = t.tp_base;
  return t ?? T.object;
}

/** tp_basicsize of a type as CPython has it for the running version. */
export function basicsizeOf(tp: PyType): number {
  if (tp.tp_flags & TPFLAGS.HEAPTYPE) return tp.tp_basicsize;
  if (tp === T.function) return RT.profile.sizes.function;
  const o = BASICSIZE[tp.tp_name];
  return o !== undefined ? o[vidx()] : tp.tp_basicsize;
}

/** type.__basicsize__: CPython's tp_basicsize (a class: its builtin base's plus what the class added). */
export function reportedBasicsize(tp: PyType): number {
  const sb = builtinBase(tp);
  return basicsizeOf(sb) + (tp === sb ? 0 : tp.tp_basicsize - sb.tp_basicsize);
}

/** object.__sizeof__: basicsize + itemsize * Py_SIZE. */
export function objectSizeof(o: PyObject): number {
  let size = basicsizeOf(o.ob_type);
  const base = builtinBase(o.ob_type);
  if (o instanceof TupleObject && (base === T.tuple || o.ob_type === T.tuple)) size += 8 * o.items.length;
  return size;
}

/** _PyType_PreHeaderSize for o's type, with the static type-object exception of sys.getsizeof. */
function preHeader(o: PyObject): number {
  if (o instanceof PyType && !(o.tp_flags & TPFLAGS.HEAPTYPE) && !cpythonHeap(o)) return 0;
  const tp = o.ob_type;
  let flags = tp.tp_flags;
  if (CPYTHON_GC_NAMES.has(tp.tp_name)) flags |= TPFLAGS.HAVE_GC;
  return RT.heap.headerOf(flags);
}

/** PyLong_AsSsize_t of a __sizeof__ result. */
function asSsize(r: PyObject): number {
  if (!(r instanceof IntObject) && !RT.isSubtypeOf(r.ob_type, T.int)) raise(E.TypeError, 'an integer is required');
  const v = (r as IntObject).value;
  const n = typeof v === 'bigint' ? v : BigInt(v);
  if (n > 9223372036854775807n || n < -9223372036854775808n) raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(n);
}

/** _PySys_GetSizeOf: the size in bytes, raising like CPython. */
export function sizeOf(o: PyObject): number {
  const descr = typeLookup(o.ob_type, '__sizeof__');
  if (descr === null) raise(E.TypeError, `Type ${o.ob_type.tp_name} doesn't define __sizeof__`);
  const get = descr.ob_type.tp_descr_get;
  const method = get !== null ? get(descr, o, o.ob_type) : newref(descr);
  let res: PyObject;
  try {
    res = A.call(method, [], 0, 0, null);
  } finally {
    decref(method);
  }
  let size: number;
  try {
    size = asSsize(res);
  } finally {
    decref(res);
  }
  if (size < 0) raise(E.ValueError, '__sizeof__() should return >= 0');
  return size + preHeader(o);
}

/** sys.getsizeof(object[, default]): `default` is returned instead of a TypeError. */
export function getsizeofWithDefault(o: PyObject, dflt: PyObject | null): PyObject {
  try {
    return newInt(sizeOf(o));
  } catch (e) {
    if (dflt !== null && e instanceof PyErr && excMatches(e.exc, E.TypeError)) {
      decref(e.exc);
      return newref(dflt);
    }
    throw e;
  }
}

/** gen_sizeof / coro_sizeof */
function genSizeof(o: PyObject): number {
  const code = (o as unknown as { code: { nlocalsplus: number; spec: { co_stacksize: number } } }).code;
  const base = RT.profile.version === '3.11' ? 152 : 144;
  if (code === undefined || code === null) return base;
  return base + 8 * (code.nlocalsplus + code.spec.co_stacksize);
}

/** sizeof(PyTypeObject) per version (sys.getsizeof(int), measured) */
const TYPE_OBJECT_SIZE: [number, number, number] = [424, 432, 416];
/** _PyDict_KeysSize of a class's shared keys (_PyDict_NewKeysForClass: log2 6, str keys): 32 + 64 + 42 * 16 */
const CACHED_KEYS_SIZE = 768;

/**
 * type.__sizeof__: sizeof(PyHeapTypeObject) + the cached shared keys of a managed-dict class — also for the
 * static types CPython makes on the heap (ExceptionGroup, random.Random, 3.12+ itertools' types...:
 * typeflags.ts cpythonHeap), which sys.getsizeof also counts the GC head of.
 */
function typeSizeof(tp: PyType): number {
  if (!(tp.tp_flags & TPFLAGS.HEAPTYPE) && !cpythonHeap(tp)) return TYPE_OBJECT_SIZE[vidx()];
  let size = RT.profile.sizes.type;
  if (tp.tp_flags & TPFLAGS.MANAGED_DICT) size += CACHED_KEYS_SIZE;
  return size;
}

RT_EXT.sizeOf = sizeOf;
RT_EXT.getsizeofWithDefault = getsizeofWithDefault;
RT_EXT.objectSizeof = objectSizeof;
RT_EXT.reportedBasicsize = reportedBasicsize;

onBootstrap(() => {
  defineMethods(T.object, {
    __sizeof__: (self, _a, _s, n, kw) => {
      noArgs('object.__sizeof__', n, kw);
      return newInt(objectSizeof(self));
    },
  });
  defineMethods(T.type, {
    __sizeof__: (self, _a, _s, n, kw) => {
      noArgs('type.__sizeof__', n, kw);
      return newInt(typeSizeof(self as PyType));
    },
  });
  defineMethods(T.generator, {
    __sizeof__: (self, _a, _s, n, kw) => {
      noArgs('generator.__sizeof__', n, kw);
      return newInt(genSizeof(self));
    },
  });
  defineMethods(T.coroutine, {
    __sizeof__: (self, _a, _s, n, kw) => {
      noArgs('coroutine.__sizeof__', n, kw);
      return newInt(genSizeof(self));
    },
  });
  void GCF;
});
