/**
 * A type's subclass registry (CPython's `tp_subclasses`, Objects/typeobject.c add_subclass / remove_subclass /
 * _PyType_GetSubclasses), which backs type.__subclasses__() and the walks over subclasses (type_modified,
 * update_slot).
 *
 * CPython keeps, per base, a dict {PyLong_FromVoidPtr(subclass): weakref.ref(subclass)}:
 *   - add_subclass (PyType_Ready of every new class, once per base in __bases__): the key int and the
 *     weakref are created first (the weakref is a tracked GC object: it counts towards gen 0, and it is what
 *     weakref.getweakrefcount(cls) reports for a fresh class), then the dict if the base has none yet
 *     (PyDict_New: another GC allocation), then the entry is stored.
 *   - remove_subclass (type_dealloc of the subclass, for each base): the entry is deleted (freeing the
 *     weakref) and an emptied dict is released at once (measured: a base whose last subclass died
 *     allocates a new dict for its next subclass, on 3.11, 3.12 and 3.13).
 *   - where the dict lives: a heap type's own `tp_subclasses`; a static builtin type's in the interpreter
 *     (3.12+ `_PyStaticType_GetState`; 3.11 used tp_subclasses of the static type itself). Static types are
 *     shared by every run here, so their dicts are kept per run (Runtime-keyed map) and released at the end
 *     of the run.
 * The type objects never reference the dict from their tp_traverse (type_traverse skips tp_subclasses), so
 * the collector sees the dict (and its weakrefs) as externally owned.
 *
 * Subclass relations among static types are made at bootstrap and are immortal: they stay in the plain
 * `tp_subclasses` array and come first in __subclasses__(), as in CPython (registered at startup).
 *
 * Startup state: a static base that has subclasses once CPython has started (object, int, tuple, Exception...;
 * profiles/subclasses.ts, measured) owns its dict before the program runs, so its first subclass in the
 * program allocates no dict, and the dict never empties (the startup subclasses stay alive). Those dicts are
 * made when the run starts (initStaticSubclasses) and are never released when the program's subclasses die.
 * Their entries are CPython's, so they resize (and tracemalloc sees the new keys table) at CPython's moments:
 *   - when start-up is over (syncStartupSubclasses) each has CPython's keys table and CPython's number of
 *     entries: heapscope's, and phantom ones for the classes CPython's start-up made that heapscope has not
 *     (they take usable slots and count in insertion_resize's ma_used); heapscope's classes beyond CPython's
 *     count (a negative phantom count) stand for the first ones CPython's imports add;
 *   - a class heapscope makes while it materialises a module CPython has already imported (standInClasses:
 *     start-up's modules, vm/importer.ts) takes a phantom entry's place;
 *   - a program's first import of a module whose classes are measured (importClasses) loads heapscope's
 *     module as such stand-ins, then adds CPython's classes, module by module, as phantom entries; those
 *     that are garbage once CPython's import is over leave deleted entries (freed as the module's import
 *     ends, where CPython frees them at its next collection).
 */
import { PyObject, PyType, RT, TPFLAGS, decref } from './object';
import { DictObject, newDict, dictSetItem, dictDelItem, dictForEach, dictLen } from './dict';
import { calculateLog2Keysize, usableFraction } from './dicttable';
import { newInt } from './numbers';
import { newWeakref, weakrefGet, isWeakref } from './weakref';
import { allStaticTypes } from './typeobject';
import { SUBCLASS_REGISTRIES } from '../profiles/subclasses';
import type { Runtime } from '../vm/runtime';

/** The dicts of static bases, per run. */
const staticDicts = new WeakMap<Runtime, Map<PyType, DictObject>>();
/**
 * Per run: the static bases whose dict exists from the start of the run (never released when it empties),
 * each with its count of phantom entries (CPython's subclasses of it that heapscope does not have; negative
 * when heapscope has more), and the modules whose classes CPython's registries hold (importClasses).
 */
interface RunRegistries {
  phantom: Map<PyType, number>;
  byName: Map<string, PyType>;
  imported: Set<string>;
}
const runState = new WeakMap<Runtime, RunRegistries>();
/** > 0 while heapscope makes the classes of a module CPython made its own classes for (standInClasses). */
let standInDepth = 0;

