/**
 * _ctypes (CPython's Modules/_ctypes), as far as the refcount idioms of tutorials need it: the simple C types
 * and pointers, read-only views of the memory heapscope models, and nothing that touches the machine.
 * The ctypes package over it is Python (stdlib/ctypes), as CPython's: its classes c_long, c_int... are
 * Python subclasses of _SimpleCData whose `_type_` names the C type.
 *
 * Instances (CDataObject, basicsize 96 in 3.11 to 3.13): PyObject_HEAD, b_ptr, b_needsfree, b_base, b_size,
 * b_length, b_index, b_objects, then b_value (the 16-byte union at offset 80) that holds the value of every
 * type here (PyCData_MallocBuffer uses it when the type's size fits): no buffer besides the object's block.
 * `c_int(5)` owns its value (b_ptr = its own b_value); `from_address(a)` and a pointer's `.contents` are views
 * (b_ptr = a, b_needsfree 0) that read the memory at `a` each time `.value` is read.
 *
 * Memory heapscope models, read through a view (readMemory): an object's header at its id (ob_refcnt at +0 as
 * CPython stores it, 2^32 - 1 for 3.12+'s immortal objects; ob_type at +8), the fields below (ob_size and
 * the digits of an int, a float's ob_fval, the items of a tuple, a list's ob_size / ob_item / allocated and
 * its item array, the size and bytes of a bytes object, the length of a str, ma_used of a dict) and the
 * b_value of ctypes' own objects. Any other address raises heapscope's limit error instead of a made-up
 * number. Writes through a view reach only ctypes' own objects (`pointer(c).contents.value = 9`); other
 * memory is read-only in the sandbox. The object at an address comes from an index of the live objects by
 * address (AddrIndex), built by a walk of the heap from the roots and rebuilt when a lookup misses.
 *
 * The classes' metaclasses are PyCSimpleType and PyCPointerType (from_address lives there, as in CPython);
 * 3.13's common base CType_Type and the larger class objects it makes are not modelled.
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, newref, xdecref, refcount } from '../../objects/object';
import { None, NotImplemented, IntObject } from '../../objects/singletons';
import { T } from '../../objects/types';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { newInt, newFloat, newBool, FloatObject, floatValueOf } from '../../objects/numbers';
import { TupleObject, ListObject, newTuple } from '../../objects/sequences';
import { DictObject, newDict, dictSetStr, dictGetItem, dictSetItem } from '../../objects/dict';
import { BytesObject, newBytesFrom } from '../../objects/bytesobject';
import { onBootstrap, defineMethods, defineGetSets, typeLookup } from '../../objects/typeobject';
import { ndigits } from '../../lib/intops';
import { registerWeakrefable } from '../../objects/weakref';
import { forEachRef } from '../../memory/audit';
import { RT_EXT } from '../rtext';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { kwCount, oneArg } from '../args';
import { nativeType, allocNative, freeNative, moduleFn, pyMinor } from './nativetype';

const CDATA_SIZE = 96;
/** offsetof(CDataObject, b_value) */
const VALUE_OFFSET = 80;
const GC = TPFLAGS.HAVE_GC;
const BASE = TPFLAGS.BASETYPE;

// the metaclasses of the ctypes classes (CPython keeps the C type's StgDict in their instances' dicts)
const SIMPLE_META = nativeType('_ctypes.PyCSimpleType', T.type.tp_basicsize, T.type.tp_flags, T.type);
const POINTER_META = nativeType('_ctypes.PyCPointerType', T.type.tp_basicsize, T.type.tp_flags, T.type);
const CDATA_TYPE = nativeType('_ctypes._CData', CDATA_SIZE, GC | BASE);
const SIMPLE_TYPE = nativeType('_ctypes._SimpleCData', CDATA_SIZE, GC | BASE, CDATA_TYPE);
const POINTER_TYPE = nativeType('_ctypes._Pointer', CDATA_SIZE, GC | BASE, CDATA_TYPE);

class CDataObject extends PyObject {
  /** b_value: the object's own 16 bytes (also a view's, unused) */
  readonly buf = new Uint8Array(16);
  /** b_needsfree: the object's value is its own b_value; else it is a view of the memory at `view` */
  owns = true;
  /** b_ptr of a view (from_address, a pointer's contents) */
  view = 0;
  /** b_base (a pointer's contents keep their pointer) */
  base: PyObject | null = null;
  /** b_objects: the objects this one keeps alive (py_object's value, a pointer's dict of targets) */
  objects: PyObject | null = null;
  /** the object a view last read (a hint for the next read, not a reference) */
  hint: PyObject | null = null;
}

