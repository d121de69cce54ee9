/**
 * The `_warnings` module (CPython's Python/_warnings.c): warn() and warn_explicit() with the filter
 * machinery, the per-module `__warningregistry__`, and the process-wide filters / once-registry / default
 * action. The pure-Python `warnings` module (stdlib/warnings.py) imports these, as CPython's Lib/warnings.py
 * does; once it is imported, `warnings.filters`, `warnings.defaultaction`, `warnings.onceregistry` and
 * `warnings._showwarnmsg` (which catch_warnings and user code may replace) are what this module consults.
 * Without it, a warning is printed the way _warnings.c's show_warning does:
 *   "<filename>:<lineno>: <Category>: <text>\n  <stripped source line>\n"
 * Default filters (a release build): default::DeprecationWarning:__main__, ignore::DeprecationWarning,
 * ignore::PendingDeprecationWarning, ignore::ImportWarning, ignore::ResourceWarning.
 * `warnPy` is the engine's PyErr_WarnEx for warnings raised by native code (e.g. time.strptime on 3.13).
 */
import { PyObject, PyType, PyErr, RT, decref, newref } from '../../objects/object';
import { T } from '../../objects/types';
import { None, True, False } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr, ID } from '../../objects/str';
import { newInt, IntObject } from '../../objects/numbers';
import { TupleObject, ListObject, newTuple, newListFrom } from '../../objects/sequences';
import { DictObject, newDict, dictGetStr, dictSetStr, dictGetItem, dictSetItem, dictClear } from '../../objects/dict';
import { newModule } from '../../objects/core_misc';
import { sourceLines } from '../../objects/core_exc';
import { isSubtype } from '../../objects/typeobject';
import { NATIVE_MODULES } from '../importer';
import { RT_EXT } from '../rtext';
import { parseArgs } from '../args';
import * as A from '../abstract';
import type { Frame } from '../frame';
import { moduleFn } from './nativetype';
import { isFinalizing } from './sysfuncs';

interface WarningsState {
  filters: PyObject; // list
  onceRegistry: PyObject; // dict
  defaultAction: PyObject; // str
  filtersVersion: number;
}

const states = new WeakMap<object, WarningsState>();

// _PyWarnings_Fini (finalize_interp_clear): the interpreter's filters, once-registry and default action
// are released at shutdown, after the modules
RT_EXT.warningsFini = (rt: object) => {
  const s = states.get(rt);
  if (s === undefined) return;
  states.delete(rt);
  decref(s.filters);
  decref(s.onceRegistry);
  decref(s.defaultAction);
};

/** A filter tuple (action, message, category, module, lineno) with plain-str (exact) module matching. */
function filterTuple(action: string, category: PyType, module: string | null): PyObject {
  return newTuple([newStr(action), newref(None), newref(category), module === null ? newref(None) : newStr(module), newInt(0)]);
}

function state(): WarningsState {
  let s = states.get(RT);
  if (s === undefined) {
    // init_filters (release build)
    const filters = newListFrom([
      filterTuple('default', E.DeprecationWarning, '__main__'),
      filterTuple('ignore', E.DeprecationWarning, null),
      filterTuple('ignore', E.PendingDeprecationWarning, null),
      filterTuple('ignore', E.ImportWarning, null),
      filterTuple('ignore', E.ResourceWarning, null),
    ]);
    s = { filters, onceRegistry: newDict(), defaultAction: newStr('default'), filtersVersion: 0 };
    states.set(RT, s);
  }
  return s;
}

/** get_warnings_attr: an attribute of the Python `warnings` module when it has been imported, else null. */
function warningsAttr(name: string): PyObject | null {
  const mod = dictGetStr(RT.modules, 'warnings');
  if (mod === null || mod.dict === null) return null;
  const key = newStr(name);
  try {
    return A.lookupAttr(mod, key as StrObject);
  } finally {
    decref(key);
  }
}