function startupName(tp: PyType): string {
  return tp.tp_name.slice(tp.tp_name.lastIndexOf('.') + 1);
}

/** Run start: the dicts the static types with startup subclasses own before the program runs. */
export function initStaticSubclasses(rt: Runtime): void {
  const startup = SUBCLASS_REGISTRIES[rt.profile.version]?.startup;
  if (startup === undefined) return;
  const st: RunRegistries = { phantom: new Map(), byName: new Map(), imported: new Set() };
  for (const tp of allStaticTypes()) {
    const name = startupName(tp);
    if (st.phantom.has(tp) || startup[name] === undefined) continue;
    st.phantom.set(tp, 0);
    st.byName.set(name, tp);
    setSubclassesDict(tp, newDict());
  }
  runState.set(rt, st);
}

/**
 * The end of start-up (the program is about to be compiled): each startup dict gets CPython's keys table
 * and CPython's number of entries (heapscope's, the rest phantom). Allocations CPython's start-up made.
 */
export function syncStartupSubclasses(rt: Runtime): void {
  const st = runState.get(rt);
  if (st === undefined) return;
  const startup = SUBCLASS_REGISTRIES[rt.profile.version].startup;
  for (const tp of st.phantom.keys()) {
    const [log2Size, used] = startup[startupName(tp)];
    const t = (subclassesDict(tp) as DictObject).table;
    // (negative: heapscope made subclasses CPython makes later, e.g. collections.defaultdict by _collections'
    // import; they stand for those)
    const phantom = used - t.used;
    const live = Math.max(0, phantom);
    let log2 = log2Size;
    while (usableFraction(1 << log2) < t.used + live) log2++;
    t.resize(log2, false);
    t.dk.usable -= live;
    st.phantom.set(tp, phantom);
  }
}

/**
 * Run `load`, heapscope's materialisation of a module CPython has imported (at start-up, or in the import
 * being replayed: importClasses): the classes it makes stand for CPython's own classes, so they take
 * phantom entries' places in the startup dicts instead of adding entries.
 */
export function standInClasses<T>(load: () => T): T {
  standInDepth++;
  try {
    return load();
  } finally {
    standInDepth--;
  }
}

/**
 * A program's first import of `name` as CPython makes it (vm/importer.ts): when the classes CPython's
 * import makes are measured (profiles/subclasses.ts), heapscope's module is loaded as stand-ins and
 * CPython's classes are added as phantom entries, module by module (a module an earlier import loaded adds
 * nothing); other modules just load.
 */
export function importClasses<T>(name: string, load: () => T): T {
  const rt = RT as Runtime;
  const mods = SUBCLASS_REGISTRIES[rt.profile.version]?.imports[name];
  const st = runState.get(rt);
  if (mods === undefined || st === undefined) return load();
  const m = standInClasses(load);
  const segments = SUBCLASS_REGISTRIES[rt.profile.version].segments;
  for (const mod of mods.split(' ')) {
    if (st.imported.has(mod)) continue;
    st.imported.add(mod);
    for (const entry of segments[mod].split(' ')) {
      const [name, made, dead = '0'] = entry.split(/[:-]/);
      const base = st.byName.get(name);
      if (base === undefined) continue;
      addPhantoms(st, base, Number(made));
      // the import's garbage classes: their entries stay, deleted (DKIX_DUMMY), until the table is rebuilt
      // (a negative count stays: heapscope's classes made ahead of CPython's keep their slots)
      const phantom = st.phantom.get(base)!;
      if (phantom > 0) st.phantom.set(base, Math.max(0, phantom - Number(dead)));
    }
  }
  return m;
}

/** CPython's import adds `n` subclasses of `base` heapscope's module did not make (insertdict for each). */
function addPhantoms(st: RunRegistries, base: PyType, n: number): void {
  let phantom = st.phantom.get(base)!;
  // heapscope's extra classes (a negative count) stand for the first ones
  const repaid = Math.min(n, Math.max(0, -phantom));
  phantom += repaid;
  n -= repaid;
  const t = (subclassesDict(base) as DictObject).table;
  while (n > 0) {
    if (t.dk.usable <= 0) growTable(t, phantom);
    const k = Math.min(n, t.dk.usable);
    t.dk.usable -= k;
    phantom += k;
    n -= k;
  }
  st.phantom.set(base, phantom);
}