/** The C type of a ctypes class: a simple type's code (its `_type_`), or a pointer type's target. */
interface CInfo {
  code: string;
  size: number;
  /** pointer types: the type pointed to */
  target: PyType | null;
}

/** The simple types' codes and sizes (x86-64 Linux, as CPython's formattable table). */
const SIMPLE_SIZES: Record<string, number> = {
  c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8, P: 8, O: 8,
};
const SIGNED = 'bhilq';

const infoCache = new WeakMap<PyType, CInfo>();

/** The C type of a ctypes class (its `_type_`, looked up along the MRO), or null for a class that has none. */
function cinfo(tp: PyType): CInfo | null {
  const cached = infoCache.get(tp);
  if (cached !== undefined) return cached;
  if (!isSubtype(tp, CDATA_TYPE)) return null;
  const t = typeLookup(tp, '_type_');
  let info: CInfo | null = null;
  if (isSubtype(tp, POINTER_TYPE)) {
    if (t instanceof PyType) info = { code: 'P', size: 8, target: t };
  } else if (t instanceof StrObject && SIMPLE_SIZES[t.value] !== undefined) {
    info = { code: t.value, size: SIMPLE_SIZES[t.value], target: null };
  }
  if (info !== null) infoCache.set(tp, info);
  return info;
}

function isSubtype(tp: PyType, base: PyType): boolean {
  return tp.tp_mro.includes(base);
}

function infoOf(o: CDataObject): CInfo {
  const info = cinfo(o.ob_type);
  if (info === null) raise(E.TypeError, 'abstract class');
  return info;
}

/** b_ptr */
function bPtr(o: CDataObject): number {
  return o.owns ? o.addr + VALUE_OFFSET : o.view;
}

// ------------------------------------------------------------------ the modelled memory

/** A field of an object's memory heapscope models: its offset from the object's id and its bytes. */
type Field = [offset: number, bytes: Uint8Array];

function u64(v: number | bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, BigInt(v)), true);
  return b;
}

function u32(v: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, v >>> 0, true);
  return b;
}

/** An int's 30-bit digits, least significant first (at least one: the struct has ob_digit[1]). */
function digitsOf(v: number | bigint): number[] {
  let m = BigInt(v);
  if (m < 0n) m = -m;
  const out: number[] = [];
  while (m > 0n) {
    out.push(Number(m & 0x3fffffffn));
    m >>= 30n;
  }
  if (out.length === 0) out.push(0);
  return out;
}

/** The fields of `o` heapscope models (offsets from its id), per version. */
function fieldsOf(o: PyObject): Field[] {
  const f: Field[] = [
    [0, u64(refcount(o))],
    [8, u64(o.ob_type.addr)],
  ];
  if (o instanceof IntObject) {
    const v = o.value;
    const nd = ndigits(v);
    const neg = typeof v === 'number' ? v < 0 : v < 0n;
    const zero = typeof v === 'number' ? v === 0 : v === 0n;
    // 3.11: ob_size, the signed digit count; 3.12+: lv_tag, the digit count << 3 | sign (0 +, 1 zero, 2 -)
    f.push([16, u64(pyMinor() >= 12 ? nd * 8 + (zero ? 1 : neg ? 2 : 0) : neg ? -nd : nd)]);
    digitsOf(v).forEach((d, i) => f.push([24 + 4 * i, u32(d)]));
  } else if (o instanceof FloatObject) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, o.value, true);
    f.push([16, b]);
  } else if (o instanceof TupleObject) {
    f.push([16, u64(o.items.length)]);
    o.items.forEach((it, i) => f.push([24 + 8 * i, u64(it.addr)]));
  } else if (o instanceof ListObject) {
    f.push([16, u64(o.items.length)], [24, u64(o.itemsAddr)], [32, u64(o.allocated)]);
  } else if (o instanceof BytesObject && o.ob_type === T.bytes) {
    const b = new Uint8Array(o.value.length + 1);
    b.set(o.value);
    f.push([16, u64(o.value.length)], [32, b]);
  } else if (o instanceof StrObject) {
    f.push([16, u64(o.cplen)]);
  } else if (o instanceof DictObject && !o.inlineValues) {
    f.push([16, u64(o.table.used)]);
  } else if (o instanceof CDataObject) {
    f.push([16, u64(bPtr(o))]);
    if (o.owns) f.push([VALUE_OFFSET, o.buf]);
  }
  return f;
}

