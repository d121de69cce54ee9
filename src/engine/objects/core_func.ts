/**
 * Slots of callables and descriptors (function, method, builtin_function_or_method, method_descriptor,
 * wrapper_descriptor, method-wrapper, getset/member descriptors, staticmethod, classmethod, property,
 * cell, code, module, super), plus the call services of the eval loop (CALL_FUNCTION_EX, with, super).
 */
import { PyObject, PyType, RT, TPFLAGS, PyErr, IMMORTAL_REFCNT_STORED, incref, decref, xdecref, newref, isType } from './object';
import { T } from './types';
import { None, NotImplemented, True, False } from './singletons';
import { E, raise, excMatches } from './exceptions';
import { StrObject, newStr, ID, probe } from './str';
import { newBool } from './numbers';
import { TupleObject, ListObject, newTuple, EMPTY_TUPLE } from './sequences';
import { DictObject, newDict, dictGetStr, dictSetStr, dictForEach, dictSetItem } from './dict';
import {
  CodeObject, FunctionObject, CellObject, MethodObject, BuiltinFunctionObject, MethodDescrObject,
  WrapperDescrObject, MethodWrapperObject, GetSetDescrObject, MemberDescrObject, StaticMethodObject,
  ClassMethodObject, PropertyObject, newMethod, newBuiltinMethod, newMethodWrapper, cellDealloc, methodDealloc,
  builtinDealloc, methodWrapperDealloc, type MethFn,
} from './funcobject';
import {
  onBootstrap, typeLookup, isSubtype, instanceDict, instanceSlots, defineGetSets, defineMethods, genericGetAttr, typeModuleName,
  allocInstance, slotHooks,
} from './typeobject';
import { allocObject, freeObject } from '../memory/heap';
import * as A from '../vm/abstract';
import { RT_EXT } from '../vm/rtext';
import { callPyFunction, callPyFunctionWithSelf, makeFrameForCall, runCalledFrame } from '../vm/eval';
import type { Frame } from '../vm/frame';
import { kwCount, noArgs } from '../vm/args';
import { CMP } from '../compiler/opcodes';
import { isVarargsBuiltin, withPackedArgs } from '../vm/callconv';
import { hasTypeVectorcall } from './core_numbers';

/** Call `callable` with `self` prepended to the arguments (borrowed). New reference. */
function callWithSelf(callable: PyObject, self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  if (callable.ob_type === T.function && kwnames === null) {
    // a Python function (a method, __init__, a dunder) called positionally: its frame is made without the
    // [self, ...args] array when the arguments bind exactly
    RT.checkRecursion();
    const r = callPyFunctionWithSelf(callable as FunctionObject, self, args, start, nargs);
    if (r !== null) return r;
  }
  const nkw = kwCount(kwnames);
  const a: PyObject[] = new Array(nargs + nkw + 1);
  a[0] = self;
  for (let i = 0; i < nargs + nkw; i++) a[i + 1] = args[start + i];
  return A.call(callable, a, 0, nargs + 1, kwnames);
}

/** Call descriptor `descr` found on type(self) as a method of self (no bound object when avoidable). */
export function callBoundDescr(descr: PyObject, self: PyObject, args: PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  const dt = descr.ob_type;
  if (dt === T.function || dt === T.method_descriptor || dt === T.wrapper_descriptor) {
    return callWithSelf(descr, self, args, start, nargs, kwnames);
  }
  const get = dt.tp_descr_get;
  if (get === null) return A.call(descr, args, start, nargs, kwnames);
  const bound = get(descr, self, self.ob_type);
  try {
    return A.call(bound, args, start, nargs, kwnames);
  } finally {
    decref(bound);
  }
}

/** _PyObject_IsAbstract: a true `__isabstractmethod__` attribute (missing: false). */
export function isAbstractObject(o: PyObject | null): boolean {
  if (o === null) return false;
  const v = A.lookupAttr(o, ID('__isabstractmethod__'));
  if (v === null) return false;
  try {
    return A.isTrue(v);
  } finally {
    decref(v);
  }
}

/** self.name(*args) looked up on the type (special method lookup). New reference. */
export function callMethod(self: PyObject, name: string, args: PyObject[]): PyObject {
  const descr = typeLookup(self.ob_type, name);
  if (descr === null) RT.raiseAttributeError(self, probe(name));
  return callBoundDescr(descr, self, args, 0, args.length, null);
}

export function callMethodIfExists(self: PyObject, name: string, args: PyObject[]): PyObject | null {
  const descr = typeLookup(self.ob_type, name);
  if (descr === null) return null;
  return callBoundDescr(descr, self, args, 0, args.length, null);
}

/**
 * isVarargsBuiltin (vm/callconv.ts) of a builtin function or method descriptor, remembered on the object for
 * the running version: the call path of every builtin reads two fields instead of a WeakMap.
 */
function builtinIsVarargs(b: BuiltinFunctionObject): boolean {
  const version = RT.profile.version;
  if (b.varargsVersion !== version) {
    b.varargs = isVarargsBuiltin(b.ownerType !== null ? b.ownerType.tp_name : b.moduleName, b.name);
    b.varargsVersion = version;
  }
  return b.varargs;
}

function descrIsVarargs(d: MethodDescrObject): boolean {
  const version = RT.profile.version;
  if (d.varargsVersion !== version) {
    d.varargs = isVarargsBuiltin(d.owner.tp_name, d.name);
    d.varargsVersion = version;
  }
  return d.varargs;
}

function funcRepr(o: PyObject): PyObject {
  const f = o as FunctionObject;
  return newStr(`<function ${(f.qualname as StrObject).value} at 0x${f.addr.toString(16)}>`);
}

function funcDealloc(o: PyObject): void {
  const f = o as FunctionObject;
  RT.gc.untrack(f);
  RT.clearWeakrefs(f);
  // func_clear order: globals, builtins, module, defaults, kwdefaults, doc, dict, closure, annotations... then code, name, qualname
  decref(f.globals);
  decref(f.builtins);
  decref(f.module);
  xdecref(f.defaults);
  xdecref(f.kwdefaults);
  decref(f.doc);
  xdecref(f.dict);
  xdecref(f.closure);
  xdecref(f.annotations);
  xdecref(f.typeParams);
  decref(f.code);
  decref(f.name);
  decref(f.qualname);
  freeObject(f, RT.profile.sizes.function);
}

