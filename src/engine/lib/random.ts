/**
 * random — CPython's `random` module, bit for bit (Modules/_randommodule.c + Lib/random.py).
 *
 * Design note
 * - `PyRandom` holds the MT19937 state (Uint32Array(624) + index) and `gauss_next`, exactly like a
 *   random.Random instance; the module-level functions of `random` are one shared instance owned by the
 *   caller. The random.py algorithm is selected by the `version` given at construction
 *   ('3.11' | '3.12' | '3.13'); differences handled: randrange (3.11 accepts integral floats — see
 *   `randrangeCoerce311` — and has different error texts), binomialvariate (3.12+), error texts of seed.
 * - Python sequences never cross this boundary: the sequence APIs work on lengths and return indices
 *   (`choiceIndex(n)`, `shuffleIndices(n)` → the swaps to apply, `sampleIndices(n, k)`,
 *   `choicesIndices(...)`), consuming random numbers in exactly the same order as random.py.
 * - Ints are number|bigint (canonical form, see intops); getrandbits builds results from 32-bit words
 *   like _PyLong_FromByteArray. Float math (log, exp, cos, …) goes through pymath so results match
 *   CPython's libm calls.
 */
import { PyLibError } from './errors';
import { normInt, type PyInt, decompose } from './floatrepr';
import { intFromBytes, bitLength, type PyVersion } from './intops';
import { sha512, utf8Encode } from './sha512';
import { mLog, mExp, mCos, mSin, mAcos, mSqrt, mPow, mLgamma, mLog2, mFloor } from './pymath';

export type { PyVersion };

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

const TWOPI = 2.0 * Math.PI;
const LOG4 = mLog(4.0);
const SG_MAGICCONST = 1.0 + mLog(4.5);
const NV_MAGICCONST = (4 * mExp(-0.5)) / mSqrt(2.0);

/** Plain-data form of random.getstate(): (3, tuple(624 words + index), gauss_next). */
export interface RandomState {
  version: number;
  internal: number[]; // 625 entries
  gaussNext: number | null;
}

function imul32(a: number, b: number): number {
  return Math.imul(a, b) >>> 0;
}

export class PyRandom {
  readonly mt = new Uint32Array(N);
  index = N + 1;
  gaussNext: number | null = null;

  constructor(readonly version: PyVersion = '3.12') {}

