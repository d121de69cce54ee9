/**
 * The _struct module (CPython's Modules/_struct.c, 3.11 to 3.13), natively; `struct` is
 * src/engine/stdlib/struct.py, which re-exports it as CPython's Lib/struct.py does.
 *
 * _struct.Struct (PyStructObject, basicsize 56: s_size, s_len, s_codes, s_format, weakreflist) is a GC heap
 * type in CPython: each instance holds a reference to its type. Making one allocates the object, the format
 * as a bytes object (a str format is encoded to ASCII; a bytes format is shared) and the codes buffer
 * (PyMem, 32 bytes per formatcode plus a sentinel: one code per s/p field and per other non-pad code with
 * a non-zero count). sys.getsizeof = 56 + 32 * (codes + 1) (+ the GC head).
 * The module functions find their Struct in the module's cache dict (format object -> Struct, cleared when
 * it holds 100 entries, or by _clearcache): made at the first use on 3.11, with the module on 3.12+.
 * _struct.unpack_iterator (112 bytes, GC) holds its Struct and the buffer's exporter.
 * Errors: struct.error (a class made by PyErr_NewException), with the messages of each version.
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, incref, decref, newref, xdecref } from '../../objects/object';
import { None, IntObject } from '../../objects/singletons';
import { T } from '../../objects/types';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { newInt, newFloat, newBool, FloatObject, floatValueOf } from '../../objects/numbers';
import { newTuple, EMPTY_TUPLE } from '../../objects/sequences';
import { DictObject, newDict, dictSetStr, dictGetItem, dictSetItem, dictClear } from '../../objects/dict';
import { BytesObject, BUFFER_EXPORTERS, bytesLike, newBytesFrom, bytesChar } from '../../objects/bytesobject';
import { onBootstrap, defineMethods, defineGetSets } from '../../objects/typeobject';
import { registerWeakrefable } from '../../objects/weakref';
import { freeObject } from '../../memory/heap';
import { PyLibError } from '../../lib/errors';
import { codecEncodeStr } from '../../objects/strmethods';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { kwCount, noArgs, oneArg, parseArgs } from '../args';
import { nativeType, allocNative, moduleFn, pyMinor } from './nativetype';

export const STRUCT_TYPE = nativeType('_struct.Struct', 56, TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE);
const UNPACK_ITER_TYPE = nativeType('_struct.unpack_iterator', 112, TPFLAGS.HAVE_GC);

/** sizeof(formatcode): fmtdef, offset, size, repeat */
const FORMATCODE_SIZE = 32;
const MAXCACHE = 100;

// ------------------------------------------------------------------ format tables

const enum Order {
  NATIVE,
  LITTLE,
  BIG,
}

/** A format character of one table: its size and alignment (native only). */
interface FormatDef {
  c: string;
  size: number;
  align: number;
}

const NATIVE_TABLE: Record<string, FormatDef> = {};
for (const [c, size, align] of [
  ['x', 1, 0], ['b', 1, 0], ['B', 1, 0], ['c', 1, 0], ['s', 1, 0], ['p', 1, 0], ['h', 2, 2], ['H', 2, 2],
  ['i', 4, 4], ['I', 4, 4], ['l', 8, 8], ['L', 8, 8], ['n', 8, 8], ['N', 8, 8], ['q', 8, 8], ['Q', 8, 8],
  ['?', 1, 1], ['e', 2, 2], ['f', 4, 4], ['d', 8, 8], ['P', 8, 8],
] as const) {
  NATIVE_TABLE[c] = { c, size, align };
}
const STD_TABLE: Record<string, FormatDef> = {};
for (const [c, size] of [
  ['x', 1], ['b', 1], ['B', 1], ['c', 1], ['s', 1], ['p', 1], ['h', 2], ['H', 2], ['i', 4], ['I', 4], ['l', 4],
  ['L', 4], ['q', 8], ['Q', 8], ['?', 1], ['e', 2], ['f', 4], ['d', 8],
] as const) {
  STD_TABLE[c] = { c, size, align: 0 };
}

