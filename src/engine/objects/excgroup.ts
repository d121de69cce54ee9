/**
 * BaseExceptionGroup / ExceptionGroup (PEP 654), CPython's Objects/exceptions.c: the constructor with its
 * class selection rules, `message`, `exceptions`, `derive`, `split`, `subgroup`, `__str__`; and the two
 * runtime pieces of `except*` (Python/ceval.c `exception_group_match` for CHECK_EG_MATCH, and
 * `_PyExc_PrepReraiseStar` for CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR).
 *
 * Layout: an ExceptionObject whose `fields` hold 'message' (the str) and 'exceptions' (a tuple), like
 * PyBaseExceptionGroupObject's msg / excs. Allocation order follows CPython (args tuple, then the
 * exceptions tuple, then the object), and dealloc releases msg and excs before the BaseException fields.
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, xdecref, newref } from './object';
import { T } from './types';
import { None } from './singletons';
import { E, raise, ExceptionObject, getExcField, setExcField } from './exceptions';
import { StrObject, newStr, ID } from './str';
import { TupleObject, ListObject, newTuple, newList, listAppend } from './sequences';
import { newInt } from './numbers';
import { newSet, setAddKey } from './core_set';
import { onBootstrap, defineGetSets, defineMethods, defineAttr, staticStr, isSubtype, typeLookup } from './typeobject';
import { allocObject } from '../memory/heap';
import { formatTracebackEntries, formatExceptionOnly } from './core_exc';
import * as A from '../vm/abstract';
import { RT_EXT } from '../vm/rtext';
import type { Frame } from '../vm/frame';
import type { PythonVersion } from '../parser';
import { registerWeakrefable, weakrefListHead } from './weakref';

/** sizeof(PyBaseExceptionGroupObject) */
const EG_BASICSIZE = 88;

/**
 * CPython makes ExceptionGroup as a class (PyErr_NewException over BaseExceptionGroup and Exception), so
 * type_new gave it what a class over bases without weak references gets: a weakref list — on 3.11 a pointer
 * after BaseExceptionGroup's fields (basicsize 96, __weakrefoffset__ 88), on 3.12+ a managed weakref in the
 * pre-header (Py_TPFLAGS_MANAGED_WEAKREF, basicsize 88, __weakrefoffset__ -32) — and a `__weakref__` getset
 * (onBootstrap below). The static type serves every run, so the interpreter's set-up gives it the run's
 * version's layout; classes over it inherit it (typeobject.ts typeNew).
 */
export function configureExceptionGroupType(version: PythonVersion): void {
  const tp = E.ExceptionGroup;
  const v311 = version === '3.11';
  tp.tp_basicsize = v311 ? EG_BASICSIZE + 8 : EG_BASICSIZE;
  tp.tp_flags = (tp.tp_flags & ~TPFLAGS.MANAGED_WEAKREF) | (v311 ? 0 : TPFLAGS.MANAGED_WEAKREF);
}

export function isExceptionGroup(o: PyObject): boolean {
  return o instanceof ExceptionObject && isSubtype(o.ob_type, E.BaseExceptionGroup);
}

function egExcs(eg: PyObject): TupleObject {
  return getExcField(eg as ExceptionObject, 'exceptions') as TupleObject;
}
function egMsg(eg: PyObject): PyObject {
  return getExcField(eg as ExceptionObject, 'message') ?? None;
}

function isSequence(o: PyObject): boolean {
  const t = o.ob_type;
  if (isSubtype(t, T.list) || isSubtype(t, T.tuple)) return true;
  if (isSubtype(t, T.dict)) return false;
  return typeLookup(t, '__getitem__') !== null;
}

