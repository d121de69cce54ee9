/**
 * Type machinery (CPython's Objects/typeobject.c):
 *   - attribute lookup along the MRO (_PyType_Lookup) with a per-type cache invalidated on mutation;
 *   - PyObject_GenericGetAttr / GenericSetAttr for instances, type_getattro / type_setattro for classes;
 *   - C3 linearisation (mro_internal), best_base, class creation (type_new) with __slots__, __classcell__,
 *     __set_name__ and __init_subclass__;
 *   - slotdefs: the table pairing C slots with dunder names. It is used both ways: a builtin type's slots are
 *     exposed as wrapper descriptors in its dict (int.__add__, object.__init__), and a class that defines a
 *     dunder gets a slot function that calls it (update_slot / slot_tp_repr ...).
 */
import {
  PyObject, PyType, RT, TPFLAGS, PyErr, incref, decref, xdecref, newref, GCK_OTHER, rcWatchers, rcTouched,
  IMMORTAL_REFCNT_STORED, decodeAddr, type BinaryFunc, type UnaryFunc,
} from './object';
import { T, T_EXTRA } from './types';
import { None, NotImplemented, registerStatic, assignStaticAddr, IntObject, True, False } from './singletons';
import { E, raise, excMatches, EXCEPTION_TYPES } from './exceptions';
import { StrObject, ID, probe, newStr, staticId, intern } from './str';
import { typeCacheLookup, typeCacheEntry, typeCacheRemember } from './typecache';
import {
  DictObject, dictGetItem, dictSetItem, dictSetEmbeddedValue, dictDelItem, dictGetStr, dictSetStr, dictForEach, newDict, newInstanceValues,
  allocValuesArray, valuesArraySize, newSplitDict,
} from './dict';
import { SharedKeysModel } from './dicttable';
import { addSubclass, removeSubclass, typeSubclasses } from './subclasses';
import { TupleObject, newTuple, newListFrom } from './sequences';
import {
  type CodeObject, FunctionObject, MethodDescrObject, WrapperDescrObject, GetSetDescrObject, MemberDescrObject,
  StaticMethodObject, BuiltinFunctionObject, type MethFn,
} from './funcobject';
import { allocObject, freeObject, allocContainerObject, freeContainerObject } from '../memory/heap';
import { CMP } from '../compiler/opcodes';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code';
import type { PyHash } from '../lib/pyhash';
import { hashPointer, PyHash as PyHashRec } from '../lib/pyhash';
import { cpCompare } from '../lib/pystr';
import { utf8Length } from '../lib/codecs';
import { UnicodeWriter } from '../vm/modules/unicodewriter';
import { classFlags, TPF } from './typeflags';
import { tpCallTuple, tpCallDict } from '../vm/callconv';

/** Instances of classes (heap types whose layout is plain object + optional slots). */
export class InstanceObject extends PyObject {
  slots: (PyObject | null)[];
  /** 3.13: bytes of the attribute values embedded after the object (_PyInlineValuesSize when allocated) */
  inlineValuesBytes = 0;
  constructor(type: PyType) {
    super(type);
    this.slots = type.nslots > 0 ? new Array(type.nslots).fill(null) : EMPTY_SLOTS;
  }
}
const EMPTY_SLOTS: (PyObject | null)[] = [];

/**
 * The __slots__ values of instances of classes over a builtin base (`class L(list): __slots__ = ('x',)`):
 * such an instance is its base's JS object (ListObject, FloatObject, ExceptionObject...), which has no
 * `slots` field, so its values live here, made at the first store. In CPython they sit in the object after
 * the base's fields (the class's tp_basicsize counts 8 bytes each, which the base's allocation requests).
 */
const baseInstanceSlots = new WeakMap<PyObject, (PyObject | null)[]>();

/**
 * The slot values of `o` in layout order (a base class's slots first, at the indices its member descriptors
 * hold), borrowed; null when `o` has none to show yet (an instance over a builtin base before its first
 * store). With `create`, an array of the class's size is made. Every non-null entry owns a reference.
 */
export function instanceSlots(o: PyObject, create: boolean): (PyObject | null)[] | null {
  if (o instanceof InstanceObject) return o.slots;
  let slots = baseInstanceSlots.get(o);
  if (slots === undefined) {
    if (!create) return null;
    slots = new Array<PyObject | null>(o.ob_type.nslots).fill(null);
    baseInstanceSlots.set(o, slots);
  }
  return slots;
}

/**
 * clear_slots for every class of `o`'s type chain that defines slots, as subtype_dealloc and subtype_clear do:
 * the most derived class's own slots first, each class's in their declared order, up to the first type
 * whose `done(t)` holds (the base with a real tp_dealloc / tp_clear). Each value is unset before its release.
 */
export function clearInstanceSlots(o: PyObject, type: PyType, done: (t: PyType) => boolean): void {
  const slots = instanceSlots(o, false);
  if (slots === null) return;
  for (let t: PyType | null = type; t !== null && !done(t); t = t.tp_base) {
    const own = t.slotNames.length;
    if (own === 0) continue;
    for (let i = t.nslots - own; i < t.nslots; i++) {
      const v = slots[i];
      if (v !== null && v !== undefined) {
        slots[i] = null;
        decref(v);
      }
    }
  }
}

/** Forget the side-table slots of an instance over a builtin base once it is freed (see baseInstanceSlots). */
function dropBaseInstanceSlots(o: PyObject): void {
  if (!(o instanceof InstanceObject)) baseInstanceSlots.delete(o);
}

// ------------------------------------------------------------------ lookup

/**
 * _PyType_Lookup: the attribute `name` along type's MRO, borrowed, or null. The name is the identifier
 * object the engine (or the program's interned constants) has for it: CPython's type attribute cache keeps
 * a reference to it (typecache.ts). Use typeLookupName when the caller has the program's name object.
 */
export function typeLookup(tp: PyType, name: string): PyObject | null {
  const nameObj = staticId(name) ?? (RT as typeof RT | undefined)?.interned.get(name);
  return nameObj !== undefined ? typeLookupName(tp, nameObj) : findInMroCached(tp, name);
}

/** _PyType_Lookup(tp, name) with the program's name object (attribute access, getattr, setattr). Borrowed. */
export function typeLookupName(tp: PyType, name: StrObject): PyObject | null {
  // a hit in the type attribute cache whose entry has the value: no MRO walk
  const hit = typeCacheLookup(tp, name);
  if (hit !== undefined) return hit;
  const entry = typeCacheEntry();
  const res = findInMroCached(tp, name.value);
  if (entry >= 0) typeCacheRemember(tp, name, entry, res);
  return res;
}

/** find_name_in_mro, memoized per type until the type is modified (the values of the type cache). */
function findInMroCached(tp: PyType, name: string): PyObject | null {
  let cache = tp.lookupCache;
  if (cache === null) {
    cache = new Map();
    tp.lookupCache = cache;
  } else {
    const hit = cache.get(name);
    if (hit !== undefined) return hit;
  }
  const key = probe(name);
  const mro = tp.tp_mro;
  let res: PyObject | null = null;
  for (let i = 0; i < mro.length; i++) {
    const d = mro[i].tp_dict as DictObject | null;
    if (d === null) continue;
    const v = d.table.get(key);
    if (v !== undefined) {
      res = v;
      break;
    }
  }
  cache.set(name, res);
  return res;
}

/** Invalidate attribute caches of `tp` and every subclass (type_modified). */
export function typeModified(tp: PyType): void {
  tp.lookupCache = null;
  tp.version++;
  for (const sub of typeSubclasses(tp)) typeModified(sub);
}

