/**
 * The `_abc` module (CPython's Modules/_abc.c, 3.11 to 3.13): the C half of abc.ABCMeta. stdlib/abc.py's
 * ABCMeta calls these functions, so an ABC costs what it costs in CPython:
 *  - `_abc_init(cls)`: compute_abstract_methods (a frozenset built from `cls.__dict__.items()` and the bases'
 *    `__abstractmethods__`), one `_abc_data` object in `cls._abc_impl`, and the collection flags
 *    (Py_TPFLAGS_SEQUENCE / MAPPING) taken from `__abc_tpflags__`, which is removed from the class dict;
 *  - `_abc_data` (PyObject_HEAD + registry, cache, negative cache, an unsigned long long version: 48 bytes,
 *    a GC type): its three sets are made lazily, by the first add to each (_add_to_weak_set);
 *  - the sets hold weak references to classes, each with a callback, a builtin function `_destroy` whose
 *    self is a weak reference to the set: when a class dies, the callback discards its reference;
 *  - the invalidation counter is a C integer in the module state (get_cache_token makes an int of it).
 * Attribute reads and method calls go through the object protocol as the C code does (PyObject_GetAttr on
 * the class, hence bound methods for __subclasscheck__ / __subclasshook__ / __subclasses__).
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, incref, decref, xdecref, newref } from '../../objects/object';
import { T } from '../../objects/types';
import { None, True, False, NotImplemented } from '../../objects/singletons';
import { E, raise, excMatches } from '../../objects/exceptions';
import { ID, newStr, StrObject } from '../../objects/str';
import { newInt } from '../../objects/numbers';
import { TupleObject, ListObject, newTuple } from '../../objects/sequences';
import { DictObject, dictGetStr, dictSetStr, dictDelItem } from '../../objects/dict';
import { SetObject, newSet, setAddKey, setUpdateFrom } from '../../objects/core_set';
import { BuiltinFunctionObject, type MethFn } from '../../objects/funcobject';
import { onBootstrap, typeDict, typeLookup, staticStr } from '../../objects/typeobject';
import { callMethod, isAbstractObject } from '../../objects/core_func';
import { newWeakref, WeakrefObject } from '../../objects/weakref';
import { newModule } from '../../objects/core_misc';
import { TPF, inheritedBits } from '../../objects/typeflags';
import { RT_EXT } from '../rtext';
import { allocObject } from '../../memory/heap';
import { NATIVE_MODULES } from '../importer';
import { isSubclassOf } from '../builtins';
import * as A from '../abstract';
import { noArgs, oneArg, posArgs } from '../args';
import { nativeType, allocNative, freeNative, moduleFn } from './nativetype';

/** _abc._abc_data: a heap type of the module in CPython; sizeof(_abc_data) = 48 on every version. */
export const ABC_DATA_TYPE = nativeType('_abc._abc_data', 48, TPFLAGS.HAVE_GC);

class AbcDataObject extends PyObject {
  registry: SetObject | null = null;
  cache: SetObject | null = null;
  negativeCache: SetObject | null = null;
  /** _abc_negative_cache_version: the counter when the negative cache was last valid */
  negativeVersion = 0;
  /** the registrations seen (state.registrations) when the negative cache was last valid */
  negativeEpoch = 0;
}

/**
 * The module state: abc_invalidation_counter (one per module object, as _abcmodule_state). `counter` is
 * CPython's (what get_cache_token shows); `registrations` counts every registration of this run, start-up
 * modules' included, and decides when a negative cache is stale, as each registration does in CPython.
 */
interface AbcState {
  counter: number;
  registrations: number;
}

/**
 * abc.get_cache_token() when a program starts: the registrations CPython's start-up made (io's and
 * _collections_abc's), measured with `python3.X -s -c "import abc; print(abc.get_cache_token())"` on 3.11.7,
 * 3.12.1 and 3.13.0.
 */
const STARTUP_TOKEN: Record<string, number> = { '3.11': 23, '3.12': 23, '3.13': 24 };

