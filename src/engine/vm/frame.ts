/**
 * Interpreter frames (CPython 3.11+'s _PyInterpreterFrame) and frame objects (PyFrameObject).
 *
 * A Frame is engine-internal: `s` holds the fast locals ("localsplus": locals, cells, free variables) in
 * slots [0, nlocalsplus) and the value stack above them. Every non-null entry of `s` owns one reference,
 * so sys.getrefcount sees temporaries on the stack exactly as CPython does.
 *
 * A FrameObject is the Python-visible frame (tracebacks, sys._getframe). It is created lazily. When the
 * Frame finishes while its FrameObject is still referenced elsewhere (a traceback), the FrameObject takes
 * ownership of the locals, the function and the locals mapping and links its caller as f_back (CPython's
 * take_ownership), so a stored exception keeps the locals alive. Its attributes are in frametype.ts, and
 * f_locals / locals() (Frame.locals also holds 3.11/3.12's f_locals dict of a function) in framelocals.ts.
 */
import { PyObject, RT, xdecref, decref, incref, newref, rcTouched, deallocDead, rcWatchers, IMMORTAL_REFCNT_STORED } from '../objects/object';
import { T } from '../objects/types';
import type { CodeObject, FunctionObject } from '../objects/funcobject';
import type { DictObject } from '../objects/dict';
import { allocObject, freeObject } from '../memory/heap';

export const enum FrameState {
  CREATED = 0,
  SUSPENDED = 1,
  RUNNING = 2,
  COMPLETED = 3,
}

/** Arrays of `len` nulls, copied by nullSlots (slice of a packed array: about 2x new Array(len).fill(null)). */
const NULL_TEMPLATES: (PyObject | null)[][] = [];

/** A fresh packed array of `len` nulls (a frame's localsplus + value stack). */
function nullSlots(len: number): (PyObject | null)[] {
  let t = NULL_TEMPLATES[len];
  if (t === undefined) {
    t = [];
    for (let i = 0; i < len; i++) t.push(null);
    NULL_TEMPLATES[len] = t;
  }
  return t.slice();
}

export class Frame {
  s: (PyObject | null)[];
  sp: number;
  pc = 0;
  lasti = 0;
  back: Frame | null = null;
  /** evalFrame returns to its JS caller when this frame returns */
  entry = false;
  frameObj: FrameObject | null = null;
  /** owning generator (generator frames live inside their generator) */
  gen: PyObject | null = null;
  state: FrameState = FrameState.CREATED;
  /** KW_NAMES tuple for the next CALL (borrowed from co_consts) */
  kwnames: PyObject | null = null;
  /** an exception to raise when the frame resumes (generator.throw) */
  pendingThrow: PyObject | null = null;
  /** last line reported to the tracer */
  lastLine = -1;
  constructor(
    public code: CodeObject,
    /** owned (null for module code run directly) */
    public func: FunctionObject | null,
    /** borrowed from func (or owned for module frames; see runtime) */
    public globals: DictObject,
    public builtins: DictObject,
    /** owned mapping for module/class bodies (LOAD_NAME), else null */
    public locals: PyObject | null,
  ) {
    const n = code.nlocalsplus;
    this.s = nullSlots(n + code.spec.co_stacksize + 1);
    this.sp = n;
  }

  /** Make a recycled frame (see takeFrame) a fresh one: as the constructor, with `s` already all null. */
  reinit(code: CodeObject, func: FunctionObject | null, globals: DictObject, builtins: DictObject, locals: PyObject | null): void {
    this.code = code;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.sp = code.nlocalsplus;
    this.pc = 0;
    this.lasti = 0;
    this.back = null;
    this.entry = false;
    this.frameObj = null;
    this.gen = null;
    this.state = FrameState.CREATED;
    this.kwnames = null;
    this.pendingThrow = null;
    this.lastLine = -1;
  }

  get lineno(): number {
    const p = this.code.spec.positions;
    const i = this.lasti;
    let line = p[4 * i];
    // artificial instructions: take the last known line before it
    for (let j = i; line < 0 && j >= 0; j--) line = p[4 * j];
    return line < 0 ? this.code.spec.co_firstlineno : line;
  }
}

/**
 * Finished frames kept for reuse, by slot count (localsplus + stack + 1): a Python-to-Python call takes one
 * instead of allocating a Frame and its slot array (fewer JS allocations per call). Engine-internal only: a
 * frame is recycled only when nothing can still refer to it (recycleFrame's conditions).
 */
