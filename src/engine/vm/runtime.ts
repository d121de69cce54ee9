/**
 * One interpreter instance ("Instances, not globals"): the simulated heap and GC, the frame stack, the
 * handled-exception stack, interned strings, freelists, the modules, output buffers and limits.
 * It is also the service locator the object model calls through `RT` (objects/object.ts) for operations
 * that need the whole interpreter, which keeps the object modules free of import cycles.
 */
import {
  PyObject, PyType, PyErr, LimitStop, RT, setRuntime, incref, decref, xdecref, newref, resetDeallocState, TPFLAGS,
} from '../objects/object';
import { None, True, False, IntObject, resetStatics, NotImplemented } from '../objects/singletons';
import { E, raise, excMatches, ExceptionObject, makeException, setExcField, getExcField, excHooks } from '../objects/exceptions';
import { StrObject, newStr, newAsciiStr, intern, ID, probe } from '../objects/str';
import { newInt, newFloat, newBool, intDealloc } from '../objects/numbers';
import { TupleObject, ListObject, newTuple, newList, listAppend, EMPTY_TUPLE } from '../objects/sequences';
import { DictObject, newDict, dictGetItem, dictSetItem, dictGetStr, dictSetStr, dictForEach } from '../objects/dict';
import {
  CodeObject, FunctionObject, CellObject, StaticMethodObject, ClassMethodObject, GetSetDescrObject,
  BuiltinFunctionObject, MethodDescrObject, newMethod, type MethFn,
} from '../objects/funcobject';
import { typeLookup, genericGetAttr, isSubtype, InstanceObject, allStaticTypes } from '../objects/typeobject';
import { mortalHeapTypes } from '../objects/typeflags';
import { Heap, allocObject, freeObject } from '../memory/heap';
import type { Profile } from '../profiles';
import { Frame, FrameState, frameObjectOf, clearFrame, FrameObject } from './frame';
import type { GC } from '../memory/gc';
import { createGC } from './modules/gc';
import * as A from './abstract';
import { hashToPython, type PyHash } from '../lib/pyhash';
import { hashInt, PyHash as PyHashRec } from '../lib/pyhash';
import { evalFrame, callPyFunction, toPyErr } from './eval';
import { RT_EXT } from './rtext';
import type { OutputSink } from '../index';

/**
 * Default memory limit: 512 MiB of simulated heap. Every simulated byte costs the engine several bytes of
 * JavaScript memory, so this keeps a runaway allocation loop well inside a worker's memory.
 */
export const DEFAULT_MAX_HEAP_BYTES = 512 * 1024 * 1024;

export interface RunLimits {
  maxSteps: number;
  timeoutMs: number;
  maxOutputBytes: number;
  /** simulated heap (bytes requested from the memory model and not yet freed) beyond which the run stops */
  maxHeapBytes: number;
}

export interface Tracer {
  line(f: Frame): void;
  call(f: Frame): void;
  ret(f: Frame, v: PyObject): void;
  exception(f: Frame, exc: PyObject): void;
  /** An eval-breaker poll (a step) just counted (vm/eval.ts calls it after evalBreaker while tracing). */
  step(): void;
}

/** Entry of the handled-exception stack (CPython's _PyErr_StackItem). */
export class ExcInfo {
  constructor(
    public value: PyObject | null,
    public prev: ExcInfo | null,
  ) {}
}

