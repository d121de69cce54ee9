/**
 * floatrepr — CPython's float → text conversions, bit-exact.
 *
 * Design note
 * - Every formatting routine goes through one of three digit generators that return a "dtoa result"
 *   `{ digits, decpt }` meaning 0.d1d2d3… × 10^decpt (digits without leading zeros, '' for zero):
 *     shortestDigits(x)   — dtoa mode 0 (repr): JS `toExponential()` is specified to give the shortest
 *                           round-tripping digits, choosing the closest one on ties, exactly like Gay's dtoa.
 *     fixedDigits(x, p)   — dtoa mode 3: x rounded to p digits after the point (p may be negative).
 *     sigDigits(x, n)     — dtoa mode 2: x rounded to n significant digits.
 *   The last two must round half-to-even on the *exact* binary value. JS `toFixed`/`toExponential` are
 *   correctly rounded too except that they resolve exact ties upward, so they are used as the fast path and
 *   the code falls back to exact BigInt arithmetic only when the exact decimal expansion of x could end
 *   exactly on the rounding position (cheaply decidable from x's binary exponent), or when JS limits
 *   (100 digits, |x| >= 1e21) are exceeded.
 * - `formatFloatDigits` turns a dtoa result into the 'e' / 'f' / 'g' / 'r' presentations used by repr,
 *   str, %-formatting and format(); it mirrors CPython's format_float_short (pystrtod.c).
 * - Also here: round(float[, n]), float.hex/fromhex, as_integer_ratio, is_integer, frexp/ldexp helpers
 *   and float ↔ int conversions (int values are `number` when safe integers, else `bigint`).
 */
import { PyLibError } from './errors';

export type PyInt = number | bigint;

