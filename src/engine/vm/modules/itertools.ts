/**
 * itertools (CPython's Modules/itertoolsmodule.c), natively: every iterator is an object of a static type
 * named as in CPython ("itertools.count" ...), with CPython's basicsize per version, the same references
 * held and released in the same order, and CPython's allocation behaviour:
 *   - product / combinations / permutations / combinations_with_replacement / zip_longest (and pairwise on
 *     3.13) recycle their result tuple when nobody else holds it (refcount 1), else make a fresh one;
 *   - cycle saves items in a list; tee shares `_tee_dataobject` links of 57 cells;
 *   - index arrays (product, combinations...) are PyMem buffers of 8 bytes per index.
 * All types are GC types; sys.getsizeof adds the GC head to the basicsize (plus __sizeof__ extras).
 */
import { PyObject, PyType, RT, TPFLAGS, PyErr, incref, decref, xdecref, newref } from '../../objects/object';
import { None, True, False, NotImplemented } from '../../objects/singletons';
import { T } from '../../objects/types';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr, ID } from '../../objects/str';
import { NB, CMP } from '../../compiler/opcodes';
import { newInt, newBool } from '../../objects/numbers';
import { IntObject } from '../../objects/singletons';
import { TupleObject, newTuple, newList, listAppend, ListObject, EMPTY_TUPLE } from '../../objects/sequences';
import { DictObject } from '../../objects/dict';
import { onBootstrap, defineMethods } from '../../objects/typeobject';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { posArgs, kwCount } from '../args';
import { nativeType, allocNative, freeNative, holdTypeRefs, moduleFn, parseTupleKw, noKeywords, pyMinor } from './nativetype';
import { dictSetStr } from '../../objects/dict';

const GC = TPFLAGS.HAVE_GC;
const BASE = TPFLAGS.BASETYPE;

// ------------------------------------------------------------------ object layouts

/** A native iterator object: named reference fields (released in `fields` order) plus plain state. */
class ItObj extends PyObject {
  [k: string]: any;
}

interface FieldSpec {
  /** owned reference fields in CPython's dealloc order */
  fields: string[];
}
const specs = new Map<PyType, FieldSpec>();

function itType(name: string, basicsize: number, fields: string[], flags = GC | BASE): PyType {
  const tp = nativeType(`itertools.${name}`, basicsize, flags);
  specs.set(tp, { fields });
  return tp;
}

const TP = {
  count: itType('count', 40, ['long_cnt', 'long_step']),
  cycle: itType('cycle', 48, ['it', 'saved']),
  repeat: itType('repeat', 32, ['element']),
  accumulate: itType('accumulate', 48, ['binop', 'total', 'it', 'initial']),
  chain: itType('chain', 32, ['active', 'source']),
  compress: itType('compress', 32, ['data', 'selectors']),
  dropwhile: itType('dropwhile', 40, ['func', 'it']),
  takewhile: itType('takewhile', 40, ['func', 'it']),
  filterfalse: itType('filterfalse', 32, ['func', 'it']),
  groupby: itType('groupby', 64, ['it', 'keyfunc', 'tgtkey', 'currkey', 'currvalue']),
  _grouper: itType('_grouper', 32, ['parent', 'tgtkey'], GC),
  islice: itType('islice', 56, ['it']),
  pairwise: itType('pairwise', 32, ['it', 'old', 'result']),
  starmap: itType('starmap', 32, ['func', 'it']),
  _tee: itType('_tee', 40, ['dataobj'], GC),
  _tee_dataobject: itType('_tee_dataobject', 496, [], GC),
  zip_longest: itType('zip_longest', 56, ['ittuple', 'result', 'fillvalue']),
  product: itType('product', 48, ['pools', 'result']),
  permutations: itType('permutations', 64, ['pool', 'result']),
  combinations: itType('combinations', 56, ['pool', 'result']),
  combinations_with_replacement: itType('combinations_with_replacement', 56, ['pool', 'result']),
  batched: itType('batched', 40, ['it']),
};

/** CPython's basicsize per version (measured: sys.getsizeof minus the 16-byte GC head). */
function applyVersionSizes(): void {
  const m = pyMinor();
  TP.accumulate.tp_basicsize = m >= 12 ? 56 : 48;
  TP.groupby.tp_basicsize = m >= 12 ? 72 : 64;
  TP._tee.tp_basicsize = m >= 12 ? 48 : 40;
  TP.pairwise.tp_basicsize = m >= 13 ? 40 : 32;
  TP.batched.tp_basicsize = m >= 13 ? 40 : 32;
}

function alloc<O extends ItObj>(type: PyType, init: Record<string, unknown>, track = true): O {
  const o = new ItObj(type) as O;
  for (const f of specs.get(baseItType(type))!.fields) (o as ItObj)[f] = null;
  Object.assign(o, init);
  return allocNative(o, track);
}

/** The itertools type a (possibly subclassed) type derives from. */
function baseItType(type: PyType): PyType {
  let t: PyType | null = type;
  while (t !== null && !specs.has(t)) t = t.tp_base;
  return t!;
}

