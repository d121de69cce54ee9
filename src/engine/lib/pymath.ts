/**
 * pymath — the `math` module as pure functions, matching CPython (on glibc/Linux) results and errors.
 *
 * Design note
 * - CPython's math functions are thin wrappers over the C libm plus CPython's own error policy
 *   (math_1 / math_1a / is_error: NaN from non-NaN → ValueError('math domain error'), ±inf from finite →
 *   OverflowError('math range error') or ValueError for singularities). The wrappers here reproduce that
 *   policy function by function.
 * - Which libm? glibc's exp/log/pow/sin/cos/tan/atan/asin/acos/atan2 are correctly rounded in all but
 *   ~0.05% of cases, while V8's fdlibm-based Math.* differ from them in 1–10% of cases, so those are
 *   computed here *correctly rounded* (double-double evaluation, ~104 bits, one final rounding; exp2 and
 *   log2 too). glibc's log10, expm1, log1p, sinh, cosh, tanh, asinh, acosh, atanh are fdlibm-derived and
 *   not correctly rounded: V8's fdlibm ports agree with them far more often, so Math.* is used for those.
 *   erf/erfc are a port of fdlibm s_erf.c (glibc's code) on top of the correctly rounded exp. Measured
 *   residual mismatches vs CPython 3.12/glibc 2.36 are listed in test/engine/lib/math.test.ts.
 * - CPython's own algorithms are ported: gamma/lgamma (Lanczos), fsum (Shewchuk), hypot/dist
 *   (scaled, with the 3.10+ correction step), isqrt, factorial/comb/perm, gcd/lcm, log of huge ints,
 *   nextafter/ulp, isclose.
 * - Ints are number|bigint (canonical), results of int functions are canonical.
 */
import { PyLibError } from './errors';
import { frexp as cFrexp, ldexp as cLdexp, normInt, floatToInt, decompose, type PyInt } from './floatrepr';
import { bitLength } from './intops';

// =====================================================================================================
// errors

function domainError(): never {
  throw new PyLibError('ValueError', 'math domain error');
}
function rangeError(): never {
  throw new PyLibError('OverflowError', 'math range error');
}

/** math_1: apply the libm-like function and CPython's error policy. */
function math1(x: number, r: number, canOverflow: boolean): number {
  if (r !== r && x === x) domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return r;
}

// =====================================================================================================
// double-double core (results returned in RH/RL registers)

/**
 * The RH / RL registers: REG[0] (high part) and REG[1] (low part). A Float64Array, not two module-level
 * `let`s: V8 keeps a double stored in a module variable in a heap box allocated by every store (measured:
 * bench float_math's math.sin calls allocated 110 MB of them, 30% of the run's JS allocations).
 */
const REG = new Float64Array(2);
const SPLITTER = 134217729; // 2^27 + 1

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  REG[1] = a - (s - bb) + (b - bb);
  REG[0] = s;
}
function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  REG[1] = b - (s - a);
  REG[0] = s;
}
/** exact product a*b = REG[0] + REG[1] (no overflow for |a|,|b| < 2^996) */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  REG[1] = ah * bh - p + ah * bl + al * bh + al * bl;
  REG[0] = p;
}
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = REG[0];
  const e = REG[1] + (ah * bl + al * bh);
  fastTwoSum(p, e);
}
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s1 = REG[0];
  const s2 = REG[1];
  twoSum(al, bl);
  const t1 = REG[0];
  const t2 = REG[1];
  fastTwoSum(s1, s2 + t1);
  fastTwoSum(REG[0], REG[1] + t2);
}
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -REG[0], -REG[1]);
  const q2 = REG[0] / bh;
  ddMul(q2, 0, bh, bl);
  ddAdd(ah, al, -REG[0], -REG[1]);
  // second remainder relative to q1: r2 = a - (q1 + q2)·b
  ddMul(q1, 0, bh, bl);
  const m1h = REG[0];
  const m1l = REG[1];
  ddMul(q2, 0, bh, bl);
  ddAdd(m1h, m1l, REG[0], REG[1]);
  ddAdd(ah, al, -REG[0], -REG[1]);
  const q3 = REG[0] / bh;
  fastTwoSum(q1, q2);
  ddAdd(REG[0], REG[1], q3, 0);
}
function ddSqrt(ah: number, al: number): void {
  if (ah <= 0) {
    REG[0] = Math.sqrt(ah);
    REG[1] = 0;
    return;
  }
  const s = Math.sqrt(ah);
  twoProd(s, s);
  const e = (ah - REG[0] - REG[1] + al) / (2 * s);
  fastTwoSum(s, e);
}

// constants as double-doubles
const LN2_H = 0.6931471805599453;
const LN2_L = 2.3190468138462996e-17;
const PI_H = 3.141592653589793;
const PIO2_H = 1.5707963267948966;
const PIO2_L = 6.123233995736766e-17;
const INV_LN2 = 1.4426950408889634;
const LOG2E_H = 1.4426950408889634;
const LOG2E_L = 2.0355273740931033e-17;
const LOG10E_H = 0.4342944819032518;
const LOG10E_L = 1.098319650216765e-17;

// ---------------------------------------------------------------------------------------------------
// log

/** atanh series 2*(s + s^3/3 + …) for DD s; result in REG[0]/REG[1]. `terms` number of DD terms. */
function atanh2Series(sh: number, sl: number, terms: number): void {
  ddMul(sh, sl, sh, sl);
  const zh = REG[0];
  const zl = REG[1];
  // Horner: sum_{k=0}^{terms-1} z^k/(2k+1)
  let ph = 1 / (2 * terms - 1);
  let pl = 0;
  for (let k = terms - 2; k >= 0; k--) {
    const n = 2 * k + 1;
    const ch = 1 / n;
    twoProd(ch, n);
    const cl = (1 - REG[0] - REG[1]) / n;
    ddMul(ph, pl, zh, zl);
    ddAdd(REG[0], REG[1], ch, cl);
    ph = REG[0];
    pl = REG[1];
  }
  ddMul(ph, pl, sh, sl);
  REG[0] *= 2;
  REG[1] *= 2;
}

/** The first index of LOG_TAB: logDD looks up log(i/64) for i/64 in [0.7071, 1.4142], i = 45 .. 92. */
const LOG_TAB_FIRST = 45;

/**
 * log(i/64) for i = 45 .. 92 as double-doubles [hi0, lo0, hi1, lo1, ...], from the atanh series. The engine
 * uses the same values as literals (LOG_TAB_DATA: computing them costs milliseconds of cold code at every
 * start-up, since the random module needs log() when it loads); test/engine/lib/math.test.ts checks that
 * they are exactly what this computes. Clobbers REG[0]/REG[1].
 */
export function computeLogTable(): number[] {
  const out: number[] = [];
  for (let i = LOG_TAB_FIRST; i <= 92; i++) {
    // log(i/64) = 2 atanh((c-1)/(c+1))
    const c = i / 64;
    const num = c - 1;
    twoSum(c, 1);
    ddDiv(num, 0, REG[0], REG[1]);
    atanh2Series(REG[0], REG[1], 30);
    out.push(REG[0], REG[1]);
  }
  return out;
}

// prettier-ignore
export const LOG_TAB_DATA: readonly number[] = [
  -0.3522205935893521, -5.723331694918242e-18,
  -0.33024168687057687, 1.0828321637483858e-17,
  -0.3087354816496133, 1.6199186085148108e-17,
  -0.2876820724517809, -2.6071606164425637e-17,
  -0.26706278524904525, 7.328915327320168e-18,
  -0.24686007793152578, -1.3617433717483679e-17,
  -0.22705745063534608, -9.551415762738488e-18,
  -0.2076393647782445, -1.205324321668613e-17,
  -0.18859116980755003, 7.432164219196927e-18,
  -0.16989903679539747, 4.868008764439064e-19,
  -0.15154989812720093, -5.166959368461559e-18,
  -0.13353139262452263, 3.664457663660085e-18,
  -0.1158318155251217, -4.338484369808095e-18,
  -0.09844007281325252, 4.439009633675135e-18,
  -0.0813456394539524, -5.07707635593117e-18,
  -0.06453852113757118, 6.4704866616929345e-18,
  -0.048009219186360606, -1.439090334729221e-18,
  -0.0317486983145803, -3.0382263084680858e-18,
  -0.015748356968139168, -1.0021578630528974e-18,
  0, 0,
  0.015504186535965254, -3.2783210228924286e-19,
  0.030771658666753687, 1.0431732029005968e-18,
  0.0458095360312942, 1.902959866474257e-18,
  0.06062462181643484, 2.642402593872693e-18,
  0.07522342123758753, -5.9306041962932415e-18,
  0.08961215868968714, -5.426812933664715e-18,
  0.10379679368164356, 5.477724157266589e-18,
  0.11778303565638346, -1.1971685747593673e-18,
  0.13157635778871926, 1.1123000879729588e-17,
  0.1451820098444979, 8.242418783022474e-18,
  0.15860503017663857, 1.1257003872182592e-17,
  0.17185025692665923, -6.022453821011372e-18,
  0.184922338494012, 3.0236614153574033e-18,
  0.19782574332991987, 1.2821194372980143e-17,
  0.21056476910734964, -4.249405314729895e-18,
  0.22314355131420976, -9.091270597324799e-18,
  0.2355660713127669, -2.3943371495187378e-18,
  0.24783616390458127, -1.2432209578702523e-17,
  0.25995752443692605, 2.0698069389789353e-17,
  0.27193371548364176, 7.833196376974429e-19,
  0.2837681731306446, -2.0326655811266564e-17,
  0.2954642128938359, -2.1646108604059897e-17,
  0.3070250352949119, -1.2319916200101964e-17,
  0.3184537311185346, 2.7114779367326233e-17,
  0.329753286372468, 2.122020616196948e-18,
  0.3409265869705932, 1.746713644354475e-17,
  0.3519764231571782, -1.2953893030191963e-17,
  0.3629054936893685, -2.1492361455310972e-17,
];
const LOG_TAB_H = new Float64Array(93);
const LOG_TAB_L = new Float64Array(93);
for (let k = 0; k < LOG_TAB_DATA.length >> 1; k++) {
  LOG_TAB_H[LOG_TAB_FIRST + k] = LOG_TAB_DATA[2 * k];
  LOG_TAB_L[LOG_TAB_FIRST + k] = LOG_TAB_DATA[2 * k + 1];
}

