/**
 * `type.__flags__` as CPython 3.11 / 3.12 / 3.13 report it.
 *
 * `PyType.tp_flags` holds the bits the engine acts on (HEAPTYPE, BASETYPE, HAVE_GC, MANAGED_DICT /
 * MANAGED_WEAKREF, the fast-subclass bits; object.ts TPFLAGS) and, for classes, the bits type_new and
 * PyType_Ready give them that nothing in the engine reads (SEQUENCE, MAPPING, MATCH_SELF, ITEMS_AT_END,
 * HAVE_VECTORCALL: see `classFlags`). The static builtin types are shared by every run of the process, whatever
 * its version, so their remaining bits are added when a program reads them (`reportedFlags`):
 *   - every ready type has Py_TPFLAGS_READY; the static builtin types are Py_TPFLAGS_IMMUTABLETYPE and, on 3.12+,
 *     _Py_TPFLAGS_STATIC_BUILTIN;
 *   - what a type is by definition (its PyTypeObject's tp_flags: TYPE_BITS), inherited as PyType_Ready's
 *     inherit_special / inherit_patma_flags do (struct sequences are sequences through tuple, bool matches
 *     itself through int);
 *   - types the engine keeps static but CPython creates as heap types (a module's types since 3.12, functools'
 *     since 3.11, ExceptionGroup): Py_TPFLAGS_HEAPTYPE instead of _Py_TPFLAGS_STATIC_BUILTIN;
 *   - Py_TPFLAGS_VALID_VERSION_TAG (3.11 / 3.12 only; 3.13 keeps only tp_version_tag) while the type has a
 *     valid tag in the type attribute cache (typecache.ts): 3.12 gives every static builtin type its tag when
 *     it is initialised, 3.11 only those its start-up looked up (STARTUP_TAGGED_311);
 *   - 3.13 Py_TPFLAGS_INLINE_VALUES for a class whose attribute values sit in the object.
 */
import { STARTUP_TAGGED_TYPES_311 } from '../profiles/startup_strings';
import { PyType, RT, TPFLAGS, setRefcount } from './object';
import { T } from './types';
import { typeHasVersionTag } from './typecache';

/** The Py_TPFLAGS bits the engine reports but does not act on (CPython's values). */
export const TPF = {
  STATIC_BUILTIN: 1 << 1,
  INLINE_VALUES: 1 << 2,
  SEQUENCE: 1 << 5,
  MAPPING: 1 << 6,
  DISALLOW_INSTANTIATION: 1 << 7,
  IMMUTABLETYPE: 1 << 8,
  HAVE_VECTORCALL: 1 << 11,
  READY: 1 << 12,
  METHOD_DESCRIPTOR: 1 << 17,
  VALID_VERSION_TAG: 1 << 19,
  IS_ABSTRACT: 1 << 20,
  MATCH_SELF: 1 << 22,
  ITEMS_AT_END: 1 << 23,
} as const;

const { SEQUENCE, MAPPING, DISALLOW_INSTANTIATION, HAVE_VECTORCALL, METHOD_DESCRIPTOR, MATCH_SELF } = TPF;

/**
 * The bits builtin types have by definition, by tp_name (their C type objects' tp_flags; measured on 3.11.7,
 * 3.12.1 and 3.13.0, identical but for `type`'s ITEMS_AT_END, which itemsAtEnd adds on 3.12+).
 */
