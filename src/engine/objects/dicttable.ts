/**
 * The compact, ordered hash table behind Python's `dict` (CPython 3.11 / 3.12 / 3.13 Objects/dictobject.c).
 *
 * Design note
 * -----------
 * The table mirrors CPython's PyDictObject + PyDictKeysObject so that iteration order, resize points,
 * `sys.getsizeof` and the keys-object allocations happen exactly where CPython's do.  It is generic over the
 * key and value types (`K`, `V`; neither may be `undefined`) and knows nothing of the object model: the caller
 * supplies `DictHooks` (hash, ==, "is this an exact str", and the keys-object allocation hooks).
 *
 * Keys object (`DictKeys`): `log2Size` (dk_log2_size), `log2IndexBytes` (dk_log2_index_bytes), `unicode`
 * (dk_kind: DICT_KEYS_UNICODE when every key is an exact str, else DICT_KEYS_GENERAL), `usable` (dk_usable),
 * `nentries` (dk_nentries), the index table (CPython's is int8 up to 128 slots, int16 up to 2**15, int32
 * above: `log2IndexBytes`; here a plain array of small integers, see IndexArray), and the entries as parallel
 * arrays (keys, values, hash halves as int32s).  DKIX_EMPTY = -1, DKIX_DUMMY = -2.  A deleted entry has
 * key = value = undefined.  The JS arrays always store the hash; CPython's unicode entries do not (the str caches
 * it), which only matters for the byte accounting, done by formula: `keysSize()` = _PyDict_KeysSize =
 * 32 + (1 << log2IndexBytes) + USABLE_FRACTION(size) * (16 if unicode else 24).
 *
 * A new dict shares the immortal empty keys object (`EMPTY_KEYS`, size 1, usable 0, not allocated, not
 * counted by getsizeof).  Rules reproduced:
 *  - first insertion into EMPTY_KEYS allocates an 8-slot keys object (unicode iff the key is an exact str);
 *  - inserting a non-str key into a unicode table first resizes to a general table (even if nothing grows);
 *  - `usable == 0` on insertion triggers `insertion_resize`: new size = calculate_log2_keysize(used * 3).
 *    calculate_log2_keysize is CPython's bit trick `bit_length(((n | 8) - 1) | 7)`, which over-allocates
 *    for sizes like 1..7 -> 16 and 32 -> 64; measured dict.fromkeys(dict) sizes confirm the quirk on all three
 *    versions.  estimate_log2_keysize(n) = calculate_log2_keysize((3n + 1) / 2) presizes;
 *  - deletion leaves DKIX_DUMMY in the index and a hole in the entries; nothing shrinks until a resize;
 *  - popitem removes the last live entry and lowers dk_nentries (but not dk_usable);
 *  - copy(): clone the keys object (a raw PyMem_Malloc, not the dict-keys freelist: hook `how = 'clone'`) when
 *    used >= nentries * 2 / 3, else a compacting merge into a fresh dict;
 *  - merge (dict.update / dict(d) / {**d}): clone when the target is empty and the source is clean and
 *    small or dense; else one up-front resize to estimate_log2_keysize(used + other.used) when needed.
 *
 * Lookups follow `do_lookup`: start at hash & mask, then `perturb >>= 5; i = (i*5 + perturb + 1) & mask` with
 * the full unsigned 64-bit perturb (kept as two halves).  Equality: identity first (`===`), then the stored
 * hash, then either a direct string comparison when both keys are exact strs (CPython's unicode_eq, no user
 * code runs) or `hooks.eq(storedKey, key)` (= PyObject_RichCompareBool(startkey, key, Py_EQ)).  If `eq`
 * mutated the dict (the keys object was replaced or the entry's key changed) the lookup restarts from the
 * top, as CPython does (DKIX_KEY_CHANGED).  Errors thrown by hash/eq propagate unchanged.
 *
 * Iteration: `DictIterator` mirrors dictiter_iternextkey (RuntimeError "dictionary changed size during
 * iteration" when ma_used changed, sticky; "dictionary keys changed during iteration" when a key appears
 * after `len` items were produced), `DictReverseIterator` mirrors reversed(d).
 *
 * Instance dictionaries (split keys), data measured on 3.11.7 / 3.12.1 / 3.13.0 (identical):
 *  - a heap type owns one shared keys object (`ht_cached_keys`): 64 slots, dk_usable starts at 30
 *    (SHARED_KEYS_MAX_SIZE), unicode-only;
 *  - creating an instance decrements the shared dk_usable when it is > 1 (so later instances get smaller
 *    values arrays); adding a new attribute name takes a shared slot (nentries++, usable--) while usable > 0,
 *    otherwise the instance's dict becomes a combined table (dictresize to calculate_log2_keysize(used * 3));
 *  - `sys.getsizeof(obj.__dict__)` of a split dict = 64 + 8 * (nentries + usable) of the shared keys at the
 *    time of the call (the shared keys object itself is not counted: refcount > 1).  Measured: fresh class,
 *    0 to 29 attributes: 296, 288, 280, 272 for the 1st, 2nd, 3rd, 4th instance (28 and 29 attributes: 296 each,
 *    the usable count has hit 0); 30 or more attributes: a combined 128-slot unicode table, 1584.
 *  - `sys.getsizeof(obj)` for `class C: pass`: 56 on 3.11, 48 on 3.12 / 3.13 (3.13 values are inline
 *    after the object and not counted).
 *  `SharedKeysModel` below holds the shared keys; a DictTable with `shared` set is split: it keeps its entries
 *  (lookups, instance order) but counts and converts like a split dict — a new str key takes a shared slot,
 *  a non-str key or full shared keys make it combined (insertion_resize), popitem first resizes it to the
 *  shared size (2**6), clear() drops it to the empty keys (3.13: not while the values are embedded in the
 *  instance), copy() of a split dict is split, and merging never clones a split source's keys.  While split,
 *  the table's own keys objects are `virtual` (JS storage for the entries, never allocated): the shared keys
 *  belong to the class and the values array is allocated by the owner (objects/dict.ts), which the
 *  `onUnsplit` hook tells when the table gets keys of its own.  The index, key and hash arrays of a virtual
 *  keys object come from the class's layouts (`KeysLayout`), shared by the instances that added the same keys
 *  in the same order, until a deletion gives the table arrays of its own.
 */
import { pyError } from '../lib/errors';
import { PyHash } from '../lib/pyhash';

export const DKIX_EMPTY = -1;
export const DKIX_DUMMY = -2;
export const PYDICT_LOG_MINSIZE = 3;
export const PYDICT_MINSIZE = 8;
/** sizeof(PyDictObject) + PyGC_Head: what getsizeof reports for a dict whose keys are not counted. */
export const DICT_OBJECT_SIZE = 64;
const SIZEOF_DICT_KEYS_HEADER = 32;
const SIZEOF_UNICODE_ENTRY = 16;
const SIZEOF_GENERAL_ENTRY = 24;