/** log of a positive finite DD value (xh normal or subnormal); result in REG[0]/REG[1]. */
function logDD(xh: number, xl: number): void {
  let [m, e] = cFrexp(xh); // xh = m·2^e, m in [0.5, 1)
  let ml = cLdexp(xl, -e);
  if (m < 0.7071067811865476) {
    m *= 2;
    ml *= 2;
    e -= 1;
  }
  // m in [0.7071, 1.4142)
  const i = Math.round(m * 64);
  const c = i / 64;
  // s = (m - c) / (m + c)
  twoSum(m - c, ml); // m - c exact (Sterbenz)
  const nh = REG[0];
  const nl = REG[1];
  twoSum(m, c);
  const dh = REG[0];
  const dl = REG[1] + ml;
  ddDiv(nh, nl, dh, dl);
  const sh = REG[0];
  const sl = REG[1];
  // 2*atanh(s), |s| < 0.0056: DD terms to s^9, double terms beyond
  ddMul(sh, sl, sh, sl);
  const zh = REG[0];
  const zl = REG[1];
  const tail = zh * zh * zh * zh * (1 / 9 + zh * (1 / 11 + zh * (1 / 13 + zh * (1 / 15 + zh / 17))));
  // straightforward Horner with DD coefficients
  const c7h = 1 / 7;
  twoProd(c7h, 7);
  const c7l = (1 - REG[0] - REG[1]) / 7;
  const c5h = 1 / 5;
  twoProd(c5h, 5);
  const c5l = (1 - REG[0] - REG[1]) / 5;
  const c3h = 1 / 3;
  twoProd(c3h, 3);
  const c3l = (1 - REG[0] - REG[1]) / 3;
  ddMul(c7h, c7l, zh, zl);
  ddAdd(REG[0], REG[1], c5h, c5l);
  ddMul(REG[0], REG[1], zh, zl);
  ddAdd(REG[0], REG[1], c3h, c3l);
  ddMul(REG[0], REG[1], zh, zl);
  ddAdd(REG[0], REG[1], 1, 0);
  ddAdd(REG[0], REG[1], tail, 0);
  ddMul(REG[0], REG[1], sh, sl);
  const lh = REG[0] * 2;
  const ll = REG[1] * 2;
  // e*ln2 + log(c) + lh
  twoProd(e, LN2_H);
  const eh = REG[0];
  const el = REG[1] + e * LN2_L;
  ddAdd(eh, el, LOG_TAB_H[i], LOG_TAB_L[i]);
  ddAdd(REG[0], REG[1], lh, ll);
}

// ---------------------------------------------------------------------------------------------------
// exp

const EXP_TAB_H = new Float64Array(64);
const EXP_TAB_L = new Float64Array(64);

/** Taylor expm1 for small DD r, DD terms up to n=6, double beyond (|r| <= 0.0055). */
function expm1Small(rh: number, rl: number): void {
  const r = rh;
  const tail = r * r * r * r * r * r * r * (1 / 5040 + r * (1 / 40320 + r * (1 / 362880 + r * (1 / 3628800 + r / 39916800))));
  // Horner in DD for 1/720 .. 1
  const cs = [720, 120, 24, 6, 2];
  let ph = 1 / 720;
  twoProd(ph, 720);
  let pl = (1 - REG[0] - REG[1]) / 720;
  for (let k = 1; k < cs.length; k++) {
    ddMul(ph, pl, rh, rl);
    const n = cs[k];
    const ch = 1 / n;
    twoProd(ch, n);
    const cl = (1 - REG[0] - REG[1]) / n;
    ddMul(ph, pl, rh, rl);
    ddAdd(REG[0], REG[1], ch, cl);
    ph = REG[0];
    pl = REG[1];
  }
  ddMul(ph, pl, rh, rl);
  ddAdd(REG[0], REG[1], 1, 0);
  ph = REG[0];
  pl = REG[1];
  ddMul(ph, pl, rh, rl); // r + r²/2 + … + r^6/720
  ddAdd(REG[0], REG[1], tail, 0);
}

/**
 * 2^(j/64) for j = 0 .. 63 as double-doubles [hi0, lo0, ...], by a long Taylor series; used as literals
 * (EXP_TAB_DATA) like LOG_TAB_DATA, checked against this by test/engine/lib/math.test.ts. Clobbers REG[0]/REG[1].
 */
export function computeExpTable(): number[] {
  const out: number[] = [];
  for (let j = 0; j < 64; j++) {
    // r = j·ln2/64 as DD; exp via long Taylor
    twoProd(j, LN2_H / 64);
    const rh0 = REG[0];
    const rl0 = REG[1] + (j * LN2_L) / 64;
    fastTwoSum(rh0, rl0);
    const rh = REG[0];
    const rl = REG[1];
    let sh = 1;
    let sl = 0;
    let th = 1;
    let tl = 0;
    for (let n = 1; n < 40; n++) {
      ddMul(th, tl, rh, rl);
      ddDiv(REG[0], REG[1], n, 0);
      th = REG[0];
      tl = REG[1];
      ddAdd(sh, sl, th, tl);
      sh = REG[0];
      sl = REG[1];
    }
    out.push(sh, sl);
  }
  return out;
}

// prettier-ignore
export const EXP_TAB_DATA: readonly number[] = [
  1, 0,
  1.0108892860517005, -1.5234778603368562e-17,
  1.0218971486541166, 5.109225028973443e-17,
  1.0330248790212284, 7.600838874027092e-18,
  1.0442737824274138, 8.551889705537964e-17,
  1.0556451783605572, 1.75932573877208e-18,
  1.0671404006768237, -7.899853966841585e-17,
  1.0787607977571199, -6.656660436056593e-17,
  1.0905077326652577, -3.0467820798124724e-17,
  1.102382583307841, 5.266036871570695e-17,
  1.1143867425958924, 1.0410278456845572e-16,
  1.1265216186082418, 5.165856758795456e-17,
  1.1387886347566916, 8.912812676025407e-17,
  1.1511892299529827, 3.250710218863828e-17,
  1.1637248587775775, 3.82920483692409e-17,
  1.1763969916502812, 5.55420325421808e-17,
  1.189207115002721, 3.982015231465647e-17,
  1.202156731452703, 6.644981499252302e-17,
  1.215247359980469, -7.712630692681484e-17,
  1.22848053610687, -1.898781631302528e-17,
  1.241857812073484, 4.658027591836935e-17,
  1.255380757024691, -6.711389821296898e-18,
  1.2690509571917332, 2.667932131342205e-18,
  1.2828700160787783, 1.7135949182435634e-17,
  1.2968395546510096, 2.5382502794888312e-17,
  1.3109612115247644, -7.181536135519456e-17,
  1.3252366431597413, -2.8587312100388657e-17,
  1.339667524053303, 8.927282594831732e-17,
  1.3542555469368927, 7.700948379802991e-17,
  1.3690024229745905, 9.59379791911885e-17,
  1.383909881963832, -6.770511658794785e-17,
  1.3989796725383112, -9.614213209051322e-17,
  1.4142135623730951, -9.667293313452912e-17,
  1.42961333839197, -1.2031642489053647e-17,
  1.4451808069770467, -3.023758134993988e-17,
  1.460917794180647, -5.600377186075212e-17,
  1.4768261459394993, -3.4839945568927933e-17,
  1.4929077282912648, 1.4192920154284014e-17,
  1.5091644275934228, -1.0164553277542952e-16,
  1.5255981507445384, -1.1024941712342563e-16,
  1.5422108254079407, 7.949834809697623e-17,
  1.559004400237837, 3.781207053357527e-17,
  1.5759808451078865, -1.0136916471278341e-17,
  1.593142151342267, -1.0094406542311964e-16,
  1.6104903319492543, 2.4707192569797882e-17,
  1.6280274218573478, -6.712955084707083e-17,
  1.645755478153965, -1.0125679913674769e-16,
  1.6636765803267364, 5.890992696713098e-17,
  1.681792830507429, 8.199010020581493e-17,
  1.7001063537185235, -8.02371937039767e-18,
  1.718619298122478, -1.8513804182631135e-17,
  1.7373338352737062, 3.164389299292956e-17,
  1.7562521603732995, 2.9601406954488696e-17,
  1.7753764925265212, 6.429731796556573e-17,
  1.7947090750031072, 1.8227458427912078e-17,
  1.8142521755003989, -9.969531538920349e-17,
  1.8340080864093424, 3.283107224245628e-17,
  1.8539791250833855, 9.761887490727596e-17,
  1.8741676341103, -6.122763413004139e-17,
  1.8945759815869656, 3.4034035352165284e-17,
  1.9152065613971474, -1.0619946056195963e-16,
  1.9360617934922943, 1.0332385960676326e-16,
  1.9571441241754002, 8.960767791036663e-17,
  1.978456026387951, 4.0388753109278167e-17,
];
for (let j = 0; j < 64; j++) {
  EXP_TAB_H[j] = EXP_TAB_DATA[2 * j];
  EXP_TAB_L[j] = EXP_TAB_DATA[2 * j + 1];
}

