/**
 * The cyclic garbage collector: CPython's generational collector (Modules/gcmodule.c in 3.11,
 * Python/gc.c in 3.12 and 3.13 — 3.13.0 shipped the generational collector, not the incremental one),
 * modelled object for object so that every observable number matches the real interpreter.
 *
 * ─── Data structures ────────────────────────────────────────────────────────────────────────────────
 *   Generations are circular doubly-linked lists of GC heads (GCHead, CPython's PyGC_Head: an object's
 *   `gch`, made when it is first tracked and kept for the object's life) with a sentinel head. New objects
 *   are appended to the tail of generation 0 (_PyObject_GC_TRACK); every list operation (append, move,
 *   merge = splice the whole list onto the tail of another) keeps CPython's order, because the order
 *   decides the order of finalizers, weakref callbacks, tp_clear calls and therefore frees.
 *   An object is tracked iff its head's `next` !== null (CPython: _gc_next != 0); an untracked head's
 *   `prev` is null too. While a collection runs, GCHead.refs holds CPython's PREV_MASK_COLLECTING bit and
 *   its gc_refs in one number: 0 = not collecting (every head outside the collector's lists), n + 1 =
 *   collecting with gc_refs n (see the collecting helpers below); GCHead.unreachable is
 *   NEXT_MASK_UNREACHABLE. A non-GC object has no head (gch null), so a visitor reads one field of a
 *   referent that is not collecting (an int, a str). Why heads, not fields of the object: the collector's
 *   loops and track/untrack see objects of dozens of JS classes, where each property access of the object
 *   is a slow generic (megamorphic) lookup in V8, while every head is of one class (fast, inlined
 *   accesses); the lists are walked and relinked through heads only. (Measured and dropped: giving an
 *   untracked object's head back to a pool for the next tracked object — fewer instructions, but the
 *   reused heads, old in V8's heap, made alloc_containers ~4% slower than heads kept for life.)
 *   GCF.FINALIZED (PyObject.gc_flags) is PEP 442's "tp_finalize was called" bit.
 *
 * ─── Counting and automatic collection ─────────────────────────────────────────────────────────────
 *   count[0] += 1 in onAlloc (= _PyObject_GC_Link, at allocation of a GC object, before it is tracked);
 *   count[0] -= 1 (if > 0) in onFree (= PyObject_GC_Del). Freelist pops/pushes touch neither.
 *   A program starts from CPython's counts and stats when it compiles the file (startProgram,
 *   profile.gcStartupCounts); the module code then runs in a function object (PyEval_EvalCode), count + 1.
 *   Trigger: count[0] > threshold[0] && enabled && threshold[0] != 0 && !collecting && !errOccurred.
 *     3.11: collects at once, inside the allocation (gc_collect_generations).
 *     3.12, 3.13: sets `pendingCollection` (_Py_ScheduleGC's eval-breaker bit); the VM calls runPending()
 *       at its eval-breaker check points (backward jumps, after calls, a frame's RESUME). 3.13's _Py_RunGC
 *       returns without collecting when gc is disabled by then; 3.12's does not look at `enabled`.
 *       Threshold 2000 on 3.13 (profile).
 *   Which generation: the oldest i with count[i] > threshold[i]; generation 2 is skipped while
 *     long_lived_pending < long_lived_total / 4.
 *   A collection of generation g: count[g+1] += 1, count[0..g] = 0.
 *   Imports (vm/importer.ts): GC traffic CPython has and heapscope does not create is replayed as counts
 *     (onUnmodelledAlloc / onUnmodelledFree), its survivors as `virtual` population and an import's cyclic
 *     garbage as `virtualGarbage` (found and counted as collected by the next collection of its generation);
 *     heapscope's own module code runs inside beginHidden / endHidden (counts kept, its garbage freed unseen).
 *
 * ─── A collection (gc_collect_main) ────────────────────────────────────────────────────────────────
 *   start callbacks → "gc: collecting generation g..." → counts → merge generations 0..g-1 into g (young)
 *   deduce_unreachable(young):
 *     update_refs      gc_refs = ob_refcnt, COLLECTING set.   INVARIANT: after update_refs,
 *                      gc_refs == ob_refcnt for every object in young (3.12 first moves immortal objects
 *                      to the permanent generation, 3.13 untracks them).
 *     subtract_refs    tp_traverse of every object in young decrements gc_refs of referents that are
 *                      COLLECTING. INVARIANT: after subtract_refs, gc_refs >= 0, and gc_refs is the
 *                      number of references from outside young.
 *     move_unreachable scan young left to right: gc_refs > 0 → reachable: traverse, marking referents
 *                      reachable (gc_refs 0 → 1; a referent already moved to `unreachable` comes back to
 *                      the tail of young), clear COLLECTING; gc_refs == 0 → tentatively moved to the tail
 *                      of `unreachable` (the head's unreachable bit). The resulting order of
 *                      `unreachable` is the order finalizers run in.
 *   untrack_tuples(young); young merged into the next generation (g == 1: long_lived_pending += size);
 *     a full collection untracks dicts instead and sets long_lived_total = size, pending = 0.
 *   move_legacy_finalizers (tp_del: modelled by hooks.hasLegacyFinalizer) + what they reach → finalizers.
 *   DEBUG_COLLECTABLE lines.  handle_weakrefs: clear every weakref to an unreachable object (and every
 *     unreachable weakref); callbacks only for weakrefs that are not themselves in the collected set,
 *     called after all clearing, in list order; a weakref freed by its callback counts as collected.
 *   finalize_garbage: tp_finalize once per object (FINALIZED bit), in `unreachable` order.
 *   handle_resurrected_objects: deduce_unreachable again on the set; objects that became reachable (and
 *     everything they reach) move to the old generation, the rest is final_unreachable.
 *   delete_garbage: tp_clear of each object in order (DEBUG_SAVEALL: append to gc.garbage instead);
 *     an object still in the list afterwards is moved to the old generation.
 *   "gc: done, N unreachable, M uncollectable, 0.0000s elapsed"; handle_legacy_finalizers (gc.garbage);
 *   full collection → hooks.clearFreelists(); stats; stop callbacks. Returns collected + uncollectable.
 */
import { PyObject, PyType, GCHead, GCF, TPFLAGS, PyErr, incref, decref, IMMORTAL_REFCNT_STORED, GCK_OTHER, GCK_TUPLE, GCK_LIST, GCK_DICT } from '../objects/object';
import type { Profile } from '../profiles/index';
import { isWeakref, weakrefListHead, clearRefKeepCallback, type WeakrefObject } from '../objects/weakref';
import { T } from '../objects/types';
import type { ListObject, TupleObject } from '../objects/sequences';
import type { DictObject } from '../objects/dict';
import type { ContainerObject } from './heap';

export const NUM_GENERATIONS = 3;

/** gc.DEBUG_* flags, CPython's values. */
export const DEBUG_STATS = 1 << 0;
export const DEBUG_COLLECTABLE = 1 << 1;
export const DEBUG_UNCOLLECTABLE = 1 << 2;
export const DEBUG_SAVEALL = 1 << 5;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

export type GCReason = 'automatic' | 'manual' | 'shutdown';

export interface GCStatsEntry {
  collections: number;
  collected: number;
  uncollectable: number;
}

export interface GCFreedObject {
  addr: number;
  type: string;
}

/** One collection, for the trace and the heap panel. */
export interface GCCollectionEvent {
  generation: number;
  reason: GCReason;
  /** automatic collections: the GC allocation that pushed count[0] over the threshold */
  trigger: GCFreedObject | null;
  countsBefore: [number, number, number];
  countsAfter: [number, number, number];
  /** objects in the generations that were collected (after merging) */
  examined: number;
  /** size of the unreachable set found by move_unreachable (before finalizers) */
  unreachableFound: number;
  collected: number;
  uncollectable: number;
  finalizersRun: number;
  /** unreachable objects that survived because a finalizer made them reachable again */
  resurrected: number;
  weakrefCallbacks: number;
  /** GC objects whose memory was freed while the collection ran, in order */
  freed: GCFreedObject[];
  /** what gc.collect() returns */
  result: number;
  /**
   * objects that survived into the older generation (min(g + 1, 2)): the reachable ones, those resurrected
   * by finalizers, those still alive after tp_clear, and the uncollectable ones
   */
  promoted: number;
}

