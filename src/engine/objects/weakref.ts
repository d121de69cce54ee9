/**
 * Weak references (CPython's Objects/weakrefobject.c): weakref.ref, weakref.proxy and the per-object
 * weakref list.
 *
 *   WeakrefObject    PyWeakReference: wr_object is BORROWED (null = dead, CPython's Py_None), wr_callback is
 *                    OWNED, the hash of the referent is cached on first use. 64 bytes + the 16-byte GC head:
 *                    sys.getsizeof = 80 for ref, proxy and callable proxy on 3.11, 3.12 and 3.13 (measured).
 *   weakref list     per referent, doubly linked through wr_prev/wr_next, head kept in a WeakMap (CPython keeps
 *                    it at tp_weaklistoffset). Order (CPython's get_basic_refs / insert_head / insert_after):
 *                      [basic ref (no callback, exact ref type)] [basic proxy (no callback)] [others...]
 *                    A ref with a callback (or a ref subclass) is inserted right after the basic proxy, else
 *                    after the basic ref, else at the head: so callbacks run in REVERSE creation order
 *                    (measured on 3.11-3.13: refs a, b, plain, c, proxy-with-cb pr, plain proxy pp
 *                    → getweakrefs = [plain, pp, pr, c, b, a]; callbacks: pr, c, b, a).
 *   clearWeakrefs    PyObject_ClearWeakRefs, called by deallocators when the count reached zero: the
 *                    callback-less basic ref and proxy are cleared first; with one weakref left its
 *                    callback is called directly, with more a tuple (wr, cb, wr, cb...) is allocated
 *                    (it counts as a GC allocation, as in CPython), every weakref cleared, then the
 *                    callbacks are called in list order. Exceptions go to the unraisable hook.
 * The collector (memory/gc.ts) clears weakrefs to cyclic garbage itself (handle_weakrefs) through
 * clearRefKeepCallback / weakrefListHead.
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, incref, decref, newref } from './object';
import { T } from './types';
import { None, True, False, NotImplemented } from './singletons';
import { E, raise } from './exceptions';
import { newStr } from './str';
import { newTuple } from './sequences';
import { DictObject, dictGetStr } from './dict';
import { allocObject, freeObject } from '../memory/heap';
import { PyHash } from '../lib/pyhash';
import * as A from '../vm/abstract';
import { CMP } from '../compiler/opcodes';

export class WeakrefObject extends PyObject {
  /** the referent (borrowed); null once cleared ("dead", CPython's Py_None) */
  wr_object: PyObject | null = null;
  /** owned */
  wr_callback: PyObject | null = null;
  /** cached hash of the referent (CPython's `hash` field, -1 = not computed) */
  hash: PyHash | null = null;
  wr_prev: WeakrefObject | null = null;
  wr_next: WeakrefObject | null = null;
}

const BASICSIZE = 64;

function mkType(name: string, flags: number): PyType {
  const tp = new PyType(T.type, name);
  tp.tp_basicsize = BASICSIZE;
  tp.tp_flags = flags | TPFLAGS.HAVE_GC;
  tp.tp_module = 'weakref';
  return tp;
}

/** `weakref.ReferenceType` (= weakref.ref), `weakref.ProxyType`, `weakref.CallableProxyType`. */
export const WEAKREF_TYPES = {
  ref: mkType('weakref.ReferenceType', TPFLAGS.BASETYPE),
  proxy: mkType('weakref.ProxyType', 0),
  callableProxy: mkType('weakref.CallableProxyType', 0),
};

/** Hooks the runtime provides. */
export interface WeakrefHooks {
  /** PyErr_WriteUnraisable(obj) for an exception raised by a callback ("Exception ignored in: <repr obj>") */
  writeUnraisable(err: PyErr, obj: PyObject | null): void;
  /** _PyObject_LookupSpecial(o, '__name__') as a JS string when it is a str, else null (weakref repr) */
  lookupName?(o: PyObject): string | null;
}
let hooks: WeakrefHooks = {
  writeUnraisable() {},
};
export function setWeakrefHooks(h: WeakrefHooks): void {
  hooks = h;
}

// ------------------------------------------------------------------ which types support weakrefs

/** static builtin types whose instances have a weakref list (measured: set, frozenset, function, type,
 *  builtin_function_or_method, module, generator yes; int, str, tuple, list, dict, float, NoneType, bytes,
 *  object, method-wrapper, list_iterator, range no). */
