/**
 * Attributes and methods of `type` and `object` (`__name__`, `__qualname__`, `__mro__`, `__dict__`,
 * `mro()`, `__subclasses__()`, `object.__init_subclass__`, `__dir__`, `__format__`, `__class__`...), and the
 * class-creation services: running a class body, __set_name__ and __init_subclass__, plus dir()/locals(),
 * iter(callable, sentinel) and executing the bundled Python standard library modules.
 */
import { typeSubclasses } from './subclasses';
import { dictCopy } from './dictmethods';
import {
  PyObject, PyType, PyErr, RT, TPFLAGS, GCF, GCHead, GCK_TUPLE, IMMORTAL_REFCNT, incref, decref, xdecref, newref, setRefcount,
} from './object';
import { T } from './types';
import { None, NotImplemented, Ellipsis, registerStatic, assignStaticAddr } from './singletons';
import { E, raise } from './exceptions';
import { StrObject, newStr, ID, probe } from './str';
import { newInt, newBool } from './numbers';
import { TupleObject, ListObject, EMPTY_TUPLE, newTuple, newListFrom } from './sequences';
import { DictObject, newDict, dictGetStr, dictSetStr, dictGetItem, dictSetItem, dictForEach, dictDelItem } from './dict';
import { FunctionObject } from './funcobject';
import { callMethod } from './core_func';
import {
  onBootstrap, defineGetSets, defineMethods, typeLookup, typeModuleName, typeModified, materializeInstanceDict,
  typeInit, heapTypeName, heapTypeQualname, setHeapTypeName, detachDictFromObject, isSubtype,
  subtypeDealloc, hasDeclaredSlots, hasInlineValues, allStaticTypes,
} from './typeobject';
import { reportedFlags } from './typeflags';
import { ModuleObject, newModule } from './core_misc';
import { allocObject, freeObject } from '../memory/heap';
import * as A from '../vm/abstract';
import { RT_EXT } from '../vm/rtext';
import { Frame } from '../vm/frame';
import { evalFrame } from '../vm/eval';
import { kwCount, oneArg } from '../vm/args';
import { supportsWeakrefs } from './weakref';
import { STDLIB_SOURCES } from '../vm/importer';
import { parse, formatSyntaxError } from '../parser/index';
import { compileModule } from '../compiler/index';
import type { CodeSpec } from '../compiler/code';
import { getProfile } from '../profiles';
import type { PythonVersion } from '../parser';

// ------------------------------------------------------------------ mappingproxy

class MappingProxyObject extends PyObject {
  constructor(public mapping: PyObject) {
    super(T.mappingproxy);
  }
}

/**
 * A static type's tp_mro (`which` 0) or tp_bases (1) tuple (borrowed). CPython's start-up makes it (type_ready) and the
 * type holds it for the whole run: `int.__mro__ is int.__mro__`. 3.11: that one reference, untracked; 3.12+:
 * immortal, which 3.12 leaves GC-tracked (outside the generations: gc.get_objects never lists it) and 3.13
 * untracked. heapscope makes it at the run's first read, outside the program's heap, at a static address of
 * its own per type and tuple (nothing else moves).
 */
const staticTypeTuples = new WeakMap<object, Map<PyType, PyObject>[]>();
let staticTypeSlots: Map<PyType, number> | null = null;
const STATIC_TYPE_TUPLES_BASE = 0x55d4a2a1c000 + 0xc10000;
function staticTypeTuple(t: PyType, which: 0 | 1): PyObject {
  const types = which === 0 ? t.tp_mro : t.tp_bases;
  // object.__bases__ is the empty tuple singleton
  if (types.length === 0) return EMPTY_TUPLE;
  let caches = staticTypeTuples.get(RT);
  if (caches === undefined) staticTypeTuples.set(RT, (caches = [new Map(), new Map()]));
  let tuple = caches[which].get(t);
  if (tuple === undefined) {
    if (staticTypeSlots === null) staticTypeSlots = new Map(allStaticTypes().map((tp, i) => [tp, i]));
    let slot = staticTypeSlots.get(t);
    if (slot === undefined) staticTypeSlots.set(t, (slot = staticTypeSlots.size));
    tuple = new TupleObject(types.slice());
    tuple.gc_flags |= GCF.STATIC;
    tuple.addr = STATIC_TYPE_TUPLES_BASE + slot * 128 + which * 64;
    const p = RT.profile;
    setRefcount(tuple, p.immortal ? IMMORTAL_REFCNT : 1);
    if (p.version === '3.12') {
      const h = new GCHead(tuple, GCK_TUPLE);
      h.next = h.prev = h;
      tuple.gch = h;
    }
    caches[which].set(t, tuple);
  }
  return tuple;
}

function newMappingProxy(m: PyObject): PyObject {
  incref(m);
  const p = new MappingProxyObject(m);
  allocObject(p, T.mappingproxy.tp_basicsize);
  RT.gc.track(p);
  return p;
}

// ------------------------------------------------------------------ class bodies

/** __build_class__'s call of the class body: the function's code with `ns` as locals. Returns the cell. */
function runClassBody(func: FunctionObject, ns: PyObject): PyObject {
  const f = new Frame(func.code, func, func.globals as DictObject, func.builtins as DictObject, ns);
  incref(func);
  incref(ns);
  RT.checkRecursion();
  return evalFrame(f);
}

/** Call f(*args, **kw) where kw is a list of (name str, value) pairs (borrowed). */
function callKw(f: PyObject, args: PyObject[], kw: [PyObject, PyObject][]): PyObject {
  if (kw.length === 0) return A.call(f, args, 0, args.length, null);
  const names = newTuple(kw.map(([k]) => newref(k)));
  try {
    return A.call(f, [...args, ...kw.map(([, v]) => v)], 0, args.length, names);
  } finally {
    decref(names);
  }
}