const TYPE_BITS: Record<string, number> = {
  object: 0,
  int: MATCH_SELF,
  float: MATCH_SELF,
  str: MATCH_SELF,
  bytes: MATCH_SELF,
  bytearray: MATCH_SELF,
  set: MATCH_SELF,
  frozenset: MATCH_SELF,
  list: SEQUENCE | MATCH_SELF,
  tuple: SEQUENCE | MATCH_SELF,
  dict: MAPPING | MATCH_SELF,
  range: SEQUENCE,
  memoryview: SEQUENCE,
  mappingproxy: MAPPING,
  FrameLocalsProxy: MAPPING,
  'collections.deque': SEQUENCE,
  'array.array': SEQUENCE,
  type: HAVE_VECTORCALL,
  function: HAVE_VECTORCALL | METHOD_DESCRIPTOR,
  method: HAVE_VECTORCALL,
  method_descriptor: HAVE_VECTORCALL | METHOD_DESCRIPTOR | DISALLOW_INSTANTIATION,
  wrapper_descriptor: METHOD_DESCRIPTOR | DISALLOW_INSTANTIATION,
  builtin_function_or_method: HAVE_VECTORCALL | DISALLOW_INSTANTIATION,
  'weakref.ReferenceType': HAVE_VECTORCALL,
  'types.GenericAlias': HAVE_VECTORCALL,
  'functools.partial': HAVE_VECTORCALL,
  'functools._lru_cache_wrapper': METHOD_DESCRIPTOR,
  'operator.itemgetter': HAVE_VECTORCALL,
  'operator.attrgetter': HAVE_VECTORCALL,
  // GC types in CPython that the engine does not track (memory/sizes.ts gives them the GC head in getsizeof)
  str_ascii_iterator: TPFLAGS.HAVE_GC,
  str_iterator: TPFLAGS.HAVE_GC,
};
// the types Python code cannot instantiate (tp_new NULL: "cannot create 'X' instances")
for (const n of [
  'bytearray_iterator', 'bytes_iterator', 'callable_iterator', 'classmethod_descriptor', 'dict_itemiterator', 'dict_items',
  'dict_keyiterator', 'dict_keys', 'dict_reverseitemiterator', 'dict_reversekeyiterator', 'dict_reversevalueiterator',
  'dict_valueiterator', 'dict_values', 'frame', 'generator', 'coroutine', 'getset_descriptor', 'iterator', 'list_iterator',
  'list_reverseiterator', 'longrange_iterator', 'managedbuffer', 'member_descriptor', 'method-wrapper', 'range_iterator',
  'set_iterator', 'str_ascii_iterator', 'tuple_iterator', 'functools.KeyWrapper', 'functools._lru_list_elem', 'sys.flags', 'sys.version_info',
  'weakref.CallableProxyType', 'weakref.ProxyType', 'types.UnionType', 'array.arrayiterator',
]) {
  TYPE_BITS[n] = (TYPE_BITS[n] ?? 0) | DISALLOW_INSTANTIATION;
}

/** What a type passes on to its subclasses (inherit_special, inherit_patma_flags): see inheritedBits. */
const INHERITED = SEQUENCE | MAPPING | MATCH_SELF | TPF.ITEMS_AT_END;

/**
 * The static types CPython creates as heap types (PyType_FromSpec, or classes of its Python modules), with
 * the first version where it does, and whether they stay mutable (no Py_TPFLAGS_IMMUTABLETYPE).
 */
