/**
 * The `_io` module's in-memory streams and the `io` module (CPython: Modules/_io/stringio.c, bytesio.c,
 * iobase.c; Lib/io.py re-exports them). Both modules are in sys.modules when a program starts
 * (profile.startupModules), so `import io` allocates nothing.
 *
 * Memory, as in CPython:
 *   StringIO  a GC object (basicsize 120 / 168 on 3.12+) with two states (stringio.c): ACCUMULATING, where the
 *             text lives in a _PyUnicodeWriter (a str object overallocated by 25% and grown with resize_compact),
 *             and REALIZED, where it lives in a PyMem buffer of UCS4 characters (resize_buffer's policy). A
 *             StringIO starts accumulating (or realized when made with an initial value); writes at the end
 *             accumulate, a read, readline, seek-then-write or truncate realizes. getvalue() / read() of
 *             everything while accumulating hand out the writer's str (make_intermediate) and copy it into a
 *             fresh writer. The separate buffer starts as PyMem_Malloc(0) and is resized to 2 characters.
 *             newline=None and newline='' make an IncrementalNewlineDecoder (a 40-byte GC object).
 *   BytesIO   a GC object (basicsize 64) whose buffer is a bytes object: the initial bytes are shared (no
 *             copy) until the first change, the buffer grows by resize_buffer's policy (_PyBytes_Resize, an
 *             in-place realloc), and getvalue() returns the buffer itself once it is resized to the exact size
 *             (`b.getvalue() is b.getvalue()`). __sizeof__ counts an unshared buffer. getbuffer() makes an
 *             _io._BytesIOBuffer (24 bytes, GC) holding the BytesIO and a memoryview on it; exporting unshares
 *             the buffer and counts in `exports`, which forbids writes, truncate and close (BufferError).
 * The methods returning a size or a position make their int with PyLong_FromSsize_t (28 bytes, one digit).
 * Files: open() and io.open() raise the sandbox's error; TextIOWrapper, FileIO and the buffered classes exist
 * only as names whose construction needs a file.
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, GCF, decref, newref, xdecref } from '../../objects/object';
import { None, True, False, IntObject } from '../../objects/singletons';
import { T } from '../../objects/types';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr, EMPTY_STR, ID } from '../../objects/str';
import { newInt, newIntFromSsize, newBool } from '../../objects/numbers';
import { newList, newTuple, listAppend, listClearItems, ListObject } from '../../objects/sequences';
import { DictObject, dictSetStr, dictGetStr, newDict } from '../../objects/dict';
import { BytesObject, EMPTY_BYTES, bytesLike, newBytesFrom } from '../../objects/bytesobject';
import { onBootstrap, defineMethods, defineGetSets, typeNew } from '../../objects/typeobject';
import { registerWeakrefable } from '../../objects/weakref';
import { allocObject } from '../../memory/heap';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { noArgs, oneArg, posArgs, parseArgs } from '../args';
import { listExtend } from '../../objects/listmethods';
import { nativeType, allocNative, freeNative, holdTypeRefs, moduleFn, pyMinor, GENERIC_DICT_GETSET } from './nativetype';
import { UnicodeWriter } from './unicodewriter';
import { BUFFER_PROVIDERS, newMemoryView } from '../../objects/memoryview';

const GC = TPFLAGS.HAVE_GC;
const BASE = TPFLAGS.BASETYPE;

const IOBASE = nativeType('_io._IOBase', 32, GC | BASE);
const TEXTIOBASE = nativeType('_io._TextIOBase', 32, GC | BASE, IOBASE);
const BUFFEREDIOBASE = nativeType('_io._BufferedIOBase', 32, GC | BASE, IOBASE);
const RAWIOBASE = nativeType('_io._RawIOBase', 32, GC | BASE, IOBASE);
/** sizeof(stringio) is set per version (setVersionLayouts) */
export const STRINGIO_TYPE = nativeType('_io.StringIO', 168, GC | BASE, TEXTIOBASE);
export const BYTESIO_TYPE = nativeType('_io.BytesIO', 64, GC | BASE, BUFFEREDIOBASE);
/** bytesiobuf: the exporter of BytesIO.getbuffer()'s memoryview (`v.obj`), holding its BytesIO */
const BYTESIOBUF_TYPE = nativeType('_io._BytesIOBuffer', 24, GC);
/** nldecoder_object: only made (and freed) for its memory; it is not reachable from Python */
const NLDECODER_TYPE = nativeType('_io.IncrementalNewlineDecoder', 40, GC | BASE);
/** classes that need a file: the names exist, constructing one raises the sandbox error */
const FILE_TYPES = [
  nativeType('_io.FileIO', 104, GC | BASE, RAWIOBASE),
  nativeType('_io.BufferedReader', 184, GC | BASE, BUFFEREDIOBASE),
  nativeType('_io.BufferedWriter', 184, GC | BASE, BUFFEREDIOBASE),
  nativeType('_io.BufferedRandom', 184, GC | BASE, BUFFEREDIOBASE),
  nativeType('_io.BufferedRWPair', 56, GC | BASE, BUFFEREDIOBASE),
  nativeType('_io.TextIOWrapper', 208, GC | BASE, TEXTIOBASE),
];
// heap types since 3.12: their instances hold a reference to them
holdTypeRefs(IOBASE, TEXTIOBASE, BUFFEREDIOBASE, RAWIOBASE, STRINGIO_TYPE, BYTESIO_TYPE, BYTESIOBUF_TYPE, NLDECODER_TYPE, ...FILE_TYPES);

const SANDBOX_MSG = 'heapscope: programs cannot open files (the sandbox has no file system)';

/** io.UnsupportedOperation of this run (a class made when `_io` is created, as _PyIO_State's). */
const unsupported = new WeakMap<object, PyType>();
function raiseUnsupported(msg: string): never {
  raise(unsupported.get(RT) ?? E.OSError, msg);
}

// ------------------------------------------------------------------ StringIO

/**
 * 3.11's accumulator (_PyAccu, Objects/accu.c): the written strs themselves, appended to a `small` list (no
 * copy), joined into the `large` list every 100000 pieces; finish() joins everything ('' and a single exact str
 * are returned as they are).
 */
class Accu {
  small: ListObject | null = null;
  large: ListObject | null = null;

  /** _PyAccu_Init */
  init(): void {
    this.small = newList(0);
  }

  /** _PyAccu_Accumulate */
  writeStr(s: StrObject): void {
    listAppend(this.small!, newref(s));
    if (this.small!.items.length >= 100000) this.flush();
  }