/** type_new's tail: __set_name__ on attributes, then super(cls, cls).__init_subclass__(**kw). */
function initSubclass(cls: PyObject, kw: [PyObject, PyObject][]): void {
  if (!(cls instanceof PyType)) return;
  // type_new_set_names iterates over a copy of the class dict (PyDict_Copy: a transient dict, which counts
  // as a GC allocation unless the dict freelist has one); the copy owns the keys and values
  const names = dictCopy(cls.tp_dict as DictObject);
  const items: [PyObject, PyObject][] = [];
  dictForEach(names, (k, v) => items.push([k, v]));
  try {
    for (const [k, v] of items) {
      const sn = typeLookup(v.ob_type, '__set_name__');
      if (sn !== null) {
        try {
          decref(RT.ext.callBoundDescr(sn, v, [cls, k], 0, 2, null));
        } catch (e) {
          if (e instanceof PyErr && RT.profile.version === '3.11') {
            // 3.11 wraps the error: RuntimeError("Error calling __set_name__ on ...")
            const msg = `Error calling __set_name__ on '${v.ob_type.tp_name}' instance ${A.reprString(k)} in '${cls.tp_name}'`;
            const err = RT.ext.newException(E.RuntimeError, [newStr(msg)]) as any;
            err.cause = e.exc;
            err.suppressContext = true;
            throw new PyErr(err);
          }
          if (e instanceof PyErr) {
            RT.ext.addNote?.(e.exc, `Error calling __set_name__ on '${v.ob_type.tp_name}' instance ${A.reprString(k)} in '${cls.tp_name}'`);
          }
          throw e;
        }
      }
    }
  } finally {
    decref(names);
  }
  // init_subclass: super(cls, cls).__init_subclass__(**kw), through a real super object and the bound
  // method it finds (both transient: a class statement's tracemalloc peak and GC traffic count them); the
  // super object goes before the call
  const sup = A.call2(T.super, cls, cls);
  let func: PyObject;
  try {
    func = A.getAttr(sup, ID('__init_subclass__'));
  } finally {
    decref(sup);
  }
  try {
    decref(callKw(func, [], kw));
  } finally {
    decref(func);
  }
}

// ------------------------------------------------------------------ dir(), locals()

/**
 * merge_class_dict: the names of `tp`'s dict, then (recursively) of each of its bases', set into `out` with
 * their values (PyDict_Update from the class's __dict__ proxy).  `out` may be a split copy of an instance's
 * dict, whose new names then take slots in the class's shared keys, as in CPython.
 */
function mergeClassDict(out: DictObject, tp: PyType): void {
  const d = tp.tp_dict as DictObject | null;
  if (d !== null) dictForEach(d, (k, v) => dictSetItem(out, k, v));
  for (const b of tp.tp_bases) mergeClassDict(out, b);
}

function defaultDir(o: PyObject): PyObject {
  let out: DictObject;
  if (o.ob_type === T.module) {
    // module_dir: list(self.__dict__)
    const keys: PyObject[] = [];
    dictForEach(o.dict as DictObject, (k) => keys.push(newref(k)));
    return newListFrom(keys);
  }
  if (o instanceof PyType) {
    // type___dir__: a new dict with the names of the class and its bases
    out = newDict();
  } else {
    // object___dir__: a copy of self.__dict__ (reading it makes an instance's dict, from its values or new;
    // a split dict's copy is split) with the names of the class and its bases merged in
    const d = o.ob_type.hasDict ? materializeInstanceDict(o) : (o.dict as DictObject | null);
    out = d !== null ? dictCopy(d) : newDict();
  }
  try {
    mergeClassDict(out, o instanceof PyType ? o : o.ob_type);
    const keys: PyObject[] = [];
    dictForEach(out, (k) => keys.push(newref(k)));
    return newListFrom(keys);
  } finally {
    decref(out);
  }
}

// ------------------------------------------------------------------ iter(callable, sentinel)

class CallIterObject extends PyObject {
  constructor(
    public func: PyObject | null,
    public sentinel: PyObject | null,
  ) {
    super(T.callable_iterator);
  }
}

function callableIter(func: PyObject, sentinel: PyObject): PyObject {
  if (!A.callable(func)) {
    // 3.12's Argument Clinic conversion renamed the parameters in this message (3.13 went back)
    raise(E.TypeError, RT.profile.version === '3.12' ? 'iter(object, sentinel): object must be callable' : 'iter(v, w): v must be callable');
  }
  const it = new CallIterObject(newref(func), newref(sentinel));
  allocObject(it, T.callable_iterator.tp_basicsize);
  RT.gc.track(it);
  return it;
}

// ------------------------------------------------------------------ stdlib modules written in Python

/**
 * Compiled stdlib modules, by version and name. Parsing and compiling are pure (plain-data CodeSpecs, no
 * heap objects: the Materializer makes those per run), so every run of a process shares them, as CPython
 * shares the .pyc files it imports the stdlib from. The first import in a process takes the module's code
 * from the host's store (setStdlibCodeStore: the CLI and the extension read what `npm run build` compiled),
 * or compiles it.
 */
const stdlibCodeCache = new Map<string, { src: string; spec: CodeSpec }>();

/**
 * Compiled stdlib code kept by the host, as CPython keeps .pyc files: `get` returns the CodeSpec that
 * compiling `src` (module `name`, for `version`) gives, or null when it has none for exactly that source.
 */
export interface StdlibCodeStore {
  get(version: PythonVersion, name: string, src: string): CodeSpec | null;
}

let codeStore: StdlibCodeStore | null = null;

/**
 * Where the first import of a stdlib module in this process takes its code from (null: compile it). The code
 * compiled or loaded so far is forgotten.
 */