function itDealloc(o: PyObject): void {
  const x = o as ItObj;
  RT.gc.untrack(o);
  const tp = baseItType(o.ob_type);
  if (tp === TP._tee_dataobject) teedataClear(x);
  else if (tp === TP.zip_longest) x.iters = [];
  for (const f of specs.get(tp)!.fields) {
    const v = x[f] as PyObject | null;
    if (v !== null) {
      x[f] = null;
      decref(v);
    }
  }
  if (x.indicesAddr !== undefined) {
    RT.heap.free(x.indicesAddr, x.indicesBytes);
    x.indicesAddr = undefined;
  }
  if (x.cyclesAddr !== undefined) {
    RT.heap.free(x.cyclesAddr, x.cyclesBytes);
    x.cyclesAddr = undefined;
  }
  freeNative(o);
}

function itTraverse(o: PyObject, visit: (x: PyObject) => void): void {
  const x = o as ItObj;
  const tp = baseItType(o.ob_type);
  for (const f of specs.get(tp)!.fields) {
    const v = x[f] as PyObject | null;
    if (v !== null) visit(v);
  }
  if (tp === TP._tee_dataobject) {
    for (const v of x.values as PyObject[]) visit(v);
    if (x.nextlink !== null) visit(x.nextlink);
    if (x.it !== null) visit(x.it);
  }
}

function itClear(o: PyObject): void {
  const x = o as ItObj;
  const tp = baseItType(o.ob_type);
  if (tp === TP._tee_dataobject) {
    teedataClear(x);
    return;
  }
  for (const f of specs.get(tp)!.fields) {
    const v = x[f] as PyObject | null;
    if (v !== null) {
      x[f] = null;
      decref(v);
    }
  }
}

// ------------------------------------------------------------------ small helpers

/** PySequence_Tuple: a tuple is returned as is, anything else is iterated into a new tuple. */
function seqTuple(o: PyObject): TupleObject {
  if (o.ob_type === T.tuple) return newref(o as TupleObject);
  return newTuple(A.toArray(o));
}

/** PyTuple_New(n) whose slots are filled later (placeholders are None). */
function tupleN(n: number): TupleObject {
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) items.push(newref(None));
  return newTuple(items);
}

/** PyTuple_SET_ITEM over a slot we own: steals `v`, releases the old item. */
function tupleSet(t: TupleObject, i: number, v: PyObject): void {
  const old = t.items[i];
  t.items[i] = v;
  decref(old);
}

/** Copy the shared result tuple when another reference exists (the recycle test of combinatorics). */
function recycleResult(x: ItObj): TupleObject {
  let result = x.result as TupleObject;
  if (result.ob_refcnt > 1 && !result.immortal) {
    const items = result.items.slice();
    for (const v of items) incref(v);
    const fresh = newTuple(items);
    x.result = fresh;
    decref(result);
    result = fresh;
  } else if (!RT.gc.isTracked(result) && result.items.length > 0) {
    RT.gc.track(result);
  }
  return result;
}

function callOne(f: PyObject, a: PyObject): PyObject {
  return A.call(f, [a], 0, 1, null);
}

/** PyNumber_AsSsize_t(o, OverflowError) returning null on any error (the error is discarded). */
function ssizeOrNull(o: PyObject): number | null {
  try {
    const v = A.indexValue(o);
    if (typeof v === 'bigint') return null;
    return v;
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** A Py_ssize_t argument (clinic / "n" format): TypeError for non-integers, OverflowError for huge. */
function ssizeArg(o: PyObject): number {
  const v = A.indexValue(o);
  if (typeof v === 'bigint') raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

function isNumber(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null;
}

// ------------------------------------------------------------------ count

function countNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  const [startO, stepO] = parseTupleKw('count', a, s, n, kw, ['start', 'step'], 0);
  if (startO !== null && !isNumber(startO)) raise(E.TypeError, 'a number is required');
  if (stepO !== null && !isNumber(stepO)) raise(E.TypeError, 'a number is required');
  let slow = false;
  let cnt = 0;
  if (startO !== null) {
    if (startO instanceof IntObject && typeof startO.value === 'number' && Number.isSafeInteger(startO.value)) cnt = startO.value;
    else slow = true;
  }
  const step = stepO ?? newInt(1);
  if (stepO !== null) incref(step);
  if (!(step instanceof IntObject) || step.value !== 1) slow = true;
  const longCnt = slow ? (startO !== null ? newref(startO) : newInt(0)) : null;
  return alloc<ItObj>(type, { cnt: slow ? null : cnt, long_cnt: longCnt, long_step: step });
}

function countNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  if (x.cnt !== null) {
    const v = newInt(x.cnt);
    x.cnt++;
    if (!Number.isSafeInteger(x.cnt)) {
      x.long_cnt = newInt(BigInt(x.cnt));
      x.cnt = null;
    }
    return v;
  }
  const returned = x.long_cnt as PyObject;
  const stepped = A.binaryOp(returned, x.long_step, NB.ADD);
  x.long_cnt = stepped;
  return returned;
}

function countRepr(o: PyObject): PyObject {
  const x = o as ItObj;
  const name = o.ob_type.tp_qualname;
  if (x.cnt !== null) return newStr(`${name}(${x.cnt})`);
  const step = x.long_step as PyObject;
  if (step instanceof IntObject && step.value === 1) return newStr(`${name}(${A.reprString(x.long_cnt)})`);
  return newStr(`${name}(${A.reprString(x.long_cnt)}, ${A.reprString(step)})`);
}

// ------------------------------------------------------------------ cycle

function cycleNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  noKeywords(type, TP.cycle, 'cycle', kw);
  posArgs('cycle', n, null, 1, 1);
  const it = A.getIter(a[s]);
  const saved = newList(0);
  return alloc(type, { it, saved, index: 0, firstpass: false });
}

function cycleNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  if (x.it !== null) {
    const item = A.iterNext(x.it);
    if (item !== null) {
      if (x.firstpass) return item;
      listAppend(x.saved as ListObject, newref(item));
      return item;
    }
    const it = x.it;
    x.it = null;
    decref(it);
  }
  const saved = x.saved as ListObject;
  if (saved.items.length === 0) return null;
  const item = saved.items[x.index];
  x.index++;
  if (x.index >= saved.items.length) x.index = 0;
  return newref(item);
}

// ------------------------------------------------------------------ repeat

function repeatNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  const [elem, timesO] = parseTupleKw('repeat', a, s, n, kw, ['object', 'times'], 1);
  let cnt = -1;
  if (timesO !== null) {
    cnt = ssizeArg(timesO);
    if (cnt < 0) cnt = 0;
  }
  return alloc(type, { element: newref(elem!), cnt });
}

function repeatNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  if (x.cnt === 0) return null;
  if (x.cnt > 0) x.cnt--;
  return newref(x.element);
}

function repeatRepr(o: PyObject): PyObject {
  const x = o as ItObj;
  const name = o.ob_type.tp_qualname;
  if (x.cnt === -1) return newStr(`${name}(${A.reprString(x.element)})`);
  return newStr(`${name}(${A.reprString(x.element)}, ${x.cnt})`);
}

// ------------------------------------------------------------------ accumulate

function accumulateNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  const [iterable, func, initial] = parseTupleKw('accumulate', a, s, n, kw, ['iterable', 'func', 'initial'], 1, 2);
  const it = A.getIter(iterable!);
  const binop = func !== null && func !== None ? newref(func) : null;
  return alloc(type, { binop, total: null, it, initial: initial !== null && initial !== None ? newref(initial) : null });
}

function accumulateNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  if (x.initial !== null) {
    x.total = x.initial;
    x.initial = null;
    return newref(x.total);
  }
  const val = A.iterNext(x.it);
  if (val === null) return null;
  if (x.total === null) {
    x.total = newref(val);
    return val;
  }
  let newtotal: PyObject;
  try {
    newtotal = x.binop === null ? A.binaryOp(x.total, val, NB.ADD) : A.call(x.binop, [x.total, val], 0, 2, null);
  } finally {
    decref(val);
  }
  incref(newtotal);
  const old = x.total;
  x.total = newtotal;
  decref(old);
  return newtotal;
}

// ------------------------------------------------------------------ chain

function chainNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  if ((type === TP.chain || type.tp_init === TP.chain.tp_init) && kwCount(kw) > 0)
    raise(E.TypeError, 'chain() takes no keyword arguments');
  const items = a.slice(s, s + n);
  for (const v of items) incref(v);
  const args = newTuple(items);
  let source: PyObject;
  try {
    source = A.getIter(args);
  } finally {
    decref(args);
  }
  return alloc(type, { source, active: null });
}

function chainNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  while (x.source !== null) {
    if (x.active === null) {
      let iterable: PyObject | null;
      try {
        iterable = A.iterNext(x.source);
      } catch (e) {
        clearField(x, 'source');
        throw e;
      }
      if (iterable === null) {
        clearField(x, 'source');
        return null;
      }
      try {
        x.active = A.getIter(iterable);
      } catch (e) {
        clearField(x, 'source');
        throw e;
      } finally {
        decref(iterable);
      }
    }
    const item = A.iterNext(x.active);
    if (item !== null) return item;
    clearField(x, 'active');
  }
  return null;
}

function clearField(x: ItObj, f: string): void {
  const v = x[f] as PyObject | null;
  if (v !== null) {
    x[f] = null;
    decref(v);
  }
}

// ------------------------------------------------------------------ compress, dropwhile, takewhile, filterfalse, starmap

function compressNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  const [data, selectors] = parseTupleKw('compress', a, s, n, kw, ['data', 'selectors'], 2);
  const d = A.getIter(data!);
  let sel: PyObject;
  try {
    sel = A.getIter(selectors!);
  } catch (e) {
    decref(d);
    throw e;
  }
  return alloc(type, { data: d, selectors: sel });
}

function compressNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  for (;;) {
    const datum = A.iterNext(x.data);
    if (datum === null) return null;
    let selector: PyObject | null;
    try {
      selector = A.iterNext(x.selectors);
    } catch (e) {
      decref(datum);
      throw e;
    }
    if (selector === null) {
      decref(datum);
      return null;
    }
    let ok: boolean;
    try {
      ok = A.isTrue(selector);
    } catch (e) {
      decref(datum);
      throw e;
    } finally {
      decref(selector);
    }
    if (ok) return datum;
    decref(datum);
  }
}

function predNew(name: 'dropwhile' | 'takewhile' | 'filterfalse' | 'starmap') {
  return (type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject => {
    noKeywords(type, TP[name], name, kw);
    posArgs(name, n, null, 2, 2);
    const it = A.getIter(a[s + 1]);
    const init: Record<string, unknown> = { func: newref(a[s]), it };
    if (name === 'dropwhile') init.start = false;
    if (name === 'takewhile') init.stop = false;
    return alloc(type, init);
  };
}

function truth(pred: PyObject, item: PyObject): boolean {
  const good = callOne(pred, item);
  try {
    return A.isTrue(good);
  } finally {
    decref(good);
  }
}

function dropwhileNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  for (;;) {
    const item = A.iterNext(x.it);
    if (item === null) return null;
    if (x.start) return item;
    let ok: boolean;
    try {
      ok = truth(x.func, item);
    } catch (e) {
      decref(item);
      throw e;
    }
    if (!ok) {
      x.start = true;
      return item;
    }
    decref(item);
  }
}

function takewhileNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  if (x.stop) return null;
  const item = A.iterNext(x.it);
  if (item === null) return null;
  let ok: boolean;
  try {
    ok = truth(x.func, item);
  } catch (e) {
    decref(item);
    throw e;
  }
  if (ok) return item;
  decref(item);
  x.stop = true;
  return null;
}

function filterfalseNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  for (;;) {
    const item = A.iterNext(x.it);
    if (item === null) return null;
    let ok: boolean;
    try {
      ok = x.func === None || x.func === T.bool ? A.isTrue(item) : truth(x.func, item);
    } catch (e) {
      decref(item);
      throw e;
    }
    if (!ok) return item;
    decref(item);
  }
}

function starmapNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  let args = A.iterNext(x.it);
  if (args === null) return null;
  if (args.ob_type !== T.tuple) {
    const t = args;
    try {
      args = seqTuple(t);
    } finally {
      decref(t);
    }
  }
  try {
    const items = (args as TupleObject).items;
    return A.call(x.func, items.slice(), 0, items.length, null);
  } finally {
    decref(args);
  }
}

// ------------------------------------------------------------------ groupby and _grouper

function groupbyNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  const [iterable, key] = parseTupleKw('groupby', a, s, n, kw, ['iterable', 'key'], 1);
  const keyfunc = newref(key ?? None);
  let it: PyObject;
  try {
    it = A.getIter(iterable!);
  } catch (e) {
    decref(keyfunc);
    throw e;
  }
  return alloc(type, { it, keyfunc, tgtkey: null, currkey: null, currvalue: null, currgrouper: null });
}

/** groupby_step: advance the underlying iterator; false when exhausted. */
function groupbyStep(g: ItObj): boolean {
  const newvalue = A.iterNext(g.it);
  if (newvalue === null) return false;
  let newkey: PyObject;
  if (g.keyfunc === None) newkey = newref(newvalue);
  else {
    try {
      newkey = callOne(g.keyfunc, newvalue);
    } catch (e) {
      decref(newvalue);
      throw e;
    }
  }
  const oldvalue = g.currvalue as PyObject | null;
  g.currvalue = newvalue;
  const oldkey = g.currkey as PyObject | null;
  g.currkey = newkey;
  xdecref(oldkey);
  xdecref(oldvalue);
  return true;
}

function groupbyNext(o: PyObject): PyObject | null {
  const g = o as ItObj;
  g.currgrouper = null;
  for (;;) {
    if (g.currkey === null) {
      /* pass */
    } else if (g.tgtkey === null) break;
    else if (!A.richCompareBool(g.tgtkey, g.currkey, CMP.EQ)) break;
    if (!groupbyStep(g)) return null;
  }
  incref(g.currkey);
  const oldt = g.tgtkey as PyObject | null;
  g.tgtkey = g.currkey;
  xdecref(oldt);
  const grouper = alloc<ItObj>(TP._grouper, { parent: newref(o), tgtkey: newref(g.tgtkey) }, false);
  g.currgrouper = grouper;
  RT.gc.track(grouper);
  return newTuple([newref(g.currkey), grouper]);
}

function grouperNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  const g = x.parent as ItObj;
  if (g.currgrouper !== o) return null;
  if (g.currvalue === null) {
    if (!groupbyStep(g)) return null;
  }
  if (!A.richCompareBool(x.tgtkey, g.currkey, CMP.EQ)) return null;
  const r = g.currvalue as PyObject;
  g.currvalue = null;
  clearField(g, 'currkey');
  return r;
}

// ------------------------------------------------------------------ islice

const ISLICE_STOP = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

function isliceNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  noKeywords(type, TP.islice, 'islice', kw);
  posArgs('islice', n, null, 2, 4);
  const seq = a[s];
  const a1 = a[s + 1];
  const a2 = n > 2 ? a[s + 2] : null;
  const a3 = n > 3 ? a[s + 3] : null;
  let start = 0;
  let stop = -1;
  let step = 1;
  if (n === 2) {
    if (a1 !== None) {
      const v = ssizeOrNull(a1);
      if (v === null || v === -1) raise(E.ValueError, ISLICE_STOP);
      stop = v;
    }
  } else {
    if (a1 !== None) start = ssizeOrNull(a1) ?? -1;
    if (a2 !== None) {
      const v = ssizeOrNull(a2!);
      if (v === null || v === -1) raise(E.ValueError, ISLICE_STOP);
      stop = v;
    }
  }
  if (start < 0 || stop < -1) raise(E.ValueError, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  if (a3 !== null && a3 !== None) step = ssizeOrNull(a3) ?? -1;
  if (step < 1) raise(E.ValueError, 'Step for islice() must be a positive integer or None.');
  const it = A.getIter(seq);
  return alloc(type, { it, next: start, stop, step, cnt: 0 });
}

function isliceNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  const it = x.it as PyObject | null;
  const stop = x.stop as number;
  if (it === null) return null;
  try {
    while (x.cnt < x.next) {
      const item = A.iterNext(it);
      if (item === null) {
        clearField(x, 'it');
        return null;
      }
      decref(item);
      x.cnt++;
    }
    if (stop !== -1 && x.cnt >= stop) {
      clearField(x, 'it');
      return null;
    }
    const item = A.iterNext(it);
    if (item === null) {
      clearField(x, 'it');
      return null;
    }
    x.cnt++;
    const oldnext = x.next;
    x.next += x.step;
    if (x.next < oldnext || (stop !== -1 && x.next > stop)) x.next = stop;
    return item;
  } catch (e) {
    if (x.it === it) clearField(x, 'it');
    throw e;
  }
}

// ------------------------------------------------------------------ pairwise

function pairwiseNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  noKeywords(type, TP.pairwise, 'pairwise', kw);
  posArgs('pairwise', n, null, 1, 1);
  const it = A.getIter(a[s]);
  const result = pyMinor() >= 13 ? newTuple([newref(None), newref(None)]) : null;
  return alloc(type, { it, old: null, result });
}

function pairwiseNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  const it = x.it as PyObject | null;
  if (it === null) return null;
  let old = x.old as PyObject | null;
  if (old === null) {
    old = A.iterNext(it);
    x.old = old;
    if (old === null) {
      clearField(x, 'it');
      return null;
    }
  }
  incref(old);
  let nw: PyObject | null;
  try {
    nw = A.iterNext(it);
  } catch (e) {
    decref(old);
    throw e;
  }
  if (nw === null) {
    clearField(x, 'it');
    clearField(x, 'old');
    decref(old);
    return null;
  }
  let result: PyObject;
  const r = x.result as TupleObject | null;
  if (r !== null && r.ob_refcnt === 1) {
    incref(r);
    tupleSet(r, 0, old);
    tupleSet(r, 1, newref(nw));
    if (!RT.gc.isTracked(r)) RT.gc.track(r);
    result = r;
  } else {
    result = newTuple([old, newref(nw)]);
  }
  const prev = x.old as PyObject | null;
  x.old = nw;
  xdecref(prev);
  return result;
}

// ------------------------------------------------------------------ tee

const LINKCELLS = 57;

function teedataNew(it: PyObject): ItObj {
  return alloc<ItObj>(TP._tee_dataobject, { it: newref(it), values: [], running: false, nextlink: null });
}

function teedataClear(x: ItObj): void {
  const it = x.it as PyObject | null;
  x.it = null;
  xdecref(it);
  const vals = x.values as PyObject[];
  x.values = [];
  for (const v of vals) decref(v);
  const nl = x.nextlink as PyObject | null;
  x.nextlink = null;
  xdecref(nl);
}

function teedataGetItem(tdo: ItObj, i: number): PyObject | null {
  const vals = tdo.values as PyObject[];
  if (i < vals.length) return newref(vals[i]);
  if (tdo.running) raise(E.RuntimeError, 'cannot re-enter the tee iterator');
  tdo.running = true;
  let value: PyObject | null;
  try {
    value = A.iterNext(tdo.it);
  } finally {
    tdo.running = false;
  }
  if (value === null) return null;
  vals.push(value);
  return newref(value);
}

function teeFromIterable(it: PyObject): PyObject {
  if (A.isInstance(it, TP._tee)) return teeCopy(it);
  const to = alloc<ItObj>(TP._tee, { dataobj: null, index: 0 }, false);
  try {
    to.dataobj = teedataNew(it);
  } catch (e) {
    decref(to);
    throw e;
  }
  RT.gc.track(to);
  return to;
}

function teeCopy(o: PyObject): PyObject {
  const x = o as ItObj;
  return alloc(TP._tee, { dataobj: newref(x.dataobj), index: x.index });
}

function teeNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  if (x.index >= LINKCELLS) {
    const d = x.dataobj as ItObj;
    if (d.nextlink === null) d.nextlink = teedataNew(d.it);
    const link = newref(d.nextlink as PyObject);
    x.dataobj = link;
    decref(d);
    x.index = 0;
  }
  const value = teedataGetItem(x.dataobj, x.index);
  if (value === null) return null;
  x.index++;
  return value;
}

function teeNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  noKeywords(type, TP._tee, '_tee', kw);
  posArgs('_tee', n, null, 1, 1);
  const it = A.getIter(a[s]);
  try {
    return teeFromIterable(it);
  } finally {
    decref(it);
  }
}

