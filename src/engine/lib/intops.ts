/**
 * intops — Python int semantics on plain JS values.
 *
 * Design note
 * - A Python int is `number` when it is a safe integer (|v| <= 2^53-1) and `bigint` otherwise
 *   ("canonical form"). Every function accepts either representation for any value but always returns
 *   canonical values, so callers can test `typeof v === 'number'` for the fast path.
 * - Every operation tries the `number` path first and only falls back to BigInt when an operand is a
 *   bigint or the exact result would leave the safe range (checks are exact: e.g. a product whose
 *   floating result is < 2^53 in magnitude is exact).
 * - Float results follow CPython: int/int true division is correctly rounded (long_true_divide), int →
 *   float conversion raises OverflowError, float //, %, divmod follow float_divmod, float ** follows
 *   float_pow including its special cases (returns `null` when CPython would produce a complex).
 * - Error messages that changed between versions take a `version` argument ('3.11' | '3.12' | '3.13').
 * - The int ↔ str digit limit (sys.set_int_max_str_digits, default 4300) is a parameter `maxStrDigits`
 *   (0 = unlimited), applied exactly where CPython applies it (decimal/non-power-of-two bases only).
 */
import { PyLibError } from './errors';
import { ldexp, normInt, intToFloat, signBit, type PyInt } from './floatrepr';
import { transformDecimalAndSpace, pyStrRepr } from './floatparse';
import { mPow } from './pymath';

export type { PyInt };
export { normInt, intToFloat };
export type PyVersion = '3.11' | '3.12' | '3.13';

export const DEFAULT_MAX_STR_DIGITS = 4300;
const MAX_SAFE = 9007199254740991;
const TWO53 = 9007199254740992;

const big = (v: PyInt): bigint => (typeof v === 'bigint' ? v : BigInt(v));

function isSafe(n: number): boolean {
  return n >= -MAX_SAFE && n <= MAX_SAFE;
}

// ---------------------------------------------------------------------------------------------------
// basic arithmetic

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (isSafe(r)) return r;
  }
  return normInt(big(a) + big(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (isSafe(r)) return r;
  }
  return normInt(big(a) - big(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r < TWO53 && r > -TWO53) return r === 0 ? 0 : r;
  }
  return normInt(big(a) * big(b));
}

export function intNeg(a: PyInt): PyInt {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return normInt(-a);
}

export function intAbs(a: PyInt): PyInt {
  if (typeof a === 'number') return a < 0 ? -a : a;
  return a < 0n ? -a : a;
}

export function intSign(a: PyInt): -1 | 0 | 1 {
  if (typeof a === 'number') return a > 0 ? 1 : a < 0 ? -1 : 0;
  return a > 0n ? 1 : a < 0n ? -1 : 0;
}

export function intCompare(a: PyInt, b: PyInt): -1 | 0 | 1 {
  // mixed number/bigint comparisons are exact in JS
  return a < b ? -1 : a > b ? 1 : 0;
}

export function intEq(a: PyInt, b: PyInt): boolean {
  // canonical forms: a number never equals a bigint
   
  return a == b;
}

function zeroDiv(msg: string): never {
  throw new PyLibError('ZeroDivisionError', msg);
}

/** a // b for ints. */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv('integer division or modulo by zero');
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    q += 0;
    if (isSafe(q)) return q; // only -(2^53-1) // -1 style edge can't overflow; kept for safety
    r = 0;
  }
  const A = big(a);
  const B = big(b);
  if (B === 0n) zeroDiv('integer division or modulo by zero');
  let q = A / B;
  if (A % B !== 0n && A < 0n !== B < 0n) q -= 1n;
  return normInt(q);
}

/** a % b for ints (result has the sign of b). */
export function intMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv('integer modulo by zero');
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const A = big(a);
  const B = big(b);
  if (B === 0n) zeroDiv('integer modulo by zero');
  let r = A % B;
  if (r !== 0n && r < 0n !== B < 0n) r += B;
  return normInt(r);
}

