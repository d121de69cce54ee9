/**
 * The import system: builtin modules implemented in TypeScript (sys, math, gc, ...), heapscope's bundled
 * Python standard library (src/engine/stdlib), and a clear ModuleNotFoundError for everything else
 * (heapscope runs one file in a sandbox: no file system, processes, network or environment).
 */
import { PyObject, PyType, PyErr, RT, incref, decref, newref } from '../objects/object';
import { T } from '../objects/types';
import { None } from '../objects/singletons';
import { E, raise, makeException } from '../objects/exceptions';
import { StrObject, newStr, ID } from '../objects/str';
import { TupleObject } from '../objects/sequences';
import { DictObject, dictGetStr, dictSetStr, dictForEach, dictSetItem } from '../objects/dict';
import { ModuleObject } from '../objects/core_misc';
import type { Frame } from './frame';
import { newBuiltinSpec, initBuiltinModuleAttrs } from './modulespec';
import * as A from './abstract';

/** Native module factories: name -> creates the module object (new reference). */
export const NATIVE_MODULES: Record<string, () => PyObject> = {};

/** Python sources of the bundled standard library: name -> source. Filled by stdlib/index.ts. */
export const STDLIB_SOURCES: Record<string, string> = {};

/** Modules heapscope deliberately does not provide (sandbox). */
const SANDBOXED = new Set([
  'os', 'subprocess', 'socket', 'shutil', 'pathlib', 'io', 'tempfile', 'glob', 'signal', 'multiprocessing',
  'threading', 'asyncio', 'urllib', 'http', 'ssl', 'select', 'ctypes', 'pickle', 'sqlite3', 'fcntl', 'pty',
]);

function loadModule(name: string): PyObject {
  const modules = RT.modules;
  const existing = dictGetStr(modules, name);
  if (existing !== null) return newref(existing);
  const native = NATIVE_MODULES[name];
  if (native !== undefined) {
    // importlib: BuiltinImporter.find_spec's spec, the module (create_module), _init_module_attrs, sys.modules
    const spec = newBuiltinSpec(name);
    let m: PyObject;
    try {
      m = native();
    } catch (e) {
      decref(spec);
      throw e;
    }
    initBuiltinModuleAttrs(m, spec);
    decref(spec);
    dictSetStr(modules, name, m);
    return m;
  }
  const src = STDLIB_SOURCES[name];
  if (src !== undefined) return RT.ext.execStdlibModule(name, src);
  const top = name.split('.')[0];
  if (SANDBOXED.has(top)) {
    raiseNamed(E.ModuleNotFoundError, `No module named '${name}' (heapscope runs programs in a sandbox without ${top === 'os' || top === 'io' || top === 'shutil' || top === 'pathlib' || top === 'tempfile' || top === 'glob' ? 'a file system' : 'access to the machine'})`, name);
  }
  // _find_and_load_unlocked: a submodule of a module without __path__
  const dot = name.lastIndexOf('.');
  if (dot > 0) {
    const parentName = name.slice(0, dot);
    const parent = dictGetStr(modules, parentName);
    if (parent !== null && parent.dict !== null && dictGetStr(parent.dict as DictObject, '__path__') === null) {
      raiseNamed(E.ModuleNotFoundError, `No module named '${name}'; '${parentName}' is not a package`, name);
    }
  }
  raiseNamed(E.ModuleNotFoundError, `No module named '${name}'`, name);
}

/**
 * The builtin modules CPython's start-up and `site` leave in sys.modules (profile.startupModules), imported
 * while the interpreter is set up: the program's `import time` (and on 3.11 `import math`, ...) finds them
 * there and allocates nothing.
 */
export function preloadStartupModules(): void {
  for (const name of RT.profile.startupModules) {
    if (NATIVE_MODULES[name] !== undefined) decref(loadModule(name));
  }
}

/** IMPORT_NAME: `import a.b.c` returns the top package unless fromlist is non-empty. */
export function importName(_f: Frame, name: StrObject, fromlist: PyObject, level: PyObject): PyObject {
  const lvl = (level as any).value ?? 0;
  if (lvl > 0) raise(E.ImportError, 'attempted relative import with no known parent package');
  return importModuleByName(name, fromlist, level);
}

export function importModuleByName(nameO: PyObject, fromlist: PyObject, _level: PyObject): PyObject {
  if (!(nameO instanceof StrObject)) raise(E.TypeError, `module name must be str, not ${nameO.ob_type.tp_name}`);
  const name = nameO.value;
  if (name === '') raise(E.ValueError, 'Empty module name');
  const parts = name.split('.');
  let mod: PyObject | null = null;
  try {
    for (let i = 0; i < parts.length; i++) {
      const full = parts.slice(0, i + 1).join('.');
      const m = loadModule(full);
      if (i === 0) mod = m;
      else decref(m);
    }
  } catch (e) {
    // `import a.b` where a.b fails: the reference to the top package taken for the result is released
    if (mod !== null) decref(mod);
    throw e;
  }
  const hasFrom = fromlist !== None && fromlist instanceof TupleObject && fromlist.items.length > 0;
  if (hasFrom && parts.length > 1) {
    decref(mod!);
    return loadModule(name);
  }
  return mod!;
}

export function importFrom(mod: PyObject, name: StrObject): PyObject {
  const r = A.lookupAttr(mod, name);
  if (r !== null) return r;
  const modName = RT.moduleName(mod);
  const sub = dictGetStr(RT.modules, `${modName}.${name.value}`);
  if (sub !== null) return newref(sub);
  raiseNamed(E.ImportError, `cannot import name '${name.value}' from '${modName}' (unknown location)`, modName);
}

export function importStar(f: Frame, mod: PyObject): void {
  const loc = f.locals as DictObject;
  const d = mod.dict as DictObject;
  const all = dictGetStr(d, '__all__');
  if (all !== null) {
    A.forEach(all, (n) => {
      const v = A.getAttr(mod, n as StrObject);
      dictSetItem(loc, n, v);
      decref(v);
    });
    return;
  }
  dictForEach(d, (k, v) => {
    if (k instanceof StrObject && !k.value.startsWith('_')) dictSetItem(loc, k, v);
  });
}

export { ModuleObject, incref, T, ID, dictSetStr };


/** raise(type, msg) with the `name` attribute set (makeException takes its own reference to the field). */
function raiseNamed(type: PyType, msg: string, name: string): never {
  const nameObj = newStr(name);
  const exc = makeException(type, msg, { name: nameObj });
  decref(nameObj);
  throw new PyErr(exc);
}
