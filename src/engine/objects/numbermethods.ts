/**
 * Methods and attributes of int, bool and float beyond the number slots (those live in core_numbers.ts):
 * int.bit_length/bit_count/to_bytes/from_bytes/as_integer_ratio/is_integer (3.12+)/conjugate, the
 * real/imag/numerator/denominator getsets, __round__/__trunc__/__floor__/__ceil__/__format__/__sizeof__/
 * __getnewargs__; float.is_integer/as_integer_ratio/hex/fromhex/conjugate/real/imag/__round__/__trunc__/
 * __floor__/__ceil__/__format__/__getformat__/__getnewargs__.
 *
 * Allocation follows CPython: methods that return "int(self)" give back `self` for an exact int (long_long)
 * and a fresh copy for bool and int subclasses; float_float likewise for floats.
 */
import { PyObject, PyType, RT, newref, decref } from './object';
import { T } from './types';
import { None, True, False, IntObject } from './singletons';
import { E, raise } from './exceptions';
import { StrObject, newStr } from './str';
import { FloatObject, newInt, newFloat, newBool, intSizeOf } from './numbers';
import { newTuple } from './sequences';
import { MethodDescrObject, newBuiltinMethod, type MethFn } from './funcobject';
import { onBootstrap, defineMethods, defineGetSets } from './typeobject';
import * as A from '../vm/abstract';
import { noArgs, oneArg, parseArgs, kwCount } from '../vm/args';
import {
  bitLength, bitCount, intToBytes, intFromBytes, intDivmod, intSign, type PyInt,
} from '../lib/intops';
import {
  floatRoundToInt, floatRound, floatToInt, floatIsInteger, floatAsIntegerRatio, floatHex, floatFromHex, normInt,
} from '../lib/floatrepr';
import { formatInt, formatFloat } from '../lib/formatspec';

// ------------------------------------------------------------------ helpers

function intVal(o: PyObject): PyInt {
  return (o as IntObject).value;
}
function floatVal(o: PyObject): number {
  return (o as FloatObject).value;
}

/** long_long: an exact int is returned as is, bool and int subclasses are copied. New reference. */
export function longLong(o: PyObject): PyObject {
  if (o.ob_type === T.int) return newref(o);
  return newInt(intVal(o));
}

/** float_float: an exact float is returned as is, subclasses are copied. New reference. */
export function floatFloat(o: PyObject): PyObject {
  if (o.ob_type === T.float) return newref(o);
  return newFloat(floatVal(o));
}

/** round(int, ndigits) with ndigits < 0 (half to even), CPython's _PyLong_Round. */
export function intRoundNeg(v: PyInt, nd: PyInt): PyInt {
  const p = 10n ** BigInt(-Number(nd));
  const x = BigInt(v);
  const [q0, r0] = intDivmod(x, p);
  let q = BigInt(q0);
  const rr = BigInt(r0) * 2n;
  if (rr > p || (rr === p && (q & 1n) !== 0n)) q += 1n;
  return normInt(q * p);
}

function strArg(fname: string, argName: string, o: PyObject): string {
  if (!(o instanceof StrObject)) raise(E.TypeError, `${fname}() argument '${argName}' must be str, not ${o.ob_type.tp_name}`);
  return o.value;
}

