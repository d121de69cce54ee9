/**
 * Helpers shared by the C-implemented modules written in TypeScript (itertools, _collections, _functools):
 * declaring their static types, allocating and freeing their instances, module functions, and the
 * argument conventions those modules use (PyArg_ParseTupleAndKeywords / _PyArg_NoKeywords).
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, newref, xdecref } from '../../objects/object';
import { None } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject } from '../../objects/str';
import type { TupleObject } from '../../objects/sequences';
import { DictObject, dictSetStr, dictGetStr } from '../../objects/dict';
import { BuiltinFunctionObject, type MethFn } from '../../objects/funcobject';
import { registerStaticTypes, instanceDict } from '../../objects/typeobject';
import { T } from '../../objects/types';
import { cpythonHeap } from '../../objects/typeflags';
import { allocObject, freeObject } from '../../memory/heap';

/**
 * A static type of a native module. `name` is CPython's tp_name ("itertools.count"); the module part
 * becomes __module__. Registered so that bootstrapTypes builds it with the builtin types.
 */
export function nativeType(name: string, basicsize: number, flags: number, base: PyType | null = null): PyType {
  const tp = new PyType(null, name);
  tp.tp_basicsize = basicsize;
  tp.tp_flags = flags;
  const dot = name.lastIndexOf('.');
  tp.tp_module = dot >= 0 ? name.slice(0, dot) : 'builtins';
  if (base !== null) {
    tp.tp_base = base;
    tp.tp_bases = [base];
  }
  registerStaticTypes(tp);
  return tp;
}

/** Set the module part of a native type's name (CPython moved some types between 3.11 and 3.12). */
export function setTypeModule(tp: PyType, module: string): void {
  const q = tp.tp_qualname;
  tp.tp_module = module;
  tp.tp_name = `${module}.${q}`;
}

/**
 * The native types whose instances hold a reference to their type when CPython makes the type on the heap
 * (objects/typeflags.ts cpythonHeap: _PyObject_Init's Py_INCREF of a heap type, released by the type's
 * tp_dealloc): registered by their modules (holdTypeRefs), taken by allocNative and released by freeNative
 * (or by releaseTypeRef in a dealloc that frees the object otherwise).
 */
const HOLDERS = new Set<PyType>();
/** holdsTypeRef's answers for the running version */
let holdsCache = new Map<PyType, boolean>();
let holdsVersion = '';

/** Register native types whose instances reference their type on the versions CPython makes it a heap type. */
export function holdTypeRefs(...types: PyType[]): void {
  for (const tp of types) HOLDERS.add(tp);
}

/** Whether an instance of the static type `tp` holds a reference to it (on this version). */
export function holdsTypeRef(tp: PyType): boolean {
  const v = RT.profile.version;
  if (holdsVersion !== v) {
    holdsCache = new Map();
    holdsVersion = v;
  }
  let h = holdsCache.get(tp);
  if (h === undefined) {
    h = HOLDERS.has(tp) && cpythonHeap(tp);
    holdsCache.set(tp, h);
  }
  return h;
}

/** Py_DECREF(tp) at the end of the tp_dealloc of a holdTypeRefs type's instance (after its block is freed). */
export function releaseTypeRef(tp: PyType): void {
  if ((tp.tp_flags & TPFLAGS.HEAPTYPE) === 0 && holdsTypeRef(tp)) decref(tp);
}

/** tp_alloc: allocate `o` (ob_type set) with the type's basicsize; GC types are tracked. Returns `o`. */
export function allocNative<T extends PyObject>(o: T, track = true): T {
  const tp = o.ob_type;
  if (tp.tp_flags & TPFLAGS.HEAPTYPE || holdsTypeRef(tp)) incref(tp);
  allocObject(o, tp.tp_basicsize);
  if (track && tp.tp_flags & TPFLAGS.HAVE_GC) RT.gc.track(o);
  return o;
}

/**
 * tp_free after the references were released: untrack and free the block. Like PyObject_GC_Del it keeps a
 * class's reference: an instance of a class (a heap subclass of a native type) is freed from subtype_dealloc,
 * which releases the reference PyType_GenericAlloc took once the base's dealloc returns. The reference to a
 * holdTypeRefs type, which the type's own tp_dealloc releases in CPython, is released here.
 */
export function freeNative(o: PyObject): void {
  const tp = o.ob_type;
  if (tp.tp_flags & TPFLAGS.HAVE_GC) RT.gc.untrack(o);
  freeObject(o, tp.tp_basicsize);
  releaseTypeRef(tp);
}

/**
 * Put a builtin function `name` in module `m`'s dict: PyModule_AddFunctions makes one PyCFunction object per
 * method each time a module is created (the import of a builtin module), a GC-tracked allocation the
 * collector counts; the dict holds the only reference. As in CPython, m_self is the module (`f.__self__`
 * is the module, and each function holds a reference to it: `sys.getrefcount(math)` counts them) and
 * m_module its __name__. The module <-> function cycle is broken by the collector (module_clear) or at
 * shutdown when the module's dict is wiped (vm/interp.ts finalizeInterpreter).
 * The native function receives the module as its `self` argument; module functions ignore it.
 */