/** BaseExceptionGroup_new: `args` borrowed (message, exceptions). */
function egNew(type: PyType, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  if (kwnames !== null && (kwnames as TupleObject).items.length > 0) raise(E.TypeError, `${type.tp_name}() takes no keyword arguments`);
  if (nargs !== 2) raise(E.TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${nargs} given)`);
  const message = args[start];
  const exceptions = args[start + 1];
  if (!(message instanceof StrObject)) raise(E.TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${message.ob_type.tp_name}`);
  if (!isSequence(exceptions)) raise(E.TypeError, 'second argument (exceptions) must be a sequence');
  // the args tuple exists before tp_new runs in CPython (type_call builds it)
  incref(message);
  incref(exceptions);
  const argsTuple = newTuple([message, exceptions]);
  let excs: TupleObject;
  try {
    if (exceptions.ob_type === T.tuple) excs = newref(exceptions) as TupleObject;
    else excs = newTuple(A.toArray(exceptions)) as TupleObject;
  } catch (e) {
    decref(argsTuple);
    throw e;
  }
  const fail = (tp: PyType, msg: string): never => {
    decref(excs);
    decref(argsTuple);
    raise(tp, msg);
  };
  const n = excs.items.length;
  if (n === 0) fail(E.ValueError, 'second argument (exceptions) must be a non-empty sequence');
  let nestedBase = false;
  for (let i = 0; i < n; i++) {
    const e = excs.items[i];
    if (!(e instanceof ExceptionObject)) fail(E.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!isSubtype(e.ob_type, E.Exception)) nestedBase = true;
  }
  let cls = type;
  if (cls === E.ExceptionGroup) {
    if (nestedBase) fail(E.TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (cls === E.BaseExceptionGroup) {
    if (!nestedBase) cls = E.ExceptionGroup;
  } else if (nestedBase && isSubtype(cls, E.Exception)) {
    fail(E.TypeError, `Cannot nest BaseExceptions in '${cls.tp_name}'`);
  }
  const exc = new ExceptionObject(cls, argsTuple);
  if (cls.tp_flags & TPFLAGS.HEAPTYPE) incref(cls);
  allocObject(exc, cls.tp_basicsize);
  RT.gc.track(exc);
  incref(message);
  setExcField(exc, 'message', message);
  setExcField(exc, 'exceptions', excs);
  return exc;
}

/** BaseExceptionGroup_init: BaseException_init with the same args (no new tuple when they are the same). */
function egInit(self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): void {
  if (kwnames !== null && (kwnames as TupleObject).items.length > 0) raise(E.TypeError, `${self.ob_type.tp_name}() takes no keyword arguments`);
  const e = self as ExceptionObject;
  const cur = (e.args as TupleObject).items;
  let same = cur.length === nargs;
  for (let i = 0; same && i < nargs; i++) if (cur[i] !== args[start + i]) same = false;
  if (same) return;
  const a: PyObject[] = [];
  for (let i = 0; i < nargs; i++) a.push(newref(args[start + i]));
  const old = e.args;
  e.args = newTuple(a);
  decref(old);
}

type Matcher = { kind: 'type' | 'predicate' | 'ids'; value: PyObject };

function isExceptionClass(o: PyObject): boolean {
  return o instanceof PyType && isSubtype(o, E.BaseException);
}

function getMatcher(value: PyObject): Matcher {
  const v313 = RT.profile.version === '3.13';
  if (v313 ? A.callable(value) && !(value instanceof PyType) : value.ob_type === T.function) return { kind: 'predicate', value };
  if (isExceptionClass(value)) return { kind: 'type', value };
  if (value.ob_type === T.tuple && (value as TupleObject).items.every(isExceptionClass)) return { kind: 'type', value };
  raise(
    E.TypeError,
    v313 ? 'expected an exception type, a tuple of exception types, or a callable (other than a class)' : 'expected a function, exception type or tuple of exception types',
  );
}

function givenExceptionMatches(exc: PyObject, t: PyObject): boolean {
  if (t instanceof TupleObject) return t.items.some((x) => givenExceptionMatches(exc, x));
  return t instanceof PyType && isSubtype(exc.ob_type, t);
}

function splitCheckMatch(exc: PyObject, m: Matcher): boolean {
  switch (m.kind) {
    case 'type':
      return givenExceptionMatches(exc, m.value);
    case 'predicate': {
      const r = A.call(m.value, [exc], 0, 1, null);
      try {
        return A.isTrue(r);
      } finally {
        decref(r);
      }
    }
    case 'ids': {
      if (isExceptionGroup(exc)) return false;
      const id = newInt(exc.addr);
      try {
        return A.contains(m.value, id);
      } finally {
        decref(id);
      }
    }
  }
}

/** exceptiongroup_subset: an EG wrapping `excs` (a list) with the metadata of `orig`, or null if empty. */
function egSubset(orig: ExceptionObject, excs: ListObject): PyObject | null {
  if (excs.items.length === 0) return null;
  const derive = A.getAttr(orig, ID('derive'));
  let eg: PyObject;
  try {
    eg = A.call(derive, [excs], 0, 1, null);
  } finally {
    decref(derive);
  }
  try {
    if (!isExceptionGroup(eg)) raise(E.TypeError, 'derive must return an instance of BaseExceptionGroup');
    const e = eg as ExceptionObject;
    if (orig.traceback !== null) {
      const old = e.traceback;
      e.traceback = newref(orig.traceback);
      xdecref(old);
    }
    // PyException_SetContext / SetCause (SetCause also sets __suppress_context__)
    const ctx = orig.context;
    const oldCtx = e.context;
    e.context = ctx === null ? null : newref(ctx);
    xdecref(oldCtx);
    const cause = orig.cause;
    const oldCause = e.cause;
    e.cause = cause === null ? null : newref(cause);
    e.suppressContext = true;
    xdecref(oldCause);
    const notes = A.lookupAttr(orig, ID('__notes__'));
    if (notes !== null) {
      if (isSequence(notes)) {
        let copy: PyObject;
        try {
          copy = newListOf(A.toArray(notes));
        } finally {
          decref(notes);
        }
        try {
          A.setAttr(eg, ID('__notes__'), copy);
        } finally {
          decref(copy);
        }
      } else decref(notes);
    }
  } catch (err) {
    decref(eg);
    throw err;
  }
  return eg;
}

function newListOf(items: PyObject[]): ListObject {
  const l = newList(0) as ListObject;
  for (const x of items) listAppend(l, x);
  return l;
}

/** exceptiongroup_split_recursive: new references (or null) for the matching and the rest parts. */
function splitRecursive(exc: PyObject, m: Matcher, constructRest: boolean): { match: PyObject | null; rest: PyObject | null } {
  if (splitCheckMatch(exc, m)) return { match: newref(exc), rest: null };
  if (!isExceptionGroup(exc)) return { match: null, rest: constructRest ? newref(exc) : null };
  const eg = exc as ExceptionObject;
  const excs = egExcs(eg).items;
  const matchList = newList(0) as ListObject;
  const restList = constructRest ? (newList(0) as ListObject) : null;
  try {
    for (const e of excs) {
      const r = splitRecursive(e, m, constructRest);
      if (r.match !== null) listAppend(matchList, r.match);
      if (r.rest !== null) listAppend(restList!, r.rest);
    }
    const match = egSubset(eg, matchList);
    let rest: PyObject | null = null;
    if (constructRest) {
      try {
        rest = egSubset(eg, restList!);
      } catch (err) {
        xdecref(match);
        throw err;
      }
    }
    return { match, rest };
  } finally {
    decref(matchList);
    if (restList !== null) decref(restList);
  }
}

function egSplit(self: PyObject, value: PyObject): PyObject {
  const m = getMatcher(value);
  const r = splitRecursive(self, m, true);
  return newTuple([r.match ?? newref(None), r.rest ?? newref(None)]);
}

function egSubgroup(self: PyObject, value: PyObject): PyObject {
  const m = getMatcher(value);
  const r = splitRecursive(self, m, false);
  return r.match ?? newref(None);
}

/** _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs). */
function createExceptionGroup(msg: string, excs: PyObject): PyObject {
  const m = newStr(msg);
  try {
    return A.call(E.BaseExceptionGroup, [m, excs], 0, 2, null);
  } finally {
    decref(m);
  }
}

/**
 * CHECK_EG_MATCH (ceval.c exception_group_match plus check_except_star_type_valid and the handled-exception
 * update). Borrowed arguments; returns new references.
 */
function exceptionGroupMatch(exc: PyObject, matchType: PyObject): { rest: PyObject; match: PyObject } {
  RT.checkExceptType(matchType);
  const types = matchType instanceof TupleObject ? matchType.items : [matchType];
  if (types.some((t) => t instanceof PyType && isSubtype(t, E.BaseExceptionGroup))) {
    raise(E.TypeError, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
  let r: { rest: PyObject; match: PyObject };
  if (exc === None) r = { match: newref(None), rest: newref(None) };
  else if (givenExceptionMatches(exc, matchType)) {
    if (isExceptionGroup(exc)) r = { match: newref(exc), rest: newref(None) };
    else {
      incref(exc);
      const excs = newTuple([exc]);
      let wrapped: PyObject;
      try {
        wrapped = createExceptionGroup('', excs);
      } finally {
        decref(excs);
      }
      const f = RT.frame as Frame | null;
      if (f !== null) RT.ext.addTraceback(wrapped as ExceptionObject, f);
      r = { match: wrapped, rest: newref(None) };
    }
  } else if (isExceptionGroup(exc)) {
    const split = A.getAttr(exc, ID('split'));
    let pair: PyObject;
    try {
      pair = A.call(split, [matchType], 0, 1, null);
    } finally {
      decref(split);
    }
    const items = (pair as TupleObject).items;
    r = { match: newref(items[0]), rest: newref(items[1]) };
    decref(pair);
  } else r = { match: newref(None), rest: newref(exc) };
  if (r.match !== None) {
    const prev = RT.swapHandledException(newref(r.match));
    xdecref(prev);
  }
  return r;
}

function collectLeafIds(exc: PyObject, ids: PyObject): void {
  if (exc === None) return;
  if (!isExceptionGroup(exc)) {
    const id = newInt(exc.addr);
    try {
      setAddKey(ids as never, id);
    } finally {
      decref(id);
    }
    return;
  }
  for (const e of egExcs(exc).items) collectLeafIds(e, ids);
}

function sameMetadata(a: ExceptionObject, b: ExceptionObject): boolean {
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/** exception_group_projection: the leaves of `eg` that occur in `keep` (a list of EGs). */
function projection(eg: PyObject, keep: ListObject): PyObject {
  const ids = newSet();
  let r: { match: PyObject | null };
  try {
    for (const e of keep.items) collectLeafIds(e, ids);
    r = splitRecursive(eg, { kind: 'ids', value: ids }, false);
  } finally {
    decref(ids);
  }
  return r.match ?? newref(None);
}

/** CALL_INTRINSIC_2 PREP_RERAISE_STAR (both borrowed): what an except* statement re-raises, or None. */
function prepReraiseStar(orig: PyObject, excs: PyObject): PyObject {
  const list = (excs as ListObject).items;
  if (list.length === 0) return newref(None);
  if (!isExceptionGroup(orig)) return newref(list[0]);
  const raised = newList(0) as ListObject;
  const reraised = newList(0) as ListObject;
  try {
    for (const e of list) {
      if (e === None) continue;
      listAppend(sameMetadata(e as ExceptionObject, orig as ExceptionObject) ? reraised : raised, newref(e));
    }
    const reraisedEg = projection(orig, reraised);
    if (raised.items.length === 0) return reraisedEg;
    if (reraisedEg !== None) listAppend(raised, reraisedEg);
    else decref(reraisedEg);
    if (raised.items.length > 1) return createExceptionGroup('', raised);
    return newref(raised.items[0]);
  } finally {
    decref(raised);
    decref(reraised);
  }
}

onBootstrap(() => {
  const bg = E.BaseExceptionGroup;
  const eg = E.ExceptionGroup;
  // ExceptionGroup inherits tp_new / tp_init (CPython's class has no __init__ of its own)
  bg.tp_new = egNew;
  bg.tp_init = egInit;
  const baseDealloc = bg.tp_dealloc!;
  // BaseExceptionGroup_clear: msg and excs first, then the BaseException fields
  const egDealloc = (o: PyObject): void => {
    const e = o as ExceptionObject;
    const f = e.fields;
    if (f !== null) {
      const msg = f.get('message');
      const ex = f.get('exceptions');
      f.delete('message');
      f.delete('exceptions');
      xdecref(msg ?? null);
      xdecref(ex ?? null);
    }
    baseDealloc(o);
  };
  bg.tp_dealloc = egDealloc;
  // ExceptionGroup's subtype_dealloc: the weakref list its class added is cleared before the base's dealloc
  eg.tp_dealloc = (o) => {
    RT.clearWeakrefs(o);
    egDealloc(o);
  };
  // the class dict PyErr_NewException / type_new made: {'__module__': 'builtins'}, then the __weakref__ getset
  // (and __doc__, added when the static types are finished)
  defineAttr(eg, '__module__', staticStr('builtins'));
  defineGetSets(eg, { __weakref__: { get: (o) => newref(weakrefListHead(o) ?? None), doc: 'list of weak references to the object' } });
  registerWeakrefable(eg);
  bg.tp_str = (o) => {
    const n = egExcs(o).items.length;
    return newStr(`${A.strString(egMsg(o))} (${n} sub-exception${n > 1 ? 's' : ''})`);
  };
  defineGetSets(bg, {
    message: { get: (o) => newref(egMsg(o)), doc: 'exception message' },
    exceptions: { get: (o) => newref(getExcField(o as ExceptionObject, 'exceptions') ?? None), doc: 'nested exceptions' },
  });
  defineMethods(bg, {
    derive: (self, args, start, nargs) => {
      if (nargs !== 1) raise(E.TypeError, `derive() takes exactly one argument (${nargs} given)`);
      return A.call(E.BaseExceptionGroup, [egMsg(self), args[start]], 0, 2, null);
    },
    split: (self, args, start, nargs) => {
      if (nargs !== 1) raise(E.TypeError, `split expected 1 argument, got ${nargs}`);
      return egSplit(self, args[start]);
    },
    subgroup: (self, args, start, nargs) => {
      if (nargs !== 1) raise(E.TypeError, `subgroup expected 1 argument, got ${nargs}`);
      return egSubgroup(self, args[start]);
    },
  });
  RT_EXT.exceptionGroupMatch = exceptionGroupMatch;
  RT_EXT.prepReraiseStar = prepReraiseStar;
  RT_EXT.isExceptionGroup = isExceptionGroup;
});

// ------------------------------------------------------------------ printing (pythonrun.c print_exception_recursive)

interface PrintCtx {
  depth: number;
  needClose: boolean;
  seen: Set<PyObject>;
  out: string;
}
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function chainHasGroup(exc: PyObject): boolean {
  const seen = new Set<PyObject>();
  const walk = (e: PyObject | null): boolean => {
    if (e === null || e === None || seen.has(e) || !(e instanceof ExceptionObject)) return false;
    seen.add(e);
    if (isExceptionGroup(e)) return true;
    if (e.cause !== null && e.cause !== None) return walk(e.cause);
    return !e.suppressContext && walk(e.context);
  };
  return walk(exc);
}

function margin(ctx: PrintCtx): string {
  return ' '.repeat(2 * ctx.depth) + (ctx.depth ? '| ' : '');
}
function emitLines(ctx: PrintCtx, text: string): void {
  const m = margin(ctx);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const l of lines) ctx.out += m + l + '\n';
}

function printChained(ctx: PrintCtx, value: PyObject, message: string): void {
  const needClose = ctx.needClose;
  printRecursive(ctx, value);
  ctx.needClose = needClose;
  emitLines(ctx, message);
}

function printCauseAndContext(ctx: PrintCtx, value: ExceptionObject): void {
  ctx.seen.add(value);
  const cause = value.cause;
  if (cause !== null && cause !== None) {
    if (!ctx.seen.has(cause)) printChained(ctx, cause, '\nThe above exception was the direct cause of the following exception:\n\n');
    return;
  }
  if (value.suppressContext) return;
  const context = value.context;
  if (context !== null && context !== None && !ctx.seen.has(context)) {
    printChained(ctx, context, '\nDuring handling of the above exception, another exception occurred:\n\n');
  }
}

function printException(ctx: PrintCtx, value: ExceptionObject): void {
  const tb = value.traceback;
  if (tb !== null && tb !== None) {
    let header = 'Traceback (most recent call last):';
    let headerMargin = ctx.depth ? '| ' : '';
    if (isExceptionGroup(value)) {
      header = 'Exception Group Traceback (most recent call last):';
      if (ctx.depth === 1) headerMargin = '+ ';
    }
    ctx.out += ' '.repeat(2 * ctx.depth) + headerMargin + header + '\n';
    emitLines(ctx, formatTracebackEntries(tb));
  }
  emitLines(ctx, formatExceptionOnly(value));
}

function printGroup(ctx: PrintCtx, value: ExceptionObject): void {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    emitLines(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})`);
    return;
  }
  if (ctx.depth === 0) ctx.depth += 1;
  printException(ctx, value);
  const excs = egExcs(value).items;
  const n = excs.length;
  ctx.needClose = false;
  const num = n > MAX_GROUP_WIDTH ? MAX_GROUP_WIDTH + 1 : n;
  for (let i = 0; i < num; i++) {
    const last = i === num - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    ctx.out += ' '.repeat(2 * ctx.depth) + (i === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : String(i + 1)} ----------------\n`;
    ctx.depth += 1;
    if (!truncated) printRecursive(ctx, excs[i]);
    else {
      const rem = n - MAX_GROUP_WIDTH;
      emitLines(ctx, `and ${rem} more exception${rem > 1 ? 's' : ''}`);
    }
    if (last && ctx.needClose) {
      ctx.out += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth -= 1;
  }
  if (ctx.depth === 1) ctx.depth -= 1;
}

function printRecursive(ctx: PrintCtx, value: PyObject): void {
  const e = value as ExceptionObject;
  printCauseAndContext(ctx, e);
  if (!isExceptionGroup(e)) printException(ctx, e);
  else printGroup(ctx, e);
}

/** The uncaught-exception text when the chain holds an exception group, else null (core_exc prints it). */
function formatExceptionGroups(exc: PyObject): string | null {
  if (!chainHasGroup(exc)) return null;
  const ctx: PrintCtx = { depth: 0, needClose: false, seen: new Set(), out: '' };
  printRecursive(ctx, exc);
  return ctx.out;
}

onBootstrap(() => {
  RT_EXT.formatExceptionGroups = formatExceptionGroups;
});