  private flush(): void {
    const small = this.small!;
    if (small.items.length === 0) return;
    if (this.large === null) this.large = newList(0);
    const joined = joinStrs(small.items);
    // PyList_SetSlice(small, 0, n, NULL): the items and the array released
    listClearItems(small);
    listAppend(this.large, joined);
  }

  /** _PyAccu_Finish */
  finish(): StrObject {
    let list: ListObject;
    if (this.large === null) {
      list = this.small!;
      this.small = null;
    } else {
      this.flush();
      const small = this.small;
      this.small = null;
      xdecref(small);
      list = this.large;
      this.large = null;
    }
    try {
      return joinStrs(list.items);
    } finally {
      decref(list);
    }
  }

  /** _PyAccu_Destroy */
  dealloc(): void {
    const small = this.small;
    const large = this.large;
    this.small = null;
    this.large = null;
    xdecref(small);
    xdecref(large);
  }
}

/** PyUnicode_Join('', items): '' for none, the str itself for one exact str, else a new str */
function joinStrs(items: PyObject[]): StrObject {
  if (items.length === 0) return newref(EMPTY_STR);
  if (items.length === 1 && items[0].ob_type === T.str) return newref(items[0] as StrObject);
  let t = '';
  for (const x of items) t += (x as StrObject).value;
  return newStr(t);
}


const STATE_REALIZED = 1;
const STATE_ACCUMULATING = 2;
const SEEN_CR = 1;
const SEEN_LF = 2;
const SEEN_CRLF = 4;

class StringIOObject extends PyObject {
  /** the UCS4 buffer (PyMem): its address and size in characters; `chars` holds the string_size code points */
  bufAddr = 0;
  bufSize = 0;
  chars: number[] = [];
  pos = 0;
  stringSize = 0;
  state = 0;
  /** the accumulating state's text (made by startAccumulating) */
  writer: UnicodeWriter | Accu = new UnicodeWriter();
  ok = false;
  closed = false;
  readuniversal = false;
  readtranslate = false;
  /** the IncrementalNewlineDecoder (newline=None or ''), with its seennl bits */
  decoder: PyObject | null = null;
  seennl = 0;
  readnl: StrObject | null = null;
  writenl: StrObject | null = null;
}

function sio(o: PyObject): StringIOObject {
  if (!(o instanceof StringIOObject)) raise(E.TypeError, `descriptor requires a '_io.StringIO' object but received '${o.ob_type.tp_name}'`);
  return o;
}

function checkInitialized(s: StringIOObject): void {
  if (!s.ok) raise(E.ValueError, 'I/O operation on uninitialized object');
}
function checkClosed(s: StringIOObject): void {
  if (s.closed) raise(E.ValueError, 'I/O operation on closed file');
}
function checkOpen(s: StringIOObject): void {
  checkInitialized(s);
  checkClosed(s);
}

/** resize_buffer: the UCS4 buffer to hold `size` characters and one more (PyMem_Realloc) */
function resizeBuffer(s: StringIOObject, size: number): void {
  let alloc = s.bufSize;
  size = size + 1;
  if (size < alloc / 2) alloc = size + 1;
  else if (size < alloc) return;
  else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  s.bufAddr = RT.heap.realloc(s.bufAddr, s.bufSize * 4, alloc * 4);
  s.bufSize = alloc;
}

/** realize: the accumulated text moves into the UCS4 buffer */
function realize(s: StringIOObject): void {
  if (s.state === STATE_REALIZED) return;
  s.state = STATE_REALIZED;
  const intermediate = s.writer.finish();
  try {
    resizeBuffer(s, intermediate.cplen);
    s.chars = codePoints(intermediate.value);
  } finally {
    decref(intermediate);
  }
}

/** make_intermediate: the writer's str handed out, copied into a fresh writer that keeps accumulating */
function makeIntermediate(s: StringIOObject): StrObject {
  const intermediate = s.writer.finish();
  s.state = STATE_REALIZED;
  startAccumulating(s);
  s.writer.writeStr(intermediate);
  s.state = STATE_ACCUMULATING;
  return intermediate;
}

/** _PyUnicodeWriter_Init (3.12+) / _PyAccu_Init (3.11: a new list) */
function startAccumulating(s: StringIOObject): void {
  if (pyMinor() >= 12) {
    if (!(s.writer instanceof UnicodeWriter)) s.writer = new UnicodeWriter();
    return;
  }
  if (!(s.writer instanceof Accu)) s.writer = new Accu();
  s.writer.init();
}

function codePoints(v: string): number[] {
  const out: number[] = [];
  for (const ch of v) out.push(ch.codePointAt(0)!);
  return out;
}

function fromCodePoints(cps: number[], start: number, end: number): StrObject {
  let t = '';
  for (let i = start; i < end; i += 4096) t += String.fromCodePoint(...cps.slice(i, Math.min(end, i + 4096)));
  return newStr(t);
}

/** _PyIncrementalNewlineDecoder_decode(final=1): records the newlines seen; translates \r\n and \r when asked */
function decodeNewlines(s: StringIOObject, obj: StrObject): StrObject {
  const v = obj.value;
  if (v.indexOf('\r') < 0) {
    if (v.indexOf('\n') >= 0) s.seennl |= SEEN_LF;
    return newref(obj);
  }
  const crlf = (v.match(/\r\n/g) ?? []).length;
  const cr = (v.match(/\r(?!\n)/g) ?? []).length;
  const lf = (v.match(/(?<!\r)\n/g) ?? []).length;
  if (crlf) s.seennl |= SEEN_CRLF;
  if (cr) s.seennl |= SEEN_CR;
  if (lf) s.seennl |= SEEN_LF;
  if (!s.readtranslate) return newref(obj);
  let out: StrObject = newref(obj);
  if (crlf) {
    const t = newStr(out.value.replace(/\r\n/g, '\n'));
    decref(out);
    out = t;
  }
  if (cr) {
    const t = newStr(out.value.replace(/\r/g, '\n'));
    decref(out);
    out = t;
  }
  return out;
}

