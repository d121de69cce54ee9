/**
 * int, bool and float objects.
 *
 * int: value is a JS number when it is a safe integer, else a bigint (lib/intops.ts canonical form).
 *   Memory (3.11+): a one-digit ("medium") int made by arithmetic is allocated by _PyLong_FromMedium as
 *   sizeof(PyLongObject) = 32 bytes; a longer one by _PyLong_New(n) as offsetof(ob_digit) + 4n bytes.
 *   sys.getsizeof reports offsetof(ob_digit) + 4 * max(1, ndigits).  Results of the digit algorithms
 *   (x_add, x_mul, shifts, ...) keep the digits they were allocated with before normalisation: newIntAlloc
 *   with the counts of lib/longalloc.ts; the block's request is then kept in `allocBytes`.
 *   -5..256 are static small ints (singletons.ts).
 * float: 24 bytes, with CPython's freelist of 100 (a freed float keeps its block and is reused LIFO).
 */
import { PyObject, RT, newref, decref, incref } from './object';
import { T } from './types';
import { IntObject, SMALL_INTS, SMALL_INT_MIN, SMALL_INT_MAX, NotImplemented, True, False } from './singletons';
import { E, raise } from './exceptions';
import { freeObject, allocNumberObject, freeNumberObject } from '../memory/heap';
import { ndigits, intToFloat, type PyInt } from '../lib/intops';
import { hashInt, hashFloat, PyHash } from '../lib/pyhash';

export { IntObject };

export class FloatObject extends PyObject {
  constructor(public value: number) {
    super(T.float);
  }
}

/** Allocation request of an int object with this value. */
export function intAllocSize(v: PyInt): number {
  const sz = RT.profile.sizes;
  // |v| < 2**30: at most one 30-bit digit (the common case, without computing the bit length)
  if (typeof v === 'number' && v > -0x40000000 && v < 0x40000000) return sz.intMedium;
  const n = ndigits(v);
  if (n <= 1) return sz.intMedium;
  return sz.intHeader + 4 * n;
}

/** sys.getsizeof(int) */
export function intSizeOf(v: PyInt): number {
  const sz = RT.profile.sizes;
  return sz.intHeader + 4 * Math.max(sz.intMinDigits, ndigits(v));
}

const BIG_MIN_SAFE = BigInt(-Number.MAX_SAFE_INTEGER);
const BIG_MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A new int (or a cached small int). New reference. */
export function newInt(v: PyInt): IntObject {
  if (typeof v === 'number') {
    if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX && (v | 0) === v) {
      const o = SMALL_INTS[v - SMALL_INT_MIN];
      if (!o.immortal) o.ob_refcnt++;
      return o;
    }
  } else if (v >= BIG_MIN_SAFE && v <= BIG_MAX_SAFE) {
    return newInt(Number(v));
  }
  const o = new IntObject(T.int, v);
  allocNumberObject(o, intAllocSize(v));
  return o;
}

/**
 * An int result of CPython's digit arithmetic: allocated for `ndigits` digits by _PyLong_New, then
 * normalised, so the block keeps that request while the value may need fewer digits (`ndigits` < 0: made
 * at its exact size; lib/longalloc.ts computes the counts).  Small ints come back cached (maybe_small_long).
 * New reference.
 */
export function newIntAlloc(v: PyInt, ndigits: number): IntObject {
  if (ndigits < 0) return newInt(v);
  if (typeof v === 'number' && v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) return newInt(v);
  const nbytes = RT.profile.sizes.intHeader + 4 * Math.max(1, ndigits);
  if (nbytes === intAllocSize(v)) return newInt(v);
  const o = new IntObject(T.int, typeof v === 'bigint' && v >= BIG_MIN_SAFE && v <= BIG_MAX_SAFE ? Number(v) : v);
  o.allocBytes = nbytes;
  allocNumberObject(o, nbytes);
  return o;
}

export function intDealloc(o: PyObject): void {
  const i = o as IntObject;
  const nbytes = i.allocBytes !== 0 ? i.allocBytes : intAllocSize(i.value);
  // (an instance of an int subclass comes here from subtype_dealloc, with its type's headers)
  if (i.ob_type === T.int) freeNumberObject(i, nbytes);
  else freeObject(i, nbytes);
}

export function newBool(b: boolean): PyObject {
  const o = b ? True : False;
  if (!o.immortal) o.ob_refcnt++;
  return o;
}

const scratchHash = new PyHash();
export function intHash(o: PyObject): PyHash {
  return hashInt((o as IntObject).value, scratchHash);
}

/** A new float, reusing the float freelist (LIFO) as CPython does. New reference. */
export function newFloat(v: number): FloatObject {
  const fl = RT.freelists.float;
  if (fl.length > 0) {
    const o = fl.pop() as FloatObject;
    o.value = v;
    o.ob_refcnt = 1;
    RT.onFreelistPop(o);
    return o;
  }
  const o = new FloatObject(v);
  allocNumberObject(o, RT.profile.sizes.float);
  return o;
}

export function floatDealloc(o: PyObject): void {
  const fl = RT.freelists.float;
  if (o.ob_type === T.float && fl.length < RT.profile.freelists.float) {
    fl.push(o);
    RT.onFreelistPush(o);
    return;
  }
  // (an instance of a float subclass comes here from subtype_dealloc, with its type's headers)
  if (o.ob_type === T.float) freeNumberObject(o, o.ob_type.tp_basicsize);
  else freeObject(o, o.ob_type.tp_basicsize);
}

export function floatHash(o: PyObject): PyHash {
  return hashFloat((o as FloatObject).value, o.addr, scratchHash);
}

/** Python value of an int or bool object, or null if not an int. */
export function asInt(o: PyObject): PyInt | null {
  return o instanceof IntObject ? o.value : null;
}

/** Float value of an int or float (for mixed arithmetic); null if neither. Raises OverflowError for huge ints. */
export function asDouble(o: PyObject): number | null {
  if (o instanceof FloatObject) return o.value;
  if (o instanceof IntObject) return typeof o.value === 'number' ? o.value : intToFloat(o.value);
  return null;
}

export function floatValueOf(o: PyObject): number {
  if (o instanceof FloatObject) return o.value;
  if (o instanceof IntObject) return intToFloat(o.value);
  const f = o.ob_type.nb_float;
  if (f !== null) {
    const r = f(o);
    if (!(r instanceof FloatObject)) {
      decref(r);
      raise(E.TypeError, `${o.ob_type.tp_name}.__float__ returned non-float (type ${r.ob_type.tp_name})`);
    }
    const v = r.value;
    decref(r);
    return v;
  }
  if (o.ob_type.nb_index !== null) {
    const r = o.ob_type.nb_index(o);
    const v = (r as IntObject).value;
    decref(r);
    return intToFloat(v);
  }
  raise(E.TypeError, `must be real number, not ${o.ob_type.tp_name}`);
}

export { NotImplemented, newref, incref, decref };
