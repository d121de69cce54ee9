/**
 * Generators, modules, super, and the small services of the eval loop: unpacking, f-string formatting,
 * list extension, `with` entry, repr recursion guards, match-statement helpers.
 */
import { isMethodDescriptor } from './typeflags';
import { PyObject, PyType, PyErr, RT, TPFLAGS, GCF, incref, decref, xdecref, newref } from './object';
import { T } from './types';
import { None, True, False, NotImplemented, IntObject } from './singletons';
import { E, raise, excMatches, ExceptionObject, makeException, setExcField } from './exceptions';
import { StrObject, newStr, ID, probe } from './str';
import { TupleObject, ListObject, newTuple, newList, newListFrom, listAppend, listResize, EMPTY_TUPLE } from './sequences';
import { DictObject, newDict, dictGetStr, dictSetStr, dictGetItem, dictSetItem, dictForEach } from './dict';
import { CodeObject, FunctionObject } from './funcobject';
import { onBootstrap, defineGetSets, defineMethods, typeLookup, isSubtype, genericGetAttr, genericSetAttr } from './typeobject';
import { allocObject, freeObject } from '../memory/heap';
import * as A from '../vm/abstract';
import { RT_EXT } from '../vm/rtext';
import { Frame, FrameState, clearFrame } from '../vm/frame';
import { evalFrame } from '../vm/eval';
import { ExcInfo } from '../vm/runtime';
import { CO_COROUTINE } from '../compiler/code';
import { Op } from '../compiler/opcodes';
import { formatFloat, formatInt, formatStr } from '../lib/formatspec';
import { FloatObject } from './numbers';
import { asciiEscape } from '../lib/pystr';
import { callMethodIfExists } from './core_func';
import { isInstanceOf } from '../vm/builtins';

// ------------------------------------------------------------------ generators

export class GenObject extends PyObject {
  running = false;
  /** the generator's own handled-exception state */
  excState = new ExcInfo(null, null);
  constructor(
    public frame: Frame | null,
    public name: PyObject,
    public qualname: PyObject,
    public code: CodeObject,
    type: PyType,
  ) {
    super(type);
  }
}

function makeGenerator(f: Frame): PyObject {
  const code = f.code;
  incref(code.nameObj);
  incref(code.qualnameObj);
  incref(code);
  // a CO_COROUTINE frame makes a coroutine (PyCoro_Type), every other one a generator
  const g = new GenObject(f, code.nameObj, code.qualnameObj, code, (code.spec.co_flags & CO_COROUTINE) !== 0 ? T.coroutine : T.generator);
  f.gen = g;
  allocObject(g, RT.profile.sizes.generator + 8 * (code.nlocalsplus + code.spec.co_stacksize));
  RT.gc.track(g);
  return g;
}

function genFrameFinished(f: Frame): void {
  // the generator keeps the frame object until it is deallocated; release locals now (gen_send_ex2)
  const g = f.gen as GenObject;
  clearFrame(f);
  g.frame = null;
}

/**
 * gen_send_ex: resume `g` with `value` (or throw `exc`). Returns [done, result] (new reference).
 */
export function genSend(g: GenObject, value: PyObject | null, exc: PyObject | null): { done: boolean; value: PyObject } {
  const r = genResume(g, value, exc);
  return { done: genDone, value: r };
}

/** Set by genResume before it returns: whether the generator finished (its result is the return value). */
let genDone = false;

/**
 * genSend without the result record (the iteration paths call it once per item): the yielded or returned
 * value (new reference), with genDone telling which.
 */
function genResume(g: GenObject, value: PyObject | null, exc: PyObject | null): PyObject {
  const f = g.frame;
  if (g.running) raise(E.ValueError, 'generator already executing');
  if (f === null || (f.state as number) === FrameState.COMPLETED) {
    if (exc !== null) throw new PyErr(newref(exc));
    genDone = true;
    return newref(None);
  }
  if (f.state === FrameState.CREATED && value !== null && value !== None && exc === null)
    raise(E.TypeError, "can't send non-None value to a just-started generator");
  // push the sent value (the frame resumes after YIELD_VALUE / RETURN_GENERATOR expecting it)
  if (exc === null) f.s[f.sp++] = newref(value ?? None);
  g.running = true;
  g.excState.prev = RT.excInfo;
  RT.excInfo = g.excState;
  let r: PyObject;
  try {
    if (exc !== null) r = RT.ext.genThrowInto(f, exc);
    else r = evalFrame(f);
  } catch (e) {
    g.running = false;
    RT.excInfo = g.excState.prev!;
    g.excState.prev = null;
    if (e instanceof PyErr && excMatches(e.exc, E.StopIteration)) {
      const err = makeException(E.RuntimeError, 'generator raised StopIteration');
      (err as ExceptionObject).cause = e.exc;
      (err as ExceptionObject).context = newref(e.exc);
      (err as ExceptionObject).suppressContext = true;
      throw new PyErr(err);
    }
    throw e;
  }
  g.running = false;
  RT.excInfo = g.excState.prev!;
  g.excState.prev = null;
  genDone = (f.state as number) === FrameState.COMPLETED;
  return r;
}

