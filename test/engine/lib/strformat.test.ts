// Expected values come from real CPython 3.12.1 via test/engine/lib/strformat_fixtures_gen.py
// (PYENV_VERSION=3.12.1 python3.12 test/engine/lib/strformat_fixtures_gen.py regenerates the JSON).
// The test drives parseFormatString with a tiny evaluator (JSON values, specs '', 'N', '>N', '<N')
// to check that parse results and error ordering reproduce what str.format does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PyLibError } from '../../../src/engine/lib/errors';
import { strAscii, strRepr } from '../../../src/engine/lib/pystr';
import { formatterParser, parseFormatString, type FormatItem } from '../../../src/engine/lib/strformat';

type Exp = { ok?: unknown; err?: [string, string] };
interface Fx {
  args: unknown[];
  kwargs: Record<string, unknown>;
  cases: { t: string; format: Exp; parser: Exp; format_map: Exp }[];
}
const fx = JSON.parse(readFileSync(join(__dirname, 'strformat_fixtures.json'), 'utf8')) as Fx;

class PyErr extends Error {
  constructor(
    readonly type: string,
    msg: string,
  ) {
    super(msg);
  }
}

function pyRepr(v: unknown): string {
  if (typeof v === 'string') return strRepr(v);
  if (Array.isArray(v)) return '[' + v.map(pyRepr).join(', ') + ']';
  if (typeof v === 'object' && v) return '{' + Object.entries(v).map(([k, x]) => strRepr(k) + ': ' + pyRepr(x)).join(', ') + '}';
  return String(v);
}
const pyStr = (v: unknown): string => (typeof v === 'string' ? v : pyRepr(v));

function getItem(obj: unknown, key: string | number): unknown {
  if (Array.isArray(obj) || typeof obj === 'string') {
    const kind = Array.isArray(obj) ? 'list' : 'string';
    if (typeof key === 'string') {
      throw new PyErr('TypeError', kind === 'list' ? 'list indices must be integers or slices, not str' : "string indices must be integers, not 'str'");
    }
    if (key >= obj.length) throw new PyErr('IndexError', `${kind} index out of range`);
    return obj[key];
  }
  const d = obj as Record<string, unknown>;
  if (typeof key === 'number' || !(key in d)) throw new PyErr('KeyError', typeof key === 'number' ? String(key) : strRepr(key));
  return d[key];
}

function applySpec(v: unknown, spec: string): string {
  const s = pyStr(v);
  const m = /^([<>]?)(\d*)$/.exec(spec);
  if (!m) throw new PyErr('SpecError', spec);
  const w = m[2] ? Number(m[2]) : 0;
  const right = m[1] === '>' || (m[1] === '' && typeof v === 'number');
  return s.length >= w ? s : right ? ' '.repeat(w - s.length) + s : s + ' '.repeat(w - s.length);
}

function render(items: FormatItem[], args: unknown[] | null, kwargs: Record<string, unknown>): string {
  let out = '';
  for (const it of items) {
    if (it.kind === 'literal') out += it.text;
    else if (it.kind === 'error') throw it.error;
    else {
      const n = it.name;
      let obj: unknown;
      const first = n.first === null ? n.autoIndex : n.first;
      if (typeof first === 'number') {
        if (args === null) throw new PyErr('ValueError', 'Format string contains positional fields');
        if (first >= args.length) throw new PyErr('IndexError', `Replacement index ${first} out of range for positional args tuple`);
        obj = args[first];
      } else {
        if (!(first in kwargs)) throw new PyErr('KeyError', strRepr(first));
        obj = kwargs[first];
      }
      for (const r of n.rest) {
        if ('attr' in r) throw new PyErr('AttributeError', r.attr);
        obj = getItem(obj, r.index);
      }
      if (n.restError) throw n.restError;
      if (it.conversionError) throw it.conversionError;
      let v: unknown = obj;
      if (it.conversion === 'r') v = pyRepr(obj);
      else if (it.conversion === 'a') v = typeof obj === 'string' ? strAscii(obj) : pyRepr(obj);
      else if (it.conversion === 's') v = pyStr(obj);
      const spec = it.specItems ? render(it.specItems, args, kwargs) : it.formatSpec;
      out += applySpec(v, spec);
    }
  }
  return out;
}

function outcome(fn: () => unknown): Exp {
  try {
    return { ok: fn() };
  } catch (e) {
    if (e instanceof PyLibError) return { err: [e.pyType, e.message] };
    if (e instanceof PyErr) return { err: [e.type, e.message] };
    throw e;
  }
}

function same(got: Exp, want: Exp): boolean {
  if (got.err?.[0] === 'SpecError') {
    // the parse produced the right spec; CPython's message names it (spec formatting is not ours)
    const spec = got.err[1];
    return !!want.err && want.err[0] === 'ValueError' &&
      (want.err[1].includes(`'${spec}'`) || want.err[1].includes(`'${spec[spec.length - 1]}'`));
  }
  return JSON.stringify(got) === JSON.stringify(want);
}

describe('parseFormatString vs CPython str.format / format_map', () => {
  for (const c of fx.cases) {
    it(JSON.stringify(c.t), () => {
      const got = outcome(() => render(parseFormatString(c.t), fx.args, fx.kwargs));
      expect(same(got, c.format), `format: ${JSON.stringify(got)} vs ${JSON.stringify(c.format)}`).toBe(true);
      const gotMap = outcome(() => render(parseFormatString(c.t), null, fx.kwargs));
      expect(same(gotMap, c.format_map), `format_map: ${JSON.stringify(gotMap)} vs ${JSON.stringify(c.format_map)}`).toBe(true);
      const gotP = outcome(() => [...formatterParser(c.t)]);
      expect(gotP).toEqual(c.parser);
    });
  }
});