export class Runtime {
  readonly profile: Profile;
  readonly heap: Heap;
  gc: GC;
  interned = new Map<string, StrObject>();
  freelists = {
    float: [] as PyObject[],
    tuple: [] as PyObject[][],
    list: [] as PyObject[],
    dict: [] as PyObject[],
    slice: [] as PyObject[],
    /** freed 8-slot str-keys tables (block addresses), reused by new_keys_object (objects/dict.ts) */
    dictKeys: [] as number[],
  };
  frame: Frame | null = null;
  depth = 0;
  recursionLimit: number;
  cDepth = 0;
  excInfo: ExcInfo = new ExcInfo(null, null);
  stdout: string[] = [];
  stderr: string[] = [];
  /**
   * RunResult.outputOrder, kept as the output is written: runs of one stream in program order, each (its length
   * in UTF-16 units) * 2 + stream (0 stdout, 1 stderr). A piece on the same stream adds to the last run; a
   * change of stream pushes a new one.
   */
  readonly outputRuns: number[] = [];
  private lastStream: 'stdout' | 'stderr' | null = null;
  /** where the output goes as it is written (RunOptions.output) */
  outputSink: OutputSink | null = null;
  outputBytes = 0;
  stdin = '';
  stdinPos = 0;
  tracing = false;
  tracer: Tracer | null = null;
  steps = 0;
  limits: RunLimits;
  startTime = 0;
  /** sys.modules */
  modules!: DictObject;
  builtinsDict!: DictObject;
  builtinsModule!: PyObject;
  mainModule!: PyObject;
  filename = '<string>';
  /** AST arena references kept alive for the run (constants of a directly run script) */
  astRefs: PyObject[] = [];
  /**
   * Objects a builtin module's state owns that heapscope makes only to replay CPython's GC traffic (the
   * dicts and tuples of 3.12+ heap types, vm/importer.ts replayModuleTraffic): alive as long as the
   * interpreter, like those types.
   */
  moduleStateRefs: PyObject[] = [];
  /** the `_ast` module state exists (built by the program's first compile(), vm/compile_builtins.ts) */
  astStateBuilt = false;
  /** objects living in freelists (dead to Python) */
  freelistCount = 0;
  /** hook for the trace recorder */
  onFreelistPushHook: ((o: PyObject) => void) | null = null;
  onFreelistPopHook: ((o: PyObject) => void) | null = null;
  /** sys.get_int_max_str_digits() */
  intMaxStrDigits: number;
  isSubtypeOf(a: PyType, b: PyType): boolean {
    return isSubtype(a, b);
  }
  /** extension point: services implemented in other modules (types, builtins, modules) */
  ext = RT_EXT;

  constructor(profile: Profile, limits: Partial<RunLimits> = {}) {
    this.profile = profile;
    this.heap = new Heap(profile.sizes.gcHead, profile.sizes.preHeader);
    this.gc = createGC(this);
    this.recursionLimit = profile.recursionLimit;
    this.intMaxStrDigits = profile.intMaxStrDigits;
    this.limits = {
      maxSteps: limits.maxSteps ?? 50_000_000,
      timeoutMs: limits.timeoutMs ?? 10_000,
      maxOutputBytes: limits.maxOutputBytes ?? 8 * 1024 * 1024,
      maxHeapBytes: limits.maxHeapBytes ?? DEFAULT_MAX_HEAP_BYTES,
    };
    this.heap.limitBytes = this.limits.maxHeapBytes;
  }

  /** Make this runtime current and reset process-wide static state for its profile. */
  activate(): void {
    setRuntime(this);
    resetDeallocState();
    const p = this.profile;
    resetStatics(p.immortal, p.immortalRefcnt, p.staticInitialRefcnt);
    if (p.immortal) mortalHeapTypes(allStaticTypes(), p.staticInitialRefcnt);
  }

  // ---------------------------------------------------------------- frames and limits

  pushFrame(f: Frame): void {
    this.frame = f;
    this.depth++;
  }
  popFrame(f: Frame): void {
    this.frame = f.back;
    this.depth--;
  }

  checkRecursion(): void {
    if (this.depth + 1 > this.recursionLimit) raise(E.RecursionError, 'maximum recursion depth exceeded');
  }

  enterRecursiveCall(where: string): void {
    if (++this.cDepth > this.recursionLimit + 50 || this.depth + this.cDepth > this.recursionLimit * 3) {
      this.cDepth--;
      raise(E.RecursionError, 'maximum recursion depth exceeded' + where);
    }
  }
  leaveRecursiveCall(): void {
    this.cDepth--;
  }

  /**
   * The time limit is checked every timeMask + 1 steps (a power of two): every 1024 while steps are quick,
   * more often once 1024 of them take long (each multiplying huge ints, say), so that such a program still
   * stops close to its limit instead of up to 1024 slow steps after it.
   */
  private timeMask = 1023;
  private lastTimeCheck = 0;

  /** Polled at backward jumps and after calls: limits, pending GC. */
  evalBreaker(): boolean {
    this.steps++;
    return (this.steps & this.timeMask) === 0 || this.gc.pendingCollection || this.steps >= this.limits.maxSteps;
  }

  handleEvalBreaker(f: Frame): void {
    if (this.steps >= this.limits.maxSteps) {
      throw new LimitStop(
        'steps',
        `heapscope: stopped after ${this.limits.maxSteps.toLocaleString('en-US')} steps (the step limit) at line ${f.lineno}; raise it with --max-steps`,
      );
    }
    if ((this.steps & this.timeMask) === 0) this.checkTimeLimit(f);
    if (this.gc.pendingCollection) this.gc.runPending();
  }

