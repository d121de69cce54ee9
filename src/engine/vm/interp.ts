/**
 * Running a program: bootstrap (once per process), a Runtime per run, parse → compile → materialise the
 * code objects (co_consts become live objects) → execute the module frame → report the outcome as CPython
 * would (stdout, traceback on stderr, exit status), then finalise.
 */
import {
  PyObject, PyType, PyErr, LimitStop, RT, incref, decref, xdecref, newref, resetDeallocState,
} from '../objects/object';
import { T } from '../objects/types';
import { None, True, False, IntObject } from '../objects/singletons';
import { E, raise, excMatches, ExceptionObject, getExcField, makeException, configureExceptionSizes } from '../objects/exceptions';
import { StrObject, newStr, intern, ID, freezeStaticIds } from '../objects/str';
import { newInt, newFloat } from '../objects/numbers';
import { newTuple, EMPTY_TUPLE, TupleObject, ListObject, newListFrom } from '../objects/sequences';
import { DictObject, newDict, dictGetStr, dictSetStr, dictGetItem, dictSetItem, dictForEach, dictClear } from '../objects/dict';
import { CodeObject } from '../objects/funcobject';
import { bootstrapTypes, makeStatic, typeLookup } from '../objects/typeobject';
import { ModuleObject, newModule } from '../objects/core_misc';
import { newSet, setAddKey } from '../objects/core_set';
import { formatException, sourceLines } from '../objects/core_exc';
import { allocObject, freeObject } from '../memory/heap';
import { newWeakref, weakrefGet, type WeakrefObject } from '../objects/weakref';
import { Runtime } from './runtime';
import { RT_EXT, completeExt } from './rtext';
import { clearFrame } from './frame';
import { primeEvalFeedback, toPyErr } from './eval';
import { addSitesFor, callSitesFor } from './specialize';
import { evalCode } from './compile_builtins';
import { makeBuiltinsModule, applyBuiltinRefcounts } from './builtins';
import { getProfile } from '../profiles';
import { applyStartupRefcounts } from '../objects/static_refcounts';
import { parse, formatSyntaxError, type SyntaxErrorInfo } from '../parser/index';
import { compileModule } from '../compiler/index';
import { materializeCompiled, namesTupleSpec, type CodeTupleMerger } from './compile_gc';
import type { CodeSpec, ConstSpec } from '../compiler/code';
import { Op, INTRINSIC } from '../compiler/opcodes';
import type { PyConstant } from '../parser/ast';
import type { PythonVersion, RunOptions, RunResult } from '../index';
import { makeSysModule } from './modules/sys';
import { importName, importFrom, importStar, importModuleByName, preloadStartupModules, STDLIB_SOURCES } from './importer';
import { STDLIB, STDLIB_PACKAGES as STDLIB_PACKAGES_LIST } from '../stdlib/index';
import { STDLIB_PACKAGES } from '../objects/typemethods';

// side-effect imports: every module that registers bootstrap hooks
import '../objects/core_numbers';
import '../objects/core_seq';
import '../objects/core_dict';
import '../objects/core_func';
import '../objects/core_exc';
import '../objects/core_misc';
import '../objects/core_set';
import '../objects/excgroup';
import './asyncops';
import './services';
import './builtins';
import './misc_services';
// type method sets and native modules (each registers itself)
import '../objects/strmethods';
import { EMPTY_BYTES } from '../objects/bytesobject';
import '../objects/listmethods';
import '../objects/dictmethods';
import '../objects/setmethods';
import '../objects/numbermethods';
import '../objects/complexobject';
import '../objects/typemethods';
import './modules/math';
import './modules/random';
import './modules/time';
import './modules/collections';
import './modules/io';
import './modules/json';
import './modules/functools';
import './modules/itertools';
import './modules/sre';
import './modules/operator';
import './modules/array';
import './modules/struct';
import './modules/ctypes';
import { initGCState, seedStartupFreelists } from './modules/gc';
import { configureExceptionGroupType } from '../objects/excgroup';
import './modules/weakref';
import './modules/abc';
import './modules/tracemalloc';
import './modules/typevar';
import './modules/warnings';
import './modules/tbformat_mod';
import './modules/datetime';
import { runExitFuncs } from './modules/atexit';
import { markFinalizing } from './modules/sysfuncs';
import { releaseSinglePhaseModules } from './modules/nativetype';
import './frametype';
import '../memory/sizes';
import '../memory/audit';
import { textioFlush, textioRelease } from './textio';
import { initStaticSubclasses, releaseStaticSubclasses, syncStartupSubclasses } from '../objects/subclasses';
import { typeCacheClear } from '../objects/typecache';

