/**
 * formatspec against CPython (fixtures from scripts/gen_numeric_fixtures.py; identical on 3.11–3.13).
 */
import { describe, test, expect } from 'vitest';
import { formatInt, formatFloat, formatStr } from '../../../src/engine/lib/formatspec';
import { floatRepr } from '../../../src/engine/lib/floatrepr';
import { loadFixture, dec, outcome, mismatches } from './fixtures/numeric/decode';

const fx = loadFixture('format', '3.12');
const id = (v: unknown) => v;

describe('format-spec mini-language', () => {
  test(`ints (${fx.ints.length} cases)`, () => {
    const rows = fx.ints.map(([ev, spec, r]: any[]) => {
      const isBool = ev === true;
      const v = isBool ? 1 : dec(ev);
      // CPython: format(obj, '') is str(obj)
      const f = () => (spec === '' ? (isBool ? 'True' : String(v)) : formatInt(v, spec, isBool ? 'bool' : 'int'));
      return [`format(${String(ev)}, ${JSON.stringify(spec)})`, r, outcome(f, id)];
    });
    expect(mismatches(rows)).toEqual([]);
  });
  test(`floats (${fx.floats.length} cases)`, () => {
    const rows = fx.floats.map(([ev, spec, r]: any[]) => {
      const v = dec(ev);
      return [`format(${floatRepr(v)}, ${JSON.stringify(spec)})`, r, outcome(() => (spec === '' ? floatRepr(v) : formatFloat(v, spec)), id)];
    });
    expect(mismatches(rows)).toEqual([]);
  });
  test(`strs (${fx.strs.length} cases)`, () => {
    const rows = fx.strs.map(([v, spec, r]: any[]) => [`format(${JSON.stringify(v)}, ${JSON.stringify(spec)})`, r, outcome(() => formatStr(v, spec), id)]);
    expect(mismatches(rows)).toEqual([]);
  });
  test('literals copied from CPython 3.12', () => {
    expect(formatFloat(1234567.891, '020,.2f')).toBe('0,000,001,234,567.89');
    expect(formatInt(-1234567, '*^15,')).toBe('**-1,234,567***');
    expect(formatInt(12345678, '_x')).toBe('bc_614e');
    expect(() => formatFloat(5.0, 'x')).toThrow("Unknown format code 'x' for object of type 'float'");
    expect(() => formatStr('ab', ',')).toThrow("Cannot specify ',' with 's'.");
  });
});