/** insertion_resize of a startup dict: CPython's ma_used counts the phantom entries, which it keeps. */
function growTable(t: DictObject['table'], phantom: number): void {
  const live = Math.max(0, phantom);
  t.resize(calculateLog2Keysize((t.used + live) * 3), false);
  t.dk.usable -= live;
}

function isHeapType(tp: PyType): boolean {
  return (tp.tp_flags & TPFLAGS.HEAPTYPE) !== 0;
}

/** lookup_tp_subclasses (borrowed), or null when the base has no dict. */
export function subclassesDict(base: PyType): DictObject | null {
  if (isHeapType(base)) return base.subclassesDict as DictObject | null;
  return staticDicts.get(RT as Runtime)?.get(base) ?? null;
}

function setSubclassesDict(base: PyType, d: DictObject | null): void {
  if (isHeapType(base)) {
    base.subclassesDict = d;
    return;
  }
  const rt = RT as Runtime;
  let m = staticDicts.get(rt);
  if (m === undefined) {
    m = new Map();
    staticDicts.set(rt, m);
  }
  if (d === null) m.delete(base);
  else m.set(base, d);
}

/** PyLong_FromVoidPtr(type): the dict key of a subclass. New reference. */
function subclassKey(type: PyType): PyObject {
  return newInt(type.addr);
}

/** add_subclass(base, type): register `type` (already allocated) in `base`'s registry. */
export function addSubclass(base: PyType, type: PyType): void {
  const key = subclassKey(type);
  const ref = newWeakref(type, null);
  // only look the dict up after creating the key and the value (the weakref's allocation may collect)
  let d = subclassesDict(base);
  if (d === null) {
    d = newDict();
    setSubclassesDict(base, d);
  }
  const st = runState.get(RT as Runtime);
  const phantom = st?.phantom.get(base);
  if (phantom !== undefined) {
    if (standInDepth > 0) {
      // the class stands for one CPython made: it takes a phantom entry's slot (or is one more than CPython's)
      st!.phantom.set(base, phantom - 1);
      if (phantom > 0) d.table.dk.usable++;
    }
    if (d.table.dk.usable <= 0 && phantom > 0) growTable(d.table, st!.phantom.get(base)!);
  }
  try {
    dictSetItem(d, key, ref);
  } finally {
    decref(ref);
    decref(key);
  }
}

/** remove_subclass(base, type): drop `type`'s entry; an emptied dict is released (clear_tp_subclasses). */
export function removeSubclass(base: PyType, type: PyType): void {
  const d = subclassesDict(base);
  if (d === null) return;
  const key = subclassKey(type);
  // false when the class failed before it was registered (CPython clears that KeyError)
  dictDelItem(d, key);
  decref(key);
  if (dictLen(d) === 0 && !(runState.get(RT as Runtime)?.phantom.has(base) ?? false)) {
    setSubclassesDict(base, null);
    decref(d);
  }
}

/**
 * _PyType_GetSubclasses as a JS array (borrowed): the static subclasses registered at bootstrap, then the
 * live classes of the registry in insertion order.
 */
export function typeSubclasses(tp: PyType): PyType[] {
  const out = tp.tp_subclasses.slice();
  const d = subclassesDict(tp);
  if (d !== null) {
    dictForEach(d, (_k, ref) => {
      const sub = isWeakref(ref) ? weakrefGet(ref) : null;
      if (sub instanceof PyType) out.push(sub);
    });
  }
  return out;
}

/** The registry dicts of static types this run owns (one reference each), for the heap audit. */
export function staticSubclassesRoots(rt: Runtime): PyObject[] {
  const m = staticDicts.get(rt);
  return m === undefined ? [] : [...m.values()];
}

/** End of the run (interpreter finalization, _PyStaticType_Dealloc): release the static types' dicts. */
export function releaseStaticSubclasses(rt: Runtime): void {
  const m = staticDicts.get(rt);
  if (m === undefined) return;
  staticDicts.delete(rt);
  runState.delete(rt);
  for (const d of m.values()) decref(d);
}