/** exp of DD x (finite, |x| < 746): DD mantissa in REG[0]/REG[1], returns the binary exponent k. */
function expDD(xh: number, xl: number): number {
  const k2 = Math.round(xh * INV_LN2 * 64);
  const j = ((k2 % 64) + 64) % 64;
  const k = (k2 - j) / 64;
  // r = x - k2·ln2/64
  twoProd(k2, LN2_H / 64);
  const ph = REG[0];
  const pl = REG[1] + (k2 * LN2_L) / 64;
  twoSum(xh, -ph);
  const rh0 = REG[0];
  const rl0 = REG[1] + xl - pl;
  fastTwoSum(rh0, rl0);
  expm1Small(REG[0], REG[1]);
  const eh = REG[0];
  const el = REG[1];
  // T[j]·(1 + p) = T[j] + T[j]·p
  ddMul(EXP_TAB_H[j], EXP_TAB_L[j], eh, el);
  ddAdd(EXP_TAB_H[j], EXP_TAB_L[j], REG[0], REG[1]);
  return k;
}

/** Round DD (REG[0],REG[1])·2^k to a double, correctly handling subnormal results. */
function scaleDD(h: number, l: number, k: number): number {
  const r = cLdexp(h, k);
  if (r === 0 || !Number.isFinite(r) || Math.abs(r) >= 2.2250738585072014e-308) return r === 0 ? cLdexp(h + l, k) : r;
  // subnormal: round (h + l)·2^k once
  const back = cLdexp(r, -k);
  const err = h - back + l; // remaining part, in unscaled units
  const ulp = cLdexp(4.9406564584124654e-324, -k);
  if (Math.abs(err) > ulp / 2 || (Math.abs(err) === ulp / 2 && (r / 4.9406564584124654e-324) % 2 !== 0)) {
    return r + Math.sign(err) * 4.9406564584124654e-324;
  }
  return r;
}

/** Correctly rounded exp(x). */
export function crExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (x === 0) return 1;
  if (Math.abs(x) < 1e-17) return 1 + x;
  const k = expDD(x, 0);
  return scaleDD(REG[0], REG[1], k);
}

/** Correctly rounded log(x) for x > 0 finite. */
export function crLog(x: number): number {
  if (x === 1) return 0;
  logDD(x, 0);
  return REG[0] + REG[1];
}

// ---------------------------------------------------------------------------------------------------
// sin / cos

const PIO2_1 = 1.5707963267341256; // first 33 bits of pi/2
const PIO2_2 = 6.077100506303966e-11; // next 33 bits
const PIO2_3 = 2.0222662487111665e-21; // next 33 bits
const PIO2_3T = 8.4784276603689e-32; // pi/2 - (PIO2_1+PIO2_2+PIO2_3)
const INV_PIO2 = 0.6366197723675814;

let TWO_OVER_PI_BIG: bigint | null = null;
const TOP_BITS = 1400;
function twoOverPiBig(): bigint {
  if (TWO_OVER_PI_BIG !== null) return TWO_OVER_PI_BIG;
  // pi with Machin's formula in fixed point (TOP_BITS + 64 bits)
  const P = BigInt(TOP_BITS + 64);
  const one = 1n << P;
  const atanInv = (n: bigint): bigint => {
    let sum = 0n;
    let term = one / n;
    const n2 = n * n;
    let k = 1n;
    let sign = 1n;
    while (term !== 0n) {
      sum += (sign * term) / k;
      term /= n2;
      k += 2n;
      sign = -sign;
    }
    return sum;
  };
  const pi = 16n * atanInv(5n) - 4n * atanInv(239n); // pi·2^P
  TWO_OVER_PI_BIG = (2n << (2n * P)) / pi; // (2/pi)·2^P
  return TWO_OVER_PI_BIG;
}

/** Reduce x (finite) by pi/2: returns quadrant n (0..3), reduced DD in REG[0]/REG[1] with |r| <~ pi/4. */
function reducePio2(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) {
    REG[0] = x;
    REG[1] = 0;
    return 0;
  }
  if (ax < 1048576) {
    const k = Math.round(x * INV_PIO2);
    const a = x - k * PIO2_1; // exact
    twoProd(k, PIO2_2);
    const p2h = REG[0];
    const p2l = REG[1];
    twoSum(a, -p2h);
    let h = REG[0];
    let l = REG[1] - p2l;
    twoProd(k, PIO2_3);
    const p3h = REG[0];
    const p3l = REG[1];
    twoSum(h, -p3h);
    h = REG[0];
    l += REG[1] - p3l - k * PIO2_3T;
    fastTwoSum(h, l);
    return ((k % 4) + 4) % 4;
  }
  // Payne–Hanek with BigInt: x = m·2^e
  const { mant, exp } = decompose(ax);
  const P = BigInt(TOP_BITS + 64);
  const prod = BigInt(mant) * twoOverPiBig(); // x·(2/pi) = prod·2^(exp - P)
  const FR = 160n; // fraction bits kept
  const shift = P - BigInt(exp) - FR;
  const v = shift >= 0n ? prod >> shift : prod << -shift; // x·2/pi·2^FR
  const mask = (1n << (FR + 2n)) - 1n;
  let w = v & mask; // mod 4
  let n = Number(w >> FR);
  let frac = w & ((1n << FR) - 1n);
  if (frac >= 1n << (FR - 1n)) {
    frac -= 1n << FR;
    n += 1;
  }
  w = frac;
  // r = frac·2^-FR · pi/2
  const neg = w < 0n;
  if (neg) w = -w;
  const bl = w.toString(2).length;
  const sh = Math.max(0, bl - 110);
  const top = w >> BigInt(sh);
  const hi = Number(top >> 57n) * 2 ** 57;
  const lo = Number(top & ((1n << 57n) - 1n));
  fastTwoSum(hi, lo);
  const fh = cLdexp(REG[0], sh - Number(FR));
  const fl = cLdexp(REG[1], sh - Number(FR));
  ddMul(fh, fl, PIO2_H, PIO2_L);
  if (neg) {
    REG[0] = -REG[0];
    REG[1] = -REG[1];
  }
  if (x < 0) {
    REG[0] = -REG[0];
    REG[1] = -REG[1];
    n = -n;
  }
  return ((n % 4) + 4) % 4;
}

const INV_FACT_H: number[] = [];
const INV_FACT_L: number[] = [];
(function initFact() {
  let fh = 1;
  let fl = 0;
  for (let n = 0; n < 32; n++) {
    if (n > 0) {
      ddMul(fh, fl, n, 0);
      fh = REG[0];
      fl = REG[1];
    }
    ddDiv(1, 0, fh, fl);
    INV_FACT_H.push(REG[0]);
    INV_FACT_L.push(REG[1]);
  }
})();

/** sin of DD r (|r| <= ~0.8) in REG[0]/REG[1] */
function sinDD(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const zh = REG[0];
  const zl = REG[1];
  // sin r = r·Σ (-1)^k z^k/(2k+1)!, k = 0..14; k >= 9 in double
  const z = zh;
  let tail = 0;
  for (let k = 14; k >= 9; k--) tail = tail * z + (k % 2 ? -1 : 1) * INV_FACT_H[2 * k + 1];
  let ph = tail;
  let pl = 0;
  for (let k = 8; k >= 0; k--) {
    ddMul(ph, pl, zh, zl);
    const s = k % 2 ? -1 : 1;
    ddAdd(REG[0], REG[1], s * INV_FACT_H[2 * k + 1], s * INV_FACT_L[2 * k + 1]);
    ph = REG[0];
    pl = REG[1];
  }
  ddMul(ph, pl, rh, rl);
}

