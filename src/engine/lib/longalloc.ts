/**
 * longalloc — how many digits CPython's int arithmetic allocates for a result (Objects/longobject.c,
 * identical in 3.11, 3.12 and 3.13 except where noted).
 *
 * Design note
 * - An int is 30-bit digits.  Operations on "medium" ints (at most one digit: |v| < 2**30) take fast paths
 *   that make the result at its exact size (_PyLong_FromSTwoDigits), as do negation, abs and copies.  The
 *   general algorithms allocate the result with _PyLong_New(n) for an `n` fixed before the digits are
 *   known, then long_normalize() drops leading zero digits: the object's memory block keeps the request for
 *   `n` digits (what tracemalloc counts) while `sys.getsizeof` reports the normalised digits.
 * - Each function here returns that `n`, or EXACT when the result is made at its exact size (or is a cached
 *   small int: maybe_small_long frees the block).  objects/numbers.ts (newIntAlloc) allocates accordingly.
 * - The rules:
 *     x_add (same signs for +, different for -)  max(size_a, size_b) + 1
 *     x_sub (the other cases)                    the larger size; equal sizes: the highest differing digit + 1
 *     k_mul / x_mul                              size_a + size_b (0 * x: the small int 0)
 *     pow(a, e), binary exponentiation           the last multiplication's: a**(e-1) * a or (a**(e/2))**2
 *     a << n                                     size_a + n // 30 + (1 if n % 30 else 0)
 *     a >> n, a >= 0                             size_a - n // 30
 *     a >> n, a < 0                              size_a - n // 30, one digit more when n % 30 == 0 (and
 *                                                `a` itself for n == 0)
 *     ~a                                         long_add(a, 1), negated in place
 *     a & b, a | b, a ^ b (long_bitwise)         size_z (the shorter operand's size for & of positives,
 *                                                the negative's for | with mixed signs ...) + 1 if negative
 *     divmod (long_divrem / l_divmod)            divisor of one digit: quotient size_a (divrem1), remainder
 *                                                exact; else quotient size_a - size_b (+1 when the shifted
 *                                                dividend's top digit is >= the divisor's, x_divrem),
 *                                                remainder size_b; |a| < |b| by size or top digit: quotient
 *                                                0 and remainder `a` itself (SAME); floor adjustment for
 *                                                mixed signs: mod + b and div - 1 by the rules above.
 *     int(s, base) (PyLong_FromString)           power-of-two bases: ceil(digits * bits / 30); others
 *                                                (long_from_non_binary_base) the upper estimate
 *                                                floor(digits * log(base) / log(2**30) + 1); digits counts
 *                                                every digit character, leading zeros included.
 */
import { intSub, intMul, intPow, ndigits, normInt, type PyInt } from './intops';

/** The result is made at its exact size (fast path, copy, or a cached small int). */
export const EXACT = -1;
/** The result is the left operand itself (a new reference to it, no allocation). */
export const SAME = -2;

const MEDIUM = 0x40000000; // 2**30
const MASK = (1n << 30n) - 1n;

/** At most one 30-bit digit (IS_MEDIUM_VALUE / _PyLong_IsCompact). Canonical bigints are >= 2**53. */
function isMedium(v: PyInt): boolean {
  return typeof v === 'number' && v > -MEDIUM && v < MEDIUM;
}

const neg = (v: PyInt): boolean => v < 0;
const absBig = (v: PyInt): bigint => {
  const b = BigInt(v);
  return b < 0n ? -b : b;
};

/** x_sub(|a|, |b|): the larger size, or for equal sizes the index of the highest differing digit + 1. */
function xSubDigits(a: PyInt, b: PyInt): number {
  const da = ndigits(a);
  const db = ndigits(b);
  if (da !== db) return Math.max(da, db);
  return ndigits(absBig(a) ^ absBig(b));
}

/** long_add(a, b) */
export function addDigits(a: PyInt, b: PyInt): number {
  if (isMedium(a) && isMedium(b)) return EXACT;
  return neg(a) === neg(b) ? Math.max(ndigits(a), ndigits(b)) + 1 : xSubDigits(a, b);
}

/** long_sub(a, b) */
export function subDigits(a: PyInt, b: PyInt): number {
  if (isMedium(a) && isMedium(b)) return EXACT;
  return neg(a) === neg(b) ? xSubDigits(a, b) : Math.max(ndigits(a), ndigits(b)) + 1;
}

/** long_mul(a, b) */
export function mulDigits(a: PyInt, b: PyInt): number {
  if (isMedium(a) && isMedium(b)) return EXACT;
  if (a === 0 || b === 0) return EXACT;
  return ndigits(a) + ndigits(b);
}

/**
 * a ** e for e >= 0 without a modulus (long_pow's left-to-right binary exponentiation, whose last step
 * multiplies a**(e-1) by a for odd e and squares a**(e/2) for even e): [value, digits].
 */
export function powWithDigits(a: PyInt, e: PyInt): [PyInt, number] {
  if (typeof e !== 'number' || e === 0 || isMedium(a) && (a === 0 || a === 1 || a === -1)) {
    return [intPow(a, e) as PyInt, EXACT];
  }
  if (e % 2 === 1) {
    const z = intPow(a, e - 1) as PyInt;
    return [intMul(z, a), mulDigits(z, a)];
  }
  const z = intPow(a, e / 2) as PyInt;
  return [intMul(z, z), mulDigits(z, z)];
}