export function setStdlibCodeStore(store: StdlibCodeStore | null): void {
  codeStore = store;
  stdlibCodeCache.clear();
}

/** The stdlib module `name` compiled for `version`, or the ImportError message when it does not compile. */
function compileStdlib(name: string, src: string, version: PythonVersion): CodeSpec | string {
  const key = `${version}\0${name}`;
  const hit = stdlibCodeCache.get(key);
  if (hit !== undefined && hit.src === src) return hit.spec;
  let spec = codeStore?.get(version, name, src) ?? null;
  if (spec === null) {
    const filename = stdlibFilename(name);
    const parsed = parse(src, { filename, version });
    if (!parsed.ok) return `heapscope stdlib module '${name}' failed to parse: ${formatSyntaxError(parsed.error, version)}`;
    const compiled = compileModule(parsed.module, { filename, version, flags: getProfile(version).codegen, source: src });
    if (!compiled.ok) return `heapscope stdlib module '${name}' failed to compile: ${compiled.error.msg}`;
    spec = compiled.code;
  }
  stdlibCodeCache.set(key, { src, spec });
  return spec;
}

function stdlibFilename(name: string): string {
  return `<heapscope stdlib>/${name.replace(/\./g, '/')}.py`;
}

/**
 * Every bundled stdlib module compiled for `version` (no runtime needed), with its source: what a
 * StdlibCodeStore is built from. Throws if one does not compile.
 */
export function compileStdlibModules(version: PythonVersion): { name: string; src: string; spec: CodeSpec }[] {
  return Object.keys(STDLIB_SOURCES).map((name) => {
    const src = STDLIB_SOURCES[name];
    const spec = compileStdlib(name, src, version);
    if (typeof spec === 'string') throw new Error(spec);
    return { name, src, spec };
  });
}

function execStdlibModule(name: string, src: string): PyObject {
  const mod = newModule(name) as ModuleObject;
  const d = mod.dict as DictObject;
  dictSetStr(RT.modules, name, mod);
  dictSetStr(d, '__builtins__', RT.builtinsModule);
  const filename = stdlibFilename(name);
  const fn = newStr(filename);
  dictSetStr(d, '__file__', fn);
  decref(fn);
  if (STDLIB_PACKAGES.has(name)) {
    const p = newListFrom([]);
    dictSetStr(d, '__path__', p);
    decref(p);
  }
  const pkg = STDLIB_PACKAGES.has(name) ? name : name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
  const pk = newStr(pkg);
  dictSetStr(d, '__package__', pk);
  decref(pk);
  const spec = compileStdlib(name, src, RT.profile.version);
  if (typeof spec === 'string') raise(E.ImportError, spec);
  RT.ext.registerSource(filename, src);
  const mat = new RT.ext.Materializer(fn);
  const code = mat.code(spec);
  incref(d);
  incref(RT.builtinsDict);
  const f = new Frame(code, null, d, RT.builtinsDict, d);
  incref(d);
  try {
    decref(evalFrame(f));
  } catch (e) {
    dictDelItem(RT.modules, probe(name));
    throw e;
  } finally {
    decref(code);
    decref(RT.builtinsDict);
    decref(d);
  }
  // bind the submodule on its parent package
  if (name.includes('.')) {
    const parent = dictGetStr(RT.modules, name.slice(0, name.lastIndexOf('.')));
    if (parent !== null) {
      const short = newStr(name.slice(name.lastIndexOf('.') + 1));
      A.setAttr(parent, short, mod);
      decref(short);
    }
  }
  return mod;
}

export const STDLIB_PACKAGES = new Set<string>();

// ------------------------------------------------------------------ installation

