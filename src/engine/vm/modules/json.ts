/**
 * `_json`, the C accelerator of the json package (CPython: Modules/_json.c); the package itself is Python
 * (src/engine/stdlib/json). What it allocates, as in CPython:
 *   scanstring        a substring (PyUnicode_Substring) when the string has no escape, else a
 *                     _PyUnicodeWriter's str (overallocated by 25%, resized to its length at the end).
 *   make_scanner      `_json.Scanner` (a GC object, 72 bytes; 64 on 3.13 without the memo field). A call packs
 *                     its arguments in a tuple (tp_call) and returns an (object, end) tuple. Object keys go
 *                     through a memo dict (PyDict_SetDefault), so equal keys of a document are one str object:
 *                     on 3.11 / 3.12 the scanner's own dict, cleared after each call; on 3.13 a dict per call.
 *                     A number is converted through a temporary bytes object (or a str for parse_int /
 *                     parse_float hooks); objects are dicts (or lists of pairs for object_pairs_hook).
 *   make_encoder      `_json.Encoder` (a GC object, 80 bytes). A call writes the whole document into one
 *                     _PyUnicodeWriter and returns a 1-tuple with its str; each str, int and float is
 *                     converted to a temporary str first; a dict is walked through a new list of (key, value)
 *                     tuples (PyMapping_Items); circular references are found with the markers dict keyed by
 *                     id() ints.
 * Errors are json.decoder.JSONDecodeError(msg, doc, pos), looked up in sys.modules as raise_errmsg does, and
 * StopIteration(idx) where no value starts (JSONDecoder.raw_decode turns it into "Expecting value").
 */
import { PyObject, PyErr, RT, TPFLAGS, decref, newref, xdecref } from '../../objects/object';
import { None, True, False, IntObject } from '../../objects/singletons';
import { T } from '../../objects/types';
import { E, raise, raiseArgs } from '../../objects/exceptions';
import { StrObject, newStr, ID, EMPTY_STR } from '../../objects/str';
import { newInt, FloatObject, newFloat } from '../../objects/numbers';
import { TupleObject, ListObject, newTuple, newList, newListFrom, listAppend } from '../../objects/sequences';
import { DictObject, newDict, dictGetItem, dictSetItem, dictDelItem, dictClear, dictForEach, dictGetStr, dictSetStr } from '../../objects/dict';
import { BytesObject } from '../../objects/bytesobject';
import { allocObject } from '../../memory/heap';
import { onBootstrap } from '../../objects/typeobject';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { oneArg } from '../args';
import { nativeType, allocNative, freeNative, moduleFn, parseTupleKw, pyMinor } from './nativetype';
import { UnicodeWriter } from './unicodewriter';

const GC = TPFLAGS.HAVE_GC;
const SCANNER_TYPE = nativeType('_json.Scanner', 72, GC | TPFLAGS.BASETYPE);
const ENCODER_TYPE = nativeType('_json.Encoder', 80, GC | TPFLAGS.BASETYPE);

class ScannerObject extends PyObject {
  strict = true;
  objectHook: PyObject = newref(None);
  pairsHook: PyObject = newref(None);
  parseFloat: PyObject = newref(None);
  parseInt: PyObject = newref(None);
  parseConstant: PyObject = newref(None);
  /** 3.11 / 3.12: the memo dict kept by the scanner */
  memo: DictObject | null = null;
}

class EncoderObject extends PyObject {
  markers: PyObject = newref(None);
  defaultFn: PyObject = newref(None);
  encoder: PyObject = newref(None);
  indent: PyObject = newref(None);
  keySeparator: StrObject = newref(EMPTY_STR);
  itemSeparator: StrObject = newref(EMPTY_STR);
  sortKeys = false;
  skipKeys = false;
  allowNan = false;
  /** the encoder is _json's encode_basestring(_ascii): called directly (fast_encode) */
  fastEncode: ((s: StrObject) => StrObject) | null = null;
}

// ------------------------------------------------------------------ errors

/** raise_errmsg: json.decoder.JSONDecodeError(msg, s, end) */
function raiseErrmsg(msg: string, s: StrObject, end: number): never {
  const mod = dictGetStr(RT.modules, 'json.decoder');
  const cls = mod !== null ? A.getAttrStr(mod, 'JSONDecodeError') : null;
  if (cls === null) raise(E.ValueError, msg);
  const args = [newStr(msg), newref(s), newInt(end)];
  let exc: PyObject;
  try {
    exc = A.call(cls, args, 0, 3, null);
  } finally {
    for (const a of args) decref(a);
    decref(cls);
  }
  throw new PyErr(exc);
}