export function newFunction(code: CodeObject, globals: DictObject, builtins: DictObject): FunctionObject {
  const consts = code.consts;
  // CPython 3.11-3.13: a function's docstring is co_consts[0] when that is a str (the compiler puts None
  // first for functions without one, and for lambdas)
  const doc = consts.length > 0 && consts[0].ob_type === T.str ? consts[0] : None;
  const module: PyObject = dictGetStr(globals, '__name__') ?? None;
  incref(code);
  incref(globals);
  incref(builtins);
  incref(code.nameObj);
  incref(code.qualnameObj);
  incref(doc);
  incref(module);
  const f = new FunctionObject(code, globals, builtins, code.nameObj, code.qualnameObj, doc, module);
  allocObject(f, RT.profile.sizes.function);
  RT.gc.track(f);
  return f;
}

onBootstrap(() => {
  // ---------------------------------------------------------------- function
  const ft = T.function;
  ft.tp_repr = funcRepr;
  ft.tp_dealloc = funcDealloc;
  ft.tp_call = (self, args, start, nargs, kwnames) => {
    RT.checkRecursion();
    return callPyFunction(self as FunctionObject, args, start, nargs, kwnames);
  };
  ft.tp_descr_get = (descr, obj) => (obj === null ? newref(descr) : newMethod(descr, obj));
  ft.tp_traverse = (o, visit) => {
    const f = o as FunctionObject;
    visit(f.code);
    visit(f.globals);
    visit(f.builtins); // func_traverse visits func_builtins (the function owns that reference)
    visit(f.module);
    if (f.defaults) visit(f.defaults);
    if (f.kwdefaults) visit(f.kwdefaults);
    visit(f.doc);
    visit(f.name);
    if (f.dict) visit(f.dict);
    if (f.closure) visit(f.closure);
    if (f.annotations) visit(f.annotations);
    if (f.typeParams) visit(f.typeParams);
    visit(f.qualname);
  };
  ft.hasDict = true;
  ft.tp_getattro = genericGetAttr;
  const fset = <K extends keyof FunctionObject>(key: K, allowNone: boolean, check?: (v: PyObject) => void) =>
    (o: PyObject, v: PyObject | null) => {
      const f = o as FunctionObject;
      if (v === null) v = None;
      if (check) check(v);
      incref(v);
      const old = f[key] as unknown as PyObject | null;
      (f as any)[key] = v === None && allowNone ? null : v;
      if (v === None && allowNone) decref(v);
      xdecref(old);
    };
  defineGetSets(ft, {
    __name__: {
      get: (o) => newref((o as FunctionObject).name),
      set: fset('name', false, (v) => {
        if (!(v instanceof StrObject)) raise(E.TypeError, '__name__ must be set to a string object');
      }),
    },
    __qualname__: {
      get: (o) => newref((o as FunctionObject).qualname),
      set: fset('qualname', false, (v) => {
        if (!(v instanceof StrObject)) raise(E.TypeError, '__qualname__ must be set to a string object');
      }),
    },
    __doc__: { get: (o) => newref((o as FunctionObject).doc), set: fset('doc', false) },
    __module__: { get: (o) => newref((o as FunctionObject).module), set: fset('module', false) },
    __defaults__: { get: (o) => newref((o as FunctionObject).defaults ?? None), set: fset('defaults', true) },
    __kwdefaults__: { get: (o) => newref((o as FunctionObject).kwdefaults ?? None), set: fset('kwdefaults', true) },
    __code__: { get: (o) => newref((o as FunctionObject).code) },
    __globals__: { get: (o) => newref((o as FunctionObject).globals) },
    __builtins__: { get: (o) => newref((o as FunctionObject).builtins) },
    __closure__: { get: (o) => newref((o as FunctionObject).closure ?? None) },
    __annotations__: {
      get: (o) => {
        const f = o as FunctionObject;
        if (f.annotations === null) f.annotations = newDict();
        else if (f.annotations instanceof TupleObject) {
          const t = f.annotations.items;
          const d = newDict();
          for (let i = 0; i + 1 < t.length; i += 2) dictSetItem(d, t[i], t[i + 1]);
          decref(f.annotations);
          f.annotations = d;
        }
        return newref(f.annotations);
      },
      set: fset('annotations', true),
    },
    __dict__: {
      get: (o) => newref(instanceDict(o, true)!),
    },
    // PEP 695 (3.12+): () until a generic function's type parameters are set
    __type_params__: {
      get: (o) => {
        if (RT.profile.version === '3.11') raise(E.AttributeError, "'function' object has no attribute '__type_params__'");
        const f = o as FunctionObject;
        return f.typeParams === null ? newTuple([]) : newref(f.typeParams);
      },
      set: (o, v) => {
        if (RT.profile.version === '3.11') raise(E.AttributeError, "'function' object has no attribute '__type_params__'");
        if (v === null || !(v instanceof TupleObject)) raise(E.TypeError, '__type_params__ must be set to a tuple');
        const f = o as FunctionObject;
        const old = f.typeParams;
        f.typeParams = newref(v);
        xdecref(old);
      },
    },
  });
  // ---------------------------------------------------------------- bound method
  const mt = T.method;
  mt.tp_dealloc = methodDealloc;
  mt.tp_call = (self, args, start, nargs, kwnames) => {
    const m = self as MethodObject;
    return callWithSelf(m.func, m.self, args, start, nargs, kwnames);
  };
  mt.tp_repr = (o) => {
    const m = o as MethodObject;
    const fq = A.lookupAttr(m.func, ID('__qualname__'));
    const name = fq instanceof StrObject ? fq.value : '?';
    xdecref(fq);
    return newStr(`<bound method ${name} of ${A.reprString(m.self)}>`);
  };
  mt.tp_getattro = (o, name) => {
    const r = genericGetAttr(o, name);
    if (r !== null) return r;
    return (o as MethodObject).func.ob_type.tp_getattro!((o as MethodObject).func, name);
  };
  mt.tp_richcompare = (a, b, op) => {
    if (!(a instanceof MethodObject) || !(b instanceof MethodObject) || (op !== CMP.EQ && op !== CMP.NE))
      return newref(NotImplemented);
    const eq = a.func === b.func && a.self === b.self;
    return newBool(op === CMP.EQ ? eq : !eq);
  };
  mt.tp_hash = (o) => {
    const m = o as MethodObject;
    return RT.ext.hashCombine(A.hash(m.self), A.hash(m.func));
  };
  mt.tp_traverse = (o, visit) => {
    visit((o as MethodObject).func);
    visit((o as MethodObject).self);
  };
  defineGetSets(mt, {
    __func__: { get: (o) => newref((o as MethodObject).func) },
    __self__: { get: (o) => newref((o as MethodObject).self) },
  });
  // ---------------------------------------------------------------- builtins
  const bf = T.builtin_function_or_method;
  bf.tp_dealloc = builtinDealloc;
  bf.tp_call = (self, args, start, nargs, kwnames) => {
    const b = self as BuiltinFunctionObject;
    // METH_VARARGS: no vectorcall, so _PyObject_MakeTpCall packs the arguments (vm/callconv.ts)
    if (builtinIsVarargs(b)) {
      return withPackedArgs(args, start, nargs, kwnames, false, () => b.fn(b.self ?? None, args, start, nargs, kwnames));
    }
    return b.fn(b.self ?? None, args, start, nargs, kwnames);
  };
  bf.tp_repr = (o) => {
    const b = o as BuiltinFunctionObject;
    if (b.self === null || b.self.ob_type === T.module)
      return newStr(`<built-in function ${b.name}>`);
    return newStr(`<built-in method ${b.name} of ${b.self.ob_type.tp_name} object at 0x${b.self.addr.toString(16)}>`);
  };
  // meth_traverse: m_self, then m_module (a str: gc.get_referents shows it)
  bf.tp_traverse = (o, visit) => {
    const b = o as BuiltinFunctionObject;
    if (b.self !== null) visit(b.self);
    if (b.moduleObj !== null) visit(b.moduleObj);
  };
  defineGetSets(bf, {
    __name__: { get: (o) => newStr((o as BuiltinFunctionObject).name) },
    __qualname__: {
      get: (o) => {
        const b = o as BuiltinFunctionObject;
        return newStr(b.ownerType !== null ? `${b.ownerType.tp_name}.${b.name}` : b.name);
      },
    },
    __self__: { get: (o) => newref((o as BuiltinFunctionObject).self ?? None) },
    __doc__: { get: (o) => ((o as BuiltinFunctionObject).doc === null ? newref(None) : newStr((o as BuiltinFunctionObject).doc!)) },
    __module__: {
      get: (o) => {
        const b = o as BuiltinFunctionObject;
        if (b.moduleObj !== null) return newref(b.moduleObj);
        return b.moduleName === null ? newref(None) : newStr(b.moduleName);
      },
    },
  });
  // ---------------------------------------------------------------- method descriptors
  const md = T.method_descriptor;
  md.tp_call = (self, args, start, nargs, kwnames) => {
    const d = self as MethodDescrObject;
    if (nargs < 1) raise(E.TypeError, `unbound method ${d.owner.tp_name}.${d.name}() needs an argument`);
    const obj = args[start];
    if (!isSubtype(obj.ob_type, d.owner))
      raise(
        E.TypeError,
        `descriptor '${d.name}' for '${d.owner.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`,
      );
    // method_vectorcall_VARARGS[_KEYWORDS] packs the arguments after self (vm/callconv.ts)
    if (descrIsVarargs(d)) {
      return withPackedArgs(args, start + 1, nargs - 1, kwnames, true, () => d.fn(obj, args, start + 1, nargs - 1, kwnames));
    }
    return d.fn(obj, args, start + 1, nargs - 1, kwnames);
  };
  md.tp_descr_get = (descr, obj) => {
    const d = descr as MethodDescrObject;
    if (obj === null) return newref(descr);
    if (!isSubtype(obj.ob_type, d.owner))
      raise(E.TypeError, `descriptor '${d.name}' for '${d.owner.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
    return newBuiltinMethod(d, obj);
  };
  md.tp_repr = (o) => {
    const d = o as MethodDescrObject;
    return newStr(`<method '${d.name}' of '${d.owner.tp_name}' objects>`);
  };
  const cmd = T.classmethod_descriptor;
  cmd.tp_descr_get = (descr, obj, type) => {
    const d = descr as MethodDescrObject;
    const cls = type ?? obj!.ob_type;
    return newBuiltinMethod(d, cls);
  };
  cmd.tp_call = (self, args, start, nargs, kwnames) => {
    const d = self as MethodDescrObject;
    return d.fn(args[start], args, start + 1, nargs - 1, kwnames);
  };
  cmd.tp_repr = (o) => newStr(`<method '${(o as MethodDescrObject).name}' of '${(o as MethodDescrObject).owner.tp_name}' objects>`);
  for (const t of [md, cmd]) {
    defineGetSets(t, {
      __name__: { get: (o) => newStr((o as MethodDescrObject).name) },
      __qualname__: { get: (o) => newStr(`${(o as MethodDescrObject).owner.tp_name}.${(o as MethodDescrObject).name}`) },
      __objclass__: { get: (o) => newref((o as MethodDescrObject).owner) },
      __doc__: { get: (o) => ((o as MethodDescrObject).doc === null ? newref(None) : newStr((o as MethodDescrObject).doc!)) },
    });
  }
  // ---------------------------------------------------------------- wrapper descriptors
  const wd = T.wrapper_descriptor;
  // wrapperdescr_call: no vectorcall, so _PyObject_MakeTpCall packs the arguments (vm/callconv.ts), and the
  // wrapper gets them without self, a new tuple (PyTuple_GetSlice) released right after the call
  wd.tp_call = (self, args, start, nargs, kwnames) =>
    withPackedArgs(args, start, nargs, kwnames, false, () => {
      const d = self as WrapperDescrObject;
      if (nargs < 1) raise(E.TypeError, `descriptor '${d.name}' of '${d.owner.tp_name}' object needs an argument`);
      const obj = args[start];
      if (!isSubtype(obj.ob_type, d.owner))
        raise(E.TypeError, `descriptor '${d.name}' requires a '${d.owner.tp_name}' object but received a '${obj.ob_type.tp_name}'`);
      const rest = newTuple(args.slice(start + 1, start + nargs).map((a) => newref(a)));
      try {
        return d.fn(obj, args, start + 1, nargs - 1, kwnames);
      } finally {
        decref(rest);
      }
    });
  wd.tp_descr_get = (descr, obj) => (obj === null ? newref(descr) : newMethodWrapper(descr as WrapperDescrObject, obj));
  wd.tp_repr = (o) => newStr(`<slot wrapper '${(o as WrapperDescrObject).name}' of '${(o as WrapperDescrObject).owner.tp_name}' objects>`);
  defineGetSets(wd, {
    __name__: { get: (o) => newStr((o as WrapperDescrObject).name) },
    __qualname__: { get: (o) => newStr(`${(o as WrapperDescrObject).owner.tp_name}.${(o as WrapperDescrObject).name}`) },
    __objclass__: { get: (o) => newref((o as WrapperDescrObject).owner) },
  });
  const mw = T.method_wrapper;
  mw.tp_dealloc = methodWrapperDealloc;
  // wrapper_call: no vectorcall either, so _PyObject_MakeTpCall packs the arguments (vm/callconv.ts)
  mw.tp_call = (self, args, start, nargs, kwnames) => {
    const m = self as MethodWrapperObject;
    return withPackedArgs(args, start, nargs, kwnames, false, () => m.descr.fn(m.self, args, start, nargs, kwnames));
  };
  mw.tp_repr = (o) => {
    const m = o as MethodWrapperObject;
    return newStr(`<method-wrapper '${m.descr.name}' of ${m.self.ob_type.tp_name} object at 0x${m.self.addr.toString(16)}>`);
  };
  mw.tp_traverse = (o, visit) => visit((o as MethodWrapperObject).self);
  defineGetSets(mw, {
    __name__: { get: (o) => newStr((o as MethodWrapperObject).descr.name) },
    __self__: { get: (o) => newref((o as MethodWrapperObject).self) },
  });
  // ---------------------------------------------------------------- getset / member descriptors
  /** descr_check / descr_setcheck: a getset or member applies to instances of its class only. */
  const descrCheck = (d: GetSetDescrObject | MemberDescrObject, obj: PyObject): void => {
    if (!isSubtype(obj.ob_type, d.owner))
      raise(E.TypeError, `descriptor '${d.name}' for '${d.owner.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
  };
  const gs = T.getset_descriptor;
  // getset_get / getset_set: descr_check first (as member_get / member_set below)
  gs.tp_descr_get = (descr, obj) => {
    const d = descr as GetSetDescrObject;
    if (obj === null) return newref(descr);
    descrCheck(d, obj);
    if (d.get === null) raise(E.AttributeError, `attribute '${d.name}' of '${d.owner.tp_name}' objects is not readable`);
    return d.get(obj);
  };
  gs.tp_descr_set = (descr, obj, value) => {
    const d = descr as GetSetDescrObject;
    descrCheck(d, obj);
    if (d.set === null) {
      raise(
        E.AttributeError,
        RT.profile.version === '3.11'
          ? `attribute '${d.name}' of '${d.owner.tp_name}' objects is not writable`
          : `attribute '${d.name}' of '${d.owner.tp_name}' objects is not writable`,
      );
    }
    d.set(obj, value);
  };
  gs.tp_repr = (o) => newStr(`<attribute '${(o as GetSetDescrObject).name}' of '${(o as GetSetDescrObject).owner.tp_name}' objects>`);
  const mbr = T.member_descriptor;
  // member_get / member_set of a __slots__ name (a T_OBJECT_EX member, PyMember_GetOne / PyMember_SetOne): the
  // value lives in the instance's slot storage (typeobject.ts instanceSlots), whatever the class's base
  mbr.tp_descr_get = (descr, obj) => {
    const d = descr as MemberDescrObject;
    if (obj === null) return newref(descr);
    descrCheck(d, obj);
    if (d.native !== null) return d.native.get(obj);
    const v = instanceSlots(obj, false)?.[d.index] ?? null;
    if (v === null) raise(E.AttributeError, `'${obj.ob_type.tp_name}' object has no attribute '${d.name}'`);
    return newref(v);
  };
  mbr.tp_descr_set = (descr, obj, value) => {
    const d = descr as MemberDescrObject;
    descrCheck(d, obj);
    // PyMember_SetOne of a READONLY member
    if (d.native !== null) raise(E.AttributeError, 'readonly attribute');
    const slots = instanceSlots(obj, value !== null);
    const old = slots?.[d.index] ?? null;
    // deleting an unset slot: PyMember_SetOne's AttributeError carries only the name
    if (value === null && old === null) raise(E.AttributeError, d.name);
    if (value !== null) incref(value);
    slots![d.index] = value;
    xdecref(old);
  };
  mbr.tp_repr = (o) => newStr(`<member '${(o as MemberDescrObject).name}' of '${(o as MemberDescrObject).owner.tp_name}' objects>`);
  // what every descriptor of a type's attribute has (descr_members and the descr_get_* getsets of
  // Objects/descrobject.c): the owner class, the name, the qualified name, the doc
  for (const dt of [mbr, gs]) {
    type Descr = MemberDescrObject | GetSetDescrObject;
    defineGetSets(dt, {
      __objclass__: { get: (o) => newref((o as Descr).owner) },
      __name__: { get: (o) => newStr((o as Descr).name) },
      __qualname__: {
        // calculate_qualname: the owner's __qualname__, a dot, the name
        get: (o) => {
          const d = o as Descr;
          const q = A.getAttrStr(d.owner, '__qualname__');
          try {
            if (!(q instanceof StrObject)) raise(E.TypeError, '<descriptor>.__objclass__.__qualname__ is not a unicode object');
            return newStr(`${q.value}.${d.name}`);
          } finally {
            decref(q);
          }
        },
      },
      // (a __slots__ member has no doc, even when __slots__ is a dict of docs: type_new_descriptors drops them)
      __doc__: {
        get: (o) => {
          const doc = o instanceof GetSetDescrObject ? o.doc : (o as MemberDescrObject).native?.doc ?? null;
          return doc !== null ? newStr(doc) : newref(None);
        },
      },
    });
  }
  defineMethods(mbr, {
    // descr_reduce (member descriptors only; a getset descriptor cannot be pickled): (getattr, (owner, name))
    __reduce__: (self, _a, _s, nargs, kw) => {
      noArgs('member_descriptor.__reduce__', nargs, kw);
      const d = self as MemberDescrObject;
      const getattr = dictGetStr(RT.builtinsDict, 'getattr');
      if (getattr === null) raise(E.AttributeError, 'getattr');
      return newTuple([newref(getattr), newTuple([newref(d.owner as PyObject), newStr(d.name)])]);
    },
  });
  mbr.tp_dealloc = (o) => {
    RT.gc.untrack(o);
    const owner = (o as MemberDescrObject).owner;
    if (owner.tp_flags & TPFLAGS.HEAPTYPE) decref(owner);
    freeObject(o, T.member_descriptor.tp_basicsize);
  };
  // descr_dealloc for the getset descriptors of classes (__dict__, __weakref__): releases d_type
  gs.tp_dealloc = (o) => {
    RT.gc.untrack(o);
    const owner = (o as GetSetDescrObject).owner;
    if (owner.tp_flags & TPFLAGS.HEAPTYPE) decref(owner);
    freeObject(o, T.getset_descriptor.tp_basicsize);
  };
  // ---------------------------------------------------------------- staticmethod / classmethod
  const sm = T.staticmethod;
  // PyType_GenericAlloc: an instance of a class holds a reference to it (its subtype_dealloc releases it)
  sm.tp_new = (type) => {
    const o = new StaticMethodObject(null);
    (o as PyObject).ob_type = type;
    if (type.tp_flags & TPFLAGS.HEAPTYPE) incref(type);
    allocObject(o, T.staticmethod.tp_basicsize);
    RT.gc.track(o);
    return o;
  };
  sm.tp_init = (self, args, start, nargs) => {
    if (nargs !== 1) raise(E.TypeError, `staticmethod expected 1 argument, got ${nargs}`);
    const s = self as StaticMethodObject;
    xdecref(s.callable);
    s.callable = newref(args[start]);
  };
  sm.tp_descr_get = (descr) => newref((descr as StaticMethodObject).callable ?? None);
  sm.tp_call = (self, args, start, nargs, kwnames) => A.call((self as StaticMethodObject).callable!, args, start, nargs, kwnames);
  sm.tp_dealloc = (o) => {
    RT.gc.untrack(o);
    xdecref((o as StaticMethodObject).callable);
    xdecref(o.dict);
    freeObject(o, T.staticmethod.tp_basicsize);
  };
  sm.tp_traverse = (o, visit) => {
    const c = (o as StaticMethodObject).callable;
    if (c) visit(c);
  };
  sm.tp_repr = (o) => newStr(`<staticmethod(${A.reprString((o as StaticMethodObject).callable ?? None)})>`);
  defineGetSets(sm, {
    __func__: { get: (o) => newref((o as StaticMethodObject).callable ?? None) },
    __wrapped__: { get: (o) => newref((o as StaticMethodObject).callable ?? None) },
    // sm_get___isabstractmethod__: _PyObject_IsAbstract of the wrapped callable
    __isabstractmethod__: { get: (o) => newref(isAbstractObject((o as StaticMethodObject).callable) ? True : False) },
  });
  const cm = T.classmethod;
  cm.tp_new = (type) => {
    const o = new ClassMethodObject(null);
    (o as PyObject).ob_type = type;
    if (type.tp_flags & TPFLAGS.HEAPTYPE) incref(type);
    allocObject(o, T.classmethod.tp_basicsize);
    RT.gc.track(o);
    return o;
  };
  cm.tp_init = (self, args, start, nargs) => {
    if (nargs !== 1) raise(E.TypeError, `classmethod expected 1 argument, got ${nargs}`);
    const c = self as ClassMethodObject;
    xdecref(c.callable);
    c.callable = newref(args[start]);
  };
  cm.tp_descr_get = (descr, obj, type) => {
    const c = (descr as ClassMethodObject).callable!;
    const cls = type ?? obj!.ob_type;
    if (c.ob_type.tp_descr_get !== null && RT.profile.version !== '3.13') return c.ob_type.tp_descr_get(c, cls, cls.ob_type);
    return newMethod(c, cls);
  };
  cm.tp_dealloc = (o) => {
    RT.gc.untrack(o);
    xdecref((o as ClassMethodObject).callable);
    xdecref(o.dict);
    freeObject(o, T.classmethod.tp_basicsize);
  };
  cm.tp_traverse = (o, visit) => {
    const c = (o as ClassMethodObject).callable;
    if (c) visit(c);
  };
  cm.tp_repr = (o) => newStr(`<classmethod(${A.reprString((o as ClassMethodObject).callable ?? None)})>`);
  defineGetSets(cm, {
    __func__: { get: (o) => newref((o as ClassMethodObject).callable ?? None) },
    __wrapped__: { get: (o) => newref((o as ClassMethodObject).callable ?? None) },
    // cm_get___isabstractmethod__: _PyObject_IsAbstract of the wrapped callable
    __isabstractmethod__: { get: (o) => newref(isAbstractObject((o as ClassMethodObject).callable) ? True : False) },
  });
  RT_EXT.newStaticMethod = (f: PyObject) => {
    const o = sm.tp_new!(T.staticmethod, [], 0, 0, null) as StaticMethodObject;
    o.callable = newref(f);
    return o;
  };
  RT_EXT.newClassMethod = (f: PyObject) => {
    const o = cm.tp_new!(T.classmethod, [], 0, 0, null) as ClassMethodObject;
    o.callable = newref(f);
    return o;
  };
  // ---------------------------------------------------------------- property
  const pt = T.property;
  pt.tp_new = (type) => {
    const p = new PropertyObject(type);
    if (type !== T.property) incref(type);
    allocObject(p, type.tp_basicsize);
    RT.gc.track(p);
    return p;
  };
  pt.tp_init = (self, args, start, nargs, kwnames) => {
    const p = self as PropertyObject;
    const names = ['fget', 'fset', 'fdel', 'doc'];
    const vals: (PyObject | null)[] = [null, null, null, null];
    for (let i = 0; i < nargs; i++) vals[i] = args[start + i];
    const kw = kwnames === null ? [] : (kwnames as TupleObject).items;
    for (let k = 0; k < kw.length; k++) vals[names.indexOf((kw[k] as StrObject).value)] = args[start + nargs + k];
    const set = (i: number) => (vals[i] === null || vals[i] === None ? null : newref(vals[i]!));
    p.fget = set(0);
    p.fset = set(1);
    p.fdel = set(2);
    p.doc = set(3);
    if (p.doc === null && p.fget !== null) {
      const d = A.lookupAttr(p.fget, ID('__doc__'));
      if (d !== null && d !== None) p.doc = d;
      else xdecref(d);
    }
  };
  pt.tp_descr_get = (descr, obj) => {
    const p = descr as PropertyObject;
    if (obj === null) return newref(descr);
    if (p.fget === null) {
      const n = p.name instanceof StrObject ? ` '${p.name.value}'` : '';
      raise(E.AttributeError, `property${n} of '${obj.ob_type.tp_name}' object has no getter`);
    }
    return A.call(p.fget, [obj], 0, 1, null);
  };
  pt.tp_descr_set = (descr, obj, value) => {
    const p = descr as PropertyObject;
    const f = value === null ? p.fdel : p.fset;
    if (f === null) {
      const n = p.name instanceof StrObject ? ` '${p.name.value}'` : '';
      raise(
        E.AttributeError,
        value === null
          ? `property${n} of '${obj.ob_type.tp_name}' object has no deleter`
          : `property${n} of '${obj.ob_type.tp_name}' object has no setter`,
      );
    }
    const r = value === null ? A.call(f, [obj], 0, 1, null) : A.call(f, [obj, value], 0, 2, null);
    decref(r);
  };
  pt.tp_dealloc = (o) => {
    const p = o as PropertyObject;
    RT.gc.untrack(p);
    xdecref(p.fget);
    xdecref(p.fset);
    xdecref(p.fdel);
    xdecref(p.doc);
    xdecref(p.name);
    xdecref(p.dict);
    freeObject(p, p.ob_type.tp_basicsize);
    // the heap type of a subclass instance is released by subtype_dealloc (typeobject.ts), not here
  };
  pt.tp_traverse = (o, visit) => {
    const p = o as PropertyObject;
    for (const x of [p.fget, p.fset, p.fdel, p.doc]) if (x) visit(x);
  };
  const copyProp = (p: PropertyObject, which: number, f: PyObject): PyObject => {
    const q = pt.tp_new!(p.ob_type, [], 0, 0, null) as PropertyObject;
    const pick = (i: number, cur: PyObject | null) => (i === which ? (f === None ? null : newref(f)) : cur === null ? null : newref(cur));
    q.fget = pick(0, p.fget);
    q.fset = pick(1, p.fset);
    q.fdel = pick(2, p.fdel);
    q.doc = p.doc === null ? null : newref(p.doc);
    q.name = p.name === null ? null : newref(p.name);
    return q;
  };
  RT_EXT.propertyCopy = copyProp;
  defineMethods(pt, {
    getter: (self, a, s) => copyProp(self as PropertyObject, 0, a[s]),
    setter: (self, a, s) => copyProp(self as PropertyObject, 1, a[s]),
    deleter: (self, a, s) => copyProp(self as PropertyObject, 2, a[s]),
    __set_name__: (self, a, s) => {
      const p = self as PropertyObject;
      const old = p.name;
      p.name = newref(a[s + 1]);
      xdecref(old);
      return newref(None);
    },
  });
  defineGetSets(pt, {
    fget: { get: (o) => newref((o as PropertyObject).fget ?? None) },
    fset: { get: (o) => newref((o as PropertyObject).fset ?? None) },
    fdel: { get: (o) => newref((o as PropertyObject).fdel ?? None) },
    __doc__: { get: (o) => newref((o as PropertyObject).doc ?? None) },
    __isabstractmethod__: {
      get: (o) => {
        const p = o as PropertyObject;
        for (const f of [p.fget, p.fset, p.fdel]) {
          if (f === null) continue;
          const v = A.lookupAttr(f, ID('__isabstractmethod__'));
          if (v !== null) {
            const t = A.isTrue(v);
            decref(v);
            if (t) return newref(True);
          }
        }
        return newref(False);
      },
    },
  });
  // ---------------------------------------------------------------- cell, code
  const ct = T.cell;
  ct.tp_dealloc = cellDealloc;
  ct.tp_traverse = (o, visit) => {
    const r = (o as CellObject).ref;
    if (r !== null) visit(r);
  };
  ct.tp_clear = (o) => {
    const c = o as CellObject;
    const r = c.ref;
    c.ref = null;
    xdecref(r);
  };
  ct.tp_repr = (o) => {
    const c = o as CellObject;
    if (c.ref === null) return newStr(`<cell at 0x${c.addr.toString(16)}: empty>`);
    return newStr(`<cell at 0x${c.addr.toString(16)}: ${c.ref.ob_type.tp_name} object at 0x${c.ref.addr.toString(16)}>`);
  };
  defineGetSets(ct, {
    cell_contents: {
      get: (o) => {
        const r = (o as CellObject).ref;
        if (r === null) raise(E.ValueError, 'Cell is empty');
        return newref(r);
      },
      set: (o, v) => {
        const c = o as CellObject;
        const old = c.ref;
        c.ref = v === null ? null : newref(v);
        xdecref(old);
      },
    },
  });
  const code = T.code;
  code.tp_dealloc = (o) => RT.ext.codeDealloc(o);
  code.tp_repr = (o) => {
    const c = o as CodeObject;
    return newStr(
      `<code object ${(c.nameObj as StrObject).value} at 0x${c.addr.toString(16)}, file "${(c.filenameObj as StrObject).value}", line ${c.spec.co_firstlineno}>`,
    );
  };
  slotHooks.callMethod = callMethod;
  slotHooks.callMethodIfExists = callMethodIfExists;
  slotHooks.callWithKw = (f, args, start, nargs, kwnames) => A.call(f, args, start, nargs, kwnames);
  slotHooks.isTrue = A.isTrue;
  slotHooks.indexValue = A.indexValue;
  RT_EXT.newFunction = newFunction;
  RT_EXT.callBoundDescr = callBoundDescr;
  RT_EXT.callMethod = callMethod;
  RT_EXT.callMethodIfExists = callMethodIfExists;
  RT_EXT.callWithSelf = callWithSelf;
  RT_EXT.functionStr = funcDescr;
});

/**
 * The exact tuple CALL_FUNCTION_EX is calling with (PyObject_Call(func, callargs, kwargs)): a callee without
 * vectorcall gets it as its tp_call argument tuple, the very object (`Exception(*t).args is t`), instead of a
 * tuple _PyObject_MakeTpCall packs. The vectorcall arguments it stands for are `items[0 .. length)`.
 */
let exCallTuple: TupleObject | null = null;
/** The vectorcall arguments exCallTuple stands for: its items, or them followed by the keyword values. */
let exCallArgs: PyObject[] | null = null;
/** CALL_FUNCTION_EX's keyword dict, which a callee without vectorcall gets as its tp_call dict. */
let exCallKw: DictObject | null = null;

/**
 * The argument tuple a tp_call callee receives for the vectorcall arguments `args[start .. start+nargs)`:
 * CALL_FUNCTION_EX's own tuple when these are its items, else null (the caller packs a new one). Borrowed.
 */
export function exCallArgsTuple(args: PyObject[], start: number, nargs: number): TupleObject | null {
  const t = exCallTuple;
  return t !== null && exCallArgs === args && start === 0 && nargs === t.items.length ? t : null;
}

/** With exCallArgsTuple's tuple, CALL_FUNCTION_EX's keyword dict (null: none). Borrowed. */
export function exCallKwDict(args: PyObject[], start: number, nargs: number): DictObject | null {
  return exCallArgsTuple(args, start, nargs) !== null ? exCallKw : null;
}

/** Run `call` with (tuple, args, kw) as the CALL_FUNCTION_EX call in progress (exCallArgsTuple). */
function withExCall(t: TupleObject, args: PyObject[], kw: DictObject | null, call: () => PyObject): PyObject {
  const outerTuple = exCallTuple;
  const outerArgs = exCallArgs;
  const outerKw = exCallKw;
  exCallTuple = t;
  exCallArgs = args;
  exCallKw = kw;
  try {
    return call();
  } finally {
    exCallTuple = outerTuple;
    exCallArgs = outerArgs;
    exCallKw = outerKw;
  }
}

/** CALL_FUNCTION_EX's `*args` as an exact tuple (check_args_iterable, PySequence_Tuple). New reference. */
export function callArgsTuple(func: PyObject, args: PyObject): TupleObject {
  if (args.ob_type === T.tuple) return newref(args as TupleObject);
  if (args.ob_type.tp_iter === null && !RT.hasGetItem(args.ob_type)) {
    raise(E.TypeError, `${funcDescr(func)} argument after * must be an iterable, not ${args.ob_type.tp_name}`);
  }
  let items: PyObject[];
  if (args.ob_type === T.list) {
    items = (args as ListObject).items.slice();
    for (const x of items) incref(x);
  } else items = A.toArray(args);
  return newTuple(items);
}

/**
 * Whether PyObject_Call calls `func` through its tp_call, with the argument tuple and kwargs dict (no
 * vectorcall): a class whose metatype's call is type_call, unless it is a static type with a vectorcall; an
 * object whose type is a class (its __call__, or a metaclass's); a METH_VARARGS builtin; a slot wrapper or method-wrapper; a functools.partial whose vectorcall a call with
 * stored keywords cleared (vm/modules/functools.ts).
 */
function tpCallOnly(func: PyObject): boolean {
  const ft = func.ob_type;
  if (ft.tp_call === T.type.tp_call && isType(func)) return (func.tp_flags & TPFLAGS.HEAPTYPE) !== 0 || !hasTypeVectorcall(func);
  // an instance of a class, or a class whose metaclass defines __call__: slot_tp_call, no vectorcall
  if ((ft.tp_flags & TPFLAGS.HEAPTYPE) !== 0) return true;
  if (ft === T.builtin_function_or_method) return builtinIsVarargs(func as BuiltinFunctionObject);
  if (ft === T.wrapper_descriptor || ft === T.method_wrapper) return true;
  return (func as { vectorcall?: boolean }).vectorcall === false;
}

/**
 * CALL_FUNCTION_EX: func(*args, **kwargs). Arguments that are not an exact tuple become one first
 * (PySequence_Tuple: a list's items are copied by PyList_AsTuple, anything else is iterated), and that
 * tuple is what the call receives.
 */
export function callEx(func: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const t = callArgsTuple(func, args);
  try {
    const items = t.items;
    if (kwargs === null || (kwargs instanceof DictObject && kwargs.table.used === 0)) {
      return withExCall(t, items, null, () => A.call(func, items, 0, items.length, null));
    }
    if (!(kwargs instanceof DictObject)) {
      const d = newDict();
      try {
        RT.ext.dictUpdate(d, kwargs, true, func);
      } catch (e) {
        decref(d);
        throw e;
      }
      try {
        return callWithKwDict(func, t, d);
      } finally {
        decref(d);
      }
    }
    return callWithKwDict(func, t, kwargs);
  } finally {
    decref(t);
  }
}

/**
 * 3.12+ CALL_FUNCTION_EX calling a Python function (an exact function, as CPython checks): the call is
 * inlined (_PyEvalFramePushAndInit_Ex). The frame takes new references to the tuple's items, or to the
 * arguments and keyword values of _PyStack_UnpackDict's stack when the dict is not empty (the stack and the
 * kwnames tuple are freed once the frame is made), then the tuple and the dict are released: before the
 * function's body runs, not after it returns. Steals `args` and `kwargs`; borrows func.
 */
export function callExInline(func: FunctionObject, args: PyObject, kwargs: DictObject | null): PyObject {
  let t: TupleObject;
  try {
    t = callArgsTuple(func, args);
  } catch (e) {
    if (kwargs !== null) decref(kwargs);
    throw e;
  } finally {
    // Py_SETREF(callargs, PySequence_Tuple(callargs))
    decref(args);
  }
  const items = t.items;
  const nargs = items.length;
  let frame: Frame;
  try {
    RT.checkRecursion();
    if (kwargs === null || kwargs.table.used === 0) {
      for (let i = 0; i < nargs; i++) incref(items[i]);
      // the frame takes over the caller's reference to func with the arguments (steal), so give it one
      incref(func);
      try {
        frame = makeFrameForCall(func, items, 0, nargs, null, true);
      } catch (e) {
        decref(func);
        throw e;
      }
    } else {
      const stackBytes = 8 * (1 + nargs + kwargs.table.used);
      const stack = RT.heap.malloc(stackBytes);
      const keys: PyObject[] = [];
      const stackArgs = items.slice();
      dictForEach(kwargs, (k, v) => {
        keys.push(k);
        stackArgs.push(v);
      });
      for (const k of keys) incref(k);
      const kwnames = newTuple(keys);
      try {
        if (!keys.every((k) => k instanceof StrObject)) raise(E.TypeError, 'keywords must be strings');
        for (const v of stackArgs) incref(v);
        incref(func);
        try {
          frame = makeFrameForCall(func, stackArgs, 0, nargs, kwnames, true);
        } catch (e) {
          decref(func);
          throw e;
        }
      } finally {
        // _PyStack_UnpackDict_FreeNoDecRef: the frame owns the references now
        RT.heap.free(stack, stackBytes);
        decref(kwnames);
      }
    }
  } finally {
    decref(t);
    if (kwargs !== null) decref(kwargs);
  }
  return runCalledFrame(frame);
}

/**
 * CALL_ALLOC_AND_ENTER_INIT (3.13; objects/typeobject.ts enterInitFor): the instance (_PyType_NewManagedObject),
 * then the caller's reference to the class released, and the frame of __init__ made from self and the
 * arguments moved off the caller's stack (`args`: the eval loop's [NULL, class, args...], whose slots are
 * emptied), run under a shim frame that holds self and checks that __init__ returned None
 * (EXIT_INIT_CHECK). New reference.
 */
function allocAndEnterInit(type: PyType, init: FunctionObject, args: (PyObject | null)[], start: number, nargs: number): PyObject {
  RT.checkRecursion();
  const self = allocInstance(type);
  args[start - 1] = null;
  decref(type);
  const frameArgs: PyObject[] = new Array(nargs + 1);
  frameArgs[0] = self;
  for (let i = 0; i < nargs; i++) {
    frameArgs[i + 1] = args[start + i]!;
    args[start + i] = null;
  }
  // the shim's reference to self, and the init frame's to the function
  incref(self);
  incref(init);
  let r: PyObject;
  try {
    r = runCalledFrame(makeFrameForCall(init, frameArgs, 0, nargs + 1, null, true));
  } catch (e) {
    decref(self);
    throw e;
  }
  if (r !== None) {
    const n = r.ob_type.tp_name;
    decref(r);
    decref(self);
    raise(E.TypeError, `__init__() should return None, not '${n}'`);
  }
  decref(r);
  return self;
}

/** _PyObject_FunctionStr: `module.qualname()` (no module for builtins), else str(func). */
export function funcDescr(func: PyObject): string {
  const qualname = A.lookupAttr(func, ID('__qualname__'));
  if (qualname === null) return A.strString(func);
  try {
    const module = A.lookupAttr(func, ID('__module__'));
    if (module !== null) {
      try {
        if (module !== None && !(module instanceof StrObject && module.value === 'builtins')) {
          return `${A.strString(module)}.${A.strString(qualname)}()`;
        }
      } finally {
        decref(module);
      }
    }
    return `${A.strString(qualname)}()`;
  } finally {
    decref(qualname);
  }
}

/**
 * PyObject_Call with a non-empty kwargs dict. A vectorcall callee (a Python function, a bound method)
 * gets _PyVectorcall_Call's _PyStack_UnpackDict: a PyMem_Malloc'd array of 1 + nargs + nkwargs slots,
 * then the kwnames tuple, both alive for the whole call, the array holding new references to the arguments
 * and the keyword values (_PyStack_UnpackDict_Free releases those, then frees the array, then the tuple).
 * A callee without vectorcall (tpCallOnly) gets `t` and `kw` themselves (withExCall): its keyword names are
 * then no Python object, only the form heapscope's vectorcall-style slots take (an immortal tuple that is
 * never allocated).
 */
function callWithKwDict(func: PyObject, t: TupleObject, kw: DictObject): PyObject {
  const items = t.items;
  const ft = func.ob_type;
  const vectorcall = ft === T.function || (ft === T.method && (func as MethodObject).func.ob_type === T.function);
  const direct = !vectorcall && tpCallOnly(func);
  const stackBytes = 8 * (1 + items.length + kw.table.used);
  const stack = vectorcall ? RT.heap.malloc(stackBytes) : 0;
  let kwnames: TupleObject | null = null;
  try {
    const keys: PyObject[] = [];
    const vals: PyObject[] = [];
    dictForEach(kw, (k, v) => {
      if (!(k instanceof StrObject)) raise(E.TypeError, `keywords must be strings`);
      keys.push(k);
      vals.push(v);
    });
    const stackArgs = items.concat(vals);
    if (direct) {
      const names = new TupleObject(keys);
      names.ob_refcnt = IMMORTAL_REFCNT_STORED;
      return withExCall(t, stackArgs, kw, () => A.call(func, stackArgs, 0, items.length, names));
    }
    for (const k of keys) incref(k);
    kwnames = newTuple(keys);
    if (!vectorcall) return A.call(func, stackArgs, 0, items.length, kwnames);
    // the unpacked stack holds its own references to the arguments and the keyword values for the call
    for (const v of stackArgs) incref(v);
    try {
      return A.call(func, stackArgs, 0, items.length, kwnames);
    } finally {
      for (const v of stackArgs) decref(v);
    }
  } finally {
    if (vectorcall) RT.heap.free(stack, stackBytes);
    if (kwnames !== null) decref(kwnames);
  }
}

RT_EXT.callEx = callEx;
RT_EXT.callExInline = callExInline;
RT_EXT.callArgsTuple = callArgsTuple;
RT_EXT.allocAndEnterInit = allocAndEnterInit;
RT_EXT.exCallArgsTuple = exCallArgsTuple;
RT_EXT.exCallKwDict = exCallKwDict;

export { allocInstance, typeModuleName, TPFLAGS, PyErr, excMatches, ListObject, EMPTY_TUPLE, True, False, dictSetStr, probe };
export type { MethFn };
