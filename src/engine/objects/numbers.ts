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
 *
 * The JS objects of freed exact ints are reused (see "Reuse of ints' JS objects" below): an engine detail
 * invisible to Python, not a CPython freelist.
 */
import { PyObject, RT, newref, decref, incref, rcQueue, rcWatchers } from './object';
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
  const o = intPool.length !== 0 ? reuseInt(v) : new IntObject(T.int, v);
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
  const value = typeof v === 'bigint' && v >= BIG_MIN_SAFE && v <= BIG_MAX_SAFE ? Number(v) : v;
  const o = intPool.length !== 0 ? reuseInt(value) : new IntObject(T.int, value);
  o.allocBytes = nbytes;
  allocNumberObject(o, nbytes);
  return o;
}

/**
 * PyLong_FromSsize_t (len(), and the methods returning a size or a position): a non-small value is made by
 * _PyLong_New(ndigits), so a one-digit int is 28 bytes, not the 32 of PyLong_FromLong's _PyLong_FromMedium.
 * New reference.
 */
export function newIntFromSsize(v: number): IntObject {
  return newIntAlloc(v, ndigits(v));
}

/** PyLong_FromUnsignedLong / PyLong_FromUnsignedLongLong: _PyLong_New(ndigits) as well. New reference. */
export function newIntUnsigned(v: PyInt): IntObject {
  // (a 64-bit item read as a bigint: a small value is the cached small int)
  const n = typeof v === 'bigint' && v >= BIG_MIN_SAFE && v <= BIG_MAX_SAFE ? Number(v) : v;
  return newIntAlloc(n, ndigits(n));
}

export function intDealloc(o: PyObject): void {
  const i = o as IntObject;
  const nbytes = i.allocBytes !== 0 ? i.allocBytes : intAllocSize(i.value);
  // (an instance of an int subclass comes here from subtype_dealloc, with its type's headers)
  if (i.ob_type !== T.int) freeObject(i, nbytes);
  else if (rcWatchers === 0) {
    freeNumberObject(i, nbytes);
    if (intPool.length < INT_POOL_MAX && intReuse) poolInt(i);
  } else if (freeWatched(i, nbytes) && intPool.length < INT_POOL_MAX && intReuse) poolInt(i);
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

// ---------------------------------------------------------------- Reuse of ints' JS objects
//
// Most ints a program makes die within a line. The JS object of an exact int whose memory went back to the
// allocator (intDealloc) is kept in a small pool, and the next newInt / newIntAlloc resets it (reuseInt)
// instead of constructing one: fewer JS allocations and young-generation collections (CPU: int_loop
// about -7%, comprehensions -2 to -5%, traced int_loop and float_math -2 to -3%). Nothing a program or the
// trace can see depends on which JS object holds a value: its address (id()), refcount and memory come from
// the memory model, and every field is set as the constructor sets it. Only exact ints take part: a
// subclass instance has a dict, GC links and its own type's reference, and goes the generic way. Floats do
// not: the float freelist (CPython's, 100 entries) already reuses the objects of nearly every float a
// program frees, so a pool behind it was never reached (no hit in any bench program).
//
// A JS object must therefore not be used after its Python object was freed. What keeps one after the free
// is accounted for: the trace recorder drops a freed object from its slot table (`objs`), its previews are
// values (trace/previews.ts), and its refcount queue (rcQueue) is handled by freeWatched.

/** Objects kept (a few tens of kilobytes of JS heap at most). */
const INT_POOL_MAX = 512;
const intPool: IntObject[] = [];
let intReuse = true;

/**
 * Turn the reuse of freed ints' JS objects on or off (on by default; tests compare runs with and without
 * it). Turning it off empties the pool.
 */
export function setIntObjectReuse(on: boolean): void {
  intReuse = on;
  if (!on) intPool.length = 0;
}

/**
 * A pooled int object (the pool is not empty) with every field as `new IntObject(T.int, v)` sets it, but
 * the address (allocNumberObject's).
 */
function reuseInt(v: PyInt): IntObject {
  const o = intPool.pop()!;
  o.ob_refcnt = 1;
  o.gc_flags = 0;
  o.gch = null;
  o.dict = null;
  o.rcw = 0;
  o.value = v;
  o.allocBytes = 0;
  return o;
}

// V8 treats a field only the constructor writes as constant, and optimized code may rely on that: the first
// reuse, rewriting IntObject's fields, would discard that code (the eval loop's included) in the middle of a
// run (float_math: +4% CPU). One reuse here, at load, tells V8 that they change before anything is optimized.
intPool.push(new IntObject(T.int, 0));
reuseInt(0);

/** Keep freed exact int `i` for reuse (without holding on to a big value's digits). */
function poolInt(i: IntObject): void {
  if (typeof i.value === 'bigint') i.value = 0;
  intPool.push(i);
}

/**
 * freeNumberObject of an int while a trace recorder watches refcounts (rcWatchers > 0); returns whether its
 * JS object may be reused. The recorder compares the objects queued in rcQueue since its last comparison,
 * and skips an entry whose object is no longer watched (rcw >= 0). A freed object is queued (rcw < 0) by
 * the decref that freed it or by an earlier change; the recorder's onFree takes it off the queue only when
 * it is the last entry. Reused with a stale entry left behind, it would be compared at that earlier place
 * in the queue, which changes the order of the RC records (not their meaning): so it is reused only when
 * it was not queued, or was the last entry and was taken off (or the queue was emptied meanwhile). An int
 * is queued at most once between comparisons (it becomes watched only when allocated, and a pooled one
 * left no entry), so no other entry of it can be in the queue.
 */
function freeWatched(o: IntObject, nbytes: number): boolean {
  const q = rcQueue;
  const n = q.n;
  const queued = o.rcw < 0;
  const last = queued && n > 0 && q.items[n - 1] === o;
  freeNumberObject(o, nbytes);
  return !queued || (last && (q.n === n - 1 || q.n === 0));
}

export { NotImplemented, newref, incref, decref };