export interface DictHooks<K> {
  /** PyObject_Hash(key) into `out`; may throw (TypeError: unhashable type ...). */
  hash(key: K, out: PyHash): void;
  /** PyObject_RichCompareBool(a, b, Py_EQ) for non-identical a, b (a is the stored key); may throw or mutate. */
  eq(a: K, b: K): boolean;
  /** The JS string of an exact `str` key, else null (str subclasses and other types). */
  exactStr(key: K): string | null;
  /**
   * Called exactly where CPython allocates a PyDictKeysObject: new_keys_object (`how = 'new'`, eligible for
   * the dict-keys freelist when log2Size == 3 and unicode) or clone_combined_dict_keys (`how = 'clone'`,
   * plain PyMem_Malloc).  Returns an opaque handle kept with the keys object.
   */
  newKeys?(owner: unknown, log2Size: number, unicode: boolean, nbytes: number, how: 'new' | 'clone'): unknown;
  /** Called where CPython frees a keys object (free_keys_object). */
  freeKeys?(owner: unknown, handle: unknown, log2Size: number, unicode: boolean, nbytes: number): void;
  /**
   * A split table stopped sharing its class's keys (dictresize to a combined table, or clear()): called after
   * the new keys are allocated and the old entries released, where CPython frees the old values array.
   */
  onUnsplit?(owner: unknown): void;
  /**
   * A key entered a split table (its name is in the shared keys): a split table's entries own no key
   * references (the shared keys hold one per name), so the caller's reference is dropped, unless `added`:
   * the name was new and the shared keys keep that reference.  After onUnsplit the table owns its keys.
   */
  onSplitKey?(owner: unknown, key: K, added: boolean): void;
}

/**
 * The index table and the hash halves are plain JS arrays of small integers (V8's packed Smi arrays: every
 * value is an int32), not typed arrays: a typed array costs V8 a JSTypedArray, a JSArrayBuffer and its bytes
 * (about 200 bytes and a builtin call, even for 8 slots), a plain array a header and 8 bytes per slot.
 * Measured on bench alloc_containers (3.12 run): the keys objects were 19.5% of all bytes the JS heap
 * allocated.
 */
type IndexArray = number[];
type HashArray = number[];

export class DictKeys<K, V> {
  usable: number;
  nentries = 0;
  /** The index table, the entries' keys and hash halves: a split table's may be a shared layout's (`layout`). */
  indices: IndexArray;
  keys: (K | undefined)[];
  readonly values: (V | undefined)[];
  hashHi: HashArray;
  hashLo: HashArray;
  handle: unknown = null;
  /**
   * Storage of a split table's entries only: CPython keeps them in the class's shared keys and the values
   * array, so this keys object is never allocated (no hooks) and its resizes are not CPython's.
   */
  virtual = false;
  /**
   * A virtual keys object whose index, key and hash arrays are those of a layout of its class's instances
   * (KeysLayout: read only, shared by every instance that added the same keys in the same order), or null
   * when the arrays are its own.  Only `values` is per table then.
   */
  layout: KeysLayout | null = null;

  constructor(
    readonly log2Size: number,
    readonly unicode: boolean,
    empty = false,
    layout: KeysLayout | null = null,
  ) {
    const size = 1 << log2Size;
    const usable = empty ? 0 : usableFraction(size);
    this.usable = usable;
    if (layout !== null) {
      this.layout = layout;
      this.indices = layout.indices;
      this.keys = layout.keys as (K | undefined)[];
      // (fields in the other branches' order: one hidden class for every keys object)
      this.values = undefinedSlots(usable);
      this.hashHi = layout.hashHi;
      this.hashLo = layout.hashLo;
      return;
    }
    const pool = empty ? undefined : STORAGE_POOL[log2Size];
    if (pool !== undefined && pool.length > 0) {
      // the entry storage of a freed keys object of this size, already reset (releaseKeysStorage)
      const s = pool.pop()!;
      this.indices = s.indices;
      this.keys = s.keys as (K | undefined)[];
      this.values = s.values as (V | undefined)[];
      this.hashHi = s.hashHi;
      this.hashLo = s.hashLo;
      return;
    }
    if (log2Size >= 31) pyError('MemoryError', '');
    this.indices = smiSlots(size, DKIX_EMPTY);
    this.keys = undefinedSlots(usable);
    this.values = undefinedSlots(usable);
    this.hashHi = smiSlots(usable, 0);
    this.hashLo = smiSlots(usable, 0);
  }

  get log2IndexBytes(): number {
    return log2IndexBytes(this.log2Size);
  }

  /**
   * Record entry `nentries` (key and hash; the caller stores the value and counts it): in a layout, by
   * moving to the layout with that key added; else in this object's own arrays (insert_combined_dict's
   * find_empty_slot and entry write).
   */
  addEntry(key: K, hhi: number, hlo: number): void {
    const layout = this.layout;
    if (layout !== null) {
      const next = layout.child(key, hhi, hlo);
      if (next !== null) {
        this.layout = next;
        this.indices = next.indices;
        this.keys = next.keys as (K | undefined)[];
        this.hashHi = next.hashHi;
        this.hashLo = next.hashLo;
        return;
      }
      // the class has made as many layouts as it may: this table's arrays become its own
      this.ownArrays();
    }
    writeEntry(this.indices, this.keys, this.hashHi, this.hashLo, this.log2Size, this.nentries, key, hhi, hlo);
  }

  /** Copy the layout's arrays before changing them (a deletion, or too many layouts). */
  ownArrays(): void {
    if (this.layout === null) return;
    this.layout = null;
    this.indices = this.indices.slice();
    this.keys = this.keys.slice();
    this.hashHi = this.hashHi.slice();
    this.hashLo = this.hashLo.slice();
  }

  /** _PyDict_KeysSize: bytes of the keys object allocation. */
  get nbytes(): number {
    return keysSize(this.log2Size, this.unicode);
  }
}

/**
 * Entry n of a keys object's arrays: the key and its hash, and its index in the first EMPTY or DUMMY slot of
 * the probe sequence (find_empty_slot).
 */
function writeEntry<K>(
  idx: IndexArray, keys: (K | undefined)[], hashHi: HashArray, hashLo: HashArray, log2Size: number,
  n: number, key: K, hhi: number, hlo: number,
): void {
  const mask = (1 << log2Size) - 1;
  let i = hlo & mask;
  let phi = hhi;
  let plo = hlo;
  while (idx[i] >= 0) {
    plo = (plo >>> 5) | (phi << 27);
    phi = phi >>> 5;
    i = (i * 5 + (plo >>> 0) + 1) & mask;
  }
  idx[i] = n;
  keys[n] = key;
  hashHi[n] = hhi;
  hashLo[n] = hlo;
}

/**
 * The index, key and hash arrays of a split table that holds `nentries` keys added in one order, shared by
 * every instance of the class that added the same key objects in the same order (most instances of a class
 * set the same attributes in __init__): such an instance's keys object then only has a values array of its
 * own, as in CPython, where the entries live in the class's shared keys.  Model storage only: CPython's
 * allocations and sizes are unchanged.  A layout's arrays never change; a table about to change its arrays
 * otherwise (a deletion) copies them first (DictKeys.ownArrays).  The layouts of a size form a tree rooted at
 * the empty table of that size (SharedKeysModel.rootLayout), each child adding one key.
 */