/** cos of DD r in REG[0]/REG[1] */
function cosDD(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const zh = REG[0];
  const zl = REG[1];
  const z = zh;
  let tail = 0;
  for (let k = 15; k >= 9; k--) tail = tail * z + (k % 2 ? -1 : 1) * INV_FACT_H[2 * k];
  let ph = tail;
  let pl = 0;
  for (let k = 8; k >= 0; k--) {
    ddMul(ph, pl, zh, zl);
    const s = k % 2 ? -1 : 1;
    ddAdd(REG[0], REG[1], s * INV_FACT_H[2 * k], s * INV_FACT_L[2 * k]);
    ph = REG[0];
    pl = REG[1];
  }
}

let SH = 0;
let SL = 0;
let CH = 0;
let CL = 0;
/** sin and cos of finite x as DDs in SH/SL, CH/CL */
function sincosDD(x: number): void {
  const n = reducePio2(x);
  const rh = REG[0];
  const rl = REG[1];
  sinDD(rh, rl);
  const sh = REG[0];
  const sl = REG[1];
  cosDD(rh, rl);
  const ch = REG[0];
  const cl = REG[1];
  switch (n) {
    case 0:
      SH = sh; SL = sl; CH = ch; CL = cl;
      break;
    case 1:
      SH = ch; SL = cl; CH = -sh; CL = -sl;
      break;
    case 2:
      SH = -sh; SL = -sl; CH = -ch; CL = -cl;
      break;
    default:
      SH = -ch; SL = -cl; CH = sh; CL = sl;
  }
}

// Fast path for sin/cos (Ziv's strategy). sinDD/cosDD spend ten DD multiplications and nine DD additions
// to reach ~2^-100; a correctly rounded double needs that only near rounding boundaries. sinFastDD/cosFastDD
// evaluate the same Taylor series with the small high-order terms in plain doubles and only the first
// two (sin) / three (cos) Horner steps in DD, giving an error far above 2^-100 but provably below 2^-63.2
// relative; the result's rounding is used only when every value within the error bound rounds to the same
// double.
//
// Error bound. r = rh + rl is the reduced argument, |rl| <= 2^-53|rh|, |r| <= pi/4 + 2^-30, so
// z = r^2 <= 0.61686 (zh + zl = the DD square, |zl| <= u|zh|); u = 2^-53; |sin r| >= 0.9|r|, |cos r| >= 0.707.
//  sin r = r·(1 + s1 z + z^2·P2), P2 = s2 + z·T, s_k = (-1)^k/(2k+1)!, T = s3 + s4 z + … + s9 z^6.
//   - truncation after s9: alternating series with decreasing terms, |s10 z^10| <= 0.61686^10/21! < 2^-72.4.
//   - T in doubles: Horner's bound for degree 6 is gamma_12·Σ|s_k| z^(k-3) (gamma_12 < 12.01u); the
//     rounded coefficients add u·Σ, and the double z = zh (relative error < 3u against (rh + rl)^2) changes T
//     by far less than u·Σ: < 14u·Σ with Σ < 2^-12.28; scaled by z^3 < 2^-2.09: < 2^-63.58.
//   - P2 = s2 + fl(zh·T) as an unevaluated sum (fastTwoSum, |s2| > |zh·T|, plus the low part of s2): it
//     loses the rounding of zh·T and the product T·zl, each < u·z·Σ < 2^-65.98; scaled by z^2 < 2^-1.39:
//     < 2^-66.38.
//   - the two DD Horner steps (hornerStepDD, below: < 2^-102 each) and the final ddMul by r: < 2^-99.
//   total < 2^-63.58 + 2^-66.38 + 2^-72.4 + 2^-99 < 2^-63.37 relative to |r|, < 2^-63.22 relative to sin r.
//  cos r = 1 + c1 z + c2 z^2 + z^3·P3, P3 = c3 + z·T, c_k = (-1)^k/(2k)!, T = c4 + … + c10 z^6 in doubles.
//   - truncation after c10: |c11 z^11| <= 0.61686^11/22! < 2^-77.5.
//   - T: < 14u·Σ with Σ < 2^-15.28, scaled by z^4 < 2^-2.78: < 2^-67.27.
//   - P3 as for P2: 2u·z·Σ·z^3 < 2^-70.07. Three DD steps: < 2^-99.
//   total < 2^-67.07 absolute, < 2^-66.57 relative to cos r.
// The reference path (sinDD/cosDD: nine DD steps, double tail from k = 9, truncation < 2^-120) errs by
// < 2^-98. Both approximate the same exact value sin/cos(rh + rl) (the reduction is shared, its own error
// does not matter here), so the fast DD (h, l) is within (2^-63.22 + 2^-98)·|h|·(1 + 2^-52) < 2^-63.2·|h|
// of the reference DD, whose rounding (REG[0] + REG[1]) is what the reference returns. ZIV_EPS = 2^-62 covers that
// with a factor > 2.2 to spare, which also absorbs the rounding of l ± e below (< 2^-105·|h|). Rounding to
// nearest is monotonic, so if h + (l + e) and h + (l - e) round equal, every value in between — the
// reference DD included — rounds to that double: the result is bit-identical to the reference path's.
// The test fails for roughly 2e/ulp(h) ~ 2^-61/2^-52.5, about 1/360 of arguments, which then take the
// full evaluation.
const ZIV_EPS = 2 ** -62;
const S3 = -INV_FACT_H[7];
const S4 = INV_FACT_H[9];
const S5 = -INV_FACT_H[11];
const S6 = INV_FACT_H[13];
const S7 = -INV_FACT_H[15];
const S8 = INV_FACT_H[17];
const S9 = -INV_FACT_H[19];
const C4 = INV_FACT_H[8];
const C5 = -INV_FACT_H[10];
const C6 = INV_FACT_H[12];
const C7 = -INV_FACT_H[14];
const C8 = INV_FACT_H[16];
const C9 = -INV_FACT_H[18];
const C10 = INV_FACT_H[20];

/**
 * One Horner step (ph, pl)·(zh, zl) + (ch, cl) in REG[0]/REG[1], for |p·z| <= |c|/2 (every step of the sin/cos
 * series: |p·z| <= 0.31|c|). The product as in ddMul; the sum is Dekker's unchecked DD addition, exact in
 * its fastTwoSum of the high parts because |ch| > |m|; its two roundings of low parts (< 2^-51|c|) and the
 * product's (< 2^-104|p·z|) make < 2^-102 relative to the result (>= |c|/2).
 */
function hornerStepDD(ph: number, pl: number, zh: number, zl: number, ch: number, cl: number): void {
  twoProd(ph, zh);
  const m = REG[0];
  const me = REG[1] + (ph * zl + pl * zh);
  fastTwoSum(ch, m);
  fastTwoSum(REG[0], REG[1] + me + cl);
}

/** sin of DD r (|r| <= ~pi/4), relative error < 2^-63.22 (see above), in REG[0]/REG[1] */
function sinFastDD(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const zh = REG[0];
  const zl = REG[1];
  const t = S3 + zh * (S4 + zh * (S5 + zh * (S6 + zh * (S7 + zh * (S8 + zh * S9)))));
  fastTwoSum(INV_FACT_H[5], zh * t);
  hornerStepDD(REG[0], REG[1] + INV_FACT_L[5], zh, zl, -INV_FACT_H[3], -INV_FACT_L[3]);
  hornerStepDD(REG[0], REG[1], zh, zl, 1, 0);
  ddMul(REG[0], REG[1], rh, rl);
}

/** cos of DD r (|r| <= ~pi/4), relative error < 2^-66.57 (see above), in REG[0]/REG[1] */
function cosFastDD(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const zh = REG[0];
  const zl = REG[1];
  const t = C4 + zh * (C5 + zh * (C6 + zh * (C7 + zh * (C8 + zh * (C9 + zh * C10)))));
  fastTwoSum(-INV_FACT_H[6], zh * t);
  hornerStepDD(REG[0], REG[1] - INV_FACT_L[6], zh, zl, INV_FACT_H[4], INV_FACT_L[4]);
  hornerStepDD(REG[0], REG[1], zh, zl, -INV_FACT_H[2], -INV_FACT_L[2]);
  hornerStepDD(REG[0], REG[1], zh, zl, 1, 0);
}

/**
 * sin (cosine = false) or cos (true) of finite x, correctly rounded: only the one series the quadrant needs
 * (sincosDD evaluates both). cos x = sin(x + pi/2): the cosine is the sine one quadrant further. With
 * `fast`, the fast series decides the rounding when it can; otherwise (and always without `fast`) the full
 * DD series does — bit-identical either way.
 */
