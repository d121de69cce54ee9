/**
 * Runtime services that tie the pieces together: constructors of builtin types (int(), float(), str(),
 * tuple(), list()), list slice assignment, zero-argument super, generator throw, instance __dict__
 * descriptors, the import system, and small helpers. Installed into RT_EXT at bootstrap.
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, incref, decref, xdecref, newref } from '../objects/object';
import { T } from '../objects/types';
import { None, NotImplemented, IntObject } from '../objects/singletons';
import { E, raise, excMatches } from '../objects/exceptions';
import { reportedBasicsize } from '../memory/sizes';
import { StrObject, newStr, EMPTY_STR, newSubclassStr } from '../objects/str';
import { FloatObject, newInt, newIntAlloc, newFloat, floatValueOf } from '../objects/numbers';
import { TupleObject, ListObject, newTuple, listResize, listClearItems } from '../objects/sequences';
import { DictObject, dictSetStr, dictClear } from '../objects/dict';
import { CellObject, GetSetDescrObject } from '../objects/funcobject';
import { onBootstrap, materializeInstanceDict, genericSetDict, typeLookup, defineMethods } from '../objects/typeobject';
import { SliceObject, sliceAdjust, SeqIterObject, newSeqIter } from '../objects/core_seq';
import { allocObject, freeObject } from '../memory/heap';
import { RT_EXT } from './rtext';
import * as A from './abstract';
import { Frame, frameObjectOf } from './frame';
import { evalFrame } from './eval';
import { Op } from '../compiler/opcodes';
import { CO_FAST_CELL } from '../compiler/code';
import { intFromString as pyParseInt, intToString, ndigits, type PyInt, type IntStringInfo } from '../lib/intops';
import { fromStringDigits, EXACT } from '../lib/longalloc';
import { floatFromString as pyParseFloat } from '../lib/floatparse';
import { asciiEscape } from '../lib/pystr';

function strAsciiOf(o: PyObject): string {
  return asciiEscape(A.reprString(o));
}
import { floatToInt } from '../lib/floatrepr';
import { percentFormat } from '../lib/printf';
import { kwCount, raiseUnexpectedKeyword, noArgs } from './args';

// ------------------------------------------------------------------ constructors

function intNew(type: PyType, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  const nkw = kwCount(kwnames);
  const x: PyObject | null = nargs > 0 ? args[start] : null;
  let base: PyObject | null = nargs > 1 ? args[start + 1] : null;
  // _PyArg_UnpackKeywords checks the total count first
  if (nargs + nkw > 2) raise(E.TypeError, `int() takes at most 2 ${nargs === 0 ? 'keyword ' : ''}arguments (${nargs + nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    const n = ((kwnames as TupleObject).items[k] as StrObject).value;
    if (n === 'base') base = args[start + nargs + k];
    else raiseUnexpectedKeyword('int', n);
  }
  let v: PyInt;
  let nd = EXACT;
  const parsed: IntStringInfo = { digits: 0, base: 10 };
  if (x === null) {
    if (base !== null) raise(E.TypeError, "int() missing string argument");
    v = 0;
  } else if (base !== null) {
    const b = A.indexValue(base);
    if (!(x instanceof StrObject) && x.ob_type !== T.bytes && x.ob_type !== T.bytearray)
      raise(E.TypeError, "int() can't convert non-string with explicit base");
    const s = x instanceof StrObject ? x.value : RT.ext.bytesToLatin1(x);
    if (typeof b !== 'number' || (b !== 0 && (b < 2 || b > 36))) raise(E.ValueError, 'int() base must be >= 2 and <= 36, or 0');
    v = pyParseInt(s, b, RT.intMaxStrDigits, undefined, parsed);
    nd = fromStringDigits(parsed.digits, parsed.base);
  } else if (x instanceof IntObject) {
    v = x.value;
    if (type === T.int && x.ob_type === T.int) return newref(x);
  } else if (x instanceof FloatObject) {
    v = floatToInt(x.value);
  } else if (x instanceof StrObject) {
    v = pyParseInt(x.value, 10, RT.intMaxStrDigits, undefined, parsed);
    nd = fromStringDigits(parsed.digits, parsed.base);
  } else if (x.ob_type === T.bytes || x.ob_type === T.bytearray) {
    v = pyParseInt(RT.ext.bytesToLatin1(x), 10, RT.intMaxStrDigits, undefined, parsed);
    nd = fromStringDigits(parsed.digits, parsed.base);
  } else {
    const tp = x.ob_type;
    let r: PyObject | null = null;
    if (tp.nb_int !== null) r = tp.nb_int(x);
    else if (tp.nb_index !== null) r = tp.nb_index(x);
    else {
      const trunc = typeLookup(tp, '__trunc__');
      if (trunc !== null) r = RT.ext.callBoundDescr(trunc, x, [], 0, 0, null);
    }
    if (r === null) {
      raise(E.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${tp.tp_name}'`);
    }
    if (!(r instanceof IntObject)) {
      const n = r.ob_type.tp_name;
      decref(r);
      raise(E.TypeError, `__int__ returned non-int (type ${n})`);
    }
    v = r.value;
    decref(r);
  }
  // parsed strings keep PyLong_FromString's allocation (lib/longalloc.ts)
  if (type === T.int) return newIntAlloc(v, nd);
  const o = new IntObject(type, v);
  incref(type);
  // long_subtype_new: type->tp_alloc(type, n), n = max(digits, 1); PyType_GenericAlloc takes
  // _PyObject_VAR_SIZE(type, n + 1): one digit more, rounded up to a pointer
  o.allocBytes = (type.tp_basicsize + 4 * (Math.max(ndigits(v), 1) + 1) + 7) & ~7;
  allocObject(o, o.allocBytes);
  // PyType_GenericAlloc: a class is always GC-capable (type_new), so its instances are tracked even over a
  // base that is not (a cycle through an IntEnum member's __dict__ must be collectable)
  if (type.tp_flags & TPFLAGS.HAVE_GC) RT.gc.track(o);
  return o;
}

function floatNew(type: PyType, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  if (kwCount(kwnames) > 0) raise(E.TypeError, 'float() takes no keyword arguments');
  if (nargs > 1) raise(E.TypeError, `float expected at most 1 argument, got ${nargs}`);
  let v = 0;
  if (nargs === 1) {
    const x = args[start];
    if (x instanceof StrObject) v = pyParseFloat(x.value);
    else if (x.ob_type === T.float && type === T.float) return newref(x);
    else if (x.ob_type.nb_float === null && x.ob_type.nb_index === null && !(x instanceof IntObject))
      raise(E.TypeError, `float() argument must be a string or a real number, not '${x.ob_type.tp_name}'`);
    else v = floatValueOf(x);
  }
  if (type === T.float) return newFloat(v);
  const o = new FloatObject(v);
  (o as PyObject).ob_type = type;
  incref(type);
  allocObject(o, type.tp_basicsize);
  if (type.tp_flags & TPFLAGS.HAVE_GC) RT.gc.track(o); // (a class's instances: see intNew)
  return o;
}

function strNew(type: PyType, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  const nkw = kwCount(kwnames);
  let obj: PyObject | null = nargs > 0 ? args[start] : null;
  let encoding: PyObject | null = nargs > 1 ? args[start + 1] : null;
  let errors: PyObject | null = nargs > 2 ? args[start + 2] : null;
  // _PyArg_UnpackKeywords checks the total count first
  if (nargs + nkw > 3) raise(E.TypeError, `str() takes at most 3 ${nargs === 0 ? 'keyword ' : ''}arguments (${nargs + nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    const n = ((kwnames as TupleObject).items[k] as StrObject).value;
    const v = args[start + nargs + k];
    if (n === 'object') obj = v;
    else if (n === 'encoding') encoding = v;
    else if (n === 'errors') errors = v;
    else raiseUnexpectedKeyword('str', n);
  }
  let r: PyObject;
  if (obj === null) r = newref(EMPTY_STR);
  else if (encoding !== null || errors !== null) r = RT.ext.decodeToStr(obj, encoding, errors);
  else r = A.str(obj);
  if (type === T.str) return r;
  // unicode_subtype_new: a subclass instance is not compact. The object (the type's tp_alloc, tracked at
  // once), then its character buffer; the exact str it was copied from is released last.
  const s = newSubclassStr(type, (r as StrObject).value, reportedBasicsize(type));
  decref(r);
  return s;
}

function tupleNew(type: PyType, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  if (kwCount(kwnames) > 0 && type === T.tuple) raise(E.TypeError, 'tuple() takes no keyword arguments');
  if (nargs > 1) raise(E.TypeError, `tuple expected at most 1 argument, got ${nargs}`);
  let items: PyObject[] = [];
  if (nargs === 1) {
    const x = args[start];
    if (x.ob_type === T.tuple && type === T.tuple) return newref(x);
    items = A.toArray(x);
  }
  if (type === T.tuple) return newTuple(items);
  const t = new TupleObject(items);
  (t as PyObject).ob_type = type;
  incref(type);
  // tuple_subtype_new: PyType_GenericAlloc's _PyObject_VAR_SIZE(type, n + 1) (one item more)
  allocObject(t, type.tp_basicsize + 8 * (items.length + 1));
  RT.gc.track(t);
  return t;
}


// ------------------------------------------------------------------ list slice assignment

/**
 * The items of a non-list/tuple value assigned to a list slice (PySequence_Fast): a value that cannot be
 * iterated gets list_ass_slice's message (3.13 routes every slice through the extended-slice path). New refs.
 */