  /**
   * The time limit alone: also polled where no step is counted (Python code called from a builtin's loop)
   * and at every large allocation (memory/heap.ts: a few steps on huge ints can take minutes).
   */
  checkTimeLimit(f: Frame | null): void {
    // (the output sink's poll, every few milliseconds of a run: RunOptions.output)
    if (this.limits.timeoutMs <= 0) {
      this.outputSink?.poll(Date.now());
      return;
    }
    const now = Date.now();
    this.outputSink?.poll(now);
    if (now - this.startTime > this.limits.timeoutMs) {
      throw new LimitStop(
        'time',
        `heapscope: stopped after ${(this.limits.timeoutMs / 1000).toString()} s (the time limit)${f !== null ? ` at line ${f.lineno}` : ''}; raise it with --timeout`,
      );
    }
    // checks more than 20 ms apart: check at every step; less than 2 ms apart: half as often again
    const since = now - (this.lastTimeCheck || this.startTime);
    if (since > 20) this.timeMask = 0;
    else if (since < 2 && this.timeMask < 1023) this.timeMask = (this.timeMask << 1) | 1;
    this.lastTimeCheck = now;
  }

  // ---------------------------------------------------------------- tracing (trace recorder plugs in)

  traceCall(f: Frame): void {
    this.tracer?.call(f);
  }
  traceReturn(f: Frame, v: PyObject): void {
    this.tracer?.ret(f, v);
  }
  traceException(f: Frame, exc: PyObject): void {
    this.tracer?.exception(f, exc);
  }

  // ---------------------------------------------------------------- output

  write(stream: 'stdout' | 'stderr', s: string): void {
    this.outputBytes += s.length;
    if (this.outputBytes > this.limits.maxOutputBytes) {
      throw new LimitStop(
        'output',
        `heapscope: stopped after ${this.limits.maxOutputBytes.toLocaleString('en-US')} bytes of output (the output limit)`,
      );
    }
    this.emit(stream, s);
  }

  /**
   * Output in program order, not counted against the output limit: the program's (write) and the
   * interpreter's own (tracebacks, the message of a limit stop).
   */
  emit(stream: 'stdout' | 'stderr', s: string): void {
    (stream === 'stdout' ? this.stdout : this.stderr).push(s);
    if (s.length === 0) return;
    const runs = this.outputRuns;
    if (stream === this.lastStream) runs[runs.length - 1] += s.length * 2;
    else {
      this.lastStream = stream;
      runs.push(s.length * 2 + (stream === 'stdout' ? 0 : 1));
    }
    if (this.outputSink !== null) this.outputSink.write(stream, s);
  }

  // ---------------------------------------------------------------- freelists

  onFreelistPush(o: PyObject): void {
    this.freelistCount++;
    this.onFreelistPushHook?.(o);
  }
  onFreelistPop(o: PyObject): void {
    this.freelistCount--;
    this.onFreelistPopHook?.(o);
  }

  // ---------------------------------------------------------------- exceptions

  /** The exception being handled (sys.exception()), borrowed, or null. */
  currentException(): PyObject | null {
    for (let e: ExcInfo | null = this.excInfo; e !== null; e = e.prev) {
      if (e.value !== null && e.value !== None) return e.value;
    }
    return null;
  }

  /** Replace the top handled exception (steals `exc`), returning the previous one (owned). */
  swapHandledException(exc: PyObject | null): PyObject | null {
    const prev = this.excInfo.value;
    this.excInfo.value = exc;
    return prev;
  }

  /** _PyErr_SetObject's context chaining: exc.__context__ = the exception being handled. */
  setContextIfNeeded(exc: ExceptionObject): void {
    const cur = this.currentException();
    if (cur === null || cur === exc) return;
    if (exc.context !== null) return;
    // avoid creating a cycle in the context chain
    let o: ExceptionObject | null = cur as ExceptionObject;
    while (o !== null) {
      const ctx = o.context as ExceptionObject | null;
      if (ctx === exc) {
        o.context = null;
        decref(exc);
        break;
      }
      o = ctx;
    }
    incref(cur);
    exc.context = cur;
  }

  /** PyTraceBack_Here: prepend a traceback entry for frame f. */
  addTraceback(exc: ExceptionObject, f: Frame): void {
    this.ext.addTraceback(exc, f);
  }

  /** RAISE_VARARGS 1/2: returns the PyErr to throw (steals exc and cause). */
  doRaise(exc: PyObject, cause: PyObject | null): PyErr {
    return this.ext.doRaise(exc, cause);
  }