onBootstrap(() => {
  const ty = T.type;
  ty.tp_init = typeInit;
  const tname = (o: PyObject) => (o as PyType).tp_qualname.length > 0 ? (o as PyType).tp_name.slice((o as PyType).tp_name.lastIndexOf('.') + 1) : '';
  defineGetSets(ty, {
    __name__: {
      get: (o) => {
        if (!(o instanceof PyType)) return newStr('?');
        // type_name: a class's ht_name itself; a static type's name is made anew from tp_name
        const ht = heapTypeName(o);
        if (ht !== null) return newref(ht);
        return newStr(o.tp_flags & TPFLAGS.HEAPTYPE ? o.tp_name : tname(o));
      },
      set: (o, v) => {
        const t = o as PyType;
        if (!(t.tp_flags & TPFLAGS.HEAPTYPE)) raise(E.TypeError, `cannot set '__name__' attribute of immutable type '${t.tp_name}'`);
        if (!(v instanceof StrObject)) raise(E.TypeError, `can only assign string to ${t.tp_name}.__name__, not '${v?.ob_type.tp_name}'`);
        t.tp_name = v.value;
        setHeapTypeName(t, 'name', v);
      },
    },
    __qualname__: {
      get: (o) => {
        const ht = heapTypeQualname(o as PyType);
        return ht !== null ? newref(ht) : newStr((o as PyType).tp_qualname);
      },
      set: (o, v) => {
        const t = o as PyType;
        if (!(v instanceof StrObject)) raise(E.TypeError, `can only assign string to ${t.tp_name}.__qualname__, not '${v?.ob_type.tp_name}'`);
        t.tp_qualname = v.value;
        setHeapTypeName(t, 'qualname', v);
      },
    },
    __module__: {
      get: (o) => {
        const t = o as PyType;
        if (t.tp_flags & TPFLAGS.HEAPTYPE) {
          const m = dictGetStr(t.tp_dict as DictObject, '__module__');
          if (m === null) raise(E.AttributeError, '__module__');
          return newref(m);
        }
        // type_module: a builtin type's module is the static _Py_ID(builtins), one object (pickle memoizes it)
        return t.tp_module === 'builtins' ? newref(ID('builtins')) : newStr(t.tp_module);
      },
      set: (o, v) => {
        const t = o as PyType;
        dictSetStr(t.tp_dict as DictObject, '__module__', v ?? None);
        typeModified(t);
      },
    },
    __doc__: {
      get: (o) => {
        const t = o as PyType;
        const d = dictGetStr(t.tp_dict as DictObject, '__doc__');
        if (d === null) return newref(None);
        const g = d.ob_type.tp_descr_get;
        return g !== null ? g(d, null, t) : newref(d);
      },
      set: (o, v) => {
        const t = o as PyType;
        dictSetStr(t.tp_dict as DictObject, '__doc__', v ?? None);
        typeModified(t);
      },
    },
    __dict__: { get: (o) => newMappingProxy((o as PyType).tp_dict!) },
    // the type's own tuples (the same object every time, as CPython does)
    __mro__: {
      get: (o) => {
        const t = o as PyType;
        return newref(t.mroTuple ?? staticTypeTuple(t, 0));
      },
    },
    __bases__: {
      get: (o) => {
        const t = o as PyType;
        return newref(t.basesTuple ?? staticTypeTuple(t, 1));
      },
    },
    __base__: { get: (o) => newref(((o as PyType).tp_base as PyObject | null) ?? None) },
    __basicsize__: { get: (o) => newInt((RT.ext.reportedBasicsize as (t: PyType) => number)(o as PyType)) },
    __dictoffset__: { get: (o) => newInt(layoutOffsets(o as PyType)[0]) },
    __weakrefoffset__: { get: (o) => newInt(layoutOffsets(o as PyType)[1]) },
    __itemsize__: { get: (o) => newInt((o as PyType).tp_itemsize) },
    // Py_TPFLAGS_IS_ABSTRACT (1 << 20) follows __abstractmethods__ (type_set_abstractmethods)
    __flags__: { get: (o) => newInt(reportedFlags(o as PyType, hasInlineValues(o as PyType))) },
    __abstractmethods__: {
      get: (o) => {
        const t = o as PyType;
        const v = t !== T.type ? dictGetStr(t.tp_dict as DictObject, '__abstractmethods__') : null;
        if (v === null) raise(E.AttributeError, '__abstractmethods__');
        return newref(v);
      },
      set: (o, v) => {
        const t = o as PyType;
        if (v === null) dictDelItem(t.tp_dict as DictObject, ID('__abstractmethods__'));
        else dictSetStr(t.tp_dict as DictObject, '__abstractmethods__', v);
        t.isAbstract = v !== null && A.isTrue(v);
        typeModified(t);
      },
    },
    __annotations__: {
      get: (o) => {
        const t = o as PyType;
        const d = t.tp_dict as DictObject;
        let v = dictGetStr(d, '__annotations__');
        if (v === null) {
          if (!(t.tp_flags & TPFLAGS.HEAPTYPE)) raise(E.AttributeError, `type object '${t.tp_name}' has no attribute '__annotations__'`);
          const nd = newDict();
          dictSetStr(d, '__annotations__', nd);
          decref(nd);
          v = nd;
        }
        const g = v.ob_type.tp_descr_get;
        return g !== null ? g(v, null, t) : newref(v);
      },
      set: (o, v) => {
        const t = o as PyType;
        if (v === null) dictDelItem(t.tp_dict as DictObject, ID('__annotations__'));
        else dictSetStr(t.tp_dict as DictObject, '__annotations__', v);
        typeModified(t);
      },
    },
    __text_signature__: { get: () => newref(None) },
  });
  defineMethods(ty, {
    mro: (self) => newListFrom((self as PyType).tp_mro.map((t) => newref(t as PyObject))),
    __subclasses__: (self) => newListFrom(typeSubclasses(self as PyType).map((t) => newref(t as PyObject))),
    // type.__instancecheck__ / __subclasscheck__ are the plain checks (_PyObject_RealIsInstance /
    // _PyObject_RealIsSubclass), never the hooks again (vm/builtins.ts)
    __instancecheck__: (self, a, s, n, kw) => {
      oneArg('type.__instancecheck__', n, kw);
      return newBool(RT.ext.realIsInstance(a[s], self));
    },
    __subclasscheck__: (self, a, s, n, kw) => {
      oneArg('type.__subclasscheck__', n, kw);
      return newBool(RT.ext.realIsSubclass(a[s], self));
    },
    __prepare__: { fn: () => newDict(), kind: 'class' },
    __dir__: (self) => defaultDir(self),
    __sizeof__: (self) => newInt((self as PyType).tp_flags & TPFLAGS.HEAPTYPE ? RT.profile.sizes.type : (self as PyType).tp_basicsize),
    __or__: (self, a, s) => RT.ext.unionOr ? RT.ext.unionOr(self, a[s]) : newref(NotImplemented),
    __ror__: (self, a, s) => RT.ext.unionOr ? RT.ext.unionOr(a[s], self) : newref(NotImplemented),
  });
  // object
  const ob = T.object;
  defineGetSets(ob, {
    __class__: {
      get: (o) => newref(o.ob_type),
      set: (o, v) => {
        if (v === null) raise(E.TypeError, `can't delete __class__ attribute`);
        if (!(v instanceof PyType)) raise(E.TypeError, `__class__ must be set to a class, not '${v.ob_type.tp_name}' object`);
        const old = o.ob_type;
        // object_set_class: (static types are the immutable ones) ModuleType subclasses may swap among themselves
        const modules = isSubtype(v, T.module) && isSubtype(old, T.module);
        if (!modules && (!(old.tp_flags & TPFLAGS.HEAPTYPE) || !(v.tp_flags & TPFLAGS.HEAPTYPE)))
          raise(E.TypeError, `__class__ assignment only supported for mutable types or ModuleType subclasses`);
        if (!compatibleForAssignment(old, v)) raise(E.TypeError, `__class__ assignment: '${v.tp_name}' object layout differs from '${old.tp_name}'`);
        // object_set_class: the new class has other shared keys, so the instance's dict is made first; 3.13
        // also detaches it from values embedded in the object (_PyDict_DetachFromObject: copy_values)
        const d = o.dict as DictObject | null;
        if (d !== null && d.inlineValues) materializeInstanceDict(o);
        detachDictFromObject(o);
        if (v.tp_flags & TPFLAGS.HEAPTYPE) incref(v);
        o.ob_type = v;
        if (old.tp_flags & TPFLAGS.HEAPTYPE) decref(old);
      },
    },
    __doc__: { get: (o) => (o.ob_type === T.object ? newStr('The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n') : newref(None)) },
  });
  defineMethods(ob, {
    __init_subclass__: {
      kind: 'class',
      fn: (self, _a, _s, n, kw) => {
        if (n > 0 || kwCount(kw) > 0) {
          raise(E.TypeError, `${(self as PyType).tp_name}.__init_subclass__() takes no keyword arguments`);
        }
        return newref(None);
      },
    },
    __subclasshook__: { kind: 'class', fn: () => newref(NotImplemented) },
    __dir__: (self) => defaultDir(self),
    __format__: (self, a, s, n) => {
      if (n !== 1) raise(E.TypeError, `object.__format__() takes exactly one argument (${n} given)`);
      const spec = a[s];
      if (!(spec instanceof StrObject)) raise(E.TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
      if (spec.value !== '') raise(E.TypeError, `unsupported format string passed to ${self.ob_type.tp_name}.__format__`);
      return A.str(self);
    },
    __sizeof__: (self) => newInt(self.ob_type.tp_basicsize),
    __reduce_ex__: (self, a, s, n, kw) => {
      oneArg('object.__reduce_ex__', n, kw);
      const protocol = A.indexAsNumber(a[s], E.OverflowError);
      // a class's own __reduce__ wins (object___reduce_ex___impl)
      const reduce = A.lookupAttr(self, ID('__reduce__'));
      if (reduce !== null) {
        const clsReduce = typeLookup(self.ob_type, '__reduce__');
        if (clsReduce !== objectReduceDescr()) {
          try {
            return A.call0(reduce);
          } finally {
            decref(reduce);
          }
        }
        decref(reduce);
      }
      return commonReduce(self, protocol);
    },
    __reduce__: (self, _a, _s, n, kw) => {
      if (n !== 0 || kwCount(kw) > 0) raise(E.TypeError, `object.__reduce__() takes no arguments (${n} given)`);
      return commonReduce(self, 0);
    },
    __getstate__: (self, _a, _s, n, kw) => {
      if (n !== 0 || kwCount(kw) > 0) raise(E.TypeError, `object.__getstate__() takes no arguments (${n} given)`);
      return objectGetstateDefault(self);
    },
  });
  // mappingproxy
  const mp = T.mappingproxy;
  mp.tp_getattro = (o, name) => {
    const r = RT.genericGetAttr(o, name);
    if (r !== null) return r;
    return A.lookupAttr((o as MappingProxyObject).mapping, name as StrObject);
  };
  mp.tp_repr = (o) => newStr(`mappingproxy(${A.reprString((o as MappingProxyObject).mapping)})`);
  mp.tp_str = (o) => A.str((o as MappingProxyObject).mapping);
  mp.mp_subscript = (o, k) => A.getItem((o as MappingProxyObject).mapping, k);
  mp.sq_length = (o) => A.length((o as MappingProxyObject).mapping);
  mp.sq_contains = (o, k) => A.contains((o as MappingProxyObject).mapping, k);
  mp.tp_iter = (o) => A.getIter((o as MappingProxyObject).mapping);
  mp.tp_richcompare = (a, b, op) => A.richCompare((a as MappingProxyObject).mapping, b, op);
  mp.tp_new = (_t, a, s, n) => {
    if (n !== 1) raise(E.TypeError, `mappingproxy() missing required argument 'mapping' (pos 1)`);
    return newMappingProxy(a[s]);
  };
  mp.tp_dealloc = (o) => {
    RT.gc.untrack(o);
    decref((o as MappingProxyObject).mapping);
    freeObject(o, T.mappingproxy.tp_basicsize);
  };
  mp.tp_traverse = (o, visit) => visit((o as MappingProxyObject).mapping);
  defineMethods(mp, {
    // PyObject_CallMethodNoArgs(mapping, name): the method is called unbound, no bound object is made
    keys: (self) => callMethod((self as MappingProxyObject).mapping, 'keys', []),
    values: (self) => callMethod((self as MappingProxyObject).mapping, 'values', []),
    items: (self) => callMethod((self as MappingProxyObject).mapping, 'items', []),
    get: (self, a, s, n) => {
      const m = (self as MappingProxyObject).mapping as DictObject;
      const v = dictGetItem(m, a[s]);
      return v !== null ? newref(v) : newref(n > 1 ? a[s + 1] : None);
    },
    copy: (self) => callMethod((self as MappingProxyObject).mapping, 'copy', []),
  });
  // callable_iterator
  const ci = T.callable_iterator;
  ci.tp_iter = (o) => newref(o);
  ci.tp_iternext = (o) => {
    const c = o as CallIterObject;
    if (c.func === null) return null;
    const r = A.call(c.func, [], 0, 0, null);
    if (A.richCompareBool(r, c.sentinel!, 2)) {
      decref(r);
      const f = c.func;
      const s = c.sentinel;
      c.func = null;
      c.sentinel = null;
      decref(f);
      xdecref(s);
      return null;
    }
    return r;
  };
  ci.tp_dealloc = (o) => {
    const c = o as CallIterObject;
    RT.gc.untrack(c);
    xdecref(c.func);
    xdecref(c.sentinel);
    freeObject(c, T.callable_iterator.tp_basicsize);
  };
  // a sentinel for MATCH_KEYS
  const dummy = new PyObject(T.object);
  registerStatic(dummy);
  assignStaticAddr(dummy, 16);
  RT_EXT.matchDummy = dummy;
  RT_EXT.ellipsis = Ellipsis;
  RT_EXT.runClassBody = runClassBody;
  RT_EXT.callKw = callKw;
  RT_EXT.initSubclass = initSubclass;
  RT_EXT.defaultDir = defaultDir;
  RT_EXT.dirNames = (o: PyObject): string[] | null => {
    const f = typeLookup(o.ob_type, '__dir__');
    const r = f !== null ? RT.ext.callBoundDescr(f, o, [], 0, 0, null) : defaultDir(o);
    try {
      const names = RT.toArrayBorrowed(r).filter((x) => x instanceof StrObject).map((x) => (x as StrObject).value);
      return names.sort();
    } finally {
      decref(r);
    }
  };
  RT_EXT.callableIter = callableIter;
  RT_EXT.execStdlibModule = execStdlibModule;
  RT_EXT.newMappingProxy = newMappingProxy;
  RT_EXT.typeModule = (t: PyType) => typeModuleName(t);
});

export { STDLIB_SOURCES, TupleObject, ListObject };

// ------------------------------------------------------------------ object.__reduce__ / __reduce_ex__ (Objects/typeobject.c)

function objectReduceDescr(): PyObject | null {
  return dictGetStr(T.object.tp_dict as DictObject, '__reduce__');
}

function importCopyreg(): PyObject {
  const name = newStr('copyreg');
  try {
    return RT.ext.importModuleByName(name, None, newInt(0));
  } finally {
    decref(name);
  }
}

/** _common_reduce: copyreg._reduce_ex(obj, proto) below protocol 2, else reduce_newobj. */
function commonReduce(self: PyObject, proto: number): PyObject {
  if (proto >= 2) return reduceNewobj(self);
  const copyreg = importCopyreg();
  try {
    const f = A.getAttrStr(copyreg, '_reduce_ex');
    const p = newInt(proto);
    try {
      return A.call2(f, self, p);
    } finally {
      decref(p);
      decref(f);
    }
  } finally {
    decref(copyreg);
  }
}

/** Call obj's special method `name` (looked up on its type) with no arguments, or null if it has none. */
function callSpecial0(obj: PyObject, name: string): PyObject | null {
  const d = typeLookup(obj.ob_type, name);
  if (d === null) return null;
  return RT.ext.callBoundDescr(d, obj, [], 0, 0, null);
}

/** _PyObject_GetNewArguments: [args tuple | null, kwargs dict | null] from __getnewargs_ex__ / __getnewargs__. */
function getNewArguments(obj: PyObject): [PyObject | null, PyObject | null] {
  const ex = callSpecial0(obj, '__getnewargs_ex__');
  if (ex !== null) {
    try {
      if (!(ex instanceof TupleObject)) raise(E.TypeError, `__getnewargs_ex__ should return a tuple, not '${ex.ob_type.tp_name}'`);
      if (ex.items.length !== 2) raise(E.TypeError, `__getnewargs_ex__ should return a tuple of length 2, not ${ex.items.length}`);
      const [args, kwargs] = ex.items;
      if (!(args instanceof TupleObject))
        raise(E.TypeError, `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${args.ob_type.tp_name}'`);
      if (!(kwargs instanceof DictObject))
        raise(E.TypeError, `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${kwargs.ob_type.tp_name}'`);
      return [newref(args), newref(kwargs)];
    } finally {
      decref(ex);
    }
  }
  const args = callSpecial0(obj, '__getnewargs__');
  if (args !== null && !(args instanceof TupleObject)) {
    const tn = args.ob_type.tp_name;
    decref(args);
    raise(E.TypeError, `__getnewargs__ should return a tuple, not '${tn}'`);
  }
  return [args, null];
}

/**
 * object_getstate_default: the instance __dict__ (None when empty), paired with a dict of the __slots__
 * values that are set, as copyreg._slotnames lists them.  `required` (reduce_newobj without __new__
 * arguments): an object whose C layout holds more than object + dict/weakref pointers + slots cannot be
 * reduced generically.
 */
function objectGetstateDefault(obj: PyObject, required = false): PyObject {
  const tp = obj.ob_type;
  if (required && tp.tp_itemsize) raise(E.TypeError, `cannot pickle ${tp.tp_name} objects`);
  // _PyObject_IsInstanceDictEmpty, else PyObject_GenericGetDict (which makes an instance's dict from its values)
  const d = obj.dict as DictObject | null;
  const state: PyObject = d !== null && d.table.used > 0 ? newref(materializeInstanceDict(obj)!) : newref(None);
  const copyreg = importCopyreg();
  let names: PyObject;
  try {
    const f = A.getAttrStr(copyreg, '_slotnames');
    try {
      names = A.call1(f, obj.ob_type);
    } finally {
      decref(f);
    }
  } catch (e) {
    decref(state);
    throw e;
  } finally {
    decref(copyreg);
  }
  try {
    const items = A.toArray(names);
    if (required) {
      // the dict pointer counts unless it is 3.11's managed dict; a weakref pointer counts where it lies inside
      // the object (static types, 3.11 classes; 3.12+ classes keep it before the object)
      let basic = T.object.tp_basicsize + 8 * items.length;
      if (tp.hasDict && (RT.profile.version !== '3.11' || !(tp.tp_flags & TPFLAGS.MANAGED_DICT))) basic += 8;
      if (supportsWeakrefs(tp) && !(tp.tp_flags & TPFLAGS.MANAGED_WEAKREF)) basic += 8;
      if (tp.tp_basicsize > basic) {
        for (const x of items) decref(x);
        decref(state);
        raise(E.TypeError, `cannot pickle '${tp.tp_name}' object`);
      }
    }
    if (items.length === 0) return state;
    const slots = newDict();
    try {
      for (const name of items) {
        const v = A.lookupAttr(obj, name as StrObject);
        if (v !== null) {
          dictSetItem(slots, name, v);
          decref(v);
        }
      }
    } finally {
      for (const x of items) decref(x);
    }
    if (slots.table.used === 0) {
      decref(slots);
      return state;
    }
    return newTuple([state, slots]);
  } finally {
    decref(names);
  }
}

/** object_getstate: a __getstate__ override is called, object's own gives the default state. */
function objectGetstate(obj: PyObject, required: boolean): PyObject {
  const own = typeLookup(obj.ob_type, '__getstate__');
  if (own !== null && own === dictGetStr(T.object.tp_dict as DictObject, '__getstate__')) return objectGetstateDefault(obj, required);
  const f = A.getAttrStr(obj, '__getstate__');
  try {
    return A.call0(f);
  } finally {
    decref(f);
  }
}

/** reduce_newobj: (copyreg.__newobj__ or __newobj_ex__, args, state, listitems, dictitems) for protocol >= 2. */
function reduceNewobj(obj: PyObject): PyObject {
  if (obj.ob_type.tp_new === null) raise(E.TypeError, `cannot pickle '${obj.ob_type.tp_name}' object`);
  const [args, kwargs] = getNewArguments(obj);
  const items: PyObject[] = [];
  try {
    const copyreg = importCopyreg();
    try {
      const cls = obj.ob_type as PyObject;
      if (kwargs === null || (kwargs as DictObject).table.used === 0) {
        items.push(A.getAttrStr(copyreg, '__newobj__'));
        const rest = args === null ? [] : (args as TupleObject).items;
        items.push(newTuple([newref(cls), ...rest.map((x) => newref(x))]));
      } else {
        items.push(A.getAttrStr(copyreg, '__newobj_ex__'));
        items.push(newTuple([newref(cls), newref(args!), newref(kwargs)]));
      }
    } finally {
      decref(copyreg);
    }
    items.push(objectGetstate(obj, !(args !== null || obj instanceof ListObject || obj instanceof DictObject)));
    // _PyObject_GetItemsIter
    items.push(obj instanceof ListObject ? A.getIter(obj) : newref(None));
    if (obj instanceof DictObject) {
      const its = A.getAttrStr(obj, 'items');
      try {
        const view = A.call0(its);
        try {
          items.push(A.getIter(view));
        } finally {
          decref(view);
        }
      } finally {
        decref(its);
      }
    } else items.push(newref(None));
    return newTuple(items.splice(0));
  } finally {
    for (const x of items) decref(x);
    xdecref(args);
    xdecref(kwargs);
  }
}

// ------------------------------------------------------------------ __class__ assignment

/**
 * compatible_with_tp_base: does `child` lay its instances out as its base does (same sizes, dict and weakref
 * offsets, GC-ness, and a deallocator that is subtype_dealloc or the base's)?
 */
function compatibleWithBase(child: PyType): boolean {
  const parent = child.tp_base;
  if (parent === null) return false;
  const basicsize = RT.ext.reportedBasicsize as (t: PyType) => number;
  const [cd, cw] = layoutOffsets(child);
  const [pd, pw] = layoutOffsets(parent);
  return (
    basicsize(child) === basicsize(parent) &&
    child.tp_itemsize === parent.tp_itemsize &&
    cd === pd &&
    cw === pw &&
    (child.tp_flags & TPFLAGS.HAVE_GC) === (parent.tp_flags & TPFLAGS.HAVE_GC) &&
    (child.tp_dealloc === subtypeDealloc || child.tp_dealloc === parent.tp_dealloc)
  );
}

/**
 * same_slots_added: two classes over the same base that add the same things (a dict pointer, a weakref
 * pointer, equal __slots__ names) and nothing else.
 */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  const basicsize = RT.ext.reportedBasicsize as (t: PyType) => number;
  let size = basicsize(a.tp_base!);
  const [ad, aw] = layoutOffsets(a);
  const [bd, bw] = layoutOffsets(b);
  if (ad === size && bd === size) size += 8;
  if (aw === size && bw === size) size += 8;
  if (!(a.tp_flags & TPFLAGS.HEAPTYPE) || !(b.tp_flags & TPFLAGS.HEAPTYPE)) return false;
  if (hasDeclaredSlots(a) && hasDeclaredSlots(b)) {
    if (a.slotNames.length !== b.slotNames.length || a.slotNames.some((n, i) => n !== b.slotNames[i])) return false;
    size += 8 * a.slotNames.length;
  }
  return size === basicsize(a) && size === basicsize(b);
}

