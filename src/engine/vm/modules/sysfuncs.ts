/**
 * The sys functions beyond the core ones in sys.ts (CPython's sys_methods table, per version), so that the
 * sys module has exactly CPython's builtin functions (each holds a reference to the module: m_self).
 *
 * Functions with real behaviour here: getdefaultencoding, getfilesystemencoding[errors], get/setswitchinterval,
 * get/setdlopenflags (stored: nothing is dlopen'ed in the sandbox), is_finalizing, call_tracing, displayhook,
 * excepthook, breakpointhook (no `pdb` in the sandbox: CPython's "Ignoring unimportable $PYTHONBREAKPOINT"
 * warning), audit (no hook can be installed, so no event reaches one), gettrace/getprofile (None),
 * get_asyncgen_hooks, get/set_coroutine_origin_tracking_depth (0), is_/deactivate_stack_trampoline,
 * _current_frames/_current_exceptions (one simulated main thread), getunicodeinternedsize,
 * 3.13 _clear_internal_caches, _get_cpu_count_config, _is_gil_enabled, _is_interned.
 *
 * What heapscope's interpreter cannot do raises instead of silently doing nothing: installing a trace or
 * profile function, an audit hook, async generator hooks or coroutine origin tracking (NotImplementedError),
 * activate_stack_trampoline (ValueError "perf trampoline not available", as a CPython built without the perf
 * trampoline says, for its known backends), 3.11 _getquickenedcount and 3.13 _baserepl (NotImplementedError).
 */
import { PyObject, RT, decref, newref } from '../../objects/object';
import { T } from '../../objects/types';
import { None, True, False } from '../../objects/singletons';
import { E, raise, excMatches } from '../../objects/exceptions';
import { PyErr } from '../../objects/object';
import { StrObject, newStr, ID } from '../../objects/str';
import { FloatObject, newInt, newFloat, floatValueOf } from '../../objects/numbers';
import { TupleObject, newTuple } from '../../objects/sequences';
import { DictObject, newDict, dictGetStr, dictSetStr, dictSetItem, dictForEach } from '../../objects/dict';
import { BuiltinFunctionObject, type MethFn } from '../../objects/funcobject';
import { typeCacheClear } from '../../objects/typecache';
import { formatException } from '../../objects/core_exc';
import { STARTUP_STRING_STATES } from '../../profiles/startup_strings';
import type { Runtime } from '../runtime';
import * as A from '../abstract';
import { kwCount, noArgs, oneArg, posArgs } from '../args';
import { sysGetFrame } from '../frametype';
import { importModuleByName } from '../importer';
import { structSeqType } from '../misc_services';
import { warnPy } from './warnings';

/** Per-run state of the settable values. */
interface SysState {
  /** the GIL switch interval in microseconds (_PyEval_SetSwitchInterval; 5 ms by default) */
  switchIntervalUs: number;
  dlopenFlags: number;
}
const states = new WeakMap<Runtime, SysState>();
function state(): SysState {
  let s = states.get(RT);
  if (s === undefined) {
    s = { switchIntervalUs: 5000, dlopenFlags: 2 /* RTLD_NOW */ };
    states.set(RT, s);
  }
  return s;
}

/** Runs in Py_FinalizeEx once the atexit callbacks ran (_PyRuntimeState_SetFinalizing): sys.is_finalizing(). */
const finalizing = new WeakSet<Runtime>();
export function markFinalizing(rt: Runtime): void {
  finalizing.add(rt);
}

/** _Py_IsFinalizing: whether `rt` is past markFinalizing. */
export function isFinalizing(rt: Runtime): boolean {
  return finalizing.has(rt);
}

/**
 * The ident of the run's only thread (heapscope has no threads module to start others). CPython's is the
 * pthread_t of the main thread, a different address in every process; this one is fixed so runs repeat.
 */
const MAIN_THREAD_IDENT = 0x7f0000001000n;

const ASYNCGEN_HOOKS = structSeqType('asyncgen_hooks', ['firstiter', 'finalizer']);

function unsupported(what: string): never {
  raise(E.NotImplementedError, `heapscope does not support ${what}`);
}

/** sys.stdout / sys.stderr of the running program (borrowed), or "lost sys.<name>". */
function sysStream(mod: PyObject, name: string): PyObject {
  const f = dictGetStr(mod.dict as DictObject, name);
  if (f === null || f === None) raise(E.RuntimeError, `lost sys.${name}`);
  return f;
}

/** PyFile_WriteString / PyFile_WriteObject: f.write(text), looked up by the static &_Py_ID(write). */
function writeTo(f: PyObject, text: PyObject): void {
  const w = A.getAttr(f, ID('write'));
  try {
    decref(A.call(w, [text], 0, 1, null));
  } finally {
    decref(w);
  }
}