/** A dtoa result: value = 0.digits × 10^decpt; `digits` has no leading or trailing zeros ('' for 0). */
export interface DtoaResult {
  digits: string;
  decpt: number;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// little-endian detection (every JS host we target is little-endian, but be correct anyway)
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;

/** x = mant × 2^exp with mant an odd safe integer (or 0 for ±0). x must be finite. Sign dropped. */
export function decompose(x: number): { mant: number; exp: number } {
  F64[0] = x;
  const hi = U32[HI];
  const lo = U32[LO];
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (hi & 0xfffff) * 4294967296 + lo;
  let exp: number;
  if (bexp === 0) {
    if (mant === 0) return { mant: 0, exp: 0 };
    exp = -1074;
  } else {
    mant += 4503599627370496; // 2^52
    exp = bexp - 1075;
  }
  // strip trailing zero bits
  let tz: number;
  if (lo !== 0) tz = 31 - Math.clz32(lo & -lo);
  else {
    const h = (hi & 0xfffff) | (bexp === 0 ? 0 : 0x100000);
    tz = 32 + 31 - Math.clz32(h & -h);
  }
  if (tz > 0) {
    mant /= 2 ** tz;
    exp += tz;
  }
  return { mant, exp };
}

/** True if the sign bit of x is set (distinguishes -0.0). */
export function signBit(x: number): boolean {
  return x < 0 || (x === 0 && 1 / x < 0);
}

const BIG_POW10: bigint[] = [1n];
export function bigPow10(n: number): bigint {
  if (n < 64) {
    while (BIG_POW10.length <= n) BIG_POW10.push(BIG_POW10[BIG_POW10.length - 1] * 10n);
    return BIG_POW10[n];
  }
  return 10n ** BigInt(n);
}

function stripZeros(digits: string, decpt: number): DtoaResult {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  let start = 0;
  while (start < end && digits.charCodeAt(start) === 48) {
    start++;
    decpt--;
  }
  if (start === end) return { digits: '', decpt: 0 };
  return { digits: digits.slice(start, end), decpt };
}

/** Parse the output of toExponential() ("d.ddde±x") of a non-negative finite number. */
function parseExp(s: string): DtoaResult {
  const e = s.indexOf('e');
  const exp = +s.slice(e + 1);
  const mant = s.charCodeAt(1) === 46 ? s[0] + s.slice(2, e) : s.slice(0, e);
  return stripZeros(mant, exp + 1);
}

/** Shortest round-trip digits (dtoa mode 0). x finite, sign ignored. */
export function shortestDigits(x: number): DtoaResult {
  if (x === 0) return { digits: '', decpt: 0 };
  if (x < 0) x = -x;
  return parseExp(x.toExponential());
}

/** Round the exact rational num/den to the nearest integer, ties to even. */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** Exact rational for |x| as num/den with den a power of two. */
function exactRational(x: number): [bigint, bigint] {
  const { mant, exp } = decompose(x);
  if (exp >= 0) return [BigInt(mant) << BigInt(exp), 1n];
  return [BigInt(mant), 1n << BigInt(-exp)];
}

/** Correctly rounded (half-even) |x| with p digits after the decimal point (dtoa mode 3). */
export function fixedDigits(x: number, p: number): DtoaResult {
  if (x < 0) x = -x;
  if (x === 0) return { digits: '', decpt: 0 };
  const { mant, exp } = decompose(x);
  if (exp >= 0 && p >= 0) {
    // integer: exact
    if (x < 9007199254740992) return stripZeros(String(x), String(x).length);
    const s = (BigInt(mant) << BigInt(exp)).toString();
    return stripZeros(s, s.length);
  }
  if (p >= 0 && p <= 100 && x < 1e21 && -exp !== p + 1) {
    // fast path: toFixed is correctly rounded, and no exact tie is possible (a tie needs exactly p+1
    // fractional decimal digits, and x has exactly -exp of them).
    const s = x.toFixed(p);
    const dot = s.indexOf('.');
    if (dot < 0) return stripZeros(s, s.length);
    return stripZeros(s.slice(0, dot) + s.slice(dot + 1), dot);
  }
  let [num, den] = exactRational(x);
  if (p >= 0) num *= bigPow10(p);
  else den *= bigPow10(-p);
  const q = roundHalfEven(num, den);
  if (q === 0n) return { digits: '', decpt: 0 };
  const s = q.toString();
  return stripZeros(s, s.length - p);
}

/** Count of significant decimal digits in x's exact expansion is near `target`? (cheap, conservative) */
function mayTieAt(mant: number, exp: number, target: number): boolean {
  let est: number;
  if (exp < 0) {
    // exact value = mant·5^k / 10^k; mant·5^k is odd hence has no trailing zeros
    est = Math.log10(mant) + -exp * 0.6989700043360189;
  } else {
    // integer mant·2^exp; trailing decimal zeros only if 5 | mant
    let m = mant;
    let v5 = 0;
    while (m % 5 === 0) {
      m /= 5;
      v5++;
    }
    est = Math.log10(mant) + exp * 0.3010299956639812 - Math.min(v5, exp);
  }
  const sd = Math.floor(est) + 1;
  return Math.abs(sd - target) <= 1;
}

/** Correctly rounded (half-even) |x| to n >= 1 significant digits (dtoa mode 2). */
export function sigDigits(x: number, n: number): DtoaResult {
  if (x < 0) x = -x;
  if (x === 0) return { digits: '', decpt: 0 };
  const { mant, exp } = decompose(x);
  if (n <= 101 && !mayTieAt(mant, exp, n + 1)) return parseExp(x.toExponential(n - 1));
  const [num, den] = exactRational(x);
  // find E with 10^E <= x < 10^(E+1)
  let E = Math.floor(Math.log10(x));
  for (;;) {
    const lo = E >= 0 ? den * bigPow10(E) : den;
    const loNum = E >= 0 ? num : num * bigPow10(-E);
    if (loNum < lo) {
      E--;
      continue;
    }
    const E1 = E + 1;
    const hiDen = E1 >= 0 ? den * bigPow10(E1) : den;
    const hiNum = E1 >= 0 ? num : num * bigPow10(-E1);
    if (hiNum >= hiDen) {
      E++;
      continue;
    }
    break;
  }
  const s = n - 1 - E;
  const q = s >= 0 ? roundHalfEven(num * bigPow10(s), den) : roundHalfEven(num, den * bigPow10(-s));
  const str = q.toString();
  // str has n digits, or n+1 ("1000…") after a carry
  return stripZeros(str, E + 1 + (str.length - n));
}

/** Python repr(float) / str(float). */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  // fast path for "ordinary" magnitudes: JS String() agrees with repr when 1e-4 <= |x| < 1e16
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    if (ax < 1e21 && s.indexOf('e') < 0) return s.indexOf('.') < 0 ? s + '.0' : s;
  }
  const d = shortestDigits(x);
  return (x < 0 ? '-' : '') + formatDtoa(d, 'r', 0, false, true);
}

