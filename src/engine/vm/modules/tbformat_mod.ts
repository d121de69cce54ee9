/**
 * `_tbformat`: heapscope's private helpers for its `traceback` module (src/engine/stdlib/traceback.py), so
 * that traceback.format_exc() / print_exc() print exactly what the uncaught-exception printer prints
 * (objects/core_exc.ts, objects/tbformat.ts). CPython's Lib/traceback.py reads co_positions() and formats the
 * caret lines itself; heapscope keeps one implementation of that text.
 *
 *   _positions(tb_or_frame)                  (lineno, end_lineno, colno, end_colno) of the instruction a
 *                                            traceback entry or a frame is at (None where unknown)
 *   _source(filename, lineno, end_lineno, colno, end_colno)
 *                                            the source line(s) and caret lines printed under
 *                                            `  File ..., line N, in name` ('' when the file is unknown)
 *   _exc_only(exc)                           `Type: message` with its suggestion and notes (no final newline)
 *   _group(exc)                              the whole text printed for an exception group, else None
 */
import { PyObject, newref } from '../../objects/object';
import { None } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { newInt } from '../../objects/numbers';
import { newTuple } from '../../objects/sequences';
import { newModule } from '../../objects/core_misc';
import { TracebackObject, sourceLines, formatExceptionOnly } from '../../objects/core_exc';
import { formatEntrySource } from '../../objects/tbformat';
import { FrameObject } from '../frame';
import { RT } from '../../objects/object';
import type { PythonVersion } from '../../parser';
import { NATIVE_MODULES } from '../importer';
import { parseArgs } from '../args';
import * as A from '../abstract';
import { unboundModuleFn } from './nativetype';

/** -1 for None, else the int's value */
function optInt(o: PyObject): number {
  if (o === None) return -1;
  const v = A.indexValue(o);
  return typeof v === 'number' ? v : -1;
}

NATIVE_MODULES._tbformat = () => {
  const m = newModule('_tbformat');
  const fn = (name: string, f: Parameters<typeof unboundModuleFn>[2]) => unboundModuleFn(m, name, f);
  fn('_positions', (_s, a, s0, n, kw) => {
    const [o] = parseArgs('_positions', a, s0, n, kw, ['obj']);
    let code;
    let lasti: number;
    if (o instanceof TracebackObject) {
      code = o.frame.code;
      lasti = o.lasti;
    } else if (o instanceof FrameObject) {
      code = o.code;
      lasti = o.frame !== null ? o.frame.lasti : o.lasti;
    } else {
      raise(E.TypeError, 'expected a traceback or a frame');
    }
    const pos = code.spec.positions;
    const k = 4 * lasti;
    const p = lasti >= 0 && k + 3 < pos.length ? [pos[k], pos[k + 1], pos[k + 2], pos[k + 3]] : [-1, -1, -1, -1];
    return newTuple(p.map((v) => (v >= 0 ? newInt(v) : newref(None))));
  });
  fn('_source', (_s, a, s0, n, kw) => {
    const [filename, lineno, endLineno, colno, endColno] = parseArgs('_source', a, s0, n, kw,
      ['filename', 'lineno', 'end_lineno', 'colno', 'end_colno']);
    if (!(filename instanceof StrObject)) return newStr('');
    const ln = optInt(lineno!);
    const pos = [ln, optInt(endLineno!), optInt(colno!), optInt(endColno!)];
    return newStr(formatEntrySource(sourceLines.get(filename.value), ln, pos, RT.profile.version as PythonVersion));
  });
  fn('_exc_only', (_s, a, s0, n, kw) => {
    const [exc] = parseArgs('_exc_only', a, s0, n, kw, ['exc']);
    return newStr(formatExceptionOnly(exc!));
  });
  fn('_group', (_s, a, s0, n, kw) => {
    const [exc] = parseArgs('_group', a, s0, n, kw, ['exc']);
    const g = RT.ext.formatExceptionGroups?.(exc!) as string | null | undefined;
    return g === null || g === undefined ? newref(None) : newStr(g);
  });
  return m;
};