/** heapscope's modules that stand for CPython start-up modules of another name */
const STARTUP_STAND_INS = new Set(['collections.abc']);

/**
 * Is this registration made by the body of a module CPython's start-up already ran (heapscope materialises
 * abc, io, collections.abc... when the program first imports them)? STARTUP_TOKEN counts it already. The
 * innermost module-level frame decides: a program's own registration runs under __main__'s.
 */
function startupRegistration(): boolean {
  for (let f = RT.frame; f !== null; f = f.back) {
    if (f.code.spec.co_name !== '<module>') continue;
    const name = dictGetStr(f.globals, '__name__');
    if (!(name instanceof StrObject) || name.value === '__main__') return false;
    return RT.profile.startupSysModules.includes(name.value) || STARTUP_STAND_INS.has(name.value);
  }
  return false;
}

/** Each run's module state (abc_data_new reads it through the type, _PyType_GetModuleState). */
const STATES = new WeakMap<object, AbcState>();

const COLLECTION_FLAGS = TPF.SEQUENCE | TPF.MAPPING;

/** abc_data_new: tp_alloc (a tracked GC object holding a reference to its heap type), empty sets. */
function abcDataNew(type: PyType, state: AbcState): AbcDataObject {
  const o = new AbcDataObject(type);
  incref(type);
  allocNative(o);
  o.negativeVersion = state.counter;
  o.negativeEpoch = state.registrations;
  return o;
}

/** abc_data_clear: the sets are released registry first. */
function abcDataClear(o: PyObject): void {
  const d = o as AbcDataObject;
  const r = d.registry;
  d.registry = null;
  xdecref(r);
  const c = d.cache;
  d.cache = null;
  xdecref(c);
  const n = d.negativeCache;
  d.negativeCache = null;
  xdecref(n);
}

onBootstrap(() => {
  // MATCH_SEQUENCE / MATCH_MAPPING read Py_TPFLAGS_SEQUENCE / MAPPING: a class has them from its bases,
  // from __abc_tpflags__ (_abc_init) or from a registration (set_collection_flag_recursive)
  RT_EXT.isSequenceForMatch = (o: PyObject) => (inheritedBits(o.ob_type) & TPF.SEQUENCE) !== 0;
  RT_EXT.isMappingForMatch = (o: PyObject) => (inheritedBits(o.ob_type) & TPF.MAPPING) !== 0;
  const dt = ABC_DATA_TYPE;
  // a heap type in CPython (PyType_FromModuleAndSpec): __module__ lives in the type's dict
  dictSetStr(typeDict(dt), '__module__', staticStr('_abc'));
  dt.tp_doc = 'Internal state held by ABC machinery.';
  dt.tp_traverse = (o, visit) => {
    const d = o as AbcDataObject;
    visit(o.ob_type);
    if (d.registry !== null) visit(d.registry);
    if (d.cache !== null) visit(d.cache);
    if (d.negativeCache !== null) visit(d.negativeCache);
  };
  dt.tp_new = (type) => {
    const state = STATES.get(RT);
    if (state === undefined) raise(E.SystemError, '_abc module state is missing');
    return abcDataNew(type, state);
  };
  dt.tp_clear = abcDataClear;
  dt.tp_dealloc = (o) => {
    const tp = o.ob_type;
    RT.gc.untrack(o);
    abcDataClear(o);
    freeNative(o);
    decref(tp);
  };
});

/** _get_impl: `self._abc_impl`, which must be an _abc_data. New reference. */
function getImpl(self: PyObject): AbcDataObject {
  const impl = A.getAttr(self, ID('_abc_impl'));
  if (impl.ob_type !== ABC_DATA_TYPE) {
    decref(impl);
    raise(E.TypeError, '_abc_impl is set to a wrong type');
  }
  return impl as AbcDataObject;
}