/** How far an object reaches from its id (for the limit error's wording). */
function extentOf(o: PyObject): number {
  if (o instanceof IntObject) return 24 + 4 * digitsOf(o.value).length;
  if (o instanceof FloatObject) return 24;
  if (o instanceof TupleObject) return 24 + 8 * o.items.length;
  if (o instanceof BytesObject && o.ob_type === T.bytes) return 33 + o.value.length;
  return o.ob_type.tp_basicsize;
}

function isLive(o: PyObject): boolean {
  return o.ob_refcnt > 0 && o.addr !== 0;
}

/** The result of looking for `n` bytes at address `a` in one object. */
type Probe = Uint8Array | string | null;

/**
 * `n` bytes at `a` from object `o`'s modelled fields (or its list's item array), a description of the
 * unmodelled part of `o` that `a` is in, or null when `a` is not in `o`.
 */
function probe(o: PyObject, a: number, n: number): Probe {
  if (!isLive(o)) return null;
  const what = `a '${o.ob_type.tp_name}' object`;
  if (o instanceof ListObject && o.itemsAddr !== 0 && a >= o.itemsAddr && a < o.itemsAddr + 8 * o.allocated) {
    const fields: Field[] = o.items.map((it, i) => [8 * i, u64(it.addr)]);
    return gather(fields, a - o.itemsAddr, n) ?? `the unused capacity of the item array of ${what}`;
  }
  const off = a - o.addr;
  const hdr = RT.heap.headerOf(o.ob_type.tp_flags);
  if (off < -hdr || off >= extentOf(o)) return null;
  if (off < 0) return `the ${hdr > RT.heap.gcHead && off < -RT.heap.gcHead ? 'pre-header' : 'GC header'} in front of ${what}`;
  return gather(fieldsOf(o), off, n) ?? `${what}, ${off} bytes past its id`;
}

/** Bytes [off, off + n) when the fields cover all of them. */
function gather(fields: Field[], off: number, n: number): Uint8Array | null {
  const out = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const p = off + k;
    const fld = fields.find(([fo, b]) => p >= fo && p < fo + b.length);
    if (fld === undefined) return null;
    out[k] = fld[1][p - fld[0]];
  }
  return out;
}

/**
 * Visit every object heapscope can reach (the audit's roots: sys.modules, the frames, interned strings,
 * the collector's generations and the interpreter's state objects).
 */
function walkHeap(visit: (o: PyObject) => void): void {
  const rt = RT;
  const seen = new Set<PyObject>();
  const queue: PyObject[] = [];
  const reach = (o: PyObject | null) => {
    if (o !== null && !seen.has(o)) {
      seen.add(o);
      queue.push(o);
    }
  };
  reach(rt.modules);
  for (const s of rt.interned.values()) reach(s);
  for (const o of rt.astRefs) reach(o);
  for (const o of rt.moduleStateRefs) reach(o);
  for (let f = rt.frame; f !== null; f = f.back) {
    reach(f.code);
    reach(f.globals);
    reach(f.builtins);
    for (let i = 0; i < f.sp; i++) reach(f.s[i]);
  }
  for (const gen of [...rt.gc.generations, rt.gc.permanent]) {
    const head = gen.head;
    for (let h = head.next!; h !== head; h = h.next!) reach(h.obj);
  }
  for (const o of (RT_EXT.gcStateLists?.(rt) as PyObject[] | undefined) ?? []) reach(o);
  for (const o of (RT_EXT.textioRoots?.(rt) as PyObject[] | undefined) ?? []) reach(o);
  while (queue.length > 0) {
    const o = queue.pop()!;
    visit(o);
    forEachRef(o, reach);
  }
}

const hex = (a: number) => `0x${a.toString(16)}`;

/** heapscope's limit: memory it does not model is not read (CPython would read whatever is there). */
function notModelled(a: number, where: string | null): never {
  raise(
    E.ValueError,
    `heapscope models object headers only; address ${hex(a)} is ${where ?? 'not in a live object heapscope models'}` +
      ' (modelled: ob_refcnt at id(x), ob_type at id(x) + 8, ob_size at id(x) + 16 and the fields of ints, floats, tuples, lists, bytes)',
  );
}