/** long_lshift(a, n) (n >= 0, a valid shift) */
export function lshiftDigits(a: PyInt, n: PyInt): number {
  if (a === 0 || typeof n !== 'number') return EXACT;
  const wordshift = Math.floor(n / 30);
  const remshift = n % 30;
  if (wordshift === 0 && isMedium(a)) return EXACT;
  return ndigits(a) + wordshift + (remshift !== 0 ? 1 : 0);
}

/** long_rshift(a, n) (n >= 0); SAME when CPython returns `a` itself (a negative a shifted by 0). */
export function rshiftDigits(a: PyInt, n: PyInt): number {
  if (isMedium(a) || typeof n !== 'number') return EXACT;
  let wordshift = Math.floor(n / 30);
  let remshift = n % 30;
  if (neg(a)) {
    // the result is -((|a| + 2**n - 1) >> n): keep 0 < remshift <= 30 so the size allows the carry
    if (remshift === 0) {
      if (wordshift === 0) return SAME;
      remshift = 30;
      wordshift--;
    }
  }
  const newsize = ndigits(a) - wordshift;
  return newsize <= 0 ? EXACT : newsize;
}

/** long_invert(a): -(a + 1) by long_add, negated in place */
export function invertDigits(a: PyInt): number {
  if (isMedium(a)) return EXACT;
  return addDigits(a, 1);
}

/** long_bitwise(a, op, b) */
export function bitwiseDigits(a: PyInt, op: '&' | '|' | '^', b: PyInt): number {
  if (isMedium(a) && isMedium(b)) return EXACT;
  let sa = ndigits(a);
  let sb = ndigits(b);
  let na = neg(a);
  let nb = neg(b);
  if (sa < sb) {
    [sa, sb] = [sb, sa];
    [na, nb] = [nb, na];
  }
  let sz: number;
  let nz: boolean;
  if (op === '^') {
    nz = na !== nb;
    sz = sa;
  } else if (op === '&') {
    nz = na && nb;
    sz = nb ? sa : sb;
  } else {
    nz = na || nb;
    sz = nb ? sb : sa;
  }
  return sz + (nz ? 1 : 0);
}

/** a // b (b != 0): the quotient's digits of divmodDigits, without its work for one-digit operands. */
export function floorDivDigits(a: PyInt, b: PyInt): number {
  return isMedium(a) && isMedium(b) ? EXACT : divmodDigits(a, b)[0];
}

/** a % b (b != 0): the remainder's digits of divmodDigits, without its work for one-digit operands. */
export function modDigits(a: PyInt, b: PyInt): number {
  return isMedium(a) && isMedium(b) ? EXACT : divmodDigits(a, b)[1];
}

/**
 * l_divmod(a, b) for b != 0: the digits of the floor quotient and of the remainder.  The remainder may be
 * SAME (it is `a` itself).
 */
export function divmodDigits(a: PyInt, b: PyInt): [number, number] {
  // fast_floor_div / fast_mod when both operands have one digit; a zero dividend gives the small int 0
  if (isMedium(a) && isMedium(b)) return [EXACT, EXACT];
  const sa = ndigits(a);
  const sb = ndigits(b);
  if (sa === 1 && sb === 1) return [EXACT, EXACT];
  let qd: number;
  let rd: number;
  // long_divrem on magnitudes: truncated quotient and remainder, signs set in place
  const A = absBig(a);
  const Bm = absBig(b);
  if (sa < sb || (sa === sb && topDigit(A, sa) < topDigit(Bm, sb))) {
    qd = EXACT; // 0
    rd = SAME;
  } else if (sb === 1) {
    qd = sa; // divrem1
    rd = EXACT; // PyLong_FromLong(rem)
  } else {
    qd = xDivremQuotientDigits(A, Bm, sa, sb);
    rd = sb;
  }
  // l_divmod: a remainder whose sign differs from the divisor's moves by b, and the quotient by -1
  const tq = intTruncDiv(a, b);
  const tr = intSub(a, intMul(tq, b));
  if (tr !== 0 && neg(tr) !== neg(b)) {
    rd = addDigits(tr, b);
    qd = subDigits(tq, 1);
  }
  return [qd, rd];
}

/** The top (index size-1) 30-bit digit of a magnitude. */
function topDigit(m: bigint, size: number): number {
  return Number((m >> BigInt(30 * (size - 1))) & MASK);
}

/** x_divrem's quotient size: size_v - size_w, +1 when normalising the dividend carries or its top digit >= the divisor's */
function xDivremQuotientDigits(v: bigint, w: bigint, sv: number, sw: number): number {
  const wtop = topDigit(w, sw);
  const d = BigInt(30 - (32 - Math.clz32(wtop)));
  const vs = v << d;
  if (ndigits(vs) > sv) return sv - sw + 1;
  return sv - sw + (topDigit(vs, sv) >= topDigit(w << d, sw) ? 1 : 0);
}

/** Truncated division of ints (C semantics), for the sign bookkeeping of l_divmod. */
function intTruncDiv(a: PyInt, b: PyInt): PyInt {
  return normInt(BigInt(a) / BigInt(b));
}

/** int(s, base): the digits PyLong_FromString allocates for `digits` digit characters in `base`. */
export function fromStringDigits(digits: number, base: number): number {
  if ((base & (base - 1)) === 0) {
    const bits = 31 - Math.clz32(base);
    return Math.ceil((digits * bits) / 30);
  }
  return Math.trunc(digits * (Math.log(base) / Math.log(2 ** 30)) + 1.0);
}
