/**
 * str objects. A Python str is held as a JS string (UTF-16); code-point-aware operations live in
 * lib/pystr.ts. Memory layout follows CPython's compact unicode objects:
 *   ASCII:      sizeof(PyASCIIObject) + len + 1                     (3.12: 40 + n + 1)
 *   non-ASCII:  sizeof(PyCompactUnicodeObject) + (len + 1) * kind   (kind 1, 2 or 4 by the max code point)
 * '' and the 256 one-character latin-1 strings are static singletons, as in CPython.
 * Interning: compile-time identifier-like constants and sys.intern results are interned (the table is per
 * runtime); on 3.12+ interned strings are immortal.
 */
import { PyObject, PyType, RT, GCF, IMMORTAL_REFCNT, TPFLAGS, incref, decref, newref, rcTouched, setRefcount } from './object';
import { T } from './types';
import { registerStatic, assignStaticAddr } from './singletons';
import { hashStr, PyHash } from '../lib/pyhash';
import { allocObject, freeObject, allocStrObject, freeStrObject } from '../memory/heap';
import { STARTUP_STRING_NAMES, STARTUP_STRING_STATES } from '../profiles/startup_strings';

/** Any non-ASCII UTF-16 code unit (StrObject's constructor scans code points only when this matches). */
const NON_ASCII = /[\u0080-\uffff]/;

export class StrObject extends PyObject {
  /** cached hash, null until computed */
  hashCache: PyHash | null = null;
  /** 0 not interned, 1 interned (mortal), 2 interned immortal/static */
  interned = 0;
  /** number of code points */
  cplen: number;
  /** CPython kind: 1 (latin-1), 2 (UCS-2), 4 (UCS-4); ascii when all < 128 */
  kind: 1 | 2 | 4;
  ascii: boolean;
  /** `knownAscii`: the caller guarantees `value` is all ASCII (e.g. a concatenation of ASCII strs): no scan. */
  constructor(public value: string, knownAscii = false) {
    super(T.str);
    const s = value;
    // fast path (most strings): all ASCII, found by one regex scan instead of a per-character loop
    if (knownAscii || !NON_ASCII.test(s)) {
      this.cplen = s.length;
      this.ascii = true;
      this.kind = 1;
      return;
    }
    let max = 0;
    let astral = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > max) max = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          astral++;
          i++;
          max = 0x10000;
        }
      }
    }
    this.cplen = s.length - astral;
    this.ascii = max < 128;
    this.kind = max < 256 ? 1 : max < 0x10000 ? 2 : 4;
  }
}

/** Request size of a str object with the active profile (what sys.getsizeof reports, minus nothing). */
export function strSize(o: StrObject): number {
  const sz = RT.profile.sizes;
  return o.ascii ? sz.strAscii + o.cplen + 1 : sz.strCompact + (o.cplen + 1) * o.kind;
}

const EMPTY = new StrObject('');
const LATIN1: StrObject[] = [];
for (let i = 0; i < 256; i++) LATIN1.push(new StrObject(String.fromCharCode(i)));
registerStatic(EMPTY);
for (const o of LATIN1) registerStatic(o);
EMPTY.interned = 2;
for (const o of LATIN1) o.interned = 2;
// statically allocated in CPython: distinct, stable addresses (id("a") != id("b"))
assignStaticAddr(EMPTY, 64);
for (const o of LATIN1) assignStaticAddr(o, 64);

/**
 * The static one-character strings CPython's start-up interned before the latin-1 singleton (see
 * Profile.preInternedChars), one per character, created on first use and shared by the versions.
 */
const PRE_INTERNED_CHARS = new Map<string, StrObject>();
function preInternedChar(ch: string): StrObject {
  let o = preInternedCharIfMade(ch);
  if (o === undefined) {
    o = new StrObject(ch);
    o.interned = 2;
    registerStatic(o);
    assignStaticAddr(o, 64);
    // registerStatic's objects get their per-run refcount from resetStatics; this run's is set here (3.11:
    // the count start-up left it, which static_refcounts.ts gives the objects made before the program)
    const p = RT.profile;
    setRefcount(o, p.immortal ? p.immortalRefcnt : (p.staticRefcounts?.internedChars[ch] ?? p.staticInitialRefcnt));
    PRE_INTERNED_CHARS.set(ch, o);
  }
  return o;
}

