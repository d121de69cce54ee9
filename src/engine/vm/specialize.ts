/**
 * BINARY_OP's adaptive specialization, modelled as far as it decides whether `s += x` / `s = s + x` on a local
 * str extends the str in place (BINARY_OP_INPLACE_ADD_UNICODE → PyUnicode_Append, objects/str.ts strAppend)
 * or makes a new one (BINARY_OP and BINARY_OP_ADD_UNICODE → PyUnicode_Concat).
 *
 * Only a "candidate" site can become BINARY_OP_INPLACE_ADD_UNICODE: oparg NB_ADD or NB_INPLACE_ADD, and the next
 * instruction a STORE_FAST the specializer sees as one (_Py_Specialize_BinaryOp). A candidate runs CPython's
 * state machine on every execution, whatever its operands, since an int or float specialization in between
 * decides how many misses the str operands later pay (Python/specialize.c, Include/internal/pycore_code.h):
 *   - the adaptive counter (value << 4 | backoff) starts at adaptive_counter_warmup() (value 1, backoff 1) when
 *     the code object is made (3.12+). In 3.11 the code object is quickened first, after 8 RESUME / JUMP_BACKWARD
 *     (co_warmup from -QUICKENING_WARMUP_DELAY up to 0), with the counter at 0.
 *   - BINARY_OP with a counter of 0 specializes from the operands it sees; otherwise it decrements the value.
 *     Exact str + str → INPLACE_ADD_UNICODE when locals[STORE_FAST's oparg] is the left operand, else
 *     ADD_UNICODE; exact int + int → ADD_INT; exact float + float → ADD_FLOAT; anything else fails: the counter
 *     backs off (backoff + 1, value 2**backoff - 1) and the same execution then runs BINARY_OP (decrementing it).
 *   - success: counter = adaptive_counter_cooldown() (value 52). A specialized instruction whose guards fail
 *     (3.12+) runs BINARY_OP's body, counter check included, so the 53rd miss specializes again. 3.11 counts its
 *     misses on a raw counter from miss_counter_start() (53): at 0 the instruction is BINARY_OP_ADAPTIVE again,
 *     with adaptive_counter_start() (value 31, backoff 5).
 * A hit of ADD_INT / ADD_FLOAT / ADD_UNICODE computes what the eval loop's generic paths compute, so only the
 * in-place form is carried out here.
 */
import { Op, NB, isJump } from '../compiler/opcodes';
import { CO_VARARGS, CO_VARKEYWORDS, type CodeSpec } from '../compiler/code';
import { PyObject, RT, IMMORTAL_REFCNT_STORED, TPFLAGS, decref, isType, rcTouched, rcWatchers } from '../objects/object';
import { T } from '../objects/types';
import { StrObject, strAppend } from '../objects/str';
import type { TupleObject } from '../objects/sequences';
import type { FunctionObject } from '../objects/funcobject';
import { hasTypeVectorcall } from '../objects/core_numbers';
import type { Profile } from '../profiles';

/** What a candidate site's instruction currently is (the low 3 bits of its state; the counter is above). */
export const enum AddSite {
  /** not a candidate site */
  NONE = 0,
  /** BINARY_OP (3.11: BINARY_OP_ADAPTIVE once the code is quickened) */
  GENERIC = 1,
  ADD_INT = 2,
  ADD_FLOAT = 3,
  ADD_UNICODE = 4,
  INPLACE_ADD_UNICODE = 5,
}

/** adaptive_counter_bits(value, backoff) */
const bits = (value: number, backoff: number): number => (value << 4) | backoff;
const WARMUP = bits(1, 1);
const COOLDOWN = bits(52, 0);
/** 3.11: miss_counter_start(), a raw count of misses */
const MISS_START = 53;
/** 3.11: adaptive_counter_start() */
const ADAPTIVE_START = bits(31, 5);
/** MAX_BACKOFF_VALUE (3.11, 3.12) / MAX_BACKOFF (3.13) */
const MAX_BACKOFF = 12;

/** adaptive_counter_backoff (3.11, 3.12) / restart_backoff_counter (3.13) */
function backoff(counter: number): number {
  const b = Math.min((counter & 15) + 1, MAX_BACKOFF);
  return bits((1 << b) - 1, b);
}

