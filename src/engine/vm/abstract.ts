/**
 * The abstract object protocol: CPython's object.c and abstract.c. Every operation on an object of unknown
 * type goes through here and dispatches on type slots, with CPython's rules (reflected operands when the
 * right operand's type is a subclass, NotImplemented, the exact TypeError messages).
 *
 * Ownership: results are NEW references; arguments are borrowed.
 */
import { PyObject, PyType, PyErr, incref, decref, newref, RT, type BinaryFunc } from '../objects/object';
import { T } from '../objects/types';
import { None, NotImplemented, True, False, IntObject } from '../objects/singletons';
import { E, raise, excMatches, getExcField, setExcField, type ExceptionObject } from '../objects/exceptions';
import { newStr, StrObject, intern } from '../objects/str';
import { CMP, NB } from '../compiler/opcodes';
import type { PyHash } from '../lib/pyhash';

export function typeName(o: PyObject): string {
  return o.ob_type.tp_name;
}

// ---------------------------------------------------------------- truth, repr, str, hash

export function isTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const tp = o.ob_type;
  if (tp.nb_bool !== null) return tp.nb_bool(o);
  if (tp.sq_length !== null) return tp.sq_length(o) > 0;
  return true;
}

export function repr(o: PyObject): StrObject {
  // PyObject_Repr starts with PyErr_CheckSignals, which runs a scheduled collection (3.12+)
  RT.gc.checkSignals();
  const f = o.ob_type.tp_repr;
  if (f === null) return newStr(`<${o.ob_type.tp_name} object at 0x${o.addr.toString(16).padStart(12, '0')}>`);
  RT.enterRecursiveCall(' while getting the repr of an object');
  try {
    const r = f(o);
    if (!(r instanceof StrObject)) {
      const n = r.ob_type.tp_name;
      decref(r);
      raise(E.TypeError, `__repr__ returned non-string (type ${n})`);
    }
    return r;
  } finally {
    RT.leaveRecursiveCall();
  }
}

export function str(o: PyObject): StrObject {
  // PyObject_Str starts with PyErr_CheckSignals, which runs a scheduled collection (3.12+), even for a str
  RT.gc.checkSignals();
  if (o.ob_type === T.str) return newref(o as StrObject);
  const f = o.ob_type.tp_str;
  if (f === null) return repr(o);
  const r = f(o);
  if (!(r instanceof StrObject)) {
    const n = r.ob_type.tp_name;
    decref(r);
    raise(E.TypeError, `__str__ returned non-string (type ${n})`);
  }
  return r;
}

export function reprString(o: PyObject): string {
  const r = repr(o);
  const s = r.value;
  decref(r);
  return s;
}

export function strString(o: PyObject): string {
  const r = str(o);
  const s = r.value;
  decref(r);
  return s;
}

/** hash(o): a read-only hash record to be consumed at once (see lib/pyhash.ts). */
export function hash(o: PyObject): PyHash {
  const f = o.ob_type.tp_hash;
  if (f === null) raise(E.TypeError, `unhashable type: '${o.ob_type.tp_name}'`);
  return f(o);
}

// ---------------------------------------------------------------- comparison

const SWAPPED_OP = [CMP.GT, CMP.GE, CMP.EQ, CMP.NE, CMP.LT, CMP.LE];
const OP_STR = ['<', '<=', '==', '!=', '>', '>='];

