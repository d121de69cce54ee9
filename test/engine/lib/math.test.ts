/**
 * pymath against CPython 3.12 on glibc (fixtures from scripts/gen_numeric_fixtures.py; identical on
 * 3.11–3.13). Functions computed with CPython's own algorithms or correctly rounded cores must match
 * exactly; functions that glibc does not round correctly (and that we do) get a small mismatch budget.
 */
import { describe, test, expect } from 'vitest';
import * as M from '../../../src/engine/lib/pymath';
import { floatPow } from '../../../src/engine/lib/intops';
import { loadFixture, dec, enc, encF, outcome, mismatches } from './fixtures/numeric/decode';

const fx = loadFixture('math', '3.12');
const xs: number[] = fx.xs.map(dec);

const un: Record<string, (x: number) => unknown> = {
  sqrt: M.sqrt, exp: M.exp, exp2: M.exp2, expm1: M.expm1, log: (x) => M.log(x, undefined, true),
  log2: (x) => M.log2(x, true), log10: (x) => M.log10(x, true), log1p: M.log1p, sin: M.sin, cos: M.cos, tan: M.tan,
  asin: M.asin, acos: M.acos, atan: M.atan, sinh: M.sinh, cosh: M.cosh, tanh: M.tanh, asinh: M.asinh,
  acosh: M.acosh, atanh: M.atanh, erf: M.erf, erfc: M.erfc, gamma: M.gamma, lgamma: M.lgamma, fabs: M.fabs,
  floor: M.floor, ceil: M.ceil, trunc: M.trunc, frexp: M.frexp, modf: M.modf, degrees: M.degrees,
  radians: M.radians, ulp: M.ulp, cbrt: M.cbrt,
};
const intResult = new Set(['floor', 'ceil', 'trunc']);
// allowed mismatches out of ~1130 inputs (glibc is not correctly rounded everywhere; cbrt/erf use other code)
// measured: cbrt 573, cosh 56, log10 30, asinh 21, acosh 20, erfc 35, erf 17, tanh 13, sinh 4, log2 3
const budget: Record<string, number> = { cbrt: 600, cosh: 60, log10: 35, asinh: 25, acosh: 25, erfc: 40, erf: 20, tanh: 15, sinh: 5, expm1: 3, log2: 4, cos: 3, tan: 3, acos: 3 };

function encode(name: string) {
  return (v: any) => (intResult.has(name) ? enc(v) : Array.isArray(v) ? (name === 'frexp' ? [encF(v[0]), enc(v[1])] : v.map(encF)) : encF(v));
}