let booted = false;

/** Build the static types once per process, using a throwaway runtime for their dictionaries. */
export function bootstrap(): void {
  if (booted) return;
  const boot = new Runtime(getProfile('3.12'));
  boot.activate();
  bootstrapTypes('slots');
  bootstrapTypes('finish');
  completeExt();
  booted = true;
}

// ------------------------------------------------------------------ materialising code

const CO_FLAG_LINESTART = 1;

/** Identifier-like strings are interned by the compiler (all_name_chars). */
function allNameChars(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

export class Materializer {
  private map = new Map<object, PyObject>();
  /** code objects made ahead of their constants (vm/compile_gc.ts): the first ref() takes the reference */
  readonly codes = new Map<CodeSpec, CodeObject>();
  constructor(private filename: PyObject) {}

  /**
   * A new reference to the object for constant `c`. The first holder (the AST arena, a co_consts entry or
   * a containing constant tuple) receives the creation reference; the cache itself owns none.
   */
  ref(c: ConstSpec): PyObject {
    const hit = this.map.get(c);
    if (hit !== undefined) return newref(hit);
    const o = this.make(c);
    this.map.set(c, o);
    return o;
  }

  /** Whether constant `c` has its object already. */
  has(c: ConstSpec): boolean {
    return this.map.has(c);
  }

  /** Constant `c` is the live object `o` from now on (merged by the compiler's constant cache). */
  alias(c: ConstSpec, o: PyObject): void {
    this.map.set(c, o);
  }

  /** The object for constant `c`: a new reference (the singletons too: 3.11 counts their references). */
  private make(c: ConstSpec): PyObject {
    switch (c.kind) {
      case 'None':
        return newref(None);
      case 'Ellipsis':
        return newref(RT.ext.ellipsis ?? None);
      case 'bool':
        return newref(c.value ? True : False);
      case 'int':
        return newInt(c.value <= BigInt(Number.MAX_SAFE_INTEGER) && c.value >= BigInt(-Number.MAX_SAFE_INTEGER) ? Number(c.value) : c.value);
      case 'float':
        return newFloat(c.value);
      case 'complex':
        return RT.ext.newComplex ? RT.ext.newComplex(c.real, c.imag) : newFloat(c.imag);
      case 'str': {
        const s = newStr(c.value);
        return s;
      }
      case 'bytes':
        return RT.ext.newBytes ? RT.ext.newBytes(c.value) : newStr('');
      case 'tuple': {
        const t = newTuple(c.items.map((x) => this.ref(x)));
        // constant tuples of atomic values are untracked when the code object is made (_PyTuple_MaybeUntrack)
        RT.ext.tupleMaybeUntrack?.(t);
        return t;
      }
      case 'frozenset': {
        let s = newSet(T.frozenset);
        for (const x of c.items) {
          const o = this.ref(x);
          setAddKey(s, o);
          decref(o);
        }
        // CPython rebuilds a constant frozenset from its iteration order, which decides the slot order
        // (exact for int/str items): merge_consts_recursive makes a new frozenset from the folded one's
        // items, and intern_string_constants (code creation) makes another when interning replaced an
        // item: modelled as "an identifier-like str item" (measured on 3.11-3.13 against set literals)
        const keys0 = s.table.toArray();
        if (keys0.every((k) => k.ob_type === T.int || k.ob_type === T.str)) {
          const passes = keys0.some((k) => k instanceof StrObject && allNameChars(k.value)) ? 2 : 1;
          for (let pass = 0; pass < passes; pass++) {
            const n = newSet(T.frozenset);
            for (const k of s.table.toArray()) setAddKey(n, k);
            decref(s);
            s = n;
          }
        }
        return s;
      }
      case 'code': {
        const made = this.codes.get(c.code);
        if (made !== undefined) {
          this.codes.delete(c.code);
          return made;
        }
        return this.code(c.code);
      }
    }
  }

  /**
   * intern_string_constants: an identifier-like exact str constant is interned (3.13: _PyUnicode_InternMortal,
   * like sys.intern; names stay immortal), also the items of constant tuples, nested ones too, last item
   * first, so that `__slots__ = ('x',)` and `self.x` share one object. Takes the reference to `o` (constant
   * `c`'s object) and returns one to the object to keep, which becomes `c`'s object (already-interned ones
   * too: a latin-1 singleton may intern to another object, str.ts intern).
   */
  private internConst(o: PyObject, c: ConstSpec): PyObject {
    if (o instanceof StrObject && o.ob_type === T.str && allNameChars(o.value)) {
      const w = intern(o, RT.profile.sysInternImmortal);
      this.map.set(c, w);
      return w;
    }
    if (c.kind === 'tuple' && o.ob_type === T.tuple) {
      const items = (o as TupleObject).items;
      for (let i = items.length - 1; i >= 0; i--) items[i] = this.internConst(items[i], c.items[i]);
    }
    return o;
  }

  /** makecode; `merger` shares the tuples equal to ones the compiler's constant cache holds (compile_gc.ts). */
  code(spec: CodeSpec, merger?: CodeTupleMerger): CodeObject {
    const name = intern(newStr(spec.co_name), true);
    const qc = spec.co_qualnameConst;
    const qual =
      spec.co_qualname === spec.co_name ? newref(name) : qc != null ? this.ref(qc) : newStr(spec.co_qualname);
    incref(this.filename);
    const co = new CodeObject(spec, this.filename, name, qual);
    co.callSites = callSitesFor(spec, RT.profile);
    co.addSites = addSitesFor(spec, RT.profile, co.callSites !== null);
    co.consts = spec.co_consts.map((c) => this.internConst(this.ref(c), c));
    co.names = spec.co_names.map((n) => intern(newStr(n), true));
    co.localsplusNames = spec.co_localsplusnames.map((n) => intern(newStr(n), true));
    // makecode: the names tuple, then the constants tuple, then the localsplus names tuple (tuple
    // allocations: freelists, GC counts); each steals the references the arrays hold, which stay as views
    let namesT = newTuple(co.names);
    if (merger) namesT = merger.mergeTuple(namesT, namesTupleSpec(spec.co_names));
    let constsT = newTuple(co.consts);
    if (merger) constsT = merger.mergeTuple(constsT, { kind: 'tuple', items: spec.co_consts });
    let localsT = newTuple(co.localsplusNames);
    if (merger) localsT = merger.mergeTuple(localsT, namesTupleSpec(spec.co_localsplusnames));
    co.namesTuple = namesT;
    co.constsTuple = constsT;
    co.localsplusTuple = localsT;
    co.names = (namesT as TupleObject).items;
    co.consts = (constsT as TupleObject).items;
    co.localsplusNames = (localsT as TupleObject).items;
    // co_localspluskinds and co_exceptiontable are b'' when there are no locals / no handlers
    co.emptyBytesRefs = (spec.co_localsplusnames.length === 0 ? 1 : 0) + (hasExceptionHandlers(spec) ? 0 : 1);
    for (let i = 0; i < co.emptyBytesRefs; i++) incref(EMPTY_BYTES);
    // line starts (for tracing), from positions
    const n = spec.code.length >> 1;
    const ls = new Uint8Array(n);
    let prev = -1;
    for (let i = 0; i < n; i++) {
      const line = spec.positions[4 * i];
      if (line >= 0 && line !== prev) {
        ls[i] = CO_FLAG_LINESTART;
        prev = line;
      }
    }
    co.lineStarts = ls;
    allocObject(co, 200 + 2 * n);
    return co;
  }
}

/**
 * Whether co_exceptiontable has entries (else it is b''). heapscope compiles the 3.12 way, which adds two
 * handlers 3.11 does not have: one around a generator's or coroutine's body turning StopIteration into
 * RuntimeError (CALL_INTRINSIC_1 STOPITERATION_ERROR; 3.11's gen_send_ex converts it), and one around each
 * `yield from` / `await` (CLEANUP_THROW; 3.11's gen_throw delegates). On 3.12+ b'' is immortal, so the
 * count only shows on 3.11: their rows do not count.
 */
function hasExceptionHandlers(spec: CodeSpec): boolean {
  const t = spec.exceptionTable;
  const code = spec.code;
  for (let r = 0; r < t.length; r += 5) {
    const op = code[2 * t[r + 2]];
    if (op === Op.CLEANUP_THROW) continue;
    if (op !== Op.CALL_INTRINSIC_1 || code[2 * t[r + 2] + 1] !== INTRINSIC.STOPITERATION_ERROR) return true;
  }
  return false;
}

export function codeDealloc(o: PyObject): void {
  const co = o as CodeObject;
  RT.clearWeakrefs(co);
  // code_dealloc: co_consts, co_names, co_localsplusnames
  const tuples = [co.constsTuple, co.namesTuple, co.localsplusTuple];
  co.constsTuple = co.namesTuple = co.localsplusTuple = null;
  for (const t of tuples) if (t !== null) decref(t);
  for (let i = 0; i < co.emptyBytesRefs; i++) decref(EMPTY_BYTES);
  co.emptyBytesRefs = 0;
  co.consts = [];
  co.names = [];
  co.localsplusNames = [];
  decref(co.filenameObj);
  decref(co.nameObj);
  decref(co.qualnameObj);
  freeObject(co, 200 + co.code.length);
}

// ------------------------------------------------------------------ running

export interface RunHooks {
  /** called with the runtime before the program starts (trace recorder, audit) */
  beforeRun?(rt: Runtime): void;
  afterRun?(rt: Runtime): void;
}

export function runProgram(source: string, options: RunOptions = {}, hooks: RunHooks = {}): RunResult & { runtime: Runtime } {
  bootstrap();
  primeEvalFeedback();
  const version: PythonVersion = options.version ?? '3.12';
  const profile = getProfile(version);
  const rt = new Runtime(profile, { maxSteps: options.maxSteps, timeoutMs: options.timeoutMs, maxHeapBytes: options.maxHeapBytes });
  rt.activate();
  rt.stdin = options.stdin ?? '';
  rt.outputSink = options.output ?? null;
  rt.startTime = Date.now();
  const filename = options.filename ?? '<string>';
  rt.filename = filename;
  sourceLines.set(filename, source.split(/\r\n|\r|\n/));
  let exitCode = 0;
  try {
    setupInterpreter(rt);
    // identifiers first created from here on are visible to intern() once this run uses them (str.ts)
    freezeStaticIds();
    hooks.beforeRun?.(rt);
    exitCode = runMain(rt, source, filename, version, options.finalize !== false);
    hooks.afterRun?.(rt);
  } catch (e) {
    if (e instanceof LimitStop) {
      rt.emit('stderr', e.message + '\n');
      exitCode = 1;
    } else {
      // the host reports an engine bug itself (the CLI: exit 70), so it is in the result, not the output sink
      rt.outputSink = null;
      const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      rt.emit('stderr', `heapscope internal error: ${msg}\n`);
      exitCode = 1;
      if (typeof process !== 'undefined' && (globalThis as any).process?.env?.HEAPSCOPE_DEBUG && e instanceof Error) {
        rt.emit('stderr', String(e.stack) + '\n');
      }
    }
  } finally {
    resetDeallocState();
    rt.outputSink = null;
  }
  return { stdout: rt.stdout.join(''), stderr: rt.stderr.join(''), outputOrder: rt.outputRuns, exitCode, runtime: rt };
}

function setupInterpreter(rt: Runtime): void {
  // the layout of the static type CPython makes as a class with a weakref slot, for this version
  configureExceptionGroupType(rt.profile.version);
  configureExceptionSizes(rt.profile.version);
  // _PyGC_Init: gc.garbage and gc.callbacks (vm/modules/gc.ts)
  initGCState(rt);
  rt.modules = newDict();
  const b = makeBuiltinsModule();
  rt.builtinsModule = b;
  rt.builtinsDict = b.dict as DictObject;
  dictSetStr(rt.modules, 'builtins', b);
  const sys = makeSysModule(rt);
  dictSetStr(rt.modules, 'sys', sys);
  decref(sys);
  const main = newModule('__main__');
  rt.mainModule = main;
  dictSetStr(rt.modules, '__main__', main);
  const d = main.dict as DictObject;
  // pylifecycle.c add_main_module: __main__.__annotations__ = {} before __builtins__ (3.11-3.13)
  const ann = newDict();
  dictSetStr(d, '__annotations__', ann);
  decref(ann);
  dictSetStr(d, '__builtins__', b);
  const fn = newStr(rt.filename);
  dictSetStr(d, '__file__', fn);
  decref(fn);
  dictSetStr(d, '__cached__', None);
  // the subclass registries static types own after CPython's startup (objects/subclasses.ts)
  initStaticSubclasses(rt);
  // CPython's startup (site.py) slices, so the one-slot slice cache holds a slice when the program starts:
  // the program's first slice reuses it (measured with tracemalloc on 3.11-3.13)
  decref(rt.newSlice(None, None, None));
  // the builtin modules start-up and `site` imported (profile.startupModules)
  preloadStartupModules();
  // the subclass registries' tables and entries as CPython's start-up leaves them
  syncStartupSubclasses(rt);
  // CPython's start-up collections moved these objects out of generation 0 (memory/gc.ts setupGeneration)
  rt.gc.placeSetupObjects([main, d]);
}

function runMain(rt: Runtime, source: string, filename: string, version: PythonVersion, finalize = true): number {
  // the freelists, GC counts and stats CPython has when it starts compiling the file (memory/gc.ts startProgram)
  seedStartupFreelists(rt);
  rt.gc.startProgram();
  // 3.11: the counts CPython's start-up leaves its static objects when parsing starts (None, small ints, ...)
  applyStartupRefcounts(rt.profile);
  // every version: the builtins module's functions' counts (len, print, ...: mortal heap objects in CPython)
  applyBuiltinRefcounts(rt);
  const parsed = parse(source, { filename, version });
  if (!parsed.ok) return reportSyntaxError(rt, parsed.error, version);
  const compiled = compileModule(parsed.module, { filename, version, flags: rt.profile.codegen, source });
  if (!compiled.ok) return reportSyntaxError(rt, compiled.error, version);
  // compile-time SyntaxWarnings, shown as the default warnings filter does (with the stripped source line)
  const lines = compiled.warnings.length > 0 ? source.split(/\r\n|\r|\n/) : [];
  for (const w of compiled.warnings) {
    const text = (lines[w.lineno - 1] ?? '').trim();
    rt.write('stderr', `${filename}:${w.lineno}: SyntaxWarning: ${w.msg}\n${text ? `  ${text}\n` : ''}`);
  }
  const fnObj = intern(newStr(filename), false);
  const mat = new Materializer(fnObj);
  // the compiler's own GC objects around the code objects (vm/compile_gc.ts); the AST arena keeps one
  // reference to every constant object for the whole run
  const code = materializeCompiled(mat, compiled.gcEvents, compiled.code, () => {
    for (const c of compiled.astConstants) rt.astRefs.push(mat.ref(c as PyConstant));
  });
  decref(fnObj);
  const globals = rt.mainModule.dict as DictObject;
  let exit = 0;
  try {
    // run_eval_code_obj → PyEval_EvalCode: a function object for the module code, then its frame
    const r = evalCode(code, globals, globals);
    decref(r);
  } catch (e) {
    if (e instanceof LimitStop) throw e;
    const err = toPyErr(e);
    exit = handleUncaught(rt, err.exc);
  } finally {
    // the code object's creation reference (the module frame released the function and its locals)
    decref(code);
  }
  // the AST arena is freed when the program finishes
  const refs = rt.astRefs;
  rt.astRefs = [];
  for (const r of refs) decref(r);
  if (finalize) finalizeInterpreter(rt);
  return exit;
}

/**
 * _PyModule_ClearDict: first the names starting with a single underscore, then every other name except
 * __builtins__, are set to None (in dict order).
 */
function moduleClearDict(d: DictObject): void {
  for (const pass of [1, 2]) {
    const keys: PyObject[] = [];
    dictForEach(d, (k, v) => {
      if (v === None || !(k instanceof StrObject)) return;
      const s = k.value;
      const single = s.length > 0 && s[0] === '_' && s[1] !== '_';
      if (pass === 1 ? single : s !== '__builtins__') keys.push(newref(k));
    });
    for (const k of keys) {
      try {
        if (dictGetItem(d, k) !== null) dictSetItem(d, k, None);
      } catch (e) {
        RT.writeUnraisable(e, 'Exception ignored on setting a module attribute to None', null, '');
      }
      decref(k);
    }
  }
}

/**
 * Py_FinalizeEx after the main module ran: atexit callbacks (newest first), then finalize_modules —
 * sys.modules values are set to None (weak references remember the modules), the modules dict is cleared,
 * a full collection runs (reason "shutdown": no gc.callbacks), modules still alive are wiped newest first,
 * then the sys and builtins dicts, and a last collection. __del__ methods of module globals run here.
 */
function finalizeInterpreter(rt: Runtime): void {
  try {
    // _PyRun_SimpleFileObject releases its reference to __main__ before Py_FinalizeEx
    decref(rt.mainModule);
    runExitFuncs();
    // _PyRuntimeState_SetFinalizing: sys.is_finalizing() is True from here on
    markFinalizing(rt);
    // flush_std_files(): sys.stdout's pending buffer is written out (vm/textio.ts)
    textioFlush(rt);
    // PyGC_Collect() while the modules are still intact (when gc is enabled; gc.callbacks are invoked)
    if (rt.gc.isEnabled()) rt.gc.collect(2, 'manual');
    const modules = rt.modules;
    // interp->sysdict: the interpreter keeps the sys dict alive until the end
    const sysMod = dictGetStr(modules, 'sys');
    const sysDict = sysMod instanceof ModuleObject && sysMod.dict !== null ? (newref(sysMod.dict) as DictObject) : null;
    const weak: [PyObject, WeakrefObject][] = [];
    const entries: [PyObject, PyObject][] = [];
    dictForEach(modules, (k, v) => entries.push([newref(k), newref(v)]));
    for (const [k, v] of entries) {
      if (v instanceof ModuleObject) {
        weak.push([newref(k), newWeakref(v, null)]);
        dictSetItem(modules, k, None);
      }
      decref(v);
      decref(k);
    }
    dictClear(modules);
    rt.gc.collect(2, 'shutdown');
    for (let i = weak.length - 1; i >= 0; i--) {
      const m = weakrefGet(weak[i][1]);
      if (m === null || m === None) continue;
      const d = m.dict as DictObject | null;
      if (d === null || d === rt.builtinsDict || d === sysDict) continue;
      incref(m);
      moduleClearDict(d);
      decref(m);
    }
    for (const [k, w] of weak) {
      decref(w);
      decref(k);
    }
    if (sysDict !== null) moduleClearDict(sysDict);
    moduleClearDict(rt.builtinsDict);
    // _PyInterpreterState_ClearModules: interp->modules_by_index lets go of the single-phase init modules
    releaseSinglePhaseModules(rt);
    rt.gc.collect(2, 'shutdown');
    if (sysDict !== null) decref(sysDict);
    // the last flush_std_files() and _PyArg_Fini (print's keyword tuple); PyThreadState_Clear
    textioRelease(rt);
    // _PyType_Fini: the type attribute cache releases its names (objects/typecache.ts)
    typeCacheClear(rt);
    // _PyStaticType_Dealloc: the static types' subclass registries (objects/subclasses.ts)
    releaseStaticSubclasses(rt);
    RT_EXT.releaseThreadState?.(rt);
    // interpreter_clear: _PyWarnings_Fini, then the last collection (what only the filters kept alive, such
    // as a class in a cycle through its MRO, is freed there); then _PyTraceMalloc_Fini: tracing stops after
    // every object was destroyed; its filename table lets go
    RT_EXT.warningsFini?.(rt);
    rt.gc.collect(2, 'shutdown');
    RT_EXT.tracemallocFini?.(rt);
  } catch (e) {
    if (e instanceof LimitStop) throw e;
    const err = toPyErr(e);
    decref(err.exc);
  }
}

function handleUncaught(rt: Runtime, exc: PyObject): number {
  if (excMatches(exc, E.SystemExit)) {
    const code = getExcField(exc as ExceptionObject, 'code');
    let status = 0;
    if (code === null || code === None) status = 0;
    else if (code instanceof IntObject) status = Number(code.value) & 0xff;
    else {
      rt.emit('stderr', RT.ext.strOf(code) + '\n');
      status = 1;
    }
    decref(exc);
    return status;
  }
  rt.emit('stderr', formatException(exc));
  decref(exc);
  return 1;
}

function reportSyntaxError(rt: Runtime, err: SyntaxErrorInfo, version: PythonVersion): number {
  rt.emit('stderr', formatSyntaxError(err, version));
  return 1;
}

RT_EXT.strOf = (o: PyObject) => {
  const s = RT.ext.str ? RT.ext.str(o) : null;
  return s ?? (o instanceof StrObject ? o.value : '');
};
RT_EXT.importName = importName;
RT_EXT.importFrom = importFrom;
RT_EXT.importStar = importStar;
RT_EXT.importModuleByName = importModuleByName;
RT_EXT.codeDealloc = codeDealloc;
RT_EXT.Materializer = Materializer;
RT_EXT.registerSource = (filename: string, src: string) => sourceLines.set(filename, src.split(/\r\n|\r|\n/));
Object.assign(STDLIB_SOURCES, STDLIB);
for (const p of STDLIB_PACKAGES_LIST) STDLIB_PACKAGES.add(p);

export {
  PyType, PyErr, T, newListFrom, ListObject, TupleObject, EMPTY_TUPLE, makeStatic, typeLookup, dictGetStr, dictGetItem,
  dictSetItem, dictForEach, xdecref, raise, makeException, ID, ModuleObject, clearFrame,
};