export function isSubtype(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.tp_mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

// ------------------------------------------------------------------ generic attribute access

/**
 * The attribute storage of an instance (borrowed): its dict, or the stand-in for values that have no dict
 * object yet (DictObject.inlineValues; allocInstance made it).  With `create`, an instance without either
 * gets its dict now, as CPython's first attribute store does (_PyObjectDict_SetItem; 3.13
 * ensure_nonmanaged_dict): a class with shared keys gets a split dict with a values array of its own
 * (new_dict_with_shared_keys), else a combined dict.  That is also how the instances of a class over a
 * builtin base (`class L(list)`) get theirs: the base's tp_new (list_new, long_subtype_new, dict_new ...)
 * never goes through object_new, so they have no values until their first attribute.
 * Code handing the dict to Python must use materializeInstanceDict instead.
 */
export function instanceDict(o: PyObject, create: boolean): DictObject | null {
  if (o.dict !== null) return o.dict as DictObject;
  if (!create) return null;
  if (!o.ob_type.hasDict) return null;
  const shared = cachedKeys(o.ob_type);
  // new_dict_with_shared_keys: capacity as the shared keys are now
  const d = shared !== null ? newSplitDict(shared, shared.capacity) : newDict();
  o.dict = d;
  return d;
}

/**
 * CACHED_KEYS(tp), made when first needed: the shared keys type_ready_managed_dict gives every heap type with
 * a managed dict (3.11: plain classes and classes over a fixed-size builtin base; 3.12+: every class that
 * adds a __dict__, a variable-size base's too: typeNewFill sets Py_TPFLAGS_MANAGED_DICT accordingly).  A
 * class whose dict pointer lies in the object (3.11 `class I(int)`: tp_dictoffset -8) or comes from its base
 * (exceptions' own dict slot) has none: its instances' dicts are combined.
 */
function cachedKeys(type: PyType): SharedKeysModel | null {
  if (!(type.tp_flags & TPFLAGS.MANAGED_DICT)) return null;
  // a static type standing for a CPython class (random.Random) has the keys its module gave it, if any
  if (!(type.tp_flags & TPFLAGS.HEAPTYPE)) return type.cachedKeys;
  return (type.cachedKeys ??= newCachedKeys());
}

/**
 * Does this class embed its instances' attribute values in the object (3.13 Py_TPFLAGS_INLINE_VALUES,
 * type_ready_managed_dict: a managed dict and nothing in the object beyond PyObject's header)?
 */
export function hasInlineValues(type: PyType): boolean {
  return (
    RT.profile.version === '3.13' &&
    (type.tp_flags & TPFLAGS.MANAGED_DICT) !== 0 &&
    type.tp_itemsize === 0 &&
    type.tp_basicsize === T.object.tp_basicsize
  );
}

/**
 * `obj.__dict__` (PyObject_GenericGetDict): the instance's dict, borrowed, made first if needed.  Values
 * without a dict object get one now (make_dict_from_instance_attributes: a dict from the freelist, split on
 * the class's keys, owning the values array; 3.13: the values stay embedded in the object), tracked when a
 * value may be; the stand-in is dropped.  Null for objects without a `__dict__`.
 */
export function materializeInstanceDict(o: PyObject): DictObject | null {
  // 3.11's PyObject_GenericGetDict makes a combined dict (PyDict_New) for an instance with neither values nor a
  // dict (a class over a builtin base before its first attribute), shared keys or not; 3.12+ make it as the
  // first attribute store would (new_dict_with_shared_keys: ensure_managed_dict on 3.13)
  if (o.dict === null && RT.profile.version === '3.11') {
    if (!o.ob_type.hasDict) return null;
    o.dict = newDict();
    return o.dict as DictObject;
  }
  const cur = instanceDict(o, true);
  if (cur === null || !cur.inlineValues) return cur;
  const d = newDict();
  d.table = cur.table;
  d.table.owner = d;
  d.valuesAddr = cur.valuesAddr;
  d.valuesBytes = cur.valuesBytes;
  d.valuesCapacity = cur.valuesCapacity;
  if (RT.profile.version === '3.13') d.embeddedIn = o;
  let track = false;
  dictForEach(d, (k, v) => {
    if (!track && (RT.gc.mayBeTracked(v) || RT.gc.mayBeTracked(k))) track = true;
  });
  if (track) RT.gc.track(d);
  o.dict = d;
  return d;
}

/**
 * 3.13 _PyDict_DetachFromObject: a split dict using the values embedded in `o` gets a values array of its own
 * (copy_values), before `o` stops owning them (__class__ or __dict__ assignment).
 */
export function detachDictFromObject(o: PyObject): void {
  const d = o.dict as DictObject | null;
  if (d !== null && d.embeddedIn === o && d.table.shared !== null) {
    allocValuesArray(d, d.valuesCapacity);
    d.embeddedIn = null;
    d.table.clearKeepsSplit = false;
  }
}

/**
 * `obj.__dict__ = value` (PyObject_GenericSetDict; `value` borrowed, null = delete).  3.11 / 3.12 find the
 * dict pointer with _PyObject_GetDictPtr, which first makes a dict of values that have none; 3.13
 * (_PyObject_SetManagedDict) drops such values without a dict, and detaches a dict from values embedded in the
 * object.  The old dict is released after the new one is stored.
 */
export function genericSetDict(o: PyObject, value: PyObject | null): void {
  if (value === null) raise(E.TypeError, 'cannot delete __dict__');
  if (!(value instanceof DictObject)) raise(E.TypeError, `__dict__ must be set to a dictionary, not a '${value.ob_type.tp_name}'`);
  const cur = o.dict as DictObject | null;
  if (cur !== null && cur.inlineValues) {
    if (RT.profile.version !== '3.13') materializeInstanceDict(o);
  } else detachDictFromObject(o);
  const old = o.dict;
  o.dict = newref(value);
  xdecref(old);
}

/** PyObject_GenericGetAttr. New reference or null when missing. */
export function genericGetAttr(o: PyObject, name: PyObject): PyObject | null {
  const n = (name as StrObject).value;
  const tp = o.ob_type;
  const descr = typeLookupName(tp, name as StrObject);
  let get = null;
  if (descr !== null) {
    const dt = descr.ob_type;
    get = dt.tp_descr_get;
    if (get !== null && dt.tp_descr_set !== null) return get(descr, o, tp);
  }
  const d = o.dict as DictObject | null;
  if (d !== null) {
    const v = d.table.get(name.ob_type === T.str ? name : probe(n));
    if (v !== undefined) return newref(v);
  }
  if (get !== null) return get(descr!, o, tp);
  if (descr !== null) return newref(descr);
  return null;
}

/** PyObject_GenericSetAttr (value null = delete). */
export function genericSetAttr(o: PyObject, name: PyObject, value: PyObject | null): void {
  const n = (name as StrObject).value;
  const tp = o.ob_type;
  const descr = typeLookupName(tp, name as StrObject);
  if (descr !== null) {
    const set = descr.ob_type.tp_descr_set;
    if (set !== null) {
      set(descr, o, value);
      return;
    }
  }
  let d = instanceDict(o, value !== null);
  if (d !== null && d.inlineValues) {
    // _PyObject_StoreInstanceAttribute: the name goes into the class's shared keys (insert_into_dictkeys, even
    // for a deletion); a non-str name or full shared keys make the dict first, which then takes the change
    const shared = d.table.shared!;
    if (name.ob_type !== T.str || shared.indexOf(n, true, name) < 0) d = materializeInstanceDict(o)!;
    else {
      if (shared.lastAdded) incref(name); // the shared keys' reference to a new name
      if (value !== null) {
        // the values array takes the store (no dict object to track); its entry owns no key reference. A trace
        // recorder still compares the name's count, as after the reference the generic store took and dropped
        if (rcWatchers !== 0 && name.rcw > 0 && name.ob_refcnt !== IMMORTAL_REFCNT_STORED) rcTouched(name);
        incref(value);
        const old = d.table.setSplitName(name, value);
        if (old !== undefined) decref(old);
        return;
      }
    }
  }
  if (d === null) {
    if (descr === null) {
      // 3.13 says why, when the type's own setattr is the generic one and it has no __dict__ at all
      if (!tp.hasDict && RT.profile.version === '3.13' && tp.tp_setattro === genericSetAttr) {
        raise(E.AttributeError, `'${tp.tp_name}' object has no attribute '${n}' and no __dict__ for setting new attributes`, { name, obj: o });
      }
      raise(E.AttributeError, `'${tp.tp_name}' object has no attribute '${n}'`, { name, obj: o });
    }
    raise(E.AttributeError, `'${tp.tp_name}' object attribute '${n}' is read-only`);
  }
  if (value === null) {
    if (!dictDelItem(d, name)) raise(E.AttributeError, `'${tp.tp_name}' object has no attribute '${n}'`, { name, obj: o });
  } else if (d.embeddedIn === o && name.ob_type === T.str && d.table.shared !== null && (d.table.shared.usable > 0 || d.table.shared.indexOf(n, false) >= 0)) {
    // 3.13 _PyObject_StoreInstanceAttribute: the values embedded in the object take the store, the dict is not re-tracked
    dictSetEmbeddedValue(d, name, value);
  } else {
    dictSetItem(d, name, value);
  }
}

/** type_getattro: attributes of a class. */
export function typeGetAttr(o: PyObject, name: PyObject): PyObject | null {
  const type = o as PyType;
  const meta = type.ob_type;
  const metaAttr = typeLookupName(meta, name as StrObject);
  let metaGet = null;
  if (metaAttr !== null) {
    metaGet = metaAttr.ob_type.tp_descr_get;
    if (metaGet !== null && metaAttr.ob_type.tp_descr_set !== null) return metaGet(metaAttr, type, meta);
  }
  const attr = typeLookupName(type, name as StrObject);
  if (attr !== null) {
    const g = attr.ob_type.tp_descr_get;
    if (g !== null) return g(attr, null, type);
    return newref(attr);
  }
  if (metaGet !== null) return metaGet(metaAttr!, type, meta);
  if (metaAttr !== null) return newref(metaAttr);
  return null;
}

export function typeSetAttr(o: PyObject, name: PyObject, value: PyObject | null): void {
  const type = o as PyType;
  const n = (name as StrObject).value;
  if (!(type.tp_flags & TPFLAGS.HEAPTYPE)) {
    raise(
      E.TypeError,
      RT.profile.version === '3.11'
        ? `cannot set '${n}' attribute of immutable type '${type.tp_name}'`
        : `cannot set '${n}' attribute of immutable type '${type.tp_name}'`,
    );
  }
  const metaAttr = typeLookupName(type.ob_type, name as StrObject);
  if (metaAttr !== null && metaAttr.ob_type.tp_descr_set !== null) {
    metaAttr.ob_type.tp_descr_set(metaAttr, type, value);
    return;
  }
  const d = type.tp_dict as DictObject;
  const key = name.ob_type === T.str ? internKey(name as StrObject) : name;
  if (value === null) {
    if (!dictDelItem(d, key)) raise(E.AttributeError, `type object '${type.tp_name}' has no attribute '${n}'`);
  } else {
    dictSetItem(d, key, value);
  }
  typeModified(type);
  // 3.12+: a class given its own __call__ no longer has its base's vectorcall (Py_TPFLAGS_HAVE_VECTORCALL)
  if (n === '__call__' && RT.profile.version !== '3.11') type.tp_flags &= ~TPF.HAVE_VECTORCALL;
  if (n.startsWith('__') && n.endsWith('__')) updateSlot(type, n);
}

function internKey(s: StrObject): PyObject {
  return s;
}

// ------------------------------------------------------------------ object and type basics

/**
 * object_repr: PyUnicode_FromFormat("<%U.%U object at %p>", module, qualname, self), or "<%s object at %p>"
 * with tp_name for a builtins type. The format's _PyUnicodeWriter starts with a buffer of strlen(format) + 100
 * characters (min_length) that the result is realloc'd down from; a static type's qualname is a new str
 * (type_qualname), and %s decodes tp_name into a temporary str before copying it.
 */
export function objectRepr(o: PyObject): PyObject {
  const tp = o.ob_type;
  const mod = typeModuleName(tp);
  const qualname = tp.tp_flags & TPFLAGS.HEAPTYPE ? null : newStr(tp.tp_qualname);
  const w = new UnicodeWriter();
  try {
    const addr = `0x${o.addr.toString(16)}`;
    const named = mod !== null && mod !== 'builtins';
    w.minLength = (named ? '<%U.%U object at %p>' : '<%s object at %p>').length + 100;
    w.writeText('<', 1, 127);
    if (named) {
      writeJsText(w, mod);
      w.writeText('.', 1, 127);
      writeJsText(w, tp.tp_qualname);
    } else {
      const name = newStr(tp.tp_name);
      try {
        w.writeStr(name);
      } finally {
        decref(name);
      }
    }
    w.writeText(' object at ', 11, 127);
    w.writeText(addr, addr.length, 127);
    w.overallocate = false;
    w.writeText('>', 1, 127);
    return w.finish();
  } catch (e) {
    w.dealloc();
    throw e;
  } finally {
    if (qualname !== null) decref(qualname);
  }
}

/** Write a JS string into a writer with its code point count and largest code point. */
function writeJsText(w: UnicodeWriter, s: string): void {
  let n = 0;
  let max = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > max) max = c;
    n++;
  }
  w.writeText(s, n, max);
}

export function typeModuleName(tp: PyType): string | null {
  if (tp.tp_flags & TPFLAGS.HEAPTYPE) {
    const m = dictGetStr(tp.tp_dict as DictObject, '__module__');
    if (m !== null && m.ob_type === T.str) return (m as StrObject).value;
    return null;
  }
  return tp.tp_module;
}

export function typeRepr(o: PyObject): PyObject {
  const tp = o as PyType;
  const mod = typeModuleName(tp);
  if (mod !== null && mod !== 'builtins') return newStr(`<class '${mod}.${tp.tp_qualname}'>`);
  return newStr(`<class '${tp.tp_qualname}'>`);
}

const ptrHash = new PyHashRec();
export function objectHash(o: PyObject): PyHash {
  // the stored code, not the `addr` accessor: this load sees objects of every JS class (heap.ts allocObject)
  return hashPointer(decodeAddr(o.addrCode), ptrHash);
}

export function objectRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  switch (op) {
    case CMP.EQ:
      return newref(a === b ? True : NotImplemented);
    case CMP.NE: {
      // object.__ne__ delegates to __eq__ and inverts
      const eqf = a.ob_type.tp_richcompare;
      if (eqf === null) return newref(NotImplemented);
      const r = eqf(a, b, CMP.EQ);
      if (r === NotImplemented) return r;
      const t = RT.isTrue(r);
      decref(r);
      return newref(t ? False : True);
    }
  }
  return newref(NotImplemented);
}

/** object.__new__ */
export function objectNew(type: PyType, _args: PyObject[], _start: number, nargs: number, kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : (kwnames as TupleObject).items.length;
  if (nargs + nkw > 0) {
    if (type.tp_new !== objectNew && type.tp_init === objectInit) {
      raise(E.TypeError, `${type.tp_qualname}() takes no arguments`);
    }
    if (type.tp_new === objectNew && type.tp_init === objectInit) {
      raise(E.TypeError, `${type.tp_qualname}() takes no arguments`);
    }
  }
  if (type.isAbstract) raiseAbstract(type);
  if (type.tp_flags & TPFLAGS.BASE_EXC_SUBCLASS) return RT.newExceptionOfType(type);
  return allocInstance(type);
}

