/**
 * printf (%-formatting) against CPython (fixtures from scripts/gen_numeric_fixtures.py).
 * Arguments are ints, floats, strs and bools, modelled as tagged JS values.
 */
import { describe, test, expect } from 'vitest';
import { percentFormat, type PercentCallbacks } from '../../../src/engine/lib/printf';
import { floatRepr, floatToInt, type PyInt } from '../../../src/engine/lib/floatrepr';
import { pyStrRepr } from '../../../src/engine/lib/floatparse';
import { PyLibError } from '../../../src/engine/lib/errors';
import { loadFixture, dec, outcome, mismatches } from './fixtures/numeric/decode';

type Obj = { t: 'int'; v: PyInt } | { t: 'float'; v: number } | { t: 'str'; v: string } | { t: 'bool'; v: boolean };
function obj(e: any): Obj {
  if (e === true || e === false) return { t: 'bool', v: e };
  if (typeof e === 'string' && e.startsWith('f:')) return { t: 'float', v: dec(e) };
  if (typeof e === 'string' && (e.startsWith('i:') || e.startsWith('x:'))) return { t: 'int', v: dec(e) };
  return { t: 'str', v: e };
}
const ascii = (s: string) => pyStrRepr(s).replace(/[^\p{ASCII}]/gu, (c) => {
  const cp = c.codePointAt(0)!;
  return cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0') : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
});
const str = (o: Obj): string => (o.t === 'str' ? o.v : o.t === 'float' ? floatRepr(o.v) : o.t === 'bool' ? (o.v ? 'True' : 'False') : String(o.v));
const cb: PercentCallbacks<Obj> = {
  str,
  repr: (o) => (o.t === 'str' ? pyStrRepr(o.v) : str(o)),
  ascii: (o) => (o.t === 'str' ? ascii(o.v) : str(o)),
  typeName: (o) => o.t,
  toInt: (o) => (o.t === 'int' ? o.v : o.t === 'bool' ? (o.v ? 1 : 0) : o.t === 'float' ? floatToInt(o.v) : null),
  toIndex: (o) => (o.t === 'int' ? o.v : o.t === 'bool' ? (o.v ? 1 : 0) : null),
  toFloat: (o) => {
    if (o.t === 'float') return o.v;
    if (o.t === 'bool') return o.v ? 1 : 0;
    if (o.t === 'int') {
      const x = Number(o.v);
      if (!Number.isFinite(x)) throw new PyLibError('OverflowError', 'int too large to convert to float');
      return x;
    }
    return null;
  },
  asStr: (o) => (o.t === 'str' ? o.v : null),
  asInt: (o) => (o.t === 'int' ? o.v : o.t === 'bool' ? (o.v ? 1 : 0) : null),
};

const fx = loadFixture('printf', '3.12');
describe('percentFormat', () => {
  test(`tuple / single arguments (${fx.cases.length} cases)`, () => {
    const rows = fx.cases.map(([fmt, args, r]: any[]) => {
      const items = (args as any[]).map(obj);
      return [`${JSON.stringify(fmt)} % ${JSON.stringify(args)}`, r, outcome(() => percentFormat(fmt, { tuple: items }, cb), (v) => v)];
    });
    expect(mismatches(rows)).toEqual([]);
  });
  test(`mapping arguments (${fx.maps.length} cases)`, () => {
    const rows = fx.maps.map(([fmt, d, r]: any[]) => {
      const dict: Obj = { t: 'str', v: '{' + Object.entries(d).map(([k, v]) => `'${k}': ${str(obj(v))}`).join(', ') + '}' };
      const getItem = (k: string) => {
        if (!(k in d)) throw new PyLibError('KeyError', pyStrRepr(k));
        return obj(d[k]);
      };
      return [`${JSON.stringify(fmt)} % ${JSON.stringify(d)}`, r, outcome(() => percentFormat(fmt, { single: dict, getItem }, cb), (v) => v)];
    });
    expect(mismatches(rows)).toEqual([]);
  });
  test('mapping key with a tuple argument', () => {
    expect(mismatches(fx.tuple_err.map(([fmt, r]: any[]) => [fmt, r, outcome(() => percentFormat(fmt, { tuple: [obj('i:1')] }, cb), (v) => v)]))).toEqual([]);
  });
});
