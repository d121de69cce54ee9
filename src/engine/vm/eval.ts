/**
 * The evaluation loop (CPython's ceval.c / bytecodes.c for 3.12), one instruction at a time with the same
 * reference semantics, so every temporary on the value stack is visible to sys.getrefcount as in CPython.
 *
 * Python-to-Python calls do not recurse in JavaScript: CALL pushes a new Frame and the loop continues in it;
 * RETURN_VALUE pops back to the caller. The loop only returns to its JS caller from an "entry" frame (the
 * frame it was started with), so deep Python recursion is bounded by the recursion limit, never by the JS
 * stack. Builtins that call back into Python (sorted's key, __eq__ from a dict lookup, generators being
 * resumed) start a nested evalFrame.
 *
 * Exceptions: anything thrown inside an instruction (a PyErr, or a PyLibError from a pure library) is
 * caught here: a traceback entry is added for the frame (PyTraceBack_Here), the exception table is searched
 * for a handler; without one the frame is cleared and unwinding continues in the caller frame.
 */
import { Op, NB, INTRINSIC } from '../compiler/opcodes';
import { CO_VARARGS, CO_VARKEYWORDS, CO_FAST_CELL, CO_FAST_FREE, CO_COROUTINE, CO_ITERABLE_COROUTINE } from '../compiler/code';
import { PyObject, PyType, PyErr, LimitStop, RT, TPFLAGS, incref, decref, deallocDead, deallocRunsNow, xdecref, newref, rcTouched, rcWatchers, IMMORTAL_REFCNT_STORED, type BinaryFunc } from '../objects/object';
import { T } from '../objects/types';
import { None, True, False, NotImplemented, IntObject, SMALL_INTS } from '../objects/singletons';
import { E, raise, excMatches, ExceptionObject, makeException, setExcField } from '../objects/exceptions';
import { StrObject, newStr, newAsciiStr } from '../objects/str';
import { newInt, newFloat, FloatObject, intDealloc } from '../objects/numbers';
import { TupleObject, ListObject, newTuple, newListFrom, listAppend, EMPTY_TUPLE } from '../objects/sequences';
import { DictObject, newDict, dictGetItem, dictSetItem, dictDelItem, dictGetStr } from '../objects/dict';
import type { DictKeys } from '../objects/dicttable';
import { CodeObject, FunctionObject, CellObject, MethodObject, BuiltinFunctionObject, newCell } from '../objects/funcobject';
import { isMethodDescriptor } from '../objects/typeflags';
import { typeLookupName, noteClassCallSite, enterInitFor } from '../objects/typeobject';
import { cmpBool, intAddObject, intSubObject } from '../objects/core_numbers';
import { Frame, FrameState, clearFrame, takeFrame, recycleFrame } from './frame';
import * as A from './abstract';
import { AddSite, CallSite, binaryOpAddSite, callSite } from './specialize';
import { PyLibError } from '../lib/errors';
import { intCompare, intMul, intMod, intFloorDiv } from '../lib/intops';

/** Signals from evalFrame to generator machinery. */
export const enum Exit {
  RETURN = 0,
  YIELD = 1,
}

/** Convert anything thrown by engine code into a PyErr (or rethrow engine faults / limits). */
export function toPyErr(e: unknown): PyErr {
  if (e instanceof PyErr) return e;
  if (e instanceof PyLibError) return new PyErr(makeException((E as any)[e.pyType] ?? E.RuntimeError, e.message));
  if (e instanceof LimitStop) throw e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new PyErr(makeException(E.RecursionError, 'maximum recursion depth exceeded'));
  }
  throw e;
}

// ------------------------------------------------------------------ calling Python functions

/**
 * Build the frame for calling `func` with args[start..start+nargs) positional and the kwnames values after
 * them. `steal` = the references in `args` are moved into the frame (the eval loop's CALL), and so is the
 * caller's reference to func once the arguments are bound (CPython's CALL moves the callable into the frame's
 * f_funcobj too); otherwise the frame takes new references (calls from engine code). Raises TypeError for bad
 * arguments, with CPython's messages (the caller then still owns its reference to func). The frame owns one
 * reference to func.
 */