export interface GCHooks {
  /** sys.stderr.write for DEBUG_* output */
  writeStderr(s: string): void;
  /** _PyGC_ClearAllFreeLists: called during a collection of the oldest generation */
  clearFreelists(): void;
  /** append `o` to gc.garbage (PyList_Append, a new reference held by the list) */
  appendGarbage(o: PyObject): void;
  /**
   * Run gc.callbacks with (phase, info). The hook builds the info dict {generation, collected,
   * uncollectable} only when the list is non-empty (CPython allocates it then), calls each callback
   * and reports exceptions as unraisable. Optional: no callbacks when absent.
   */
  invokeCallbacks?(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void;
  /** PyErr_WriteUnraisable for an exception thrown by a finalizer / tp_clear / weakref callback */
  writeUnraisable(err: PyErr, obj: PyObject | null, context: string): void;
  /** _PyErr_Occurred(tstate) at allocation time (automatic collection is skipped then) */
  errOccurred?(): boolean;
  /** objects with a legacy tp_del (uncollectable, go to gc.garbage). Absent: none. */
  hasLegacyFinalizer?(o: PyObject): boolean;
  /** exact tuple / exact dict tests for untrack_tuples / untrack_dicts. Absent: nothing is untracked. */
  isExactTuple?(o: PyObject): boolean;
  isExactDict?(o: PyObject): boolean;
  /** call a weakref callback: callback(wr); returns the result (new reference) or throws PyErr */
  callWeakrefCallback(callback: PyObject, wr: PyObject): PyObject;
}

/**
 * The long-lived objects of CPython's interpreter start-up (site, encodings, importlib, the builtins'
 * classes and functions), measured with len(gc.get_objects(g)) at the first line of a small script
 * (3.11.7 / 3.12.1 / 3.13.0, stock: no site-packages .pth but setuptools'), minus the objects heapscope itself
 * has in that generation at that point (its set-up objects count in generation 0, see placeSetupObjects;
 * 3.11's generation 0 holds fewer than heapscope's own, so it starts empty). heapscope does not
 * create them, so they are modelled as `virtual` generation populations: they survive every collection and
 * move to older generations like real survivors, which makes the long-lived ratio rule (automatic full
 * collections only when long_lived_pending > long_lived_total / 4) decide as CPython does — e.g. after a
 * gc.collect(), CPython's generation 2 holds ~4800 (3.11) to ~5100 (3.13) objects, so a program must
 * promote over a thousand objects before an automatic full collection happens.
 * The counts at start-up are the profile's gcStartupCounts (GC.startProgram).
 */
export interface GCStartupState {
  virtual: [number, number, number];
  /** objects start-up's generation-1 collections promoted into generation 2 (none: start-up runs none) */
  longLivedPending: number;
  /**
   * The generation the interpreter's own start-up objects (sys.modules, builtins, sys, __main__ and their
   * dicts) are in when the program starts: start-up's generation-0 collections ran after they were made.
   * Measured as the generation holding sys.modules at the first line of a
   * script. It decides the order of a later full collection's list ([gen2, gen0, gen1] after merging), hence
   * the order of the __del__ calls at shutdown.
   */
  setupGeneration: number;
  /**
   * The generation __main__ and its dict are in then, measured the same way: 3.11/3.12 setupGeneration;
   * 3.13 0 — they are (re)tracked after its last start-up collection, at the young end of generation 0.
   */
  mainGeneration: number;
  /**
   * 3.12: the tracked immortal objects of start-up, which heapscope does not create: the tp_bases and tp_mro
   * tuples of the static builtin types (_Py_SetImmortal leaves them tracked). update_refs moves an immortal
   * object to the permanent generation, so start-up's collections left them all there:
   * gc.get_freeze_count() is 375 at a program's first line, whatever it imports (measured, 3.12.1).
   */
  immortalTracked: number;
}

export const GC_STARTUP: Record<string, GCStartupState> = {
  '3.11': { virtual: [0, 4773, 0], longLivedPending: 0, setupGeneration: 1, mainGeneration: 1, immortalTracked: 0 },
  '3.12': { virtual: [575, 4337, 0], longLivedPending: 0, setupGeneration: 1, mainGeneration: 1, immortalTracked: 375 },
  '3.13': { virtual: [1800, 3828, 0], longLivedPending: 0, setupGeneration: 1, mainGeneration: 0, immortalTracked: 0 },
};

/** Collection listener (trace recorder). */
export type GCListener = (e: GCCollectionEvent) => void;

/** The object of the sentinel heads (never visited: a list's walks stop at its sentinel). */
const HEAD_TYPE = new PyType(null, '<gc list head>');
const HEAD_OBJECT = new PyObject(HEAD_TYPE);

class GCList {
  /** the sentinel */
  readonly head: GCHead;
  /** `owner.genHook` hears every object that lands in this list (generations only, not temporary lists) */
  constructor(
    readonly gen: number,
    readonly owner: GC | null = null,
  ) {
    const h = new GCHead(HEAD_OBJECT);
    h.next = h;
    h.prev = h;
    this.head = h;
  }
  isEmpty(): boolean {
    return this.head.next === this.head;
  }
  /** the object of the first head, or null */
  first(): PyObject | null {
    const n = this.head.next!;
    return n === this.head ? null : n.obj;
  }
  size(): number {
    let n = 0;
    for (let h = this.head.next!; h !== this.head; h = h.next!) n++;
    return n;
  }
  /** gc_list_append: `h` must not be in a list */
  append(h: GCHead): void {
    const head = this.head;
    const last = head.prev!;
    last.next = h;
    h.prev = last;
    h.next = head;
    head.prev = h;
    h.gen = this.gen;
    if (this.owner !== null && this.owner.genHook !== null) this.owner.genHook(h.obj);
  }
  /** gc_list_merge(this, to): splice every head of this list onto the tail of `to`; this becomes empty */
  mergeInto(to: GCList): void {
    if (this.isEmpty()) return;
    const first = this.head.next!;
    const last = this.head.prev!;
    const tail = to.head.prev!;
    tail.next = first;
    first.prev = tail;
    last.next = to.head;
    to.head.prev = last;
    this.head.next = this.head;
    this.head.prev = this.head;
    if (to.gen !== -1) {
      const hook = to.owner !== null ? to.owner.genHook : null;
      for (let h: GCHead = first; h !== to.head; h = h.next!) {
        h.gen = to.gen;
        if (hook !== null) hook(h.obj);
      }
    }
  }
  toArray(): PyObject[] {
    const out: PyObject[] = [];
    for (let h = this.head.next!; h !== this.head; h = h.next!) out.push(h.obj);
    return out;
  }
}

/** gc_list_remove: unlink (the head stays "in a list" state: caller decides) */
function unlink(h: GCHead): void {
  const p = h.prev!;
  const n = h.next!;
  p.next = n;
  n.prev = p;
}

/** gc_list_move */
function moveTo(h: GCHead, to: GCList): void {
  unlink(h);
  to.append(h);
}

/** _PyObject_GC_IS_TRACKED */
function isTrackedObject(o: PyObject): boolean {
  const h = o.gch;
  return h !== null && h.next !== null;
}

/**
 * _PyObject_IS_GC: the type is GC-capable and the object is not a static type (tp_is_gc = type_is_gc). Other
 * static objects of GC types (a builtin type's __mro__ tuple, builtin functions) are GC objects to CPython.
 */
function isGC(o: PyObject): boolean {
  return (o.ob_type.tp_flags & TPFLAGS.HAVE_GC) !== 0 && ((o.gc_flags & GCF.STATIC) === 0 || !(o instanceof PyType));
}

/*
 * The COLLECTING state and gc_refs, packed in GCHead.refs (see the design note): 0 when not collecting,
 * gc_refs + 1 when collecting. Only update_refs starts collecting, for the objects of the generations being
 * collected, so any other referent (an object of an older generation) reads 0, and one without a head (an
 * int, a str) is not collecting either.
 */
function isCollecting(o: PyObject): boolean {
  const h = o.gch;
  return h !== null && h.refs > 0;
}

const TEMP = -1;

/**
 * visit_decref (subtract_refs). Module-level visitors, no closure per collection: tp_traverse runs no Python
 * code, so a pass cannot re-enter. One field read for a referent that is not collecting (ints, strs, objects
 * of older generations). gc_refs never drops below 0 (stored 1): a reference inside the set is counted in
 * ob_refcnt, so only a traversal visiting more references than the object owns could, and that must not
 * make the object look not collecting.
 */
function visitDecref(r: PyObject): void {
  const h = r.gch;
  if (h === null) return;
  const v = h.refs;
  if (v > 1) h.refs = v - 1;
}

/** The list move_unreachable is scanning (visitReachable moves objects back to its tail). */
let reachableYoung: GCList | null = null;

/** visit_reachable (move_unreachable) */
function visitReachable(r: PyObject): void {
  // no head or stored 0: not collecting (other generations, objects already scanned); above 1: gc_refs > 0
  // already. Only gc_refs == 0 (stored 1) needs work.
  const h = r.gch;
  if (h === null || h.refs !== 1) return;
  if (h.unreachable) {
    // had gc_refs == 0 when the scan reached it, but it is reachable after all: back to young's tail
    h.unreachable = false;
    moveTo(h, reachableYoung!);
  }
  // gc_refs = 1: move_unreachable (or its later scan of this object) takes it as reachable
  h.refs = 2;
}

/**
 * tp_traverse of an exact list, tuple or dict without a call through the type's slot: the same referents in
 * the same order (list_traverse / tupletraverse: last item first; dict_traverse: each value, then its key
 * unless every key is an exact str), each passed to visitDecref (subtractFast) or visitReachable
 * (reachFast) by a direct call V8 can inline. Both return false for any other object (and for a 3.13 dict
 * whose values are embedded in its instance: dict_traverse leaves those to the instance); the caller then
 * traverses it through its slot. The two functions differ only in the visitor.
 */
function subtractFast(o: PyObject): boolean {
  const tp = o.ob_type;
  if (tp === T.list || tp === T.tuple) {
    const items = (o as ListObject | TupleObject).items;
    for (let i = items.length - 1; i >= 0; i--) visitDecref(items[i]);
    return true;
  }
  if (tp !== T.dict || (o as DictObject).embeddedIn !== null) return false;
  const dk = (o as DictObject).table.dk;
  const n = dk.nentries;
  const vs = dk.values;
  const ks = dk.unicode ? null : dk.keys;
  for (let i = 0; i < n; i++) {
    const v = vs[i];
    if (v === undefined) continue;
    visitDecref(v);
    if (ks !== null) visitDecref(ks[i]!);
  }
  return true;
}

/** subtractFast with visitReachable (see there). */
function reachFast(o: PyObject): boolean {
  const tp = o.ob_type;
  if (tp === T.list || tp === T.tuple) {
    const items = (o as ListObject | TupleObject).items;
    for (let i = items.length - 1; i >= 0; i--) visitReachable(items[i]);
    return true;
  }
  if (tp !== T.dict || (o as DictObject).embeddedIn !== null) return false;
  const dk = (o as DictObject).table.dk;
  const n = dk.nentries;
  const vs = dk.values;
  const ks = dk.unicode ? null : dk.keys;
  for (let i = 0; i < n; i++) {
    const v = vs[i];
    if (v === undefined) continue;
    visitReachable(v);
    if (ks !== null) visitReachable(ks[i]!);
  }
  return true;
}

/**
 * subtractFast for an object whose head has a kind (GCHead.kind): the same visits, with the object's fields
 * read at sites of their own per kind. False for a 3.13 dict whose values are embedded in its instance.
 */
function subtractKind(o: PyObject, k: number): boolean {
  if (k === GCK_TUPLE) {
    const items = (o as TupleObject).items;
    for (let i = items.length - 1; i >= 0; i--) visitDecref(items[i]);
    return true;
  }
  if (k === GCK_LIST) {
    const items = (o as ListObject).items;
    for (let i = items.length - 1; i >= 0; i--) visitDecref(items[i]);
    return true;
  }
  const d = o as DictObject;
  if (d.embeddedIn !== null) return false;
  const dk = d.table.dk;
  const n = dk.nentries;
  const vs = dk.values;
  const ks = dk.unicode ? null : dk.keys;
  for (let i = 0; i < n; i++) {
    const v = vs[i];
    if (v === undefined) continue;
    visitDecref(v);
    if (ks !== null) visitDecref(ks[i]!);
  }
  return true;
}

/** subtractKind with visitReachable (see there). */
function reachKind(o: PyObject, k: number): boolean {
  if (k === GCK_TUPLE) {
    const items = (o as TupleObject).items;
    for (let i = items.length - 1; i >= 0; i--) visitReachable(items[i]);
    return true;
  }
  if (k === GCK_LIST) {
    const items = (o as ListObject).items;
    for (let i = items.length - 1; i >= 0; i--) visitReachable(items[i]);
    return true;
  }
  const d = o as DictObject;
  if (d.embeddedIn !== null) return false;
  const dk = d.table.dk;
  const n = dk.nentries;
  const vs = dk.values;
  const ks = dk.unicode ? null : dk.keys;
  for (let i = 0; i < n; i++) {
    const v = vs[i];
    if (v === undefined) continue;
    visitReachable(v);
    if (ks !== null) visitReachable(ks[i]!);
  }
  return true;
}

/**
 * move_unreachable's scan of a reachable exact tuple (reachFast's tuple case), which also answers
 * _PyTuple_MaybeUntrack: true when an item may be tracked (the tuple stays tracked), false when it can be
 * untracked. The items are visited last to first (tupletraverse) and each is asked once visited; the answer
 * does not depend on the order (see moveUnreachable).
 */
function reachTuple(t: TupleObject): boolean {
  const items = t.items;
  let keep = false;
  for (let i = items.length - 1; i >= 0; i--) {
    const r = items[i];
    visitReachable(r);
    if (!keep && mayBeTrackedItem(r)) keep = true;
  }
  return keep;
}

/** _PyObject_GC_MAY_BE_TRACKED with the runtime's exact-tuple test (mayBeTrackedWith, without the hook call). */
function mayBeTrackedItem(r: PyObject): boolean {
  const tp = r.ob_type;
  if ((tp.tp_flags & TPFLAGS.HAVE_GC) === 0 || ((r.gc_flags & GCF.STATIC) !== 0 && r instanceof PyType)) return false;
  return tp !== T.tuple || isTrackedObject(r);
}

/** The maybeUntrackContainer scan in progress: the collector asking, and whether a referent may be tracked. */
let scanIsTuple: ((o: PyObject) => boolean) | undefined = undefined;
let scanFound = false;

/** _PyObject_GC_MAY_BE_TRACKED: a GC object, and for an exact tuple (`isTuple`, a collector's hook), a tracked one. */
function mayBeTrackedWith(isTuple: ((o: PyObject) => boolean) | undefined, o: PyObject): boolean {
  if (!isGC(o)) return false;
  if (isTuple?.(o)) return isTrackedObject(o);
  return true;
}

function visitMayBeTracked(r: PyObject): void {
  if (!scanFound && mayBeTrackedWith(scanIsTuple, r)) scanFound = true;
}

export class GC {
  readonly profile: Profile;
  readonly hooks: GCHooks;
  listener: GCListener | null = null;
  /** Called when an object enters a generation (tracked, merged, moved) or is untracked (trace recorder). */
  genHook: ((o: PyObject) => void) | null = null;