/** raise_stop_iteration: StopIteration(idx) */
function raiseStopIteration(idx: number): never {
  const v = newInt(idx);
  try {
    raiseArgs(E.StopIteration, [v]);
  } finally {
    decref(v);
  }
}

// ------------------------------------------------------------------ strings

/** The code points of a str (the scanner indexes by code point) */
function cps(s: StrObject): number[] {
  const out: number[] = new Array(s.cplen);
  let k = 0;
  const v = s.value;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length) {
      const d = v.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[k++] = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        continue;
      }
    }
    out[k++] = c;
  }
  return out;
}

function cpText(c: number[], start: number, end: number): string {
  let t = '';
  for (let i = start; i < end; i += 4096) t += String.fromCodePoint(...c.slice(i, Math.min(end, i + 4096)));
  return t;
}

function maxOf(c: number[], start: number, end: number): number {
  let m = 0;
  for (let i = start; i < end; i++) if (c[i] > m) m = c[i];
  return m;
}

const HEX = '0123456789abcdef';
function u4(c: number): string {
  return '\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
}

/** ascii_escape_unicode: a new ASCII str */
function asciiEscape(s: StrObject): StrObject {
  let out = '"';
  for (const ch of s.value) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x20 && c <= 0x7e && c !== 0x5c && c !== 0x22) out += ch;
    else out += escapeChar(c, true);
  }
  out += '"';
  return freshStr(out, 127);
}

/** escape_unicode: a new str of the input's kind */
function escapeUnicode(s: StrObject): StrObject {
  let out = '"';
  for (const ch of s.value) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x20 && c !== 0x5c && c !== 0x22) out += ch;
    else out += escapeChar(c, false);
  }
  out += '"';
  return freshStr(out, s.ascii ? 127 : s.kind === 1 ? 255 : s.kind === 2 ? 0xffff : 0x10ffff);
}

function escapeChar(c: number, ascii: boolean): string {
  switch (c) {
    case 0x5c: return '\\\\';
    case 0x22: return '\\"';
    case 0x08: return '\\b';
    case 0x0c: return '\\f';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x09: return '\\t';
  }
  if (ascii && c >= 0x10000) {
    const v = c - 0x10000;
    return u4(0xd800 | ((v >> 10) & 0x3ff)) + u4(0xdc00 | (v & 0x3ff));
  }
  return u4(c);
}

/** PyUnicode_New(len, maxchar) filled with `text` (never a singleton: the quotes make it >= 2 characters) */
function freshStr(text: string, maxchar: number): StrObject {
  const o = new StrObject(text);
  if (maxchar > 127 && o.ascii) {
    // the result keeps the input's kind even when the escaped text is ASCII
    o.ascii = false;
    o.kind = maxchar < 256 ? 1 : maxchar < 0x10000 ? 2 : 4;
  }
  const sz = RT.profile.sizes;
  allocObject(o, o.ascii ? sz.strAscii + o.cplen + 1 : sz.strCompact + (o.cplen + 1) * o.kind);
  return o;
}