function getFilters(): PyObject {
  const f = warningsAttr('filters');
  if (f === null) return newref(state().filters);
  if (!(f instanceof ListObject)) {
    decref(f);
    raise(E.ValueError, '_warnings.filters must be a list');
  }
  return f;
}

function getOnceRegistry(): PyObject {
  const r = warningsAttr('onceregistry');
  if (r === null) return newref(state().onceRegistry);
  if (!(r instanceof DictObject)) {
    const tn = r.ob_type.tp_name;
    decref(r);
    raise(E.TypeError, `_warnings.onceregistry must be a dict, not '${tn}'`);
  }
  return r;
}

function getDefaultAction(): PyObject {
  const a = warningsAttr('defaultaction');
  if (a === null) return newref(state().defaultAction);
  if (!(a instanceof StrObject)) {
    const tn = a.ob_type.tp_name;
    decref(a);
    raise(E.TypeError, `_warnings.defaultaction must be a string, not '${tn}'`);
  }
  return a;
}

/** check_matched: None matches everything, a str must be equal, anything else is asked `.match(arg)`. */
function checkMatched(obj: PyObject, arg: PyObject): boolean {
  if (obj === None) return true;
  if (obj.ob_type === T.str) return arg instanceof StrObject && (obj as StrObject).value === arg.value;
  const match = A.getAttrStr(obj, 'match');
  try {
    const r = A.call(match, [arg], 0, 1, null);
    try {
      return A.isTrue(r);
    } finally {
      decref(r);
    }
  } finally {
    decref(match);
  }
}

/** get_filter: the action of the first filter matching, and the filter item (null for the default action). */
function getFilter(category: PyObject, text: PyObject, lineno: number, module: PyObject): { action: PyObject; item: PyObject | null } {
  const filters = getFilters();
  try {
    const items = (filters as ListObject).items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!(item instanceof TupleObject) || item.items.length !== 5) raise(E.ValueError, `warnings.filters item ${i} isn't a 5-tuple`);
      const [action, msg, cat, mod, ln] = item.items;
      if (!(action instanceof StrObject)) raise(E.TypeError, `action must be a string, not '${action.ob_type.tp_name}'`);
      const goodMsg = checkMatched(msg, text);
      const goodMod = checkMatched(mod, module);
      const isSub = cat instanceof PyType && category instanceof PyType && isSubtype(category, cat);
      const lnv = Number(A.indexValue(ln));
      if (goodMsg && isSub && goodMod && (lnv === 0 || lineno === lnv)) return { action: newref(action), item: newref(item) };
    }
  } finally {
    decref(filters);
  }
  return { action: getDefaultAction(), item: null };
}

/** already_warned: reset a registry whose version is stale; true when `key` was already seen; with `set`, record it. */
function alreadyWarned(registry: DictObject, key: PyObject, set: boolean): boolean {
  const st = state();
  const v = dictGetStr(registry, 'version');
  if (v === null || v.ob_type !== T.int || Number((v as IntObject).value) !== st.filtersVersion) {
    dictClear(registry);
    const nv = newInt(st.filtersVersion);
    dictSetStr(registry, 'version', nv);
    decref(nv);
  } else {
    const seen = dictGetItem(registry, key);
    if (seen !== null && A.isTrue(seen)) return true;
  }
  if (set) dictSetItem(registry, key, True);
  return false;
}

/** update_registry: registry[(text, category)] or registry[(text, category, 0)] = True (once / module). */
function updateRegistry(registry: DictObject, text: PyObject, category: PyObject, addZero: boolean): boolean {
  const items = [newref(text), newref(category)];
  if (addZero) items.push(newInt(0));
  const altkey = newTuple(items);
  try {
    return alreadyWarned(registry, altkey, true);
  } finally {
    decref(altkey);
  }
}

/** The source line of filename:lineno as show_warning prints it (stripped), or null. */
function sourceLine(filename: PyObject, lineno: number): string | null {
  if (!(filename instanceof StrObject)) return null;
  const lines = sourceLines.get(filename.value);
  if (lines === undefined || lineno < 1 || lineno > lines.length) return null;
  const line = lines[lineno - 1].trim();
  return line === '' ? null : line;
}