export function moduleFn(m: PyObject, name: string, f: MethFn, doc: string | null = null): void {
  addFunction(m, name, f, doc, true);
}

/**
 * A function of a module CPython writes in Python (linecache): it refers to no module (`__self__` is None),
 * so `sys.getrefcount(module)` stays CPython's — a Python function refers to its module's dict, not to the
 * module.
 */
export function unboundModuleFn(m: PyObject, name: string, f: MethFn): void {
  addFunction(m, name, f, null, false);
}

function addFunction(m: PyObject, name: string, f: MethFn, doc: string | null, bindSelf: boolean): void {
  const d = m.dict as DictObject;
  // PyModule_GetNameObject: m_module is the very __name__ str of the module's dict
  const modName = dictGetStr(d, '__name__');
  if (!(modName instanceof StrObject)) raise(E.SystemError, 'nameless module');
  if (bindSelf) incref(m);
  const b = new BuiltinFunctionObject(name, f, bindSelf ? m : null, modName.value, doc);
  if (bindSelf) b.moduleObj = newref(modName);
  allocObject(b, T.builtin_function_or_method.tp_basicsize);
  RT.gc.track(b);
  dictSetStr(d, name, b);
  decref(b);
}

/**
 * interp->modules_by_index: a module CPython creates with single-phase init (PyModule_Create, e.g.
 * _tracemalloc) is also kept by the interpreter's module list until finalize_modules clears it, after the
 * modules' dicts were wiped (_PyInterpreterState_ClearModules). heapscope keeps that reference here.
 */
const modulesByIndex = new WeakMap<object, PyObject[]>();
export function keepSinglePhaseModule(m: PyObject): void {
  let l = modulesByIndex.get(RT);
  if (l === undefined) modulesByIndex.set(RT, (l = []));
  l.push(newref(m));
}
export function releaseSinglePhaseModules(rt: object): void {
  const l = modulesByIndex.get(rt);
  if (l === undefined) return;
  modulesByIndex.delete(rt);
  for (const m of l) decref(m);
}

export function kwNames(kwnames: PyObject | null): string[] {
  return kwnames === null ? [] : (kwnames as TupleObject).items.map((k) => (k as StrObject).value);
}

/** _PyArg_NoKeywords: "name() takes no keyword arguments" (only for the exact type, as CPython checks). */
export function noKeywords(type: PyType, exact: PyType, name: string, kwnames: PyObject | null): void {
  if (type === exact && kwnames !== null && (kwnames as TupleObject).items.length > 0)
    raise(E.TypeError, `${name}() takes no keyword arguments`);
}

/**
 * PyArg_ParseTupleAndKeywords-style parsing with CPython's messages for functions declared with a format
 * like "O|O:name" and a keyword list: `name() takes at most N arguments (M given)`,
 * `name() missing required argument 'x' (pos 1)` (3.12+ wording differs; we use the 3.12 one), etc.
 * Returns borrowed values (null = not given).
 */
export function parseTupleKw(
  fname: string,
  args: PyObject[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
  names: string[],
  required: number,
  kwOnlyFrom = names.length,
): (PyObject | null)[] {
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  const maxPos = kwOnlyFrom;
  const nkw = kwnames === null ? 0 : (kwnames as TupleObject).items.length;
  if (nargs + nkw > names.length || nargs > maxPos) {
    const tot = nargs + nkw;
    if (nargs > maxPos && maxPos < names.length)
      raise(E.TypeError, `${fname}() takes at most ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${nargs} given)`);
    raise(E.TypeError, `${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${tot} given)`);
  }
  for (let i = 0; i < nargs; i++) out[i] = args[start + i];
  for (let k = 0; k < nkw; k++) {
    const key = ((kwnames as TupleObject).items[k] as StrObject).value;
    const idx = names.indexOf(key);
    if (idx < 0) {
      if (RT.profile.versionInfo[1] >= 13) raise(E.TypeError, `${fname}() got an unexpected keyword argument '${key}'`);
      raise(E.TypeError, `'${key}' is an invalid keyword argument for ${fname}()`);
    }
    if (out[idx] !== null)
      raise(E.TypeError, `argument for ${fname}() given by name ('${key}') and position (${idx + 1})`);
    out[idx] = args[start + nargs + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) {
      raise(E.TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** The minor version of the running profile (11, 12, 13). */
export function pyMinor(): number {
  return RT.profile.versionInfo[1];
}

/**
 * The `__dict__` getset of a native type with a dict slot (tp_dictoffset): PyObject_GenericGetDict, which
 * makes the dict on first access, and PyObject_GenericSetDict with its messages.
 */
export const GENERIC_DICT_GETSET = {
  get: (o: PyObject): PyObject => newref(instanceDict(o, true) ?? None),
  set: (o: PyObject, v: PyObject | null): void => {
    if (v === null) raise(E.TypeError, 'cannot delete __dict__');
    if (!(v instanceof DictObject)) raise(E.TypeError, `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
    const old = o.dict;
    o.dict = newref(v);
    xdecref(old);
  },
};