/**
 * compatible_for_assignment(oldto, newto, "__class__"): below the classes that only rename their base, both
 * must be the same type or siblings adding the same slots, and keep their dict / weakref in the pre-header alike
 * (3.11: the managed dict only).
 */
function compatibleForAssignment(oldto: PyType, newto: PyType): boolean {
  let newbase = newto;
  let oldbase = oldto;
  while (compatibleWithBase(newbase)) newbase = newbase.tp_base!;
  while (compatibleWithBase(oldbase)) oldbase = oldbase.tp_base!;
  if (newbase !== oldbase && (newbase.tp_base !== oldbase.tp_base || !sameSlotsAdded(newbase, oldbase))) return false;
  const preheader = TPFLAGS.MANAGED_DICT | (RT.profile.version === '3.11' ? 0 : TPFLAGS.MANAGED_WEAKREF);
  return (oldto.tp_flags & preheader) === (newto.tp_flags & preheader);
}

// ------------------------------------------------------------------ tp_dictoffset / tp_weaklistoffset

/**
 * The builtin types whose instances have a __dict__ or weakref list pointer: [dictoffset, weaklistoffset],
 * measured on 3.11.7 / 3.12.1 / 3.13.0 (identical, except where a per-version triple is given).
 */
const STATIC_OFFSETS: Record<string, [number, number] | [[number, number], [number, number], [number, number]]> = {
  type: [264, 368],
  function: [88, 96],
  module: [16, 40],
  BaseException: [16, 0],
  // a class in CPython, with the weakref list type_new adds (excgroup.ts configureExceptionGroupType)
  ExceptionGroup: [[16, 88], [16, -32], [16, -32]],
  // random.Random (tp_name 'Random'): a class over _random.Random in CPython, managed dict and a weakref list
  Random: [[-2552, 2520], [-1, -32], [-1, -32]],
  classmethod: [24, 0],
  staticmethod: [24, 0],
  code: [0, 144],
  method: [0, 32],
  builtin_function_or_method: [0, 40],
  set: [0, 192],
  frozenset: [0, 192],
  memoryview: [0, 136],
  'types.GenericAlias': [0, 40],
  'types.SimpleNamespace': [16, 0],
  generator: [[0, 24], [0, 16], [0, 16]],
  coroutine: [[0, 24], [0, 16], [0, 16]],
  async_generator: [[0, 24], [0, 16], [0, 16]],
  'collections.OrderedDict': [96, 104],
  'collections.deque': [0, 208],
  'array.array': [0, 48],
  '_struct.Struct': [0, 48],
  'functools.partial': [40, 48],
  'functools._lru_cache_wrapper': [136, 144],
  'itertools._tee': [0, 32],
  '_io._IOBase': [16, 24],
  '_io.StringIO': [[104, 112], [144, 152], [144, 152]],
  '_io.BytesIO': [40, 48],
};

