/**
 * BaseException slots, traceback objects and the raise/traceback services of the eval loop; tracebacks are
 * formatted as CPython prints them (header, one `File "...", line N, in name` entry per frame with the source
 * line, then `Type: message`), including chained exceptions.
 */
import { PyObject, PyType, PyErr, RT, TPFLAGS, incref, decref, xdecref, newref } from './object';
import { T } from './types';
import { None, True, False, IntObject } from './singletons';
import {
  E, raise, ExceptionObject, excHooks, EXC_BASICSIZE, EXCEPTION_TYPES, getExcField, setExcField, makeException,
} from './exceptions';
import { StrObject, newStr, ID } from './str';
import { TupleObject, newTuple, EMPTY_TUPLE } from './sequences';
import { onBootstrap, defineGetSets, defineMethods, isSubtype, typeModuleName, instanceDict, genericSetDict } from './typeobject';
import { allocObject, freeObject } from '../memory/heap';
import { packedArgsTuple } from './core_numbers';
import * as A from '../vm/abstract';
import { RT_EXT } from '../vm/rtext';
import { noArgs, oneArg, raiseUnexpectedKeyword } from '../vm/args';
import { Frame, FrameObject, frameObjectOf } from '../vm/frame';
import type { DictObject } from './dict';
import { calculateSuggestion, STDLIB_MODULE_NAMES } from './suggestions';
import { formatEntrySource } from './tbformat';
import type { PythonVersion } from '../parser';

export class TracebackObject extends PyObject {
  constructor(
    public next: PyObject | null,
    public frame: FrameObject,
    public lasti: number,
    public lineno: number,
  ) {
    super(T.traceback);
  }
}

function excFamilySize(type: PyType): number {
  // CPython's ExceptionGroup is a class with a weakref slot: its size depends on the version (excgroup.ts)
  if (type === E.ExceptionGroup) return type.tp_basicsize;
  for (let t: PyType | null = type; t !== null; t = t.tp_base) {
    const s = EXC_BASICSIZE[t.tp_name];
    if (s !== undefined && !(t.tp_flags & TPFLAGS.HEAPTYPE)) return type.tp_flags & TPFLAGS.HEAPTYPE ? type.tp_basicsize : s;
  }
  return 72;
}

/** A new exception instance with args (borrowed). */
export function newException(type: PyType, args: PyObject[]): ExceptionObject {
  for (const a of args) incref(a);
  return newExceptionArgs(type, newTuple(args));
}

/**
 * OSError's errno → subclass map (the `errnomap` of Objects/exceptions.c), with Linux errno values:
 * `OSError(2, 'x')` is a FileNotFoundError.
 */
const ERRNO_SUBCLASSES: [number[], keyof typeof E][] = [
  [[11, 114, 115], 'BlockingIOError'], // EAGAIN (= EWOULDBLOCK), EALREADY, EINPROGRESS
  [[10], 'ChildProcessError'], // ECHILD
  [[32, 108], 'BrokenPipeError'], // EPIPE, ESHUTDOWN
  [[103], 'ConnectionAbortedError'], // ECONNABORTED
  [[111], 'ConnectionRefusedError'], // ECONNREFUSED
  [[104], 'ConnectionResetError'], // ECONNRESET
  [[17], 'FileExistsError'], // EEXIST
  [[2], 'FileNotFoundError'], // ENOENT
  [[21], 'IsADirectoryError'], // EISDIR
  [[20], 'NotADirectoryError'], // ENOTDIR
  [[4], 'InterruptedError'], // EINTR
  [[13, 1], 'PermissionError'], // EACCES, EPERM
  [[3], 'ProcessLookupError'], // ESRCH
  [[110], 'TimeoutError'], // ETIMEDOUT
];

/** OSError_new: OSError itself with (errno, strerror, ...) args becomes the errno's subclass. */
function osErrorType(type: PyType, args: PyObject[]): PyType {
  if (type !== E.OSError || args.length < 2 || args.length > 5) return type;
  const errno = args[0];
  if (!(errno instanceof IntObject) || errno.ob_type !== T.int && errno.ob_type !== T.bool) return type;
  const v = Number(errno.value);
  for (const [codes, name] of ERRNO_SUBCLASSES) if (codes.includes(v)) return E[name] as PyType;
  return type;
}