export class KeysLayout {
  /**
   * The first layout made with one more key, and its key: most classes' instances add their attributes in
   * one order, so this one child is what nearly every lookup wants (no Map lookup per attribute store).
   */
  private firstKey: unknown = undefined;
  private firstChild: KeysLayout | null = null;
  /** the other layouts with one more key, by key object (made on first use) */
  private children: Map<unknown, KeysLayout> | null = null;
  /** Whether the keys are in the order of their names in the shared keys (DictTable.inSharedOrder's cache) */
  inSharedOrder: boolean | undefined = undefined;

  constructor(
    readonly owner: SharedKeysModel,
    readonly log2Size: number,
    readonly nentries: number,
    readonly indices: IndexArray,
    readonly keys: unknown[],
    readonly hashHi: HashArray,
    readonly hashLo: HashArray,
  ) {}

  /** The layout with `key` added as entry `nentries`, or null when the class may not make another one. */
  child(key: unknown, hhi: number, hlo: number): KeysLayout | null {
    if (this.firstKey === key) return this.firstChild;
    let children = this.children;
    if (children !== null) {
      const hit = children.get(key);
      if (hit !== undefined) return hit;
    }
    const owner = this.owner;
    if (owner.layoutCount >= SharedKeysModel.MAX_LAYOUTS) return null;
    owner.layoutCount++;
    const indices = this.indices.slice();
    const keys = this.keys.slice();
    const hashHi = this.hashHi.slice();
    const hashLo = this.hashLo.slice();
    writeEntry(indices, keys, hashHi, hashLo, this.log2Size, this.nentries, key, hhi, hlo);
    const next = new KeysLayout(owner, this.log2Size, this.nentries + 1, indices, keys, hashHi, hashLo);
    if (this.firstChild === null) {
      this.firstKey = key;
      this.firstChild = next;
    } else {
      if (children === null) children = this.children = new Map();
      children.set(key, next);
    }
    return next;
  }
}

/**
 * The JS storage (index array, entry arrays, hash halves) of freed small keys objects, per log2Size, for the
 * next keys object of that size: a short-lived dict then costs no typed-array allocations.  Purely the
 * model's own memory (CPython's allocations are the hooks' business, unchanged); a freed keys object keeps
 * pointing at the storage, which is harmless: every holder of a keys object compares it by identity with the
 * table's current one before reading it (lookups after __eq__, LOAD_GLOBAL's cache).
 */
const STORAGE_POOL_MAX_LOG2 = 5;
/**
 * Storages kept per size: 256 of 8 slots, 128 of 16, 64 of 32. Few on purpose: kept storages become old in
 * V8's heap, and each key and value a reused one receives is then an old-to-young store (the write barrier's
 * slow path) that also keeps young objects alive through scavenges. Measured on bench alloc_containers
 * (cachegrind, 3.12 run): 8192 storages of 8 slots 11.61 G instructions, 256 11.49 G (-1.0%; 64: 11.51 G,
 * none: 11.54 G), bytes promoted by scavenges 27.7 MB -> 22.1 MB.
 */
const STORAGE_POOL_CAP = 256 << PYDICT_LOG_MINSIZE;
const STORAGE_POOL: DictKeys<unknown, unknown>[][] = [];
for (let i = 0; i <= STORAGE_POOL_MAX_LOG2; i++) STORAGE_POOL.push([]);

/** Give the storage of a keys object that is no longer used (freed, or replaced) to the next one of its size. */
function releaseKeysStorage(dk: DictKeys<unknown, unknown>): void {
  if (dk === EMPTY_KEYS) return;
  const pool = STORAGE_POOL[dk.log2Size];
  if (pool === undefined || pool.length >= STORAGE_POOL_CAP >> dk.log2Size) return;
  // plain loops: cheaper than the fill builtins for these small arrays; entries at or after dk_nentries
  // were never written (or were reset when removed)
  const idx = dk.indices;
  for (let i = 0; i < idx.length; i++) idx[i] = DKIX_EMPTY;
  const ks = dk.keys;
  const vs = dk.values;
  for (let i = 0, n = dk.nentries; i < n; i++) {
    ks[i] = undefined;
    vs[i] = undefined;
  }
  pool.push(dk);
}

/** Packed Smi arrays of `len` copies of DKIX_EMPTY and of 0, copied by smiSlots. */
const EMPTY_INDEX_TEMPLATES: number[][] = [];
const ZERO_TEMPLATES: number[][] = [];

/**
 * A fresh packed array of `len` small integers `fill` (DKIX_EMPTY: an index table; 0: hash halves): a copy
 * of a template, which keeps V8's packed Smi kind (new Array(len).fill makes a holey array).
 */
function smiSlots(len: number, fill: number): number[] {
  const templates = fill === 0 ? ZERO_TEMPLATES : EMPTY_INDEX_TEMPLATES;
  let t = templates[len];
  if (t === undefined) {
    t = [];
    for (let i = 0; i < len; i++) t.push(fill);
    // templates only for small tables (the common case); a big one is built once and not kept
    if (len > 256) return t;
    templates[len] = t;
  }
  return t.slice();
}

/** Packed arrays of `len` undefineds, copied by undefinedSlots (a slice is cheaper than new Array(len).fill). */
const UNDEFINED_TEMPLATES: undefined[][] = [];

/** A fresh packed array of `len` undefineds (a keys object's entry keys or values). */
function undefinedSlots<T>(len: number): (T | undefined)[] {
  let t = UNDEFINED_TEMPLATES[len];
  if (t === undefined) {
    t = [];
    for (let i = 0; i < len; i++) t.push(undefined);
    // templates only for small tables (the common case); a big one is built once and not kept
    if (len > 128) return t;
    UNDEFINED_TEMPLATES[len] = t;
  }
  return t.slice();
}

const EMPTY_KEYS: DictKeys<any, any> = new DictKeys(0, true, true);

export function usableFraction(n: number): number {
  return Math.floor((n * 2) / 3);
}

function bitLength(n: number): number {
  return n === 0 ? 0 : 32 - Math.clz32(n);
}

/** CPython's calculate_log2_keysize (including its over-allocation quirk for sizes not >= 8 | bit 3). */
export function calculateLog2Keysize(minsize: number): number {
  if (minsize >= 0x40000000) {
    let l = PYDICT_LOG_MINSIZE;
    while (2 ** l < minsize) l++;
    return l;
  }
  const m = (minsize | PYDICT_MINSIZE) - 1;
  return bitLength(m | (PYDICT_MINSIZE - 1));
}

export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

export function log2IndexBytes(log2Size: number): number {
  if (log2Size < 8) return log2Size;
  if (log2Size < 16) return log2Size + 1;
  if (log2Size >= 32) return log2Size + 3;
  return log2Size + 2;
}