function raiseAbstract(type: PyType): never {
  const am = dictGetStr(type.tp_dict as DictObject, '__abstractmethods__');
  const names = am === null ? [] : RT.toArrayBorrowed(am).map((x) => (x as StrObject).value).sort();
  const n = names.length;
  if (RT.profile.version === '3.11') {
    raise(E.TypeError, `Can't instantiate abstract class ${type.tp_name} with abstract method${n > 1 ? 's' : ''} ${names.join(', ')}`);
  }
  raise(
    E.TypeError,
    `Can't instantiate abstract class ${type.tp_name} without an implementation for abstract method${n > 1 ? 's' : ''} ${names.map((x) => `'${x}'`).join(', ')}`,
  );
}

/**
 * A class's ht_cached_keys (_PyDict_NewKeysForClass: new_keys_object(6, unicode), a PyObject_Malloc block of
 * 768 bytes, which pymalloc hands to the raw allocator): held by the class and by every split dict on them.
 * When the last holder lets go (dictkeys_decref -> free_keys_object) the names' references go, then the block.
 */
export function newCachedKeys(): SharedKeysModel {
  const k = new SharedKeysModel();
  k.refs = 1;
  const addr = RT.heap.malloc(SharedKeysModel.NBYTES);
  k.onRelease = (names) => {
    for (const n of names) decref(n as PyObject);
    RT.heap.free(addr, SharedKeysModel.NBYTES);
  };
  return k;
}

/**
 * object_new's allocation of an instance of a class.  A class with a managed dict gives each instance its
 * attribute values at creation, sized by the class's shared keys, which each such instance shrinks by one
 * spare slot: 3.11 / 3.12 allocate a separate values array after the object (_PyObject_InitializeDict ->
 * init_inline_values); 3.13 embeds them in the object when the class has inline values, sized before the
 * shrink (_PyType_AllocNoTrack + _PyObject_InitInlineValues); other 3.13 classes get a dict at the first
 * attribute store (instanceDict).
 */
export function allocInstance(type: PyType): PyObject {
  const o = new InstanceObject(type);
  incref(type);
  const keys = cachedKeys(type);
  const inline = keys !== null && hasInlineValues(type);
  if (inline) o.inlineValuesBytes = valuesArraySize(keys.capacity);
  allocContainerObject(o, type.tp_basicsize + o.inlineValuesBytes);
  if (type.tp_flags & TPFLAGS.HAVE_GC) RT.gc.trackExact(o, GCK_OTHER);
  if (keys !== null && (inline || RT.profile.version !== '3.13')) {
    const n = keys.onNewInstance();
    const d = newInstanceValues();
    d.table.shared = keys;
    if (inline) {
      d.table.clearKeepsSplit = true;
      d.valuesCapacity = n;
    } else {
      allocValuesArray(d, n);
    }
    o.dict = d;
  }
  return o;
}