function genIterNext(o: PyObject): PyObject | null {
  const r = genResume(o as GenObject, None, null);
  if (genDone) {
    decref(r);
    return null;
  }
  return r;
}

/**
 * gen_iternext for callers that surface the end as StopIteration (builtin next(), gen.__next__()): CPython's
 * tp_iternext leaves StopIteration(value) set when the generator returned a value other than None.
 */
function genNextOrRaise(o: PyObject): PyObject {
  const r = genResume(o as GenObject, None, null);
  if (genDone) raiseStopIteration(r);
  return r;
}

function raiseStopIteration(v: PyObject): never {
  if (v === None) {
    decref(v);
    raise(E.StopIteration);
  }
  const exc = RT.ext.newException(E.StopIteration, [v]);
  decref(v);
  throw new PyErr(exc);
}

function genDealloc(o: PyObject): void {
  const g = o as GenObject;
  RT.gc.untrack(g);
  RT.clearWeakrefs(g);
  const f = g.frame;
  // PyObject_CallFinalizerFromDealloc: tp_finalize runs once (the GC may have called it already)
  const unawaited = f !== null && f.state === FrameState.CREATED && g.ob_type === T.coroutine;
  if (f !== null && (f.state === FrameState.SUSPENDED || unawaited) && !(g.gc_flags & GCF.FINALIZED)) {
    g.gc_flags |= GCF.FINALIZED;
    g.ob_refcnt = 1;
    if (unawaited) {
      RT.ext.warnUnawaitedCoroutine(g, g.qualname);
    } else {
      // PEP 342 close() on finalization
      try {
        genClose(g);
      } catch (e) {
        RT.writeUnraisable(e, 'Exception ignored in: ', g, 'close');
      }
    }
    g.ob_refcnt--;
    if (g.ob_refcnt > 0) return;
  }
  if (g.frame !== null) {
    clearFrame(g.frame);
    g.frame = null;
  }
  xdecref(g.excState.value);
  decref(g.name);
  decref(g.qualname);
  const code = g.code;
  freeObject(g, RT.profile.sizes.generator + 8 * (code.nlocalsplus + code.spec.co_stacksize));
  decref(code);
}

/** The number of exception handlers around the YIELD_VALUE a suspended frame stopped at (its oparg), or -1. */
function yieldHandlerDepth(f: Frame): number {
  const prev = f.pc - 1;
  const code = f.code.code;
  return prev >= 0 && code[2 * prev] === Op.YIELD_VALUE ? code[2 * prev + 1]! : -1;
}

function genClose(g: GenObject): void {
  const f = g.frame;
  if (f === null || f.state === FrameState.COMPLETED) return;
  if (f.state === FrameState.CREATED) {
    f.state = FrameState.COMPLETED;
    // 3.12+ gen_close only marks an unstarted generator completed: its arguments stay until gen_dealloc
    if (RT.profile.version !== '3.11') return;
    clearFrame(f);
    g.frame = null;
    return;
  }
  if (RT.profile.version === '3.13' && yieldHandlerDepth(f) === 1) {
    // 3.13 gen_close: suspended at a yield whose only handler is the generator's implicit one
    // (RESUME_OPARG_DEPTH1_MASK), it finishes without running: _PyFrame_ClearLocals drops the locals and
    // the value stack, and the function (f_funcobj) stays until gen_dealloc. (3.12's version of this check
    // reads the YIELD_VALUE's opcode instead of its oparg, so it never fires.)
    f.state = FrameState.COMPLETED;
    const s = f.s;
    const top = f.sp;
    f.sp = 0;
    for (let i = 0; i < top; i++) {
      const v = s[i];
      s[i] = null;
      xdecref(v);
    }
    const loc = f.locals;
    f.locals = null;
    xdecref(loc);
    return;
  }
  const exc = makeException(E.GeneratorExit);
  let r: { done: boolean; value: PyObject };
  try {
    r = genSend(g, null, exc);
  } catch (e) {
    // genSend borrows the exception it throws in: release ours whatever came out
    decref(exc);
    if (e instanceof PyErr && (excMatches(e.exc, E.GeneratorExit) || excMatches(e.exc, E.StopIteration))) {
      decref(e.exc);
      return;
    }
    throw e;
  }
  decref(exc);
  decref(r.value);
  if (!r.done) raise(E.RuntimeError, 'generator ignored GeneratorExit');
}

