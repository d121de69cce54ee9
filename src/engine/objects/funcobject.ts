/**
 * Callables and descriptors: Python functions, code objects, cells, bound methods, builtin functions,
 * method descriptors, wrapper descriptors (slot dunders of builtin types), staticmethod, classmethod,
 * property, getset and member descriptors.
 */
import { PyObject, PyType, RT, TPFLAGS, GCF, incref, decref, xdecref, newref, type CallFunc } from './object';
import { T } from './types';
import { allocObject, freeObject } from '../memory/heap';
import type { CodeSpec } from '../compiler/code';

/** A builtin implementation: vectorcall with `self` (the bound object, module, or null). New reference. */
export type MethFn = (self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null) => PyObject;

export class CodeObject extends PyObject {
  /** co_consts as live objects: the items of constsTuple (borrowed view) */
  consts: PyObject[] = [];
  /** co_names as interned strs: the items of namesTuple (borrowed view) */
  names: PyObject[] = [];
  /** localsplus names as interned strs: the items of localsplusTuple (borrowed view) */
  localsplusNames: PyObject[] = [];
  /**
   * The tuples CPython's makecode creates and the code object owns (co_consts, co_names,
   * co_localsplusnames): they hold the references; `co.co_consts is co.co_consts`. Null once deallocated.
   */
  constsTuple: PyObject | null = null;
  namesTuple: PyObject | null = null;
  localsplusTuple: PyObject | null = null;
  nlocalsplus: number;
  ncells = 0;
  nfree: number;
  code: Int32Array;
  /** 1 where an instruction starts a new source line (for the tracer) */
  lineStarts: Uint8Array = new Uint8Array(0);
  /** LOAD_GLOBAL's inline caches by instruction index (vm/eval.ts loadGlobal), made on first use */
  globalCache: unknown[] | null = null;
  /** BINARY_OP sites that may append to a str in place, and 3.11's co_warmup (vm/specialize.ts addSitesFor) */
  addSites: Int32Array | null = null;
  /** 3.11-3.12: the CALL sites that may become CALL_NO_KW_STR_1 (vm/specialize.ts callSitesFor) */
  callSites: Int32Array | null = null;
  /** 3.12+: the LOAD_SUPER_ATTR instructions (indices) already executed once (vm/eval.ts superAttrGeneric) */
  superSites: Set<number> | null = null;
  /**
   * References the code object holds to b'': co_localspluskinds when it has no locals, co_exceptiontable
   * when it has no handlers (its other bytes fields are not modelled as objects). Set by the Materializer.
   */
  emptyBytesRefs = 0;
  constructor(
    public spec: CodeSpec,
    public filenameObj: PyObject,
    public nameObj: PyObject,
    public qualnameObj: PyObject,
  ) {
    super(T.code);
    this.code = spec.code;
    this.nlocalsplus = spec.co_localsplusnames.length;
    let nfree = 0;
    for (const k of spec.co_localspluskinds) if (k & 0x80) nfree++;
    this.nfree = nfree;
  }
}

export class FunctionObject extends PyObject {
  defaults: PyObject | null = null; // tuple
  kwdefaults: PyObject | null = null; // dict
  closure: PyObject | null = null; // tuple of cells
  annotations: PyObject | null = null; // dict
  /** 3.12+ func_typeparams: the PEP 695 type parameters (tuple), null when none were set */
  typeParams: PyObject | null = null;
  doc: PyObject;
  module: PyObject;
  /** func_version-like cache of the argument binding shape */
  constructor(
    public code: CodeObject,
    public globals: PyObject,
    public builtins: PyObject,
    public name: PyObject,
    public qualname: PyObject,
    doc: PyObject,
    module: PyObject,
  ) {
    super(T.function);
    this.doc = doc;
    this.module = module;
  }
}

export class CellObject extends PyObject {
  constructor(public ref: PyObject | null) {
    super(T.cell);
  }
}

export class MethodObject extends PyObject {
  constructor(
    public func: PyObject,
    public self: PyObject,
  ) {
    super(T.method);
  }
}

export class BuiltinFunctionObject extends PyObject {
  constructor(
    public name: string,
    public fn: MethFn,
    public self: PyObject | null,
    public moduleName: string | null,
    public doc: string | null = null,
    /** qualified owner for repr of bound methods: "list" in <built-in method append of list object> */
    public ownerType: PyType | null = null,
  ) {
    super(T.builtin_function_or_method);
  }
  /** m_module: the module's __name__ str object (owned) for module functions; null = moduleName only */
  moduleObj: PyObject | null = null;
  /** whether the builtin is METH_VARARGS (vm/callconv.ts), for the version in varargsVersion (core_func.ts) */
  varargs = false;
  varargsVersion: string | null = null;
}

export const METH = { VARARGS: 0, CLASS: 1, STATIC: 2 } as const;

export class MethodDescrObject extends PyObject {
  constructor(
    type: PyType,
    public name: string,
    public fn: MethFn,
    public owner: PyType,
    public doc: string | null = null,
  ) {
    super(type);
  }
  /** whether the method is METH_VARARGS (vm/callconv.ts), for the version in varargsVersion (core_func.ts) */
  varargs = false;
  varargsVersion: string | null = null;
}