/**
 * The site states of a new code object (CodeObject.addSites): index 0 is 3.11's co_warmup (0 once quickened),
 * index 1 + i the state of instruction i (AddSite | counter << 3) for a candidate BINARY_OP, and 3.11's warm-up
 * step (1 or 0) for a JUMP_BACKWARD. Null when no instruction is a candidate and `warmup` (the code has CALL
 * sites that need 3.11's co_warmup, callSitesFor) is false.
 */
export function addSitesFor(spec: CodeSpec, profile: Profile, warmup: boolean): Int32Array | null {
  const code = spec.code;
  const n = code.length >> 1;
  let sites: Int32Array | null = null;
  let targets: Set<number> | null = null;
  for (let i = 0; i + 1 < n; i++) {
    const oparg = code[2 * i + 1];
    if (code[2 * i] !== Op.BINARY_OP || (oparg !== NB.ADD && oparg !== NB.INPLACE_ADD)) continue;
    // an oparg above 255 puts an EXTENDED_ARG before the STORE_FAST
    if (code[2 * i + 2] !== Op.STORE_FAST || code[2 * i + 3] > 255) continue;
    if (profile.compilerSuperinstructions) {
      targets ??= jumpTargets(spec);
      if (compilerPairsStore(spec, i + 1, targets)) continue;
    } else if (i + 2 < n && code[2 * i + 4] === Op.STORE_FAST && code[2 * i + 5] <= 255) {
      // _PyCode_Quicken makes the pair STORE_FAST__STORE_FAST, which the specializer does not accept
      continue;
    }
    if (sites === null) {
      sites = new Int32Array(n + 1);
      sites[0] = -profile.quickeningWarmupDelay;
    }
    sites[i + 1] = ((profile.quickeningWarmupDelay === 0 ? WARMUP : 0) << 3) | AddSite.GENERIC;
  }
  if (sites === null && warmup && profile.quickeningWarmupDelay !== 0) {
    sites = new Int32Array(n + 1);
    sites[0] = -profile.quickeningWarmupDelay;
  }
  if (sites !== null && profile.quickeningWarmupDelay !== 0) {
    // 3.11: the JUMP_BACKWARDs that warm the code up get a 1 in their slot (see warmsUp)
    for (let j = 0; j < n; j++) if (code[2 * j] === Op.JUMP_BACKWARD && warmsUp(code, j)) sites[j + 1] = 1;
  }
  return sites;
}

const isCondJump = (op: number): boolean =>
  op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE || op === Op.POP_JUMP_IF_NONE || op === Op.POP_JUMP_IF_NOT_NONE;

/**
 * 3.11: whether the JUMP_BACKWARD at `j` is one (JUMP_BACKWARD calls _PyCode_Warmup) or stands for a
 * POP_JUMP_BACKWARD_IF_* (which does not): the test a `while` loop repeats at the end of its body jumps back to
 * the body when true. 3.12's shape of a backward conditional jump (normalize_jumps), the code's for every
 * version, is `POP_JUMP_IF_<not> j + 1; JUMP_BACKWARD body`, and such a jump targets the instruction after the
 * loop's first test (a conditional jump out of the loop); a `continue` jumps to the test itself, a `for` loop
 * to its FOR_ITER.
 */
function warmsUp(code: Int32Array, j: number): boolean {
  if (j === 0 || !isCondJump(code[2 * j - 2]) || code[2 * j - 1] !== j + 1) return true;
  const target = code[2 * j + 1];
  if (target === 0 || code[2 * target] === Op.FOR_ITER) return true;
  return !(isCondJump(code[2 * target - 2]) && code[2 * target - 1] > j);
}

/**
 * 3.13 (flowgraph.c insert_superinstructions): the STORE_FAST at `j` and a LOAD_FAST / STORE_FAST after it in the
 * same basic block become STORE_FAST_LOAD_FAST / STORE_FAST_STORE_FAST when both opargs are below 16 and the two
 * are not on different lines; the specializer then sees no STORE_FAST.
 */
