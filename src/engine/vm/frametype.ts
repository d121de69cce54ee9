/**
 * The frame type's slots (CPython's Objects/frameobject.c): dealloc releases the locals a finished frame
 * handed over (take_ownership), traverse visits them (only when owned, as frame_tp_traverse does), and the
 * basic attributes f_code, f_globals, f_lineno, f_back.
 */
import { PyObject, newref } from '../objects/object';
import { T } from '../objects/types';
import { None } from '../objects/singletons';
import { newInt } from '../objects/numbers';
import { onBootstrap, defineGetSets } from '../objects/typeobject';
import { FrameObject, frameObjectDealloc, frameObjectOf } from './frame';

onBootstrap(() => {
  const ft = T.frame;
  ft.tp_dealloc = frameObjectDealloc;
  ft.tp_traverse = (o, visit) => {
    const fo = o as FrameObject;
    if (fo.back !== null) visit(fo.back);
    // the frame object owns references to its globals and code (frameObjectOf); CPython reaches the
    // globals through f_funcobj, so a traceback kept in a global (dict -> exc -> tb -> frame -> dict)
    // is a collectable cycle
    visit(fo.globals);
    visit(fo.code);
    if (fo.owned !== null) for (const v of fo.owned) if (v !== null) visit(v);
  };
  defineGetSets(ft, {
    f_code: { get: (o: PyObject) => newref((o as FrameObject).code) },
    f_globals: { get: (o: PyObject) => newref((o as FrameObject).globals) },
    f_lineno: {
      get: (o: PyObject) => {
        const fo = o as FrameObject;
        return newInt(fo.frame !== null ? fo.frame.lineno : fo.lineno);
      },
    },
    f_back: {
      get: (o: PyObject) => {
        const fo = o as FrameObject;
        if (fo.back !== null) return newref(fo.back);
        const b = fo.frame !== null ? fo.frame.back : null;
        return b !== null ? newref(frameObjectOf(b)) : newref(None);
      },
    },
  });
});