/**
 * The live objects by address (and lists by the address of their item array), from one walk of the heap:
 * a lookup tries this index first and walks the heap again only when it finds nothing, so a program that reads
 * the same objects again and again walks once. An entry that went stale (its object freed or moved) fails
 * the liveness and address checks of probe(), and live objects never overlap: what the index finds is right.
 */
interface AddrIndex {
  starts: number[];
  objs: PyObject[];
}

const indexes = new WeakMap<object, AddrIndex>();

function buildIndex(): AddrIndex {
  const entries: [number, PyObject][] = [];
  walkHeap((o) => {
    if (isLive(o)) {
      entries.push([o.addr, o]);
      if (o instanceof ListObject && o.itemsAddr !== 0) entries.push([o.itemsAddr, o]);
    }
  });
  entries.sort((x, y) => x[0] - y[0]);
  const idx = { starts: entries.map((e) => e[0]), objs: entries.map((e) => e[1]) };
  indexes.set(RT, idx);
  return idx;
}

/** Entries tried on each side of an address (the object that contains it starts at or just below it). */
const NEAR = 4;

/**
 * The objects a program usually asks about when they are new since the index was built: the frames' values
 * and globals, and what those refer to directly.
 */
function nearRoots(visit: (o: PyObject) => void): void {
  const seen = new Set<PyObject>();
  const level = (o: PyObject | null, depth: number) => {
    if (o === null || seen.has(o)) return;
    seen.add(o);
    visit(o);
    if (depth < 2) forEachRef(o, (r) => level(r, depth + 1));
  };
  for (let f = RT.frame; f !== null; f = f.back) {
    for (let i = 0; i < f.sp; i++) level(f.s[i], 1);
    level(f.globals, 0);
  }
}

/**
 * The first result `test` gives for an object near address `a`: from the cached index, then the objects
 * near the frames, then a fresh index. `test` returns a result, a description of the unmodelled place `a`
 * is in that object, or null.
 */
function locate<R extends object>(a: number, test: (o: PyObject) => R | string | null): R | string | null {
  let where: string | null = null;
  const tryIndex = (idx: AddrIndex): R | null => {
    const starts = idx.starts;
    // the first entry starting above a
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] <= a) lo = mid + 1;
      else hi = mid;
    }
    where = null;
    for (let k = Math.max(0, lo - NEAR); k < Math.min(starts.length, lo + NEAR); k++) {
      const r = test(idx.objs[k]);
      if (typeof r === 'string') where = r;
      else if (r !== null) return r;
    }
    return null;
  };
  const cached = indexes.get(RT);
  if (cached !== undefined) {
    const r = tryIndex(cached);
    if (r !== null) return r;
    let near: R | null = null;
    nearRoots((o) => {
      if (near === null) {
        const x = test(o);
        if (x !== null && typeof x !== 'string') near = x;
      }
    });
    if (near !== null) return near;
  }
  return tryIndex(buildIndex()) ?? where;
}

/** `n` bytes of modelled memory at `a` (see the header); `holder`: the view reading it (its hint). */
function readMemory(a: number, n: number, holder: CDataObject | null): Uint8Array {
  if (holder !== null && holder.hint !== null) {
    const r = probe(holder.hint, a, n);
    if (r instanceof Uint8Array) return r;
  }
  let hit: PyObject | null = null;
  const r = locate(a, (o) => {
    const b = probe(o, a, n);
    if (b instanceof Uint8Array) hit = o;
    return b;
  });
  if (!(r instanceof Uint8Array)) notModelled(a, r);
  if (holder !== null) holder.hint = hit;
  return r;
}

/** The live object whose id is `a` (a py_object read): borrowed. */
function objectAt(a: number): PyObject {
  const r = locate(a, (o) => {
    if (isLive(o) && o.addr === a) return o;
    const b = probe(o, a, 1);
    return b instanceof Uint8Array ? `inside a '${o.ob_type.tp_name}' object, not at its id` : b;
  });
  if (!(r instanceof PyObject)) notModelled(a, r);
  return r;
}

