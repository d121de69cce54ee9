/**
 * _operator (CPython's Modules/_operator.c), natively: what Lib/operator.py re-exports with
 * `from _operator import *`.
 *   functions   one builtin function per operator, in CPython's PyMethodDef order, with Argument Clinic's
 *               conventions: METH_O for the one-operand ones (`_operator.neg() takes exactly one argument`),
 *               METH_FASTCALL positional-only for the others (`add expected 2 arguments, got 1`,
 *               `_operator.add() takes no keyword arguments`), `call` with keywords (3.11+);
 *   itemgetter  (nitems, item, index, vectorcall; basicsize 48): `item` is the single item, or with several
 *               the very argument tuple type_call packed; a non-negative exact int item indexes an exact
 *               tuple directly;
 *   attrgetter  (nattrs, attr, vectorcall; basicsize 40): `attr` is a new tuple of interned names, a dotted
 *               name becoming a tuple of its interned parts;
 *   methodcaller (name, args, kwds; basicsize 40 on 3.11/3.12, tp_call only: PyObject_GetAttr then
 *               PyObject_Call with the sliced arguments); 3.13.0 keeps the constructor's whole argument
 *               tuple (xargs, the name first) and adds vectorcall_args, vectorcall_kwnames and vectorcall
 *               (basicsize 64): the first call makes a PyMem array of len(xargs) + nkwds slots and the
 *               kwnames tuple, then each call is a PyObject_VectorcallMethod (no bound method).
 * The three types are heap types of the module in CPython (PyType_FromModuleAndSpec, immutable, GC): each
 * instance holds a reference to its type, which tp_traverse visits.
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, incref, decref, xdecref, newref } from '../../objects/object';
import { None, IntObject } from '../../objects/singletons';
import { T } from '../../objects/types';
import { E, raise, excMatches } from '../../objects/exceptions';
import { StrObject, newStr, intern } from '../../objects/str';
import { TupleObject, newTuple, EMPTY_TUPLE } from '../../objects/sequences';
import { newInt, newBool } from '../../objects/numbers';
import { BytesObject } from '../../objects/bytesobject';
import { DictObject, newDict, dictSetItem, dictSetStr, dictForEach } from '../../objects/dict';
import { onBootstrap, defineMethods, typeDict, staticStr, typeLookupName } from '../../objects/typeobject';
import { isMethodDescriptor } from '../../objects/typeflags';
import { packedArgsTuple, packedKwDict } from '../../objects/core_numbers';
import { lengthHint } from '../../objects/listmethods';
import type { MethFn } from '../../objects/funcobject';
import { NATIVE_MODULES, importModuleByName } from '../importer';
import * as A from '../abstract';
import { kwCount, noArgs } from '../args';
import { NB, CMP } from '../../compiler/opcodes';
import { nativeType, allocNative, freeNative, moduleFn, pyMinor } from './nativetype';

const GC = TPFLAGS.HAVE_GC;

export const ITEMGETTER_TYPE = nativeType('operator.itemgetter', 48, GC);
export const ATTRGETTER_TYPE = nativeType('operator.attrgetter', 40, GC);
/** basicsize per version (3.13 adds three fields): set when the module is imported */
export const METHODCALLER_TYPE = nativeType('operator.methodcaller', 40, GC);

class ItemGetterObject extends PyObject {
  nitems = 0;
  item: PyObject | null = null;
  /** -1 unless `item` is a single non-negative exact int */
  index = -1;
}

class AttrGetterObject extends PyObject {
  nattrs = 0;
  attr: TupleObject | null = null;
}

class MethodCallerObject extends PyObject {
  name: StrObject | null = null;
  /** 3.11/3.12 args: the call's positional arguments; 3.13 xargs: the constructor's whole argument tuple */
  args: TupleObject | null = null;
  kwds: DictObject | null = null;
  /**
   * 3.13: the PyMem array vectorcall_args (its values are borrowed: vcArgs) and the kwnames tuple (owned),
   * made by the first call
   */
  vcArgsAddr = 0;
  vcArgsBytes = 0;
  vcArgs: PyObject[] | null = null;
  vcKwnames: TupleObject | null = null;
}

/** 3.13 keeps the name as the first item of xargs; before, args holds the call's arguments only */
function mcArgsStart(): number {
  return pyMinor() >= 13 ? 1 : 0;
}