const teeFn = (_s: PyObject, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject => {
  posArgs('tee', n, kw, 1, 2);
  const nn = n > 1 ? ssizeArg(a[s + 1]) : 2;
  if (nn < 0) raise(E.ValueError, 'n must be >= 0');
  const result = tupleN(nn);
  if (nn === 0) return result;
  try {
    const it = A.getIter(a[s]);
    let copyable: PyObject;
    let copyfunc = A.lookupAttr(it, ID('__copy__'));
    if (copyfunc !== null) copyable = it;
    else {
      try {
        copyable = teeFromIterable(it);
      } finally {
        decref(it);
      }
      try {
        copyfunc = A.getAttrStr(copyable, '__copy__');
      } catch (e) {
        decref(copyable);
        throw e;
      }
    }
    tupleSet(result, 0, copyable);
    try {
      for (let i = 1; i < nn; i++) tupleSet(result, i, A.call(copyfunc, [], 0, 0, null));
    } finally {
      decref(copyfunc);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
};

// ------------------------------------------------------------------ zip_longest

function zipLongestNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  let fillvalue: PyObject = None;
  const nkw = kwCount(kw);
  if (nkw > 0) {
    const names = (kw as TupleObject).items.map((k) => (k as StrObject).value);
    if (nkw !== 1 || names[0] !== 'fillvalue') raise(E.TypeError, 'zip_longest() got an unexpected keyword argument');
    fillvalue = a[s + n];
  }
  const iters: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    try {
      iters.push(A.getIter(a[s + i]));
    } catch (e) {
      for (const x of iters) decref(x);
      throw e;
    }
  }
  const ittuple = newTuple(iters.slice());
  const result = tupleN(n);
  return alloc(type, { ittuple, result, fillvalue: newref(fillvalue), iters, numactive: n, tuplesize: n });
}

function zipLongestNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  const size = x.tuplesize as number;
  if (size === 0) return null;
  if (x.numactive === 0) return null;
  const iters = x.iters as (PyObject | null)[];
  const ittuple = x.ittuple as TupleObject;
  const fetch = (i: number): PyObject | null => {
    const it = iters[i];
    if (it === null) return newref(x.fillvalue);
    let item: PyObject | null;
    try {
      item = A.iterNext(it);
    } catch (e) {
      x.numactive = 0;
      throw e;
    }
    if (item === null) {
      x.numactive--;
      if (x.numactive === 0) return null;
      iters[i] = null;
      tupleSet(ittuple, i, newref(None));
      return newref(x.fillvalue);
    }
    return item;
  };
  let result = x.result as TupleObject;
  if (result.ob_refcnt === 1) {
    incref(result);
    for (let i = 0; i < size; i++) {
      let item: PyObject | null;
      try {
        item = fetch(i);
      } catch (e) {
        decref(result);
        throw e;
      }
      if (item === null) {
        decref(result);
        return null;
      }
      tupleSet(result, i, item);
    }
    if (!RT.gc.isTracked(result)) RT.gc.track(result);
    return result;
  }
  result = tupleN(size);
  for (let i = 0; i < size; i++) {
    let item: PyObject | null;
    try {
      item = fetch(i);
    } catch (e) {
      decref(result);
      throw e;
    }
    if (item === null) {
      decref(result);
      return null;
    }
    tupleSet(result, i, item);
  }
  return result;
}

// ------------------------------------------------------------------ product

function productNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  let repeat = 1;
  if (kwCount(kw) > 0) {
    const [r] = parseTupleKw('product', a, s + n, 0, kw, ['repeat'], 0);
    if (r !== null) repeat = ssizeArg(r);
    if (repeat < 0) raise(E.ValueError, 'repeat argument cannot be negative');
  }
  const nargs = repeat === 0 ? 0 : n;
  const npools = nargs * repeat;
  const indicesAddr = RT.heap.malloc(8 * npools);
  const pools: PyObject[] = [];
  try {
    for (let i = 0; i < nargs; i++) pools.push(seqTuple(a[s + i]));
  } catch (e) {
    for (const p of pools) decref(p);
    RT.heap.free(indicesAddr, 8 * npools);
    throw e;
  }
  for (let i = nargs; i < npools; i++) pools.push(newref(pools[i - nargs]));
  const poolsT = newTuple(pools);
  const o = alloc<ItObj>(type, { pools: poolsT, result: null, stopped: false });
  o.indices = new Array(npools).fill(0);
  o.indicesAddr = indicesAddr;
  o.indicesBytes = 8 * npools;
  return o;
}

function productNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  if (x.stopped) return null;
  const pools = (x.pools as TupleObject).items as TupleObject[];
  const npools = pools.length;
  if (x.result === null) {
    const result = tupleN(npools);
    x.result = result;
    for (let i = 0; i < npools; i++) {
      const pool = pools[i];
      if (pool.items.length === 0) {
        x.stopped = true;
        return null;
      }
      tupleSet(result, i, newref(pool.items[0]));
    }
    return newref(result);
  }
  const indices = x.indices as number[];
  const result = recycleResult(x);
  let i: number;
  for (i = npools - 1; i >= 0; i--) {
    const pool = pools[i];
    indices[i]++;
    if (indices[i] === pool.items.length) {
      indices[i] = 0;
      tupleSet(result, i, newref(pool.items[0]));
    } else {
      tupleSet(result, i, newref(pool.items[indices[i]]));
      break;
    }
  }
  if (i < 0) {
    x.stopped = true;
    return null;
  }
  return newref(result);
}

// ------------------------------------------------------------------ combinations

function combinationsNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  const [iterable, rO] = parseTupleKw('combinations', a, s, n, kw, ['iterable', 'r'], 2);
  const r = ssizeArg(rO!);
  const pool = seqTuple(iterable!);
  if (r < 0) {
    decref(pool);
    raise(E.ValueError, 'r must be non-negative');
  }
  const npool = pool.items.length;
  const indicesAddr = RT.heap.malloc(8 * r);
  const o = alloc<ItObj>(type, { pool, result: null, r, stopped: r > npool });
  o.indices = Array.from({ length: r }, (_, i) => i);
  o.indicesAddr = indicesAddr;
  o.indicesBytes = 8 * r;
  return o;
}

function combinationsNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  if (x.stopped) return null;
  const pool = (x.pool as TupleObject).items;
  const n = pool.length;
  const r = x.r as number;
  const indices = x.indices as number[];
  if (x.result === null) {
    const result = tupleN(r);
    x.result = result;
    for (let i = 0; i < r; i++) tupleSet(result, i, newref(pool[indices[i]]));
    return newref(result);
  }
  const result = recycleResult(x);
  let i: number;
  for (i = r - 1; i >= 0 && indices[i] === i + n - r; i--);
  if (i < 0) {
    x.stopped = true;
    return null;
  }
  indices[i]++;
  for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
  for (; i < r; i++) tupleSet(result, i, newref(pool[indices[i]]));
  return newref(result);
}

function cwrNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  const [iterable, rO] = parseTupleKw('combinations_with_replacement', a, s, n, kw, ['iterable', 'r'], 2);
  const r = ssizeArg(rO!);
  const pool = seqTuple(iterable!);
  if (r < 0) {
    decref(pool);
    raise(E.ValueError, 'r must be non-negative');
  }
  const npool = pool.items.length;
  const indicesAddr = RT.heap.malloc(8 * r);
  const o = alloc<ItObj>(type, { pool, result: null, r, stopped: npool === 0 && r > 0 });
  o.indices = new Array(r).fill(0);
  o.indicesAddr = indicesAddr;
  o.indicesBytes = 8 * r;
  return o;
}

function cwrNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  if (x.stopped) return null;
  const pool = (x.pool as TupleObject).items;
  const n = pool.length;
  const r = x.r as number;
  const indices = x.indices as number[];
  if (x.result === null) {
    const result = tupleN(r);
    x.result = result;
    if (n > 0) for (let i = 0; i < r; i++) tupleSet(result, i, newref(pool[0]));
    return newref(result);
  }
  const result = recycleResult(x);
  let i: number;
  for (i = r - 1; i >= 0 && indices[i] === n - 1; i--);
  if (i < 0) {
    x.stopped = true;
    return null;
  }
  const index = indices[i] + 1;
  const elem = pool[index];
  for (; i < r; i++) {
    indices[i] = index;
    tupleSet(result, i, newref(elem));
  }
  return newref(result);
}

// ------------------------------------------------------------------ permutations

function permutationsNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  const [iterable, rO] = parseTupleKw('permutations', a, s, n, kw, ['iterable', 'r'], 1);
  const pool = seqTuple(iterable!);
  const npool = pool.items.length;
  let r = npool;
  try {
    if (rO !== null && rO !== None) {
      if (!(rO instanceof IntObject)) raise(E.TypeError, 'Expected int as r');
      r = ssizeArg(rO);
    }
    if (r < 0) raise(E.ValueError, 'r must be non-negative');
  } catch (e) {
    decref(pool);
    throw e;
  }
  const indicesAddr = RT.heap.malloc(8 * npool);
  const cyclesAddr = RT.heap.malloc(8 * r);
  const o = alloc<ItObj>(type, { pool, result: null, r, stopped: r > npool });
  o.indices = Array.from({ length: npool }, (_, i) => i);
  o.indicesAddr = indicesAddr;
  o.indicesBytes = 8 * npool;
  o.cycles = Array.from({ length: r }, (_, i) => npool - i);
  o.cyclesAddr = cyclesAddr;
  o.cyclesBytes = 8 * r;
  return o;
}

function permutationsNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  if (x.stopped) return null;
  const pool = (x.pool as TupleObject).items;
  const n = pool.length;
  const r = x.r as number;
  const indices = x.indices as number[];
  const cycles = x.cycles as number[];
  if (x.result === null) {
    const result = tupleN(r);
    x.result = result;
    for (let i = 0; i < r; i++) tupleSet(result, i, newref(pool[indices[i]]));
    return newref(result);
  }
  if (n === 0) {
    x.stopped = true;
    return null;
  }
  const result = recycleResult(x);
  let i: number;
  for (i = r - 1; i >= 0; i--) {
    cycles[i] -= 1;
    if (cycles[i] === 0) {
      const index = indices[i];
      for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
      indices[n - 1] = index;
      cycles[i] = n - i;
    } else {
      const j = cycles[i];
      const index = indices[i];
      indices[i] = indices[n - j];
      indices[n - j] = index;
      for (let k = i; k < r; k++) tupleSet(result, k, newref(pool[indices[k]]));
      break;
    }
  }
  if (i < 0) {
    x.stopped = true;
    return null;
  }
  return newref(result);
}

// ------------------------------------------------------------------ batched (3.12+)

function batchedNew(type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  const m = pyMinor();
  const names = m >= 13 ? ['iterable', 'n', 'strict'] : ['iterable', 'n'];
  const [iterable, nO, strictO] = parseTupleKw('batched', a, s, n, kw, names, 2, 2);
  const size = ssizeArg(nO!);
  if (size < 1) raise(E.ValueError, 'n must be at least one');
  const it = A.getIter(iterable!);
  return alloc(type, { it, batch_size: size, strict: strictO !== null && strictO !== undefined && A.isTrue(strictO) });
}

function batchedNext(o: PyObject): PyObject | null {
  const x = o as ItObj;
  const it = x.it as PyObject | null;
  if (it === null) return null;
  const n = x.batch_size as number;
  const items: PyObject[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const item = A.iterNext(it);
      if (item === null) break;
      items.push(item);
    }
  } catch (e) {
    for (const v of items) decref(v);
    clearField(x, 'it');
    throw e;
  }
  if (items.length === 0) {
    clearField(x, 'it');
    return null;
  }
  if (items.length < n && x.strict) {
    for (const v of items) decref(v);
    clearField(x, 'it');
    raise(E.ValueError, 'batched(): incomplete batch');
  }
  return newTuple(items);
}

