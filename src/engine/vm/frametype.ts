/**
 * The frame type's slots and attributes (CPython's Objects/frameobject.c): dealloc releases what a finished
 * frame handed over (take_ownership, vm/frame.ts); traverse and clear reach it only then (a live frame's
 * object is untracked, as in CPython); repr "<frame at 0x..., file '...', line N, code name>"; f_code,
 * f_globals, f_builtins, f_lineno, f_lasti, f_back, f_locals (vm/framelocals.ts), f_trace, f_trace_lines,
 * f_trace_opcodes, clear() and __sizeof__.
 */
import { PyObject, RT, newref, decref, xdecref } from '../objects/object';
import { T } from '../objects/types';
import { None, True, False } from '../objects/singletons';
import { E, raise } from '../objects/exceptions';
import { newStr, StrObject } from '../objects/str';
import { dictGetStr } from '../objects/dict';
import { newInt } from '../objects/numbers';
import { onBootstrap, defineGetSets, defineMethods } from '../objects/typeobject';
import { noArgs, posArgs, parseArgs } from './args';
import * as A from './abstract';
import { FrameObject, frameObjectDealloc, frameObjectOf, releaseOwnedLocals } from './frame';
import { frameGetLocals } from './framelocals';

/** PyFrame_GetLineNumber */
function lineOf(fo: FrameObject): number {
  return fo.frame !== null ? fo.frame.lineno : fo.lineno;
}

/** frame_tp_clear: f_trace, (3.13) the extra locals, then the locals a finished frame owns. */
function frameClear(fo: FrameObject): void {
  const tr = fo.trace;
  fo.trace = null;
  xdecref(tr);
  if (RT.profile.version === '3.13') {
    const extra = fo.extraLocals;
    fo.extraLocals = null;
    xdecref(extra);
  }
  const owned = fo.owned;
  if (owned === null) return;
  releaseOwnedLocals(owned);
  // stacktop = 0: nothing left to traverse or release
  owned.length = 0;
}

/** T_BOOL member setter (f_trace_lines, f_trace_opcodes). */
function boolValue(v: PyObject | null): boolean {
  if (v === null) raise(E.TypeError, "can't delete numeric/char attribute");
  if (v.ob_type !== T.bool) raise(E.TypeError, 'attribute value type must be bool');
  return v === True;
}