/** call_show_warning: warnings._showwarnmsg(WarningMessage(...)) when the module is loaded, else show_warning. */
function showWarning(category: PyObject, text: PyObject, message: PyObject, filename: PyObject, lineno: number, source: PyObject | null): void {
  const showFn = warningsAttr('_showwarnmsg');
  if (showFn === null) {
    const nameObj = A.getAttrStr(category, '__name__');
    const name = A.strString(nameObj);
    decref(nameObj);
    let out = `${A.strString(filename)}:${lineno}: ${name}: ${A.strString(text)}\n`;
    const line = sourceLine(filename, lineno);
    if (line !== null) out += `  ${line}\n`;
    RT.write('stderr', out);
    return;
  }
  try {
    const cls = warningsAttr('WarningMessage');
    if (cls === null) raise(E.RuntimeError, "unable to get warnings.WarningMessage");
    const linenoObj = newInt(lineno);
    let msg: PyObject;
    try {
      msg = A.call(cls, [message, category, filename, linenoObj, None, None, source ?? None], 0, 7, null);
    } finally {
      decref(linenoObj);
      decref(cls);
    }
    try {
      decref(A.call(showFn, [msg], 0, 1, null));
    } finally {
      decref(msg);
    }
  } finally {
    decref(showFn);
  }
}

/** normalize_module: the filename without a trailing ".py" ("<unknown>" when empty). */
function normalizeModule(filename: PyObject): PyObject {
  if (!(filename instanceof StrObject)) return newref(filename);
  const f = filename.value;
  if (f.length === 0) return newStr('<unknown>');
  return newStr(f.endsWith('.py') ? f.slice(0, -3) : f);
}

/** warn_explicit (_warnings.c). `registry` and `module` may be null (None). */
export function warnExplicit(
  message: PyObject,
  category: PyObject,
  filename: PyObject,
  lineno: number,
  module: PyObject | null,
  registry: PyObject | null,
  source: PyObject | null,
): void {
  const mod = module === null ? normalizeModule(filename) : newref(module);
  let text: PyObject;
  let msgObj: PyObject;
  if (A.isInstance(message, E.Warning)) {
    text = A.str(message);
    category = message.ob_type;
    msgObj = newref(message);
  } else {
    text = newref(message);
    msgObj = A.call(category, [message], 0, 1, null);
  }
  const linenoObj = newInt(lineno);
  const key = newTuple([newref(text), newref(category), linenoObj]);
  const reg = registry !== null && registry !== None ? (registry as DictObject) : null;
  let action: PyObject | null = null;
  let item: PyObject | null = null;
  try {
    if (reg !== null && alreadyWarned(reg, key, false)) return;
    ({ action, item } = getFilter(category, text, lineno, mod));
    const act = (action as StrObject).value;
    if (act === 'error') throw new PyErr(newref(msgObj));
    if (act === 'ignore') return;
    let seen = false;
    if (act !== 'always') {
      if (reg !== null) dictSetItem(reg, key, True);
      if (act === 'once') {
        const once = reg ?? getOnceRegistry();
        try {
          seen = updateRegistry(once as DictObject, text, category, false);
        } finally {
          if (reg === null) decref(once);
        }
      } else if (act === 'module') {
        if (reg !== null) seen = updateRegistry(reg, text, category, true);
      } else if (act !== 'default') {
        raise(E.RuntimeError, `Unrecognized action (${A.reprString(action)}) in warnings.filters:\n ${item === null ? 'None' : A.reprString(item)}`);
      }
    }
    if (!seen) showWarning(category, text, msgObj, filename, lineno, source);
  } finally {
    if (action !== null) decref(action);
    if (item !== null) decref(item);
    decref(key);
    decref(text);
    decref(msgObj);
    decref(mod);
  }
}

/** A frame's filename starts with one of `prefixes` (warn(..., skip_file_prefixes=...)). */
function skipFrame(f: Frame, prefixes: string[]): boolean {
  const fn = (f.code.filenameObj as StrObject).value;
  return prefixes.some((p) => fn.startsWith(p));
}