/** write_str */
function writeStr(s: StringIOObject, obj: StrObject): void {
  let decoded: StrObject = s.decoder !== null ? decodeNewlines(s, obj) : newref(obj);
  try {
    if (s.writenl !== null && decoded.value.indexOf('\n') >= 0) {
      // PyUnicode_Replace: a new str
      const t = newStr(decoded.value.split('\n').join(s.writenl.value));
      decref(decoded);
      decoded = t;
    }
    const len = decoded.cplen;
    if (s.state === STATE_ACCUMULATING) {
      if (s.stringSize === s.pos) {
        s.writer.writeStr(decoded);
        s.pos += len;
        if (s.stringSize < s.pos) s.stringSize = s.pos;
        return;
      }
      realize(s);
    }
    if (s.pos + len > s.stringSize) resizeBuffer(s, s.pos + len);
    while (s.chars.length < s.pos) s.chars.push(0);
    const cps = codePoints(decoded.value);
    for (let i = 0; i < cps.length; i++) s.chars[s.pos + i] = cps[i];
    s.pos += len;
    if (s.stringSize < s.pos) s.stringSize = s.pos;
  } finally {
    decref(decoded);
  }
}

/** A Py_ssize_t argument that accepts None (`size: Py_ssize_t(accept={int, NoneType}) = -1`) */
function sizeArg(o: PyObject | undefined): number {
  if (o === undefined || o === None) return -1;
  if (!(o instanceof IntObject) && o.ob_type.nb_index === null)
    raise(E.TypeError, `argument should be integer or None, not '${o.ob_type.tp_name}'`);
  return ssizeOf(o);
}

function ssizeOf(o: PyObject): number {
  const v = A.indexValue(o);
  if (typeof v === 'bigint') {
    if (v > 9223372036854775807n || v < -9223372036854775808n) raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
    return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  }
  return v;
}

/** _PyIO_find_line_ending over the code points from `start` to `end`: the line's length, or -1 */
function findLineEnding(s: StringIOObject, start: number, end: number): number {
  const c = s.chars;
  if (s.readtranslate) {
    for (let i = start; i < end; i++) if (c[i] === 10) return i - start + 1;
    return -1;
  }
  if (s.readuniversal) {
    for (let i = start; i < end; i++) {
      if (c[i] === 10) return i - start + 1;
      if (c[i] === 13) return i + 1 < end && c[i + 1] === 10 ? i - start + 2 : i - start + 1;
    }
    return -1;
  }
  const nl = codePoints(s.readnl!.value);
  for (let i = start; i + nl.length <= end; i++) {
    let k = 0;
    while (k < nl.length && c[i + k] === nl[k]) k++;
    if (k === nl.length) return i - start + nl.length;
  }
  return -1;
}

/** _stringio_readline */
function stringioReadline(s: StringIOObject, limit: number): StrObject {
  if (s.pos >= s.stringSize) return newref(EMPTY_STR);
  const start = s.pos;
  if (limit < 0 || limit > s.stringSize - s.pos) limit = s.stringSize - s.pos;
  let len = findLineEnding(s, start, start + limit);
  if (len < 0) len = limit;
  s.pos += len;
  return fromCodePoints(s.chars, start, start + len);
}

function stringioClear(s: StringIOObject): void {
  const d = s.decoder;
  const r = s.readnl;
  const w = s.writenl;
  s.decoder = null;
  s.readnl = null;
  s.writenl = null;
  xdecref(r);
  xdecref(w);
  if (d !== null) freeDecoder(d);
}

function newDecoder(): PyObject {
  const d = new PyObject(NLDECODER_TYPE);
  return allocNative(d);
}
function freeDecoder(d: PyObject): void {
  freeNative(d);
}