  readonly generations: GCList[];
  readonly permanent = new GCList(NUM_GENERATIONS, this);
  readonly thresholds: [number, number, number];
  readonly counts: [number, number, number] = [0, 0, 0];
  readonly stats: GCStatsEntry[] = [
    { collections: 0, collected: 0, uncollectable: 0 },
    { collections: 0, collected: 0, uncollectable: 0 },
    { collections: 0, collected: 0, uncollectable: 0 },
  ];
  enabled = true;
  debug = 0;
  collecting = false;
  longLivedTotal = 0;
  longLivedPending = 0;
  /** start-up objects CPython has and heapscope does not create, per generation (see GCStartupState) */
  readonly virtual: [number, number, number] = [0, 0, 0];
  /** virtual objects frozen by gc.freeze() */
  private virtualPermanent = 0;
  /**
   * Cyclic garbage CPython's imports leave that heapscope does not create (vm/importer.ts replays it from
   * profile.importGc), per generation: a collection of generation g finds and frees the garbage of
   * generations 0..g (collected, never promoted).
   */
  readonly virtualGarbage: [number, number, number] = [0, 0, 0];
  /** that garbage frozen by gc.freeze() */
  private virtualGarbagePermanent = 0;
  /** start-up's tracked immortal objects (GCStartupState.immortalTracked) and the generation they are in (3 = permanent) */
  private virtualImmortal = 0;
  private virtualImmortalGen = NUM_GENERATIONS;
  /** while heapscope's own module code runs in place of CPython's (beginHidden): every object tracked */
  private hiddenTracked: PyObject[] | null = null;
  /** 3.12+: the eval breaker's GC bit (_Py_ScheduleGC). The VM polls it and calls runPending(). */
  pendingCollection = false;
  /** the allocation that set pendingCollection (for the event) */
  private pendingTrigger: GCFreedObject | null = null;
  /** event being built while a collection runs (collects frees) */
  private current: GCCollectionEvent | null = null;

