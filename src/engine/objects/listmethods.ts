/**
 * list and tuple methods (Objects/listobject.c, Objects/tupleobject.c of CPython 3.11 / 3.12 / 3.13).
 *
 * Memory behaviour follows CPython:
 *   - append / insert grow with list_resize's over-allocation (sequences.ts `listResize`);
 *   - extend of a list/tuple into a list with no item array preallocates exactly (rounded up to even,
 *     list_preallocate_exact), otherwise list_resize(m + n); extend from an iterator presizes with
 *     PyObject_LengthHint(it, 8) and trims with list_resize(len) at the end;
 *   - pop / remove shrink through list_resize, and the removal of the last item clears the list (frees the
 *     item array), as list_pop / list_ass_slice do;
 *   - copy() allocates exactly.
 *
 * list.sort is CPython's listsort: timsort with binary insertion sort up to `minrun`, powersort merge
 * policy (3.11+), galloping merges (merge_lo / merge_hi, MIN_GALLOP 7), count_run (3.13 relaxes descending
 * runs to allow equal elements), the key-wrapping with a temporary keys array (a PyMem_Malloc block when
 * the list has >= 128 items), the 256-slot temp array beyond which merge_getmem mallocs, the pre-sort
 * homogeneity check choosing the compare (latin str / compact int / float / same-type tp_richcompare /
 * tuples of those / generic), and the empty-list-during-sort protocol ("list modified during sort").
 * The sequence of `<` calls is CPython's, so programs printing inside __lt__ match.
 */
import { PyObject, PyType, RT, incref, decref, newref } from './object';
import { T } from './types';
import { None, IntObject, NotImplemented, True, False } from './singletons';
import { E, raise, excMatches } from './exceptions';
import { StrObject } from './str';
import { FloatObject, newInt } from './numbers';
import { TupleObject, ListObject, newTuple, newList, listResize, listClearItems, EMPTY_TUPLE } from './sequences';
import { onBootstrap, defineMethods, typeLookup } from './typeobject';
import { SeqIterObject } from './core_seq';
import { allocObject } from '../memory/heap';
import * as A from '../vm/abstract';
import { CMP } from '../compiler/opcodes';
import { RT_EXT } from '../vm/rtext';
import { intEq } from '../lib/intops';
import { kwCount, noArgs, oneArg, posArgs } from '../vm/args';
import { PyErr } from './object';

type Meth = (self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null) => PyObject;

const PY_SSIZE_T_MAX = Number.MAX_SAFE_INTEGER;

function ver(): string {
  return RT.profile.version;
}

// ------------------------------------------------------------------ helpers

/** _PyEval_SliceIndexNotNone: an index argument of index()/count() (clamped for huge ints). */
function sliceIndexArg(o: PyObject): number {
  if (!(o instanceof IntObject) && o.ob_type.nb_index === null)
    raise(E.TypeError, 'slice indices must be integers or have an __index__ method');
  const v = A.indexValue(o);
  if (typeof v === 'bigint') return v < 0n ? -PY_SSIZE_T_MAX : PY_SSIZE_T_MAX;
  return v;
}