function fastItems(value: PyObject, step: number): PyObject[] {
  let it: PyObject;
  try {
    it = A.getIter(value);
  } catch (e) {
    if (e instanceof PyErr && A.isInstance(e.exc, E.TypeError)) {
      decref(e.exc);
      raise(E.TypeError, step === 1 && RT.profile.version !== '3.13' ? 'can only assign an iterable' : 'must assign iterable to extended slice');
    }
    throw e;
  }
  try {
    return A.toArray(it);
  } finally {
    decref(it);
  }
}

function listAssSubscript(l: ListObject, key: PyObject, value: PyObject | null): void {
  if (key instanceof SliceObject) {
    const n = l.items.length;
    const [start, stop, step, slen] = sliceAdjust(key, n);
    if (value === null) {
      if (slen <= 0) return;
      let removed: PyObject[];
      if (step === 1) removed = l.items.splice(start, slen);
      else {
        removed = [];
        const keep: PyObject[] = [];
        const idx = new Set<number>();
        for (let i = 0, j = start; i < slen; i++, j += step) idx.add(j);
        for (let i = 0; i < n; i++) (idx.has(i) ? removed : keep).push(l.items[i]);
        l.items = keep;
      }
      listResize(l, l.items.length);
      // list_ass_slice releases its recycle array last to first; the extended-slice path first to last
      if (step === 1) for (let i = removed.length - 1; i >= 0; i--) decref(removed[i]);
      else for (const x of removed) decref(x);
      return;
    }
    const src = value === l ? l.items.slice() : value instanceof ListObject || value instanceof TupleObject ? value.items.slice() : fastItems(value, step);
    const ownedSrc = !(value instanceof ListObject || value instanceof TupleObject);
    if (step === 1) {
      const s0 = start;
      const s1 = Math.max(stop, start);
      const removed = l.items.slice(s0, s1);
      const newLen = n - removed.length + src.length;
      if (newLen > n) listResize(l, newLen);
      for (const v of src) if (!ownedSrc) incref(v);
      l.items.splice(s0, removed.length, ...src);
      if (newLen < n) listResize(l, newLen);
      for (let i = removed.length - 1; i >= 0; i--) decref(removed[i]);
      return;
    }
    if (src.length !== slen) {
      if (ownedSrc) for (const v of src) decref(v);
      raise(E.ValueError, `attempt to assign sequence of size ${src.length} to extended slice of size ${slen}`);
    }
    const old: PyObject[] = [];
    for (let i = 0, j = start; i < slen; i++, j += step) {
      old.push(l.items[j]);
      if (!ownedSrc) incref(src[i]);
      l.items[j] = src[i];
    }
    for (const x of old) decref(x);
    return;
  }
  if (!(key instanceof IntObject) && key.ob_type.nb_index === null)
    raise(E.TypeError, `list indices must be integers or slices, not ${key.ob_type.tp_name}`);
  let i = A.indexAsNumber(key);
  const n = l.items.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(E.IndexError, value === null ? 'list assignment index out of range' : 'list assignment index out of range');
  const old = l.items[i];
  if (value === null) {
    l.items.splice(i, 1);
    listResize(l, n - 1);
  } else {
    incref(value);
    l.items[i] = value;
  }
  decref(old);
}