/** A write through a view: only into ctypes' own objects (not their py_object values); never the heap's. */
function writeMemory(a: number, bytes: Uint8Array): void {
  const target = locate(a, (o) =>
    o instanceof CDataObject && isLive(o) && o.owns && a >= o.addr + VALUE_OFFSET && a + bytes.length <= o.addr + VALUE_OFFSET + infoOf(o).size ? o : null,
  );
  if (!(target instanceof CDataObject) || infoOf(target).code === 'O') {
    raise(
      E.PermissionError,
      `heapscope: programs cannot write to memory at ${hex(a)} (the sandbox lets ctypes read the object headers it models; ` +
        'only ctypes objects the program made, such as c_int(5), are writable)',
    );
  }
  target.buf.set(bytes, a - target.addr - VALUE_OFFSET);
}

/** The `size` bytes at o's b_ptr. */
function readValueBytes(o: CDataObject, size: number): Uint8Array {
  return o.owns ? o.buf.subarray(0, size) : readMemory(o.view, size, o);
}

// ------------------------------------------------------------------ values (getfunc / setfunc)

/** The Python value of `bytes` as C type `code` (a new reference); py_object values are read by the caller. */
function decode(code: string, b: Uint8Array): PyObject {
  const dv = new DataView(b.buffer, b.byteOffset, b.length);
  switch (code) {
    case 'c':
      return newBytesFrom(b.slice(0, 1));
    case '?':
      return newBool(b[0] !== 0);
    case 'f':
      return newFloat(dv.getFloat32(0, true));
    case 'd':
      return newFloat(dv.getFloat64(0, true));
    case 'P': {
      const v = dv.getBigUint64(0, true);
      return v === 0n ? newref(None) : newInt(v);
    }
  }
  const size = SIMPLE_SIZES[code];
  let u = 0n;
  for (let k = size - 1; k >= 0; k--) u = (u << 8n) | BigInt(b[k]);
  return newInt(SIGNED.includes(code) ? BigInt.asIntN(size * 8, u) : u);
}

/** setfunc: `v` as C type `code`'s bytes, with CPython's conversions and messages. */
function encode(code: string, v: PyObject): Uint8Array {
  const size = SIMPLE_SIZES[code];
  const b = new Uint8Array(size);
  const dv = new DataView(b.buffer);
  switch (code) {
    case 'c':
      if (v instanceof BytesObject && v.value.length === 1) b[0] = v.value[0];
      else if (v instanceof IntObject && typeof v.value === 'number' && v.value >= 0 && v.value < 256) b[0] = v.value;
      else raise(E.TypeError, 'one character bytes, bytearray or integer expected');
      return b;
    case '?':
      b[0] = A.isTrue(v) ? 1 : 0;
      return b;
    case 'f':
    case 'd': {
      if (!(v instanceof FloatObject) && v.ob_type.nb_float === null && v.ob_type.nb_index === null)
        raise(E.TypeError, `must be real number, not ${v.ob_type.tp_name}`);
      const x = floatValueOf(v);
      if (code === 'f') dv.setFloat32(0, x, true);
      else dv.setFloat64(0, x, true);
      return b;
    }
    case 'P':
      if (v === None) return b;
      if (!(v instanceof IntObject)) raise(E.TypeError, 'cannot be converted to pointer');
      dv.setBigUint64(0, BigInt.asUintN(64, BigInt(v.value)), true);
      return b;
  }
  // integers: PyLong_AsUnsigned*Mask after __index__ — the value wraps to the type's width
  let u = BigInt.asUintN(size * 8, BigInt(A.indexValue(v)));
  for (let k = 0; k < size; k++) {
    b[k] = Number(u & 0xffn);
    u >>= 8n;
  }
  return b;
}

/** The pointer stored at o's b_ptr (a py_object's or pointer's value). */
function storedPointer(o: CDataObject): number {
  const b = readValueBytes(o, 8);
  return Number(new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, true));
}

function getValue(o: CDataObject): PyObject {
  const info = infoOf(o);
  if (info.code === 'O') {
    // O_get: an own py_object keeps its object in b_objects; a view (cast) holds only an address
    if (o.owns && o.objects !== null && storedPointer(o) === o.objects.addr) return newref(o.objects);
    const p = storedPointer(o);
    if (p === 0) raise(E.ValueError, 'PyObject is NULL');
    return newref(objectAt(p));
  }
  return decode(info.code, readValueBytes(o, info.size));
}