/** the new-line parameter's checks and values (stringio's __init__) */
function stringioInit(s: StringIOObject, value: PyObject | null, newlineObj: PyObject | null): void {
  let newline: string | null = '\n';
  if (newlineObj === None) newline = null;
  else if (newlineObj !== null) {
    if (!(newlineObj instanceof StrObject)) raise(E.TypeError, `newline must be str or None, not ${newlineObj.ob_type.tp_name}`);
    newline = newlineObj.value;
  }
  if (newline !== null && newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n')
    raise(E.ValueError, `illegal newline value: ${A.reprString(newlineObj!)}`);
  if (value !== null && value !== None && !(value instanceof StrObject))
    raise(E.TypeError, `initial_value must be str or None, not ${value.ob_type.tp_name}`);
  s.ok = false;
  s.writer.dealloc();
  stringioClear(s);
  if (newline !== null) s.readnl = newStr(newline);
  s.readuniversal = newline === null || newline === '';
  s.readtranslate = newline === null;
  if (newline !== null && newline.startsWith('\r')) s.writenl = newref(s.readnl!);
  if (s.readuniversal) s.decoder = newDecoder();
  s.seennl = 0;
  s.stringSize = 0;
  s.chars = [];
  const valueLen = value instanceof StrObject ? value.cplen : 0;
  resizeBuffer(s, 0);
  if (valueLen > 0) {
    s.state = STATE_REALIZED;
    s.pos = 0;
    writeStr(s, value as StrObject);
  } else {
    startAccumulating(s);
    s.state = STATE_ACCUMULATING;
  }
  s.pos = 0;
  s.closed = false;
  s.ok = true;
}

// ------------------------------------------------------------------ BytesIO

class BytesIOObject extends PyObject {
  /** the buffer (a bytes object whose length is the allocation), null once closed */
  buf: BytesObject | null = newref(EMPTY_BYTES);
  pos = 0;
  stringSize = 0;
  exports = 0;
}

class BytesIOBufObject extends PyObject {
  /** the BytesIO (owned) */
  source: BytesIOObject | null = null;
}

function bio(o: PyObject): BytesIOObject {
  if (!(o instanceof BytesIOObject)) raise(E.TypeError, `descriptor requires a '_io.BytesIO' object but received '${o.ob_type.tp_name}'`);
  return o;
}

function bCheckClosed(b: BytesIOObject): BytesObject {
  if (b.buf === null) raise(E.ValueError, 'I/O operation on closed file.');
  return b.buf;
}
function bCheckExports(b: BytesIOObject): void {
  if (b.exports > 0) raise(E.BufferError, 'Existing exports of data: object cannot be re-sized');
}

/** SHARED_BUF: someone else holds the buffer (or it is a singleton) */
function sharedBuf(b: BytesIOObject): boolean {
  const buf = b.buf!;
  return buf.ob_refcnt > 1 || buf.immortal || buf === EMPTY_BYTES;
}

const BYTES_HDR = 33;

/** PyBytes_FromStringAndSize(NULL, size) filled from `src`: a new bytes object (never a singleton: NULL data) */
function freshBytes(src: Uint8Array, size: number): BytesObject {
  if (size === 0) return newref(EMPTY_BYTES);
  const u8 = new Uint8Array(size);
  u8.set(src.subarray(0, Math.min(size, src.length)));
  const o = new BytesObject(T.bytes, u8);
  allocObject(o, BYTES_HDR + size);
  return o;
}

/** unshare_buffer */
function unshareBuffer(b: BytesIOObject, size: number): void {
  const old = b.buf!;
  b.buf = freshBytes(old.value.subarray(0, b.stringSize), size);
  decref(old);
}

/** _PyBytes_Resize of the unshared buffer (an in-place PyObject_Realloc) */
function bytesResize(b: BytesIOObject, size: number): void {
  const buf = b.buf!;
  if (buf.value.length === size) return;
  if (size === 0) {
    decref(buf);
    b.buf = newref(EMPTY_BYTES);
    return;
  }
  const u8 = new Uint8Array(size);
  u8.set(buf.value.subarray(0, Math.min(size, buf.value.length)));
  buf.addr = RT.heap.realloc(buf.addr, BYTES_HDR + buf.value.length, BYTES_HDR + size);
  buf.value = u8;
  buf.hashCache = null;
}

/** resize_buffer */
function bResizeBuffer(b: BytesIOObject, size: number): void {
  let alloc = b.buf!.value.length;
  if (size < alloc / 2) alloc = size + 1;
  else if (size < alloc) return;
  else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  if (sharedBuf(b)) unshareBuffer(b, alloc);
  else bytesResize(b, alloc);
}

/** write_bytes: returns the number of bytes written */
function writeBytes(b: BytesIOObject, data: PyObject): number {
  const src = bytesLike(data);
  if (src === null) raise(E.TypeError, `a bytes-like object is required, not '${data.ob_type.tp_name}'`);
  bCheckClosed(b);
  bCheckExports(b);
  const len = src.length;
  if (len === 0) return 0;
  const copy = src.slice();
  const endpos = b.pos + len;
  if (endpos > b.buf!.value.length) bResizeBuffer(b, endpos);
  else if (sharedBuf(b)) unshareBuffer(b, Math.max(endpos, b.stringSize));
  const v = b.buf!.value;
  if (b.pos > b.stringSize) v.fill(0, b.stringSize, b.pos);
  v.set(copy, b.pos);
  b.buf!.hashCache = null;
  b.pos = endpos;
  if (b.stringSize < endpos) b.stringSize = endpos;
  return len;
}

/** read_bytes: the whole buffer itself when it is exactly what is read */
function readBytes(b: BytesIOObject, size: number): PyObject {
  const buf = b.buf!;
  if (size > 1 && b.pos === 0 && size === buf.value.length && b.exports === 0) {
    b.pos += size;
    return newref(buf);
  }
  const start = b.pos;
  b.pos += size;
  return newBytesFrom(buf.value.slice(start, start + size));
}

/** scan_eol */
function scanEol(b: BytesIOObject, len: number): number {
  if (b.pos >= b.stringSize) return 0;
  const maxlen = b.stringSize - b.pos;
  if (len < 0 || len > maxlen) len = maxlen;
  if (len) {
    const v = b.buf!.value;
    const i = v.subarray(b.pos, b.pos + len).indexOf(10);
    if (i >= 0) len = i + 1;
  }
  return len;
}

// ------------------------------------------------------------------ IOBase helpers

/**
 * iobase_check_closed: the `closed` attribute. This helper and callMethod look names up by their static
 * &_Py_ID(...) strings, as CPython does: a fresh str would stay referenced by the type attribute cache.
 */
function iobaseCheckClosed(self: PyObject): void {
  const c = A.getAttr(self, ID('closed'));
  let closed: boolean;
  try {
    closed = A.isTrue(c);
  } finally {
    decref(c);
  }
  if (closed) raise(E.ValueError, 'I/O operation on closed file.');
}

/** iobase_is_closed: whether IOBase.close() has set `__IOBase_closed` (any value; a failing lookup raises) */
function iobaseIsClosed(self: PyObject): boolean {
  const r = A.lookupAttr(self, ID('__IOBase_closed'));
  if (r === null) return false;
  decref(r);
  return true;
}

/** the instance dict, released (Py_CLEAR(self->dict)) */
function clearDict(o: PyObject): void {
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    decref(d);
  }
}

function callMethod(self: PyObject, name: string, args: PyObject[]): PyObject {
  const m = A.getAttr(self, ID(name));
  try {
    return A.call(m, args, 0, args.length, null);
  } finally {
    decref(m);
  }
}

// the instance __dict__ of _IOBase, StringIO and BytesIO (their dict slots: typemethods.ts STATIC_OFFSETS)
IOBASE.hasDict = true;
STRINGIO_TYPE.hasDict = true;
BYTESIO_TYPE.hasDict = true;