/** The separate start-up interned string for `ch` (Profile.preInternedChars) if it was made (borrowed). */
export function preInternedCharIfMade(ch: string): StrObject | undefined {
  return PRE_INTERNED_CHARS.get(ch) ?? STATIC_IDS.get(ch);
}

/** The static one-character str singleton chr(c), c < 256 (borrowed). */
export function latin1Char(c: number): StrObject {
  return LATIN1[c];
}

export const EMPTY_STR = EMPTY;

/** A new str (or a singleton). Returns a new reference. */
export function newStr(s: string): StrObject {
  const n = s.length;
  if (n <= 1) {
    if (n === 0) return newref(EMPTY);
    const c = s.charCodeAt(0);
    if (c < 256) return newref(LATIN1[c]);
  }
  const o = new StrObject(s);
  allocStrObject(o, strSize(o));
  return o;
}

/**
 * A new str object even for one character: for C code that builds its result with PyUnicode_New and
 * writes the characters itself (int's repr, long_to_decimal_string), where no singleton is substituted.
 * The empty string is still the singleton. `knownAscii`: the caller guarantees `s` is all ASCII (no scan).
 * Returns a new reference.
 */
export function newStrFresh(s: string, knownAscii = false): StrObject {
  if (s.length === 0) return newref(EMPTY);
  const o = new StrObject(s, knownAscii);
  allocStrObject(o, strSize(o));
  return o;
}

/**
 * newStr for a string the caller knows is all ASCII (built from ASCII strs): skips the code point scan.
 * Same singletons and allocation as newStr. Returns a new reference.
 */
export function newAsciiStr(s: string): StrObject {
  if (s.length <= 1) return newStr(s);
  const o = new StrObject(s, true);
  allocStrObject(o, strSize(o));
  return o;
}

/**
 * PyUnicode_Append(&left, right) for two exact strs (BINARY_OP_INPLACE_ADD_UNICODE, vm/specialize.ts): steals
 * the caller's reference to `left` and returns a new reference to the result. A `left` nobody else can see
 * (unicode_modifiable: one reference, hash not computed, not interned, exact str) whose layout can hold
 * `right`'s characters (kind not wider, not ASCII + non-ASCII) is resized in place: resize_compact's
 * PyObject_Realloc, which keeps its block while the size class allows and otherwise moves it (a new id).
 * Otherwise a new str is made (PyUnicode_New: never a singleton) before `left` is released.
 */
export function strAppend(left: StrObject, right: StrObject): StrObject {
  if (left === EMPTY) {
    decref(left);
    return newref(right);
  }
  if (right === EMPTY) return left;
  const value = left.value + right.value;
  if (
    left.ob_refcnt === 1 &&
    left.hashCache === null &&
    left.interned === 0 &&
    left.ob_type === T.str &&
    right.kind <= left.kind &&
    !(left.ascii && !right.ascii)
  ) {
    // resize_compact: struct size + (length + 1) * kind, the struct and kind staying those of `left`
    const oldSize = strSize(left);
    const addr = RT.heap.realloc(left.addr, oldSize, oldSize + right.cplen * left.kind);
    left.value = value;
    left.cplen += right.cplen;
    left.addr = addr;
    return left;
  }
  const res = newStrFresh(value, left.ascii && right.ascii);
  decref(left);
  return res;
}

/**
 * Str subclass instances are not compact (PyUnicodeObject with a data pointer): per instance, its object
 * bytes (CPython's tp_basicsize of its class) and the address of its separate character buffer.
 */
const subclassLayout = new WeakMap<StrObject, { objBytes: number; data: number }>();

/**
 * A new instance of str subclass `type` with text `value`, laid out as unicode_subtype_new does: the object
 * (`objBytes`: the class's CPython tp_basicsize; tp_alloc, tracked at once), then its character buffer of
 * (length + 1) * kind bytes (PyObject_Malloc).
 */
export function newSubclassStr(type: PyType, value: string, objBytes: number): StrObject {
  const s = new StrObject(value);
  (s as PyObject).ob_type = type;
  incref(type);
  allocObject(s, objBytes);
  if (type.tp_flags & TPFLAGS.HAVE_GC) RT.gc.track(s); // (a class's instances: see intNew)
  subclassLayout.set(s, { objBytes, data: RT.heap.malloc((s.cplen + 1) * s.kind) });
  return s;
}