/** the positional arguments the method is called with (PyTuple_GetSlice(xargs, 1, n) on 3.13) */
function mcCallArgs(mc: MethodCallerObject): TupleObject {
  const args = mc.args!;
  if (mcArgsStart() === 0) return newref(args);
  const rest = args.items.slice(1);
  if (rest.length === 0) return newref(EMPTY_TUPLE);
  for (const x of rest) incref(x);
  return newTuple(rest);
}

// ------------------------------------------------------------------ argument conventions

/** METH_FASTCALL without METH_KEYWORDS (cfunction_vectorcall_FASTCALL), then _PyArg_CheckPositional */
function positional(name: string, n: number, kw: PyObject | null, min: number, max: number): void {
  if (kwCount(kw) > 0) raise(E.TypeError, `_operator.${name}() takes no keyword arguments`);
  checkPositional(name, n, min, max);
}

/** _PyArg_CheckPositional */
function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) {
    const s = min === 1 ? '' : 's';
    raise(E.TypeError, min === max ? `${name} expected ${min} argument${s}, got ${n}` : `${name} expected at least ${min} argument${s}, got ${n}`);
  }
  if (n > max) {
    const s = max === 1 ? '' : 's';
    raise(E.TypeError, min === max ? `${name} expected ${max} argument${s}, got ${n}` : `${name} expected at most ${max} argument${s}, got ${n}`);
  }
}

/** METH_O (cfunction_vectorcall_O) */
function methO(name: string, n: number, kw: PyObject | null): void {
  if (kwCount(kw) > 0) raise(E.TypeError, `_operator.${name}() takes no keyword arguments`);
  if (n !== 1) raise(E.TypeError, `_operator.${name}() takes exactly one argument (${n} given)`);
}

/** _PyArg_NoKeywords / _PyArg_NoKwnames: "name() takes no keyword arguments" */
function noKw(name: string, kw: PyObject | null): void {
  if (kwCount(kw) > 0) raise(E.TypeError, `${name}() takes no keyword arguments`);
}

const unary =
  (name: string, op: (a: PyObject) => PyObject): MethFn =>
  (_m, a, s, n, kw) => {
    methO(name, n, kw);
    return op(a[s]);
  };

const binary =
  (name: string, op: (a: PyObject, b: PyObject) => PyObject): MethFn =>
  (_m, a, s, n, kw) => {
    positional(name, n, kw, 2, 2);
    return op(a[s], a[s + 1]);
  };

const binop = (name: string, nb: number): MethFn => binary(name, (x, y) => A.binaryOp(x, y, nb));
const compare = (name: string, op: number): MethFn => binary(name, (x, y) => A.richCompare(x, y, op));

// ------------------------------------------------------------------ sequence helpers

/** PySequence_Check: a type with sq_item that is not a dict */
function sequenceCheck(o: PyObject): boolean {
  return !(o instanceof DictObject) && (o.ob_type.sq_concat !== null || RT.hasGetItem(o.ob_type));
}

/** PySequence_Concat / PySequence_InPlaceConcat */
function concat(a: PyObject, b: PyObject, inplace: boolean): PyObject {
  if (a.ob_type.sq_concat !== null || (sequenceCheck(a) && sequenceCheck(b)))
    return A.binaryOp(a, b, inplace ? NB.INPLACE_ADD : NB.ADD);
  raise(E.TypeError, `'${a.ob_type.tp_name}' object can't be concatenated`);
}

/** _PySequence_IterSearch: PY_ITERSEARCH_COUNT / PY_ITERSEARCH_INDEX */
function iterSearch(seq: PyObject, obj: PyObject, count: boolean): number {
  let it: PyObject;
  try {
    it = A.getIter(seq);
  } catch (e) {
    if (e instanceof PyErr && excMatches(e.exc, E.TypeError)) {
      decref(e.exc);
      raise(E.TypeError, `argument of type '${seq.ob_type.tp_name}' is not iterable`);
    }
    throw e;
  }
  let n = 0;
  try {
    for (let i = 0; ; i++) {
      const x = A.iterNext(it);
      if (x === null) break;
      let eq: boolean;
      try {
        eq = A.richCompareBool(x, obj, CMP.EQ);
      } finally {
        decref(x);
      }
      if (eq) {
        if (!count) return i;
        n++;
      }
    }
  } finally {
    decref(it);
  }
  if (!count) raise(E.ValueError, 'sequence.index(x): x not in sequence');
  return n;
}