/** _PyDict_KeysSize for a combined keys object. */
export function keysSize(log2Size: number, unicode: boolean): number {
  // every allocation and free of a keys object asks: the small sizes come from a table
  if (log2Size < KEYS_SIZE_CACHED) return (unicode ? KEYS_SIZE_UNICODE : KEYS_SIZE_GENERAL)[log2Size];
  return computeKeysSize(log2Size, unicode);
}

function computeKeysSize(log2Size: number, unicode: boolean): number {
  return (
    SIZEOF_DICT_KEYS_HEADER +
    2 ** log2IndexBytes(log2Size) +
    usableFraction(2 ** log2Size) * (unicode ? SIZEOF_UNICODE_ENTRY : SIZEOF_GENERAL_ENTRY)
  );
}

/** keysSize of log2Size 0 .. KEYS_SIZE_CACHED - 1, per kind */
const KEYS_SIZE_CACHED = 24;
const KEYS_SIZE_UNICODE: number[] = [];
const KEYS_SIZE_GENERAL: number[] = [];
for (let i = 0; i < KEYS_SIZE_CACHED; i++) {
  KEYS_SIZE_UNICODE.push(computeKeysSize(i, true));
  KEYS_SIZE_GENERAL.push(computeKeysSize(i, false));
}

/** Minimal view of a set the dict needs for dict.fromkeys(set) (implemented by SetTable). */
export interface SetEntrySource<K> {
  readonly used: number;
  /** Slot count (mask + 1). */
  readonly slotCount: number;
  /** The key at slot i when the slot is active, else undefined. */
  activeKeyAt(i: number): K | undefined;
  hashHiAt(i: number): number;
  hashLoAt(i: number): number;
}

const H = new PyHash();

export class DictTable<K, V> {
  /** ma_used */
  used = 0;
  /** ma_keys */
  dk: DictKeys<K, V> = EMPTY_KEYS;
  /** The key object removed by the last delete()/pop() (CPython decrefs the stored key, not the argument). */
  lastKey: K | undefined = undefined;
  /**
   * A split table (an instance `__dict__`, or a copy of one) shares its class's keys: the shared keys
   * model, else null.  The entries still live in this table (lookups and order are the same); what the split
   * state changes is `sys.getsizeof` and the point where the table becomes combined (see the design note).
   */
  get shared(): SharedKeysModel | null {
    return this.sharedKeys;
  }
  /** Sharing holds a reference to the shared keys (dictkeys_incref / dictkeys_decref). */
  set shared(v: SharedKeysModel | null) {
    const old = this.sharedKeys;
    if (v === old) return;
    if (v !== null) v.refs++;
    this.sharedKeys = v;
    if (old !== null) old.release();
  }
  private sharedKeys: SharedKeysModel | null = null;
  /** 3.13: the values are embedded in the instance, so clear() keeps the table split. */
  clearKeepsSplit = false;

  constructor(
    readonly hooks: DictHooks<K>,
    /** Passed to the allocation hooks (the owning dict object). */
    public owner: unknown = null,
  ) {}

  /**
   * Become a new empty table again (a fresh table's state) when this one holds nothing, as its dict's
   * deallocation leaves it; false (nothing changed) otherwise. The dict freelist's reuse of a dict object
   * reuses its table this way (objects/dict.ts newDict): no new JS object per reused dict.
   */
  restart(): boolean {
    const dk = this.dk;
    if (this.used !== 0 || this.sharedKeys !== null || (dk !== EMPTY_KEYS && !dk.virtual)) return false;
    // a 3.13 table whose clear() kept it split ends with a virtual keys object: storage only, never allocated
    this.dk = EMPTY_KEYS;
    this.lastKey = undefined;
    this.clearKeepsSplit = false;
    return true;
  }

  // ------------------------------------------------------------ construction helpers

  /** dict_new_presized(minused, unicode): `_PyDict_NewPresized` / BUILD_MAP sizing. */
  static newPresized<K, V>(hooks: DictHooks<K>, minused: number, unicode: boolean, owner: unknown = null): DictTable<K, V> {
    const d = new DictTable<K, V>(hooks, owner);
    if (minused <= usableFraction(PYDICT_MINSIZE)) return d;
    const log2 = minused > usableFraction(1 << 17) ? 17 : estimateLog2Keysize(minused);
    d.dk = d.allocKeys(log2, unicode, 'new');
    return d;
  }

  /** _PyDict_FromItems: BUILD_MAP / BUILD_CONST_KEY_MAP with n pairs (hashes computed left to right). */
  static fromItems<K, V>(hooks: DictHooks<K>, keys: readonly K[], values: readonly V[], owner: unknown = null): DictTable<K, V> {
    let unicode = true;
    for (let i = 0; i < keys.length; i++) {
      if (hooks.exactStr(keys[i]) === null) {
        unicode = false;
        break;
      }
    }
    const d = DictTable.newPresized<K, V>(hooks, keys.length, unicode, owner);
    for (let i = 0; i < keys.length; i++) d.set(keys[i], values[i]);
    return d;
  }

  /** dict.fromkeys(src_dict, value) for an exact dict source (dict_dict_fromkeys). `this` must be new. */
  fromKeysOfDict(src: DictTable<K, unknown>, value: V): this {
    const newSize = Math.max(estimateLog2Keysize(src.used), this.dk.log2Size);
    this.resize(newSize, src.dk.unicode);
    const sk = src.dk;
    for (let i = 0; i < sk.nentries; i++) {
      if (sk.values[i] === undefined) continue;
      this.insertKnownHash(sk.keys[i] as K, sk.hashHi[i], sk.hashLo[i], value);
    }
    return this;
  }

  /** dict.fromkeys(src_set, value) for an exact set/frozenset source (dict_set_fromkeys). `this` must be new. */
  fromKeysOfSet(src: SetEntrySource<K>, value: V): this {
    this.resize(estimateLog2Keysize(src.used), false);
    for (let i = 0; i < src.slotCount; i++) {
      const k = src.activeKeyAt(i);
      if (k === undefined) continue;
      this.insertKnownHash(k, src.hashHiAt(i), src.hashLoAt(i), value);
    }
    return this;
  }

  // ------------------------------------------------------------ size accounting

  get size(): number {
    return this.used;
  }

  /** sys.getsizeof(d) for a combined table (identical in 3.11, 3.12, 3.13). */
  sizeOf(): number {
    if (this.shared !== null) return DICT_OBJECT_SIZE + this.shared.valuesSize();
    return this.dk === EMPTY_KEYS ? DICT_OBJECT_SIZE : DICT_OBJECT_SIZE + this.dk.nbytes;
  }

  /**
   * What _PyDict_SizeOf adds to the dict object: the keys object when the dict owns it, or for a split
   * table the values array (8 bytes per usable shared slot; the shared keys belong to the class).
   */
  sizeofStorage(): number {
    return this.shared !== null ? this.shared.valuesSize() : this.keysAllocationSize();
  }

  /** Bytes of the current keys-object allocation (0 for the shared empty keys). */
  keysAllocationSize(): number {
    return this.dk === EMPTY_KEYS ? 0 : this.dk.nbytes;
  }