/** PyNumber_AsSsize_t(o, OverflowError) for an index argument (insert, pop). */
function ssizeArg(o: PyObject): number {
  if (!(o instanceof IntObject) && o.ob_type.nb_index === null)
    raise(E.TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const v = A.indexValue(o);
  if (typeof v === 'bigint' || v > 9223372036854775807 || v < -9223372036854775808)
    raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

/** list_preallocate_exact: an item array for `size` items rounded up to an even count. */
function listPreallocateExact(l: ListObject, size: number): void {
  size = (size + 1) & ~1;
  l.itemsAddr = RT.heap.malloc(8 * size);
  l.allocated = size;
}

/** PyObject_LengthHint(o, dflt) */
export function lengthHint(o: PyObject, dflt: number): number {
  if (o.ob_type.sq_length !== null) {
    try {
      return A.length(o);
    } catch (e) {
      if (!(e instanceof PyErr) || !excMatches(e.exc, E.TypeError)) throw e;
      decref(e.exc);
    }
  }
  const f = typeLookup(o.ob_type, '__length_hint__');
  if (f === null) return dflt;
  let r: PyObject;
  try {
    r = RT.ext.callBoundDescr(f, o, [], 0, 0, null);
  } catch (e) {
    if (e instanceof PyErr && excMatches(e.exc, E.TypeError)) {
      decref(e.exc);
      return dflt;
    }
    throw e;
  }
  if (r === NotImplemented) {
    decref(r);
    return dflt;
  }
  if (!(r instanceof IntObject)) {
    const n = r.ob_type.tp_name;
    decref(r);
    raise(E.TypeError, `__length_hint__ must be an integer, not ${n}`);
  }
  const v = r.value;
  decref(r);
  if (typeof v === 'bigint') {
    if (v < 0n) raise(E.ValueError, '__length_hint__() should return >= 0');
    raise(E.OverflowError, 'cannot fit \'int\' into an index-sized integer');
  }
  if (v < 0) raise(E.ValueError, '__length_hint__() should return >= 0');
  return v;
}

/** list_extend (list.extend, list += x, LIST_EXTEND, list(iterable)). */
export function listExtend(l: ListObject, it: PyObject): void {
  if (it.ob_type === T.list || it.ob_type === T.tuple || it === l) {
    const src = (it as ListObject | TupleObject).items;
    const n = src.length;
    if (n === 0) return;
    const m = l.items.length;
    const copy = src.slice();
    if (l.itemsAddr === 0) listPreallocateExact(l, n);
    else listResize(l, m + n);
    for (let i = 0; i < n; i++) {
      incref(copy[i]);
      l.items.push(copy[i]);
    }
    return;
  }
  if (ver() !== '3.11' && ver() !== '3.12' && listExtend313(l, it)) return;
  const iter = A.getIter(it);
  try {
    const next = iter.ob_type.tp_iternext;
    if (next === null) raise(E.TypeError, `'${iter.ob_type.tp_name}' object is not an iterator`);
    const n = lengthHint(it, 8);
    const m = l.items.length;
    if (m + n > m) {
      if (l.itemsAddr === 0) listPreallocateExact(l, m + n);
      else listResize(l, m + n);
    }
    for (;;) {
      const x = next(iter);
      if (x === null) break;
      const k = l.items.length;
      if (k < l.allocated) l.items.push(x);
      else {
        try {
          listResize(l, k + 1);
        } catch (e) {
          decref(x);
          throw e;
        }
        l.items.push(x);
      }
    }
  } finally {
    decref(iter);
  }
  // cut back the over-allocation of the length hint
  if (l.items.length < l.allocated) listResize(l, l.items.length);
}

/**
 * 3.13's _list_extend fast paths for exact sets, dicts and dict views: one list_resize(m + n), then the
 * items in table order (dict items as new 2-tuples). Returns false when `it` is not one of them.
 */
function listExtend313(l: ListObject, it: PyObject): boolean {
  const tp = it.ob_type;
  let kind: 'set' | 'keys' | 'values' | 'items';
  let src: PyObject = it;
  if (tp === T.set || tp === T.frozenset) kind = 'set';
  else if (tp === T.dict) kind = 'keys';
  else if (tp === T.dict_keys || tp === T.dict_values || tp === T.dict_items) {
    kind = tp === T.dict_keys ? 'keys' : tp === T.dict_values ? 'values' : 'items';
    src = (it as unknown as { dv: PyObject }).dv;
  } else return false;
  const m = l.items.length;
  if (kind === 'set') {
    const t = (src as unknown as { table: SetTableView }).table;
    listResize(l, m + t.used);
    for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) l.items.push(newref(t.keyAt(i)));
    return true;
  }
  const t = (src as unknown as { table: DictTableView }).table;
  listResize(l, m + t.used);
  for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
    if (kind === 'keys') l.items.push(newref(t.keyAt(i)));
    else if (kind === 'values') l.items.push(newref(t.valueAt(i)));
    else l.items.push(newTuple([newref(t.keyAt(i)), newref(t.valueAt(i))]));
  }
  return true;
}

interface SetTableView {
  used: number;
  nextIndex(i: number): number;
  keyAt(i: number): PyObject;
}
interface DictTableView extends SetTableView {
  valueAt(i: number): PyObject;
}

/** list.__init__(iterable) */
function listInit(self: ListObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): void {
  if (kwCount(kwnames) > 0 && self.ob_type === T.list) raise(E.TypeError, 'list() takes no keyword arguments');
  if (nargs > 1) raise(E.TypeError, `list expected at most 1 argument, got ${nargs}`);
  if (self.itemsAddr !== 0 || self.items.length > 0) listClearItems(self);
  if (nargs === 1) {
    const x = args[start];
    // 3.11 / 3.12 presize from len(); 3.13's _list_extend presizes by itself
    if ((ver() === '3.11' || ver() === '3.12') && x.ob_type.sq_length !== null) {
      let n = -1;
      try {
        n = A.length(x);
      } catch (e) {
        if (!(e instanceof PyErr) || !excMatches(e.exc, E.TypeError)) throw e;
        decref(e.exc);
      }
      if (n > 0 && self.itemsAddr === 0) listPreallocateExact(self, n);
    }
    listExtend(self, x);
  }
}

/** Remove items[i] (list_ass_slice(a, i, i+1, NULL)): clears the list when it becomes empty. */
function listDelOne(l: ListObject, i: number): void {
  if (l.items.length === 1) {
    listClearItems(l);
    return;
  }
  const [x] = l.items.splice(i, 1);
  listResize(l, l.items.length);
  decref(x);
}

function newReverseIter(l: ListObject): PyObject {
  const it = new SeqIterObject(T.list_reverseiterator, l);
  incref(l);
  it.index = l.items.length - 1;
  allocObject(it, T.list_reverseiterator.tp_basicsize);
  RT.gc.track(it);
  return it;
}

function classGetItem(cls: PyObject, arg: PyObject): PyObject {
  const ga = RT_EXT.genericAlias as ((origin: PyObject, args: PyObject) => PyObject) | undefined;
  if (typeof ga !== 'function') raise(E.TypeError, `type '${(cls as PyType).tp_name}' is not subscriptable`);
  return ga(cls, arg);
}

// ------------------------------------------------------------------ listsort

const MIN_GALLOP = 7;
const MERGESTATE_TEMP_SIZE = 256;
const MAX_MINRUN = 64;

