/**
 * CPython's hash functions (64-bit builds, 3.11 to 3.13), bit-exact.
 *
 * Design note
 * -----------
 * Representation.  A Python hash is a signed 64-bit `Py_hash_t`.  JS numbers cannot hold all of those and
 * `bigint` is far too slow for the dict/set hot paths, so a hash is a pair of int32 halves:
 *
 *     value = hi * 2**32 + (lo >>> 0)        (two's complement: hi carries the sign)
 *
 * held in a small mutable `PyHash` record.  Every function writes its result into an `out` record supplied by
 * the caller (a fresh one is allocated only when `out` is omitted), so the tables hash without allocating.
 * Tables store hashes in two `Int32Array`s.  `hashToPython(h)` converts to the exact Python value for printing
 * `hash(x)`: a JS number when |h| < 2**53, else a bigint.  Equality of hashes is `a.hi === b.hi && a.lo === b.lo`.
 *
 * Algorithms (learned from CPython's Python/pyhash.c, Objects/longobject.c, floatobject.c, tupleobject.c,
 * setobject.c, complexobject.c, unicodeobject.c; no code copied):
 *  - int: sign(v) * (|v| mod (2**61 - 1)); -1 becomes -2.
 *  - float: the rational value m * 2**e reduced mod 2**61 - 1 (a 61-bit rotation, since 2**61 == 1 mod P), so
 *    equal numbers of any type hash equal; +-inf -> +-314159; NaN hashes by identity (3.10+), i.e. like an
 *    object pointer.  -1 becomes -2.
 *  - object pointer (`object.__hash__`, NaN, None on 3.11): the address rotated right by 4 bits (64-bit).
 *  - str / bytes: SipHash-1-3 (all of 3.11, 3.12, 3.13 report `sys.hash_info.algorithm == 'siphash13'`) over the
 *    string's bytes in CPython's internal representation: 1 byte per char when every code point < 256, 2 bytes
 *    (UTF-16 LE code unit) when < 65536, else 4 bytes (UCS-4 LE).  Key: PYTHONHASHSEED=0 zeroes the secret,
 *    so k0 = k1 = 0.  Length 0 hashes to 0; -1 becomes -2.  JS strings are UTF-16: a well-formed surrogate
 *    pair counts as one code point, a lone surrogate as its own code point (as Python's '\ud800').
 *  - tuple: the xxHash-based tuplehash of 3.8+ over the item hashes.
 *  - frozenset: xor of `_shuffle_bits(h)` of the items, then length mixing and dispersion (an order-free
 *    function of the item hashes only, because the null/dummy contributions cancel).
 *  - complex: hash(real) + 1000003 * hash(imag) (mod 2**64); -1 becomes -2.
 *  - bool: 0 / 1.  None: 3.12+ a constant 0xFCA86420 (measured: 4238894112 on 3.12.1 and 3.13.0); 3.11 hashes
 *    None by its address like any object.
 */

export class PyHash {
  constructor(
    public hi = 0,
    public lo = 0,
  ) {}
}

/** The mod-2**61-1 modulus of numeric hashes (`sys.hash_info.modulus`). */
export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_INF = 314159;
export const HASH_IMAG = 1000003;
/** `hash(None)` on 3.12 and later. */
export const HASH_NONE_312 = 0xfca86420;

const TWO32 = 4294967296;

// ---------------------------------------------------------------- conversions

/** Exact Python value of a hash: a number when it is a safe integer, else a bigint. */
export function hashToPython(h: PyHash): number | bigint {
  const hi = h.hi | 0;
  // |value| < 2**53 exactly when hi is within [-2**21, 2**21 - 1]
  if (hi >= -0x200000 && hi < 0x200000) return hi * TWO32 + (h.lo >>> 0);
  return (BigInt(hi) << 32n) | BigInt(h.lo >>> 0);
}

export function hashToString(h: PyHash): string {
  return String(hashToPython(h));
}

/** Store a safe integer (already a valid hash, i.e. not -1) into `out`. */
export function setHashFromNumber(n: number, out: PyHash): PyHash {
  out.lo = n | 0;
  out.hi = Math.floor(n / TWO32) | 0;
  return out;
}

/** Store any signed 64-bit value given as a bigint (wrapped to 64 bits) into `out`; no -1 fix-up. */
export function setHashFromBigInt(b: bigint, out: PyHash): PyHash {
  const x = BigInt.asIntN(64, b);
  out.hi = Number(x >> 32n) | 0;
  out.lo = Number(BigInt.asIntN(32, x));
  return out;
}