function isWs(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * scanstring_unicode: the string starting after the quote at `end`; returns [str, index after the closing quote].
 */
function scanstring(pystr: StrObject, c: number[], end: number, strict: boolean): [StrObject, number] {
  const len = c.length;
  const begin = end - 1;
  if (end < 0 || len < end) raise(E.ValueError, 'end is out of bounds');
  const writer = new UnicodeWriter();
  try {
    for (;;) {
      let ch = 0;
      let next = end;
      for (; next < len; next++) {
        ch = c[next];
        if (ch === 0x22 || ch === 0x5c) break;
        if (ch <= 0x1f && strict) raiseErrmsg('Invalid control character at', pystr, next);
      }
      if (next >= len) ch = 0;
      if (ch === 0x22) {
        // the fast path: no escape before the closing quote
        if (writer.buffer === null) return [substring(pystr, c, end, next), next + 1];
      } else if (ch !== 0x5c) {
        raiseErrmsg('Unterminated string starting at', pystr, begin);
      }
      if (next !== end) writer.writeText(cpText(c, end, next), next - end, maxOf(c, end, next));
      next++;
      if (ch === 0x22) {
        end = next;
        break;
      }
      if (next === len) raiseErrmsg('Unterminated string starting at', pystr, begin);
      ch = c[next];
      if (ch !== 0x75) {
        end = next + 1;
        switch (ch) {
          case 0x22: case 0x5c: case 0x2f: break;
          case 0x62: ch = 0x08; break;
          case 0x66: ch = 0x0c; break;
          case 0x6e: ch = 0x0a; break;
          case 0x72: ch = 0x0d; break;
          case 0x74: ch = 0x09; break;
          default: ch = 0;
        }
        if (ch === 0) raiseErrmsg('Invalid \\escape', pystr, end - 2);
      } else {
        ch = 0;
        next++;
        end = next + 4;
        if (end >= len) raiseErrmsg('Invalid \\uXXXX escape', pystr, next - 1);
        ch = hex4(c, next);
        if (ch < 0) raiseErrmsg('Invalid \\uXXXX escape', pystr, end - 5);
        // a surrogate pair
        if (ch >= 0xd800 && ch <= 0xdbff && end + 6 < len && c[end] === 0x5c && c[end + 1] === 0x75) {
          const c2 = hex4(c, end + 2);
          if (c2 < 0) raiseErrmsg('Invalid \\uXXXX escape', pystr, end);
          if (c2 >= 0xdc00 && c2 <= 0xdfff) {
            ch = 0x10000 + (((ch - 0xd800) << 10) | (c2 - 0xdc00));
            end += 6;
          }
        }
      }
      writer.writeText(String.fromCodePoint(ch), 1, ch);
    }
    return [writer.finish(), end];
  } finally {
    writer.dealloc();
  }
}

function hex4(c: number[], at: number): number {
  let v = 0;
  for (let i = 0; i < 4; i++) {
    const d = c[at + i];
    let x: number;
    if (d >= 0x30 && d <= 0x39) x = d - 0x30;
    else if (d >= 0x61 && d <= 0x66) x = d - 0x61 + 10;
    else if (d >= 0x41 && d <= 0x46) x = d - 0x41 + 10;
    else return -1;
    v = (v << 4) | x;
  }
  return v;
}

/** PyUnicode_Substring: the str itself for the whole range, else a new str (singletons for 0 / 1 latin-1) */
function substring(pystr: StrObject, c: number[], start: number, end: number): StrObject {
  if (start === 0 && end === c.length && pystr.ob_type === T.str) return newref(pystr);
  return newStr(cpText(c, start, end));
}

// ------------------------------------------------------------------ scanner

interface ScanState {
  s: ScannerObject;
  memo: DictObject;
  pystr: StrObject;
  c: number[];
}

function scanOnce(st: ScanState, idx: number): [PyObject, number] {
  const c = st.c;
  const length = c.length;
  if (idx < 0) raise(E.ValueError, 'idx cannot be negative');
  if (idx >= length) raiseStopIteration(idx);
  switch (c[idx]) {
    case 0x22:
      return scanstring(st.pystr, c, idx + 1, st.s.strict);
    case 0x7b: {
      RT.enterRecursiveCall(' while decoding a JSON object from a unicode string');
      try {
        return parseObject(st, idx + 1);
      } finally {
        RT.leaveRecursiveCall();
      }
    }
    case 0x5b: {
      RT.enterRecursiveCall(' while decoding a JSON array from a unicode string');
      try {
        return parseArray(st, idx + 1);
      } finally {
        RT.leaveRecursiveCall();
      }
    }
    case 0x6e:
      if (idx + 3 < length && c[idx + 1] === 0x75 && c[idx + 2] === 0x6c && c[idx + 3] === 0x6c) return [newref(None), idx + 4];
      break;
    case 0x74:
      if (idx + 3 < length && c[idx + 1] === 0x72 && c[idx + 2] === 0x75 && c[idx + 3] === 0x65) return [newref(True), idx + 4];
      break;
    case 0x66:
      if (idx + 4 < length && c[idx + 1] === 0x61 && c[idx + 2] === 0x6c && c[idx + 3] === 0x73 && c[idx + 4] === 0x65)
        return [newref(False), idx + 5];
      break;
    case 0x4e:
      if (idx + 2 < length && c[idx + 1] === 0x61 && c[idx + 2] === 0x4e) return parseConstant(st, 'NaN', idx);
      break;
    case 0x49:
      if (matches(c, idx, 'Infinity')) return parseConstant(st, 'Infinity', idx);
      break;
    case 0x2d:
      if (matches(c, idx, '-Infinity')) return parseConstant(st, '-Infinity', idx);
      break;
  }
  return matchNumber(st, idx);
}

function matches(c: number[], idx: number, word: string): boolean {
  if (idx + word.length - 1 >= c.length) return false;
  for (let i = 0; i < word.length; i++) if (c[idx + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** _parse_constant: parse_constant(interned name) */
function parseConstant(st: ScanState, name: string, idx: number): [PyObject, number] {
  const cstr = newref(ID(name));
  try {
    return [A.call(st.s.parseConstant, [cstr], 0, 1, null), idx + name.length];
  } finally {
    decref(cstr);
  }
}

/** _match_number_unicode */
function matchNumber(st: ScanState, start: number): [PyObject, number] {
  const c = st.c;
  const endIdx = c.length - 1;
  let idx = start;
  let isFloat = false;
  const digit = (i: number) => c[i] >= 0x30 && c[i] <= 0x39;
  if (c[idx] === 0x2d) {
    idx++;
    if (idx > endIdx) raiseStopIteration(start);
  }
  if (c[idx] >= 0x31 && c[idx] <= 0x39) {
    idx++;
    while (idx <= endIdx && digit(idx)) idx++;
  } else if (c[idx] === 0x30) {
    idx++;
  } else {
    raiseStopIteration(start);
  }
  if (idx < endIdx && c[idx] === 0x2e && digit(idx + 1)) {
    isFloat = true;
    idx += 2;
    while (idx <= endIdx && digit(idx)) idx++;
  }
  if (idx < endIdx && (c[idx] === 0x65 || c[idx] === 0x45)) {
    const eStart = idx;
    idx++;
    if (idx < endIdx && (c[idx] === 0x2d || c[idx] === 0x2b)) idx++;
    while (idx <= endIdx && digit(idx)) idx++;
    if (digit(idx - 1)) isFloat = true;
    else idx = eStart;
  }
  const text = cpText(c, start, idx);
  const s = st.s;
  const custom = isFloat ? (s.parseFloat !== T.float ? s.parseFloat : null) : s.parseInt !== T.int ? s.parseInt : null;
  if (custom !== null) {
    const numstr = newStr(text);
    try {
      return [A.call(custom, [numstr], 0, 1, null), idx];
    } finally {
      decref(numstr);
    }
  }
  // the digits copied into a temporary bytes object (PyBytes_FromStringAndSize(NULL, n))
  const u8 = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) u8[i] = text.charCodeAt(i);
  const numstr = new BytesObject(T.bytes, u8);
  allocObject(numstr, 33 + u8.length);
  try {
    return [isFloat ? newFloat(Number(text)) : newInt(intValue(text)), idx];
  } finally {
    decref(numstr);
  }
}

function intValue(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}

/** _parse_object_unicode */
function parseObject(st: ScanState, idx: number): [PyObject, number] {
  const s = st.s;
  const c = st.c;
  const endIdx = c.length - 1;
  const hasPairsHook = s.pairsHook !== None;
  const rval: PyObject = hasPairsHook ? newList(0) : newDict();
  try {
    while (idx <= endIdx && isWs(c[idx])) idx++;
    if (idx > endIdx || c[idx] !== 0x7d) {
      for (;;) {
        if (idx > endIdx || c[idx] !== 0x22) raiseErrmsg('Expecting property name enclosed in double quotes', st.pystr, idx);
        const [k, nextIdx] = scanstring(st.pystr, c, idx + 1, s.strict);
        // PyDict_SetDefault(memo, key, key): equal keys share one str object
        let key: PyObject;
        try {
          const memokey = dictGetItem(st.memo, k);
          if (memokey === null) {
            dictSetItem(st.memo, k, k);
            key = newref(k);
          } else key = newref(memokey);
        } finally {
          decref(k);
        }
        try {
          idx = nextIdx;
          while (idx <= endIdx && isWs(c[idx])) idx++;
          if (idx > endIdx || c[idx] !== 0x3a) raiseErrmsg("Expecting ':' delimiter", st.pystr, idx);
          idx++;
          while (idx <= endIdx && isWs(c[idx])) idx++;
          const [val, next] = scanOnce(st, idx);
          try {
            if (hasPairsHook) {
              listAppend(rval as ListObject, newTuple([newref(key), newref(val)]));
            } else {
              dictSetItem(rval as DictObject, key, val);
            }
          } finally {
            decref(val);
          }
          idx = next;
        } finally {
          decref(key);
        }
        while (idx <= endIdx && isWs(c[idx])) idx++;
        if (idx <= endIdx && c[idx] === 0x7d) break;
        if (idx > endIdx || c[idx] !== 0x2c) raiseErrmsg("Expecting ',' delimiter", st.pystr, idx);
        const commaIdx = idx;
        idx++;
        while (idx <= endIdx && isWs(c[idx])) idx++;
        if (pyMinor() >= 13 && idx <= endIdx && c[idx] === 0x7d)
          raiseErrmsg('Illegal trailing comma before end of object', st.pystr, commaIdx);
      }
    }
  } catch (e) {
    decref(rval);
    throw e;
  }
  const hook = hasPairsHook ? s.pairsHook : s.objectHook;
  if (hook !== None) {
    try {
      return [A.call(hook, [rval], 0, 1, null), idx + 1];
    } finally {
      decref(rval);
    }
  }
  return [rval, idx + 1];
}

/** _parse_array_unicode */
function parseArray(st: ScanState, idx: number): [PyObject, number] {
  const c = st.c;
  const endIdx = c.length - 1;
  const rval = newList(0);
  try {
    while (idx <= endIdx && isWs(c[idx])) idx++;
    if (idx > endIdx || c[idx] !== 0x5d) {
      for (;;) {
        const [val, next] = scanOnce(st, idx);
        listAppend(rval, val);
        idx = next;
        while (idx <= endIdx && isWs(c[idx])) idx++;
        if (idx <= endIdx && c[idx] === 0x5d) break;
        if (idx > endIdx || c[idx] !== 0x2c) raiseErrmsg("Expecting ',' delimiter", st.pystr, idx);
        const commaIdx = idx;
        idx++;
        while (idx <= endIdx && isWs(c[idx])) idx++;
        if (pyMinor() >= 13 && idx <= endIdx && c[idx] === 0x5d)
          raiseErrmsg('Illegal trailing comma before end of array', st.pystr, commaIdx);
      }
    }
    if (idx > endIdx || c[idx] !== 0x5d) raiseErrmsg('Expecting value', st.pystr, endIdx);
  } catch (e) {
    decref(rval);
    throw e;
  }
  return [rval, idx + 1];
}

/** tp_call through _PyObject_MakeTpCall: the positional arguments packed in a tuple for the call */
function packArgs(args: PyObject[], start: number, nargs: number): TupleObject {
  const items: PyObject[] = [];
  for (let i = 0; i < nargs; i++) items.push(newref(args[start + i]));
  return newTuple(items);
}

function ssizeArg(o: PyObject): number {
  if (!(o instanceof IntObject) && o.ob_type.nb_index === null)
    raise(E.TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const v = A.indexValue(o);
  if (typeof v === 'bigint') raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

// ------------------------------------------------------------------ encoder

function encodeString(s: EncoderObject, obj: StrObject): StrObject {
  if (s.fastEncode !== null) return s.fastEncode(obj);
  const encoded = A.call(s.encoder, [obj], 0, 1, null);
  if (!(encoded instanceof StrObject)) {
    const name = encoded.ob_type.tp_name;
    decref(encoded);
    raise(E.TypeError, `encoder() must return a string, not ${name}`);
  }
  return encoded;
}

/** encoder_encode_float */
function encodeFloat(s: EncoderObject, obj: PyObject): StrObject {
  const x = (obj as FloatObject).value;
  if (!Number.isFinite(x)) {
    if (!s.allowNan) {
      if (pyMinor() >= 12) raise(E.ValueError, `Out of range float values are not JSON compliant: ${A.reprString(obj)}`);
      raise(E.ValueError, 'Out of range float values are not JSON compliant');
    }
    return newStr(x > 0 ? 'Infinity' : x < 0 ? '-Infinity' : 'NaN');
  }
  return T.float.tp_repr!(obj) as StrObject;
}

function stealAccumulate(writer: UnicodeWriter, o: StrObject): void {
  try {
    writer.writeStr(o);
  } finally {
    decref(o);
  }
}

function listencodeObj(s: EncoderObject, writer: UnicodeWriter, obj: PyObject): void {
  if (obj === None) return writer.writeText('null', 4, 127);
  if (obj === True) return writer.writeText('true', 4, 127);
  if (obj === False) return writer.writeText('false', 5, 127);
  if (obj instanceof StrObject) return stealAccumulate(writer, encodeString(s, obj));
  if (A.isInstance(obj, T.int)) return stealAccumulate(writer, T.int.tp_repr!(obj) as StrObject);
  if (A.isInstance(obj, T.float)) return stealAccumulate(writer, encodeFloat(s, obj));
  if (A.isInstance(obj, T.list) || A.isInstance(obj, T.tuple)) {
    RT.enterRecursiveCall(' while encoding a JSON object');
    try {
      return listencodeList(s, writer, obj);
    } finally {
      RT.leaveRecursiveCall();
    }
  }
  if (A.isInstance(obj, T.dict)) {
    RT.enterRecursiveCall(' while encoding a JSON object');
    try {
      return listencodeDict(s, writer, obj as DictObject);
    } finally {
      RT.leaveRecursiveCall();
    }
  }
  const ident = enterMarker(s, obj);
  try {
    const newobj = A.call(s.defaultFn, [obj], 0, 1, null);
    try {
      RT.enterRecursiveCall(' while encoding a JSON object');
      try {
        listencodeObj(s, writer, newobj);
      } finally {
        RT.leaveRecursiveCall();
      }
    } finally {
      decref(newobj);
    }
    leaveMarker(s, ident);
  } catch (e) {
    xdecref(ident);
    throw e;
  }
}

/** markers: ident = PyLong_FromVoidPtr(obj), "Circular reference detected" when already there */
function enterMarker(s: EncoderObject, obj: PyObject): PyObject | null {
  if (s.markers === None) return null;
  const ident = newInt(BigInt(obj.addr));
  try {
    if (dictGetItem(s.markers as DictObject, ident) !== null) raise(E.ValueError, 'Circular reference detected');
    dictSetItem(s.markers as DictObject, ident, obj);
  } catch (e) {
    decref(ident);
    throw e;
  }
  return ident;
}

function leaveMarker(s: EncoderObject, ident: PyObject | null): void {
  if (ident === null) return;
  try {
    dictDelItem(s.markers as DictObject, ident);
  } finally {
    decref(ident);
  }
}

function listencodeList(s: EncoderObject, writer: UnicodeWriter, seq: PyObject): void {
  const items = (seq as ListObject | TupleObject).items;
  if (items.length === 0) return writer.writeText('[]', 2, 127);
  const ident = enterMarker(s, seq);
  try {
    writer.writeText('[', 1, 0x5b);
    for (let i = 0; i < items.length; i++) {
      if (i) writer.writeStr(s.itemSeparator);
      listencodeObj(s, writer, items[i]);
    }
    leaveMarker(s, ident);
  } catch (e) {
    xdecref(ident);
    throw e;
  }
  writer.writeText(']', 1, 0x5d);
}

/** encoder_encode_key_value: the key as a JSON string, the separator, the value */
function encodeKeyValue(s: EncoderObject, writer: UnicodeWriter, first: { value: boolean }, key: PyObject, value: PyObject): void {
  let kstr: StrObject;
  if (key instanceof StrObject) kstr = newref(key);
  else if (A.isInstance(key, T.float)) kstr = encodeFloat(s, key);
  else if (key === True || key === False || key === None) kstr = newref(ID(key === True ? 'true' : key === False ? 'false' : 'null'));
  else if (A.isInstance(key, T.int)) kstr = T.int.tp_repr!(key) as StrObject;
  else if (s.skipKeys) return;
  else raise(E.TypeError, `keys must be str, int, float, bool or None, not ${key.ob_type.tp_name}`);
  let encoded: StrObject;
  try {
    if (first.value) first.value = false;
    else writer.writeStr(s.itemSeparator);
    encoded = encodeString(s, kstr);
  } finally {
    decref(kstr);
  }
  stealAccumulate(writer, encoded);
  writer.writeStr(s.keySeparator);
  listencodeObj(s, writer, value);
}

function listencodeDict(s: EncoderObject, writer: UnicodeWriter, dct: DictObject): void {
  let n = 0;
  dictForEach(dct, () => void n++);
  if (n === 0) return writer.writeText('{}', 2, 127);
  const ident = enterMarker(s, dct);
  try {
    writer.writeText('{', 1, 0x7b);
    const first = { value: true };
    if (pyMinor() >= 12 && !s.sortKeys && dct.ob_type === T.dict) {
      // 3.12+: an exact dict is walked in place (PyDict_Next, borrowed keys and values)
      const pairs: [PyObject, PyObject][] = [];
      dictForEach(dct, (k, v) => void pairs.push([k, v]));
      for (const [k, v] of pairs) encodeKeyValue(s, writer, first, k, v);
    } else {
      // PyMapping_Items: a list of new (key, value) tuples, sorted if asked; 3.11 walks it with an iterator
      const pairs: PyObject[] = [];
      dictForEach(dct, (k, v) => void pairs.push(newTuple([newref(k), newref(v)])));
      const items = newListFrom(pairs);
      try {
        if (s.sortKeys) RT.ext.listSort(items, [], 0, 0, null);
        if (pyMinor() >= 12) {
          for (let i = 0; i < items.items.length; i++) {
            const [k, v] = (items.items[i] as TupleObject).items;
            encodeKeyValue(s, writer, first, k, v);
          }
        } else {
          const it = A.getIter(items);
          try {
            for (let item = A.iterNext(it); item !== null; item = A.iterNext(it)) {
              try {
                const [k, v] = (item as TupleObject).items;
                encodeKeyValue(s, writer, first, k, v);
              } finally {
                decref(item);
              }
            }
          } finally {
            decref(it);
          }
        }
      } finally {
        decref(items);
      }
    }
    leaveMarker(s, ident);
  } catch (e) {
    xdecref(ident);
    throw e;
  }
  writer.writeText('}', 1, 0x7d);
}

// ------------------------------------------------------------------ types and module

/** METH_O: `name() takes exactly one argument (N given)` (encode_basestring, encode_basestring_ascii) */
function oneStrArg(name: string, a: PyObject[], s: number, n: number, kw: PyObject | null): StrObject {
  oneArg(name, n, kw);
  return strArg(a[s]);
}

function strArg(o: PyObject): StrObject {
  if (!(o instanceof StrObject)) raise(E.TypeError, `first argument must be a string, not ${o.ob_type.tp_name}`);
  return o;
}

onBootstrap(() => {
  const sc = SCANNER_TYPE;
  sc.tp_new = (type, a, s, n, kw) => {
    const [ctx] = parseTupleKw('make_scanner', a, s, n, kw, ['context'], 1);
    const o = new ScannerObject(type);
    allocNative(o);
    try {
      const strict = A.getAttrStr(ctx!, 'strict');
      try {
        o.strict = A.isTrue(strict);
      } finally {
        decref(strict);
      }
      const take = (name: string): PyObject => A.getAttrStr(ctx!, name);
      const set = (cur: PyObject, v: PyObject): PyObject => {
        decref(cur);
        return v;
      };
      o.objectHook = set(o.objectHook, take('object_hook'));
      o.pairsHook = set(o.pairsHook, take('object_pairs_hook'));
      o.parseFloat = set(o.parseFloat, take('parse_float'));
      o.parseInt = set(o.parseInt, take('parse_int'));
      o.parseConstant = set(o.parseConstant, take('parse_constant'));
      if (pyMinor() < 13) o.memo = newDict();
    } catch (e) {
      decref(o);
      throw e;
    }
    return o;
  };
  sc.tp_dealloc = (o) => {
    const s = o as ScannerObject;
    RT.gc.untrack(s);
    scannerClear(s);
    freeNative(s);
  };
  sc.tp_traverse = (o, visit) => {
    const s = o as ScannerObject;
    if (o.ob_type.tp_flags & TPFLAGS.HEAPTYPE) visit(o.ob_type);
    for (const r of [s.objectHook, s.pairsHook, s.parseFloat, s.parseInt, s.parseConstant]) visit(r);
    if (s.memo !== null) visit(s.memo);
  };
  sc.tp_clear = (o) => scannerClear(o as ScannerObject);
  sc.tp_call = (self, a, s, n, kw) => {
    const packed = packArgs(a, s, n);
    try {
      const [strO, idxO] = parseTupleKw('scan_once', a, s, n, kw, ['string', 'idx'], 2);
      const idx = ssizeArg(idxO!);
      const pystr = strArg(strO!);
      const sc0 = self as ScannerObject;
      const memo = sc0.memo ?? newDict();
      let result: [PyObject, number];
      try {
        result = scanOnce({ s: sc0, memo, pystr, c: cps(pystr) }, idx);
      } finally {
        if (sc0.memo === null) decref(memo);
        else dictClear(memo);
      }
      const end = newInt(result[1]);
      return newTuple([result[0], end]);
    } finally {
      decref(packed);
    }
  };

  const et = ENCODER_TYPE;
  et.tp_new = (type, a, s, n, kw) => {
    const names = ['markers', 'default', 'encoder', 'indent', 'key_separator', 'item_separator', 'sort_keys', 'skipkeys', 'allow_nan'];
    const v = parseTupleKw('make_encoder', a, s, n, kw, names, 9);
    const markers = v[0]!;
    if (markers !== None && !(markers instanceof DictObject))
      raise(E.TypeError, `make_encoder() argument 1 must be dict or None, not ${markers.ob_type.tp_name}`);
    for (const i of [4, 5]) {
      if (!(v[i] instanceof StrObject)) raise(E.TypeError, `make_encoder() argument ${i + 1} must be str, not ${v[i]!.ob_type.tp_name}`);
    }
    const o = new EncoderObject(type);
    allocNative(o);
    const swap = (cur: PyObject, nv: PyObject) => {
      decref(cur);
      return newref(nv);
    };
    o.markers = swap(o.markers, markers);
    o.defaultFn = swap(o.defaultFn, v[1]!);
    o.encoder = swap(o.encoder, v[2]!);
    o.indent = swap(o.indent, v[3]!);
    o.keySeparator = swap(o.keySeparator, v[4]!) as StrObject;
    o.itemSeparator = swap(o.itemSeparator, v[5]!) as StrObject;
    o.sortKeys = A.isTrue(v[6]!);
    o.skipKeys = A.isTrue(v[7]!);
    o.allowNan = A.isTrue(v[8]!);
    const enc = o.encoder as { fn?: unknown };
    if (enc.fn === encodeBasestringAsciiFn) o.fastEncode = asciiEscape;
    else if (enc.fn === encodeBasestringFn) o.fastEncode = escapeUnicode;
    return o;
  };
  et.tp_dealloc = (o) => {
    const e = o as EncoderObject;
    RT.gc.untrack(e);
    encoderClear(e);
    freeNative(e);
  };
  et.tp_traverse = (o, visit) => {
    const e = o as EncoderObject;
    if (o.ob_type.tp_flags & TPFLAGS.HEAPTYPE) visit(o.ob_type);
    for (const r of [e.markers, e.defaultFn, e.encoder, e.indent, e.keySeparator, e.itemSeparator]) visit(r);
  };
  et.tp_clear = (o) => encoderClear(o as EncoderObject);
  et.tp_call = (self, a, s, n, kw) => {
    const packed = packArgs(a, s, n);
    try {
      const [obj, levelO] = parseTupleKw('_iterencode', a, s, n, kw, ['obj', '_current_indent_level'], 2);
      ssizeArg(levelO!);
      const writer = new UnicodeWriter();
      try {
        listencodeObj(self as EncoderObject, writer, obj!);
        return newTuple([writer.finish()]);
      } finally {
        writer.dealloc();
      }
    } finally {
      decref(packed);
    }
  };
});

function scannerClear(s: ScannerObject): void {
  const refs = [s.objectHook, s.pairsHook, s.parseFloat, s.parseInt, s.parseConstant];
  s.objectHook = s.pairsHook = s.parseFloat = s.parseInt = s.parseConstant = None;
  const memo = s.memo;
  s.memo = null;
  for (const r of refs) if (r !== None) decref(r);
  if (memo !== null) decref(memo);
}

function encoderClear(e: EncoderObject): void {
  const refs: PyObject[] = [e.markers, e.defaultFn, e.encoder, e.indent, e.keySeparator, e.itemSeparator];
  e.markers = e.defaultFn = e.encoder = e.indent = None;
  e.keySeparator = e.itemSeparator = EMPTY_STR;
  for (const r of refs) if (r !== None && r !== EMPTY_STR) decref(r);
}

const encodeBasestringAsciiFn = (_m: PyObject, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject => {
  return asciiEscape(oneStrArg('encode_basestring_ascii', a, s, n, kw));
};

const encodeBasestringFn = (_m: PyObject, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject => {
  return escapeUnicode(oneStrArg('encode_basestring', a, s, n, kw));
};

NATIVE_MODULES._json = () => {
  const m = RT.ext.newModule('_json');
  const d = m.dict as DictObject;
  dictSetStr(d, 'make_scanner', SCANNER_TYPE);
  dictSetStr(d, 'make_encoder', ENCODER_TYPE);
  moduleFn(m, 'encode_basestring_ascii', encodeBasestringAsciiFn, 'Return an ASCII-only JSON representation of a Python string');
  moduleFn(m, 'encode_basestring', encodeBasestringFn, 'Return a JSON representation of a Python string');
  moduleFn(m, 'scanstring', (_m, a, s, n, kw) => {
    if (kw !== null && (kw as TupleObject).items.length > 0) raise(E.TypeError, 'scanstring() takes no keyword arguments');
    if (n < 2 || n > 3) raise(E.TypeError, `scanstring expected ${n < 2 ? 'at least 2' : 'at most 3'} arguments, got ${n}`);
    const o = a[s];
    const end = ssizeArg(a[s + 1]);
    const strict = n > 2 ? A.isTrue(a[s + 2]) : true;
    const pystr = strArg(o);
    const [str, next] = scanstring(pystr, cps(pystr), end, strict);
    return newTuple([str, newInt(next)]);
  });
  return m;
};
