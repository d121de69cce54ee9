/**
 * The async opcodes' runtime parts (CPython 3.12 Python/bytecodes.c GET_AWAITABLE, GET_AITER, GET_ANEXT,
 * BEFORE_ASYNC_WITH and Objects/genobject.c _PyCoro_GetAwaitableIter), installed as RT_EXT services and
 * called from vm/eval.ts. Native coroutines are the generator objects of CO_COROUTINE code (heapscope has
 * no separate coroutine / async_generator types yet); other awaitables use __await__ / __aiter__ /
 * __anext__ / __aenter__ / __aexit__ found on the type.
 */
import { PyObject, RT, incref, decref } from '../objects/object';
import { E, raise } from '../objects/exceptions';
import { onBootstrap, typeLookup } from '../objects/typeobject';
import { GenObject } from '../objects/core_misc';
import { CO_COROUTINE, CO_ITERABLE_COROUTINE } from '../compiler/code';
import { RT_EXT } from './rtext';

function isCoroutine(o: PyObject): boolean {
  return o instanceof GenObject && (o.code.spec.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) !== 0;
}

function callSpecial(o: PyObject, name: string): PyObject | null {
  const d = typeLookup(o.ob_type, name);
  if (d === null) return null;
  return RT.ext.callBoundDescr(d, o, [], 0, 0, null);
}

/** _PyCoro_GetAwaitableIter: a new reference, or null when `o` has no __await__. */
function awaitableIter(o: PyObject): PyObject | null {
  if (isCoroutine(o)) {
    incref(o);
    return o;
  }
  const res = callSpecial(o, '__await__');
  if (res === null) return null;
  if (isCoroutine(res)) {
    decref(res);
    raise(E.TypeError, '__await__() returned a coroutine');
  }
  if (res.ob_type.tp_iternext === null) {
    const n = res.ob_type.tp_name;
    decref(res);
    raise(E.TypeError, `__await__() returned non-iterator of type '${n}'`);
  }
  return res;
}

/** GET_AWAITABLE (borrowed obj; new reference). */
function getAwaitable(obj: PyObject, where: number): PyObject {
  const it = awaitableIter(obj);
  if (it === null) {
    const n = obj.ob_type.tp_name;
    if (where === 1) raise(E.TypeError, `'async with' received an object from __aenter__ that does not implement __await__: ${n}`);
    if (where === 2) raise(E.TypeError, `'async with' received an object from __aexit__ that does not implement __await__: ${n}`);
    raise(E.TypeError, `object ${n} can't be used in 'await' expression`);
  }
  // (CPython also raises "coroutine is being awaited already" for a coroutine suspended in a SEND; not modelled)
  return it;
}

/** GET_AITER (borrowed obj; new reference). */
function getAiter(obj: PyObject): PyObject {
  const it = callSpecial(obj, '__aiter__');
  if (it === null) raise(E.TypeError, `'async for' requires an object with __aiter__ method, got ${obj.ob_type.tp_name}`);
  if (typeLookup(it.ob_type, '__anext__') === null) {
    const n = it.ob_type.tp_name;
    decref(it);
    raise(E.TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${n}`);
  }
  return it;
}

/** GET_ANEXT (borrowed aiter; new reference to the awaitable). */
function getAnext(aiter: PyObject): PyObject {
  const next = callSpecial(aiter, '__anext__');
  if (next === null) raise(E.TypeError, `'async for' requires an iterator with __anext__ method, got ${aiter.ob_type.tp_name}`);
  let aw: PyObject | null;
  try {
    aw = awaitableIter(next);
  } catch (e) {
    decref(next);
    throw e;
  }
  if (aw === null) {
    const n = next.ob_type.tp_name;
    decref(next);
    raise(E.TypeError, `'async for' received an invalid object from __anext__: ${n}`);
  }
  decref(next);
  return aw;
}

/** BEFORE_ASYNC_WITH (borrowed mgr): bound __aexit__ and the result of __aenter__(). */
function beforeAsyncWith(mgr: PyObject): { exit: PyObject; result: PyObject } {
  const tp = mgr.ob_type;
  const enter = typeLookup(tp, '__aenter__');
  if (enter === null) raise(E.TypeError, `'${tp.tp_name}' object does not support the asynchronous context manager protocol`);
  const exitD = typeLookup(tp, '__aexit__');
  if (exitD === null) {
    raise(E.TypeError, `'${tp.tp_name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  const get = exitD.ob_type.tp_descr_get;
  const exit = get !== null ? get(exitD, mgr, tp) : (incref(exitD), exitD);
  let result: PyObject;
  try {
    result = RT.ext.callBoundDescr(enter, mgr, [], 0, 0, null);
  } catch (e) {
    decref(exit);
    throw e;
  }
  return { exit, result };
}

onBootstrap(() => {
  RT_EXT.getAwaitable = getAwaitable;
  RT_EXT.getAiter = getAiter;
  RT_EXT.getAnext = getAnext;
  RT_EXT.beforeAsyncWith = beforeAsyncWith;
});
