/**
 * The builtins module (CPython's Python/bltinmodule.c): functions and the iterator types enumerate, zip,
 * map, filter and reversed. Error messages are CPython's, per version where they differ.
 */
import { PyObject, PyType, RT, GCF, incref, decref, xdecref, newref, rcTouched } from '../objects/object';
import { T } from '../objects/types';
import { None, True, False, NotImplemented, Ellipsis, IntObject, assignStaticAddr } from '../objects/singletons';
import { E, raise, EXCEPTION_TYPES } from '../objects/exceptions';
import { StrObject, newStr, ID } from '../objects/str';
import { FloatObject, newInt, newIntFromSsize, newFloat, newBool } from '../objects/numbers';
import { TupleObject, newTuple, newList, newListFrom, EMPTY_TUPLE } from '../objects/sequences';
import { DictObject, newDict, dictSetStr, dictGetStr, dictForEach, dictSetItem, dictDelItem } from '../objects/dict';
import { BuiltinFunctionObject, FunctionObject, type MethFn } from '../objects/funcobject';
import { onBootstrap, typeLookup, isSubtype, typeNew } from '../objects/typeobject';
import { ModuleObject } from '../objects/core_misc';
import { allocObject, freeObject } from '../memory/heap';
import * as A from './abstract';
import { RT_EXT } from './rtext';
import type { Runtime } from './runtime';
import { kwCount, oneArg, posArgs, parseArgs, raiseUnexpectedKeyword } from './args';
import { CMP } from '../compiler/opcodes';
import { hashToPython } from '../lib/pyhash';
import { intDivmod, intAbs, intAdd, type PyInt } from '../lib/intops';
import { floatRound, floatRoundToInt } from '../lib/floatrepr';
import { chr as pyChr, ord as pyOrd, asciiEscape } from '../lib/pystr';
import { COMPILE_BUILTINS } from './compile_builtins';
import { printArgsTuple, printWriter, textioWrite, textioFlush } from './textio';

function kwValue(args: PyObject[], start: number, nargs: number, kwnames: PyObject | null, name: string): PyObject | null {
  if (kwnames === null) return null;
  const items = (kwnames as TupleObject).items;
  for (let k = 0; k < items.length; k++) if ((items[k] as StrObject).value === name) return args[start + nargs + k];
  return null;
}

function checkKwOnly(fname: string, kwnames: PyObject | null, allowed: string[], countFirst = false): void {
  if (kwnames === null) return;
  // PyArg_ParseTupleAndKeywords over an empty tuple (min, max, zip): vgetargskeywords counts first
  const nkw = (kwnames as TupleObject).items.length;
  if (countFirst && nkw > allowed.length)
    raise(E.TypeError, `${fname}() takes at most ${allowed.length} keyword argument${allowed.length === 1 ? '' : 's'} (${nkw} given)`);
  for (const k of (kwnames as TupleObject).items) {
    const n = (k as StrObject).value;
    if (!allowed.includes(n)) raiseUnexpectedKeyword(fname, n);
  }
}

// ------------------------------------------------------------------ print / input

const bPrint: MethFn = (_self, args, start, nargs, kwnames) => {
  checkKwOnly('print', kwnames, ['sep', 'end', 'file', 'flush']);
  const sepO = kwValue(args, start, nargs, kwnames, 'sep');
  const endO = kwValue(args, start, nargs, kwnames, 'end');
  const fileO = kwValue(args, start, nargs, kwnames, 'file');
  const strOrNone = (o: PyObject | null, what: string, dflt: string): string => {
    if (o === null || o === None) return dflt;
    if (!(o instanceof StrObject)) raise(E.TypeError, `${what} must be None or a string, not ${o.ob_type.tp_name}`);
    return o.value;
  };
  const sep = strOrNone(sepO, 'sep', ' ');
  const end = strOrNone(endO, 'end', '\n');
  // file=None means sys.stdout: the interpreter's own stream, or what the program put there
  // (contextlib.redirect_stdout(io.StringIO())); None there makes print a no-op, as in CPython
  let file = fileO === None ? null : fileO;
  let own: ModuleObject | null = null;
  if (file === null) {
    const sys = dictGetStr(RT.modules, 'sys');
    const out = sys instanceof ModuleObject ? dictGetStr(sys.dict as DictObject, 'stdout') : null;
    if (out === None) return newref(None);
    if (out === null || out instanceof ModuleObject) own = out;
    else file = out;
  }
  // the parser's *args tuple, whatever the file (vm/textio.ts)
  const argsTuple = printArgsTuple(RT, args, start, nargs);
  try {
    // PyFile_WriteObject: look `write` up (on sys.stdout a transient bound method), str() the piece, call,
    // then release the str, the writer and the result in that order. The name is the static &_Py_ID(write):
    // a fresh str per lookup would stay referenced by the type attribute cache (objects/typecache.ts)
    const put = (v: PyObject) => {
      const writer = file !== null ? A.getAttr(file, ID('write')) : printWriter(RT, own);
      let result: PyObject | null = null;
      try {
        const value = A.str(v);
        try {
          if (writer !== null) {
            result = A.call(writer, [value], 0, 1, null);
          } else {
            RT.write('stdout', value.value);
            textioWrite(RT, value);
          }
        } finally {
          decref(value);
        }
      } finally {
        xdecref(writer);
      }
      xdecref(result);
    };
    // PyFile_WriteString: a new str for the default separator / end, written as above
    const putStr = (text: string) => {
      const o = newStr(text);
      try {
        put(o);
      } finally {
        decref(o);
      }
    };
    for (let i = 0; i < nargs; i++) {
      if (i > 0) {
        if (sepO instanceof StrObject) put(sepO);
        else putStr(sep);
      }
      put(args[start + i]);
    }
    if (endO instanceof StrObject) put(endO);
    else putStr(end);
    const flushO = kwValue(args, start, nargs, kwnames, 'flush');
    if (flushO !== null && A.isTrue(flushO)) {
      if (file === null) textioFlush(RT);
      else {
        const f = A.getAttr(file, ID('flush'));
        try {
          decref(A.call(f, [], 0, 0, null));
        } finally {
          decref(f);
        }
      }
    }
  } finally {
    xdecref(argsTuple);
  }
  return newref(None);
};

const bInput: MethFn = (_self, args, start, nargs) => {
  if (nargs > 1) raise(E.TypeError, `input expected at most 1 argument, got ${nargs}`);
  if (nargs === 1) {
    const prompt = A.str(args[start]);
    RT.write('stdout', prompt.value);
    textioWrite(RT, prompt);
    decref(prompt);
  }
  // builtin_input flushes sys.stdout before reading
  textioFlush(RT);
  const rest = RT.stdin.slice(RT.stdinPos);
  if (rest.length === 0) raise(E.EOFError, 'EOF when reading a line');
  const nl = rest.indexOf('\n');
  const line = nl < 0 ? rest : rest.slice(0, nl);
  RT.stdinPos += nl < 0 ? rest.length : nl + 1;
  return newStr(line);
};