  get usesEmptyKeys(): boolean {
    return this.dk === EMPTY_KEYS;
  }

  // ------------------------------------------------------------ allocation

  private allocKeys(log2Size: number, unicode: boolean, how: 'new' | 'clone'): DictKeys<K, V> {
    if (log2Size >= 31) pyError('MemoryError', '');
    const shared = this.shared;
    if (shared !== null) {
      // a split table's storage: a new table (resize) starts from its class's empty layout of that size; a
      // clone writes the arrays itself
      const dk = new DictKeys<K, V>(log2Size, unicode, false, how === 'new' ? shared.rootLayout(log2Size) : null);
      dk.virtual = true;
      return dk;
    }
    const dk = new DictKeys<K, V>(log2Size, unicode);
    const h = this.hooks.newKeys;
    if (h) dk.handle = h(this.owner, log2Size, unicode, dk.nbytes, how);
    return dk;
  }

  private freeKeys(dk: DictKeys<K, V>): void {
    if (dk === EMPTY_KEYS || dk.virtual) return;
    const f = this.hooks.freeKeys;
    if (f) f(this.owner, dk.handle, dk.log2Size, dk.unicode, dk.nbytes);
    // a split table's (virtual) keys may still be read through another table (3.13: an instance's
    // embedded values and its materialised dict), so only a combined table's storage is recycled
    releaseKeysStorage(dk);
  }

  // ------------------------------------------------------------ lookup

  /**
   * _Py_dict_lookup with a known hash: the entry index of `key`, or DKIX_EMPTY.  May call hooks.eq (which may
   * throw or mutate this dict; the lookup then restarts).
   */
  lookupKnownHash(key: K, hhi: number, hlo: number): number {
    for (;;) {
      const dk = this.dk;
      const mask = (1 << dk.log2Size) - 1;
      const idx = dk.indices;
      const ks = dk.keys;
      const hh = dk.hashHi;
      const hl = dk.hashLo;
      let i = hlo & mask;
      let phi = hhi;
      let plo = hlo;
      let restart = false;
      for (;;) {
        const ix = idx[i];
        if (ix >= 0) {
          const ek = ks[ix] as K;
          if (ek === key) return ix;
          if (hl[ix] === hlo && hh[ix] === hhi) {
            // equal hashes, different objects: two exact strs compare by value (unicode_eq, no user code)
            const hooks = this.hooks;
            const estr = hooks.exactStr(ek);
            const skey = estr !== null ? hooks.exactStr(key) : null;
            if (skey !== null) {
              if (estr === skey) return ix;
            } else {
              // PyObject_RichCompareBool, out of line: it may run code that changes the table
              const cmp = this.keysEqual(dk, ix, ek, key);
              if (cmp > 0) return ix;
              if (cmp < 0) {
                restart = true;
                break;
              }
            }
          }
        } else if (ix === DKIX_EMPTY) {
          return DKIX_EMPTY;
        }
        plo = (plo >>> 5) | (phi << 27);
        phi = phi >>> 5;
        i = (i * 5 + (plo >>> 0) + 1) & mask;
      }
      if (!restart) return DKIX_EMPTY;
    }
  }

  /**
   * do_lookup's comparison of entry `ix` of `dk` (stored key `ek`, same hash, not both exact strs) with `key`
   * through hooks.eq: 1 equal, 0 not, -1 when the comparison changed the table (the lookup restarts).
   */
  private keysEqual(dk: DictKeys<K, V>, ix: number, ek: K, key: K): number {
    const cmp = this.hooks.eq(ek, key);
    if (this.dk !== dk || dk.keys[ix] !== ek) return -1;
    return cmp ? 1 : 0;
  }

  /** Hash `key` with the hook (may throw) and look it up. */
  lookup(key: K): number {
    this.hooks.hash(key, H);
    return this.lookupKnownHash(key, H.hi, H.lo);
  }

  get(key: K): V | undefined {
    const ix = this.lookup(key);
    return ix >= 0 ? this.dk.values[ix] : undefined;
  }

  getKnownHash(key: K, hhi: number, hlo: number): V | undefined {
    const ix = this.lookupKnownHash(key, hhi, hlo);
    return ix >= 0 ? this.dk.values[ix] : undefined;
  }

  has(key: K): boolean {
    return this.lookup(key) >= 0;
  }

  /** lookdict_index: the slot holding entry `index`. */
  private slotOfIndex(dk: DictKeys<K, V>, hhi: number, hlo: number, index: number): number {
    const mask = (1 << dk.log2Size) - 1;
    const idx = dk.indices;
    let i = hlo & mask;
    let phi = hhi;
    let plo = hlo;
    for (;;) {
      const ix = idx[i];
      if (ix === index) return i;
      if (ix === DKIX_EMPTY) return DKIX_EMPTY;
      plo = (plo >>> 5) | (phi << 27);
      phi = phi >>> 5;
      i = (i * 5 + (plo >>> 0) + 1) & mask;
    }
  }

  // ------------------------------------------------------------ insertion

  /**
   * d[key] = value.  Returns the replaced value, or undefined when the key was new (then the table keeps
   * `key`; when replacing, the table keeps its stored key and the caller drops its reference to `key`).
   */
  set(key: K, value: V): V | undefined {
    this.hooks.hash(key, H);
    return this.setKnownHash(key, H.hi, H.lo, value);
  }

  setKnownHash(key: K, hhi: number, hlo: number, value: V): V | undefined {
    if (this.dk === EMPTY_KEYS && this.shared === null) {
      this.insertToEmpty(key, hhi, hlo, value);
      return undefined;
    }
    return this.insertKnownHash(key, hhi, hlo, value);
  }

  /** insertdict() */
  private insertKnownHash(key: K, hhi: number, hlo: number, value: V): V | undefined {
    if (this.dk.unicode && this.hooks.exactStr(key) === null) {
      if (this.shared !== null) this.unsplit(calculateLog2Keysize(this.used * 3), false);
      else this.insertionResize(false);
    }
    const ix = this.lookupKnownHash(key, hhi, hlo);
    if (ix === DKIX_EMPTY) {
      if (this.shared !== null) this.addSharedKey(key);
      this.insertCombined(key, hhi, hlo, value);
      this.used++;
      return undefined;
    }
    const dk = this.dk;
    const old = dk.values[ix];
    dk.values[ix] = value;
    return old;
  }

  /**
   * A split table's d[key] = value for an exact str `key` whose name is in its shared keys (the caller's
   * insert_into_dictkeys, as _PyObject_StoreInstanceAttribute's): insertKnownHash without addSharedKey, so the
   * entry of a new key owns no reference to it (what onSplitKey's caller arranges). Returns the replaced
   * value, or undefined when the key was new.
   */
  setSplitName(key: K, value: V): V | undefined {
    this.hooks.hash(key, H);
    const hhi = H.hi,
      hlo = H.lo;
    const ix = this.lookupKnownHash(key, hhi, hlo);
    if (ix === DKIX_EMPTY) {
      // a first key: the keys of the smallest size, as insertCombined's resize from the empty keys makes them
      if (this.dk === EMPTY_KEYS) this.dk = this.allocKeys(PYDICT_LOG_MINSIZE, true, 'new');
      this.insertCombined(key, hhi, hlo, value);
      this.used++;
      return undefined;
    }
    const dk = this.dk;
    const old = dk.values[ix];
    dk.values[ix] = value;
    return old;
  }

