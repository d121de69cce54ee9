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
 * Startup state: a static base that has subclasses once CPython has started (object, int, list, dict,
 * Exception...; STARTUP_BASES, measured) owns its dict before the program runs, so its first subclass in the
 * program allocates no dict, and the dict never empties (the startup subclasses stay alive). Those dicts are
 * made when the run starts (initStaticSubclasses) and are never released when the program's subclasses
 * die; their startup entries are not modelled (so their resizes happen at other moments than CPython's).
 */
import { PyObject, PyType, RT, TPFLAGS, decref } from './object';
import { DictObject, newDict, dictSetItem, dictDelItem, dictForEach, dictLen } from './dict';
import { newInt } from './numbers';
import { newWeakref, weakrefGet, isWeakref } from './weakref';
import { allStaticTypes } from './typeobject';
import type { Runtime } from '../vm/runtime';

/** The dicts of static bases, per run. */
const staticDicts = new WeakMap<Runtime, Map<PyType, DictObject>>();
/** Static bases whose dict exists from the start of the run (never released when it empties), per run. */
const startupBases = new WeakMap<Runtime, Set<PyType>>();

/**
 * The static types with subclasses after CPython's startup (`python -s` with site imported, as conformance
 * expectations are made): builtins and types-module types for which type.__subclasses__(t) is not empty,
 * measured on 3.11.7, 3.12.1 and 3.13.0 (stock: no site-packages .pth but setuptools'). Names as in __name__.
 */
const STARTUP_BASES_311: readonly string[] = [
  'ArithmeticError', 'BaseException', 'BaseExceptionGroup', 'ConnectionError', 'Exception', 'GenericAlias',
  'ImportError', 'IndentationError', 'LookupError', 'NameError', 'OSError', 'RuntimeError', 'SyntaxError',
  'SystemError', 'UnicodeError', 'ValueError', 'Warning', 'builtin_function_or_method', 'classmethod', 'dict',
  'int', 'object', 'property', 'staticmethod', 'tuple', 'type',
];
// 3.12+ importlib defines _frozen_importlib._List(list)
const STARTUP_BASES_312: readonly string[] = [...STARTUP_BASES_311, 'list'];
const STARTUP_BASES: Record<string, ReadonlySet<string>> = {
  '3.11': new Set(STARTUP_BASES_311),
  '3.12': new Set(STARTUP_BASES_312),
  '3.13': new Set(STARTUP_BASES_312),
};

/** Run start: the dicts the static types with startup subclasses own before the program runs. */
export function initStaticSubclasses(rt: Runtime): void {
  const names = STARTUP_BASES[rt.profile.version];
  if (names === undefined) return;
  const pinned = new Set<PyType>();
  for (const tp of allStaticTypes()) {
    if (pinned.has(tp) || !names.has(tp.tp_name.slice(tp.tp_name.lastIndexOf('.') + 1))) continue;
    pinned.add(tp);
    setSubclassesDict(tp, newDict());
  }
  startupBases.set(rt, pinned);
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
  if (dictLen(d) === 0 && !(startupBases.get(RT as Runtime)?.has(base) ?? false)) {
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
  startupBases.delete(rt);
  for (const d of m.values()) decref(d);
}
