/**
 * _collections (CPython's Modules/_collectionsmodule.c), natively:
 *   deque             CPython's block structure: a doubly linked list of 64-slot blocks (kept here as a JS
 *                     array, left to right), each a PyMem_Malloc of sizeof(block) = 64*8 + 16 = 528 bytes
 *                     (so the raw allocator). Each deque caches up to 16 freed blocks (numfreeblocks /
 *                     freeblocks[16], 3.11-3.13) and frees them in dealloc. leftindex/rightindex/state/maxlen
 *                     follow CPython exactly (CENTER re-centering, the extend/extendleft space heuristics),
 *                     so __sizeof__ (216 + 528 per block, +16 GC head in getsizeof) matches.
 *   _deque_iterator / _deque_reverse_iterator   with the `state` mutation check.
 *   defaultdict       a dict subclass object (dict layout + default_factory), __missing__, repr, copy, |.
 *   _tuplegetter      the namedtuple field descriptor.
 *   OrderedDict       CPython's Objects/odictobject.c (odict.ts).
 * Counter is Python (src/engine/stdlib/collections).
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, xdecref, newref } from '../../objects/object';
import { None, True, False, NotImplemented, IntObject } from '../../objects/singletons';
import { T } from '../../objects/types';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { newInt, newBool } from '../../objects/numbers';
import { TupleObject, newTuple, newList, ListObject } from '../../objects/sequences';
import { DictObject, dictSetStr, dictGetItem, dictSetItem, raiseKeyError } from '../../objects/dict';
import { onBootstrap, defineMethods, defineGetSets, typeLookup } from '../../objects/typeobject';
import type { MethFn } from '../../objects/funcobject';
import { registerWeakrefable } from '../../objects/weakref';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { kwCount, noArgs, oneArg, posArgs } from '../args';
import { nativeType, allocNative, freeNative, holdTypeRefs, releaseTypeRef, parseTupleKw, pyMinor, setTypeModule, moduleFn } from './nativetype';
import { CMP, NB } from '../../compiler/opcodes';
import { ODICT_TYPE, installODictNew } from './odict';

const GC = TPFLAGS.HAVE_GC;
const BASE = TPFLAGS.BASETYPE;

const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;
const MAXFREEBLOCKS = 16;
/** sizeof(block): leftlink + data[64] + rightlink */
const BLOCK_BYTES = BLOCKLEN * 8 + 16;

export const DEQUE_TYPE = nativeType('collections.deque', 216, GC | BASE);
const DEQUE_ITER = nativeType('collections._deque_iterator', 56, GC);
const DEQUE_REVITER = nativeType('collections._deque_reverse_iterator', 56, GC);
export const DEFDICT_TYPE = nativeType('collections.defaultdict', 56, GC | BASE | TPFLAGS.DICT_SUBCLASS, T.dict);
const TUPLEGETTER = nativeType('collections._tuplegetter', 32, GC);
// heap types since 3.12: their instances hold a reference to them
holdTypeRefs(DEQUE_TYPE, DEQUE_ITER, DEQUE_REVITER, DEFDICT_TYPE, TUPLEGETTER);

// ------------------------------------------------------------------ deque storage

class Block {
  data: (PyObject | null)[] = new Array(BLOCKLEN).fill(null);
  constructor(readonly addr: number) {}
}

export class DequeObject extends PyObject {
  /** the block list, leftblock first */
  blocks: Block[] = [];
  leftindex = CENTER + 1;
  rightindex = CENTER;
  size = 0;
  state = 0;
  maxlen = -1;
  freeblocks: Block[] = [];
}

function newblock(d: DequeObject): Block {
  if (d.freeblocks.length > 0) return d.freeblocks.pop()!;
  return new Block(RT.heap.malloc(BLOCK_BYTES));
}

function freeblock(d: DequeObject, b: Block): void {
  b.data.fill(null);
  if (d.freeblocks.length < MAXFREEBLOCKS) d.freeblocks.push(b);
  else RT.heap.free(b.addr, BLOCK_BYTES);
}

function dequeAlloc(type: PyType): DequeObject {
  const d = new DequeObject(type);
  allocNative(d);
  d.blocks = [newblock(d)];
  return d;
}

function leftblock(d: DequeObject): Block {
  return d.blocks[0];
}
function rightblock(d: DequeObject): Block {
  return d.blocks[d.blocks.length - 1];
}

/** The item at logical index i (borrowed). */
function itemAt(d: DequeObject, i: number): PyObject {
  const p = d.leftindex + i;
  return d.blocks[p >> 6].data[p & 63]!;
}
function setAt(d: DequeObject, i: number, v: PyObject): void {
  const p = d.leftindex + i;
  d.blocks[p >> 6].data[p & 63] = v;
}