/**
 * Render a dtoa result (sign not included): a port of CPython's format_float_short (pystrtod.c).
 *  type 'e': `prec` digits after the point (d must hold prec+1 significant digits)
 *  type 'f': `prec` digits after the point
 *  type 'g': `prec` (>= 1) significant digits; trailing zeros dropped unless `alt`
 *  type 'r': repr (exponent when decpt <= -4 or decpt > 16)
 *  addDot0: Py_DTSF_ADD_DOT_0 (repr, and format() with an empty type)
 */
export function formatDtoa(
  d: DtoaResult,
  type: 'e' | 'f' | 'g' | 'r',
  prec: number,
  alt: boolean,
  addDot0 = false,
  upper = false,
): string {
  let digits = d.digits;
  let decpt = d.decpt;
  if (digits === '') {
    digits = '0';
    decpt = 1;
  }
  const dlen = digits.length;
  let vend = dlen;
  let useExp = false;
  switch (type) {
    case 'e':
      useExp = true;
      vend = prec + 1;
      break;
    case 'f':
      vend = decpt + prec;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec)) useExp = true;
      if (alt) vend = prec;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;
  let s: string;
  if (decpt <= 0) s = '0'.repeat(decpt - vstart) + '.' + '0'.repeat(-decpt);
  else s = '0'.repeat(-vstart);
  if (decpt > 0 && decpt <= dlen) s += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else s += digits;
  if (dlen < decpt) s += '0'.repeat(decpt - dlen) + '.' + '0'.repeat(vend - decpt);
  else if (vend > dlen) s += '0'.repeat(vend - dlen);
  if (!alt && s.charCodeAt(s.length - 1) === 46) s = s.slice(0, -1);
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    s += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return s;
}

/**
 * Format a finite-or-not float with CPython's PyOS_double_to_string semantics (no sign handling for
 * '+'/' ' — returns '-' for negatives, including -0.0). type: 'e','E','f','F','g','G','r'.
 * For 'r' the precision is ignored. `addDot0` as for format() with an empty type.
 */
export function doubleToString(
  x: number,
  type: 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r',
  prec: number,
  alt = false,
  addDot0 = false,
): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  const neg = signBit(x);
  if (x !== x) return upper ? 'NAN' : 'nan';
  if (x === Infinity || x === -Infinity) return (neg ? '-' : '') + (upper ? 'INF' : 'inf');
  let d: DtoaResult;
  let t: 'e' | 'f' | 'g' | 'r';
  switch (type) {
    case 'e':
    case 'E':
      t = 'e';
      d = sigDigits(x, prec + 1);
      break;
    case 'f':
    case 'F':
      t = 'f';
      d = fixedDigits(x, prec);
      break;
    case 'g':
    case 'G':
      t = 'g';
      if (prec === 0) prec = 1;
      d = sigDigits(x, prec);
      break;
    default:
      t = 'r';
      d = shortestDigits(x);
  }
  return (neg ? '-' : '') + formatDtoa(d, t, prec, alt, addDot0, upper);
}

// ---------------------------------------------------------------------------------------------------
// round()

function rint(y: number): number {
  const f = Math.floor(y);
  const diff = y - f;
  if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) return f + 1;
  return f;
}