// ------------------------------------------------------------------ modules

export class ModuleObject extends PyObject {
  constructor(d: DictObject) {
    super(T.module);
    this.dict = d;
  }
}

export function newModule(name: string): ModuleObject {
  const d = newDict();
  const m = new ModuleObject(d);
  allocObject(m, T.module.tp_basicsize);
  RT.gc.track(m);
  const n = newStr(name);
  dictSetStr(d, '__name__', n);
  decref(n);
  dictSetStr(d, '__doc__', None);
  dictSetStr(d, '__package__', None);
  dictSetStr(d, '__loader__', None);
  dictSetStr(d, '__spec__', None);
  return m;
}

// ------------------------------------------------------------------ repr recursion guard

/**
 * Py_ReprEnter / Py_ReprLeave keep the objects being repr'd in a list stored under 'Py_Repr' in the thread
 * state's dict. Both are real objects: the first container repr of a run creates the thread-state dict and
 * the list (two GC allocations that live until the thread state is cleared at shutdown), and the list holds a
 * reference to each object while it is being repr'd. RT_EXT.threadStateDict exposes the dict (audit root);
 * RT_EXT.releaseThreadState drops it at the end of a run.
 */
const threadDicts = new WeakMap<object, DictObject>();
function reprList(create: boolean): ListObject | null {
  let d = threadDicts.get(RT);
  if (d === undefined) {
    if (!create) return null;
    // PyThreadState_GetDict creates tstate->dict on first use
    d = newDict();
    threadDicts.set(RT, d);
  }
  const key = RT.internString('Py_Repr');
  let list = dictGetItem(d, key) as ListObject | null;
  if (list === null && create) {
    list = newList(0);
    dictSetItem(d, key, list);
    decref(list);
  }
  decref(key);
  return list;
}
function reprEnter(o: PyObject): boolean {
  const list = reprList(true)!;
  for (let i = list.items.length - 1; i >= 0; i--) if (list.items[i] === o) return true;
  listAppend(list, newref(o));
  return false;
}
function reprLeave(o: PyObject): void {
  const list = reprList(false);
  if (list === null) return;
  // Py_ReprLeave: the last occurrence is removed with PyList_SetSlice (resize first, then the decref)
  const i = list.items.lastIndexOf(o);
  if (i < 0) return;
  listResize(list, list.items.length - 1);
  const [gone] = list.items.splice(i, 1);
  decref(gone);
}
RT_EXT.threadStateDict = (rt: object) => threadDicts.get(rt) ?? null;
RT_EXT.releaseThreadState = (rt: object) => {
  const d = threadDicts.get(rt);
  if (d === undefined) return;
  threadDicts.delete(rt);
  decref(d);
};

// ------------------------------------------------------------------ unpacking, formatting

