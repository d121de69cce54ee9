/**
 * The object model's core: PyObject, PyType and reference counting.
 *
 *   PyObject            every Python value; ob_refcnt and ob_type as in CPython, `addr` is id(obj): the
 *                       object's simulated address inside its pymalloc/raw block (after PyGC_Head and the
 *                       pre-header), stable for the object's life.
 *   PyType              a type object. Behaviour lives in slot functions (tp_repr, tp_hash, nb_add, ...) as
 *                       in CPython; Python-visible attributes live in tp_dict. Heap types (classes) get slot
 *                       functions that call their dunder methods (typeobject.ts).
 *
 * Reference ownership follows CPython's conventions, and every engine function documents it:
 *   - a function returning a PyObject returns a NEW reference unless it says "borrowed";
 *   - arguments are BORROWED unless the parameter says "steals".
 * incref/decref are the only way counts change. A count reaching zero deallocates at once (tp_dealloc),
 * which releases the object's references and returns its memory to the simulated allocator.
 *
 * Errors: Python exceptions travel as a thrown `PyErr` (holding one reference to the exception object).
 * A thrown `LimitStop` is a named engine limit (steps, time, memory) that Python code cannot catch.
 */
import type { Runtime } from '../vm/runtime';
import type { PyHash } from '../lib/pyhash';
import type { SharedKeysModel } from './dicttable';
import { DEFAULT_MMAP_TOP, type AddressSpace } from '../memory/address';

/** The runtime currently executing. Runs are synchronous, so one module-level slot suffices. */
export let RT: Runtime = undefined as unknown as Runtime;
export function setRuntime(rt: Runtime): void {
  RT = rt;
}

/** tp_flags bits, CPython's values. */
export const TPFLAGS = {
  MANAGED_DICT: 1 << 4,
  MANAGED_WEAKREF: 1 << 3,
  HEAPTYPE: 1 << 9,
  BASETYPE: 1 << 10,
  HAVE_GC: 1 << 14,
  LONG_SUBCLASS: 1 << 24,
  LIST_SUBCLASS: 1 << 25,
  TUPLE_SUBCLASS: 1 << 26,
  BYTES_SUBCLASS: 1 << 27,
  UNICODE_SUBCLASS: 1 << 28,
  DICT_SUBCLASS: 1 << 29,
  BASE_EXC_SUBCLASS: 1 << 30,
  TYPE_SUBCLASS: 1 << 31,
} as const;

/**
 * GC bookkeeping bits in PyObject.gc_flags. (Whether an object is tracked is whether its GC head is linked
 * into a list, `gch !== null && gch.next !== null`, as CPython's _gc_next != 0: no bit; bit 1 is unused.)
 */
export const GCF = {
  FINALIZED: 2,
  /** set on objects that CPython keeps statically (types, small ints, singletons): never freed */
  STATIC: 4,
  /** object currently sits in a freelist (dead to Python, block still held) */
  FREELISTED: 8,
} as const;

/**
 * What `ob_refcnt` holds for such an object: 2^30 - 1, a V8 small integer. V8 keeps a number property
 * unboxed only while every value stored in it, in any object of the JS class, is a small integer: one
 * 2^32 - 1 (a small int, the empty tuple, an interned str) turned `ob_refcnt` of every int, tuple, str,
 * dict... into a boxed double (one more heap allocation per object, and `gc_refs`, copied from it, too).
 * No count reaches 2^30 (a billion references), so the value is unambiguous and the comparisons code
 * makes (`> 0`, `=== 1`, `> 1`) answer as with 2^32 - 1. Show counts with `refcount`, set them with
 * `setRefcount`.
 */
export const IMMORTAL_REFCNT_STORED = 0x3fffffff;

/**
 * Addresses stored as V8 small integers. A simulated address (above 2^46) in a number field makes V8 give the
 * field its double representation, which boxes the value in a heap number of its own: one more 16-byte
 * allocation per object. So `PyObject.addr` and the buffer addresses of lists and dicts are stored as a code,
 * every address being 16-byte aligned (pymalloc's ALIGNMENT, glibc's MALLOC_ALIGNMENT, the static objects'
 * layout):
 *   code > 0   addr = addrTop - 16 * code   from ADDR_SPLIT up: the mmap area, counted down from the run's
 *                                           mmapTop (arenas, big chunks; every mapping lies below mmapTop)
 *   code < 0   addr = ADDR_LOW - 16 * code  below ADDR_SPLIT: the static objects (interpreter data segment) and
 *                                           the brk heap above them (useAddressSpace checks heapStart)
 *   code = 0   no address
 * The code is a small integer on every V8 build (31 bits with pointer compression, as in Electron) for the
 * 16 GiB below mmapTop and above ADDR_LOW: for every address unless a program maps more than 16 GiB (the
 * default memory limit is 512 MiB). Past that it is the same division, exact all the same (dividing by 16 is
 * exact in binary floating point), only no longer a small integer: V8 then boxes the field of every object of
 * that class, slower but never wrong.
 */