const FRAME_POOL: Frame[][] = [];
/** frames kept per slot count: enough for the call depth of ordinary recursion to reuse frames */
const FRAME_POOL_MAX = 64;

/** A frame for running `code`: a recycled one when the pool has one of the right size, else a new one. */
export function takeFrame(
  code: CodeObject,
  func: FunctionObject | null,
  globals: DictObject,
  builtins: DictObject,
  locals: PyObject | null,
): Frame {
  const pool = FRAME_POOL[code.nlocalsplus + code.spec.co_stacksize + 1];
  if (pool !== undefined && pool.length > 0) {
    const f = pool.pop()!;
    f.reinit(code, func, globals, builtins, locals);
    return f;
  }
  return new Frame(code, func, globals, builtins, locals);
}

/**
 * Give a frame that clearFrame has cleared back to the pool. The caller guarantees that nothing refers to it
 * any more: not a generator's (f.gen === null), never given a frame object (so no Python code saw it, and no
 * traceback holds it), not an entry frame whose JS caller still holds it. A trace recorder's shadow stack
 * holds running frames only: it drops a frame when the frame returns (trace/recorder.ts ret), before it is
 * recycled. Suspended generator frames do not keep their `back` (YIELD_VALUE clears it).
 */
export function recycleFrame(f: Frame): void {
  const n = f.s.length;
  let pool = FRAME_POOL[n];
  if (pool === undefined) {
    pool = [];
    FRAME_POOL[n] = pool;
  } else if (pool.length >= FRAME_POOL_MAX) return;
  // drop the JS references to the finished run's objects (the pool outlives the run)
  const dead = f as unknown as { code: unknown; globals: unknown; builtins: unknown; back: unknown };
  dead.code = null;
  dead.globals = null;
  dead.builtins = null;
  dead.back = null;
  pool.push(f);
}

/**
 * The request size of a frame object (_PyFrame_New_NoTrack): PyFrameObject up to _f_frame_data plus the
 * _PyInterpreterFrame header (tp_basicsize: 120 in 3.11/3.12; 136 in 3.13, whose PyFrameObject adds
 * f_extra_locals and f_locals_cache), then one pointer per localsplus and value stack slot (tp_itemsize):
 * room for the frame's data, which take_ownership copies in when the frame finishes.
 */
export function frameObjectSize(code: CodeObject): number {
  return (RT.profile.version === '3.13' ? 136 : 120) + 8 * (code.nlocalsplus + code.spec.co_stacksize);
}

export class FrameObject extends PyObject {
  /** the live frame, or null after it finished */
  frame: Frame | null;
  /**
   * Set when the frame finished while this object was referenced elsewhere (take_ownership): the frame's
   * data moved into this object. `owned` holds the locals (localsplus), `func` the function (f_funcobj) and
   * `locals` the locals mapping (f_locals: a module's or class body's namespace, or the dict 3.11/3.12's
   * f_locals / locals() filled for a function). All owned references.
   */
  owned: (PyObject | null)[] | null = null;
  func: FunctionObject | null = null;
  locals: PyObject | null = null;
  /** a finished module-level frame has no function to hold its globals: the frame object holds them */
  ownsGlobals = false;
  /** f_code, f_globals, f_builtins: borrowed from the live frame; code owned once the frame finished */
  code: CodeObject;
  globals: DictObject;
  builtins: DictObject;
  lineno = 0;
  lasti = 0;
  /** f_back once the frame finished (owned), set by take_ownership */
  back: FrameObject | null = null;
  /** f_trace (owned) */
  trace: PyObject | null = null;
  traceLines = true;
  traceOpcodes = false;
  /** 3.13 f_extra_locals (owned): what a FrameLocalsProxy stored under names that are not fast locals */
  extraLocals: DictObject | null = null;
  /** the allocation's request size (frameObjectSize of the code) */
  nbytes: number;
  constructor(frame: Frame) {
    super(T.frame);
    this.frame = frame;
    this.code = frame.code;
    this.globals = frame.globals;
    this.builtins = frame.builtins;
    this.nbytes = frameObjectSize(frame.code);
  }
}

/**
 * The frame object of `f`, created on first use (PyFrame_GetFrame / _PyFrame_MakeAndSetFrameObject).
 * Borrowed (owned by the frame). A live frame's object is allocated (the GC counts it) but not tracked:
 * take_ownership tracks it when the frame finishes.
 */
