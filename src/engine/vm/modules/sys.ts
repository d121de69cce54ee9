/**
 * The sys module: version information, getrefcount, getsizeof, intern, recursion limit, argv, modules,
 * stdout/stderr objects whose write() goes to the run's output, _debugmallocstats and exc_info.
 */
import { PyObject, RT, incref, decref, newref, refcount } from '../../objects/object';
import { T } from '../../objects/types';
import { None } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr, intern } from '../../objects/str';
import { newInt } from '../../objects/numbers';
import { newTuple, newListFrom } from '../../objects/sequences';
import { DictObject, dictSetStr } from '../../objects/dict';
import { BuiltinFunctionObject, type MethFn } from '../../objects/funcobject';
import { makeStatic } from '../../objects/typeobject';
import { typeCacheClear } from '../../objects/typecache';
import { ModuleObject, newModule } from '../../objects/core_misc';
import type { Runtime } from '../runtime';
import * as A from '../abstract';
import { noArgs, oneArg, posArgs, parseArgs } from '../args';
import { installUnraisableHook } from './unraisable';
import { newNamespace } from './namespace';
import { installSysFunctions, bindSysFunctions } from './sysfuncs';
import { textioWrite, textioFlush } from '../textio';
import { sysGetFrame, sysGetFrameModuleName } from '../frametype';

function fn(m: ModuleObject, name: string, f: MethFn): void {
  const b = new BuiltinFunctionObject(name, f, m, 'sys');
  makeStatic(b);
  dictSetStr(m.dict as DictObject, name, b);
}

/** A sys.stdout / sys.stderr stand-in with write() and flush(). */
function makeStream(stream: 'stdout' | 'stderr'): PyObject {
  const m = newModule(`<${stream}>`);
  fn(m, 'write', (_s, a, st, n, kw) => {
    oneArg('write', n, kw);
    const x = a[st];
    if (!(x instanceof StrObject)) raise(E.TypeError, `write() argument must be str, not ${x.ob_type.tp_name}`);
    RT.write(stream, x.value);
    // stdout's TextIOWrapper keeps the written objects until its buffer is flushed (vm/textio.ts)
    if (stream === 'stdout') textioWrite(RT, x);
    return newInt(x.cplen);
  });
  fn(m, 'flush', () => {
    if (stream === 'stdout') textioFlush(RT);
    return newref(None);
  });
  const enc = newStr('utf-8');
  dictSetStr(m.dict as DictObject, 'encoding', enc);
  decref(enc);
  return m;
}