// ------------------------------------------------------------------ numbers

const bAbs: MethFn = (_s, a, st, n, kw) => {
  oneArg('abs', n, kw);
  return A.absolute(a[st]);
};

const bDivmod: MethFn = (_s, a, st, n, kw) => {
  posArgs('divmod', n, kw, 2, 2);
  const x = a[st];
  const y = a[st + 1];
  const r = A.binaryOp1(x, y, 'nb_divmod');
  if (r !== NotImplemented) return r;
  decref(r);
  raise(E.TypeError, `unsupported operand type(s) for divmod(): '${x.ob_type.tp_name}' and '${y.ob_type.tp_name}'`);
};

const bPow: MethFn = (_s, a, st, n, kw) => {
  const [base, exp, mod] = parseArgs('pow', a, st, n, kw, ['base', 'exp', 'mod?']);
  return A.power(base!, exp!, mod ?? None);
};

const bRound: MethFn = (_s, a, st, n, kw) => {
  const [num, nd] = parseArgs('round', a, st, n, kw, ['number', 'ndigits?']);
  const x = num!;
  if (x instanceof FloatObject && x.ob_type === T.float) {
    if (nd === null || nd === None) {
      if (!Number.isFinite(x.value)) {
        raise(Number.isNaN(x.value) ? E.ValueError : E.OverflowError, Number.isNaN(x.value) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      }
      return newInt(floatRoundToInt(x.value));
    }
    return newFloat(floatRound(x.value, A.indexValue(nd)));
  }
  if (x instanceof IntObject && x.ob_type === T.int) {
    if (nd === null || nd === None) return newref(x);
    const d = A.indexValue(nd);
    if (d >= 0) return newref(x);
    return RT.ext.roundIntNeg(x.value, d);
  }
  const f = typeLookup(x.ob_type, '__round__');
  if (f === null) raise(E.TypeError, `type ${x.ob_type.tp_name} doesn't define __round__ method`);
  return RT.ext.callBoundDescr(f, x, nd === null ? [] : [nd], 0, nd === null ? 0 : 1, null);
};

const bHex = (_s: PyObject, a: PyObject[], st: number, n: number, kw: PyObject | null) => {
  oneArg('hex', n, kw);
  return newStr(RT.ext.intToBaseStr(A.indexValue(a[st]), 16));
};
const bOct = (_s: PyObject, a: PyObject[], st: number, n: number, kw: PyObject | null) => {
  oneArg('oct', n, kw);
  return newStr(RT.ext.intToBaseStr(A.indexValue(a[st]), 8));
};
const bBin = (_s: PyObject, a: PyObject[], st: number, n: number, kw: PyObject | null) => {
  oneArg('bin', n, kw);
  return newStr(RT.ext.intToBaseStr(A.indexValue(a[st]), 2));
};

function intToBaseStr(v: PyInt, base: number): string {
  const neg = typeof v === 'number' ? v < 0 : v < 0n;
  const mag = intAbs(v);
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : '0b';
  const digits = typeof mag === 'number' ? mag.toString(base) : mag.toString(base);
  return (neg ? '-' : '') + prefix + digits;
}

// ------------------------------------------------------------------ sequences and iteration

const bLen: MethFn = (_s, a, st, n, kw) => {
  oneArg('len', n, kw);
  const len = A.length(a[st]);
  // a range's length may exceed 2**53 (still a Py_ssize_t): sq_length checked it, the exact value is kept
  if (a[st].ob_type === T.range && !Number.isSafeInteger(len)) return newref((a[st] as PyObject & { length: PyObject }).length);
  return newIntFromSsize(len);
};

function minmax(name: string, op: number, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  checkKwOnly(name, kwnames, ['key', 'default'], true);
  const keyF = kwValue(args, start, nargs, kwnames, 'key');
  const dflt = kwValue(args, start, nargs, kwnames, 'default');
  const key = keyF === None ? null : keyF;
  if (nargs === 0) raise(E.TypeError, `${name} expected at least 1 argument, got 0`);
  // min_max: one argument is iterated lazily (an item that fails to compare leaves the rest in the
  // iterator); several are compared in place
  let it: PyObject | null = null;
  let i = start;
  if (nargs === 1) it = A.getIter(args[start]);
  else if (dflt !== null) raise(E.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  const next = (): PyObject | null => (it !== null ? A.iterNext(it) : i < start + nargs ? newref(args[i++]) : null);
  let best: PyObject | null = null;
  let bestKey: PyObject | null = null;
  try {
    for (let x = next(); x !== null; x = next()) {
      let k: PyObject;
      try {
        k = key === null ? newref(x) : A.call(key, [x], 0, 1, null);
      } catch (e) {
        decref(x);
        throw e;
      }
      if (bestKey === null) {
        best = x;
        bestKey = k;
        continue;
      }
      let better: boolean;
      try {
        better = A.richCompareBool(k, bestKey, op);
      } catch (e) {
        decref(k);
        decref(x);
        throw e;
      }
      if (better) {
        decref(bestKey);
        decref(best!);
        bestKey = k;
        best = x;
      } else {
        decref(x);
        decref(k);
      }
    }
    if (best === null) {
      if (dflt !== null) return newref(dflt);
      raise(E.ValueError, `${name}() ${RT.profile.version === '3.11' ? 'arg is an empty sequence' : 'iterable argument is empty'}`);
    }
    const r = best;
    best = null;
    return r;
  } finally {
    // (CPython's error path: the best value and item, then the iterator)
    if (bestKey !== null) decref(bestKey);
    if (best !== null) decref(best);
    if (it !== null) decref(it);
  }
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
/** Does an int fit in a C long (64-bit)? */
const inCLong = (v: PyInt): boolean => typeof v === 'number' || (v >= LONG_MIN && v <= LONG_MAX);

/**
 * builtin_sum_impl: the items are taken one at a time (PyIter_Next) and each is released before the next
 * is asked for, so an item's side effects, the objects alive at once and their addresses are CPython's.
 * An exact int total is kept in a C long, making no objects, until a sum would overflow or an item is not
 * an exact int or bool; the total is then made (3.11: PyLong_FromLong, 32 bytes for one digit; 3.12+:
 * PyLong_FromSsize_t, 28) and added to that item, or returned.  An exact float
 * total is kept in a C double: exact floats are added (3.12+: with Neumaier's compensation), ints that fit
 * a C long are converted and added, anything else makes the total a float object again and is added to it.
 * What remains is added with PyNumber_Add (never in place).
 */
/** sum()'s C total as an object: PyLong_FromLong on 3.11, PyLong_FromSsize_t on 3.12+ */
function sumTotal(total: PyInt): PyObject {
  if (RT.profile.version === '3.11' || typeof total !== 'number') return newInt(total);
  return newIntFromSsize(total);
}

const bSum: MethFn = (_s, a, st, n, kw) => {
  const [iterable, startO] = parseArgs('sum', a, st, n, kw, ['iterable', '/', 'start?']);
  const it = A.getIter(iterable!);
  let result: PyObject | null = null;
  try {
    if (startO === null) result = newInt(0);
    else {
      const stype = startO.ob_type;
      if (isSubtype(stype, T.str)) raise(E.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
      if (isSubtype(stype, T.bytes)) raise(E.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
      if (isSubtype(stype, T.bytearray)) raise(E.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
      result = newref(startO);
    }
    if (result.ob_type === T.int && inCLong((result as IntObject).value)) {
      let total = (result as IntObject).value;
      decref(result);
      result = null;
      for (;;) {
        const item = A.iterNext(it);
        if (item === null) return sumTotal(total);
        const t = item.ob_type;
        if (t === T.int || t === T.bool) {
          const b = (item as IntObject).value;
          if (inCLong(b)) {
            const sum = intAdd(total, b);
            if (inCLong(sum)) {
              total = sum;
              decref(item);
              continue;
            }
          }
        }
        // an overflow or another type: the total becomes an object again
        result = addAndRelease(sumTotal(total), item);
        break;
      }
    }
    if (result.ob_type === T.float) {
      let f = (result as FloatObject).value;
      decref(result);
      result = null;
      const compensated = RT.profile.version !== '3.11';
      let c = 0;
      for (;;) {
        const item = A.iterNext(it);
        if (item === null) {
          // keep the sign of a negative total, and an infinite or overflowed one from becoming a NaN
          if (c !== 0 && Number.isFinite(c)) f += c;
          return newFloat(f);
        }
        const t = item.ob_type;
        if (t === T.float) {
          const x = (item as FloatObject).value;
          if (compensated) {
            const sum = f + x;
            if (Math.abs(f) >= Math.abs(x)) c += f - sum + x;
            else c += x - sum + f;
            f = sum;
          } else f += x;
          decref(item);
          continue;
        }
        if (isSubtype(t, T.int)) {
          const v = (item as IntObject).value;
          if (inCLong(v)) {
            f += Number(v);
            decref(item);
            continue;
          }
        }
        if (c !== 0 && Number.isFinite(c)) f += c;
        result = addAndRelease(newFloat(f), item);
        break;
      }
    }
    for (;;) {
      const item = A.iterNext(it);
      if (item === null) break;
      const r = result;
      result = null;
      result = addAndRelease(r, item);
    }
    const r = result;
    result = null;
    return r;
  } finally {
    if (result !== null) decref(result);
    decref(it);
  }
};

/** PyNumber_Add(total, item), then both released (total first), as sum() does at each step. */
function addAndRelease(total: PyObject, item: PyObject): PyObject {
  let r: PyObject;
  try {
    r = A.binaryOp(total, item, 0);
  } finally {
    decref(total);
    decref(item);
  }
  return r;
}

const bAny: MethFn = (_s, a, st, n, kw) => {
  oneArg('any', n, kw);
  const it = A.getIter(a[st]);
  try {
    for (;;) {
      const x = A.iterNext(it);
      if (x === null) return newBool(false);
      const t = A.isTrue(x);
      decref(x);
      if (t) return newBool(true);
    }
  } finally {
    decref(it);
  }
};

const bAll: MethFn = (_s, a, st, n, kw) => {
  oneArg('all', n, kw);
  const it = A.getIter(a[st]);
  try {
    for (;;) {
      const x = A.iterNext(it);
      if (x === null) return newBool(true);
      const t = A.isTrue(x);
      decref(x);
      if (!t) return newBool(false);
    }
  } finally {
    decref(it);
  }
};

const bSorted: MethFn = (_s, a, st, n, kw) => {
  if (n !== 1) raise(E.TypeError, n === 0 ? 'sorted expected 1 argument, got 0' : `sorted expected 1 argument, got ${n}`);
  // PySequence_List: list_extend into a new empty list (its presizing decides sys.getsizeof)
  const l = newList(0);
  try {
    RT.ext.listExtend(l, a[st]);
    // builtin_sorted calls the list's bound `sort` method (PyObject_GetAttr: a builtin method object)
    const sort = A.getAttr(l, ID('sort'));
    try {
      decref(A.call(sort, a, st + 1, 0, kw));
    } finally {
      decref(sort);
    }
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
};

const bIter: MethFn = (_s, a, st, n, kw) => {
  posArgs('iter', n, kw, 1, 2);
  if (n === 1) return A.getIter(a[st]);
  return RT.ext.callableIter(a[st], a[st + 1]);
};

const bNext: MethFn = (_s, a, st, n, kw) => {
  posArgs('next', n, kw, 1, 2);
  const it = a[st];
  const f = it.ob_type.tp_iternext;
  if (f === null) raise(E.TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  // a generator's end carries its return value (StopIteration.value)
  if (it.ob_type === T.generator && n === 1) return RT.ext.genNextOrRaise(it);
  const v = f(it);
  if (v !== null) return v;
  if (n === 2) return newref(a[st + 1]);
  raise(E.StopIteration);
};

// ------------------------------------------------------------------ objects and attributes

const bId: MethFn = (_s, a, st, n, kw) => {
  oneArg('id', n, kw);
  return newInt(a[st].addr);
};

const bHash: MethFn = (_s, a, st, n, kw) => {
  oneArg('hash', n, kw);
  return newInt(hashToPython(A.hash(a[st])));
};

const bRepr: MethFn = (_s, a, st, n, kw) => {
  oneArg('repr', n, kw);
  return A.repr(a[st]);
};

const bAscii: MethFn = (_s, a, st, n, kw) => {
  oneArg('ascii', n, kw);
  return newStr(asciiEscape(A.reprString(a[st])));
};

const bFormat: MethFn = (_s, a, st, n, kw) => {
  posArgs('format', n, kw, 1, 2);
  const spec = n > 1 ? a[st + 1] : null;
  if (spec !== null && !(spec instanceof StrObject))
    raise(E.TypeError, `format() argument 2 must be str, not ${spec.ob_type.tp_name}`);
  return RT.ext.format(a[st], spec === null ? '' : spec.value);
};

const bChr: MethFn = (_s, a, st, n, kw) => {
  oneArg('chr', n, kw);
  const v = A.indexValue(a[st]);
  if (typeof v === 'bigint' || v < 0 || v > 0x10ffff) {
    if (typeof v === 'bigint') raise(E.OverflowError, 'Python int too large to convert to C int');
    raise(E.ValueError, 'chr() arg not in range(0x110000)');
  }
  return newStr(pyChr(v));
};

const bOrd: MethFn = (_s, a, st, n, kw) => {
  oneArg('ord', n, kw);
  const x = a[st];
  if (x instanceof StrObject) {
    if (x.cplen !== 1) raise(E.TypeError, `ord() expected a character, but string of length ${x.cplen} found`);
    return newInt(pyOrd(x.value));
  }
  if (x.ob_type === T.bytes || x.ob_type === T.bytearray) return RT.ext.bytesOrd(x);
  raise(E.TypeError, `ord() expected string of length 1, but ${x.ob_type.tp_name} found`);
};

const bGetattr: MethFn = (_s, a, st, n, kw) => {
  posArgs('getattr', n, kw, 2, 3);
  const name = a[st + 1];
  if (!(name instanceof StrObject)) raise(E.TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  if (n === 3) {
    const r = A.lookupAttr(a[st], name);
    return r ?? newref(a[st + 2]);
  }
  return A.getAttr(a[st], name);
};

const bSetattr: MethFn = (_s, a, st, n, kw) => {
  posArgs('setattr', n, kw, 3, 3);
  const name = a[st + 1];
  if (!(name instanceof StrObject)) raise(E.TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  A.setAttr(a[st], name, a[st + 2]);
  return newref(None);
};

const bDelattr: MethFn = (_s, a, st, n, kw) => {
  posArgs('delattr', n, kw, 2, 2);
  const name = a[st + 1];
  if (!(name instanceof StrObject)) raise(E.TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  A.setAttr(a[st], name, null);
  return newref(None);
};

const bHasattr: MethFn = (_s, a, st, n, kw) => {
  posArgs('hasattr', n, kw, 2, 2);
  const name = a[st + 1];
  if (!(name instanceof StrObject)) raise(E.TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  const r = A.lookupAttr(a[st], name);
  if (r === null) return newBool(false);
  decref(r);
  return newBool(true);
};

const bCallable: MethFn = (_s, a, st, n, kw) => {
  oneArg('callable', n, kw);
  return newBool(A.callable(a[st]));
};

// ------------------------------------------------------------------ isinstance / issubclass (Objects/abstract.c)

/** abstract_get_bases: cls.__bases__ when it is a tuple (borrowed from a new reference we drop), else null. */
function abstractGetBases(cls: PyObject): TupleObject | null {
  if (cls instanceof PyType) return null; // callers handle real classes before asking
  const b = A.lookupAttr(cls, ID('__bases__'));
  if (b === null) return null;
  if (!(b instanceof TupleObject)) {
    decref(b);
    return null;
  }
  return b;
}

/** check_class: is `cls` class-like (a type, or an object with a tuple __bases__)? Raises TypeError(msg) if not. */
function checkClass(cls: PyObject, msg: string): void {
  if (cls instanceof PyType) return;
  const b = abstractGetBases(cls);
  if (b === null) raise(E.TypeError, msg);
  decref(b);
}

/** abstract_issubclass: walk __bases__ of a class-like object. */
function abstractIsSubclass(derived: PyObject, cls: PyObject): boolean {
  for (;;) {
    if (derived === cls) return true;
    if (derived instanceof PyType) return cls instanceof PyType && isSubtype(derived, cls) ? true : derived.tp_bases.some((b) => abstractIsSubclass(b, cls));
    const bases = abstractGetBases(derived);
    if (bases === null) return false;
    try {
      const n = bases.items.length;
      if (n === 0) return false;
      if (n > 1) return bases.items.some((b) => abstractIsSubclass(b, cls));
      derived = bases.items[0];
    } finally {
      decref(bases);
    }
  }
}

/** object_isinstance (_PyObject_RealIsInstance): no __instancecheck__ hook. */
function realIsInstance(inst: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    if (isSubtype(inst.ob_type, cls)) return true;
    // __class__ may be overridden
    const icls = A.lookupAttr(inst, ID('__class__'));
    if (icls === null) return false;
    const r = icls !== inst.ob_type && icls instanceof PyType && isSubtype(icls, cls);
    decref(icls);
    return r;
  }
  checkClass(cls, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const icls = A.lookupAttr(inst, ID('__class__'));
  if (icls === null) return false;
  try {
    return abstractIsSubclass(icls, cls);
  } finally {
    decref(icls);
  }
}

/** recursive_issubclass (_PyObject_RealIsSubclass): no __subclasscheck__ hook. */
function realIsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return isSubtype(derived, cls);
  checkClass(derived, 'issubclass() arg 1 must be a class');
  if (!RT.ext.isUnionType?.(cls)) checkClass(cls, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(derived, cls);
}

/**
 * Call cls's __instancecheck__ / __subclasscheck__ or return null. _PyObject_LookupSpecial binds the hook
 * (a Python function: a new bound method, alive during the call), then PyObject_CallOneArg calls it.
 */
function callCheckHook(cls: PyObject, name: string, arg: PyObject): boolean | null {
  const hook = typeLookup(cls.ob_type, name);
  if (hook === null) return null;
  const get = hook.ob_type.tp_descr_get;
  const checker = get !== null ? get(hook, cls, cls.ob_type) : newref(hook);
  let r: PyObject;
  try {
    r = A.call1(checker, arg);
  } finally {
    decref(checker);
  }
  try {
    return A.isTrue(r);
  } finally {
    decref(r);
  }
}

/** object_recursive_isinstance (PyObject_IsInstance). */
export function isInstanceOf(o: PyObject, cls: PyObject): boolean {
  if (o.ob_type === cls) return true;
  // type's own __instancecheck__ is known: skip the hook
  if (cls instanceof PyType && cls.ob_type === T.type) return realIsInstance(o, cls);
  if (RT.ext.isUnionType?.(cls)) cls = (cls as PyObject & { args: PyObject }).args;
  if (cls instanceof TupleObject) {
    for (const c of cls.items) if (isInstanceOf(o, c)) return true;
    return false;
  }
  const r = callCheckHook(cls, '__instancecheck__', o);
  return r !== null ? r : realIsInstance(o, cls);
}

/** object_issubclass (PyObject_IsSubclass). */
export function isSubclassOf(c: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && cls.ob_type === T.type) return c === cls || realIsSubclass(c, cls);
  if (RT.ext.isUnionType?.(cls)) cls = (cls as PyObject & { args: PyObject }).args;
  if (cls instanceof TupleObject) {
    for (const x of cls.items) if (isSubclassOf(c, x)) return true;
    return false;
  }
  const r = callCheckHook(cls, '__subclasscheck__', c);
  return r !== null ? r : realIsSubclass(c, cls);
}

const bIsinstance: MethFn = (_s, a, st, n, kw) => {
  posArgs('isinstance', n, kw, 2, 2);
  return newBool(isInstanceOf(a[st], a[st + 1]));
};

const bIssubclass: MethFn = (_s, a, st, n, kw) => {
  posArgs('issubclass', n, kw, 2, 2);
  return newBool(isSubclassOf(a[st], a[st + 1]));
};

const bVars: MethFn = (_s, a, st, n, kw) => {
  posArgs('vars', n, kw, 0, 1);
  if (n === 0) return RT.ext.localsDict();
  const d = A.lookupAttr(a[st], ID('__dict__'));
  if (d === null) raise(E.TypeError, 'vars() argument must have __dict__ attribute');
  return d;
};

const bDir: MethFn = (_s, a, st, n, kw) => {
  posArgs('dir', n, kw, 0, 1);
  if (n === 0) {
    const d = RT.ext.localsDict() as DictObject;
    const keys: PyObject[] = [];
    dictForEach(d, (k) => keys.push(newref(k)));
    decref(d);
    const l = newListFrom(keys);
    RT.ext.listSort(l, [], 0, 0, null);
    return l;
  }
  const o = a[st];
  const f = typeLookup(o.ob_type, '__dir__');
  let r: PyObject;
  if (f !== null) r = RT.ext.callBoundDescr(f, o, [], 0, 0, null);
  else r = RT.ext.defaultDir(o);
  const l = newListFrom(A.toArray(r));
  decref(r);
  RT.ext.listSort(l, [], 0, 0, null);
  return l;
};

const bGlobals: MethFn = () => {
  const f = RT.frame;
  return newref(f === null ? RT.mainModule.dict! : f.globals);
};

const bLocals: MethFn = () => RT.ext.localsDict();

const bBuildClass: MethFn = (_s, a, st, n, kw) => {
  if (n < 2) raise(E.TypeError, '__build_class__: not enough arguments');
  const func = a[st];
  const nameO = a[st + 1];
  if (!(func instanceof FunctionObject)) raise(E.TypeError, '__build_class__: func must be a function');
  if (!(nameO instanceof StrObject)) raise(E.TypeError, '__build_class__: name is not a string');
  const origBases = a.slice(st + 2, st + n);
  const meta: PyObject | null = kwValue(a, st, n, kw, 'metaclass');
  const otherKw: [PyObject, PyObject][] = [];
  if (kw !== null) {
    const items = (kw as TupleObject).items;
    for (let k = 0; k < items.length; k++) {
      if ((items[k] as StrObject).value !== 'metaclass') otherKw.push([items[k], a[st + n + k]]);
    }
  }
  // update_bases: PEP 560 __mro_entries__ of non-class bases; `bases` holds new references
  const bases = updateBases(origBases);
  // the class keywords as a dict (_PyStack_AsDict) less `metaclass`, alive until the class is made: the
  // keyword arguments of __prepare__ and of the metaclass call
  let mkw: DictObject | null = null;
  try {
    if (kw !== null) {
      mkw = newDict();
      const items = (kw as TupleObject).items;
      for (let k = 0; k < items.length; k++) dictSetItem(mkw, items[k], a[st + n + k]);
      if (meta !== null) dictDelItem(mkw, ID('metaclass'));
    }
    return buildClassWithBases(func, nameO, origBases, bases, meta, otherKw);
  } finally {
    if (mkw !== null) decref(mkw);
    if (bases !== origBases) for (const b of bases) decref(b);
  }
};

/**
 * update_bases (Python/bltinmodule.c): the bases after __mro_entries__, as new references, or the
 * originals (the same array, references borrowed) when no base has __mro_entries__.
 */
function updateBases(origBases: PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  let basesT: PyObject | null = null;
  try {
    for (const b of origBases) {
      const meth = b instanceof PyType ? null : A.lookupAttr(b, ID('__mro_entries__'));
      if (meth === null) {
        out.push(newref(b));
        continue;
      }
      basesT ??= newTuple(origBases.map((x) => newref(x)));
      let entries: PyObject;
      try {
        entries = A.call1(meth, basesT);
      } finally {
        decref(meth);
      }
      if (!(entries instanceof TupleObject)) {
        decref(entries);
        raise(E.TypeError, '__mro_entries__ must return a tuple');
      }
      for (const e of entries.items) out.push(newref(e));
      decref(entries);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    if (basesT !== null) decref(basesT);
  }
  if (basesT === null) {
    for (const x of out) decref(x);
    return origBases;
  }
  return out;
}

function buildClassWithBases(
  func: PyObject, nameO: PyObject, origBases: PyObject[], bases: PyObject[], meta: PyObject | null, otherKw: [PyObject, PyObject][],
): PyObject {
  let isClass = true;
  if (meta === null) meta = bases.length === 0 ? T.type : bases[0].ob_type;
  else isClass = meta instanceof PyType;
  if (isClass) meta = calculateMeta(meta as PyType, bases);
  // __prepare__
  let ns: PyObject;
  const prep = A.lookupAttr(meta, ID('__prepare__'));
  if (prep !== null) {
    const basesT = newTuple(bases.map((b) => newref(b)));
    try {
      ns = RT.ext.callKw(prep, [nameO, basesT], otherKw);
    } finally {
      decref(prep);
      decref(basesT);
    }
  } else ns = newDict();
  try {
    // the class body's return value: its __class__ cell, or None (a new reference either way, released at
    // the end whether the class was made or not, as builtin___build_class__'s Py_XDECREF(cell))
    const cell = RT.ext.runClassBody(func, ns);
    try {
      // bases replaced by __mro_entries__: the class keeps the originals
      if (bases !== origBases) {
        const ob = newTuple(origBases.map((b) => newref(b)));
        try {
          A.setItem(ns, ID('__orig_bases__'), ob);
        } finally {
          decref(ob);
        }
      }
      const basesT = newTuple(bases.map((b) => newref(b)));
      let cls: PyObject;
      try {
        cls = RT.ext.callKw(meta, [nameO, basesT, ns], otherKw);
      } finally {
        decref(basesT);
      }
      if (cell !== None && cls instanceof PyType) {
        const cv = (cell as any).ref;
        if (cv !== cls) RT.setCell(cell, cls);
      }
      return cls;
    } finally {
      decref(cell);
    }
  } finally {
    decref(ns);
  }
};

function calculateMeta(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = b.ob_type;
    if (isSubtype(winner, t)) continue;
    if (isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(
      E.TypeError,
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

/** type.__new__(meta, name, bases, ns) */
export function typeNewFromArgs(meta: PyType, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  if (nargs !== 3) raise(E.TypeError, 'type.__new__() takes exactly 3 arguments (' + nargs + ' given)');
  const name = args[start];
  const bases = args[start + 1];
  const ns = args[start + 2];
  if (!(name instanceof StrObject)) raise(E.TypeError, `type.__new__() argument 1 must be str, not ${name.ob_type.tp_name}`);
  if (!(bases instanceof TupleObject)) raise(E.TypeError, `type.__new__() argument 2 must be tuple, not ${bases.ob_type.tp_name}`);
  if (!(ns instanceof DictObject)) raise(E.TypeError, `type.__new__() argument 3 must be dict, not ${ns.ob_type.tp_name}`);
  for (const b of bases.items) {
    if (b instanceof PyType) continue;
    const me = A.lookupAttr(b, ID('__mro_entries__'));
    if (me !== null) {
      decref(me);
      raise(E.TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
    }
  }
  for (const b of bases.items) if (!(b instanceof PyType)) raise(E.TypeError, `bases must be types`);
  const winner = calculateMeta(meta, bases.items);
  const cls = typeNew(winner, name.value, bases.items as PyType[], ns, bases, name);
  try {
    RT.ext.initSubclass(cls, kwnames === null ? [] : (kwnames as TupleObject).items.map((k, i) => [k, args[start + nargs + i]]));
  } catch (e) {
    // type_new's error path: the new class is released (its cycles are left to the collector)
    decref(cls);
    throw e;
  }
  return cls;
}

const bImport: MethFn = (_s, a, st, n, kw) => {
  const [name, , , fromlist, level] = parseArgs('__import__', a, st, n, kw, ['name', 'globals?', 'locals?', 'fromlist?', 'level?']);
  return RT.ext.importModuleByName(name!, fromlist ?? EMPTY_TUPLE, level ?? newInt(0));
};

// ------------------------------------------------------------------ iterator types

/**
 * enumobject: the iterator (en_sit), the next index while it fits a Py_ssize_t (en_index), the index object
 * once it does not (en_longindex), and the (index, item) tuple handed out again while only the enumerate
 * object holds it (en_result, made by enum_new as (None, None)).
 */
class EnumerateObject extends PyObject {
  it: PyObject | null = null;
  index: PyInt = 0;
  longIndex: PyObject | null = null;
  result: TupleObject | null = null;
  constructor(type: PyType) {
    super(type);
  }
}
/**
 * zipobject: the tuple of the iterators (ittuple; `its` is its items array) and the result tuple handed out
 * again while only the zip object holds it (made by zip_new with a None per iterator).
 */
class ZipObject extends PyObject {
  its: PyObject[];
  constructor(
    type: PyType,
    public ittuple: TupleObject,
    public result: TupleObject,
    public strict: boolean,
  ) {
    super(type);
    this.its = ittuple.items;
  }
}
/** mapobject: the function and the tuple of the iterators (iters), as map_vectorcall makes them. */
class MapObject extends PyObject {
  constructor(
    type: PyType,
    public func: PyObject,
    public iters: TupleObject,
  ) {
    super(type);
  }
}
class FilterObject extends PyObject {
  constructor(
    type: PyType,
    public func: PyObject,
    public it: PyObject,
  ) {
    super(type);
  }
}
class ReversedObject extends PyObject {
  constructor(
    type: PyType,
    public seq: PyObject | null,
    public index: number,
  ) {
    super(type);
  }
}

function alloc<T extends PyObject>(o: T): T {
  if (o.ob_type.tp_flags & 512) incref(o.ob_type);
  allocObject(o, o.ob_type.tp_basicsize);
  RT.gc.track(o);
  return o;
}
function freeIt(o: PyObject): void {
  RT.gc.untrack(o);
  freeObject(o, o.ob_type.tp_basicsize);
  // the heap type of a subclass instance is released by subtype_dealloc (typeobject.ts), not here
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

/**
 * enum_next's result: the recycled (index, item) tuple when only the enumerate object holds it (the old
 * index and item released after the new ones are in), else a new tuple.  Steals `index` and `item`.
 */
function recycledPair(e: EnumerateObject, index: PyObject, item: PyObject): PyObject {
  const r = e.result;
  if (r !== null && r.ob_refcnt === 1) {
    incref(r);
    const items = r.items;
    const oldIndex = items[0];
    const oldItem = items[1];
    items[0] = index;
    items[1] = item;
    decref(oldIndex);
    decref(oldItem);
    // the collector may have untracked the recycled tuple (bpo-42536)
    if (!RT.gc.isTracked(r)) RT.gc.track(r);
    return r;
  }
  return newTuple([index, item]);
}

/**
 * PyTuple_New(n) whose slots the caller fills in order: until then they hold None without a reference
 * (CPython's NULL); a tuple abandoned after `filled` slots is released with releasePartialTuple.
 */
function newTupleOfSlots(n: number): TupleObject {
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) items.push(None);
  return newTuple(items);
}

/** Py_DECREF of a tuple from newTupleOfSlots whose first `filled` slots hold references (the rest NULL). */
function releasePartialTuple(t: TupleObject, filled: number): void {
  // the empty slots get the reference tupledealloc will drop: None's count is back where it was after
  for (let i = filled; i < t.items.length; i++) incref(t.items[i]);
  decref(t);
}

/** zip_next's strict check after iterator `i` ended: raise when the others do not end there too. */
function zipStrictCheck(z: ZipObject, i: number): void {
  if (i > 0) raise(E.ValueError, `zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`);
  const its = z.its;
  for (let j = 1; j < its.length; j++) {
    const y = A.iterNext(its[j]);
    if (y !== null) {
      decref(y);
      raise(E.ValueError, `zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`);
    }
  }
}

function installIterTypes(): void {
  const en = T.enumerate;
  en.tp_new = (type, a, st, n, kw) => {
    const [iterable, startO] = parseArgs('enumerate', a, st, n, kw, ['iterable', 'start?']);
    // enum_new_impl: the object first, then the start index (its error wins; no iterator leaks), then the
    // iterator and the result tuple
    const e = alloc(new EnumerateObject(type));
    try {
      if (startO !== null) {
        const v = A.indexValue(startO);
        if (v <= PY_SSIZE_T_MAX && v >= -PY_SSIZE_T_MAX - 1n) e.index = v;
        else {
          // past a Py_ssize_t: the index object itself is kept (PyNumber_Index's result) and stepped up
          e.index = PY_SSIZE_T_MAX;
          e.longIndex = startO.ob_type === T.int ? newref(startO) : newInt(v);
        }
      }
      e.it = A.getIter(iterable!);
      e.result = newTuple([newref(None), newref(None)]);
    } catch (err) {
      decref(e);
      throw err;
    }
    return e;
  };
  en.tp_iter = (o) => newref(o);
  en.tp_iternext = (o) => {
    const e = o as EnumerateObject;
    if (e.it === null) return null;
    const x = A.iterNext(e.it);
    if (x === null) return null;
    let i: PyObject;
    const index = e.index;
    if (index === PY_SSIZE_T_MAX) {
      // enum_next_long: hand out the index object, keep its successor
      if (e.longIndex === null) e.longIndex = newInt(PY_SSIZE_T_MAX);
      i = e.longIndex;
      let next: PyObject;
      const one = newInt(1);
      try {
        next = A.binaryOp(i, one, 0);
      } catch (err) {
        decref(x);
        throw err;
      } finally {
        decref(one);
      }
      e.longIndex = next;
    } else {
      i = newInt(index);
      e.index = typeof index === 'number' && index < Number.MAX_SAFE_INTEGER ? index + 1 : BigInt(index) + 1n;
    }
    return recycledPair(e, i, x);
  };
  en.tp_dealloc = (o) => {
    const e = o as EnumerateObject;
    RT.gc.untrack(e);
    xdecref(e.it);
    xdecref(e.result);
    xdecref(e.longIndex);
    freeIt(e);
  };
  en.tp_traverse = (o, visit) => {
    const e = o as EnumerateObject;
    if (e.it !== null) visit(e.it);
    if (e.result !== null) visit(e.result);
    if (e.longIndex !== null) visit(e.longIndex);
  };
  const zp = T.zip;
  zp.tp_new = (type, a, st, n, kw) => {
    checkKwOnly('zip', kw, ['strict'], true);
    const strictO = kwValue(a, st, n, kw, 'strict');
    const strict = strictO !== null && A.isTrue(strictO);
    // zip_new: the tuple of iterators (PyTuple_New: its slots are filled as the iterators are made), the
    // result tuple of Nones, then the zip object
    const ittuple = newTupleOfSlots(n);
    for (let i = 0; i < n; i++) {
      let it: PyObject;
      try {
        it = A.getIter(a[st + i]);
      } catch (e) {
        releasePartialTuple(ittuple, i);
        throw e;
      }
      ittuple.items[i] = it;
    }
    const items: PyObject[] = [];
    for (let i = 0; i < n; i++) items.push(newref(None));
    const result = newTuple(items);
    return alloc(new ZipObject(type, ittuple, result, strict));
  };
  zp.tp_iter = (o) => newref(o);
  zp.tp_iternext = (o) => {
    const z = o as ZipObject;
    const its = z.its;
    const size = its.length;
    if (size === 0) return null;
    let result = z.result;
    // zip_next: the result tuple again when only the zip object holds it, else a new one (PyTuple_New
    // before its items are fetched)
    const reuse = result.ob_refcnt === 1;
    if (reuse) incref(result);
    else result = newTupleOfSlots(size);
    const items = result.items;
    for (let i = 0; i < size; i++) {
      let x: PyObject | null;
      try {
        x = A.iterNext(its[i]);
      } catch (e) {
        if (reuse) decref(result);
        else releasePartialTuple(result, i);
        throw e;
      }
      if (x === null) {
        if (reuse) decref(result);
        else releasePartialTuple(result, i);
        if (z.strict) zipStrictCheck(z, i);
        return null;
      }
      if (reuse) {
        const old = items[i];
        items[i] = x;
        decref(old);
      } else items[i] = x;
    }
    // the collector may have untracked the recycled tuple (bpo-42536)
    if (reuse && !RT.gc.isTracked(result)) RT.gc.track(result);
    return result;
  };
  zp.tp_dealloc = (o) => {
    const z = o as ZipObject;
    RT.gc.untrack(z);
    decref(z.ittuple);
    decref(z.result);
    freeIt(z);
  };
  zp.tp_traverse = (o, visit) => {
    visit((o as ZipObject).ittuple);
    visit((o as ZipObject).result);
  };
  const mp = T.map;
  mp.tp_new = (type, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'map() takes no keyword arguments');
    if (n < 2) raise(E.TypeError, 'map() must have at least two arguments.');
    // map_vectorcall: the tuple of iterators (PyTuple_New, its slots filled as the iterators are made), then
    // the map object
    const iters = newTupleOfSlots(n - 1);
    for (let i = 1; i < n; i++) {
      let it: PyObject;
      try {
        it = A.getIter(a[st + i]);
      } catch (e) {
        releasePartialTuple(iters, i - 1);
        throw e;
      }
      iters.items[i - 1] = it;
    }
    return alloc(new MapObject(type, newref(a[st]), iters));
  };
  mp.tp_iter = (o) => newref(o);
  mp.tp_iternext = (o) => {
    const m = o as MapObject;
    const args: PyObject[] = [];
    for (const it of m.iters.items) {
      const x = A.iterNext(it);
      if (x === null) {
        for (const y of args) decref(y);
        return null;
      }
      args.push(x);
    }
    try {
      return A.call(m.func, args, 0, args.length, null);
    } finally {
      for (const y of args) decref(y);
    }
  };
  mp.tp_dealloc = (o) => {
    const m = o as MapObject;
    decref(m.iters);
    decref(m.func);
    freeIt(o);
  };
  mp.tp_traverse = (o, visit) => {
    visit((o as MapObject).iters);
    visit((o as MapObject).func);
  };
  const fl = T.filter;
  fl.tp_new = (type, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'filter() takes no keyword arguments');
    posArgs('filter', n, null, 2, 2);
    const it = A.getIter(a[st + 1]);
    return alloc(new FilterObject(type, newref(a[st]), it));
  };
  fl.tp_iter = (o) => newref(o);
  fl.tp_iternext = (o) => {
    const f = o as FilterObject;
    for (;;) {
      const x = A.iterNext(f.it);
      if (x === null) return null;
      let ok: boolean;
      try {
        if (f.func === None || f.func === T.bool) ok = A.isTrue(x);
        else {
          const r = A.call(f.func, [x], 0, 1, null);
          ok = A.isTrue(r);
          decref(r);
        }
      } catch (e) {
        decref(x);
        throw e;
      }
      if (ok) return x;
      decref(x);
    }
  };
  fl.tp_dealloc = (o) => {
    decref((o as FilterObject).it);
    decref((o as FilterObject).func);
    freeIt(o);
  };
  fl.tp_traverse = (o, visit) => {
    visit((o as FilterObject).func);
    visit((o as FilterObject).it);
  };
  const rv = T.reversed;
  rv.tp_new = (type, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'reversed() takes no keyword arguments');
    posArgs('reversed', n, null, 1, 1);
    const seq = a[st];
    const rf = typeLookup(seq.ob_type, '__reversed__');
    if (rf !== null && rf !== None) return RT.ext.callBoundDescr(rf, seq, [], 0, 0, null);
    if (rf === None) raise(E.TypeError, `'${seq.ob_type.tp_name}' object is not reversible`);
    if (seq.ob_type.sq_length === null || !RT.hasGetItem(seq.ob_type) || seq instanceof DictObject)
      raise(E.TypeError, `'${seq.ob_type.tp_name}' object is not reversible`);
    const len = A.length(seq);
    return alloc(new ReversedObject(type, newref(seq), len - 1));
  };
  rv.tp_iter = (o) => newref(o);
  rv.tp_iternext = (o) => {
    const r = o as ReversedObject;
    if (r.seq === null || r.index < 0) {
      if (r.seq !== null) {
        decref(r.seq);
        r.seq = null;
      }
      return null;
    }
    const idx = newInt(r.index--);
    try {
      return A.getItem(r.seq, idx);
    } finally {
      decref(idx);
    }
  };
  rv.tp_dealloc = (o) => {
    xdecref((o as ReversedObject).seq);
    freeIt(o);
  };
}

// ------------------------------------------------------------------ the module

export const BUILTIN_FUNCTIONS: Record<string, MethFn> = {
  print: bPrint,
  input: bInput,
  abs: bAbs,
  divmod: bDivmod,
  pow: bPow,
  round: bRound,
  hex: bHex,
  oct: bOct,
  bin: bBin,
  len: bLen,
  min: (_s, a, st, n, kw) => minmax('min', CMP.LT, a, st, n, kw),
  max: (_s, a, st, n, kw) => minmax('max', CMP.GT, a, st, n, kw),
  sum: bSum,
  any: bAny,
  all: bAll,
  sorted: bSorted,
  iter: bIter,
  next: bNext,
  id: bId,
  hash: bHash,
  repr: bRepr,
  ascii: bAscii,
  format: bFormat,
  chr: bChr,
  ord: bOrd,
  getattr: bGetattr,
  setattr: bSetattr,
  delattr: bDelattr,
  hasattr: bHasattr,
  callable: bCallable,
  isinstance: bIsinstance,
  issubclass: bIssubclass,
  vars: bVars,
  dir: bDir,
  globals: bGlobals,
  locals: bLocals,
  __build_class__: bBuildClass,
  __import__: bImport,
  open: (_s) => raise(E.PermissionError, 'heapscope: programs cannot open files (the sandbox has no file system)'),
  eval: COMPILE_BUILTINS.eval,
  exec: COMPILE_BUILTINS.exec,
  compile: COMPILE_BUILTINS.compile,
  // builtin_breakpoint: calls sys.breakpointhook(*args, **kws) (vm/modules/sysfuncs.ts: heapscope has no pdb)
  breakpoint: (_s, a, st, n, kw) => {
    const sys = dictGetStr(RT.modules, 'sys');
    const hook = sys !== null && sys.dict !== null ? dictGetStr(sys.dict as DictObject, 'breakpointhook') : null;
    if (hook === null) raise(E.RuntimeError, 'lost sys.breakpointhook');
    incref(hook);
    try {
      return A.call(hook, a, st, n, kw);
    } finally {
      decref(hook);
    }
  },
};

/** Create the builtins module for a runtime. */
export function makeBuiltinsModule(): ModuleObject {
  const m = RT.ext.newModule('builtins') as ModuleObject;
  const d = m.dict as DictObject;
  for (const name of Object.keys(BUILTIN_FUNCTIONS)) {
    const f = builtinFunctionStatic(name, BUILTIN_FUNCTIONS[name]);
    dictSetStr(d, name, f);
  }
  const types: [string, PyObject][] = [
    ['object', T.object], ['type', T.type], ['int', T.int], ['bool', T.bool], ['float', T.float], ['complex', T.complex],
    ['str', T.str], ['bytes', T.bytes], ['bytearray', T.bytearray], ['list', T.list], ['tuple', T.tuple], ['dict', T.dict],
    ['set', T.set], ['frozenset', T.frozenset], ['range', T.range], ['slice', T.slice], ['staticmethod', T.staticmethod],
    ['classmethod', T.classmethod], ['property', T.property], ['super', T.super], ['enumerate', T.enumerate],
    ['zip', T.zip], ['map', T.map], ['filter', T.filter], ['reversed', T.reversed], ['memoryview', T.object],
    ['None', None], ['True', True], ['False', False], ['NotImplemented', NotImplemented], ['Ellipsis', Ellipsis],
  ];
  for (const [n, v] of types) if (n !== 'memoryview') dictSetStr(d, n, v);
  dictSetStr(d, 'memoryview', RT.ext.memoryviewType);
  for (const tp of EXCEPTION_TYPES) dictSetStr(d, tp.tp_name, tp);
  // the pre-3.3 names of OSError
  dictSetStr(d, 'EnvironmentError', E.OSError);
  dictSetStr(d, 'IOError', E.OSError);
  dictSetStr(d, '__debug__', True);
  const name = newStr('builtins');
  dictSetStr(d, '__name__', name);
  // the functions are shared static objects; as in CPython (PyModule_AddFunctions) each one's m_self is this
  // run's builtins module and m_module its __name__, both owned references (len.__self__ is builtins)
  for (const fname of Object.keys(BUILTIN_FUNCTIONS)) {
    const f = staticBuiltins.get(fname)!;
    f.self = newref(m);
    f.moduleObj = newref(name);
  }
  decref(name);
  return m;
}

const staticBuiltins = new Map<string, BuiltinFunctionObject>();
function builtinFunctionStatic(name: string, fn: MethFn): BuiltinFunctionObject {
  let b = staticBuiltins.get(name);
  if (b === undefined) {
    b = new BuiltinFunctionObject(name, fn, null, 'builtins');
    // shared by every run at a fixed address like a static object, but mortal: CPython's builtin functions
    // are ordinary heap objects (PyCFunction_NewEx) on every version, so they are not registered with
    // resetStatics (which pins 3.12+'s static objects immortal)
    b.gc_flags |= GCF.STATIC;
    assignStaticAddr(b, 64);
    staticBuiltins.set(name, b);
  }
  // this run's count starts from the references heapscope's own start-up takes (applyBuiltinRefcounts)
  b.ob_refcnt = 0;
  return b;
}

/** Per run: the references to each builtin function CPython's interpreter holds that heapscope does not model. */
const externalRefs = new WeakMap<Runtime, Map<PyObject, number>>();

/**
 * Give the builtins module's functions the counts CPython's start-up leaves them when the program starts
 * (profile.builtinRefcounts, measured): the references heapscope's start-up took (the builtins dict's) plus
 * those of CPython's interpreter that heapscope does not model (interp->builtins_copy, io.open,
 * interp->import_func, stdlib modules' dicts), which the heap audit counts as external (memory/audit.ts).
 */
export function applyBuiltinRefcounts(rt: Runtime): void {
  const ext = new Map<PyObject, number>();
  for (const [name, f] of staticBuiltins) {
    const n = rt.profile.builtinRefcounts[name];
    if (n === undefined) continue; // no measured count (none today): it keeps the references heapscope holds
    ext.set(f, n - f.ob_refcnt);
    if (f.rcw > 0) rcTouched(f);
    f.ob_refcnt = n;
  }
  externalRefs.set(rt, ext);
}

RT_EXT.builtinExternalRefs = (rt: Runtime) => externalRefs.get(rt);

onBootstrap(() => {
  installIterTypes();
  T.type.tp_new = (meta, a, st, n, kw) => typeNewFromArgs(meta, a, st, n, kw);
  RT_EXT.intToBaseStr = intToBaseStr;
  RT_EXT.isInstanceOf = isInstanceOf;
  RT_EXT.realIsInstance = realIsInstance;
  RT_EXT.realIsSubclass = realIsSubclass;
  RT_EXT.roundIntNeg = (v: PyInt, d: PyInt) => {
    const p = 10n ** BigInt(-Number(d));
    const x = BigInt(v);
    const [q, r] = intDivmod(x, p);
    // round half to even
    let qq = BigInt(q);
    const rr = BigInt(r) * 2n;
    if (rr > p || (rr === p && qq % 2n !== 0n)) qq += 1n;
    return newInt(qq * p);
  };
});