  constructor(profile: Profile, hooks: GCHooks) {
    this.profile = profile;
    this.hooks = hooks;
    this.generations = [new GCList(0, this), new GCList(1, this), new GCList(2, this)];
    this.thresholds = [profile.gcThresholds[0], profile.gcThresholds[1], profile.gcThresholds[2]];
  }

  /** Install CPython's start-up population (GC_STARTUP): done for a program's runtime, not for bare collectors. */
  seedStartupPopulation(): void {
    const st = GC_STARTUP[this.profile.version];
    if (st === undefined) return;
    for (let i = 0; i < NUM_GENERATIONS; i++) this.virtual[i] = st.virtual[i];
    this.longLivedPending = st.longLivedPending;
    this.virtualImmortal = st.immortalTracked;
    this.virtualImmortalGen = NUM_GENERATIONS;
  }

  /**
   * The interpreter is set up (sys.modules, builtins, sys, __main__): its objects, tracked so far in
   * generation 0, move to the generation CPython's start-up collections left them in (setupGeneration).
   * `main` (__main__ and its dict) stays in generation 0 where CPython has it there (mainGeneration).
   * The virtual populations trade the same number of objects, so each generation keeps its size.
   */
  placeSetupObjects(main: readonly PyObject[]): void {
    const st = GC_STARTUP[this.profile.version];
    if (st === undefined || st.setupGeneration === 0) return;
    const g = st.setupGeneration;
    const young = this.generations[0];
    const stay: GCHead[] = [];
    if (st.mainGeneration === 0) {
      for (const o of main) {
        if (!isTrackedObject(o)) continue;
        unlink(o.gch!);
        stay.push(o.gch!);
      }
    }
    const moved = young.size();
    young.mergeInto(this.generations[g]);
    for (const h of stay) young.append(h);
    const traded = Math.min(moved, this.virtual[g]);
    this.virtual[g] -= traded;
    this.virtual[0] += traded;
  }

  /**
   * The program's file is about to be compiled: the counts and gc.get_stats() become CPython's at that
   * moment (profile.gcStartupCounts / gcStartupStats: start-up, `site`, __main__.__loader__). The objects
   * heapscope's own set-up allocated stand for objects CPython's start-up made, which that state already
   * accounts for.
   */
  startProgram(): void {
    const c = this.profile.gcStartupCounts;
    const st = this.profile.gcStartupStats;
    for (let i = 0; i < NUM_GENERATIONS; i++) {
      this.counts[i] = c[i];
      const [collections, collected, uncollectable] = st[i] ?? [0, 0, 0];
      this.stats[i] = { collections, collected, uncollectable };
    }
  }

  // ─────────────────────────────────────────────────────────── tracking (heap.ts, containers)

  /** _PyObject_GC_TRACK: append to generation 0. Tracking an already tracked object does nothing. */
  track(o: PyObject): void {
    let h = o.gch;
    if (h === null) o.gch = h = new GCHead(o);
    else if (h.next !== null) return;
    this.generations[0].append(h);
    if (this.hiddenTracked !== null) this.hiddenTracked.push(o);
  }

  /**
   * track() for the constructors of tuples, lists, dicts (sequences.ts, dict.ts) and instances of classes
   * (typeobject.ts allocInstance), with the GCHead kind of an exact tuple, list or dict (object.ts GCK_*), else
   * GCK_OTHER: a copy of track whose reads of `o.gch` see those four JS classes only (heap.ts ContainerObject;
   * track's see every class: slow generic loads).
   */
  trackExact(o: ContainerObject, kind: number): void {
    let h = o.gch;
    if (h === null) o.gch = h = new GCHead(o, kind);
    else if (h.next !== null) return;
    this.generations[0].append(h);
    if (this.hiddenTracked !== null) this.hiddenTracked.push(o);
  }

  /** _PyObject_GC_UNTRACK (keeps FINALIZED). Untracking an untracked object does nothing. */
  untrack(o: PyObject): void {
    const h = o.gch;
    if (h === null || h.next === null) return;
    this.untrackHead(h);
  }

  /** untrack() for the deallocators of trackExact's objects: their own read of `o.gch` (see there). */
  untrackExact(o: ContainerObject): void {
    const h = o.gch;
    if (h === null || h.next === null) return;
    this.untrackHead(h);
  }

  /** untrack of a tracked object's head */
  private untrackHead(h: GCHead): void {
    unlink(h);
    h.next = null;
    h.prev = null;
    // only a collection leaves heads collecting or unreachable (each is cleared before it ends): an object
    // it frees or untracks must not stay so (a freelist may hand it out again)
    h.unreachable = false;
    h.refs = 0;
    if (this.genHook !== null) this.genHook(h.obj);
  }

  isTracked(o: PyObject): boolean {
    return isTrackedObject(o);
  }

  /** _PyObject_GC_MAY_BE_TRACKED: GC object, and for an exact tuple, currently tracked. */
  mayBeTracked(o: PyObject): boolean {
    return mayBeTrackedWith(this.hooks.isExactTuple, o);
  }

  /** gc.is_finalized */
  isFinalized(o: PyObject): boolean {
    return isGC(o) && (o.gc_flags & GCF.FINALIZED) !== 0;
  }

  /** _PyObject_GC_Link: a GC object was allocated (before it is initialised or tracked). */
  onAlloc(o: PyObject): void {
    // _PyObject_GC_Link clears the GC links: a new JS object has no head, and a freed one was untracked when
    // it was freed (onFree), which clears its head (see untrack)
    // (an instance's attribute values without a dict, objects/dict.ts newInstanceValues, are no GC object in
    // CPython: they are never allocated as an object, so they never come here)
    this.counts[0]++;
    if (this.counts[0] > this.thresholds[0] && this.automaticCollectionDue()) {
      this.scheduleOrCollect({ addr: o.addr, type: o.ob_type.tp_name });
    }
  }

  /**
   * _PyObject_GC_Link of a GC object heapscope does not create: importlib's transient objects during an
   * uncached import (vm/importer.ts replays their allocations and frees, profile.gcImportBuiltin). Counted
   * like onAlloc, and schedules (3.12+) or runs (3.11) the automatic collection the same way (no trigger
   * object: there is none to show); never while an exception is set (`errorSet`: _PyErr_Occurred).
   */
  onUnmodelledAlloc(errorSet: boolean): void {
    this.counts[0]++;
    if (this.counts[0] > this.thresholds[0] && !errorSet && this.automaticCollectionDue()) this.scheduleOrCollect(null);
  }

  /**
   * `n` of the objects counted by onUnmodelledAlloc live on (a builtin module's heap types and their
   * descriptors, vm/importer.ts): from now on they are part of generation 0's virtual population, so
   * collections examine and promote them as CPython does the real ones.
   */
  addVirtualSurvivors(n: number): void {
    if (n > 0) this.virtual[0] += n;
  }

  /**
   * An object counted by onUnmodelledAlloc that CPython's import leaves as cyclic garbage in generation
   * `generation` (vm/importer.ts): the next collection of that generation or an older one finds it.
   */
  addVirtualGarbage(generation = 0): void {
    this.virtualGarbage[generation]++;
  }

  /**
   * heapscope's own code for a module starts to run where CPython's count and collections are replayed
   * instead (vm/importer.ts): until endHidden, objects allocated and freed leave the counts as they were,
   * no automatic collection is scheduled, and the objects tracked are remembered for endHidden. Returns the
   * state endHidden restores.
   */
  beginHidden(): { counts: [number, number, number]; enabled: boolean; pending: boolean; outer: PyObject[] | null } {
    const saved = { counts: this.getCount(), enabled: this.enabled, pending: this.pendingCollection, outer: this.hiddenTracked };
    this.enabled = false;
    this.pendingCollection = false;
    this.hiddenTracked = [];
    return saved;
  }