export function hashEquals(a: PyHash, b: PyHash): boolean {
  return a.hi === b.hi && a.lo === b.lo;
}

function fixMinusOne(out: PyHash): PyHash {
  if (out.hi === -1 && out.lo === -1) out.lo = -2;
  return out;
}

// ---------------------------------------------------------------- 64-bit helpers (results in R_HI/R_LO)

let R_HI = 0;
let R_LO = 0;

/** Low 64 bits of a * b (unsigned == signed), via 16-bit limbs. */
function mul64(ahi: number, alo: number, bhi: number, blo: number): void {
  const a48 = ahi >>> 16,
    a32 = ahi & 0xffff,
    a16 = alo >>> 16,
    a00 = alo & 0xffff;
  const b48 = bhi >>> 16,
    b32 = bhi & 0xffff,
    b16 = blo >>> 16,
    b00 = blo & 0xffff;
  let c00 = a00 * b00;
  let c16 = c00 >>> 16;
  c00 &= 0xffff;
  c16 += a16 * b00;
  let c32 = c16 >>> 16;
  c16 &= 0xffff;
  c16 += a00 * b16;
  c32 += c16 >>> 16;
  c16 &= 0xffff;
  c32 += a32 * b00;
  let c48 = c32 >>> 16;
  c32 &= 0xffff;
  c32 += a16 * b16;
  c48 += c32 >>> 16;
  c32 &= 0xffff;
  c32 += a00 * b32;
  c48 += c32 >>> 16;
  c32 &= 0xffff;
  c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
  c48 &= 0xffff;
  R_HI = (c48 << 16) | c32;
  R_LO = (c16 << 16) | c00;
}

function add64(ahi: number, alo: number, bhi: number, blo: number): void {
  const lo = (alo >>> 0) + (blo >>> 0);
  R_LO = lo | 0;
  R_HI = (ahi + bhi + (lo > 0xffffffff ? 1 : 0)) | 0;
}

// ---------------------------------------------------------------- pointers, bool, None

/** `_Py_HashPointer`: the address rotated right by 4 bits; -1 becomes -2.  `addr` must be a safe integer >= 0. */
export function hashPointer(addr: number, out: PyHash = new PyHash()): PyHash {
  const lo = addr >>> 0;
  const hi = Math.floor(addr / TWO32) >>> 0;
  out.lo = (lo >>> 4) | (hi << 28);
  out.hi = (hi >>> 4) | (lo << 28);
  return fixMinusOne(out);
}

export function hashBool(b: boolean, out: PyHash = new PyHash()): PyHash {
  out.hi = 0;
  out.lo = b ? 1 : 0;
  return out;
}

/**
 * `hash(None)`: a constant on 3.12+; on 3.11 None hashes by address (`noneAddress` = id(None) in the memory
 * model) like any object without `__hash__`.
 */
export function hashNone(version: '3.11' | '3.12' | '3.13', noneAddress: number, out: PyHash = new PyHash()): PyHash {
  if (version === '3.11') return hashPointer(noneAddress, out);
  out.hi = 0;
  out.lo = HASH_NONE_312 | 0;
  return out;
}

// ---------------------------------------------------------------- int

const P61 = 2305843009213693951n;

/** `long_hash`: v may be any JS safe integer or a bigint. */
export function hashInt(v: number | bigint, out: PyHash = new PyHash()): PyHash {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) {
      if (!Number.isInteger(v)) throw new TypeError(`hashInt: not an integer: ${v}`);
      return hashInt(BigInt(v), out);
    }
    // |v| < 2**53 < 2**61 - 1: the hash is v itself (0 for -0), except -1 -> -2
    if (v === -1) {
      out.hi = -1;
      out.lo = -2;
      return out;
    }
    return setHashFromNumber(v, out);
  }
  if (v >= -9007199254740991n && v <= 9007199254740991n) return hashInt(Number(v), out);
  const neg = v < 0n;
  let m = (neg ? -v : v) % P61;
  if (neg) m = -m;
  if (m === -1n) m = -2n;
  return setHashFromBigInt(m, out);
}

// ---------------------------------------------------------------- float

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// little-endian layout assumed for the Float64Array/Uint32Array aliasing; checked once here.
const LITTLE_ENDIAN = (() => {
  F64[0] = 1;
  return U32[1] === 0x3ff00000;
})();

/**
 * `_Py_HashDouble(inst, x)`.  `identity` is the address of the float object, used only for NaN (3.10+).
 */