/**
 * CPython's tp_itemsize of the variable-size builtin types (type.__itemsize__; the same on 3.11-3.13): a
 * subclass inherits it, cannot have a weakref or nonempty __slots__, and 3.11 puts its dict pointer at -8.
 * (The engine sizes these objects itself; the field serves the layout rules and what Python reads.)
 */
for (const [tp, n] of [[T.int, 4], [T.bool, 4], [T.tuple, 8], [T.bytes, 1], [T.type, 40], [T.code, 2], [T.frame, 8], [T.generator, 8], [T.coroutine, 8]] as const) {
  tp.tp_itemsize = n;
}

function staticBase(tp: PyType): PyType {
  let t = tp;
  while (t.tp_flags & TPFLAGS.HEAPTYPE && t.tp_base !== null) t = t.tp_base;
  return t;
}

/** [tp_dictoffset, tp_weaklistoffset] of a type (heap types: set by type_new, see setLayoutOffsets). */
function layoutOffsets(tp: PyType): [number, number] {
  if (tp.tp_flags & TPFLAGS.HEAPTYPE) return [tp.tp_dictoffset, tp.tp_weaklistoffset];
  for (let t: PyType | null = tp; t !== null; t = t.tp_base) {
    const v = STATIC_OFFSETS[t.tp_name];
    if (v === undefined) continue;
    if (typeof v[0] === 'number') return v as [number, number];
    const i = RT.profile.version === '3.11' ? 0 : RT.profile.version === '3.12' ? 1 : 2;
    return (v as [number, number][])[i];
  }
  return [0, 0];
}

