/**
 * The math module (Modules/mathmodule.c) on top of lib/pymath.ts: every function and constant of 3.11,
 * plus sumprod (3.12+), nextafter's `steps` (3.12+) and fma (3.13+), with CPython's argument conversion
 * (PyFloat_AsDouble: int, float, __float__, __index__), the __floor__/__ceil__/__trunc__ protocols, the
 * exact int paths of log/log2/log10 for huge ints, and CPython's messages per version.
 */
import { PyObject, RT, decref, newref } from '../../objects/object';
import { T } from '../../objects/types';
import { None, IntObject } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { FloatObject, newInt, newIntAlloc, newFloat, newBool, floatValueOf } from '../../objects/numbers';
import { newTuple, TupleObject } from '../../objects/sequences';
import { DictObject, dictSetStr } from '../../objects/dict';
import { typeLookup } from '../../objects/typeobject';
import { newModule } from '../../objects/core_misc';
import type { MethFn } from '../../objects/funcobject';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { kwCount, parseArgs } from '../args';
import { moduleFn } from './nativetype';
import { NB } from '../../compiler/opcodes';
import * as M from '../../lib/pymath';
import { PyLibError } from '../../lib/errors';
import { floatToInt, frexp as cFrexp, ldexp as cLdexp, decompose, normInt, type PyInt } from '../../lib/floatrepr';
import { bitLength, intSign, bitCount, intRshift } from '../../lib/intops';
import { lshiftDigits } from '../../lib/longalloc';

// ------------------------------------------------------------------ argument helpers

/** PyFloat_AsDouble */
function dbl(o: PyObject): number {
  if (o instanceof FloatObject) return o.value;
  return floatValueOf(o);
}

/** PyNumber_Index value */
function idx(o: PyObject): PyInt {
  return A.indexValue(o);
}

function noKw(name: string, kwnames: PyObject | null): void {
  if (kwCount(kwnames) > 0) raise(E.TypeError, `math.${name}() takes no keyword arguments`);
}

/** METH_O: math.name() takes exactly one argument (N given) */
function one(name: string, nargs: number, kwnames: PyObject | null): void {
  noKw(name, kwnames);
  if (nargs !== 1) raise(E.TypeError, `math.${name}() takes exactly one argument (${nargs} given)`);
}

/** _PyArg_CheckPositional: name expected N arguments, got M */
function exactly(name: string, n: number, nargs: number, kwnames: PyObject | null): void {
  noKw(name, kwnames);
  if (nargs !== n) raise(E.TypeError, `${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${nargs}`);
}

function domainError(): never {
  raise(E.ValueError, 'math domain error');
}
function rangeError(): never {
  raise(E.OverflowError, 'math range error');
}

/** is_error policy of math_2 */
function math2(x: number, y: number, r: number, canOverflow = true): number {
  if (r !== r && x === x && y === y) domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return r;
}

// ------------------------------------------------------------------ helpers not in pymath

/** glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c): not correctly rounded, reproduced for identical digits. */
function glibcCbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const CBRT2 = 1.2599210498948731648;
  const SQR_CBRT2 = 1.5874010519681994748;
  const factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
  const [xm0, xe] = cFrexp(Math.abs(x));
  const xm = xm0;
  const u =
    0.354895765043919860 +
    (1.50819193781584896 +
      (-2.11499494167371287 +
        (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) *
          xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * factor[2 + (xe % 3)];
  const r = cLdexp(ym, Math.trunc(xe / 3));
  return x < 0 ? -r : r;
}

/** m_remainder */
function mRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || (x === 0 && 1 / x < 0) ? -1 : 1) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}

/** round-to-nearest-even of n·2^e (n a bigint) to a double. */
function scaledToDouble(n: bigint, e: number): number {
  if (n === 0n) return 0;
  const neg = n < 0n;
  let a = neg ? -n : n;
  const bl = bitLength(a);
  // subnormal results are rounded at 2^-1074
  let shift = -1074 - e;
  // keep at most 64 significant bits with a sticky bit, for a single correct rounding by Number()
  if (bl - 64 > shift) shift = bl - 64;
  if (shift > 0) {
    const S = BigInt(shift);
    const q = a >> S;
    const rem = a - (q << S);
    if (-1074 - e >= bl - 64 || bl <= 64) {
      // final rounding here (subnormal or exact-position rounding)
      const half = 1n << (S - 1n);
      a = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
    } else {
      a = rem !== 0n ? q | 1n : q;
    }
    e += shift;
  }
  const r = cLdexp(Number(a), e);
  return neg ? -r : r;
}

