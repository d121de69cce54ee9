/**
 * `linecache` (CPython's Lib/linecache.py) over the sources the engine was given: the program and the
 * modules it imported (the same table tracebacks print from, core_exc.ts `sourceLines`). The sandbox has
 * no file system, so any other filename has no lines, as CPython's getlines() for a file it cannot read.
 *
 *   getline(filename, lineno, module_globals=None)  the line with its '\n', or '' when out of range
 *   getlines(filename, module_globals=None)         a list of every line, each ending with '\n'
 *   clearcache(), checkcache(filename=None)         nothing is cached beyond the run's sources: no-ops
 *
 * Lines are split as readlines() does after universal newlines; a last line without a newline gets one
 * (linecache.updatecache appends it).
 */
import { PyObject, newref } from '../../objects/object';
import { None } from '../../objects/singletons';
import { StrObject, newStr } from '../../objects/str';
import { newListFrom } from '../../objects/sequences';
import { DictObject } from '../../objects/dict';
import { newModule } from '../../objects/core_misc';
import { sourceLines } from '../../objects/core_exc';
import { NATIVE_MODULES } from '../importer';
import { parseArgs } from '../args';
import * as A from '../abstract';
import { unboundModuleFn } from './nativetype';

/** The file's lines as linecache holds them (each ending with '\n'), or [] when the file is unknown. */
function linesOf(filename: PyObject): string[] {
  if (!(filename instanceof StrObject)) return [];
  const lines = sourceLines.get(filename.value);
  if (lines === undefined) return [];
  // source.split(newline) leaves '' after a final newline: that is not a line
  const n = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(lines[i] + '\n');
  return out;
}

NATIVE_MODULES.linecache = () => {
  const m = newModule('linecache');
  const d = m.dict as DictObject;
  // CPython's linecache is Python code: its functions refer to the module's dict, not the module
  const fn = (name: string, f: Parameters<typeof unboundModuleFn>[2]) => unboundModuleFn(m, name, f);
  fn('getline', (_s, a, s0, n, kw) => {
    const [filename, linenoObj] = parseArgs('getline', a, s0, n, kw, ['filename', 'lineno', 'module_globals?']);
    const lines = linesOf(filename!);
    const lineno = A.indexValue(linenoObj!);
    if (typeof lineno === 'number' && lineno >= 1 && lineno <= lines.length) return newStr(lines[lineno - 1]);
    return newStr('');
  });
  fn('getlines', (_s, a, s0, n, kw) => {
    const [filename] = parseArgs('getlines', a, s0, n, kw, ['filename', 'module_globals?']);
    return newListFrom(linesOf(filename!).map((l) => newStr(l)));
  });
  fn('clearcache', (_s, a, s0, n, kw) => {
    parseArgs('clearcache', a, s0, n, kw, []);
    return newref(None);
  });
  fn('checkcache', (_s, a, s0, n, kw) => {
    parseArgs('checkcache', a, s0, n, kw, ['filename?']);
    return newref(None);
  });
  return m;
};
