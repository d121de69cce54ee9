/**
 * Attributes and methods of `type` and `object` (`__name__`, `__qualname__`, `__mro__`, `__dict__`,
 * `mro()`, `__subclasses__()`, `object.__init_subclass__`, `__dir__`, `__format__`, `__class__`...), and the
 * class-creation services: running a class body, __set_name__ and __init_subclass__, plus dir()/locals(),
 * iter(callable, sentinel) and executing the bundled Python standard library modules.
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, incref, decref, xdecref, newref } from './object';
import { T } from './types';
import { None, NotImplemented, Ellipsis, registerStatic, assignStaticAddr } from './singletons';
import { E, raise } from './exceptions';
import { StrObject, newStr, ID, probe } from './str';
import { newInt, newBool } from './numbers';
import { TupleObject, ListObject, newTuple, newListFrom } from './sequences';
import { DictObject, newDict, dictGetStr, dictSetStr, dictGetItem, dictSetItem, dictForEach, dictDelItem } from './dict';
import { FunctionObject, CellObject } from './funcobject';
import { onBootstrap, defineGetSets, defineMethods, typeLookup, isSubtype, typeModuleName, typeModified, makeStatic, instanceDict, InstanceObject } from './typeobject';
import { ModuleObject, newModule } from './core_misc';
import { allocObject, freeObject } from '../memory/heap';
import * as A from '../vm/abstract';
import { RT_EXT } from '../vm/rtext';
import { Frame } from '../vm/frame';
import { evalFrame } from '../vm/eval';
import { kwCount } from '../vm/args';
import { STDLIB_SOURCES } from '../vm/importer';
import { parse, formatSyntaxError } from '../parser/index';
import { compileModule } from '../compiler/index';

// ------------------------------------------------------------------ mappingproxy

class MappingProxyObject extends PyObject {
  constructor(public mapping: PyObject) {
    super(T.mappingproxy);
  }
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
  const d = cls.tp_dict as DictObject;
  const items: [PyObject, PyObject][] = [];
  dictForEach(d, (k, v) => items.push([newref(k), newref(v)]));
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
    for (const [k, v] of items) {
      decref(k);
      decref(v);
    }
  }
  // super(cls, cls).__init_subclass__(**kw)
  const mro = cls.tp_mro;
  for (let i = 1; i < mro.length; i++) {
    const dd = mro[i].tp_dict as DictObject | null;
    const v = dd === null ? null : dictGetStr(dd, '__init_subclass__');
    if (v !== null) {
      const get = v.ob_type.tp_descr_get;
      const bound = get !== null ? get(v, null, cls) : newref(v);
      try {
        decref(callKw(bound, [], kw));
      } finally {
        decref(bound);
      }
      return;
    }
  }
}

// ------------------------------------------------------------------ dir(), locals()

function mergeClassDict(out: DictObject, tp: PyType): void {
  for (const t of tp.tp_mro) {
    const d = t.tp_dict as DictObject | null;
    if (d !== null) dictForEach(d, (k) => dictSetItem(out, k, None));
  }
}

function defaultDir(o: PyObject): PyObject {
  const out = newDict();
  try {
    if (o instanceof PyType) mergeClassDict(out, o);
    else if (o.ob_type === T.module) {
      const d = o.dict as DictObject;
      dictForEach(d, (k) => dictSetItem(out, k, None));
    } else {
      const d = o.dict as DictObject | null;
      if (d !== null) dictForEach(d, (k) => dictSetItem(out, k, None));
      mergeClassDict(out, o.ob_type);
    }
    const keys: PyObject[] = [];
    dictForEach(out, (k) => keys.push(newref(k)));
    return newListFrom(keys);
  } finally {
    decref(out);
  }
}

function localsDict(): PyObject {
  const f = RT.frame;
  if (f === null) return newref(RT.mainModule.dict!);
  if (f.locals !== null) return newref(f.locals);
  // function frame: a fresh snapshot dict of the fast locals (3.11/3.12 semantics; 3.13 PEP 667 similar)
  const d = newDict();
  const names = f.code.spec.co_localsplusnames;
  const kinds = f.code.spec.co_localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let v = f.s[i];
    if (v !== null && kinds[i] & (0x40 | 0x80) && v instanceof CellObject) v = v.ref;
    if (v !== null) {
      const k = newStr(names[i]);
      dictSetItem(d, k, v);
      decref(k);
    }
  }
  return d;
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
  if (!A.callable(func)) raise(E.TypeError, 'iter(v, w): v must be callable');
  const it = new CallIterObject(newref(func), newref(sentinel));
  allocObject(it, T.callable_iterator.tp_basicsize);
  RT.gc.track(it);
  return it;
}

// ------------------------------------------------------------------ stdlib modules written in Python

function execStdlibModule(name: string, src: string): PyObject {
  const mod = newModule(name) as ModuleObject;
  const d = mod.dict as DictObject;
  dictSetStr(RT.modules, name, mod);
  dictSetStr(d, '__builtins__', RT.builtinsModule);
  const filename = `<heapscope stdlib>/${name.replace(/\./g, '/')}.py`;
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
  const version = RT.profile.version;
  const parsed = parse(src, { filename, version });
  if (!parsed.ok) raise(E.ImportError, `heapscope stdlib module '${name}' failed to parse: ${formatSyntaxError(parsed.error, version)}`);
  const compiled = compileModule(parsed.module, { filename, version, flags: RT.profile.codegen, source: src });
  if (!compiled.ok) raise(E.ImportError, `heapscope stdlib module '${name}' failed to compile: ${compiled.error.msg}`);
  RT.ext.registerSource(filename, src);
  const mat = new RT.ext.Materializer(fn);
  const code = mat.code(compiled.code);
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
  const tname = (o: PyObject) => (o as PyType).tp_qualname.length > 0 ? (o as PyType).tp_name.slice((o as PyType).tp_name.lastIndexOf('.') + 1) : '';
  defineGetSets(ty, {
    __name__: {
      get: (o) => newStr(o instanceof PyType ? (o.tp_flags & TPFLAGS.HEAPTYPE ? o.tp_name : tname(o)) : '?'),
      set: (o, v) => {
        const t = o as PyType;
        if (!(t.tp_flags & TPFLAGS.HEAPTYPE)) raise(E.TypeError, `cannot set '__name__' attribute of immutable type '${t.tp_name}'`);
        if (!(v instanceof StrObject)) raise(E.TypeError, `can only assign string to ${t.tp_name}.__name__, not '${v?.ob_type.tp_name}'`);
        t.tp_name = v.value;
      },
    },
    __qualname__: {
      get: (o) => newStr((o as PyType).tp_qualname),
      set: (o, v) => {
        const t = o as PyType;
        if (!(v instanceof StrObject)) raise(E.TypeError, `can only assign string to ${t.tp_name}.__qualname__, not '${v?.ob_type.tp_name}'`);
        t.tp_qualname = v.value;
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
        return newStr(t.tp_module);
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
    __mro__: { get: (o) => newTuple((o as PyType).tp_mro.map((t) => newref(t as PyObject))) },
    __bases__: {
      get: (o) => newTuple((o as PyType).tp_bases.map((t) => newref(t as PyObject))),
    },
    __base__: { get: (o) => newref(((o as PyType).tp_base as PyObject | null) ?? None) },
    __basicsize__: { get: (o) => newInt((o as PyType).tp_basicsize) },
    __itemsize__: { get: (o) => newInt((o as PyType).tp_itemsize) },
    __flags__: { get: (o) => newInt((o as PyType).tp_flags >>> 0) },
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
    __subclasses__: (self) => newListFrom((self as PyType).tp_subclasses.map((t) => newref(t as PyObject))),
    // type.__instancecheck__ is the plain (recursive_isinstance) check, never the hook again
    __instancecheck__: (self, a, s) => {
      const o = a[s];
      if (isSubtype(o.ob_type, self as PyType)) return newBool(true);
      const c = A.lookupAttr(o, ID('__class__'));
      const r = c !== null && c !== o.ob_type && c instanceof PyType && isSubtype(c, self as PyType);
      xdecref(c);
      return newBool(r);
    },
    __subclasscheck__: (self, a, s) => newBool(a[s] instanceof PyType && isSubtype(a[s] as PyType, self as PyType)),
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
        if (!(v instanceof PyType)) raise(E.TypeError, `__class__ must be set to a class, not '${v?.ob_type.tp_name}' object`);
        if (!(o.ob_type.tp_flags & TPFLAGS.HEAPTYPE) || !(v.tp_flags & TPFLAGS.HEAPTYPE))
          raise(E.TypeError, `__class__ assignment only supported for mutable types or ModuleType subclasses`);
        const old = o.ob_type;
        o.ob_type = newref(v);
        decref(old);
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
    __reduce_ex__: () => raise(E.TypeError, 'heapscope: pickling is not supported'),
    __getstate__: (self) => newref(self.dict ?? None),
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
    keys: (self) => A.call(A.getAttrStr((self as MappingProxyObject).mapping, 'keys'), [], 0, 0, null),
    values: (self) => A.call(A.getAttrStr((self as MappingProxyObject).mapping, 'values'), [], 0, 0, null),
    items: (self) => A.call(A.getAttrStr((self as MappingProxyObject).mapping, 'items'), [], 0, 0, null),
    get: (self, a, s, n) => {
      const m = (self as MappingProxyObject).mapping as DictObject;
      const v = dictGetItem(m, a[s]);
      return v !== null ? newref(v) : newref(n > 1 ? a[s + 1] : None);
    },
    copy: (self) => A.call(A.getAttrStr((self as MappingProxyObject).mapping, 'copy'), [], 0, 0, null),
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
  RT_EXT.localsDict = localsDict;
  RT_EXT.callableIter = callableIter;
  RT_EXT.execStdlibModule = execStdlibModule;
  RT_EXT.newMappingProxy = newMappingProxy;
  RT_EXT.typeModule = (t: PyType) => typeModuleName(t);
});

export { STDLIB_SOURCES, TupleObject, ListObject };