/** exact m·2^e form of a finite double */
function exact(x: number): [bigint, number] {
  const { mant, exp } = decompose(x);
  return [BigInt(x < 0 ? -mant : mant), exp];
}

/** x*y+z rounded once (finite inputs). */
function exactFma(x: number, y: number, z: number): number {
  if (x === 0 || y === 0) return x * y + z;
  if (z === 0) {
    const [a, ea] = exact(x);
    const [b, eb] = exact(y);
    const r = scaledToDouble(a * b, ea + eb);
    return r === 0 ? x * y + z : r;
  }
  const [a, ea] = exact(x);
  const [b, eb] = exact(y);
  const [c, ec] = exact(z);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const sum = ((a * b) << BigInt(ep - e)) + (c << BigInt(ec - e));
  if (sum === 0n) return x * y + z; // sign of an exact zero follows IEEE rules
  return scaledToDouble(sum, e);
}

/** sum of x[i]*y[i] computed exactly, rounded once */
function exactSumprod(xs: number[], ys: number[]): number {
  const terms: [bigint, number][] = [];
  let minE = Infinity;
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] === 0 || ys[i] === 0) continue;
    const [a, ea] = exact(xs[i]);
    const [b, eb] = exact(ys[i]);
    terms.push([a * b, ea + eb]);
    if (ea + eb < minE) minE = ea + eb;
  }
  if (terms.length === 0) {
    let r = 0;
    for (let i = 0; i < xs.length; i++) r += xs[i] * ys[i];
    return r;
  }
  let sum = 0n;
  for (const [n, e] of terms) sum += n << BigInt(e - minE);
  if (sum === 0n) return 0;
  return scaledToDouble(sum, minE);
}

// ------------------------------------------------------------------ functions

type F1 = (x: number) => number;

function func1(name: string, f: F1): MethFn {
  return (_s, a, st, n, kw) => {
    one(name, n, kw);
    return newFloat(f(dbl(a[st])));
  };
}

function math1(f: F1, canOverflow: boolean): F1 {
  return (x) => {
    const r = f(x);
    if (r !== r && x === x) domainError();
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
      if (canOverflow) rangeError();
      domainError();
    }
    return r;
  };
}

/** loghelper: ints use the exact big-int path, anything else goes through PyFloat_AsDouble. */
function logArg(o: PyObject, f: (x: PyInt | number, isFloat: boolean) => number): number {
  if (o instanceof IntObject) {
    if (intSign(o.value) <= 0) domainError();
    return f(o.value, false);
  }
  return f(dbl(o), true);
}

function roundingFn(name: '__floor__' | '__ceil__', f: (x: number) => number): MethFn {
  const fname = name === '__floor__' ? 'floor' : 'ceil';
  return (_s, a, st, n, kw) => {
    one(fname, n, kw);
    const x = a[st];
    if (x.ob_type === T.float) return newInt(floatToInt(f((x as FloatObject).value)));
    const m = typeLookup(x.ob_type, name);
    if (m !== null) return RT.ext.callBoundDescr(m, x, [], 0, 0, null);
    return newInt(floatToInt(f(dbl(x))));
  };
}

function intArgs(a: PyObject[], st: number, n: number): PyInt[] {
  const out: PyInt[] = [];
  for (let i = 0; i < n; i++) out.push(idx(a[st + i]));
  return out;
}

function floatSeq(o: PyObject): number[] {
  const items = A.toArray(o);
  try {
    return items.map((x) => dbl(x));
  } finally {
    for (const x of items) decref(x);
  }
}