export function strDealloc(o: PyObject): void {
  const s = o as StrObject;
  if (s.interned === 1) RT.interned.delete(s.value);
  // an exact str has neither GC head nor pre-header
  if (s.ob_type === T.str) {
    freeStrObject(s, strSize(s));
    return;
  }
  // unicode_dealloc of a subclass instance: its character buffer, then the object (tp_free)
  const lay = subclassLayout.get(s)!;
  subclassLayout.delete(s);
  RT.heap.free(lay.data, (s.cplen + 1) * s.kind);
  freeObject(s, lay.objBytes);
}

export function strHash(o: PyObject): PyHash {
  const s = o as StrObject;
  let h = s.hashCache;
  if (h === null) {
    h = hashStr(s.value);
    s.hashCache = h;
  }
  return h;
}

// str hashing is needed before any bootstrap init stores a name in a dict
T.str.tp_hash = strHash;

/**
 * Intern `s` (steals the caller's reference, returns a new reference to the interned object), as
 * PyUnicode_InternInPlace. `immortal` makes it immortal (3.12+ compile-time interning).
 */
export function intern(s: StrObject, immortal: boolean): StrObject {
  if (s.cplen === 1 && s.kind === 1 && RT.profile.preInternedChars.includes(s.value)) {
    // the latin-1 singleton (or a one-character str): the interned object is CPython's start-up one
    const pre = preInternedChar(s.value);
    if (pre === s) return s;
    incref(pre);
    decref(s);
    return pre;
  }
  const st = STATIC_IDS.get(s.value) ?? lateVisible.get(s.value);
  if (st !== undefined && RT.profile.version === '3.11') {
    // 3.11 does not put its static identifiers in the interned dict: where start-up interned a heap string
    // of the same value first (the builtins' 'True' beside bool_repr's _Py_ID(True)), that one is the
    // interned string, the static one included
    const heap = startupHeapString(s.value);
    if (heap !== null) {
      incref(heap);
      decref(s);
      return heap;
    }
  }
  if (s.interned !== 0) {
    if (immortal && RT.profile.immortal && !s.immortal) immortalizeInterned(s);
    return s;
  }
  if (st !== undefined) {
    // (a new reference, as for every interned result: 3.11 counts references to static strings)
    incref(st);
    decref(s);
    return st;
  }
  const boot = startupString(s.value);
  if (boot !== null) {
    incref(boot);
    decref(s);
    // 3.13 _PyUnicode_InternImmortal of a string the start-up interned mortal: it becomes immortal
    if (immortal && RT.profile.immortal && !boot.immortal) immortalizeInterned(boot);
    return boot;
  }
  const tab = RT.interned;
  const existing = tab.get(s.value);
  if (existing !== undefined) {
    incref(existing);
    decref(s);
    // 3.13 _PyUnicode_InternImmortal of a string interned mortal before: it becomes immortal
    if (immortal && RT.profile.immortal && !existing.immortal) immortalizeInterned(existing);
    return existing;
  }
  tab.set(s.value, s);
  if (immortal && RT.profile.immortal) {
    immortalizeInterned(s);
  } else {
    s.interned = 1;
    // the interned dict holds its references weakly in CPython (refcount adjusted by -2 in 3.11)
  }
  return s;
}

function immortalizeInterned(s: StrObject): void {
  s.interned = 2;
  // a traced str's count changes without incref/decref: the trace recorder compares it again
  if (s.rcw > 0) rcTouched(s);
  setRefcount(s, RT.profile.immortalRefcnt);
}

/** Interned str for an identifier used by the engine (attribute names, dunder names). New reference. */
export function internedStr(name: string): StrObject {
  const hit = RT.interned.get(name);
  if (hit !== undefined) return newref(hit);
  return intern(newStr(name), true);
}

/**
 * Static identifier strings, like CPython's `_Py_ID(name)`: statically allocated, immortal (3.12+), never
 * in the simulated heap. The engine uses them for dunder names and attribute names it stores itself;
 * intern() finds them first, so a program's '__init__' constant is the same object, as in CPython.
 */
const STATIC_IDS = new Map<string, StrObject>();
/**
 * Identifiers first used after the first interpreter set-up of the process (a native module imported by a
 * program) are created once and cached here, but intern() sees them only from the moment the current run
 * uses them: every run then allocates exactly what the process's first run did, whatever earlier runs
 * imported (runs must be reproducible: the heap panel re-runs programs and expects the same ids).
 */