  /** insert_to_emptydict() */
  private insertToEmpty(key: K, hhi: number, hlo: number, value: V): void {
    const unicode = this.hooks.exactStr(key) !== null;
    const dk = this.allocKeys(PYDICT_LOG_MINSIZE, unicode, 'new');
    dk.indices[hlo & (PYDICT_MINSIZE - 1)] = 0;
    dk.keys[0] = key;
    dk.values[0] = value;
    dk.hashHi[0] = hhi;
    dk.hashLo[0] = hlo;
    dk.usable--;
    dk.nentries++;
    this.used++;
    this.dk = dk;
  }

  /** insert_combined_dict() */
  private insertCombined(key: K, hhi: number, hlo: number, value: V): void {
    if (this.dk.usable <= 0) this.insertionResize(true);
    const dk = this.dk;
    const n = dk.nentries;
    if (dk.layout !== null) dk.addEntry(key, hhi, hlo);
    else writeEntry(dk.indices, dk.keys, dk.hashHi, dk.hashLo, dk.log2Size, n, key, hhi, hlo);
    dk.values[n] = value;
    dk.usable--;
    dk.nentries = n + 1;
  }

  /** A new key for a split table: it takes a shared slot, or (shared keys full) the table becomes combined. */
  private addSharedKey(key: K): void {
    const name = this.hooks.exactStr(key);
    const shared = this.shared!;
    if (name !== null && shared.indexOf(name, true, key) >= 0) {
      this.hooks.onSplitKey?.(this.owner, key, shared.lastAdded);
      return;
    }
    this.unsplit(calculateLog2Keysize(this.used * 3), name !== null);
  }

  /** dictresize() of a split table: it gets a keys object of its own and stops sharing. */
  private unsplit(log2NewSize: number, unicode: boolean): void {
    this.shared = null;
    this.clearKeepsSplit = false;
    this.resize(log2NewSize, unicode);
    this.hooks.onUnsplit?.(this.owner);
  }

  private insertionResize(unicode: boolean): void {
    this.resize(calculateLog2Keysize(this.used * 3), unicode);
  }

  /** dictresize(): a new keys object of 2**log2NewSize slots holding the live entries in order. */
  resize(log2NewSize: number, unicode: boolean): void {
    const old = this.dk;
    if (!old.unicode) unicode = false;
    const nk = this.allocKeys(log2NewSize, unicode, 'new');
    const n = this.used;
    if (nk.layout !== null) {
      // a split table's new keys: the live entries in order, through the class's layouts
      const nv = nk.values;
      let src = 0;
      for (let j = 0; j < n; j++) {
        while (old.values[src] === undefined) src++;
        nk.addEntry(old.keys[src] as K, old.hashHi[src], old.hashLo[src]);
        nv[j] = old.values[src];
        nk.nentries = j + 1;
        src++;
      }
      this.dk = nk;
      this.freeKeys(old);
      nk.usable -= n;
      return;
    }
    const ok = old.keys,
      ov = old.values,
      oh = old.hashHi,
      ol = old.hashLo;
    const nkk = nk.keys,
      nv = nk.values,
      nh = nk.hashHi,
      nl = nk.hashLo;
    const mask = (1 << log2NewSize) - 1;
    const idx = nk.indices;
    let src = 0;
    for (let j = 0; j < n; j++) {
      while (ov[src] === undefined) src++;
      const hhi = oh[src],
        hlo = ol[src];
      nkk[j] = ok[src];
      nv[j] = ov[src];
      nh[j] = hhi;
      nl[j] = hlo;
      src++;
      // build_indices
      let i = hlo & mask;
      let phi = hhi;
      let plo = hlo;
      while (idx[i] !== DKIX_EMPTY) {
        plo = (plo >>> 5) | (phi << 27);
        phi = phi >>> 5;
        i = (i * 5 + (plo >>> 0) + 1) & mask;
      }
      idx[i] = j;
    }
    this.dk = nk;
    this.freeKeys(old);
    nk.usable -= n;
    nk.nentries = n;
  }

  /**
   * dict.setdefault(key, default): returns the existing value, or `dflt` after inserting it
   * (this.lastInserted is true in that case).
   */
  lastInserted = false;
  setdefault(key: K, dflt: V): V {
    this.hooks.hash(key, H);
    const hhi = H.hi,
      hlo = H.lo;
    this.lastInserted = false;
    if (this.dk === EMPTY_KEYS && this.shared === null) {
      this.insertToEmpty(key, hhi, hlo, dflt);
      this.lastInserted = true;
      return dflt;
    }
    if (this.hooks.exactStr(key) === null && this.dk.unicode) {
      if (this.shared !== null) this.unsplit(calculateLog2Keysize(this.used * 3), false);
      else this.insertionResize(false);
    }
    const ix = this.lookupKnownHash(key, hhi, hlo);
    if (ix === DKIX_EMPTY) {
      if (this.shared !== null) this.addSharedKey(key);
      this.insertCombined(key, hhi, hlo, dflt);
      this.used++;
      this.lastInserted = true;
      return dflt;
    }
    return this.dk.values[ix] as V;
  }

  // ------------------------------------------------------------ deletion

  /** del d[key] / PyDict_DelItem: returns the removed value (stored key in lastKey), undefined if missing. */
  delete(key: K): V | undefined {
    this.hooks.hash(key, H);
    return this.deleteKnownHash(key, H.hi, H.lo);
  }

  deleteKnownHash(key: K, hhi: number, hlo: number): V | undefined {
    const ix = this.lookupKnownHash(key, hhi, hlo);
    if (ix < 0) return undefined;
    return this.deleteAt(ix, hhi, hlo);
  }

  /** dict.pop(key): like delete(), but an empty dict answers "missing" without hashing (as CPython does). */
  pop(key: K): V | undefined {
    if (this.used === 0) return undefined;
    return this.delete(key);
  }

  /** delitem_common() */
  private deleteAt(ix: number, hhi: number, hlo: number): V {
    const dk = this.dk;
    dk.ownArrays();
    const slot = this.slotOfIndex(dk, hhi, hlo, ix);
    this.used--;
    dk.indices[slot] = DKIX_DUMMY;
    const oldValue = dk.values[ix] as V;
    this.lastKey = dk.keys[ix];
    dk.keys[ix] = undefined;
    dk.values[ix] = undefined;
    return oldValue;
  }