export function frameObjectOf(f: Frame): FrameObject {
  let fo = f.frameObj;
  if (fo === null) {
    fo = new FrameObject(f);
    allocObject(fo, fo.nbytes);
    f.frameObj = fo;
  }
  return fo;
}

/**
 * Release a finished frame's references (_PyFrame_ClearExceptCode): locals and stack in slot order, then
 * the locals mapping and the function. If a frame object is referenced elsewhere it takes the locals.
 */
export function clearFrame(f: Frame): void {
  const fo = f.frameObj;
  const s = f.s;
  const top = f.sp;
  if (fo !== null) {
    f.frameObj = null;
    fo.lineno = f.lineno;
    fo.lasti = f.lasti;
    fo.frame = null;
    if (fo.ob_refcnt > 1) {
      takeOwnership(fo, f);
      decref(fo);
      return;
    }
    decref(fo);
  }
  for (let i = 0; i < top; i++) {
    const v = s[i];
    if (v !== null) {
      s[i] = null;
      // decref written out: this loop's own inline caches (decref's serve every caller: megamorphic)
      const c = v.ob_refcnt;
      if (c !== IMMORTAL_REFCNT_STORED) {
        if (rcWatchers !== 0 && v.rcw > 0) rcTouched(v);
        v.ob_refcnt = c - 1;
        if (c === 1) deallocDead(v);
      }
    }
  }
  f.sp = 0;
  const loc = f.locals;
  f.locals = null;
  xdecref(loc);
  const fn = f.func;
  f.func = null;
  xdecref(fn);
}

/**
 * take_ownership (Objects/frameobject.c): the finished frame's data moves into its frame object, which keeps
 * the locals, the locals mapping and the function alive (and takes a reference to the code). The frame's
 * caller (`previous`) becomes f_back: its frame object is created if needed, so a traceback or a returned
 * sys._getframe() can walk back, and that caller's frame object then takes ownership in turn when the
 * caller returns. The frame object is GC-tracked from now on (a live frame's object is not).
 */
function takeOwnership(fo: FrameObject, f: Frame): void {
  const s = f.s;
  const top = f.sp;
  // what is left on the value stack was popped by the exception unwinding (top first) before the frame exited
  const nl = Math.min(top, f.code.nlocalsplus);
  for (let i = top - 1; i >= nl; i--) {
    const v = s[i];
    s[i] = null;
    if (v !== null) decref(v);
  }
  fo.owned = s.slice(0, nl);
  for (let i = 0; i < nl; i++) s[i] = null;
  f.sp = 0;
  incref(fo.code);
  fo.func = f.func;
  f.func = null;
  fo.locals = f.locals;
  f.locals = null;
  if (fo.func === null) {
    fo.ownsGlobals = true;
    incref(fo.globals);
  }
  // a generator's frame: 3.11's gen_send_ex2 unlinks `previous` before clearing it; 3.12+ clear it first
  // (clear_gen_frame), so a generator finishing links the frame that resumed it last
  const prev = f.gen === null || RT.profile.version !== '3.11' ? f.back : null;
  if (prev !== null) fo.back = newref(frameObjectOf(prev));
  RT.gc.track(fo);
}

/** Release the locals a finished frame's object owns (in order), leaving each slot null. */
export function releaseOwnedLocals(owned: (PyObject | null)[]): void {
  for (let i = 0; i < owned.length; i++) {
    const v = owned[i];
    owned[i] = null;
    xdecref(v);
  }
}

/** frame_dealloc: the owned frame data (function, locals mapping, locals), f_back, f_trace; the code last. */
export function frameObjectDealloc(o: PyObject): void {
  const fo = o as FrameObject;
  RT.gc.untrack(fo);
  const owned = fo.owned;
  let code: CodeObject | null = null;
  if (owned !== null) {
    code = fo.code;
    fo.owned = null;
    const fn = fo.func;
    fo.func = null;
    xdecref(fn);
    if (fo.ownsGlobals) {
      fo.ownsGlobals = false;
      decref(fo.globals);
    }
    const loc = fo.locals;
    fo.locals = null;
    xdecref(loc);
    releaseOwnedLocals(owned);
  }
  const back = fo.back;
  fo.back = null;
  xdecref(back);
  const tr = fo.trace;
  fo.trace = null;
  xdecref(tr);
  const extra = fo.extraLocals;
  fo.extraLocals = null;
  xdecref(extra);
  freeObject(fo, fo.nbytes);
  xdecref(code);
}