const WEAKREFABLE = new Set<PyType>([
  T.set, T.frozenset, T.function, T.type, T.builtin_function_or_method, T.module, T.generator, T.coroutine, T.method, T.code,
]);
/** heap types whose __slots__ list '__weakref__' (type_new calls markWeakrefSlot) */
const WEAKREF_SLOT = new WeakSet<PyType>();

export function registerWeakrefable(tp: PyType): void {
  WEAKREFABLE.add(tp);
}
export function markWeakrefSlot(tp: PyType): void {
  WEAKREF_SLOT.add(tp);
}

/** _PyType_SUPPORTS_WEAKREFS */
export function supportsWeakrefs(tp: PyType): boolean {
  if (!(tp.tp_flags & TPFLAGS.HEAPTYPE)) return WEAKREFABLE.has(tp);
  // heap type: the builtin base decides first, then __dict__ / __slots__
  let b: PyType | null = tp;
  while (b !== null && b.tp_flags & TPFLAGS.HEAPTYPE) b = b.tp_base;
  if (b !== null && WEAKREFABLE.has(b)) return true;
  // a variable-size builtin base (int, tuple, bytes, struct sequences): no weakref slot in its subclasses
  if (b !== null && b.tp_itemsize !== 0) return false;
  for (const t of tp.tp_mro) {
    if (!(t.tp_flags & TPFLAGS.HEAPTYPE)) break;
    if (WEAKREF_SLOT.has(t)) return true;
  }
  // a builtin base with a dict but no weakref list (BaseException's family): only a class without
  // __slots__ adds __weakref__ (its instances have a dict either way)
  if (b !== null && b.hasDict && RT.isSubtypeOf(b, E.BaseException)) {
    for (const t of tp.tp_mro) {
      if (!(t.tp_flags & TPFLAGS.HEAPTYPE)) break;
      if (t.tp_dict !== null && dictGetStr(t.tp_dict as DictObject, '__slots__') === null) return true;
    }
    return false;
  }
  // a class without __slots__ gets both __dict__ and __weakref__
  return tp.hasDict;
}

export function isWeakref(o: PyObject): o is WeakrefObject {
  return o instanceof WeakrefObject;
}
function isRefExact(o: WeakrefObject): boolean {
  return o.ob_type === WEAKREF_TYPES.ref;
}
function isProxy(o: WeakrefObject): boolean {
  return o.ob_type === WEAKREF_TYPES.proxy || o.ob_type === WEAKREF_TYPES.callableProxy;
}

// ------------------------------------------------------------------ the per-object list

const heads = new WeakMap<PyObject, WeakrefObject>();

/** first weakref of o's list (borrowed) or null */
export function weakrefListHead(o: PyObject): WeakrefObject | null {
  return heads.get(o) ?? null;
}

function setHead(o: PyObject, wr: WeakrefObject | null): void {
  if (wr === null) heads.delete(o);
  else heads.set(o, wr);
}

function insertHead(wr: WeakrefObject, o: PyObject): void {
  const next = weakrefListHead(o);
  wr.wr_prev = null;
  wr.wr_next = next;
  if (next !== null) next.wr_prev = wr;
  setHead(o, wr);
}

function insertAfter(wr: WeakrefObject, prev: WeakrefObject): void {
  wr.wr_prev = prev;
  wr.wr_next = prev.wr_next;
  if (prev.wr_next !== null) prev.wr_next.wr_prev = wr;
  prev.wr_next = wr;
}

/** get_basic_refs: the callback-less exact ref and proxy at the head of the list */
function basicRefs(o: PyObject): { ref: WeakrefObject | null; proxy: WeakrefObject | null } {
  let head = weakrefListHead(o);
  let ref: WeakrefObject | null = null;
  let proxy: WeakrefObject | null = null;
  if (head !== null && head.wr_callback === null) {
    if (isRefExact(head)) {
      ref = head;
      head = head.wr_next;
    }
    if (head !== null && head.wr_callback === null && isProxy(head)) proxy = head;
  }
  return { ref, proxy };
}

/** _PyWeakref_ClearRef: detach from the referent's list, keep the callback (the collector calls it). */
export function clearRefKeepCallback(wr: WeakrefObject): void {
  const o = wr.wr_object;
  if (o === null) return;
  if (weakrefListHead(o) === wr) setHead(o, wr.wr_next);
  wr.wr_object = null;
  if (wr.wr_prev !== null) wr.wr_prev.wr_next = wr.wr_next;
  if (wr.wr_next !== null) wr.wr_next.wr_prev = wr.wr_prev;
  wr.wr_prev = null;
  wr.wr_next = null;
}

