/**
 * Objects CPython keeps statically: None, NotImplemented, Ellipsis, True, False, the small ints -5..256.
 * They are shared by every Runtime in the process; `resetStatics()` sets their refcounts for the profile of
 * the run that is starting (immortal 4294967295 on 3.12+, counting from 999999999 on 3.11).
 */
import { GCF, PyObject, PyType, setRefcount } from './object';
import { T } from './types';

export class IntObject extends PyObject {
  /** The block's request when it is not the value's own size (digit arithmetic, objects/numbers.ts); else 0 */
  allocBytes = 0;
  constructor(
    type: PyType,
    public value: number | bigint,
  ) {
    super(type);
  }
}

export const None = new PyObject(T.NoneType);
export const NotImplemented = new PyObject(T.NotImplementedType);
export const Ellipsis = new PyObject(T.ellipsis);
export const False = new IntObject(T.bool, 0);
export const True = new IntObject(T.bool, 1);

export const SMALL_INT_MIN = -5;
export const SMALL_INT_MAX = 256;
export const SMALL_INTS: IntObject[] = [];
for (let v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) SMALL_INTS.push(new IntObject(T.int, v));

/** Every static object that carries a refcount the program can observe. */
const STATICS: PyObject[] = [None, NotImplemented, Ellipsis, False, True, ...SMALL_INTS];

export function registerStatic(o: PyObject): void {
  o.gc_flags |= GCF.STATIC;
  STATICS.push(o);
}

/** Fake but stable addresses for static objects (they live in the interpreter binary's data segment). */
let nextStaticAddr = 0x55d4a2a1c000 - 0x200000;
export function assignStaticAddr(o: PyObject, size: number): void {
  o.addr = nextStaticAddr;
  nextStaticAddr += (size + 15) & ~15;
}

for (const o of STATICS) {
  o.gc_flags |= GCF.STATIC;
  assignStaticAddr(o, 32);
}

export function resetStatics(immortal: boolean, immortalRefcnt: number, initial: number): void {
  for (const o of STATICS) {
    setRefcount(o, immortal ? immortalRefcnt : initial);
  }
}

export function bool(b: boolean): PyObject {
  return b ? True : False;
}