interface FormatCode {
  def: FormatDef;
  offset: number;
  /** the field's size (s / p: the count) */
  size: number;
  repeat: number;
}

// ------------------------------------------------------------------ objects

class StructObject extends PyObject {
  /** s_size, s_len (-1 before __init__ ran) */
  size = -1;
  len = -1;
  order = Order.NATIVE;
  codes: FormatCode[] = [];
  /** s_codes' block */
  codesAddr = 0;
  codesBytes = 0;
  /** s_format: a bytes object (None, owned, until __init__) */
  format: PyObject = None;
}

class UnpackIterObject extends PyObject {
  so: StructObject | null = null;
  /** the buffer's exporter (released with the buffer) and its bytes */
  exporter: PyObject | null = null;
  data: Uint8Array = new Uint8Array(0);
  index = 0;
}

/** The module state of the running interpreter: struct.error and the cache. */
interface State {
  error: PyType;
  cache: DictObject | null;
}
const states = new WeakMap<object, State>();

function state(): State {
  const s = states.get(RT);
  if (s === undefined) raise(E.SystemError, '_struct module is not initialised');
  return s;
}

function structError(msg: string): never {
  raise(state().error, msg);
}

// ------------------------------------------------------------------ prepare_s

/** prepare_s: parse the format (bytes), then allocate the codes buffer. */
function prepare(self: StructObject, fmt: Uint8Array): void {
  const s = String.fromCharCode(...fmt);
  if (s.indexOf('\0') >= 0) structError('embedded null character');
  let i = 0;
  let order = Order.NATIVE;
  let table = NATIVE_TABLE;
  const first = s[0];
  if (first === '<' || first === '=') {
    order = Order.LITTLE;
    table = STD_TABLE;
    i = 1;
  } else if (first === '>' || first === '!') {
    order = Order.BIG;
    table = STD_TABLE;
    i = 1;
  } else if (first === '@') i = 1;
  const parsed: [FormatDef, number][] = [];
  let size = 0;
  let len = 0;
  const MAX = 2n ** 63n - 1n;
  while (i < s.length) {
    let c = s[i++];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f') continue;
    let num = 1;
    if (c >= '0' && c <= '9') {
      let n = BigInt(c.charCodeAt(0) - 48);
      c = s[i++];
      while (c !== undefined && c >= '0' && c <= '9') {
        n = n * 10n + BigInt(c.charCodeAt(0) - 48);
        if (n > MAX) structError('total struct size too long');
        c = s[i++];
      }
      if (c === undefined) structError('repeat count given without format specifier');
      if (n > BigInt(Number.MAX_SAFE_INTEGER)) structError('total struct size too long');
      num = Number(n);
    }
    const def = table[c];
    if (def === undefined) structError('bad char in struct format');
    if (c === 's' || c === 'p') len++;
    else if (c !== 'x') len += num;
    // align
    if (def.align > 0 && size > 0) size += def.align - 1 - ((size - 1) % def.align);
    size += num * def.size;
    if (size > Number.MAX_SAFE_INTEGER) structError('total struct size too long');
    parsed.push([def, num]);
  }
  const codes: FormatCode[] = [];
  let off = 0;
  for (const [def, num] of parsed) {
    if (def.align > 0 && off > 0) off += def.align - 1 - ((off - 1) % def.align);
    if (def.c === 's' || def.c === 'p') {
      codes.push({ def, offset: off, size: num, repeat: 1 });
      off += num;
    } else if (def.c === 'x') {
      off += num;
    } else if (num > 0) {
      codes.push({ def, offset: off, size: def.size, repeat: num });
      off += def.size * num;
    }
  }
  const nbytes = (codes.length + 1) * FORMATCODE_SIZE;
  const addr = RT.heap.malloc(nbytes);
  RT.heap.free(self.codesAddr, self.codesBytes);
  self.codesAddr = addr;
  self.codesBytes = nbytes;
  self.codes = codes;
  self.size = size;
  self.len = len;
  self.order = order;
}