/**
 * oserror_init: with 2 to 5 args they are (errno, strerror, filename, winerror, filename2); given a
 * filename, `args` keeps only the first two (BlockingIOError takes an int third arg as characters_written).
 */
function initOSErrorFields(exc: ExceptionObject): void {
  const args = (exc.args as TupleObject).items;
  if (args.length < 2 || args.length > 5) return;
  setExcField(exc, 'errno', newref(args[0]));
  setExcField(exc, 'strerror', newref(args[1]));
  const filename = args.length > 2 ? args[2] : None;
  if (filename === None) return;
  if (exc.ob_type === E.BlockingIOError && filename instanceof IntObject) {
    setExcField(exc, 'characters_written', newref(filename));
    return;
  }
  setExcField(exc, 'filename', newref(filename));
  if (args.length === 5 && args[4] !== None) setExcField(exc, 'filename2', newref(args[4]));
  const old = exc.args;
  exc.args = newTuple([newref(args[0]), newref(args[1])]);
  decref(old);
}

/** OSError_str */
function osErrorStr(e: ExceptionObject): string | null {
  const errno = getExcField(e, 'errno');
  const strerror = getExcField(e, 'strerror');
  const filename = getExcField(e, 'filename');
  if (filename !== null) {
    const head = `[Errno ${A.strString(errno ?? None)}] ${A.strString(strerror ?? None)}: ${A.reprString(filename)}`;
    const filename2 = getExcField(e, 'filename2');
    return filename2 !== null ? `${head} -> ${A.reprString(filename2)}` : head;
  }
  if (errno !== null && strerror !== null) return `[Errno ${A.strString(errno)}] ${A.strString(strerror)}`;
  return null;
}

/** An exception whose `args` is the tuple `t` (stolen), as BaseException_new stores type_call's tuple. */
function newExceptionArgs(type: PyType, t: TupleObject): ExceptionObject {
  const args = t.items;
  type = osErrorType(type, args);
  const exc = new ExceptionObject(type, t);
  if (type.tp_flags & TPFLAGS.HEAPTYPE) incref(type);
  allocObject(exc, excFamilySize(type));
  RT.gc.track(exc);
  initSpecialFields(exc, args);
  return exc;
}

function initSpecialFields(exc: ExceptionObject, args: PyObject[]): void {
  const tp = exc.ob_type;
  if (isSubtype(tp, E.StopIteration)) setExcField(exc, 'value', newref(args.length > 0 ? args[0] : None));
  else if (isSubtype(tp, E.SystemExit)) {
    setExcField(exc, 'code', args.length === 0 ? newref(None) : args.length === 1 ? newref(args[0]) : newref(exc.args));
  } else if (isSubtype(tp, E.ImportError)) {
    setExcField(exc, 'msg', newref(args.length === 1 ? args[0] : None));
  } else if (isSubtype(tp, E.OSError)) {
    initOSErrorFields(exc);
  }
}

function excDealloc(o: PyObject): void {
  const e = o as ExceptionObject;
  RT.gc.untrack(e);
  RT.clearWeakrefs(e);
  const d = e.dict;
  e.dict = null;
  xdecref(d);
  decref(e.args);
  xdecref(e.notes);
  xdecref(e.traceback);
  xdecref(e.context);
  xdecref(e.cause);
  if (e.fields !== null) {
    const f = e.fields;
    e.fields = null;
    for (const v of f.values()) decref(v);
  }
  freeObject(e, excFamilySize(e.ob_type));
  // the heap type of a subclass instance is released by subtype_dealloc (typeobject.ts), not here
}

/**
 * BaseException_str and the families' overrides (KeyError_str, ImportError_str, OSError_str) as objects: the
 * str of a single argument is PyObject_Str of it, so str(ValueError("msg")) is the "msg" object itself.
 * New reference.
 */
function excStrObject(e: ExceptionObject): PyObject {
  const args = (e.args as TupleObject).items;
  const tp = e.ob_type;
  if (isSubtype(tp, E.KeyError) && args.length === 1) return A.repr(args[0]);
  if (isSubtype(tp, E.ImportError)) {
    const msg = getExcField(e, 'msg');
    if (msg !== null && msg.ob_type === T.str) return newref(msg);
  }
  if (isSubtype(tp, E.OSError)) {
    const s = osErrorStr(e);
    if (s !== null) return newStr(s);
  }
  if (args.length === 0) return newStr('');
  if (args.length === 1) return A.str(args[0]);
  return A.str(e.args);
}