interface Run {
  base: number;
  len: number;
  power: number;
}

type LtFn = (x: PyObject, y: PyObject) => boolean;

/** The MergeState: keys K (and values V in lockstep when a key function is used), temp arrays TK / TV. */
class MergeState {
  minGallop = MIN_GALLOP;
  pending: Run[] = [];
  n = 0;
  TK: PyObject[] = [];
  TV: PyObject[] | null;
  alloced: number;
  /** heap block of merge_getmem (0 while the on-stack temparray suffices) */
  heapAddr = 0;
  heapBytes = 0;

  constructor(
    readonly K: PyObject[],
    readonly V: PyObject[] | null,
    readonly listlen: number,
    readonly lt: LtFn,
  ) {
    if (V !== null) {
      this.alloced = Math.min((listlen + 1) >> 1, MERGESTATE_TEMP_SIZE / 2);
      this.TV = [];
    } else {
      this.alloced = MERGESTATE_TEMP_SIZE;
      this.TV = null;
    }
  }

  freemem(): void {
    if (this.heapAddr !== 0) {
      RT.heap.free(this.heapAddr, this.heapBytes);
      this.heapAddr = 0;
    }
  }

  getmem(need: number): void {
    if (need <= this.alloced) return;
    const mult = this.V !== null ? 2 : 1;
    this.freemem();
    this.heapBytes = mult * need * 8;
    this.heapAddr = RT.heap.malloc(this.heapBytes);
    this.alloced = need;
  }

  /** copy n entries from (sk, sv)[si..] to (dk, dv)[di..]; overlap-safe within one array */
  private move(dk: PyObject[], dv: PyObject[] | null, di: number, sk: PyObject[], sv: PyObject[] | null, si: number, n: number): void {
    if (n <= 0) return;
    if (dk === sk) dk.copyWithin(di, si, si + n);
    else for (let i = 0; i < n; i++) dk[di + i] = sk[si + i];
    if (dv !== null && sv !== null) {
      if (dv === sv) dv.copyWithin(di, si, si + n);
      else for (let i = 0; i < n; i++) dv[di + i] = sv[si + i];
    }
  }

  private reverse(lo: number, n: number): void {
    reverseSlice(this.K, lo, lo + n);
    if (this.V !== null) reverseSlice(this.V, lo, lo + n);
  }