export function hashFloat(x: number, identity: number, out: PyHash = new PyHash()): PyHash {
  if (Number.isInteger(x) && x > -9007199254740992 && x < 9007199254740992) {
    return hashInt(x, out); // -0.0 -> 0, -1.0 -> -2
  }
  if (x !== x) return hashPointer(identity, out);
  if (x === Infinity) {
    out.hi = 0;
    out.lo = HASH_INF;
    return out;
  }
  if (x === -Infinity) {
    out.hi = -1;
    out.lo = -HASH_INF;
    return out;
  }
  // x = mant * 2**e with mant an integer < 2**53
  F64[0] = x;
  const whi = LITTLE_ENDIAN ? U32[1] : U32[0];
  const wlo = LITTLE_ENDIAN ? U32[0] : U32[1];
  const bexp = (whi >>> 20) & 0x7ff;
  let mant = (whi & 0xfffff) * TWO32 + wlo;
  let e: number;
  if (bexp === 0) {
    e = -1074;
  } else {
    mant += 4503599627370496; // implicit bit 2**52
    e = bexp - 1075;
  }
  // 2**61 == 1 (mod P): multiply by 2**(e mod 61), a rotation of the 61-bit value
  let k = e % 61;
  if (k < 0) k += 61;
  const m = BigInt(mant);
  let r = k === 0 ? m : ((m << BigInt(k)) & P61) | (m >> BigInt(61 - k));
  if (r === P61) r = 0n;
  if (x < 0) r = -r;
  if (r === -1n) r = -2n;
  return setHashFromBigInt(r, out);
}

// ---------------------------------------------------------------- complex

/** `complex_hash` from the component hashes (hash(real), hash(imag) computed with hashFloat). */
export function hashComplex(realHash: PyHash, imagHash: PyHash, out: PyHash = new PyHash()): PyHash {
  mul64(imagHash.hi, imagHash.lo, 0, HASH_IMAG);
  add64(realHash.hi, realHash.lo, R_HI, R_LO);
  out.hi = R_HI;
  out.lo = R_LO;
  return fixMinusOne(out);
}

// ---------------------------------------------------------------- SipHash-1-3

let BUF = new Uint8Array(256);
function scratch(n: number): Uint8Array {
  if (BUF.length < n) BUF = new Uint8Array(Math.max(n, BUF.length * 2));
  return BUF;
}

// state v0..v3 as hi/lo halves
let v0h = 0,
  v0l = 0,
  v1h = 0,
  v1l = 0,
  v2h = 0,
  v2l = 0,
  v3h = 0,
  v3l = 0;

function sipRound(): void {
  let lo: number, th: number, tl: number;
  // v0 += v1
  lo = (v0l >>> 0) + (v1l >>> 0);
  v0h = (v0h + v1h + (lo > 0xffffffff ? 1 : 0)) | 0;
  v0l = lo | 0;
  // v1 = rotl(v1, 13) ^ v0
  th = (v1h << 13) | (v1l >>> 19);
  tl = (v1l << 13) | (v1h >>> 19);
  v1h = th ^ v0h;
  v1l = tl ^ v0l;
  // v0 = rotl(v0, 32)
  th = v0h;
  v0h = v0l;
  v0l = th;
  // v2 += v3
  lo = (v2l >>> 0) + (v3l >>> 0);
  v2h = (v2h + v3h + (lo > 0xffffffff ? 1 : 0)) | 0;
  v2l = lo | 0;
  // v3 = rotl(v3, 16) ^ v2
  th = (v3h << 16) | (v3l >>> 16);
  tl = (v3l << 16) | (v3h >>> 16);
  v3h = th ^ v2h;
  v3l = tl ^ v2l;
  // v0 += v3
  lo = (v0l >>> 0) + (v3l >>> 0);
  v0h = (v0h + v3h + (lo > 0xffffffff ? 1 : 0)) | 0;
  v0l = lo | 0;
  // v3 = rotl(v3, 21) ^ v0
  th = (v3h << 21) | (v3l >>> 11);
  tl = (v3l << 21) | (v3h >>> 11);
  v3h = th ^ v0h;
  v3l = tl ^ v0l;
  // v2 += v1
  lo = (v2l >>> 0) + (v1l >>> 0);
  v2h = (v2h + v1h + (lo > 0xffffffff ? 1 : 0)) | 0;
  v2l = lo | 0;
  // v1 = rotl(v1, 17) ^ v2
  th = (v1h << 17) | (v1l >>> 15);
  tl = (v1l << 17) | (v1h >>> 15);
  v1h = th ^ v2h;
  v1l = tl ^ v2l;
  // v2 = rotl(v2, 32)
  th = v2h;
  v2h = v2l;
  v2l = th;
}

