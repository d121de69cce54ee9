/**
 * Slots of object, type, NoneType, NotImplementedType, ellipsis, int, bool and float. Methods beyond the
 * slots (int.bit_length, float.hex, ...) live in numbermethods.ts.
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, newref } from './object';
import { T } from './types';
import { None, NotImplemented, Ellipsis, True, False, IntObject } from './singletons';
import { E, raise } from './exceptions';
import { newStr, newStrFresh, StrObject, ID } from './str';
import { FloatObject, newInt, newIntAlloc, newFloat, newBool, intDealloc, floatDealloc, intHash, floatHash } from './numbers';
import {
  onBootstrap, objectRepr, objectHash, objectRichCompare, objectNew, objectInit, genericGetAttr, genericSetAttr,
  typeGetAttr, typeSetAttr, typeRepr, heapTypeDealloc, enterInitFor,
} from './typeobject';
import { CMP } from '../compiler/opcodes';
import { repr as A_repr } from '../vm/abstract';
import { tpCallTuple, tpCallDict } from '../vm/callconv';
import { freeObject } from '../memory/heap';
import type { TupleObject } from './sequences';
import type { DictObject } from './dict';
import {
  intAdd, intSub, intMul, intFloorDiv, intMod, intDivmod, intTrueDiv, intPow, intPowMod, intNeg, intAbs,
  intAnd, intOr, intXor, intInvert, intLshift, intRshift, intCompare, intSign, intToDecimal, floatFloorDiv,
  floatMod, floatDivmod, floatPow, floatTrueDiv, intToFloat, ndigits, type PyInt,
} from '../lib/intops';
import { floatRepr } from '../lib/floatrepr';
import {
  addDigits, subDigits, mulDigits, powWithDigits, lshiftDigits, rshiftDigits, invertDigits, bitwiseDigits,
  divmodDigits, floorDivDigits, modDigits, SAME,
} from '../lib/longalloc';
import { hashBool, PyHash } from '../lib/pyhash';
import { hashNone } from '../lib/pyhash';

const asIntV = (o: PyObject): PyInt | null => (o instanceof IntObject ? o.value : null);

/** Whether a three-way comparison result `c` satisfies rich-comparison `op` (CMP.*). */
export function cmpBool(c: number, op: number): boolean {
  switch (op) {
    case CMP.LT:
      return c < 0;
    case CMP.LE:
      return c <= 0;
    case CMP.EQ:
      return c === 0;
    case CMP.NE:
      return c !== 0;
    case CMP.GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

/**
 * An int binary slot: `f` computes the value, `digits` how many digits CPython allocates for it
 * (lib/longalloc.ts; SAME: the result is the left operand itself).
 */
function intBin(f: (a: PyInt, b: PyInt) => PyInt, digits: (a: PyInt, b: PyInt) => number) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = asIntV(a);
    const y = asIntV(b);
    if (x === null || y === null) return newref(NotImplemented);
    const r = f(x, y);
    const nd = digits(x, y);
    if (nd === SAME && a.ob_type === T.int) return newref(a);
    return newIntAlloc(r, nd);
  };
}

/** int + int (long_add), also the eval loop's fast path. New reference. */
export function intAddObject(a: PyInt, b: PyInt): PyObject {
  return newIntAlloc(intAdd(a, b), addDigits(a, b));
}

/** int - int (long_sub), also the eval loop's fast path. New reference. */
export function intSubObject(a: PyInt, b: PyInt): PyObject {
  return newIntAlloc(intSub(a, b), subDigits(a, b));
}

/** Compare an int with a float exactly (CPython's float_richcompare logic). */
function compareIntFloat(i: PyInt, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : 0;
  const fi = Math.trunc(f);
  const bi = BigInt(fi);
  if (i < bi) return -1;
  if (i > bi) return 1;
  const frac = f - fi;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

function floatOperand(o: PyObject): number | null {
  if (o instanceof FloatObject) return o.value;
  if (o instanceof IntObject) return typeof o.value === 'number' ? o.value : intToFloat(o.value);
  return null;
}

function floatBin(f: (a: number, b: number) => number) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = floatOperand(a);
    const y = floatOperand(b);
    if (x === null || y === null) return newref(NotImplemented);
    return newFloat(f(x, y));
  };
}