/** Python round(x) for a float: round half to even, returning an int. */
export function floatRoundToInt(x: number): PyInt {
  if (x !== x) throw new PyLibError('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw new PyLibError('OverflowError', 'cannot convert float infinity to integer');
  const r = rint(x);
  return floatToInt(r);
}

/** Python round(x, ndigits) for a float. */
export function floatRound(x: number, ndigits: number | bigint): number {
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x;
  // NDIGITS_MAX = (int)((DBL_MANT_DIG-DBL_MIN_EXP) * 0.30103) = 323
  // NDIGITS_MIN = -(int)((DBL_MAX_EXP + 1) * 0.30103) = -308
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  const n = Number(ndigits);
  const d = fixedDigits(x, n);
  let r: number;
  if (d.digits === '') r = 0;
  else r = Number(d.digits + 'e' + (d.decpt - d.digits.length));
  if (r === Infinity) throw new PyLibError('OverflowError', 'rounded value too large to represent');
  return x < 0 ? -r : r;
}

// ---------------------------------------------------------------------------------------------------
// float <-> int

const MAX_SAFE = 9007199254740991;

/** Normalise a bigint to the canonical int representation (number when it is a safe integer). */
export function normInt(b: bigint): PyInt {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** int(x) for a float (truncation). */
export function floatToInt(x: number): PyInt {
  if (x !== x) throw new PyLibError('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw new PyLibError('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (t >= -MAX_SAFE && t <= MAX_SAFE) return t === 0 ? 0 : t; // avoid -0
  return BigInt(t);
}

/** float(int): correctly rounded (half-even), OverflowError if too large. */
export function intToFloat(v: PyInt): number {
  if (typeof v === 'number') return v;
  const r = Number(v);
  if (r === Infinity || r === -Infinity) throw new PyLibError('OverflowError', 'int too large to convert to float');
  return r;
}

export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** float.as_integer_ratio() */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) throw new PyLibError('ValueError', 'cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) throw new PyLibError('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  const { mant, exp } = decompose(x);
  const m = x < 0 ? -mant : mant;
  if (exp >= 0) {
    if (exp <= 52 - Math.ceil(Math.log2(mant + 1)) + 1 && Math.abs(x) <= MAX_SAFE) return [x, 1];
    return [normInt(BigInt(m) << BigInt(exp)), 1];
  }
  if (-exp <= 52) return [m, 2 ** -exp];
  return [m, 1n << BigInt(-exp)];
}

// ---------------------------------------------------------------------------------------------------
// frexp / ldexp

/** C frexp: x = m × 2^e with 0.5 <= |m| < 1 (m = x for 0, inf, nan; e = 0). */
export function frexp(x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0];
  F64[0] = x;
  let bexp = (U32[HI] >>> 20) & 0x7ff;
  let adj = 0;
  if (bexp === 0) {
    // subnormal: scale up
    F64[0] = x * 18014398509481984; // 2^54
    bexp = (U32[HI] >>> 20) & 0x7ff;
    adj = -54;
  }
  const e = bexp - 1022;
  U32[HI] = (U32[HI] & 0x800fffff) | (1022 << 20);
  return [F64[0], e + adj];
}

function pow2(e: number): number {
  // exact 2^e for -1074 <= e <= 1023
  if (e >= -1022) return 2 ** e;
  return 2 ** (e + 1022) * 2 ** -1022;
}

/** C ldexp, correctly rounded (half-even) for subnormal results; ±inf on overflow. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
  const [m, ex] = frexp(x);
  const ne = ex + e; // x = m × 2^ne, 0.5 <= |m| < 1
  if (ne > 1024) return m > 0 ? Infinity : -Infinity;
  if (ne >= -1021) {
    // normal result (m·2^ne with exponent of the leading bit ne-1 >= -1022): exact
    if (ne === 1024) return m * 2 * 2 ** 1023;
    return m * 2 ** ne;
  }
  // subnormal: result is a multiple of 2^-1074
  if (ne < -1100) return m > 0 ? 0 : -0;
  const y = m * 2 ** (ne + 1074); // exact: normal number
  const r = y < 0 ? -rint(-y) : rint(y);
  return r * pow2(-1074) || (m > 0 ? 0 : -0);
}

// ---------------------------------------------------------------------------------------------------
// float.hex / float.fromhex

/** float.hex() */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = signBit(x) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  F64[0] = x;
  const hi = U32[HI];
  const lo = U32[LO];
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  let lead: string;
  let e: number;
  if (bexp === 0) {
    lead = '0';
    e = -1022;
  } else {
    lead = '1';
    e = bexp - 1023;
  }
  return sign + '0x' + lead + '.' + frac + 'p' + (e < 0 ? '-' : '+') + Math.abs(e);
}