  /** dict.popitem(): the last live (key, value); KeyError when empty. */
  popitem(): [K, V] {
    if (this.used === 0) pyError('KeyError', 'popitem(): dictionary is empty');
    // a split table is made combined first, at the shared keys' size
    if (this.shared !== null) this.unsplit(SharedKeysModel.LOG2_SIZE, true);
    const dk = this.dk;
    dk.ownArrays();
    let i = dk.nentries - 1;
    while (i >= 0 && dk.values[i] === undefined) i--;
    const key = dk.keys[i] as K;
    const value = dk.values[i] as V;
    const j = this.slotOfIndex(dk, dk.hashHi[i], dk.hashLo[i], i);
    dk.indices[j] = DKIX_DUMMY;
    dk.keys[i] = undefined;
    dk.values[i] = undefined;
    dk.nentries = i;
    this.used--;
    return [key, value];
  }

  /**
   * dict.clear(): the dict switches to the empty keys first, then `onEntry` sees every old (key, value) in
   * entry order (where CPython decrefs them; `ownsKey` is false for a split table's entries, whose keys are
   * the shared keys'), then the old keys object is freed.
   */
  clear(onEntry?: (key: K, value: V, ownsKey: boolean) => void): void {
    // a split table switches to the empty keys (3.13 keeps values embedded in the instance split)
    const shared = this.shared;
    const unsplit = shared !== null && !this.clearKeepsSplit;
    if (unsplit) this.shared = null;
    const old = this.dk;
    if (old !== EMPTY_KEYS) {
      this.dk = EMPTY_KEYS;
      this.used = 0;
      if (onEntry) {
        if (shared === null) {
          for (let i = 0; i < old.nentries; i++) {
            const v = old.values[i];
            if (v !== undefined) onEntry(old.keys[i] as K, v, true);
          }
        } else {
          // a split table's values array is indexed by the shared keys: released in that order, not the
          // instance's insertion order (usually the same: then no sorting)
          if (this.inSharedOrder(shared, old)) {
            for (let i = 0; i < old.nentries; i++) {
              const v = old.values[i];
              if (v !== undefined) onEntry(old.keys[i] as K, v, false);
            }
          } else {
            const order: number[] = [];
            for (let i = 0; i < old.nentries; i++) if (old.values[i] !== undefined) order.push(i);
            order.sort((i, j) => this.sharedIndexOf(shared, old.keys[i] as K) - this.sharedIndexOf(shared, old.keys[j] as K));
            for (const i of order) onEntry(old.keys[i] as K, old.values[i] as V, false);
          }
        }
      }
      this.freeKeys(old);
    }
    if (unsplit) this.hooks.onUnsplit?.(this.owner);
  }

  /** The index of a split table's key in the shared keys. */
  private sharedIndexOf(shared: SharedKeysModel, key: K): number {
    return shared.indexOf(this.hooks.exactStr(key) ?? '', false);
  }

  /**
   * Are the live entries of `dk`, a split table's keys, in the order of their names in `shared`?  Asked once
   * per layout (its answer never changes: a layout's keys are fixed and a name keeps its shared index), else
   * by looking each name up.
   */
  private inSharedOrder(shared: SharedKeysModel, dk: DictKeys<K, V>): boolean {
    const layout = dk.layout;
    if (layout !== null && layout.owner === shared && layout.inSharedOrder !== undefined) return layout.inSharedOrder;
    let sorted = true;
    for (let i = 0, prev = -1; i < dk.nentries && sorted; i++) {
      if (dk.values[i] === undefined) continue;
      const at = this.sharedIndexOf(shared, dk.keys[i] as K);
      if (at < prev) sorted = false;
      prev = at;
    }
    // a layout's entries are all live (a deletion gives the table arrays of its own)
    if (layout !== null && layout.owner === shared) layout.inSharedOrder = sorted;
    return sorted;
  }

  /** Free the keys object when the dict itself is deallocated (dict_dealloc). */
  dispose(): void {
    const unsplit = this.shared !== null;
    this.shared = null;
    if (unsplit) this.hooks.onUnsplit?.(this.owner);
    const old = this.dk;
    this.dk = EMPTY_KEYS;
    this.used = 0;
    this.freeKeys(old);
  }

  // ------------------------------------------------------------ copy / merge

  /** clone_combined_dict_keys */
  private cloneKeysFrom(src: DictKeys<K, V>): DictKeys<K, V> {
    const dk = this.allocKeys(src.log2Size, src.unicode, 'clone');
    const di = dk.indices;
    const si = src.indices;
    for (let i = 0; i < si.length; i++) di[i] = si[i];
    for (let i = 0; i < src.nentries; i++) {
      dk.keys[i] = src.keys[i];
      dk.values[i] = src.values[i];
      dk.hashHi[i] = src.hashHi[i];
      dk.hashLo[i] = src.hashLo[i];
    }
    dk.usable = src.usable;
    dk.nentries = src.nentries;
    return dk;
  }

  /** dict.copy() (PyDict_Copy). */
  copy(owner: unknown = null): DictTable<K, V> {
    const nd = new DictTable<K, V>(this.hooks, owner);
    if (this.used === 0) return nd;
    if (this.used >= Math.floor((this.dk.nentries * 2) / 3)) {
      nd.dk = nd.cloneKeysFrom(this.dk);
      nd.used = this.used;
      return nd;
    }
    nd.merge(this, 1);
    return nd;
  }

  /**
   * dict_dict_merge(self, other, override): dict.update(other) (override 1), {**a, **b} / PyDict_Merge
   * (override 0 keeps existing), override 2 calls `onDuplicate(key)` for a key already present (the caller
   * raises its KeyError / TypeError there).  RuntimeError "dict mutated during update" like CPython.
   */
  merge(other: DictTable<K, V>, override: 0 | 1 | 2, onDuplicate?: (key: K) => never): void {
    if (other === this || other.used === 0) return;
    if (this.used === 0) {
      override = 1;
      const ok = other.dk;
      // clone only a clean combined source (a split one's keys are shared)
      if (
        other.shared === null &&
        other.used === ok.nentries &&
        (ok.log2Size === PYDICT_LOG_MINSIZE || usableFraction((1 << ok.log2Size) / 2) < other.used)
      ) {
        const keys = this.cloneKeysFrom(ok);
        const old = this.dk;
        this.dk = keys;
        this.freeKeys(old);
        this.used = other.used;
        return;
      }
    }
    if (usableFraction(1 << this.dk.log2Size) < other.used) {
      this.resize(estimateLog2Keysize(this.used + other.used), other.dk.unicode);
    }
    const origSize = other.dk.nentries;
    let pos = 0;
    for (;;) {
      const ok = other.dk;
      const n = ok.nentries;
      while (pos < n && ok.values[pos] === undefined) pos++;
      if (pos >= n) break;
      const key = ok.keys[pos] as K;
      const value = ok.values[pos] as V;
      const hhi = ok.hashHi[pos],
        hlo = ok.hashLo[pos];
      pos++;
      if (override === 1) {
        this.insertKnownHash(key, hhi, hlo, value);
      } else {
        const ix = this.lookupKnownHash(key, hhi, hlo);
        if (ix < 0) this.insertKnownHash(key, hhi, hlo, value);
        else if (override === 2 && onDuplicate) onDuplicate(key);
      }
      if (origSize !== other.dk.nentries) pyError('RuntimeError', 'dict mutated during update');
    }
  }