/**
 * setup_context + do_warn: attribute the warning to the frame `stacklevel` levels up from `start` (the
 * frame calling warn()), using its module's globals for __name__ and __warningregistry__.
 */
export function doWarn(message: PyObject, category: PyObject, stacklevel: number, source: PyObject | null, skipPrefixes: string[] = [], start: Frame | null = RT.frame): void {
  let f: Frame | null = start;
  if (stacklevel <= 0 || skipPrefixes.length === 0) {
    while (--stacklevel > 0 && f !== null) f = f.back;
  } else {
    while (--stacklevel > 0 && f !== null) {
      f = f.back;
      while (f !== null && skipFrame(f, skipPrefixes)) f = f.back;
    }
  }
  let globals: DictObject;
  let filename: PyObject;
  let lineno: number;
  // no frame: CPython uses interp->sysdict; once finalization has taken sys out of sys.modules, a dict of
  // this call's own (released at the end) stands for it
  let ownGlobals: DictObject | null = null;
  if (f === null) {
    const sys = dictGetStr(RT.modules, 'sys');
    if (sys !== null && sys.dict !== null) globals = sys.dict as DictObject;
    else globals = ownGlobals = newDict();
    // 3.13 names the missing frame "<sys>" at line 0
    const v313 = RT.profile.version === '3.13';
    filename = newStr(v313 ? '<sys>' : 'sys');
    lineno = v313 ? 0 : 1;
  } else {
    globals = f.globals;
    filename = newref(f.code.filenameObj);
    lineno = f.lineno;
  }
  try {
    let registry = dictGetStr(globals, '__warningregistry__');
    if (registry === null) {
      registry = newDict();
      dictSetStr(globals, '__warningregistry__', registry);
      decref(registry);
    }
    let module = dictGetStr(globals, '__name__');
    if (module !== None && !(module instanceof StrObject)) module = null;
    const mod = module ?? newStr('<string>');
    try {
      warnExplicit(message, category, filename, lineno, mod, registry, source);
    } finally {
      if (module === null) decref(mod);
    }
  } finally {
    decref(filename);
    if (ownGlobals !== null) decref(ownGlobals);
  }
}

/**
 * _PyErr_WarnUnawaitedCoroutine (a coroutine finalized before its first step): warnings'
 * _warn_unawaited_coroutine(coro), which adds the tracemalloc hint, when get_warnings_attr finds it: it
 * imports the module, but not once the interpreter is finalizing (then only sys.modules' entry counts).
 * Without it, or when that call failed other than by a RuntimeWarning raised as an error, the C warning
 * "coroutine '<qualname>' was never awaited" with the coroutine as its source: with no frame left, CPython
 * prints "sys:1: RuntimeWarning: ..." ("<sys>:0" on 3.13).
 */
RT_EXT.warnUnawaitedCoroutine = (coro: PyObject, qualname: PyObject): void => {
  let warned = false;
  try {
    let fn: PyObject | null;
    if (isFinalizing(RT)) fn = warningsAttr('_warn_unawaited_coroutine');
    else {
      const name = newStr('warnings');
      let mod: PyObject;
      try {
        mod = RT.ext.importModuleByName(name, None, newInt(0));
      } finally {
        decref(name);
      }
      try {
        fn = A.lookupAttr(mod, ID('_warn_unawaited_coroutine'));
      } finally {
        decref(mod);
      }
    }
    if (fn !== null) {
      try {
        decref(A.call(fn, [coro], 0, 1, null));
      } finally {
        decref(fn);
      }
      warned = true;
    }
  } catch (e) {
    // (an "error" filter turned the warning into an exception: it is reported, and stands for the warning)
    if (e instanceof PyErr && A.isInstance(e.exc, E.RuntimeWarning)) warned = true;
    RT.writeUnraisable(e, 'Exception ignored in: ', coro, '');
  }
  if (warned) return;
  try {
    const text = newStr(`coroutine '${A.strString(qualname)}' was never awaited`);
    try {
      doWarn(text, E.RuntimeWarning, 1, coro);
    } finally {
      decref(text);
    }
  } catch (e) {
    RT.writeUnraisable(e, 'Exception ignored in: ', coro, '');
  }
};