/** A slot dunder of a builtin type (wrapper_descriptor), e.g. object.__init__, int.__add__. */
export class WrapperDescrObject extends PyObject {
  constructor(
    public name: string,
    public fn: MethFn,
    public owner: PyType,
  ) {
    super(T.wrapper_descriptor);
  }
}

/** A bound slot dunder: (1).__add__ */
export class MethodWrapperObject extends PyObject {
  constructor(
    public descr: WrapperDescrObject,
    public self: PyObject,
  ) {
    super(T.method_wrapper);
  }
}

export class GetSetDescrObject extends PyObject {
  constructor(
    public name: string,
    public owner: PyType,
    public get: ((o: PyObject) => PyObject) | null,
    public set: ((o: PyObject, v: PyObject | null) => void) | null,
    public doc: string | null = null,
    type: PyType = T.getset_descriptor,
  ) {
    super(type);
    // descr_new: d_type is a strong reference (a class and its descriptors form a cycle)
    if (owner.tp_flags & TPFLAGS.HEAPTYPE) incref(owner);
  }
}

/**
 * __slots__ member: the value lives in the instance's slot array. Or a static type's read-only C struct
 * member (a PyMemberDef with READONLY: complex.real), whose value `native.get` reads.
 */
export class MemberDescrObject extends PyObject {
  constructor(
    public name: string,
    public owner: PyType,
    public index: number,
    public native: { get: (o: PyObject) => PyObject; doc: string | null } | null = null,
  ) {
    super(T.member_descriptor);
    // descr_new: d_type is a strong reference
    if (owner.tp_flags & TPFLAGS.HEAPTYPE) incref(owner);
  }
}

export class StaticMethodObject extends PyObject {
  constructor(public callable: PyObject | null) {
    super(T.staticmethod);
  }
}

export class ClassMethodObject extends PyObject {
  constructor(public callable: PyObject | null) {
    super(T.classmethod);
  }
}

export class PropertyObject extends PyObject {
  fget: PyObject | null = null;
  fset: PyObject | null = null;
  fdel: PyObject | null = null;
  doc: PyObject | null = null;
  name: PyObject | null = null;
  constructor(type: PyType) {
    super(type);
  }
}

// ------------------------------------------------------------------ construction helpers

export function newCell(ref: PyObject | null): CellObject {
  const c = new CellObject(ref);
  allocObject(c, RT.profile.sizes.cell);
  RT.gc.track(c);
  return c;
}

export function newMethod(func: PyObject, self: PyObject): MethodObject {
  incref(func);
  incref(self);
  const m = new MethodObject(func, self);
  allocObject(m, RT.profile.sizes.method);
  RT.gc.track(m);
  return m;
}

export function newBuiltinMethod(d: MethodDescrObject, self: PyObject): BuiltinFunctionObject {
  incref(self);
  const b = new BuiltinFunctionObject(d.name, d.fn, self, null, d.doc, d.owner);
  allocObject(b, T.builtin_function_or_method.tp_basicsize);
  RT.gc.track(b);
  return b;
}

export function newMethodWrapper(d: WrapperDescrObject, self: PyObject): MethodWrapperObject {
  incref(self);
  const m = new MethodWrapperObject(d, self);
  allocObject(m, T.method_wrapper.tp_basicsize);
  RT.gc.track(m);
  return m;
}

export function cellDealloc(o: PyObject): void {
  const c = o as CellObject;
  RT.gc.untrack(c);
  const r = c.ref;
  c.ref = null;
  xdecref(r);
  freeObject(c, RT.profile.sizes.cell);
}

export function methodDealloc(o: PyObject): void {
  const m = o as MethodObject;
  RT.gc.untrack(m);
  RT.clearWeakrefs(m);
  decref(m.func);
  decref(m.self);
  freeObject(m, RT.profile.sizes.method);
}

export function builtinDealloc(o: PyObject): void {
  const b = o as BuiltinFunctionObject;
  // the builtins module's functions are shared by every run and live outside the heap (vm/builtins.ts):
  // when finalization clears the dicts that hold one (builtins, io's open), it releases what it owns as
  // meth_dealloc does, and the next run gives it its count again
  const shared = (b.gc_flags & GCF.STATIC) !== 0;
  if (!shared) RT.gc.untrack(b);
  RT.clearWeakrefs(b);
  // meth_dealloc: m_self, then m_module
  xdecref(b.self);
  b.self = null;
  xdecref(b.moduleObj);
  b.moduleObj = null;
  if (!shared) freeObject(b, T.builtin_function_or_method.tp_basicsize);
}

export function methodWrapperDealloc(o: PyObject): void {
  const m = o as MethodWrapperObject;
  RT.gc.untrack(m);
  decref(m.self);
  freeObject(m, T.method_wrapper.tp_basicsize);
}

export type { CallFunc };
export { newref };