/** divmod(a, b) for ints. */
export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv('integer division or modulo by zero');
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) {
      r += b;
      q -= 1;
    }
    return [q + 0, r + 0];
  }
  const A = big(a);
  const B = big(b);
  if (B === 0n) zeroDiv('integer division or modulo by zero');
  let q = A / B;
  let r = A % B;
  if (r !== 0n && r < 0n !== B < 0n) {
    r += B;
    q -= 1n;
  }
  return [normInt(q), normInt(r)];
}

function bitLengthBig(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  // toString(16) is fast in V8; refine with the leading hex digit
  const s = x.toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s[0], 16)));
}

/** int.bit_length() */
export function bitLength(v: PyInt): number {
  if (typeof v === 'number') {
    if (v < 0) v = -v;
    if (v < 4294967296) return 32 - Math.clz32(v);
    return 32 + (32 - Math.clz32(Math.floor(v / 4294967296)));
  }
  return bitLengthBig(v);
}

/** Correctly rounded (half-even) float of the positive rational n/d; throws `overflowMsg` if too large. */
function ratioToFloat(n: bigint, d: bigint, overflowMsg: string): number {
  const e = bitLengthBig(n) - bitLengthBig(d);
  const k = 55 - e; // q = floor(n·2^k / d) has 55 or 56 bits
  let q: bigint;
  let rem: bigint;
  if (k >= 0) {
    const nn = n << BigInt(k);
    q = nn / d;
    rem = nn - q * d;
  } else {
    const dd = d << BigInt(-k);
    q = n / dd;
    rem = n - q * dd;
  }
  if (rem !== 0n) q |= 1n; // sticky bit
  const qb = bitLengthBig(q);
  const top = qb - 1 - k; // exponent of the leading bit
  if (top > 1023) throw new PyLibError('OverflowError', overflowMsg);
  let prec = top >= -1022 ? 53 : 53 - (-1022 - top);
  if (prec < 0) prec = 0;
  const drop = qb - prec;
  const qr0 = q >> BigInt(drop);
  const low = q - (qr0 << BigInt(drop));
  const half = 1n << BigInt(drop - 1);
  const qr = low > half || (low === half && (qr0 & 1n) === 1n) ? qr0 + 1n : qr0;
  const r = ldexp(Number(qr), drop - k);
  if (r === Infinity) throw new PyLibError('OverflowError', overflowMsg);
  return r;
}

/** int / int (true division), correctly rounded like CPython's long_true_divide. */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv('division by zero');
    // both exactly representable: IEEE division is correctly rounded
    return a / b;
  }
  const A = big(a);
  const B = big(b);
  if (B === 0n) zeroDiv('division by zero');
  const neg = A < 0n !== B < 0n;
  if (A === 0n) return neg ? -0 : 0;
  // if both fit in a double exactly, divide as doubles (CPython's fast path)
  const an = A < 0n ? -A : A;
  const bn = B < 0n ? -B : B;
  const r = ratioToFloat(an, bn, 'integer division result too large for a float');
  return neg ? -r : r;
}

// ---------------------------------------------------------------------------------------------------
// float //, %, divmod, /

/** float / float (x / 0.0 raises). */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) zeroDiv('float division by zero');
  return a / b;
}

function floatDivmodCore(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 || (wx === 0 && 1 / wx < 0) ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const s = vx / wx;
    floordiv = s < 0 || (s === 0 && 1 / s < 0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** float // float */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) zeroDiv('float floor division by zero');
  return floatDivmodCore(a, b)[0];
}

/** float % float (message changed in 3.13). */
export function floatMod(a: number, b: number, version: PyVersion = '3.12'): number {
  if (b === 0) zeroDiv(version === '3.13' ? 'float modulo by zero' : 'float modulo');
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else mod = b < 0 ? -0 : 0;
  return mod;
}

/** divmod(float, float) */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) zeroDiv('float divmod()');
  return floatDivmodCore(a, b);
}