onBootstrap(() => {
  const ft = T.frame;
  ft.tp_dealloc = frameObjectDealloc;
  // frame_traverse: f_back, f_trace and (3.13) f_extra_locals; a finished frame's data too
  // (_PyFrame_Traverse: locals mapping, function, code, locals). A finished module-level frame holds its
  // globals itself (CPython reaches them through the function it ran in), so a traceback kept in a global
  // is a collectable cycle.
  ft.tp_traverse = (o, visit) => {
    const fo = o as FrameObject;
    if (fo.back !== null) visit(fo.back);
    if (fo.trace !== null) visit(fo.trace);
    if (fo.extraLocals !== null) visit(fo.extraLocals);
    if (fo.owned === null) return;
    if (fo.locals !== null) visit(fo.locals);
    if (fo.func !== null) visit(fo.func);
    if (fo.ownsGlobals) visit(fo.globals);
    visit(fo.code);
    for (const v of fo.owned) if (v !== null) visit(v);
  };
  ft.tp_clear = (o) => frameClear(o as FrameObject);
  ft.tp_repr = (o) => {
    const fo = o as FrameObject;
    const code = fo.code;
    return newStr(
      `<frame at 0x${fo.addr.toString(16)}, file ${A.reprString(code.filenameObj)}, line ${lineOf(fo)}, code ${(code.nameObj as StrObject).value}>`,
    );
  };
  defineGetSets(ft, {
    f_code: { get: (o) => newref((o as FrameObject).code) },
    f_globals: { get: (o) => newref((o as FrameObject).globals) },
    f_builtins: { get: (o) => newref((o as FrameObject).builtins) },
    f_lineno: { get: (o) => newInt(lineOf(o as FrameObject)) },
    // in bytes (CPython's code units are 2 bytes)
    f_lasti: {
      get: (o) => {
        const fo = o as FrameObject;
        return newInt(2 * (fo.frame !== null ? fo.frame.lasti : fo.lasti));
      },
    },
    // PyFrame_GetBack: the f_back a finished frame kept, else the live caller's frame object
    f_back: {
      get: (o) => {
        const fo = o as FrameObject;
        if (fo.back !== null) return newref(fo.back);
        const b = fo.frame !== null ? fo.frame.back : null;
        return newref(b !== null ? frameObjectOf(b) : None);
      },
    },
    f_locals: { get: (o) => frameGetLocals(o as FrameObject) },
    f_trace: {
      get: (o) => newref((o as FrameObject).trace ?? None),
      set: (o, v) => {
        const fo = o as FrameObject;
        const old = fo.trace;
        fo.trace = v === null || v === None ? null : newref(v);
        xdecref(old);
      },
    },
    f_trace_lines: {
      get: (o) => newref((o as FrameObject).traceLines ? True : False),
      set: (o, v) => {
        (o as FrameObject).traceLines = boolValue(v);
      },
    },
    f_trace_opcodes: {
      get: (o) => newref((o as FrameObject).traceOpcodes ? True : False),
      set: (o, v) => {
        (o as FrameObject).traceOpcodes = boolValue(v);
      },
    },
  });
  defineMethods(ft, {
    // frame_clear: a finished frame drops its locals; a running one cannot be cleared; a suspended
    // generator's frame closes its generator (3.11/3.12) or cannot be cleared (3.13)
    clear: (self, _a, _s, n, kw) => {
      noArgs('clear', n, kw);
      const fo = self as FrameObject;
      const f = fo.frame;
      if (f === null) {
        frameClear(fo);
        return newref(None);
      }
      const gen = f.gen;
      if (gen === null || f === RT.frame || isRunning(f)) raise(E.RuntimeError, 'cannot clear an executing frame');
      if (RT.profile.version === '3.13') raise(E.RuntimeError, 'cannot clear a suspended frame');
      // _PyGen_Finalize: close the generator (its frame finishes, handing this object its data)
      const close = A.getAttrStr(gen, 'close');
      try {
        decref(A.call(close, [], 0, 0, null));
      } finally {
        decref(close);
      }
      return newref(None);
    },
    __sizeof__: (self) => newInt((self as FrameObject).nbytes),
  });
});

/** Is frame `f` on the current call stack? */
function isRunning(f: NonNullable<FrameObject['frame']>): boolean {
  for (let c = RT.frame; c !== null; c = c.back) if (c === f) return true;
  return false;
}

/** The frame `depth` calls up from the current one (null if the stack is not that deep). */
function frameAt(depth: number): NonNullable<FrameObject['frame']> | null {
  let f = RT.frame;
  for (; f !== null && depth > 0; depth--) f = f.back;
  return f;
}

/** sys._getframe(depth=0, /): the frame object, created on first use (owned by the frame). New reference. */
export function sysGetFrame(args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  posArgs('_getframe', nargs, kwnames, 0, 1);
  const depth = nargs > 0 ? A.indexAsNumber(args[start], null) : 0;
  const f = frameAt(depth);
  if (f === null) raise(E.ValueError, 'call stack is not deep enough');
  return newref(frameObjectOf(f));
}

/**
 * sys._getframemodulename(depth=0) (3.12+): the __module__ of the function running `depth` frames up, or
 * None; no frame object is made. A module's code runs in a function whose __module__ is the module's
 * __name__ (PyEval_EvalCode), which heapscope does not materialise: the globals' __name__ stands in.
 */
export function sysGetFrameModuleName(args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  const [d] = parseArgs('_getframemodulename', args, start, nargs, kwnames, ['depth?']);
  const f = frameAt(d !== null ? A.indexAsNumber(d, null) : 0);
  if (f === null) return newref(None);
  if (f.func !== null) return newref(f.func.module);
  return newref(dictGetStr(f.globals, '__name__') ?? None);
}
