/**
 * CPython's type attribute cache (Objects/typeobject.c: `struct type_cache`, `_PyType_Lookup`), as far as a
 * program can observe it: which name objects the cache keeps alive.
 *
 * The cache is a table of 4096 entries (MCACHE_SIZE_EXP 12). A lookup of `name` on `type` uses entry
 *     MCACHE_HASH_METHOD(type, name) = (tp_version_tag ^ (address of name >> 3)) & 4095        (3.11-3.13)
 * and hits when the entry has the type's version tag and the same name *object*. A miss walks the MRO, gives
 * the type a version tag if it has none (assign_version_tag: a fresh number, then the bases'), and overwrites
 * the entry: `Py_SETREF(entry->name, Py_NewRef(name))`. So every entry holds a strong reference to the last
 * name stored in it: a name string looked up on a type stays alive, and counts one more in sys.getrefcount,
 * until another lookup lands on its entry or the cache is cleared (sys._clear_type_cache(), shutdown).
 * 3.12 makes the names it interns immortal, which hides the count there; run-time strings passed to
 * getattr() still show it on every version.
 * 3.13 (_PyType_LookupRef) computes the entry before assigning the version tag: the first lookup on a type
 * without a tag fills the entry of tag 0 (which later lookups never hit), so the name is held twice once the
 * next lookup has filled the right entry. A 3.13 type stops being cached after 1000 tags (MAX_VERSIONS_PER_CLASS).
 *
 * Version tags: a type's tag is valid until the type is modified (PyType_Modified; typeobject.ts bumps
 * `PyType.version`). Static builtin types get theirs from one counter, heap types from another (3.12+:
 * from _Py_TYPE_BASE_VERSION_TAG; 3.11 has one counter for all), continuing from the tag the first class of
 * a program gets in CPython (measured: profiles/startup_strings.ts). The static types' numbers are not
 * CPython's (its start-up lookups are not replayed), and neither are absolute addresses,
 * which ASLR changes from run to run in CPython itself: which two lookups collide is therefore not
 * reproducible against any particular CPython run, only that they collide as often.
 *
 * Each entry also remembers the value the MRO walk gave for its (type, name) (`values`, for typeobject.ts: a
 * hit then needs no walk and no per-type Map lookup); valid exactly as long as the entry is, since a type's tag
 * changes whenever the type or a base is modified. That is the model's memo only: CPython's entries keep their
 * values too, but which names stay referenced does not depend on them.
 */
import { PyObject, PyType, RT, TPFLAGS, decref, newref } from './object';
import { T } from './types';
import type { StrObject } from './str';
import type { Runtime } from '../vm/runtime';
import { FIRST_HEAP_TYPE_VERSION_TAG } from '../profiles/startup_strings';

const MCACHE_SIZE = 1 << 12;
const MCACHE_MASK = MCACHE_SIZE - 1;
const MCACHE_MAX_ATTR_SIZE = 100;
/** 3.13 MAX_VERSIONS_PER_CLASS */
const MAX_VERSIONS_PER_CLASS = 1000;
/** 3.12+ _Py_TYPE_BASE_VERSION_TAG: the first heap type tag */
const TYPE_BASE_VERSION_TAG = 2 << 16;

interface TagState {
  tag: number;
  /** PyType.version when the tag was assigned: the tag is valid while they are equal */
  ver: number;
  /** tags assigned so far (3.13 tp_versions_used) */
  used: number;
}

class TypeCache {
  readonly versions = new Int32Array(MCACHE_SIZE);
  readonly names: (StrObject | null)[] = new Array(MCACHE_SIZE).fill(null);
  /** the MRO walk's result for each entry's (type, name), borrowed; undefined until typeCacheRemember */
  readonly values: (PyObject | null | undefined)[] = new Array(MCACHE_SIZE).fill(undefined);
  /** the entry the last lookup hit or filled, -1 when it used none (typeCacheEntry) */
  lastEntry = -1;
  readonly tags = new WeakMap<PyType, TagState>();
  nextStaticTag = 1;
  nextHeapTag: number;
  readonly firstHeapTag: number;
  constructor(readonly rt: Runtime) {
    this.nextHeapTag = FIRST_HEAP_TYPE_VERSION_TAG[rt.profile.version] ?? TYPE_BASE_VERSION_TAG;
    this.firstHeapTag = this.nextHeapTag;
  }

  /** The type's valid version tag, or 0. */
  tagOf(tp: PyType): number {
    // the hit path of every attribute lookup: the record memoized on the type, else the WeakMap's
    const st = tp.mcacheOwner === this ? (tp.mcacheState as TagState | null) : this.stateOf(tp);
    return st !== null && st.ver === tp.version ? st.tag : 0;
  }

  /** The type's tag record in this cache (null when it never had a tag), memoized on the type. */
  private stateOf(tp: PyType): TagState | null {
    const st = this.tags.get(tp) ?? null;
    tp.mcacheOwner = this;
    tp.mcacheState = st;
    return st;
  }