/** s_new: a tracked Struct without a format. New reference. */
function allocStruct(type: PyType): StructObject {
  const so = new StructObject(type);
  if (type === STRUCT_TYPE) incref(type);
  allocNative(so);
  so.format = newref(None);
  return so;
}

/** Struct(format): s_new, then Struct.__init__. New reference. */
function newStruct(type: PyType, format: PyObject): StructObject {
  const so = allocStruct(type);
  try {
    initStruct(so, format);
  } catch (e) {
    decref(so);
    throw e;
  }
  return so;
}

/** Struct___init___impl: the format as bytes (a str is encoded to ASCII), then prepare_s. */
function initStruct(so: StructObject, format: PyObject): void {
  let fmt: PyObject;
  if (format instanceof StrObject) {
    // PyUnicode_AsASCIIString
    const u8 = codecEncodeStr(format.value, 'ascii', 'strict');
    fmt = newBytesFrom(u8);
  } else if (format instanceof BytesObject && A.isInstance(format, T.bytes)) {
    fmt = newref(format);
  } else {
    raise(E.TypeError, `Struct() argument 1 must be a str or bytes object, not ${format.ob_type.tp_name}`);
  }
  const old = so.format;
  so.format = fmt;
  decref(old);
  prepare(so, (fmt as BytesObject).value);
}

function structDealloc(o: PyObject): void {
  const so = o as StructObject;
  const tp = o.ob_type;
  RT.gc.untrack(so);
  RT.clearWeakrefs(so);
  RT.heap.free(so.codesAddr, so.codesBytes);
  so.codesAddr = 0;
  const f = so.format;
  so.format = None;
  decref(f);
  freeObject(so, tp.tp_basicsize);
  if (tp === STRUCT_TYPE) decref(tp);
}

/** The module state's cache dict (released with the module state at shutdown). */
function newCache(): DictObject {
  const c = newDict();
  RT.moduleStateRefs.push(newref(c));
  decref(c);
  return c;
}

/** cache_struct_converter: the cached Struct of a format (new reference). */
function cachedStruct(fmt: PyObject): StructObject {
  const st = state();
  if (st.cache === null) st.cache = newCache();
  const hit = dictGetItem(st.cache, fmt);
  if (hit !== null) return newref(hit as StructObject);
  const so = newStruct(STRUCT_TYPE, fmt);
  if (st.cache.table.used >= MAXCACHE) dictClear(st.cache);
  dictSetItem(st.cache, fmt, so);
  return so;
}

// ------------------------------------------------------------------ packing

const TWO64 = 1n << 64n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

/** get_pylong: the int value of v (through __index__) or "required argument is not an integer". */
function intValue(v: PyObject): bigint {
  if (v instanceof IntObject) return BigInt(v.value);
  if (v.ob_type.nb_index === null) structError('required argument is not an integer');
  try {
    return BigInt(A.indexValue(v));
  } catch (e) {
    if (e instanceof PyErr && A.isInstance(e.exc, E.TypeError)) {
      decref(e.exc);
      structError('required argument is not an integer');
    }
    throw e;
  }
}

function rangeError(c: string, size: number, unsigned: boolean): never {
  const bits = BigInt(size * 8);
  if (unsigned) structError(`'${c}' format requires 0 <= number <= ${(1n << bits) - 1n}`);
  structError(`'${c}' format requires ${-(1n << (bits - 1n))} <= number <= ${(1n << (bits - 1n)) - 1n}`);
}

const NAMED_311: Record<string, [string, bigint, bigint]> = {
  b: ['byte', -128n, 127n],
  B: ['ubyte', 0n, 255n],
  h: ['short', -32768n, 32767n],
  H: ['ushort', 0n, 65535n],
};