// ---------------------------------------------------------------------------------------------------
// pow

function isOddInteger(x: number): boolean {
  return Number.isFinite(x) && x % 2 !== 0 && Math.floor(x) === x;
}

/**
 * float ** float (float_pow). Returns `null` when CPython delegates to complex pow (negative base,
 * non-integral exponent).
 */
export function floatPow(iv: number, iw: number): number | null {
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if (iw > 0 === av > 1.0) return Infinity;
    return 0.0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Infinity;
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) zeroDiv('0.0 cannot be raised to a negative power');
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return null;
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  let ix = mPow(iv, iw);
  if (negate) ix = -ix;
  if (ix === Infinity || ix === -Infinity) throw new PyLibError('OverflowError', "(34, 'Numerical result out of range')");
  return ix;
}

/** int ** int (no modulus). Negative exponents give a float (via float pow, like CPython). */
export function intPow(a: PyInt, b: PyInt): PyInt | number {
  if (intSign(b) < 0) {
    return floatPow(intToFloat(a), intToFloat(b)) as number;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === 0) return b === 0 ? 1 : 0;
    if (a === 1) return 1;
    if (a === -1) return b % 2 === 0 ? 1 : -1;
    // repeated squaring while everything stays exact
    let result = 1;
    let base = a;
    let e = b;
    let ok = true;
    while (e > 0) {
      if (e % 2 === 1) {
        result *= base;
        if (result >= TWO53 || result <= -TWO53) {
          ok = false;
          break;
        }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (base >= TWO53) {
          ok = false;
          break;
        }
      }
    }
    if (ok) return result;
  }
  const A = big(a);
  const B = big(b);
  if (A === 0n || A === 1n) return B === 0n ? 1 : normInt(A);
  if (A === -1n) return (B & 1n) === 0n ? 1 : -1;
  if (B > 0x7fffffffn) throw new PyLibError('MemoryError', '');
  let r: bigint;
  try {
    r = A ** B;
  } catch {
    throw new PyLibError('MemoryError', '');
  }
  return normInt(r);
}

function modInverse(a: bigint, m: bigint): bigint | null {
  // a, m > 0
  let [r0, r1] = [m, a % m];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) return null;
  return ((t0 % m) + m) % m;
}

/** pow(a, b, m) for ints. */
export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  let M = big(m);
  if (M === 0n) throw new PyLibError('ValueError', 'pow() 3rd argument cannot be 0');
  const negM = M < 0n;
  if (negM) M = -M;
  let A = big(a);
  let B = big(b);
  A %= M;
  if (A < 0n) A += M;
  if (B < 0n) {
    const inv = A === 0n ? null : modInverse(A, M);
    if (inv === null) {
      if (M === 1n) return 0; // everything is invertible mod 1
      throw new PyLibError('ValueError', 'base is not invertible for the given modulus');
    }
    A = inv;
    B = -B;
  }
  let r: bigint;
  if (M === 1n) r = 0n;
  else if (M < 94906265n && typeof a === 'number') {
    // number fast path: products stay below 2^53
    let res = 1;
    let base = Number(A);
    const mm = Number(M);
    let e = B;
    while (e > 0n) {
      if (e & 1n) res = (res * base) % mm;
      e >>= 1n;
      if (e > 0n) base = (base * base) % mm;
    }
    r = BigInt(res);
  } else {
    let res = 1n;
    let base = A;
    let e = B;
    while (e > 0n) {
      if (e & 1n) res = (res * base) % M;
      e >>= 1n;
      if (e > 0n) base = (base * base) % M;
    }
    r = res;
  }
  if (negM && r !== 0n) r -= M;
  return normInt(r);
}

// ---------------------------------------------------------------------------------------------------
// bit operations

function fitsInt32(v: PyInt): v is number {
  return typeof v === 'number' && (v | 0) === v;
}

