/**
 * lib/longalloc.ts: the digits CPython allocates for int results.  Each expectation is a block size measured
 * with tracemalloc on CPython 3.11.7, 3.12.1 and 3.13.0 (identical on the three): bytes = 24 + 4 * digits,
 * 32 for an exactly sized one-digit int, 0 for a cached small int or the operand itself.
 */
import { describe, expect, it } from 'vitest';
import {
  EXACT, SAME, addDigits, subDigits, mulDigits, powWithDigits, lshiftDigits, rshiftDigits, invertDigits,
  bitwiseDigits, divmodDigits, fromStringDigits,
} from '../../../src/engine/lib/longalloc';
import { intPow, ndigits, type PyInt } from '../../../src/engine/lib/intops';

const B = 2 ** 30;
const m = 12345;
const big2 = B * 5 + 7; // two digits
const big2b = B * 3 + 1;
const big3 = BigInt(B) * BigInt(B) * 2n + 99n; // three digits
const neg2 = -big2;
const p30m = B - 1; // the largest one-digit int

/** The block CPython's tracemalloc reports for a result with value `v` allocated for `digits` digits. */
function blockOf(v: PyInt, digits: number): number {
  if (digits === SAME) return 0;
  if (typeof v === 'number' && v >= -5 && v <= 256) return 0;
  if (digits === EXACT) return ndigits(v) <= 1 ? 32 : 24 + 4 * ndigits(v);
  return 24 + 4 * Math.max(1, digits);
}

describe('digit arithmetic allocations (measured block sizes)', () => {
  it('add and subtract: x_add keeps a carry digit, x_sub the larger size or the highest differing digit', () => {
    const sum = (a: PyInt, b: PyInt): PyInt => {
      const r = BigInt(a) + BigInt(b);
      return r >= -(2n ** 53n) && r < 2n ** 53n ? Number(r) : r;
    };
    const rows: [PyInt, PyInt, number][] = [
      // a, b, block of a + b
      [big2, m, 36],
      [big2, big2b, 36],
      [2n ** 60n - 1n, 1, 36],
      [big2, neg2, 0],
      [big3, neg2, 36],
      [neg2, m, 32],
      [p30m, 1, 32],
      [big2, 0, 36],
    ];
    for (const [a, b, block] of rows) expect(blockOf(sum(a, b), addDigits(a, b)), `${a} + ${b}`).toBe(block);
    expect(blockOf(Number(BigInt(big2) - BigInt(big2b)), subDigits(big2, big2b))).toBe(32);
    expect(blockOf(big2 - m, subDigits(big2, m))).toBe(32);
    expect(blockOf(-big2, subDigits(0, big2))).toBe(32);
    expect(blockOf(B - 1, subDigits(B, 1))).toBe(32);
    expect(subDigits(big2, neg2)).toBe(3); // different signs: x_add
    // equal sizes differing only in the low digit: _PyLong_New(1), a 28-byte block
    expect(blockOf(1257, subDigits(B + 1257, B))).toBe(28);
  });

  it('multiply: size_a + size_b unless both operands have one digit', () => {
    expect(mulDigits(big2, m)).toBe(3);
    expect(mulDigits(big2, big2b)).toBe(4);
    expect(mulDigits(p30m, p30m)).toBe(EXACT);
    expect(mulDigits(big2, 1)).toBe(3);
    expect(mulDigits(neg2, big3)).toBe(5);
    expect(mulDigits(big2, 0)).toBe(EXACT);
  });

  it('power: the last multiplication of left-to-right binary exponentiation', () => {
    const rows: [PyInt, number, number][] = [
      [big2, 1, 36],
      [m, 2, 32],
      [m, 3, 32],
      [big2, 2, 40],
      [neg2, 3, 44],
      [m, 7, 40],
      [p30m, 5, 44],
      [100, 10, 40],
      [100, 40, 64],
      [100, 100, 120],
    ];
    for (const [a, e, block] of rows) {
      const [v, nd] = powWithDigits(a, e);
      expect(v, `${a} ** ${e}`).toEqual(intPow(a, e));
      expect(blockOf(v, nd), `${a} ** ${e}`).toBe(block);
    }
  });

  it('shifts', () => {
    expect(lshiftDigits(m, 10)).toBe(EXACT);
    expect(lshiftDigits(m, 30)).toBe(2);
    expect(lshiftDigits(m, 31)).toBe(3);
    expect(lshiftDigits(big2, 1)).toBe(3);
    expect(lshiftDigits(neg2, 60)).toBe(4);
    expect(lshiftDigits(p30m, 1)).toBe(EXACT);
    expect(rshiftDigits(big2, 1)).toBe(2);
    expect(rshiftDigits(big3, 31)).toBe(2);
    // a negative operand keeps room for the rounding carry when the shift is a whole number of digits
    const n90 = -(2n ** 90n);
    expect(rshiftDigits(n90, 30)).toBe(4);
    expect(rshiftDigits(n90, 60)).toBe(3);
    expect(rshiftDigits(-(2n ** 90n) + 5n, 31)).toBe(2);
    expect(rshiftDigits(n90, 0)).toBe(SAME);
    expect(rshiftDigits(2n ** 90n, 0)).toBe(4);
  });

  it('invert and bitwise operations', () => {
    expect(invertDigits(big2)).toBe(3);
    expect(invertDigits(neg2)).toBe(2);
    expect(bitwiseDigits(neg2, '&', big3)).toBe(3);
    expect(bitwiseDigits(big2, '|', m)).toBe(2);
    expect(bitwiseDigits(neg2, '|', big3)).toBe(3);
    expect(bitwiseDigits(big3, '^', big2)).toBe(3);
    expect(bitwiseDigits(neg2, '^', m)).toBe(3);
    expect(bitwiseDigits(m, '|', neg2)).toBe(3);
    expect(bitwiseDigits(m, '&', 7)).toBe(EXACT);
  });

  it('floor division and remainder', () => {
    expect(divmodDigits(big3, m)[0]).toBe(3); // divrem1
    expect(divmodDigits(big3, big2)).toEqual([1, 2]); // x_divrem
    expect(blockOf(1, divmodDigits(big2, big2b)[0])).toBe(0); // quotient 1: the small int
    // |a| < |b|: the remainder is a itself; with mixed signs it becomes a + b
    expect(divmodDigits(big2, big3)[1]).toBe(SAME);
    expect(divmodDigits(neg2, big3)[1]).toBe(3);
    expect(divmodDigits(7, 2)).toEqual([EXACT, EXACT]);
  });

  it('int(str): power-of-two bases exactly, others by the digit-count estimate', () => {
    expect(fromStringDigits(6, 10)).toBe(1); // int('123456'): a 28-byte block
    expect(fromStringDigits(19, 10)).toBe(3);
    expect(fromStringDigits(30, 10)).toBe(4);
    expect(fromStringDigits(13, 36)).toBe(3);
    expect(fromStringDigits(20, 16)).toBe(3);
    expect(fromStringDigits(40, 2)).toBe(2);
    expect(fromStringDigits(13, 8)).toBe(2);
  });
});
