/**
 * Interpreter frames (CPython 3.11+'s _PyInterpreterFrame) and frame objects (PyFrameObject).
 *
 * A Frame is engine-internal: `s` holds the fast locals ("localsplus": locals, cells, free variables) in
 * slots [0, nlocalsplus) and the value stack above them. Every non-null entry of `s` owns one reference,
 * so sys.getrefcount sees temporaries on the stack exactly as CPython does.
 *
 * A FrameObject is the Python-visible frame (tracebacks, sys._getframe). It is created lazily. When the
 * Frame finishes while its FrameObject is still referenced elsewhere (a traceback), the FrameObject takes
 * ownership of the locals (CPython's take_ownership), so a stored exception keeps the locals alive.
 */
import { PyObject, RT, xdecref, decref, incref } from '../objects/object';
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

  get lineno(): number {
    const p = this.code.spec.positions;
    const i = this.lasti;
    let line = p[4 * i];
    // artificial instructions: take the last known line before it
    for (let j = i; line < 0 && j >= 0; j--) line = p[4 * j];
    return line < 0 ? this.code.spec.co_firstlineno : line;
  }
}

export class FrameObject extends PyObject {
  /** the live frame, or null after it finished */
  frame: Frame | null;
  /** set when the frame finished and this object took ownership of its locals */
  owned: (PyObject | null)[] | null = null;
  code: CodeObject;
  globals: DictObject;
  lineno = 0;
  lasti = 0;
  back: FrameObject | null = null;
  constructor(frame: Frame) {
    super(T.frame);
    this.frame = frame;
    this.code = frame.code;
    this.globals = frame.globals;
  }
}

/** The frame object of `f`, created on first use (PyFrame_GetFrame). Borrowed (owned by the frame). */
export function frameObjectOf(f: Frame): FrameObject {
  let fo = f.frameObj;
  if (fo === null) {
    fo = new FrameObject(f);
    incref(f.code);
    incref(f.globals);
    allocObject(fo, T.frame.tp_basicsize);
    RT.gc.track(fo);
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
      // take_ownership: the frame object keeps the locals alive; what is left on the value stack was
      // popped by the exception unwinding (top first) before the frame exited
      const nl = Math.min(top, f.code.nlocalsplus);
      for (let i = top - 1; i >= nl; i--) {
        const v = s[i];
        s[i] = null;
        if (v !== null) decref(v);
      }
      fo.owned = s.slice(0, nl);
      for (let i = 0; i < nl; i++) s[i] = null;
      decref(fo);
      releaseFrameRefs(f, false);
      return;
    }
    decref(fo);
  }
  for (let i = 0; i < top; i++) {
    const v = s[i];
    if (v !== null) {
      s[i] = null;
      decref(v);
    }
  }
  f.sp = 0;
  releaseFrameRefs(f, true);
}

function releaseFrameRefs(f: Frame, _cleared: boolean): void {
  const loc = f.locals;
  f.locals = null;
  xdecref(loc);
  const fn = f.func;
  f.func = null;
  xdecref(fn);
}

export function frameObjectDealloc(o: PyObject): void {
  const fo = o as FrameObject;
  RT.gc.untrack(fo);
  const owned = fo.owned;
  fo.owned = null;
  if (owned !== null) for (const v of owned) xdecref(v);
  xdecref(fo.back);
  decref(fo.code);
  decref(fo.globals);
  freeObject(fo, T.frame.tp_basicsize);
}