/** SipHash-1-3 of buf[0..n) with key (k0, k1) = (0, 0) (PYTHONHASHSEED=0), then 0 for n = 0 and -1 -> -2. */
function siphash13Zero(buf: Uint8Array, n: number, out: PyHash): PyHash {
  if (n === 0) {
    out.hi = 0;
    out.lo = 0;
    return out;
  }
  // "somepseudorandomlygeneratedbytes" xor key (zero)
  v0h = 0x736f6d65;
  v0l = 0x70736575;
  v1h = 0x646f7261;
  v1l = 0x6e646f6d;
  v2h = 0x6c796765;
  v2l = 0x6e657261;
  v3h = 0x74656462;
  v3l = 0x79746573;
  const blocks = n & ~7;
  let i = 0;
  for (; i < blocks; i += 8) {
    const ml = buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24);
    const mh = buf[i + 4] | (buf[i + 5] << 8) | (buf[i + 6] << 16) | (buf[i + 7] << 24);
    v3h ^= mh;
    v3l ^= ml;
    sipRound();
    v0h ^= mh;
    v0l ^= ml;
  }
  // last block: remaining bytes, top byte = length mod 256
  let bl = 0;
  let bh = (n & 0xff) << 24;
  const rem = n - blocks;
  for (let j = 0; j < rem; j++) {
    const byte = buf[i + j];
    if (j < 4) bl |= byte << (8 * j);
    else bh |= byte << (8 * (j - 4));
  }
  v3h ^= bh;
  v3l ^= bl;
  sipRound();
  v0h ^= bh;
  v0l ^= bl;
  v2l ^= 0xff;
  sipRound();
  sipRound();
  sipRound();
  out.hi = v0h ^ v1h ^ v2h ^ v3h;
  out.lo = v0l ^ v1l ^ v2l ^ v3l;
  return fixMinusOne(out);
}

/** `bytes.__hash__` (also memoryview of bytes): SipHash-1-3 of the bytes. */
export function hashBytes(u8: Uint8Array, out: PyHash = new PyHash()): PyHash {
  return siphash13Zero(u8, u8.length, out);
}

/** CPython's storage kind of a str: 1 (latin-1), 2 (UCS-2) or 4 (UCS-4). */
export function strKind(s: string): 1 | 2 | 4 {
  let kind: 1 | 2 | 4 = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 256) continue;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) return 4;
    }
    kind = 2;
  }
  return kind;
}

/** `str.__hash__` with PYTHONHASHSEED=0. */
export function hashStr(s: string, out: PyHash = new PyHash()): PyHash {
  const len = s.length;
  if (len === 0) {
    out.hi = 0;
    out.lo = 0;
    return out;
  }
  const kind = strKind(s);
  if (kind === 1) {
    const b = scratch(len);
    for (let i = 0; i < len; i++) b[i] = s.charCodeAt(i);
    return siphash13Zero(b, len, out);
  }
  if (kind === 2) {
    const b = scratch(len * 2);
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      b[2 * i] = c & 0xff;
      b[2 * i + 1] = c >>> 8;
    }
    return siphash13Zero(b, len * 2, out);
  }
  const b = scratch(len * 4);
  let n = 0;
  for (let i = 0; i < len; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < len) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    b[n] = c & 0xff;
    b[n + 1] = (c >>> 8) & 0xff;
    b[n + 2] = c >>> 16;
    b[n + 3] = 0;
    n += 4;
  }
  return siphash13Zero(b, n, out);
}

// ---------------------------------------------------------------- tuple (xxHash-based, 3.8+)

const XXP1_HI = 0x9e3779b1 | 0,
  XXP1_LO = 0x85ebca87 | 0;
const XXP2_HI = 0xc2b2ae3d | 0,
  XXP2_LO = 0x27d4eb4f | 0;
const XXP5_HI = 0x27d4eb2f | 0,
  XXP5_LO = 0x165667c5 | 0;
// XXPRIME_5 ^ 3527539
const XXP5X_LO = 0x1663b4b6 | 0;

/**
 * Incremental tuplehash so callers can hash items one by one (item hashes may throw) without building arrays:
 *     const t = new TupleHasher(); for (item) t.add(hashOf(item)); t.finish(n, out)
 */