function dequePop(d: DequeObject): PyObject {
  if (d.size === 0) raise(E.IndexError, 'pop from an empty deque');
  const rb = rightblock(d);
  const item = rb.data[d.rightindex]!;
  rb.data[d.rightindex] = null;
  d.rightindex--;
  d.size--;
  d.state++;
  if (d.rightindex < 0) {
    if (d.size > 0) {
      d.blocks.pop();
      freeblock(d, rb);
      d.rightindex = BLOCKLEN - 1;
    } else {
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

function dequePopleft(d: DequeObject): PyObject {
  if (d.size === 0) raise(E.IndexError, 'pop from an empty deque');
  const lb = leftblock(d);
  const item = lb.data[d.leftindex]!;
  lb.data[d.leftindex] = null;
  d.leftindex++;
  d.size--;
  d.state++;
  if (d.leftindex === BLOCKLEN) {
    if (d.size > 0) {
      d.blocks.shift();
      freeblock(d, lb);
      d.leftindex = 0;
    } else {
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

const needsTrim = (d: DequeObject, maxlen: number) => maxlen >= 0 && maxlen < d.size;

/** deque_append_internal: steals `item`. */
function appendInternal(d: DequeObject, item: PyObject, maxlen: number): void {
  if (d.rightindex === BLOCKLEN - 1) {
    d.blocks.push(newblock(d));
    d.rightindex = -1;
  }
  d.size++;
  d.rightindex++;
  rightblock(d).data[d.rightindex] = item;
  if (needsTrim(d, maxlen)) decref(dequePopleft(d));
  else d.state++;
}

/** deque_appendleft_internal: steals `item`. */
function appendleftInternal(d: DequeObject, item: PyObject, maxlen: number): void {
  if (d.leftindex === 0) {
    d.blocks.unshift(newblock(d));
    d.leftindex = BLOCKLEN;
  }
  d.size++;
  d.leftindex--;
  leftblock(d).data[d.leftindex] = item;
  if (needsTrim(d, maxlen)) decref(dequePop(d));
  else d.state++;
}

function consume(it: PyObject): void {
  try {
    for (;;) {
      const x = A.iterNext(it);
      if (x === null) break;
      decref(x);
    }
  } finally {
    decref(it);
  }
}

/** PySequence_List */
function seqList(o: PyObject): ListObject {
  const l = newList(0);
  try {
    RT.ext.listExtend(l, o);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

function dequeExtend(d: DequeObject, iterable: PyObject): void {
  if (iterable === d) {
    const s = seqList(iterable);
    try {
      dequeExtend(d, s);
    } finally {
      decref(s);
    }
    return;
  }
  const it = A.getIter(iterable);
  const maxlen = d.maxlen;
  if (maxlen === 0) return consume(it);
  if (d.size === 0) {
    d.leftindex = 1;
    d.rightindex = 0;
  }
  try {
    for (;;) {
      const item = A.iterNext(it);
      if (item === null) break;
      appendInternal(d, item, maxlen);
    }
  } finally {
    decref(it);
  }
}

function dequeExtendleft(d: DequeObject, iterable: PyObject): void {
  if (iterable === d) {
    const s = seqList(iterable);
    try {
      dequeExtendleft(d, s);
    } finally {
      decref(s);
    }
    return;
  }
  const it = A.getIter(iterable);
  const maxlen = d.maxlen;
  if (maxlen === 0) return consume(it);
  if (d.size === 0) {
    d.leftindex = BLOCKLEN - 1;
    d.rightindex = BLOCKLEN - 2;
  }
  try {
    for (;;) {
      const item = A.iterNext(it);
      if (item === null) break;
      appendleftInternal(d, item, maxlen);
    }
  } finally {
    decref(it);
  }
}

/** deque_clear: empty the deque on a fresh block first, then release the items left to right. */
function dequeClear(d: DequeObject): void {
  if (d.size === 0) return;
  const b = newblock(d);
  let n = d.size;
  const oldBlocks = d.blocks;
  const leftindex = d.leftindex;
  d.blocks = [b];
  d.size = 0;
  d.leftindex = CENTER + 1;
  d.rightindex = CENTER;
  d.state++;
  let bi = 0;
  let blk = oldBlocks[0];
  let m = BLOCKLEN - leftindex > n ? n : BLOCKLEN - leftindex;
  let idx = leftindex;
  let limit = idx + m;
  n -= m;
  for (;;) {
    if (idx === limit) {
      if (n === 0) break;
      const prev = blk;
      blk = oldBlocks[++bi];
      m = n > BLOCKLEN ? BLOCKLEN : n;
      idx = 0;
      limit = m;
      n -= m;
      freeblock(d, prev);
    }
    const item = blk.data[idx]!;
    blk.data[idx] = null;
    idx++;
    decref(item);
  }
  freeblock(d, blk);
}

function dequeRotate(d: DequeObject, n: number): void {
  const len = d.size;
  const halflen = len >> 1;
  if (len <= 1) return;
  if (n > halflen || n < -halflen) {
    n %= len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  d.state++;
  const blocks = d.blocks;
  let b: Block | null = null;
  let li = d.leftindex;
  let ri = d.rightindex;
  try {
    while (n > 0) {
      if (li === 0) {
        if (b === null) b = newblock(d);
        blocks.unshift(b);
        li = BLOCKLEN;
        b = null;
      }
      let m = n;
      if (m > ri + 1) m = ri + 1;
      if (m > li) m = li;
      ri -= m;
      li -= m;
      const src = blocks[blocks.length - 1].data;
      const dest = blocks[0].data;
      n -= m;
      for (let k = 0; k < m; k++) {
        dest[li + k] = src[ri + 1 + k];
        src[ri + 1 + k] = null;
      }
      if (ri < 0) {
        b = blocks.pop()!;
        ri = BLOCKLEN - 1;
      }
    }
    while (n < 0) {
      if (ri === BLOCKLEN - 1) {
        if (b === null) b = newblock(d);
        blocks.push(b);
        ri = -1;
        b = null;
      }
      let m = -n;
      if (m > BLOCKLEN - li) m = BLOCKLEN - li;
      if (m > BLOCKLEN - 1 - ri) m = BLOCKLEN - 1 - ri;
      const src = blocks[0].data;
      const dest = blocks[blocks.length - 1].data;
      for (let k = 0; k < m; k++) {
        dest[ri + 1 + k] = src[li + k];
        src[li + k] = null;
      }
      li += m;
      ri += m;
      n += m;
      if (li === BLOCKLEN) {
        b = blocks.shift()!;
        li = 0;
      }
    }
  } finally {
    if (b !== null) freeblock(d, b);
    d.leftindex = li;
    d.rightindex = ri;
  }
}

function dequeDelItem(d: DequeObject, i: number): void {
  dequeRotate(d, -i);
  const item = dequePopleft(d);
  dequeRotate(d, i);
  decref(item);
}

function dequeCopy(o: PyObject): PyObject {
  const d = o as DequeObject;
  if (o.ob_type === DEQUE_TYPE) {
    const nd = dequeAlloc(DEQUE_TYPE);
    nd.maxlen = d.maxlen;
    try {
      if (d.size === 1) appendInternal(nd, newref(itemAt(d, 0)), nd.maxlen);
      else dequeExtend(nd, d);
    } catch (e) {
      decref(nd);
      throw e;
    }
    return nd;
  }
  const result =
    d.maxlen < 0 ? A.call(o.ob_type, [o], 0, 1, null) : A.call(o.ob_type, [o, newInt(d.maxlen)], 0, 2, null);
  if (!A.isInstance(result, DEQUE_TYPE)) {
    const n = result.ob_type.tp_name;
    decref(result);
    raise(E.TypeError, `${o.ob_type.tp_name}() must return a deque, not ${n}`);
  }
  return result;
}

function dequeInplaceRepeat(d: DequeObject, n: number): PyObject {
  const size = d.size;
  if (size === 0 || n === 1) return newref(d);
  if (n <= 0) {
    dequeClear(d);
    return newref(d);
  }
  if (size === 1) {
    const item = itemAt(d, 0);
    if (d.maxlen >= 0 && n > d.maxlen) n = d.maxlen;
    d.state++;
    let i = 0;
    while (i < n - 1) {
      if (d.rightindex === BLOCKLEN - 1) {
        d.blocks.push(newblock(d));
        d.rightindex = -1;
      }
      let m = n - 1 - i;
      if (m > BLOCKLEN - 1 - d.rightindex) m = BLOCKLEN - 1 - d.rightindex;
      i += m;
      const rb = rightblock(d);
      while (m--) {
        d.rightindex++;
        rb.data[d.rightindex] = newref(item);
      }
    }
    d.size += i;
    return newref(d);
  }
  const seq = seqList(d);
  try {
    if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
    for (let i = 0; i < n - 1; i++) dequeExtend(d, seq);
  } finally {
    decref(seq);
  }
  return newref(d);
}

/** A Py_ssize_t argument with CPython's TypeError for non-integers. */
function ssize(o: PyObject): number {
  const v = A.indexValue(o);
  if (typeof v === 'bigint') raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

/** _PyEval_SliceIndexNotNone: clamps huge values. */
function sliceIndex(o: PyObject): number {
  if (!(o instanceof IntObject) && o.ob_type.nb_index === null)
    raise(E.TypeError, 'slice indices must be integers or have an __index__ method');
  const v = A.indexValue(o);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

function seqIndex(d: DequeObject, key: PyObject): number {
  if (!(key instanceof IntObject) && key.ob_type.nb_index === null)
    raise(E.TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  let i = A.indexAsNumber(key, E.IndexError);
  if (i < 0) i += d.size;
  return i;
}

function dequeItem(d: DequeObject, i: number): PyObject {
  if (!(i >= 0 && i < d.size)) raise(E.IndexError, 'deque index out of range');
  return newref(itemAt(d, i));
}

function dequeAssItem(d: DequeObject, i: number, v: PyObject | null): void {
  if (!(i >= 0 && i < d.size)) raise(E.IndexError, 'deque index out of range');
  if (v === null) return dequeDelItem(d, i);
  const old = itemAt(d, i);
  setAt(d, i, newref(v));
  decref(old);
}

/** Walk the items left to right comparing with `v`; the mutation check follows each comparison. */
function scan(d: DequeObject, start: number, stop: number, v: PyObject, onMatch: (i: number) => boolean, mutErr: PyType): void {
  const startState = d.state;
  for (let i = start; i < stop; i++) {
    const item = newref(itemAt(d, i));
    let cmp: boolean;
    try {
      cmp = A.richCompareBool(item, v, CMP.EQ);
    } finally {
      decref(item);
    }
    if (cmp && onMatch(i)) return;
    if (startState !== d.state) raise(mutErr, 'deque mutated during iteration');
  }
}

// ------------------------------------------------------------------ deque iterators

class DequeIterObject extends PyObject {
  deque: DequeObject | null = null;
  /** logical index of the next item */
  pos = 0;
  state = 0;
  counter = 0;
}

function dequeIter(d: DequeObject, reverse: boolean): DequeIterObject {
  const it = new DequeIterObject(reverse ? DEQUE_REVITER : DEQUE_ITER);
  allocNative(it, false);
  it.deque = newref(d);
  it.pos = reverse ? d.size - 1 : 0;
  it.state = d.state;
  it.counter = d.size;
  RT.gc.track(it);
  return it;
}

function dequeIterNext(o: PyObject): PyObject | null {
  const it = o as DequeIterObject;
  const d = it.deque!;
  if (d.state !== it.state) {
    it.counter = 0;
    raise(E.RuntimeError, 'deque mutated during iteration');
  }
  if (it.counter === 0) return null;
  const item = itemAt(d, it.pos);
  it.pos++;
  it.counter--;
  return newref(item);
}

function dequeRevIterNext(o: PyObject): PyObject | null {
  const it = o as DequeIterObject;
  if (it.counter === 0) return null;
  const d = it.deque!;
  if (d.state !== it.state) {
    it.counter = 0;
    raise(E.RuntimeError, 'deque mutated during iteration');
  }
  const item = itemAt(d, it.pos);
  it.pos--;
  it.counter--;
  return newref(item);
}

// ------------------------------------------------------------------ defaultdict

export class DefDictObject extends DictObject {
  default_factory: PyObject | null = null;
}

function defdictMissing(dd: DefDictObject, key: PyObject): PyObject {
  const factory = dd.default_factory;
  if (factory === null || factory === None) raiseKeyError(key);
  const value = A.call(factory, [], 0, 0, null);
  try {
    A.setItem(dd, key, value);
  } catch (e) {
    decref(value);
    throw e;
  }
  return value;
}

function newDefdict(dd: DefDictObject, arg: PyObject): PyObject {
  return A.call(dd.ob_type, [dd.default_factory ?? None, arg], 0, 2, null);
}

// ------------------------------------------------------------------ _tuplegetter

class TupleGetterObject extends PyObject {
  index = 0;
  doc: PyObject | null = null;
}

// ------------------------------------------------------------------ slots

/** __class_getitem__ (Py_GenericAlias), through the service the typing owner installs. */
function genericAlias(cls: PyObject, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  oneArg('__class_getitem__', n, kw);
  const ga = RT.ext.genericAlias as ((origin: PyObject, args: PyObject) => PyObject) | undefined;
  if (typeof ga !== 'function') raise(E.TypeError, `type '${(cls as PyType).tp_name}' is not subscriptable`);
  return ga(cls, a[s]);
}


onBootstrap(() => {
  registerWeakrefable(DEQUE_TYPE);
  const dt = DEQUE_TYPE;
  dt.tp_new = (type) => dequeAlloc(type);
  dt.tp_init = (self, a, s, n, kw) => {
    const d = self as DequeObject;
    const [iterable, maxlenO] = parseTupleKw('deque', a, s, n, kw, ['iterable', 'maxlen'], 0);
    let maxlen = -1;
    if (maxlenO !== null && maxlenO !== None) {
      if (!(maxlenO instanceof IntObject) && maxlenO.ob_type.nb_index === null) raise(E.TypeError, 'an integer is required');
      maxlen = ssize(maxlenO);
      if (maxlen < 0) raise(E.ValueError, 'maxlen must be non-negative');
    }
    d.maxlen = maxlen;
    if (d.size > 0) dequeClear(d);
    if (iterable !== null) dequeExtend(d, iterable);
  };
  dt.tp_dealloc = (o) => {
    const d = o as DequeObject;
    RT.gc.untrack(d);
    // deque_dealloc clears the weakrefs of a subclass's instance too (subtype_dealloc leaves them to it)
    RT.clearWeakrefs(d);
    if (d.blocks.length > 0) {
      dequeClear(d);
      freeblock(d, d.blocks[0]);
    }
    d.blocks = [];
    for (const b of d.freeblocks) RT.heap.free(b.addr, BLOCK_BYTES);
    d.freeblocks = [];
    freeNative(d);
  };
  dt.tp_traverse = (o, visit) => {
    const d = o as DequeObject;
    for (let i = 0; i < d.size; i++) visit(itemAt(d, i));
  };
  dt.tp_clear = (o) => dequeClear(o as DequeObject);
  dt.tp_hash = null;
  dt.tp_repr = (o) => {
    const d = o as DequeObject;
    if (RT.ext.reprEnter(o)) return newStr('[...]');
    try {
      const l = seqList(o);
      let r: string;
      try {
        r = A.reprString(l);
      } finally {
        decref(l);
      }
      const name = o.ob_type.tp_qualname;
      return newStr(d.maxlen >= 0 ? `${name}(${r}, maxlen=${d.maxlen})` : `${name}(${r})`);
    } finally {
      RT.ext.reprLeave(o);
    }
  };
  dt.tp_richcompare = (v, w, op) => {
    if (!A.isInstance(v, DEQUE_TYPE) || !A.isInstance(w, DEQUE_TYPE)) return newref(NotImplemented);
    const vs = (v as DequeObject).size;
    const ws = (w as DequeObject).size;
    if (op === CMP.EQ) {
      if (v === w) return newref(True);
      if (vs !== ws) return newref(False);
    }
    if (op === CMP.NE) {
      if (v === w) return newref(False);
      if (vs !== ws) return newref(True);
    }
    const it1 = A.getIter(v);
    let it2: PyObject | null = null;
    try {
      it2 = A.getIter(w);
      let x: PyObject | null;
      let y: PyObject | null;
      for (;;) {
        x = A.iterNext(it1);
        try {
          y = A.iterNext(it2);
        } catch (e) {
          xdecref(x);
          throw e;
        }
        if (x === null || y === null) break;
        let b: boolean;
        try {
          b = A.richCompareBool(x, y, CMP.EQ);
          if (!b) return newBool(A.richCompareBool(x, y, op));
        } finally {
          decref(x);
          decref(y);
        }
      }
      xdecref(x);
      xdecref(y);
      let cmp = false;
      switch (op) {
        case CMP.LT: cmp = y !== null; break;
        case CMP.LE: cmp = x === null; break;
        case CMP.EQ: cmp = x === y; break;
        case CMP.NE: cmp = x !== y; break;
        case CMP.GT: cmp = x !== null; break;
        case CMP.GE: cmp = y === null; break;
      }
      return newBool(cmp);
    } finally {
      decref(it1);
      xdecref(it2);
    }
  };
  dt.tp_iter = (o) => dequeIter(o as DequeObject, false);
  dt.sq_length = (o) => (o as DequeObject).size;
  dt.sq_contains = (o, v) => {
    const d = o as DequeObject;
    let found = false;
    scan(d, 0, d.size, v, () => (found = true), E.RuntimeError);
    return found;
  };
  dt.sq_concat = (o, other) => {
    if (!A.isInstance(other, DEQUE_TYPE))
      raise(E.TypeError, `can only concatenate deque (not "${other.ob_type.tp_name}") to deque`);
    const nd = dequeCopy(o);
    try {
      dequeExtend(nd as DequeObject, other);
    } catch (e) {
      decref(nd);
      throw e;
    }
    return nd;
  };
  dt.sq_repeat = (o, n) => {
    const nd = dequeCopy(o);
    try {
      return dequeInplaceRepeat(nd as DequeObject, n);
    } finally {
      decref(nd);
    }
  };
  dt.nb_inplace_add = (o, other) => {
    if (!A.isInstance(o, DEQUE_TYPE)) return newref(NotImplemented);
    dequeExtend(o as DequeObject, other);
    return newref(o);
  };
  dt.nb_inplace_multiply = (o, other) => {
    if (!A.isInstance(o, DEQUE_TYPE)) return newref(NotImplemented);
    if (other.ob_type.nb_index === null)
      raise(E.TypeError, `can't multiply sequence by non-int of type '${other.ob_type.tp_name}'`);
    return dequeInplaceRepeat(o as DequeObject, A.indexAsNumber(other, E.OverflowError));
  };
  dt.mp_subscript = (o, key) => {
    const d = o as DequeObject;
    return dequeItem(d, seqIndex(d, key));
  };
  dt.mp_ass_subscript = (o, key, v) => {
    const d = o as DequeObject;
    dequeAssItem(d, seqIndex(d, key), v);
  };
  const q = (name: string) => (pyMinor() >= 13 ? name : `deque.${name}`);
  defineMethods(dt, {
    append: (self, a, s, n, kw) => {
      oneArg('deque.append', n, kw);
      const d = self as DequeObject;
      appendInternal(d, newref(a[s]), d.maxlen);
      return newref(None);
    },
    appendleft: (self, a, s, n, kw) => {
      oneArg('deque.appendleft', n, kw);
      const d = self as DequeObject;
      appendleftInternal(d, newref(a[s]), d.maxlen);
      return newref(None);
    },
    clear: (self, _a, _s, n, kw) => {
      noArgs('deque.clear', n, kw);
      dequeClear(self as DequeObject);
      return newref(None);
    },
    copy: (self, _a, _s, n, kw) => {
      noArgs('deque.copy', n, kw);
      return dequeCopy(self);
    },
    __copy__: (self, _a, _s, n, kw) => {
      noArgs('deque.__copy__', n, kw);
      return dequeCopy(self);
    },
    count: (self, a, s, n, kw) => {
      oneArg('deque.count', n, kw);
      const d = self as DequeObject;
      let count = 0;
      scan(d, 0, d.size, a[s], () => (count++, false), E.RuntimeError);
      return newInt(count);
    },
    extend: (self, a, s, n, kw) => {
      oneArg('deque.extend', n, kw);
      dequeExtend(self as DequeObject, a[s]);
      return newref(None);
    },
    extendleft: (self, a, s, n, kw) => {
      oneArg('deque.extendleft', n, kw);
      dequeExtendleft(self as DequeObject, a[s]);
      return newref(None);
    },
    index: (self, a, s, n, kw) => {
      if (kwCount(kw) > 0) raise(E.TypeError, 'index() takes no keyword arguments');
      if (n < 1 || n > 3) {
        if (pyMinor() >= 13)
          raise(E.TypeError, `index expected at ${n < 1 ? 'least 1' : 'most 3'} argument${n < 1 ? '' : 's'}, got ${n}`);
        raise(E.TypeError, `index() takes at ${n < 1 ? 'least 1' : 'most 3'} argument${n < 1 ? '' : 's'} (${n} given)`);
      }
      const d = self as DequeObject;
      const v = a[s];
      let start = n > 1 ? sliceIndex(a[s + 1]) : 0;
      let stop = n > 2 ? sliceIndex(a[s + 2]) : d.size;
      if (start < 0) {
        start += d.size;
        if (start < 0) start = 0;
      }
      if (stop < 0) {
        stop += d.size;
        if (stop < 0) stop = 0;
      }
      if (stop > d.size) stop = d.size;
      if (start > stop) start = stop;
      let found = -1;
      scan(d, start, stop, v, (i) => ((found = i), true), E.RuntimeError);
      if (found < 0) raise(E.ValueError, `${A.reprString(v)} is not in deque`);
      return newInt(found);
    },
    insert: (self, a, s, n, kw) => {
      if (kwCount(kw) > 0) raise(E.TypeError, 'insert() takes no keyword arguments');
      if (n !== 2) {
        if (pyMinor() >= 13) raise(E.TypeError, `insert expected 2 arguments, got ${n}`);
        raise(E.TypeError, `insert() takes exactly 2 arguments (${n} given)`);
      }
      const d = self as DequeObject;
      const index = ssize(a[s]);
      const value = a[s + 1];
      const size = d.size;
      if (d.maxlen === size) raise(E.IndexError, 'deque already at its maximum size');
      if (index >= size) appendInternal(d, newref(value), d.maxlen);
      else if (index <= -size || index === 0) appendleftInternal(d, newref(value), d.maxlen);
      else {
        dequeRotate(d, -index);
        if (index < 0) appendInternal(d, newref(value), d.maxlen);
        else appendleftInternal(d, newref(value), d.maxlen);
        dequeRotate(d, index);
      }
      return newref(None);
    },
    pop: (self, _a, _s, n, kw) => {
      noArgs('deque.pop', n, kw);
      return dequePop(self as DequeObject);
    },
    popleft: (self, _a, _s, n, kw) => {
      noArgs('deque.popleft', n, kw);
      return dequePopleft(self as DequeObject);
    },
    remove: (self, a, s, n, kw) => {
      oneArg('deque.remove', n, kw);
      const d = self as DequeObject;
      let found = -1;
      scan(d, 0, d.size, a[s], (i) => ((found = i), true), E.IndexError);
      if (found < 0) raise(E.ValueError, `${A.reprString(a[s])} is not in deque`);
      dequeDelItem(d, found);
      return newref(None);
    },
    reverse: (self, _a, _s, n, kw) => {
      noArgs('deque.reverse', n, kw);
      const d = self as DequeObject;
      for (let i = 0, j = d.size - 1; i < j; i++, j--) {
        const t = itemAt(d, i);
        setAt(d, i, itemAt(d, j));
        setAt(d, j, t);
      }
      return newref(None);
    },
    rotate: (self, a, s, n, kw) => {
      if (kwCount(kw) > 0) raise(E.TypeError, 'rotate() takes no keyword arguments');
      if (n > 1) raise(E.TypeError, `${q('rotate')} expected at most 1 argument, got ${n}`);
      dequeRotate(self as DequeObject, n === 1 ? ssize(a[s]) : 1);
      return newref(None);
    },
    __reversed__: (self, _a, _s, n, kw) => {
      noArgs('deque.__reversed__', n, kw);
      return dequeIter(self as DequeObject, true);
    },
    __sizeof__: (self, _a, _s, n, kw) => {
      noArgs('deque.__sizeof__', n, kw);
      const d = self as DequeObject;
      const blocks = Math.floor((d.leftindex + d.size + BLOCKLEN - 1) / BLOCKLEN);
      return newInt(self.ob_type.tp_basicsize + blocks * BLOCK_BYTES);
    },
    __reduce__: (self, _a, _s, n, kw) => {
      noArgs('deque.__reduce__', n, kw);
      const d = self as DequeObject;
      const state = self.dict !== null && (self.dict as DictObject).table.used > 0 ? newref(self.dict) : newref(None);
      const it = A.getIter(self);
      const args = d.maxlen < 0 ? newTuple([]) : newTuple([newTuple([]), newInt(d.maxlen)]);
      return newTuple([newref(self.ob_type), args, state, it]);
    },
    __class_getitem__: {
      kind: 'class',
      fn: (cls, a, s, n, kw) => genericAlias(cls, a, s, n, kw),
    },
  });
  defineGetSets(dt, {
    maxlen: {
      get: (o) => {
        const d = o as DequeObject;
        return d.maxlen < 0 ? newref(None) : newInt(d.maxlen);
      },
      doc: 'maximum size of a deque or None if unbounded',
    },
  });
  // iterators
  for (const tp of [DEQUE_ITER, DEQUE_REVITER]) {
    tp.tp_iter = (o) => newref(o);
    tp.tp_dealloc = (o) => {
      const it = o as DequeIterObject;
      RT.gc.untrack(it);
      const d = it.deque;
      it.deque = null;
      xdecref(d);
      freeNative(it);
    };
    tp.tp_traverse = (o, visit) => {
      const d = (o as DequeIterObject).deque;
      if (d !== null) visit(d);
    };
    tp.tp_clear = (o) => {
      const it = o as DequeIterObject;
      const d = it.deque;
      it.deque = null;
      xdecref(d);
    };
    defineMethods(tp, {
      __length_hint__: (self) => newInt((self as DequeIterObject).counter),
    });
  }
  DEQUE_ITER.tp_iternext = dequeIterNext;
  DEQUE_REVITER.tp_iternext = dequeRevIterNext;

  // defaultdict
  const dd = DEFDICT_TYPE;
  dd.tp_new = (type) => {
    const d = new DefDictObject();
    (d as PyObject).ob_type = type;
    allocNative(d);
    return d;
  };
  dd.tp_init = (self, a, s, n, kw) => {
    const d = self as DefDictObject;
    const olddefault = d.default_factory;
    let newdefault: PyObject | null = null;
    if (n > 0) {
      newdefault = a[s];
      if (!A.callable(newdefault) && newdefault !== None) raise(E.TypeError, 'first argument must be callable or None');
    }
    d.default_factory = newdefault === null ? null : newref(newdefault);
    try {
      T.dict.tp_init!(self, a, s + (n > 0 ? 1 : 0), n > 0 ? n - 1 : 0, kw);
    } finally {
      xdecref(olddefault);
    }
  };
  dd.tp_dealloc = (o) => {
    const d = o as DefDictObject;
    RT.gc.untrack(d);
    const f = d.default_factory;
    d.default_factory = null;
    xdecref(f);
    const tp = d.ob_type;
    T.dict.tp_dealloc!(d);
    // (dict_dealloc frees the block; defdict_dealloc's type reference is released after it)
    releaseTypeRef(tp);
  };
  dd.tp_traverse = (o, visit) => {
    const f = (o as DefDictObject).default_factory;
    if (f !== null) visit(f);
    T.dict.tp_traverse!(o, visit);
  };
  dd.tp_clear = (o) => {
    const d = o as DefDictObject;
    const f = d.default_factory;
    d.default_factory = null;
    xdecref(f);
    T.dict.tp_clear!(o);
  };
  dd.tp_repr = (o) => {
    const d = o as DefDictObject;
    const base = T.dict.tp_repr!(o) as StrObject;
    let defrepr: string;
    try {
      if (d.default_factory === null) defrepr = 'None';
      else if (RT.ext.reprEnter(d.default_factory)) defrepr = '...';
      else {
        try {
          defrepr = A.reprString(d.default_factory);
        } finally {
          RT.ext.reprLeave(d.default_factory);
        }
      }
      return newStr(`${o.ob_type.tp_qualname}(${defrepr}, ${base.value})`);
    } finally {
      decref(base);
    }
  };
  dd.nb_or = (left, right) => {
    let self: PyObject;
    let other: PyObject;
    if (A.isInstance(left, DEFDICT_TYPE)) {
      self = left;
      other = right;
    } else {
      self = right;
      other = left;
    }
    if (!(other instanceof DictObject)) return newref(NotImplemented);
    const nw = newDefdict(self as DefDictObject, left);
    try {
      RT.ext.dictUpdate(nw as DictObject, right, false, null);
    } catch (e) {
      decref(nw);
      throw e;
    }
    return nw;
  };
  defineMethods(dd, {
    __missing__: (self, a, s, n, kw) => {
      oneArg('defaultdict.__missing__', n, kw);
      return defdictMissing(self as DefDictObject, a[s]);
    },
    copy: (self, _a, _s, n, kw) => {
      noArgs('defaultdict.copy', n, kw);
      return newDefdict(self as DefDictObject, self);
    },
    __copy__: (self, _a, _s, n, kw) => {
      noArgs('defaultdict.__copy__', n, kw);
      return newDefdict(self as DefDictObject, self);
    },
    __reduce__: (self, _a, _s, n, kw) => {
      noArgs('defaultdict.__reduce__', n, kw);
      const d = self as DefDictObject;
      const args = d.default_factory === null || d.default_factory === None ? newTuple([]) : newTuple([newref(d.default_factory)]);
      let items: PyObject;
      try {
        items = RT.ext.callMethod(self, 'items', []);
      } catch (e) {
        decref(args);
        throw e;
      }
      let iter: PyObject;
      try {
        iter = A.getIter(items);
      } finally {
        decref(items);
      }
      return newTuple([newref(self.ob_type), args, newref(None), newref(None), iter]);
    },
    __class_getitem__: {
      kind: 'class',
      fn: (cls, a, s, n, kw) => genericAlias(cls, a, s, n, kw),
    },
  });
  defineGetSets(dd, {
    default_factory: {
      get: (o) => newref((o as DefDictObject).default_factory ?? None),
      set: (o, v) => {
        const d = o as DefDictObject;
        const old = d.default_factory;
        d.default_factory = v === null ? null : newref(v);
        xdecref(old);
      },
      doc: 'Factory for default value called by __missing__().',
    },
  });

  // _tuplegetter
  const tg = TUPLEGETTER;
  tg.tp_new = (type, a, s, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, '_tuplegetter() takes no keyword arguments');
    if (n !== 2) raise(E.TypeError, `_tuplegetter expected 2 arguments, got ${n}`);
    const o = new TupleGetterObject(type);
    o.index = ssize(a[s]);
    o.doc = newref(a[s + 1]);
    return allocNative(o);
  };
  tg.tp_descr_get = (self, obj) => {
    const g = self as TupleGetterObject;
    if (obj === null || obj === None) return newref(self);
    if (!(obj instanceof TupleObject))
      raise(
        E.TypeError,
        `descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${obj.ob_type.tp_name}' object`,
      );
    if (!(g.index >= 0 && g.index < obj.items.length)) raise(E.IndexError, 'tuple index out of range');
    return newref(obj.items[g.index]);
  };
  tg.tp_descr_set = (_self, _obj, value) => {
    raise(E.AttributeError, value === null ? "can't delete attribute" : "can't set attribute");
  };
  tg.tp_repr = (o) => {
    const g = o as TupleGetterObject;
    return newStr(`${o.ob_type.tp_qualname}(${g.index}, ${A.reprString(g.doc ?? None)})`);
  };
  tg.tp_traverse = (o, visit) => {
    const d = (o as TupleGetterObject).doc;
    if (d !== null) visit(d);
  };
  tg.tp_clear = (o) => {
    const g = o as TupleGetterObject;
    const d = g.doc;
    g.doc = null;
    xdecref(d);
  };
  tg.tp_dealloc = (o) => {
    const g = o as TupleGetterObject;
    RT.gc.untrack(g);
    const d = g.doc;
    g.doc = null;
    xdecref(d);
    freeNative(g);
  };
  defineMethods(tg, {
    __reduce__: (self) => {
      const g = self as TupleGetterObject;
      return newTuple([newref(self.ob_type), newTuple([newInt(g.index), newref(g.doc ?? None)])]);
    },
  });
  defineGetSets(tg, {
    __doc__: {
      get: (o) => newref((o as TupleGetterObject).doc ?? None),
      set: (o, v) => {
        const g = o as TupleGetterObject;
        const old = g.doc;
        g.doc = v === null ? null : newref(v);
        xdecref(old);
      },
    },
  });
});

/**
 * _collections._count_elements(mapping, iterable): Counter's tally loop. A dict whose get and __setitem__
 * are dict's own takes the fast path (dict lookups and stores, old count + 1); any other mapping goes through
 * mapping.get(key, 0) and mapping[key] = ...
 */
const countElements: MethFn = (_m, a, st, n, kw) => {
  posArgs('_count_elements', n, kw, 2, 2);
  const mapping = a[st];
  const one = newInt(1);
  const it = A.getIter(a[st + 1]);
  let key: PyObject | null = null;
  let newval: PyObject | null = null;
  let boundGet: PyObject | null = null;
  try {
    const mget = typeLookup(mapping.ob_type, 'get');
    const mset = typeLookup(mapping.ob_type, '__setitem__');
    if (mget !== null && mget === typeLookup(T.dict, 'get') && mset !== null && mset === typeLookup(T.dict, '__setitem__') && mapping instanceof DictObject) {
      while ((key = A.iterNext(it)) !== null) {
        const oldval = dictGetItem(mapping, key);
        if (oldval === null) dictSetItem(mapping, key, one);
        else {
          newval = A.binaryOp(oldval, one, NB.ADD);
          dictSetItem(mapping, key, newval);
          decref(newval);
          newval = null;
        }
        decref(key);
        key = null;
      }
    } else {
      boundGet = A.getAttrStr(mapping, 'get');
      const zero = newInt(0);
      try {
        while ((key = A.iterNext(it)) !== null) {
          const oldval = A.call(boundGet, [key, zero], 0, 2, null);
          try {
            newval = A.binaryOp(oldval, one, NB.ADD);
          } finally {
            decref(oldval);
          }
          A.setItem(mapping, key, newval);
          decref(newval);
          newval = null;
          decref(key);
          key = null;
        }
      } finally {
        decref(zero);
      }
    }
  } finally {
    decref(it);
    xdecref(key);
    xdecref(newval);
    xdecref(boundGet);
    decref(one);
  }
  return newref(None);
};

NATIVE_MODULES._collections = () => {
  // 3.11 names the helper types after the C module (_collections); 3.12+ after the package (collections).
  const mod = pyMinor() >= 12 ? 'collections' : '_collections';
  for (const tp of [DEQUE_ITER, DEQUE_REVITER, TUPLEGETTER]) setTypeModule(tp, mod);
  const m = RT.ext.newModule('_collections');
  const d = m.dict as DictObject;
  dictSetStr(d, 'deque', DEQUE_TYPE);
  dictSetStr(d, 'defaultdict', DEFDICT_TYPE);
  installODictNew();
  dictSetStr(d, 'OrderedDict', ODICT_TYPE);
  dictSetStr(d, '_deque_iterator', DEQUE_ITER);
  dictSetStr(d, '_deque_reverse_iterator', DEQUE_REVITER);
  dictSetStr(d, '_tuplegetter', TUPLEGETTER);
  moduleFn(m, '_count_elements', countElements, 'Count elements in the iterable, updating the mapping');
  return m;
};

void incref;
void newBool;