export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (fitsInt32(a) && fitsInt32(b)) return a & b;
  return normInt(big(a) & big(b));
}
export function intOr(a: PyInt, b: PyInt): PyInt {
  if (fitsInt32(a) && fitsInt32(b)) return a | b;
  return normInt(big(a) | big(b));
}
export function intXor(a: PyInt, b: PyInt): PyInt {
  if (fitsInt32(a) && fitsInt32(b)) return a ^ b;
  return normInt(big(a) ^ big(b));
}
export function intInvert(a: PyInt): PyInt {
  if (typeof a === 'number') return intSub(-a, 1);
  return normInt(-a - 1n);
}

const MAX_SHIFT_BITS = 1 << 30; // V8's BigInt size limit is ~2^30 bits

export function intLshift(a: PyInt, n: PyInt): PyInt {
  if (intSign(n) < 0) throw new PyLibError('ValueError', 'negative shift count');
  if (intSign(a) === 0) return 0;
  if (typeof a === 'number' && typeof n === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (isSafe(r)) return r;
  }
  if (n > 0x3fffffffffffffffn) throw new PyLibError('OverflowError', 'too many digits in integer');
  if (Number(n) + bitLength(a) > MAX_SHIFT_BITS) throw new PyLibError('MemoryError', '');
  return normInt(big(a) << big(n));
}

export function intRshift(a: PyInt, n: PyInt): PyInt {
  if (intSign(n) < 0) throw new PyLibError('ValueError', 'negative shift count');
  if (typeof a === 'number') {
    if (typeof n === 'bigint' || n >= 53) return a < 0 ? -1 : 0;
    if (n < 32 && (a | 0) === a) return a >> n;
    return Math.floor(a / 2 ** n);
  }
  if (typeof n === 'bigint' || n > MAX_SHIFT_BITS) return a < 0n ? -1 : 0;
  return normInt(a >> BigInt(n));
}

/** int.bit_count() */
export function bitCount(v: PyInt): number {
  if (typeof v === 'number') {
    if (v < 0) v = -v;
    let c = 0;
    let lo = v % 4294967296;
    let hi = Math.floor(v / 4294967296);
    while (lo) {
      lo &= lo - 1;
      c++;
    }
    while (hi) {
      hi &= hi - 1;
      c++;
    }
    return c;
  }
  const s = (v < 0n ? -v : v).toString(2);
  let c = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 49) c++;
  return c;
}

/** Number of 30-bit digits CPython uses for |v| (0 for 0); sys.getsizeof(int) depends on it. */
export function ndigits(v: PyInt): number {
  return Math.ceil(bitLength(v) / 30);
}

// ---------------------------------------------------------------------------------------------------
// to_bytes / from_bytes

function checkByteorder(byteorder: string): boolean {
  if (byteorder === 'little') return true;
  if (byteorder === 'big') return false;
  throw new PyLibError('ValueError', "byteorder must be either 'little' or 'big'");
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False) */
export function intToBytes(v: PyInt, length: PyInt = 1, byteorder = 'big', signed = false): Uint8Array {
  if (intSign(length) < 0) throw new PyLibError('ValueError', 'length argument must be non-negative');
  const little = checkByteorder(byteorder);
  const len = Number(length);
  let V = big(v);
  if (V < 0n && !signed) throw new PyLibError('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(len * 8);
  if (signed) {
    const lim = len === 0 ? 0n : 1n << (bits - 1n);
    if (V >= lim || V < -lim) {
      if (!(len === 0 && (V === 0n || V === -1n))) throw new PyLibError('OverflowError', 'int too big to convert');
    }
  } else if (len === 0 ? V !== 0n : V >> bits !== 0n) throw new PyLibError('OverflowError', 'int too big to convert');
  if (V < 0n) V += 1n << bits;
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    const byte = Number(V & 0xffn);
    V >>= 8n;
    out[little ? i : len - 1 - i] = byte;
  }
  return out;
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False) */
export function intFromBytes(bytes: ArrayLike<number>, byteorder = 'big', signed = false): PyInt {
  const little = checkByteorder(byteorder);
  const n = bytes.length;
  if (n === 0) return 0;
  if (n <= 6) {
    let r = 0;
    for (let i = 0; i < n; i++) r = r * 256 + bytes[little ? n - 1 - i : i];
    if (signed && r >= 2 ** (8 * n - 1)) r -= 2 ** (8 * n);
    return r;
  }
  let hex = '';
  for (let i = 0; i < n; i++) hex += bytes[little ? n - 1 - i : i].toString(16).padStart(2, '0');
  let r = BigInt('0x' + hex);
  if (signed && bytes[little ? n - 1 : 0] >= 128) r -= 1n << BigInt(8 * n);
  return normInt(r);
}