const FUNCS: Record<string, MethFn> = {
  acos: func1('acos', M.acos),
  acosh: func1('acosh', M.acosh),
  asin: func1('asin', M.asin),
  asinh: func1('asinh', M.asinh),
  atan: func1('atan', M.atan),
  atanh: func1('atanh', M.atanh),
  cbrt: func1('cbrt', glibcCbrt),
  cos: func1('cos', M.cos),
  cosh: func1('cosh', M.cosh),
  erf: func1('erf', M.erf),
  erfc: func1('erfc', M.erfc),
  exp: func1('exp', M.exp),
  exp2: func1('exp2', M.exp2),
  expm1: func1('expm1', M.expm1),
  fabs: func1('fabs', M.fabs),
  gamma: func1('gamma', M.gamma),
  lgamma: func1('lgamma', M.lgamma),
  log1p: func1('log1p', M.log1p),
  sin: func1('sin', M.sin),
  sinh: func1('sinh', M.sinh),
  sqrt: func1('sqrt', math1(Math.sqrt, false)),
  tan: func1('tan', M.tan),
  tanh: func1('tanh', M.tanh),
  degrees: func1('degrees', M.degrees),
  radians: func1('radians', M.radians),
  isfinite: (_s, a, st, n, kw) => {
    one('isfinite', n, kw);
    return newBool(Number.isFinite(dbl(a[st])));
  },
  isinf: (_s, a, st, n, kw) => {
    one('isinf', n, kw);
    const x = dbl(a[st]);
    return newBool(x === Infinity || x === -Infinity);
  },
  isnan: (_s, a, st, n, kw) => {
    one('isnan', n, kw);
    const x = dbl(a[st]);
    return newBool(x !== x);
  },
  ceil: roundingFn('__ceil__', Math.ceil),
  floor: roundingFn('__floor__', Math.floor),
  trunc: (_s, a, st, n, kw) => {
    one('trunc', n, kw);
    const x = a[st];
    if (x.ob_type === T.float) return newInt(floatToInt((x as FloatObject).value));
    const m = typeLookup(x.ob_type, '__trunc__');
    if (m === null) raise(E.TypeError, `type ${x.ob_type.tp_name} doesn't define __trunc__ method`);
    return RT.ext.callBoundDescr(m, x, [], 0, 0, null);
  },
  frexp: (_s, a, st, n, kw) => {
    one('frexp', n, kw);
    const [m, e] = M.frexp(dbl(a[st]));
    return newTuple([newFloat(m), newInt(e)]);
  },
  modf: (_s, a, st, n, kw) => {
    one('modf', n, kw);
    const [f, i] = M.modf(dbl(a[st]));
    return newTuple([newFloat(f), newFloat(i)]);
  },
  ulp: (_s, a, st, n, kw) => {
    one('ulp', n, kw);
    return newFloat(M.ulp(dbl(a[st])));
  },
  ldexp: (_s, a, st, n, kw) => {
    exactly('ldexp', 2, n, kw);
    const x = dbl(a[st]);
    const io = a[st + 1];
    if (!(io instanceof IntObject)) raise(E.TypeError, 'Expected an int as second argument to ldexp.');
    return newFloat(M.ldexp(x, io.value));
  },
  atan2: (_s, a, st, n, kw) => {
    exactly('atan2', 2, n, kw);
    const y = dbl(a[st]);
    const x = dbl(a[st + 1]);
    return newFloat(math2(y, x, M.atan2(y, x)));
  },
  copysign: (_s, a, st, n, kw) => {
    exactly('copysign', 2, n, kw);
    const x = dbl(a[st]);
    const y = dbl(a[st + 1]);
    return newFloat(M.copysign(x, y));
  },
  fmod: (_s, a, st, n, kw) => {
    exactly('fmod', 2, n, kw);
    const x = dbl(a[st]);
    const y = dbl(a[st + 1]);
    if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return newFloat(x);
    const r = x % y;
    if (r !== r && x === x && y === y) domainError();
    return newFloat(r);
  },
  remainder: (_s, a, st, n, kw) => {
    exactly('remainder', 2, n, kw);
    const x = dbl(a[st]);
    const y = dbl(a[st + 1]);
    return newFloat(math2(x, y, mRemainder(x, y)));
  },
  pow: (_s, a, st, n, kw) => {
    exactly('pow', 2, n, kw);
    const x = dbl(a[st]);
    const y = dbl(a[st + 1]);
    return newFloat(M.pow(x, y));
  },
  log: (_s, a, st, n, kw) => {
    noKw('log', kw);
    if (n < 1 || n > 2) {
      if (RT.profile.version === '3.11') raise(E.TypeError, 'math.log requires 1 to 2 arguments');
      if (n < 1) raise(E.TypeError, `log expected at least 1 argument, got ${n}`);
      raise(E.TypeError, `log expected at most 2 arguments, got ${n}`);
    }
    const num = logArg(a[st], (x, isF) => M.log(x, undefined, isF));
    if (n === 1) return newFloat(num);
    const den = logArg(a[st + 1], (x, isF) => M.log(x, undefined, isF));
    if (den === 0) raise(E.ZeroDivisionError, 'float division by zero');
    return newFloat(num / den);
  },
  log2: (_s, a, st, n, kw) => {
    one('log2', n, kw);
    return newFloat(logArg(a[st], (x, isF) => M.log2(x, isF)));
  },
  log10: (_s, a, st, n, kw) => {
    one('log10', n, kw);
    return newFloat(logArg(a[st], (x, isF) => M.log10(x, isF)));
  },
  hypot: (_s, a, st, n, kw) => {
    noKw('hypot', kw);
    const xs: number[] = [];
    for (let i = 0; i < n; i++) xs.push(dbl(a[st + i]));
    return newFloat(M.hypot(...xs));
  },
  dist: (_s, a, st, n, kw) => {
    exactly('dist', 2, n, kw);
    const p = a[st];
    const q = a[st + 1];
    return newFloat(M.dist(floatSeq(p), floatSeq(q)));
  },
  isclose: (_s, a, st, n, kw) => {
    if (n > 2) raise(E.TypeError, `isclose() takes exactly 2 positional arguments (${n} given)`);
    const [x, y, rt, at] = parseArgs('isclose', a, st, n, kw, ['a', 'b', '$rel_tol?', '$abs_tol?']);
    const r = M.isclose(dbl(x!), dbl(y!), rt === null ? 1e-9 : dbl(rt), at === null ? 0.0 : dbl(at));
    return newBool(r);
  },
  fsum: (_s, a, st, n, kw) => {
    one('fsum', n, kw);
    return newFloat(M.fsum(floatSeq(a[st])));
  },
  factorial: (_s, a, st, n, kw) => {
    one('factorial', n, kw);
    const x = a[st];
    const v = idx(x);
    const r = M.factorial(v);
    // math_factorial: 0! .. 20! from a table (exact size); beyond, odd_part << (n - popcount(n)), a
    // long_lshift result (lib/longalloc.ts)
    if (typeof v !== 'number' || v <= 20) return newInt(r);
    const shift = v - bitCount(v);
    return newIntAlloc(r, lshiftDigits(intRshift(r, shift), shift));
  },
  gcd: (_s, a, st, n, kw) => {
    noKw('gcd', kw);
    return newInt(M.gcd(...intArgs(a, st, n)));
  },
  lcm: (_s, a, st, n, kw) => {
    noKw('lcm', kw);
    return newInt(M.lcm(...intArgs(a, st, n)));
  },
  isqrt: (_s, a, st, n, kw) => {
    one('isqrt', n, kw);
    return newInt(M.isqrt(idx(a[st])));
  },
  comb: (_s, a, st, n, kw) => {
    exactly('comb', 2, n, kw);
    const nn = idx(a[st]);
    const k = idx(a[st + 1]);
    return newInt(M.comb(nn, k));
  },
  perm: (_s, a, st, n, kw) => {
    noKw('perm', kw);
    if (n < 1 || n > 2) raise(E.TypeError, n < 1 ? `perm expected at least 1 argument, got ${n}` : `perm expected at most 2 arguments, got ${n}`);
    const nn = idx(a[st]);
    const k = n > 1 && a[st + 1] !== None ? idx(a[st + 1]) : null;
    return newInt(M.perm(nn, k));
  },
  prod: (_s, a, st, n, kw) => {
    if (n !== 1) raise(E.TypeError, n > 1 ? `prod() takes exactly 1 positional argument (${n} given)` : 'prod() missing required argument \'iterable\' (pos 1)');
    const [it, start] = parseArgs('prod', a, st, n, kw, ['iterable', '$start?']);
    let acc: PyObject = start === null ? newInt(1) : newref(start);
    try {
      A.forEach(it!, (x) => {
        const r = A.binaryOp(acc, x, NB.MULTIPLY);
        decref(acc);
        acc = r;
      });
    } catch (e) {
      decref(acc);
      throw e;
    }
    return acc;
  },
  nextafter: (_s, a, st, n, kw) => {
    if (RT.profile.version === '3.11') {
      exactly('nextafter', 2, n, kw);
      return newFloat(M.nextafter(dbl(a[st]), dbl(a[st + 1])));
    }
    if (n > 2) raise(E.TypeError, `nextafter() takes exactly 2 positional arguments (${n} given)`);
    const [x, y, steps] = parseArgs('nextafter', a, st, n, kw, ['x', 'y', '$steps?']);
    const xv = dbl(x!);
    const yv = dbl(y!);
    if (steps === null || steps === None) return newFloat(M.nextafter(xv, yv));
    const s = idx(steps);
    if (intSign(s) < 0) raise(E.ValueError, 'steps must be a non-negative integer');
    return newFloat(M.nextafter(xv, yv, s));
  },
};