function compilerPairsStore(spec: CodeSpec, j: number, targets: Set<number>): boolean {
  const code = spec.code;
  const k = j + 1;
  if (2 * k >= code.length) return false;
  const op = code[2 * k];
  if (op !== Op.LOAD_FAST && op !== Op.STORE_FAST) return false;
  if (code[2 * j + 1] >= 16 || code[2 * k + 1] >= 16) return false;
  const l1 = spec.positions[4 * j];
  const l2 = spec.positions[4 * k];
  if (l1 >= 0 && l2 >= 0 && l1 !== l2) return false;
  return !targets.has(k);
}

/** Instructions that start a basic block because something jumps to them (jumps and exception handlers). */
function jumpTargets(spec: CodeSpec): Set<number> {
  const code = spec.code;
  const t = new Set<number>();
  for (let i = 0; i < code.length; i += 2) if (isJump(code[i])) t.add(code[i + 1]);
  const ex = spec.exceptionTable;
  for (let r = 0; r + 4 < ex.length; r += 5) t.add(ex[r + 2]);
  return t;
}

/**
 * BINARY_OP at candidate site `i` (instruction index) of frame slots `s`, operands `v` + `w` (borrowed, still on
 * the stack): advances the site's state as CPython's instruction would. Returns true when it ran
 * BINARY_OP_INPLACE_ADD_UNICODE: the operands' stack references are consumed and the result is stored in the
 * local (the STORE_FAST is done, the caller skips it). False: the caller computes the sum as usual.
 */
export function binaryOpAddSite(sites: Int32Array, code: Int32Array, s: (PyObject | null)[], i: number, v: PyObject, w: PyObject): boolean {
  // 3.11: the code is not quickened yet (plain BINARY_OP)
  if (sites[0] !== 0) return false;
  const st = sites[i + 1];
  const kind = st & 7;
  let counter = st >>> 3;
  if (kind !== AddSite.GENERIC) {
    const tp = v.ob_type;
    if (w.ob_type === tp) {
      if (kind === AddSite.ADD_INT ? tp === T.int : kind === AddSite.ADD_FLOAT ? tp === T.float : tp === T.str) {
        if (kind !== AddSite.INPLACE_ADD_UNICODE) return false;
        const local = code[2 * i + 3];
        if (s[local] === v) return inplaceAddUnicode(s, local, v as StrObject, w as StrObject);
      }
    }
    // a miss
    if (RT.profile.quickeningWarmupDelay !== 0) {
      // 3.11: DEOPT_IF → miss: the instruction runs BINARY_OP; at the 53rd miss it is adaptive again
      counter--;
      sites[i + 1] = counter === 0 ? (ADAPTIVE_START << 3) | AddSite.GENERIC : (counter << 3) | kind;
      return false;
    }
    // 3.12+: DEOPT_IF goes to BINARY_OP's body, counter check included
  }
  if (counter >= 16) {
    sites[i + 1] = ((counter - 16) << 3) | kind;
    return false;
  }
  // _Py_Specialize_BinaryOp (oparg NB_ADD / NB_INPLACE_ADD)
  const tp = v.ob_type;
  let nk: AddSite = AddSite.GENERIC;
  if (w.ob_type === tp) {
    if (tp === T.str) nk = s[code[2 * i + 3]] === v ? AddSite.INPLACE_ADD_UNICODE : AddSite.ADD_UNICODE;
    else if (tp === T.int) nk = AddSite.ADD_INT;
    else if (tp === T.float) nk = AddSite.ADD_FLOAT;
  }
  if (nk === AddSite.GENERIC) {
    // failure: backed off, then BINARY_OP runs now and decrements it
    sites[i + 1] = ((backoff(counter) - 16) << 3) | AddSite.GENERIC;
    return false;
  }
  sites[i + 1] = ((RT.profile.quickeningWarmupDelay !== 0 ? MISS_START : COOLDOWN) << 3) | nk;
  // the specialized instruction runs now (DISPATCH_SAME_OPARG)
  return nk === AddSite.INPLACE_ADD_UNICODE ? inplaceAddUnicode(s, code[2 * i + 3], v as StrObject, w as StrObject) : false;
}

/**
 * BINARY_OP_INPLACE_ADD_UNICODE's body: the local's reference to `left` is dropped without deallocating
 * (_Py_DECREF_NO_DEALLOC: the stack's reference takes its place), PyUnicode_Append(&local, right), then the
 * stack's reference to `right` is released.
 */
