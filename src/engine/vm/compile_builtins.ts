/**
 * compile(), exec() and eval() (Python/bltinmodule.c, Python/pythonrun.c): Python source run by heapscope's
 * own interpreter. Also SyntaxError's constructor/str and its traceback rendering (Objects/exceptions.c
 * SyntaxError_init / SyntaxError_str, pythonrun.c print_exception's SyntaxError branch).
 *
 * AST lifetime, as in CPython: compile() frees the AST (its arena) before returning, so the constants are
 * then held only by co_consts; exec()/eval() of a string (PyRun_StringFlags) keep the arena alive while the
 * code runs and free it afterwards.
 */
import { PyObject, PyErr, RT, incref, decref, newref } from '../objects/object';
import { T } from '../objects/types';
import { None, IntObject } from '../objects/singletons';
import { E, raise, excMatches, ExceptionObject, setExcField, getExcField } from '../objects/exceptions';
import { StrObject, newStr, ID } from '../objects/str';
import { newInt } from '../objects/numbers';
import { newTuple, newList, TupleObject } from '../objects/sequences';
import { DictObject, dictGetStr, dictSetStr } from '../objects/dict';
import { CodeObject } from '../objects/funcobject';
import { ModuleObject } from '../objects/core_misc';
import { BytesObject } from '../objects/bytesobject';
import { onBootstrap, isSubtype } from '../objects/typeobject';
import { RT_EXT } from './rtext';
import { Frame } from './frame';
import { evalFrame } from './eval';
import { parseArgs } from './args';
import { parse, formatSyntaxError, type SyntaxErrorInfo, type PythonVersion } from '../parser/index';
import { compileModule } from '../compiler/index';
import { Materializer } from './interp';
import { materializeCompiled } from './compile_gc';
import type { PyConstant } from '../parser/ast';
import type { MethFn } from '../objects/funcobject';
import * as A from './abstract';
import { warnExplicit } from './modules/warnings';
import { replayStateTraffic } from './importer';

type Mode = 'exec' | 'eval' | 'single';

const PyCF_ONLY_AST = 0x0400;

// ------------------------------------------------------------------ SyntaxError objects

/** A SyntaxError (or IndentationError/TabError) instance for a parser/compiler error. New reference. */
function syntaxErrorObject(err: SyntaxErrorInfo): PyObject {
  if (err.type === 'MemoryError' || err.type === 'RecursionError') {
    const msg = newStr(err.msg);
    const exc = RT.ext.newException(err.type === 'MemoryError' ? E.MemoryError : E.RecursionError, err.msg ? [msg] : []);
    decref(msg);
    return exc;
  }
  const tp = err.type === 'IndentationError' ? E.IndentationError : err.type === 'TabError' ? E.TabError : E.SyntaxError;
  const fields: PyObject[] = [
    newStr(err.filename),
    newInt(err.lineno),
    newInt(err.offset),
    err.text === null ? newref(None) : newStr(err.text),
    newInt(err.end_lineno),
    newInt(err.end_offset),
  ];
  const info = newTuple(fields.map((f) => newref(f)));
  const msg = newStr(err.msg);
  const exc = RT.ext.newException(tp, [msg, info]) as ExceptionObject;
  decref(info);
  setExcField(exc, 'msg', msg);
  const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
  for (let i = 0; i < names.length; i++) setExcField(exc, names[i], fields[i]);
  return exc;
}

function syntaxErrorFromInfo(err: SyntaxErrorInfo): never {
  throw new PyErr(syntaxErrorObject(err));
}

/** SyntaxError_init: args (msg, (filename, lineno, offset, text[, end_lineno, end_offset])). */
function syntaxErrorInitFields(e: ExceptionObject): void {
  const args = (e.args as TupleObject).items;
  if (args.length >= 1) setExcField(e, 'msg', newref(args[0]));
  if (args.length === 2) {
    const info = args[1];
    const items = A.toArray(info);
    try {
      if (items.length !== 4 && items.length !== 6) raise(E.IndexError, 'tuple index out of range');
      const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
      for (let i = 0; i < items.length; i++) setExcField(e, names[i], newref(items[i]));
    } finally {
      for (const x of items) decref(x);
    }
  }
}