describe('math module', () => {
  for (const name of Object.keys(fx.un)) {
    test(`math.${name} on ${xs.length} inputs`, () => {
      const f = un[name];
      const bad = mismatches(xs.map((x, i) => [`${name}(${x})`, fx.un[name][i], outcome(() => f(x), encode(name))]));
      const allowed = budget[name] ?? 2;
      if (process.env.MATH_COUNTS) console.log('MISMATCH', name, bad.length);
      if (bad.length > allowed) expect(bad.slice(0, 10)).toEqual([]);
      expect(bad.length).toBeLessThanOrEqual(allowed);
    });
  }
  const ys = [...xs].reverse();
  const bi: Record<string, (x: number, y: number) => unknown> = {
    pow: (x, y) => M.pow(x, y / 3), atan2: (x, y) => M.atan2(x - 5, y - 5), fmod: M.fmod, hypot: (x, y) => M.hypot(x, y),
    copysign: M.copysign, nextafter: (x, y) => M.nextafter(x, y), logb: (x, y) => M.log(Math.abs(x) + 1, Math.abs(y) + 2),
    floatpow: (x, y) => {
      const r = floatPow(x, y / 3);
      return r === null ? 'complex' : r;
    },
  };
  for (const name of Object.keys(bi)) {
    test(`two-argument ${name}`, () => {
      const bad = mismatches(xs.map((x, i) => [`${name}(${x}, ${ys[i]})`, fx.bi[name][i], outcome(() => bi[name](x, ys[i]), (v) => (v === 'complex' ? v : encF(v)))]));
      const allowed = name === 'atan2' || name === 'pow' || name === 'floatpow' ? 3 : 0;
      if (bad.length > allowed) expect(bad.slice(0, 10)).toEqual([]);
    });
  }
  test('sin/cos fast path equals the full double-double evaluation bit for bit', () => {
    // the fast series' rounding test must never accept a rounding the full series would not give; about
    // 1 in 300 of these arguments fails the test and takes the fallback
    let seed = 0x2545f491;
    const rnd = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const args: number[] = [];
    for (let i = 0; i < 20000; i++) args.push((rnd() < 0.5 ? -1 : 1) * 10 ** (-8 + 28 * rnd()));
    for (let k = 1; k <= 4000; k++) args.push(k, k * 0.1, k * (Math.PI / 4), k * (Math.PI / 2) * (1 + 2 ** -52), -k * Math.PI);
    for (let i = 0; i < 2000; i++) args.push((rnd() * 2 - 1) * 0.8, 2 ** (60 + 900 * rnd()));
    // found by search (1 in ~10^6): the fast series alone rounds these sines/cosines differently from the full
    // one, so they pass only if the rounding test sends them to the fallback
    args.push(-804.8999007707633, -3.8518349238494736, -6260.581410081063, -718055.7186291813, -442.4042928204031);
    args.push(179.7690727875502, -7630.342024303029, -34905.22870028335, 450.0867102196514, -0.9135342351560236);
    const bad: string[] = [];
    for (const x of args) {
      if (!Object.is(M.crSin(x), M.sinOrCosFull(x, false))) bad.push(`sin(${x})`);
      if (!Object.is(M.crCos(x), M.sinOrCosFull(x, true))) bad.push(`cos(${x})`);
    }
    expect(bad).toEqual([]);
  });
  test('special cases and errors', () => {
    const impl: Record<string, () => unknown> = {
      'math.log(0)': () => M.log(0, undefined, false), 'math.log(-1)': () => M.log(-1, undefined, false), 'math.sqrt(-1)': () => M.sqrt(-1),
      'math.exp(1000)': () => M.exp(1000), 'math.factorial(-1)': () => M.factorial(-1), 'math.log(10**400)': () => M.log(10n ** 400n, undefined, false),
      'math.log(10**400, 10)': () => M.log(10n ** 400n, 10, false, false), 'math.log2(2**5000)': () => M.log2(2n ** 5000n, false),
      'math.log10(10**500)': () => M.log10(10n ** 500n, false), 'math.log(2**1023*3)': () => M.log(2n ** 1023n * 3n, undefined, false),
      'math.log(10, 1)': () => M.log(10, 1, false, false), 'math.log(0.0)': () => M.log(0, undefined, true), 'math.log(-0.0)': () => M.log(-0, undefined, true),
      'math.log(float("inf"))': () => M.log(Infinity, undefined, true), 'math.gamma(0)': () => M.gamma(0), 'math.gamma(-1)': () => M.gamma(-1),
      'math.gamma(172)': () => M.gamma(172), 'math.gamma(-171.5)': () => M.gamma(-171.5), 'math.lgamma(0)': () => M.lgamma(0),
      'math.lgamma(-2)': () => M.lgamma(-2), 'math.lgamma(1e308)': () => M.lgamma(1e308), 'math.pow(0,-1)': () => M.pow(0, -1),
      'math.pow(-8, 1/3)': () => M.pow(-8, 1 / 3), 'math.pow(2, 1024)': () => M.pow(2, 1024), 'math.pow(-0.0, -3)': () => M.pow(-0, -3),
      'math.pow(float("inf"), -3)': () => M.pow(Infinity, -3), 'math.fmod(1, 0)': () => M.fmod(1, 0), 'math.fmod(float("inf"), 1)': () => M.fmod(Infinity, 1),
      'math.fmod(1, float("inf"))': () => M.fmod(1, Infinity), 'math.atan2(float("inf"), float("-inf"))': () => M.atan2(Infinity, -Infinity),
      'math.atan2(-0.0, -1)': () => M.atan2(-0, -1), 'math.atan2(0.0, -0.0)': () => M.atan2(0, -0), 'math.ldexp(1.0, 1024)': () => M.ldexp(1, 1024),
      'math.ldexp(1.0, -1075)': () => M.ldexp(1, -1075), 'math.ldexp(3.0, -1075)': () => M.ldexp(3, -1075), 'math.ldexp(1.0, 10**30)': () => M.ldexp(1, 10n ** 30n),
      'math.isqrt(10**50)': () => M.isqrt(10n ** 50n), 'math.isqrt(-1)': () => M.isqrt(-1), 'math.isqrt(2**200-1)': () => M.isqrt(2n ** 200n - 1n),
      'math.factorial(25)': () => M.factorial(25), 'math.factorial(0)': () => M.factorial(0), 'math.comb(50, 20)': () => M.comb(50, 20),
      'math.comb(5, 7)': () => M.comb(5, 7), 'math.comb(-1, 2)': () => M.comb(-1, 2), 'math.perm(10, 3)': () => M.perm(10, 3), 'math.perm(10)': () => M.perm(10),
      'math.perm(5, -1)': () => M.perm(5, -1), 'math.gcd(12, -18, 30)': () => M.gcd(12, -18, 30), 'math.gcd()': () => M.gcd(), 'math.lcm(4, 6, 10)': () => M.lcm(4, 6, 10),
      'math.lcm()': () => M.lcm(), 'math.lcm(0, 5)': () => M.lcm(0, 5), 'math.gcd(2**100, 6**50)': () => M.gcd(2n ** 100n, 6n ** 50n),
      'math.fsum([0.1]*10)': () => M.fsum(Array(10).fill(0.1)), 'math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])': () => M.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
      'math.fsum([1e308, 1e308])': () => M.fsum([1e308, 1e308]), 'math.fsum([float("inf"), float("-inf")])': () => M.fsum([Infinity, -Infinity]),
      'math.fsum([float("inf"), 1.0])': () => M.fsum([Infinity, 1]), 'math.fsum([2.0**53, 1.0, 2.0**-53])': () => M.fsum([2 ** 53, 1, 2 ** -53]),
      'math.hypot()': () => M.hypot(), 'math.hypot(3, 4)': () => M.hypot(3, 4), 'math.hypot(1e308, 1e308)': () => M.hypot(1e308, 1e308),
      'math.hypot(1, 2, 3, 4, 5)': () => M.hypot(1, 2, 3, 4, 5), 'math.hypot(5e-324, 5e-324)': () => M.hypot(5e-324, 5e-324),
      'math.hypot(float("nan"), float("inf"))': () => M.hypot(NaN, Infinity), 'math.dist([1, 2, 3], [4, 5, 6.5])': () => M.dist([1, 2, 3], [4, 5, 6.5]),
      'math.dist([1], [1, 2])': () => M.dist([1], [1, 2]), 'math.isclose(1.0, 1.0 + 1e-10)': () => M.isclose(1.0, 1.0 + 1e-10),
      'math.isclose(1, 1.1, rel_tol=-1)': () => M.isclose(1, 1.1, -1), 'math.ulp(0.0)': () => M.ulp(0), 'math.ulp(1e308)': () => M.ulp(1e308),
      'math.ulp(float("inf"))': () => M.ulp(Infinity), 'math.nextafter(0.0, -1)': () => M.nextafter(0, -1), 'math.nextafter(1.0, 2.0)': () => M.nextafter(1, 2),
      'math.modf(-3.5)': () => M.modf(-3.5), 'math.modf(float("-inf"))': () => M.modf(-Infinity), 'math.frexp(5e-324)': () => M.frexp(5e-324),
      'math.frexp(0.0)': () => M.frexp(0), 'math.floor(-0.5)': () => M.floor(-0.5), 'math.ceil(1e20)': () => M.ceil(1e20), 'math.trunc(-2.5)': () => M.trunc(-2.5),
      'math.floor(float("inf"))': () => M.floor(Infinity), 'math.prod([1, 2, 3, 4.0])': () => M.prod([1, 2, 3, 4.0], 1, (v) => v === 4),
      'math.prod([2**40, 2**40])': () => M.prod([2 ** 40, 2 ** 40]), 'math.erf(0.5)': () => M.erf(0.5), 'math.acosh(0.5)': () => M.acosh(0.5),
      'math.atanh(1)': () => M.atanh(1), 'math.log1p(-1)': () => M.log1p(-1), 'math.cosh(1000)': () => M.cosh(1000), 'math.sinh(-1000)': () => M.sinh(-1000),
      'math.tan(1e300)': () => M.tan(1e300), 'math.sin(1e22)': () => M.sin(1e22), 'math.cos(2**1000)': () => M.cos(2 ** 1000),
      'math.expm1(1e-10)': () => M.expm1(1e-10), 'math.log(2**1000)': () => M.log(2n ** 1000n, undefined, false), 'math.log2(3)': () => M.log2(3, false),
    };
    const rows = fx.special.map(([e, r]: any[]) => {
      const f = impl[e];
      if (!f) return [e, r, 'missing impl'];
      const isF = (x: any) => typeof x === 'string' && x.startsWith('f:');
      const encd = (v: any) => (Array.isArray(v) ? v.map((x: any, i: number) => (isF(r.v?.[i]) ? encF(x) : enc(x))) : isF(r.v) ? encF(v) : enc(v));
      return [e, r, outcome(f, encd)];
    });
    expect(mismatches(rows)).toEqual([]);
  });
});

describe('start-up tables', () => {
  // exp/log use precomputed double-double tables (literals, so start-up does not compute them); they must
  // be bit for bit what the series compute, signs of zero included
  test.each([
    ['log', M.computeLogTable, M.LOG_TAB_DATA],
    ['exp', M.computeExpTable, M.EXP_TAB_DATA],
  ] as const)('the %s table literals equal the computed table', (_name, compute, data) => {
    const computed = compute();
    expect(data.length).toBe(computed.length);
    const differing = computed.map((x, i) => i).filter((i) => !Object.is(computed[i], data[i]));
    expect(differing).toEqual([]);
  });
});