  /** assign_version_tag: the type's tag (assigning one, then its bases'), or 0 when it cannot have one. */
  assign(tp: PyType): number {
    let st = this.tags.get(tp);
    if (st !== undefined && st.ver === tp.version) return st.tag;
    const v = this.rt.profile.version;
    if (v === '3.13' && st !== undefined && st.used >= MAX_VERSIONS_PER_CLASS) return 0;
    // static types: tags below the heap types' (3.11's one counter had tagged most of them at start-up)
    let tag: number;
    if (!(tp.tp_flags & TPFLAGS.HEAPTYPE) && (v !== '3.11' || this.nextStaticTag < this.firstHeapTag)) tag = this.nextStaticTag++;
    else tag = this.nextHeapTag++;
    if (st === undefined) {
      st = { tag, ver: tp.version, used: 1 };
      this.tags.set(tp, st);
      tp.mcacheOwner = this;
      tp.mcacheState = st;
    } else {
      st.tag = tag;
      st.ver = tp.version;
      st.used++;
    }
    for (const b of tp.tp_bases) this.assign(b);
    return tag;
  }

  /**
   * The cache part of _PyType_Lookup(tp, name) (the MRO walk is the caller's): on a hit, the value remembered
   * for the entry (undefined when none was); undefined on a miss.
   */
  lookup(tp: PyType, name: StrObject): PyObject | null | undefined {
    this.lastEntry = -1;
    // MCACHE_CACHEABLE_NAME: an exact str of at most 100 code points
    if (name.ob_type !== T.str || name.cplen > MCACHE_MAX_ATTR_SIZE) return undefined;
    let tag = this.tagOf(tp);
    const ptr = Math.floor(name.addr / 8);
    let h = (tag ^ ptr) & MCACHE_MASK;
    if (tag !== 0 && this.versions[h] === tag && this.names[h] === name) {
      this.lastEntry = h;
      return this.values[h];
    }
    if (tag === 0) {
      // 3.13 keeps the entry it computed with the tag the type had before (0)
      const before = h;
      tag = this.assign(tp);
      if (tag === 0) return undefined;
      h = this.rt.profile.version === '3.13' ? before : (tag ^ ptr) & MCACHE_MASK;
    }
    this.versions[h] = tag;
    this.values[h] = undefined;
    this.lastEntry = h;
    const old = this.names[h];
    this.names[h] = newref(name);
    if (old !== null) decref(old);
    return undefined;
  }

  /** type_cache_clear: every entry forgets its version and releases its name. */
  clear(): void {
    for (let i = 0; i < MCACHE_SIZE; i++) {
      this.versions[i] = 0;
      this.values[i] = undefined;
      const old = this.names[i];
      if (old !== null) {
        this.names[i] = null;
        decref(old);
      }
    }
  }
}

const CACHES = new WeakMap<Runtime, TypeCache>();
let current: TypeCache | null = null;

function cacheOf(rt: Runtime): TypeCache {
  if (current !== null && current.rt === rt) return current;
  let c = CACHES.get(rt);
  if (c === undefined) {
    c = new TypeCache(rt);
    CACHES.set(rt, c);
  }
  current = c;
  return c;
}

/**
 * Record a _PyType_Lookup(tp, name) in the current run's type attribute cache. Returns the value
 * typeCacheRemember gave the entry when the lookup hits one that has it, else undefined (the caller walks the
 * MRO, then calls typeCacheRemember with the result).
 */
export function typeCacheLookup(tp: PyType, name: StrObject): PyObject | null | undefined {
  // no run yet (bootstrap): nothing to record
  const rt = RT as Runtime | undefined;
  if (rt === undefined) {
    if (current !== null) current.lastEntry = -1;
    return undefined;
  }
  return cacheOf(rt).lookup(tp, name);
}

/** The entry the last typeCacheLookup hit or filled (-1: none), for typeCacheRemember. */
export function typeCacheEntry(): number {
  return current === null ? -1 : current.lastEntry;
}

/**
 * Keep `v`, the MRO walk's result for (tp, name), in `entry` (typeCacheEntry after its lookup), unless the
 * walk changed what the entry holds (a key's __eq__ in a type dict can run code that looks names up or
 * modifies classes).
 */
export function typeCacheRemember(tp: PyType, name: StrObject, entry: number, v: PyObject | null): void {
  const c = current;
  if (entry < 0 || c === null || c.rt !== RT) return;
  if (c.names[entry] === name && c.versions[entry] === c.tagOf(tp) && c.versions[entry] !== 0) c.values[entry] = v;
}

/** Does `tp` have a valid version tag in the current run's type attribute cache (3.11 / 3.12 Py_TPFLAGS_VALID_VERSION_TAG)? */
export function typeHasVersionTag(tp: PyType): boolean {
  const rt = RT as Runtime | undefined;
  return rt !== undefined && cacheOf(rt).tagOf(tp) !== 0;
}

/** PyType_ClearCache (sys._clear_type_cache(); _PyType_Fini at shutdown): release every cached name. */
export function typeCacheClear(rt: Runtime): void {
  CACHES.get(rt)?.clear();
}

/** The names the run's type cache holds (one reference each), for the heap audit. */
export function typeCacheRoots(rt: Runtime): StrObject[] {
  const c = CACHES.get(rt);
  if (c === undefined) return [];
  return c.names.filter((n): n is StrObject => n !== null);
}