/** get_category: the category of `message` (its class for a Warning instance), checked. New reference. */
function getCategory(message: PyObject, category: PyObject | null): PyObject {
  if (A.isInstance(message, E.Warning)) return newref(message.ob_type);
  if (category === null || category === None) return newref(E.UserWarning);
  if (!(category instanceof PyType) || !isSubtype(category, E.Warning)) {
    raise(E.TypeError, `category must be a Warning subclass, not '${category.ob_type.tp_name}'`);
  }
  return newref(category);
}

/** PyErr_WarnEx for native code: warn(message, category, stacklevel) from the current Python frame. */
export function warnPy(category: PyType, message: string, stacklevel = 1): void {
  const m = newStr(message);
  try {
    doWarn(m, category, stacklevel, null);
  } finally {
    decref(m);
  }
}

NATIVE_MODULES._warnings = () => {
  const st = state();
  const m = newModule('_warnings');
  const d = m.dict as DictObject;
  const fn = (name: string, f: Parameters<typeof moduleFn>[2]) => moduleFn(m, name, f);
  dictSetStr(d, 'filters', st.filters);
  dictSetStr(d, '_defaultaction', st.defaultAction);
  dictSetStr(d, '_onceregistry', st.onceRegistry);
  fn('warn', (_s, a, s0, n, kw) => {
    const [message, cat, level, source, prefixes] = parseArgs('warn', a, s0, n, kw, ['message', 'category?', 'stacklevel?', 'source?', '$skip_file_prefixes?']);
    const category = getCategory(message!, cat);
    try {
      let skip: string[] = [];
      if (prefixes !== null) {
        if (!(prefixes instanceof TupleObject)) raise(E.TypeError, `warn() argument 'skip_file_prefixes' must be tuple, not ${prefixes.ob_type.tp_name}`);
        skip = prefixes.items.map((p) => A.strString(p));
      }
      const stacklevel = level === null ? 1 : Number(A.indexValue(level));
      doWarn(message!, category, skip.length > 0 && stacklevel < 2 ? 2 : stacklevel, source === None ? null : source, skip);
    } finally {
      decref(category);
    }
    return newref(None);
  });
  fn('warn_explicit', (_s, a, s0, n, kw) => {
    const [message, category, filename, lineno, module, registry, , source] = parseArgs('warn_explicit', a, s0, n, kw, ['message', 'category', 'filename', 'lineno', 'module?', 'registry?', 'module_globals?', 'source?']);
    if (!(filename instanceof StrObject)) raise(E.TypeError, `warn_explicit() argument 3 must be str, not ${filename!.ob_type.tp_name}`);
    if (registry !== null && registry !== None && !(registry instanceof DictObject)) raise(E.TypeError, "'registry' must be a dict or None");
    warnExplicit(message!, category!, filename, Number(A.indexValue(lineno!)), module === null || module === None ? null : module, registry, source === null || source === None ? null : source);
    return newref(None);
  });
  // heapscope has no `re`: warnings._Pattern.match(text) (re.compile(p[, re.I]).match) matches at the start
  fn('_match_start', (_s, a, s0, n, kw) => {
    const [pattern, text, ignorecase] = parseArgs('_match_start', a, s0, n, kw, ['pattern', 'text', 'ignorecase']);
    let re: RegExp;
    try {
      re = new RegExp(A.strString(pattern!), A.isTrue(ignorecase!) ? 'iuy' : 'uy');
    } catch {
      raise(E.ValueError, `unsupported regular expression ${A.reprString(pattern!)}`);
    }
    return newref(re.test(A.strString(text!)) ? True : False);
  });
  fn('_filters_mutated', () => {
    state().filtersVersion++;
    return newref(None);
  });
  return m;
};