const sumprod: MethFn = (_s, a, st, n, kw) => {
  exactly('sumprod', 2, n, kw);
  const p = A.toArray(a[st]);
  const q = A.toArray(a[st + 1]);
  try {
    if (p.length !== q.length) raise(E.ValueError, 'Inputs are not the same length');
    const isInt = (o: PyObject) => o.ob_type === T.int || o.ob_type === T.bool;
    const isFlt = (o: PyObject) =>
      o.ob_type === T.float || (isInt(o) && typeof (o as IntObject).value === 'number' && Math.abs((o as IntObject).value as number) <= 2 ** 53);
    if (p.every(isInt) && q.every(isInt)) {
      let total = 0n;
      for (let i = 0; i < p.length; i++) total += BigInt((p[i] as IntObject).value) * BigInt((q[i] as IntObject).value);
      return newInt(normInt(total));
    }
    const allFinite = (xs: PyObject[]) => xs.every((o) => o.ob_type !== T.float || Number.isFinite((o as FloatObject).value));
    if (p.every(isFlt) && q.every(isFlt) && allFinite(p) && allFinite(q)) {
      const xs = p.map((o) => (o instanceof FloatObject ? o.value : ((o as IntObject).value as number)));
      const ys = q.map((o) => (o instanceof FloatObject ? o.value : ((o as IntObject).value as number)));
      return newFloat(exactSumprod(xs, ys));
    }
    let acc: PyObject = newInt(0);
    try {
      for (let i = 0; i < p.length; i++) {
        const m = A.binaryOp(p[i], q[i], NB.MULTIPLY);
        const s2 = A.binaryOp(acc, m, NB.ADD);
        decref(m);
        decref(acc);
        acc = s2;
      }
    } catch (e) {
      decref(acc);
      throw e;
    }
    return acc;
  } finally {
    for (const x of p) decref(x);
    for (const x of q) decref(x);
  }
};