/**
 * type_new_descriptors: a class adds a __dict__ pointer / weakref list when its base has none (or its
 * __slots__ ask for them).  3.12+ keep both before the object (managed: -1 and -32); 3.11 puts the weakref
 * pointer after the slots and gives the managed dict offset -(end of the object) - 24 (-8 for var-sized bases).
 */
/** add_dict / add_weak of type_new_descriptors for a class over `base` (slots: what its __slots__ name). */
function layoutAdds(base: PyType, slots: { dict: boolean; weak: boolean } | null): { dict: boolean; weak: boolean } {
  const [baseDict, baseWeak] = layoutOffsets(base);
  const varSized = staticBase(base).tp_itemsize !== 0;
  return { dict: baseDict === 0 && (slots === null || slots.dict), weak: baseWeak === 0 && !varSized && (slots === null || slots.weak) };
}
RT_EXT.layoutAdds = layoutAdds;
RT_EXT.layoutOffsets = layoutOffsets;

RT_EXT.setLayoutOffsets = (type: PyType, base: PyType, nOwnSlots: number, slots: { dict: boolean; weak: boolean } | null) => {
  const [baseDict, baseWeak] = layoutOffsets(base);
  const varSized = staticBase(base).tp_itemsize !== 0;
  const { dict: addDict, weak: addWeak } = layoutAdds(base, slots);
  let dict = 0;
  let weak = 0;
  if (RT.profile.version === '3.11') {
    // the C struct size of the base (memory/sizes.ts reportedBasicsize: the engine keeps str's text outside its object)
    const baseSize = (RT.ext.reportedBasicsize as (t: PyType) => number)(base);
    let slotoffset = baseSize + 8 * nOwnSlots;
    if (addWeak) {
      weak = slotoffset;
      slotoffset += 8;
    }
    if (addDict) dict = varSized ? -8 : -slotoffset - 24;
  } else {
    if (addWeak) weak = -32;
    if (addDict) dict = -1;
  }
  type.tp_dictoffset = dict !== 0 ? dict : baseDict;
  type.tp_weaklistoffset = weak !== 0 ? weak : baseWeak;
};