// ------------------------------------------------------------------ super(), generators

/** Zero-argument super(): __class__ cell and the first argument of the calling frame. */
function zeroArgSuper(): { type: PyObject; obj: PyObject } {
  const f = RT.frame;
  if (f === null) raise(E.RuntimeError, 'super(): no arguments');
  const spec = f.code.spec;
  if (spec.co_argcount === 0 && !(spec.co_flags & 0x4)) raise(E.RuntimeError, 'super(): no arguments');
  let first = f.s[0];
  if (first instanceof CellObject && spec.co_localspluskinds[0] & CO_FAST_CELL) first = first.ref;
  if (first === null) raise(E.RuntimeError, 'super(): arg[0] deleted');
  const names = spec.co_localsplusnames;
  const i = names.lastIndexOf('__class__');
  if (i < 0) raise(E.RuntimeError, 'super(): __class__ cell not found');
  const cell = f.s[i] as CellObject | null;
  if (cell === null || cell.ref === null) raise(E.RuntimeError, 'super(): empty __class__ cell');
  if (!(cell.ref instanceof PyType)) raise(E.RuntimeError, 'super(): __class__ is not a type (' + cell.ref.ob_type.tp_name + ')');
  return { type: cell.ref, obj: first };
}


/** Resume a suspended generator frame by raising `exc` at its yield point. */
function genThrowInto(f: Frame, exc: PyObject): PyObject {
  // delegate to a sub-iterator when suspended inside `yield from` (the SEND loop)
  const lasti = f.pc - 1;
  const code = f.code.code;
  const prev = lasti - 1;
  if (prev >= 0 && code[2 * prev] === Op.SEND && f.sp > f.code.nlocalsplus) {
    const sub = f.s[f.sp - 1]!;
    if (sub.ob_type === T.generator || sub.ob_type === T.coroutine) {
      try {
        const r = RT.ext.genSend(sub, null, exc);
        if (!r.done) return r.value;
        // the sub-generator finished: resume the delegating frame with its value (as SEND's jump)
        f.s[f.sp++] = r.value;
        f.pc = code[2 * prev + 1];
        // the value replaces [receiver]: END_SEND semantics at the jump target expect [receiver, value]
        return evalFrame(f);
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        f.pendingThrow = e.exc;
        return evalFrame(f);
      }
    }
  }
  incref(exc);
  f.pendingThrow = exc;
  return evalFrame(f);
}