  // ------------------------------------------------------------ entry access (PyDict_Next style)

  /** Number of entry slots in use (dk_nentries); live entries are those with a value. */
  get entryCount(): number {
    return this.dk.nentries;
  }

  /** _PyDict_Next: index of the first live entry at or after `pos`, or -1. */
  nextIndex(pos: number): number {
    const dk = this.dk;
    const n = dk.nentries;
    const vs = dk.values;
    while (pos < n && vs[pos] === undefined) pos++;
    return pos < n ? pos : -1;
  }

  keyAt(i: number): K {
    return this.dk.keys[i] as K;
  }

  valueAt(i: number): V {
    return this.dk.values[i] as V;
  }

  /** Replace the value of live entry i (no resize, like PyDict_SetItem on an existing key). */
  setValueAt(i: number, v: V): void {
    this.dk.values[i] = v;
  }

  hashAt(i: number, out: PyHash): PyHash {
    out.hi = this.dk.hashHi[i];
    out.lo = this.dk.hashLo[i];
    return out;
  }

  *keys(): IterableIterator<K> {
    const it = new DictIterator(this);
    for (let i = it.next(); i >= 0; i = it.next()) yield this.dk.keys[i] as K;
  }

  /** Snapshot of the live (key, value) pairs in order (tests, debugging). */
  items(): [K, V][] {
    const out: [K, V][] = [];
    const dk = this.dk;
    for (let i = 0; i < dk.nentries; i++) {
      if (dk.values[i] !== undefined) out.push([dk.keys[i] as K, dk.values[i] as V]);
    }
    return out;
  }
}

/** dictiter_iternextkey / value / item: yields entry indices. */
export class DictIterator<K, V> {
  private d: DictTable<K, V> | null;
  private diUsed: number;
  private pos = 0;
  /** Remaining items (di->len), also __length_hint__. */
  len: number;

  constructor(d: DictTable<K, V>) {
    this.d = d;
    this.diUsed = d.used;
    this.len = d.used;
  }

  /** The next live entry index, or -1 when exhausted; throws RuntimeError as CPython does. */
  next(): number {
    const d = this.d;
    if (d === null) return -1;
    if (this.diUsed !== d.used) {
      this.diUsed = -1; // sticky
      pyError('RuntimeError', 'dictionary changed size during iteration');
    }
    const dk = d.dk;
    const n = dk.nentries;
    let i = this.pos;
    while (i < n && dk.values[i] === undefined) i++;
    if (i >= n) {
      this.d = null;
      return -1;
    }
    if (this.len === 0) {
      this.d = null;
      pyError('RuntimeError', 'dictionary keys changed during iteration');
    }
    this.pos = i + 1;
    this.len--;
    return i;
  }

  lengthHint(): number {
    return this.d !== null && this.diUsed === this.d.used ? this.len : 0;
  }
}

/** dictreviter_iternext (reversed(d)). */
export class DictReverseIterator<K, V> {
  private d: DictTable<K, V> | null;
  private diUsed: number;
  private pos: number;
  len: number;

  constructor(d: DictTable<K, V>) {
    this.d = d;
    this.diUsed = d.used;
    this.len = d.used;
    this.pos = d.used === 0 ? -1 : d.dk.nentries - 1;
  }

  next(): number {
    const d = this.d;
    if (d === null) return -1;
    if (this.diUsed !== d.used) {
      this.diUsed = -1;
      pyError('RuntimeError', 'dictionary changed size during iteration');
    }
    let i = this.pos;
    if (i < 0) {
      this.d = null;
      return -1;
    }
    const vs = d.dk.values;
    while (vs[i] === undefined) {
      if (--i < 0) {
        this.d = null;
        return -1;
      }
    }
    this.pos = i - 1;
    this.len--;
    return i;
  }
}

/**
 * The shared keys of a heap type's instances (3.11-3.13 `ht_cached_keys`), for getsizeof(obj.__dict__)
 * while the instance dict is split.  Model only (no values storage); rules in the module design note.
 */
export class SharedKeysModel {
  static readonly LOG2_SIZE = 6;
  static readonly MAX_SIZE = 30;
  nentries = 0;
  usable = SharedKeysModel.MAX_SIZE;
  readonly names: string[] = [];
  /** The key objects (one reference each, held for the class), parallel to `names` */
  readonly keys: unknown[] = [];
  /** Whether the last indexOf() added its name */
  lastAdded = false;
  /** Holders: the class and every split table using these keys */
  refs = 0;
  /** Called with the key objects when the last holder lets go (the owner releases their references) */
  onRelease: ((keys: unknown[]) => void) | null = null;
  /** The split tables' layouts (KeysLayout), by log2Size of their tables; how many this class has made */
  private layouts: (KeysLayout | undefined)[] = [];
  layoutCount = 0;
  /** At most this many layouts per class (instances adding attributes in many orders own their arrays) */
  static readonly MAX_LAYOUTS = 512;

  /** dictkeys_decref: the last holder frees the keys, which release their names. */
  release(): void {
    if (--this.refs > 0) return;
    const keys = this.keys.splice(0);
    this.layouts = [];
    this.onRelease?.(keys);
  }

  /** The layout of an empty split table of 2 ** log2Size slots. */
  rootLayout(log2Size: number): KeysLayout {
    let root = this.layouts[log2Size];
    if (root === undefined) {
      const size = 1 << log2Size;
      const usable = usableFraction(size);
      root = new KeysLayout(this, log2Size, 0, smiSlots(size, DKIX_EMPTY), undefinedSlots(usable), smiSlots(usable, 0), smiSlots(usable, 0));
      this.layouts[log2Size] = root;
    }
    return root;
  }

  /** Bytes of the shared keys allocation (new_keys_object(6, unicode)). */
  static readonly NBYTES = keysSize(SharedKeysModel.LOG2_SIZE, true);

  /** shared_keys_usable_size: the capacity a values array made now gets (nentries + usable). */
  get capacity(): number {
    return this.nentries + this.usable;
  }

  /** An instance's values are being created: returns the values capacity (nentries + usable, after the decrement). */
  onNewInstance(): number {
    if (this.usable > 1) this.usable--;
    return this.nentries + this.usable;
  }

  /**
   * Index of `name` in the shared keys, adding it (with its key object `key`, whose reference the caller
   * hands over) if there is room; -1 when full (dict becomes combined).  Sets `lastAdded`.
   */
  indexOf(name: string, add: boolean, key: unknown = null): number {
    this.lastAdded = false;
    const i = this.names.indexOf(name);
    if (i >= 0 || !add) return i;
    if (this.usable <= 0) return -1;
    this.lastAdded = true;
    this.names.push(name);
    this.keys.push(key);
    this.nentries++;
    this.usable--;
    return this.nentries - 1;
  }

  /** The values part of a split dict's getsizeof: shared_keys_usable_size(keys) * sizeof(PyObject *). */
  valuesSize(): number {
    return 8 * (this.nentries + this.usable);
  }
}