// ------------------------------------------------------------------ tracebacks

function addTraceback(exc: ExceptionObject, f: Frame): void {
  const fo = frameObjectOf(f);
  incref(fo);
  const tb = new TracebackObject(exc.traceback, fo, f.lasti, f.lineno);
  allocObject(tb, T.traceback.tp_basicsize);
  RT.gc.track(tb);
  exc.traceback = tb;
}

function tracebackDealloc(o: PyObject): void {
  const tb = o as TracebackObject;
  RT.gc.untrack(tb);
  xdecref(tb.next);
  decref(tb.frame);
  freeObject(tb, T.traceback.tp_basicsize);
}

/** Source lines of the program, by filename, for traceback printing. */
export const sourceLines = new Map<string, string[]>();

function excTypeName(tp: PyType): string {
  const mod = typeModuleName(tp);
  if (mod === null || mod === 'builtins' || mod === '__main__') return tp.tp_qualname;
  return `${mod}.${tp.tp_qualname}`;
}

/** `Type: message` (or just `Type`), as the last line of a traceback. */
export function formatExceptionOnly(exc: PyObject): string {
  const e = exc as ExceptionObject;
  const name = excTypeName(e.ob_type);
  if (isSubtype(e.ob_type, E.SyntaxError)) return RT.ext.formatSyntaxErrorException(e);
  let s: string;
  try {
    s = A.strString(e);
  } catch (err) {
    const pe = err instanceof PyErr ? err : null;
    if (pe) decref(pe.exc);
    return `${name}: <exception str() failed>`;
  }
  let out = s === '' ? name : `${name}: ${s}`;
  out += suggestionSuffix(e);
  const notes = e.notes;
  if (notes !== null && notes.ob_type === T.list) {
    for (const n of (notes as any).items as PyObject[]) out += '\n' + (n instanceof StrObject ? n.value : A.reprString(n));
  }
  return out;
}

/**
 * The report of the default sys.unraisablehook (write_unraisable_exc_file): PyTraceBack_Print's entries, then
 * `module.Qualname: str(value)` ("builtins" and "__main__" unnamed; ": " even when str() is empty). No
 * __cause__ / __context__ chain, notes, group tree or suggestion (measured, 3.11-3.13).
 */
export function formatUnraisable(exc: PyObject): string {
  const e = exc as ExceptionObject;
  let out = e.traceback !== null ? 'Traceback (most recent call last):\n' + formatTracebackEntries(e.traceback, true) : '';
  let s: string;
  try {
    s = A.strString(e);
  } catch (err) {
    if (err instanceof PyErr) decref(err.exc);
    s = '<exception str() failed>';
  }
  out += `${excTypeName(e.ob_type)}: ${s}\n`;
  return out;
}

/**
 * The entries of a traceback. `cPrinter`: as Python/traceback.c prints them (PyTraceBack_Print, which the
 * unraisable hook uses on every version): 3.13's has no position markers and heads an entry with tb_lineno.
 */