  checkExceptType(t: PyObject): void {
    const bad = (x: PyObject) => !(x instanceof PyType) || !isSubtype(x, E.BaseException);
    if (t instanceof TupleObject) {
      for (const x of t.items) if (bad(x)) raise(E.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    } else if (bad(t)) raise(E.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }

  exceptionMatches(exc: PyObject, t: PyObject): boolean {
    if (t instanceof TupleObject) return t.items.some((x) => this.exceptionMatches(exc, x));
    return t instanceof PyType && isSubtype(exc.ob_type, t);
  }

  exceptionGroupMatch(eg: PyObject, t: PyObject): { rest: PyObject; match: PyObject } {
    return this.ext.exceptionGroupMatch(eg, t);
  }

  stopIterationValue(exc: PyObject): PyObject {
    const v = getExcField(exc as ExceptionObject, 'value');
    return newref(v ?? None);
  }

  /** Print an exception that cannot be raised (in __del__, callbacks): "Exception ignored in: ..." */
  writeUnraisable(e: unknown, msg: string, obj: PyObject | null, where: string): void {
    const err = toPyErr(e);
    this.ext.writeUnraisable(err.exc, msg, obj, where);
    decref(err.exc);
  }

  newExceptionOfType(type: PyType): PyObject {
    return this.ext.newException(type, []);
  }

  setExcArgs(exc: ExceptionObject, args: PyObject[]): void {
    const old = exc.args;
    for (const a of args) incref(a);
    exc.args = newTuple(args);
    decref(old);
  }

  // ---------------------------------------------------------------- small services used by object modules

  isTrue(o: PyObject): boolean {
    return A.isTrue(o);
  }
  newBool(b: boolean): PyObject {
    return newBool(b);
  }
  newInt(v: number | bigint): PyObject {
    return newInt(v);
  }
  raiseAttributeError(o: PyObject, name: StrObject): never {
    A.raiseAttributeError(o, name);
  }
  hashOfInt(o: IntObject): PyHash {
    return hashInt(o.value, new PyHashRec());
  }
  newIntFromHash(h: PyHash): PyObject {
    return newInt(hashToPython(h));
  }
  get genericGetAttr() {
    return genericGetAttr;
  }
  moduleName(m: PyObject): string {
    const d = m.dict as DictObject | null;
    const n = d === null ? null : dictGetStr(d, '__name__');
    return n instanceof StrObject ? n.value : '?';
  }
  /** Borrowed items of a tuple/list, or new references of any iterable (caller must not decref). */
  toArrayBorrowed(o: PyObject): PyObject[] {
    if (o instanceof TupleObject || o instanceof ListObject) return o.items.slice();
    const arr = A.toArray(o);
    for (const x of arr) this.astRefs.push(x); // keep alive for the run (rare path: __slots__ iterables)
    return arr;
  }
  mangle(className: string, name: string): string {
    if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
    const stripped = className.replace(/^_+/, '');
    if (stripped === '') return name;
    return `_${stripped}${name}`;
  }
  currentGlobals(): PyObject | null {
    return this.frame === null ? null : this.frame.globals;
  }
  internString(s: string): PyObject {
    return intern(newStr(s), true);
  }
  setCell(cell: PyObject, v: PyObject): void {
    const c = cell as CellObject;
    incref(v);
    const old = c.ref;
    c.ref = v;
    xdecref(old);
  }
  dictSetId(d: DictObject, name: string, v: PyObject): void {
    dictSetStr(d, name, v);
  }
  clearWeakrefs(o: PyObject): void {
    this.ext.clearWeakrefs(o);
  }

  // ---------------------------------------------------------------- delegations to type modules (rtext.ts)

  newStaticMethod(f: PyObject): PyObject {
    return this.ext.newStaticMethod(f);
  }
  newClassMethod(f: PyObject): PyObject {
    return this.ext.newClassMethod(f);
  }
  instanceDictDescr(type: PyType, name: string): PyObject {
    return this.ext.instanceDictDescr(type, name);
  }
  callBoundDescr(descr: PyObject, self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
    return this.ext.callBoundDescr(descr, self, args, start, nargs, kwnames);
  }
  hasGetItem(tp: PyType): boolean {
    return typeLookup(tp, '__getitem__') !== null;
  }
  seqIter(o: PyObject): PyObject {
    return this.ext.seqIter(o);
  }
  classGetItem(tp: PyType, key: PyObject): PyObject {
    return this.ext.classGetItem(tp, key);
  }
  isBuiltinPrint(v: PyObject): boolean {
    return v instanceof BuiltinFunctionObject && v.name === 'print' && v.self === this.builtinsModule;
  }

  strConcat(a: StrObject, b: StrObject): PyObject {
    // PyUnicode_Concat: an empty operand gives the other (exact str) operand itself
    if (b.value === '') return newref(a);
    if (a.value === '') return newref(b);
    // two ASCII operands make an ASCII result: no need to rescan it for its kind
    return a.ascii && b.ascii ? newAsciiStr(a.value + b.value) : newStr(a.value + b.value);
  }
  newSlice(start: PyObject, stop: PyObject, step: PyObject): PyObject {
    return this.ext.newSlice(start, stop, step);
  }
  newSetFrom(items: PyObject[]): PyObject {
    return this.ext.newSetFrom(items);
  }
  setAdd(set: PyObject, v: PyObject): void {
    this.ext.setAdd(set, v);
  }
  setUpdate(set: PyObject, it: PyObject): void {
    this.ext.setUpdate(set, it);
  }
  dictFromPairs(kv: PyObject[]): PyObject {
    return this.ext.dictFromPairs(kv);
  }
  dictFromItems(
    keys: readonly (PyObject | null)[], kStart: number, kStep: number,
    values: readonly (PyObject | null)[], vStart: number, vStep: number, n: number,
  ): PyObject {
    return this.ext.dictFromItems(keys, kStart, kStep, values, vStart, vStep, n);
  }
  listExtend(l: ListObject, it: PyObject): void {
    this.ext.listExtend(l, it);
  }
  dictUpdate(d: DictObject, other: PyObject, merge: boolean, func: PyObject | null): void {
    this.ext.dictUpdate(d, other, merge, func);
  }
  unpackSequence(seq: PyObject, before: number, after: number): PyObject[] {
    return this.ext.unpackSequence(seq, before, after);
  }
  formatValue(v: PyObject, conv: number, spec: PyObject | null): PyObject {
    return this.ext.formatValue(v, conv, spec);
  }


  makeGenerator(f: Frame): PyObject {
    return this.ext.makeGenerator(f);
  }
  genFrameFinished(f: Frame): void {
    this.ext.genFrameFinished(f);
  }
  genSendOrNext(receiver: PyObject, v: PyObject): { done: boolean; value: PyObject } {
    return this.ext.genSendOrNext(receiver, v);
  }
  printExpr(v: PyObject): PyObject {
    return this.ext.printExpr(v);
  }
  importStar(f: Frame, mod: PyObject): void {
    this.ext.importStar(f, mod);
  }
  stopIterationError(f: Frame, exc: PyObject): PyObject {
    return this.ext.stopIterationError(f, exc);
  }
  callEx(func: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
    return this.ext.callEx(func, args, kwargs);
  }
  newFunction(code: CodeObject, globals: DictObject, builtins: DictObject): FunctionObject {
    return this.ext.newFunction(code, globals, builtins);
  }
  superAttr(gsuper: PyObject, cls: PyObject, self: PyObject, name: StrObject, method: boolean, twoArgs: boolean): { value: PyObject; method: boolean } {
    return this.ext.superAttr(gsuper, cls, self, name, method, twoArgs);
  }
  beforeWith(mgr: PyObject): { exit: PyObject; result: PyObject } {
    return this.ext.beforeWith(mgr);
  }
  importName(f: Frame, name: StrObject, fromlist: PyObject, level: PyObject): PyObject {
    return this.ext.importName(f, name, fromlist, level);
  }
  importFrom(mod: PyObject, name: StrObject): PyObject {
    return this.ext.importFrom(mod, name);
  }
  matchMapping(o: PyObject): boolean {
    return this.ext.matchMapping(o);
  }
  matchSequence(o: PyObject): boolean {
    return this.ext.matchSequence(o);
  }
  matchKeys(subject: PyObject, keys: PyObject): PyObject {
    return this.ext.matchKeys(subject, keys);
  }
  matchClass(subject: PyObject, cls: PyObject, nargs: number, names: PyObject): PyObject {
    return this.ext.matchClass(subject, cls, nargs, names);
  }
}

export {
  PyObject, PyType, PyErr, None, True, False, NotImplemented, newStr, ID, probe, newTuple, newList, listAppend,
  EMPTY_TUPLE, newDict, dictGetItem, dictSetItem, dictForEach, StaticMethodObject, ClassMethodObject,
  GetSetDescrObject, MethodDescrObject, newMethod, InstanceObject, allocObject, freeObject, frameObjectOf,
  clearFrame, FrameObject, evalFrame, callPyFunction, FrameState, makeException, setExcField, excHooks, excMatches,
  intDealloc, newFloat, TPFLAGS, RT,
};
export type { MethFn };