// ---------------------------------------------------------------------------------------------------
// int <-> str

function exceedsToStr(limit: number): never {
  throw new PyLibError(
    'ValueError',
    `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** str(int) / repr(int). */
export function intToDecimal(v: PyInt, maxStrDigits = DEFAULT_MAX_STR_DIGITS): string {
  if (typeof v === 'number') return String(v);
  const s = v.toString();
  if (maxStrDigits > 0 && s.length - (v < 0n ? 1 : 0) > maxStrDigits) exceedsToStr(maxStrDigits);
  return s;
}

/** int → digits in base 2..36 (lower case, '-' sign, no prefix). The str-digits limit applies to base 10 only. */
export function intToString(v: PyInt, base = 10, maxStrDigits = DEFAULT_MAX_STR_DIGITS): string {
  if (base === 10) return intToDecimal(v, maxStrDigits);
  return v.toString(base);
}

export function intBin(v: PyInt): string {
  const neg = intSign(v) < 0;
  return (neg ? '-0b' : '0b') + intAbs(v).toString(2);
}
export function intOct(v: PyInt): string {
  const neg = intSign(v) < 0;
  return (neg ? '-0o' : '0o') + intAbs(v).toString(8);
}
export function intHex(v: PyInt): string {
  const neg = intSign(v) < 0;
  return (neg ? '-0x' : '0x') + intAbs(v).toString(16);
}

function digitVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

function isPySpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** %.200R: the repr truncated to 200 characters (code points). */
function repr200(s: string, repr: (s: string) => string): string {
  const r = repr(s);
  const cps = Array.from(r);
  return cps.length > 200 ? cps.slice(0, 200).join('') : r;
}

/** What intFromString parsed: the number of digit characters (leading zeros included) and the base. */
export interface IntStringInfo {
  digits: number;
  base: number;
}

/**
 * int(s, base) for a str argument (PyLong_FromUnicodeObject). `repr` renders the original argument for
 * the error message (Python str repr by default; pass a bytes repr for bytes arguments).  `info` receives
 * the digit count and base (CPython sizes the result's allocation from them: lib/longalloc.ts).
 */
export function intFromString(
  s: string,
  base: PyInt = 10,
  maxStrDigits = DEFAULT_MAX_STR_DIGITS,
  repr: (s: string) => string = pyStrRepr,
  info?: IntStringInfo,
): PyInt {
  const b0 = Number(base);
  if (typeof base === 'bigint' || (b0 !== 0 && (b0 < 2 || b0 > 36)))
    throw new PyLibError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  // fast path: short plain decimal
  if (b0 === 10 && s.length > 0 && s.length <= 15) {
    let ok = true;
    let i = s.charCodeAt(0) === 45 || s.charCodeAt(0) === 43 ? 1 : 0;
    if (i === s.length) ok = false;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) {
        ok = false;
        break;
      }
    }
    if (ok) {
      if (info) {
        info.digits = s.length - (s.charCodeAt(0) === 45 || s.charCodeAt(0) === 43 ? 1 : 0);
        info.base = 10;
      }
      return +s + 0;
    }
  }
  const invalid = (): never => {
    throw new PyLibError('ValueError', `invalid literal for int() with base ${b0}: ${repr200(s, repr)}`);
  };
  let t: string | null = s;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 127) {
      t = transformDecimalAndSpace(s);
      break;
    }
  }
  if (t === null) return invalid();
  let p = 0;
  const n = t.length;
  while (p < n && isPySpace(t.charCodeAt(p))) p++;
  let neg = false;
  if (t[p] === '+') p++;
  else if (t[p] === '-') {
    neg = true;
    p++;
  }
  let base2 = b0;
  if (base2 === 0) {
    if (t[p] !== '0') base2 = 10;
    else if (t[p + 1] === 'x' || t[p + 1] === 'X') base2 = 16;
    else if (t[p + 1] === 'o' || t[p + 1] === 'O') base2 = 8;
    else if (t[p + 1] === 'b' || t[p + 1] === 'B') base2 = 2;
    else {
      // "old" octal forbidden: only zeros (and underscores) allowed
      base2 = 10;
      let q = p;
      let prev = '';
      let ok = true;
      while (q < n && (t[q] === '0' || t[q] === '_')) {
        if (t[q] === '_' && prev === '_') ok = false;
        prev = t[q];
        q++;
      }
      if (prev === '_') ok = false;
      while (q < n && isPySpace(t.charCodeAt(q))) q++;
      if (!ok || q !== n) return invalid();
      return 0;
    }
  }
  let prefixed = false;
  if (t[p] === '0') {
    const c = t[p + 1];
    if (
      (base2 === 16 && (c === 'x' || c === 'X')) ||
      (base2 === 8 && (c === 'o' || c === 'O')) ||
      (base2 === 2 && (c === 'b' || c === 'B'))
    ) {
      p += 2;
      prefixed = true;
      // one underscore may follow the prefix
      if (t[p] === '_') p++;
    }
  }
  // digits with single underscores between them
  const start = p;
  let digits = 0;
  let prevUnderscore = false;
  let clean = '';
  let hasUnderscore = false;
  while (p < n) {
    const c = t.charCodeAt(p);
    if (c === 95) {
      if (prevUnderscore || (p === start && !prefixed)) break;
      prevUnderscore = true;
      hasUnderscore = true;
      p++;
      continue;
    }
    if (digitVal(c) >= base2) break;
    prevUnderscore = false;
    digits++;
    p++;
  }
  if (prevUnderscore || digits === 0) return invalid();
  const body = t.slice(start, p);
  clean = hasUnderscore ? body.replace(/_/g, '') : body;
  if ((base2 & (base2 - 1)) !== 0 && maxStrDigits > 0 && digits > 640 && digits > maxStrDigits) {
    throw new PyLibError(
      'ValueError',
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  while (p < n && isPySpace(t.charCodeAt(p))) p++;
  if (p !== n) return invalid();
  if (info) {
    info.digits = digits;
    info.base = base2;
  }
  let v: PyInt;
  if (base2 === 10 && clean.length <= 15) v = +clean;
  else if (base2 === 16) v = normInt(BigInt('0x' + clean));
  else if (base2 === 2) v = normInt(BigInt('0b' + clean));
  else if (base2 === 8) v = normInt(BigInt('0o' + clean));
  else if (base2 === 10) v = normInt(BigInt(clean));
  else {
    // generic base: chunked accumulation
    let acc = 0n;
    const B = BigInt(base2);
    const chunk = base2 <= 16 ? 10 : 8;
    for (let i = 0; i < clean.length; i += chunk) {
      const part = clean.slice(i, i + chunk);
      let x = 0;
      for (let j = 0; j < part.length; j++) x = x * base2 + digitVal(part.charCodeAt(j));
      acc = acc * B ** BigInt(part.length) + BigInt(x);
    }
    v = normInt(acc);
  }
  return neg ? intNeg(v) : v;
}

/** int(x) for a float x: see floatrepr.floatToInt. Re-exported for convenience. */
export { floatToInt } from './floatrepr';

/** True if the float has its sign bit set (re-export). */
export { signBit };