/** clear_weakref: detach and drop the callback. */
function clearWeakref(wr: WeakrefObject): void {
  clearRefKeepCallback(wr);
  const cb = wr.wr_callback;
  if (cb !== null) {
    wr.wr_callback = null;
    decref(cb);
  }
}

// ------------------------------------------------------------------ creation

function allocWeakref(type: PyType, ob: PyObject, callback: PyObject | null): WeakrefObject {
  const wr = new WeakrefObject(type);
  // PyType_GenericAlloc: only a heap type (a ref subclass) is referenced by its instances; subtype_dealloc
  // releases it
  if (type.tp_flags & TPFLAGS.HEAPTYPE) incref(type);
  allocObject(wr, type.tp_basicsize);
  wr.wr_object = ob;
  if (callback !== null) wr.wr_callback = newref(callback);
  return wr;
}

function checkSupports(ob: PyObject): void {
  if (!supportsWeakrefs(ob.ob_type)) raise(E.TypeError, `cannot create weak reference to '${ob.ob_type.tp_name}' object`);
}

/**
 * weakref.ref(ob[, callback]) / type(ob, callback) for ref subclasses (weakref___new__). `callback` None
 * counts as no callback. New reference. A callback-less exact ref is shared: ref(o) is ref(o).
 */
export function newWeakref(ob: PyObject, callback: PyObject | null, type: PyType = WEAKREF_TYPES.ref): WeakrefObject {
  checkSupports(ob);
  if (callback === None) callback = null;
  const exact = type === WEAKREF_TYPES.ref;
  if (callback === null && exact) {
    const { ref } = basicRefs(ob);
    if (ref !== null) return newref(ref);
  }
  // tp_alloc (PyType_GenericAlloc): counts as a GC allocation (may collect on 3.11) and tracks the object
  const wr = allocWeakref(type, ob, callback);
  RT.gc.track(wr);
  if (callback === null && exact) {
    insertHead(wr, ob);
  } else {
    // the allocation may have run the collector: recompute
    const { ref, proxy } = basicRefs(ob);
    const prev = proxy ?? ref;
    if (prev === null) insertHead(wr, ob);
    else insertAfter(wr, prev);
  }
  return wr;
}

/** weakref.proxy(ob[, callback]) (PyWeakref_NewProxy). New reference. */
export function newProxy(ob: PyObject, callback: PyObject | null): WeakrefObject {
  checkSupports(ob);
  const { ref, proxy } = basicRefs(ob);
  if (callback === None) callback = null;
  if (callback === null && proxy !== null) return newref(proxy);
  // new_weakref: PyObject_GC_New of a ref, retyped, tracked after insertion
  const type = A.callable(ob) ? WEAKREF_TYPES.callableProxy : WEAKREF_TYPES.proxy;
  const wr = allocWeakref(type, ob, callback);
  const prev = callback === null ? ref : (proxy ?? ref);
  if (prev === null) insertHead(wr, ob);
  else insertAfter(wr, prev);
  RT.gc.track(wr);
  return wr;
}

/** weakref.getweakrefcount(o) */
export function getWeakrefCount(o: PyObject): number {
  let n = 0;
  for (let w = weakrefListHead(o); w !== null; w = w.wr_next) n++;
  return n;
}

/** weakref.getweakrefs(o): borrowed weakrefs in list order */
export function getWeakrefs(o: PyObject): WeakrefObject[] {
  const out: WeakrefObject[] = [];
  for (let w = weakrefListHead(o); w !== null; w = w.wr_next) out.push(w);
  return out;
}

/** The referent (borrowed) or null when dead. */
export function weakrefGet(wr: WeakrefObject): PyObject | null {
  return wr.wr_object;
}

// ------------------------------------------------------------------ PyObject_ClearWeakRefs

function handleCallback(wr: WeakrefObject, callback: PyObject): void {
  try {
    const r = A.call1(callback, wr);
    decref(r);
  } catch (e) {
    if (e instanceof PyErr) hooks.writeUnraisable(e, callback);
    else throw e;
  }
}

