/**
 * The `_weakref` module (CPython's Modules/_weakref.c) and the runtime wiring of weak references
 * (objects/weakref.ts): the ref type's constructor and attributes, PyObject_ClearWeakRefs as the
 * `clearWeakrefs` service every weakly referenceable type's deallocator calls, `__weakref__` of instances,
 * and `__slots__ = ('__weakref__',)`. The Python-level `weakref` module (WeakValueDictionary, WeakSet,
 * finalize, WeakMethod...) is stdlib/weakref.py on top of this module, as in CPython.
 */
import { PyObject, PyType, RT, PyErr, incref, decref, newref } from '../../objects/object';
import { T } from '../../objects/types';
import { None } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject } from '../../objects/str';
import { newInt } from '../../objects/numbers';
import { newListFrom, type TupleObject } from '../../objects/sequences';
import { DictObject, dictSetStr } from '../../objects/dict';
import { onBootstrap, defineGetSets, defineMethods, registerStaticTypes, typeLookup } from '../../objects/typeobject';
import { newModule } from '../../objects/core_misc';
import { newMethod } from '../../objects/funcobject';
import {
  WEAKREF_TYPES, WeakrefObject, initWeakrefTypes, setWeakrefHooks, clearWeakrefs, markWeakrefSlot, newWeakref,
  newProxy, getWeakrefCount, getWeakrefs, weakrefListHead,
} from '../../objects/weakref';
import { NATIVE_MODULES } from '../importer';
import { RT_EXT } from '../rtext';
import * as A from '../abstract';
import { moduleFn } from './nativetype';

registerStaticTypes(WEAKREF_TYPES.ref, WEAKREF_TYPES.proxy, WEAKREF_TYPES.callableProxy);

function kwCount(kwnames: PyObject | null): number {
  return kwnames === null ? 0 : (kwnames as TupleObject).items.length;
}

/** parse_weakref_init_args: PyArg_UnpackTuple(args, name, 1, 2) after _PyArg_NoKeywords("ref"). */
function parseRefArgs(fname: string, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): [PyObject, PyObject | null] {
  if (kwCount(kwnames) > 0) raise(E.TypeError, 'ref() takes no keyword arguments');
  if (nargs < 1) raise(E.TypeError, `${fname} expected at least 1 argument, got ${nargs}`);
  if (nargs > 2) raise(E.TypeError, `${fname} expected at most 2 arguments, got ${nargs}`);
  return [args[start], nargs > 1 ? args[start + 1] : null];
}

/** _PyObject_LookupSpecial(o, "__name__") as a str, for repr(weakref) (exceptions are swallowed). */
function lookupName(o: PyObject): string | null {
  try {
    const descr = typeLookup(o.ob_type, '__name__');
    let v: PyObject | null = null;
    if (descr !== null) {
      const get = descr.ob_type.tp_descr_get;
      v = get !== null ? get(descr, o, o.ob_type) : newref(descr);
    } else if (o instanceof PyType) {
      v = A.lookupAttr(o, RT.internString('__name__') as StrObject);
    }
    if (v === null) return null;
    const s = v instanceof StrObject ? v.value : null;
    decref(v);
    return s;
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

onBootstrap(() => {
  initWeakrefTypes();
  setWeakrefHooks({
    writeUnraisable: (err: PyErr, obj: PyObject | null) => {
      RT.ext.writeUnraisable(err.exc, 'Exception ignored in: ', obj, 'weakref callback');
      decref(err.exc);
    },
    lookupName,
  });
  RT_EXT.clearWeakrefs = clearWeakrefs;
  RT_EXT.markWeakrefSlot = markWeakrefSlot;
  /** obj.__weakref__: the first weakref of the list or None */
  RT_EXT.firstWeakref = (o: PyObject) => newref(weakrefListHead(o) ?? None);
  const ref = WEAKREF_TYPES.ref;
  ref.tp_new = (type, args, start, nargs, kwnames) => {
    const [ob, cb] = parseRefArgs('__new__', args, start, nargs, kwnames);
    return newWeakref(ob, cb, type);
  };
  ref.tp_init = (_self, args, start, nargs, kwnames) => {
    parseRefArgs('__init__', args, start, nargs, kwnames);
  };
  defineGetSets(ref, {
    __callback__: { get: (o) => newref((o as WeakrefObject).wr_callback ?? None) },
  });
  defineMethods(ref, {
    __class_getitem__: {
      kind: 'class',
      fn: (cls, a, st) => RT.ext.classGetItem(cls as PyType, a[st]),
    },
  });
  for (const tp of [WEAKREF_TYPES.proxy, WEAKREF_TYPES.callableProxy]) {
    tp.tp_hash = null;
  }
  // types.MethodType(function, instance) (method_new), used by weakref.WeakMethod
  if (T.method.tp_new === null) {
    T.method.tp_new = (_type, args, start, nargs, kwnames) => {
      if (kwCount(kwnames) > 0) raise(E.TypeError, 'method() takes no keyword arguments');
      if (nargs !== 2) raise(E.TypeError, `method expected 2 arguments, got ${nargs}`);
      const func = args[start];
      const self = args[start + 1];
      if (!A.callable(func)) raise(E.TypeError, 'first argument must be callable');
      if (self === None) raise(E.TypeError, 'instance must not be None');
      return newMethod(func, self);
    };
  }
});

NATIVE_MODULES._weakref = () => {
  const m = newModule('_weakref');
  const d = m.dict as DictObject;
  const fn = (name: string, f: Parameters<typeof moduleFn>[2]) => moduleFn(m, name, f);
  fn('getweakrefcount', (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, '_weakref.getweakrefcount() takes no keyword arguments');
    if (n !== 1) raise(E.TypeError, `_weakref.getweakrefcount() takes exactly one argument (${n} given)`);
    return newInt(getWeakrefCount(a[st]));
  });
  fn('getweakrefs', (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, '_weakref.getweakrefs() takes no keyword arguments');
    if (n !== 1) raise(E.TypeError, `_weakref.getweakrefs() takes exactly one argument (${n} given)`);
    const refs = getWeakrefs(a[st]);
    for (const r of refs) incref(r);
    return newListFrom(refs);
  });
  fn('proxy', (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'proxy() takes no keyword arguments');
    if (n < 1) raise(E.TypeError, `proxy expected at least 1 argument, got ${n}`);
    if (n > 2) raise(E.TypeError, `proxy expected at most 2 arguments, got ${n}`);
    return newProxy(a[st], n > 1 ? a[st + 1] : null);
  });
  fn('_remove_dead_weakref', (_s, a, st, n) => {
    if (n !== 2) raise(E.TypeError, `_remove_dead_weakref expected 2 arguments, got ${n}`);
    const dct = a[st];
    const key = a[st + 1];
    if (!(dct instanceof DictObject)) raise(E.TypeError, `_remove_dead_weakref() argument 1 must be dict, not ${dct.ob_type.tp_name}`);
    const v = dct.table.get(key);
    if (v !== undefined && v instanceof WeakrefObject && v.wr_object === null) RT.ext.dictDelItemObj?.(dct, key) ?? A.delItem(dct, key);
    return newref(None);
  });
  dictSetStr(d, 'ref', WEAKREF_TYPES.ref);
  dictSetStr(d, 'ReferenceType', WEAKREF_TYPES.ref);
  dictSetStr(d, 'ProxyType', WEAKREF_TYPES.proxy);
  dictSetStr(d, 'CallableProxyType', WEAKREF_TYPES.callableProxy);
  return m;
};