/** The integer to store for code `c` of `size` bytes, with each version's overflow errors. */
function packInt(c: string, size: number, order: Order, v: PyObject): bigint {
  const x = intValue(v);
  const unsigned = c === 'B' || c === 'H' || c === 'I' || c === 'L' || c === 'Q' || c === 'N';
  if (c === 'P') {
    // PyLong_AsVoidPtr
    if (x < I64_MIN || x >= TWO64) structError('int too large to convert');
    return x < 0n ? x + TWO64 : x;
  }
  const bits = BigInt(size * 8);
  const lo = unsigned ? 0n : -(1n << (bits - 1n));
  const hi = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
  if (x >= lo && x <= hi) return x;
  if (pyMinor() >= 12) rangeError(c, size, unsigned);
  // 3.11: get_long / get_ulong turn PyLong_As*'s OverflowError into "argument out of range"; the native
  // byte and short packers name their type; the other range checks are _range_error's
  const aor = (): never => structError('argument out of range');
  const named = NAMED_311[c];
  if (order === Order.BIG && (c === 'q' || c === 'Q')) structError('int too large to convert');
  if (named !== undefined && !(order === Order.BIG && (c === 'h' || c === 'H'))) {
    if (x < I64_MIN || x > I64_MAX) aor();
    structError(`${named[0]} format requires ${named[1]} <= number <= ${named[2]}`);
  }
  if (unsigned) {
    if (x < 0n || x >= TWO64) aor();
  } else if (x < I64_MIN || x > I64_MAX) aor();
  if (size === 8) aor();
  rangeError(c, size, unsigned);
}

/** PyFloat_AsDouble, with any error reported as "required argument is not a float". */
function floatArg(v: PyObject): number {
  if (v instanceof FloatObject) return v.value;
  try {
    return floatValueOf(v);
  } catch (e) {
    if (e instanceof PyErr) decref(e.exc);
    if (e instanceof PyErr || e instanceof PyLibError) structError('required argument is not a float');
    throw e;
  }
}

/** frexp for a finite positive x: [f, e] with 0.5 <= f < 1 and x = f * 2**e. */
function frexp(x: number): [number, number] {
  let e = Math.max(-1073, Math.floor(Math.log2(x)) + 1);
  let f = x * Math.pow(2, -e);
  while (f < 0.5) {
    f *= 2;
    e--;
  }
  while (f >= 1) {
    f /= 2;
    e++;
  }
  return [f, e];
}