  /** binarysort: K[lo .. lo+n) with K[lo .. lo+ok) already sorted. */
  binarysort(lo: number, n: number, ok: number): void {
    const K = this.K;
    const V = this.V;
    const lt = this.lt;
    if (ok === 0) ok = 1;
    for (; ok < n; ++ok) {
      let l = 0;
      let r = ok;
      const pivot = K[lo + ok];
      do {
        const p = l + ((r - l) >> 1);
        if (lt(pivot, K[lo + p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = ok; p > l; --p) K[lo + p] = K[lo + p - 1];
      K[lo + l] = pivot;
      if (V !== null) {
        const vp = V[lo + ok];
        for (let p = ok; p > l; --p) V[lo + p] = V[lo + p - 1];
        V[lo + l] = vp;
      }
    }
  }

  /** count_run of 3.11 / 3.12: returns the run length (descending runs reversed in place). */
  countRunStrict(lo: number, nremaining: number): number {
    const K = this.K;
    const lt = this.lt;
    if (nremaining === 1) return 1;
    let n = 2;
    let j = lo + 2;
    const hi = lo + nremaining;
    if (lt(K[lo + 1], K[lo])) {
      for (; j < hi; ++j, ++n) {
        if (!lt(K[j], K[j - 1])) break;
      }
      this.reverse(lo, n);
    } else {
      for (; j < hi; ++j, ++n) {
        if (lt(K[j], K[j - 1])) break;
      }
    }
    return n;
  }

  /** count_run of 3.13: descending runs may contain equal elements (reversed on the fly to stay stable). */
  countRunRelaxed(lo: number, nremaining: number): number {
    const K = this.K;
    const lt = this.lt;
    let n: number;
    for (n = 1; n < nremaining; ++n) {
      if (lt(K[lo + n], K[lo + n - 1])) break;
    }
    if (n === nremaining) return n;
    if (n > 1) {
      if (lt(K[lo], K[lo + n - 1])) return n;
      this.reverse(lo, n);
    }
    ++n;
    let neq = 0;
    for (; n < nremaining; ++n) {
      if (lt(K[lo + n], K[lo + n - 1])) {
        if (neq) {
          ++neq;
          this.reverse(lo + n - neq, neq);
          neq = 0;
        }
      } else if (lt(K[lo + n - 1], K[lo + n])) {
        break;
      } else ++neq;
    }
    if (neq) {
      ++neq;
      this.reverse(lo + n - neq, neq);
      neq = 0;
    }
    this.reverse(lo, n);
    for (; n < nremaining; ++n) {
      if (lt(K[lo + n], K[lo + n - 1])) break;
    }
    return n;
  }

  gallopLeft(key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    const p = base + hint;
    let lastofs = 0;
    let ofs = 1;
    if (lt(a[p], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(a[p + ofs], key)) {
          lastofs = ofs;
          ofs = ofs * 2 + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(a[p - ofs], key)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(a[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  gallopRight(key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    const p = base + hint;
    let lastofs = 0;
    let ofs = 1;
    if (lt(key, a[p])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt(key, a[p - ofs])) {
          lastofs = ofs;
          ofs = ofs * 2 + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt(key, a[p + ofs])) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, a[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /** merge_lo: na <= nb; A = K[pa .. pa+na) is copied to the temp array. */
  mergeLo(pa: number, na: number, pb: number, nb: number): void {
    const K = this.K, V = this.V;
    this.getmem(na);
    const TK = this.TK, TV = this.TV;
    this.move(TK, TV, 0, K, V, pa, na);
    let dest = pa;
    let a = 0;
    let b = pb;
    const lt = this.lt;
    const one = (fromTemp: boolean): void => {
      if (fromTemp) {
        K[dest] = TK[a];
        if (V !== null) V[dest] = TV![a];
        dest++;
        a++;
      } else {
        K[dest] = K[b];
        if (V !== null) V[dest] = V[b];
        dest++;
        b++;
      }
    };
    // result: 'S' = succeed, 'C' = CopyB
    const body = (): 'S' | 'C' => {
      one(false);
      --nb;
      if (nb === 0) return 'S';
      if (na === 1) return 'C';
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(K[b], TK[a])) {
            one(false);
            ++bcount;
            acount = 0;
            --nb;
            if (nb === 0) return 'S';
            if (bcount >= minGallop) break;
          } else {
            one(true);
            ++acount;
            bcount = 0;
            --na;
            if (na === 1) return 'C';
            if (acount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(K[b], TK, a, na, 0);
          acount = k;
          if (k) {
            this.move(K, V, dest, TK, TV, a, k);
            dest += k;
            a += k;
            na -= k;
            if (na === 1) return 'C';
            if (na === 0) return 'S';
          }
          one(false);
          --nb;
          if (nb === 0) return 'S';
          k = this.gallopLeft(TK[a], K, b, nb, 0);
          bcount = k;
          if (k) {
            this.move(K, V, dest, K, V, b, k);
            dest += k;
            b += k;
            nb -= k;
            if (nb === 0) return 'S';
          }
          one(true);
          --na;
          if (na === 1) return 'C';
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        this.minGallop = minGallop;
      }
    };
    let r: 'S' | 'C';
    try {
      r = body();
    } catch (e) {
      if (na) this.move(K, V, dest, TK, TV, a, na);
      throw e;
    }
    if (r === 'S') {
      if (na) this.move(K, V, dest, TK, TV, a, na);
      return;
    }
    // CopyB: the last element of A belongs at the end of the merge
    this.move(K, V, dest, K, V, b, nb);
    K[dest + nb] = TK[a];
    if (V !== null) V[dest + nb] = TV![a];
  }

  /** merge_hi: na >= nb; B = K[pb .. pb+nb) is copied to the temp array. */
  mergeHi(pa: number, na: number, pb: number, nb: number): void {
    const K = this.K, V = this.V;
    this.getmem(nb);
    const TK = this.TK, TV = this.TV;
    this.move(TK, TV, 0, K, V, pb, nb);
    let dest = pb + nb - 1;
    const basea = pa;
    let b = nb - 1;
    let a = pa + na - 1;
    const lt = this.lt;
    const one = (fromTemp: boolean): void => {
      if (fromTemp) {
        K[dest] = TK[b];
        if (V !== null) V[dest] = TV![b];
        dest--;
        b--;
      } else {
        K[dest] = K[a];
        if (V !== null) V[dest] = V[a];
        dest--;
        a--;
      }
    };
    // 'S' = succeed, 'C' = CopyA
    const body = (): 'S' | 'C' => {
      one(false);
      --na;
      if (na === 0) return 'S';
      if (nb === 1) return 'C';
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(TK[b], K[a])) {
            one(false);
            ++acount;
            bcount = 0;
            --na;
            if (na === 0) return 'S';
            if (acount >= minGallop) break;
          } else {
            one(true);
            ++bcount;
            acount = 0;
            --nb;
            if (nb === 1) return 'C';
            if (bcount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(TK[b], K, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            a -= k;
            this.move(K, V, dest + 1, K, V, a + 1, k);
            na -= k;
            if (na === 0) return 'S';
          }
          one(true);
          --nb;
          if (nb === 1) return 'C';
          k = this.gallopLeft(K[a], TK, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            b -= k;
            this.move(K, V, dest + 1, TK, TV, b + 1, k);
            nb -= k;
            if (nb === 1) return 'C';
            if (nb === 0) return 'S';
          }
          one(false);
          --na;
          if (na === 0) return 'S';
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        this.minGallop = minGallop;
      }
    };
    let r: 'S' | 'C';
    try {
      r = body();
    } catch (e) {
      if (nb) this.move(K, V, dest - (nb - 1), TK, TV, 0, nb);
      throw e;
    }
    if (r === 'S') {
      if (nb) this.move(K, V, dest - (nb - 1), TK, TV, 0, nb);
      return;
    }
    // CopyA: the first element of B belongs at the front of the merge
    this.move(K, V, dest + 1 - na, K, V, a + 1 - na, na);
    dest -= na;
    a -= na;
    K[dest] = TK[b];
    if (V !== null) V[dest] = TV![b];
  }

  mergeAt(i: number): void {
    const p = this.pending;
    let pa = p[i].base;
    let na = p[i].len;
    const pb = p[i + 1].base;
    let nb = p[i + 1].len;
    p[i].len = na + nb;
    if (i === this.n - 3) p[i + 1] = { ...p[i + 2] };
    --this.n;
    const K = this.K;
    const k = this.gallopRight(K[pb], K, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(K[pa + na - 1], K, pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  foundNewRun(n2: number): void {
    if (this.n) {
      const p = this.pending;
      const s1 = p[this.n - 1].base;
      const n1 = p[this.n - 1].len;
      const power = powerloop(s1, n1, n2, this.listlen);
      while (this.n > 1 && p[this.n - 2].power > power) this.mergeAt(this.n - 2);
      p[this.n - 1].power = power;
    }
  }

  forceCollapse(): void {
    const p = this.pending;
    while (this.n > 1) {
      let n = this.n - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
      this.mergeAt(n);
    }
  }

  push(base: number, len: number): void {
    this.pending[this.n] = { base, len, power: 0 };
    this.n++;
  }
}

function reverseSlice(a: PyObject[], lo: number, hi: number): void {
  --hi;
  while (lo < hi) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
    ++lo;
    --hi;
  }
}

function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

// -------- compares (the pre-sort check's choices)

function safeCompare(v: PyObject, w: PyObject): boolean {
  return A.richCompareBool(v, w, CMP.LT);
}

function makeUnsafeObjectCompare(rc: NonNullable<PyType['tp_richcompare']>): LtFn {
  return (v, w) => {
    if (v.ob_type.tp_richcompare !== rc) return A.richCompareBool(v, w, CMP.LT);
    let r: PyObject;
    RT.enterRecursiveCall(' in comparison');
    try {
      r = rc(v, w, CMP.LT);
    } finally {
      RT.leaveRecursiveCall();
    }
    if (r === NotImplemented) {
      decref(r);
      return A.richCompareBool(v, w, CMP.LT);
    }
    const res = r === True ? true : r === False ? false : A.isTrue(r);
    decref(r);
    return res;
  };
}

/**
 * unsafe_tuple_compare's PyObject_RichCompareBool(v, w, Py_EQ) of two items: identity first, then two exact
 * ints, floats or strs compare by value (what long_richcompare, float_richcompare and unicode_compare_eq
 * answer, with no user code and no object made: the True / False they return is released at once), inside
 * the same recursion check as PyObject_RichCompare; any other pair goes through the full protocol.
 */
function tupleItemsEqual(v: PyObject, w: PyObject): boolean {
  if (v === w) return true;
  const t = v.ob_type;
  if (t === w.ob_type && (t === T.int || t === T.float || t === T.str)) {
    const rt = RT;
    rt.enterRecursiveCall(' in comparison');
    rt.leaveRecursiveCall();
    if (t === T.int) return intEq((v as IntObject).value, (w as IntObject).value);
    if (t === T.float) return (v as FloatObject).value === (w as FloatObject).value;
    return (v as StrObject).value === (w as StrObject).value;
  }
  return A.richCompareBool(v, w, CMP.EQ);
}

/**
 * unsafe_tuple_compare's PyObject_RichCompareBool(v, w, Py_LT) of the first differing items: two exact
 * ints or floats compare by value (as tupleItemsEqual; strs are left to the protocol, whose order is by
 * code point, not by UTF-16 unit), anything else through the full protocol.
 */
function tupleItemsLess(v: PyObject, w: PyObject): boolean {
  const t = v.ob_type;
  if (t === w.ob_type && (t === T.int || t === T.float)) {
    const rt = RT;
    rt.enterRecursiveCall(' in comparison');
    rt.leaveRecursiveCall();
    if (t === T.int) return (v as IntObject).value < (w as IntObject).value;
    return (v as FloatObject).value < (w as FloatObject).value;
  }
  return A.richCompareBool(v, w, CMP.LT);
}

function latinCompare(v: PyObject, w: PyObject): boolean {
  return (v as StrObject).value < (w as StrObject).value;
}

function longCompare(v: PyObject, w: PyObject): boolean {
  return ((v as IntObject).value as number) < ((w as IntObject).value as number);
}

function floatCompare(v: PyObject, w: PyObject): boolean {
  return (v as FloatObject).value < (w as FloatObject).value;
}

function isCompactInt(o: PyObject): boolean {
  const v = (o as IntObject).value;
  return typeof v === 'number' && v > -1073741824 && v < 1073741824;
}

function isLatin(s: StrObject): boolean {
  const str = s.value;
  for (let i = 0; i < str.length; i++) if (str.charCodeAt(i) > 0xff) return false;
  return true;
}

/** The pre-sort check of list_sort_impl. */
function chooseCompare(keys: PyObject[]): LtFn {
  const n = keys.length;
  let inTuples = keys[0].ob_type === T.tuple && (keys[0] as TupleObject).items.length > 0;
  const keyType = inTuples ? (keys[0] as TupleObject).items[0].ob_type : keys[0].ob_type;
  let sameType = true;
  let latin = true;
  let bounded = true;
  for (let i = 0; i < n; i++) {
    const ki = keys[i];
    if (inTuples && !(ki.ob_type === T.tuple && (ki as TupleObject).items.length !== 0)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? (ki as TupleObject).items[0] : ki;
    if (key.ob_type !== keyType) {
      sameType = false;
      if (!inTuples) break;
    }
    if (sameType) {
      if (keyType === T.int && bounded && !isCompactInt(key)) bounded = false;
      else if (keyType === T.str && latin && !isLatin(key as StrObject)) latin = false;
    }
  }
  let cmp: LtFn;
  if (sameType) {
    if (keyType === T.str && latin) cmp = latinCompare;
    else if (keyType === T.int && bounded) cmp = longCompare;
    else if (keyType === T.float) cmp = floatCompare;
    else if (keyType.tp_richcompare !== null) cmp = makeUnsafeObjectCompare(keyType.tp_richcompare);
    else cmp = safeCompare;
  } else cmp = safeCompare;
  if (inTuples) {
    const elemCmp = keyType === T.tuple ? safeCompare : cmp;
    return (v, w) => {
      const vt = (v as TupleObject).items;
      const wt = (w as TupleObject).items;
      const vlen = vt.length;
      const wlen = wt.length;
      let i = 0;
      for (; i < vlen && i < wlen; i++) {
        if (!tupleItemsEqual(vt[i], wt[i])) break;
      }
      if (i >= vlen || i >= wlen) return vlen < wlen;
      if (i === 0) return elemCmp(vt[0], wt[0]);
      return tupleItemsLess(vt[i], wt[i]);
    };
  }
  return cmp;
}

/** list_sort_impl(self, keyfunc, reverse) */
export function listSortImpl(self: ListObject, keyfunc: PyObject | null, reverse: boolean): void {
  if (keyfunc === None) keyfunc = null;
  const savedItems = self.items;
  const savedAlloc = self.allocated;
  const savedAddr = self.itemsAddr;
  const n = savedItems.length;
  self.items = [];
  self.allocated = -1;
  self.itemsAddr = 0;
  let keys: PyObject[] | null = null;
  let keysAddr = 0;
  let err: unknown = null;
  let keyfuncFailed = false;
  let ms: MergeState | null = null;
  try {
    if (keyfunc !== null) {
      if (n >= MERGESTATE_TEMP_SIZE / 2) keysAddr = RT.heap.malloc(8 * n);
      keys = [];
      for (let i = 0; i < n; i++) {
        let k: PyObject;
        try {
          k = A.call(keyfunc, [savedItems[i]], 0, 1, null);
        } catch (e) {
          for (let j = i - 1; j >= 0; j--) decref(keys[j]);
          keys = null;
          if (keysAddr !== 0) RT.heap.free(keysAddr, 8 * n);
          keysAddr = 0;
          keyfuncFailed = true;
          throw e;
        }
        keys.push(k);
      }
    }
    const K = keys ?? savedItems;
    const V = keys !== null ? savedItems : null;
    const lt = n > 1 ? chooseCompare(K) : safeCompare;
    ms = new MergeState(K, V, n, lt);
    if (n >= 2) {
      if (reverse) {
        if (keys !== null) reverseSlice(keys, 0, n);
        reverseSlice(savedItems, 0, n);
      }
      const relaxed = ver() !== '3.11' && ver() !== '3.12';
      let nremaining = n;
      let lo = 0;
      const minrun = computeMinrun(nremaining);
      do {
        let r = relaxed ? ms.countRunRelaxed(lo, nremaining) : ms.countRunStrict(lo, nremaining);
        if (r < minrun) {
          const force = nremaining <= minrun ? nremaining : minrun;
          ms.binarysort(lo, force, r);
          r = force;
        }
        ms.foundNewRun(r);
        ms.push(lo, r);
        lo += r;
        nremaining -= r;
      } while (nremaining);
      ms.forceCollapse();
    }
  } catch (e) {
    err = e;
  }
  if (!keyfuncFailed) {
    if (keys !== null) {
      for (let i = 0; i < n; i++) decref(keys[i]);
      if (keysAddr !== 0) RT.heap.free(keysAddr, 8 * n);
    }
    if (self.allocated !== -1 && err === null) {
      try {
        raise(E.ValueError, 'list modified during sort');
      } catch (e) {
        err = e;
      }
    }
    if (reverse && n > 1) reverseSlice(savedItems, 0, n);
    if (ms !== null) ms.freemem();
  }
  // keyfunc_fail: put the items back and release whatever the comparisons appended meanwhile
  const finalItems = self.items;
  const finalAlloc = self.allocated;
  const finalAddr = self.itemsAddr;
  self.items = savedItems;
  self.allocated = savedAlloc;
  self.itemsAddr = savedAddr;
  if (finalAddr !== 0 || finalItems.length > 0) {
    for (let i = finalItems.length - 1; i >= 0; i--) decref(finalItems[i]);
    if (finalAddr !== 0) RT.heap.free(finalAddr, 8 * finalAlloc);
  }
  if (err !== null) throw err;
}

/** list.sort(*, key=None, reverse=False) argument parsing (also used by sorted()). */
function listSort(self: ListObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  if (nargs > 0) raise(E.TypeError, 'sort() takes no positional arguments');
  let key: PyObject | null = null;
  let rev: PyObject | null = null;
  const nkw = kwCount(kwnames);
  if (nkw > 2) raise(E.TypeError, `sort() takes at most 2 keyword arguments (${nkw} given)`);
  for (let i = 0; i < nkw; i++) {
    const name = ((kwnames as TupleObject).items[i] as StrObject).value;
    const v = args[start + nargs + i];
    if (name === 'key') key = v;
    else if (name === 'reverse') rev = v;
    else if (ver() === '3.11' || ver() === '3.12') raise(E.TypeError, `'${name}' is an invalid keyword argument for sort()`);
    else raise(E.TypeError, `sort() got an unexpected keyword argument '${name}'`);
  }
  let reverse = false;
  if (rev !== null) {
    if (ver() === '3.11') {
      if (!(rev instanceof IntObject) && rev.ob_type.nb_index === null)
        raise(E.TypeError, `'${rev.ob_type.tp_name}' object cannot be interpreted as an integer`);
      const v = A.indexValue(rev);
      if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648)
        raise(E.OverflowError, 'Python int too large to convert to C int');
      reverse = v !== 0;
    } else reverse = A.isTrue(rev);
  }
  listSortImpl(self, key, reverse);
  return newref(None);
}

// ------------------------------------------------------------------ methods

function asList(self: PyObject): ListObject {
  return self as ListObject;
}

function seqIndexImpl(items: PyObject[], args: PyObject[], start: number, nargs: number, kwnames: PyObject | null, list: boolean): PyObject {
  posArgs('index', nargs, kwnames, 1, 3);
  const value = args[start];
  const n0 = items.length;
  let lo = nargs > 1 ? sliceIndexArg(args[start + 1]) : 0;
  let hi = nargs > 2 ? sliceIndexArg(args[start + 2]) : PY_SSIZE_T_MAX;
  if (lo < 0) {
    lo += n0;
    if (lo < 0) lo = 0;
  }
  if (hi < 0) {
    hi += n0;
    if (hi < 0) hi = 0;
  }
  for (let i = lo; i < hi && i < items.length; i++) {
    const x = items[i];
    incref(x);
    let eq: boolean;
    try {
      eq = A.richCompareBool(x, value, CMP.EQ);
    } finally {
      decref(x);
    }
    if (eq) return newInt(i);
  }
  if (list) raise(E.ValueError, `${A.reprString(value)} is not in list`);
  raise(E.ValueError, 'tuple.index(x): x not in tuple');
}

function seqCountImpl(items: PyObject[], value: PyObject): PyObject {
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x === value) {
      count++;
      continue;
    }
    incref(x);
    let eq: boolean;
    try {
      eq = A.richCompareBool(x, value, CMP.EQ);
    } finally {
      decref(x);
    }
    if (eq) count++;
  }
  return newInt(count);
}

const listMethods: Record<string, Meth> = {
  append: (self, args, start, nargs, kw) => {
    oneArg('list.append', nargs, kw);
    const l = asList(self);
    const v = args[start];
    const n = l.items.length;
    if (n + 1 > l.allocated) listResize(l, n + 1);
    l.items.push(newref(v));
    return newref(None);
  },
  extend: (self, args, start, nargs, kw) => {
    oneArg('list.extend', nargs, kw);
    listExtend(asList(self), args[start]);
    return newref(None);
  },
  insert: (self, args, start, nargs, kw) => {
    posArgs('insert', nargs, kw, 2, 2);
    let where = ssizeArg(args[start]);
    const v = args[start + 1];
    const l = asList(self);
    const n = l.items.length;
    listResize(l, n + 1);
    if (where < 0) {
      where += n;
      if (where < 0) where = 0;
    }
    if (where > n) where = n;
    l.items.splice(where, 0, newref(v));
    return newref(None);
  },
  pop: (self, args, start, nargs, kw) => {
    posArgs('pop', nargs, kw, 0, 1);
    let index = nargs > 0 ? ssizeArg(args[start]) : -1;
    const l = asList(self);
    const n = l.items.length;
    if (n === 0) raise(E.IndexError, 'pop from empty list');
    if (index < 0) index += n;
    if (index < 0 || index >= n) raise(E.IndexError, 'pop index out of range');
    const v = l.items[index];
    // 3.12+ empties a list popped to nothing with _list_clear (its item array freed); 3.11 resizes it like
    // any other pop, so a list whose array holds one item keeps it (sys.getsizeof stays 64)
    if (n === 1 && RT.profile.version !== '3.11') {
      incref(v);
      listClearItems(l);
      return v;
    }
    l.items.splice(index, 1);
    listResize(l, n - 1);
    return v;
  },
  remove: (self, args, start, nargs, kw) => {
    oneArg('list.remove', nargs, kw);
    const l = asList(self);
    const value = args[start];
    for (let i = 0; i < l.items.length; i++) {
      const x = l.items[i];
      incref(x);
      let eq: boolean;
      try {
        eq = A.richCompareBool(x, value, CMP.EQ);
      } finally {
        decref(x);
      }
      if (eq) {
        if (i < l.items.length) listDelOne(l, i);
        return newref(None);
      }
    }
    raise(E.ValueError, 'list.remove(x): x not in list');
  },
  index: (self, args, start, nargs, kw) => seqIndexImpl(asList(self).items, args, start, nargs, kw, true),
  count: (self, args, start, nargs, kw) => {
    oneArg('list.count', nargs, kw);
    return seqCountImpl(asList(self).items, args[start]);
  },
  clear: (self, _args, _start, nargs, kw) => {
    noArgs('list.clear', nargs, kw);
    // _list_clear does nothing while ob_item is NULL (e.g. during a sort)
    const l = asList(self);
    if (l.itemsAddr !== 0 || l.items.length > 0) listClearItems(l);
    return newref(None);
  },
  copy: (self, _args, _start, nargs, kw) => {
    noArgs('list.copy', nargs, kw);
    const src = asList(self).items;
    const out = newList(src.length);
    for (const x of src) out.items.push(newref(x));
    return out;
  },
  reverse: (self, _args, _start, nargs, kw) => {
    noArgs('list.reverse', nargs, kw);
    const items = asList(self).items;
    if (items.length > 1) reverseSlice(items, 0, items.length);
    return newref(None);
  },
  sort: (self, args, start, nargs, kw) => listSort(asList(self), args, start, nargs, kw),
  __reversed__: (self, _args, _start, nargs, kw) => {
    noArgs('list.__reversed__', nargs, kw);
    return newReverseIter(asList(self));
  },
  __sizeof__: (self, _args, _start, nargs, kw) => {
    noArgs('list.__sizeof__', nargs, kw);
    return newInt(listSizeof(asList(self)));
  },
};

/** list.__sizeof__: basicsize + 8 * allocated (allocated is -1 while the list is being sorted). */
export function listSizeof(l: ListObject): number {
  return l.ob_type.tp_basicsize + 8 * l.allocated;
}

const tupleMethods: Record<string, Meth> = {
  index: (self, args, start, nargs, kw) => seqIndexImpl((self as TupleObject).items, args, start, nargs, kw, false),
  count: (self, args, start, nargs, kw) => {
    oneArg('tuple.count', nargs, kw);
    return seqCountImpl((self as TupleObject).items, args[start]);
  },
  __getnewargs__: (self, _args, _start, nargs, kw) => {
    noArgs('tuple.__getnewargs__', nargs, kw);
    const t = self as TupleObject;
    let inner: PyObject;
    if (t.ob_type === T.tuple) inner = newref(t);
    else if (t.items.length === 0) inner = newref(EMPTY_TUPLE);
    else inner = newTuple(t.items.map((x) => newref(x)));
    return newTuple([inner]);
  },
};

/** __length_hint__ of the list / tuple iterators (listiter_len, listreviter_len, tupleiter_len). */
function iterLengthHint(o: PyObject, reverse: boolean): number {
  const it = o as SeqIterObject;
  const s = it.seq as ListObject | TupleObject | null;
  if (s === null) return 0;
  if (reverse) {
    const len = it.index + 1;
    return it.index === -1 || s.items.length < len ? 0 : len;
  }
  const len = s.items.length - it.index;
  return len >= 0 ? len : 0;
}

onBootstrap(() => {
  defineMethods(T.list, {
    ...listMethods,
    __class_getitem__: { kind: 'class', fn: (cls, args, start, nargs, kw) => {
      oneArg('list.__class_getitem__', nargs, kw);
      return classGetItem(cls, args[start]);
    } },
  });
  defineMethods(T.tuple, {
    ...tupleMethods,
    __class_getitem__: { kind: 'class', fn: (cls, args, start, nargs, kw) => {
      oneArg('tuple.__class_getitem__', nargs, kw);
      return classGetItem(cls, args[start]);
    } },
  });
  defineMethods(T.list_iterator, {
    __length_hint__: (self, _a, _s, nargs, kw) => {
      noArgs('list_iterator.__length_hint__', nargs, kw);
      return newInt(iterLengthHint(self, false));
    },
  });
  defineMethods(T.list_reverseiterator, {
    __length_hint__: (self, _a, _s, nargs, kw) => {
      noArgs('list_reverseiterator.__length_hint__', nargs, kw);
      return newInt(iterLengthHint(self, true));
    },
  });
  defineMethods(T.tuple_iterator, {
    __length_hint__: (self, _a, _s, nargs, kw) => {
      noArgs('tuple_iterator.__length_hint__', nargs, kw);
      return newInt(iterLengthHint(self, false));
    },
  });
  // rangeiter_len / longrangeiter_len (used by PyObject_LengthHint when a list is extended from iter(range))
  for (const rt of [T.range_iterator, T.longrange_iterator]) {
    if (typeLookup(rt, '__length_hint__') === null) {
      defineMethods(rt, {
        __length_hint__: (self, _a, _s, nargs, kw) => {
          noArgs(`${rt.tp_name}.__length_hint__`, nargs, kw);
          const it = self as unknown as { remaining: number; big: { remaining: bigint } | null };
          if (it.big !== null) return newInt(it.big.remaining > 0n ? it.big.remaining : 0);
          return newInt(it.remaining > 0 ? it.remaining : 0);
        },
      });
    }
  }
  RT_EXT.listSort = (l: ListObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null) => {
    const r = listSort(l, args, start, nargs, kwnames);
    decref(r);
  };
  RT_EXT.listSortImpl = listSortImpl;
  RT_EXT.listExtend = listExtend;
  RT_EXT.listInit = listInit;
  RT_EXT.lengthHintDefault = lengthHint;
  RT_EXT.listSizeof = listSizeof;
});