function setValue(o: CDataObject, v: PyObject): void {
  const info = infoOf(o);
  if (info.code === 'O') {
    if (!o.owns) writeMemory(o.view, u64(v.addr));
    // O_set: the object is kept in b_objects (KeepRef replaces what was kept)
    const old = o.objects;
    o.objects = newref(v);
    o.buf.set(u64(v.addr));
    xdecref(old);
    return;
  }
  const bytes = encode(info.code, v);
  if (!o.owns) writeMemory(o.view, bytes);
  else o.buf.set(bytes);
}

// ------------------------------------------------------------------ objects

function newCData(type: PyType): CDataObject {
  if (cinfo(type) === null) raise(E.TypeError, 'abstract class');
  return allocNative(new CDataObject(type));
}

/** PyCData_AtAddress / PyCData_FromBaseObj: a view of the memory at `a` (base: kept alive by the view). */
function viewAt(type: PyType, a: number, base: PyObject | null): CDataObject {
  const o = newCData(type);
  o.owns = false;
  o.view = a;
  o.base = base === null ? null : newref(base);
  return o;
}

/** PyCData_clear: drop the base object and the kept `_objects`. */
function cdataClear(o: PyObject): void {
  const c = o as CDataObject;
  const base = c.base;
  c.base = null;
  xdecref(base);
  const objs = c.objects;
  c.objects = null;
  xdecref(objs);
}

function cdataDealloc(o: PyObject): void {
  const c = o as CDataObject;
  RT.gc.untrack(c);
  cdataClear(c);
  freeNative(c);
}

/** o's b_objects as a dict (made, replacing None or a kept object, when it is not one): borrowed. */
function containerDict(o: CDataObject): DictObject {
  if (o.objects instanceof DictObject) return o.objects;
  const d = newDict() as DictObject;
  xdecref(o.objects);
  o.objects = d;
  return d;
}

/** KeepRef(target, index, keep): `keep` joins target's b_objects dict under the key "index" (steals keep). */
function keepRef(target: CDataObject, index: number, keep: PyObject): void {
  if (keep === None) {
    decref(keep);
    return;
  }
  const d = containerDict(target);
  const key = newStr(index.toString(16));
  dictSetItem(d, key, keep);
  decref(key);
  decref(keep);
}

/** Pointer_set_contents */
function setContents(p: CDataObject, info: CInfo, v: PyObject): void {
  if (!(v instanceof CDataObject) || !isSubtype(v.ob_type, info.target!))
    raise(E.TypeError, `expected ${info.target!.tp_name} instead of ${v.ob_type.tp_name}`);
  const bytes = u64(bPtr(v));
  if (!p.owns) writeMemory(p.view, bytes);
  else p.buf.set(bytes);
  keepRef(p, 1, newref(v));
  // GetKeepedObjects(dst): what the target keeps (None for a simple value: nothing)
  keepRef(p, 0, newref(v.objects === null ? None : v.objects));
}

function pointerItem(p: CDataObject, i: number): [CInfo, number] {
  const info = infoOf(p);
  const ptr = storedPointer(p);
  if (ptr === 0) raise(E.ValueError, 'NULL pointer access');
  const ti = cinfo(info.target!);
  if (ti === null) raise(E.TypeError, '_type_ must have storage info');
  return [ti, ptr + i * ti.size];
}

function ctypesSizeof(o: PyObject): number {
  const info = o instanceof PyType ? cinfo(o) : o instanceof CDataObject ? cinfo(o.ob_type) : null;
  if (info === null) raise(E.TypeError, 'this type has no size');
  return info.size;
}

/** POINTER(cls): the pointer class, cached in _pointer_type_cache (a new heap class LP_<name>). */
function pointerType(cache: DictObject, cls: PyObject): PyObject {
  const hit = dictGetItem(cache, cls);
  if (hit !== null) return newref(hit);
  if (!(cls instanceof PyType) || cinfo(cls) === null) raise(E.TypeError, '_type_ must have storage info');
  const ns = newDict();
  dictSetStr(ns, '_type_', cls);
  const name = newStr(`LP_${cls.tp_name.slice(cls.tp_name.lastIndexOf('.') + 1)}`);
  incref(POINTER_TYPE);
  const bases = newTuple([POINTER_TYPE]);
  const args = [name, bases, ns];
  let p: PyObject;
  try {
    p = A.call(POINTER_META, args, 0, 3, null);
  } finally {
    decref(name);
    decref(bases);
    decref(ns);
  }
  dictSetItem(cache, cls, p);
  return p;
}