/** PyFloat_Pack2: the IEEE half-precision bits of x. */
function packHalf(x: number): number {
  let sign = 0;
  let e: number;
  let bits: number;
  if (x === 0) {
    sign = Object.is(x, -0) ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (!Number.isFinite(x) && !Number.isNaN(x)) {
    sign = x < 0 ? 1 : 0;
    e = 0x1f;
    bits = 0;
  } else if (Number.isNaN(x)) {
    e = 0x1f;
    bits = 512;
  } else {
    sign = x < 0 ? 1 : 0;
    if (sign) x = -x;
    let f: number;
    [f, e] = frexp(x);
    f *= 2.0;
    e--;
    if (e >= 16) raise(E.OverflowError, 'float too large to pack with e format');
    else if (e < -25) {
      f = 0.0;
      e = 0;
    } else if (e < -14) {
      f = f * Math.pow(2, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    bits = Math.floor(f);
    f -= bits;
    if (f > 0.5 || (f === 0.5 && bits % 2 === 1)) {
      ++bits;
      if (bits === 1024) {
        bits = 0;
        ++e;
        if (e === 31) raise(E.OverflowError, 'float too large to pack with e format');
      }
    }
  }
  return bits | (e << 10) | (sign << 15);
}

/** PyFloat_Unpack2. */
function unpackHalf(h: number): number {
  const sign = (h >> 15) & 1;
  let e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) {
    if (f === 0) return sign ? -Infinity : Infinity;
    return NaN;
  }
  let x = f / 1024.0;
  if (e === 0) e = -14;
  else {
    x += 1.0;
    e -= 15;
  }
  x = x * Math.pow(2, e);
  return sign ? -x : x;
}

function writeInt(dv: DataView, off: number, size: number, x: bigint, little: boolean): void {
  const u = x < 0n ? x + (1n << BigInt(size * 8)) : x;
  for (let k = 0; k < size; k++) {
    const byte = Number((u >> BigInt(8 * k)) & 0xffn);
    dv.setUint8(little ? off + k : off + size - 1 - k, byte);
  }
}

function readInt(dv: DataView, off: number, size: number, little: boolean, signed: boolean): bigint {
  let u = 0n;
  for (let k = 0; k < size; k++) {
    const byte = BigInt(dv.getUint8(little ? off + k : off + size - 1 - k));
    u |= byte << BigInt(8 * k);
  }
  if (signed && u >= 1n << BigInt(size * 8 - 1)) u -= 1n << BigInt(size * 8);
  return u;
}

/** s_pack_internal: write args[s .. s+len) into buf at `offset` (buf already zeroed where needed). */
function packInto(so: StructObject, buf: Uint8Array, offset: number, args: PyObject[], s: number): void {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const little = so.order !== Order.BIG;
  let ai = s;
  for (const code of so.codes) {
    const c = code.def.c;
    let off = offset + code.offset;
    for (let r = 0; r < code.repeat; r++, off += code.size) {
      const v = args[ai++];
      if (c === 's' || c === 'p') {
        const isB = A.isInstance(v, T.bytes) || A.isInstance(v, T.bytearray);
        if (!isB) structError(`argument for '${c}' must be a bytes object`);
        const data = bytesLike(v)!;
        if (c === 's') {
          const n = Math.min(data.length, code.size);
          buf.set(data.subarray(0, n), off);
          buf.fill(0, off + n, off + code.size);
        } else {
          let n = Math.min(data.length, code.size - 1);
          if (n > 0) buf.set(data.subarray(0, n), off + 1);
          if (code.size > 0) buf.fill(0, off + 1 + Math.max(n, 0), off + code.size);
          if (n > 255) n = 255;
          if (code.size > 0) buf[off] = Math.max(n, 0);
        }
        continue;
      }
      switch (c) {
        case 'c': {
          if (!(v instanceof BytesObject) || !A.isInstance(v, T.bytes) || v.value.length !== 1)
            structError('char format requires a bytes object of length 1');
          buf[off] = v.value[0];
          break;
        }
        case '?':
          buf[off] = A.isTrue(v) ? 1 : 0;
          break;
        case 'e':
          writeInt(dv, off, 2, BigInt(packHalf(floatArg(v))), little);
          break;
        case 'f': {
          const x = floatArg(v);
          const f32 = Math.fround(x);
          if (so.order !== Order.NATIVE && !Number.isFinite(f32) && Number.isFinite(x))
            raise(E.OverflowError, 'float too large to pack with f format');
          dv.setFloat32(off, f32, little);
          break;
        }
        case 'd':
          dv.setFloat64(off, floatArg(v), little);
          break;
        default:
          writeInt(dv, off, code.size, packInt(c, code.size, so.order, v), little);
      }
    }
  }
}

/** s_unpack_internal: a tuple of the values at buf[offset ...]. */
function unpackAt(so: StructObject, buf: Uint8Array, offset: number): PyObject {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const little = so.order !== Order.BIG;
  const out: PyObject[] = [];
  try {
    for (const code of so.codes) {
      const c = code.def.c;
      let off = offset + code.offset;
      for (let r = 0; r < code.repeat; r++, off += code.size) {
        switch (c) {
          case 's':
            out.push(newBytesFrom(buf.slice(off, off + code.size)));
            break;
          case 'p': {
            let n = code.size > 0 ? buf[off] : 0;
            if (n >= code.size) n = code.size - 1;
            out.push(newBytesFrom(buf.slice(off + 1, off + 1 + Math.max(n, 0))));
            break;
          }
          case 'c':
            out.push(newref(bytesChar(buf[off])));
            break;
          case '?':
            out.push(newBool(buf[off] !== 0));
            break;
          case 'e':
            out.push(newFloat(unpackHalf(Number(readInt(dv, off, 2, little, false)))));
            break;
          case 'f':
            out.push(newFloat(dv.getFloat32(off, little)));
            break;
          case 'd':
            out.push(newFloat(dv.getFloat64(off, little)));
            break;
          default: {
            const signed = c === 'b' || c === 'h' || c === 'i' || c === 'l' || c === 'q' || c === 'n';
            out.push(newInt(readInt(dv, off, code.size, little, signed)));
          }
        }
      }
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  }
  return out.length === 0 ? newref(EMPTY_TUPLE) : newTuple(out);
}

// ------------------------------------------------------------------ operations

function doPack(so: StructObject, a: PyObject[], s: number, n: number): PyObject {
  if (n !== so.len) structError(`pack expected ${so.len} items for packing (got ${n})`);
  // (the memory limit stops a huge result before its JS buffer is made)
  RT.heap.ensureRoom(so.size);
  const buf = new Uint8Array(so.size);
  packInto(so, buf, 0, a, s);
  return newBytesFrom(buf);
}

/** The bytes of a read-only buffer argument ('y*'). */
function readBuffer(o: PyObject): Uint8Array {
  const b = bytesLike(o);
  if (b === null) raise(E.TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return b;
}

function doPackInto(so: StructObject, a: PyObject[], s: number, n: number): PyObject {
  if (n !== so.len + 2) {
    if (n === 0) raise(E.TypeError, 'pack_into expected buffer argument');
    if (n === 1) raise(E.TypeError, 'pack_into expected offset argument');
    structError(`pack_into expected ${so.len} items for packing (got ${n - 2})`);
  }
  // a writable buffer ('w*'): a bytearray or an array.array
  const target = a[s];
  let buf: Uint8Array | null = null;
  if (A.isInstance(target, T.bytearray)) buf = (target as BytesObject).value;
  else if (BUFFER_EXPORTERS.array !== null) buf = BUFFER_EXPORTERS.array(target);
  if (buf === null) raise(E.TypeError, `argument must be read-write bytes-like object, not ${target.ob_type.tp_name}`);
  let offset = A.indexAsNumber(a[s + 1], E.IndexError);
  if (offset < 0) {
    if (offset + so.size > 0) structError(`no space to pack ${so.size} bytes at offset ${offset}`);
    if (offset + buf.length < 0) structError(`offset ${offset} out of range for ${buf.length}-byte buffer`);
    offset += buf.length;
  }
  if (buf.length - offset < so.size) {
    structError(`pack_into requires a buffer of at least ${so.size + offset} bytes for packing ${so.size} bytes at offset ${offset} (actual buffer size is ${buf.length})`);
  }
  packInto(so, buf, offset, a, s + 2);
  return newref(None);
}

function doUnpack(so: StructObject, bufO: PyObject): PyObject {
  const buf = readBuffer(bufO);
  if (buf.length !== so.size) structError(`unpack requires a buffer of ${so.size} bytes`);
  return unpackAt(so, buf, 0);
}

function doUnpackFrom(so: StructObject, bufO: PyObject, offO: PyObject | null): PyObject {
  const buf = readBuffer(bufO);
  let offset = offO === null ? 0 : A.indexAsNumber(offO, E.OverflowError);
  if (offset < 0) {
    if (offset + so.size > 0) structError(`not enough data to unpack ${so.size} bytes at offset ${offset}`);
    if (offset + buf.length < 0) structError(`offset ${offset} out of range for ${buf.length}-byte buffer`);
    offset += buf.length;
  }
  if (buf.length - offset < so.size) {
    structError(`unpack_from requires a buffer of at least ${so.size + offset} bytes for unpacking ${so.size} bytes at offset ${offset} (actual buffer size is ${buf.length})`);
  }
  return unpackAt(so, buf, offset);
}

function doIterUnpack(so: StructObject, bufO: PyObject): PyObject {
  if (so.size === 0) structError('cannot iteratively unpack with a struct of length 0');
  const data = readBuffer(bufO);
  if (data.length % so.size !== 0) structError(`iterative unpacking requires a buffer of a multiple of ${so.size} bytes`);
  const it = new UnpackIterObject(UNPACK_ITER_TYPE);
  incref(UNPACK_ITER_TYPE);
  allocNative(it, false);
  it.so = newref(so);
  // PyObject_GetBuffer: the iterator keeps the exporter (a bytearray cannot resize meanwhile: not modelled)
  it.exporter = newref(bufO);
  it.data = data;
  RT.gc.track(it);
  return it;
}

// ------------------------------------------------------------------ slots and methods

function structOf(o: PyObject): StructObject {
  return o as StructObject;
}

onBootstrap(() => {
  registerWeakrefable(STRUCT_TYPE);
  STRUCT_TYPE.tp_doc = 'Struct(fmt) --> compiled struct object\n\n';
  const st = STRUCT_TYPE;
  // s_new makes an empty Struct (format None); Struct.__init__(format) parses the format
  st.tp_new = (type) => allocStruct(type);
  st.tp_init = (self, a, s, n, kw) => {
    const [format] = parseArgs('Struct', a, s, n, kw, ['format']);
    initStruct(structOf(self), format!);
  };
  st.tp_dealloc = structDealloc;
  st.tp_traverse = (o, visit) => {
    visit(o.ob_type);
    visit(structOf(o).format);
  };
  st.tp_repr = (o) => {
    if (pyMinor() >= 13) {
      const so = structOf(o);
      const f = so.format instanceof BytesObject ? newStr(String.fromCharCode(...so.format.value)) : newref(so.format);
      try {
        return newStr(`Struct(${A.reprString(f)})`);
      } finally {
        decref(f);
      }
    }
    return newStr(`<${o.ob_type.tp_name} object at 0x${o.addr.toString(16)}>`);
  };
  defineMethods(st, {
    pack: (o, a, s, n, kw) => {
      if (kwCount(kw) > 0) raise(E.TypeError, 'pack() takes no keyword arguments');
      return doPack(structOf(o), a, s, n);
    },
    pack_into: (o, a, s, n, kw) => {
      if (kwCount(kw) > 0) raise(E.TypeError, 'pack_into() takes no keyword arguments');
      return doPackInto(structOf(o), a, s, n);
    },
    unpack: (o, a, s, n, kw) => {
      oneArg('unpack', n, kw);
      return doUnpack(structOf(o), a[s]);
    },
    unpack_from: (o, a, s, n, kw) => {
      const [buffer, offset] = parseArgs('unpack_from', a, s, n, kw, ['buffer', 'offset?']);
      return doUnpackFrom(structOf(o), buffer!, offset);
    },
    iter_unpack: (o, a, s, n, kw) => {
      oneArg('iter_unpack', n, kw);
      return doIterUnpack(structOf(o), a[s]);
    },
    __sizeof__: (o, _a, _s, n, kw) => {
      noArgs('__sizeof__', n, kw);
      return newInt(o.ob_type.tp_basicsize + FORMATCODE_SIZE * (structOf(o).codes.length + 1));
    },
  });
  defineGetSets(st, {
    format: {
      get: (o) => {
        const f = structOf(o).format;
        return f instanceof BytesObject ? newStr(String.fromCharCode(...f.value)) : newref(f);
      },
      doc: 'struct format string',
    },
    size: { get: (o) => newInt(structOf(o).size), doc: 'struct size in bytes' },
  });

  const it = UNPACK_ITER_TYPE;
  it.tp_new = () => raise(E.TypeError, "cannot create '_struct.unpack_iterator' instances");
  it.tp_iter = (o) => newref(o);
  it.tp_iternext = (o) => {
    const u = o as UnpackIterObject;
    if (u.so === null) return null;
    if (u.index >= u.data.length) {
      // the iterator releases its Struct and buffer once exhausted
      const so = u.so;
      const ex = u.exporter;
      u.so = null;
      u.exporter = null;
      u.data = new Uint8Array(0);
      decref(so);
      xdecref(ex);
      return null;
    }
    const r = unpackAt(u.so, u.data, u.index);
    u.index += u.so.size;
    return r;
  };
  it.tp_traverse = (o, visit) => {
    visit(o.ob_type);
    const u = o as UnpackIterObject;
    if (u.so !== null) visit(u.so);
    if (u.exporter !== null) visit(u.exporter);
  };
  it.tp_dealloc = (o) => {
    const u = o as UnpackIterObject;
    RT.gc.untrack(u);
    const so = u.so;
    const ex = u.exporter;
    u.so = null;
    u.exporter = null;
    xdecref(so);
    xdecref(ex);
    freeObject(u, UNPACK_ITER_TYPE.tp_basicsize);
    decref(UNPACK_ITER_TYPE);
  };
  defineMethods(it, {
    __length_hint__: (o, _a, _s, n, kw) => {
      noArgs('__length_hint__', n, kw);
      const u = o as UnpackIterObject;
      if (u.so === null) return newInt(0);
      return newInt((u.data.length - u.index) / u.so.size);
    },
  });
});

// ------------------------------------------------------------------ module

/** A module function: the format's cached Struct, then `f`. */
function withStruct(fmt: PyObject, f: (so: StructObject) => PyObject): PyObject {
  const so = cachedStruct(fmt);
  try {
    return f(so);
  } finally {
    decref(so);
  }
}

NATIVE_MODULES._struct = () => {
  const m = RT.ext.newModule('_struct');
  const d = m.dict as DictObject;
  const doc = newStr(STRUCT_DOC);
  dictSetStr(d, '__doc__', doc);
  decref(doc);
  moduleFn(m, '_clearcache', (_m, _a, _s, n, kw) => {
    noArgs('_clearcache', n, kw);
    const c = state().cache;
    if (c !== null) dictClear(c);
    return newref(None);
  }, 'Clear the internal cache.');
  moduleFn(m, 'calcsize', (_m, a, s, n, kw) => {
    oneArg('calcsize', n, kw);
    return withStruct(a[s], (so) => newInt(so.size));
  });
  moduleFn(m, 'iter_unpack', (_m, a, s, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'iter_unpack() takes no keyword arguments');
    if (n !== 2) raise(E.TypeError, `iter_unpack expected 2 arguments, got ${n}`);
    return withStruct(a[s], (so) => doIterUnpack(so, a[s + 1]));
  });
  moduleFn(m, 'pack', (_m, a, s, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'pack() takes no keyword arguments');
    if (n === 0) raise(E.TypeError, 'missing format argument');
    return withStruct(a[s], (so) => doPack(so, a, s + 1, n - 1));
  });
  moduleFn(m, 'pack_into', (_m, a, s, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'pack_into() takes no keyword arguments');
    if (n === 0) raise(E.TypeError, 'missing format argument');
    return withStruct(a[s], (so) => doPackInto(so, a, s + 1, n - 1));
  });
  moduleFn(m, 'unpack', (_m, a, s, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'unpack() takes no keyword arguments');
    if (n !== 2) raise(E.TypeError, `unpack expected 2 arguments, got ${n}`);
    return withStruct(a[s], (so) => doUnpack(so, a[s + 1]));
  });
  moduleFn(m, 'unpack_from', (_m, a, s, n, kw) => {
    const [format, buffer, offset] = parseArgs('unpack_from', a, s, n, kw, ['format', '/', 'buffer', 'offset?']);
    return withStruct(format!, (so) => doUnpackFrom(so, buffer!, offset));
  });
  dictSetStr(d, 'Struct', STRUCT_TYPE);
  // PyErr_NewException("struct.error", NULL, NULL): a class over Exception with {'__module__': 'struct'}
  const ns = newDict();
  const modName = newStr('struct');
  dictSetStr(ns, '__module__', modName);
  decref(modName);
  const name = newStr('error');
  const bases = newTuple([newref(E.Exception)]);
  let error: PyObject;
  try {
    error = A.call(T.type, [name, bases, ns], 0, 3, null);
  } finally {
    decref(name);
    decref(bases);
    decref(ns);
  }
  states.set(RT, { error: error as PyType, cache: pyMinor() >= 12 ? newCache() : null });
  // the module state keeps its references for the interpreter's life
  RT.moduleStateRefs.push(error);
  dictSetStr(d, 'error', error);
  // the Struct and unpack_iterator heap types each hold a reference to the module (ht_module), kept with
  // the interpreter as the module state is
  RT.moduleStateRefs.push(newref(m), newref(m));
  return m;
};

const STRUCT_DOC = `Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
`;