let addrTop = DEFAULT_MMAP_TOP;
/** Below every static object's address (objects/singletons.ts assignStaticAddr, from 0x55d4a281c000). */
const ADDR_LOW = 0x55d4a2000000;
/** The end of the low window (2^30 - 1 codes: small integers on every V8 build). */
const ADDR_SPLIT = ADDR_LOW + 16 * 0x3fffffff;

/**
 * Count the mmap area of the addresses stored from now on from `space`'s mmapTop: the Runtime's heap calls it
 * before it allocates any object (runs are synchronous, one at a time, as RT).
 */
export function useAddressSpace(space: AddressSpace): void {
  if (!(space.heapStart > ADDR_LOW)) {
    throw new RangeError(`AddressSpace: heapStart 0x${space.heapStart.toString(16)} is below the static objects (0x${ADDR_LOW.toString(16)})`);
  }
  addrTop = space.mmapTop;
}

/**
 * The stored code of the (non-zero) address `a`: kept short, V8 inlines it into every allocation path within
 * a small bytecode budget (--max-inlined-bytecode-size-cumulative).
 */
export function encodeAddr(a: number): number {
  const n = ((a >= ADDR_SPLIT ? addrTop : ADDR_LOW) - a) / 16;
  // `| 0` makes it a small integer in every tier (an unboxed number stays a heap number in the interpreter)
  return (n | 0) === n ? n | 0 : n;
}

/** The address whose code `encodeAddr` returned, or 0 for the code 0. */
export function decodeAddr(n: number): number {
  return n > 0 ? addrTop - 16 * n : n < 0 ? ADDR_LOW - 16 * n : 0;
}

export class PyObject {
  ob_refcnt = 1;
  ob_type: PyType;
  /** id() as a small integer (encodeAddr): read and write it as `addr`. */
  addrCode = 0;
  gc_flags = 0;
  /**
   * The object's PyGC_Head (memory/gc.ts): made when the collector first tracks it, kept for the object's
   * life (and its freelist reuses); null for an object never tracked (every non-GC object).
   */
  gch: GCHead | null = null;
  /** __dict__ of instances (and modules, functions, types). */
  dict: PyObject | null = null;
  /**
   * The trace recorder's refcount watch (trace/recorder.ts): slot + 1 while the object is traced and its
   * count unchanged since the recorder last compared it, -(slot + 1) once changed (queued in rcQueue), 0 when
   * not traced. incref/decref queue an object on its first change, so the recorder compares only those.
   */
  rcw = 0;
  constructor(type: PyType) {
    this.ob_type = type;
  }

  /**
   * Immortal (PEP 683, 3.12+; static objects and interned strs): its count is pinned. Stored as the count
   * itself (IMMORTAL_REFCNT_STORED), not a field: one field less on every object, and incref/decref test
   * the count they read anyway. Make an object immortal with `setRefcount(o, IMMORTAL_REFCNT)`.
   */
  get immortal(): boolean {
    return this.ob_refcnt === IMMORTAL_REFCNT_STORED;
  }

  /** id(): simulated address of the object (0 for static objects until given one). */
  get addr(): number {
    return decodeAddr(this.addrCode);
  }

  set addr(a: number) {
    this.addrCode = a === 0 ? 0 : encodeAddr(a);
  }
}

/** GCHead.kind values */
export const GCK_OTHER = 0;
export const GCK_TUPLE = 1;
export const GCK_LIST = 2;
export const GCK_DICT = 3;

/**
 * PyGC_Head: an object's links in the collector's generation lists, with the collector's per-object state
 * (memory/gc.ts owns every field). A class of its own, so that the collector's many accesses are fast
 * single-class property accesses instead of generic lookups on objects of dozens of JS classes.
 */
