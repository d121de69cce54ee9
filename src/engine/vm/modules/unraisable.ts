/**
 * sys.unraisablehook (CPython's Python/errors.c): exceptions that cannot be raised (in __del__, weakref
 * and gc callbacks, generator close at dealloc, atexit callbacks) are passed to sys.unraisablehook as an
 * UnraisableHookArgs structseq (exc_type, exc_value, exc_traceback, err_msg, object). The default hook
 * (sys.__unraisablehook__) prints "Exception ignored in: <repr(object)>" and the traceback to stderr.
 * err_msg is None for the default message (measured on 3.11–3.13). If the program's hook raises, the
 * failure is reported by the default hook as "Exception ignored in sys.unraisablehook: <repr(hook)>".
 */
import { PyObject, PyErr, RT, TPFLAGS, decref, newref } from '../../objects/object';
import { T } from '../../objects/types';
import { None } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { TupleObject, tupleAllocSize } from '../../objects/sequences';
import { DictObject, dictGetStr, dictSetStr } from '../../objects/dict';
import { onBootstrap, defineGetSets, makeStatic } from '../../objects/typeobject';
import { BuiltinFunctionObject } from '../../objects/funcobject';
import { ModuleObject } from '../../objects/core_misc';
import { UNRAISABLE } from '../../objects/core_exc';
import { allocObject, freeObject } from '../../memory/heap';
import * as A from '../abstract';
import { nativeType } from './nativetype';

const FIELDS = ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'];

export const UnraisableHookArgsType = nativeType('UnraisableHookArgs', 24, TPFLAGS.HAVE_GC | TPFLAGS.TUPLE_SUBCLASS, T.tuple);
UnraisableHookArgsType.tp_itemsize = 8;

class UnraisableArgsObject extends TupleObject {
  constructor(items: PyObject[]) {
    super(items);
    (this as PyObject).ob_type = UnraisableHookArgsType;
  }
}

/** Steals the five references. PyStructSequence_New does not track the object. */
function newArgs(items: PyObject[]): PyObject {
  const o = new UnraisableArgsObject(items);
  allocObject(o, tupleAllocSize(FIELDS.length));
  return o;
}

function reprOrFailed(o: PyObject): string {
  try {
    return A.reprString(o);
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      return '<object repr() failed>';
    }
    throw e;
  }
}

/**
 * `text` to sys.stderr's write() (PySys_WriteStderr's and write_unraisable_exc's path: a program may have
 * replaced sys.stderr to capture it). False when there is no sys.stderr (missing or None) or its write raised
 * (the error is cleared): the callers decide what then.
 */
export function writeToSysStderr(text: string): boolean {
  const sys = RT.modules ? dictGetStr(RT.modules, 'sys') : null;
  const file = sys instanceof ModuleObject && sys.dict !== null ? dictGetStr(sys.dict as DictObject, 'stderr') : null;
  if (file === null || file === None) return false;
  const s = newStr(text);
  try {
    const w = A.getAttrStr(file, 'write');
    try {
      decref(A.call1(w, s));
    } finally {
      decref(w);
    }
    return true;
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
    return false;
  } finally {
    decref(s);
  }
}

/** write_unraisable_exc_file */
function defaultHook(excValue: PyObject, errMsg: PyObject, obj: PyObject): void {
  let head = '';
  if (obj !== None) {
    head = errMsg instanceof StrObject ? `${errMsg.value}: ` : 'Exception ignored in: ';
    head += `${reprOrFailed(obj)}\n`;
  } else if (errMsg instanceof StrObject) {
    head = `${errMsg.value}:\n`;
  }
  // write_unraisable_exc: nothing when sys.stderr is None or missing; a failing write loses the rest
  writeToSysStderr(head + (excValue === None ? '' : RT.ext.formatUnraisable(excValue)));
}

let defaultHookObj: PyObject | null = null;

function errMsgOf(msg: string, obj: PyObject | null): PyObject {
  if (msg === 'Exception ignored in: ' && obj !== null) return newref(None);
  return newStr(msg.replace(/:\s*$/, ''));
}

function sysHook(): PyObject | null {
  const sys = RT.modules ? dictGetStr(RT.modules, 'sys') : null;
  if (!(sys instanceof ModuleObject) || sys.dict === null) return null;
  const hook = dictGetStr(sys.dict as DictObject, 'unraisablehook');
  if (hook === null || hook === None || hook === defaultHookObj) return null;
  return hook;
}

/** Called by RT_EXT.writeUnraisable: true when the program's sys.unraisablehook handled the report. */
function dispatch(exc: PyObject, msg: string, obj: PyObject | null): boolean {
  const hook = sysHook();
  if (hook === null) return false;
  const tb = (exc as any).traceback as PyObject | null | undefined;
  const args = newArgs([newref(exc.ob_type), newref(exc), newref(tb ?? None), errMsgOf(msg, obj), newref(obj ?? None)]);
  newref(hook);
  try {
    decref(A.call(hook, [args], 0, 1, null));
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    const m = newStr('Exception ignored in sys.unraisablehook');
    defaultHook(e.exc, m, hook);
    decref(m);
    decref(e.exc);
  } finally {
    decref(args);
    decref(hook);
  }
  return true;
}

/** sys.unraisablehook / sys.__unraisablehook__ */
export function installUnraisableHook(d: DictObject): void {
  if (defaultHookObj === null) {
    const b = new BuiltinFunctionObject(
      'unraisablehook',
      (_s, a, st, n, kw) => {
        if (kw !== null && (kw as TupleObject).items.length > 0) raise(E.TypeError, 'unraisablehook() takes no keyword arguments');
        if (n !== 1) raise(E.TypeError, `unraisablehook() takes exactly one argument (${n} given)`);
        const u = a[st];
        if (!(u instanceof UnraisableArgsObject)) raise(E.TypeError, 'sys.unraisablehook argument type must be UnraisableHookArgs');
        defaultHook(u.items[1], u.items[3], u.items[4]);
        return newref(None);
      },
      null,
      'sys',
    );
    makeStatic(b);
    defaultHookObj = b;
  }
  dictSetStr(d, 'unraisablehook', defaultHookObj);
  dictSetStr(d, '__unraisablehook__', defaultHookObj);
}

onBootstrap(() => {
  const t = UnraisableHookArgsType;
  t.tp_dealloc = (o) => {
    const s = o as UnraisableArgsObject;
    const items = s.items;
    s.items = [];
    for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
    freeObject(s, tupleAllocSize(FIELDS.length));
  };
  t.tp_traverse = (o, visit) => {
    for (const x of (o as UnraisableArgsObject).items) visit(x);
  };
  t.tp_repr = (o) => {
    const items = (o as UnraisableArgsObject).items;
    return newStr(`UnraisableHookArgs(${items.map((x, i) => `${FIELDS[i]}=${A.reprString(x)}`).join(', ')})`);
  };
  t.tp_new = () => raise(E.TypeError, "cannot create 'UnraisableHookArgs' instances");
  const gs: Record<string, { get: (o: PyObject) => PyObject }> = {};
  FIELDS.forEach((f, i) => (gs[f] = { get: (o) => newref((o as UnraisableArgsObject).items[i]) }));
  defineGetSets(t, gs);
  UNRAISABLE.dispatch = dispatch;
  UNRAISABLE.write = writeToSysStderr;
});