function isPySpace(c: number): boolean {
  // Py_ISSPACE: ASCII whitespace (space, \t \n \v \f \r)
  return c === 32 || (c >= 9 && c <= 13);
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** float.fromhex(s) */
export function floatFromHex(s: string): number {
  const bad = (): never => {
    throw new PyLibError('ValueError', 'invalid hexadecimal floating-point string');
  };
  let i = 0;
  let end = s.length;
  while (i < end && isPySpace(s.charCodeAt(i))) i++;
  while (end > i && isPySpace(s.charCodeAt(end - 1))) end--;
  const body = s.slice(i, end);
  // special values (case-insensitive, optional sign)
  {
    const m = /^([+-]?)(inf|infinity|nan)$/i.exec(body);
    if (m) {
      if (m[2].toLowerCase() === 'nan') return NaN;
      return m[1] === '-' ? -Infinity : Infinity;
    }
  }
  let p = 0;
  let neg = false;
  if (body[p] === '-') {
    neg = true;
    p++;
  } else if (body[p] === '+') p++;
  if (body[p] === '0' && (body[p + 1] === 'x' || body[p + 1] === 'X')) p += 2;
  const intStart = p;
  while (p < body.length && hexVal(body.charCodeAt(p)) >= 0) p++;
  const intDigits = body.slice(intStart, p);
  let fracDigits = '';
  if (body[p] === '.') {
    p++;
    const fs = p;
    while (p < body.length && hexVal(body.charCodeAt(p)) >= 0) p++;
    fracDigits = body.slice(fs, p);
  }
  if (intDigits.length + fracDigits.length === 0) bad();
  let exp = 0n;
  if (body[p] === 'p' || body[p] === 'P') {
    p++;
    const es = p;
    if (body[p] === '+' || body[p] === '-') p++;
    const ds = p;
    while (p < body.length && body.charCodeAt(p) >= 48 && body.charCodeAt(p) <= 57) p++;
    if (p === ds) bad();
    exp = BigInt(body.slice(es, p));
  }
  if (p !== body.length) bad();
  const all = (intDigits + fracDigits).replace(/^0+/, '');
  if (all === '') return neg ? -0 : 0;
  let M = BigInt('0x' + all);
  let E = exp - BigInt(4 * fracDigits.length);
  const bl = BigInt(M.toString(2).length);
  const top = bl + E - 1n; // value in [2^top, 2^(top+1))
  const tooLarge = (): never => {
    throw new PyLibError('OverflowError', 'hexadecimal value too large to represent as a float');
  };
  if (top > 1023n) tooLarge();
  if (top < -1075n) return neg ? -0 : 0;
  const precision = top >= -1022n ? 53n : 53n - (-1022n - top);
  const shift = bl - precision;
  if (shift > 0n) {
    const q = M >> shift;
    const r = M - (q << shift);
    const half = 1n << (shift - 1n);
    M = r > half || (r === half && (q & 1n) === 1n) ? q + 1n : q;
    E += shift;
  }
  if (M === 0n) return neg ? -0 : 0;
  // M ≤ 2^53 now; value = M·2^E exactly representable unless it reached 2^1024
  const mb = BigInt(M.toString(2).length);
  if (mb + E - 1n > 1023n) tooLarge();
  const r = ldexp(Number(M), Number(E));
  return neg ? -r : r;
}
