/**
 * The atexit module (CPython's Modules/atexitmodule.c): register(func, *args, **kwargs), unregister(func),
 * _run_exitfuncs(), _clear(), _ncallbacks(). Callbacks live in the interpreter state (here: per Runtime) and
 * run newest first when the program ends (Py_FinalizeEx → _PyAtExit_Call), before module teardown.
 * An exception in a callback is reported as unraisable: 3.11/3.12 "Exception ignored in atexit callback:
 * <repr>", 3.13 "Exception ignored in atexit callback <repr>:" (measured).
 */
import { PyObject, PyErr, RT, incref, decref, newref } from '../../objects/object';
import { None } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { newInt } from '../../objects/numbers';
import { newTuple, type TupleObject } from '../../objects/sequences';
import { DictObject, newDict, dictSetItem, dictForEach } from '../../objects/dict';
import { newModule } from '../../objects/core_misc';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { moduleFn } from './nativetype';
import { CMP } from '../../compiler/opcodes';

interface Callback {
  func: PyObject;
  args: PyObject; // tuple
  kwargs: PyObject | null; // dict
}

interface AtexitState {
  callbacks: (Callback | null)[];
}

const states = new WeakMap<object, AtexitState>();

function state(): AtexitState {
  let s = states.get(RT);
  if (s === undefined) {
    s = { callbacks: [] };
    states.set(RT, s);
  }
  return s;
}

function freeCallback(cb: Callback): void {
  decref(cb.func);
  decref(cb.args);
  if (cb.kwargs !== null) decref(cb.kwargs);
}

function clearCallbacks(s: AtexitState): void {
  const cbs = s.callbacks;
  s.callbacks = [];
  for (const cb of cbs) if (cb !== null) freeCallback(cb);
}

/** atexit_callfuncs: newest first; exceptions are unraisable; then every callback is released */
export function runExitFuncs(): void {
  const s = states.get(RT);
  if (s === undefined) return;
  for (let i = s.callbacks.length - 1; i >= 0; i--) {
    const cb = s.callbacks[i];
    if (cb === null || cb === undefined) continue;
    // the callback may unregister itself: keep the objects alive while it runs
    incref(cb.func);
    incref(cb.args);
    if (cb.kwargs !== null) incref(cb.kwargs);
    try {
      const args = (cb.args as TupleObject).items;
      let r: PyObject;
      if (cb.kwargs === null) r = A.call(cb.func, args, 0, args.length, null);
      else {
        const all = args.slice();
        const names: PyObject[] = [];
        dictForEach(cb.kwargs as DictObject, (k, v) => {
          names.push(newref(k));
          all.push(v);
        });
        const kwnames = newTuple(names);
        try {
          r = A.call(cb.func, all, 0, args.length, kwnames);
        } finally {
          decref(kwnames);
        }
      }
      decref(r);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      if (RT.profile.version === '3.13') {
        let r: string;
        try {
          r = A.reprString(cb.func);
        } catch (e2) {
          if (e2 instanceof PyErr) decref(e2.exc);
          r = '<object repr() failed>';
        }
        RT.writeUnraisable(e, `Exception ignored in atexit callback ${r}:`, null, 'atexit');
      } else {
        RT.writeUnraisable(e, 'Exception ignored in atexit callback: ', cb.func, 'atexit');
      }
    } finally {
      freeCallback(cb);
    }
  }
  clearCallbacks(s);
}

NATIVE_MODULES.atexit = () => {
  const m = newModule('atexit');
  const d = m.dict as DictObject;
  moduleFn(m, 'register', (_s, a, st, n, kw) => {
    if (n === 0) raise(E.TypeError, 'register() takes at least 1 argument (0 given)');
    const func = a[st];
    if (func.ob_type.tp_call === null) raise(E.TypeError, 'the first argument must be callable');
    const rest: PyObject[] = [];
    for (let i = 1; i < n; i++) rest.push(newref(a[st + i]));
    let kwargs: PyObject | null = null;
    if (kw !== null) {
      const names = (kw as TupleObject).items;
      if (names.length > 0) {
        const dd = newDict();
        names.forEach((k, j) => dictSetItem(dd, k, a[st + n + j]));
        kwargs = dd;
      }
    }
    state().callbacks.push({ func: newref(func), args: newTuple(rest), kwargs });
    return newref(func);
  });
  moduleFn(m, 'unregister', (_s, a, st, n) => {
    if (n !== 1) raise(E.TypeError, `unregister() takes exactly one argument (${n} given)`);
    const s = state();
    for (let i = 0; i < s.callbacks.length; i++) {
      const cb = s.callbacks[i];
      if (cb === null) continue;
      if (A.richCompareBool(cb.func, a[st], CMP.EQ)) {
        s.callbacks[i] = null;
        freeCallback(cb);
      }
    }
    return newref(None);
  });
  moduleFn(m, '_run_exitfuncs', () => {
    runExitFuncs();
    return newref(None);
  });
  moduleFn(m, '_clear', () => {
    clearCallbacks(state());
    return newref(None);
  });
  moduleFn(m, '_ncallbacks', () => newInt(state().callbacks.length));
  return m;
};