const CPYTHON_HEAP_TYPES: Record<string, { since: '3.11' | '3.12'; mutable: boolean | '3.11' }> = {
  ExceptionGroup: { since: '3.11', mutable: true },
  'functools.partial': { since: '3.11', mutable: false },
  'functools.KeyWrapper': { since: '3.11', mutable: false },
  'functools._lru_cache_wrapper': { since: '3.11', mutable: false },
  'functools._lru_list_elem': { since: '3.11', mutable: false },
  'operator.itemgetter': { since: '3.11', mutable: false },
  'operator.attrgetter': { since: '3.11', mutable: false },
  'operator.methodcaller': { since: '3.11', mutable: false },
  '_random.Random': { since: '3.11', mutable: true },
  'random.Random': { since: '3.11', mutable: true },
  'random.SystemRandom': { since: '3.11', mutable: true },
  'time.struct_time': { since: '3.11', mutable: true },
  '_frozen_importlib.BuiltinImporter': { since: '3.11', mutable: true },
  '_frozen_importlib.ModuleSpec': { since: '3.11', mutable: true },
  // typing's: Python classes on 3.11, _typing's immutable heap types since 3.12
  'typing.TypeVar': { since: '3.11', mutable: '3.11' },
  'typing.ParamSpec': { since: '3.11', mutable: '3.11' },
  'typing.ParamSpecArgs': { since: '3.11', mutable: '3.11' },
  'typing.ParamSpecKwargs': { since: '3.11', mutable: '3.11' },
  'typing.TypeVarTuple': { since: '3.11', mutable: '3.11' },
  'array.array': { since: '3.11', mutable: false },
  'array.arrayiterator': { since: '3.11', mutable: false },
  '_struct.Struct': { since: '3.11', mutable: false },
  '_struct.unpack_iterator': { since: '3.11', mutable: false },
  // _sre's (heap types since 3.10)
  're.Pattern': { since: '3.11', mutable: false },
  're.Match': { since: '3.11', mutable: false },
};
for (const n of [
  'collections.deque', 'collections.defaultdict', 'collections._deque_iterator', 'collections._deque_reverse_iterator',
  'collections._tuplegetter', 'itertools._grouper', 'itertools._tee', 'itertools._tee_dataobject', 'itertools.accumulate',
  'itertools.batched', 'itertools.chain', 'itertools.combinations', 'itertools.combinations_with_replacement',
  'itertools.compress', 'itertools.count', 'itertools.cycle', 'itertools.dropwhile', 'itertools.filterfalse',
  'itertools.groupby', 'itertools.islice', 'itertools.pairwise', 'itertools.permutations', 'itertools.product',
  'itertools.repeat', 'itertools.starmap', 'itertools.takewhile', 'itertools.zip_longest',
  // _io's (3.12 made them heap types)
  '_io._IOBase', '_io._RawIOBase', '_io._BufferedIOBase', '_io._TextIOBase', '_io.BytesIO', '_io.StringIO',
  '_io.TextIOWrapper', '_io.BufferedReader', '_io.BufferedWriter', '_io.BufferedRandom', '_io.BufferedRWPair',
  '_io.FileIO', '_io.IncrementalNewlineDecoder', '_io._BytesIOBuffer',
  // the same helper types under the names a 3.11 import gives them (vm/modules/collections.ts), which they keep
  // until the next import: a 3.12+ run after a 3.11 one in the same process must still find them
  '_collections._deque_iterator', '_collections._deque_reverse_iterator', '_collections._tuplegetter',
]) {
  CPYTHON_HEAP_TYPES[n] = { since: '3.12', mutable: false };
}

/**
 * The static types 3.11.7's start-up gave a version tag (`python3.11 prog.py` before the program's first line:
 * site, encodings, io, the import system), measured by scripts/gen-startup-strings.py.
 */
const STARTUP_TAGGED_311 = new Set(STARTUP_TAGGED_TYPES_311);

/** The key of a static type in the tables above: its tp_name, prefixed with its module when that has none. */
function typeKey(tp: PyType): string {
  return tp.tp_module === 'builtins' || tp.tp_name.includes('.') ? tp.tp_name : `${tp.tp_module}.${tp.tp_name}`;
}

/** Is `tp` a heap type in CPython (the engine's own classes, and the static types CPython makes on the heap)? */
export function cpythonHeap(tp: PyType): boolean {
  if (tp.tp_flags & TPFLAGS.HEAPTYPE) return true;
  const h = CPYTHON_HEAP_TYPES[typeKey(tp)];
  return h !== undefined && (h.since === '3.11' || RT.profile.version !== '3.11');
}

/**
 * 3.12+: the static types CPython makes on the heap are mortal there (only static types are immortal): give
 * them the count 3.11's static types start from (not CPython's, which counts its module's references), so
 * that the references their instances and users take show in sys.getrefcount as they do in CPython.
 */
export function mortalHeapTypes(types: readonly PyType[], initial: number): void {
  for (const tp of types) if ((tp.tp_flags & TPFLAGS.HEAPTYPE) === 0 && cpythonHeap(tp)) setRefcount(tp, initial);
}

/** ITEMS_AT_END: 3.12+ `type` (its members follow the variable-size part), inherited by metaclasses. */
function itemsAtEnd(tp: PyType): number {
  return tp === T.type && RT.profile.version !== '3.11' ? TPF.ITEMS_AT_END : 0;
}