export function objectInit(self: PyObject, _args: PyObject[], _start: number, nargs: number, kwnames: PyObject | null): void {
  const nkw = kwnames === null ? 0 : (kwnames as TupleObject).items.length;
  if (nargs + nkw > 0) {
    const type = self.ob_type;
    if (type.tp_init !== objectInit) {
      raise(E.TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (type.tp_new === objectNew) {
      raise(E.TypeError, `${type.tp_qualname}() takes no arguments`);
    }
  }
}

/** type_init: type.__init__(cls, name, bases, dict) checks its arguments only (type_new did the work). */
export function typeInit(_self: PyObject, _args: PyObject[], _start: number, nargs: number, kwnames: PyObject | null): void {
  const nkw = kwnames === null ? 0 : (kwnames as TupleObject).items.length;
  if (nkw > 0 && nargs === 1) raise(E.TypeError, 'type.__init__() takes no keyword arguments');
  if (nargs !== 1 && nargs !== 3) raise(E.TypeError, 'type.__init__() takes 1 or 3 arguments');
}

/** subtype_dealloc: instances of classes. Runs __del__ first (PEP 442), then clears slots and __dict__. */
export function subtypeDealloc(o: PyObject): void {
  const type = o.ob_type;
  if (type.tp_finalize !== null && !(o.gc_flags & 2)) {
    // resurrect temporarily while __del__ runs
    o.ob_refcnt = 1;
    o.gc_flags |= 2;
    try {
      type.tp_finalize(o);
    } finally {
      o.ob_refcnt--;
    }
    if (o.ob_refcnt > 0) return; // resurrected
  }
  if (o instanceof InstanceObject) RT.gc.untrackExact(o);
  else RT.gc.untrack(o);
  // find the nearest base with a real dealloc (builtin base of the class)
  let base: PyType | null = type;
  while (base !== null && base.tp_flags & TPFLAGS.HEAPTYPE) base = base.tp_base;
  // a weakref list the class added is cleared now, before the slots and the dict; a base with one of its own
  // (set, functions...) clears it in its dealloc, after them
  if (base === null || base === T.object || (RT.ext.layoutOffsets as (t: PyType) => [number, number])(base)[1] === 0) RT.clearWeakrefs(o);
  // clear_slots of each class up to that base, the most derived class's first
  if (type.nslots > 0) clearInstanceSlots(o, type, isNotSubtypeDealloc);
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    decref(d);
  }
  if (base !== null && base !== T.object && base.tp_dealloc !== null && !(o instanceof InstanceObject)) {
    // builtin base (list, dict, exceptions...) releases its own storage and memory
    if (type.nslots > 0) dropBaseInstanceSlots(o);
    base.tp_dealloc(o);
  } else if (o instanceof InstanceObject) {
    freeContainerObject(o, type.tp_basicsize + o.inlineValuesBytes);
  } else {
    freeObject(o, type.tp_basicsize);
  }
  decref(type);
}

/** Where subtype_dealloc's walk up the type chain stops: the first type with a deallocator of its own. */
function isNotSubtypeDealloc(t: PyType): boolean {
  return t.tp_dealloc !== subtypeDealloc;
}

// ------------------------------------------------------------------ MRO

export function mroC3(type: PyType, bases: PyType[]): PyType[] {
  // one base: the merge is the type then its base's MRO (mro_implementation's fast path; most types)
  if (bases.length === 1) return [type, ...bases[0].tp_mro];
  const seqs: PyType[][] = bases.map((b) => b.tp_mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [type];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      const names = [...new Set(nonEmpty.map((s) => s[0].tp_name))];
      // 3.11 and 3.12 break the message across two lines
      const sep = RT.profile.version === '3.13' ? ' ' : '\n';
      raise(E.TypeError, `Cannot create a consistent method resolution${sep}order (MRO) for bases ${names.join(', ')}`);
    }
    result.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

// ------------------------------------------------------------------ slotdefs

type SlotKind = 'unary' | 'binary' | 'rbinary' | 'ternary' | 'rternary' | 'cmp' | 'special';
interface SlotDef {
  name: string;
  slot: keyof PyType;
  kind: SlotKind;
  op?: number;
}

export const SLOTDEFS: SlotDef[] = [];
function sd(name: string, slot: keyof PyType, kind: SlotKind, op?: number) {
  SLOTDEFS.push({ name, slot, kind, op });
}
sd('__repr__', 'tp_repr', 'unary');
sd('__str__', 'tp_str', 'unary');
sd('__hash__', 'tp_hash', 'special');
sd('__call__', 'tp_call', 'special');
sd('__getattribute__', 'tp_getattro', 'special');
sd('__getattr__', 'tp_getattro', 'special');
sd('__setattr__', 'tp_setattro', 'special');
sd('__delattr__', 'tp_setattro', 'special');
sd('__lt__', 'tp_richcompare', 'cmp', CMP.LT);
sd('__le__', 'tp_richcompare', 'cmp', CMP.LE);
sd('__eq__', 'tp_richcompare', 'cmp', CMP.EQ);
sd('__ne__', 'tp_richcompare', 'cmp', CMP.NE);
sd('__gt__', 'tp_richcompare', 'cmp', CMP.GT);
sd('__ge__', 'tp_richcompare', 'cmp', CMP.GE);
sd('__iter__', 'tp_iter', 'unary');
sd('__next__', 'tp_iternext', 'special');
sd('__get__', 'tp_descr_get', 'special');
sd('__set__', 'tp_descr_set', 'special');
sd('__delete__', 'tp_descr_set', 'special');
sd('__init__', 'tp_init', 'special');
sd('__new__', 'tp_new', 'special');
sd('__del__', 'tp_finalize', 'special');
const NB_SLOTS: [string, keyof PyType][] = [
  ['add', 'nb_add'], ['sub', 'nb_subtract'], ['mul', 'nb_multiply'], ['mod', 'nb_remainder'],
  ['divmod', 'nb_divmod'], ['lshift', 'nb_lshift'], ['rshift', 'nb_rshift'], ['and', 'nb_and'],
  ['xor', 'nb_xor'], ['or', 'nb_or'], ['floordiv', 'nb_floor_divide'], ['truediv', 'nb_true_divide'],
  ['matmul', 'nb_matrix_multiply'],
];
for (const [n, s] of NB_SLOTS) {
  sd(`__${n}__`, s, 'binary');
  sd(`__r${n}__`, s, 'rbinary');
}
sd('__pow__', 'nb_power', 'ternary');
sd('__rpow__', 'nb_power', 'rternary');
const INPLACE: [string, keyof PyType][] = [
  ['iadd', 'nb_inplace_add'], ['isub', 'nb_inplace_subtract'], ['imul', 'nb_inplace_multiply'],
  ['imod', 'nb_inplace_remainder'], ['ilshift', 'nb_inplace_lshift'], ['irshift', 'nb_inplace_rshift'],
  ['iand', 'nb_inplace_and'], ['ixor', 'nb_inplace_xor'], ['ior', 'nb_inplace_or'],
  ['ifloordiv', 'nb_inplace_floor_divide'], ['itruediv', 'nb_inplace_true_divide'],
  ['imatmul', 'nb_inplace_matrix_multiply'],
];
for (const [n, s] of INPLACE) sd(`__${n}__`, s, 'binary');
sd('__ipow__', 'nb_inplace_power', 'ternary');
sd('__neg__', 'nb_negative', 'unary');
sd('__pos__', 'nb_positive', 'unary');
sd('__abs__', 'nb_absolute', 'unary');
sd('__invert__', 'nb_invert', 'unary');
sd('__int__', 'nb_int', 'unary');
sd('__float__', 'nb_float', 'unary');
sd('__index__', 'nb_index', 'unary');
sd('__bool__', 'nb_bool', 'special');
sd('__len__', 'sq_length', 'special');
sd('__contains__', 'sq_contains', 'special');
sd('__getitem__', 'mp_subscript', 'binary');
sd('__setitem__', 'mp_ass_subscript', 'special');
sd('__delitem__', 'mp_ass_subscript', 'special');

/** Hooks filled in by the VM (calling Python methods needs the eval loop). */
export const slotHooks = {
  callMethod: null as unknown as (self: PyObject, name: string, args: PyObject[]) => PyObject,
  /** look up `name` on type(self) and call it; null if the type has no such attribute */
  callMethodIfExists: null as unknown as (self: PyObject, name: string, args: PyObject[]) => PyObject | null,
  callWithKw: null as unknown as (f: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null) => PyObject,
  isTrue: null as unknown as (o: PyObject) => boolean,
  indexValue: null as unknown as (o: PyObject) => number | bigint,
};

/** Call type(self).name(self, *args) via the MRO, binding descriptors. New reference. */
function callDunder(self: PyObject, name: string, args: PyObject[]): PyObject {
  return slotHooks.callMethod(self, name, args);
}

/** slot_nb_xxx: try self.__xxx__(other), then other.__rxxx__(self) with CPython's subclass rule. */
/** Is the slot function installed on `tp` one of ours for dunder `lname` (SLOT1BINFULL's identity test)? */
function isOurSlot(tp: PyType, slot: keyof PyType, lname: string): boolean {
  const fn = (tp as any)[slot];
  return fn !== null && fn !== undefined && fn.__slotName === lname;
}

function makeBinarySlot(lname: string, rname: string, slot: keyof PyType): BinaryFunc {
  const f: BinaryFunc = (self, other) => {
    const otherType = other.ob_type;
    const doOther = self.ob_type !== otherType && isOurSlot(otherType, slot, lname) && typeLookup(otherType, rname) !== null;
    if (isOurSlot(self.ob_type, slot, lname) && typeLookup(self.ob_type, lname) !== null) {
      if (doOther && isSubtype(otherType, self.ob_type)) {
        const r = slotHooks.callMethodIfExists(other, rname, [self]);
        if (r !== null) {
          if (r !== NotImplemented) return r;
          decref(r);
        }
      }
      const r = slotHooks.callMethodIfExists(self, lname, [other]);
      if (r !== null && (r !== NotImplemented || otherType === self.ob_type)) return r;
      if (r !== null) decref(r);
    }
    if (doOther) {
      const r = slotHooks.callMethodIfExists(other, rname, [self]);
      if (r !== null) return r;
    }
    return newref(NotImplemented);
  };
  (f as any).__slotName = lname;
  return f;
}

function makeInplaceSlot(name: string): BinaryFunc {
  return (self, other) => {
    const r = slotHooks.callMethodIfExists(self, name, [other]);
    return r ?? newref(NotImplemented);
  };
}

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

function slotRichCompare(self: PyObject, other: PyObject, op: number): PyObject {
  const r = slotHooks.callMethodIfExists(self, CMP_NAMES[op], [other]);
  return r ?? newref(NotImplemented);
}

/** Install the slot functions of a heap type for the dunders defined along its MRO (fixup_slot_dispatchers). */
export function fixupSlots(type: PyType): void {
  for (const name of new Set(SLOTDEFS.map((s) => s.name))) updateSlot(type, name, true);
}

/** update_slot: recompute the slot(s) behind dunder `name` for `type` and its subclasses. */
export function updateSlot(type: PyType, name: string, noRecurse = false): void {
  const defs = SLOTDEFS.filter((s) => s.name === name);
  if (defs.length === 0) return;
  for (const def of defs) setSlotFromDunders(type, def);
  if (!noRecurse) for (const sub of typeSubclasses(type)) updateSlot(sub, name);
}

function inheritedSlot(type: PyType, slot: keyof PyType): any {
  const base = type.tp_base;
  return base === null ? null : (base as any)[slot];
}

/** Is `name` defined by a Python-level class in the MRO before reaching a builtin that provides it? */
function definedInHeapMro(type: PyType, name: string): PyObject | null {
  for (const t of type.tp_mro) {
    const d = t.tp_dict as DictObject | null;
    if (d === null) continue;
    const v = dictGetStr(d, name);
    if (v !== null) {
      if (t.tp_flags & TPFLAGS.HEAPTYPE) return v;
      return null; // a builtin type provides it: inherit its slot
    }
  }
  return null;
}

function setSlotFromDunders(type: PyType, def: SlotDef): void {
  const t = type as any;
  const slot = def.slot;
  switch (slot) {
    case 'tp_richcompare': {
      const any = CMP_NAMES.some((n) => definedInHeapMro(type, n) !== null);
      t.tp_richcompare = any ? slotRichCompare : inheritedSlot(type, slot);
      return;
    }
    case 'tp_getattro': {
      const ga = definedInHeapMro(type, '__getattr__');
      const gab = definedInHeapMro(type, '__getattribute__');
      if (ga === null && gab === null) t.tp_getattro = inheritedSlot(type, slot) ?? genericGetAttr;
      else t.tp_getattro = slotGetAttrHook;
      return;
    }
    case 'tp_setattro': {
      const sa = definedInHeapMro(type, '__setattr__');
      const da = definedInHeapMro(type, '__delattr__');
      if (sa === null && da === null) t.tp_setattro = inheritedSlot(type, slot) ?? genericSetAttr;
      else t.tp_setattro = slotSetAttr;
      return;
    }
    case 'tp_descr_set': {
      const s = definedInHeapMro(type, '__set__');
      const d = definedInHeapMro(type, '__delete__');
      t.tp_descr_set = s === null && d === null ? inheritedSlot(type, slot) : slotDescrSet;
      return;
    }
    case 'mp_ass_subscript': {
      const s = definedInHeapMro(type, '__setitem__');
      const d = definedInHeapMro(type, '__delitem__');
      t.mp_ass_subscript = s === null && d === null ? inheritedSlot(type, slot) : slotAssSubscript;
      return;
    }
  }
  const v = definedInHeapMro(type, def.name);
  if (v === None && def.name === '__hash__') {
    t.tp_hash = null;
    return;
  }
  if (v === null) {
    // explicit __hash__ = None makes instances unhashable
    if (def.name === '__hash__') {
      const d = type.tp_dict as DictObject;
      const own = dictGetStr(d, '__hash__');
      if (own === None) {
        t.tp_hash = null;
        return;
      }
      // a class that defines __eq__ but not __hash__ gets __hash__ = None (set at class creation)
    }
    if (def.kind === 'rbinary' || def.kind === 'rternary') {
      // handled together with the left form
      const lname = '__' + def.name.slice(3);
      if (definedInHeapMro(type, lname) !== null) return;
    }
    if (def.kind === 'binary' && def.name.startsWith('__') && isReflectedPair(def.name)) {
      const rname = '__r' + def.name.slice(2);
      if (definedInHeapMro(type, rname) !== null) {
        t[slot] = makeBinarySlot(def.name, rname, slot);
        return;
      }
    }
    t[slot] = inheritedSlot(type, slot);
    return;
  }
  switch (def.kind) {
    case 'unary':
      t[slot] = makeUnarySlot(def.name, slot);
      return;
    case 'binary':
      if (isReflectedPair(def.name)) t[slot] = makeBinarySlot(def.name, '__r' + def.name.slice(2), slot);
      else if (def.name.startsWith('__i') && slot.startsWith('nb_inplace')) t[slot] = makeInplaceSlot(def.name);
      else t[slot] = (self: PyObject, a: PyObject) => callDunder(self, def.name, [a]);
      return;
    case 'rbinary': {
      const lname = '__' + def.name.slice(3);
      t[slot] = makeBinarySlot(lname, def.name, slot);
      return;
    }
    case 'ternary':
      if (slot === 'nb_power') t[slot] = slotPow;
      else t[slot] = (self: PyObject, a: PyObject) => slotHooks.callMethodIfExists(self, def.name, [a]) ?? newref(NotImplemented);
      return;
    case 'rternary':
      t[slot] = slotPow;
      return;
    case 'special':
      t[slot] = SPECIAL_SLOTS[def.name] ?? inheritedSlot(type, slot);
      return;
  }
}

function isReflectedPair(name: string): boolean {
  return NB_SLOTS.some(([n]) => name === `__${n}__`);
}

function makeUnarySlot(name: string, slot: keyof PyType): UnaryFunc {
  if (slot === 'tp_iter') {
    return (self) => {
      const r = callDunder(self, name, []);
      return r;
    };
  }
  return (self) => callDunder(self, name, []);
}

const powBinary = makeBinarySlot('__pow__', '__rpow__', 'nb_power');
const slotPow = (self: PyObject, other: PyObject, mod: PyObject): PyObject => {
  if (mod === None) return powBinary(self, other);
  const r = slotHooks.callMethodIfExists(self, '__pow__', [other, mod]);
  return r ?? newref(NotImplemented);
};
(slotPow as any).__slotName = '__pow__';

function slotGetAttrHook(self: PyObject, name: PyObject): PyObject | null {
  const tp = self.ob_type;
  const gab = typeLookup(tp, '__getattribute__');
  let res: PyObject | null = null;
  try {
    if (gab !== null && !(gab instanceof WrapperDescrObject && gab.owner === T.object)) {
      res = slotHooks.callMethod(self, '__getattribute__', [name]);
    } else {
      res = genericGetAttr(self, name);
    }
  } catch (e) {
    if (!(e instanceof PyErr) || !excMatches(e.exc, E.AttributeError) || typeLookup(tp, '__getattr__') === null) throw e;
    decref(e.exc);
    res = null;
  }
  if (res !== null) return res;
  if (typeLookup(tp, '__getattr__') !== null) return slotHooks.callMethod(self, '__getattr__', [name]);
  return null;
}

function slotSetAttr(self: PyObject, name: PyObject, value: PyObject | null): void {
  const r = value === null ? callDunder(self, '__delattr__', [name]) : callDunder(self, '__setattr__', [name, value]);
  decref(r);
}

function slotDescrSet(self: PyObject, obj: PyObject, value: PyObject | null): void {
  const r = value === null ? callDunder(self, '__delete__', [obj]) : callDunder(self, '__set__', [obj, value]);
  decref(r);
}

function slotAssSubscript(self: PyObject, key: PyObject, value: PyObject | null): void {
  const r = value === null ? callDunder(self, '__delitem__', [key]) : callDunder(self, '__setitem__', [key, value]);
  decref(r);
}

/**
 * slot_tp_init or slot_tp_call calling a Python __init__ / __call__: _PyObject_Call_Prepend(meth,
 * self, args, kwds) puts self in front of type_call's (or _PyObject_MakeTpCall's) packed arguments (on the C stack up to _PY_FASTCALL_SMALL_STACK = 5 items, else a PyMem
 * block), and with keywords _PyObject_VectorcallDictTstate unpacks the dict (_PyStack_UnpackDict: a PyMem
 * stack with one slot for PY_VECTORCALL_ARGUMENTS_OFFSET holding new references to self, the arguments and
 * the keyword values, and a kwnames tuple), all released after the call.
 */
function callPrepend(f: PyObject, self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  const nkw = kwnames === null ? 0 : (kwnames as TupleObject).items.length;
  const prependBytes = nargs + 1 > 5 ? 8 * (nargs + 1) : 0;
  const prependAddr = prependBytes > 0 ? RT.heap.malloc(prependBytes) : 0;
  try {
    if (nkw === 0) return RT.callBoundDescr(f, self, args, start, nargs, null);
    const unpackBytes = 8 * (1 + nargs + 1 + nkw);
    const unpackAddr = RT.heap.malloc(unpackBytes);
    // the names in the dict's order, which is the call's
    const names = newTuple((kwnames as TupleObject).items.map((k) => newref(k)));
    // the unpacked stack's own references: self, the positional arguments, the keyword values
    incref(self);
    for (let i = 0; i < nargs + nkw; i++) incref(args[start + i]);
    try {
      return RT.callBoundDescr(f, self, args, start, nargs, names);
    } finally {
      decref(self);
      for (let i = 0; i < nargs + nkw; i++) decref(args[start + i]);
      RT.heap.free(unpackAddr, unpackBytes);
      decref(names);
    }
  } finally {
    if (prependBytes > 0) RT.heap.free(prependAddr, prependBytes);
  }
}

// ------------------------------------------------------------------ CALL_ALLOC_AND_ENTER_INIT (3.13)

/**
 * 3.13's CALL specializes the call of a class (Python/specialize.c specialize_class_call) whose metaclass is
 * type, whose tp_new is object.__new__, whose instances have inline values, and whose __init__ is a plain
 * Python function (no *args, **kwargs or keyword-only parameters) taking self and the call's arguments:
 * CALL_ALLOC_AND_ENTER_INIT makes the instance and enters __init__ with the caller's arguments, without
 * type_call's argument tuple nor slot_tp_init's stack (objects/core_func.ts allocAndEnterInit). The site's
 * adaptive counter says when: adaptive_counter_warmup() lets the first execution run the generic CALL and
 * the second specialize; a failed attempt backs off (restart_backoff_counter: 3, 7, 15... executions);
 * a specialized site whose guards fail (another class, or the class modified since) runs the generic CALL
 * and specializes again at the 53rd such miss (adaptive_counter_cooldown). Only a site's calls of classes
 * are followed: one CPython first specialized for a function (CALL_PY_EXACT_ARGS...) is not modelled.
 */
class ClassCallSite {
  /** the adaptive counter: value and backoff exponent (adaptive_counter_warmup()) */
  value = 1;
  backoff = 1;
  /** the class the site is specialized for (null: the site runs the generic CALL) */
  type: PyType | null = null;
  /** its PyType.version when specialized (the cached tp_version_tag) */
  version = 0;
  /** its __init__ (_spec_cache.init) */
  init: FunctionObject | null = null;
}
const classCallSites = new WeakMap<CodeObject, Map<number, ClassCallSite>>();
/** the CALL instruction calling a class right now (noteClassCallSite), until typeCall takes it */
let siteCode: CodeObject | null = null;
let sitePc = 0;

/** The eval loop's CALL is calling a class without keywords: instruction `pc` of `code` (enterInitFor takes it). */
export function noteClassCallSite(code: CodeObject, pc: number): void {
  siteCode = code;
  sitePc = pc;
}

/**
 * For type_call of `type` with `nargs` positional arguments: the __init__ CALL_ALLOC_AND_ENTER_INIT enters
 * instead, or null when the call runs type_call (3.11 / 3.12, a call no CALL instruction makes, a site not
 * specialized for this class). Advances the site's adaptive counter as CPython's CALL does.
 */
export function enterInitFor(type: PyType, nargs: number): FunctionObject | null {
  const code = siteCode;
  if (code === null) return null;
  siteCode = null;
  if (RT.profile.version !== '3.13' || !(type.tp_flags & TPFLAGS.HEAPTYPE)) return null;
  let sites = classCallSites.get(code);
  if (sites === undefined) classCallSites.set(code, (sites = new Map()));
  let site = sites.get(sitePc);
  if (site === undefined) sites.set(sitePc, (site = new ClassCallSite()));
  // CALL_ALLOC_AND_ENTER_INIT's guards (DEOPT_IF: a miss runs the generic CALL, counter included)
  if (site.type === type && type.version === site.version && site.init!.code.spec.co_argcount === nargs + 1) return site.init;
  if (site.value > 0) {
    site.value--;
    return null;
  }
  // _Py_Specialize_Call
  const init = specializableInit(type, nargs);
  if (init === null) {
    site.type = null;
    site.init = null;
    if (site.backoff < 12) site.backoff++;
    site.value = (1 << site.backoff) - 1;
    return null;
  }
  site.type = type;
  site.version = type.version;
  site.init = init;
  site.value = 52;
  site.backoff = 0;
  return init;
}

/** specialize_class_call's conditions (get_init_for_simple_managed_python_class): the __init__ to enter, or null. */
function specializableInit(type: PyType, nargs: number): FunctionObject | null {
  if (type.ob_type !== T.type || type.tp_new !== objectNew || !hasInlineValues(type)) return null;
  const init = typeLookup(type, '__init__');
  if (init === null || init.ob_type !== T.function) return null;
  const spec = (init as FunctionObject).code.spec;
  if ((spec.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0 || spec.co_kwonlyargcount !== 0) return null;
  return spec.co_argcount === nargs + 1 ? (init as FunctionObject) : null;
}

/** the '__init__' identifier object (slot __init__'s lookup), found at its first use */
let initName: StrObject | null | undefined;
const SPECIAL_SLOTS: Record<string, any> = {
  __hash__: (self: PyObject): PyHash => {
    const r = callDunder(self, '__hash__', []);
    try {
      if (!(r instanceof IntObject)) raise(E.TypeError, '__hash__ method should return an integer');
      return RT.hashOfInt(r);
    } finally {
      decref(r);
    }
  },
  __call__: (self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject => {
    const f = typeLookup(self.ob_type, '__call__');
    if (f === null) raise(E.TypeError, `'${self.ob_type.tp_name}' object is not callable`);
    // an instance has no vectorcall: _PyObject_MakeTpCall packs the arguments into a tuple and the keywords
    // into a dict (or PyObject_Call from f(*t, **d) passes its own), both alive for the call
    const tuple = tpCallTuple(args, start, nargs);
    let kwdict: DictObject | null = null;
    try {
      kwdict = tpCallDict(args, start, nargs, kwnames);
      return f.ob_type === T.function ? callPrepend(f, self, args, start, nargs, kwnames) : RT.callBoundDescr(f, self, args, start, nargs, kwnames);
    } finally {
      decref(tuple);
      if (kwdict !== null) decref(kwdict);
    }
  },
  __next__: (self: PyObject): PyObject | null => {
    try {
      return callDunder(self, '__next__', []);
    } catch (e) {
      if (e instanceof PyErr && excMatches(e.exc, E.StopIteration)) {
        decref(e.exc);
        return null;
      }
      throw e;
    }
  },
  __get__: (self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject =>
    callDunder(self, '__get__', [obj ?? None, type ?? None]),
  __init__: (self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): void => {
    // typeLookup(type, '__init__') with the name object looked up once (a start-up identifier)
    const name = (initName ??= staticId('__init__') ?? null);
    const f = (name !== null ? typeLookupName(self.ob_type, name) : typeLookup(self.ob_type, '__init__'))!;
    const r = f.ob_type === T.function ? callPrepend(f, self, args, start, nargs, kwnames) : RT.callBoundDescr(f, self, args, start, nargs, kwnames);
    if (r !== None) {
      const n = r.ob_type.tp_name;
      decref(r);
      raise(E.TypeError, `__init__() should return None, not '${n}'`);
    }
    decref(r);
  },
  __new__: (type: PyType, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject => {
    const f = typeLookup(type, '__new__')!;
    // __new__ is a staticmethod: call f(type, *args)
    const callable = f instanceof StaticMethodObject ? f.callable! : f;
    const nkw = kwnames === null ? 0 : (kwnames as TupleObject).items.length;
    const a = [type as PyObject];
    for (let i = 0; i < nargs + nkw; i++) a.push(args[start + i]);
    return slotHooks.callWithKw(callable, a, 0, nargs + 1, kwnames);
  },
  __del__: (self: PyObject): void => {
    // slot_tp_finalize via lookup_maybe_method: a function (method descriptor) is called unbound; any other
    // descriptor is bound first with its __get__, and an exception is reported with that bound object
    const found = typeLookup(self.ob_type, '__del__');
    if (found === null) return;
    const dt = found.ob_type;
    const unbound = dt === T.function || dt === T.method_descriptor || dt === T.wrapper_descriptor || dt.tp_descr_get === null;
    let del: PyObject;
    if (unbound) {
      del = found;
      incref(del);
    } else {
      try {
        del = dt.tp_descr_get!(found, self, self.ob_type);
      } catch (e) {
        RT.writeUnraisable(e, `Exception ignored in: `, found, '__del__');
        return;
      }
    }
    try {
      const r = unbound ? RT.callBoundDescr(del, self, [], 0, 0, null) : slotHooks.callWithKw(del, [], 0, 0, null);
      decref(r);
    } catch (e) {
      RT.writeUnraisable(e, `Exception ignored in: `, del, '__del__');
    } finally {
      decref(del);
    }
  },
  __bool__: (self: PyObject): boolean => {
    const r = callDunder(self, '__bool__', []);
    if (r !== True && r !== False) {
      const n = r.ob_type.tp_name;
      decref(r);
      raise(E.TypeError, `__bool__ should return bool, returned ${n}`);
    }
    return r === True;
  },
  __len__: (self: PyObject): number => {
    const r = callDunder(self, '__len__', []);
    try {
      if (!(r instanceof IntObject)) raise(E.TypeError, `'${r.ob_type.tp_name}' object cannot be interpreted as an integer`);
      const v = r.value;
      if (v < 0) raise(E.ValueError, '__len__() should return >= 0');
      if (typeof v === 'bigint') raise(E.OverflowError, `cannot fit 'int' into an index-sized integer`);
      return v;
    } finally {
      decref(r);
    }
  },
  __contains__: (self: PyObject, key: PyObject): boolean => {
    const r = callDunder(self, '__contains__', [key]);
    const b = slotHooks.isTrue(r);
    decref(r);
    return b;
  },
};

// ------------------------------------------------------------------ wrapper descriptors for builtin slots

/** The argument count check of the slot wrappers (check_num_args). */
function needArgs(nargs: number, n: number): void {
  if (nargs !== n)
    raise(E.TypeError, n === 0 ? `expected 0 arguments, got ${nargs}` : `expected ${n} argument${n === 1 ? '' : 's'}, got ${nargs}`);
}

/** Build the MethFn exposing slot `def` of `type` as a dunder method (wrap_binaryfunc_l etc.). */
function wrapperFor(type: PyType, def: SlotDef): MethFn | null {
  const fn = (type as any)[def.slot];
  if (fn === null || fn === undefined) return null;
  switch (def.kind) {
    case 'unary':
      return (self, _a, _s, nargs) => {
        needArgs(nargs, 0);
        return fn(self);
      };
    case 'binary':
      return (self, a, s, nargs) => {
        needArgs(nargs, 1);
        return fn(self, a[s]);
      };
    case 'rbinary':
      return (self, a, s, nargs) => {
        needArgs(nargs, 1);
        return fn(a[s], self);
      };
    case 'ternary':
      return (self, a, s, nargs) => {
        if (nargs < 1 || nargs > 2) raise(E.TypeError, `expected 1 or 2 arguments, got ${nargs}`);
        return fn(self, a[s], nargs === 2 ? a[s + 1] : None);
      };
    case 'rternary':
      return (self, a, s, nargs) => {
        if (nargs < 1 || nargs > 2) raise(E.TypeError, `expected 1 or 2 arguments, got ${nargs}`);
        return fn(a[s], self, nargs === 2 ? a[s + 1] : None);
      };
    case 'cmp': {
      const op = def.op!;
      return (self, a, s, nargs) => {
        needArgs(nargs, 1);
        return fn(self, a[s], op);
      };
    }
    case 'special':
      return specialWrapper(def.name, fn);
  }
}

function specialWrapper(name: string, fn: any): MethFn | null {
  switch (name) {
    case '__hash__':
      return (self) => RT.newIntFromHash(fn(self));
    case '__call__':
      return (self, a, s, n, kw) => fn(self, a, s, n, kw);
    case '__getattribute__':
      return (self, a, s, n) => {
        if (n !== 1) raise(E.TypeError, `expected 1 argument, got ${n}`);
        const name = a[s];
        if (name.ob_type !== T.str && !(name instanceof StrObject))
          raise(E.TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
        const r = fn(self, name);
        if (r === null) RT.raiseAttributeError(self, name as StrObject);
        return r;
      };
    case '__getattr__':
      return null;
    case '__setattr__':
      return (self, a, s, n) => {
        if (n !== 2) raise(E.TypeError, `expected 2 arguments, got ${n}`);
        fn(self, a[s], a[s + 1]);
        return newref(None);
      };
    case '__delattr__':
      return (self, a, s, n) => {
        if (n !== 1) raise(E.TypeError, `expected 1 argument, got ${n}`);
        fn(self, a[s], null);
        return newref(None);
      };
    case '__next__':
      return (self) => {
        // generator.__next__(): StopIteration carries the return value
        if (self.ob_type === T.generator) return RT.ext.genNextOrRaise(self);
        const r = fn(self);
        if (r === null) raise(E.StopIteration);
        return r;
      };
    case '__get__':
      return (self, a, s, n) => {
        const obj = n > 0 && a[s] !== None ? a[s] : null;
        const type = n > 1 && a[s + 1] !== None ? a[s + 1] : null;
        return fn(self, obj, type);
      };
    case '__set__':
      return (self, a, s) => {
        fn(self, a[s], a[s + 1]);
        return newref(None);
      };
    case '__delete__':
      return (self, a, s) => {
        fn(self, a[s], null);
        return newref(None);
      };
    case '__init__':
      return (self, a, s, n, kw) => {
        fn(self, a, s, n, kw);
        return newref(None);
      };
    case '__new__':
      return null; // tp_new is exposed as a static builtin by addNewMethod
    case '__del__':
      return null;
    case '__bool__':
      return (self) => RT.newBool(fn(self));
    case '__len__':
      return (self) => RT.newInt(fn(self));
    case '__contains__':
      return (self, a, s) => RT.newBool(fn(self, a[s]));
    case '__setitem__':
      return (self, a, s, n) => {
        if (n !== 2) raise(E.TypeError, `expected 2 arguments, got ${n}`);
        fn(self, a[s], a[s + 1]);
        return newref(None);
      };
    case '__delitem__':
      return (self, a, s) => {
        fn(self, a[s], null);
        return newref(None);
      };
  }
  return null;
}

/** Put wrapper descriptors for a static type's own slots into its dict (add_operators). */
export function addOperators(type: PyType): void {
  const d = type.tp_dict as DictObject;
  const base = type.tp_base;
  // a static type that blocks hashing (PyObject_HashNotImplemented) shows it as __hash__ = None
  if (type.tp_hash === null && base !== null && base.tp_hash !== null && dictGetStr(d, '__hash__') === null) {
    dictSetStr(d, '__hash__', None);
  }
  for (const def of SLOTDEFS) {
    // (the slot tests first: most slots of most types are empty or inherited (about 70% of the set ones at
    // start-up), and both tests are cheaper than the dict lookup, which has no side effect to keep in order)
    const fn = (type as any)[def.slot];
    if (fn === null || fn === undefined) continue;
    // only the type's own slot, not an inherited one
    if (base !== null && (base as any)[def.slot] === fn && def.name !== '__init__') continue;
    if (dictGetStr(d, def.name) !== null) continue;
    if (def.name === '__hash__' && type.tp_hash === null) continue;
    const w = wrapperFor(type, def);
    if (w === null) continue;
    const descr = new WrapperDescrObject(def.name, w, type);
    makeStatic(descr);
    dictSetItem(d, ID(def.name), descr);
    decref(descr);
  }
  if (type.tp_new !== null && dictGetStr(d, '__new__') === null && (base === null || base.tp_new !== type.tp_new)) {
    const tpNew = type.tp_new;
    const fn: MethFn = (_self, a, s, n, kw) => {
      if (n < 1) raise(E.TypeError, `${type.tp_name}.__new__(): not enough arguments`);
      const sub = a[s];
      if (!(sub instanceof PyType)) raise(E.TypeError, `${type.tp_name}.__new__(X): X is not a type object (${sub.ob_type.tp_name})`);
      if (!isSubtype(sub, type))
        raise(E.TypeError, `${type.tp_name}.__new__(${sub.tp_name}): ${sub.tp_name} is not a subtype of ${type.tp_name}`);
      // tp_new_wrapper: the most derived base without a Python __new__ must use this very tp_new
      // (object.__new__(int) would skip int's own allocation)
      let staticBase: PyType | null = sub;
      while (staticBase !== null && staticBase.tp_new === SPECIAL_SLOTS.__new__) staticBase = staticBase.tp_base;
      if (staticBase !== null && staticBase.tp_new !== tpNew) {
        raise(E.TypeError, `${type.tp_name}.__new__(${sub.tp_name}) is not safe, use ${staticBase.tp_name}.__new__()`);
      }
      // PyTuple_GetSlice(args, 1, PY_SSIZE_T_MAX): a new tuple of the other arguments while tp_new runs
      if (n === 1) return tpNew(sub, a, s + 1, 0, kw);
      const rest = a.slice(s + 1, s + n);
      for (const x of rest) incref(x);
      const slice = newTuple(rest);
      try {
        return tpNew(sub, a, s + 1, n - 1, kw);
      } finally {
        decref(slice);
      }
    };
    const b = new BuiltinFunctionObject('__new__', fn, type, null, null, type);
    makeStatic(b);
    const sm = new StaticMethodObject(b);
    makeStatic(sm);
    dictSetItem(d, ID('__new__'), sm);
    decref(sm);
  }
}

export function makeStatic(o: PyObject): void {
  registerStatic(o);
  assignStaticAddr(o, 64);
}

// ------------------------------------------------------------------ defining builtin methods

export interface MethodSpec {
  fn: MethFn;
  doc?: string;
  kind?: 'method' | 'class' | 'static';
}

/** Add builtin methods to a static type's dict (method_descriptor / classmethod_descriptor). */
export function defineMethods(type: PyType, methods: Record<string, MethFn | MethodSpec>): void {
  const d = typeDict(type);
  for (const name of Object.keys(methods)) {
    const m = methods[name];
    // (a bare function is a plain method: read as it is, no spec object made for it; start-up time)
    const fn = typeof m === 'function' ? m : m.fn;
    const kind = typeof m === 'function' ? undefined : m.kind;
    const doc = typeof m === 'function' ? null : (m.doc ?? null);
    let obj: PyObject;
    if (kind === 'class') {
      obj = new MethodDescrObject(T.classmethod_descriptor, name, fn, type, doc);
    } else if (kind === 'static') {
      const b = new BuiltinFunctionObject(name, fn, null, null, doc, type);
      makeStatic(b);
      obj = new StaticMethodObject(b);
    } else {
      obj = new MethodDescrObject(T.method_descriptor, name, fn, type, doc);
    }
    makeStatic(obj);
    dictSetItem(d, ID(name), obj);
  }
  typeModified(type);
}

/** Add computed attributes (getset_descriptor) to a static type. */
export function defineGetSets(
  type: PyType,
  getsets: Record<string, { get?: (o: PyObject) => PyObject; set?: (o: PyObject, v: PyObject | null) => void; doc?: string }>,
): void {
  const d = typeDict(type);
  for (const name of Object.keys(getsets)) {
    const g = getsets[name];
    const obj = new GetSetDescrObject(name, type, g.get ?? null, g.set ?? null, g.doc ?? null);
    makeStatic(obj);
    dictSetItem(d, ID(name), obj);
  }
  typeModified(type);
}

/** Set a plain attribute in a static type's dict (e.g. int.__doc__ or constants). Steals `value`. */
export function defineAttr(type: PyType, name: string, value: PyObject): void {
  dictSetItem(typeDict(type), ID(name), value);
  decref(value);
  typeModified(type);
}

// ------------------------------------------------------------------ static type bootstrap

/** The slot properties (tp_*, nb_*, sq_*, mp_*) of a type object. */
function slotKeys(tp: PyType): string[] {
  return Object.keys(tp).filter((key) => key.startsWith('tp_') || key.startsWith('nb_') || key.startsWith('sq_') || key.startsWith('mp_'));
}

/**
 * Inherit unset slots from the base (inherit_slots), for static types. `keys`: slotKeys(base), which the
 * static type bootstrap passes from a cache (one list per base: start-up time).
 */
export function inheritSlots(type: PyType, base: PyType, keys: readonly string[] = slotKeys(base)): void {
  const t = type as any;
  const b = base as any;
  for (const key of keys) {
    if (typeof b[key] === 'function') {
      if (t[key] === null || t[key] === undefined) {
        if (key === 'tp_hash' || key === 'tp_richcompare') {
          // a type overriding richcompare but not hash gets neither inherited together (inherit_slots rule)
          if (t.tp_richcompare !== null && t.tp_hash === null && key === 'tp_hash' && type.isStatic) continue;
        }
        if (key === 'tp_dealloc' || key === 'tp_traverse' || key === 'tp_clear') {
          if (t[key] === null) t[key] = b[key];
          continue;
        }
        t[key] = b[key];
      }
    }
  }
}

let bootstrapped = false;
const staticTypeInits: (() => void)[] = [];

/** Register a function that fills a family of static types' slots and methods (run once per process). */
export function onBootstrap(f: () => void): void {
  staticTypeInits.push(f);
}

/** Static types declared outside types.ts (native modules: itertools, _collections, _functools...). */
const extraStaticTypes: PyType[] = [];

/** Register static types declared in other files so bootstrapTypes builds them (call at module load). */
export function registerStaticTypes(...types: PyType[]): void {
  for (const tp of types) if (!extraStaticTypes.includes(tp)) extraStaticTypes.push(tp);
}

export function allStaticTypes(): PyType[] {
  return [...(Object.values(T) as PyType[]), ...(Object.values(T_EXTRA) as PyType[]), ...EXCEPTION_TYPES, ...extraStaticTypes];
}

/**
 * Build every static type: ob_type, bases, MRO, dict, inherited slots, wrapper descriptors.
 * Runs with a bootstrap runtime whose heap is not observed by any program.
 */
export function bootstrapTypes(phase: 'slots' | 'finish'): void {
  if (phase === 'slots') {
    if (bootstrapped) return;
    for (const tp of allStaticTypes()) {
      tp.ob_type = T.type;
      if (tp.tp_base === null && tp !== T.object) tp.tp_base = T.object;
      if (tp.tp_bases.length === 0 && tp.tp_base !== null) tp.tp_bases = [tp.tp_base];
      registerStatic(tp);
      assignStaticAddr(tp, tp.tp_basicsize);
    }
    T.bool.tp_base = T.int;
    T.bool.tp_bases = [T.int];
    for (const init of staticTypeInits) init();
    return;
  }
  if (bootstrapped) return;
  bootstrapped = true;
  const done = new Set<PyType>();
  // a base is complete before its subclasses are visited: its list of set slots is the same for all of them
  const baseSlotKeys = new Map<PyType, string[]>();
  const visit = (tp: PyType) => {
    if (done.has(tp)) return;
    for (const b of tp.tp_bases) visit(b);
    done.add(tp);
    if (tp === T.object) tp.tp_mro = [tp];
    else tp.tp_mro = mroC3(tp, tp.tp_bases);
    for (const b of tp.tp_bases) b.tp_subclasses.push(tp);
    if (tp.tp_base !== null) {
      // (only the base's set slots: inheritSlots copies nothing else, and a visited base's slots stay as they are)
      let keys = baseSlotKeys.get(tp.tp_base);
      if (keys === undefined) {
        const b = tp.tp_base as any;
        keys = slotKeys(tp.tp_base);
        if (done.has(tp.tp_base)) baseSlotKeys.set(tp.tp_base, (keys = keys.filter((key) => typeof b[key] === 'function')));
      }
      inheritSlots(tp, tp.tp_base, keys);
    }
    if (tp.tp_dict === null) {
      const d = new DictObject();
      makeStatic(d);
      tp.tp_dict = d;
    }
  };
  for (const tp of allStaticTypes()) visit(tp);
  for (const tp of allStaticTypes()) {
    addOperators(tp);
    const d = tp.tp_dict as DictObject;
    if (dictGetStr(d, '__doc__') === null) dictSetStr(d, '__doc__', tp.tp_doc === null ? None : staticStr(tp.tp_doc));
    typeModified(tp);
  }
}

export function staticStr(s: string): StrObject {
  const o = new StrObject(s);
  makeStatic(o);
  return o;
}

/** Ensure a static type has its dict before methods are defined on it (init functions may run first). */
export function typeDict(tp: PyType): DictObject {
  if (tp.tp_dict === null) {
    const d = new DictObject();
    makeStatic(d);
    tp.tp_dict = d;
  }
  return tp.tp_dict as DictObject;
}

// ------------------------------------------------------------------ class creation (type_new)

/** best_base: the most derived solid base among `bases`. */
function bestBase(bases: PyType[]): PyType {
  let winner: PyType | null = null;
  for (const b of bases) {
    if (!(b.tp_flags & TPFLAGS.BASETYPE)) raise(E.TypeError, `type '${b.tp_name}' is not an acceptable base type`);
    const solid = solidBase(b);
    if (winner === null) winner = b;
    else {
      const ws = solidBase(winner);
      if (isSubtype(ws, solid)) continue;
      if (isSubtype(solid, ws)) winner = b;
      else raise(E.TypeError, 'multiple bases have instance lay-out conflict');
    }
  }
  return winner ?? T.object;
}

function solidBase(tp: PyType): PyType {
  let t: PyType = tp;
  for (let b = t.tp_base; b !== null; b = t.tp_base) {
    // extra_ivars: a static type whose instances are laid out as its base's (ValueError, bool) is not solid
    const extra = t.tp_flags & TPFLAGS.HEAPTYPE ? t.nslots !== b.nslots : t.tp_basicsize !== b.tp_basicsize || t.tp_itemsize !== b.tp_itemsize;
    if (extra) break;
    t = b;
  }
  return t;
}

/**
 * type(name, bases, ns) → a new class. `ns` is borrowed; its items are copied into the class dict.
 */
/**
 * type_new. `basesTuple`: the tuple the bases came in (type(name, bases, ns)'s argument), which the class
 * keeps as its __bases__ (type_new_get_bases: Py_NewRef); without bases a new (object,) tuple is made.
 */
export function typeNew(
  meta: PyType,
  name: string,
  bases: PyType[],
  ns: DictObject,
  basesTuple: TupleObject | null = null,
  nameObj: StrObject | null = null,
): PyType {
  if (bases.length === 0) {
    bases = [T.object];
    basesTuple = null;
  }
  const base = bestBase(bases);
  const type = new PyType(meta, name);
  // type_new_alloc: ht_name is the name argument itself (a new str when the caller has only its text), and
  // ht_qualname the same object until the namespace's __qualname__ replaces it
  const ht = nameObj !== null ? newref(nameObj) : newStr(name);
  htNames.set(type, { name: ht, qualname: newref(ht) });
  try {
    return typeNewFill(type, meta, base, name, bases, ns, basesTuple);
  } catch (e) {
    // an error before the class was allocated (bad __slots__ or __qualname__, an MRO conflict): release
    // what it had taken (type_new's error path frees the half-made type the same way)
    if (type.addr === 0) releaseUnbornType(type);
    throw e;
  }
}

/**
 * ht_name and ht_qualname of the classes typeNew made: the str objects type.__name__ and type.__qualname__
 * return (type_name / type_qualname: a new reference to the same object on every read). One reference each.
 */
const htNames = new WeakMap<PyType, { name: StrObject; qualname: StrObject }>();

/** A class's ht_name (borrowed), or null for a type typeNew did not make. */
export function heapTypeName(type: PyType): StrObject | null {
  return htNames.get(type)?.name ?? null;
}

/** A class's ht_qualname (borrowed), or null for a type typeNew did not make. */
export function heapTypeQualname(type: PyType): StrObject | null {
  return htNames.get(type)?.qualname ?? null;
}

/**
 * The references a class typeNew made owns outside its traversed fields (ht_name, ht_qualname, ht_slots: no
 * tp_traverse visits them in CPython either), for the heap audit and the leak check (memory/audit.ts forEachRef).
 */
export function forEachHeapTypeRef(type: PyType, visit: (r: PyObject) => void): void {
  const names = htNames.get(type);
  if (names !== undefined) {
    visit(names.name);
    visit(names.qualname);
  }
  const slots = htSlots.get(type);
  if (slots !== undefined) visit(slots);
}

/**
 * Py_SETREF(et->ht_name or et->ht_qualname, Py_NewRef(value)): type_set_name, type_new_set_ht_name,
 * type_set_qualname (the caller checked the value).
 */
export function setHeapTypeName(type: PyType, which: 'name' | 'qualname', value: StrObject): void {
  const names = htNames.get(type);
  if (names === undefined) return;
  const old = names[which];
  names[which] = newref(value);
  decref(old);
}

/** The references a class under construction holds before it is allocated (see typeNew). */
function releaseUnbornType(type: PyType): void {
  const names = htNames.get(type);
  const owned = [
    type.ob_type.tp_flags & TPFLAGS.HEAPTYPE ? type.ob_type : null, type.tp_base, type.tp_dict, type.basesTuple, type.mroTuple,
    names?.name ?? null, names?.qualname ?? null, htSlots.get(type) ?? null,
  ];
  htSlots.delete(type);
  htNames.delete(type);
  type.tp_base = null;
  type.tp_dict = null;
  type.basesTuple = null;
  type.mroTuple = null;
  for (const o of owned) if (o !== null) decref(o);
}

function typeNewFill(type: PyType, meta: PyType, base: PyType, name: string, bases: PyType[], ns: DictObject, basesTuple: TupleObject | null): PyType {
  // PyType_GenericAlloc: the class owns a reference to its metaclass only when that is a heap type (a
  // metaclass); `type` itself is static and not counted (3.11: sys.getrefcount(type) does not change).
  // subtype_dealloc releases it (type_dealloc does not touch Py_TYPE(type))
  if (meta.tp_flags & TPFLAGS.HEAPTYPE) incref(meta);
  type.isStatic = false;
  // type_new_alloc (heap, base type, GC), inherit_special (the fast-subclass bits) and what typeflags.ts
  // classFlags adds (sequence / mapping, match-self, items-at-end, 3.12+ vectorcall); the dict and weakref bits
  // are set below
  type.tp_flags =
    TPFLAGS.HEAPTYPE | TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC | (base.tp_flags & FAST_SUBCLASS_BITS) | classFlags(base, dictGetStr(ns, '__call__') !== null);
  // tp_base and the bases tuple each own a reference to the base(s)
  type.tp_base = base;
  incref(base);
  type.tp_bases = bases.slice();
  type.basesTuple = basesTuple !== null ? newref(basesTuple) : newTuple(bases.map((b) => newref(b as PyObject)));
  type.tp_module = '';
  // class dict: PyDict_Copy of the namespace (type_new_init: a clone of its keys when it is compact)
  const d = RT.ext.dictCopy(ns) as DictObject;
  type.tp_dict = d;
  // __slots__
  const slotsObj = dictGetStr(d, '__slots__');
  // without __slots__ instances always have a __dict__ (type_new_slots: add_dict), even over a slotted base
  let addDict = true;
  const slotNames: string[] = [];
  let weakrefSlot = false;
  let dictSlot = false;
  const builtinBase = (() => {
    let b: PyType | null = base;
    while (b !== null && b.tp_flags & TPFLAGS.HEAPTYPE) b = b.tp_base;
    return b ?? T.object;
  })();
  if (slotsObj !== null) {
    const items = slotsObj instanceof StrObject ? [slotsObj] : RT.toArrayBorrowed(slotsObj);
    // type_new_slots: a variable-size base (int, tuple, bytes) leaves no room for slots, not even
    // '__dict__' or '__weakref__'
    if (items.length > 0 && builtinBase.tp_itemsize !== 0) raise(E.TypeError, `nonempty __slots__ not supported for subtype of '${base.tp_name}'`);
    addDict = false;
    const slotItems: StrObject[] = [];
    for (const it of items) {
      if (!(it instanceof StrObject)) raise(E.TypeError, `__slots__ items must be strings, not '${it.ob_type.tp_name}'`);
      const sn = it.value;
      // type_new_visit_slots: a base (or an earlier item) that already gave the instances one
      if (sn === '__dict__') {
        if (dictSlot || !RT.ext.layoutAdds(base, { dict: true, weak: false }).dict) raise(E.TypeError, '__dict__ slot disallowed: we already got one');
        addDict = true;
        dictSlot = true;
        continue;
      }
      if (sn === '__weakref__') {
        if (weakrefSlot || !RT.ext.layoutAdds(base, { dict: false, weak: true }).weak)
          raise(E.TypeError, `__weakref__ slot disallowed: ${RT.profile.version === '3.11' ? 'either we already got one, or __itemsize__ != 0' : 'we already got one'}`);
        weakrefSlot = true;
        RT.ext.markWeakrefSlot?.(type);
        continue;
      }
      slotItems.push(it);
    }
    // type_new_copy_slots: the mangled names in a list (a name a class variable has is refused), sorted, made
    // the tuple the class keeps (ht_slots); the members and the layout follow that order
    const objs: StrObject[] = [];
    try {
      for (const it of slotItems) {
        const mangled = RT.mangle(name, it.value);
        objs.push(mangled === it.value ? newref(it) : (newStr(mangled) as StrObject));
        if (dictGetStr(d, mangled) !== null) raise(E.ValueError, `'${mangled}' in __slots__ conflicts with class variable`);
      }
    } catch (e) {
      for (const o of objs) decref(o);
      throw e;
    }
    objs.sort((a, b) => cpCompare(a.value, b.value));
    for (const o of objs) slotNames.push(o.value);
    const list = newListFrom(objs);
    htSlots.set(type, newTuple(list.items.map((o) => newref(o))));
    decref(list);
    if (base.hasDict) addDict = true;
  }
  type.hasDict = addDict && builtinBase !== T.object ? true : addDict;
  type.nslots = base.nslots + slotNames.length;
  type.slotNames = slotNames;
  if (builtinBase === T.object) {
    // plain instances: object header, slots; managed dict (+ weakref) live in the pre-header
    const sz = RT.profile.sizes;
    type.tp_basicsize = (base.tp_flags & TPFLAGS.HEAPTYPE ? base.tp_basicsize : 16) + 8 * slotNames.length;
    if (slotsObj === null && !(base.tp_flags & TPFLAGS.HEAPTYPE)) type.tp_basicsize = sz.instance;
    if (type.hasDict) type.tp_flags |= TPFLAGS.MANAGED_DICT;
    // inherit_special: a heap base's managed dict / weakref stay in the subclass's pre-header
    if (base.tp_flags & TPFLAGS.HEAPTYPE) type.tp_flags |= base.tp_flags & (TPFLAGS.MANAGED_DICT | TPFLAGS.MANAGED_WEAKREF);
    // a weakref list this class adds (add_weak: no __slots__ over a base without one, or '__weakref__' in
    // them): 3.11 puts the pointer in the object (the plain class's size already counts it), 3.12+ a
    // managed weakref in the pre-header
    if (RT.profile.version === '3.11') {
      const plain = slotsObj === null && !(base.tp_flags & TPFLAGS.HEAPTYPE);
      if (!plain && RT.ext.layoutAdds(base, slotsObj === null ? null : { dict: dictSlot, weak: weakrefSlot }).weak) type.tp_basicsize += 8;
    } else if (RT.ext.layoutAdds(base, slotsObj === null ? null : { dict: dictSlot, weak: weakrefSlot }).weak) {
      type.tp_flags |= TPFLAGS.MANAGED_WEAKREF;
    }
    // every heap type is GC-capable (type_new_alloc), even with empty __slots__
  } else {
    // type_new_descriptors over a builtin base: what the class adds (add_dict / add_weak: a base without
    // them, unless __slots__ leaves them out; never a weakref over a variable-size base) goes, on 3.11, into
    // the object as pointers after the slots — except the dict of a fixed-size base's subclass, which is
    // managed (pre-header) — and on 3.12+ entirely into the pre-header (managed dict and weakref)
    const varSized = builtinBase.tp_itemsize !== 0;
    const adds = RT.ext.layoutAdds(base, slotsObj === null ? null : { dict: dictSlot, weak: weakrefSlot });
    let extra = 8 * slotNames.length;
    if (RT.profile.version === '3.11') {
      if (adds.dict && varSized) extra += 8;
      if (adds.weak) extra += 8;
      if (adds.dict && !varSized) type.tp_flags |= TPFLAGS.MANAGED_DICT;
    } else {
      if (adds.dict) type.tp_flags |= TPFLAGS.MANAGED_DICT;
      if (adds.weak) type.tp_flags |= TPFLAGS.MANAGED_WEAKREF;
    }
    type.tp_basicsize = base.tp_basicsize + extra;
    type.tp_itemsize = base.tp_itemsize;
    // inherit_special: a managed dict / weakref of the base stays in the pre-header
    type.tp_flags |= base.tp_flags & (TPFLAGS.MANAGED_DICT | TPFLAGS.MANAGED_WEAKREF);
  }
  // qualname, module, doc
  const qn = dictGetStr(d, '__qualname__');
  if (qn !== null) {
    if (!(qn instanceof StrObject)) raise(E.TypeError, `type __qualname__ must be a str, not ${qn.ob_type.tp_name}`);
    type.tp_qualname = qn.value;
    // type_new_set_ht_name: ht_qualname takes its reference before the namespace entry goes
    setHeapTypeName(type, 'qualname', qn);
    const k = ID('__qualname__');
    dictDelItem(d, k);
  }
  if (dictGetStr(d, '__module__') === null) {
    const g = RT.currentGlobals();
    const modname = g !== null ? dictGetStr(g as DictObject, '__name__') : null;
    if (modname !== null) dictSetStr(d, '__module__', modname);
  }
  // __new__ and __init_subclass__, __class_getitem__ are implicitly static/class methods
  for (const [n, kind] of [['__new__', 'static'], ['__init_subclass__', 'class'], ['__class_getitem__', 'class']] as const) {
    const f = dictGetStr(d, n);
    if (f instanceof FunctionObject) {
      const w = kind === 'static' ? RT.newStaticMethod(f) : RT.newClassMethod(f);
      dictSetStr(d, n, w);
      decref(w);
    }
  }
  // mro_internal (PyType_Ready computes the MRO before it adds the descriptors): the MRO tuple holds a
  // reference to every class in it, this one included
  type.tp_mro = mroC3(type, type.tp_bases);
  type.mroTuple = newTuple(type.tp_mro.map((t) => newref(t as PyObject)));
  // member descriptors for __slots__
  for (let i = 0; i < slotNames.length; i++) {
    const md = new MemberDescrObject(slotNames[i], type, base.nslots + i);
    allocObject(md, T.member_descriptor.tp_basicsize);
    RT.gc.track(md);
    // the descriptor's name (PyDescr_NewMember: PyUnicode_InternFromString, mortal on 3.13) is the key
    dictSetItem(d, intern(newStr(slotNames[i]), RT.profile.sysInternImmortal), md);
    decref(md);
  }
  // (a metaclass adds neither: type's own __dict__ / __weakref__ already serve its instances, the classes)
  // type_new_descriptors: the getset for what this class adds (add_dict / add_weak: its base has no dict
  // pointer / weakref list, and there are no __slots__ or they name it; typemethods.ts layoutAdds)
  if (!isSubtype(base, T.type)) {
    const adds = RT.ext.layoutAdds(base, slotsObj === null ? null : { dict: dictSlot, weak: weakrefSlot }) as { dict: boolean; weak: boolean };
    for (const n of ['__dict__', '__weakref__']) {
      if (!(n === '__dict__' ? adds.dict : adds.weak)) continue;
      const gs = RT.instanceDictDescr(type, n);
      dictSetStr(d, n, gs);
      decref(gs);
    }
  }
  // PyType_Ready's type_ready_fill_dict ends with type_dict_set_doc: a __doc__ the namespace lacks comes after
  // the members and getsets
  if (dictGetStr(d, '__doc__') === null) dictSetStr(d, '__doc__', None);
  // a class defining __eq__ without __hash__ is unhashable (type_ready_set_hash, after the fill)
  if (dictGetStr(d, '__eq__') !== null && dictGetStr(d, '__hash__') === null) dictSetStr(d, '__hash__', None);
  // slots
  inheritSlots(type, base);
  type.tp_dealloc = subtypeDealloc;
  // subtype_traverse / subtype_clear (vm/modules/gc.ts) for GC-capable classes
  if (type.tp_flags & TPFLAGS.HAVE_GC && RT.ext.subtypeTraverse) {
    type.tp_traverse = RT.ext.subtypeTraverse;
    type.tp_clear = RT.ext.subtypeClear;
  }
  type.tp_getattro = base.tp_getattro ?? genericGetAttr;
  type.tp_setattro = base.tp_setattro ?? genericSetAttr;
  fixupSlots(type);
  if (type.tp_new === null) type.tp_new = base.tp_new;
  if (type.tp_init === null) type.tp_init = base.tp_init;
  // tp_dictoffset / tp_weaklistoffset (type.__dictoffset__ / __weakrefoffset__), typemethods.ts
  RT.ext.setLayoutOffsets?.(type, base, slotNames.length, slotsObj === null ? null : { dict: dictSlot, weak: weakrefSlot });
  allocObject(type, heapTypeAllocSize(type));
  RT.gc.track(type);
  const doc = dictGetStr(d, '__doc__');
  if (doc instanceof StrObject) {
    const size = utf8SizeWithNul(doc.value);
    tpDocBlocks.set(type, [RT.heap.malloc(size), size]);
  }
  // type_ready_managed_dict: a class with a managed dict gets its shared keys now
  cachedKeys(type);
  // type_ready_add_subclasses: an entry (and a weakref to the class) in each base's registry
  for (const b of bases) addSubclass(b, type);
  // __classcell__
  const cell = dictGetStr(d, '__classcell__');
  if (cell !== null) {
    RT.setCell(cell, type);
    dictDelItem(d, ID('__classcell__'));
  }
  // __classdictcell__ (3.12+, PEP 695 scopes inside the class): the cell gets the class's dict
  const dictCell = dictGetStr(d, '__classdictcell__');
  if (dictCell !== null) {
    RT.setCell(dictCell, d);
    dictDelItem(d, ID('__classdictcell__'));
  }
  typeModified(type);
  return type;
}

/**
 * ht_slots of the classes made with a __slots__ entry (empty ones included): the tuple of their sorted, mangled
 * slot names without '__dict__' / '__weakref__', owned by the class until type_dealloc.
 */
const htSlots = new WeakMap<PyType, TupleObject>();

/** Was `type` made with a __slots__ entry? (its slotNames are then those of ht_slots) */
export function hasDeclaredSlots(type: PyType): boolean {
  return htSlots.has(type);
}

/**
 * tp_doc of classes whose namespace has a str __doc__: type_new_set_doc copies its UTF-8 text (up to a NUL)
 * into a PyObject_Malloc'ed block, which type_dealloc frees. Address and size of the block.
 */
const tpDocBlocks = new WeakMap<PyType, [number, number]>();

/** The bytes strlen(PyUnicode_AsUTF8(s)) + 1 counts: the UTF-8 text up to the first NUL, and the NUL. */
function utf8SizeWithNul(s: string): number {
  const nul = s.indexOf('\0');
  return utf8Length(nul < 0 ? s : s.slice(0, nul)) + 1;
}

/** Py_TPFLAGS_LONG_SUBCLASS ... Py_TPFLAGS_TYPE_SUBCLASS: a class has its base's. */
const FAST_SUBCLASS_BITS =
  TPFLAGS.LONG_SUBCLASS | TPFLAGS.LIST_SUBCLASS | TPFLAGS.TUPLE_SUBCLASS | TPFLAGS.BYTES_SUBCLASS | TPFLAGS.UNICODE_SUBCLASS |
  TPFLAGS.DICT_SUBCLASS | TPFLAGS.BASE_EXC_SUBCLASS | TPFLAGS.TYPE_SUBCLASS;

/** type_dealloc for classes. */
export function heapTypeDealloc(o: PyObject): void {
  const type = o as PyType;
  RT.gc.untrack(type);
  // type_dealloc_common: remove_all_subclasses (frees the weakrefs the bases' registries hold), then this
  // type's own registry if it still has one
  for (const b of type.tp_bases) removeSubclass(b, type);
  const subs = type.subclassesDict;
  type.subclassesDict = null;
  xdecref(subs);
  RT.clearWeakrefs(type);
  // type_dealloc: tp_base, tp_dict, tp_bases, tp_mro
  const base = type.tp_base;
  type.tp_base = null;
  if (base !== null) decref(base);
  const d = type.tp_dict;
  type.tp_dict = null;
  xdecref(d);
  const bases = type.basesTuple;
  const mro = type.mroTuple;
  type.basesTuple = null;
  type.mroTuple = null;
  type.tp_bases = [];
  type.tp_mro = [];
  xdecref(bases);
  xdecref(mro);
  type.lookupCache = null;
  // the tp_doc copy, ht_name, ht_qualname, ht_slots, then the shared keys (type_dealloc's order)
  const docBlock = tpDocBlocks.get(type);
  if (docBlock !== undefined) {
    tpDocBlocks.delete(type);
    RT.heap.free(docBlock[0], docBlock[1]);
  }
  const names = htNames.get(type);
  if (names !== undefined) {
    htNames.delete(type);
    decref(names.name);
    decref(names.qualname);
  }
  const slotsTuple = htSlots.get(type);
  if (slotsTuple !== undefined) {
    htSlots.delete(type);
    decref(slotsTuple);
  }
  // ht_cached_keys: the class lets go of its shared keys (split dicts still using them keep them)
  const cached = type.cachedKeys;
  type.cachedKeys = null;
  if (cached !== null) cached.release();
  // (no decref of the metaclass: a class of `type` never counted it, and for a class of a metaclass
  // subtype_dealloc, which called this as its base's dealloc, releases it)
  freeObject(type, heapTypeAllocSize(type));
}

/**
 * The block a class takes: type_new_alloc's metatype->tp_alloc(metatype, nslot) is PyType_GenericAlloc, which
 * requests room for nslot + 1 items of type's tp_itemsize (the class's PyMemberDefs for its __slots__, and the
 * sentinel) after the PyHeapTypeObject.
 */
function heapTypeAllocSize(type: PyType): number {
  return RT.profile.sizes.type + (type.slotNames.length + 1) * T.type.tp_itemsize;
}

export { newTuple, TupleObject, dictGetItem };