// ------------------------------------------------------------------ instance __dict__ / __weakref__

function instanceDictDescr(type: PyType, name: string): PyObject {
  const d = new GetSetDescrObject(
    name,
    type,
    name === '__dict__'
      ? (o) => {
          const d = materializeInstanceDict(o);
          return newref(d ?? None);
        }
      : (o) => RT.ext.firstWeakref(o),
    name === '__dict__'
      ? genericSetDict
      : null,
    // subtype_getsets_full's docs
    name === '__dict__' ? 'dictionary for instance variables' : 'list of weak references to the object',
  );
  allocObject(d, T.getset_descriptor.tp_basicsize);
  RT.gc.track(d);
  return d;
}

// ------------------------------------------------------------------ sequence iterator (__getitem__ protocol)

function seqIter(o: PyObject): PyObject {
  return newSeqIter(T.iterator, o);
}

onBootstrap(() => {
  const it = T.iterator;
  it.tp_iter = (o) => newref(o);
  it.tp_iternext = (o) => {
    const si = o as SeqIterObject;
    const seq = si.seq;
    if (seq === null) return null;
    const idx = newInt(si.index);
    try {
      const v = A.getItem(seq, idx);
      si.index++;
      return v;
    } catch (e) {
      if (e instanceof PyErr && (excMatches(e.exc, E.IndexError) || excMatches(e.exc, E.StopIteration))) {
        decref(e.exc);
        si.seq = null;
        decref(seq);
        return null;
      }
      throw e;
    } finally {
      decref(idx);
    }
  };
  it.tp_dealloc = (o) => {
    const si = o as SeqIterObject;
    RT.gc.untrack(si);
    xdecref(si.seq);
    freeObject(si, T.iterator.tp_basicsize);
  };
  // iter_traverse: the sequence it iterates (a cycle through it is collectable)
  it.tp_traverse = (o, visit) => {
    const s = (o as SeqIterObject).seq;
    if (s !== null) visit(s);
  };
  // iter_len: len(seq) - index for a sequence with a length, NotImplemented for one without
  defineMethods(it, {
    __length_hint__: (self, _a, _s, nargs, kw) => {
      noArgs('iterator.__length_hint__', nargs, kw);
      const si = self as SeqIterObject;
      const seq = si.seq;
      if (seq === null) return newInt(0);
      if (seq.ob_type.sq_length === null) return newref(NotImplemented);
      const len = A.length(seq) - si.index;
      return newInt(len >= 0 ? len : 0);
    },
  });
  RT_EXT.intNew = intNew;
  RT_EXT.floatNew = floatNew;
  RT_EXT.strNew = strNew;
  RT_EXT.tupleNew = tupleNew;
  RT_EXT.listAssSubscript = listAssSubscript;
  RT_EXT.listClear = (l: ListObject) => listClearItems(l);
  RT_EXT.listInplaceRepeat = (l: ListObject, n: number) => {
    const items = l.items;
    if (n <= 0) {
      listClearItems(l);
      return;
    }
    if (n === 1 || items.length === 0) return;
    const out: PyObject[] = [];
    listResize(l, items.length * n);
    for (let i = 1; i < n; i++) for (const v of items) out.push(newref(v));
    l.items = items.concat(out);
  };
  RT_EXT.newListSubtype = (type: PyType) => {
    const l = new ListObject();
    (l as PyObject).ob_type = type;
    incref(type);
    allocObject(l, type.tp_basicsize);
    RT.gc.track(l);
    return l;
  };
  RT_EXT.newDictSubtype = (type: PyType) => {
    const d = new DictObject();
    (d as PyObject).ob_type = type;
    incref(type);
    allocObject(d, type.tp_basicsize);
    RT.gc.track(d);
    return d;
  };
  RT_EXT.dictClearObj = (d: DictObject) => dictClear(d);
  RT_EXT.zeroArgSuper = zeroArgSuper;
  RT_EXT.genThrowInto = genThrowInto;
  RT_EXT.instanceDictDescr = instanceDictDescr;
  RT_EXT.seqIter = seqIter;
  RT_EXT.firstWeakref = () => newref(None);
  RT_EXT.clearWeakrefs = () => undefined;
  RT_EXT.frameObjectOfFrame = (f: Frame) => newref(frameObjectOf(f));
  RT_EXT.lengthHint = (o: PyObject) => {
    if (o.ob_type.sq_length !== null) {
      try {
        return A.length(o);
      } catch (e) {
        if (e instanceof PyErr && excMatches(e.exc, E.TypeError)) {
          decref(e.exc);
          return 0;
        }
        throw e;
      }
    }
    return 0;
  };
  RT_EXT.hashCombine = (a: { hi: number; lo: number }, b: { hi: number; lo: number }) => ({ hi: a.hi ^ b.hi, lo: (a.lo ^ b.lo) | 0 });
  RT_EXT.strPercentFormat = (fmt: StrObject, args: PyObject) => {
    const isMapping = args.ob_type.mp_subscript !== null && !(args instanceof TupleObject) && args.ob_type !== T.str;
    const pa: { tuple?: readonly PyObject[]; single?: PyObject; getItem?: (k: string) => PyObject } =
      args instanceof TupleObject ? { tuple: args.items } : { single: args };
    const temps: PyObject[] = [];
    if (isMapping) {
      pa.getItem = (k: string) => {
        const key = newStr(k);
        try {
          const v = A.getItem(args, key);
          temps.push(v);
          return v;
        } finally {
          decref(key);
        }
      };
    }
    const num = (o: PyObject, f: (x: PyObject) => PyObject | null): PyInt | null => {
      if (o instanceof IntObject) return o.value;
      const r = f(o);
      if (r === null) return null;
      const v = (r as IntObject).value;
      decref(r);
      return v;
    };
    try {
      const out = percentFormat<PyObject>(fmt.value, pa, {
        str: (o) => A.strString(o),
        repr: (o) => A.reprString(o),
        ascii: (o) => strAsciiOf(o),
        typeName: (o) => o.ob_type.tp_name,
        toInt: (o) => num(o, (x) => (x.ob_type.nb_int !== null ? x.ob_type.nb_int(x) : x.ob_type.nb_index !== null ? x.ob_type.nb_index(x) : null)),
        toIndex: (o) => num(o, (x) => (x.ob_type.nb_index !== null ? x.ob_type.nb_index(x) : null)),
        toFloat: (o) => (o instanceof FloatObject ? o.value : o.ob_type.nb_float !== null || o.ob_type.nb_index !== null || o instanceof IntObject ? floatValueOf(o) : null),
        asStr: (o) => (o instanceof StrObject ? o.value : null),
        asInt: (o) => (o instanceof IntObject ? o.value : null),
        maxStrDigits: RT.intMaxStrDigits,
      });
      return newStr(out);
    } finally {
      for (const t of temps) decref(t);
    }
  };
  RT_EXT.classGetItem = (tp: PyType, key: PyObject) => {
    const f = typeLookup(tp, '__class_getitem__');
    if (f === null) raise(E.TypeError, `type '${tp.tp_name}' is not subscriptable`);
    const g = f.ob_type.tp_descr_get;
    const bound = g !== null ? g(f, null, tp) : newref(f);
    try {
      return A.call(bound, [key], 0, 1, null);
    } finally {
      decref(bound);
    }
  };
  RT_EXT.printExpr = (v: PyObject) => {
    // sys.displayhook: builtins._ = None, write repr(v), builtins._ = v
    if (v !== None) {
      dictSetStr(RT.builtinsDict, '_', None);
      RT.write('stdout', A.reprString(v) + '\n');
      dictSetStr(RT.builtinsDict, '_', v);
    }
    return newref(None);
  };
  RT_EXT.floatToIntObj = (x: number) => newInt(floatToInt(x));
  RT_EXT.complexPow = () => raise(E.ValueError, 'complex numbers are not supported by heapscope yet');
  RT_EXT.intToStr = (v: PyInt, base: number) => intToString(v, base, RT.intMaxStrDigits);
});