function unpackSequence(seq: PyObject, before: number, after: number): PyObject[] {
  const star = after >= 0;
  let items: PyObject[];
  if (seq instanceof TupleObject || seq instanceof ListObject) {
    const n = seq.items.length;
    if (!star) {
      if (n !== before) {
        if (n < before) raise(E.ValueError, `not enough values to unpack (expected ${before}, got ${n})`);
        raise(E.ValueError, `too many values to unpack (expected ${before})`);
      }
      return seq.items.map((x) => newref(x));
    }
    items = seq.items.map((x) => newref(x));
  } else {
    if (seq.ob_type.tp_iter === null && !RT.hasGetItem(seq.ob_type))
      raise(E.TypeError, `cannot unpack non-iterable ${seq.ob_type.tp_name} object`);
    const it = A.getIter(seq);
    items = [];
    try {
      if (!star) {
        for (let i = 0; i < before; i++) {
          const x = A.iterNext(it);
          if (x === null) {
            for (const y of items) decref(y);
            raise(E.ValueError, `not enough values to unpack (expected ${before}, got ${i})`);
          }
          items.push(x);
        }
        const extra = A.iterNext(it);
        if (extra !== null) {
          decref(extra);
          for (const y of items) decref(y);
          raise(E.ValueError, `too many values to unpack (expected ${before})`);
        }
        return items;
      }
      for (;;) {
        const x = A.iterNext(it);
        if (x === null) break;
        items.push(x);
      }
    } finally {
      decref(it);
    }
  }
  const n = items.length;
  if (n < before + after) {
    for (const y of items) decref(y);
    raise(E.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${n})`);
  }
  const mid = newListFrom(items.slice(before, n - after));
  return [...items.slice(0, before), mid, ...items.slice(n - after)];
}

/** FORMAT_VALUE: conversion then format(value, spec). New reference (steals nothing). */
function formatValue(v: PyObject, conv: number, spec: PyObject | null): PyObject {
  let x = v;
  let owned = false;
  if (conv === 1) {
    x = A.str(v);
    owned = true;
  } else if (conv === 2) {
    x = A.repr(v);
    owned = true;
  } else if (conv === 3) {
    x = newStr(asciiEscape(A.reprString(v)));
    owned = true;
  }
  try {
    if (spec === null && x.ob_type === T.str) return newref(x);
    return format(x, spec === null ? '' : (spec as StrObject).value);
  } finally {
    if (owned) decref(x);
  }
}

/** PyObject_Format: type(v).__format__(v, spec). */
export function format(v: PyObject, spec: string): PyObject {
  const tp = v.ob_type;
  if (tp === T.str && spec === '') return newref(v);
  // PyObject_Format's fast path: an exact int with an empty spec is PyObject_Str (a new str, even 1 digit)
  if (tp === T.int && spec === '') return A.str(v);
  if (tp === T.int || tp === T.bool && spec !== '') {
    if (tp === T.bool && spec === '') return A.str(v);
    return newStr(formatInt((v as IntObject).value, spec, tp.tp_name, RT.intMaxStrDigits));
  }
  if (tp === T.float) return newStr(formatFloat((v as FloatObject).value, spec));
  if (tp === T.str) {
    // format_string_internal's fast path writes the str itself when no padding/truncation applies
    const r = formatStr((v as StrObject).value, spec);
    return r === (v as StrObject).value ? newref(v) : newStr(r);
  }
  const f = typeLookup(tp, '__format__');
  if (f === null) raise(E.TypeError, `Type ${tp.tp_name} doesn't define __format__`);
  const s = newStr(spec);
  try {
    const r = RT.ext.callBoundDescr(f, v, [s], 0, 1, null);
    if (!(r instanceof StrObject)) {
      const n = r.ob_type.tp_name;
      decref(r);
      raise(E.TypeError, `__format__ must return a str, not ${n}`);
    }
    return r;
  } finally {
    decref(s);
  }
}


/** BEFORE_WITH: bound __exit__ and the result of __enter__(). */
function beforeWith(mgr: PyObject): { exit: PyObject; result: PyObject } {
  const tp = mgr.ob_type;
  const enter = typeLookup(tp, '__enter__');
  if (enter === null) raise(E.TypeError, `'${tp.tp_name}' object does not support the context manager protocol`);
  const exitD = typeLookup(tp, '__exit__');
  if (exitD === null) {
    raise(
      E.TypeError,
      `'${tp.tp_name}' object does not support the context manager protocol (missed __exit__ method)`,
    );
  }
  const get = exitD.ob_type.tp_descr_get;
  const exit = get !== null ? get(exitD, mgr, tp) : newref(exitD);
  let result: PyObject;
  try {
    result = RT.ext.callBoundDescr(enter, mgr, [], 0, 0, null);
  } catch (e) {
    decref(exit);
    throw e;
  }
  return { exit, result };
}

// ------------------------------------------------------------------ super

export class SuperObject extends PyObject {
  constructor(
    public type: PyType | null,
    public obj: PyObject | null,
    public objType: PyType | null,
  ) {
    super(T.super);
  }
}

function superLookup(type: PyType, objType: PyType, obj: PyObject | null, name: string): PyObject | null {
  const mro = objType.tp_mro;
  let i = mro.indexOf(type) + 1;
  for (; i < mro.length; i++) {
    const d = mro[i].tp_dict as DictObject;
    const v = d === null ? null : dictGetStr(d, name);
    if (v !== null) {
      const get = v.ob_type.tp_descr_get;
      if (get !== null) return get(v, obj === objType ? null : obj, objType);
      return newref(v);
    }
  }
  return null;
}

function superCheck(type: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && isSubtype(obj, type)) return obj;
  if (isSubtype(obj.ob_type, type)) return obj.ob_type;
  raise(E.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}

function superAttr(_gsuper: PyObject, cls: PyObject, self: PyObject, name: StrObject, method: boolean, _two: boolean): { value: PyObject; method: boolean } {
  if (!(cls instanceof PyType)) raise(E.TypeError, 'super() argument 1 must be a type');
  const objType = superCheck(cls, self);
  if (method) {
    const mro = objType.tp_mro;
    for (let i = mro.indexOf(cls) + 1; i < mro.length; i++) {
      const d = mro[i].tp_dict as DictObject;
      const v = d === null ? null : dictGetStr(d, name.value);
      if (v !== null) {
        // do_super_lookup: a Py_TPFLAGS_METHOD_DESCRIPTOR attribute (a function, method or slot wrapper) unbound
        if (isMethodDescriptor(v.ob_type) && !(self instanceof PyType && self === objType)) {
          return { value: newref(v), method: true };
        }
        const get = v.ob_type.tp_descr_get;
        return { value: get !== null ? get(v, self === objType ? null : self, objType) : newref(v), method: false };
      }
    }
  } else {
    const r = superLookup(cls, objType, self, name.value);
    if (r !== null) return { value: r, method: false };
  }
  raise(E.AttributeError, `'super' object has no attribute '${name.value}'`);
}

// ------------------------------------------------------------------ match helpers

function matchMapping(o: PyObject): boolean {
  return o instanceof DictObject || RT.ext.isMappingForMatch(o);
}
function matchSequence(o: PyObject): boolean {
  if (o instanceof StrObject || o.ob_type === T.bytes || o.ob_type === T.bytearray) return false;
  return o instanceof ListObject || o instanceof TupleObject || o.ob_type === T.range || RT.ext.isSequenceForMatch(o);
}
function matchKeys(subject: PyObject, keys: PyObject): PyObject {
  // ceval.c match_keys: get = map.get (unbound when possible), seen = set(), dummy = object(),
  // values = tuple of len(keys); a duplicate key raises ValueError; a missing key returns None.
  const ks = (keys as TupleObject).items;
  const nkeys = ks.length;
  if (nkeys === 0) return newTuple([]);
  let get: PyObject;
  let methFound = false;
  const tp = subject.ob_type;
  const descr = tp.tp_getattro === RT.genericGetAttr ? typeLookup(tp, 'get') : null;
  const d = subject.dict as DictObject | null;
  if (descr !== null && (descr.ob_type === T.function || descr.ob_type === T.method_descriptor) && (d === null || d.table.get(probe('get')) === undefined)) {
    get = newref(descr);
    methFound = true;
  } else get = A.getAttr(subject, ID('get'));
  let seen: PyObject | null = null;
  let dummy: PyObject | null = null;
  let values: TupleObject | null = null;
  try {
    seen = RT.ext.newSetFrom([]) as PyObject;
    dummy = A.call(T.object, [], 0, 0, null);
    const slots: PyObject[] = [];
    for (let i = 0; i < nkeys; i++) slots.push(newref(None));
    values = newTuple(slots);
    for (let i = 0; i < nkeys; i++) {
      const key = ks[i];
      if (A.contains(seen, key)) raise(E.ValueError, `mapping pattern checks duplicate key (${A.reprString(key)})`);
      RT.ext.setAdd(seen, key);
      const v: PyObject = methFound ? A.call(get, [subject, key, dummy], 0, 3, null) : A.call(get, [key, dummy], 0, 2, null);
      if (v === dummy) {
        decref(v);
        const vt = values;
        values = null;
        decref(vt);
        return newref(None);
      }
      const old = values.items[i];
      values.items[i] = v;
      decref(old);
    }
    const r = values;
    values = null;
    return r;
  } finally {
    decref(get);
    if (seen !== null) decref(seen);
    if (dummy !== null) decref(dummy);
    if (values !== null) decref(values);
  }
}
function matchClass(subject: PyObject, cls: PyObject, nargs: number, names: PyObject): PyObject {
  // ceval.c match_class: isinstance check, then seen = set(), attrs = [] (a tuple on success), None when an
  // attribute is missing; errors for bad __match_args__, too many positional patterns, repeated attributes.
  if (!(cls instanceof PyType)) raise(E.TypeError, RT.profile.version === '3.11' ? 'called match pattern must be a type' : 'called match pattern must be a class');
  if (!isInstanceOf(subject, cls)) return newref(None);
  const seen = RT.ext.newSetFrom([]) as PyObject;
  const attrs = newList(0);
  let attrsLive = true;
  let matchArgs: PyObject | null = null;
  const attr = (name: PyObject): PyObject | null => {
    if (A.contains(seen, name)) raise(E.TypeError, `${cls.tp_name}() got multiple sub-patterns for attribute ${A.reprString(name)}`);
    RT.ext.setAdd(seen, name);
    return A.lookupAttr(subject, name as StrObject);
  };
  try {
    if (nargs) {
      let matchSelf = false;
      matchArgs = A.lookupAttr(cls, ID('__match_args__'));
      if (matchArgs !== null) {
        if (matchArgs.ob_type !== T.tuple) raise(E.TypeError, `${cls.tp_name}.__match_args__ must be a tuple (got ${matchArgs.ob_type.tp_name})`);
      } else {
        matchArgs = newTuple([]);
        matchSelf = [T.bool, T.bytearray, T.bytes, T.dict, T.float, T.frozenset, T.int, T.list, T.set, T.str, T.tuple].some((t) => isSubtype(cls, t));
      }
      const ma = (matchArgs as TupleObject).items;
      const allowed = matchSelf ? 1 : ma.length;
      if (allowed < nargs) raise(E.TypeError, `${cls.tp_name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
      if (matchSelf) listAppend(attrs, newref(subject));
      else {
        for (let i = 0; i < nargs; i++) {
          const name = ma[i];
          if (name.ob_type !== T.str) raise(E.TypeError, `__match_args__ elements must be strings (got ${name.ob_type.tp_name})`);
          const v = attr(name);
          if (v === null) return newref(None);
          listAppend(attrs, v);
        }
      }
      const m = matchArgs;
      matchArgs = null;
      decref(m);
    }
    for (const name of (names as TupleObject).items) {
      const v = attr(name);
      if (v === null) return newref(None);
      listAppend(attrs, v);
    }
    const items = attrs.items;
    for (const x of items) incref(x);
    const t = newTuple(items.slice());
    attrsLive = false;
    decref(attrs);
    return t;
  } finally {
    if (matchArgs !== null) decref(matchArgs);
    decref(seen);
    if (attrsLive) decref(attrs);
  }
}

// ------------------------------------------------------------------ installation

onBootstrap(() => {
  const gt = T.generator;
  gt.tp_dealloc = genDealloc;
  gt.tp_iter = (o) => newref(o);
  gt.tp_iternext = genIterNext;
  gt.tp_repr = (o) => newStr(`<generator object ${((o as GenObject).qualname as StrObject).value} at 0x${o.addr.toString(16)}>`);
  // _PyGen_Finalize: the cyclic GC closes an unfinished generator before breaking its cycles
  gt.tp_finalize = (o) => {
    const g = o as GenObject;
    const f = g.frame;
    if (f === null || f.state === FrameState.COMPLETED) return;
    // a coroutine that never ran warns instead of closing
    if (f.state === FrameState.CREATED && g.ob_type === T.coroutine) {
      RT.ext.warnUnawaitedCoroutine(g, g.qualname);
      return;
    }
    try {
      genClose(g);
    } catch (e) {
      RT.writeUnraisable(e, 'Exception ignored in: ', g, '');
    }
  };
  // gen_traverse: name, qualname, then the frame's references (_PyFrame_Traverse: frame object, locals,
  // function, code, locals and value stack); the function holds the globals, so a generator kept in a
  // global is a collectable cycle
  gt.tp_traverse = (o, visit) => {
    const g = o as GenObject;
    visit(g.name);
    visit(g.qualname);
    const f = g.frame;
    if (f !== null) {
      if (f.frameObj !== null) visit(f.frameObj);
      if (f.locals !== null) visit(f.locals);
      if (f.func !== null) visit(f.func);
      visit(g.code);
      for (let i = 0; i < f.sp; i++) if (f.s[i] !== null) visit(f.s[i]!);
    }
    // gi_exc_state.exc_value: the exception a generator suspended in an except block is handling
    // (its traceback reaches the generator's frame: a cycle the collector must see)
    if (g.excState.value !== null) visit(g.excState.value);
  };
  const genMethods: Parameters<typeof defineMethods>[1] = {
    send: (self, args, start) => {
      const r = genSend(self as GenObject, args[start], null);
      if (r.done) raiseStopIteration(r.value);
      return r.value;
    },
    throw: (self, args, start, nargs) => {
      let exc = args[start];
      if (exc instanceof PyType) exc = A.call(exc, nargs > 1 && args[start + 1] !== None ? [args[start + 1]] : [], 0, nargs > 1 && args[start + 1] !== None ? 1 : 0, null);
      else incref(exc);
      if (!(exc instanceof ExceptionObject)) {
        decref(exc);
        raise(E.TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + exc.ob_type.tp_name);
      }
      try {
        const r = genSend(self as GenObject, null, exc);
        if (r.done) raiseStopIteration(r.value);
        return r.value;
      } finally {
        decref(exc);
      }
    },
    close: (self) => {
      genClose(self as GenObject);
      return newref(None);
    },
  };
  defineMethods(gt, genMethods);
  // _gen_getframe: None once the generator has finished, even while gen_close left its frame uncleared
  const genFrame = (o: PyObject): PyObject => {
    const f = (o as GenObject).frame;
    return f === null || f.state === FrameState.COMPLETED ? newref(None) : RT.ext.frameObjectOfFrame(f);
  };
  // _PyGen_yf: the iterator a suspended generator (or coroutine) is delegating to (the SEND loop's receiver)
  const genYieldFrom = (o: PyObject): PyObject => {
    const f = (o as GenObject).frame;
    if (f === null || f.state !== FrameState.SUSPENDED) return newref(None);
    const prev = f.pc - 2;
    if (prev >= 0 && f.code.code[2 * prev] === Op.SEND && f.sp > f.code.nlocalsplus) return newref(f.s[f.sp - 1]!);
    return newref(None);
  };
  defineGetSets(gt, {
    __name__: { get: (o) => newref((o as GenObject).name) },
    __qualname__: { get: (o) => newref((o as GenObject).qualname) },
    gi_running: { get: (o) => RT.newBool((o as GenObject).running) },
    gi_frame: { get: genFrame },
    gi_code: { get: (o) => newref((o as GenObject).code) },
    gi_suspended: { get: (o) => RT.newBool((o as GenObject).frame?.state === FrameState.SUSPENDED) },
    gi_yieldfrom: { get: genYieldFrom },
  });
  // coroutines (PyCoro_Type): the generator's machinery without iteration, cr_* attributes
  const ct = T.coroutine;
  ct.tp_dealloc = genDealloc;
  ct.tp_finalize = gt.tp_finalize;
  ct.tp_traverse = gt.tp_traverse;
  ct.tp_repr = (o) => newStr(`<coroutine object ${((o as GenObject).qualname as StrObject).value} at 0x${o.addr.toString(16)}>`);
  defineMethods(ct, genMethods);
  defineGetSets(ct, {
    __name__: { get: (o) => newref((o as GenObject).name) },
    __qualname__: { get: (o) => newref((o as GenObject).qualname) },
    cr_running: { get: (o) => RT.newBool((o as GenObject).running) },
    cr_frame: { get: genFrame },
    cr_code: { get: (o) => newref((o as GenObject).code) },
    cr_suspended: { get: (o) => RT.newBool((o as GenObject).frame?.state === FrameState.SUSPENDED) },
    cr_await: { get: genYieldFrom },
    // sys.set_coroutine_origin_tracking_depth is 0: no origin is recorded
    cr_origin: { get: () => newref(None) },
  });
  // modules
  const mt = T.module;
  mt.hasDict = true;
  mt.tp_getattro = (o, name) => {
    const r = genericGetAttr(o, name);
    if (r !== null) return r;
    const d = o.dict as DictObject;
    const ga = dictGetStr(d, '__getattr__');
    if (ga !== null) return A.call(ga, [name], 0, 1, null);
    return null;
  };
  mt.tp_setattro = genericSetAttr;
  mt.tp_repr = (o) => {
    const name = RT.moduleName(o);
    const d = o.dict as DictObject;
    const file = dictGetStr(d, '__file__');
    if (file instanceof StrObject) return newStr(`<module '${name}' from '${file.value}'>`);
    return newStr(`<module '${name}' (built-in)>`);
  };
  mt.tp_dealloc = (o) => {
    RT.gc.untrack(o);
    RT.clearWeakrefs(o);
    const d = o.dict;
    o.dict = null;
    xdecref(d);
    freeObject(o, T.module.tp_basicsize);
  };
  mt.tp_traverse = (o, visit) => {
    if (o.dict) visit(o.dict);
  };
  // module_clear: Py_CLEAR(md_dict) (a builtin module is in a cycle with its functions' m_self)
  mt.tp_clear = (o) => {
    const d = o.dict;
    o.dict = null;
    xdecref(d);
  };
  defineGetSets(mt, { __dict__: { get: (o) => newref(o.dict!) } });
  // super
  const st = T.super;
  st.tp_new = (type) => {
    const s = new SuperObject(null, null, null);
    (s as PyObject).ob_type = type;
    allocObject(s, T.super.tp_basicsize);
    RT.gc.track(s);
    return s;
  };
  st.tp_init = (self, args, start, nargs) => {
    const s = self as SuperObject;
    let type: PyObject;
    let obj: PyObject | null;
    if (nargs === 0) {
      const zs = RT.ext.zeroArgSuper();
      type = zs.type;
      obj = zs.obj;
    } else {
      type = args[start];
      obj = nargs > 1 ? args[start + 1] : null;
    }
    if (!(type instanceof PyType)) raise(E.TypeError, `super() argument 1 must be a type, not ${type.ob_type.tp_name}`);
    s.type = newref(type);
    if (obj !== null && obj !== None) {
      s.objType = superCheck(type, obj);
      incref(s.objType);
      s.obj = newref(obj);
    }
  };
  st.tp_getattro = (o, name) => {
    const s = o as SuperObject;
    const n = (name as StrObject).value;
    if (s.objType !== null && n !== '__class__') {
      const r = superLookup(s.type!, s.objType, s.obj, n);
      if (r !== null) return r;
    }
    return genericGetAttr(o, name);
  };
  st.tp_dealloc = (o) => {
    const s = o as SuperObject;
    RT.gc.untrack(s);
    xdecref(s.type);
    xdecref(s.obj);
    xdecref(s.objType);
    freeObject(s, T.super.tp_basicsize);
  };
  st.tp_repr = (o) => {
    const s = o as SuperObject;
    if (s.objType === null) return newStr(`<super: <class '${s.type?.tp_name}'>, NULL>`);
    return newStr(`<super: <class '${s.type?.tp_name}'>, <${s.objType.tp_name} object>>`);
  };
  RT_EXT.makeGenerator = makeGenerator;
  RT_EXT.genNextOrRaise = genNextOrRaise;
  RT_EXT.genFrameFinished = genFrameFinished;
  RT_EXT.genSendOrNext = (receiver: PyObject, v: PyObject) => {
    if (receiver instanceof GenObject) return genSend(receiver, v, null);
    if (v === None) {
      const x = A.iterNext(receiver);
      return x === null ? { done: true, value: newref(None) } : { done: false, value: x };
    }
    const r = RT.ext.callMethod(receiver, 'send', [v]);
    return { done: false, value: r };
  };
  RT_EXT.reprEnter = reprEnter;
  RT_EXT.reprLeave = reprLeave;
  RT_EXT.unpackSequence = unpackSequence;
  RT_EXT.formatValue = formatValue;
  RT_EXT.format = format;
  RT_EXT.beforeWith = beforeWith;
  RT_EXT.superAttr = superAttr;
  RT_EXT.newModule = newModule;
  RT_EXT.matchMapping = matchMapping;
  RT_EXT.matchSequence = matchSequence;
  RT_EXT.matchKeys = matchKeys;
  RT_EXT.matchClass = matchClass;
  RT_EXT.isMappingForMatch = () => false;
  RT_EXT.isSequenceForMatch = () => false;
  RT_EXT.genSend = genSend;
  RT_EXT.newEmptyList = () => newList(0);
  RT_EXT.listAppendBorrowed = (l: PyObject, v: PyObject) => listAppend(l as ListObject, newref(v));
  RT_EXT.idStr = (s: string) => ID(s);
  RT_EXT.stopIterationError = (_f: Frame, exc: PyObject) => {
    // PEP 479: StopIteration escaping a generator becomes RuntimeError
    if (excMatches(exc, E.StopIteration)) {
      const err = makeException(E.RuntimeError, 'generator raised StopIteration');
      err.cause = newref(exc);
      err.context = newref(exc);
      err.suppressContext = true;
      return err;
    }
    return newref(exc);
  };
});

export {
  setExcField, callMethodIfExists, probe, dictGetItem, dictSetItem, dictForEach, FunctionObject, EMPTY_TUPLE, True, False,
  NotImplemented, TPFLAGS,
};