export class TupleHasher {
  private hi = XXP5_HI;
  private lo = XXP5_LO;

  reset(): this {
    this.hi = XXP5_HI;
    this.lo = XXP5_LO;
    return this;
  }

  add(h: PyHash): this {
    return this.addHalves(h.hi, h.lo);
  }

  addHalves(hhi: number, hlo: number): this {
    mul64(hhi, hlo, XXP2_HI, XXP2_LO);
    add64(this.hi, this.lo, R_HI, R_LO);
    // rotl 31
    const h = R_HI,
      l = R_LO;
    const rh = (h << 31) | (l >>> 1);
    const rl = (l << 31) | (h >>> 1);
    mul64(rh, rl, XXP1_HI, XXP1_LO);
    this.hi = R_HI;
    this.lo = R_LO;
    return this;
  }

  /** The accumulator without tuplehash's length step (3.12+ slice_hash). */
  finishNoLength(out: PyHash = new PyHash()): PyHash {
    if (this.hi === -1 && this.lo === -1) {
      out.hi = 0;
      out.lo = 1546275796;
      return out;
    }
    out.hi = this.hi;
    out.lo = this.lo;
    return out;
  }

  finish(length: number, out: PyHash = new PyHash()): PyHash {
    // acc += len ^ (XXPRIME_5 ^ 3527539); len < 2**31 here
    add64(this.hi, this.lo, XXP5_HI, XXP5X_LO ^ length);
    if (R_HI === -1 && R_LO === -1) {
      out.hi = 0;
      out.lo = 1546275796;
      return out;
    }
    out.hi = R_HI;
    out.lo = R_LO;
    return out;
  }
}

const TUPLE_HASHER = new TupleHasher();

/** `tuplehash` from the item hashes. */
export function hashTuple(itemHashes: readonly PyHash[], out: PyHash = new PyHash()): PyHash {
  const t = TUPLE_HASHER.reset();
  for (let i = 0; i < itemHashes.length; i++) t.add(itemHashes[i]);
  return t.finish(itemHashes.length, out);
}

// ---------------------------------------------------------------- frozenset

/** `_shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167` (mod 2**64), into R_HI/R_LO. */
function shuffleBits(hhi: number, hlo: number): void {
  const xh = hhi ^ ((hhi << 16) | (hlo >>> 16));
  const xl = hlo ^ 89869747 ^ (hlo << 16);
  mul64(xh, xl, 0, 3644798167 | 0);
}

/** Order-free accumulator for `frozenset.__hash__`: add each item's hash, then finish(len). */
export class FrozensetHasher {
  private hi = 0;
  private lo = 0;

  reset(): this {
    this.hi = 0;
    this.lo = 0;
    return this;
  }

  addHalves(hhi: number, hlo: number): this {
    shuffleBits(hhi, hlo);
    this.hi ^= R_HI;
    this.lo ^= R_LO;
    return this;
  }

  add(h: PyHash): this {
    return this.addHalves(h.hi, h.lo);
  }

  finish(size: number, out: PyHash = new PyHash()): PyHash {
    // hash ^= (size + 1) * 1927868237
    mul64(0, (size + 1) | 0, 0, 1927868237);
    let hh = this.hi ^ R_HI;
    let hl = this.lo ^ R_LO;
    // hash ^= (hash >> 11) ^ (hash >> 25)   (logical shifts)
    const s11h = hh >>> 11,
      s11l = (hl >>> 11) | (hh << 21);
    const s25h = hh >>> 25,
      s25l = (hl >>> 25) | (hh << 7);
    hh ^= s11h ^ s25h;
    hl ^= s11l ^ s25l;
    // hash = hash * 69069 + 907133923
    mul64(hh, hl, 0, 69069);
    add64(R_HI, R_LO, 0, 907133923);
    if (R_HI === -1 && R_LO === -1) {
      out.hi = 0;
      out.lo = 590923713;
      return out;
    }
    out.hi = R_HI;
    out.lo = R_LO;
    return out;
  }
}

const FROZENSET_HASHER = new FrozensetHasher();

/** `frozenset.__hash__` from the item hashes (any order). */
export function hashFrozenset(itemHashes: readonly PyHash[], out: PyHash = new PyHash()): PyHash {
  const f = FROZENSET_HASHER.reset();
  for (let i = 0; i < itemHashes.length; i++) f.add(itemHashes[i]);
  return f.finish(itemHashes.length, out);
}