const fma: MethFn = (_s, a, st, n, kw) => {
  exactly('fma', 3, n, kw);
  const x = dbl(a[st]);
  const y = dbl(a[st + 1]);
  const z = dbl(a[st + 2]);
  let r: number;
  if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) r = exactFma(x, y, z);
  else r = x * y + z;
  if (!Number.isFinite(r)) {
    if (r !== r) {
      if (x === x && y === y && z === z) raise(E.ValueError, 'invalid operation in fma');
    } else if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) raise(E.OverflowError, 'overflow in fma');
  }
  return newFloat(r);
};

// ------------------------------------------------------------------ module

NATIVE_MODULES.math = () => {
  const m = newModule('math');
  const d = m.dict as DictObject;
  const doc = newStr('This module provides access to the mathematical functions\ndefined by the C standard.');
  dictSetStr(d, '__doc__', doc);
  decref(doc);
  const names = Object.keys(FUNCS);
  if (RT.profile.version !== '3.11') names.push('sumprod');
  if (RT.profile.version === '3.13') names.push('fma');
  const all: Record<string, MethFn> = { ...FUNCS, sumprod, fma };
  for (const name of names.sort()) moduleFn(m, name, all[name]);
  const consts: [string, number][] = [['pi', M.pi], ['e', M.e], ['tau', M.tau], ['inf', Infinity], ['nan', NaN]];
  for (const [name, v] of consts) {
    const f = newFloat(v);
    dictSetStr(d, name, f);
    decref(f);
  }
  return m;
};

export { PyLibError, StrObject };
