/**
 * CPython's METH_VARARGS calling convention, for what it allocates.
 *
 * Most builtins are METH_FASTCALL / METH_O / METH_NOARGS and read their arguments straight off the caller's
 * stack. A METH_VARARGS builtin gets them packed into a new tuple (and, with METH_KEYWORDS, the keyword
 * arguments into a new dict) that lives for the duration of the call: the tuple comes from (and returns to)
 * the tuple freelist, so it shows in tracemalloc (a trace moved to the calling line, or a new block when
 * the freelist is empty) and in the arguments' refcounts during the call.
 *
 * The table lists the builtins that are METH_VARARGS, per version, measured on CPython 3.11.7 / 3.12.1 /
 * 3.13.0 (a call right after gc.collect(), which empties the tuple freelist, leaves a new 1-tuple block).
 * The engine implements them as vectorcall functions; call sites check `varargsKind` and wrap the call.
 *
 * Order, as in CPython:
 *   - a method descriptor called with its self first (method_vectorcall_VARARGS[_KEYWORDS]): the keyword
 *     dict is built first, then the tuple; the tuple is released first, then the dict;
 *   - a builtin function or bound method (its vectorcall is NULL, so _PyObject_MakeTpCall): the tuple
 *     first, then the dict; released in the same order.
 */
import { PyObject, RT, decref, newref } from '../objects/object';
import { newTuple, type TupleObject } from '../objects/sequences';
import { newDict, dictSetItem, type DictObject } from '../objects/dict';
import type { PythonVersion } from '../index';

/** Which versions define the builtin METH_VARARGS ('all' = 3.11, 3.12 and 3.13). */
type Versions = 'all' | readonly PythonVersion[];
const UNTIL_312: readonly PythonVersion[] = ['3.11', '3.12'];

/** Qualified names (owner type or module, then name) of METH_VARARGS builtins. */
const VARARGS: ReadonlyMap<string, Versions> = new Map<string, Versions>([
  // Objects/dictobject.c: dict_update is METH_VARARGS | METH_KEYWORDS
  ['dict.update', 'all'],
  // Objects/odictobject.c: odict_update (mutablemapping_update) is METH_VARARGS | METH_KEYWORDS
  ['collections.OrderedDict.update', 'all'],
  // Objects/setobject.c: the n-ary set operations
  ['set.update', 'all'],
  ['set.union', 'all'],
  ['set.intersection', 'all'],
  ['set.intersection_update', 'all'],
  ['set.difference', 'all'],
  ['set.difference_update', 'all'],
  ['frozenset.union', 'all'],
  ['frozenset.intersection', 'all'],
  ['frozenset.difference', 'all'],
  // Objects/unicodeobject.c: str.format is METH_VARARGS | METH_KEYWORDS; the search methods became
  // Argument Clinic (METH_FASTCALL) functions in 3.13
  ['str.format', 'all'],
  ['str.startswith', UNTIL_312],
  ['str.endswith', UNTIL_312],
  ['str.count', UNTIL_312],
  ['str.find', UNTIL_312],
  ['str.index', UNTIL_312],
  ['str.rfind', UNTIL_312],
  ['str.rindex', UNTIL_312],
  // Objects/bytes_methods.c (shared by bytes and bytearray)
  ['bytes.startswith', UNTIL_312],
  ['bytes.endswith', UNTIL_312],
  ['bytes.count', UNTIL_312],
  ['bytes.find', UNTIL_312],
  ['bytes.index', UNTIL_312],
  ['bytes.rfind', UNTIL_312],
  ['bytes.rindex', UNTIL_312],
  ['bytearray.startswith', UNTIL_312],
  ['bytearray.endswith', UNTIL_312],
  ['bytearray.count', UNTIL_312],
  ['bytearray.find', UNTIL_312],
  ['bytearray.index', UNTIL_312],
  ['bytearray.rfind', UNTIL_312],
  ['bytearray.rindex', UNTIL_312],
  // Objects/typeobject.c: object.__subclasshook__ (METH_CLASS) became METH_O in 3.13
  ['object.__subclasshook__', UNTIL_312],
  // Python/bltinmodule.c: min() and max() became METH_FASTCALL | METH_KEYWORDS in 3.13
  ['builtins.max', UNTIL_312],
  ['builtins.min', UNTIL_312],
]);

/** The names in VARARGS: most builtins' answer needs no qualified name built. */
const VARARGS_NAMES: ReadonlySet<string> = new Set([...VARARGS.keys()].map((k) => k.slice(k.lastIndexOf('.') + 1)));

/**
 * Whether the builtin named `name` (of the type or module `owner`) is METH_VARARGS in the running version. Its
 * callers remember the answer on the object (objects/core_func.ts); a bound method made per call (print's
 * `file.write`) asks once per object, so this stays cheap: no cache of its own (a WeakMap entry per such
 * object cost a fifth of a print loop's time and as much again in V8's collector).
 */