function fieldNum(e: ExceptionObject, name: string): number | null {
  const v = getExcField(e, name);
  return v instanceof IntObject ? Number(v.value) : null;
}

/** SyntaxError_str */
function msgOf(e: ExceptionObject): PyObject {
  const m = getExcField(e, 'msg');
  if (m !== null) return m;
  // made without SyntaxError_init (an engine raise): the message is args[0]
  const args = (e.args as TupleObject).items;
  return args.length >= 1 ? args[0] : None;
}

function syntaxErrorStr(e: ExceptionObject): string {
  const msgO = msgOf(e);
  const msg = A.strString(msgO);
  const fn = getExcField(e, 'filename');
  const filename = fn instanceof StrObject ? fn.value.slice(fn.value.lastIndexOf('/') + 1) : null;
  const lineno = fieldNum(e, 'lineno');
  if (filename !== null && lineno !== null) return `${msg} (${filename}, line ${lineno})`;
  if (filename !== null) return `${msg} (${filename})`;
  if (lineno !== null) return `${msg} (line ${lineno})`;
  return msg;
}

/** The last lines of a traceback for a SyntaxError instance (no trailing newline). */
function formatSyntaxErrorException(exc: PyObject): string {
  const e = exc as ExceptionObject;
  const typeName = e.ob_type.tp_name.includes('.') ? e.ob_type.tp_name.slice(e.ob_type.tp_name.lastIndexOf('.') + 1) : e.ob_type.tp_name;
  const msgO = msgOf(e);
  const msg = msgO === None ? '' : A.strString(msgO);
  const fn = getExcField(e, 'filename');
  const lineno = fieldNum(e, 'lineno');
  const textO = getExcField(e, 'text');
  const info: SyntaxErrorInfo = {
    type: 'SyntaxError',
    msg,
    filename: fn instanceof StrObject ? fn.value : '<string>',
    lineno: lineno ?? 0,
    offset: fieldNum(e, 'offset') ?? 0,
    end_lineno: fieldNum(e, 'end_lineno') ?? lineno ?? 0,
    end_offset: fieldNum(e, 'end_offset') ?? 0,
    text: textO instanceof StrObject ? textO.value : null,
  };
  let out = formatSyntaxError(info, RT.profile.version as PythonVersion);
  if (typeName !== 'SyntaxError') out = out.replace(/SyntaxError: ([^]*)$/, `${typeName}: $1`);
  if (info.type === 'SyntaxError' && lineno === null && fn === null) out = msg ? `${typeName}: ${msg}\n` : `${typeName}\n`;
  return out.endsWith('\n') ? out.slice(0, -1) : out;
}

// ------------------------------------------------------------------ compiling

interface Compiled {
  code: CodeObject;
  /** the AST arena's references: its constants, then its list (to be released when the arena is freed) */
  astRefs: PyObject[];
}

function sourceText(o: PyObject, fname: string, what: string): string {
  let text: string;
  if (o instanceof StrObject && isSubtype(o.ob_type, T.str)) text = o.value;
  else if (o instanceof BytesObject) text = new TextDecoder('utf-8').decode(o.value);
  else raise(E.TypeError, `${fname}() arg 1 must be a ${what} object`);
  if (text.includes('\0')) raise(E.SyntaxError, 'source code string cannot contain null bytes');
  return text;
}

/**
 * Parse and compile `source` in a new AST arena (_PyArena_New: its list of the AST's objects, a_objects, is
 * a GC list made before parsing); the arena's references — its constants, then the list itself, which
 * _PyArena_Free releases after them — are returned for the caller to release when it frees the arena.
 */
function compileSource(source: string, filenameObj: PyObject, filename: string, mode: Mode): Compiled {
  const arenaList = newList(0);
  let compiled: Compiled;
  try {
    compiled = compileInArena(source, filenameObj, filename, mode);
  } catch (e) {
    decref(arenaList);
    throw e;
  }
  compiled.astRefs.push(arenaList);
  return compiled;
}

