/**
 * Built-in exceptions: the BaseException object layout and the standard hierarchy (CPython's
 * Objects/exceptions.c). Exceptions are ordinary heap objects: raising one allocates it, and a traceback
 * keeps its frames (and so their locals) alive, as in CPython.
 */
import { PyObject, PyType, PyErr, TPFLAGS, incref, decref, xdecref, newref } from './object';
import { T } from './types';
import { registerStatic } from './singletons';

export class ExceptionObject extends PyObject {
  /** the args tuple (owned) */
  args: PyObject;
  traceback: PyObject | null = null;
  context: PyObject | null = null;
  cause: PyObject | null = null;
  suppressContext = false;
  notes: PyObject | null = null;
  /** subclass-specific attributes (StopIteration.value, KeyError..., SyntaxError fields), owned */
  fields: Map<string, PyObject> | null = null;
  constructor(type: PyType, args: PyObject) {
    super(type);
    this.args = args;
  }
}

/** basicsize of each exception family (sizeof its C struct on Linux: no winerror), used for allocation. */
export const EXC_BASICSIZE: Record<string, number> = {
  BaseException: 72,
  StopIteration: 80,
  SystemExit: 80,
  ImportError: 104,
  OSError: 112,
  SyntaxError: 136,
  AttributeError: 88,
  NameError: 80,
  UnicodeDecodeError: 112,
  UnicodeEncodeError: 112,
  UnicodeTranslateError: 112,
  BaseExceptionGroup: 88,
  KeyError: 72,
};

/**
 * The exception families whose struct differs between versions (3.12 added ImportError's name_from): the
 * static types serve every run, so the interpreter's set-up gives them the run's version's sizes.
 */
export function configureExceptionSizes(version: '3.11' | '3.12' | '3.13'): void {
  const importError = version === '3.11' ? 96 : 104;
  EXC_BASICSIZE.ImportError = importError;
  ImportError.tp_basicsize = importError;
  E.ModuleNotFoundError.tp_basicsize = importError;
}

function excType(name: string, base: PyType | null, size?: number): PyType {
  const tp = new PyType(null, name);
  tp.tp_base = base;
  tp.tp_flags = TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE | TPFLAGS.BASE_EXC_SUBCLASS;
  tp.tp_basicsize = size ?? base?.tp_basicsize ?? 72;
  tp.hasDict = true;
  registerStatic(tp);
  return tp;
}

const B = excType('BaseException', null, 72);
const Exc = excType('Exception', B);
const ArithmeticError = excType('ArithmeticError', Exc);
const LookupError = excType('LookupError', Exc);
const OSError = excType('OSError', Exc, 112);
const ImportError = excType('ImportError', Exc, 104);
const NameError = excType('NameError', Exc, 80);
const RuntimeError = excType('RuntimeError', Exc);
const SyntaxError = excType('SyntaxError', Exc, 136);
const ValueError = excType('ValueError', Exc);
const UnicodeError = excType('UnicodeError', ValueError);
const Warning = excType('Warning', Exc);