/** PyObject_ClearWeakRefs(o): o's refcount is zero and it is being deallocated. */
export function clearWeakrefs(o: PyObject): void {
  if (weakrefListHead(o) === null) return;
  // remove the callback-less basic ref and proxy
  let head = weakrefListHead(o);
  if (head !== null && head.wr_callback === null) {
    clearWeakref(head);
    head = weakrefListHead(o);
    if (head !== null && head.wr_callback === null) clearWeakref(head);
  }
  let current = weakrefListHead(o);
  if (current === null) return;
  const count = getWeakrefCount(o);
  if (count === 1) {
    const callback = current.wr_callback;
    current.wr_callback = null;
    clearWeakref(current);
    if (callback !== null) {
      if (current.ob_refcnt > 0) handleCallback(current, callback);
      decref(callback);
    }
    return;
  }
  // a tuple (wr0, cb0, wr1, cb1, ...) keeps them alive while callbacks run (a real GC allocation)
  const items: PyObject[] = [];
  const pairs: [WeakrefObject | null, PyObject | null][] = [];
  for (let i = 0; i < count && current !== null; i++) {
    const next: WeakrefObject | null = current.wr_next;
    if (current.ob_refcnt > 0) {
      items.push(newref(current));
      // the tuple takes over the weakref's reference to the callback
      items.push(current.wr_callback ?? newref(None));
      pairs.push([current, current.wr_callback]);
    } else {
      if (current.wr_callback !== null) decref(current.wr_callback);
      items.push(newref(None), newref(None));
      pairs.push([null, null]);
    }
    current.wr_callback = null;
    clearWeakref(current);
    current = next;
  }
  const tuple = newTuple(items);
  try {
    for (const [wr, cb] of pairs) if (wr !== null && cb !== null) handleCallback(wr, cb);
  } finally {
    decref(tuple);
  }
}

// ------------------------------------------------------------------ slots of weakref.ref

function weakrefDealloc(o: PyObject): void {
  const wr = o as WeakrefObject;
  RT.gc.untrack(wr);
  clearWeakref(wr);
  freeObject(wr, wr.ob_type.tp_basicsize);
}

function weakrefTraverse(o: PyObject, visit: (x: PyObject) => void): void {
  const cb = (o as WeakrefObject).wr_callback;
  if (cb !== null) visit(cb);
}

function weakrefClear(o: PyObject): void {
  clearWeakref(o as WeakrefObject);
}

function hexAddr(o: PyObject): string {
  return '0x' + o.addr.toString(16);
}

function defaultName(o: PyObject): string | null {
  if (o instanceof PyType) {
    const n = o.tp_name;
    return n.includes('.') ? n.slice(n.lastIndexOf('.') + 1) : n;
  }
  return null;
}

/** repr(weakref.ref): "<weakref at 0x..; to 'C' at 0x..>", with " (name)" when the referent has a str __name__. */
export function weakrefReprString(wr: WeakrefObject): string {
  const obj = wr.wr_object;
  if (obj === null) return `<weakref at ${hexAddr(wr)}; dead>`;
  incref(obj);
  try {
    const name = hooks.lookupName ? hooks.lookupName(obj) : defaultName(obj);
    const base = `<weakref at ${hexAddr(wr)}; to '${obj.ob_type.tp_name}' at ${hexAddr(obj)}`;
    return name === null ? base + '>' : `${base} (${name})>`;
  } finally {
    decref(obj);
  }
}

function weakrefRepr(o: PyObject): PyObject {
  return newStr(weakrefReprString(o as WeakrefObject));
}

/** weakref_hash: cached; TypeError "weak object has gone away" when dead and never hashed. */
function weakrefHash(o: PyObject): PyHash {
  const wr = o as WeakrefObject;
  if (wr.hash !== null) return wr.hash;
  const obj = wr.wr_object;
  if (obj === null) raise(E.TypeError, 'weak object has gone away');
  incref(obj);
  try {
    const h = A.hash(obj);
    wr.hash = new PyHash(h.hi, h.lo);
    return wr.hash;
  } finally {
    decref(obj);
  }
}

/** weakref_richcompare: == / != compare referents when both alive, identity otherwise. */
function weakrefRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if ((op !== CMP.EQ && op !== CMP.NE) || !isWeakref(a) || !isWeakref(b)) return newref(NotImplemented);
  const x = a.wr_object;
  const y = b.wr_object;
  if (x === null || y === null) {
    let res = a === b;
    if (op === CMP.NE) res = !res;
    return newref(res ? True : False);
  }
  incref(x);
  incref(y);
  try {
    return A.richCompare(x, y, op);
  } finally {
    decref(x);
    decref(y);
  }
}

/** wr(): the referent or None (new reference); takes no arguments. */
function weakrefCall(self: PyObject, _args: PyObject[], _start: number, nargs: number, kwnames: PyObject | null): PyObject {
  if (kwnames !== null && (kwnames as unknown as { items: PyObject[] }).items.length > 0)
    raise(E.TypeError, 'weakref() takes no keyword arguments');
  if (nargs !== 0) raise(E.TypeError, `weakref expected 0 arguments, got ${nargs}`);
  const o = (self as WeakrefObject).wr_object;
  return newref(o ?? None);
}