function sinOrCos(x: number, cosine: boolean, fast: boolean): number {
  const n = (reducePio2(x) + (cosine ? 1 : 0)) & 3;
  const rh = REG[0];
  const rl = REG[1];
  if (fast) {
    if (n & 1) cosFastDD(rh, rl);
    else sinFastDD(rh, rl);
    const h = REG[0];
    const l = REG[1];
    const e = Math.abs(h) * ZIV_EPS;
    const y = h + (l + e);
    if (h !== 0 && y === h + (l - e)) return n & 2 ? -y : y;
  }
  if (n & 1) cosDD(rh, rl);
  else sinDD(rh, rl);
  const y = REG[0] + REG[1];
  return n & 2 ? -y : y;
}

/** sin/cos of finite x with |x| >= 1e-8 through the full DD series only: what the fast path must equal (tests). */
export function sinOrCosFull(x: number, cosine: boolean): number {
  return sinOrCos(x, cosine, false);
}

export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1e-8) {
    // sin x = x - x^3/6: correctly rounded directly
    if (x === 0) return x;
    twoProd(x, x);
    return x + (-(x * REG[0]) / 6);
  }
  return sinOrCos(x, false, true);
}
export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1e-8) return 1 - (x * x) / 2;
  return sinOrCos(x, true, true);
}
export function crTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1e-8) return x === 0 ? x : x + (x * x * x) / 3;
  sincosDD(x);
  ddDiv(SH, SL, CH, CL);
  return REG[0] + REG[1];
}

// =====================================================================================================
// public math functions

export const pi = Math.PI;
export const e = Math.E;
export const tau = 2 * Math.PI;
export const inf = Infinity;
export const nan = NaN;

export function sqrt(x: number): number {
  return math1(x, Math.sqrt(x), false);
}

/** libm exp (correctly rounded). */
export function mExp(x: number): number {
  return crExp(x);
}
export function exp(x: number): number {
  return math1(x, x === Infinity ? x : x === -Infinity ? 0 : crExp(x), true);
}
export function exp2(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x >= 1024) rangeError();
  if (x < -1080) return 0;
  if (Number.isInteger(x)) return cLdexp(1, x);
  twoProd(x, LN2_H);
  const k = expDD(REG[0], REG[1] + x * LN2_L);
  return math1(x, scaleDD(REG[0], REG[1], k), true);
}
export function crExpm1(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) return -1;
  if (x > 709.8) rangeError();
  if (x < -40) return -1 + 1e-300; // rounds to -1
  if (Math.abs(x) < 1e-300) return x;
  if (Math.abs(x) < 0.0054) {
    expm1Small(x, 0);
    return REG[0] + REG[1];
  }
  const k = expDD(x, 0);
  const h = cLdexp(REG[0], k);
  const l = cLdexp(REG[1], k);
  ddAdd(h, l, -1, 0);
  return math1(x, REG[0] + REG[1], true);
}

/** m_log: CPython's log wrapper semantics on floats (no exception; returns -inf/nan). */
export function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return crLog(x);
    if (x === 0) return -Infinity;
    return NaN;
  }
  if (x !== x) return x;
  if (x > 0) return x;
  return NaN;
}
export function mLog2(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) {
      const { mant, exp } = decompose(x);
      if (mant === 1) return exp; // exact powers of two
      logDD(x, 0);
      ddMul(REG[0], REG[1], LOG2E_H, LOG2E_L);
      return REG[0] + REG[1];
    }
    if (x === 0) return -Infinity;
    return NaN;
  }
  if (x !== x) return x;
  if (x > 0) return x;
  return NaN;
}
export function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return Math.log10(x); // glibc's log10 is not correctly rounded; V8's fdlibm port is closer
    if (x === 0) return -Infinity;
    return NaN;
  }
  if (x !== x) return x;
  if (x > 0) return x;
  return NaN;
}
/** Correctly rounded log10 (kept for reference; glibc is not correctly rounded here). */
export function crLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) {
      logDD(x, 0);
      ddMul(REG[0], REG[1], LOG10E_H, LOG10E_L);
      const r = REG[0] + REG[1];
      // exact powers of ten
      const rr = Math.round(r);
      if (Math.abs(r - rr) < 1e-9 && rr >= -22 && rr <= 22 && 10 ** rr === x) return rr;
      return r;
    }
    if (x === 0) return -Infinity;
    return NaN;
  }
  if (x !== x) return x;
  if (x > 0) return x;
  return NaN;
}

type LogFn = (x: number) => number;

/** loghelper: float or int argument (huge ints handled by frexp of the int). */
function logHelper(x: number | PyInt | bigint, f: LogFn, isFloat: boolean): number {
  if (!isFloat) {
    const v = x as PyInt;
    if (v <= 0) domainError();
    if (typeof v === 'number') return f(v);
    const d = Number(v);
    if (Number.isFinite(d)) return f(d);
    // _PyLong_Frexp: v ≈ m·2^e, m in [0.5, 1)
    const bl = bitLength(v);
    const shift = bl - 64;
    let top = v >> BigInt(shift);
    if ((v & ((1n << BigInt(shift)) - 1n)) !== 0n) top |= 1n;
    let m = Number(top) / 18446744073709551616;
    let e = bl;
    if (m === 1.0) {
      m = 0.5;
      e += 1;
    }
    return f(m) + f(2.0) * e;
  }
  const xf = x as number;
  return math1(xf, f(xf), false);
}

/** math.log(x[, base]); pass isFloat=false for int arguments. */
export function log(x: PyInt | number, base?: PyInt | number, xIsFloat = typeof x === 'number' && !Number.isInteger(x), baseIsFloat = true): number {
  const num = logHelper(x, mLog, xIsFloat);
  if (base === undefined) return num;
  const den = logHelper(base, mLog, baseIsFloat);
  if (den === 0) throw new PyLibError('ZeroDivisionError', 'float division by zero');
  return num / den;
}
export function log2(x: PyInt | number, isFloat = typeof x === 'number' && !Number.isInteger(x)): number {
  return logHelper(x, mLog2, isFloat);
}
export function log10(x: PyInt | number, isFloat = typeof x === 'number' && !Number.isInteger(x)): number {
  return logHelper(x, mLog10, isFloat);
}
export function crLog1p(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return x;
  if (x <= -1) {
    if (x === -1) domainError();
    domainError();
  }
  if (Math.abs(x) < 1e-300) return x;
  twoSum(1, x);
  logDD(REG[0], REG[1]);
  return REG[0] + REG[1];
}

/** libm pow with CPython's float ** special cases handled by the caller. Correctly rounded. */
export function mPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return Math.pow(x, y); // IEEE specials agree
  if (x === 0) return Math.pow(x, y);
  let neg = false;
  let ax = x;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    ax = -x;
    neg = Math.abs(y) < 9007199254740992 && Math.abs(y % 2) === 1;
  }
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5 && x > 0) return Math.sqrt(x);
  logDD(ax, 0);
  ddMul(REG[0], REG[1], y, 0);
  const ah = REG[0];
  const al = REG[1];
  let r: number;
  if (ah > 709.8) r = Infinity;
  else if (ah < -745.2) r = 0;
  else {
    const k = expDD(ah, al);
    r = scaleDD(REG[0], REG[1], k);
  }
  return neg ? -r : r;
}

/** math.pow(x, y) */
export function pow(x: number, y: number): number {
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) r = y === 0 ? 1 : x;
    else if (y !== y) r = x === 1 ? 1 : y;
    else if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? (x < 0 ? -0 : 0) : 0;
    } else {
      if (Math.abs(x) === 1) r = 1;
      else if (y > 0 && Math.abs(x) > 1) r = y;
      else if (y < 0 && Math.abs(x) < 1) r = -y;
      else r = 0;
    }
    return r;
  }
  r = mPow(x, y);
  if (!Number.isFinite(r)) {
    if (r !== r) domainError();
    if (x === 0) domainError();
    rangeError();
  }
  return r;
}

export function mSqrt(x: number): number {
  return Math.sqrt(x);
}
export function mCos(x: number): number {
  return crCos(x);
}
export function mSin(x: number): number {
  return crSin(x);
}
export function mFloor(x: number): number {
  return Math.floor(x);
}

export function sin(x: number): number {
  return math1(x, crSin(x), false);
}
export function cos(x: number): number {
  return math1(x, crCos(x), false);
}
export function tan(x: number): number {
  return math1(x, crTan(x), false);
}

/** atan with one Newton step on DD sin/cos from the fdlibm estimate. */
export function crAtan(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return PIO2_H;
  if (x === -Infinity) return -PIO2_H;
  if (Math.abs(x) < 1e-9) return x === 0 ? x : x - (x * x * x) / 3;
  if (Math.abs(x) > 1e17) return x > 0 ? PIO2_H : -PIO2_H;
  const y0 = Math.atan(x);
  sincosDD(y0);
  // num = s - x·c ; den = c + x·s
  ddMul(CH, CL, x, 0);
  ddAdd(SH, SL, -REG[0], -REG[1]);
  const num = REG[0] + REG[1];
  ddMul(SH, SL, x, 0);
  ddAdd(CH, CL, REG[0], REG[1]);
  const den = REG[0] + REG[1];
  fastTwoSum(y0, -num / den);
  return REG[0] + REG[1];
}
export function atan(x: number): number {
  return math1(x, crAtan(x), false);
}