  /**
   * The end of beginHidden's region: the cyclic garbage heapscope's own module code left (objects tracked
   * in the region, still in generation 0, unreachable from everything else) is freed without a trace — no
   * stats, callbacks, DEBUG output or freelist clearing: CPython's garbage is replayed instead —, the
   * region's surviving objects stay at the young end of generation 0, and the counts become what they were.
   * Returns how many of the region's objects survive there.
   */
  endHidden(saved: { counts: [number, number, number]; enabled: boolean; pending: boolean; outer: PyObject[] | null }): number {
    const tracked = this.hiddenTracked ?? [];
    let survivors = 0;
    this.hiddenTracked = null;
    try {
      const young = new GCList(TEMP);
      for (const o of tracked) {
        const h = o.gch;
        // untracked again, or already moved here (tracked twice in the region)
        if (h === null || h.next === null || h.gen !== 0) continue;
        unlink(h);
        young.append(h);
      }
      if (!young.isEmpty() && !this.collecting) {
        this.collecting = true;
        try {
          this.collectHidden(young);
        } finally {
          this.collecting = false;
        }
      } else young.mergeInto(this.generations[0]);
      survivors = new Set(tracked.filter((o) => o.gch !== null && o.gch.next !== null)).size;
    } finally {
      for (let i = 0; i < NUM_GENERATIONS; i++) this.counts[i] = saved.counts[i];
      this.enabled = saved.enabled;
      this.pendingCollection = saved.pending;
      this.hiddenTracked = saved.outer;
      // an enclosing region keeps the survivors on its list
      if (saved.outer !== null) for (const o of tracked) if (o.gch !== null && o.gch.next !== null) saved.outer.push(o);
    }
    return survivors;
  }

  /** collectMain's deduce_unreachable and garbage deletion for endHidden's objects alone, without a trace. */
  private collectHidden(young: GCList): void {
    const gen0 = this.generations[0];
    const ev: GCCollectionEvent = {
      generation: 0, reason: 'manual', trigger: null, countsBefore: this.getCount(), countsAfter: [0, 0, 0], examined: 0,
      unreachableFound: 0, collected: 0, uncollectable: 0, finalizersRun: 0, resurrected: 0, weakrefCallbacks: 0, freed: [],
      result: 0, promoted: 0,
    };
    const unreachable = new GCList(TEMP);
    this.updateRefs(young);
    this.subtractRefs(young);
    this.moveUnreachable(young, unreachable);
    young.mergeInto(gen0);
    const finalizers = new GCList(TEMP);
    this.moveLegacyFinalizers(unreachable, finalizers);
    this.moveLegacyFinalizerReachable(finalizers);
    this.handleWeakrefs(unreachable, gen0, ev);
    this.finalizeGarbage(unreachable, ev);
    const finalUnreachable = new GCList(TEMP);
    if (ev.finalizersRun === 0 && ev.weakrefCallbacks === 0) unreachable.mergeInto(finalUnreachable);
    else this.handleResurrectedObjects(unreachable, finalUnreachable, gen0);
    this.deleteGarbage(finalUnreachable, gen0);
    finalizers.mergeInto(gen0);
  }

  /** PyObject_GC_Del of such an object. */
  onUnmodelledFree(): void {
    if (this.counts[0] > 0) this.counts[0]--;
  }

  /** _PyObject_GC_Link's other conditions for an automatic collection once count[0] exceeds its threshold. */
  private automaticCollectionDue(): boolean {
    return this.enabled && this.thresholds[0] !== 0 && !this.collecting && !(this.hooks.errOccurred?.() ?? false);
  }

  /** 3.12+: _Py_ScheduleGC (the eval breaker runs it, runPending); 3.11: gc_collect_generations at once. */
  private scheduleOrCollect(trigger: GCFreedObject | null): void {
    if (this.profile.gcAtEvalBreaker) {
      this.pendingCollection = true;
      this.pendingTrigger = trigger;
    } else {
      this.collecting = true;
      try {
        this.collectGenerations(trigger);
      } finally {
        this.collecting = false;
      }
    }
  }

  /** PyObject_GC_Del: the memory of a GC object is being freed. */
  onFree(o: PyObject): void {
    this.untrack(o);
    this.onFreed(o);
  }

  /** onFree of trackExact's objects (heap.ts freeContainerObject; see trackExact). */
  onFreeExact(o: ContainerObject): void {
    this.untrackExact(o);
    this.onFreed(o);
  }

  /** onFree's counting, the object untracked */
  private onFreed(o: PyObject): void {
    if (this.counts[0] > 0) this.counts[0]--;
    // only a listener reads the event's list of frees
    if (this.current !== null && this.listener !== null) this.current.freed.push({ addr: o.addr, type: o.ob_type.tp_name });
  }

  /**
   * The eval breaker saw the GC bit (_Py_HandlePending → _Py_RunGC). Clears the bit and runs the
   * automatic collection. Cheap when nothing is pending: the VM may call it unconditionally.
   */
  runPending(): number {
    if (!this.pendingCollection) return 0;
    this.pendingCollection = false;
    const trigger = this.pendingTrigger;
    this.pendingTrigger = null;
    // 3.13 _Py_RunGC: `if (!gcstate->enabled) return;`  (3.12's has no such check)
    if (this.profile.version === '3.13' && !this.enabled) return 0;
    // 3.12 sets collecting unconditionally; a nested run cannot be scheduled (the scheduling test looks at
    // `collecting`), we guard anyway.
    if (this.collecting) return 0;
    this.collecting = true;
    try {
      return this.collectGenerations(trigger);
    } finally {
      this.collecting = false;
    }
  }

  /**
   * PyErr_CheckSignals' GC part (3.12+): "opportunistically" runs a scheduled collection from C code,
   * without waiting for the eval breaker. PyObject_Str and PyObject_Repr call it first thing, so e.g. the
   * bound `write` method print() allocates can schedule a collection that runs before the text is written.
   * 3.11 collects inside the allocation and has nothing to run here.
   */
  checkSignals(): void {
    if (this.pendingCollection) this.runPending();
  }

  /** gc_collect_generations / gc_select_generation: caller holds `collecting`. */
  private collectGenerations(trigger: GCFreedObject | null): number {
    const gen = this.selectGeneration();
    if (gen < 0) return 0;
    return this.collectWithCallback(gen, 'automatic', trigger);
  }

  /** The oldest generation whose count exceeds its threshold, with the long-lived rule; -1 if none. */
  selectGeneration(): number {
    for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
      if (this.counts[i] > this.thresholds[i]) {
        if (i === NUM_GENERATIONS - 1 && this.longLivedPending < Math.trunc(this.longLivedTotal / 4)) continue;
        return i;
      }
    }
    return -1;
  }

  // ─────────────────────────────────────────────────────────── gc module functions

  /** gc.collect(generation=2). Raises nothing: the binding validates (ValueError "invalid generation"). */
  collect(generation = NUM_GENERATIONS - 1, reason: GCReason = 'manual'): number {
    if (this.collecting) return 0;
    this.collecting = true;
    try {
      return this.collectWithCallback(generation, reason, null);
    } finally {
      this.collecting = false;
    }
  }

  /** message of the ValueError gc.collect raises for `generation`, or null when valid */
  static collectGenerationError(generation: number): string | null {
    return generation < 0 || generation >= NUM_GENERATIONS ? 'invalid generation' : null;
  }

  enable(): void {
    this.enabled = true;
  }
  disable(): void {
    this.enabled = false;
  }
  isEnabled(): boolean {
    return this.enabled;
  }
  getCount(): [number, number, number] {
    return [this.counts[0], this.counts[1], this.counts[2]];
  }
  getThreshold(): [number, number, number] {
    return [this.thresholds[0], this.thresholds[1], this.thresholds[2]];
  }