/** PyNumber_Index: the int itself, an int subclass or __index__'s result copied to an exact int */
function numberIndex(o: PyObject): PyObject {
  if (o.ob_type === T.int) return newref(o);
  if (o instanceof IntObject) return newInt(o.value);
  const f = o.ob_type.nb_index;
  if (f === null) raise(E.TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const r = f(o);
  if (r.ob_type === T.int) return r;
  if (!(r instanceof IntObject)) {
    const n = r.ob_type.tp_name;
    decref(r);
    raise(E.TypeError, `__index__ returned non-int (type ${n})`);
  }
  const v = newInt(r.value);
  decref(r);
  return v;
}

/** the Py_ssize_t converter: _PyNumber_Index, then PyLong_AsSsize_t */
function ssize(o: PyObject): number {
  const v = A.indexValue(o);
  if (typeof v === 'bigint' || v > Number.MAX_SAFE_INTEGER || v < -Number.MAX_SAFE_INTEGER)
    raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

/** the bytes of a buffer (PyObject_GetBuffer, PyBUF_SIMPLE) */
function bufferBytes(o: PyObject): Uint8Array {
  if (o instanceof BytesObject) return o.value;
  raise(E.TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
}

/** _tscmp: equal contents (the timing does not matter here) */
function sameBytes(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compareDigest(a: PyObject, b: PyObject): PyObject {
  if (a instanceof StrObject && b instanceof StrObject) {
    if (!a.ascii || !b.ascii) raise(E.TypeError, 'comparing strings with non-ASCII characters is not supported');
    return newBool(a.value === b.value);
  }
  if (!(a instanceof BytesObject) && !(b instanceof BytesObject))
    raise(
      E.TypeError,
      `unsupported operand types(s) or combination of types: '${a.ob_type.tp_name}' and '${b.ob_type.tp_name}'`,
    );
  const va = bufferBytes(a);
  const vb = bufferBytes(b);
  return newBool(sameBytes(va, vb));
}

// ------------------------------------------------------------------ module functions (PyMethodDef order)

const FUNCS: [string, MethFn][] = [
  ['truth', unary('truth', (x) => newBool(A.isTrue(x)))],
  ['contains', binary('contains', (x, y) => newBool(A.contains(x, y)))],
  ['indexOf', binary('indexOf', (x, y) => newInt(iterSearch(x, y, false)))],
  ['countOf', binary('countOf', (x, y) => newInt(iterSearch(x, y, true)))],
  ['is_', binary('is_', (x, y) => newBool(x === y))],
  ['is_not', binary('is_not', (x, y) => newBool(x !== y))],
  ['index', unary('index', numberIndex)],
  ['add', binop('add', NB.ADD)],
  ['sub', binop('sub', NB.SUBTRACT)],
  ['mul', binop('mul', NB.MULTIPLY)],
  ['matmul', binop('matmul', NB.MATRIX_MULTIPLY)],
  ['floordiv', binop('floordiv', NB.FLOOR_DIVIDE)],
  ['truediv', binop('truediv', NB.TRUE_DIVIDE)],
  ['mod', binop('mod', NB.REMAINDER)],
  ['neg', unary('neg', A.negative)],
  ['pos', unary('pos', A.positive)],
  ['abs', unary('abs', A.absolute)],
  ['inv', unary('inv', A.invert)],
  ['invert', unary('invert', A.invert)],
  ['lshift', binop('lshift', NB.LSHIFT)],
  ['rshift', binop('rshift', NB.RSHIFT)],
  ['not_', unary('not_', (x) => newBool(!A.isTrue(x)))],
  ['and_', binop('and_', NB.AND)],
  ['xor', binop('xor', NB.XOR)],
  ['or_', binop('or_', NB.OR)],
  ['iadd', binop('iadd', NB.INPLACE_ADD)],
  ['isub', binop('isub', NB.INPLACE_SUBTRACT)],
  ['imul', binop('imul', NB.INPLACE_MULTIPLY)],
  ['imatmul', binop('imatmul', NB.INPLACE_MATRIX_MULTIPLY)],
  ['ifloordiv', binop('ifloordiv', NB.INPLACE_FLOOR_DIVIDE)],
  ['itruediv', binop('itruediv', NB.INPLACE_TRUE_DIVIDE)],
  ['imod', binop('imod', NB.INPLACE_REMAINDER)],
  ['ilshift', binop('ilshift', NB.INPLACE_LSHIFT)],
  ['irshift', binop('irshift', NB.INPLACE_RSHIFT)],
  ['iand', binop('iand', NB.INPLACE_AND)],
  ['ixor', binop('ixor', NB.INPLACE_XOR)],
  ['ior', binop('ior', NB.INPLACE_OR)],
  ['concat', binary('concat', (x, y) => concat(x, y, false))],
  ['iconcat', binary('iconcat', (x, y) => concat(x, y, true))],
  ['getitem', binary('getitem', A.getItem)],
  [
    'setitem',
    (_m, a, s, n, kw) => {
      positional('setitem', n, kw, 3, 3);
      A.setItem(a[s], a[s + 1], a[s + 2]);
      return newref(None);
    },
  ],
  [
    'delitem',
    binary('delitem', (x, y) => {
      A.delItem(x, y);
      return newref(None);
    }),
  ],
  ['pow', binop('pow', NB.POWER)],
  ['ipow', binop('ipow', NB.INPLACE_POWER)],
  ['eq', compare('eq', CMP.EQ)],
  ['ne', compare('ne', CMP.NE)],
  ['lt', compare('lt', CMP.LT)],
  ['le', compare('le', CMP.LE)],
  ['gt', compare('gt', CMP.GT)],
  ['ge', compare('ge', CMP.GE)],
  ['_compare_digest', binary('_compare_digest', compareDigest)],
  [
    'length_hint',
    (_m, a, s, n, kw) => {
      positional('length_hint', n, kw, 1, 2);
      const dflt = n > 1 ? ssize(a[s + 1]) : 0;
      const r = lengthHint(a[s], dflt);
      return newInt(r);
    },
  ],
  [
    'call',
    (_m, a, s, n, kw) => {
      // METH_FASTCALL | METH_KEYWORDS: PyObject_Vectorcall(obj, args + 1, nargs - 1, kwnames)
      checkPositional('call', n, 1, Number.MAX_SAFE_INTEGER);
      return A.call(a[s], a, s + 1, n - 1, kw);
    },
  ],
];

// ------------------------------------------------------------------ itemgetter

function itemgetterNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  noKw('itemgetter', kw);
  let item: PyObject;
  if (n <= 1) {
    // PyArg_UnpackTuple(args, "itemgetter", 1, 1)
    checkPositional('itemgetter', n, 1, 1);
    item = newref(a[s]);
  } else {
    // the argument tuple itself (type_call packed it)
    const packed = packedArgsTuple(a, s, n);
    if (packed !== null) item = newref(packed);
    else {
      const items = a.slice(s, s + n);
      for (const x of items) incref(x);
      item = newTuple(items);
    }
  }
  const ig = new ItemGetterObject(type);
  incref(type);
  allocNative(ig, false);
  ig.item = item;
  ig.nitems = n;
  if (item.ob_type === T.int) {
    const v = (item as IntObject).value;
    if (typeof v === 'number' && v >= 0) ig.index = v;
  }
  RT.gc.track(ig);
  return ig;
}

function itemgetterCall(o: PyObject, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  // itemgetter_vectorcall
  noKw('itemgetter', kw);
  checkPositional('itemgetter', n, 1, 1);
  const ig = o as ItemGetterObject;
  const obj = a[s];
  if (ig.nitems === 1) {
    if (ig.index >= 0 && obj.ob_type === T.tuple && ig.index < (obj as TupleObject).items.length)
      return newref((obj as TupleObject).items[ig.index]);
    return A.getItem(obj, ig.item!);
  }
  const keys = (ig.item as TupleObject).items;
  // PyTuple_New(nitems) first: a failing lookup releases the partly filled tuple
  const result = tupleOfNones(keys.length);
  try {
    for (let i = 0; i < keys.length; i++) setItem(result, i, A.getItem(obj, keys[i]));
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function itemgetterRepr(o: PyObject): PyObject {
  const ig = o as ItemGetterObject;
  const name = o.ob_type.tp_name;
  if (RT.ext.reprEnter(o)) return newStr(`${name}(...)`);
  try {
    return newStr(ig.nitems === 1 ? `${name}(${A.reprString(ig.item!)})` : `${name}${A.reprString(ig.item!)}`);
  } finally {
    RT.ext.reprLeave(o);
  }
}

// ------------------------------------------------------------------ attrgetter

/** _PyUnicode_InternMortal on 3.13, PyUnicode_InternInPlace before (immortal on 3.12) */
function internName(s: StrObject): StrObject {
  return intern(s, RT.profile.sysInternImmortal);
}

function attrgetterNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  noKw('attrgetter', kw);
  if (n <= 1) checkPositional('attrgetter', n, 1, 1);
  // PyTuple_New(nattrs) first, filled while the names are checked
  const attr = tupleOfNones(n);
  try {
    for (let i = 0; i < n; i++) {
      const item = a[s + i];
      if (!(item instanceof StrObject)) raise(E.TypeError, 'attribute name must be a string');
      const parts = item.value.split('.');
      if (parts.length === 1) {
        incref(item);
        setItem(attr, i, internName(item));
      } else {
        const chain = tupleOfNones(parts.length);
        for (let j = 0; j < parts.length; j++) setItem(chain, j, internName(newStr(parts[j])));
        setItem(attr, i, chain);
      }
    }
  } catch (e) {
    decref(attr);
    throw e;
  }
  const ag = new AttrGetterObject(type);
  incref(type);
  allocNative(ag, false);
  ag.attr = attr;
  ag.nattrs = n;
  RT.gc.track(ag);
  return ag;
}

/** PyTuple_New(n) (n > 0): a tuple whose slots setItem fills */
function tupleOfNones(n: number): TupleObject {
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) items.push(newref(None));
  return newTuple(items);
}

/** PyTuple_SET_ITEM over a placeholder (steals v) */
function setItem(t: TupleObject, i: number, v: PyObject): void {
  const old = t.items[i];
  t.items[i] = v;
  decref(old);
}

/** dotted_getattr */
function dottedGetattr(obj: PyObject, attr: PyObject): PyObject {
  if (attr instanceof TupleObject) {
    let cur = newref(obj);
    for (const name of attr.items) {
      try {
        const next = A.getAttr(cur, name as StrObject);
        decref(cur);
        cur = next;
      } catch (e) {
        decref(cur);
        throw e;
      }
    }
    return cur;
  }
  return A.getAttr(obj, attr as StrObject);
}

function attrgetterCall(o: PyObject, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  noKw('attrgetter', kw);
  checkPositional('attrgetter', n, 1, 1);
  const ag = o as AttrGetterObject;
  const obj = a[s];
  const attrs = ag.attr!.items;
  if (ag.nattrs === 1) return dottedGetattr(obj, attrs[0]);
  const result = tupleOfNones(attrs.length);
  try {
    for (let i = 0; i < attrs.length; i++) setItem(result, i, dottedGetattr(obj, attrs[i]));
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** dotjoinattr over every name: attrgetter_args (a new tuple of str) */
function attrgetterArgs(ag: AttrGetterObject): TupleObject {
  return newTuple(
    ag.attr!.items.map((x) => (x instanceof TupleObject ? newStr(x.items.map((p) => (p as StrObject).value).join('.')) : newref(x))),
  );
}

function attrgetterRepr(o: PyObject): PyObject {
  const ag = o as AttrGetterObject;
  const name = o.ob_type.tp_name;
  if (RT.ext.reprEnter(o)) return newStr(`${name}(...)`);
  try {
    const args = attrgetterArgs(ag);
    try {
      return newStr(ag.nattrs === 1 ? `${name}(${A.reprString(args.items[0])})` : `${name}${A.reprString(args)}`);
    } finally {
      decref(args);
    }
  } finally {
    RT.ext.reprLeave(o);
  }
}

// ------------------------------------------------------------------ methodcaller

function methodcallerNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  if (n < 1) raise(E.TypeError, 'methodcaller needs at least one argument, the method name');
  const name = a[s];
  if (!(name instanceof StrObject)) raise(E.TypeError, 'method name must be a string');
  const mc = new MethodCallerObject(type);
  incref(type);
  allocNative(mc, false);
  const nkw = kwCount(kw);
  if (pyMinor() >= 13) {
    // 3.13.0: xargs = Py_XNewRef(args), kwds, the interned name, then _methodcaller_initialize_vectorcall
    mc.args = packedTuple(a, s, n);
    mc.kwds = nkw > 0 ? kwDict(a, s, n, kw!) : null;
    incref(name);
    mc.name = internName(name);
  } else {
    // the keyword dict type_call made (_PyStack_AsDict), kept as it is
    mc.kwds = nkw > 0 ? kwDict(a, s, n, kw!) : null;
    incref(name);
    mc.name = internName(name);
    // PyTuple_GetSlice(args, 1, n)
    const rest = a.slice(s + 1, s + n);
    for (const x of rest) incref(x);
    mc.args = rest.length === 0 ? newref(EMPTY_TUPLE) : newTuple(rest);
  }
  RT.gc.track(mc);
  return mc;
}

/**
 * The argument tuple of a tp_call: the one type_call packed or f(*t)'s exact tuple, else one made like
 * _PyObject_MakeTpCall's. New reference.
 */
function packedTuple(a: PyObject[], s: number, n: number): TupleObject {
  const packed = packedArgsTuple(a, s, n) ?? (RT.ext.exCallArgsTuple(a, s, n) as TupleObject | null);
  if (packed !== null) return newref(packed);
  if (n === 0) return newref(EMPTY_TUPLE);
  const items = a.slice(s, s + n);
  for (const x of items) incref(x);
  return newTuple(items);
}

/** the keyword dict type_call packed (_PyStack_AsDict), or one made like it when the call packed none */
function kwDict(a: PyObject[], s: number, n: number, kw: PyObject): DictObject {
  const packed = packedKwDict(a, s, n);
  if (packed !== null) return newref(packed);
  const d = newDict();
  const names = (kw as TupleObject).items;
  for (let i = 0; i < names.length; i++) dictSetItem(d, names[i], a[s + n + i]);
  return d;
}

function methodcallerClear(o: PyObject): void {
  const mc = o as MethodCallerObject;
  const name = mc.name;
  mc.name = null;
  xdecref(name);
  const args = mc.args;
  mc.args = null;
  xdecref(args);
  const kwds = mc.kwds;
  mc.kwds = null;
  xdecref(kwds);
  if (mc.vcArgs !== null) {
    RT.heap.free(mc.vcArgsAddr, mc.vcArgsBytes);
    mc.vcArgsAddr = 0;
    mc.vcArgs = null;
    const kn = mc.vcKwnames;
    mc.vcKwnames = null;
    xdecref(kn);
  }
}

/** methodcaller_call (tp_call, 3.11/3.12: _PyObject_MakeTpCall packed the arguments) */
function methodcallerTpCall(mc: MethodCallerObject, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  // _PyObject_MakeTpCall: the argument tuple, then the keyword dict, released in that order
  const argsT = packedTuple(a, s, n);
  let kwdict: DictObject | null = null;
  try {
    const nkw = kwCount(kw);
    if (nkw > 0) {
      kwdict = newDict();
      const names = (kw as TupleObject).items;
      for (let i = 0; i < nkw; i++) dictSetItem(kwdict, names[i], a[s + n + i]);
    }
    noKw('methodcaller', kw);
    checkPositional('methodcaller', n, 1, 1);
    const method = A.getAttr(a[s], mc.name!);
    try {
      const callArgs = mcCallArgs(mc);
      try {
        return RT.ext.callEx(method, callArgs, mc.kwds);
      } finally {
        decref(callArgs);
      }
    } finally {
      decref(method);
    }
  } finally {
    decref(argsT);
    xdecref(kwdict);
  }
}

/**
 * _methodcaller_initialize_vectorcall (3.13.0, at the first call): PyMem_Calloc(len(xargs) + nkwds, 8) for
 * the object's slot, the arguments and the keyword values, and the kwnames tuple
 */
function initVectorcall(mc: MethodCallerObject): PyObject[] {
  const nkw = mc.kwds === null ? 0 : mc.kwds.table.used;
  mc.vcArgsBytes = 8 * (mc.args!.items.length + nkw);
  mc.vcArgsAddr = RT.heap.malloc(mc.vcArgsBytes);
  const vals = mc.args!.items.slice();
  if (nkw > 0) {
    const keys: PyObject[] = [];
    dictForEach(mc.kwds!, (k, v) => {
      keys.push(newref(k));
      vals.push(v);
    });
    mc.vcKwnames = newTuple(keys);
  }
  mc.vcArgs = vals;
  return vals;
}

function methodcallerCall(o: PyObject, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  const mc = o as MethodCallerObject;
  if (pyMinor() < 13) return methodcallerTpCall(mc, a, s, n, kw);
  // methodcaller_vectorcall: the positional check comes first
  checkPositional('methodcaller', n, 1, 1);
  noKw('methodcaller', kw);
  const obj = a[s];
  const vcArgs = mc.vcArgs ?? initVectorcall(mc);
  // vectorcall_args[0] = the object, then PyObject_VectorcallMethod(name, vectorcall_args, len(xargs), kwnames)
  const stack = vcArgs.slice();
  stack[0] = obj;
  const nargs = mc.args!.items.length;
  // _PyObject_GetMethod: no bound method for a method descriptor
  const unbound = getMethod(obj, mc.name!);
  const callable = unbound ?? A.getAttrForMethod(obj, mc.name!);
  try {
    return unbound !== null
      ? A.call(callable, stack, 0, nargs, mc.vcKwnames)
      : A.call(callable, stack, 1, nargs - 1, mc.vcKwnames);
  } finally {
    decref(callable);
  }
}

/**
 * _PyObject_GetMethod's unbound outcome: the attribute found on the type when it is a method descriptor
 * (Py_TPFLAGS_METHOD_DESCRIPTOR) the instance dict does not shadow, with the generic getattr. New reference,
 * or null (then the caller gets the attribute).
 */
function getMethod(obj: PyObject, name: StrObject): PyObject | null {
  const tp = obj.ob_type;
  if (tp.tp_getattro !== RT.genericGetAttr) return null;
  const descr = typeLookupName(tp, name);
  if (descr === null || !isMethodDescriptor(descr.ob_type)) return null;
  const d = obj.dict as DictObject | null;
  if (d !== null && d.table.get(name) !== undefined) return null;
  return newref(descr);
}

function methodcallerRepr(o: PyObject): PyObject {
  const mc = o as MethodCallerObject;
  const name = o.ob_type.tp_name;
  if (RT.ext.reprEnter(o)) return newStr(`${name}(...)`);
  try {
    const parts = [A.reprString(mc.name!)];
    const args = mc.args!.items;
    for (let i = mcArgsStart(); i < args.length; i++) parts.push(A.reprString(args[i]));
    if (mc.kwds !== null) dictForEach(mc.kwds, (k, v) => parts.push(`${A.strString(k)}=${A.reprString(v)}`));
    return newStr(`${name}(${parts.join(', ')})`);
  } finally {
    RT.ext.reprLeave(o);
  }
}

// ------------------------------------------------------------------ slots

function heapTypeDealloc(clear: (o: PyObject) => void): (o: PyObject) => void {
  return (o) => {
    const tp = o.ob_type;
    RT.gc.untrack(o);
    clear(o);
    freeNative(o);
    decref(tp);
  };
}

onBootstrap(() => {
  const it = ITEMGETTER_TYPE;
  it.tp_doc =
    'Return a callable object that fetches the given item(s) from its operand.\n' +
    'After f = itemgetter(2), the call f(r) returns r[2].\n' +
    'After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])';
  it.tp_new = itemgetterNew;
  it.tp_call = itemgetterCall;
  it.tp_repr = itemgetterRepr;
  const igClear = (o: PyObject): void => {
    const ig = o as ItemGetterObject;
    const item = ig.item;
    ig.item = null;
    xdecref(item);
  };
  it.tp_traverse = (o, visit) => {
    visit(o.ob_type);
    const ig = o as ItemGetterObject;
    if (ig.item !== null) visit(ig.item);
  };
  it.tp_clear = igClear;
  it.tp_dealloc = heapTypeDealloc(igClear);
  defineMethods(it, {
    __reduce__: {
      doc: 'Return state information for pickling',
      fn: (o, _a, _s, n, kw) => {
        noArgs('itemgetter.__reduce__', n, kw);
        const ig = o as ItemGetterObject;
        // Py_BuildValue("O(O)") / PyTuple_Pack(2, type, item)
        if (ig.nitems === 1) return newTuple([newref(o.ob_type), newTuple([newref(ig.item!)])]);
        return newTuple([newref(o.ob_type), newref(ig.item!)]);
      },
    },
  });

  const at = ATTRGETTER_TYPE;
  at.tp_doc =
    'Return a callable object that fetches the given attribute(s) from its operand.\n' +
    "After f = attrgetter('name'), the call f(r) returns r.name.\n" +
    "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n" +
    "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n" +
    '(r.name.first, r.name.last).';
  at.tp_new = attrgetterNew;
  at.tp_call = attrgetterCall;
  at.tp_repr = attrgetterRepr;
  const agClear = (o: PyObject): void => {
    const ag = o as AttrGetterObject;
    const attr = ag.attr;
    ag.attr = null;
    xdecref(attr);
  };
  at.tp_traverse = (o, visit) => {
    const ag = o as AttrGetterObject;
    if (ag.attr !== null) visit(ag.attr);
    visit(o.ob_type);
  };
  at.tp_clear = agClear;
  at.tp_dealloc = heapTypeDealloc(agClear);
  defineMethods(at, {
    __reduce__: {
      doc: 'Return state information for pickling',
      fn: (o, _a, _s, n, kw) => {
        noArgs('attrgetter.__reduce__', n, kw);
        return newTuple([newref(o.ob_type), attrgetterArgs(o as AttrGetterObject)]);
      },
    },
  });

  const mt = METHODCALLER_TYPE;
  mt.tp_doc =
    'Return a callable object that calls the given method on its operand.\n' +
    "After f = methodcaller('name'), the call f(r) returns r.name().\n" +
    "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n" +
    "r.name('date', foo=1).";
  mt.tp_new = methodcallerNew;
  mt.tp_call = methodcallerCall;
  mt.tp_repr = methodcallerRepr;
  mt.tp_traverse = (o, visit) => {
    const mc = o as MethodCallerObject;
    if (mc.name !== null) visit(mc.name);
    if (mc.args !== null) visit(mc.args);
    if (mc.kwds !== null) visit(mc.kwds);
    visit(o.ob_type);
  };
  mt.tp_clear = methodcallerClear;
  mt.tp_dealloc = heapTypeDealloc(methodcallerClear);
  defineMethods(mt, {
    __reduce__: {
      doc: 'Return state information for pickling',
      fn: (o, _a, _s, n, kw) => {
        noArgs('methodcaller.__reduce__', n, kw);
        const mc = o as MethodCallerObject;
        if (mc.kwds === null || mc.kwds.table.used === 0) {
          const items = [newref(mc.name!) as PyObject, ...mc.args!.items.slice(mcArgsStart()).map((x) => newref(x))];
          return newTuple([newref(o.ob_type), newTuple(items)]);
        }
        // partial(type(mc), name, **kwds), args
        // _PyImport_GetModuleAttrString("functools", "partial")
        const modName = newStr('functools');
        let partial: PyObject;
        try {
          const functools = importModuleByName(modName, EMPTY_TUPLE, None);
          try {
            partial = A.getAttrStr(functools, 'partial');
          } finally {
            decref(functools);
          }
        } finally {
          decref(modName);
        }
        // callEx borrows its argument tuple (PyObject_Call)
        const pargs = newTuple([newref(o.ob_type), newref(mc.name!)]);
        try {
          const ctor = RT.ext.callEx(partial, pargs, mc.kwds);
          return newTuple([ctor, mcCallArgs(mc)]);
        } finally {
          decref(pargs);
          decref(partial);
        }
      },
    },
  });

  // heap types in CPython (PyType_FromModuleAndSpec): __module__ lives in the type's dict
  for (const tp of [it, at, mt]) dictSetStr(typeDict(tp), '__module__', staticStr('operator'));
});

NATIVE_MODULES._operator = () => {
  const m = RT.ext.newModule('_operator');
  const d = m.dict as DictObject;
  const doc = newStr(
    'Operator interface.\n\n' +
      'This module exports a set of functions implemented in C corresponding\n' +
      'to the intrinsic operators of Python.  For example, operator.add(x, y)\n' +
      'is equivalent to the expression x+y.  The function names are those\n' +
      "used for special methods; variants without leading and trailing\n'__' are also provided for convenience.",
  );
  dictSetStr(d, '__doc__', doc);
  decref(doc);
  METHODCALLER_TYPE.tp_basicsize = pyMinor() >= 13 ? 64 : 40;
  for (const [name, f] of FUNCS) moduleFn(m, name, f);
  // operator_exec: the three types, in this order
  dictSetStr(d, 'attrgetter', ATTRGETTER_TYPE);
  dictSetStr(d, 'itemgetter', ITEMGETTER_TYPE);
  dictSetStr(d, 'methodcaller', METHODCALLER_TYPE);
  return m;
};