export function mAsin(x: number): number {
  if (x !== x || x > 1 || x < -1) return NaN;
  if (Math.abs(x) < 1e-9) return x === 0 ? x : x + (x * x * x) / 6;
  if (x === 1) return PIO2_H;
  if (x === -1) return -PIO2_H;
  const y0 = Math.asin(x);
  sincosDD(y0);
  ddAdd(SH, SL, -x, 0);
  const num = REG[0] + REG[1];
  const den = CH + CL;
  fastTwoSum(y0, -num / den);
  return REG[0] + REG[1];
}
export function mAcos(x: number): number {
  if (x !== x || x > 1 || x < -1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_H;
  if (x === 0) return PIO2_H;
  const y0 = Math.acos(x);
  sincosDD(y0);
  ddAdd(CH, CL, -x, 0);
  const num = REG[0] + REG[1];
  const den = SH + SL;
  fastTwoSum(y0, num / den);
  return REG[0] + REG[1];
}
export function asin(x: number): number {
  return math1(x, mAsin(x), false);
}
export function acos(x: number): number {
  return math1(x, mAcos(x), false);
}

/** m_atan2 (CPython's special-case handling) + correctly rounded core. */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) {
      if (Math.sign(1 / x) > 0 || x > 0) return y > 0 ? PI_H / 4 : -PI_H / 4; // atan2(±inf, +inf) == ±pi/4
      return y > 0 ? (0.75 * PI_H) : -(0.75 * PI_H);
    }
    return y > 0 ? PIO2_H : -PIO2_H;
  }
  if (!Number.isFinite(x) || y === 0) {
    if (x > 0 || (x === 0 && 1 / x > 0)) return y < 0 || (y === 0 && 1 / y < 0) ? -0 : 0;
    return y < 0 || (y === 0 && 1 / y < 0) ? -PI_H : PI_H;
  }
  if (x === 0) return y > 0 ? PIO2_H : -PIO2_H;
  // scale to avoid overflow/underflow in products
  const [, ey] = cFrexp(y);
  const [, ex] = cFrexp(x);
  const sc = -Math.max(ey, ex);
  const ys = cLdexp(y, sc);
  const xs = cLdexp(x, sc);
  const t0 = Math.atan2(ys, xs);
  if (Math.abs(t0) < 1e-300) return t0;
  sincosDD(t0);
  // t1 = t0 + (y c - x s)/(x c + y s)
  ddMul(CH, CL, ys, 0);
  const ych = REG[0];
  const ycl = REG[1];
  ddMul(SH, SL, xs, 0);
  ddAdd(ych, ycl, -REG[0], -REG[1]);
  const num = REG[0] + REG[1];
  ddMul(CH, CL, xs, 0);
  const xch = REG[0];
  const xcl = REG[1];
  ddMul(SH, SL, ys, 0);
  ddAdd(xch, xcl, REG[0], REG[1]);
  const den = REG[0] + REG[1];
  fastTwoSum(t0, num / den);
  return REG[0] + REG[1];
}

export function crSinh(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const ax = Math.abs(x);
  if (ax < 1e-8) return x + (x * x * x) / 6;
  if (ax > 710.5) rangeError();
  let h: number;
  let l: number;
  if (ax < 0.0054) {
    expm1Small(ax, 0);
    h = REG[0];
    l = REG[1];
  } else {
    const k = expDD(ax, 0);
    ddAdd(cLdexp(REG[0], k), cLdexp(REG[1], k), -1, 0);
    h = REG[0];
    l = REG[1];
  }
  // sinh = em1·(em1+2) / (2·(em1+1))
  ddAdd(h, l, 2, 0);
  ddMul(REG[0], REG[1], h, l);
  const nh = REG[0];
  const nl = REG[1];
  ddAdd(h, l, 1, 0);
  ddDiv(nh, nl, REG[0] * 2, REG[1] * 2);
  const r = REG[0] + REG[1];
  if (!Number.isFinite(r)) rangeError();
  return x < 0 ? -r : r;
}
export function crCosh(x: number): number {
  if (x !== x) return x;
  if (!Number.isFinite(x)) return Infinity;
  const ax = Math.abs(x);
  if (ax < 1e-8) return 1;
  if (ax > 710.5) rangeError();
  const k = expDD(ax, 0);
  const h = REG[0];
  const l = REG[1];
  // (E + 1/E)/2 with E = (h+l)·2^k
  ddDiv(1, 0, h, l);
  const ih = cLdexp(REG[0], -k - 1);
  const il = cLdexp(REG[1], -k - 1);
  ddAdd(cLdexp(h, k - 1), cLdexp(l, k - 1), ih, il);
  const r = REG[0] + REG[1];
  if (!Number.isFinite(r)) rangeError();
  return r;
}
export function crTanh(x: number): number {
  if (x !== x || x === 0) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const ax = Math.abs(x);
  if (ax > 22) return x > 0 ? 1 : -1;
  if (ax < 1e-8) return x - (x * x * x) / 3;
  // tanh = em1(2x) / (em1(2x) + 2)
  let h: number;
  let l: number;
  if (2 * ax < 0.0054) {
    expm1Small(2 * ax, 0);
    h = REG[0];
    l = REG[1];
  } else {
    const k = expDD(2 * ax, 0);
    ddAdd(cLdexp(REG[0], k), cLdexp(REG[1], k), -1, 0);
    h = REG[0];
    l = REG[1];
  }
  const hh = h;
  const ll = l;
  ddAdd(hh, ll, 2, 0);
  ddDiv(hh, ll, REG[0], REG[1]);
  const r = REG[0] + REG[1];
  return x < 0 ? -r : r;
}
export function crAsinh(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const ax = Math.abs(x);
  if (ax < 1e-8) return x - (x * x * x) / 6;
  let r: number;
  if (ax > 1e150) {
    logDD(ax, 0);
    ddAdd(REG[0], REG[1], LN2_H, LN2_L);
    r = REG[0] + REG[1];
  } else {
    // log1p(ax + ax²/(1 + sqrt(1 + ax²)))
    twoProd(ax, ax);
    const x2h = REG[0];
    const x2l = REG[1];
    ddAdd(x2h, x2l, 1, 0);
    ddSqrt(REG[0], REG[1]);
    ddAdd(REG[0], REG[1], 1, 0);
    ddDiv(x2h, x2l, REG[0], REG[1]);
    ddAdd(REG[0], REG[1], ax, 0);
    ddAdd(REG[0], REG[1], 1, 0);
    logDD(REG[0], REG[1]);
    r = REG[0] + REG[1];
  }
  return x < 0 ? -r : r;
}
export function crAcosh(x: number): number {
  if (x !== x) return x;
  if (x < 1) domainError();
  if (x === Infinity) return x;
  if (x === 1) return 0;
  if (x > 1e150) {
    logDD(x, 0);
    ddAdd(REG[0], REG[1], LN2_H, LN2_L);
    return REG[0] + REG[1];
  }
  // log(x + sqrt(x²-1)) = log1p(t + sqrt(2t + t²)), t = x - 1
  twoSum(x, -1);
  const th = REG[0];
  const tl = REG[1];
  ddMul(th, tl, th, tl);
  const t2h = REG[0];
  const t2l = REG[1];
  ddAdd(t2h, t2l, 2 * th, 2 * tl);
  ddSqrt(REG[0], REG[1]);
  ddAdd(REG[0], REG[1], th, tl);
  ddAdd(REG[0], REG[1], 1, 0);
  logDD(REG[0], REG[1]);
  return REG[0] + REG[1];
}
export function crAtanh(x: number): number {
  if (x !== x || x === 0) return x;
  const ax = Math.abs(x);
  if (ax >= 1) domainError();
  if (ax < 1e-8) return x + (x * x * x) / 3;
  // 0.5·log((1+x)/(1-x))
  twoSum(1, ax);
  const ph = REG[0];
  const pl = REG[1];
  twoSum(1, -ax);
  ddDiv(ph, pl, REG[0], REG[1]);
  logDD(REG[0], REG[1]);
  const r = (REG[0] + REG[1]) / 2;
  return x < 0 ? -r : r;
}