function compileInArena(source: string, filenameObj: PyObject, filename: string, mode: Mode): Compiled {
  const version = RT.profile.version as PythonVersion;
  // string input in 'exec' mode gets a final newline (tokenizer translate_newlines)
  if (mode === 'exec' && source.length > 0 && !/[\r\n]$/.test(source)) source += '\n';
  if (mode !== 'exec') noStatementCheck(source, filename);
  const parsed = parse(source, { filename, version, mode });
  if (!parsed.ok) syntaxErrorFromInfo(noFinalNewline(parsed.error, source, mode));
  if (mode === 'single' && parsed.multipleStatements) badSingleStatement(parsed.module.body, source, filename, version);
  const compiled = compileModule(parsed.module, { filename, version, flags: RT.profile.codegen, source, mode });
  // compiler errors take their text from the file named `filename` (PyErr_ProgramTextObject): none here
  if (!compiled.ok) syntaxErrorFromInfo({ ...compiled.error, text: null });
  // compile-time SyntaxWarnings go through the warnings filters (compiler_warn: PyErr_WarnExplicitObject with
  // no module and no registry); a filter that turns one into an error makes it a SyntaxError at its location
  for (const w of compiled.warnings) {
    const msg = newStr(w.msg);
    try {
      warnExplicit(msg, E.SyntaxWarning, filenameObj, w.lineno, null, null, null);
    } catch (e) {
      if (!(e instanceof PyErr) || !excMatches(e.exc, E.SyntaxWarning)) throw e;
      decref(e.exc);
      syntaxErrorFromInfo({
        type: 'SyntaxError',
        msg: w.msg,
        filename,
        lineno: w.loc.lineno,
        offset: w.loc.col_offset + 1,
        end_lineno: w.loc.end_lineno,
        end_offset: w.loc.end_col_offset + 1,
        text: null,
      });
    } finally {
      decref(msg);
    }
  }
  const mat = new Materializer(filenameObj);
  const astRefs: PyObject[] = [];
  try {
    // the compiler's own GC objects around the code objects (vm/compile_gc.ts)
    const code = materializeCompiled(mat, compiled.gcEvents, compiled.code, () => {
      for (const c of compiled.astConstants) astRefs.push(mat.ref(c as PyConstant));
    });
    return { code, astRefs };
  } catch (e) {
    for (const r of astRefs) decref(r);
    throw e;
  }
}