  // ---------------------------------------------------------------- MT19937 core
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (imul32(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    const keyLength = key.length;
    let k = N > keyLength ? N : keyLength;
    for (; k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ imul32(prev, 1664525)) + (key[j] >>> 0) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (k = N - 1; k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ imul32(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  genrandUint32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  // ---------------------------------------------------------------- seeding
  /** seed(int): abs value split into 32-bit words, little-endian (random_seed). */
  seedInt(a: PyInt): void {
    let n = typeof a === 'bigint' ? (a < 0n ? -a : a) : Math.abs(a);
    const key: number[] = [];
    if (typeof n === 'number') {
      if (n === 0) key.push(0);
      while (n > 0) {
        key.push(n % 4294967296);
        n = Math.floor(n / 4294967296);
      }
    } else {
      while (n > 0n) {
        key.push(Number(n & 0xffffffffn));
        n >>= 32n;
      }
    }
    this.initByArray(key);
    this.gaussNext = null;
  }

  /** seed(float): CPython seeds with hash(x) reinterpreted as an unsigned 64-bit integer. */
  seedFloat(x: number): void {
    if (x !== x) throw new PyLibError('ValueError', 'seed(nan) depends on object identity in CPython; not reproducible');
    const h = hashFloat(x);
    this.seedInt(h < 0n ? h + (1n << 64n) : h);
  }

  /** seed(str) / seed(bytes) with version 2 (the default): int.from_bytes(a + sha512(a).digest()). */
  seedBytes(bytes: Uint8Array): void {
    const all = new Uint8Array(bytes.length + 64);
    all.set(bytes);
    all.set(sha512(bytes), bytes.length);
    this.seedInt(intFromBytes(all, 'big'));
  }

  seedStr(s: string): void {
    this.seedBytes(utf8Encode(s));
  }

  /** seed(a, version=1) for str/bytes (code points / byte values). */
  seedVersion1(codes: ArrayLike<number>): void {
    const mask = (1n << 64n) - 1n;
    let x = codes.length ? BigInt(codes[0]) << 7n : 0n;
    for (let i = 0; i < codes.length; i++) x = ((1000003n * x) ^ BigInt(codes[i])) & mask;
    x ^= BigInt(codes.length);
    // a = -2 if x == -1 else x   (x is never -1 here)
    this.seedInt(normInt(x));
  }

  /** seed(None): CPython reads 624 words from os.urandom; we use the host PRNG. */
  seedEntropy(): void {
    const key = new Array<number>(N);
    for (let i = 0; i < N; i++) key[i] = Math.floor(Math.random() * 4294967296) >>> 0;
    this.initByArray(key);
    this.gaussNext = null;
  }

  /** TypeError for unsupported seed types (text differs in 3.13). */
  seedTypeError(): never {
    throw new PyLibError(
      'TypeError',
      this.version === '3.13'
        ? 'The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.'
        : 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.',
    );
  }

  // ---------------------------------------------------------------- state
  getstate(): RandomState {
    const internal = Array.from(this.mt);
    internal.push(this.index);
    return { version: 3, internal, gaussNext: this.gaussNext };
  }

  /** setstate(state). `internal` items may be ints of any size (truncated to 32 bits like C). */
  setstate(state: { version: PyInt; internal: readonly PyInt[]; gaussNext: number | null }): void {
    const v = Number(state.version);
    if (v !== 3 && v !== 2) {
      throw new PyLibError(
        'ValueError',
        `state with version ${String(state.version)} passed to Random.setstate() of version 3`,
      );
    }
    let items = state.internal;
    if (v === 2) {
      items = items.map((x) => (typeof x === 'bigint' ? ((x % 4294967296n) + 4294967296n) % 4294967296n : ((x % 4294967296) + 4294967296) % 4294967296));
    }
    if (items.length !== N + 1) throw new PyLibError('ValueError', 'state vector is the wrong size');
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      const x = items[i];
      if (x < 0) throw new PyLibError('OverflowError', "can't convert negative value to unsigned int");
      if (x > 0xffffffffffffffffn) throw new PyLibError('OverflowError', 'Python int too large to convert to C unsigned long');
      words[i] = typeof x === 'bigint' ? Number(x & 0xffffffffn) : x % 4294967296;
    }
    const index = items[N];
    if (index < 0 || index > N) throw new PyLibError('ValueError', 'invalid state');
    this.mt.set(words);
    this.index = Number(index);
    this.gaussNext = state.gaussNext;
  }

  // ---------------------------------------------------------------- core outputs
  /** random(): 53-bit float in [0, 1). */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k) */
  getrandbits(k: PyInt): PyInt {
    if (k < 0) throw new PyLibError('ValueError', 'number of bits must be non-negative');
    let kk = Number(k);
    if (kk === 0) return 0;
    if (kk <= 32) return this.genrandUint32() >>> (32 - kk);
    if (kk <= 53) {
      // two words fit a safe integer
      const lo = this.genrandUint32();
      let hi = this.genrandUint32();
      hi >>>= 64 - kk;
      return hi * 4294967296 + lo;
    }
    const words = Math.floor((kk - 1) / 32) + 1;
    let hex = '';
    const parts: string[] = new Array(words);
    for (let i = 0; i < words; i++, kk -= 32) {
      let r = this.genrandUint32();
      if (kk < 32) r >>>= 32 - kk;
      parts[words - 1 - i] = r.toString(16).padStart(8, '0');
    }
    hex = parts.join('');
    return normInt(BigInt('0x' + hex));
  }

  /** randbytes(n): little-endian bytes of getrandbits(n*8). */
  randbytes(n: number): Uint8Array {
    if (n < 0) throw new PyLibError('ValueError', 'number of bits must be non-negative');
    const out = new Uint8Array(n);
    let i = 0;
    let k = n * 8;
    if (k <= 32 && k > 0) {
      const r = this.genrandUint32() >>> (32 - k);
      for (; i < n; i++) out[i] = (r >>> (8 * i)) & 0xff;
      return out;
    }
    // words from least significant; each word little-endian
    while (k > 0) {
      let r = this.genrandUint32();
      if (k < 32) r >>>= 32 - k;
      for (let b = 0; b < 4 && i < n; b++, i++) out[i] = (r >>> (8 * b)) & 0xff;
      k -= 32;
    }
    return out;
  }

  /** _randbelow(n) for n > 0 (getrandbits-based, as random.Random uses). */
  randbelow(n: PyInt): PyInt {
    if (typeof n === 'number' && n <= 4294967296) {
      const k = bitLength(n);
      if (k <= 32) {
        let r = k === 0 ? 0 : this.genrandUint32() >>> (32 - k);
        while (r >= n) r = this.genrandUint32() >>> (32 - k);
        return r;
      }
    }
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  // ---------------------------------------------------------------- integers
  /**
   * randrange(start[, stop[, step]]). Pass `stop === undefined` for the one-argument form and
   * `step === undefined` when not given. Arguments must already be ints (operator.index); for 3.11
   * integral floats see randrangeCoerce311.
   */
  randrange(start: PyInt, stop?: PyInt | null, step?: PyInt): PyInt {
    const v311 = this.version === '3.11';
    if (stop === undefined || stop === null) {
      if (step !== undefined) throw new PyLibError('TypeError', 'Missing a non-None stop argument');
      if (start > 0) return this.randbelow(start);
      throw new PyLibError('ValueError', 'empty range for randrange()');
    }
    const width = sub(stop, start);
    const istep = step === undefined ? 1 : step;
    if (istep === 1 || istep === 1n) {
      if (width > 0) return add(start, this.randbelow(width));
      throw new PyLibError(
        'ValueError',
        v311
          ? `empty range for randrange() (${start}, ${stop}, ${width})`
          : `empty range in randrange(${start}, ${stop})`,
      );
    }
    let n: PyInt;
    if (istep > 0) n = floorDiv(add(width, sub(istep, 1)), istep);
    else if (istep < 0) n = floorDiv(add(width, add(istep, 1)), istep);
    else throw new PyLibError('ValueError', 'zero step for randrange()');
    if (n <= 0) {
      throw new PyLibError(
        'ValueError',
        v311 ? 'empty range for randrange()' : `empty range in randrange(${start}, ${stop}, ${istep})`,
      );
    }
    return add(start, mul(istep, this.randbelow(n)));
  }

  /** randint(a, b) */
  randint(a: PyInt, b: PyInt): PyInt {
    return this.randrange(a, add(b, 1));
  }

  // ---------------------------------------------------------------- sequences (by length)
  /** choice(seq): index into a sequence of length n. */
  choiceIndex(n: number): number {
    if (!n) throw new PyLibError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelow(n) as number;
  }

  /**
   * shuffle(x) for len(x) == n: returns the swap list [i0, j0, i1, j1, …] to apply in order
   * (x[i], x[j] = x[j], x[i]); `shufflePermutation` gives the resulting order directly.
   */
  shuffleIndices(n: number): Int32Array {
    const swaps = new Int32Array(n > 1 ? 2 * (n - 1) : 0);
    let p = 0;
    for (let i = n - 1; i >= 1; i--) {
      const j = this.randbelow(i + 1) as number;
      swaps[p++] = i;
      swaps[p++] = j;
    }
    return swaps;
  }

  /** The permutation produced by shuffle on [0..n): result[pos] = original index now at pos. */
  shufflePermutation(n: number): number[] {
    const perm = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i >= 1; i--) {
      const j = this.randbelow(i + 1) as number;
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    return perm;
  }

  /** sample(population, k) for len(population) == n: the selected indices in order. */
  sampleIndices(n: number, k: number): number[] {
    if (!(k >= 0 && k <= n)) throw new PyLibError('ValueError', 'Sample larger than population or is negative');
    const result = new Array<number>(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(mLog(k * 3) / mLog(4));
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i) as number;
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n) as number;
        while (selected.has(j)) j = this.randbelow(n) as number;
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * sample(population, k, counts=counts): indices into the population (len == counts.length).
   * counts must be ints (pass null for a non-int total → TypeError like CPython).
   */
  sampleCountsIndices(counts: readonly (PyInt | null)[], n: number, k: number): number[] {
    const cum: PyInt[] = [];
    let acc: PyInt = 0;
    let nonInt = false;
    for (const c of counts) {
      if (c === null) nonInt = true;
      else acc = add(acc, c);
      cum.push(acc);
    }
    if (cum.length !== n) throw new PyLibError('ValueError', 'The number of counts does not match the population');
    const total = cum.pop();
    if (total === undefined) throw new PyLibError('IndexError', 'pop from empty list');
    if (nonInt) throw new PyLibError('TypeError', 'Counts must be integers');
    if (total <= 0) throw new PyLibError('ValueError', 'Total of counts must be greater than zero');
    if (typeof total === 'bigint') throw new PyLibError('OverflowError', 'total of counts too large for this implementation');
    const sel = this.sampleIndices(total, k);
    return sel.map((s) => bisectRight(cum, s, 0, cum.length));
  }

  /**
   * choices(population, weights=None, *, cum_weights=None, k=1) with len(population) == n.
   * Weights are numbers (ints or floats; sums of ints stay exact in JS while below 2^53).
   */
  choicesIndices(n: number, k: number, weights?: readonly number[] | null, cumWeights?: readonly number[] | null): number[] {
    const out = new Array<number>(Math.max(0, k));
    if (cumWeights === undefined || cumWeights === null) {
      if (weights === undefined || weights === null) {
        const nf = n + 0.0;
        for (let i = 0; i < k; i++) out[i] = Math.floor(this.random() * nf);
        return out;
      }
      const cw: number[] = [];
      let acc = 0;
      for (let i = 0; i < weights.length; i++) {
        acc = i === 0 ? weights[0] : acc + weights[i];
        cw.push(acc);
      }
      cumWeights = cw;
    } else if (weights !== undefined && weights !== null) {
      throw new PyLibError('TypeError', 'Cannot specify both weights and cumulative weights');
    }
    if (cumWeights.length !== n) throw new PyLibError('ValueError', 'The number of weights does not match the population');
    if (n === 0) throw new PyLibError('IndexError', 'list index out of range');
    const total = cumWeights[n - 1] + 0.0;
    if (total <= 0.0) throw new PyLibError('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new PyLibError('ValueError', 'Total of weights must be finite');
    const hi = n - 1;
    for (let i = 0; i < k; i++) out[i] = bisectRight(cumWeights, this.random() * total, 0, hi);
    return out;
  }

  // ---------------------------------------------------------------- real distributions
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    const u0 = this.random();
    let u = u0;
    let c: number;
    if (mode === null) c = 0.5;
    else {
      if (high - low === 0) return low; // ZeroDivisionError caught in random.py
      c = (mode - low) / (high - low);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      const t = low;
      low = high;
      high = t;
    }
    return low + (high - low) * mSqrt(u * c);
  }

  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -mLog(u2)) break;
    }
    return mu + z * sigma;
  }

  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = mSqrt(-2.0 * mLog(1.0 - this.random()));
      z = mCos(x2pi) * g2rad;
      this.gaussNext = mSin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return mExp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd = 1.0): number {
    const r = -mLog(1.0 - this.random());
    if (lambd === 0) throw new PyLibError('ZeroDivisionError', 'float division by zero');
    return r / lambd;
  }

  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + mSqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = mCos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * mExp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    if (u3 > 0.5) return pyFmod(mu + mAcos(f), TWOPI);
    return pyFmod(mu - mAcos(f), TWOPI);
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw new PyLibError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1.0) {
      const ainv = mSqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = mLog(u1 / (1.0 - u1)) / ainv;
        const x = alpha * mExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= mLog(z)) return x * beta;
      }
    } else if (alpha === 1.0) {
      return -mLog(1.0 - this.random()) * beta;
    }
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      if (p <= 1.0) x = pyPow(p, 1.0 / alpha);
      else x = -mLog((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pyPow(x, alpha - 1.0)) break;
      } else if (u1 <= mExp(-x)) break;
    }
    return x * beta;
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    if (y) return y / (y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    return pyPow(u, -1.0 / alpha);
  }

  weibullvariate(alpha: number, beta: number): number {
    const u = 1.0 - this.random();
    return alpha * pyPow(-mLog(u), 1.0 / beta);
  }

  /** binomialvariate(n=1, p=0.5) — 3.12+. */
  binomialvariate(n: number = 1, p = 0.5): number {
    if (this.version === '3.11') throw new PyLibError('RuntimeError', "module 'random' has no attribute 'binomialvariate'");
    if (n < 0) throw new PyLibError('ValueError', 'n must be non-negative');
    if (p <= 0.0 || p >= 1.0) {
      if (p === 0.0) return 0;
      if (p === 1.0) return n;
      throw new PyLibError('ValueError', 'p must be in the range 0.0 <= p <= 1.0');
    }
    if (n === 1) return this.random() < p ? 1 : 0;
    if (p > 0.5) return n - this.binomialvariate(n, 1.0 - p);
    if (n * p < 10.0) {
      let x = 0;
      let y = 0;
      const c = mLog2(1.0 - p);
      if (!c) return x;
      for (;;) {
        y += mFloor(mLog2(this.random()) / c) + 1;
        if (y > n) return x;
        x += 1;
      }
    }
    let setupComplete = false;
    const spq = mSqrt(n * p * (1.0 - p));
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    let alpha = 0;
    let lpq = 0;
    let m = 0;
    let h = 0;
    for (;;) {
      let u = this.random();
      u -= 0.5;
      const us = 0.5 - Math.abs(u);
      const k = mFloor(((2.0 * a) / us + b) * u + c);
      if (k < 0 || k > n) continue;
      let v = this.random();
      if (us >= 0.07 && v <= vr) return k;
      if (!setupComplete) {
        alpha = (2.83 + 5.1 / b) * spq;
        lpq = mLog(p / (1.0 - p));
        m = mFloor((n + 1) * p);
        h = mLgamma(m + 1) + mLgamma(n - m + 1);
        setupComplete = true;
      }
      v *= alpha / (a / (us * us) + b);
      if (mLog(v) <= h - mLgamma(k + 1) - mLgamma(n - k + 1) + (k - m) * lpq) return k;
    }
  }
}

