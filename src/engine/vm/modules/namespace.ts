/**
 * types.SimpleNamespace as CPython implements it in C (Objects/namespaceobject.c, _PyNamespace_Type): an
 * object whose attributes live in its ns_dict, made by _PyNamespace_New for the C code that returns one
 * (time.get_clock_info here). basicsize 24 (PyObject_HEAD + ns_dict), GC-tracked, subclassable.
 */
import { PyObject, RT, TPFLAGS, incref, decref, newref, xdecref } from '../../objects/object';
import { T } from '../../objects/types';
import { None, NotImplemented } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { newTuple, TupleObject } from '../../objects/sequences';
import { DictObject, newDict, dictSetItem, dictForEach } from '../../objects/dict';
import { onBootstrap, defineGetSets, defineMethods, genericGetAttr, genericSetAttr, isSubtype } from '../../objects/typeobject';
import { registerWeakrefable } from '../../objects/weakref';
import { CMP } from '../../compiler/opcodes';
import * as A from '../abstract';
import { kwCount } from '../args';
import { nativeType, allocNative, freeNative } from './nativetype';

export const NAMESPACE_TYPE = nativeType('types.SimpleNamespace', 24, TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE);
NAMESPACE_TYPE.hasDict = true;

/** namespace_new: the object and its (empty) ns_dict. */
function namespaceNew(type: typeof NAMESPACE_TYPE): PyObject {
  const ns = new PyObject(type);
  allocNative(ns);
  ns.dict = newDict();
  return ns;
}

/** _PyNamespace_New: a SimpleNamespace with these attributes (values borrowed). New reference. */
export function newNamespace(entries: [string, PyObject][]): PyObject {
  const kwds = newDict();
  try {
    for (const [k, v] of entries) {
      const key = newStr(k);
      dictSetItem(kwds, key, v);
      decref(key);
    }
    const ns = namespaceNew(NAMESPACE_TYPE);
    dictForEach(kwds, (k, v) => dictSetItem(ns.dict as DictObject, k, v));
    return ns;
  } finally {
    decref(kwds);
  }
}

function nsClear(o: PyObject): void {
  const d = o.dict;
  o.dict = null;
  xdecref(d);
}

onBootstrap(() => {
  const nt = NAMESPACE_TYPE;
  registerWeakrefable(nt);
  nt.tp_new = (type) => namespaceNew(type);
  nt.tp_init = (self, a, st, n, kw) => {
    const nkw = kwCount(kw);
    const v313 = RT.profile.versionInfo[1] >= 13;
    if (n > 0 && !v313) raise(E.TypeError, 'no positional arguments expected');
    if (n > 1) raise(E.TypeError, `SimpleNamespace expected at most 1 argument, got ${n}`);
    const d = self.dict as DictObject;
    if (n === 1) {
      // 3.13: SimpleNamespace(mapping_or_iterable, /, **kwargs): dict(arg), keys must be str
      const items = A.call(T.dict, [a[st]], 0, 1, null) as DictObject;
      try {
        dictForEach(items, (k) => {
          // PyArg_ValidateKeywordArguments
          if (!(k instanceof StrObject)) raise(E.TypeError, 'keywords must be strings');
        });
        dictForEach(items, (k, v) => dictSetItem(d, k, v));
      } finally {
        decref(items);
      }
    }
    for (let i = 0; i < nkw; i++) dictSetItem(d, (kw as TupleObject).items[i], a[st + n + i]);
    return 0;
  };
  nt.tp_getattro = genericGetAttr;
  nt.tp_setattro = genericSetAttr;
  nt.tp_traverse = (o, visit) => {
    if (o.dict !== null) visit(o.dict);
  };
  nt.tp_clear = nsClear;
  nt.tp_dealloc = (o) => {
    RT.gc.untrack(o);
    nsClear(o);
    freeNative(o);
  };
  // namespace_repr: "namespace(a=1, b=2)" for the exact type, the class name for subclasses
  nt.tp_repr = (o) => {
    const name = o.ob_type === NAMESPACE_TYPE ? 'namespace' : o.ob_type.tp_name.slice(o.ob_type.tp_name.lastIndexOf('.') + 1);
    if (RT.ext.reprEnter(o)) return newStr(`${name}(...)`);
    const d = newref(o.dict as DictObject);
    try {
      const parts: string[] = [];
      const pairs: [PyObject, PyObject][] = [];
      dictForEach(d, (k, v) => pairs.push([newref(k), newref(v)]));
      try {
        for (const [k, v] of pairs) if (k instanceof StrObject) parts.push(`${k.value}=${A.reprString(v)}`);
      } finally {
        for (const [k, v] of pairs) {
          decref(k);
          decref(v);
        }
      }
      return newStr(`${name}(${parts.join(', ')})`);
    } finally {
      decref(d);
      RT.ext.reprLeave(o);
    }
  };
  // namespace_richcompare: two namespaces compare their dicts
  nt.tp_richcompare = (a, b, op) => {
    if (isSubtype(a.ob_type, NAMESPACE_TYPE) && isSubtype(b.ob_type, NAMESPACE_TYPE) && (op === CMP.EQ || op === CMP.NE))
      return A.richCompare(a.dict!, b.dict!, op);
    return newref(NotImplemented);
  };
  defineGetSets(nt, { __dict__: { get: (o) => newref(o.dict ?? None) } });
  const methods: Parameters<typeof defineMethods>[1] = {
    // namespace_reduce: (type(self), (), self.__dict__)
    __reduce__: (self) => {
      incref(self.ob_type);
      return newTuple([self.ob_type, newTuple([]), newref(self.dict ?? None)]);
    },
  };
  defineMethods(nt, methods);
  // namespace_replace: a new namespace of the same type with self's attributes, then the changes. New in
  // 3.13; 3.11 and 3.12 have it here too (the static type's dict serves every run, and a run must not grow it)
  defineMethods(nt, {
    __replace__: {
      fn: (self, a, st, n, kw) => {
        if (n > 0) raise(E.TypeError, '__replace__() takes no positional arguments');
        const r = A.call(self.ob_type, [], 0, 0, null);
        try {
          const d = r.dict as DictObject;
          dictForEach(self.dict as DictObject, (k, v) => dictSetItem(d, k, v));
          for (let i = 0; i < kwCount(kw); i++) dictSetItem(d, (kw as TupleObject).items[i], a[st + i]);
        } catch (e) {
          decref(r);
          throw e;
        }
        return r;
      },
      doc: 'Return a copy of the namespace object with new values for the specified attributes.',
    },
  });
});