  /**
   * gc.set_threshold(t0[, t1[, t2]]) with already-converted C ints. The binding converts arguments one
   * by one: on 3.11/3.12 PyArg_ParseTuple stores each converted value straight into the state, so a failure
   * on the second argument leaves threshold0 changed (measured: set_threshold(5, 'x') → (5, 10, 10)); call
   * setThresholdAt(i, v) per converted argument there. 3.13 converts all first (measured: unchanged).
   * Errors (measured): 3.11/3.12 "set_threshold() takes at least 1 argument (0 given)" / "takes at most 3
   * arguments (4 given)"; 3.13 "gc.set_threshold requires 1 to 3 arguments"; non-int: "'str' object
   * cannot be interpreted as an integer"; > 2**31-1: OverflowError "signed integer is greater than maximum",
   * < -2**31 "signed integer is less than minimum". Negative values are accepted.
   */
  setThreshold(t0: number, t1?: number, t2?: number): void {
    this.thresholds[0] = t0;
    if (t1 !== undefined) this.thresholds[1] = t1;
    if (t2 !== undefined) this.thresholds[2] = t2;
  }
  setThresholdAt(i: number, v: number): void {
    this.thresholds[i] = v;
  }
  static setThresholdArgcError(version: string, nargs: number): string | null {
    if (nargs >= 1 && nargs <= 3) return null;
    if (version === '3.13') return 'gc.set_threshold requires 1 to 3 arguments';
    return nargs < 1
      ? `set_threshold() takes at least 1 argument (${nargs} given)`
      : `set_threshold() takes at most 3 arguments (${nargs} given)`;
  }

  getDebug(): number {
    return this.debug;
  }
  setDebug(flags: number): void {
    this.debug = flags;
  }

  /**
   * gc.get_objects(generation=None): borrowed objects in list order (the binding builds the list).
   * null or -1: all three generations (not the permanent one). Errors (measured, all versions):
   * ValueError "generation parameter must be less than the number of available generations (3)",
   * ValueError "generation parameter cannot be negative" (for < -1),
   * TypeError "argument should be integer or None, not 'str'".
   */
  getObjects(generation: number | null = null): PyObject[] {
    if (generation === null || generation === -1) {
      const out: PyObject[] = [];
      for (const g of this.generations) for (const o of g.toArray()) out.push(o);
      return out;
    }
    return this.generations[generation].toArray();
  }
  static getObjectsGenerationError(generation: number): string | null {
    if (generation >= NUM_GENERATIONS)
      return `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`;
    if (generation < -1) return 'generation parameter cannot be negative';
    return null;
  }

  /**
   * gc.get_referrers(*objs): every object in generations 0..2 (list order, youngest first; not the
   * permanent generation) whose tp_traverse visits one of objs. Each referrer appears once.
   */
  getReferrers(objs: PyObject[]): PyObject[] {
    const set = new Set(objs);
    const out: PyObject[] = [];
    for (const g of this.generations) {
      for (const o of g.toArray()) {
        const trav = o.ob_type.tp_traverse;
        if (trav === null) continue;
        let hit = false;
        trav(o, (r) => {
          if (!hit && set.has(r)) hit = true;
        });
        if (hit) out.push(o);
      }
    }
    return out;
  }

  /** gc.get_referents(*objs): tp_traverse order of each GC object (non-GC objects contribute nothing). */
  getReferents(objs: PyObject[]): PyObject[] {
    const out: PyObject[] = [];
    for (const o of objs) {
      if (!isGC(o)) continue;
      const trav = o.ob_type.tp_traverse;
      if (trav === null) continue;
      trav(o, (r) => out.push(r));
    }
    return out;
  }

  /** gc.freeze: all generations into the permanent one, counts zeroed. */
  freeze(): void {
    for (let i = 0; i < NUM_GENERATIONS; i++) {
      this.generations[i].mergeInto(this.permanent);
      this.counts[i] = 0;
      this.virtualPermanent += this.virtual[i];
      this.virtual[i] = 0;
      this.virtualGarbagePermanent += this.virtualGarbage[i];
      this.virtualGarbage[i] = 0;
    }
    this.virtualImmortalGen = NUM_GENERATIONS;
  }
  /** gc.unfreeze: the permanent generation into the oldest. */
  unfreeze(): void {
    this.permanent.mergeInto(this.generations[NUM_GENERATIONS - 1]);
    this.virtual[NUM_GENERATIONS - 1] += this.virtualPermanent;
    this.virtualPermanent = 0;
    this.virtualGarbage[NUM_GENERATIONS - 1] += this.virtualGarbagePermanent;
    this.virtualGarbagePermanent = 0;
    this.virtualImmortalGen = NUM_GENERATIONS - 1;
  }
  getFreezeCount(): number {
    return this.permanent.size() + this.frozenImmortal();
  }
  /** start-up's tracked immortal objects while they are in the permanent generation */
  private frozenImmortal(): number {
    return this.virtualImmortalGen === NUM_GENERATIONS ? this.virtualImmortal : 0;
  }

  /** gc.get_stats() */
  getStats(): GCStatsEntry[] {
    return this.stats.map((s) => ({ ...s }));
  }

  /** generation sizes (gc.get_objects(i) lengths) and the permanent generation's */
  generationSizes(): { gens: [number, number, number]; permanent: number } {
    return {
      gens: [this.generations[0].size(), this.generations[1].size(), this.generations[2].size()],
      permanent: this.permanent.size() + this.frozenImmortal(),
    };
  }

  // ─────────────────────────────────────────────────────────── the collection

  /** gc_collect_with_callback (3.11/3.12); 3.13 invokes the same callbacks from gc_collect_main. */
  private collectWithCallback(generation: number, reason: GCReason, trigger: GCFreedObject | null): number {
    if (reason !== 'shutdown') this.hooks.invokeCallbacks?.('start', generation, 0, 0);
    const r = this.collectMain(generation, reason, trigger);
    if (reason !== 'shutdown') this.hooks.invokeCallbacks?.('stop', generation, r.collected, r.uncollectable);
    return r.collected + r.uncollectable;
  }

