/**
 * Complex arithmetic as CPython's Objects/complexobject.c does it (_Py_c_quot, _Py_c_prod, c_powi and
 * _Py_c_pow), on (re, im) pairs: the runtime's complex type and the compiler's constant folding share it, so
 * a folded `(-1.0) ** 0.5` is the same complex a run computes.
 */
import { hypot, mPow, atan2, mExp, mLog, mCos, mSin } from './pymath';

export interface C {
  re: number;
  im: number;
}

/** _Py_c_quot; null on division by zero (EDOM). */
export function cQuot(a: C, b: C): C | null {
  const absBr = b.re < 0 ? -b.re : b.re;
  const absBi = b.im < 0 ? -b.im : b.im;
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN };
}

export function cProd(a: C, b: C): C {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/**
 * complex_pow without the modulus: the power, or the error CPython raises ('zero': ZeroDivisionError "0.0 to
 * a negative or complex power", 'overflow': OverflowError "complex exponentiation").
 */
export function cPow(a: C, b: C): C | 'zero' | 'overflow' {
  let edom = false;
  let p: C;
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
    // c_powi
    const n = b.re;
    const powu = (x: C, k: number): C => {
      let r: C = { re: 1, im: 0 };
      let q = x;
      let mask = 1;
      while (mask > 0 && k >= mask) {
        if (k & mask) r = cProd(r, q);
        mask <<= 1;
        q = cProd(q, q);
      }
      return r;
    };
    if (n > 0) p = powu(a, n);
    else {
      const q = cQuot({ re: 1, im: 0 }, powu(a, -n));
      if (q === null) {
        edom = true;
        p = { re: 0, im: 0 };
      } else p = q;
    }
  } else if (b.re === 0 && b.im === 0) {
    p = { re: 1, im: 0 };
  } else if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) edom = true;
    p = { re: 0, im: 0 };
  } else {
    const vabs = hypot(a.re, a.im);
    let len = mPow(vabs, b.re);
    const at = atan2(a.im, a.re);
    let phase = at * b.re;
    if (b.im !== 0) {
      len /= mExp(at * b.im);
      phase += b.im * mLog(vabs);
    }
    p = { re: len * mCos(phase), im: len * mSin(phase) };
  }
  if (edom) return 'zero';
  if (p.re === Infinity || p.re === -Infinity || p.im === Infinity || p.im === -Infinity) return 'overflow';
  return p;
}