// ------------------------------------------------------------------ slots

const selfIter = (o: PyObject) => newref(o);

onBootstrap(() => {
  // heap types since 3.12: their instances hold a reference to them
  holdTypeRefs(...Object.values(TP));
  for (const tp of Object.values(TP)) {
    tp.tp_dealloc = itDealloc;
    tp.tp_traverse = itTraverse;
    tp.tp_clear = itClear;
    tp.tp_iter = selfIter;
  }
  TP._tee_dataobject.tp_iter = null;
  const set = (tp: PyType, nw: PyType['tp_new'], next: PyType['tp_iternext']) => {
    tp.tp_new = nw;
    tp.tp_iternext = next;
  };
  set(TP.count, countNew, countNext);
  TP.count.tp_repr = countRepr;
  set(TP.cycle, cycleNew, cycleNext);
  set(TP.repeat, repeatNew, repeatNext);
  TP.repeat.tp_repr = repeatRepr;
  defineMethods(TP.repeat, {
    __length_hint__: (self) => {
      const x = self as ItObj;
      if (x.cnt === -1) raise(E.TypeError, 'len() of unsized object');
      return newInt(x.cnt);
    },
  });
  set(TP.accumulate, accumulateNew, accumulateNext);
  set(TP.chain, chainNew, chainNext);
  defineMethods(TP.chain, {
    from_iterable: {
      kind: 'class',
      fn: (cls, a, s, n, kw) => {
        if (kwCount(kw) > 0) raise(E.TypeError, 'chain.from_iterable() takes no keyword arguments');
        if (n !== 1) raise(E.TypeError, `chain.from_iterable() takes exactly one argument (${n} given)`);
        const source = A.getIter(a[s]);
        return alloc(cls as PyType, { source, active: null });
      },
    },
  });
  set(TP.compress, compressNew, compressNext);
  set(TP.dropwhile, predNew('dropwhile'), dropwhileNext);
  set(TP.takewhile, predNew('takewhile'), takewhileNext);
  set(TP.filterfalse, predNew('filterfalse'), filterfalseNext);
  set(TP.starmap, predNew('starmap'), starmapNext);
  set(TP.groupby, groupbyNew, groupbyNext);
  TP._grouper.tp_iternext = grouperNext;
  set(TP.islice, isliceNew, isliceNext);
  set(TP.pairwise, pairwiseNew, pairwiseNext);
  set(TP._tee, teeNew, teeNext);
  defineMethods(TP._tee, { __copy__: (self) => teeCopy(self) });
  set(TP.zip_longest, zipLongestNew, zipLongestNext);
  set(TP.product, productNew, productNext);
  set(TP.combinations, combinationsNew, combinationsNext);
  set(TP.combinations_with_replacement, cwrNew, cwrNext);
  set(TP.permutations, permutationsNew, permutationsNext);
  set(TP.batched, batchedNew, batchedNext);
  const sizeofExtra = (extra: (x: ItObj) => number) => (self: PyObject) =>
    newInt(self.ob_type.tp_basicsize + extra(self as ItObj));
  defineMethods(TP.product, { __sizeof__: sizeofExtra((x) => 8 * (x.pools as TupleObject).items.length) });
  defineMethods(TP.combinations, { __sizeof__: sizeofExtra((x) => 8 * x.r) });
  defineMethods(TP.combinations_with_replacement, { __sizeof__: sizeofExtra((x) => 8 * x.r) });
  defineMethods(TP.permutations, {
    __sizeof__: sizeofExtra((x) => 8 * (x.pool as TupleObject).items.length + 8 * x.r),
  });
});

const ITERTOOLS_TYPES: [string, PyType][] = [
  ['accumulate', TP.accumulate], ['batched', TP.batched], ['chain', TP.chain],
  ['combinations', TP.combinations], ['combinations_with_replacement', TP.combinations_with_replacement],
  ['compress', TP.compress], ['count', TP.count], ['cycle', TP.cycle], ['dropwhile', TP.dropwhile],
  ['filterfalse', TP.filterfalse], ['groupby', TP.groupby], ['islice', TP.islice], ['pairwise', TP.pairwise],
  ['permutations', TP.permutations], ['product', TP.product], ['repeat', TP.repeat], ['starmap', TP.starmap],
  ['takewhile', TP.takewhile], ['zip_longest', TP.zip_longest], ['_grouper', TP._grouper], ['_tee', TP._tee],
  ['_tee_dataobject', TP._tee_dataobject],
];

NATIVE_MODULES.itertools = () => {
  applyVersionSizes();
  const m = RT.ext.newModule('itertools');
  const d = m.dict as DictObject;
  const minor = pyMinor();
  for (const [name, tp] of ITERTOOLS_TYPES) {
    if (name === 'batched' && minor < 12) continue;
    dictSetStr(d, name, tp);
  }
  moduleFn(m, 'tee', teeFn, 'Returns a tuple of n independent iterators.');
  return m;
};

export const ITERTOOLS = TP;
void True;
void False;
void NotImplemented;
void newBool;
void EMPTY_TUPLE;