onBootstrap(() => {
  for (const tp of [CDATA_TYPE, SIMPLE_TYPE, POINTER_TYPE]) {
    tp.tp_dealloc = cdataDealloc;
    tp.tp_traverse = (o, visit) => {
      const c = o as CDataObject;
      if (c.base !== null) visit(c.base);
      if (c.objects !== null) visit(c.objects);
    };
    tp.tp_clear = cdataClear;
  }
  registerWeakrefable(SIMPLE_META);
  registerWeakrefable(POINTER_META);
  SIMPLE_TYPE.ob_type = SIMPLE_META;
  POINTER_TYPE.ob_type = POINTER_META;
  CDATA_TYPE.tp_new = () => raise(E.TypeError, 'abstract class');
  SIMPLE_TYPE.tp_new = (type) => newCData(type);
  POINTER_TYPE.tp_new = (type) => newCData(type);
  defineGetSets(CDATA_TYPE, {
    _objects: { get: (o) => newref((o as CDataObject).objects ?? None), doc: 'internal objects tree (NEVER CHANGE THIS OBJECT!)' },
    _b_base_: { get: (o) => newref((o as CDataObject).base ?? None), doc: 'the base object' },
    _b_needsfree_: { get: (o) => newInt((o as CDataObject).owns ? 1 : 0), doc: 'whether the object owns the memory or not' },
  });
  for (const meta of [SIMPLE_META, POINTER_META]) {
    defineMethods(meta, {
      from_address: {
        doc: 'C.from_address(integer) -> C instance\naccess a C instance at the specified address',
        fn: (cls, a, s, n, kw) => {
          oneArg('from_address', n, kw);
          const v = a[s];
          if (!(v instanceof IntObject)) raise(E.TypeError, 'integer expected');
          return viewAt(cls as PyType, Number(BigInt.asUintN(64, BigInt(v.value))), null);
        },
      },
    });
    // CDataType_as_sequence's repeat: `c_int * 3` makes an array type, which heapscope does not model
    meta.nb_multiply = () => raise(E.NotImplementedError, "heapscope's ctypes models the simple types and pointers only: arrays are not supported");
  }

  SIMPLE_TYPE.tp_init = (self, a, s, n) => {
    if (n > 1) raise(E.TypeError, `__init__ expected at most 1 argument, got ${n}`);
    if (n === 1) setValue(self as CDataObject, a[s]);
  };
  SIMPLE_TYPE.tp_repr = (o) => {
    // Simple_repr: the value for the direct subclasses ctypes defines, the default repr for further ones
    if (o.ob_type.tp_base !== SIMPLE_TYPE) return newStr(`<${o.ob_type.tp_name} object at ${hex(o.addr)}>`);
    const v = getValue(o as CDataObject);
    try {
      const r = A.repr(v) as StrObject;
      const out = newStr(`${o.ob_type.tp_name}(${r.value})`);
      decref(r);
      return out;
    } finally {
      decref(v);
    }
  };
  SIMPLE_TYPE.nb_bool = (o) => readValueBytes(o as CDataObject, infoOf(o as CDataObject).size).some((x) => x !== 0);
  defineGetSets(SIMPLE_TYPE, {
    value: {
      get: (o) => getValue(o as CDataObject),
      set: (o, v) => {
        if (v === null) raise(E.TypeError, "can't delete attribute");
        setValue(o as CDataObject, v);
      },
      doc: 'current value',
    },
  });

  POINTER_TYPE.tp_init = (self, a, s, n) => {
    if (n > 1) raise(E.TypeError, `__init__ expected at most 1 argument, got ${n}`);
    if (n === 1) setContents(self as CDataObject, infoOf(self as CDataObject), a[s]);
  };
  defineGetSets(POINTER_TYPE, {
    contents: {
      get: (o) => {
        const p = o as CDataObject;
        const info = infoOf(p);
        const ptr = storedPointer(p);
        if (ptr === 0) raise(E.ValueError, 'NULL pointer access');
        return viewAt(info.target!, ptr, p);
      },
      set: (o, v) => {
        if (v === null) raise(E.TypeError, 'Pointer does not support item deletion');
        setContents(o as CDataObject, infoOf(o as CDataObject), v);
      },
      doc: 'the object this pointer points to (read-write)',
    },
  });
  POINTER_TYPE.mp_subscript = (o, k) => {
    const [ti, at] = pointerItem(o as CDataObject, Number(A.indexValue(k)));
    if (ti.code === 'O') return newref(objectAt(storedPointerAt(at)));
    if (ti.target !== null) raise(E.TypeError, "heapscope's ctypes reads pointers to simple types only");
    return decode(ti.code, readMemory(at, ti.size, o as CDataObject));
  };
  POINTER_TYPE.mp_ass_subscript = (o, k, v) => {
    if (v === null) raise(E.TypeError, 'Pointer does not support item deletion');
    const [ti, at] = pointerItem(o as CDataObject, Number(A.indexValue(k)));
    if (ti.code === 'O' || ti.target !== null) raise(E.TypeError, "heapscope's ctypes writes simple values only");
    writeMemory(at, encode(ti.code, v));
  };
});

