/**
 * 3.11's static objects' reference counts, exact from the program's first line.
 *
 * CPython 3.11 has no immortal objects: sys.getrefcount(None), (1), (()), ('a'), (int) report the references the
 * whole interpreter holds — start-up, `site`, __main__'s set-up — plus the program's own. The counts when
 * CPython starts parsing the file are measured with gdb (scripts/measure-gc-startup.mjs --refcounts) into
 * profile.staticRefcounts. heapscope gives each object that count at the same moment (interp.ts runMain,
 * before parsing): CPython's count then includes every reference its start-up holds, heapscope's own
 * start-up models some of them, and from there on the program's parse, compile and run take and release
 * references as in CPython. 3.12+ pins these objects (immortal): the table is null there.
 */
import { rcTouched, type PyObject } from './object';
import { None, True, False, Ellipsis, NotImplemented, SMALL_INTS } from './singletons';
import { EMPTY_TUPLE } from './sequences';
import { EMPTY_STR, latin1Char, preInternedCharIfMade, applyStaticIdRefcounts } from './str';
import { EMPTY_BYTES, bytesChar } from './bytesobject';
import { allStaticTypes } from './typeobject';
import type { PyType } from './object';
import type { Profile } from '../profiles';

/** Py_SET_REFCNT of a live object (the trace recorder is told the count changed). */
function setCount(o: PyObject, n: number): void {
  if (o.rcw > 0) rcTouched(o);
  o.ob_refcnt = n;
}

/** heapscope's static types by tp_name, leaving out a name two of them share (made once: the set is fixed). */
let typesByName: Map<string, PyType> | null = null;
function staticTypesByName(): Map<string, PyType> {
  if (typesByName === null) {
    typesByName = new Map();
    const shared = new Set<string>();
    for (const tp of allStaticTypes()) {
      if (typesByName.has(tp.tp_name) && typesByName.get(tp.tp_name) !== tp) shared.add(tp.tp_name);
      typesByName.set(tp.tp_name, tp);
    }
    for (const name of shared) typesByName.delete(name);
  }
  return typesByName;
}

/** Give the static objects the counts CPython's start-up leaves them when the file starts to be parsed. */
export function applyStartupRefcounts(p: Profile): void {
  const t = p.staticRefcounts;
  if (t === null) return;
  setCount(None, t.None);
  setCount(True, t.True);
  setCount(False, t.False);
  setCount(Ellipsis, t.Ellipsis);
  setCount(NotImplemented, t.NotImplemented);
  setCount(EMPTY_TUPLE, t.emptyTuple);
  setCount(EMPTY_STR, t.emptyStr);
  setCount(EMPTY_BYTES, t.emptyBytes);
  for (let i = 0; i < SMALL_INTS.length; i++) setCount(SMALL_INTS[i], t.smallInts[i]);
  for (let c = 0; c < 256; c++) {
    setCount(latin1Char(c), t.latin1[c]);
    setCount(bytesChar(c), t.bytesChars[c]);
  }
  // the static types CPython 3.11 also has as static types (the others keep the count they have)
  for (const [name, tp] of staticTypesByName()) {
    const n = t.types[name];
    if (n !== undefined) setCount(tp, n);
  }
  // the engine's identifiers: CPython's statically allocated strings count their start-up references
  applyStaticIdRefcounts();
  // the separate one-character strings start-up interned: those made so far (str.ts makes the others
  // with their start-up count when a program first interns the character)
  for (const ch of Object.keys(t.internedChars)) {
    const o = preInternedCharIfMade(ch);
    if (o !== undefined) setCount(o, t.internedChars[ch]);
  }
}