/** 'eval'/'single' input without any token (blank and comment lines only) is invalid syntax at its end. */
function noStatementCheck(source: string, filename: string): void {
  const parts = source.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  if (!parts.every((p) => /^[ \t\f]*(#.*)?\n?$/.test(p))) return;
  if (parts.length > 0 && /^[ \t\f]+$/.test(parts[parts.length - 1])) return;
  const n = parts.length;
  syntaxErrorFromInfo({
    type: 'SyntaxError', msg: 'invalid syntax', filename,
    lineno: n, offset: 0, end_lineno: n, end_offset: 0, text: n > 0 ? parts[n - 1] : '',
  });
}

/**
 * Only 'exec' input gets a newline appended by the tokenizer (translate_newlines' exec_input): in the other
 * modes an error on an unterminated last line reports its text without one.
 */
function noFinalNewline(err: SyntaxErrorInfo, source: string, mode: Mode): SyntaxErrorInfo {
  if (mode === 'exec' || err.text === null || /[\r\n]$/.test(source)) return err;
  const lines = source.split(/\r\n|\r|\n/);
  const nlines = lines.length;
  if (err.lineno !== nlines && err.end_lineno !== nlines) return err;
  const out = { ...err, text: err.text.endsWith('\n') ? err.text.slice(0, -1) : err.text };
  // the implicit NEWLINE token at the end of unterminated input has no position (col_offset -1)
  if (err.msg === 'invalid syntax' && err.lineno === nlines && err.offset === [...lines[nlines - 1]].length + 1) {
    out.offset = 0;
    out.end_offset = 0;
  }
  return out;
}

/** bad_single_statement: 'single' input must hold one statement (simple statements on one line count once). */
function badSingleStatement(body: { end_lineno: number; end_col_offset: number }[], source: string, filename: string, version: PythonVersion): void {
  const first = body[body.length - 1];
  const line = source.split(/\r\n|\r|\n/)[first.end_lineno - 1] ?? '';
  const offset = first.end_col_offset + 1;
  syntaxErrorFromInfo({
    type: 'SyntaxError',
    msg: 'multiple statements found while compiling a single statement',
    filename,
    lineno: first.end_lineno,
    offset,
    end_lineno: first.end_lineno,
    end_offset: version === '3.11' ? offset : offset + 1,
    text: line + '\n',
  });
}

function releaseRefs(refs: PyObject[]): void {
  for (const r of refs) decref(r);
}

// ------------------------------------------------------------------ running (PyEval_EvalCode)

/** _PyEval_BuiltinsFromGlobals (borrowed) */
function builtinsFromGlobals(globals: DictObject): DictObject {
  const b = dictGetStr(globals, '__builtins__');
  if (b !== null) {
    if (b instanceof ModuleObject && b.dict instanceof DictObject) return b.dict;
    if (b instanceof DictObject) return b;
  }
  return currentBuiltins();
}

function currentBuiltins(): DictObject {
  const f = RT.frame;
  return f !== null ? f.builtins : RT.builtinsDict;
}

/**
 * PyEval_EvalCode: a function object for the code, then a frame with `locals`. New reference. Also how the
 * program's module code runs (run_eval_code_obj; vm/interp.ts runMain): the function is a GC object, which
 * gc.get_count() sees, and it holds a reference to the module's globals while the program runs.
 */
export function evalCode(code: CodeObject, globals: DictObject, locals: PyObject): PyObject {
  const builtins = builtinsFromGlobals(globals);
  const func = RT.ext.newFunction(code, globals, builtins);
  // _PyFunction_FromConstructor: func_doc is None
  if (func.doc !== None) {
    const d = func.doc;
    func.doc = newref(None);
    decref(d);
  }
  // the frame owns the function's creation reference and a reference to locals
  const f = new Frame(code, func, globals, builtins, locals);
  incref(locals);
  RT.checkRecursion();
  return evalFrame(f);
}

function isMapping(o: PyObject): boolean {
  return o.ob_type.mp_subscript != null;
}

/** globals/locals resolution shared by exec and eval; returns new references. */
function resolveNamespaces(
  fname: 'exec' | 'eval',
  g: PyObject | null,
  l: PyObject | null,
): { globals: DictObject; locals: PyObject } {
  if (g === None) g = null;
  if (l === None) l = null;
  if (fname === 'eval') {
    if (l !== null && !isMapping(l)) raise(E.TypeError, 'locals must be a mapping');
    if (g !== null && !(g instanceof DictObject)) {
      raise(E.TypeError, isMapping(g) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
  }
  let globals: PyObject;
  let locals: PyObject;
  if (g === null) {
    const f = RT.frame;
    globals = newref(f === null ? RT.mainModule.dict! : f.globals);
    locals = l === null ? RT.ext.localsDict() : newref(l);
  } else {
    globals = newref(g);
    locals = newref(l ?? g);
  }
  try {
    if (fname === 'exec') {
      if (!(globals instanceof DictObject)) raise(E.TypeError, `exec() globals must be a dict, not ${globals.ob_type.tp_name}`);
      if (!isMapping(locals)) raise(E.TypeError, `locals must be a mapping or None, not ${locals.ob_type.tp_name}`);
    }
    const gd = globals as DictObject;
    if (dictGetStr(gd, '__builtins__') === null) dictSetStr(gd, '__builtins__', currentBuiltins());
    return { globals: gd, locals };
  } catch (e) {
    decref(globals);
    decref(locals);
    throw e;
  }
}

/** Run a source string (PyRun_StringFlags): the AST arena lives until the code has finished. */
function runString(source: string, mode: Mode, globals: DictObject, locals: PyObject): PyObject {
  const { code, astRefs } = compileSource(source, ID('<string>'), '<string>', mode);
  try {
    return evalCode(code, globals, locals);
  } finally {
    decref(code);
    releaseRefs(astRefs);
  }
}

function version(): PythonVersion {
  return RT.profile.version as PythonVersion;
}

const bExec: MethFn = (_s, a, st, n, kw) => {
  const params = version() === '3.13'
    ? ['source', '/', 'globals?', 'locals?', '$closure?']
    : ['source', 'globals?', 'locals?', '/', '$closure?'];
  const [source, g, l, closure0] = parseArgs('exec', a, st, n, kw, params);
  const closure = closure0 === None ? null : closure0;
  const { globals, locals } = resolveNamespaces('exec', g, l);
  try {
    let v: PyObject;
    if (source instanceof CodeObject) {
      if (closure !== null) raise(E.NotImplementedError, 'exec() closure is not available in heapscope');
      if (source.nfree > 0) raise(E.TypeError, 'code object passed to exec() may not contain free variables');
      v = evalCode(source, globals, locals);
    } else {
      if (closure !== null) raise(E.TypeError, 'closure can only be used when source is a code object');
      const text = sourceText(source!, 'exec', 'string, bytes or code');
      v = runString(text, 'exec', globals, locals);
    }
    decref(v);
    return newref(None);
  } finally {
    decref(globals);
    decref(locals);
  }
};

const bEval: MethFn = (_s, a, st, n, kw) => {
  const params = version() === '3.13' ? ['source', '/', 'globals?', 'locals?'] : ['source', 'globals?', 'locals?', '/'];
  const [source, g, l] = parseArgs('eval', a, st, n, kw, params);
  const { globals, locals } = resolveNamespaces('eval', g, l);
  try {
    if (source instanceof CodeObject) {
      if (source.nfree > 0) raise(E.TypeError, 'code object passed to eval() may not contain free variables');
      return evalCode(source, globals, locals);
    }
    let text = sourceText(source!, 'eval', 'string, bytes or code');
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i > 0) text = text.slice(i);
    return runString(text, 'eval', globals, locals);
  } finally {
    decref(globals);
    decref(locals);
  }
};

const bCompile: MethFn = (_s, a, st, n, kw) => {
  const [source, filename, modeO, flagsO] = parseArgs('compile', a, st, n, kw, [
    'source', 'filename', 'mode', 'flags?', 'dont_inherit?', 'optimize?', '$_feature_version?',
  ]);
  const flags = flagsO === null ? 0 : Number(A.indexValue(flagsO));
  if (!(filename instanceof StrObject)) {
    raise(E.TypeError, `compile() argument 'filename' must be str, bytes or os.PathLike, not ${filename!.ob_type.tp_name}`);
  }
  if (!(modeO instanceof StrObject)) raise(E.TypeError, `compile() argument 'mode' must be str, not ${modeO!.ob_type.tp_name}`);
  const mode = modeO.value;
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single' && mode !== 'func_type') {
    raise(E.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  // PyAST_Check(source): the first call builds the `_ast` module state (~120 heap types; profile.gcAstState)
  if (!RT.astStateBuilt) {
    RT.astStateBuilt = true;
    replayStateTraffic(RT.profile.gcAstState);
  }
  if (flags & PyCF_ONLY_AST || mode === 'func_type') raise(E.NotImplementedError, 'compile() to an AST is not available in heapscope');
  const text = sourceText(source!, 'compile', 'string, bytes or AST');
  const { code, astRefs } = compileSource(text, filename, filename.value, mode as Mode);
  // the AST arena is freed before compile() returns
  releaseRefs(astRefs);
  return code;
};

export const COMPILE_BUILTINS: Record<'eval' | 'exec' | 'compile', MethFn> = {
  eval: bEval,
  exec: bExec,
  compile: bCompile,
};

onBootstrap(() => {
  const se = E.SyntaxError;
  se.tp_init = (self, args, start, nargs, kwnames) => {
    E.BaseException.tp_init!(self, args, start, nargs, kwnames);
    syntaxErrorInitFields(self as ExceptionObject);
  };
  se.tp_str = (o) => newStr(syntaxErrorStr(o as ExceptionObject));
  RT_EXT.formatSyntaxErrorException = formatSyntaxErrorException;
});
