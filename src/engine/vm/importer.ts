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
import { TupleObject, newTuple, newList } from '../objects/sequences';
import { DictObject, dictGetStr, dictSetStr, dictForEach, dictSetItem, newDict } from '../objects/dict';
import { ModuleObject } from '../objects/core_misc';
import { standInClasses, importClasses } from '../objects/subclasses';
import type { Frame } from './frame';
import { newBuiltinSpec, attachSubmodulesList, initBuiltinModuleAttrs, type ModuleSpecObject } from './modulespec';
import * as A from './abstract';
import { applyImportFreelists, restoreFreelists, freelistLengths } from './modules/gc';

/** Native module factories: name -> creates the module object (new reference). */
export const NATIVE_MODULES: Record<string, () => PyObject> = {};

/** Python sources of the bundled standard library: name -> source. Filled by stdlib/index.ts. */
export const STDLIB_SOURCES: Record<string, string> = {};

/** Modules heapscope deliberately does not provide (sandbox). */
const SANDBOXED = new Set([
  'subprocess', 'socket', 'shutil', 'pathlib', 'tempfile', 'glob', 'signal', 'multiprocessing',
  'threading', 'urllib', 'http', 'ssl', 'select', 'sqlite3', 'fcntl', 'pty',
]);

function loadModule(name: string): PyObject {
  const modules = RT.modules;
  const existing = dictGetStr(modules, name);
  if (existing !== null) return newref(existing);
  const native = NATIVE_MODULES[name];
  if (native !== undefined && RT.profile.builtinModules.includes(name)) return importBuiltin(name, native);
  if (native !== undefined) return createNativeModule(name, native);
  const src = STDLIB_SOURCES[name];
  if (src !== undefined) return RT.ext.execStdlibModule(name, src);
  const top = name.split('.')[0];
  if (SANDBOXED.has(top)) {
    raiseNamed(E.ModuleNotFoundError, `No module named '${name}' (heapscope runs programs in a sandbox without ${top === 'io' || top === 'shutil' || top === 'pathlib' || top === 'tempfile' || top === 'glob' ? 'a file system' : 'access to the machine'})`, name);
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
 * A native module's objects without importlib's own traffic: BuiltinImporter.find_spec's spec, the module
 * (create_module), _init_module_attrs and the sys.modules entry. A new reference. `specList`: the spec's
 * _uninitialized_submodules list (not for start-up's modules, see preloadStartupModules).
 */
function createNativeModule(name: string, native: () => PyObject, specList = true): PyObject {
  const spec = newBuiltinSpec(name, !RT.profile.builtinModules.includes(name));
  if (specList) attachSubmodulesList(spec);
  let m: PyObject;
  try {
    m = native();
  } catch (e) {
    decref(spec);
    throw e;
  }
  initBuiltinModuleAttrs(m, spec);
  decref(spec);
  dictSetStr(RT.modules, name, m);
  return m;
}

/**
 * An uncached import of a builtin module (profile.builtinModules): importlib's _find_and_load runs as Python
 * code (_ModuleLockManager, _ModuleLock and its locks, the _blocking_on bookkeeping, _find_spec over
 * sys.meta_path, BuiltinImporter.find_spec → spec_from_loader → ModuleSpec, _load_unlocked → module_from_spec
 * → _imp.create_builtin, _init_module_attrs, exec_module, then the lock's release and its weakref callback).
 * The GC objects that code allocates and frees move gc.get_count(), and a collection they make due runs at
 * one of that code's eval-breaker check points (3.12+) or inside the allocation (3.11) — e.g. on 3.12 the
 * `import gc` of a program's first line usually collects there. profile.gcImportBuiltin is that traffic,
 * measured on CPython; it is replayed here around the objects heapscope really creates (the spec, the module,
 * the module in sys.modules), so the counts and the collection's moment are CPython's.
 *
 * importlib's own objects (locks, bound methods, frames, tracebacks, weak references) are replayed as counts
 * only (GC.onUnmodelledAlloc / onUnmodelledFree): they are private to importlib, die before the import
 * returns and are as invisible to a program as the rest of CPython's start-up objects heapscope does not
 * create (memory/gc.ts GC_STARTUP). A collection that runs while they live is a real collection of the heap
 * (gc.callbacks, stats, promotion of the program's objects); only those few transient objects are missing from
 * it.
 *
 * Its transient tuples, lists and dicts (call argument tuples, `*args` / `**kwargs`, the module lock's lists)
 * are real objects here: whether making one counts depends on the freelists, which the program's own history
 * decides. With the freelists start-up leaves, each is popped from its freelist and pushed back (no count);
 * after a full collection emptied them, CPython makes new GC objects that its freelists then keep — so an
 * import right after gc.collect() counts more. Replaying them through heapscope's own allocators gives both.
 */
function importBuiltin(name: string, native: () => PyObject): PyObject {
  const gc = RT.gc;
  const tokens = RT.profile.gcImportBuiltin;
  const importlib = new TrafficReplay(tokens);
  let spec: ModuleSpecObject | null = null;
  let m: PyObject | null = null;
  try {
    for (let i = 0; i < tokens.length; i++) {
      switch (tokens[i]) {
        case 'c':
          gc.runPending();
          break;
        case 'S':
          spec = newBuiltinSpec(name);
          break;
        case 'U':
          attachSubmodulesList(spec!);
          break;
        case 'M':
          m = native();
          initBuiltinModuleAttrs(m, spec!);
          break;
        case 'X':
          replayModuleTraffic(name);
          dictSetStr(RT.modules, name, m!);
          break;
        default:
          i = importlib.step(i);
      }
    }
  } catch (e) {
    importlib.releaseAll();
    if (spec !== null) decref(spec);
    if (m !== null) decref(m);
    throw e;
  }
  importlib.releaseAll();
  if (spec !== null) decref(spec);
  if (m === null) throw new Error('profile.gcImportBuiltin has no module creation (M)');
  return m;
}

/**
 * The module's own GC traffic that heapscope's factory does not make (profile.gcBuiltinModuleTraffic: on
 * 3.12+ the heap types of multi-phase modules), replayed once the factory made the module. Its tuples, lists
 * and dicts that outlive the import (a type's dict, bases and mro) stay alive with the interpreter
 * (Runtime.moduleStateRefs); its other objects (the types, their descriptors) are counted and join
 * generation 0's virtual population, so collections promote them as CPython's.
 */
function replayModuleTraffic(name: string): void {
  const tokens = RT.profile.gcBuiltinModuleTraffic[name];
  if (tokens !== undefined) replayStateTraffic(tokens);
}

/**
 * Replay measured GC traffic that builds interpreter state heapscope models otherwise (a module's heap types,
 * the `_ast` state of the first compile()): its tuples, lists and dicts still alive at the end stay alive
 * with the interpreter (Runtime.moduleStateRefs), its other objects still alive join generation 0's
 * virtual population.
 */
export function replayStateTraffic(tokens: string): void {
  const r = new TrafficReplay(tokens);
  for (let i = 0; i < tokens.length; i++) i = r.step(i);
  r.keepSurvivors(RT.moduleStateRefs);
  RT.gc.addVirtualSurvivors(r.unmodelledAlive);
}

/**
 * Replays GC traffic measured on CPython (profile.gcImportBuiltin's alphabet): objects heapscope does not
 * create are counts only (a, e, f: GC.onUnmodelledAlloc / onUnmodelledFree); tuples, lists and dicts are
 * made and freed through heapscope's own allocators (t<n>, l, d, N, K / T<n>, L, D), so whether one counts
 * depends on the freelists, as in CPython.
 */
class TrafficReplay {
  /** the live tuples (by size), lists and dicts: any of a kind will do for a free (they are interchangeable) */
  private readonly live = new Map<string, PyObject[]>();
  /** count-only objects allocated and not freed */
  unmodelledAlive = 0;

  constructor(private readonly tokens: string) {}

  /** Replay the token at `i`; returns the index of its last character. */
  step(i: number): number {
    const tokens = this.tokens;
    const gc = RT.gc;
    const token = tokens[i];
    let n = 0;
    while (i + 1 < tokens.length && tokens.charCodeAt(i + 1) >= 48 && tokens.charCodeAt(i + 1) <= 57) n = n * 10 + tokens.charCodeAt(++i) - 48;
    switch (token) {
      case 'a':
      case 'e':
        gc.onUnmodelledAlloc(token === 'e');
        this.unmodelledAlive++;
        break;
      case 'f':
        gc.onUnmodelledFree();
        this.unmodelledAlive--;
        break;
      case 't': {
        const items: PyObject[] = new Array(n);
        for (let k = 0; k < n; k++) items[k] = newref(None);
        this.make(`t${n}`, newTuple(items));
        break;
      }
      case 'l':
      case 'K':
        this.make('l', newList(0, token === 'l'));
        break;
      case 'd':
      case 'N':
        this.make('d', newDict(token === 'd'));
        break;
      case 'T':
        this.free(`t${n}`);
        break;
      case 'L':
        this.free('l');
        break;
      case 'D':
        this.free('d');
        break;
      default:
        throw new Error(`GC traffic replay: unknown token '${token}'`);
    }
    return i;
  }

  private make(kind: string, o: PyObject): void {
    const stack = this.live.get(kind);
    if (stack === undefined) this.live.set(kind, [o]);
    else stack.push(o);
  }

  /** A T / L / D with no live object of its kind frees one made before the replay started: nothing to do. */
  private free(kind: string): void {
    const o = this.live.get(kind)?.pop();
    if (o !== undefined) decref(o);
  }

  /** Free the objects still alive (none when the measured traffic is balanced). */
  releaseAll(): void {
    for (const stack of this.live.values()) for (let o = stack.pop(); o !== undefined; o = stack.pop()) decref(o);
  }

  /** Hand the objects still alive to `holder` (their references move there). */
  keepSurvivors(holder: PyObject[]): void {
    for (const stack of this.live.values()) for (let o = stack.pop(); o !== undefined; o = stack.pop()) holder.push(o);
  }
}

/**
 * The builtin modules CPython's start-up and `site` leave in sys.modules (profile.startupModules), imported
 * while the interpreter is set up: the program's `import time` finds them
 * there and allocates nothing. Their importlib traffic is part of the start-up state the profiles measured
 * (the counts and freelists the program starts with), so it is not replayed. Nor are their specs'
 * _uninitialized_submodules lists made now: CPython's start-up heap is not modelled object by object, and
 * those blocks would move the addresses of the program's first objects away from the layout the
 * start-up model is checked against (type-cache slots depend on a name's address). Such a spec makes its
 * list when the attribute is first read (vm/modulespec.ts).
 */
export function preloadStartupModules(): void {
  for (const name of RT.profile.startupModules) {
    const native = NATIVE_MODULES[name];
    if (native !== undefined && dictGetStr(RT.modules, name) === null) decref(createNativeModule(name, native, false));
  }
}

/** IMPORT_NAME: `import a.b.c` returns the top package unless fromlist is non-empty. */
export function importName(_f: Frame, name: StrObject, fromlist: PyObject, level: PyObject): PyObject {
  const lvl = (level as any).value ?? 0;
  if (lvl > 0) raise(E.ImportError, 'attempted relative import with no known parent package');
  return importModuleByName(name, fromlist, level);
}

/** Imports in progress: the imports a module's code makes run inside the program's outermost one. */
let importDepth = 0;

export function importModuleByName(nameO: PyObject, fromlist: PyObject, level: PyObject): PyObject {
  if (!(nameO instanceof StrObject)) raise(E.TypeError, `module name must be str, not ${nameO.ob_type.tp_name}`);
  const name = nameO.value;
  if (name === '') raise(E.ValueError, 'Empty module name');
  // an outermost uncached import leaves the freelists as CPython's does (profile.importFreelists); a module
  // CPython already has (start-up's, or one a replayed import loaded) is a cache hit that changes nothing:
  // what heapscope's unseen materialisation of it popped and pushed is undone (parked unseen by tracemalloc,
  // as that materialisation is)
  const outermost = importDepth === 0 && dictGetStr(RT.modules, name) === null;
  const cacheHit = outermost && cpythonLoaded().has(name);
  const before = outermost ? freelistLengths(RT) : null;
  importDepth++;
  let mod: PyObject;
  try {
    mod = importModule(name, fromlist, level);
  } finally {
    importDepth--;
  }
  if (before !== null) {
    if (cacheHit) (RT.ext.untraced as (fn: () => void) => void)(() => restoreFreelists(RT, before));
    else applyImportFreelists(RT, name, before);
  }
  return mod;
}

function importModule(name: string, fromlist: PyObject, _level: PyObject): PyObject {
  const parts = name.split('.');
  let mod: PyObject | null = null;
  try {
    for (let i = 0; i < parts.length; i++) {
      const full = parts.slice(0, i + 1).join('.');
      // the program's own import (not one made by heapscope's module code while it runs)
      const m = importDepth === 1 ? loadAsCPython(full) : loadModule(full);
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

/** Per run: the modules CPython's sys.modules holds (start-up's and those the replayed imports loaded). */
const cpythonModules = new WeakMap<object, Set<string>>();

function cpythonLoaded(): Set<string> {
  let s = cpythonModules.get(RT);
  if (s === undefined) {
    s = new Set(RT.profile.startupSysModules);
    cpythonModules.set(RT, s);
  }
  return s;
}

/**
 * A program's import of module `name`, as CPython's GC sees it. heapscope's Python modules are its own code
 * (and some of CPython's Python modules are native here), so their import's GC traffic is not CPython's:
 *  - a module CPython already has in sys.modules (start-up's abc, io, os...: profile.startupSysModules, or
 *    one an earlier replayed import loaded) is a cache hit there — nothing allocated, nothing counted:
 *    heapscope's module is materialised unseen (GC.beginHidden / endHidden);
 *  - a module with a measured first import (profile.importGc) is materialised unseen the same way, then
 *    CPython's traffic is replayed (replayImportGc): its counts, its automatic collections (which collect
 *    the program's real objects) and its cyclic garbage;
 *  - any other import (builtin modules: importBuiltin's replay; modules not measured) runs as it is.
 */
function loadAsCPython(name: string): PyObject {
  const loaded = cpythonLoaded();
  const cached = loaded.has(name);
  const tokens = RT.profile.importGc[name];
  const have = dictGetStr(RT.modules, name) !== null;
  if (have || (!cached && tokens === undefined)) {
    const m = cached ? loadModule(name) : importClasses(name, () => loadModule(name));
    loaded.add(name);
    if (!cached && tokens !== undefined) replayImportGc(tokens, loaded, 0);
    return m;
  }
  const gc = RT.gc;
  const saved = gc.beginHidden();
  let m: PyObject;
  let survivors = 0;
  try {
    // a cache hit allocates nothing tracemalloc could see
    // (and its classes stand for those CPython's subclass registries already hold)
    m = cached ? (RT.ext.untraced as (fn: () => PyObject) => PyObject)(() => standInClasses(() => loadModule(name))) : importClasses(name, () => loadModule(name));
  } finally {
    survivors = gc.endHidden(saved);
  }
  loaded.add(name);
  if (!cached) replayImportGc(tokens!, loaded, survivors);
  return m;
}

/**
 * Replay CPython's GC traffic of a first import (profile.importGc's alphabet): allocations and frees are
 * counts (GC.onUnmodelledAlloc / onUnmodelledFree), so automatic collections happen where CPython's would
 * from the program's own counts; a `g` or `x` object joins generation 0 as garbage the next collection
 * frees (GC.addVirtualGarbage), an `h` object the generation the import's collections promoted it to; a
 * nested first import is skipped when CPython already has that module (the program imported it before),
 * which makes the traffic the import's marginal one. The objects CPython's import
 * leaves alive that heapscope's module objects (`survivors`) do not stand for join generation 0's virtual
 * population.
 */
function replayImportGc(tokens: string, loaded: Set<string>, survivors: number): void {
  const gc = RT.gc;
  const collections = gc.stats.map((st) => st.collections);
  // CPython's objects the import leaves alive, less heapscope's own module objects that stand for them
  let alive = -survivors;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '(') {
      const j = tokens.indexOf(';', i);
      const name = tokens.slice(i + 1, j);
      i = j;
      if (!loaded.has(name)) loaded.add(name);
      else {
        // to the matching ')'
        for (let depth = 1; depth > 0; ) {
          const c = tokens[++i];
          if (c === '(') depth++;
          else if (c === ')') depth--;
        }
      }
      continue;
    }
    if (t === ')') continue;
    if (t === 'c') {
      gc.runPending();
      continue;
    }
    let n = 0;
    while (i + 1 < tokens.length && tokens.charCodeAt(i + 1) >= 48 && tokens.charCodeAt(i + 1) <= 57) n = n * 10 + tokens.charCodeAt(++i) - 48;
    if (n === 0) n = 1;
    for (let k = 0; k < n; k++) {
      switch (t) {
        case 'a':
        case 'e':
          gc.onUnmodelledAlloc(t === 'e');
          alive++;
          break;
        case 'g':
          gc.onUnmodelledAlloc(false);
          gc.addVirtualGarbage();
          break;
        case 'f':
          gc.onUnmodelledFree();
          alive--;
          break;
        case 'x':
          gc.addVirtualGarbage();
          break;
        case 'h': {
          alive--;
          // promoted by the import's collections (the oldest generation one collected, plus one)
          let g = 0;
          for (let k2 = 0; k2 < collections.length; k2++) if (gc.stats[k2].collections > collections[k2]) g = Math.min(k2 + 1, 2);
          gc.addVirtualGarbage(g);
          break;
        }
        default:
          throw new Error(`profile.importGc: unknown token '${t}'`);
      }
    }
  }
  // they join generation 0's population, which later collections promote (the long-lived ratio sees them)
  gc.addVirtualSurvivors(alive);
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