export function isVarargsBuiltin(owner: string | null, name: string): boolean {
  // a static type's __new__ is tp_new_wrapper (Objects/typeobject.c add_tp_new_wrapper): METH_VARARGS | METH_KEYWORDS
  if (name === '__new__') return owner !== null;
  if (owner === null || !VARARGS_NAMES.has(name)) return false;
  const v = VARARGS.get(`${owner}.${name}`);
  return v !== undefined && (v === 'all' || v.includes(RT.profile.version));
}

/**
 * _PyObject_MakeTpCall's argument tuple for the vectorcall arguments `args[start .. start+nargs)`: the tuple
 * PyObject_Call from f(*t) passes itself (objects/core_func.ts exCallArgsTuple; `fromCall`: such a call can
 * be in progress), else a new one. New reference.
 */
export function tpCallTuple(args: PyObject[], start: number, nargs: number, fromCall = true): TupleObject {
  const ex = fromCall ? (RT.ext.exCallArgsTuple(args, start, nargs) as TupleObject | null) : null;
  if (ex !== null) return newref(ex);
  const items: PyObject[] = new Array(nargs);
  for (let i = 0; i < nargs; i++) items[i] = newref(args[start + i]);
  return newTuple(items);
}

/**
 * Its keyword dict (null without keywords): the dict PyObject_Call from f(*t, **d) passes itself, else
 * _PyStack_AsDict of the keyword values after the arguments. New reference.
 */
export function tpCallDict(args: PyObject[], start: number, nargs: number, kwnames: PyObject | null, fromCall = true): DictObject | null {
  const names = kwnames === null ? null : (kwnames as TupleObject).items;
  if (names === null || names.length === 0) return null;
  const ex = fromCall ? (RT.ext.exCallKwDict(args, start, nargs) as DictObject | null) : null;
  if (ex !== null) return newref(ex);
  const d = newDict();
  for (let k = 0; k < names.length; k++) dictSetItem(d, names[k], args[start + nargs + k]);
  return d;
}

/**
 * Call `body` with the arguments packed as a METH_VARARGS builtin receives them (`descrOrder`: the method
 * descriptor's order, keyword dict first). `args[start .. start+nargs)` are the positional arguments
 * (without self), followed by the keyword values named by `kwnames`.
 */
export function withPackedArgs<R>(
  args: PyObject[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
  descrOrder: boolean,
  body: () => R,
): R {
  // PyObject_Call from f(*t, **d) gives a builtin without vectorcall CALL_FUNCTION_EX's tuple and dict themselves
  const makeDict = (): DictObject | null => tpCallDict(args, start, nargs, kwnames, !descrOrder);
  const makeTuple = (): PyObject => tpCallTuple(args, start, nargs, !descrOrder);
  let kwdict: DictObject | null = null;
  let tuple: PyObject;
  if (descrOrder) {
    kwdict = makeDict();
    try {
      tuple = makeTuple();
    } catch (e) {
      if (kwdict !== null) decref(kwdict);
      throw e;
    }
  } else {
    tuple = makeTuple();
    try {
      kwdict = makeDict();
    } catch (e) {
      decref(tuple);
      throw e;
    }
  }
  const outerArgs = packedArgs;
  const outerStart = packedStart;
  const outerNargs = packedNargs;
  const outerKw = packedKw;
  packedArgs = args;
  packedStart = start;
  packedNargs = nargs;
  packedKw = kwdict;
  try {
    return body();
  } finally {
    packedArgs = outerArgs;
    packedStart = outerStart;
    packedNargs = outerNargs;
    packedKw = outerKw;
    decref(tuple);
    if (kwdict !== null) decref(kwdict);
  }
}

/** The call withPackedArgs is making (innermost): its arguments and keyword dict. */
let packedArgs: PyObject[] | null = null;
let packedStart = 0;
let packedNargs = 0;
let packedKw: DictObject | null = null;

/**
 * The keyword dict a METH_VARARGS | METH_KEYWORDS builtin receives for the call whose vectorcall arguments are
 * `args[start .. start+nargs)` (withPackedArgs), or null (no keywords, or not such a call). Borrowed: a builtin
 * that reads its keywords from a dict (dict_update_common) uses this one instead of building another. The
 * keyword values follow the positional arguments, so a call whose positional arguments end where the packed
 * ones do is that call (a slot wrapper's function gets them without self).
 */
export function varargsKwDict(args: PyObject[], start: number, nargs: number): DictObject | null {
  return packedArgs === args && start + nargs === packedStart + packedNargs ? packedKw : null;
}