export function makeSysModule(rt: Runtime): ModuleObject {
  const m = newModule('sys');
  const d = m.dict as DictObject;
  const p = rt.profile;
  const set = (name: string, v: PyObject) => {
    dictSetStr(d, name, v);
    decref(v);
  };
  const vi = p.versionInfo;
  const versionInfo = RT.ext.makeVersionInfo ? RT.ext.makeVersionInfo(vi) : newTuple([newInt(vi[0]), newInt(vi[1]), newInt(vi[2]), newStr(vi[3]), newInt(vi[4])]);
  set('version_info', newref(versionInfo));
  set('version', newStr(p.versionString));
  set('hexversion', newInt(p.hexversion));
  set('maxsize', newInt(9223372036854775807n));
  set('maxunicode', newInt(0x10ffff));
  set('byteorder', newStr('little'));
  set('platform', newStr('linux'));
  // make_impl_info: a types.SimpleNamespace (types.py takes the type from it, as CPython's does)
  const implItems: [string, PyObject][] = [
    ['name', newStr('cpython')],
    ['cache_tag', newStr(`cpython-${p.versionInfo[0]}${p.versionInfo[1]}`)],
    ['version', versionInfo],
    ['hexversion', newInt(p.hexversion)],
    ['_multiarch', newStr('x86_64-linux-gnu')],
  ];
  set('implementation', newNamespace(implItems));
  for (const [, v] of implItems) decref(v);
  for (const [n, v] of RT.ext.sysInfoObjects() as [string, PyObject][]) set(n, v);
  set('executable', newStr('/usr/bin/python3'));
  set('argv', newListFrom([newStr(rt.filename)]));
  set('path', newListFrom([]));
  dictSetStr(d, 'modules', rt.modules);
  set('stdout', makeStream('stdout'));
  set('stderr', makeStream('stderr'));
  set('__stdout__', makeStream('stdout'));
  set('stdin', RT.ext.makeStdin());
  set('__stdin__', RT.ext.makeStdin());
  set('__stderr__', makeStream('stderr'));
  fn(m, 'getrefcount', (_s, a, st, n, kw) => {
    oneArg('sys.getrefcount', n, kw);
    return newInt(refcount(a[st]));
  });
  fn(m, 'getsizeof', (_s, a, st, n, kw) => {
    const [obj, dflt] = parseArgs('getsizeof', a, st, n, kw, ['object', 'default?']);
    return RT.ext.getsizeofWithDefault(obj!, dflt);
  });
  fn(m, 'intern', (_s, a, st, n, kw) => {
    oneArg('sys.intern', n, kw);
    const x = a[st];
    if (x.ob_type !== T.str) raise(E.TypeError, `intern() argument must be str, not ${x.ob_type.tp_name}`);
    incref(x);
    return intern(x as StrObject, RT.profile.sysInternImmortal);
  });
  fn(m, 'getrecursionlimit', (_s, _a, _st, n, kw) => {
    noArgs('sys.getrecursionlimit', n, kw);
    return newInt(RT.recursionLimit);
  });
  fn(m, 'setrecursionlimit', (_s, a, st, n, kw) => {
    oneArg('sys.setrecursionlimit', n, kw);
    const v = A.indexValue(a[st]);
    if (v < 1) raise(E.ValueError, 'recursion limit must be greater or equal than 1');
    if (Number(v) <= RT.depth) {
      raise(
        E.RecursionError,
        `cannot set the recursion limit to ${v} at the recursion depth ${RT.depth}: the limit is too low`,
      );
    }
    RT.recursionLimit = Number(v);
    return newref(None);
  });
  fn(m, 'exit', (_s, a, st, n, kw) => {
    posArgs('exit', n, kw, 0, 1);
    const args = n === 0 ? [] : [a[st]];
    throw RT.ext.doRaise(RT.ext.newException(E.SystemExit, args), null);
  });
  fn(m, 'exc_info', (_s, _a, _st, n, kw) => {
    noArgs('sys.exc_info', n, kw);
    const e = RT.currentException();
    if (e === null) return newTuple([newref(None), newref(None), newref(None)]);
    return newTuple([newref(e.ob_type), newref(e), newref((e as any).traceback ?? None)]);
  });
  fn(m, 'exception', (_s, _a, _st, n, kw) => {
    noArgs('sys.exception', n, kw);
    return newref(RT.currentException() ?? None);
  });
  fn(m, '_getframe', (_s, a, st, n, kw) => sysGetFrame(a, st, n, kw));
  if (p.version !== '3.11') fn(m, '_getframemodulename', (_s, a, st, n, kw) => sysGetFrameModuleName(a, st, n, kw));
  fn(m, 'get_int_max_str_digits', (_s, _a, _st, n, kw) => {
    noArgs('sys.get_int_max_str_digits', n, kw);
    return newInt(RT.intMaxStrDigits);
  });
  fn(m, 'set_int_max_str_digits', (_s, a, st, n, kw) => {
    const v = Number(A.indexValue(n > 0 ? a[st] : a[st + n]));
    if (v !== 0 && v < 640) raise(E.ValueError, 'maxdigits must be 0 or larger than 640');
    RT.intMaxStrDigits = v;
    return newref(None);
  });
  fn(m, '_debugmallocstats', (_s, _a, _st, n, kw) => {
    noArgs('sys._debugmallocstats', n, kw);
    RT.write('stderr', RT.ext.debugMallocStats());
    return newref(None);
  });
  installUnraisableHook(d);
  fn(m, 'getallocatedblocks', (_s, _a, _st, n, kw) => {
    noArgs('sys.getallocatedblocks', n, kw);
    return newInt(RT.heap.mem.allocatedBlocks());
  });
  // PyType_ClearCache: the type attribute cache releases the names it holds (objects/typecache.ts)
  fn(m, '_clear_type_cache', (_s, _a, _st, n, kw) => {
    noArgs('sys._clear_type_cache', n, kw);
    typeCacheClear(RT);
    return newref(None);
  });
  // the rest of CPython's sys functions (vm/modules/sysfuncs.ts), then every function's m_self reference
  installSysFunctions(m, (name, f) => fn(m, name, f));
  bindSysFunctions(m);
  return m;
}