const LATE_IDS = new Map<string, StrObject>();
/** the late identifiers the current run has used (visible to intern()) */
let lateVisible = new Map<string, StrObject>();
let staticIdsFrozen = false;
/** The names of the identifiers made at set-up so far. */
export function staticIdNames(): Set<string> {
  return new Set(STATIC_IDS.keys());
}
/**
 * Make set-up identifiers late ones: the names a native module's static types brought (vm/modules/datetime.ts),
 * which CPython interns only when a program imports that module.
 */
export function makeIdsLate(names: readonly string[]): void {
  for (const n of names) {
    const s = STATIC_IDS.get(n);
    if (s === undefined) continue;
    STATIC_IDS.delete(n);
    LATE_IDS.set(n, s);
  }
}
/** Called when a run starts, once its interpreter is set up (interp.ts runProgram). */
export function freezeStaticIds(): void {
  staticIdsFrozen = true;
  lateVisible = new Map();
  startupVisible = new Map();
}

/**
 * The strings CPython has interned when a program starts (profiles/startup_strings.ts, generated from each
 * interpreter): interning an equal string gives that object, which the program did not allocate. Statically
 * allocated ones (_Py_ID, deep-frozen modules) are immortal (3.12+) or count from 999999999 (3.11); heap ones
 * carry the references the start-up holds (3.12 made them immortal). One object per string and version is
 * created on first use and kept for the process (its address comes from the table, so it is the same
 * whatever ran before); each run sees it from its first use with the start-up refcount.
 */
const STARTUP_OBJECTS = new Map<string, Map<string, StrObject>>();
let startupTables: Map<string, Map<string, { index: number; state: string }>> | null = null;
let startupVisible = new Map<string, StrObject>();
/** statically allocated strings sit in the data segment after the engine's other static objects */
const STARTUP_STRINGS_BASE = 0x55d4a2a1c000 + 0x100000;
let startupOffsets: number[] | null = null;

function startupTable(version: string): Map<string, { index: number; state: string }> {
  startupTables ??= new Map();
  let t = startupTables.get(version);
  if (t === undefined) {
    t = new Map();
    const states = (STARTUP_STRING_STATES[version] ?? '').split(',');
    for (let i = 0; i < STARTUP_STRING_NAMES.length; i++) {
      if (states[i]) t.set(STARTUP_STRING_NAMES[i], { index: i, state: states[i] });
    }
    startupTables.set(version, t);
  }
  return t;
}

function startupAddr(index: number): number {
  if (startupOffsets === null) {
    startupOffsets = [];
    let off = 0;
    for (const n of STARTUP_STRING_NAMES) {
      startupOffsets.push(off);
      // room for the largest str header (3.11's 48 bytes) and the characters, 16-byte aligned: the
      // addresses do not depend on which version ran first in the process
      off += (48 + n.length + 1 + 15) & ~15;
    }
  }
  return STARTUP_STRINGS_BASE + startupOffsets[index];
}

let startupSlots: Map<string, number> | null = null;
/**
 * The start-up table slot a static identifier named `name` may take: none when the name is not in the table
 * or a start-up string object (which has that address) was already made for it.
 */
function startupSlotFor(name: string): number | undefined {
  if (startupSlots === null) {
    startupSlots = new Map();
    for (let i = 0; i < STARTUP_STRING_NAMES.length; i++) startupSlots.set(STARTUP_STRING_NAMES[i], i);
  }
  const slot = startupSlots.get(name);
  if (slot === undefined) return undefined;
  for (const objs of STARTUP_OBJECTS.values()) if (objs.has(name)) return undefined;
  return slot;
}

/** startupString's object when start-up interned `value` as a heap string (not a static one), else null */
function startupHeapString(value: string): StrObject | null {
  const entry = startupTable(RT.profile.version).get(value);
  if (entry === undefined || entry.state[0] === 's' || entry.state === 'i') return null;
  return startupString(value);
}