function writeStr(f: PyObject, s: string): void {
  const t = newStr(s);
  try {
    writeTo(f, t);
  } finally {
    decref(t);
  }
}

/** The number of interned str objects: those CPython's start-up interned, plus the program's. */
function internedCount(): number {
  const states = STARTUP_STRING_STATES[RT.profile.version] ?? '';
  let n = 0;
  for (const s of states.split(',')) if (s !== '') n++;
  return n + RT.interned.size;
}

/** The functions, in CPython's sys_methods order, for this version. */
function sysFunctions(minor: number): [string, MethFn][] {
  const fns: [string, MethFn][] = [];
  const add = (name: string, f: MethFn) => fns.push([name, f]);

  add('addaudithook', (_m, _a, _st, n, kw) => {
    if (kwCount(kw) > 0 || n !== 1) posArgs('addaudithook', n, kw, 1, 1);
    unsupported("audit hooks: its interpreter does not raise CPython's audit events (sys.addaudithook)");
  });
  add('audit', (_m, _a, _st, n) => {
    // sys_audit: with no hook installed (none can be), it returns before looking at the arguments
    if (n === 0) raise(E.TypeError, "audit() missing 1 required positional argument: 'event'");
    return newref(None);
  });
  add('breakpointhook', () => {
    // sys_breakpointhook: $PYTHONBREAKPOINT is unset (no environment), so the hook is pdb.set_trace;
    // the sandbox has no pdb: "If any of the imports went wrong, then warn and ignore."
    const name = newStr('pdb');
    try {
      decref(importModuleByName(name, None, newInt(0)));
    } catch (e) {
      if (!(e instanceof PyErr) || !excMatches(e.exc, E.ImportError)) throw e;
      decref(e.exc);
      warnPy(E.RuntimeWarning, 'Ignoring unimportable $PYTHONBREAKPOINT: "pdb.set_trace"');
      return newref(None);
    } finally {
      decref(name);
    }
    unsupported('debugging (sys.breakpointhook)');
  });
  add('_current_frames', (_m, _a, _st, n, kw) => {
    noArgs('sys._current_frames', n, kw);
    const d = newDict();
    try {
      const f = sysGetFrame([], 0, 0, null);
      const k = newInt(MAIN_THREAD_IDENT);
      dictSetItem(d, k, f);
      decref(k);
      decref(f);
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  });
  add('_current_exceptions', (_m, _a, _st, n, kw) => {
    noArgs('sys._current_exceptions', n, kw);
    const e = RT.currentException();
    // 3.11: exc_info tuples; 3.12+: the exception (or None)
    const v = minor === 11
      ? newTuple(e === null ? [newref(None), newref(None), newref(None)] : [newref(e.ob_type), newref(e), A.getAttrStr(e, '__traceback__')])
      : newref(e ?? None);
    const d = newDict();
    const k = newInt(MAIN_THREAD_IDENT);
    dictSetItem(d, k, v);
    decref(k);
    decref(v);
    return d;
  });
  add('displayhook', (m, a, st, n, kw) => {
    oneArg('sys.displayhook', n, kw);
    const o = a[st];
    if (o === None) return newref(None);
    const builtins = RT.builtinsDict;
    // '_' is set to None first (a repr that displays would recurse)
    dictSetStr(builtins, '_', None);
    const out = sysStream(m, 'stdout');
    newref(out);
    try {
      const r = A.repr(o);
      try {
        writeTo(out, r);
      } finally {
        decref(r);
      }
      writeStr(out, '\n');
    } finally {
      decref(out);
    }
    dictSetStr(builtins, '_', o);
    return newref(None);
  });
  add('excepthook', (m, a, st, n, kw) => {
    posArgs('excepthook', n, kw, 3, 3);
    const value = a[st + 1];
    const tb = a[st + 2];
    const err = newref(sysStream(m, 'stderr'));
    try {
      if (!A.isInstance(value, E.BaseException)) {
        writeStr(err, `TypeError: print_exception(): Exception expected for value, ${value.ob_type.tp_name} found\n`);
        return newref(None);
      }
      // _PyErr_Display: a traceback passed for an exception without one is put on it to be displayed
      if (tb.ob_type === T.traceback) {
        const cur = A.getAttrStr(value, '__traceback__');
        if (cur === None) A.setAttr(value, newStr('__traceback__'), tb);
        decref(cur);
      }
      writeStr(err, formatException(value));
    } finally {
      decref(err);
    }
    return newref(None);
  });
  add('getdefaultencoding', (_m, _a, _st, n, kw) => {
    noArgs('sys.getdefaultencoding', n, kw);
    return newStr('utf-8');
  });
  add('getdlopenflags', (_m, _a, _st, n, kw) => {
    noArgs('sys.getdlopenflags', n, kw);
    return newInt(state().dlopenFlags);
  });
  add('getfilesystemencoding', (_m, _a, _st, n, kw) => {
    noArgs('sys.getfilesystemencoding', n, kw);
    return newStr('utf-8');
  });
  add('getfilesystemencodeerrors', (_m, _a, _st, n, kw) => {
    noArgs('sys.getfilesystemencodeerrors', n, kw);
    return newStr('surrogateescape');
  });
  if (minor >= 12) {
    add('getunicodeinternedsize', (_m, _a, _st, n, kw) => {
      noArgs('sys.getunicodeinternedsize', n, kw);
      return newInt(internedCount());
    });
  }
  add('setdlopenflags', (_m, a, st, n, kw) => {
    oneArg('sys.setdlopenflags', n, kw);
    state().dlopenFlags = Number(A.indexValue(a[st]));
    return newref(None);
  });
  add('setswitchinterval', (_m, a, st, n, kw) => {
    oneArg('sys.setswitchinterval', n, kw);
    const x = a[st];
    let v: number;
    if (x instanceof FloatObject) v = x.value;
    else if (x.ob_type.nb_float !== null || x.ob_type.nb_index !== null) v = floatValueOf(x);
    else raise(E.TypeError, `must be real number, not ${x.ob_type.tp_name}`);
    if (v <= 0) raise(E.ValueError, 'switch interval must be strictly positive');
    state().switchIntervalUs = Math.floor(1e6 * v);
    return newref(None);
  });
  add('getswitchinterval', (_m, _a, _st, n, kw) => {
    noArgs('sys.getswitchinterval', n, kw);
    return newFloat(1e-6 * state().switchIntervalUs);
  });
  const traceSetter = (name: string, what: string): MethFn => (_m, a, st, n, kw) => {
    oneArg(name, n, kw);
    if (a[st] !== None) unsupported(`${what}: its interpreter has no tracing hooks (${name})`);
    return newref(None);
  };
  add('setprofile', traceSetter('sys.setprofile', 'profile functions'));
  if (minor >= 12) add('_setprofileallthreads', traceSetter('sys._setprofileallthreads', 'profile functions'));
  add('getprofile', (_m, _a, _st, n, kw) => {
    noArgs('sys.getprofile', n, kw);
    return newref(None);
  });
  add('settrace', traceSetter('sys.settrace', 'trace functions'));
  if (minor >= 12) add('_settraceallthreads', traceSetter('sys._settraceallthreads', 'trace functions'));
  add('gettrace', (_m, _a, _st, n, kw) => {
    noArgs('sys.gettrace', n, kw);
    return newref(None);
  });
  add('call_tracing', (_m, a, st, n, kw) => {
    posArgs('call_tracing', n, kw, 2, 2);
    const args = a[st + 1];
    if (!A.isInstance(args, T.tuple)) raise(E.TypeError, `call_tracing() argument 2 must be tuple, not ${args.ob_type.tp_name}`);
    const items = A.toArray(args);
    try {
      return A.call(a[st], items, 0, items.length, null);
    } finally {
      for (const x of items) decref(x);
    }
  });
  add('is_finalizing', (_m, _a, _st, n, kw) => {
    noArgs('sys.is_finalizing', n, kw);
    return newref(isFinalizing(RT) ? True : False);
  });
  if (minor === 11) {
    add('_getquickenedcount', (_m, _a, _st, n, kw) => {
      noArgs('sys._getquickenedcount', n, kw);
      unsupported("the specializing interpreter's quickening counts (sys._getquickenedcount)");
    });
  }
  add('set_coroutine_origin_tracking_depth', (_m, a, st, n, kw) => {
    const nkw = kwCount(kw);
    if (n + nkw !== 1) raise(E.TypeError, `set_coroutine_origin_tracking_depth() takes exactly 1 argument (${n + nkw} given)`);
    const depth = Number(A.indexValue(a[st]));
    if (depth < 0) raise(E.ValueError, 'depth must be >= 0');
    if (depth > 0) unsupported('coroutine origin tracking (sys.set_coroutine_origin_tracking_depth)');
    return newref(None);
  });
  add('get_coroutine_origin_tracking_depth', (_m, _a, _st, n, kw) => {
    noArgs('sys.get_coroutine_origin_tracking_depth', n, kw);
    return newInt(0);
  });
  add('set_asyncgen_hooks', (_m, a, st, n, kw) => {
    const names = ['firstiter', 'finalizer'];
    const vals: (PyObject | null)[] = [null, null];
    if (n > 2) raise(E.TypeError, `set_asyncgen_hooks() takes at most 2 arguments (${n + kwCount(kw)} given)`);
    for (let i = 0; i < n; i++) vals[i] = a[st + i];
    for (let k = 0; k < kwCount(kw); k++) {
      const key = ((kw as TupleObject).items[k] as StrObject).value;
      const i = names.indexOf(key);
      if (i < 0) raise(E.TypeError, `set_asyncgen_hooks() got an unexpected keyword argument '${key}'`);
      vals[i] = a[st + n + k];
    }
    // finalizer is checked first (sys_set_asyncgen_hooks)
    for (const i of [1, 0]) {
      const v = vals[i];
      if (v !== null && v !== None && v.ob_type.tp_call === null)
        raise(E.TypeError, `callable ${names[i]} expected, got ${v.ob_type.tp_name}`);
    }
    if (vals.some((v) => v !== null && v !== None)) unsupported('async generator hooks (sys.set_asyncgen_hooks)');
    return newref(None);
  });
  add('get_asyncgen_hooks', (_m, _a, _st, n, kw) => {
    noArgs('sys.get_asyncgen_hooks', n, kw);
    return ASYNCGEN_HOOKS.make([newref(None), newref(None)]);
  });
  if (minor >= 12) {
    add('activate_stack_trampoline', (_m, a, st, n, kw) => {
      oneArg('sys.activate_stack_trampoline', n, kw);
      if (!(a[st] instanceof StrObject)) raise(E.TypeError, `activate_stack_trampoline() argument must be str, not ${a[st].ob_type.tp_name}`);
      // heapscope emits no native code for perf to map: the backends CPython knows are unavailable here
      const backend = (a[st] as StrObject).value;
      if (backend === 'perf' || (minor >= 13 && backend === 'perf_jit')) raise(E.ValueError, 'perf trampoline not available');
      raise(E.ValueError, `invalid backend: ${backend}`);
    });
    add('deactivate_stack_trampoline', (_m, _a, _st, n, kw) => {
      noArgs('sys.deactivate_stack_trampoline', n, kw);
      return newref(None);
    });
    add('is_stack_trampoline_active', (_m, _a, _st, n, kw) => {
      noArgs('sys.is_stack_trampoline_active', n, kw);
      return newref(False);
    });
  }
  if (minor >= 13) {
    add('_baserepl', (_m, _a, _st, n, kw) => {
      noArgs('sys._baserepl', n, kw);
      unsupported('an interactive interpreter (sys._baserepl)');
    });
    add('_clear_internal_caches', (_m, _a, _st, n, kw) => {
      noArgs('sys._clear_internal_caches', n, kw);
      typeCacheClear(RT);
      return newref(None);
    });
    add('_get_cpu_count_config', (_m, _a, _st, n, kw) => {
      noArgs('sys._get_cpu_count_config', n, kw);
      return newInt(-1);
    });
    add('_is_gil_enabled', (_m, _a, _st, n, kw) => {
      noArgs('sys._is_gil_enabled', n, kw);
      return newref(True);
    });
    add('_is_interned', (_m, a, st, n, kw) => {
      oneArg('sys._is_interned', n, kw);
      const s = a[st];
      if (!(s instanceof StrObject)) raise(E.TypeError, `_is_interned() argument must be str, not ${s.ob_type.tp_name}`);
      return newref(s.interned !== 0 ? True : False);
    });
  }
  return fns;
}

/**
 * Add the functions sys.ts does not define to the sys module (`define` makes each one, bound to the module)
 * and the __displayhook__ / __excepthook__ / __breakpointhook__ aliases CPython's _PySys_InitCore sets.
 */
export function installSysFunctions(m: PyObject, define: (name: string, f: MethFn) => void): void {
  const d = m.dict as DictObject;
  for (const [name, f] of sysFunctions(RT.profile.versionInfo[1])) {
    if (dictGetStr(d, name) === null) define(name, f);
  }
  for (const name of ['displayhook', 'excepthook', 'breakpointhook']) dictSetStr(d, `__${name}__`, dictGetStr(d, name)!);
}

/**
 * sys's functions are static objects made once per process (like the builtins'); as in CPython each one's
 * m_self is this run's sys module and m_module its __name__, both owned references (sys.getrefcount(sys)
 * counts them, sys.getrefcount.__self__ is sys). Binds every builtin function in the module's dict that
 * belongs to sys and holds no reference yet.
 */
export function bindSysFunctions(m: PyObject): void {
  const d = m.dict as DictObject;
  const name = dictGetStr(d, '__name__')!;
  const seen = new Set<PyObject>();
  dictForEach(d, (_k, v) => {
    if (!(v instanceof BuiltinFunctionObject) || v.moduleName !== 'sys' || v.ownerType !== null || seen.has(v)) return;
    seen.add(v);
    if (v.moduleObj !== null && v.self === m) return;
    v.self = newref(m);
    v.moduleObj = newref(name);
  });
}
