/**
 * Runtime services implemented by the type and module files. The Runtime delegates to this table so the
 * eval loop and the object model can call, e.g., "make a set from these items" without importing set.ts
 * (which would create import cycles). Each service is filled in by the module that owns it; the defaults
 * raise a clear NotImplementedError naming the missing piece.
 */
import type { PyObject, PyType, PyErr } from '../objects/object';
import type { Frame } from './frame';
import type { ExceptionObject } from '../objects/exceptions';
import type { ListObject } from '../objects/sequences';
import type { DictObject } from '../objects/dict';
import type { CodeObject, FunctionObject } from '../objects/funcobject';
import type { StrObject } from '../objects/str';

function missing(name: string): never {
  throw new Error(`heapscope engine: runtime service '${name}' is not installed`);
}

export interface RuntimeExt {
  /** further services installed by type modules (see each module) */
  [extra: string]: any;
  addTraceback(exc: ExceptionObject, f: Frame): void;
  doRaise(exc: PyObject, cause: PyObject | null): PyErr;
  writeUnraisable(exc: PyObject, msg: string, obj: PyObject | null, where: string): void;
  newException(type: PyType, args: PyObject[]): PyObject;
  clearWeakrefs(o: PyObject): void;
  newStaticMethod(f: PyObject): PyObject;
  newClassMethod(f: PyObject): PyObject;
  instanceDictDescr(type: PyType, name: string): PyObject;
  callBoundDescr(descr: PyObject, self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject;
  seqIter(o: PyObject): PyObject;
  classGetItem(tp: PyType, key: PyObject): PyObject;
  newSlice(start: PyObject, stop: PyObject, step: PyObject): PyObject;
  newSetFrom(items: PyObject[]): PyObject;
  setAdd(set: PyObject, v: PyObject): void;
  setUpdate(set: PyObject, it: PyObject): void;
  dictFromPairs(kv: PyObject[]): PyObject;
  /**
   * _PyDict_FromItems: a dict of the n pairs keys[kStart + i * kStep]: values[vStart + i * vStep] (borrowed),
   * read in place from the eval stack or a tuple's items: no JS array per dict display.
   */
  dictFromItems(
    keys: readonly (PyObject | null)[], kStart: number, kStep: number,
    values: readonly (PyObject | null)[], vStart: number, vStep: number, n: number,
  ): PyObject;
  listExtend(l: ListObject, it: PyObject): void;
  dictUpdate(d: DictObject, other: PyObject, merge: boolean, func: PyObject | null): void;
  unpackSequence(seq: PyObject, before: number, after: number): PyObject[];
  formatValue(v: PyObject, conv: number, spec: PyObject | null): PyObject;
  makeGenerator(f: Frame): PyObject;
  genFrameFinished(f: Frame): void;
  genSendOrNext(receiver: PyObject, v: PyObject): { done: boolean; value: PyObject };
  printExpr(v: PyObject): PyObject;
  importStar(f: Frame, mod: PyObject): void;
  stopIterationError(f: Frame, exc: PyObject): PyObject;
  callEx(func: PyObject, args: PyObject, kwargs: PyObject | null): PyObject;
  newFunction(code: CodeObject, globals: DictObject, builtins: DictObject): FunctionObject;
  superAttr(gsuper: PyObject, cls: PyObject, self: PyObject, name: StrObject, method: boolean, twoArgs: boolean): { value: PyObject; method: boolean };
  beforeWith(mgr: PyObject): { exit: PyObject; result: PyObject };
  importName(f: Frame, name: StrObject, fromlist: PyObject, level: PyObject): PyObject;
  importFrom(mod: PyObject, name: StrObject): PyObject;
  matchMapping(o: PyObject): boolean;
  matchSequence(o: PyObject): boolean;
  matchKeys(subject: PyObject, keys: PyObject): PyObject;
  matchClass(subject: PyObject, cls: PyObject, nargs: number, names: PyObject): PyObject;
}

/** The service table. Modules assign their implementations: `RT_EXT.newSlice = ...`. */
export const RT_EXT = {} as RuntimeExt;

const SERVICE_NAMES: (keyof RuntimeExt)[] = [
  'addTraceback', 'doRaise', 'writeUnraisable', 'newException', 'clearWeakrefs', 'newStaticMethod', 'newClassMethod',
  'instanceDictDescr', 'callBoundDescr', 'seqIter', 'classGetItem', 'newSlice', 'newSetFrom', 'setAdd', 'setUpdate',
  'dictFromPairs', 'dictFromItems', 'listExtend', 'dictUpdate', 'unpackSequence', 'formatValue', 'makeGenerator', 'genFrameFinished',
  'genSendOrNext', 'printExpr', 'importStar', 'stopIterationError', 'callEx', 'newFunction', 'superAttr', 'beforeWith',
  'importName', 'importFrom', 'matchMapping', 'matchSequence', 'matchKeys', 'matchClass',
];

/** Fill services nobody installed with a function that fails loudly (an engine bug, not a Python error). */
export function completeExt(): void {
  for (const n of SERVICE_NAMES) {
    if ((RT_EXT as any)[n] === undefined) (RT_EXT as any)[n] = () => missing(String(n));
  }
}