// ------------------------------------------------------------------ slots of proxies

/** the live referent of a proxy or ReferenceError */
function proxyReferent(p: PyObject): PyObject {
  const o = (p as WeakrefObject).wr_object;
  if (o === null) raise(E.ReferenceError, 'weakly-referenced object no longer exists');
  return o;
}

function proxyGetattro(p: PyObject, name: PyObject): PyObject | null {
  const o = proxyReferent(p);
  incref(o);
  try {
    return A.getAttr(o, name as never);
  } finally {
    decref(o);
  }
}

function proxySetattro(p: PyObject, name: PyObject, value: PyObject | null): void {
  const o = proxyReferent(p);
  incref(o);
  try {
    A.setAttr(o, name as never, value);
  } finally {
    decref(o);
  }
}

/** 3.11/3.12: "<weakproxy at 0x.. to C at 0x..>", dead: "<weakproxy at 0x.. to NoneType at <id(None)>>";
 *  3.13: "<weakproxy at 0x..; to 'C' at 0x..>", dead: "<weakproxy at 0x..; dead>" (all measured). */
export function proxyReprString(p: WeakrefObject, version: string): string {
  const o = p.wr_object;
  if (version === '3.13') {
    return o === null ? `<weakproxy at ${hexAddr(p)}; dead>` : `<weakproxy at ${hexAddr(p)}; to '${o.ob_type.tp_name}' at ${hexAddr(o)}>`;
  }
  const t = o ?? None;
  return `<weakproxy at ${hexAddr(p)} to ${t.ob_type.tp_name} at ${hexAddr(t)}>`;
}

function proxyRepr(p: PyObject): PyObject {
  return newStr(proxyReprString(p as WeakrefObject, RT.profile.version));
}

function unwrap1<R>(p: PyObject, f: (o: PyObject) => R): R {
  const o = proxyReferent(p);
  incref(o);
  try {
    return f(o);
  } finally {
    decref(o);
  }
}

function proxyCall(p: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  return unwrap1(p, (o) => A.call(o, args, start, nargs, kwnames));
}

function unwrapArg(x: PyObject): PyObject {
  return x instanceof WeakrefObject && isProxy(x) ? proxyReferent(x) : x;
}

function proxyRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const x = unwrapArg(a);
  const y = unwrapArg(b);
  incref(x);
  incref(y);
  try {
    return A.richCompare(x, y, op);
  } finally {
    decref(x);
    decref(y);
  }
}

// ------------------------------------------------------------------ type setup

/** Fill the slots of the weakref types. Idempotent; call once per process before use. */
export function initWeakrefTypes(): void {
  const r = WEAKREF_TYPES.ref;
  r.tp_dealloc = weakrefDealloc;
  r.tp_traverse = weakrefTraverse;
  r.tp_clear = weakrefClear;
  r.tp_repr = weakrefRepr;
  r.tp_hash = weakrefHash;
  r.tp_richcompare = weakrefRichCompare;
  r.tp_call = weakrefCall;
  for (const tp of [WEAKREF_TYPES.proxy, WEAKREF_TYPES.callableProxy]) {
    tp.tp_dealloc = weakrefDealloc;
    tp.tp_traverse = weakrefTraverse;
    tp.tp_clear = weakrefClear;
    tp.tp_repr = proxyRepr;
    tp.tp_str = (p) => unwrap1(p, (o) => A.str(o));
    tp.tp_getattro = proxyGetattro;
    tp.tp_setattro = proxySetattro;
    tp.tp_richcompare = proxyRichCompare;
    tp.nb_bool = (p) => unwrap1(p, (o) => A.isTrue(o));
    tp.sq_length = (p) => unwrap1(p, (o) => A.length(o));
    tp.sq_contains = (p, k) => unwrap1(p, (o) => A.contains(o, k));
    tp.mp_subscript = (p, k) => unwrap1(p, (o) => A.getItem(o, k));
    tp.mp_ass_subscript = (p, k, v) =>
      unwrap1(p, (o) => {
        if (v === null) A.delItem(o, k);
        else A.setItem(o, k, v);
      });
    tp.tp_iter = (p) => unwrap1(p, (o) => A.getIter(o));
  }
  WEAKREF_TYPES.callableProxy.tp_call = proxyCall;
}