function inplaceAddUnicode(s: (PyObject | null)[], local: number, left: StrObject, right: StrObject): boolean {
  const c = left.ob_refcnt;
  if (c !== IMMORTAL_REFCNT_STORED) {
    if (rcWatchers !== 0 && left.rcw > 0) rcTouched(left);
    left.ob_refcnt = c - 1;
  }
  s[local] = strAppend(left, right);
  decref(right);
  return true;
}

/**
 * CALL's adaptive specialization, modelled as far as it decides whether `str(x)` packs an argument tuple: a site
 * specialized to CALL_NO_KW_STR_1 (3.12; 3.11: PRECALL_NO_KW_STR_1) calls PyObject_Str(arg) itself, while the
 * generic CALL goes through type_call and _PyObject_MakeTpCall's tuple (str has no vectorcall before 3.13, whose
 * unicode_vectorcall makes CALL_STR_1 and the generic call the same). TYPE_1 and TUPLE_1 change nothing
 * observable (type and tuple have vectorcalls), but they are states a site can be in.
 *
 * Only a CALL with oparg 1 and no KW_NAMES can become STR_1 (specialize_class_call: nargs == 1, no kwnames,
 * oparg == 1), so only those sites are tracked; each runs the state machine of specialize.ts's BINARY_OP sites
 * (counter from adaptive_counter_warmup() in 3.12, 0 at 3.11's quickening; cooldown and backoff as there) with
 * what _Py_Specialize_Call (3.11: _Py_Specialize_Precall) decides for the callable it sees (callSpecialization).
 * The guards of the other specializations are modelled by kind (callHits): which builtin function or function
 * version a site specialized for is not, so a site alternating two builtins or two Python functions counts hits.
 */
export const enum CallSite {
  /** not a tracked site */
  NONE = 0,
  /** CALL (3.11: PRECALL_ADAPTIVE once the code is quickened) */
  GENERIC = 1,
  STR_1 = 2,
  TYPE_1 = 3,
  TUPLE_1 = 4,
  /** CALL_PY_EXACT_ARGS / _WITH_DEFAULTS, CALL_BOUND_METHOD_EXACT_ARGS (3.11: PRECALL_PYFUNC / _BOUND_METHOD) */
  PY = 5,
  /** CALL_BUILTIN_CLASS: a static type with a vectorcall */
  BUILTIN_CLASS = 6,
  /** CALL_NO_KW_BUILTIN_O / _FAST / LEN / ISINSTANCE / METHOD_DESCRIPTOR_* */
  BUILTIN = 7,
}

/**
 * The CALL site states of a new code object (CodeObject.callSites): index 1 + i the state (CallSite | counter
 * << 3) of CALL instruction i. Null on 3.13 (nothing observable depends on them) and when no CALL can become
 * STR_1.
 */
export function callSitesFor(spec: CodeSpec, profile: Profile): Int32Array | null {
  if (hasTypeVectorcall(T.str)) return null;
  const code = spec.code;
  const n = code.length >> 1;
  let sites: Int32Array | null = null;
  for (let i = 0; i < n; i++) {
    if (code[2 * i] !== Op.CALL || code[2 * i + 1] !== 1 || (i > 0 && code[2 * i - 2] === Op.KW_NAMES)) continue;
    sites ??= new Int32Array(n + 1);
    sites[i + 1] = ((profile.quickeningWarmupDelay === 0 ? WARMUP : 0) << 3) | CallSite.GENERIC;
  }
  return sites;
}

/**
 * CALL at tracked site `i` (instruction index) with `callable` (a bound method already unpacked into its
 * function) and `nargs` positional arguments, self included (`self`: a method-form call or an unpacked bound
 * method). `warm`: the code's addSites (3.11's co_warmup at index 0). Advances the site's state as CPython's
 * instruction would; returns true when it runs CALL_NO_KW_STR_1 (the caller calls PyObject_Str itself).
 */