export class GCHead {
  /** the next and previous heads of the list this one is in; both null while the object is untracked */
  next: GCHead | null = null;
  prev: GCHead | null = null;
  /** the generation (0..2, 3 = permanent, -1 = one of a collection's own lists) of a tracked object */
  gen = 0;
  /** 0, or gc_refs + 1 while a collection examines the object (CPython's PREV_MASK_COLLECTING + gc_refs) */
  refs = 0;
  /** NEXT_MASK_UNREACHABLE: tentatively unreachable during move_unreachable */
  unreachable = false;
  constructor(
    readonly obj: PyObject,
    /**
     * GCK_TUPLE / GCK_LIST / GCK_DICT when `obj` is an exact tuple, list or dict made by its own constructor
     * (sequences.ts, dict.ts), which never changes type; else GCK_OTHER. The collector's passes and those
     * types' allocation paths read the object's fields at sites that see one JS class each (fast monomorphic
     * loads) instead of generic ones that see every class (memory/gc.ts).
     */
    readonly kind: number = GCK_OTHER,
  ) {}
}

/** The count CPython reports for an immortal object (PEP 683, 3.12+): _Py_IMMORTAL_REFCNT, 2^32 - 1. */
export const IMMORTAL_REFCNT = 4294967295;

/** Py_REFCNT: the reference count of `o` as CPython reports it (sys.getrefcount, the trace, the panel). */
export function refcount(o: PyObject): number {
  const c = o.ob_refcnt;
  return c === IMMORTAL_REFCNT_STORED ? IMMORTAL_REFCNT : c;
}

/** Py_SET_REFCNT with a count as CPython reports it (IMMORTAL_REFCNT for an immortal object). */
export function setRefcount(o: PyObject, n: number): void {
  o.ob_refcnt = n === IMMORTAL_REFCNT ? IMMORTAL_REFCNT_STORED : n;
}

// ---------- slot signatures ----------
export type UnaryFunc = (a: PyObject) => PyObject;
export type BinaryFunc = (a: PyObject, b: PyObject) => PyObject;
export type TernaryFunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
/** Vectorcall: args[start .. start+nargs) positional, then len(kwnames) keyword values. All borrowed. */
export type CallFunc = (self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null) => PyObject;
export type RichCmpFunc = (a: PyObject, b: PyObject, op: number) => PyObject;
/** Returns a new reference, or null when the attribute does not exist (the caller raises AttributeError). */
export type GetAttrFunc = (o: PyObject, name: PyObject) => PyObject | null;
/** value null = delete */
export type SetAttrFunc = (o: PyObject, name: PyObject, value: PyObject | null) => void;
/** Returns a new reference or null when exhausted (no StopIteration object is made, as in CPython). */
export type IterNextFunc = (o: PyObject) => PyObject | null;
export type DescrGetFunc = (descr: PyObject, obj: PyObject | null, type: PyObject | null) => PyObject;
export type DescrSetFunc = (descr: PyObject, obj: PyObject, value: PyObject | null) => void;
export type VisitFunc = (o: PyObject) => void;
export type TraverseFunc = (o: PyObject, visit: VisitFunc) => void;
export type LenFunc = (o: PyObject) => number;
/** Returns a hash record to be read at once (it may be a cache or a scratch record owned by the callee). */
export type HashFunc = (o: PyObject) => PyHash;
export type SetItemFunc = (o: PyObject, key: PyObject, value: PyObject | null) => void;
export type ContainsFunc = (o: PyObject, key: PyObject) => boolean;
export type BoolFunc = (o: PyObject) => boolean;
export type NewFunc = (type: PyType, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null) => PyObject;
export type InitFunc = (self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null) => void;

export class PyType extends PyObject {
  tp_name: string;
  tp_basicsize = 16;
  tp_itemsize = 0;
  tp_flags = 0;
  tp_base: PyType | null = null;
  tp_bases: PyType[] = [];
  tp_mro: PyType[] = [];
  /**
   * Heap types: the tuple objects behind tp_bases and tp_mro (owned; they hold the references to the bases
   * and to every class of the MRO, the class itself included — CPython's type cycle). null for static types.
   */
  basesTuple: PyObject | null = null;
  mroTuple: PyObject | null = null;
  /** the type's namespace: a PyDict (set by typeobject.ts) */
  tp_dict: PyObject | null = null;
  /** __module__ for repr of builtins ('builtins' omitted) */
  tp_module = 'builtins';
  tp_qualname = '';
  tp_doc: string | null = null;
  /** subclasses among the static types (made at bootstrap); classes are registered in objects/subclasses.ts */
  tp_subclasses: PyType[] = [];
  /** a heap type's tp_subclasses dict {address: weakref} (objects/subclasses.ts), null until its first subclass */
  subclassesDict: PyObject | null = null;
  /** instances of this (heap) type have a __dict__ */
  hasDict = false;
  /** tp_dictoffset / tp_weaklistoffset as CPython reports them (__dictoffset__, __weakrefoffset__) */
  tp_dictoffset = 0;
  tp_weaklistoffset = 0;
  /** ht_cached_keys: the keys shared by the split `__dict__`s of this heap type's instances (made lazily) */
  cachedKeys: SharedKeysModel | null = null;
  /** __slots__ names in layout order, for member descriptors */
  slotNames: string[] = [];
  /** instance slot count including bases */
  nslots = 0;
  /** the type is a static builtin type (never freed) */
  isStatic = true;
  /** has a non-empty __abstractmethods__ (object.__new__ refuses to instantiate) */
  isAbstract = false;
  /** version tag for attribute caches; bumped whenever the MRO namespace changes */
  version = 0;
  /** _PyType_Lookup's cache for this type (typeobject.ts typeLookup): name → MRO result; null = invalidated */
  lookupCache: Map<string, PyObject | null> | null = null;
  /**
   * The type attribute cache's version-tag record for this type (objects/typecache.ts), memoized here for the
   * cache `mcacheOwner` only (a static type is shared by every run of the process; the cache keeps the records).
   */
  mcacheOwner: object | null = null;
  mcacheState: object | null = null;