export function isSubtype(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.tp_mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

export function isInstance(o: PyObject, tp: PyType): boolean {
  return o.ob_type === tp || isSubtype(o.ob_type, tp);
}

/** PyObject_RichCompare: returns a new reference. */
export function richCompare(v: PyObject, w: PyObject, op: number): PyObject {
  RT.enterRecursiveCall(' in comparison');
  try {
    return doRichCompare(v, w, op);
  } finally {
    RT.leaveRecursiveCall();
  }
}

function doRichCompare(v: PyObject, w: PyObject, op: number): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  let checkedReverse = false;
  if (vt !== wt && isSubtype(wt, vt) && wt.tp_richcompare !== null) {
    checkedReverse = true;
    const r = wt.tp_richcompare(w, v, SWAPPED_OP[op]);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (vt.tp_richcompare !== null) {
    const r = vt.tp_richcompare(v, w, op);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (!checkedReverse && wt.tp_richcompare !== null) {
    const r = wt.tp_richcompare(w, v, SWAPPED_OP[op]);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  switch (op) {
    case CMP.EQ:
      return newref(v === w ? True : False);
    case CMP.NE:
      return newref(v !== w ? True : False);
  }
  raise(
    E.TypeError,
    `'${OP_STR[op]}' not supported between instances of '${vt.tp_name}' and '${wt.tp_name}'`,
  );
}

/** PyObject_RichCompareBool: identity implies equality for EQ/NE, as CPython. */
export function richCompareBool(v: PyObject, w: PyObject, op: number): boolean {
  if (v === w) {
    if (op === CMP.EQ) return true;
    if (op === CMP.NE) return false;
  }
  const r = richCompare(v, w, op);
  const b = r === True ? true : r === False ? false : isTrue(r);
  decref(r);
  return b;
}

export function eq(v: PyObject, w: PyObject): boolean {
  return richCompareBool(v, w, CMP.EQ);
}

// ---------------------------------------------------------------- attributes

export function getAttr(o: PyObject, name: StrObject): PyObject {
  const f = o.ob_type.tp_getattro!;
  let r: PyObject | null;
  try {
    r = f(o, name);
    if (r === null) raiseAttributeError(o, name);
  } catch (e) {
    if (e instanceof PyErr) setAttributeErrorContext(e.exc, o, name);
    throw e;
  }
  return r;
}

/**
 * The attribute of LOAD_ATTR's method form when it is no plain method (_PyObject_GetMethod's other outcomes):
 * with the generic getattr, an error a descriptor or property raises keeps its own context (no `name` /
 * `obj`); the "no attribute" error, and any error of another getattr slot (PyObject_GetAttr), get them.
 */
export function getAttrForMethod(o: PyObject, name: StrObject): PyObject {
  const f = o.ob_type.tp_getattro!;
  if (f !== RT.genericGetAttr) return getAttr(o, name);
  const r = f(o, name);
  if (r === null) raiseAttributeError(o, name);
  return r;
}

/**
 * set_attribute_error_context (PyObject_GetAttr): an AttributeError that has neither `name` nor `obj` yet (a
 * descriptor's, a property's, an unset __slots__ member's) gets the attribute's name and the object, which
 * the traceback's "Did you mean" suggestion uses.
 */
function setAttributeErrorContext(exc: PyObject, o: PyObject, name: StrObject): void {
  if (!excMatches(exc, E.AttributeError)) return;
  const e = exc as ExceptionObject;
  if (getExcField(e, 'name') !== null || getExcField(e, 'obj') !== null) return;
  setExcField(e, 'name', newref(name));
  setExcField(e, 'obj', newref(o));
}

export function getAttrStr(o: PyObject, name: string): PyObject {
  const n = newStr(name);
  try {
    return getAttr(o, n);
  } finally {
    decref(n);
  }
}

/** Like getattr(o, name, None-sentinel): returns null when missing (AttributeError swallowed). */
export function lookupAttr(o: PyObject, name: StrObject): PyObject | null {
  try {
    return o.ob_type.tp_getattro!(o, name);
  } catch (e) {
    if (e instanceof PyErr && excMatches(e.exc, E.AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

export function raiseAttributeError(o: PyObject, name: StrObject): never {
  if (o instanceof PyType) raise(E.AttributeError, `type object '${o.tp_name}' has no attribute '${name.value}'`);
  if (o.ob_type === T.module) {
    const modName = RT.moduleName(o);
    raise(E.AttributeError, `module '${modName}' has no attribute '${name.value}'`, { name, obj: o });
  }
  raise(E.AttributeError, `'${o.ob_type.tp_name}' object has no attribute '${name.value}'`, { name, obj: o });
}

export function setAttr(o: PyObject, name: StrObject, value: PyObject | null): void {
  // PyObject_SetAttr interns the name in place (immortal on 3.12, mortal on 3.11 and 3.13)
  if (name.interned === 0 && name.ob_type === T.str) {
    incref(name);
    const n = intern(name, RT.profile.sysInternImmortal);
    try {
      setAttrInterned(o, n, value);
    } finally {
      decref(n);
    }
    return;
  }
  setAttrInterned(o, name, value);
}

function setAttrInterned(o: PyObject, name: StrObject, value: PyObject | null): void {
  const f = o.ob_type.tp_setattro;
  if (f === null) {
    const tp = o.ob_type;
    const hasGetattr = tp.tp_getattro !== null;
    if (value === null)
      raise(E.AttributeError, `'${tp.tp_name}' object has no attribute '${name.value}'`);
    raise(
      E.AttributeError,
      hasGetattr
        ? `'${tp.tp_name}' object has no attribute '${name.value}' and no __dict__ for setting new attributes`
        : `'${tp.tp_name}' object has no attributes (assign to .${name.value})`,
    );
  }
  f(o, name, value);
}

// ---------------------------------------------------------------- calls

export function call(callable: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  const f = callable.ob_type.tp_call;
  if (f === null) raise(E.TypeError, `'${callable.ob_type.tp_name}' object is not callable`);
  return f(callable, args, start, nargs, kwnames);
}

export function call0(callable: PyObject): PyObject {
  return call(callable, EMPTY_ARGS, 0, 0, null);
}
export function call1(callable: PyObject, a: PyObject): PyObject {
  return call(callable, [a], 0, 1, null);
}
export function call2(callable: PyObject, a: PyObject, b: PyObject): PyObject {
  return call(callable, [a, b], 0, 2, null);
}
export const EMPTY_ARGS: PyObject[] = [];

export function callable(o: PyObject): boolean {
  return o.ob_type.tp_call !== null;
}

// ---------------------------------------------------------------- iteration

export function getIter(o: PyObject): PyObject {
  const f = o.ob_type.tp_iter;
  if (f !== null) {
    const it = f(o);
    if (it.ob_type.tp_iternext === null) {
      const n = it.ob_type.tp_name;
      decref(it);
      raise(E.TypeError, `iter() returned non-iterator of type '${n}'`);
    }
    return it;
  }
  if (o.ob_type.mp_subscript !== null && RT.hasGetItem(o.ob_type)) return RT.seqIter(o);
  raise(E.TypeError, `'${o.ob_type.tp_name}' object is not iterable`);
}

/** Next item (new reference) or null when exhausted. StopIteration raised by __next__ is absorbed. */
export function iterNext(it: PyObject): PyObject | null {
  const f = it.ob_type.tp_iternext;
  if (f === null) raise(E.TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  return f(it);
}

/** Calls fn for every item (borrowed for the duration of the call). */
export function forEach(o: PyObject, fn: (item: PyObject) => void): void {
  const it = getIter(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      try {
        fn(x);
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

/** Materialise an iterable into a JS array of new references. */
export function toArray(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const it = getIter(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

// ---------------------------------------------------------------- numbers

type NbSlot =
  | 'nb_add' | 'nb_subtract' | 'nb_multiply' | 'nb_remainder' | 'nb_divmod' | 'nb_lshift' | 'nb_rshift'
  | 'nb_and' | 'nb_xor' | 'nb_or' | 'nb_floor_divide' | 'nb_true_divide' | 'nb_matrix_multiply';
type NbInplaceSlot =
  | 'nb_inplace_add' | 'nb_inplace_subtract' | 'nb_inplace_multiply' | 'nb_inplace_remainder'
  | 'nb_inplace_lshift' | 'nb_inplace_rshift' | 'nb_inplace_and' | 'nb_inplace_xor' | 'nb_inplace_or'
  | 'nb_inplace_floor_divide' | 'nb_inplace_true_divide' | 'nb_inplace_matrix_multiply';

/** binary_op1: try v's slot and w's slot with the subclass rule; NotImplemented if neither applies. */
export function binaryOp1(v: PyObject, w: PyObject, slot: NbSlot): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  const slotv: BinaryFunc | null = vt[slot];
  let slotw: BinaryFunc | null = null;
  if (wt !== vt) {
    slotw = wt[slot];
    if (slotw === slotv) slotw = null;
  }
  if (slotv !== null) {
    if (slotw !== null && isSubtype(wt, vt)) {
      const x = slotw(v, w);
      if (x !== NotImplemented) return x;
      decref(x);
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== NotImplemented) return x;
    decref(x);
  }
  if (slotw !== null) return slotw(v, w);
  return newref(NotImplemented);
}

const NB_INFO: { slot: NbSlot; sym: string; iname?: NbInplaceSlot }[] = [];
function nb(idx: number, slot: NbSlot, sym: string, iname?: NbInplaceSlot) {
  NB_INFO[idx] = { slot, sym, iname };
}
nb(NB.ADD, 'nb_add', '+', 'nb_inplace_add');
nb(NB.AND, 'nb_and', '&', 'nb_inplace_and');
nb(NB.FLOOR_DIVIDE, 'nb_floor_divide', '//', 'nb_inplace_floor_divide');
nb(NB.LSHIFT, 'nb_lshift', '<<', 'nb_inplace_lshift');
nb(NB.MATRIX_MULTIPLY, 'nb_matrix_multiply', '@', 'nb_inplace_matrix_multiply');
nb(NB.MULTIPLY, 'nb_multiply', '*', 'nb_inplace_multiply');
nb(NB.REMAINDER, 'nb_remainder', '%', 'nb_inplace_remainder');
nb(NB.OR, 'nb_or', '|', 'nb_inplace_or');
nb(NB.RSHIFT, 'nb_rshift', '>>', 'nb_inplace_rshift');
nb(NB.SUBTRACT, 'nb_subtract', '-', 'nb_inplace_subtract');
nb(NB.TRUE_DIVIDE, 'nb_true_divide', '/', 'nb_inplace_true_divide');
nb(NB.XOR, 'nb_xor', '^', 'nb_inplace_xor');

function binopTypeError(v: PyObject, w: PyObject, sym: string): never {
  raise(E.TypeError, `unsupported operand type(s) for ${sym}: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
}

/** BINARY_OP with a NB_* oparg (0..25). */
export function binaryOp(v: PyObject, w: PyObject, op: number): PyObject {
  if (op === NB.POWER) return power(v, w, None);
  if (op === NB.INPLACE_POWER) return inplacePower(v, w);
  if (op >= NB.INPLACE_ADD) {
    const info = NB_INFO[op - NB.INPLACE_ADD];
    const islot = v.ob_type[info.iname!];
    if (islot !== null) {
      const x = islot(v, w);
      if (x !== NotImplemented) return x;
      decref(x);
    }
    const r = binaryOp1(v, w, info.slot);
    if (r !== NotImplemented) return r;
    decref(r);
    if (op === NB.INPLACE_ADD || op === NB.INPLACE_MULTIPLY) {
      const seq = seqFallback(v, w, op === NB.INPLACE_ADD ? NB.ADD : NB.MULTIPLY);
      if (seq !== null) return seq;
    }
    binopTypeError(v, w, info.sym + '=');
  }
  const info = NB_INFO[op];
  const r = binaryOp1(v, w, info.slot);
  if (r !== NotImplemented) return r;
  decref(r);
  if (op === NB.ADD || op === NB.MULTIPLY) {
    const seq = seqFallback(v, w, op);
    if (seq !== null) return seq;
  }
  if (op === NB.RSHIFT && RT.isBuiltinPrint(v)) {
    raise(
      E.TypeError,
      `unsupported operand type(s) for >>: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'. Did you mean "print(<message>, file=<output_stream>)"?`,
    );
  }
  binopTypeError(v, w, info.sym);
}

/**
 * For the eval loop's BINARY_OP fast path: the slot that binaryOp(v, w, op) ends up calling when v and w
 * both have exactly type `tp` (binaryOp1 with equal types calls only tp's nb slot; an in-place op uses the
 * plain slot when tp has no in-place one). Null for ** (ternary: power()) and when tp lacks the slot, so the
 * caller takes the generic path. Only valid for a static type, whose slots never change.
 */
export function sameTypeBinarySlot(tp: PyType, op: number): BinaryFunc | null {
  if (op === NB.POWER || op === NB.INPLACE_POWER) return null;
  if (op >= NB.INPLACE_ADD) {
    const info = NB_INFO[op - NB.INPLACE_ADD];
    if (info === undefined || tp[info.iname!] !== null) return null;
    return tp[info.slot];
  }
  const info = NB_INFO[op];
  return info === undefined ? null : tp[info.slot];
}

/** sequence concat/repeat fallbacks (sq_concat / sq_repeat) for types that only define those. */
function seqFallback(v: PyObject, w: PyObject, op: number): PyObject | null {
  if (op === NB.ADD) {
    const f = v.ob_type.sq_concat;
    return f === null ? null : f(v, w);
  }
  const fv = v.ob_type.sq_repeat;
  const fw = w.ob_type.sq_repeat;
  if (fv !== null) {
    if (w.ob_type.nb_index !== null) return fv(v, indexAsNumber(w, E.OverflowError));
    raise(E.TypeError, `can't multiply sequence by non-int of type '${w.ob_type.tp_name}'`);
  }
  if (fw !== null) {
    if (v.ob_type.nb_index !== null) return fw(w, indexAsNumber(v, E.OverflowError));
    raise(E.TypeError, `can't multiply sequence by non-int of type '${v.ob_type.tp_name}'`);
  }
  return null;
}

export function power(v: PyObject, w: PyObject, z: PyObject): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  const slotv = vt.nb_power;
  let slotw = wt !== vt ? wt.nb_power : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && isSubtype(wt, vt)) {
      const x = slotw(v, w, z);
      if (x !== NotImplemented) return x;
      decref(x);
      slotw = null;
    }
    const x = slotv(v, w, z);
    if (x !== NotImplemented) return x;
    decref(x);
  }
  if (slotw !== null) {
    const x = slotw(v, w, z);
    if (x !== NotImplemented) return x;
    decref(x);
  }
  if (z === None) raise(E.TypeError, `unsupported operand type(s) for ** or pow(): '${vt.tp_name}' and '${wt.tp_name}'`);
  raise(
    E.TypeError,
    `unsupported operand type(s) for ** or pow(): '${vt.tp_name}', '${wt.tp_name}', '${z.ob_type.tp_name}'`,
  );
}

function inplacePower(v: PyObject, w: PyObject): PyObject {
  const islot = v.ob_type.nb_inplace_power;
  if (islot !== null) {
    const x = islot(v, w, None);
    if (x !== NotImplemented) return x;
    decref(x);
  }
  try {
    return power(v, w, None);
  } catch (e) {
    if (e instanceof PyErr && excMatches(e.exc, E.TypeError)) {
      decref(e.exc);
      raise(E.TypeError, `unsupported operand type(s) for **=: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
    }
    throw e;
  }
}

export function negative(o: PyObject): PyObject {
  const f = o.ob_type.nb_negative;
  if (f === null) raise(E.TypeError, `bad operand type for unary -: '${o.ob_type.tp_name}'`);
  return f(o);
}
export function positive(o: PyObject): PyObject {
  const f = o.ob_type.nb_positive;
  if (f === null) raise(E.TypeError, `bad operand type for unary +: '${o.ob_type.tp_name}'`);
  return f(o);
}
export function invert(o: PyObject): PyObject {
  const f = o.ob_type.nb_invert;
  if (f === null) raise(E.TypeError, `bad operand type for unary ~: '${o.ob_type.tp_name}'`);
  return f(o);
}
export function absolute(o: PyObject): PyObject {
  const f = o.ob_type.nb_absolute;
  if (f === null) raise(E.TypeError, `bad operand type for abs(): '${o.ob_type.tp_name}'`);
  return f(o);
}

/** PyNumber_Index: returns the int value of an object that supports __index__. */
export function indexValue(o: PyObject): number | bigint {
  if (o instanceof IntObject) return o.value;
  const f = o.ob_type.nb_index;
  if (f === null)
    raise(E.TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const r = f(o);
  if (!(r instanceof IntObject)) {
    const n = r.ob_type.tp_name;
    decref(r);
    raise(E.TypeError, `__index__ returned non-int (type ${n})`);
  }
  const v = r.value;
  decref(r);
  return v;
}

/** An index as a JS number, clamped like PyNumber_AsSsize_t(o, IndexError) for huge values. */
export function indexAsNumber(o: PyObject, errType: PyType | null = E.IndexError): number {
  const v = indexValue(o);
  if (typeof v === 'number') return v;
  if (errType === null) return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  raise(errType, `cannot fit 'int' into an index-sized integer`);
}

// ---------------------------------------------------------------- containers

export function getItem(o: PyObject, key: PyObject): PyObject {
  const f = o.ob_type.mp_subscript;
  if (f !== null) return f(o, key);
  if (o instanceof PyType) return RT.classGetItem(o, key);
  raise(E.TypeError, `'${o.ob_type.tp_name}' object is not subscriptable`);
}

export function setItem(o: PyObject, key: PyObject, value: PyObject): void {
  const f = o.ob_type.mp_ass_subscript;
  if (f === null) raise(E.TypeError, `'${o.ob_type.tp_name}' object does not support item assignment`);
  f(o, key, value);
}

export function delItem(o: PyObject, key: PyObject): void {
  const f = o.ob_type.mp_ass_subscript;
  if (f === null) raise(E.TypeError, `'${o.ob_type.tp_name}' object doesn't support item deletion`);
  f(o, key, null);
}

export function length(o: PyObject): number {
  const f = o.ob_type.sq_length;
  if (f === null) raise(E.TypeError, `object of type '${o.ob_type.tp_name}' has no len()`);
  return f(o);
}

/** `key in o` (PySequence_Contains): __contains__, else iterate. */
export function contains(o: PyObject, key: PyObject): boolean {
  const f = o.ob_type.sq_contains;
  if (f !== null) return f(o, key);
  if (o.ob_type.tp_iter === null && !(o.ob_type.mp_subscript !== null && RT.hasGetItem(o.ob_type)))
    raise(E.TypeError, `argument of type '${o.ob_type.tp_name}' is not iterable`);
  const it = getIter(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      const found = richCompareBool(x, key, CMP.EQ);
      decref(x);
      if (found) return true;
    }
  } finally {
    decref(it);
  }
}

export { incref, decref };