/** The definitional bits of a static type: its own, then what its bases pass on (PyType_Ready's inheritance). */
function staticBits(tp: PyType): number {
  const key = typeKey(tp);
  let bits = (TYPE_BITS[key] ?? 0) | itemsAtEnd(tp);
  if (key === 'operator.methodcaller' && RT.profile.version === '3.13') bits |= HAVE_VECTORCALL; // methodcaller_vectorcall is new in 3.13
  if (key === '_struct.unpack_iterator' && RT.profile.version !== '3.11') bits |= DISALLOW_INSTANTIATION; // 3.12 added the flag
  const base = tp.tp_base;
  if (base !== null) {
    const inh = inheritedBits(base);
    // inherit_patma_flags: a type that is neither a sequence nor a mapping takes its base's choice
    if ((bits & (SEQUENCE | MAPPING)) === 0) bits |= inh & (SEQUENCE | MAPPING);
    bits |= inh & (MATCH_SELF | TPF.ITEMS_AT_END);
  }
  return bits;
}

/**
 * Py_TPFLAGS_METHOD_DESCRIPTOR: the attribute types _PyObject_GetMethod (LOAD_ATTR's method form,
 * PyObject_VectorcallMethod) calls with the object as first argument instead of binding them. Classes never
 * have it (inherit_slots passes it on to immutable types only), so the static types' bits decide.
 */
export function isMethodDescriptor(tp: PyType): boolean {
  let v = methodDescriptorTypes.get(tp);
  if (v === undefined) {
    v = (tp.tp_flags & TPFLAGS.HEAPTYPE) === 0 && (staticBits(tp) & METHOD_DESCRIPTOR) !== 0;
    methodDescriptorTypes.set(tp, v);
  }
  return v;
}
/** isMethodDescriptor's answers (the bit does not depend on the version) */
const methodDescriptorTypes = new Map<PyType, boolean>();

/** The bits a class inherits from `base` (SEQUENCE / MAPPING, MATCH_SELF, ITEMS_AT_END). */
export function inheritedBits(base: PyType): number {
  return (base.tp_flags & TPFLAGS.HEAPTYPE ? base.tp_flags : staticBits(base)) & INHERITED;
}

/**
 * The flags type_new and PyType_Ready give a class over `base` beyond the layout bits typeNewFill computes:
 * what the base passes on, and on 3.12+ Py_TPFLAGS_HAVE_VECTORCALL when the base's instances are vectorcall
 * callables and the class does not define __call__ (inherit_slots; 3.11 passes it to immutable types only).
 */
export function classFlags(base: PyType, definesCall: boolean): number {
  let f = inheritedBits(base);
  if (RT.profile.version !== '3.11' && !definesCall && reportedFlags(base) & HAVE_VECTORCALL) f |= HAVE_VECTORCALL;
  return f;
}

/** type.__flags__: the type's flags as CPython shows them (see the file comment). */
export function reportedFlags(tp: PyType, inlineValues = false): number {
  const v = RT.profile.version;
  let f = tp.tp_flags | TPF.READY;
  if (tp.isAbstract) f |= TPF.IS_ABSTRACT;
  if (!(tp.tp_flags & TPFLAGS.HEAPTYPE)) {
    f |= staticBits(tp);
    const heap = cpythonHeap(tp);
    const h = CPYTHON_HEAP_TYPES[typeKey(tp)];
    if (heap) f |= TPFLAGS.HEAPTYPE;
    else if (v !== '3.11') f |= TPF.STATIC_BUILTIN;
    if (!heap || !(h.mutable === true || (h.mutable === '3.11' && v === '3.11'))) f |= TPF.IMMUTABLETYPE;
    if (v === '3.12' && !heap) f |= TPF.VALID_VERSION_TAG;
    else if (v === '3.11' && !heap && STARTUP_TAGGED_311.has(typeKey(tp))) f |= TPF.VALID_VERSION_TAG;
  }
  if (v !== '3.13' && !(f & TPF.VALID_VERSION_TAG) && typeHasVersionTag(tp)) f |= TPF.VALID_VERSION_TAG;
  if (inlineValues) f |= TPF.INLINE_VALUES;
  return f >>> 0;
}