  tp_repr: UnaryFunc | null = null;
  tp_str: UnaryFunc | null = null;
  tp_hash: HashFunc | null = null;
  tp_richcompare: RichCmpFunc | null = null;
  tp_getattro: GetAttrFunc | null = null;
  tp_setattro: SetAttrFunc | null = null;
  tp_call: CallFunc | null = null;
  tp_iter: UnaryFunc | null = null;
  tp_iternext: IterNextFunc | null = null;
  tp_descr_get: DescrGetFunc | null = null;
  tp_descr_set: DescrSetFunc | null = null;
  tp_new: NewFunc | null = null;
  tp_init: InitFunc | null = null;
  /** Releases owned references and frees memory. Called when the count reaches zero. */
  tp_dealloc: ((o: PyObject) => void) | null = null;
  tp_traverse: TraverseFunc | null = null;
  tp_clear: ((o: PyObject) => void) | null = null;
  /** PEP 442 finalizer (__del__) */
  tp_finalize: ((o: PyObject) => void) | null = null;

  // number protocol
  nb_add: BinaryFunc | null = null;
  nb_subtract: BinaryFunc | null = null;
  nb_multiply: BinaryFunc | null = null;
  nb_remainder: BinaryFunc | null = null;
  nb_divmod: BinaryFunc | null = null;
  nb_power: TernaryFunc | null = null;
  nb_negative: UnaryFunc | null = null;
  nb_positive: UnaryFunc | null = null;
  nb_absolute: UnaryFunc | null = null;
  nb_bool: BoolFunc | null = null;
  nb_invert: UnaryFunc | null = null;
  nb_lshift: BinaryFunc | null = null;
  nb_rshift: BinaryFunc | null = null;
  nb_and: BinaryFunc | null = null;
  nb_xor: BinaryFunc | null = null;
  nb_or: BinaryFunc | null = null;
  nb_int: UnaryFunc | null = null;
  nb_float: UnaryFunc | null = null;
  nb_floor_divide: BinaryFunc | null = null;
  nb_true_divide: BinaryFunc | null = null;
  nb_index: UnaryFunc | null = null;
  nb_matrix_multiply: BinaryFunc | null = null;
  nb_inplace_add: BinaryFunc | null = null;
  nb_inplace_subtract: BinaryFunc | null = null;
  nb_inplace_multiply: BinaryFunc | null = null;
  nb_inplace_remainder: BinaryFunc | null = null;
  nb_inplace_power: TernaryFunc | null = null;
  nb_inplace_lshift: BinaryFunc | null = null;
  nb_inplace_rshift: BinaryFunc | null = null;
  nb_inplace_and: BinaryFunc | null = null;
  nb_inplace_xor: BinaryFunc | null = null;
  nb_inplace_or: BinaryFunc | null = null;
  nb_inplace_floor_divide: BinaryFunc | null = null;
  nb_inplace_true_divide: BinaryFunc | null = null;
  nb_inplace_matrix_multiply: BinaryFunc | null = null;
  // sequence / mapping protocol
  sq_length: LenFunc | null = null;
  /** sequence concatenation / repetition, used when the number slots give NotImplemented (str, list, tuple...) */
  sq_concat: BinaryFunc | null = null;
  sq_repeat: ((o: PyObject, n: number) => PyObject) | null = null;
  sq_contains: ContainsFunc | null = null;
  mp_subscript: BinaryFunc | null = null;
  mp_ass_subscript: SetItemFunc | null = null;

  constructor(metatype: PyType | null, name: string) {
    super(metatype as PyType);
    this.tp_name = name;
    this.tp_qualname = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : name;
  }
}

