/**
 * heapscope compiler — CPython's `Python/future.c`: the `from __future__ import ...` statements at the start
 * of a module (after an optional docstring). Unknown features raise `future feature X is not defined`,
 * `braces` raises `not a chance`. Only `annotations` (PEP 563) changes code generation; the other features
 * are mandatory in Python 3 and accepted silently (`barry_as_FLUFL` is the parser's business).
 */
import type * as A from '../parser/ast';
import { CompileError, type Loc } from './symtable';

export interface FutureFeatures {
  annotations: boolean;
  /** co_flags bits every code object of the module carries (CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL). */
  coFlags?: number;
  /** ff_location: the last future statement of the leading block, or null. */
  location: Loc | null;
}

export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

const KNOWN = new Set([
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'barry_as_FLUFL',
  'generator_stop',
  'annotations',
]);

export function parseFuture(mod: A.Module): FutureFeatures {
  const ff: FutureFeatures = { annotations: false, location: null, coFlags: 0 };
  const body = mod.body;
  let i = 0;
  const first = body[0];
  if (first && first._type === 'Expr' && first.value._type === 'Constant' && first.value.value.kind === 'str') i = 1;
  for (; i < body.length; i++) {
    const s = body[i];
    if (s._type !== 'ImportFrom' || s.level !== 0 || s.module !== '__future__') break;
    for (const a of s.names) {
      const loc: Loc = { lineno: s.lineno, end_lineno: s.lineno, col_offset: s.col_offset, end_col_offset: -1 };
      if (a.name === 'annotations') {
        ff.annotations = true;
        ff.coFlags! |= CO_FUTURE_ANNOTATIONS;
      } else if (a.name === 'barry_as_FLUFL') ff.coFlags! |= CO_FUTURE_BARRY_AS_BDFL;
      else if (a.name === 'braces') throw new CompileError('not a chance', loc);
      else if (!KNOWN.has(a.name)) throw new CompileError(`future feature ${a.name} is not defined`, loc);
    }
    ff.location = { lineno: s.lineno, end_lineno: s.end_lineno, col_offset: s.col_offset, end_col_offset: s.end_col_offset };
  }
  return ff;
}

/** compile.c location_is_after */
export function locationIsAfter(a: Loc, b: Loc | null): boolean {
  if (b === null) return true;
  return a.lineno > b.lineno || (a.lineno === b.lineno && a.col_offset > b.col_offset);
}