export function makeFrameForCall(
  func: FunctionObject,
  args: (PyObject | null)[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
  steal: boolean,
): Frame {
  const code = func.code;
  const spec = code.spec;
  const f = takeFrame(code, func, func.globals as DictObject, func.builtins as DictObject, null);
  if (!steal) incref(func);
  const s = f.s;
  const argcount = spec.co_argcount;
  const kwonly = spec.co_kwonlyargcount;
  const flags = spec.co_flags;
  const nkw = kwnames === null ? 0 : (kwnames as TupleObject).items.length;
  // fast path: exact positional call
  if (nkw === 0 && nargs === argcount && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && kwonly === 0) {
    for (let i = 0; i < nargs; i++) {
      const v = args[start + i]!;
      if (!steal) incref(v);
      s[i] = v;
    }
    return f;
  }
  try {
    bindArguments(f, func, args, start, nargs, kwnames, steal);
  } catch (e) {
    // a stolen func reference stays the caller's (its stack slot releases it)
    if (steal) f.func = null;
    clearFrame(f);
    throw e;
  }
  return f;
}

/**
 * The general argument binding (_PyEvalFramePushAndInit's initialize_locals): defaults, keywords, *args,
 * **kwargs, and CPython's TypeErrors. Written without per-call closures or arrays on the success path (it
 * runs for every call that is not an exact positional one).
 */
function bindArguments(
  f: Frame,
  func: FunctionObject,
  args: (PyObject | null)[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
  steal: boolean,
): void {
  const spec = func.code.spec;
  const s = f.s;
  const argcount = spec.co_argcount;
  const posonly = spec.co_posonlyargcount;
  const kwonly = spec.co_kwonlyargcount;
  const flags = spec.co_flags;
  const total = argcount + kwonly;
  const names = spec.co_localsplusnames;
  const kwItems = kwnames === null ? null : (kwnames as TupleObject).items;
  const nkw = kwItems === null ? 0 : kwItems.length;
  // the references bound into the frame: taken here (steal = false) or moved from `args` (steal = true)
  let kwdict: DictObject | null = null;
  let i = total;
  if (flags & CO_VARARGS) i++;
  if (flags & CO_VARKEYWORDS) {
    kwdict = newDict();
    s[i] = kwdict;
  }
  const n = nargs < argcount ? nargs : argcount;
  for (let j = 0; j < n; j++) {
    const v = args[start + j]!;
    if (!steal) incref(v);
    s[j] = v;
  }
  if (flags & CO_VARARGS) {
    const rest: PyObject[] = [];
    for (let j = n; j < nargs; j++) {
      const v = args[start + j]!;
      if (!steal) incref(v);
      rest.push(v);
    }
    s[total] = newTuple(rest);
  }
  // too many positional arguments (without *args): as CPython's initialize_locals, the extra arguments are
  // released at once but the error is reported after the keywords are bound (its message counts the
  // keyword-only arguments given; a keyword error comes first)
  const extra = (flags & CO_VARARGS) === 0 && nargs > argcount;
  if (extra && steal) for (let j = n; j < nargs; j++) decref(args[start + j]!);
  // keywords
  for (let k = 0; k < nkw; k++) {
    const key = kwItems![k] as StrObject;
    const value = args[start + nargs + k]!;
    if (!steal) incref(value);
    const kname = key.value;
    let j = -1;
    for (let p = posonly; p < total; p++) {
      if (names[p] === kname) {
        j = p;
        break;
      }
    }
    if (j < 0) {
      if (kwdict === null) {
        decref(value);
        for (let r = k + 1; r < nkw; r++) if (steal) decref(args[start + nargs + r]!);
        const fname = (func.qualname as StrObject).value;
        let isPosOnly = false;
        for (let p = 0; p < posonly; p++) if (names[p] === kname) isPosOnly = true;
        if (isPosOnly)
          raise(E.TypeError, `${fname}() got some positional-only arguments passed as keyword arguments: '${kname}'`);
        raise(E.TypeError, `${fname}() got an unexpected keyword argument '${kname}'`);
      }
      dictSetItem(kwdict, key, value);
      decref(value);
      continue;
    }
    if (s[j] !== null) {
      decref(value);
      for (let r = k + 1; r < nkw; r++) if (steal) decref(args[start + nargs + r]!);
      raise(E.TypeError, `${(func.qualname as StrObject).value}() got multiple values for argument '${kname}'`);
    }
    s[j] = value;
  }
  if (extra) tooManyPositional((func.qualname as StrObject).value, spec, func, nargs, s);
  // defaults for missing positional args
  if (nargs < argcount) {
    const defs = func.defaults === null ? null : (func.defaults as TupleObject).items;
    const m = argcount - (defs === null ? 0 : defs.length);
    for (let j = nargs; j < m; j++) if (s[j] === null) missingPositional(func, s, nargs, m);
    for (let j = nargs > m ? nargs : m; j < argcount; j++) {
      if (s[j] === null) s[j] = newref(defs![j - m]);
    }
  }
  if (kwonly > 0) {
    const kwd = func.kwdefaults as DictObject | null;
    let missing: string[] | null = null;
    for (let j = argcount; j < total; j++) {
      if (s[j] !== null) continue;
      const dv = kwd === null ? null : dictGetStr(kwd, names[j]);
      if (dv !== null) s[j] = newref(dv);
      else (missing ??= []).push(names[j]);
    }
    if (missing !== null) missingArgs((func.qualname as StrObject).value, missing, 'keyword-only');
  }
}

/** Positional parameters [nargs, m) without a default that no argument filled: CPython's TypeError. */
function missingPositional(func: FunctionObject, s: (PyObject | null)[], nargs: number, m: number): never {
  const names = func.code.spec.co_localsplusnames;
  const missing: string[] = [];
  for (let j = nargs; j < m; j++) if (s[j] === null) missing.push(names[j]);
  missingArgs((func.qualname as StrObject).value, missing, 'positional');
}

function missingArgs(fname: string, missing: string[], kind: string): never {
  const q = missing.map((m) => `'${m}'`);
  let list: string;
  if (q.length === 1) list = q[0];
  else if (q.length === 2) list = `${q[0]} and ${q[1]}`;
  else list = `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
  raise(E.TypeError, `${fname}() missing ${missing.length} required ${kind} argument${missing.length > 1 ? 's' : ''}: ${list}`);
}

function tooManyPositional(
  fname: string,
  spec: CodeObject['spec'],
  func: FunctionObject,
  given: number,
  s: (PyObject | null)[],
): never {
  const argcount = spec.co_argcount;
  const defs = func.defaults === null ? 0 : (func.defaults as TupleObject).items.length;
  let kwonlyGiven = 0;
  for (let j = argcount; j < argcount + spec.co_kwonlyargcount; j++) if (s[j] !== null) kwonlyGiven++;
  let sig: string;
  if (defs > 0) sig = `from ${argcount - defs} to ${argcount} positional arguments`;
  else sig = `${argcount} positional argument${argcount === 1 ? '' : 's'}`;
  let givenStr = `${given}`;
  if (kwonlyGiven > 0)
    givenStr = `${given} positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})`;
  const verb = kwonlyGiven > 0 ? 'were' : given === 1 ? 'was' : 'were';
  raise(E.TypeError, `${fname}() takes ${sig} but ${givenStr} ${verb} given`);
}

/** Prepare cells and free variables at function start (MAKE_CELL / COPY_FREE_VARS are also instructions). */

/** Call a Python function from engine code (args borrowed). New reference. */
export function callPyFunction(
  func: FunctionObject,
  args: PyObject[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
): PyObject {
  return runCalledFrame(makeFrameForCall(func, args, start, nargs, kwnames, false));
}

/**
 * Call a Python function from engine code with `self` before args[start..start+nargs) (all borrowed), as a
 * method call passes its object, when the call binds exactly positionally (a method's or __init__'s usual
 * call): the frame is made without a [self, ...args] array. Returns null, having done nothing, for any other
 * call (the caller then makes the array). New reference.
 */
export function callPyFunctionWithSelf(func: FunctionObject, self: PyObject, args: PyObject[], start: number, nargs: number): PyObject | null {
  const code = func.code;
  const spec = code.spec;
  if (nargs + 1 !== spec.co_argcount || (spec.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0 || spec.co_kwonlyargcount !== 0) {
    return null;
  }
  // makeFrameForCall's exact positional binding, self first
  const f = takeFrame(code, func, func.globals as DictObject, func.builtins as DictObject, null);
  incref(func);
  const s = f.s;
  incref(self);
  s[0] = self;
  for (let i = 0; i < nargs; i++) {
    const v = args[start + i];
    incref(v);
    s[i + 1] = v;
  }
  return runCalledFrame(f);
}

/** Run the frame of a call made from engine code (callPyFunction) to its return. New reference. */
export function runCalledFrame(f: Frame): PyObject {
  // a builtin's loop calling Python code (iter(callable, sentinel), map, sorted's key ...) has no backward
  // jump of its own: poll the time limit here so such a loop cannot run for ever
  if ((++nativeCalls & 255) === 0) {
    try {
      RT.checkTimeLimit(f);
    } catch (e) {
      clearFrame(f);
      throw e;
    }
  }
  const r = evalFrame(f);
  // the frame has returned and is cleared (clearFrame unlinked any frame object from it), and nothing else
  // holds it unless it became a generator's frame: reusable (recycleFrame; a trace recorder's shadow stack
  // drops a frame at its return, trace/recorder.ts ret)
  if (f.gen === null) recycleFrame(f);
  return r;
}
let nativeCalls = 0;

// ------------------------------------------------------------------ the loop

/** |v| < 2**30: an int of at most one 30-bit digit (CPython's compact / "medium" ints). */
const MEDIUM = 0x40000000;

/**
 * BINARY_OP on two ints of at most one digit (3.12's BINARY_OP_ADD_INT etc. on compact ints): the int slot's
 * result without its dispatch. CPython makes these results at their exact size (or returns a cached small
 * int), as the slots do for such operands (lib/longalloc.ts: EXACT), so newInt of the value is what the slot
 * would return. Null for an operator without a fast path here (the caller then calls the slot).
 */
function mediumIntOp(a: number, b: number, op: number): PyObject | null {
  switch (op) {
    case NB.ADD:
    case NB.INPLACE_ADD:
      return newInt(a + b);
    case NB.SUBTRACT:
    case NB.INPLACE_SUBTRACT:
      return newInt(a - b);
    case NB.MULTIPLY:
    case NB.INPLACE_MULTIPLY:
      return newInt(intMul(a, b));
    case NB.REMAINDER:
    case NB.INPLACE_REMAINDER:
      return newInt(intMod(a, b));
    case NB.FLOOR_DIVIDE:
    case NB.INPLACE_FLOOR_DIVIDE:
      return newInt(intFloorDiv(a, b));
    default:
      return null;
  }
}

/**
 * BINARY_OP on two exact floats (3.12's BINARY_OP_ADD_FLOAT etc.): what the float slot returns for +, -, *
 * and / (a division by zero is left to the slot, which raises), without the slot's operand conversions and
 * its call through the operator's closure. Null for other operators (the caller then calls the slot).
 */
function floatOp(a: number, b: number, op: number): PyObject | null {
  switch (op) {
    case NB.ADD:
    case NB.INPLACE_ADD:
      return newFloat(a + b);
    case NB.SUBTRACT:
    case NB.INPLACE_SUBTRACT:
      return newFloat(a - b);
    case NB.MULTIPLY:
    case NB.INPLACE_MULTIPLY:
      return newFloat(a * b);
    case NB.TRUE_DIVIDE:
    case NB.INPLACE_TRUE_DIVIDE:
      return b !== 0 ? newFloat(a / b) : null;
    default:
      return null;
  }
}

/**
 * decref (objects/object.ts) of BINARY_OP's and COMPARE_OP's operands: the same code in a function of its
 * own, so that its property loads get their own inline caches. decref serves every caller and sees objects
 * of dozens of JS classes, so each of its loads is a slow generic (megamorphic) lookup; the operands of
 * arithmetic and comparisons are mostly of a few classes (int, float, str), which V8's polymorphic caches
 * serve at the cost of a map comparison.
 */
function decrefOperand(o: PyObject): void {
  const c = o.ob_refcnt;
  if (c === IMMORTAL_REFCNT_STORED) return;
  if (rcWatchers !== 0 && o.rcw > 0) rcTouched(o);
  o.ob_refcnt = c - 1;
  if (c === 1) {
    // most operands that die are exact ints: their dealloc directly (it frees no other object), not through
    // deallocDead's generic tp_dealloc call
    if (o.ob_type === T.int && deallocRunsNow()) intDealloc(o);
    else deallocDead(o);
  }
}

/** decref of the value STORE_FAST or a cached STORE_NAME replaces: its own inline caches, as decrefOperand's. */
function decrefLocal(o: PyObject): void {
  const c = o.ob_refcnt;
  if (c === IMMORTAL_REFCNT_STORED) return;
  if (rcWatchers !== 0 && o.rcw > 0) rcTouched(o);
  o.ob_refcnt = c - 1;
  if (c === 1) {
    if (o.ob_type === T.int && deallocRunsNow()) intDealloc(o);
    else deallocDead(o);
  }
}

/** COMPARE_OP without evalFrame's int fast path: out of line, as paths evalFrame first reaches late deoptimize it. New reference. */
function compareOpOther(v: PyObject, w: PyObject, oparg: number): PyObject {
  const tp = v.ob_type;
  if (tp === w.ob_type && (tp === T.float || tp === T.str)) {
    // exact float/str operands of one type: the slot richCompare would call first, which always answers for
    // them (CPython 3.11+'s COMPARE_OP_FLOAT / _STR skip PyObject_RichCompare too)
    return tp.tp_richcompare!(v, w, oparg);
  }
  return A.richCompare(v, w, oparg);
}

/**
 * Both ints' values are medium (|v| < 2**30, numbers). primeMediumPair runs its comparisons on non-small-integer
 * numbers before any program, so that evalFrame, which inlines it, is compiled for any number here: a comparison
 * V8 has only seen small integers at deoptimizes evalFrame the first time an int value leaves V8's small-integer
 * range (2**31).
 */
function mediumPair(a: number | bigint, b: number | bigint): boolean {
  return typeof a === 'number' && typeof b === 'number' && a > -MEDIUM && a < MEDIUM && b > -MEDIUM && b < MEDIUM;
}
/**
 * Runs mediumPair on fractional and large numbers (never int values: it only records the number kinds its
 * comparisons see), often enough for V8 to have allocated its type feedback first (it does so lazily).
 */
function primeMediumPair(): void {
  for (let i = 0; i < 400; i++) {
    mediumPair(0.5, 0.5);
    mediumPair(4e9, 0.5);
    mediumPair(i, i);
  }
}

/**
 * BINARY_OP's slot call when no fast path answered: for exact int/float operands of one type the type's slot
 * directly (what binaryOp would call), else binaryOp. New reference.
 */
function binaryOpSlot(v: PyObject, w: PyObject, oparg: number): PyObject {
  const tp = v.ob_type;
  const fn = tp === w.ob_type && (tp === T.int || tp === T.float) ? sameTypeSlots(tp)[oparg] : null;
  if (fn !== null && fn !== undefined) {
    const r = fn(v, w);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  return A.binaryOp(v, w, oparg);
}

/**
 * BINARY_OP on two exact ints not both medium (evalFrame's Cold.BINARY_OP_INT): long_add / long_sub's result
 * directly, a one-digit remainder, else the slot. New reference.
 */
function binaryOpInt(v: IntObject, w: IntObject, oparg: number): PyObject {
  const a = v.value;
  const b = w.value;
  if (oparg === NB.ADD || oparg === NB.INPLACE_ADD) return intAddObject(a, b);
  if (oparg === NB.SUBTRACT || oparg === NB.INPLACE_SUBTRACT) return intSubObject(a, b);
  if (
    (oparg === NB.REMAINDER || oparg === NB.INPLACE_REMAINDER) &&
    typeof a === 'number' && typeof b === 'number' && a >= 0 && b > 0 && b < MEDIUM
  ) {
    // a non-negative int of several digits % a positive one-digit int: long_rem's one-digit divisor path makes
    // the remainder with PyLong_FromLong (exact size) and l_mod has no sign to fix up, so newInt is what the
    // slot returns (lib/longalloc.ts modDigits: EXACT), without its bigint sign bookkeeping
    return newInt(a % b);
  }
  return binaryOpSlot(v, w, oparg);
}

/**
 * o.ob_type read at one load site that objects of many JS classes share (V8 then compiles it as a generic
 * load): for evalFrame's reads of objects whose class varies with the program (iterators, callables, unpacked
 * sequences), where a load compiled for the classes seen so far deoptimizes evalFrame each time another one
 * turns up. primeTypeOf makes the site generic before any program runs.
 */
function typeOf(o: PyObject): PyType {
  return o.ob_type;
}
/** Calls typeOf with objects of more shapes than V8 tracks separately, often enough for it to record them. */
function primeTypeOf(): void {
  const tp = {} as PyType;
  const shapes = [
    { ob_type: tp },
    { a: 0, ob_type: tp },
    { b: 0, ob_type: tp },
    { c: 0, ob_type: tp },
    { d: 0, ob_type: tp },
    { e: 0, ob_type: tp },
  ];
  for (let i = 0; i < 200; i++) for (const o of shapes) typeOf(o as unknown as PyObject);
}

/**
 * fnext(it) at one call site that has seen two functions, for typeOf's reason: a call V8 compiled for the one
 * tp_iternext it had seen (a range iterator's) deoptimizes evalFrame at the first loop over another iterator.
 */
function callIterNext(fnext: (o: PyObject) => PyObject | null, it: PyObject): PyObject | null {
  return fnext(it);
}
function primeCallIterNext(): void {
  const fns = [(o: PyObject): PyObject | null => o, (o: PyObject): PyObject | null => (o === null ? o : null)];
  for (let i = 0; i < 200; i++) for (const fn of fns) callIterNext(fn, null as unknown as PyObject);
}

/**
 * The primes above, run before each program (runProgram): type feedback is not part of a V8 startup snapshot,
 * so primes run when this module loads are lost in a process started from one (`heapscope run`, the bench
 * harness), where each one's deoptimization of runFrames came back (measured from the bench harness's
 * snapshot: fib_calls, classes and int_loop one compile of runFrames more). A fraction of a millisecond; in a
 * process that has run before, a no-op.
 */
export function primeEvalFeedback(): void {
  primeMediumPair();
  primeTypeOf();
  primeCallIterNext();
}

/** For int and float: BINARY_OP oparg → the nb slot binaryOp calls for two operands of exactly that type. */
let intBinarySlots: (BinaryFunc | null)[] | null = null;
let floatBinarySlots: (BinaryFunc | null)[] | null = null;
function binarySlotTable(tp: PyType): (BinaryFunc | null)[] {
  const t: (BinaryFunc | null)[] = [];
  for (let op = 0; op <= NB.INPLACE_XOR; op++) t.push(A.sameTypeBinarySlot(tp, op));
  return t;
}
/** (static types' slots are set once at bootstrap, before any code runs) */
function sameTypeSlots(tp: PyType): (BinaryFunc | null)[] {
  return tp === T.int ? (intBinarySlots ??= binarySlotTable(T.int)) : (floatBinarySlots ??= binarySlotTable(T.float));
}

/**
 * Out-of-line continuations of hot instructions (evalCold's pseudo-instructions, numbered after the real
 * opcodes): the parts of an instruction a program first reaches late, e.g. when a loop ends, which V8 has
 * often compiled evalFrame by then. Code reached for the first time in optimized code deoptimizes it (no
 * type feedback yet) and V8 then recompiles all of evalFrame; run from evalCold's call site, which every
 * program warms up early, these paths cost a call instead.
 */
const enum Cold {
  /**
   * FOR_ITER found the iterator exhausted: pop it and jump to oparg. (A literal: an initializer naming
   * Op.COUNT makes esbuild emit the enum as an object read at run time. Just above the opcodes, so that
   * evalCold's switch stays dense enough for V8 to compile it to a jump table.)
   */
  FOR_ITER_END = 128,
  /** JUMP_BACKWARD / CALL: rt.evalBreaker() asked for the periodic work (limits, a pending collection) */
  EVAL_BREAKER,
  /** RESUME at a frame's start or after a yield with a collection pending */
  RESUME_COLLECT,
  /** BINARY_OP on two exact ints not both medium (binaryOpInt) */
  BINARY_OP_INT,
}

if ((Op.COUNT as number) > Cold.FOR_ITER_END) throw new Error('vm/eval.ts: the Cold pseudo-instructions overlap the opcodes');

/**
 * LOAD_SUPER_ATTR's adaptive counter starts at adaptive_counter_warmup() (3.12+): its first execution runs
 * the generic instruction and the second specializes it (LOAD_SUPER_ATTR_ATTR / _METHOD, which keep
 * specializing for the builtin super and a class). Whether instruction `pc` of `code` runs for the first time.
 */
function superFirstRun(code: CodeObject, pc: number): boolean {
  let sites = code.superSites;
  if (sites === null) code.superSites = sites = new Set();
  else if (sites.has(pc)) return false;
  sites.add(pc);
  return true;
}

/**
 * The generic LOAD_SUPER_ATTR: a super object made by calling the global `super` (no arguments, or the class
 * and self), then PyObject_GetAttr on it (a bound attribute, never the method form), then the super released.
 */
function superAttrGeneric(gsuper: PyObject, cls: PyObject, self: PyObject, name: StrObject, twoArgs: boolean): { value: PyObject; method: boolean } {
  const sup = A.call(gsuper, [cls, self], 0, twoArgs ? 2 : 0, null);
  try {
    return { value: A.getAttr(sup, name), method: false };
  } finally {
    decref(sup);
  }
}

/**
 * Run frame `f0` (and every Python frame it calls) until f0 returns or yields. Returns a new reference to
 * the returned/yielded value; `f0.state` tells which (COMPLETED or SUSPENDED).
 */
export function evalFrame(f0: Frame): PyObject {
  const rt = RT;
  f0.entry = true;
  f0.back = rt.frame;
  rt.pushFrame(f0);
  f0.state = FrameState.RUNNING;
  let f = f0;
  for (;;) {
    const r = runFrames(f);
    if (r !== REENTER) return r;
    f = reentryFrame!;
    reentryFrame = null;
  }
}

/**
 * What runFrames returns to be called again: after REENTRY_PERIOD backward jumps and Python calls it stops (at
 * an instruction boundary, the frame's state saved in the Frame) and evalFrame's loop re-enters it at
 * `reentryFrame`. Without re-entries a module's code runs the whole program in one activation of the loop,
 * which V8 could only optimize by on-stack replacement (OSR): an OSR compile of the loop after every
 * deoptimization, besides the normal compile that nested activations (builtins calling Python code) use.
 * Re-entered, the loop runs the normal optimized code: fewer compiles (measured on bench/programs: 39 instead
 * of 46, none of them OSR) and 4% fewer instructions in fib_calls. (V8 starts an OSR compile when a tick of
 * its profiler finds the function still running unoptimized code after its normal compile finished: periods of
 * 64 and 256 left some.)
 */
const REENTER = {} as PyObject;
const REENTRY_PERIOD = 16;
let reentryFrame: Frame | null = null;

/**
 * evalFrame's loop: runs `f` (the running frame, rt.frame) and the frames it calls until the entry frame returns
 * or yields (the result), or returns REENTER to be re-entered at reentryFrame.
 */
function runFrames(f: Frame): PyObject {
  const rt = RT;
  let code = f.code.code;
  let s = f.s;
  let sp = f.sp;
  let pc = f.pc;
  let consts = f.code.consts;
  let names = f.code.names;
  let lineStarts = f.code.lineStarts;
  /** set when the pending exception must not get a traceback entry for this frame (RERAISE, bare raise) */
  let skipTb = false;
  /** set while evalCold runs an instruction: f.sp / f.pc, not sp / pc, hold the frame's state */
  let cold = false;
  /**
   * rt.tracing, read once per frame switch instead of on every instruction. A recorder attaches before the
   * program runs; one that detaches mid-run (trace/inspect.ts capture) leaves a stale `true`, under which
   * the trace calls are no-ops (rt.tracer is null).
   */
  let tracing = rt.tracing;
  /** the instruction evalCold runs when an instruction leaves the switch through `break cold` */
  let coldOp = 0;
  /** backward jumps and Python calls left before this activation returns REENTER */
  let reentryBudget = REENTRY_PERIOD;

  for (;;) {
    try {
      if (f.pendingThrow !== null) {
        const pend = f.pendingThrow;
        f.pendingThrow = null;
        throw new PyErr(pend);
      }
      for (;;) {
        const op = code[pc << 1];
        const oparg = code[(pc << 1) + 1];
        f.lasti = pc;
        if (tracing && lineStarts[pc] !== 0) rt.tracer?.line(f);
        pc++;
        // every case either ends with `break` (the instruction is done: next instruction) or sets coldOp and
        // ends with `break cold` (the rest runs out of line, below the block)
        cold: {
          switch (op) {
            case Op.NOP:
              break;
            case Op.RESUME: {
              // 3.11's _PyCode_Warmup: the code's BINARY_OP sites become adaptive at the 8th (vm/specialize.ts)
              const ws = f.code.addSites;
              if (ws !== null && ws[0] < 0) ws[0]++;
              // CPython checks the eval breaker at a frame's start (oparg 0) and after a yield (1): a collection
              // scheduled before (3.12+: e.g. while the file was compiled, or by the caller) runs here
              if (oparg < 2 && rt.gc.pendingCollection) {
                coldOp = Cold.RESUME_COLLECT;
                break cold;
              }
              break;
            }
            case Op.POP_TOP: {
              const v = s[--sp]!;
              s[sp] = null;
              decref(v);
              break;
            }
            case Op.PUSH_NULL:
              s[sp++] = null;
              break;
            case Op.COPY: {
              const v = s[sp - oparg]!;
              incref(v);
              s[sp++] = v;
              break;
            }
            case Op.SWAP: {
              const t = s[sp - 1];
              s[sp - 1] = s[sp - oparg];
              s[sp - oparg] = t;
              break;
            }
            case Op.END_FOR: {
              const a = s[--sp];
              s[sp] = null;
              xdecref(a);
              const b = s[--sp];
              s[sp] = null;
              xdecref(b);
              break;
            }
            case Op.UNARY_NOT: {
              const v = s[sp - 1]!;
              const b = A.isTrue(v);
              s[sp - 1] = b ? False : True;
              if (!False.immortal) incref(b ? False : True);
              decref(v);
              break;
            }
            case Op.BINARY_OP: {
              const w = s[sp - 1]!;
              const v = s[sp - 2]!;
              const tp = v.ob_type;
              // a site that may append to a str in place follows CPython's specialization (vm/specialize.ts);
              // an ADD_INT hit changes nothing there
              const addSites = f.code.addSites;
              if (addSites !== null) {
                const st = addSites[pc];
                if (
                  st !== 0 &&
                  ((st & 7) !== AddSite.ADD_INT || tp !== T.int || w.ob_type !== T.int) &&
                  binaryOpAddSite(addSites, code, s, pc - 1, v, w)
                ) {
                  // BINARY_OP_INPLACE_ADD_UNICODE stored the result in the local: the STORE_FAST is done
                  s[--sp] = null;
                  s[--sp] = null;
                  f.lasti = pc;
                  if (tracing && lineStarts[pc] !== 0) rt.tracer?.line(f);
                  pc++;
                  break;
                }
              }
              let r: PyObject | null = null;
              if (tp === T.int && w.ob_type === T.int) {
                const a = (v as IntObject).value;
                const b = (w as IntObject).value;
                if (!mediumPair(a, b)) {
                  // larger ints: out of line (a program often makes its first ones late)
                  coldOp = Cold.BINARY_OP_INT;
                  break cold;
                }
                r = mediumIntOp(a as number, b as number, oparg);
              } else if (tp === T.float && w.ob_type === T.float) {
                r = floatOp((v as FloatObject).value, (w as FloatObject).value, oparg);
              } else if (tp === T.str && w.ob_type === T.str && (oparg === NB.ADD || oparg === NB.INPLACE_ADD)) {
                r = rt.strConcat(v as StrObject, w as StrObject);
              }
              if (r === null) r = binaryOpSlot(v, w, oparg);
              s[--sp] = null;
              s[sp - 1] = r;
              decrefOperand(v);
              decrefOperand(w);
              break;
            }
            case Op.BINARY_SUBSCR: {
              const key = s[sp - 1]!;
              const container = s[sp - 2]!;
              let r: PyObject;
              if (container.ob_type === T.list && key.ob_type === T.int && typeof (key as IntObject).value === 'number') {
                const items = (container as ListObject).items;
                let i = (key as IntObject).value as number;
                if (i < 0) i += items.length;
                if (i < 0 || i >= items.length) raise(E.IndexError, 'list index out of range');
                r = newref(items[i]);
              } else {
                r = A.getItem(container, key);
              }
              s[--sp] = null;
              s[sp - 1] = r;
              decref(container);
              decref(key);
              break;
            }
            case Op.STORE_SUBSCR: {
              const key = s[sp - 1]!;
              const container = s[sp - 2]!;
              const value = s[sp - 3]!;
              A.setItem(container, key, value);
              s[--sp] = null;
              s[--sp] = null;
              s[--sp] = null;
              decref(value);
              decref(container);
              decref(key);
              break;
            }
            case Op.COMPARE_OP: {
              const w = s[sp - 1]!;
              const v = s[sp - 2]!;
              let r: PyObject;
              if (v.ob_type === T.int && w.ob_type === T.int) {
                const c = intCompare((v as IntObject).value, (w as IntObject).value);
                const b = cmpBool(c, oparg);
                const next = code[pc << 1];
                if ((next === Op.POP_JUMP_IF_FALSE || next === Op.POP_JUMP_IF_TRUE) && (!tracing || lineStarts[pc] === 0)) {
                  // COMPARE_OP + POP_JUMP_IF_* fused (a compare-and-branch): the bool the jump would pop at once is
                  // not pushed (its reference count would go up and down with no code running in between: no
                  // recorder traces True / False). When tracing, not when the jump starts a line (a line event).
                  s[--sp] = null;
                  s[--sp] = null;
                  decrefOperand(v);
                  decrefOperand(w);
                  // both successors computed before the choice: a branch first taken late would deoptimize
                  // runFrames there (no type feedback for its arithmetic yet)
                  const target = code[(pc << 1) + 1];
                  const fallThrough = pc + 1;
                  pc = b === (next === Op.POP_JUMP_IF_TRUE) ? target : fallThrough;
                  break;
                }
                r = b ? True : False;
                if (!r.immortal) incref(r);
              } else {
                r = compareOpOther(v, w, oparg);
              }
              s[--sp] = null;
              s[sp - 1] = r;
              decrefOperand(v);
              decrefOperand(w);
              break;
            }
            case Op.IS_OP: {
              const w = s[sp - 1]!;
              const v = s[sp - 2]!;
              const r = (v === w) !== (oparg === 1) ? True : False;
              if (!r.immortal) incref(r);
              s[--sp] = null;
              s[sp - 1] = r;
              decref(v);
              decref(w);
              break;
            }
            case Op.CONTAINS_OP: {
              const container = s[sp - 1]!;
              const item = s[sp - 2]!;
              const b = A.contains(container, item) !== (oparg === 1);
              const r = b ? True : False;
              if (!r.immortal) incref(r);
              s[--sp] = null;
              s[sp - 1] = r;
              decref(item);
              decref(container);
              break;
            }
            // ---------------------------------------------------------------- loads and stores
            case Op.LOAD_FAST:
            case Op.LOAD_FAST_CHECK: {
              const v = s[oparg];
              if (v === null) {
                // LOAD_FAST_CHECK of an unbound local: raises (evalCold)
                coldOp = Op.LOAD_FAST_CHECK;
                break cold;
              }
              const c = v.ob_refcnt;
              if (c !== IMMORTAL_REFCNT_STORED) {
                v.ob_refcnt = c + 1;
                if (rcWatchers !== 0 && v.rcw > 0) rcTouched(v);
              }
              s[sp++] = v;
              break;
            }
            case Op.STORE_FAST: {
              const v = s[--sp];
              s[sp] = null;
              const old = s[oparg];
              s[oparg] = v;
              if (old !== null) decrefLocal(old);
              break;
            }
            case Op.LOAD_NAME: {
              // module-level code (locals are the globals): LOAD_GLOBAL's cache, else the full lookup
              const v = f.locals === f.globals ? cachedGlobal(f, pc - 1) : null;
              if (v !== null) {
                // incref written out, as LOAD_GLOBAL's: this site's inline caches see the few kinds of object
                // module-level names hold; incref's own serve every caller (megamorphic)
                const c = v.ob_refcnt;
                if (c !== IMMORTAL_REFCNT_STORED) {
                  v.ob_refcnt = c + 1;
                  if (rcWatchers !== 0 && v.rcw > 0) rcTouched(v);
                }
                s[sp++] = v;
                break;
              }
              coldOp = op;
              break cold;
            }
            case Op.STORE_NAME: {
              // a store the instruction's cache answers; anything else out of line (evalCold)
              const loc = f.locals;
              if (loc !== null && loc.ob_type === T.dict) {
                const v = s[--sp]!;
                s[sp] = null;
                if (storeNameCached(f, pc - 1, loc as DictObject, names[oparg], v)) break;
                s[sp++] = v;
              }
              coldOp = op;
              break cold;
            }
            case Op.LOAD_GLOBAL: {
              if (oparg & 1) s[sp++] = null;
              const v = loadGlobal(f, pc - 1, names[oparg >> 1] as StrObject);
              // incref written out: this site's inline caches see the few kinds of object globals usually are
              // (functions, classes, builtins); incref's own serve every caller (megamorphic)
              const c = v.ob_refcnt;
              if (c !== IMMORTAL_REFCNT_STORED) {
                v.ob_refcnt = c + 1;
                if (rcWatchers !== 0 && v.rcw > 0) rcTouched(v);
              }
              s[sp++] = v;
              break;
            }
            case Op.COPY_FREE_VARS: {
              const closure = (f.func!.closure as TupleObject).items;
              const offset = f.code.nlocalsplus - oparg;
              for (let k = 0; k < oparg; k++) {
                const c = closure[k];
                incref(c);
                s[offset + k] = c;
              }
              break;
            }
            case Op.LOAD_CLOSURE: {
              const c = s[oparg]!;
              incref(c);
              s[sp++] = c;
              break;
            }
            case Op.LOAD_DEREF: {
              const v = (s[oparg] as CellObject).ref;
              if (v === null) unboundDeref(f, oparg);
              incref(v);
              s[sp++] = v;
              break;
            }
            case Op.STORE_DEREF: {
              const v = s[--sp]!;
              s[sp] = null;
              const cell = s[oparg] as CellObject;
              const old = cell.ref;
              cell.ref = v;
              xdecref(old);
              break;
            }
            case Op.LOAD_ATTR: {
              const owner = s[sp - 1]!;
              const name = names[oparg >> 1] as StrObject;
              if (oparg & 1) {
                // method load: avoid creating a bound method when the attribute is a plain method
                const meth = loadMethod(owner, name);
                if (meth !== null) {
                  s[sp - 1] = meth;
                  s[sp++] = owner; // owner's reference moves to the self slot
                } else {
                  const v = A.getAttrForMethod(owner, name);
                  s[sp - 1] = null;
                  s[sp++] = v;
                  decref(owner);
                }
              } else {
                const v = A.getAttr(owner, name);
                s[sp - 1] = v;
                decref(owner);
              }
              break;
            }
            case Op.STORE_ATTR: {
              const owner = s[sp - 1]!;
              const v = s[sp - 2]!;
              A.setAttr(owner, names[oparg] as StrObject, v);
              s[--sp] = null;
              s[--sp] = null;
              decref(owner);
              decref(v);
              break;
            }
            // ---------------------------------------------------------------- building
            case Op.BUILD_TUPLE: {
              const items = s.slice(sp - oparg, sp) as PyObject[];
              for (let k = 0; k < oparg; k++) s[--sp] = null;
              s[sp++] = newTuple(items);
              break;
            }
            case Op.LIST_APPEND: {
              const v = s[--sp]!;
              s[sp] = null;
              listAppend(s[sp - oparg] as ListObject, v);
              break;
            }
            case Op.UNPACK_SEQUENCE: {
              const seq = s[sp - 1]!;
              const st = typeOf(seq);
              if ((st === T.tuple || st === T.list) && (seq as TupleObject).items.length === oparg) {
                // an exact tuple or list of the right length (3.12's UNPACK_SEQUENCE_TUPLE / _LIST): items pushed
                // last first, then the sequence released, as the generic path (evalCold) does, without its array
                s[--sp] = null;
                const items = (seq as TupleObject).items;
                for (let k = oparg - 1; k >= 0; k--) {
                  const x = items[k];
                  incref(x);
                  s[sp++] = x;
                }
                decref(seq);
                break;
              }
              coldOp = op;
              break cold;
            }
            // ---------------------------------------------------------------- control flow
            case Op.JUMP_FORWARD:
              pc = oparg;
              break;
            case Op.JUMP_BACKWARD: {
              pc = oparg;
              // 3.11's _PyCode_Warmup (see RESUME), unless the jump stands for a POP_JUMP_BACKWARD_IF_*
              const ws = f.code.addSites;
              if (ws !== null && ws[0] < 0) ws[0] += ws[f.lasti + 1];
              // (the tracer's step: one call, made here rather than by a wrapper of evalBreaker)
              const brk = rt.evalBreaker();
              if (tracing) rt.tracer?.step();
              if (brk) {
                coldOp = Cold.EVAL_BREAKER;
                break cold;
              }
              if (--reentryBudget === 0) {
                f.sp = sp;
                f.pc = pc;
                reentryFrame = f;
                return REENTER;
              }
              break;
            }
            case Op.POP_JUMP_IF_FALSE:
            case Op.POP_JUMP_IF_TRUE: {
              const v = s[--sp]!;
              s[sp] = null;
              let b: boolean;
              if (v === True || v === False) {
                b = v === True;
                if (!v.immortal) v.ob_refcnt--; // the stack's reference (3.11: True/False are not immortal)
              } else {
                b = isTrueRelease(v);
              }
              if (b === (op === Op.POP_JUMP_IF_TRUE)) pc = oparg;
              break;
            }
            case Op.POP_JUMP_IF_NONE: {
              const v = s[--sp]!;
              s[sp] = null;
              if (v === None) pc = oparg;
              else decref(v);
              break;
            }
            case Op.POP_JUMP_IF_NOT_NONE: {
              const v = s[--sp]!;
              s[sp] = null;
              if (v !== None) {
                pc = oparg;
                decref(v);
              }
              break;
            }
            case Op.GET_ITER: {
              const v = s[sp - 1]!;
              s[sp - 1] = A.getIter(v);
              decref(v);
              break;
            }
            case Op.FOR_ITER: {
              const it = s[sp - 1]!;
              const fnext = typeOf(it).tp_iternext;
              if (fnext === null) raise(E.TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
              const next = callIterNext(fnext, it);
              if (next === null) {
                coldOp = Cold.FOR_ITER_END;
                break cold;
              }
              s[sp++] = next;
              break;
            }
            case Op.LOAD_CONST:
            case Op.RETURN_CONST:
            case Op.RETURN_VALUE: {
              if (op !== Op.RETURN_VALUE) {
                // RETURN_CONST = LOAD_CONST + RETURN_VALUE, run by their code: a program often returns a constant
                // for the first time late, and this way that reaches no code V8 compiled without type feedback
                const v = consts[oparg];
                // incref written out (see object.ts incref for the stored-count test and rcWatchers)
                const c = v.ob_refcnt;
                if (c !== IMMORTAL_REFCNT_STORED) {
                  v.ob_refcnt = c + 1;
                  if (rcWatchers !== 0 && v.rcw > 0) rcTouched(v);
                }
                s[sp++] = v;
                if (op === Op.LOAD_CONST) break;
              }
              const retval = s[--sp]!;
              s[sp] = null;
              f.sp = sp;
              f.state = FrameState.COMPLETED;
              if (rt.tracing) rt.traceReturn(f, retval);
              const caller = f.back;
              const wasEntry = f.entry;
              rt.popFrame(f);
              if (f.gen === null) {
                // a frame of a call made by this loop, never seen as a frame object: reusable (frame.ts recycleFrame)
                const recyclable = !wasEntry && f.frameObj === null;
                clearFrame(f);
                if (recyclable) recycleFrame(f);
              } else rt.genFrameFinished(f);
              if (wasEntry) return retval;
              f = caller!;
              // resume f (its code, stack and instruction pointer in locals)
              code = f.code.code;
              s = f.s;
              sp = f.sp;
              pc = f.pc;
              consts = f.code.consts;
              names = f.code.names;
              lineStarts = f.code.lineStarts;
              tracing = rt.tracing;
              s[sp++] = retval;
              break;
            }
            case Op.YIELD_VALUE: {
              const v = s[--sp]!;
              s[sp] = null;
              f.sp = sp;
              f.pc = pc;
              f.state = FrameState.SUSPENDED;
              rt.popFrame(f);
              // a suspended generator's frame has no caller (gi_frame.f_back is None until it is resumed)
              f.back = null;
              // generator frames are always entry frames
              return v;
            }
            case Op.RETURN_GENERATOR: {
              // the prologue (COPY_FREE_VARS, MAKE_CELL) has run: the frame becomes the generator's
              f.sp = sp;
              f.pc = pc;
              const gen = rt.makeGenerator(f);
              f.state = FrameState.CREATED;
              const caller = f.back;
              const wasEntry = f.entry;
              rt.popFrame(f);
              f.back = null;
              if (wasEntry) return gen;
              f = caller!;
              // resume f (its code, stack and instruction pointer in locals)
              code = f.code.code;
              s = f.s;
              sp = f.sp;
              pc = f.pc;
              consts = f.code.consts;
              names = f.code.names;
              lineStarts = f.code.lineStarts;
              tracing = rt.tracing;
              s[sp++] = gen;
              break;
            }
            // ---------------------------------------------------------------- calls
            case Op.KW_NAMES:
              f.kwnames = consts[oparg];
              break;
            case Op.CALL: {
              const kwnames = f.kwnames;
              f.kwnames = null;
              const nkw = kwnames === null ? 0 : (kwnames as TupleObject).items.length;
              const bottom = sp - oparg - 2; // [NULL|method, callable|self, args...]
              let base = sp - oparg; // first argument
              let total = oparg;
              let callable = s[bottom];
              if (callable === null) {
                callable = s[bottom + 1]!;
                if (typeOf(callable) === T.method) {
                  // unpack the bound method into [func, self, args...] (CPython 3.12 CALL)
                  const m = callable as MethodObject;
                  s[bottom] = newref(m.func);
                  s[bottom + 1] = newref(m.self);
                  decref(m);
                  callable = s[bottom]!;
                  base = bottom + 1;
                  total += 1;
                }
              } else {
                base = bottom + 1;
                total += 1;
              }
              const nargs = total - nkw;
              // (typeOf: callables are objects of many JS classes)
              const ctp = typeOf(callable);
              // 3.11-3.12: a site that may call str follows CPython's specialization (vm/specialize.ts)
              const callSites = f.code.callSites;
              if (ctp === T.function) {
                if (callSites !== null && callSites[pc] !== 0 && (callSites[pc] & 7) !== CallSite.PY) {
                  callSite(callSites, f.code.addSites, pc - 1, callable, nargs, base === bottom + 1);
                }
                const func = callable as FunctionObject;
                rt.checkRecursion();
                let nf: Frame;
                try {
                  nf = makeFrameForCall(func, s, base, nargs, kwnames, true);
                } catch (e) {
                  // binding failed: the stolen arguments were already released
                  for (let k = base; k < sp; k++) s[k] = null;
                  throw e;
                }
                // the arguments and the function (the only non-null slot below base) moved into the new frame
                for (let k = bottom; k < sp; k++) s[k] = null;
                sp = bottom;
                f.sp = sp;
                f.pc = pc;
                nf.back = f;
                rt.pushFrame(nf);
                nf.state = FrameState.RUNNING;
                f = nf;
                // resume f (its code, stack and instruction pointer in locals)
                code = f.code.code;
                s = f.s;
                sp = f.sp;
                pc = f.pc;
                consts = f.code.consts;
                names = f.code.names;
                lineStarts = f.code.lineStarts;
                tracing = rt.tracing;
                if (tracing) rt.traceCall(f);
                if (--reentryBudget === 0) {
                  // (f's state is still the one just loaded from it)
                  reentryFrame = f;
                  return REENTER;
                }
                break;
              }
              f.sp = sp;
              const tpcall = ctp.tp_call;
              if (tpcall === null) raise(E.TypeError, `'${ctp.tp_name}' object is not callable`);
              // CALL_NO_KW_STR_1 (3.11 / 3.12): PyObject_Str(arg), no argument tuple
              const strCall =
                callSites !== null && callSites[pc] !== 0 && callSite(callSites, f.code.addSites, pc - 1, callable, nargs, base === bottom + 1);
              // a class called without keywords: 3.13's CALL may run it as CALL_ALLOC_AND_ENTER_INIT (a class
              // with a metaclass never, but its call still moves the site's adaptive counter)
              if (!strCall && kwnames === null && (ctp === T.type || (ctp.tp_flags & TPFLAGS.TYPE_SUBCLASS) !== 0)) {
                noteClassCallSite(f.code, pc - 1);
                if (ctp !== T.type) enterInitFor(callable as PyType, nargs);
              }
              const res = strCall ? A.str(s[base]!) : tpcall(callable, s as PyObject[], base, nargs, kwnames);
              // release the arguments (first to last), then the callable, as CPython does
              for (let k = base; k < sp; k++) {
                const v = s[k];
                s[k] = null;
                if (v !== null) decref(v);
              }
              for (let k = bottom; k < base; k++) {
                const v = s[k];
                s[k] = null;
                if (v !== null) decref(v);
              }
              sp = bottom;
              s[sp++] = res;
              const brk = rt.evalBreaker();
              if (tracing) rt.tracer?.step();
              if (brk) {
                coldOp = Cold.EVAL_BREAKER;
                break cold;
              }
              break;
            }
            // (raising instructions, imports, annotations, match: evalCold)
            default:
              // an instruction that is rare in hot loops: run out of line (evalCold), which keeps this
              // function small for V8's optimizing compiler: every deoptimization recompiles all of it
              coldOp = op;
              break cold;
          }
          continue;
        }
        // the out-of-line part (coldOp): evalCold works on the frame's state in f.sp / f.pc
        f.sp = sp;
        f.pc = pc;
        cold = true;
        evalCold(f, coldOp, oparg);
        cold = false;
        sp = f.sp;
        pc = f.pc;
      }
    } catch (thrown) {
      // ---------------------------------------------------------------- exception unwinding
      const err = toPyErr(thrown);
      if (cold) {
        // evalCold left the frame's state in f.sp / f.pc, and says whether the exception skips the traceback
        cold = false;
        skipTb = coldSkipTb;
        coldSkipTb = false;
      } else {
        f.sp = sp;
        f.pc = pc;
      }
      f = unwind(f, err, skipTb);
      skipTb = false;
      // resume f (its code, stack and instruction pointer in locals)
      code = f.code.code;
      s = f.s;
      sp = f.sp;
      pc = f.pc;
      consts = f.code.consts;
      names = f.code.names;
      lineStarts = f.code.lineStarts;
      tracing = rt.tracing;
    }
  }
}

/**
 * evalFrame's exception unwinding (out of line: it runs once per exception, and kept in the loop it made the
 * function V8 recompiles after each deoptimization larger). `f` raised `err` with its state in f.sp / f.pc;
 * `skipTb`: the exception gets no traceback entry for f (RERAISE, bare raise). Returns the frame to resume
 * at its handler (the stack unwound to the handler's depth, the exception pushed), or throws `err` when no
 * frame up to the loop's entry frame handles it (those frames are finished and cleared).
 */
function unwind(f: Frame, err: PyErr, skipTb: boolean): Frame {
  const rt = RT;
  const exc = err.exc as ExceptionObject;
  if (!skipTb) {
    rt.setContextIfNeeded(exc);
    rt.addTraceback(exc, f);
    if (rt.tracing) rt.traceException(f, exc);
  }
  for (;;) {
    // the handler is looked up from the instruction being executed (CPython's INSTR_OFFSET()-1), not
    // from f_lasti, which RERAISE may have restored for the traceback
    const handler = findHandler(f, f.pc - 1);
    if (handler !== null) {
      const [target, depth, lasti] = handler;
      const base = f.code.nlocalsplus + depth;
      while (f.sp > base) {
        const v = f.s[--f.sp];
        f.s[f.sp] = null;
        if (v !== null) decref(v);
      }
      if (lasti) f.s[f.sp++] = newInt(f.lasti);
      f.s[f.sp++] = exc;
      f.pc = target;
      return f;
    }
    // no handler in this frame: clear it and continue in the caller
    f.state = FrameState.COMPLETED;
    const caller = f.back;
    const wasEntry = f.entry;
    rt.popFrame(f);
    if (f.gen === null) clearFrame(f);
    else rt.genFrameFinished(f);
    if (wasEntry) throw err;
    f = caller!;
    rt.addTraceback(exc, f);
  }
}

/**
 * Set by evalCold just before it throws an exception that gets no traceback entry for the frame (RERAISE, a
 * bare raise, CLEANUP_THROW, END_ASYNC_FOR: evalFrame's skipTb); evalFrame's catch reads and clears it.
 */
let coldSkipTb = false;

/**
 * The instructions evalFrame runs out of line (its `default:`): those that are rare in hot loops. Same
 * semantics as in the loop: the frame's stack pointer and next instruction come in and go out through f.sp
 * and f.pc (f.sp is written back even when the instruction raises, so the unwinding sees the stack as left).
 */
function evalCold(f: Frame, op: number, oparg: number): void {
  const rt = RT;
  const s = f.s;
  let sp = f.sp;
  const names = f.code.names;
  try {
    switch (op) {
      case Cold.FOR_ITER_END: {
        const it = s[--sp]!;
        s[sp] = null;
        decref(it);
        f.pc = oparg;
        break;
      }
      case Cold.EVAL_BREAKER:
        rt.handleEvalBreaker(f);
        break;
      case Cold.RESUME_COLLECT:
        rt.gc.runPending();
        break;
      case Op.LOAD_FAST_CHECK:
        // (evalFrame loads a bound local itself)
        unboundLocal(f, oparg);
        break;
      case Op.LOAD_NAME:
        // (evalFrame answers from the instruction's cache)
        s[sp++] = loadName(f, names[oparg] as StrObject, f.pc - 1);
        break;
      case Op.STORE_NAME: {
        // (evalFrame stores what the instruction's cache answers)
        const name = names[oparg];
        const v = s[--sp]!;
        s[sp] = null;
        const loc = f.locals;
        if (loc === null) {
          decref(v);
          raise(E.SystemError, `no locals found when storing '${(name as StrObject).value}'`);
        }
        try {
          if (loc.ob_type === T.dict) dictSetItem(loc as DictObject, name, v);
          else A.setItem(loc, name, v);
        } finally {
          decref(v);
        }
        if (loc.ob_type === T.dict) cacheStoreName(f, f.pc - 1, loc as DictObject, name);
        break;
      }
      case Op.BUILD_LIST: {
        const items = s.slice(sp - oparg, sp) as PyObject[];
        for (let k = 0; k < oparg; k++) s[--sp] = null;
        s[sp++] = newListFrom(items);
        break;
      }
      case Cold.BINARY_OP_INT: {
        const w = s[sp - 1]!;
        const v = s[sp - 2]!;
        const r = binaryOpInt(v as IntObject, w as IntObject, oparg);
        s[--sp] = null;
        s[sp - 1] = r;
        decref(v);
        decref(w);
        break;
      }
      case Op.CLEANUP_THROW: {
        // [sub_iter, last_sent_val, exc_value] -> [None, value] when StopIteration, else reraise
        const exc = s[sp - 1]!;
        if (excMatches(exc, E.StopIteration)) {
          const value = rt.stopIterationValue(exc);
          const a = s[--sp]!;
          s[sp] = null;
          const b = s[--sp]!;
          s[sp] = null;
          const c = s[--sp]!;
          s[sp] = null;
          decref(a);
          decref(b);
          decref(c);
          s[sp++] = newref(None);
          s[sp++] = value;
        } else {
          s[--sp] = null;
          coldSkipTb = true;
          throw new PyErr(exc);
        }
        break;
      }
      // async for's end (runtime parts of async in vm/asyncops.ts)
      case Op.END_ASYNC_FOR: {
        const exc = s[sp - 1]!;
        if (excMatches(exc, E.StopAsyncIteration)) {
          s[--sp] = null;
          decref(exc);
          const aiter = s[--sp]!;
          s[sp] = null;
          decref(aiter);
          break;
        }
        s[--sp] = null;
        coldSkipTb = true;
        throw new PyErr(exc);
      }
      case Op.RAISE_VARARGS: {
        let cause: PyObject | null = null;
        let exc: PyObject | null = null;
        if (oparg === 2) {
          cause = s[--sp];
          s[sp] = null;
        }
        if (oparg >= 1) {
          exc = s[--sp];
          s[sp] = null;
        }
        if (oparg === 0) {
          const cur = rt.currentException();
          if (cur === null) raise(E.RuntimeError, 'No active exception to reraise');
          coldSkipTb = true;
          throw new PyErr(newref(cur));
        }
        throw rt.doRaise(exc!, cause);
      }
      case Op.RERAISE: {
        const exc = s[--sp]!;
        s[sp] = null;
        if (oparg) {
          const lasti = s[sp - 1] as IntObject;
          f.lasti = Number(lasti.value);
        }
        coldSkipTb = true;
        throw new PyErr(exc);
      }
      case Op.LOAD_FAST_AND_CLEAR: {
        s[sp++] = s[oparg];
        s[oparg] = null;
        break;
      }
      case Op.UNPACK_SEQUENCE: {
        // any other iterable (the exact tuple or list of the right length is unpacked in evalFrame)
        const seq = s[--sp]!;
        s[sp] = null;
        try {
          const items = rt.unpackSequence(seq, oparg, -1);
          for (let k = items.length - 1; k >= 0; k--) s[sp++] = items[k];
        } finally {
          decref(seq);
        }
        break;
      }
      case Op.UNARY_NEGATIVE: {
        const v = s[sp - 1]!;
        const r = A.negative(v);
        s[sp - 1] = r;
        decref(v);
        break;
      }
      case Op.UNARY_INVERT: {
        const v = s[sp - 1]!;
        s[sp - 1] = A.invert(v);
        decref(v);
        break;
      }
      case Op.UNARY_POSITIVE: {
        const v = s[sp - 1]!;
        s[sp - 1] = A.positive(v);
        decref(v);
        break;
      }
      case Op.DELETE_SUBSCR: {
        const key = s[sp - 1]!;
        const container = s[sp - 2]!;
        A.delItem(container, key);
        s[--sp] = null;
        s[--sp] = null;
        decref(container);
        decref(key);
        break;
      }
      case Op.BINARY_SLICE: {
        const stop = s[sp - 1]!;
        const start = s[sp - 2]!;
        const container = s[sp - 3]!;
        const slice = rt.newSlice(start, stop, None);
        let r: PyObject;
        try {
          r = A.getItem(container, slice);
        } finally {
          decref(slice);
        }
        s[--sp] = null;
        s[--sp] = null;
        s[sp - 1] = r;
        decref(container);
        decref(start);
        decref(stop);
        break;
      }
      case Op.STORE_SLICE: {
        const stop = s[sp - 1]!;
        const start = s[sp - 2]!;
        const container = s[sp - 3]!;
        const value = s[sp - 4]!;
        const slice = rt.newSlice(start, stop, None);
        try {
          A.setItem(container, slice, value);
        } finally {
          decref(slice);
        }
        for (let k = 0; k < 4; k++) s[--sp] = null;
        decref(value);
        decref(container);
        decref(start);
        decref(stop);
        break;
      }
      case Op.BUILD_SLICE: {
        let step: PyObject = None;
        if (oparg === 3) step = s[--sp]!;
        const stop = s[--sp]!;
        const start = s[sp - 1]!;
        const r = rt.newSlice(start, stop, step);
        s[sp] = null;
        s[sp - 1] = r;
        decref(start);
        decref(stop);
        if (oparg === 3) {
          s[sp + 1] = null;
          decref(step);
        }
        break;
      }
      case Op.DELETE_FAST: {
        const old = s[oparg];
        if (old === null) unboundLocal(f, oparg);
        s[oparg] = null;
        decref(old);
        break;
      }
      case Op.DELETE_NAME: {
        const name = names[oparg] as StrObject;
        const loc = f.locals!;
        if (loc.ob_type === T.dict) {
          if (!dictDelItem(loc as DictObject, name)) raise(E.NameError, `name '${name.value}' is not defined`, { name });
        } else A.delItem(loc, name);
        break;
      }
      case Op.LOAD_FROM_DICT_OR_GLOBALS: {
        // PEP 695 scopes inside a class: [... classdict] -> [... classdict[name] or global or builtin]
        const mapping = s[sp - 1]!;
        const name = names[oparg] as StrObject;
        let v: PyObject | null = null; // a new reference
        if (mapping.ob_type === T.dict) {
          v = dictGetItem(mapping as DictObject, name);
          if (v !== null) incref(v);
        } else {
          try {
            v = A.getItem(mapping, name);
          } catch (e) {
            if (!(e instanceof PyErr) || !excMatches(e.exc, E.KeyError)) throw e;
            decref(e.exc);
          }
        }
        if (v === null) {
          v = dictGetItem(f.globals, name) ?? dictGetItem(f.builtins, name);
          if (v === null) raise(E.NameError, `name '${name.value}' is not defined`, { name });
          incref(v);
        }
        s[sp - 1] = v;
        decref(mapping);
        break;
      }
      case Op.STORE_GLOBAL: {
        const v = s[--sp]!;
        s[sp] = null;
        try {
          dictSetItem(f.globals, names[oparg], v);
        } finally {
          decref(v);
        }
        break;
      }
      case Op.DELETE_GLOBAL: {
        const name = names[oparg] as StrObject;
        if (!dictDelItem(f.globals, name)) raise(E.NameError, `name '${name.value}' is not defined`, { name });
        break;
      }
      case Op.MAKE_CELL: {
        const init = s[oparg];
        s[oparg] = newCell(init);
        break;
      }
      case Op.LOAD_FROM_DICT_OR_DEREF: {
        const mapping = s[sp - 1]!;
        const nameStr = f.code.spec.co_localsplusnames[oparg];
        let v: PyObject | null = null;
        if (mapping.ob_type === T.dict) {
          v = dictGetStr(mapping as DictObject, nameStr);
          if (v !== null) incref(v);
        }
        if (v === null) {
          const c = (s[oparg] as CellObject).ref;
          if (c === null) unboundDeref(f, oparg);
          v = newref(c);
        }
        s[sp - 1] = v;
        decref(mapping);
        break;
      }
      case Op.DELETE_DEREF: {
        const cell = s[oparg] as CellObject;
        const old = cell.ref;
        if (old === null) unboundDeref(f, oparg);
        cell.ref = null;
        decref(old);
        break;
      }
      case Op.LOAD_LOCALS: {
        const loc = f.locals;
        if (loc === null) raise(E.SystemError, 'no locals found');
        incref(loc);
        s[sp++] = loc;
        break;
      }
      case Op.DELETE_ATTR: {
        const owner = s[sp - 1]!;
        A.setAttr(owner, names[oparg] as StrObject, null);
        s[--sp] = null;
        decref(owner);
        break;
      }
      case Op.LOAD_SUPER_ATTR: {
        const self = s[sp - 1]!;
        const cls = s[sp - 2]!;
        const gsuper = s[sp - 3]!;
        const name = names[oparg >> 2] as StrObject;
        const r =
          rt.profile.version !== '3.11' && superFirstRun(f.code, f.pc)
            ? superAttrGeneric(gsuper, cls, self, name, (oparg & 2) === 2)
            : rt.superAttr(gsuper, cls, self, name, (oparg & 1) === 1, (oparg & 2) === 2);
        s[--sp] = null;
        s[--sp] = null;
        decref(gsuper);
        decref(cls);
        if (oparg & 1) {
          if (r.method) {
            s[sp - 1] = r.value;
            s[sp++] = self;
          } else {
            s[sp - 1] = null;
            s[sp++] = r.value;
            decref(self);
          }
        } else {
          s[sp - 1] = r.value;
          decref(self);
        }
        break;
      }
      case Op.BUILD_SET: {
        const items = s.slice(sp - oparg, sp) as PyObject[];
        const st = rt.newSetFrom(items);
        for (let k = 0; k < oparg; k++) {
          const v = s[--sp]!;
          s[sp] = null;
          decref(v);
        }
        s[sp++] = st;
        break;
      }
      case Op.BUILD_MAP: {
        const n = oparg * 2;
        const d = rt.dictFromItems(s, sp - n, 2, s, sp - n + 1, 2, oparg);
        for (let k = 0; k < n; k++) {
          const v = s[--sp]!;
          s[sp] = null;
          decref(v);
        }
        s[sp++] = d;
        break;
      }
      case Op.BUILD_CONST_KEY_MAP: {
        const keys = s[sp - 1] as TupleObject;
        const d = rt.dictFromItems(keys.items, 0, 1, s, sp - 1 - oparg, 1, oparg);
        s[--sp] = null;
        decref(keys);
        for (let k = 0; k < oparg; k++) {
          const v = s[--sp]!;
          s[sp] = null;
          decref(v);
        }
        s[sp++] = d;
        break;
      }
      case Op.BUILD_STRING: {
        let str = '';
        let ascii = true;
        for (let k = sp - oparg; k < sp; k++) {
          const part = s[k] as StrObject;
          str += part.value;
          ascii &&= part.ascii;
        }
        for (let k = 0; k < oparg; k++) {
          const v = s[--sp]!;
          s[sp] = null;
          decref(v);
        }
        s[sp++] = ascii ? newAsciiStr(str) : newStr(str);
        break;
      }
      case Op.SET_ADD: {
        const v = s[--sp]!;
        s[sp] = null;
        try {
          rt.setAdd(s[sp - oparg]!, v);
        } finally {
          decref(v);
        }
        break;
      }
      case Op.MAP_ADD: {
        const v = s[--sp]!;
        s[sp] = null;
        const k = s[--sp]!;
        s[sp] = null;
        try {
          dictSetItem(s[sp - oparg] as DictObject, k, v);
        } finally {
          decref(k);
          decref(v);
        }
        break;
      }
      case Op.LIST_EXTEND: {
        const it = s[sp - 1]!;
        rt.listExtend(s[sp - 1 - oparg] as ListObject, it);
        s[--sp] = null;
        decref(it);
        break;
      }
      case Op.SET_UPDATE: {
        const it = s[sp - 1]!;
        rt.setUpdate(s[sp - 1 - oparg]!, it);
        s[--sp] = null;
        decref(it);
        break;
      }
      case Op.DICT_UPDATE: {
        const upd = s[sp - 1]!;
        rt.dictUpdate(s[sp - 1 - oparg] as DictObject, upd, false, null);
        s[--sp] = null;
        decref(upd);
        break;
      }
      case Op.DICT_MERGE: {
        const upd = s[sp - 1]!;
        // stack: NULL, callable, args, dict, ..., update — the callable names the function in errors
        rt.dictUpdate(s[sp - 1 - oparg] as DictObject, upd, true, s[sp - 3 - oparg]);
        s[--sp] = null;
        decref(upd);
        break;
      }
      case Op.LIST_TO_TUPLE: {
        const l = s[sp - 1] as ListObject;
        const items = l.items.slice();
        for (const x of items) incref(x);
        s[sp - 1] = newTuple(items);
        decref(l);
        break;
      }
      case Op.UNPACK_EX: {
        const before = oparg & 0xff;
        const after = oparg >> 8;
        const seq = s[--sp]!;
        s[sp] = null;
        try {
          const items = rt.unpackSequence(seq, before, after);
          for (let k = items.length - 1; k >= 0; k--) s[sp++] = items[k];
        } finally {
          decref(seq);
        }
        break;
      }
      case Op.FORMAT_VALUE: {
        let spec: PyObject | null = null;
        if (oparg & 4) {
          spec = s[--sp]!;
          s[sp] = null;
        }
        const v = s[sp - 1]!;
        let r: PyObject;
        try {
          r = rt.formatValue(v, oparg & 3, spec);
        } finally {
          xdecref(spec);
        }
        s[sp - 1] = r;
        decref(v);
        break;
      }
      case Op.GET_YIELD_FROM_ITER: {
        const v = s[sp - 1]!;
        if (v.ob_type === T.coroutine) {
          // a coroutine is not iterable: only a coroutine (or @types.coroutine generator) may delegate to one
          if ((f.code.spec.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) === 0) {
            raise(E.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
          }
        } else if (v.ob_type !== T.generator) {
          s[sp - 1] = A.getIter(v);
          decref(v);
        }
        break;
      }
      case Op.SEND: {
        const v = s[sp - 1]!;
        const receiver = s[sp - 2]!;
        const r = rt.genSendOrNext(receiver, v);
        s[--sp] = null;
        decref(v);
        if (r.done) {
          // the sub-iterator finished: [receiver] -> [value] and jump past END_SEND
          s[sp - 1] = r.value;
          decref(receiver);
          f.pc = oparg;
        } else {
          s[sp++] = r.value;
        }
        break;
      }
      case Op.END_SEND: {
        const v = s[--sp]!;
        const receiver = s[sp - 1]!;
        s[sp - 1] = v;
        s[sp] = null;
        decref(receiver);
        break;
      }
      case Op.CALL_INTRINSIC_1: {
        const v = s[sp - 1]!;
        let r: PyObject;
        switch (oparg) {
          case INTRINSIC.PRINT:
            r = rt.printExpr(v);
            break;
          case INTRINSIC.IMPORT_STAR:
            rt.importStar(f, v);
            r = newref(None);
            break;
          case INTRINSIC.STOPITERATION_ERROR:
            r = rt.stopIterationError(f, v);
            break;
          case INTRINSIC.UNARY_POSITIVE:
            r = A.positive(v);
            break;
          case INTRINSIC.LIST_TO_TUPLE: {
            const items = (v as ListObject).items.slice();
            for (const x of items) incref(x);
            r = newTuple(items);
            break;
          }
          default:
            // PEP 695 intrinsics (vm/modules/typevar.ts)
            r = rt.ext.typingIntrinsic1(oparg, v);
        }
        s[sp - 1] = r;
        decref(v);
        break;
      }
      case Op.CALL_INTRINSIC_2: {
        // only INTRINSIC2.PREP_RERAISE_STAR (except*): [... orig, excs_list] -> [... exc_or_None]
        const v1 = s[--sp]!;
        s[sp] = null;
        const v2 = s[sp - 1]!;
        let r: PyObject;
        try {
          // PREP_RERAISE_STAR (1) or a PEP 695 intrinsic (vm/modules/typevar.ts)
          r = oparg === 1 ? rt.ext.prepReraiseStar(v2, v1) : rt.ext.typingIntrinsic2(oparg, v2, v1);
        } finally {
          decref(v1);
        }
        s[sp - 1] = r;
        decref(v2);
        break;
      }
      case Op.GET_AWAITABLE: {
        const obj = s[sp - 1]!;
        const r = rt.ext.getAwaitable(obj, oparg);
        s[sp - 1] = r;
        decref(obj);
        break;
      }
      case Op.GET_AITER: {
        const obj = s[sp - 1]!;
        const r = rt.ext.getAiter(obj);
        s[sp - 1] = r;
        decref(obj);
        break;
      }
      case Op.GET_ANEXT:
        s[sp] = rt.ext.getAnext(s[sp - 1]!);
        sp++;
        break;
      case Op.BEFORE_ASYNC_WITH: {
        const mgr = s[sp - 1]!;
        const r = rt.ext.beforeAsyncWith(mgr);
        s[sp - 1] = r.exit;
        decref(mgr);
        s[sp++] = r.result;
        break;
      }
      case Op.CALL_FUNCTION_EX: {
        let kwargs: PyObject | null = null;
        if (oparg & 1) {
          kwargs = s[--sp]!;
          s[sp] = null;
        }
        let cargs = s[--sp]!;
        s[sp] = null;
        const func = s[--sp]!;
        s[sp] = null;
        const nul = s[--sp];
        s[sp] = null;
        f.sp = sp;
        let res: PyObject;
        if (func.ob_type === T.function && rt.profile.version !== '3.11' && (kwargs === null || kwargs.ob_type === T.dict)) {
          // 3.12+ inlines the call of a Python function: the tuple and the dict go before its body runs
          try {
            res = rt.ext.callExInline(func, cargs, kwargs);
          } finally {
            decref(func);
            xdecref(nul);
          }
        } else {
          try {
            if (cargs.ob_type !== T.tuple) {
              // Py_SETREF(callargs, PySequence_Tuple(callargs)): the sequence goes before the call
              const t = rt.ext.callArgsTuple(func, cargs);
              decref(cargs);
              cargs = t;
            }
            res = rt.callEx(func, cargs, kwargs);
          } finally {
            xdecref(kwargs);
            decref(cargs);
            decref(func);
            xdecref(nul);
          }
        }
        s[sp++] = res;
        break;
      }
      case Op.MAKE_FUNCTION: {
        const codeObj = s[--sp] as CodeObject;
        s[sp] = null;
        let closure: PyObject | null = null;
        let annotations: PyObject | null = null;
        let kwdefaults: PyObject | null = null;
        let defaults: PyObject | null = null;
        if (oparg & 8) {
          closure = s[--sp];
          s[sp] = null;
        }
        if (oparg & 4) {
          annotations = s[--sp];
          s[sp] = null;
        }
        if (oparg & 2) {
          kwdefaults = s[--sp];
          s[sp] = null;
        }
        if (oparg & 1) {
          defaults = s[--sp];
          s[sp] = null;
        }
        const fn = rt.newFunction(codeObj, f.globals, f.builtins);
        fn.closure = closure;
        fn.annotations = annotations;
        fn.kwdefaults = kwdefaults;
        fn.defaults = defaults;
        decref(codeObj);
        s[sp++] = fn;
        break;
      }
      case Op.LOAD_BUILD_CLASS: {
        const v = dictGetStr(f.builtins, '__build_class__');
        if (v === null) raise(E.NameError, '__build_class__ not found');
        s[sp++] = newref(v);
        break;
      }
      case Op.PUSH_EXC_INFO: {
        const exc = s[sp - 1]!;
        const prev = rt.swapHandledException(newref(exc));
        s[sp - 1] = prev ?? newref(None);
        s[sp++] = exc;
        break;
      }
      case Op.POP_EXCEPT: {
        const prev = s[--sp]!;
        s[sp] = null;
        const cur = rt.swapHandledException(prev === None ? (decref(prev), null) : prev);
        xdecref(cur);
        break;
      }
      case Op.CHECK_EXC_MATCH: {
        const typ = s[sp - 1]!;
        const exc = s[sp - 2]!;
        rt.checkExceptType(typ);
        const r = rt.exceptionMatches(exc, typ) ? True : False;
        incref(r);
        s[sp - 1] = r;
        decref(typ);
        break;
      }
      case Op.CHECK_EG_MATCH: {
        const typ = s[sp - 1]!;
        const eg = s[sp - 2]!;
        const r = rt.exceptionGroupMatch(eg, typ);
        decref(typ);
        decref(eg);
        s[sp - 2] = r.rest;
        s[sp - 1] = r.match;
        break;
      }
      case Op.WITH_EXCEPT_START: {
        // stack: [exit_func, lasti, prev_exc, exc]
        const exc = s[sp - 1]!;
        const exitFunc = s[sp - 4]!;
        const tb = (exc as ExceptionObject).traceback ?? None;
        const args = [exc.ob_type as PyObject, exc, tb];
        const r = A.call(exitFunc, args, 0, 3, null);
        s[sp++] = r;
        break;
      }
      case Op.BEFORE_WITH: {
        const mgr = s[sp - 1]!;
        const r = rt.beforeWith(mgr);
        s[sp - 1] = r.exit;
        decref(mgr);
        s[sp++] = r.result;
        break;
      }
      case Op.LOAD_ASSERTION_ERROR:
        s[sp++] = newref(E.AssertionError);
        break;
      case Op.IMPORT_NAME: {
        const fromlist = s[--sp]!;
        s[sp] = null;
        const level = s[sp - 1]!;
        let mod: PyObject;
        try {
          mod = rt.importName(f, names[oparg] as StrObject, fromlist, level);
        } finally {
          decref(fromlist);
        }
        s[sp - 1] = mod;
        decref(level);
        break;
      }
      case Op.IMPORT_FROM: {
        const mod = s[sp - 1]!;
        s[sp++] = rt.importFrom(mod, names[oparg] as StrObject);
        break;
      }
      case Op.SETUP_ANNOTATIONS: {
        const loc = f.locals as DictObject;
        if (dictGetStr(loc, '__annotations__') === null) {
          const d = newDict();
          rt.dictSetId(loc, '__annotations__', d);
          decref(d);
        }
        break;
      }
      case Op.GET_LEN: {
        const n = A.length(s[sp - 1]!);
        s[sp++] = newInt(n);
        break;
      }
      case Op.MATCH_MAPPING: {
        const r = rt.matchMapping(s[sp - 1]!) ? True : False;
        incref(r);
        s[sp++] = r;
        break;
      }
      case Op.MATCH_SEQUENCE: {
        const r = rt.matchSequence(s[sp - 1]!) ? True : False;
        incref(r);
        s[sp++] = r;
        break;
      }
      case Op.MATCH_KEYS: {
        const keys = s[sp - 1]!;
        const subject = s[sp - 2]!;
        s[sp++] = rt.matchKeys(subject, keys);
        break;
      }
      case Op.MATCH_CLASS: {
        const namesT = s[--sp]!;
        s[sp] = null;
        const cls = s[--sp]!;
        s[sp] = null;
        const subject = s[sp - 1]!;
        let r: PyObject;
        try {
          r = rt.matchClass(subject, cls, oparg, namesT);
        } finally {
          decref(namesT);
          decref(cls);
        }
        s[sp - 1] = r;
        decref(subject);
        break;
      }
      default:
        raise(E.SystemError, `unknown opcode ${op}`);
    }
  } finally {
    f.sp = sp;
  }
}

/** A.isTrue(v), then the caller's reference to v released (also when v's __bool__ or __len__ raises). */
function isTrueRelease(v: PyObject): boolean {
  try {
    return A.isTrue(v);
  } finally {
    decref(v);
  }
}

/** The exception-table row covering instruction `i`: [target, depth, lasti] or null. */
function findHandler(f: Frame, i: number): [number, number, number] | null {
  const t = f.code.spec.exceptionTable;
  for (let r = 0; r < t.length; r += 5) {
    if (t[r] <= i && i < t[r + 1]) return [t[r + 2], t[r + 3], t[r + 4]];
  }
  return null;
}

// format_exc_check_arg sets `name` only on an exact NameError (UnboundLocalError.name stays None, so no
// "Did you mean" suggestion either)
function unboundLocal(f: Frame, i: number): never {
  const name = f.code.spec.co_localsplusnames[i];
  raise(E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

function unboundDeref(f: Frame, i: number): never {
  const name = f.code.spec.co_localsplusnames[i];
  const kind = f.code.spec.co_localspluskinds[i];
  if (kind & CO_FAST_FREE && !(kind & CO_FAST_CELL)) {
    // makeException takes its own reference to the field: release ours
    const nameObj = newStr(name);
    const exc = makeException(E.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`, { name: nameObj });
    decref(nameObj);
    throw new PyErr(exc);
  }
  raise(E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

/**
 * LOAD_GLOBAL's inline cache (CPython 3.12's LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN, guarded by the dicts'
 * keys objects instead of dict versions): where the instruction's last lookup found its name. A globals hit
 * stays valid while the globals keep that keys object and the entry still holds that key (a deletion clears
 * it, a resize or clear() replaces the keys object). A builtins hit also needs the globals to have gained no
 * key: a keys object's `usable` only ever decreases, once per insertion, so an unchanged `usable` proves it.
 * The lookup is not observable (an exact str name, no __eq__ call), so skipping it changes nothing visible.
 */
class GlobalCache {
  constructor(
    readonly gdk: DictKeys<PyObject, PyObject>,
    /** -1 for a globals hit; for a builtins hit, gdk.usable at the lookup */
    readonly gusable: number,
    readonly bdk: DictKeys<PyObject, PyObject> | null,
    readonly ix: number,
    readonly key: PyObject,
  ) {}
}

/** LOAD_GLOBAL of `name` by instruction `i` of f's code: globals, then builtins. Borrowed. */
function loadGlobal(f: Frame, i: number, name: StrObject): PyObject {
  const v = cachedGlobal(f, i);
  return v !== null ? v : loadGlobalSlow(f, i, name);
}

/** What instruction `i`'s GlobalCache entry says the globals-then-builtins lookup finds, if still valid. Borrowed. */
function cachedGlobal(f: Frame, i: number): PyObject | null {
  const caches = f.code.globalCache as (GlobalCache | undefined)[] | null;
  if (caches !== null) {
    const c = caches[i];
    const gdk = f.globals.table.dk;
    if (c !== undefined && c.gdk === gdk) {
      if (c.gusable < 0) {
        if (gdk.keys[c.ix] === c.key) return gdk.values[c.ix]!;
      } else if (gdk.usable === c.gusable) {
        const bdk = f.builtins.table.dk;
        if (bdk === c.bdk && bdk.keys[c.ix] === c.key) return bdk.values[c.ix]!;
      }
    }
  }
  return null;
}

/** Set instruction `i`'s cache entry (LOAD_GLOBAL, and LOAD_NAME / STORE_NAME: see loadName, cacheStoreName). */
function setGlobalCache(f: Frame, i: number, c: GlobalCache): void {
  const code = f.code;
  // one (packed) slot per instruction
  if (code.globalCache === null) code.globalCache = new Array(code.code.length >> 1).fill(undefined);
  code.globalCache[i] = c;
}

/**
 * STORE_NAME into an exact dict whose keys object still holds `name` where instruction `i` last stored it:
 * replace the value in place, with insertdict's reference changes for an existing key (key and value taken,
 * the old value released after the key's extra reference, then the stack's value) — dictSetItem without its
 * lookup. The dict must be GC-tracked already (MAINTAIN_TRACKING is then a no-op). Steals `v` on success;
 * false (nothing done) when the cache does not apply.
 */
function storeNameCached(f: Frame, i: number, d: DictObject, name: PyObject, v: PyObject): boolean {
  const caches = f.code.globalCache as (GlobalCache | undefined)[] | null;
  if (caches === null) return false;
  const c = caches[i];
  const dk = d.table.dk;
  if (c === undefined || c.gdk !== dk || dk.keys[c.ix] !== c.key || !RT.gc.isTracked(d)) return false;
  // (insertdict's reference to the name is taken and released with nothing run in between: left out)
  // incref written out (see LOAD_NAME)
  const rc = v.ob_refcnt;
  if (rc !== IMMORTAL_REFCNT_STORED) {
    v.ob_refcnt = rc + 1;
    if (rcWatchers !== 0 && v.rcw > 0) rcTouched(v);
  }
  const old = dk.values[c.ix]!;
  dk.values[c.ix] = v;
  decrefLocal(old);
  decrefLocal(v);
  return true;
}

/**
 * After a STORE_NAME into an exact dict, cache where the name now is for the next store by instruction `i`.
 * Only in a table of str keys, whose lookups are unobservable (no __eq__ call).
 */
function cacheStoreName(f: Frame, i: number, d: DictObject, name: PyObject): void {
  const t = d.table;
  if (!t.dk.unicode || name.ob_type !== T.str) return;
  const ix = t.lookup(name);
  if (ix >= 0) setGlobalCache(f, i, new GlobalCache(t.dk, -1, null, ix, t.dk.keys[ix]!));
}

function loadGlobalSlow(f: Frame, i: number, name: StrObject): PyObject {
  const gt = f.globals.table;
  let ix = gt.lookup(name);
  let c: GlobalCache;
  let v: PyObject;
  if (ix >= 0) {
    const gdk = gt.dk;
    v = gdk.values[ix]!;
    c = new GlobalCache(gdk, -1, null, ix, gdk.keys[ix]!);
  } else {
    // the globals as the lookup left them (the builtins lookup may run a key's __eq__, which may add to them)
    const gdk = gt.dk;
    const gusable = gdk.usable;
    const bt = f.builtins.table;
    ix = bt.lookup(name);
    if (ix < 0) raise(E.NameError, `name '${name.value}' is not defined`, { name });
    const bdk = bt.dk;
    v = bdk.values[ix]!;
    c = new GlobalCache(gdk, gusable, bdk, ix, bdk.keys[ix]!);
  }
  setGlobalCache(f, i, c);
  return v;
}

/**
 * LOAD_NAME by instruction `i`: locals, globals, builtins. New reference. In module-level code (the locals
 * are the globals, an exact dict) a hit is cached as LOAD_GLOBAL's are (cachedGlobal reads it).
 */
function loadName(f: Frame, name: StrObject, i: number): PyObject {
  const loc = f.locals;
  if (loc !== null) {
    if (loc === f.globals && loc.ob_type === T.dict) {
      const t = f.globals.table;
      const ix = t.lookup(name);
      if (ix >= 0) {
        const dk = t.dk;
        setGlobalCache(f, i, new GlobalCache(dk, -1, null, ix, dk.keys[ix]!));
        return newref(dk.values[ix]!);
      }
      // then the globals (the same dict, looked up again as CPython does) and the builtins
      return newref(loadGlobalSlow(f, i, name));
    }
    if (loc.ob_type === T.dict) {
      const v = dictGetItem(loc as DictObject, name);
      if (v !== null) return newref(v);
    } else {
      try {
        return A.getItem(loc, name);
      } catch (e) {
        if (!(e instanceof PyErr) || !excMatches(e.exc, E.KeyError)) throw e;
        decref(e.exc);
      }
    }
  }
  let v = dictGetItem(f.globals, name);
  if (v === null) {
    v = dictGetItem(f.builtins, name);
    if (v === null) raise(E.NameError, `name '${name.value}' is not defined`, { name });
  }
  return newref(v);
}

/**
 * LOAD_ATTR with the method flag (_PyObject_GetMethod): if type(owner) has a method descriptor under `name`
 * (Py_TPFLAGS_METHOD_DESCRIPTOR: a function, a builtin method, a slot wrapper, an lru_cache wrapper) and the
 * instance dict does not shadow it, return it (new reference) so CALL can pass owner as self without
 * allocating a bound method. Else null.
 */
function loadMethod(owner: PyObject, name: StrObject): PyObject | null {
  const tp = owner.ob_type;
  if (tp.tp_getattro !== RT.genericGetAttr) return null;
  const descr = typeLookupName(tp, name);
  if (descr === null) return null;
  const dt = descr.ob_type;
  if (dt !== T.function && dt !== T.method_descriptor && !isMethodDescriptor(dt)) return null;
  const d = owner.dict as DictObject | null;
  if (d !== null && d.table.get(name) !== undefined) return null;
  return newref(descr);
}

export { None, NotImplemented, SMALL_INTS, EMPTY_TUPLE, BuiltinFunctionObject, setExcField, PyType };