// glibc implements these with fdlibm-derived algorithms that are not correctly rounded; V8's fdlibm ports
// agree with glibc far more often than correctly rounded results do (measured against CPython 3.12).
export function expm1(x: number): number {
  return math1(x, Math.expm1(x), true);
}
export function log1p(x: number): number {
  return math1(x, Math.log1p(x), false);
}
export function sinh(x: number): number {
  return math1(x, Math.sinh(x), true);
}
export function cosh(x: number): number {
  return math1(x, Math.cosh(x), true);
}
export function tanh(x: number): number {
  return math1(x, Math.tanh(x), false);
}
export function asinh(x: number): number {
  return math1(x, Math.asinh(x), false);
}
export function acosh(x: number): number {
  return math1(x, Math.acosh(x), false);
}
export function atanh(x: number): number {
  return math1(x, Math.atanh(x), false);
}

export function cbrt(x: number): number {
  return Math.cbrt(x);
}

// ---------------------------------------------------------------------------------------------------
// erf / erfc (fdlibm s_erf.c, as used by glibc)

 
const erx = 8.45062911510467529297e-01;
const efx = 1.28379167095512586316e-01;
const efx8 = 1.02703333676410069053e00;
const pp = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const qq = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const pa = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const qa = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const ra = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e01, -6.23753324503260060396e01, -1.62396669462573470355e02, -1.84605092906711035994e02, -8.12874355063065934246e01, -9.81432934416914548592e00];
const sa = [0, 1.96512716674392571292e01, 1.37657754143519042600e02, 4.34565877475229228821e02, 6.45387271733267880336e02, 4.29008140027567833386e02, 1.08635005541779435134e02, 6.57024977031928170135e00, -6.04244152148580987438e-02];
const rb = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e01, -1.60636384855821916062e02, -6.37566443368389627722e02, -1.02509513161107724954e03, -4.83519191608651397019e02];
const sb = [0, 3.03380607434824582924e01, 3.25792512996573918826e02, 1.53672958608443695994e03, 3.19985821950859553908e03, 2.55305040643316442583e03, 4.74528541206955367215e02, -2.24409524465858183362e01];

 
function truncLow32(x: number): number {
  F64[0] = x;
  U32[LO] = 0;
  return F64[0];
}
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

function erfTail(ax: number): number {
  // ax >= 1.25, ax < 28: erfc(ax) via exp splitting
  const s = 1 / (ax * ax);
  let R: number;
  let S: number;
  if (ax < 1 / 0.35) {
    R = ra[0] + s * (ra[1] + s * (ra[2] + s * (ra[3] + s * (ra[4] + s * (ra[5] + s * (ra[6] + s * ra[7]))))));
    S = 1 + s * (sa[1] + s * (sa[2] + s * (sa[3] + s * (sa[4] + s * (sa[5] + s * (sa[6] + s * (sa[7] + s * sa[8])))))));
  } else {
    R = rb[0] + s * (rb[1] + s * (rb[2] + s * (rb[3] + s * (rb[4] + s * (rb[5] + s * rb[6])))));
    S = 1 + s * (sb[1] + s * (sb[2] + s * (sb[3] + s * (sb[4] + s * (sb[5] + s * (sb[6] + s * sb[7]))))));
  }
  const z = truncLow32(ax);
  const r = crExp(-z * z - 0.5625) * crExp((z - ax) * (z + ax) + R / S);
  return r / ax;
}

export function erf(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 3.7252902984e-9) {
      if (ax < 2.848094538889218e-306) return 0.125 * (8.0 * x + efx8 * x);
      return x + efx * x;
    }
    const z = x * x;
    const r = pp[0] + z * (pp[1] + z * (pp[2] + z * (pp[3] + z * pp[4])));
    const s = 1 + z * (qq[1] + z * (qq[2] + z * (qq[3] + z * (qq[4] + z * qq[5]))));
    return x + x * (r / s);
  }
  if (ax < 1.25) {
    const s = ax - 1;
    const P = pa[0] + s * (pa[1] + s * (pa[2] + s * (pa[3] + s * (pa[4] + s * (pa[5] + s * pa[6])))));
    const Q = 1 + s * (qa[1] + s * (qa[2] + s * (qa[3] + s * (qa[4] + s * (qa[5] + s * qa[6])))));
    return x >= 0 ? erx + P / Q : -erx - P / Q;
  }
  if (ax >= 6) return x >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const r = erfTail(ax);
  return x >= 0 ? 1 - r : r - 1;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 1.3877787807814457e-17) return 1 - x;
    const z = x * x;
    const r = pp[0] + z * (pp[1] + z * (pp[2] + z * (pp[3] + z * pp[4])));
    const s = 1 + z * (qq[1] + z * (qq[2] + z * (qq[3] + z * (qq[4] + z * qq[5]))));
    const y = r / s;
    if (x < 0.25) return 1 - (x + x * y);
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ax < 1.25) {
    const s = ax - 1;
    const P = pa[0] + s * (pa[1] + s * (pa[2] + s * (pa[3] + s * (pa[4] + s * (pa[5] + s * pa[6])))));
    const Q = 1 + s * (qa[1] + s * (qa[2] + s * (qa[3] + s * (qa[4] + s * (qa[5] + s * qa[6])))));
    return x >= 0 ? 1 - erx - P / Q : 1 + (erx + P / Q);
  }
  if (ax < 28) {
    if (x < -6) return 2 - 1e-300;
    const r = erfTail(ax);
    return x > 0 ? r : 2 - r;
  }
  return x > 0 ? 0 : 2 - 1e-300;
}

// ---------------------------------------------------------------------------------------------------
// gamma / lgamma (CPython's Lanczos implementation)

/* eslint-disable no-loss-of-precision -- CPython's decimal literals; JS rounds them exactly like the C compiler */
const lanczos_g = 6.024680040776729583740234375;
const lanczos_g_minus_half = 5.524680040776729583740234375;
const lanczos_num_coeffs = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const lanczos_den_coeffs = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
  1925.0, 66.0, 1.0,
];
const gamma_integral = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];
const logpi = 1.144729885849400174143427351353058711647;
/* eslint-enable no-loss-of-precision */

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = 13; --i >= 0; ) {
      num = num * x + lanczos_num_coeffs[i];
      den = den * x + lanczos_den_coeffs[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + lanczos_num_coeffs[i];
      den = den / x + lanczos_den_coeffs[i];
    }
  }
  return num / den;
}

function mSinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y); // C round(): half away from zero; y >= 0
  let r: number;
  switch (n) {
    case 0:
      r = crSin(pi * y);
      break;
    case 1:
      r = crCos(pi * (y - 0.5));
      break;
    case 2:
      r = crSin(pi * (1.0 - y));
      break;
    case 3:
      r = -crCos(pi * (y - 1.5));
      break;
    default:
      r = crSin(pi * (y - 2.0));
  }
  return (x < 0 || (x === 0 && 1 / x < 0) ? -1 : 1) * r;
}

/** math.gamma */
export function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    domainError();
  }
  if (x === 0) domainError();
  if (x === Math.floor(x)) {
    if (x < 0) domainError();
    if (x <= 23) return gamma_integral[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) rangeError();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / mSinpi(x);
    rangeError();
  }
  const y = absx + lanczos_g_minus_half;
  let z: number;
  if (absx > lanczos_g_minus_half) {
    const q = y - absx;
    z = q - lanczos_g_minus_half;
  } else {
    const q = y - lanczos_g_minus_half;
    z = q - absx;
  }
  z = (z * lanczos_g) / y;
  let r: number;
  if (x < 0.0) {
    r = (((-pi / mSinpi(absx)) / absx) * crExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= mPow(y, absx - 0.5);
    else {
      const sqrtpow = mPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140.0) r *= mPow(y, absx - 0.5);
    else {
      const sqrtpow = mPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) rangeError();
  return r;
}

/** m_lgamma without error raising (returns inf for poles). */
export function mLgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return Infinity;
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -mLog(absx);
  let r = mLog(lanczosSum(absx)) - lanczos_g;
  r += (absx - 0.5) * (mLog(absx + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = logpi - mLog(Math.abs(mSinpi(absx))) - mLog(absx) - r;
  return r;
}

/** math.lgamma */
export function lgamma(x: number): number {
  if (Number.isFinite(x) && x === Math.floor(x) && x <= 0) domainError();
  const r = mLgamma(x);
  if (!Number.isFinite(r) && Number.isFinite(x)) rangeError();
  return r;
}

// ---------------------------------------------------------------------------------------------------
// simple float functions

export function fabs(x: number): number {
  return Math.abs(x);
}
export function copysign(x: number, y: number): number {
  const neg = y < 0 || (y === 0 && 1 / y < 0) || (y !== y && signBitNaN(y));
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}
function signBitNaN(y: number): boolean {
  F64[0] = y;
  return (U32[1 - LO] & 0x80000000) !== 0;
}
export function degrees(x: number): number {
  return x * (180.0 / pi);
}
export function radians(x: number): number {
  return x * (pi / 180.0);
}
export function isfinite(x: number): boolean {
  return Number.isFinite(x);
}
export function isinf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}
export function isnan(x: number): boolean {
  return x !== x;
}

/** math.fmod */
export function fmod(x: number, y: number): number {
  if (!Number.isFinite(y) && Number.isFinite(x)) {
    if (y !== y) return y;
    return x;
  }
  const r = x % y;
  if (r !== r && x === x && y === y) domainError();
  return r;
}

/** math.modf → [fractional, integer] */
export function modf(x: number): [number, number] {
  if (!Number.isFinite(x)) {
    if (x !== x) return [x, x];
    return [x > 0 ? 0 : -0, x];
  }
  const ip = Math.trunc(x);
  let fp = x - ip;
  if (fp === 0) fp = x < 0 || (x === 0 && 1 / x < 0) ? -0 : 0;
  return [fp, ip === 0 && (x < 0 || 1 / x < 0) ? -0 : ip];
}

/** math.frexp → [m, e] */
export function frexp(x: number): [number, number] {
  return cFrexp(x);
}

/** math.ldexp(x, i) with CPython's errors. */
export function ldexp(x: number, i: PyInt): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  let e: number;
  if (typeof i === 'bigint') e = i > 0n ? 100000 : -100000;
  else e = Math.max(-100000, Math.min(100000, i));
  const r = cLdexp(x, e);
  if (!Number.isFinite(r)) rangeError();
  return r;
}