  private collectMain(
    generation: number,
    reason: GCReason,
    trigger: GCFreedObject | null,
  ): { collected: number; uncollectable: number } {
    let m = 0; // collected
    let n = 0; // uncollectable
    const ev: GCCollectionEvent = {
      generation,
      reason,
      trigger,
      countsBefore: this.getCount(),
      countsAfter: [0, 0, 0],
      examined: 0,
      unreachableFound: 0,
      collected: 0,
      uncollectable: 0,
      finalizersRun: 0,
      resurrected: 0,
      weakrefCallbacks: 0,
      freed: [],
      result: 0,
      promoted: 0,
    };
    const outer = this.current;
    this.current = ev;
    try {
      if (this.debug & DEBUG_STATS) {
        this.hooks.writeStderr(`gc: collecting generation ${generation}...\n`);
        this.showStatsEachGenerations();
      }
      // update collection and allocation counters
      if (generation + 1 < NUM_GENERATIONS) this.counts[generation + 1] += 1;
      for (let i = 0; i <= generation; i++) this.counts[i] = 0;
      // merge younger generations with the one we are collecting (virtual start-up objects too)
      for (let i = 0; i < generation; i++) {
        this.generations[i].mergeInto(this.generations[generation]);
        this.virtual[generation] += this.virtual[i];
        this.virtual[i] = 0;
      }
      // the imports' replayed garbage in the collected generations (none is finalizable or weakly referenced)
      let virtualDead = 0;
      for (let i = 0; i <= generation; i++) {
        virtualDead += this.virtualGarbage[i];
        this.virtualGarbage[i] = 0;
      }
      const virtualYoung = this.virtual[generation];
      // update_refs moves start-up's immortal objects back to the permanent generation (3.12)
      if (this.virtualImmortalGen <= generation) this.virtualImmortalGen = NUM_GENERATIONS;
      const young = this.generations[generation];
      const old = generation < NUM_GENERATIONS - 1 ? this.generations[generation + 1] : young;
      // list sizes only the event needs are counted only for a listener (each count walks the list)
      const observed = this.listener !== null;
      if (observed) ev.examined = young.size();

      // deduce_unreachable, then untrack_tuples(young): move_unreachable does the latter as it scans
      const unreachable = new GCList(TEMP);
      this.updateRefs(young);
      this.subtractRefs(young);
      this.moveUnreachable(young, unreachable, this.hooks.isExactTuple !== undefined);
      // move reachable objects to the next generation
      if (young !== old) {
        if (observed || generation === NUM_GENERATIONS - 2) ev.promoted = young.size();
        if (generation === NUM_GENERATIONS - 2) this.longLivedPending += ev.promoted + virtualYoung;
        young.mergeInto(old);
        this.virtual[generation + 1] += virtualYoung;
        this.virtual[generation] = 0;
      } else {
        // dicts are untracked only in full collections (bpo-14775)
        this.untrackDicts(young);
        this.longLivedPending = 0;
        this.longLivedTotal = young.size() + virtualYoung;
        ev.promoted = young.size();
      }

      // legacy finalizers (tp_del) and what they reach are uncollectable
      const finalizers = new GCList(TEMP);
      this.moveLegacyFinalizers(unreachable, finalizers);
      this.moveLegacyFinalizerReachable(finalizers);
      if (observed) ev.unreachableFound = unreachable.size() + finalizers.size() + virtualDead;
      if (this.genHook !== null) {
        // they left their generation for the collector's own lists (the trace shows them as 'unreachable')
        for (const o of unreachable.toArray()) this.genHook(o);
        for (const o of finalizers.toArray()) this.genHook(o);
      }

      if (this.debug & DEBUG_COLLECTABLE) {
        for (const o of unreachable.toArray()) this.debugCycle('collectable', o);
      }

      // clear weakrefs and invoke callbacks as necessary
      m += this.handleWeakrefs(unreachable, old, ev);

      // call tp_finalize on objects which have one
      this.finalizeGarbage(unreachable, ev);

      // objects resurrected by finalizers survive; the rest is still garbage
      const before = observed ? unreachable.size() : 0;
      const finalUnreachable = new GCList(TEMP);
      if (ev.finalizersRun === 0 && ev.weakrefCallbacks === 0 && (this.debug & DEBUG_COLLECTABLE) === 0) {
        // No Python code ran since move_unreachable (no finalizer, no weakref callback, no DEBUG_COLLECTABLE
        // write to a sys.stderr the program may have replaced), so no reference count changed: every
        // reference to an unreachable object still comes from the unreachable set, and deduce_unreachable
        // would find them all unreachable again, in the same order, leaving each as it is now (collecting
        // with gc_refs 0, the unreachable bit clear). The list is taken over as it is.
        unreachable.mergeInto(finalUnreachable);
      } else {
        this.handleResurrectedObjects(unreachable, finalUnreachable, old);
      }
      const stillSize = finalUnreachable.size();
      if (observed) ev.resurrected = before - stillSize;

      m += stillSize + virtualDead;
      ev.promoted += ev.resurrected + this.deleteGarbage(finalUnreachable, old);

      ev.promoted += finalizers.size();
      for (const o of finalizers.toArray()) {
        n++;
        if (this.debug & DEBUG_UNCOLLECTABLE) this.debugCycle('uncollectable', o);
      }
      if (this.debug & DEBUG_STATS) {
        this.hooks.writeStderr(`gc: done, ${n + m} unreachable, ${n} uncollectable, 0.0000s elapsed\n`);
      }

      this.handleLegacyFinalizers(finalizers, old);

      // free lists are cleared only by a collection of the oldest generation
      if (generation === NUM_GENERATIONS - 1) this.hooks.clearFreelists();

      const st = this.stats[generation];
      st.collections++;
      st.collected += m;
      st.uncollectable += n;
    } finally {
      this.current = outer;
    }
    ev.collected = m;
    ev.uncollectable = n;
    ev.result = m + n;
    ev.countsAfter = this.getCount();
    if (this.listener !== null) this.listener(ev);
    return { collected: m, uncollectable: n };
  }

  /** show_stats_each_generations */
  private showStatsEachGenerations(): void {
    const s = this.generationSizes();
    this.hooks.writeStderr(
      `gc: objects in each generation: ${s.gens[0]} ${s.gens[1]} ${s.gens[2]}\n` +
        `gc: objects in permanent generation: ${s.permanent}\n`,
    );
  }

  /** debug_cycle: "gc: %s <%s %p>\n" with Py_TYPE(op)->tp_name */
  private debugCycle(msg: string, o: PyObject): void {
    this.hooks.writeStderr(`gc: ${msg} <${o.ob_type.tp_name} 0x${o.addr.toString(16)}>\n`);
  }

  /** deduce_unreachable: update_refs, subtract_refs, move_unreachable */
  private deduceUnreachable(base: GCList, unreachable: GCList): void {
    this.updateRefs(base);
    this.subtractRefs(base);
    this.moveUnreachable(base, unreachable);
  }

  /**
   * update_refs: gc_refs = ob_refcnt, COLLECTING set. Immortal objects leave (3.12: permanent gen; 3.13:
   * untracked). A tracked object that is no GC object (_PyObject_IS_GC false: a static one) is marked too
   * (one field write per object, no type test): CPython's visitors skip it, so its gc_refs stays
   * ob_refcnt > 0 and move_unreachable finds it reachable; here move_unreachable takes it as reachable
   * whatever its gc_refs, which is the same.
   */
  private updateRefs(containers: GCList): void {
    const head = containers.head;
    let h = head.next!;
    while (h !== head) {
      const next = h.next!;
      const o = h.obj;
      const k = h.kind;
      // one read site per kind of head (see GCHead.kind): the first three see one JS class each
      const rc =
        k === GCK_TUPLE
          ? (o as TupleObject).ob_refcnt
          : k === GCK_LIST
            ? (o as ListObject).ob_refcnt
            : k === GCK_DICT
              ? (o as DictObject).ob_refcnt
              : o.ob_refcnt;
      if (rc === IMMORTAL_REFCNT_STORED) {
        // immortal (PyObject.immortal, read directly: this loop sees every GC type)
        if (this.profile.version === '3.12') moveTo(h, this.permanent);
        else this.untrack(o);
        h = next;
        continue;
      }
      h.refs = rc + 1;
      h = next;
    }
  }

  /**
   * subtract_refs: references between objects of the set do not keep them alive. Exact lists, tuples and
   * dicts are visited here, in their tp_traverse's order, without a call per referent (subtractFast).
   */
  private subtractRefs(containers: GCList): void {
    const head = containers.head;
    for (let h = head.next!; h !== head; h = h.next!) {
      const o = h.obj;
      const k = h.kind;
      if (k !== GCK_OTHER) {
        if (subtractKind(o, k)) continue;
      } else if (subtractFast(o)) continue;
      const trav = o.ob_type.tp_traverse;
      if (trav !== null) trav(o, visitDecref);
    }
  }

  /**
   * move_unreachable: see the design note. With `untrackTuples` (a collection's main pass, when the collector
   * has an exact-tuple hook: the runtime's is `ob_type === T.tuple`) it also does the work of
   * untrack_tuples(young), which CPython runs right after it: each reachable exact tuple is offered to
   * _PyTuple_MaybeUntrack once scanned. The answers are the same: the reachable objects end in young in the
   * order they are scanned (one found reachable later is scanned later, at young's tail), so each tuple is
   * asked in untrack_tuples' order and sees the same referents tracked: those scanned before it (in young
   * before it) already had their turn, the others are all still tracked, as in CPython. No pass changes a
   * tracked state otherwise, and an untracked tuple, no longer collecting, is skipped by the visitors as a
   * scanned one is. The tuple's items are asked in the same loop that visits them (reachTuple): visiting
   * moves objects between lists but tracks or untracks none, so the answer is the one asked afterwards.
   */
  private moveUnreachable(young: GCList, unreachable: GCList, untrackTuples = false): void {
    const head = young.head;
    reachableYoung = young;
    let prev = head;
    let h = head.next!;
    while (h !== head) {
      const o = h.obj;
      const k = h.kind;
      // gc_refs > 0 (stored above 1), or no GC object (see updateRefs; a head of a kind is a GC object's)
      if (h.refs > 1 || (k === GCK_OTHER && !isGC(o))) {
        if (untrackTuples && (k === GCK_TUPLE || (k === GCK_OTHER && o.ob_type === T.tuple))) {
          const keep = reachTuple(o as TupleObject);
          h.refs = 0;
          if (!keep) {
            // untracked: it left the list, the scan goes on after `prev`
            this.untrack(o);
            h = prev.next!;
            continue;
          }
        } else {
          if (k !== GCK_OTHER ? !reachKind(o, k) : !reachFast(o)) {
            const trav = o.ob_type.tp_traverse;
            if (trav !== null) trav(o, visitReachable);
          }
          h.refs = 0;
        }
        prev = h;
      } else {
        // may be unreachable: assume it is; visit_reachable moves it back if not
        moveTo(h, unreachable);
        h.unreachable = true;
      }
      h = prev.next!;
    }
    reachableYoung = null;
    // NEXT_MASK_UNREACHABLE is cleared in move_legacy_finalizers; we clear it there too.
  }