onBootstrap(() => {
  registerWeakrefable(IOBASE);
  registerWeakrefable(STRINGIO_TYPE);
  registerWeakrefable(BYTESIO_TYPE);
  for (const tp of [IOBASE, TEXTIOBASE, BUFFEREDIOBASE, RAWIOBASE]) {
    tp.tp_new = (type) => allocNative(new PyObject(type));
    // iobase_dealloc: _PyIOBase_finalize first (PyObject_CallFinalizerFromDealloc: close() may resurrect;
    // a class's instance was finalized by subtype_dealloc already), then the weak references and the dict
    tp.tp_dealloc = (o) => {
      if (!(o.gc_flags & GCF.FINALIZED)) {
        o.ob_refcnt = 1;
        o.gc_flags |= GCF.FINALIZED;
        try {
          IOBASE.tp_finalize!(o);
        } finally {
          o.ob_refcnt--;
        }
        if (o.ob_refcnt > 0) return;
      }
      RT.gc.untrack(o);
      RT.clearWeakrefs(o);
      clearDict(o);
      freeNative(o);
    };
    // iobase_traverse / iobase_clear: the dict
    tp.tp_traverse = (o, visit) => {
      if (o.dict !== null) visit(o.dict);
    };
    tp.tp_clear = clearDict;
  }
  IOBASE.tp_iter = (self) => {
    iobaseCheckClosed(self);
    return newref(self);
  };
  // iobase_finalize, which the cyclic GC calls on an unreachable stream (its subclasses inherit it): when
  // `closed` is false, set `_finalizing` (an instance attribute: it may create the __dict__) and call close();
  // a failing close() (a BytesIO with a live getbuffer() view) is silent on 3.11 / 3.12 and reported as
  // unraisable from 3.13 on
  IOBASE.tp_finalize = (self) => {
    let closed: boolean;
    try {
      const c = A.getAttr(self, ID('closed'));
      try {
        closed = A.isTrue(c);
      } finally {
        decref(c);
      }
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      decref(e.exc);
      return;
    }
    if (closed) return;
    try {
      A.setAttr(self, ID('_finalizing'), True);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      decref(e.exc);
    }
    try {
      decref(callMethod(self, 'close', []));
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      if (pyMinor() >= 13) RT.writeUnraisable(e, 'Exception ignored in: ', self, 'close');
      else decref(e.exc);
    }
  };
  IOBASE.tp_iternext = (self) => {
    const line = callMethod(self, 'readline', []);
    if (A.length(line) === 0) {
      decref(line);
      return null;
    }
    return line;
  };
  defineMethods(IOBASE, {
    __enter__: (self, _a, _s, n, kw) => {
      noArgs('__enter__', n, kw);
      iobaseCheckClosed(self);
      return newref(self);
    },
    __exit__: (self) => callMethod(self, 'close', []),
    // iobase_flush checks the flag IOBase.close sets (__IOBase_closed), not the `closed` property: a closed
    // StringIO, whose close() does not call it, still flushes
    flush: (self, _a, _s, n, kw) => {
      noArgs('flush', n, kw);
      if (iobaseIsClosed(self)) raise(E.ValueError, 'I/O operation on closed file.');
      return newref(None);
    },
    // _io__IOBase_close_impl: once; flush(), then __IOBase_closed set even when flush() failed (its error is
    // raised after; a failing setattr's error is raised instead)
    close: (self, _a, _s, n, kw) => {
      noArgs('close', n, kw);
      if (iobaseIsClosed(self)) return newref(None);
      let flushErr: PyErr | null = null;
      try {
        decref(callMethod(self, 'flush', []));
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        flushErr = e;
      }
      try {
        A.setAttr(self, ID('__IOBase_closed'), True);
      } catch (e) {
        if (flushErr !== null) decref(flushErr.exc);
        throw e;
      }
      if (flushErr !== null) throw flushErr;
      return newref(None);
    },
    isatty: (self, _a, _s, n, kw) => {
      noArgs('isatty', n, kw);
      iobaseCheckClosed(self);
      return newref(False);
    },
    fileno: () => raiseUnsupported('fileno'),
    seekable: () => newref(False),
    readable: () => newref(False),
    writable: () => newref(False),
    readlines: (self, a, s, n, kw) => {
      posArgs('readlines', n, kw, 0, 1);
      const hintO = n > 0 ? a[s] : None;
      let hint = -1;
      if (hintO !== None) {
        if (!(hintO instanceof IntObject) && hintO.ob_type.nb_index === null)
          raise(E.TypeError, `argument should be integer or None, not '${hintO.ob_type.tp_name}'`);
        hint = ssizeOf(hintO);
      }
      const result = newList(0);
      try {
        if (hint <= 0) {
          listExtend(result, self);
          return result;
        }
        const it = A.getIter(self);
        try {
          let total = 0;
          for (let line = A.iterNext(it); line !== null; line = A.iterNext(it)) {
            total += A.length(line);
            listAppend(result, line);
            if (total >= hint) break;
          }
        } finally {
          decref(it);
        }
        return result;
      } catch (e) {
        decref(result);
        throw e;
      }
    },
    writelines: (self, a, s, n, kw) => {
      oneArg('writelines', n, kw);
      iobaseCheckClosed(self);
      A.forEach(a[s], (line) => decref(callMethod(self, 'write', [line])));
      return newref(None);
    },
    _checkClosed: (self) => {
      iobaseCheckClosed(self);
      return newref(None);
    },
    _checkReadable: (self) => checkAbility(self, 'readable', 'File or stream is not readable.'),
    _checkWritable: (self) => checkAbility(self, 'writable', 'File or stream is not writable.'),
    _checkSeekable: (self) => checkAbility(self, 'seekable', 'File or stream is not seekable.'),
  });
  defineGetSets(IOBASE, {
    __dict__: GENERIC_DICT_GETSET,
    closed: { get: (o) => newBool(iobaseIsClosed(o)) },
  });
  defineMethods(TEXTIOBASE, {
    detach: () => raiseUnsupported('detach'),
  });
  defineGetSets(TEXTIOBASE, {
    encoding: { get: () => newref(None) },
    newlines: { get: () => newref(None) },
    errors: { get: () => newref(None) },
  });
  defineMethods(BUFFEREDIOBASE, {
    detach: () => raiseUnsupported('detach'),
  });
  for (const tp of FILE_TYPES) {
    tp.tp_new = () => raise(E.PermissionError, SANDBOX_MSG);
  }

  // ---- StringIO
  const st = STRINGIO_TYPE;
  st.tp_new = (type) => {
    const s = new StringIOObject(type);
    allocNative(s);
    // PyMem_Malloc(0): the raw allocator's block until __init__ resizes it
    s.bufAddr = RT.heap.malloc(0);
    return s;
  };
  st.tp_init = (self, a, s, n, kw) => {
    const [value, newline] = parseArgs('StringIO', a, s, n, kw, ['initial_value?', 'newline?']);
    stringioInit(sio(self), value, newline);
  };
  st.tp_dealloc = (o) => {
    const s = o as StringIOObject;
    RT.gc.untrack(s);
    s.ok = false;
    RT.heap.free(s.bufAddr, s.bufSize * 4);
    s.bufAddr = 0;
    s.writer.dealloc();
    stringioClear(s);
    clearDict(s);
    RT.clearWeakrefs(s);
    freeNative(s);
  };
  // stringio_traverse visits the dict: the _PyAccu lists (3.11) and the decoder (a GC object on 3.12+) stay
  // reachable for the collector (a StringIO cycle collects the StringIO and its dict only). The 3.12+ new-line
  // strs and the writer's str are not GC objects: visiting them only shows the references to the heap audit.
  st.tp_traverse = (o, visit) => {
    const s = o as StringIOObject;
    const w = s.writer;
    if (pyMinor() >= 12) {
      if (w instanceof UnicodeWriter && w.buffer !== null) visit(w.buffer);
      if (s.readnl !== null) visit(s.readnl);
      if (s.writenl !== null) visit(s.writenl);
    }
    if (s.dict !== null) visit(s.dict);
  };
  // stringio_clear: the dict; 3.12+ first the new-line strs and the decoder too
  st.tp_clear = (o) => {
    if (pyMinor() >= 12) stringioClear(o as StringIOObject);
    clearDict(o);
  };
  st.tp_iternext = (o) => {
    const s = sio(o);
    checkOpen(s);
    realize(s);
    let line: PyObject;
    if (s.ob_type === STRINGIO_TYPE) line = stringioReadline(s, -1);
    else {
      line = callMethod(s, 'readline', []);
      if (!(line instanceof StrObject)) {
        const name = line.ob_type.tp_name;
        decref(line);
        raise(E.OSError, `readline() should have returned a str object, not '${name}'`);
      }
    }
    if ((line as StrObject).cplen === 0) {
      decref(line);
      return null;
    }
    return line;
  };
  defineMethods(st, {
    getvalue: (self, _a, _s, n, kw) => {
      noArgs('getvalue', n, kw);
      const s = sio(self);
      checkOpen(s);
      if (s.state === STATE_ACCUMULATING) return makeIntermediate(s);
      return fromCodePoints(s.chars, 0, s.stringSize);
    },
    tell: (self, _a, _s, n, kw) => {
      noArgs('tell', n, kw);
      const s = sio(self);
      checkOpen(s);
      return newIntFromSsize(s.pos);
    },
    read: (self, a, st0, n, kw) => {
      posArgs('read', n, kw, 0, 1);
      let size = sizeArg(n > 0 ? a[st0] : undefined);
      const s = sio(self);
      checkOpen(s);
      const avail = s.stringSize - s.pos;
      if (size < 0 || size > avail) size = Math.max(avail, 0);
      // the optimization for seek(0); read()
      if (s.state === STATE_ACCUMULATING && s.pos === 0 && size === avail) {
        const r = makeIntermediate(s);
        s.pos = s.stringSize;
        return r;
      }
      realize(s);
      const start = s.pos;
      s.pos += size;
      return fromCodePoints(s.chars, start, start + size);
    },
    readline: (self, a, st0, n, kw) => {
      posArgs('readline', n, kw, 0, 1);
      const size = sizeArg(n > 0 ? a[st0] : undefined);
      const s = sio(self);
      checkOpen(s);
      realize(s);
      return stringioReadline(s, size);
    },
    truncate: (self, a, st0, n, kw) => {
      posArgs('truncate', n, kw, 0, 1);
      const s = sio(self);
      checkOpen(s);
      const posO = n > 0 ? a[st0] : None;
      let size: number;
      if (posO === None) size = s.pos;
      else {
        size = ssizeOf(posO);
        if (size < 0) raise(E.ValueError, `Negative size value ${size}`);
      }
      if (size < s.stringSize) {
        realize(s);
        resizeBuffer(s, size);
        s.stringSize = size;
        s.chars.length = size;
      }
      return newIntFromSsize(size);
    },
    seek: (self, a, st0, n, kw) => {
      posArgs('seek', n, kw, 1, 2);
      let pos = ssizeOf(a[st0]);
      const whence = n > 1 ? cintOf(a[st0 + 1]) : 0;
      const s = sio(self);
      checkOpen(s);
      if (whence !== 0 && whence !== 1 && whence !== 2) raise(E.ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
      else if (pos < 0 && whence === 0) raise(E.ValueError, `Negative seek position ${pos}`);
      else if (whence !== 0 && pos !== 0) raise(E.OSError, "Can't do nonzero cur-relative seeks");
      if (whence === 1) pos = s.pos;
      else if (whence === 2) pos = s.stringSize;
      s.pos = pos;
      return newIntFromSsize(pos);
    },
    write: (self, a, st0, n, kw) => {
      oneArg('write', n, kw);
      const s = sio(self);
      checkInitialized(s);
      const obj = a[st0];
      if (!(obj instanceof StrObject)) raise(E.TypeError, `string argument expected, got '${obj.ob_type.tp_name}'`);
      checkClosed(s);
      const size = obj.cplen;
      if (size > 0) writeStr(s, obj);
      return newIntFromSsize(size);
    },
    close: (self, _a, _s, n, kw) => {
      noArgs('close', n, kw);
      const s = sio(self);
      s.closed = true;
      // free up some memory
      resizeBuffer(s, 0);
      s.chars = [];
      s.writer.dealloc();
      stringioClear(s);
      return newref(None);
    },
    readable: (self, _a, _s, n, kw) => {
      noArgs('readable', n, kw);
      checkOpen(sio(self));
      return newref(True);
    },
    writable: (self, _a, _s, n, kw) => {
      noArgs('writable', n, kw);
      checkOpen(sio(self));
      return newref(True);
    },
    seekable: (self, _a, _s, n, kw) => {
      noArgs('seekable', n, kw);
      checkOpen(sio(self));
      return newref(True);
    },
  });
  defineGetSets(st, {
    __dict__: GENERIC_DICT_GETSET,
    closed: {
      get: (o) => {
        const s = sio(o);
        checkInitialized(s);
        return newBool(s.closed);
      },
    },
    line_buffering: {
      get: (o) => {
        checkOpen(sio(o));
        return newref(False);
      },
    },
    newlines: {
      get: (o) => {
        const s = sio(o);
        checkOpen(s);
        if (s.decoder === null) return newref(None);
        return seenNewlines(s.seennl);
      },
    },
  });

  // ---- BytesIO
  const bt = BYTESIO_TYPE;
  bt.tp_new = (type) => allocNative(new BytesIOObject(type));
  bt.tp_init = (self, a, s, n, kw) => {
    const [init] = parseArgs('BytesIO', a, s, n, kw, ['initial_bytes?']);
    const b = bio(self);
    bCheckExports(b);
    b.stringSize = 0;
    b.pos = 0;
    if (init !== null && init !== None) {
      if (init instanceof BytesObject && init.ob_type === T.bytes) {
        const old = b.buf;
        b.buf = newref(init);
        xdecref(old);
        b.stringSize = init.value.length;
      } else {
        writeBytes(b, init);
        b.pos = 0;
      }
    }
  };
  bt.tp_dealloc = (o) => {
    const b = o as BytesIOObject;
    RT.gc.untrack(b);
    const buf = b.buf;
    b.buf = null;
    xdecref(buf);
    clearDict(b);
    RT.clearWeakrefs(b);
    freeNative(b);
  };
  bt.tp_traverse = (o, visit) => {
    const b = o as BytesIOObject;
    if (b.buf !== null) visit(b.buf);
    if (b.dict !== null) visit(b.dict);
  };
  // bytesio_clear: the dict only (the buffer stays until dealloc)
  bt.tp_clear = clearDict;
  // ---- _io._BytesIOBuffer
  const bb = BYTESIOBUF_TYPE;
  bb.tp_dealloc = (o) => {
    const x = o as BytesIOBufObject;
    RT.gc.untrack(x);
    const src = x.source;
    x.source = null;
    xdecref(src);
    freeNative(x);
  };
  bb.tp_traverse = (o, visit) => {
    const x = o as BytesIOBufObject;
    if (x.source !== null) visit(x.source);
  };
  // bytesiobuf_getbuffer: the buffer unshared, `string_size` writable bytes, the export counted in the BytesIO
  BUFFER_PROVIDERS.set(bb, (o) => {
    const b = (o as BytesIOBufObject).source!;
    if (sharedBuf(b)) unshareBuffer(b, b.stringSize);
    const len = b.stringSize;
    b.exports++;
    return {
      data: () => b.buf!.value.subarray(0, len),
      format: 'B',
      itemsize: 1,
      readonly: false,
      release: () => void b.exports--,
    };
  });
  bt.tp_iternext = (o) => {
    const b = bio(o);
    bCheckClosed(b);
    const n = scanEol(b, -1);
    if (n === 0) return null;
    return readBytes(b, n);
  };
  bt.tp_iter = (o) => newref(o);
  const readImpl = (self: PyObject, a: PyObject[], st0: number, n: number, kw: PyObject | null, name: string): PyObject => {
    posArgs(name, n, kw, 0, 1);
    let size = sizeArg(n > 0 ? a[st0] : undefined);
    const b = bio(self);
    bCheckClosed(b);
    const avail = b.stringSize - b.pos;
    if (size < 0 || size > avail) size = Math.max(avail, 0);
    return readBytes(b, size);
  };
  defineMethods(bt, {
    getvalue: (self, _a, _s, n, kw) => {
      noArgs('getvalue', n, kw);
      const b = bio(self);
      const buf = bCheckClosed(b);
      if (b.stringSize <= 1 || b.exports > 0) return newBytesFrom(buf.value.slice(0, b.stringSize));
      if (b.stringSize !== buf.value.length) {
        if (sharedBuf(b)) unshareBuffer(b, b.stringSize);
        else bytesResize(b, b.stringSize);
      }
      return newref(b.buf!);
    },
    read: (self, a, st0, n, kw) => readImpl(self, a, st0, n, kw, 'read'),
    read1: (self, a, st0, n, kw) => readImpl(self, a, st0, n, kw, 'read1'),
    readline: (self, a, st0, n, kw) => {
      posArgs('readline', n, kw, 0, 1);
      const size = sizeArg(n > 0 ? a[st0] : undefined);
      const b = bio(self);
      bCheckClosed(b);
      return readBytes(b, scanEol(b, size));
    },
    readlines: (self, a, st0, n, kw) => {
      posArgs('readlines', n, kw, 0, 1);
      const arg = n > 0 ? a[st0] : None;
      const b = bio(self);
      bCheckClosed(b);
      let maxsize = -1;
      if (arg instanceof IntObject) maxsize = ssizeOf(arg);
      else if (arg !== None) raise(E.TypeError, `integer argument expected, got '${arg.ob_type.tp_name}'`);
      const result = newList(0);
      let size = 0;
      for (let len = scanEol(b, -1); len !== 0; len = scanEol(b, -1)) {
        const line = newBytesFrom(b.buf!.value.slice(b.pos, b.pos + len));
        b.pos += len;
        listAppend(result, line);
        size += len;
        if (maxsize > 0 && size >= maxsize) break;
      }
      return result;
    },
    readinto: (self, a, st0, n, kw) => bytesioReadinto(self, a, st0, n, kw, 'readinto'),
    readinto1: (self, a, st0, n, kw) => bytesioReadinto(self, a, st0, n, kw, 'readinto1'),
  });
  defineBytesioMethods(bt);
});

/** BytesIO.readinto(buffer): a writable bytes-like target (bytearray) */
function bytesioReadinto(self: PyObject, a: PyObject[], st0: number, n: number, kw: PyObject | null, name: string): PyObject {
  oneArg(name, n, kw);
  const b = bio(self);
  bCheckClosed(b);
  const target = a[st0];
  if (!(target instanceof BytesObject) || target.ob_type === T.bytes)
    raise(E.TypeError, `${name}() argument must be read-write bytes-like object, not ${target.ob_type.tp_name}`);
  const dst = bytesLike(target)!;
  let len = dst.length;
  const avail = b.stringSize - b.pos;
  if (len > avail) len = Math.max(avail, 0);
  dst.set(b.buf!.value.subarray(b.pos, b.pos + len));
  b.pos += len;
  return newIntFromSsize(len);
}

/** BytesIO's writing, positioning and state methods */
function defineBytesioMethods(bt: PyType): void {
  defineMethods(bt, {
    write: (self, a, st0, n, kw) => {
      oneArg('write', n, kw);
      return newIntFromSsize(writeBytes(bio(self), a[st0]));
    },
    writelines: (self, a, st0, n, kw) => {
      oneArg('writelines', n, kw);
      const b = bio(self);
      bCheckClosed(b);
      A.forEach(a[st0], (line) => void writeBytes(b, line));
      return newref(None);
    },
    tell: (self, _a, _s, n, kw) => {
      noArgs('tell', n, kw);
      const b = bio(self);
      bCheckClosed(b);
      return newIntFromSsize(b.pos);
    },
    getbuffer: (self, _a, _s, n, kw) => {
      noArgs('getbuffer', n, kw);
      const b = bio(self);
      bCheckClosed(b);
      // an _io._BytesIOBuffer holding the BytesIO, then PyMemoryView_FromObject on it (bytesiobuf_getbuffer)
      const buf = allocNative(new BytesIOBufObject(BYTESIOBUF_TYPE));
      buf.source = newref(b);
      try {
        return newMemoryView(buf);
      } finally {
        decref(buf);
      }
    },
    seek: (self, a, st0, n, kw) => {
      posArgs('seek', n, kw, 1, 2);
      let pos = ssizeOf(a[st0]);
      const whence = n > 1 ? cintOf(a[st0 + 1]) : 0;
      const b = bio(self);
      bCheckClosed(b);
      if (pos < 0 && whence === 0) raise(E.ValueError, `negative seek value ${pos}`);
      if (whence === 1) pos += b.pos;
      else if (whence === 2) pos += b.stringSize;
      else if (whence !== 0) raise(E.ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
      if (pos < 0) pos = 0;
      b.pos = pos;
      return newIntFromSsize(pos);
    },
    truncate: (self, a, st0, n, kw) => {
      posArgs('truncate', n, kw, 0, 1);
      const b = bio(self);
      bCheckClosed(b);
      bCheckExports(b);
      const arg = n > 0 ? a[st0] : None;
      let size = b.pos;
      if (arg !== None) {
        if (!(arg instanceof IntObject) && arg.ob_type.nb_index === null)
          raise(E.TypeError, `argument should be integer or None, not '${arg.ob_type.tp_name}'`);
        size = ssizeOf(arg);
        if (size < 0) raise(E.ValueError, `negative size value ${size}`);
      }
      if (size < b.stringSize) {
        b.stringSize = size;
        bResizeBuffer(b, size);
      }
      return newIntFromSsize(size);
    },
    close: (self, _a, _s, n, kw) => {
      noArgs('close', n, kw);
      const b = bio(self);
      bCheckExports(b);
      const buf = b.buf;
      b.buf = null;
      xdecref(buf);
      return newref(None);
    },
    readable: (self) => {
      bCheckClosed(bio(self));
      return newref(True);
    },
    writable: (self) => {
      bCheckClosed(bio(self));
      return newref(True);
    },
    seekable: (self) => {
      bCheckClosed(bio(self));
      return newref(True);
    },
    flush: (self) => {
      bCheckClosed(bio(self));
      return newref(None);
    },
    isatty: (self) => {
      bCheckClosed(bio(self));
      return newref(False);
    },
    __sizeof__: (self, _a, _s, n, kw) => {
      noArgs('__sizeof__', n, kw);
      const b = bio(self);
      let res = BYTESIO_TYPE.tp_basicsize;
      if (b.buf !== null && !sharedBuf(b)) res += BYTES_HDR + b.buf.value.length;
      return newIntFromSsize(res);
    },
  });
  defineGetSets(bt, {
    __dict__: GENERIC_DICT_GETSET,
    closed: { get: (o) => newBool(bio(o).buf === null) },
  });
}

function cintOf(o: PyObject): number {
  const v = A.indexValue(o);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648)
    raise(E.OverflowError, v > 0 ? 'Python int too large to convert to C int' : 'Python int too small to convert to C int');
  return v;
}

function checkAbility(self: PyObject, name: string, msg: string): PyObject {
  const r = callMethod(self, name, []);
  try {
    if (!A.isTrue(r)) raiseUnsupported(msg);
  } finally {
    decref(r);
  }
  return newref(True);
}

/** IncrementalNewlineDecoder.newlines: None, one of '\r' '\n' '\r\n', or a tuple of those seen */
function seenNewlines(seen: number): PyObject {
  const names: string[] = [];
  if (seen & SEEN_CR) names.push('\r');
  if (seen & SEEN_LF) names.push('\n');
  if (seen & SEEN_CRLF) names.push('\r\n');
  if (names.length === 0) return newref(None);
  if (names.length === 1) return newStr(names[0]);
  return newTuple(names.map((x) => newStr(x)));
}

/** The module objects both modules share: the types, the constants, UnsupportedOperation, open(). */
function fillIoModule(m: PyObject, isIo: boolean): void {
  const d = m.dict as DictObject;
  const put = (name: string, v: PyObject) => {
    dictSetStr(d, name, v);
    decref(v);
  };
  put('DEFAULT_BUFFER_SIZE', newInt(8192));
  const names: [string, PyType][] = [
    ['StringIO', STRINGIO_TYPE],
    ['BytesIO', BYTESIO_TYPE],
    ['IncrementalNewlineDecoder', NLDECODER_TYPE],
    [isIo ? 'IOBase' : '_IOBase', IOBASE],
    [isIo ? 'TextIOBase' : '_TextIOBase', TEXTIOBASE],
    [isIo ? 'BufferedIOBase' : '_BufferedIOBase', BUFFEREDIOBASE],
    [isIo ? 'RawIOBase' : '_RawIOBase', RAWIOBASE],
  ];
  for (const tp of FILE_TYPES) names.push([tp.tp_qualname, tp]);
  for (const [n, tp] of names) dictSetStr(d, n, tp);
  dictSetStr(d, 'BlockingIOError', E.BlockingIOError);
  put('UnsupportedOperation', ioUnsupported());
  // io.open is builtins.open (the sandbox's error)
  const open = dictGetStr(RT.builtinsDict, 'open');
  if (open !== null) dictSetStr(d, 'open', open);
  moduleFn(m, 'open_code', () => raise(E.PermissionError, SANDBOX_MSG));
  moduleFn(m, 'text_encoding', (_s, a, s, n, kw) => {
    posArgs('text_encoding', n, kw, 1, 2);
    // (not in UTF-8 mode: None means the locale encoding)
    const enc = a[s];
    return enc !== None ? newref(enc) : newStr('locale');
  });
  if (isIo) {
    const io = dictGetStr(RT.modules, '_io');
    if (io !== null) dictSetStr(d, '_io', io);
    put('SEEK_SET', newInt(0));
    put('SEEK_CUR', newInt(1));
    put('SEEK_END', newInt(2));
  }
}

/**
 * io.UnsupportedOperation: class UnsupportedOperation(OSError, ValueError) of module io, made once per run
 * (_io's exec). A new reference.
 */
function ioUnsupported(): PyType {
  const tp = unsupported.get(RT);
  if (tp !== undefined) return newref(tp);
  const ns = newDict();
  const mod = newStr('io');
  dictSetStr(ns, '__module__', mod);
  decref(mod);
  let made: PyType;
  try {
    made = typeNew(T.type, 'UnsupportedOperation', [E.OSError, E.ValueError], ns);
  } finally {
    decref(ns);
  }
  // borrowed: the modules' dicts keep it alive
  unsupported.set(RT, made);
  return made;
}

/**
 * The per-version layouts: sizeof(stringio) grew in 3.12 (the module state pointer and a _PyUnicodeWriter in
 * place of 3.11's _PyAccu); 3.12 made IncrementalNewlineDecoder a GC type.
 */
function setVersionLayouts(): void {
  STRINGIO_TYPE.tp_basicsize = pyMinor() >= 12 ? 168 : 120;
  NLDECODER_TYPE.tp_flags = pyMinor() >= 12 ? NLDECODER_TYPE.tp_flags | GC : NLDECODER_TYPE.tp_flags & ~GC;
}

NATIVE_MODULES._io = () => {
  setVersionLayouts();
  const m = RT.ext.newModule('_io');
  fillIoModule(m, false);
  return m;
};

NATIVE_MODULES.io = () => {
  setVersionLayouts();
  const m = RT.ext.newModule('io');
  fillIoModule(m, true);
  return m;
};