export function floor(x: number): PyInt {
  return floatToInt(Math.floor(x));
}
export function ceil(x: number): PyInt {
  return floatToInt(Math.ceil(x));
}
export function trunc(x: number): PyInt {
  return floatToInt(x);
}

/** math.nextafter(x, y[, steps]) */
export function nextafter(x: number, y: number, steps?: PyInt): number {
  if (steps !== undefined) {
    if (steps < 0) throw new PyLibError('ValueError', 'steps must be a non-negative integer');
    let r = x;
    const n = typeof steps === 'bigint' ? (steps > 10000000n ? Infinity : Number(steps)) : steps;
    for (let k = 0; k < n && r !== y; k++) r = nextafter(r, y);
    return r;
  }
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  F64[0] = x;
  const hiIdx = 1 - LO;
  let lo = U32[LO];
  let hi = U32[hiIdx];
  const up = y > x === x > 0;
  if (up) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  U32[LO] = lo;
  U32[hiIdx] = hi;
  return F64[0];
}

/** math.ulp */
export function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) {
    const x3 = nextafter(x, -Infinity);
    return x - x3;
  }
  return x2 - x;
}

/** math.isclose */
export function isclose(a: number, b: number, relTol = 1e-9, absTol = 0.0): boolean {
  if (relTol < 0.0 || absTol < 0.0) throw new PyLibError('ValueError', 'tolerances must be non-negative');
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return (diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a)) || diff <= absTol;
}

// ---------------------------------------------------------------------------------------------------
// fsum (CPython's math_fsum, Shewchuk's algorithm with the half-even correction)

export function fsum(values: Iterable<number>): number {
  const p: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  let n = 0;
  for (let x of values) {
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new PyLibError('OverflowError', 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else p[n++] = x;
    }
    p.length = Math.max(p.length, n);
  }
  if (specialSum !== 0.0) {
    if (infSum !== infSum) throw new PyLibError('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// ---------------------------------------------------------------------------------------------------
// hypot / dist (CPython 3.10+ vector_norm)

function vectorNorm(v: number[], maxv: number, foundNan: boolean): number {
  const n = v.length;
  if (maxv === Infinity) return maxv;
  if (foundNan) return NaN;
  if (maxv === 0 || n <= 1) return maxv;
  const [, maxE] = cFrexp(maxv);
  if (maxE < -1023) {
    // subnormal max: scale up and recurse
    for (let i = 0; i < n; i++) v[i] /= 5e-324;
    return 5e-324 * vectorNorm(v, maxv / 5e-324, foundNan);
  }
  const scale = cLdexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    let x = v[i];
    x *= scale;
    // x*x exactly as hi + lo
    twoProd(x, x);
    const ph = REG[0];
    const pl = REG[1];
    // csum += ph with error into frac1
    twoSum(csum, ph);
    csum = REG[0];
    frac1 += REG[1];
    frac2 += pl;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  twoProd(-h, h);
  const prh = REG[0];
  const prl = REG[1];
  twoSum(csum, prh);
  csum = REG[0];
  frac1 += REG[1];
  frac2 += prl;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

/** math.hypot(*coordinates) */
export function hypot(...coords: number[]): number {
  let maxv = 0.0;
  let foundNan = false;
  const v = new Array<number>(coords.length);
  for (let i = 0; i < coords.length; i++) {
    const x = Math.abs(coords[i]);
    v[i] = x;
    foundNan = foundNan || x !== x;
    if (x > maxv) maxv = x;
  }
  return vectorNorm(v, maxv, foundNan);
}

/** math.dist(p, q) */
export function dist(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length) throw new PyLibError('ValueError', 'both points must have the same number of dimensions');
  let maxv = 0.0;
  let foundNan = false;
  const v = new Array<number>(p.length);
  for (let i = 0; i < p.length; i++) {
    const x = Math.abs(p[i] - q[i]);
    v[i] = x;
    foundNan = foundNan || x !== x;
    if (x > maxv) maxv = x;
  }
  return vectorNorm(v, maxv, foundNan);
}

// ---------------------------------------------------------------------------------------------------
// integer functions

const big = (v: PyInt): bigint => (typeof v === 'bigint' ? v : BigInt(v));

/** math.isqrt */
export function isqrt(n: PyInt): PyInt {
  if (n < 0) throw new PyLibError('ValueError', 'isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  // Newton on bigints
  let x = BigInt(Math.floor(Math.sqrt(Number(n)))) || 1n;
  if (!Number.isFinite(Number(n))) x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return normInt(x);
}

function gcd2(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = big(a);
  let y = big(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y) {
    const t = x % y;
    x = y;
    y = t;
  }
  return normInt(x);
}

/** math.gcd(*integers) */
export function gcd(...args: PyInt[]): PyInt {
  let g: PyInt = 0;
  for (const a of args) g = gcd2(g, a);
  return g;
}

/** math.lcm(*integers) */
export function lcm(...args: PyInt[]): PyInt {
  if (args.length === 0) return 1;
  let l: PyInt = typeof args[0] === 'number' ? Math.abs(args[0]) : normInt(args[0] < 0n ? -args[0] : args[0]);
  for (let i = 1; i < args.length; i++) {
    const b = args[i];
    if (l === 0 || b === 0 || b === 0n) {
      l = 0;
      continue;
    }
    const g = gcd2(l, b);
    const L = (big(l) / big(g)) * big(b);
    l = normInt(L < 0n ? -L : L);
  }
  return l;
}

/** math.factorial(n) (n must already be an int) */
export function factorial(n: PyInt): PyInt {
  if (n < 0) throw new PyLibError('ValueError', 'factorial() not defined for negative values');
  if (n > 1000000) {
    // CPython: n larger than LONG_MAX → OverflowError; practically huge
    if (typeof n === 'bigint' && n > 9223372036854775807n)
      throw new PyLibError('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
  }
  const nn = Number(n);
  if (nn <= 18) {
    let r = 1;
    for (let i = 2; i <= nn; i++) r *= i;
    return r;
  }
  // binary splitting product
  const prod = (lo: number, hi: number): bigint => {
    if (hi - lo < 16) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= BigInt(i);
      return r;
    }
    const mid = (lo + hi) >> 1;
    return prod(lo, mid) * prod(mid + 1, hi);
  };
  return normInt(prod(2, nn));
}

/** math.perm(n, k=None) */
export function perm(n: PyInt, k?: PyInt | null): PyInt {
  if (k === undefined || k === null) return factorial(n);
  if (n < 0) throw new PyLibError('ValueError', 'n must be a non-negative integer');
  if (k < 0) throw new PyLibError('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0;
  const N = big(n);
  const K = big(k);
  let r = 1n;
  for (let i = 0n; i < K; i++) r *= N - i;
  return normInt(r);
}

/** math.comb(n, k) */
export function comb(n: PyInt, k: PyInt): PyInt {
  if (n < 0) throw new PyLibError('ValueError', 'n must be a non-negative integer');
  if (k < 0) throw new PyLibError('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0;
  const N = big(n);
  let K = big(k);
  if (N - K < K) K = N - K;
  let r = 1n;
  for (let i = 1n; i <= K; i++) r = (r * (N - K + i)) / i;
  return normInt(r);
}

/** math.prod(values, start=1) for numeric values (ints stay exact, any float makes it float). */
export function prod(values: Iterable<PyInt | number>, start: PyInt | number = 1, isFloat: (v: PyInt | number) => boolean = (v) => typeof v === 'number' && !Number.isInteger(v)): PyInt | number {
  let acc: PyInt | number = start;
  let accFloat = isFloat(start);
  for (const v of values) {
    if (accFloat || isFloat(v)) {
      acc = Number(acc) * Number(v);
      accFloat = true;
    } else {
      const r = big(acc as PyInt) * big(v as PyInt);
      acc = normInt(r);
    }
  }
  return acc;
}