/** PyWeakref_NewRef(obj, NULL), or null when obj is not weakly referenceable (the TypeError cleared). */
function tryWeakref(obj: PyObject): WeakrefObject | null {
  try {
    return newWeakref(obj, null);
  } catch (e) {
    if (e instanceof PyErr && excMatches(e.exc, E.TypeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** _in_weak_set: a temporary weak reference to obj looked up in the set (none for an empty set). */
function inWeakSet(set: SetObject | null, obj: PyObject): boolean {
  if (set === null || set.table.used === 0) return false;
  const ref = tryWeakref(obj);
  if (ref === null) return false;
  try {
    return A.contains(set, ref);
  } finally {
    decref(ref);
  }
}

/** _destroy(setweakref, objweakref): the callback of a set's weak references; discards the dead one. */
const destroy: MethFn = (self, a, st) => {
  const set = (self as WeakrefObject).wr_object;
  if (set === null || set === None) return newref(None);
  incref(set);
  try {
    callMethod(set, 'discard', [a[st]]);
  } finally {
    decref(set);
  }
  return newref(None);
};

/**
 * _add_to_weak_set: the set on first use, a weak reference to the set (the basic one, shared), the callback
 * (PyCFunction_NewEx(&_destroy_def, wr, NULL): a GC-tracked builtin bound to that reference), the weak
 * reference to obj with that callback, added to the set.
 */
function addToWeakSet(d: AbcDataObject, which: 'registry' | 'cache' | 'negativeCache', obj: PyObject): void {
  let set = d[which];
  if (set === null) {
    set = newSet();
    d[which] = set;
  }
  const wr = newWeakref(set, null);
  const cb = new BuiltinFunctionObject('_destroy', destroy, newref(wr), null);
  allocObject(cb, T.builtin_function_or_method.tp_basicsize);
  RT.gc.track(cb);
  let ref: WeakrefObject;
  try {
    ref = newWeakref(obj, cb);
  } finally {
    decref(cb);
  }
  try {
    setAddKey(set, ref);
  } finally {
    decref(wr);
    decref(ref);
  }
}

/**
 * compute_abstract_methods: the names of `self.__dict__.items()` (PyMapping_Items on the mappingproxy: its
 * items() view made into a list) whose values are abstract, then the names of each base's
 * `__abstractmethods__` whose value on self is still abstract; stored as self.__abstractmethods__.
 */
function computeAbstractMethods(self: PyObject): void {
  const abstracts = newSet(T.frozenset);
  let ns: PyObject | null = null;
  let items: PyObject | null = null;
  let bases: PyObject | null = null;
  try {
    ns = A.getAttr(self, ID('__dict__'));
    items = mappingItems(ns);
    const list = items as ListObject;
    for (let pos = 0; pos < list.items.length; pos++) {
      const it = list.items[pos];
      if (!(it instanceof TupleObject) && !(it instanceof ListObject)) raise(E.TypeError, 'items() returned non-iterable');
      incref(it);
      try {
        if (it.items.length !== 2) raise(E.TypeError, 'items() returned item which size is not 2');
        const key = newref(it.items[0]);
        try {
          if (isAbstractObject(it.items[1])) setAddKey(abstracts, key);
        } finally {
          decref(key);
        }
      } finally {
        decref(it);
      }
    }
    bases = A.getAttr(self, ID('__bases__'));
    if (!(bases instanceof TupleObject)) raise(E.TypeError, '__bases__ is not tuple');
    for (let pos = 0; pos < bases.items.length; pos++) {
      const baseAbstracts = lookupAbstractMethods(bases.items[pos]);
      if (baseAbstracts === null) continue;
      let iter: PyObject;
      try {
        iter = A.getIter(baseAbstracts);
      } finally {
        decref(baseAbstracts);
      }
      try {
        for (let key = A.iterNext(iter); key !== null; key = A.iterNext(iter)) {
          try {
            const value = A.lookupAttr(self, key as StrObject);
            if (value === null) continue;
            let abstract: boolean;
            try {
              abstract = isAbstractObject(value);
            } finally {
              decref(value);
            }
            if (abstract) setAddKey(abstracts, key);
          } finally {
            decref(key);
          }
        }
      } finally {
        decref(iter);
      }
    }
    A.setAttr(self, ID('__abstractmethods__'), abstracts);
  } finally {
    decref(abstracts);
    xdecref(ns);
    xdecref(items);
    xdecref(bases);
  }
}

/**
 * _PyObject_LookupAttr(base, "__abstractmethods__"). On a class the attribute is type's getset, which raises
 * AttributeError when the class dict has none: 3.11 sets that error unnormalized (PyErr_SetObject with a
 * str) and clears it, so no exception object is made; 3.12+ makes one (the lookup runs as it is).
 */
function lookupAbstractMethods(base: PyObject): PyObject | null {
  if (RT.profile.version === '3.11' && base instanceof PyType && base !== T.type) {
    const descr = typeLookup(base.ob_type, '__abstractmethods__');
    if (descr !== null && descr === dictGetStr(typeDict(T.type), '__abstractmethods__')) {
      const v = dictGetStr(typeDict(base), '__abstractmethods__');
      return v === null ? null : newref(v);
    }
  }
  return A.lookupAttr(base, ID('__abstractmethods__'));
}

/** PyMapping_Items: an exact dict's items list, else list(o.items()) (method_output_as_list). */
function mappingItems(o: PyObject): PyObject {
  if (o.ob_type === T.dict) return callMethod(o, 'items', []);
  const out = callMethod(o, 'items', []);
  if (out.ob_type === T.list) return out;
  let it: PyObject;
  try {
    it = A.getIter(out);
  } finally {
    decref(out);
  }
  try {
    return RT.ext.sequenceList(it) as PyObject;
  } finally {
    decref(it);
  }
}

/** set_collection_flag_recursive: a registered class (and its subclasses) becomes a sequence / mapping. */
function setCollectionFlagRecursive(child: PyType, flag: number): void {
  if (!(child.tp_flags & TPFLAGS.HEAPTYPE) || (child.tp_flags & COLLECTION_FLAGS) === flag) return;
  child.tp_flags = (child.tp_flags & ~COLLECTION_FLAGS) | flag;
  const sub = callMethod(child, '__subclasses__', []) as ListObject;
  try {
    for (const g of sub.items) setCollectionFlagRecursive(g as PyType, flag);
  } finally {
    decref(sub);
  }
}

/** _abc__abc_subclasscheck_impl's step 5 (subclasscheck_check_registry): a snapshot of the registry. */
function checkRegistry(impl: AbcDataObject, subclass: PyObject): boolean {
  if (inWeakSet(impl.registry, subclass)) return true;
  const reg = impl.registry;
  if (reg === null || reg.table.used === 0) return false;
  // the C code copies the references into a PyMem_Malloc array (weakref callbacks may change the set)
  const n = reg.table.used;
  const addr = RT.heap.malloc(8 * n);
  const copy: PyObject[] = [];
  for (let i = reg.table.nextIndex(0); i >= 0; i = reg.table.nextIndex(i + 1)) copy.push(newref(reg.table.keyAt(i)));
  try {
    for (const r of copy) {
      const rkey = (r as WeakrefObject).wr_object;
      if (rkey === null || rkey === None) continue;
      incref(rkey);
      let ok: boolean;
      try {
        ok = isSubclassOf(subclass, rkey);
      } finally {
        decref(rkey);
      }
      if (ok) {
        addToWeakSet(impl, 'cache', subclass);
        return true;
      }
    }
    return false;
  } finally {
    for (const r of copy) decref(r);
    RT.heap.free(addr, 8 * n);
  }
}

/** self.name(arg) through PyObject_GetAttr (a class: a bound method). New reference. */
function callAttr(self: PyObject, name: string | StrObject, args: PyObject[]): PyObject {
  const f = A.getAttr(self, typeof name === 'string' ? ID(name) : name);
  try {
    return A.call(f, args, 0, args.length, null);
  } finally {
    decref(f);
  }
}

function subclassCheck(state: AbcState, self: PyObject, subclass: PyObject): boolean {
  if (!(subclass instanceof PyType)) raise(E.TypeError, 'issubclass() arg 1 must be a class');
  const impl = getImpl(self);
  try {
    // 1. the positive cache
    if (inWeakSet(impl.cache, subclass)) return true;
    // 2. the negative cache, cleared when a registration made it stale
    if (impl.negativeEpoch < state.registrations) {
      if (impl.negativeCache !== null) callMethod(impl.negativeCache, 'clear', []);
      impl.negativeVersion = state.counter;
      impl.negativeEpoch = state.registrations;
    } else if (inWeakSet(impl.negativeCache, subclass)) return false;
    // 3. the subclass hook
    const ok = callAttr(self, '__subclasshook__', [subclass]);
    decref(ok);
    if (ok === True) {
      addToWeakSet(impl, 'cache', subclass);
      return true;
    }
    if (ok === False) {
      addToWeakSet(impl, 'negativeCache', subclass);
      return false;
    }
    if (ok !== NotImplemented) raise(E.AssertionError, '__subclasshook__ must return either False, True, or NotImplemented');
    // 4. a direct subclass
    if (subclass.tp_mro.includes(self as PyType)) {
      addToWeakSet(impl, 'cache', subclass);
      return true;
    }
    // 5. a subclass of a registered class
    if (checkRegistry(impl, subclass)) return true;
    // 6. a subclass of a subclass
    // PyObject_CallMethod(self, "__subclasses__", NULL): PyObject_GetAttrString makes a new str for the name,
    // which the type attribute cache then keeps
    const name = newStr('__subclasses__');
    let subclasses: PyObject;
    try {
      subclasses = callAttr(self, name, []);
    } finally {
      decref(name);
    }
    try {
      if (!(subclasses instanceof ListObject)) raise(E.TypeError, '__subclasses__() must return a list');
      for (let pos = 0; pos < subclasses.items.length; pos++) {
        const scls = newref(subclasses.items[pos]);
        let r: boolean;
        try {
          r = isSubclassOf(subclass, scls);
        } finally {
          decref(scls);
        }
        if (r) {
          addToWeakSet(impl, 'cache', subclass);
          return true;
        }
      }
    } finally {
      decref(subclasses);
    }
    addToWeakSet(impl, 'negativeCache', subclass);
    return false;
  } finally {
    decref(impl);
  }
}

function instanceCheck(state: AbcState, self: PyObject, instance: PyObject): PyObject {
  const impl = getImpl(self);
  let subclass: PyObject | null = null;
  try {
    subclass = A.getAttr(instance, ID('__class__'));
    if (inWeakSet(impl.cache, subclass)) return newref(True);
    const subtype = instance.ob_type;
    if (subtype === subclass) {
      if (impl.negativeEpoch === state.registrations && inWeakSet(impl.negativeCache, subclass)) return newref(False);
      return callAttr(self, '__subclasscheck__', [subclass]);
    }
    const result = callAttr(self, '__subclasscheck__', [subclass]);
    let truth: boolean;
    try {
      truth = A.isTrue(result);
    } catch (e) {
      decref(result);
      throw e;
    }
    if (truth) return result;
    decref(result);
    return callAttr(self, '__subclasscheck__', [subtype]);
  } finally {
    decref(impl);
    xdecref(subclass);
  }
}

NATIVE_MODULES._abc = () => {
  const m = newModule('_abc');
  const d = m.dict as DictObject;
  const doc = newStr('Module contains faster C implementation of abc.ABCMeta');
  dictSetStr(d, '__doc__', doc);
  decref(doc);
  const state: AbcState = { counter: STARTUP_TOKEN[RT.profile.version], registrations: 0 };
  STATES.set(RT, state);
  moduleFn(m, 'get_cache_token', (_m, _a, _s, n, kw) => {
    noArgs('_abc.get_cache_token', n, kw);
    return newInt(state.counter);
  });
  moduleFn(m, '_abc_init', (_m, a, s, n, kw) => {
    oneArg('_abc._abc_init', n, kw);
    const self = a[s];
    computeAbstractMethods(self);
    const data = abcDataNew(ABC_DATA_TYPE, state);
    try {
      A.setAttr(self, ID('_abc_impl'), data);
    } finally {
      decref(data);
    }
    if (self instanceof PyType) {
      const dict = typeDict(self);
      const flags = dictGetStr(dict, '__abc_tpflags__');
      if (flags !== null) {
        if (flags.ob_type === T.int) {
          const val = Number(A.indexValue(flags));
          if ((val & COLLECTION_FLAGS) === COLLECTION_FLAGS)
            raise(E.TypeError, '__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
          self.tp_flags |= val & COLLECTION_FLAGS;
        }
        dictDelItem(dict, ID('__abc_tpflags__'));
      }
    }
    return newref(None);
  });
  moduleFn(m, '_reset_registry', (_m, a, s, n, kw) => {
    oneArg('_abc._reset_registry', n, kw);
    const impl = getImpl(a[s]);
    try {
      if (impl.registry !== null) callMethod(impl.registry, 'clear', []);
    } finally {
      decref(impl);
    }
    return newref(None);
  });
  moduleFn(m, '_reset_caches', (_m, a, s, n, kw) => {
    oneArg('_abc._reset_caches', n, kw);
    const impl = getImpl(a[s]);
    try {
      if (impl.cache !== null) callMethod(impl.cache, 'clear', []);
      if (impl.negativeCache !== null) callMethod(impl.negativeCache, 'clear', []);
    } finally {
      decref(impl);
    }
    return newref(None);
  });
  moduleFn(m, '_get_dump', (_m, a, s, n, kw) => {
    oneArg('_abc._get_dump', n, kw);
    const impl = getImpl(a[s]);
    try {
      // Py_BuildValue("NNNK"): shallow copies (PySet_New) of the three sets and the version
      const copy = (x: SetObject | null): PyObject => {
        const c = newSet();
        if (x !== null) setUpdateFrom(c, x);
        return c;
      };
      const items = [copy(impl.registry), copy(impl.cache), copy(impl.negativeCache), newInt(impl.negativeVersion)];
      return newTuple(items);
    } finally {
      decref(impl);
    }
  });
  moduleFn(m, '_abc_register', (_m, a, s, n, kw) => {
    posArgs('_abc_register', n, kw, 2, 2);
    const self = a[s];
    const subclass = a[s + 1];
    if (!(subclass instanceof PyType)) raise(E.TypeError, 'Can only register classes');
    if (isSubclassOf(subclass, self)) return newref(subclass);
    // test for cycles after "already a subclass": X.register(X) is a no-op
    if (isSubclassOf(self, subclass)) raise(E.RuntimeError, 'Refusing to create an inheritance cycle');
    const impl = getImpl(self);
    try {
      addToWeakSet(impl, 'registry', subclass);
    } finally {
      decref(impl);
    }
    // invalidate the negative caches
    if (!startupRegistration()) state.counter++;
    state.registrations++;
    if (self instanceof PyType) {
      const flag = self.tp_flags & COLLECTION_FLAGS;
      if (flag) setCollectionFlagRecursive(subclass, flag);
    }
    return newref(subclass);
  });
  moduleFn(m, '_abc_instancecheck', (_m, a, s, n, kw) => {
    posArgs('_abc_instancecheck', n, kw, 2, 2);
    return instanceCheck(state, a[s], a[s + 1]);
  });
  moduleFn(m, '_abc_subclasscheck', (_m, a, s, n, kw) => {
    posArgs('_abc_subclasscheck', n, kw, 2, 2);
    return newref(subclassCheck(state, a[s], a[s + 1]) ? True : False);
  });
  return m;
};