export function formatTracebackEntries(tb: PyObject | null, cPrinter = false): string {
  let out = '';
  let last = '';
  let repeat = 0;
  const flushRepeat = () => {
    if (repeat > 3) {
      const n = repeat - 3;
      out += `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
    }
  };
  for (let t = tb as TracebackObject | null; t !== null; t = t.next as TracebackObject | null) {
    const code = t.frame.code;
    const filename = (code.filenameObj as StrObject).value;
    const name = (code.nameObj as StrObject).value;
    // repeats are detected on (file, line, name) as CPython does; the entry adds the source and its markers
    const key = `${filename}\0${t.lineno}\0${name}`;
    const pos = code.spec.positions;
    const k = 4 * t.lasti;
    const p = t.lasti >= 0 && k + 3 < pos.length ? [pos[k], pos[k + 1], pos[k + 2], pos[k + 3]] : [-1, -1, -1, -1];
    const v = RT.profile.version as PythonVersion;
    const c313 = cPrinter && v === '3.13';
    // 3.13 prints the instruction's start line (co_positions) in the header
    const lineno = v === '3.13' && !c313 && p[0] >= 0 ? p[0] : t.lineno;
    // (3.13's C printer: the source line alone, as the 3.12 printer shows it without positions)
    const source = c313 ? formatEntrySource(sourceLines.get(filename), t.lineno, [-1, -1, -1, -1], '3.12') : formatEntrySource(sourceLines.get(filename), t.lineno, p, v);
    const entry = `  File "${filename}", line ${lineno}, in ${name}\n` + source;
    if (key === last) {
      repeat++;
      if (repeat <= 3) out += entry;
      continue;
    }
    flushRepeat();
    repeat = 1;
    last = key;
    out += entry;
  }
  flushRepeat();
  return out;
}

/** ". Did you mean: 'x'?" / ". Did you forget to import 'x'?" as CPython's traceback printing adds. */
function suggestionSuffix(e: ExceptionObject): string {
  const v311 = RT.profile.version === '3.11';
  // 3.11's offer_suggestions checks the exact types (no suggestion for UnboundLocalError); 3.12+'s
  // traceback module takes subclasses
  const isName = v311 ? e.ob_type === E.NameError : isSubtype(e.ob_type, E.NameError);
  const isAttr = v311 ? e.ob_type === E.AttributeError : isSubtype(e.ob_type, E.AttributeError);
  if (!isName && !isAttr) return '';
  const wrong = getExcField(e, 'name');
  if (!(wrong instanceof StrObject)) return '';
  const wrongName = wrong.value;
  try {
    let groups: string[][] = [];
    if (isAttr) {
      const obj = getExcField(e, 'obj');
      if (obj === null) return '';
      const d = RT.ext.dirNames(obj);
      if (d === null) return '';
      groups = [d];
    } else {
      let tb = e.traceback as TracebackObject | null;
      if (tb === null) return '';
      while (tb.next !== null && tb.next !== None) tb = tb.next as TracebackObject;
      const fo = tb.frame;
      const locals = frameLocalNames(fo);
      // 3.11/3.12 (suggestions.c) offer the code's co_varnames, bound or not (and, at module level in 3.12,
      // the hidden variables of inlined comprehensions); 3.13's traceback module offers the bound f_locals
      const localNames = RT.profile.version === '3.13' ? locals.names : codeVarnames(fo.code.spec);
      const globals = dictKeysOf(fo.globals);
      const builtins = dictKeysOf(RT.builtinsDict);
      if (!v311 && locals.self !== undefined) {
        const attrName = newStr(wrongName) as StrObject;
        let r: PyObject | null;
        try {
          r = A.lookupAttr(locals.self, attrName);
        } finally {
          decref(attrName);
        }
        if (r !== null) {
          decref(r);
          return `. Did you mean: 'self.${wrongName}'?`;
        }
      }
      // 3.11/3.12 print through suggestions.c: locals, then globals, then builtins, each a separate search;
      // 3.13's traceback module searches one combined list (with the same C distance search)
      groups = RT.profile.version === '3.13' ? [[...localNames, ...globals, ...builtins]] : [localNames, globals, builtins];
    }
    for (const d of groups) {
      const sug = calculateSuggestion(d, wrongName);
      if (sug !== null) return `. Did you mean: '${sug}'?`;
    }
    if (isName && !v311 && STDLIB_MODULE_NAMES.has(wrongName)) return `. Did you forget to import '${wrongName}'?`;
  } catch (err) {
    if (err instanceof PyErr) decref(err.exc);
  }
  return '';
}

function dictKeysOf(d: PyObject): string[] {
  const out: string[] = [];
  const t = (d as DictObject).table;
  for (let i = t.nextIndex(0); i >= 0; i = t.nextIndex(i + 1)) {
    const k = t.keyAt(i);
    if (k instanceof StrObject) out.push(k.value);
  }
  return out;
}

/** co_varnames (_PyCode_GetVarnames): the names of the code's local variables (CO_FAST_LOCAL), in order. */
function codeVarnames(spec: FrameObject['code']['spec']): string[] {
  return spec.co_localsplusnames.filter((_n, i) => (spec.co_localspluskinds[i] & 0x20) !== 0);
}

function frameLocalNames(fo: FrameObject): { names: string[]; self?: PyObject } {
  const f = fo.frame;
  const values = f !== null ? f.s : fo.owned ?? [];
  const spec = fo.code.spec;
  if (f !== null && f.locals !== null) return { names: dictKeysOf(f.locals) };
  if (!(spec.co_flags & 0x1)) {
    // module-level frame: f_locals is the globals dict
    return { names: dictKeysOf(fo.globals) };
  }
  const names: string[] = [];
  let self: PyObject | undefined;
  spec.co_localsplusnames.forEach((n, i) => {
    let v = values[i] ?? null;
    if (v !== null && (spec.co_localspluskinds[i] & 0xc0) !== 0 && (v as any).ref !== undefined) v = (v as any).ref;
    if (v !== null) {
      names.push(n);
      if (n === 'self') self = v;
    }
  });
  return { names, self };
}

/** The full text CPython prints for an uncaught exception (with __cause__ / __context__ chains). */
export function formatException(exc: PyObject, seen = new Set<PyObject>()): string {
  // exception groups (excgroup.ts) print with CPython's nested "+-+----" frames
  if (seen.size === 0 && RT.ext.formatExceptionGroups !== undefined) {
    const g = RT.ext.formatExceptionGroups(exc) as string | null;
    if (g !== null) return g;
  }
  seen.add(exc);
  const e = exc as ExceptionObject;
  let out = '';
  if (e.cause !== null && e.cause !== None && !seen.has(e.cause)) {
    out += formatException(e.cause, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (e.context !== null && !e.suppressContext && !seen.has(e.context)) {
    out += formatException(e.context, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (e.traceback !== null) out += 'Traceback (most recent call last):\n' + formatTracebackEntries(e.traceback);
  out += formatExceptionOnly(exc) + '\n';
  return out;
}

// ------------------------------------------------------------------ raise

function doRaise(exc: PyObject, cause: PyObject | null): PyErr {
  let value: ExceptionObject;
  if (exc instanceof PyType) {
    if (!isSubtype(exc, E.BaseException)) {
      decref(exc);
      xdecref(cause);
      raise(E.TypeError, 'exceptions must derive from BaseException');
    }
    const v = A.call(exc, [], 0, 0, null);
    decref(exc);
    if (!(v instanceof ExceptionObject)) {
      const n = v.ob_type.tp_name;
      decref(v);
      xdecref(cause);
      raise(E.TypeError, `calling ${A.reprString(exc)} should have returned an instance of BaseException, not ${n}`);
    }
    value = v;
  } else if (exc instanceof ExceptionObject) {
    value = exc;
  } else {
    decref(exc);
    xdecref(cause);
    raise(E.TypeError, 'exceptions must derive from BaseException');
  }
  if (cause !== null) {
    let c: PyObject | null;
    if (cause instanceof PyType && isSubtype(cause, E.BaseException)) {
      c = A.call(cause, [], 0, 0, null);
      decref(cause);
    } else if (cause instanceof ExceptionObject) c = cause;
    else if (cause === None) {
      decref(cause);
      c = null;
    } else {
      decref(cause);
      decref(value);
      raise(E.TypeError, 'exception causes must derive from BaseException');
    }
    const old = value.cause;
    value.cause = c ?? newref(None);
    xdecref(old);
    value.suppressContext = true;
  }
  return new PyErr(value);
}

// ------------------------------------------------------------------ installation

excHooks.make = newException;
excHooks.newStr = newStr;

onBootstrap(() => {
  for (const tp of EXCEPTION_TYPES) {
    tp.tp_dealloc = excDealloc;
    tp.tp_traverse = (o, visit) => {
      const e = o as ExceptionObject;
      if (e.dict) visit(e.dict);
      visit(e.args);
      if (e.notes) visit(e.notes);
      if (e.traceback) visit(e.traceback);
      if (e.context) visit(e.context);
      if (e.cause) visit(e.cause);
      if (e.fields) for (const v of e.fields.values()) visit(v);
    };
  }
  const be = E.BaseException;
  be.tp_new = (type, args, start, nargs) => {
    const packed = packedArgsTuple(args, start, nargs);
    if (packed !== null) return newExceptionArgs(type, newref(packed));
    const a: PyObject[] = [];
    for (let i = 0; i < nargs; i++) a.push(args[start + i]);
    return newException(type, a);
  };
  be.tp_init = (self, args, start, nargs, kwnames) => {
    if (kwnames !== null && (kwnames as TupleObject).items.length > 0 && self.ob_type.tp_init === be.tp_init)
      raise(E.TypeError, `${self.ob_type.tp_name}() takes no keyword arguments`);
    const e = self as ExceptionObject;
    const packed = packedArgsTuple(args, start, nargs);
    const old = e.args;
    if (packed !== null) {
      e.args = newref(packed);
    } else {
      const a: PyObject[] = [];
      for (let i = 0; i < nargs; i++) a.push(newref(args[start + i]));
      e.args = newTuple(a);
    }
    decref(old);
    initSpecialFields(e, (e.args as TupleObject).items);
  };
  // AttributeError(name=, obj=), NameError(name=), ImportError(name=, path=): keyword-only fields
  // (PyArg_ParseTupleAndKeywords "|$OO"), then BaseException.__init__ with the positional args
  const beInit = be.tp_init;
  const kwFieldsInit = (fields: string[], fname: string): NonNullable<PyType['tp_init']> => (self, args, start, nargs, kwnames) => {
    const keys = kwnames === null ? [] : (kwnames as TupleObject).items;
    const values: (PyObject | null)[] = fields.map(() => null);
    for (let k = 0; k < keys.length; k++) {
      const key = (keys[k] as StrObject).value;
      const i = fields.indexOf(key);
      if (i < 0) raiseUnexpectedKeyword(fname, key);
      values[i] = args[start + nargs + k];
    }
    beInit(self, args, start, nargs, null);
    fields.forEach((f, i) => {
      const v = values[i];
      if (v !== null) setExcField(self as ExceptionObject, f, newref(v));
    });
  };
  for (const [base, fields] of [[E.AttributeError, ['name', 'obj']], [E.NameError, ['name']], [E.ImportError, ['name', 'path']]] as const) {
    for (const tp of EXCEPTION_TYPES) {
      if (isSubtype(tp, base)) tp.tp_init = kwFieldsInit([...fields], base.tp_name);
    }
  }
  be.tp_repr = (o) => {
    const e = o as ExceptionObject;
    const args = (e.args as TupleObject).items;
    const name = e.ob_type.tp_qualname;
    if (args.length === 1) return newStr(`${name}(${A.reprString(args[0])})`);
    if (args.length === 0) return newStr(`${name}()`);
    return newStr(`${name}${A.reprString(e.args)}`);
  };
  be.tp_str = (o) => excStrObject(o as ExceptionObject);
  defineGetSets(be, {
    args: {
      get: (o) => newref((o as ExceptionObject).args),
      set: (o, v) => {
        const e = o as ExceptionObject;
        if (v === null) raise(E.TypeError, 'args may not be deleted');
        const items = A.toArray(v);
        const old = e.args;
        e.args = newTuple(items);
        decref(old);
      },
    },
    __traceback__: {
      get: (o) => newref((o as ExceptionObject).traceback ?? None),
      set: (o, v) => {
        const e = o as ExceptionObject;
        if (v === null) raise(E.TypeError, '__traceback__ may not be deleted');
        if (v !== None && v.ob_type !== T.traceback) raise(E.TypeError, '__traceback__ must be a traceback or None');
        const old = e.traceback;
        e.traceback = v === None ? null : newref(v);
        xdecref(old);
      },
    },
    __context__: {
      get: (o) => newref((o as ExceptionObject).context ?? None),
      set: (o, v) => {
        const e = o as ExceptionObject;
        const old = e.context;
        e.context = v === null || v === None ? null : newref(v);
        xdecref(old);
      },
    },
    __cause__: {
      get: (o) => newref((o as ExceptionObject).cause ?? None),
      set: (o, v) => {
        const e = o as ExceptionObject;
        const old = e.cause;
        e.cause = v === null || v === None ? null : newref(v);
        e.suppressContext = true;
        xdecref(old);
      },
    },
    __suppress_context__: {
      get: (o) => newref((o as ExceptionObject).suppressContext ? True : False),
      set: (o, v) => {
        (o as ExceptionObject).suppressContext = v !== null && A.isTrue(v);
      },
    },
    // PyObject_GenericGetDict / PyObject_GenericSetDict on the exception's own dict slot
    __dict__: { get: (o) => newref(instanceDict(o, true)!), set: genericSetDict },
  });
  defineMethods(be, {
    // BaseException_reduce: (type, args), plus the __dict__ once the exception has one (what pickle and copy use)
    __reduce__: (self, _args, _start, nargs, kwnames) => {
      noArgs('BaseException.__reduce__', nargs, kwnames);
      const e = self as ExceptionObject;
      const d = instanceDict(e, false);
      const items = [newref(e.ob_type as PyObject), newref(e.args)];
      if (d !== null) items.push(newref(d));
      return newTuple(items);
    },
    with_traceback: (self, args, start, nargs, kwnames) => {
      oneArg('BaseException.with_traceback', nargs, kwnames);
      const e = self as ExceptionObject;
      const v = args[start];
      if (v !== None && v.ob_type !== T.traceback) raise(E.TypeError, '__traceback__ must be a traceback or None');
      const old = e.traceback;
      e.traceback = v === None ? null : newref(v);
      xdecref(old);
      return newref(self);
    },
    add_note: (self, args, start, nargs, kwnames) => {
      oneArg('BaseException.add_note', nargs, kwnames);
      const e = self as ExceptionObject;
      const note = args[start];
      if (!(note instanceof StrObject)) raise(E.TypeError, `note must be a str, not '${note.ob_type.tp_name}'`);
      if (e.notes === null) {
        e.notes = RT.ext.newEmptyList();
        const d = instanceDict(e, true) as DictObject;
        RT.dictSetId(d, '__notes__', e.notes!);
      }
      RT.ext.listAppendBorrowed(e.notes, note);
      return newref(None);
    },
  });
  // attribute fields of exception subclasses
  const field = (name: string) => ({
    get: (o: PyObject) => newref(getExcField(o as ExceptionObject, name) ?? None),
    set: (o: PyObject, v: PyObject | null) => setExcField(o as ExceptionObject, name, newref(v ?? None)),
  });
  defineGetSets(E.StopIteration, { value: field('value') });
  defineGetSets(E.SystemExit, { code: field('code') });
  defineGetSets(E.ImportError, { name: field('name'), path: field('path'), msg: field('msg') });
  defineGetSets(E.OSError, {
    errno: field('errno'), strerror: field('strerror'), filename: field('filename'), filename2: field('filename2'),
  });
  defineGetSets(E.BlockingIOError, { characters_written: field('characters_written') });
  defineGetSets(E.NameError, { name: field('name') });
  defineGetSets(E.AttributeError, { name: field('name'), obj: field('obj') });
  defineGetSets(E.SyntaxError, {
    msg: field('msg'), filename: field('filename'), lineno: field('lineno'), offset: field('offset'),
    text: field('text'), end_lineno: field('end_lineno'), end_offset: field('end_offset'),
  });
  // traceback type
  const tb = T.traceback;
  tb.tp_dealloc = tracebackDealloc;
  tb.tp_traverse = (o, visit) => {
    const t = o as TracebackObject;
    if (t.next) visit(t.next);
    visit(t.frame);
  };
  defineGetSets(tb, {
    tb_next: { get: (o) => newref((o as TracebackObject).next ?? None) },
    tb_frame: { get: (o) => newref((o as TracebackObject).frame) },
    tb_lineno: { get: (o) => RT.newInt((o as TracebackObject).lineno) },
    tb_lasti: { get: (o) => RT.newInt((o as TracebackObject).lasti * 2) },
  });
  RT_EXT.addTraceback = addTraceback;
  RT_EXT.doRaise = doRaise;
  RT_EXT.newException = newException;
  RT_EXT.formatException = formatException;
  RT_EXT.formatUnraisable = formatUnraisable;
  RT_EXT.writeUnraisable = (exc: PyObject, msg: string, obj: PyObject | null, _where: string) => {
    // a sys.unraisablehook set by the program (vm/modules/unraisable.ts)
    if (UNRAISABLE.dispatch !== null && UNRAISABLE.dispatch(exc, msg, obj)) return;
    let head = msg;
    if (obj !== null) {
      let r: string;
      try {
        r = A.reprString(obj);
      } catch (err) {
        if (err instanceof PyErr) decref(err.exc);
        r = `<object repr() failed>`;
      }
      head = `${msg}${r}`;
    }
    const text = `${head}\n${formatUnraisable(exc)}`;
    if (UNRAISABLE.write !== null) UNRAISABLE.write(text);
    else RT.write('stderr', text);
  };
});

/**
 * set by vm/modules/unraisable.ts: `dispatch` calls the program's sys.unraisablehook (true when it handled the
 * report), `write` writes the default hook's report to sys.stderr
 */
export const UNRAISABLE: {
  dispatch: ((exc: PyObject, msg: string, obj: PyObject | null) => boolean) | null;
  write: ((text: string) => void) | null;
} = { dispatch: null, write: null };

export { makeException, EMPTY_TUPLE, ID };