/** The bytes of a bytes-like object or an iterable of ints (PyObject_Bytes), for int.from_bytes. */
function bytesOf(o: PyObject): number[] {
  if (o instanceof StrObject) raise(E.TypeError, "cannot convert 'str' object to bytes");
  if ((o.ob_type === T.bytes || o.ob_type === T.bytearray) && typeof RT.ext.bytesToLatin1 === 'function') {
    const s: string = RT.ext.bytesToLatin1(o);
    const out = new Array<number>(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  if (o.ob_type.tp_iter === null && !RT.hasGetItem(o.ob_type))
    raise(E.TypeError, `cannot convert '${o.ob_type.tp_name}' object to bytes`);
  const out: number[] = [];
  A.forEach(o, (x) => {
    if (!(x instanceof IntObject) && x.ob_type.nb_index === null)
      raise(E.TypeError, `'${x.ob_type.tp_name}' object cannot be interpreted as an integer`);
    const v = A.indexValue(x);
    if (v < 0 || v > 255) raise(E.ValueError, 'bytes must be in range(0, 256)');
    out.push(Number(v));
  });
  return out;
}

function makeBytes(u8: Uint8Array): PyObject {
  if (typeof RT.ext.newBytes !== 'function') raise(E.NotImplementedError, 'bytes objects are not available');
  return RT.ext.newBytes(u8);
}

/** A method that exists only from a given version on (e.g. int.is_integer, 3.12+): a getset that binds. */
function versionedMethod(type: PyType, name: string, since: '3.12' | '3.13', fn: MethFn): void {
  const descr = new MethodDescrObject(T.method_descriptor, name, fn, type);
  defineGetSets(type, {
    [name]: {
      get: (o) => {
        if (RT.profile.version < since) raise(E.AttributeError, `'${o.ob_type.tp_name}' object has no attribute '${name}'`);
        return newBuiltinMethod(descr, o);
      },
    },
  });
}

// ------------------------------------------------------------------ int

const intMethods: Record<string, MethFn> = {
  bit_length: (self, _a, _s, n, kw) => {
    noArgs('int.bit_length', n, kw);
    return newInt(bitLength(intVal(self)));
  },
  bit_count: (self, _a, _s, n, kw) => {
    noArgs('int.bit_count', n, kw);
    return newInt(bitCount(intVal(self)));
  },
  to_bytes: (self, a, s, n, kw) => {
    if (n > 2) raise(E.TypeError, `to_bytes() takes at most 2 positional arguments (${n} given)`);
    const [len, order, signed] = parseArgs('to_bytes', a, s, n, kw, ['length?', 'byteorder?', '$signed?']);
    const length = len === null ? 1 : A.indexValue(len);
    const bo = order === null ? 'big' : strArg('to_bytes', 'byteorder', order);
    const sg = signed === null ? false : A.isTrue(signed);
    return makeBytes(intToBytes(intVal(self), length, bo, sg));
  },
  as_integer_ratio: (self, _a, _s, n, kw) => {
    noArgs('int.as_integer_ratio', n, kw);
    return newTuple([longLong(self), newInt(1)]);
  },
  conjugate: (self, _a, _s, n, kw) => {
    noArgs('int.conjugate', n, kw);
    return longLong(self);
  },
  __trunc__: (self, _a, _s, n, kw) => {
    noArgs('int.__trunc__', n, kw);
    return longLong(self);
  },
  __floor__: (self, _a, _s, n, kw) => {
    noArgs('int.__floor__', n, kw);
    return longLong(self);
  },
  __ceil__: (self, _a, _s, n, kw) => {
    noArgs('int.__ceil__', n, kw);
    return longLong(self);
  },
  __round__: (self, a, s, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, '__round__() takes no keyword arguments');
    if (n > 1) raise(E.TypeError, `__round__ expected at most 1 argument, got ${n}`);
    if (n === 0 || a[s] === None) return longLong(self);
    const nd = A.indexValue(a[s]);
    if (intSign(nd) >= 0) return longLong(self);
    return newInt(intRoundNeg(intVal(self), nd));
  },
  __format__: (self, a, s, n, kw) => {
    oneArg('int.__format__', n, kw);
    const spec = a[s];
    if (!(spec instanceof StrObject)) raise(E.TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
    if (spec.value === '') return A.str(self);
    return newStr(formatInt(intVal(self), spec.value, self.ob_type.tp_name, RT.intMaxStrDigits));
  },
  __sizeof__: (self, _a, _s, n, kw) => {
    noArgs('int.__sizeof__', n, kw);
    return newInt(intSizeOf(intVal(self)));
  },
  __getnewargs__: (self, _a, _s, n, kw) => {
    noArgs('int.__getnewargs__', n, kw);
    return newTuple([longLong(self)]);
  },
};

const intFromBytesFn: MethFn = (cls, a, s, n, kw) => {
  if (n > 2) raise(E.TypeError, `from_bytes() takes at most 2 positional arguments (${n} given)`);
  const [bytesO, order, signed] = parseArgs('from_bytes', a, s, n, kw, ['bytes', 'byteorder?', '$signed?']);
  const bo = order === null ? 'big' : strArg('from_bytes', 'byteorder', order);
  const sg = signed === null ? false : A.isTrue(signed);
  const data = bytesOf(bytesO!);
  const v = newInt(intFromBytes(data, bo, sg));
  if (cls === T.int) return v;
  try {
    return A.call(cls, [v], 0, 1, null);
  } finally {
    decref(v);
  }
};

// ------------------------------------------------------------------ float

const floatMethods: Record<string, MethFn> = {
  is_integer: (self, _a, _s, n, kw) => {
    noArgs('float.is_integer', n, kw);
    return newBool(floatIsInteger(floatVal(self)));
  },
  as_integer_ratio: (self, _a, _s, n, kw) => {
    noArgs('float.as_integer_ratio', n, kw);
    const [num, den] = floatAsIntegerRatio(floatVal(self));
    const a = newInt(num);
    return newTuple([a, newInt(den)]);
  },
  hex: (self, _a, _s, n, kw) => {
    noArgs('float.hex', n, kw);
    return newStr(floatHex(floatVal(self)));
  },
  conjugate: (self, _a, _s, n, kw) => {
    noArgs('float.conjugate', n, kw);
    return floatFloat(self);
  },
  __trunc__: (self, _a, _s, n, kw) => {
    noArgs('float.__trunc__', n, kw);
    return newInt(floatToInt(floatVal(self)));
  },
  __floor__: (self, _a, _s, n, kw) => {
    noArgs('float.__floor__', n, kw);
    return newInt(floatToInt(Math.floor(floatVal(self))));
  },
  __ceil__: (self, _a, _s, n, kw) => {
    noArgs('float.__ceil__', n, kw);
    return newInt(floatToInt(Math.ceil(floatVal(self))));
  },
  __round__: (self, a, s, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, '__round__() takes no keyword arguments');
    if (n > 1) raise(E.TypeError, `__round__ expected at most 1 argument, got ${n}`);
    const x = floatVal(self);
    if (n === 0 || a[s] === None) return newInt(floatRoundToInt(x));
    return newFloat(floatRound(x, A.indexValue(a[s])));
  },
  __format__: (self, a, s, n, kw) => {
    oneArg('float.__format__', n, kw);
    const spec = a[s];
    if (!(spec instanceof StrObject)) raise(E.TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
    if (spec.value === '') return A.str(self);
    return newStr(formatFloat(floatVal(self), spec.value, self.ob_type.tp_name));
  },
  __getnewargs__: (self, _a, _s, n, kw) => {
    noArgs('float.__getnewargs__', n, kw);
    return newTuple([newFloat(floatVal(self))]);
  },
};

const floatFromHexFn: MethFn = (cls, a, s, n, kw) => {
  oneArg('float.fromhex', n, kw);
  const arg = a[s];
  if (!(arg instanceof StrObject)) raise(E.TypeError, `fromhex() argument must be str, not ${arg.ob_type.tp_name}`);
  const v = newFloat(floatFromHex(arg.value));
  if (cls === T.float) return v;
  try {
    return A.call(cls, [v], 0, 1, null);
  } finally {
    decref(v);
  }
};

const floatGetFormat: MethFn = (_cls, a, s, n, kw) => {
  oneArg('float.__getformat__', n, kw);
  const arg = a[s];
  if (!(arg instanceof StrObject))
    raise(E.TypeError, `__getformat__() argument must be str, not ${arg.ob_type.tp_name}`);
  if (arg.value !== 'double' && arg.value !== 'float')
    raise(E.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return newStr('IEEE, little-endian');
};

onBootstrap(() => {
  defineMethods(T.int, { ...intMethods, from_bytes: { fn: intFromBytesFn, kind: 'class' } });
  versionedMethod(T.int, 'is_integer', '3.12', (_self, _a, _s, n, kw) => {
    noArgs('int.is_integer', n, kw);
    return newref(True);
  });
  defineGetSets(T.int, {
    real: { get: (o) => longLong(o), doc: 'the real part of a complex number' },
    imag: { get: () => newInt(0), doc: 'the imaginary part of a complex number' },
    numerator: { get: (o) => longLong(o), doc: 'the numerator of a rational number in lowest terms' },
    denominator: { get: () => newInt(1), doc: 'the denominator of a rational number in lowest terms' },
  });
  defineMethods(T.float, {
    ...floatMethods,
    fromhex: { fn: floatFromHexFn, kind: 'class' },
    __getformat__: { fn: floatGetFormat, kind: 'class' },
  });
  defineGetSets(T.float, {
    real: { get: (o) => floatFloat(o), doc: 'the real part of a complex number' },
    imag: { get: () => newFloat(0.0), doc: 'the imaginary part of a complex number' },
  });
  void False;
});
