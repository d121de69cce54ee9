/**
 * The static builtin type objects, declared in one place so that every module can name them without import
 * cycles. Each type family's module fills in the slots in its `init*()` function; `bootstrapTypes()` (in
 * typeobject.ts) runs them once per process and then builds MROs and namespaces.
 */
import { PyType, TPFLAGS } from './object';

function t(name: string, basicsize: number, flags = 0, module = 'builtins'): PyType {
  const tp = new PyType(null, name);
  tp.tp_basicsize = basicsize;
  tp.tp_flags = flags;
  tp.tp_module = module;
  return tp;
}
const GC = TPFLAGS.HAVE_GC;
const BASE = TPFLAGS.BASETYPE;

export const T = {
  object: t('object', 16, BASE),
  type: t('type', 920, GC | BASE | TPFLAGS.TYPE_SUBCLASS),
  NoneType: t('NoneType', 16),
  NotImplementedType: t('NotImplementedType', 16),
  ellipsis: t('ellipsis', 16),
  int: t('int', 24, BASE | TPFLAGS.LONG_SUBCLASS),
  bool: t('bool', 24, TPFLAGS.LONG_SUBCLASS),
  float: t('float', 24, BASE),
  complex: t('complex', 32, BASE),
  str: t('str', 40, BASE | TPFLAGS.UNICODE_SUBCLASS),
  bytes: t('bytes', 32, BASE | TPFLAGS.BYTES_SUBCLASS),
  bytearray: t('bytearray', 56, BASE),
  list: t('list', 40, GC | BASE | TPFLAGS.LIST_SUBCLASS),
  tuple: t('tuple', 24, GC | BASE | TPFLAGS.TUPLE_SUBCLASS),
  dict: t('dict', 48, GC | BASE | TPFLAGS.DICT_SUBCLASS),
  set: t('set', 200, GC | BASE),
  frozenset: t('frozenset', 200, GC | BASE),
  range: t('range', 48),
  slice: t('slice', 40, GC),
  function: t('function', 144, GC),
  builtin_function_or_method: t('builtin_function_or_method', 56, GC),
  method: t('method', 48, GC),
  method_descriptor: t('method_descriptor', 56, GC),
  classmethod_descriptor: t('classmethod_descriptor', 56, GC),
  wrapper_descriptor: t('wrapper_descriptor', 56, GC),
  method_wrapper: t('method-wrapper', 32, GC),
  getset_descriptor: t('getset_descriptor', 48, GC),
  member_descriptor: t('member_descriptor', 48, GC),
  staticmethod: t('staticmethod', 32, GC | BASE),
  classmethod: t('classmethod', 32, GC | BASE),
  property: t('property', 56, GC | BASE),
  cell: t('cell', 24, GC),
  code: t('code', 200),
  frame: t('frame', 72, GC),
  traceback: t('traceback', 40, GC),
  module: t('module', 48, GC | BASE),
  generator: t('generator', 176, GC),
  coroutine: t('coroutine', 176, GC),
  super: t('super', 40, GC | BASE),
  mappingproxy: t('mappingproxy', 24, GC),
  // iterators
  list_iterator: t('list_iterator', 32, GC),
  list_reverseiterator: t('list_reverseiterator', 32, GC),
  tuple_iterator: t('tuple_iterator', 32, GC),
  str_iterator: t('str_ascii_iterator', 32),
  range_iterator: t('range_iterator', 48),
  longrange_iterator: t('longrange_iterator', 48),
  dict_keyiterator: t('dict_keyiterator', 56, GC),
  dict_valueiterator: t('dict_valueiterator', 56, GC),
  dict_itemiterator: t('dict_itemiterator', 56, GC),
  dict_reversekeyiterator: t('dict_reversekeyiterator', 56, GC),
  dict_keys: t('dict_keys', 24, GC),
  dict_values: t('dict_values', 24, GC),
  dict_items: t('dict_items', 24, GC),
  set_iterator: t('set_iterator', 48, GC),
  bytes_iterator: t('bytes_iterator', 32, GC),
  callable_iterator: t('callable_iterator', 32, GC),
  iterator: t('iterator', 32, GC),
  reversed: t('reversed', 32, GC | BASE),
  enumerate: t('enumerate', 48, GC | BASE),
  zip: t('zip', 48, GC | BASE),
  map: t('map', 32, GC | BASE),
  filter: t('filter', 32, GC | BASE),
} as const;

export type StaticTypeName = keyof typeof T;

/** CPython 3.12+ names the str iterator for ASCII strings str_ascii_iterator; non-ASCII use str_iterator. */
export const T_EXTRA = {
  str_unicode_iterator: t('str_iterator', 32),
};