// ---------- the error mechanism ----------

/** A Python exception in flight. `exc` is an owned reference to a BaseException instance. */
export class PyErr {
  constructor(readonly exc: PyObject) {}
}

/** A named engine limit; Python code cannot catch it. */
export class LimitStop {
  constructor(
    readonly limit: 'steps' | 'time' | 'memory' | 'output' | 'recursion' | 'trace',
    readonly message: string,
  ) {}
}

// ---------- reference counting ----------

/**
 * Traced objects whose reference count changed since the recorder last compared them: items[0 .. n).
 * Entries past n are stale (the array is not truncated: setting length is slow).
 */
export const rcQueue: { items: PyObject[]; n: number } = { items: [], n: 0 };

/** First count change of a watched object (o.rcw > 0) since the last comparison: queue it. */
export function rcTouched(o: PyObject): void {
  o.rcw = -o.rcw;
  rcQueue.items[rcQueue.n++] = o;
}

/**
 * How many trace recorders watch reference counts (`PyObject.rcw`): while none does, incref/decref do not
 * read `rcw` at all. These helpers see objects of dozens of JS classes, so each field they read is a slow
 * generic (megamorphic) property load, and an object is immortal exactly when its count is
 * IMMORTAL_REFCNT_STORED (PyObject.immortal).
 */
export let rcWatchers = 0;
/** A recorder starts (true) or stops (false) watching reference counts. */
export function setRcWatching(on: boolean): void {
  rcWatchers = Math.max(0, rcWatchers + (on ? 1 : -1));
}

export function incref(o: PyObject): void {
  const c = o.ob_refcnt;
  if (c !== IMMORTAL_REFCNT_STORED) {
    o.ob_refcnt = c + 1;
    if (rcWatchers !== 0 && o.rcw > 0) rcTouched(o);
  }
}

export function xincref(o: PyObject | null): void {
  if (o !== null) incref(o);
}

/** Returns `o` after increfing it: `return newref(x)` reads like CPython's Py_NewRef. */
export function newref<T extends PyObject>(o: T): T {
  incref(o);
  return o;
}

export function decref(o: PyObject): void {
  const c = o.ob_refcnt;
  if (c === IMMORTAL_REFCNT_STORED) return;
  if (rcWatchers !== 0 && o.rcw > 0) rcTouched(o);
  o.ob_refcnt = c - 1;
  if (c === 1) deallocDead(o);
}

export function xdecref(o: PyObject | null): void {
  if (o !== null) decref(o);
}

/**
 * CPython's trashcan: deallocation may cascade (a list freeing its items, which free theirs...). Nested
 * deallocations deeper than TRASHCAN_LIMIT are deferred to a list that is drained when the outermost one
 * finishes, so a chain of a million nodes frees without unbounded JS recursion, in CPython's order.
 */
const TRASHCAN_LIMIT = 50;
let deallocDepth = 0;
let trashDelayed: PyObject[] = [];

export function dealloc(o: PyObject): void {
  if (o.ob_refcnt !== 0) return;
  deallocDead(o);
}

/**
 * dealloc of an object whose count has just reached zero (decref and its written-out copies): without
 * dealloc's test of the count, one generic property load less per deallocation.
 */
/**
 * Whether a deallocation started now runs at once (deallocDead's trashcan test): callers that free an object
 * whose dealloc starts no other (an exact int) call its tp_dealloc directly when it does.
 */
export function deallocRunsNow(): boolean {
  return deallocDepth < TRASHCAN_LIMIT;
}

export function deallocDead(o: PyObject): void {
  if (deallocDepth >= TRASHCAN_LIMIT) {
    trashDelayed.push(o);
    return;
  }
  deallocDepth++;
  try {
    o.ob_type.tp_dealloc!(o);
  } finally {
    deallocDepth--;
  }
  if (deallocDepth === 0 && trashDelayed.length > 0) drainTrash();
}

/** Deallocate what the trashcan deferred, in order (the outermost deallocation has just finished). */
function drainTrash(): void {
  while (trashDelayed.length > 0) {
    const batch = trashDelayed;
    trashDelayed = [];
    for (let i = 0; i < batch.length; i++) {
      deallocDepth++;
      try {
        batch[i].ob_type.tp_dealloc!(batch[i]);
      } finally {
        deallocDepth--;
      }
    }
  }
}

/** Reset module-level dealloc state (between runs, or after a limit stop unwound mid-dealloc). */
export function resetDeallocState(): void {
  deallocDepth = 0;
  trashDelayed = [];
}

export function isType(o: PyObject): o is PyType {
  return o instanceof PyType;
}