export function floatReprStr(x: number): string {
  return floatRepr(x);
}

onBootstrap(() => {
  // ---------------------------------------------------------------- object
  const o = T.object;
  o.tp_repr = objectRepr;
  // object_str: str(o) is repr(o) unless a type overrides __str__
  o.tp_str = (x) => A_repr(x);
  o.tp_hash = objectHash;
  o.tp_richcompare = objectRichCompare;
  o.tp_getattro = genericGetAttr;
  o.tp_setattro = genericSetAttr;
  o.tp_new = objectNew;
  o.tp_init = objectInit;
  o.tp_dealloc = (x) => {
    freeObject(x, x.ob_type.tp_basicsize);
    decref(x.ob_type);
  };
  // ---------------------------------------------------------------- type
  const ty = T.type;
  ty.tp_repr = typeRepr;
  ty.tp_getattro = typeGetAttr;
  ty.tp_setattro = typeSetAttr;
  ty.tp_dealloc = heapTypeDealloc;
  // typeCall itself, not a closure calling it: CALL reaches it for every class instantiation
  ty.tp_call = typeCall as NonNullable<PyType['tp_call']>;
  // ---------------------------------------------------------------- None, NotImplemented, Ellipsis
  T.NoneType.tp_repr = () => newStr('None');
  T.NoneType.nb_bool = () => false;
  T.NoneType.tp_hash = (x) => hashNone(RT.profile.version, x.addr, new PyHash());
  T.NoneType.tp_new = (_t, _a, _s, n) => {
    if (n > 0) raise(E.TypeError, 'NoneType takes no arguments');
    return newref(None);
  };
  T.NotImplementedType.tp_repr = () => newStr('NotImplemented');
  T.NotImplementedType.nb_bool = () => true;
  T.ellipsis.tp_repr = () => newStr('Ellipsis');
  // ---------------------------------------------------------------- int
  const it = T.int;
  it.tp_dealloc = intDealloc;
  it.tp_hash = intHash;
  // long_to_decimal_string: a new str even for one digit (PyUnicode_New, no latin-1 singleton), made while
  // the conversion's scratch int (_PyLong_New(1 + size_a + size_a / 99)) is alive: it counts in the peak
  it.tp_repr = (x) => {
    const v = (x as IntObject).value;
    const text = intToDecimal(v, RT.intMaxStrDigits);
    const sizeA = ndigits(v);
    const scratchBytes = RT.profile.sizes.intHeader + 4 * (1 + sizeA + Math.floor(sizeA / 99));
    const scratch = RT.heap.malloc(scratchBytes);
    try {
      return newStrFresh(text);
    } finally {
      RT.heap.free(scratch, scratchBytes);
    }
  };
  it.tp_richcompare = (a, b, op) => {
    const x = asIntV(a);
    if (x === null) return newref(NotImplemented);
    const y = asIntV(b);
    if (y === null) return newref(NotImplemented);
    return newBool(cmpBool(intCompare(x, y), op));
  };
  it.nb_add = intBin(intAdd, addDigits);
  it.nb_subtract = intBin(intSub, subDigits);
  it.nb_multiply = intBin(intMul, mulDigits);
  // the division checks (ZeroDivisionError) run before the digit counts are asked for
  it.nb_floor_divide = intBin((a, b) => intFloorDiv(a, b), floorDivDigits);
  it.nb_remainder = intBin((a, b) => intMod(a, b), modDigits);
  it.nb_divmod = (a, b) => {
    const x = asIntV(a);
    const y = asIntV(b);
    if (x === null || y === null) return newref(NotImplemented);
    const [q, r] = intDivmod(x, y);
    const [qd, rd] = divmodDigits(x, y);
    const qo = newIntAlloc(q, qd);
    return RT.ext.newTuple2(qo, rd === SAME && a.ob_type === T.int ? newref(a) : newIntAlloc(r, rd));
  };
  it.nb_true_divide = (a, b) => {
    const x = asIntV(a);
    const y = asIntV(b);
    if (x === null || y === null) return newref(NotImplemented);
    return newFloat(intTrueDiv(x, y));
  };
  it.nb_power = (a, b, m) => {
    const x = asIntV(a);
    const y = asIntV(b);
    if (x === null || y === null) return newref(NotImplemented);
    if (m !== None) {
      const z = asIntV(m);
      if (z === null) return newref(NotImplemented);
      return newInt(intPowMod(x, y, z));
    }
    if (intSign(y) < 0) return newFloat(intPow(x, y) as number);
    const [r, nd] = powWithDigits(x, y);
    return newIntAlloc(r, nd);
  };
  it.nb_negative = (a) => newInt(intNeg((a as IntObject).value));
  it.nb_positive = (a) => (a.ob_type === T.int ? newref(a) : newInt((a as IntObject).value));
  it.nb_absolute = (a) => newInt(intAbs((a as IntObject).value));
  it.nb_invert = (a) => newIntAlloc(intInvert((a as IntObject).value), invertDigits((a as IntObject).value));
  it.nb_bool = (a) => intSign((a as IntObject).value) !== 0;
  it.nb_and = intBin(intAnd, (a, b) => bitwiseDigits(a, '&', b));
  it.nb_or = intBin(intOr, (a, b) => bitwiseDigits(a, '|', b));
  it.nb_xor = intBin(intXor, (a, b) => bitwiseDigits(a, '^', b));
  it.nb_lshift = intBin(intLshift, lshiftDigits);
  it.nb_rshift = intBin(intRshift, rshiftDigits);
  it.nb_int = (a) => (a.ob_type === T.int ? newref(a) : newInt((a as IntObject).value));
  it.nb_index = it.nb_int;
  it.nb_float = (a) => newFloat(intToFloat((a as IntObject).value));
  it.tp_new = (type, args, start, nargs, kwnames) => RT.ext.intNew(type, args, start, nargs, kwnames);
  // ---------------------------------------------------------------- bool
  const bt = T.bool;
  // bool_repr: the statically allocated identifiers (&_Py_ID(True) / &_Py_ID(False)), not new strings
  bt.tp_repr = (x) => newref(ID(x === True ? 'True' : 'False'));
  bt.tp_hash = (x) => hashBool(x === True, new PyHash());
  bt.tp_dealloc = () => undefined;
  const boolOp = (f: (a: boolean, b: boolean) => boolean, fallback: (a: PyObject, b: PyObject) => PyObject) =>
    (a: PyObject, b: PyObject): PyObject => {
      if (a.ob_type === T.bool && b.ob_type === T.bool) return newBool(f(a === True, b === True));
      return fallback(a, b);
    };
  bt.nb_and = boolOp((a, b) => a && b, it.nb_and);
  bt.nb_or = boolOp((a, b) => a || b, it.nb_or);
  bt.nb_xor = boolOp((a, b) => a !== b, it.nb_xor);
  bt.tp_new = (_type, args, start, nargs, kwnames) => {
    if (kwnames !== null && (kwnames as any).items.length > 0) raise(E.TypeError, 'bool() takes no keyword arguments');
    if (nargs > 1) raise(E.TypeError, `bool expected at most 1 argument, got ${nargs}`);
    return newBool(nargs === 0 ? false : RT.isTrue(args[start]));
  };
  // ---------------------------------------------------------------- float
  const ft = T.float;
  ft.tp_dealloc = floatDealloc;
  ft.tp_hash = floatHash;
  ft.tp_repr = (x) => newStr(floatRepr((x as FloatObject).value));
  ft.tp_richcompare = (a, b, op) => {
    const x = (a as FloatObject).value;
    if (!(a instanceof FloatObject)) return newref(NotImplemented);
    let c: number;
    if (b instanceof FloatObject) {
      const y = b.value;
      c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
    } else if (b instanceof IntObject) {
      c = -compareIntFloat(b.value, x);
    } else return newref(NotImplemented);
    if (Number.isNaN(c)) return newBool(op === CMP.NE);
    return newBool(cmpBool(c, op));
  };
  ft.nb_add = floatBin((a, b) => a + b);
  ft.nb_subtract = floatBin((a, b) => a - b);
  ft.nb_multiply = floatBin((a, b) => a * b);
  ft.nb_true_divide = floatBin((a, b) => floatTrueDiv(a, b));
  ft.nb_floor_divide = floatBin((a, b) => floatFloorDiv(a, b));
  ft.nb_remainder = floatBin((a, b) => floatMod(a, b, RT.profile.version));
  ft.nb_divmod = (a, b) => {
    const x = floatOperand(a);
    const y = floatOperand(b);
    if (x === null || y === null) return newref(NotImplemented);
    const [q, r] = floatDivmod(x, y);
    return RT.ext.newTuple2(newFloat(q), newFloat(r));
  };
  ft.nb_power = (a, b, m) => {
    const x = floatOperand(a);
    const y = floatOperand(b);
    if (x === null || y === null) return newref(NotImplemented);
    if (m !== None) raise(E.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
    const r = floatPow(x, y);
    if (r === null) return RT.ext.complexPow(x, y);
    return newFloat(r);
  };
  ft.nb_negative = (a) => newFloat(-(a as FloatObject).value);
  ft.nb_positive = (a) => (a.ob_type === T.float ? newref(a) : newFloat((a as FloatObject).value));
  ft.nb_absolute = (a) => newFloat(Math.abs((a as FloatObject).value));
  ft.nb_bool = (a) => (a as FloatObject).value !== 0;
  ft.nb_float = (a) => (a.ob_type === T.float ? newref(a) : newFloat((a as FloatObject).value));
  ft.nb_int = (a) => RT.ext.floatToIntObj((a as FloatObject).value);
  ft.tp_new = (type, args, start, nargs, kwnames) => RT.ext.floatNew(type, args, start, nargs, kwnames);
});

/** type.__call__: tp_new then tp_init when the result is an instance of the type. */
/**
 * Static types with a tp_vectorcall (measured on 3.11-3.13): CALL on them bypasses type_call. For every other
 * type (bytes, complex, slice, property, exceptions, classes, zip...) CPython's CALL goes through
 * _PyObject_MakeTpCall, which packs the positional arguments into a tuple (and keyword arguments into a
 * dict) held for the duration of the call: visible to tracemalloc (the tuple freelist) and in refcounts.
 */
let vectorcallTypes: { version: string; set: Set<PyType> } | null = null;
export function hasTypeVectorcall(type: PyType): boolean {
  const v = RT.profile.version;
  if (vectorcallTypes === null || vectorcallTypes.version !== v) {
    const set = new Set<PyType>([
      T.type, T.object, T.bool, T.float, T.list, T.tuple, T.dict, T.set, T.frozenset, T.range,
      T.enumerate, T.reversed, T.map, T.filter, T.super,
    ]);
    if (v !== '3.11' && v !== '3.12') {
      set.add(T.int); // long_vectorcall and unicode_vectorcall are new in 3.13
      set.add(T.str);
    }
    vectorcallTypes = { version: v, set };
  }
  return vectorcallTypes.set.has(type);
}

export function typeCall(type: PyType, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  // type_vectorcall handles only type(x) itself; type(name, bases, ns) falls back to _PyObject_MakeTpCall.
  // (Heap types never have a vectorcall: the flag test spares the set lookup for every class instantiation.)
  // long_vectorcall and unicode_vectorcall (3.13) hand a call with keywords to _PyObject_MakeTpCall too.
  // 3.13 CALL_ALLOC_AND_ENTER_INIT: the eval loop's CALL slots [NULL, class, args...] go to the __init__ frame
  const init = enterInitFor(type, nargs);
  if (init !== null && start >= 2 && args[start - 1] === type && args[start - 2] === null) {
    return RT.ext.allocAndEnterInit(type, init, args, start, nargs);
  }
  const hasKw = kwnames !== null && (kwnames as TupleObject).items.length > 0;
  const typeFallback = (type === T.type && (nargs !== 1 || hasKw)) || (hasKw && (type === T.int || type === T.str));
  if ((type.tp_flags & TPFLAGS.HEAPTYPE) === 0 && !typeFallback && hasTypeVectorcall(type)) {
    return typeCallImpl(type, args, start, nargs, kwnames);
  }
  // _PyObject_MakeTpCall: the argument tuple, then the keyword dict (_PyStack_AsDict), released in that order;
  // PyObject_Call from f(*t) / f(*t, **kw) passes its exact tuple and dict themselves
  const argsTuple = tpCallTuple(args, start, nargs);
  let kwdict: DictObject | null = null;
  // the enclosing packed call, restored on the way out (the packed* variables: no record object per call)
  const outerArgs = packedArgs;
  const outerStart = packedStart;
  const outerNargs = packedNargs;
  const outerTuple = packedTuple;
  const outerKw = packedKw;
  packedArgs = args;
  packedStart = start;
  packedNargs = nargs;
  packedTuple = argsTuple;
  packedKw = null;
  try {
    kwdict = tpCallDict(args, start, nargs, kwnames);
    packedKw = kwdict;
    return typeCallImpl(type, args, start, nargs, kwnames);
  } finally {
    packedArgs = outerArgs;
    packedStart = outerStart;
    packedNargs = outerNargs;
    packedTuple = outerTuple;
    packedKw = outerKw;
    decref(argsTuple);
    if (kwdict !== null) decref(kwdict);
  }
}

/** The call typeCall is making through _PyObject_MakeTpCall (innermost): its arguments and packed argument tuple. */
let packedArgs: PyObject[] | null = null;
let packedStart = 0;
let packedNargs = 0;
let packedTuple: TupleObject | null = null;
let packedKw: DictObject | null = null;

/**
 * The argument tuple type_call passes to tp_new/tp_init for the call whose vectorcall arguments are
 * `args[start .. start+nargs)`, or null when the call did not pack one. Borrowed. Slots that keep CPython's
 * `args` tuple (BaseException_new/init store it as `self.args`) use it instead of building another.
 */
export function packedArgsTuple(args: PyObject[], start: number, nargs: number): TupleObject | null {
  return packedArgs === args && packedStart === start && packedNargs === nargs ? packedTuple : null;
}

/** The keyword dict type_call passes to tp_new/tp_init with packedArgsTuple's tuple (null: none). Borrowed. */
export function packedKwDict(args: PyObject[], start: number, nargs: number): DictObject | null {
  return packedArgs === args && packedStart === start && packedNargs === nargs ? packedKw : null;
}

function typeCallImpl(type: PyType, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  if (type === T.type) {
    const nkw = kwnames === null ? 0 : (kwnames as any).items.length;
    if (nargs === 1 && nkw === 0) return newref(args[start].ob_type);
    if (nargs !== 3) raise(E.TypeError, 'type() takes 1 or 3 arguments');
  }
  const tpNew = type.tp_new;
  if (tpNew === null) raise(E.TypeError, `cannot create '${type.tp_name}' instances`);
  const obj = tpNew(type, args, start, nargs, kwnames);
  const otp = obj.ob_type;
  if (otp !== type && !RT.isSubtypeOf(otp, type)) return obj;
  const init = obj.ob_type.tp_init;
  if (init !== null) {
    try {
      init(obj, args, start, nargs, kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
}

export { incref, Ellipsis, False, StrObject };
