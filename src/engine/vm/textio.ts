/**
 * sys.stdout's io.TextIOWrapper write buffer (Modules/_io/textio.c), modelled for what it does to the heap.
 *
 * A program run with its output on a pipe (how CPython's output is captured, and how heapscope shows it) has a
 * block-buffered stdout: `write_through` and `line_buffering` are off, so TextIOWrapper.write keeps what it
 * was given in `pending_bytes` until 8192 bytes (chunk_size) are pending:
 *   - an ASCII str is kept as is (a new reference: a printed string stays alive until the flush);
 *     other text is encoded to a bytes object (UTF-8, PYTHONIOENCODING=utf-8) which is kept;
 *   - the first pending item is stored alone; the second turns `pending_bytes` into a list [first, second]
 *     (PyList_New(2): a GC allocation that counts towards gen 0 and is tracked); later items are appended;
 *   - if the new item would make more than chunk_size bytes pending, the pending data is flushed first;
 *     after adding, pending >= chunk_size flushes too.
 *   - _textiowrapper_writeflush joins everything into one bytes object (a transient allocation handed to
 *     the BufferedWriter), then releases `pending_bytes`.
 * The text itself reaches the output at once (RT.write): only the objects are buffered here.
 * sys.stdout.flush(), print(..., flush=True), input() and interpreter shutdown flush.
 */
import { PyObject, RT, decref, newref } from '../objects/object';
import { StrObject } from '../objects/str';
import { ListObject, TupleObject, newListFrom, listAppend, newTuple } from '../objects/sequences';
import { newBytesFrom } from '../objects/bytesobject';
import { DictObject, dictGetStr } from '../objects/dict';
import { BuiltinFunctionObject } from '../objects/funcobject';
import { ModuleObject } from '../objects/core_misc';
import { T } from '../objects/types';
import { allocObject } from '../memory/heap';
import { RT_EXT } from './rtext';
import type { Runtime } from './runtime';

/** TextIOWrapper's default chunk_size (_PIO_DEFAULT_BUFFER_SIZE). */
export const TEXTIO_CHUNK_SIZE = 8192;

interface PendingState {
  /** pending_bytes: null, one str/bytes, or a list of them (owned reference) */
  pending: PyObject | null;
  /** pending_bytes_count */
  count: number;
  /** 3.11: print's argument parser's keyword tuple, built at the first call and kept until shutdown */
  printKwtuple: TupleObject | null;
}

const states = new WeakMap<Runtime, PendingState>();

function stateOf(rt: Runtime): PendingState {
  let s = states.get(rt);
  if (s === undefined) {
    s = { pending: null, count: 0, printKwtuple: null };
    states.set(rt, s);
  }
  return s;
}

const encoder = new TextEncoder();

/** _textiowrapper_writeflush: hand the pending data to the buffer as one bytes object and drop it. */
export function textioFlush(rt: Runtime): void {
  const s = states.get(rt);
  if (s === undefined || s.pending === null) return;
  const pending = s.pending;
  // a single pending bytes object is passed on as is; a str or a list is joined into a new bytes object
  const joined = pending instanceof StrObject || pending instanceof ListObject ? newBytesFrom(new Uint8Array(s.count)) : null;
  s.pending = null;
  s.count = 0;
  decref(pending);
  // BufferedWriter.write copies the data into its own buffer; the bytes object is released at once
  if (joined !== null) decref(joined);
}

/**
 * TextIOWrapper.write(text) on sys.stdout, after the text was written to the output. `text` is borrowed.
 */
export function textioWrite(rt: Runtime, text: StrObject): void {
  const s = stateOf(rt);
  let b: PyObject;
  let len: number;
  if (text.ascii && text.cplen <= TEXTIO_CHUNK_SIZE) {
    b = newref(text);
    len = text.cplen;
  } else {
    const u8 = encoder.encode(text.value);
    len = u8.length;
    b = newBytesFrom(u8);
  }
  // prevent concatenating more than chunk_size bytes
  if (s.count + len > TEXTIO_CHUNK_SIZE) textioFlush(rt);
  if (s.pending === null) {
    s.pending = b;
  } else if (!(s.pending instanceof ListObject)) {
    s.pending = newListFrom([s.pending, b]);
  } else {
    listAppend(s.pending, b);
  }
  s.count += len;
  if (s.count >= TEXTIO_CHUNK_SIZE) textioFlush(rt);
}

/**
 * The objects builtin print() creates around its writes (measured with gc.get_count on 3.11 to 3.13):
 *   - its Argument Clinic wrapper packs the positional arguments into a tuple (*args; no tuple when there
 *     are none), taken from / returned to the tuple freelist like any tuple;
 *   - 3.11 builds the parser's keyword tuple ('sep', 'end', 'file', 'flush') at the first call: a tracked
 *     tuple that lives until shutdown (the GC untracks it in its first collection).
 * Returns the argument tuple (new reference) or null; release it with decref after the call.
 */
export function printArgsTuple(rt: Runtime, args: PyObject[], start: number, nargs: number): TupleObject | null {
  if (rt.profile.version === '3.11') {
    const s = stateOf(rt);
    if (s.printKwtuple === null) s.printKwtuple = newTuple(['sep', 'end', 'file', 'flush'].map((k) => rt.internString(k)));
  }
  if (nargs === 0) return null;
  const items: PyObject[] = [];
  for (let i = 0; i < nargs; i++) items.push(newref(args[start + i]));
  return newTuple(items);
}

/**
 * PyFile_WriteObject's `writer = PyObject_GetAttr(file, "write")` for print() on sys.stdout: CPython looks
 * `write` up for every piece it writes (each argument, each separator, the end), which binds a new builtin
 * method of the TextIOWrapper (a 56-byte GC object: it counts towards gen 0 and can trigger, on 3.12+
 * schedule, a collection); the piece is then converted with PyObject_Str (A.str, which runs a scheduled
 * collection), passed to the writer, and the writer is released.
 * `file` is sys.stdout when it is the interpreter's own stream (null when there is none: print then writes
 * to the run's output directly). Returns the bound method (new reference) or null.
 */
export function printWriter(rt: Runtime, file: ModuleObject | null): PyObject | null {
  if (file === null) return null;
  const write = dictGetStr(file.dict as DictObject, 'write');
  if (!(write instanceof BuiltinFunctionObject)) return null;
  const w = new BuiltinFunctionObject('write', write.fn, newref(file), null);
  allocObject(w, T.builtin_function_or_method.tp_basicsize);
  rt.gc.track(w);
  return w;
}

/** The objects the buffer and print's parser own (one reference each), for the heap audit. */
export function textioRoots(rt: Runtime): PyObject[] {
  const s = states.get(rt);
  if (s === undefined) return [];
  const out: PyObject[] = [];
  if (s.pending !== null) out.push(s.pending);
  if (s.printKwtuple !== null) out.push(s.printKwtuple);
  return out;
}

/** End of the run (after the interpreter's finalization): flush and release print's keyword tuple. */
export function textioRelease(rt: Runtime): void {
  textioFlush(rt);
  const s = states.get(rt);
  if (s === undefined) return;
  states.delete(rt);
  if (s.printKwtuple !== null) decref(s.printKwtuple);
}

RT_EXT.textioWrite = (text: StrObject) => textioWrite(RT as Runtime, text);
RT_EXT.textioFlush = () => textioFlush(RT as Runtime);
RT_EXT.textioRoots = (rt: Runtime) => textioRoots(rt);