/**
 * Python 3.11 randrange argument coercion for a float argument: integral floats are accepted (CPython
 * also emits a DeprecationWarning — the caller's job), others raise ValueError with 3.11's texts.
 */
export function randrangeCoerce311(x: number, which: 'start' | 'stop' | 'step'): PyInt {
  if (!Number.isFinite(x) || Math.trunc(x) !== x) {
    if (x !== x) throw new PyLibError('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw new PyLibError('OverflowError', 'cannot convert float infinity to integer');
    const what = which === 'start' ? 'arg 1' : which;
    throw new PyLibError('ValueError', `non-integer ${what} for randrange()`);
  }
  return Number.isSafeInteger(x) ? x + 0 : BigInt(x);
}

// ------------------------------------------------------------------ helpers

function add(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) + BigInt(b));
}
function sub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) - BigInt(b));
}
function mul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r + 0;
  }
  return normInt(BigInt(a) * BigInt(b));
}
function floorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    return q + 0;
  }
  const A = BigInt(a);
  const B = BigInt(b);
  let q = A / B;
  if (A % B !== 0n && A < 0n !== B < 0n) q -= 1n;
  return normInt(q);
}

/** bisect.bisect_right(a, x, lo, hi) */
function bisectRight(a: readonly PyInt[] | readonly number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** float % float with Python semantics (b != 0). */
function pyFmod(a: number, b: number): number {
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else mod = b < 0 ? -0 : 0;
  return mod;
}

/** float ** float as used inside random.py (operands never hit the complex / error cases there). */
function pyPow(x: number, y: number): number {
  return mPow(x, y);
}

/** hash(float) as CPython's _Py_HashDouble (finite or ±inf), as a signed 64-bit bigint. */
export function hashFloat(x: number): bigint {
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (x === 0) return 0n;
  const P = (1n << 61n) - 1n;
  const { mant, exp } = decompose(x);
  let m = BigInt(mant) % P;
  // multiply by 2^exp mod P; 2^61 ≡ 1 (mod P)
  const e = ((exp % 61) + 61) % 61;
  m = (m << BigInt(e)) % P;
  let h = x < 0 ? -m : m;
  if (h === -1n) h = -2n;
  return h;
}