function storedPointerAt(a: number): number {
  const b = readMemory(a, 8, null);
  return Number(new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, true));
}

/** c_void_p.from_param for cast()'s first argument: its address, or null when it cannot be one. */
function castAddress(o: PyObject): number | null {
  if (o === None) return 0;
  if (o instanceof IntObject) return Number(BigInt.asUintN(64, BigInt(o.value)));
  // a bytes object's ob_sval; a str is converted to a C buffer heapscope does not model
  if (o instanceof BytesObject && o.ob_type === T.bytes) return o.addr + 32;
  if (o instanceof StrObject) raise(E.ValueError, 'heapscope models object headers only; it does not model the wchar_t buffer ctypes makes of a str');
  if (o instanceof CDataObject) {
    const info = cinfo(o.ob_type);
    if (info !== null && info.code === 'P') return storedPointer(o);
  }
  return null;
}

NATIVE_MODULES._ctypes = () => {
  const m = RT.ext.newModule('_ctypes');
  const d = m.dict as DictObject;
  for (const tp of [CDATA_TYPE, SIMPLE_TYPE, POINTER_TYPE]) dictSetStr(d, tp.tp_qualname, tp);
  const cache = newDict();
  dictSetStr(d, '_pointer_type_cache', cache);
  decref(cache);
  moduleFn(m, 'sizeof', (_m, a, s, n, kw) => {
    oneArg('sizeof', n, kw);
    return newInt(ctypesSizeof(a[s]));
  }, 'sizeof(C type) -> integer\nsizeof(C instance) -> integer\nReturn the size in bytes of a C instance');
  moduleFn(m, 'addressof', (_m, a, s, n, kw) => {
    oneArg('addressof', n, kw);
    const o = a[s];
    if (!(o instanceof CDataObject)) raise(E.TypeError, 'invalid type');
    return newInt(bPtr(o));
  }, 'addressof(C instance) -> integer\nReturn the address of the C instance internal buffer');
  moduleFn(m, 'POINTER', (_m, a, s, n, kw) => {
    oneArg('POINTER', n, kw);
    return pointerType(cache, a[s]);
  });
  moduleFn(m, 'pointer', (_m, a, s, n, kw) => {
    oneArg('pointer', n, kw);
    const p = pointerType(cache, a[s].ob_type);
    try {
      return A.call(p, a, s, 1, null);
    } finally {
      decref(p);
    }
  });
  // cast(obj, src, type): what CPython's ctypes reaches through a foreign function (ctypes.cast calls it);
  // NotImplemented when obj is no address (the caller raises ctypes.ArgumentError)
  moduleFn(m, '_cast', (_m, a, s, n, kw) => {
    if (kwCount(kw) > 0 || n !== 3) raise(E.TypeError, `_cast expected 3 arguments, got ${n}`);
    const [obj, src, typ] = [a[s], a[s + 1], a[s + 2]];
    const info = typ instanceof PyType ? cinfo(typ) : null;
    if (info === null || (info.code !== 'P' && info.code !== 'O'))
      raise(E.TypeError, `cast() argument 2 must be a pointer type, not ${typ instanceof PyType ? typ.tp_name : typ.ob_type.tp_name}`);
    const ptr = castAddress(obj);
    if (ptr === null) return newref(NotImplemented);
    const r = newCData(typ as PyType);
    r.buf.set(u64(ptr));
    if (src instanceof CDataObject) {
      // the result shares the source's b_objects dict, which keeps the source alive under its address
      const objs = containerDict(src);
      r.objects = newref(objs);
      const key = newInt(src.addr);
      dictSetItem(objs, key, src);
      decref(key);
    }
    return r;
  });
  return m;
};