export const E = {
  BaseException: B,
  BaseExceptionGroup: excType('BaseExceptionGroup', B, 88),
  GeneratorExit: excType('GeneratorExit', B),
  KeyboardInterrupt: excType('KeyboardInterrupt', B),
  SystemExit: excType('SystemExit', B, 80),
  Exception: Exc,
  ArithmeticError,
  FloatingPointError: excType('FloatingPointError', ArithmeticError),
  OverflowError: excType('OverflowError', ArithmeticError),
  ZeroDivisionError: excType('ZeroDivisionError', ArithmeticError),
  AssertionError: excType('AssertionError', Exc),
  AttributeError: excType('AttributeError', Exc, 88),
  BufferError: excType('BufferError', Exc),
  EOFError: excType('EOFError', Exc),
  ExceptionGroup: null as unknown as PyType,
  ImportError,
  ModuleNotFoundError: excType('ModuleNotFoundError', ImportError),
  LookupError,
  IndexError: excType('IndexError', LookupError),
  KeyError: excType('KeyError', LookupError),
  MemoryError: excType('MemoryError', Exc),
  NameError,
  UnboundLocalError: excType('UnboundLocalError', NameError),
  OSError,
  FileNotFoundError: excType('FileNotFoundError', OSError),
  PermissionError: excType('PermissionError', OSError),
  FileExistsError: excType('FileExistsError', OSError),
  IsADirectoryError: excType('IsADirectoryError', OSError),
  NotADirectoryError: excType('NotADirectoryError', OSError),
  TimeoutError: excType('TimeoutError', OSError),
  ConnectionError: excType('ConnectionError', OSError),
  BrokenPipeError: null as unknown as PyType,
  ConnectionAbortedError: null as unknown as PyType,
  ConnectionRefusedError: null as unknown as PyType,
  ConnectionResetError: null as unknown as PyType,
  BlockingIOError: excType('BlockingIOError', OSError),
  ChildProcessError: excType('ChildProcessError', OSError),
  InterruptedError: excType('InterruptedError', OSError),
  ProcessLookupError: excType('ProcessLookupError', OSError),
  ReferenceError: excType('ReferenceError', Exc),
  RuntimeError,
  NotImplementedError: excType('NotImplementedError', RuntimeError),
  RecursionError: excType('RecursionError', RuntimeError),
  StopAsyncIteration: excType('StopAsyncIteration', Exc),
  StopIteration: excType('StopIteration', Exc, 80),
  SyntaxError,
  IndentationError: null as unknown as PyType,
  TabError: null as unknown as PyType,
  SystemError: excType('SystemError', Exc),
  TypeError: excType('TypeError', Exc),
  ValueError,
  UnicodeError,
  UnicodeDecodeError: excType('UnicodeDecodeError', UnicodeError, 112),
  UnicodeEncodeError: excType('UnicodeEncodeError', UnicodeError, 112),
  UnicodeTranslateError: excType('UnicodeTranslateError', UnicodeError, 112),
  Warning,
  DeprecationWarning: excType('DeprecationWarning', Warning),
  PendingDeprecationWarning: excType('PendingDeprecationWarning', Warning),
  RuntimeWarning: excType('RuntimeWarning', Warning),
  SyntaxWarning: excType('SyntaxWarning', Warning),
  UserWarning: excType('UserWarning', Warning),
  FutureWarning: excType('FutureWarning', Warning),
  ImportWarning: excType('ImportWarning', Warning),
  UnicodeWarning: excType('UnicodeWarning', Warning),
  BytesWarning: excType('BytesWarning', Warning),
  ResourceWarning: excType('ResourceWarning', Warning),
  EncodingWarning: excType('EncodingWarning', Warning),
};
E.BrokenPipeError = excType('BrokenPipeError', E.ConnectionError);
E.ConnectionAbortedError = excType('ConnectionAbortedError', E.ConnectionError);
E.ConnectionRefusedError = excType('ConnectionRefusedError', E.ConnectionError);
E.ConnectionResetError = excType('ConnectionResetError', E.ConnectionError);
E.IndentationError = excType('IndentationError', SyntaxError);
E.TabError = excType('TabError', E.IndentationError);
E.ExceptionGroup = excType('ExceptionGroup', E.BaseExceptionGroup);
E.ExceptionGroup.tp_bases = [E.BaseExceptionGroup, Exc];

/** Every exception type, in a stable order (for the builtins module). */
export const EXCEPTION_TYPES: PyType[] = Object.values(E);

/** Hooks set by the runtime: creating tuples and strs needs the object model proper. */
export const excHooks = {
  /** make an exception instance of `type` with the given message args (new reference) */
  make: null as unknown as (type: PyType, args: PyObject[]) => ExceptionObject,
  newStr: null as unknown as (s: string) => PyObject,
};

/** Raise `type(msg)` as a Python exception. `fields` sets subclass attributes (name=, obj=...). */
export function raise(type: PyType, msg?: string, fields?: Record<string, PyObject>): never {
  throw new PyErr(makeException(type, msg, fields));
}

/** A new exception instance `type(msg)` (new reference). */
export function makeException(type: PyType, msg?: string, fields?: Record<string, PyObject>): ExceptionObject {
  const args: PyObject[] = [];
  if (msg !== undefined) args.push(excHooks.newStr(msg));
  const exc = excHooks.make(type, args);
  for (const a of args) decref(a);
  if (fields) {
    exc.fields ??= new Map();
    for (const k of Object.keys(fields)) {
      incref(fields[k]);
      const old = exc.fields.get(k);
      exc.fields.set(k, fields[k]);
      xdecref(old ?? null);
    }
  }
  return exc;
}

/** Raise with an already-made args list (borrowed). */
export function raiseArgs(type: PyType, args: PyObject[]): never {
  throw new PyErr(excHooks.make(type, args));
}

export function isSubtypeOf(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.tp_mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

/** Does exception instance `exc` match type `tp`? */
export function excMatches(exc: PyObject, tp: PyType): boolean {
  return isSubtypeOf(exc.ob_type, tp);
}

/** Set a subclass field on an exception (steals `value`). */
export function setExcField(exc: ExceptionObject, name: string, value: PyObject): void {
  exc.fields ??= new Map();
  const old = exc.fields.get(name);
  exc.fields.set(name, value);
  xdecref(old ?? null);
}

export function getExcField(exc: ExceptionObject, name: string): PyObject | null {
  return exc.fields?.get(name) ?? null;
}

export { newref, T };