/** The start-up interned string equal to `value` for this run's version (borrowed), or null. */
function startupString(value: string): StrObject | null {
  const seen = startupVisible.get(value);
  if (seen !== undefined) return seen;
  const version = RT.profile.version;
  const entry = startupTable(version).get(value);
  if (entry === undefined) return null;
  let objs = STARTUP_OBJECTS.get(version);
  if (objs === undefined) {
    objs = new Map();
    STARTUP_OBJECTS.set(version, objs);
  }
  let o = objs.get(value);
  if (o === undefined) {
    o = new StrObject(value);
    o.gc_flags |= GCF.STATIC;
    o.addr = startupAddr(entry.index);
    objs.set(value, o);
  }
  const state = entry.state;
  const p = RT.profile;
  if (state === 'i' && p.immortal) {
    o.interned = 2;
    setRefcount(o, p.immortalRefcnt);
  } else if (state[0] === 's') {
    o.interned = 2;
    o.ob_refcnt = p.staticInitialRefcnt + Number(state.slice(1));
  } else {
    o.interned = 1;
    o.ob_refcnt = Number(state);
  }
  startupVisible.set(value, o);
  return o;
}
export function ID(name: string): StrObject {
  let s = STATIC_IDS.get(name);
  if (s !== undefined) return s;
  s = LATE_IDS.get(name);
  if (s === undefined) {
    s = new StrObject(name);
    s.interned = 2;
    registerStatic(s);
    // An identifier CPython's start-up also has sits at its name's slot of the start-up string table
    // (statically allocated strings are laid out by name in CPython's data segment), not at the next free
    // static address: engine code that adds a static type or identifier must not move it, since a name's
    // address picks its type attribute cache entries (typecache.ts), i.e. which names stay referenced.
    const slot = staticIdsFrozen ? undefined : startupSlotFor(name);
    if (slot !== undefined) s.addr = startupAddr(slot);
    else assignStaticAddr(s, 64);
    setRefcount(s, IMMORTAL_REFCNT);
    if (!staticIdsFrozen) {
      STATIC_IDS.set(name, s);
      return s;
    }
    LATE_IDS.set(name, s);
  }
  if (!lateVisible.has(name)) {
    // its first use in this run (which reset the static objects' counts before it existed): this run's count
    if (lateCountedRun !== RT) {
      lateCountedRun = RT;
      lateCounted = new Set();
    }
    if (!lateCounted.has(s)) {
      lateCounted.add(s);
      if (s.rcw > 0) rcTouched(s);
      setRefcount(s, staticIdStartCount(name));
    }
    lateVisible.set(name, s);
  }
  return s;
}

/** the late identifiers this run has used (their counts are this run's), and the run (Runtime) they belong to */
let lateCounted = new Set<StrObject>();
let lateCountedRun: unknown = null;

/**
 * The count a static identifier starts a run with: immortal (3.12+); on 3.11 999999999, plus the references
 * CPython's start-up holds to it when it is one of CPython's statically allocated strings (start-up table
 * state 's<n>'; the type attribute cache's references, which depend on addresses, are left out).
 */
function staticIdStartCount(name: string): number {
  const p = RT.profile;
  if (p.immortal) return p.immortalRefcnt;
  const entry = startupTable(p.version).get(name);
  return entry !== undefined && entry.state[0] === 's' ? p.staticInitialRefcnt + Number(entry.state.slice(1)) : p.staticInitialRefcnt;
}

/** 3.11: give the identifiers made at set-up their start-up counts (objects/static_refcounts.ts, compile start). */
export function applyStaticIdRefcounts(): void {
  if (RT.profile.immortal) return;
  for (const [name, s] of STATIC_IDS) {
    if (s.rcw > 0) rcTouched(s);
    setRefcount(s, staticIdStartCount(name));
  }
  if (lateCountedRun !== RT) return;
  for (const s of lateCounted) {
    if (s.rcw > 0) rcTouched(s);
    setRefcount(s, staticIdStartCount(s.value));
  }
}
export function staticId(name: string): StrObject | undefined {
  return STATIC_IDS.get(name) ?? lateVisible.get(name);
}

/**
 * A lookup key that is not a Python object the program can see: used to search dicts by a JS string
 * without allocating in the simulated heap. Never store a probe in a container.
 */
const PROBES = new Map<string, StrObject>();
export function probe(name: string): StrObject {
  let p = PROBES.get(name);
  if (p === undefined) {
    p = new StrObject(name);
    setRefcount(p, IMMORTAL_REFCNT);
    p.interned = 2;
    if (PROBES.size < 100000) PROBES.set(name, p);
  }
  return p;
}