  /** untrack_dicts (full collections only; 3.11..3.13) */
  private untrackDicts(head: GCList): void {
    const isDict = this.hooks.isExactDict;
    if (!isDict) return;
    let h = head.head.next!;
    while (h !== head.head) {
      const next = h.next!;
      if (isDict(h.obj)) {
        if ((h.obj as DictObject).embeddedIn !== null) this.maybeUntrackEmbeddedDict(h.obj as DictObject);
        else this.maybeUntrackContainer(h.obj);
      }
      h = next;
    }
  }

  /**
   * _PyDict_MaybeUntrack of a 3.13 dict over values embedded in its instance: it reads the entries themselves,
   * which dict_traverse leaves to the instance (measured: such a dict holding a list stays tracked).
   */
  private maybeUntrackEmbeddedDict(d: DictObject): void {
    if (!isTrackedObject(d)) return;
    const t = d.table;
    for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
      if (this.mayBeTracked(t.valueAt(i) as PyObject)) return;
      if (t.shared === null && this.mayBeTracked(t.keyAt(i) as PyObject)) return;
    }
    this.untrack(d);
  }

  /** _PyTuple_MaybeUntrack / _PyDict_MaybeUntrack: untrack when nothing it refers to may be tracked. */
  private maybeUntrackContainer(o: PyObject): void {
    if (!isTrackedObject(o)) return;
    const trav = o.ob_type.tp_traverse;
    if (trav !== null) {
      // one shared visitor (no closure per container: this runs for every tuple of every collection);
      // tp_traverse runs no Python code, so the scan cannot re-enter
      scanIsTuple = this.hooks.isExactTuple;
      scanFound = false;
      trav(o, visitMayBeTracked);
      scanIsTuple = undefined;
      if (scanFound) return;
    }
    this.untrack(o);
  }

  /** move_legacy_finalizers: clears the unreachable bit on all; tp_del objects go to `finalizers`. */
  private moveLegacyFinalizers(unreachable: GCList, finalizers: GCList): void {
    const has = this.hooks.hasLegacyFinalizer;
    const head = unreachable.head;
    let h = head.next!;
    while (h !== head) {
      const next = h.next!;
      h.unreachable = false;
      if (has?.(h.obj)) {
        h.refs = 0;
        moveTo(h, finalizers);
      }
      h = next;
    }
  }

  /** move_legacy_finalizer_reachable: everything reachable from `finalizers` joins it (list grows). */
  private moveLegacyFinalizerReachable(finalizers: GCList): void {
    const head = finalizers.head;
    const visitMove = (r: PyObject): void => {
      const rh = r.gch;
      if (rh !== null && rh.refs > 0) {
        moveTo(rh, finalizers);
        rh.refs = 0;
      }
    };
    for (let h = head.next!; h !== head; h = h.next!) {
      const o = h.obj;
      const trav = o.ob_type.tp_traverse;
      if (trav !== null) trav(o, visitMove);
    }
  }

  /**
   * handle_weakrefs: clear weakrefs to unreachable objects; returns how many reachable weakrefs with
   * callbacks were freed once their callback ran (CPython adds them to the collected count).
   */
  private handleWeakrefs(unreachable: GCList, old: GCList, ev: GCCollectionEvent): number {
    const wrcbToCall = new GCList(TEMP);
    let numFreed = 0;
    const head = unreachable.head;
    for (let h = head.next!; h !== head; ) {
      const next = h.next!;
      const o = h.obj;
      if (isWeakref(o)) clearRefKeepCallback(o as WeakrefObject);
      // walk o's weakref list: clear each, move reachable ones with callbacks to wrcbToCall
      for (let wr = weakrefListHead(o); wr !== null; wr = weakrefListHead(o)) {
        clearRefKeepCallback(wr);
        if (wr.wr_callback === null) continue;
        // a weakref that is itself trash: its callback must not run
        if (isCollecting(wr)) continue;
        incref(wr);
        // an untracked weakref cannot be moved between lists; CPython's weakrefs are always tracked
        this.track(wr);
        moveTo(wr.gch!, wrcbToCall);
      }
      h = next;
    }
    // invoke the callbacks we decided to honour
    while (!wrcbToCall.isEmpty()) {
      const op = wrcbToCall.first()! as WeakrefObject;
      const callback = op.wr_callback!;
      ev.weakrefCallbacks++;
      try {
        const r = this.hooks.callWeakrefCallback(callback, op);
        decref(r);
      } catch (e) {
        if (e instanceof PyErr) this.hooks.writeUnraisable(e, callback, 'weakref callback');
        else throw e;
      }
      // give up the reference we took; a reachable weakref's memory may be freed now
      decref(op);
      if (wrcbToCall.first() === op) {
        moveTo(op.gch!, old);
      } else {
        numFreed++;
      }
    }
    return numFreed;
  }

  /** finalize_garbage: tp_finalize once per object; the list is consumed front to back through `seen`. */
  private finalizeGarbage(collectable: GCList, ev: GCCollectionEvent): void {
    // usually no object has a finalizer left to call: the list would come back as it is
    const head = collectable.head;
    let p = head.next!;
    while (p !== head && ((p.obj.gc_flags & GCF.FINALIZED) !== 0 || p.obj.ob_type.tp_finalize === null)) p = p.next!;
    if (p === head) return;
    const seen = new GCList(TEMP);
    while (!collectable.isEmpty()) {
      const o = collectable.first()!;
      moveTo(o.gch!, seen);
      const fin = o.ob_type.tp_finalize;
      if ((o.gc_flags & GCF.FINALIZED) === 0 && fin !== null) {
        o.gc_flags |= GCF.FINALIZED;
        incref(o);
        ev.finalizersRun++;
        try {
          fin(o);
        } catch (e) {
          // slot_tp_finalize reports errors itself; an engine finalizer that throws is reported here
          if (e instanceof PyErr) this.hooks.writeUnraisable(e, o, 'finalizer');
          else throw e;
        } finally {
          decref(o);
        }
      }
    }
    seen.mergeInto(collectable);
  }

  /** handle_resurrected_objects */
  private handleResurrectedObjects(unreachable: GCList, stillUnreachable: GCList, oldGeneration: GCList): void {
    // gc_list_clear_collecting
    for (let h = unreachable.head.next!; h !== unreachable.head; h = h.next!) h.refs = 0;
    this.deduceUnreachable(unreachable, stillUnreachable);
    // clear_unreachable_mask
    for (let h = stillUnreachable.head.next!; h !== stillUnreachable.head; h = h.next!) h.unreachable = false;
    unreachable.mergeInto(oldGeneration);
  }

  /** delete_garbage: tp_clear each object (or keep them all in gc.garbage with DEBUG_SAVEALL). Returns the survivors. */
  private deleteGarbage(collectable: GCList, old: GCList): number {
    let survivors = 0;
    while (!collectable.isEmpty()) {
      const o = collectable.first()!;
      if (this.debug & DEBUG_SAVEALL) {
        this.hooks.appendGarbage(o);
      } else {
        const clear = o.ob_type.tp_clear;
        if (clear !== null) {
          incref(o);
          try {
            clear(o);
          } catch (e) {
            if (e instanceof PyErr) this.hooks.writeUnraisable(e, o.ob_type, 'in tp_clear of');
            else throw e;
          } finally {
            decref(o);
          }
        }
      }
      if (collectable.first() === o) {
        // still alive: move it, it may die later
        const h = o.gch!;
        h.refs = 0;
        moveTo(h, old);
        survivors++;
      }
    }
    return survivors;
  }

  /** handle_legacy_finalizers: tp_del objects (all of them with DEBUG_SAVEALL) go to gc.garbage. */
  private handleLegacyFinalizers(finalizers: GCList, old: GCList): void {
    for (const o of finalizers.toArray()) {
      if (this.debug & DEBUG_SAVEALL || (this.hooks.hasLegacyFinalizer?.(o) ?? false)) this.hooks.appendGarbage(o);
    }
    finalizers.mergeInto(old);
  }

  // ─────────────────────────────────────────────────────────── audit helpers (tests, heap panel)

  /** The generation (0..2, 3 = permanent) an object is in, or -1 when untracked. */
  generationOf(o: PyObject): number {
    const h = o.gch;
    return h === null || h.next === null ? -1 : h.gen;
  }
}
