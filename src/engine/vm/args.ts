/**
 * Argument parsing for builtin functions and methods, with CPython's error messages for the common
 * calling conventions (METH_NOARGS, METH_O, Argument Clinic positional/keyword parameters).
 */
import { RT, type PyObject } from '../objects/object';
import { E, raise } from '../objects/exceptions';
import type { TupleObject } from '../objects/sequences';
import type { StrObject } from '../objects/str';

export function kwCount(kwnames: PyObject | null): number {
  return kwnames === null ? 0 : (kwnames as TupleObject).items.length;
}

/** METH_NOARGS: `name() takes no arguments (N given)` */
export function noArgs(name: string, nargs: number, kwnames: PyObject | null): void {
  if (kwCount(kwnames) > 0) raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (nargs !== 0) raise(E.TypeError, `${name}() takes no arguments (${nargs} given)`);
}

/** METH_O: `name() takes exactly one argument (N given)` */
export function oneArg(name: string, nargs: number, kwnames: PyObject | null): void {
  if (kwCount(kwnames) > 0) raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (nargs !== 1) raise(E.TypeError, `${name}() takes exactly one argument (${nargs} given)`);
}

/** Positional-only Argument Clinic functions: `name expected at most N arguments, got M`. */
export function posArgs(name: string, nargs: number, kwnames: PyObject | null, min: number, max: number): void {
  if (kwCount(kwnames) > 0) raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (nargs < min) {
    if (min === max) raise(E.TypeError, `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${nargs}`);
    raise(E.TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${nargs}`);
  }
  if (nargs > max) {
    if (min === max) raise(E.TypeError, `${name} expected ${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
    raise(E.TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
  }
}

/**
 * General parser: `params` are parameter names; a leading '$' marks keyword-only, a trailing '?' optional,
 * '/' in the list ends the positional-only ones. Returns borrowed values (null when not given).
 * Messages follow Argument Clinic: `name() takes at most N arguments (M given)`,
 * `name() missing required argument 'x' (pos 1)`, raiseUnexpectedKeyword.
 */
/**
 * A C function (Argument Clinic / PyArg_ParseTupleAndKeywords) called with a keyword it does not have:
 * 3.11 and 3.12 say `'k' is an invalid keyword argument for f()`, 3.13 `f() got an unexpected keyword argument 'k'`.
 */
export function raiseUnexpectedKeyword(fname: string, key: string): never {
  if (RT.profile.version === '3.13') raise(E.TypeError, `${fname}() got an unexpected keyword argument '${key}'`);
  raise(E.TypeError, `'${key}' is an invalid keyword argument for ${fname}()`);
}

export function parseArgs(
  fname: string,
  args: PyObject[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
  params: string[],
): (PyObject | null)[] {
  const names: string[] = [];
  const optional: boolean[] = [];
  const kwOnly: boolean[] = [];
  let posOnlyCount = 0;
  for (const p of params) {
    if (p === '/') {
      posOnlyCount = names.length;
      continue;
    }
    let n = p;
    const ko = n.startsWith('$');
    if (ko) n = n.slice(1);
    const opt = n.endsWith('?');
    if (opt) n = n.slice(0, -1);
    names.push(n);
    optional.push(opt);
    kwOnly.push(ko);
  }
  let maxPos = 0;
  while (maxPos < names.length && !kwOnly[maxPos]) maxPos++;
  let minPos = 0;
  while (minPos < maxPos && !optional[minPos]) minPos++;
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  const nkw = kwCount(kwnames);
  // _PyArg_UnpackKeywords' checks, in its order: the total count, the positional count, each parameter
  // (missing required ones), then arguments given twice, then unknown keywords
  if (nkw > 0 || nargs > maxPos || nargs < minPos) {
    const maxArgs = names.length;
    if (nargs + nkw > maxArgs) {
      raise(
        E.TypeError,
        `${fname}() takes at most ${maxArgs} ${nargs === 0 ? 'keyword ' : ''}argument${maxArgs === 1 ? '' : 's'} (${nargs + nkw} given)`,
      );
    }
    if (nargs > maxPos) {
      if (maxPos === 0) raise(E.TypeError, `${fname}() takes no positional arguments`);
      raise(
        E.TypeError,
        `${fname}() takes ${minPos < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${nargs} given)`,
      );
    }
    const minPosOnly = Math.min(posOnlyCount, minPos);
    if (nargs < minPosOnly) {
      raise(
        E.TypeError,
        `${fname}() takes ${minPosOnly < maxPos ? 'at least' : 'exactly'} ${minPosOnly} positional argument${minPosOnly === 1 ? '' : 's'} (${nargs} given)`,
      );
    }
  }
  for (let i = 0; i < nargs; i++) out[i] = args[start + i];
  const keys = nkw === 0 ? [] : (kwnames as TupleObject).items.map((k) => (k as StrObject).value);
  let used = 0;
  for (let i = Math.max(nargs, posOnlyCount); i < names.length; i++) {
    const k = keys.indexOf(names[i]);
    if (k >= 0) {
      out[i] = args[start + nargs + k];
      used++;
    } else if (!optional[i]) {
      if (kwOnly[i]) raise(E.TypeError, `${fname}() missing required keyword-only argument: '${names[i]}'`);
      raise(E.TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (used < nkw) {
    for (let i = posOnlyCount; i < nargs; i++) {
      if (keys.includes(names[i]))
        raise(E.TypeError, `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    // error_unexpected_keyword_arg: the first keyword that names no parameter (positional-only ones excluded)
    for (const key of keys) {
      const idx = names.indexOf(key);
      if (idx < posOnlyCount) raiseUnexpectedKeyword(fname, key);
    }
  }
  return out;
}