export function callSite(sites: Int32Array, warm: Int32Array | null, i: number, callable: PyObject, nargs: number, self: boolean): boolean {
  // 3.11: the code is not quickened yet (plain PRECALL)
  if (warm !== null && warm[0] !== 0) return false;
  const st = sites[i + 1];
  const kind = st & 7;
  let counter = st >>> 3;
  if (kind !== CallSite.GENERIC) {
    if (callHits(kind, callable, self)) return kind === CallSite.STR_1;
    // a miss
    if (RT.profile.quickeningWarmupDelay !== 0) {
      // 3.11: miss → the instruction runs PRECALL; at the 53rd miss it is adaptive again
      counter--;
      sites[i + 1] = counter === 0 ? (ADAPTIVE_START << 3) | CallSite.GENERIC : (counter << 3) | kind;
      return false;
    }
    // 3.12: DEOPT_IF goes to CALL's body, counter check included
  }
  if (counter >= 16) {
    sites[i + 1] = ((counter - 16) << 3) | kind;
    return false;
  }
  const nk = callSpecialization(callable, nargs, self);
  if (nk === CallSite.GENERIC) {
    // failure: backed off, then CALL runs now and decrements it
    sites[i + 1] = ((backoff(counter) - 16) << 3) | CallSite.GENERIC;
    return false;
  }
  sites[i + 1] = ((RT.profile.quickeningWarmupDelay !== 0 ? MISS_START : COOLDOWN) << 3) | nk;
  // the specialized instruction runs now (DISPATCH_SAME_OPARG)
  return nk === CallSite.STR_1;
}

/** The guards (DEOPT_IF) of a site specialized as `kind`, by kind. */
function callHits(kind: number, callable: PyObject, self: boolean): boolean {
  switch (kind) {
    case CallSite.STR_1:
      return callable === T.str && !self;
    case CallSite.TYPE_1:
      return callable === T.type && !self;
    case CallSite.TUPLE_1:
      return callable === T.tuple && !self;
    case CallSite.PY:
      return callable.ob_type === T.function;
    case CallSite.BUILTIN_CLASS:
      return isType(callable) && (callable.tp_flags & TPFLAGS.HEAPTYPE) === 0 && hasTypeVectorcall(callable);
    default:
      return callable.ob_type === T.builtin_function_or_method || callable.ob_type === T.method_descriptor;
  }
}

/**
 * What _Py_Specialize_Call (3.12) / _Py_Specialize_Precall (3.11) makes of a call of `callable` with `nargs`
 * positional arguments and no keywords (GENERIC: the specialization fails). specialize_class_call: a class
 * whose tp_new is object's, or a mutable (heap) type, fails; str / type / tuple with one argument (and oparg 1)
 * get their own instruction; other immutable types need a vectorcall. specialize_c_call and
 * specialize_method_descriptor are taken to succeed; 3.11 specializes any Python function (PRECALL_PYFUNC),
 * 3.12 one whose parameters are simple (function_kind) and whose arity or defaults fit nargs
 * (specialize_py_call). Anything else (an object with __call__, functools.partial...) fails.
 */
function callSpecialization(callable: PyObject, nargs: number, self: boolean): CallSite {
  const tp = callable.ob_type;
  if (tp === T.function) {
    if (RT.profile.quickeningWarmupDelay !== 0) return CallSite.PY;
    const spec = (callable as FunctionObject).code.spec;
    if ((spec.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0 || spec.co_kwonlyargcount !== 0) return CallSite.GENERIC;
    const argcount = spec.co_argcount;
    if (argcount === nargs) return CallSite.PY;
    const defaults = (callable as FunctionObject).defaults;
    const ndefaults = defaults === null ? 0 : (defaults as TupleObject).items.length;
    return nargs <= argcount && nargs >= argcount - ndefaults ? CallSite.PY : CallSite.GENERIC;
  }
  if (isType(callable)) {
    if (callable.tp_new === T.object.tp_new || (callable.tp_flags & TPFLAGS.HEAPTYPE) !== 0) return CallSite.GENERIC;
    if (nargs === 1 && !self) {
      if (callable === T.str) return CallSite.STR_1;
      if (callable === T.type) return CallSite.TYPE_1;
      if (callable === T.tuple) return CallSite.TUPLE_1;
    }
    return hasTypeVectorcall(callable) ? CallSite.BUILTIN_CLASS : CallSite.GENERIC;
  }
  return tp === T.builtin_function_or_method || tp === T.method_descriptor ? CallSite.BUILTIN : CallSite.GENERIC;
}
