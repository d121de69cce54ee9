/**
 * PEP 695 runtime objects (CPython 3.12+'s Objects/typevarobject.c): typing.TypeVar, typing.ParamSpec,
 * typing.TypeVarTuple, typing.ParamSpecArgs / ParamSpecKwargs and typing.TypeAliasType, exported by the
 * native `_typing` module (typing.py re-exports them on 3.12+), plus the CALL_INTRINSIC_1 / _2 functions the
 * compiler emits for `def f[T]`, `class C[T]` and `type X = ...`:
 *   TYPEVAR / PARAMSPEC / TYPEVARTUPLE (name)            -> a new type parameter (infer_variance=True)
 *   TYPEVAR_WITH_BOUND / _WITH_CONSTRAINTS (name, fn)    -> a TypeVar whose bound / constraints `fn()` computes
 *                                                           on first access (then cached)
 *   SUBSCRIPT_GENERIC (params)                           -> typing._GenericAlias(Generic, params), the implicit base
 *   SET_FUNCTION_TYPE_PARAMS (func, params)              -> func.__type_params__ = params; func
 *   TYPEALIAS ((name, params | None, compute_value))     -> TypeAliasType whose __value__ is compute_value()
 * The objects are GC objects with CPython's basic sizes (TypeVar/ParamSpec/TypeVarTuple have a managed dict,
 * where the constructors store __module__); operations that CPython delegates to typing.py (Union for `T | x`,
 * Unpack[Ts], _type_check) call the typing module.
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, xdecref, newref } from '../../objects/object';
import { None, NotImplemented } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { newBool } from '../../objects/numbers';
import { TupleObject, newTuple } from '../../objects/sequences';
import { DictObject, dictGetStr, dictSetStr } from '../../objects/dict';
import type { FunctionObject } from '../../objects/funcobject';
import { newModule } from '../../objects/core_misc';
import { defineGetSets, defineMethods, typeDict, onBootstrap, makeStatic } from '../../objects/typeobject';
import { NATIVE_MODULES, importModuleByName } from '../importer';
import { RT_EXT } from '../rtext';
import { INTRINSIC, INTRINSIC2, CMP } from '../../compiler/opcodes';
import { parseArgs, noArgs, oneArg, raiseUnexpectedKeyword } from '../args';
import * as A from '../abstract';
import { nativeType, allocNative, freeNative, kwNames, moduleFn } from './nativetype';

const GC_DICT = TPFLAGS.HAVE_GC | TPFLAGS.MANAGED_DICT;

export const TypeVarType = nativeType('typing.TypeVar', 64, GC_DICT);
export const ParamSpecType = nativeType('typing.ParamSpec', 40, GC_DICT);
export const TypeVarTupleType = nativeType('typing.TypeVarTuple', 24, GC_DICT);
export const ParamSpecArgsType = nativeType('typing.ParamSpecArgs', 24, TPFLAGS.HAVE_GC | TPFLAGS.MANAGED_WEAKREF);
export const ParamSpecKwargsType = nativeType('typing.ParamSpecKwargs', 24, TPFLAGS.HAVE_GC | TPFLAGS.MANAGED_WEAKREF);
export const TypeAliasTypeType = nativeType('typing.TypeAliasType', 56, TPFLAGS.HAVE_GC);
for (const tp of [TypeVarType, ParamSpecType, TypeVarTupleType]) tp.hasDict = true;
/** typing.NoDefault (3.13): the sentinel `__default__` of a type parameter without a default. */
export const NoDefaultType = nativeType('NoDefaultType', 16, 0);
let noDefault: PyObject;

/** 3.13 added default_value / evaluate_default (PEP 696) to the three type-parameter structs. */
function syncSizes(): void {
  const extra = RT.profile.version === '3.13' ? 16 : 0;
  TypeVarType.tp_basicsize = 64 + extra;
  ParamSpecType.tp_basicsize = 40 + extra;
  TypeVarTupleType.tp_basicsize = 24 + extra;
}

/** PEP 696 (3.13): a type parameter's default, given (default_value) or computed lazily (evaluate_default). */
interface HasDefault {
  defaultValue: PyObject | null;
  evaluateDefault: PyObject | null;
}

export class TypeVarObject extends PyObject implements HasDefault {
  bound: PyObject | null = null;
  evaluateBound: PyObject | null = null;
  constraints: PyObject | null = null;
  evaluateConstraints: PyObject | null = null;
  defaultValue: PyObject | null = null;
  evaluateDefault: PyObject | null = null;
  constructor(
    public name: PyObject,
    public covariant: boolean,
    public contravariant: boolean,
    public inferVariance: boolean,
  ) {
    super(TypeVarType);
  }
}

export class ParamSpecObject extends PyObject implements HasDefault {
  defaultValue: PyObject | null = null;
  evaluateDefault: PyObject | null = null;
  constructor(
    public name: PyObject,
    public bound: PyObject | null,
    public covariant: boolean,
    public contravariant: boolean,
    public inferVariance: boolean,
  ) {
    super(ParamSpecType);
  }
}

export class TypeVarTupleObject extends PyObject implements HasDefault {
  defaultValue: PyObject | null = null;
  evaluateDefault: PyObject | null = null;
  constructor(public name: PyObject) {
    super(TypeVarTupleType);
  }
}

class ParamSpecAttrObject extends PyObject {
  constructor(
    tp: PyType,
    public origin: PyObject,
  ) {
    super(tp);
  }
}

export class TypeAliasObject extends PyObject {
  constructor(
    public name: PyObject,
    public typeParams: PyObject | null,
    public computeValue: PyObject | null,
    public value: PyObject | null,
    public module: PyObject | null,
  ) {
    super(TypeAliasTypeType);
  }
}

// ------------------------------------------------------------------ helpers

/** A function of typing.py (the module is imported on first use, as CPython's call_typing_func_object). */
function typingAttr(name: string): PyObject {
  const nameStr = newStr('typing');
  let mod: PyObject;
  try {
    mod = importModuleByName(nameStr, None, None);
  } finally {
    decref(nameStr);
  }
  try {
    return A.getAttrStr(mod, name);
  } finally {
    decref(mod);
  }
}

/** typing.<name>[arg] */
function typingSubscript(name: string, arg: PyObject): PyObject {
  const form = typingAttr(name);
  try {
    return A.getItem(form, arg);
  } finally {
    decref(form);
  }
}

/** typing._type_check(arg, msg) */
function typeCheck(arg: PyObject, msg: string): PyObject {
  const f = typingAttr('_type_check');
  const m = newStr(msg);
  try {
    return A.call2(f, arg, m);
  } finally {
    decref(m);
    decref(f);
  }
}

/** make_union: typing.Union[left, right] (the `|` operator of type parameters). */
function makeUnion(left: PyObject, right: PyObject): PyObject {
  const args = newTuple([newref(left), newref(right)]);
  try {
    return typingSubscript('Union', args);
  } finally {
    decref(args);
  }
}

/** caller(): the module of the calling Python function (a constructor stores it as __module__). */
function callerModule(): PyObject {
  const f = RT.frame;
  if (f === null) return newref(None);
  const fn = f.func;
  if (fn !== null) return newref(fn.module);
  return newref(dictGetStr(f.globals, '__name__') ?? None);
}

function setModule(o: PyObject, module: PyObject): void {
  if (module === None) return;
  const key = newStr('__module__');
  try {
    A.setAttr(o, key, module);
  } finally {
    decref(key);
  }
}

/** A new type parameter gets its caller's module as __module__ (typevar.c caller()); on failure it is released. */
function withCallerModule<O extends PyObject>(o: O): O {
  const module = callerModule();
  try {
    setModule(o, module);
  } catch (e) {
    decref(o);
    throw e;
  } finally {
    decref(module);
  }
  return o;
}

function varianceRepr(name: PyObject, inferVariance: boolean, covariant: boolean, contravariant: boolean): PyObject {
  const n = (name as StrObject).value;
  if (inferVariance) return newStr(n);
  return newStr((covariant ? '+' : contravariant ? '-' : '~') + n);
}

/** unpack_typevartuples: each TypeVarTuple in `params` becomes typing.Unpack[Ts]. Returns a new reference. */
function unpackTypevartuples(params: PyObject): PyObject {
  const items = (params as TupleObject).items;
  if (!items.some((x) => x instanceof TypeVarTupleObject)) return newref(params);
  const out: PyObject[] = [];
  try {
    for (const x of items) out.push(x instanceof TypeVarTupleObject ? typingSubscript('Unpack', x) : newref(x));
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  }
  return newTuple(out);
}

function boolArg(v: PyObject | null): boolean {
  return v !== null && A.isTrue(v);
}

// ------------------------------------------------------------------ allocation

function newTypeVar(name: PyObject, covariant: boolean, contravariant: boolean, inferVariance: boolean): TypeVarObject {
  syncSizes();
  const tv = new TypeVarObject(newref(name), covariant, contravariant, inferVariance);
  return allocHeapTyped(tv);
}

function newParamSpec(name: PyObject, bound: PyObject | null, covariant: boolean, contravariant: boolean, inferVariance: boolean): ParamSpecObject {
  syncSizes();
  return allocHeapTyped(new ParamSpecObject(newref(name), bound === null ? null : newref(bound), covariant, contravariant, inferVariance));
}

function newTypeVarTuple(name: PyObject): TypeVarTupleObject {
  syncSizes();
  return allocHeapTyped(new TypeVarTupleObject(newref(name)));
}

function newTypeAlias(name: PyObject, typeParams: PyObject | null, computeValue: PyObject | null, value: PyObject | null, module: PyObject | null): TypeAliasObject {
  const ta = new TypeAliasObject(newref(name), typeParams === null ? null : newref(typeParams), computeValue === null ? null : newref(computeValue), value === null ? null : newref(value), module === null ? null : newref(module));
  return allocNative(ta);
}

/**
 * TypeVar, ParamSpec, TypeVarTuple and ParamSpecArgs/Kwargs are heap types in CPython (PyType_FromSpec):
 * each instance owns a reference to its type (released after tp_free) and tp_traverse visits it.
 */
function allocHeapTyped<O extends PyObject>(o: O): O {
  incref(o.ob_type);
  return allocNative(o);
}
function freeHeapTyped(o: PyObject): void {
  const tp = o.ob_type;
  freeNative(o);
  decref(tp);
}

/** _PyObject_ClearManagedDict */
function clearDict(o: PyObject): void {
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    decref(d);
  }
}

// ------------------------------------------------------------------ intrinsics

function intrinsic1(oparg: number, v: PyObject): PyObject {
  switch (oparg) {
    case INTRINSIC.TYPEVAR:
      return newTypeVar(v, false, false, true);
    case INTRINSIC.PARAMSPEC:
      return newParamSpec(v, null, false, false, true);
    case INTRINSIC.TYPEVARTUPLE:
      return newTypeVarTuple(v);
    case INTRINSIC.SUBSCRIPT_GENERIC: {
      const params = unpackTypevartuples(v);
      try {
        const ga = typingAttr('_GenericAlias');
        const generic = typingAttr('Generic');
        try {
          return A.call2(ga, generic, params);
        } finally {
          decref(generic);
          decref(ga);
        }
      } finally {
        decref(params);
      }
    }
    case INTRINSIC.TYPEALIAS: {
      const [name, params, compute] = (v as TupleObject).items;
      return newTypeAlias(name, params === None ? null : params, compute, null, null);
    }
  }
  raise(E.SystemError, `unknown intrinsic ${oparg}`);
}

/** CALL_INTRINSIC_2 (value2 = the deeper stack item, value1 = TOS). */
function intrinsic2(oparg: number, value2: PyObject, value1: PyObject): PyObject {
  switch (oparg) {
    case INTRINSIC2.TYPEVAR_WITH_BOUND: {
      const tv = newTypeVar(value2, false, false, true);
      tv.evaluateBound = newref(value1);
      return tv;
    }
    case INTRINSIC2.TYPEVAR_WITH_CONSTRAINTS: {
      const tv = newTypeVar(value2, false, false, true);
      tv.evaluateConstraints = newref(value1);
      return tv;
    }
    case INTRINSIC2.SET_TYPEPARAM_DEFAULT: {
      const tp = value2 as PyObject & HasDefault;
      const old = tp.evaluateDefault;
      tp.evaluateDefault = newref(value1);
      xdecref(old);
      return newref(tp);
    }
    case INTRINSIC2.SET_FUNCTION_TYPE_PARAMS: {
      const f = value2 as FunctionObject;
      const old = f.typeParams;
      f.typeParams = newref(value1);
      xdecref(old);
      return newref(f);
    }
  }
  raise(E.SystemError, `unknown intrinsic ${oparg}`);
}

// ------------------------------------------------------------------ slots and methods

function typeVarBound(tv: TypeVarObject): PyObject {
  if (tv.bound !== null) return newref(tv.bound);
  if (tv.evaluateBound === null) return newref(None);
  const b = A.call(tv.evaluateBound, [], 0, 0, null);
  tv.bound = newref(b);
  return b;
}

function typeVarConstraints(tv: TypeVarObject): PyObject {
  if (tv.constraints !== null) return newref(tv.constraints);
  if (tv.evaluateConstraints === null) return newTuple([]);
  const c = A.call(tv.evaluateConstraints, [], 0, 0, null);
  tv.constraints = newref(c);
  return c;
}

/** __default__: the given default, else evaluate_default() (cached), else typing.NoDefault. */
function typeParamDefault(tp: HasDefault): PyObject {
  if (tp.defaultValue !== null) return newref(tp.defaultValue);
  if (tp.evaluateDefault === null) return newref(noDefault);
  const d = A.call(tp.evaluateDefault, [], 0, 0, null);
  tp.defaultValue = newref(d);
  return d;
}

function hasDefault(tp: HasDefault): boolean {
  return tp.evaluateDefault !== null || (tp.defaultValue !== null && tp.defaultValue !== noDefault);
}

/** The constructors' `default=` (3.13; an unknown keyword before): stored as given. */
function setDefaultArg(tp: HasDefault, v: PyObject | null): void {
  if (v !== null && v !== noDefault) tp.defaultValue = newref(v);
}

/** The 3.13-only attributes of the type parameters (PEP 696) do not exist on 3.12. */
const PEP696_ATTRS = new Set(['__default__', 'has_default']);

function releaseDefault(tp: HasDefault): void {
  const d = tp.defaultValue;
  const e = tp.evaluateDefault;
  tp.defaultValue = null;
  tp.evaluateDefault = null;
  xdecref(d);
  xdecref(e);
}

/**
 * Argument Clinic's _PyArg_UnpackKeywords: more arguments than parameters, before any keyword is matched
 * ("takes at most 1 keyword argument (2 given)"). `fname` is the C function's name ("typevartuple").
 */
function maxArgs(fname: string, nargs: number, kwnames: PyObject | null, max: number): void {
  const total = nargs + kwNames(kwnames).length;
  if (total > max) {
    raise(E.TypeError, `${fname}() takes at most ${max} ${nargs === 0 ? 'keyword ' : ''}argument${max === 1 ? '' : 's'} (${total} given)`);
  }
}

function checkName(fname: string, name: PyObject | null): PyObject {
  if (!(name instanceof StrObject)) {
    raise(E.TypeError, `${fname}() argument 'name' must be str, not ${name === null ? 'NULL' : name.ob_type.tp_name}`);
  }
  return name;
}

onBootstrap(() => {
  RT_EXT.typingIntrinsic1 = intrinsic1;
  RT_EXT.typingIntrinsic2 = intrinsic2;

  RT_EXT.isTypeAlias = (o: PyObject) => o instanceof TypeAliasObject;
  noDefault = new PyObject(NoDefaultType);
  makeStatic(noDefault);
  NoDefaultType.tp_repr = () => newStr('typing.NoDefault');
  NoDefaultType.tp_new = (_tp, _a, _s, n, kw) => {
    if (n > 0 || kwNames(kw).length > 0) raise(E.TypeError, 'NoDefaultType takes no arguments');
    return newref(noDefault);
  };
  for (const tp of [TypeVarType, ParamSpecType, TypeVarTupleType]) {
    tp.tp_getattro = (o, name) => {
      if (RT.profile.version !== '3.13' && PEP696_ATTRS.has((name as StrObject).value)) return null;
      return RT.genericGetAttr(o, name);
    };
    defineGetSets(tp, { __default__: { get: (o) => typeParamDefault(o as PyObject & HasDefault) } });
    defineMethods(tp, {
      has_default: (self, _a, _s, n, kw) => {
        noArgs('has_default', n, kw);
        return newBool(hasDefault(self as PyObject & HasDefault));
      },
    });
  }
  for (const tp of [TypeVarType, ParamSpecType, TypeVarTupleType, ParamSpecArgsType, ParamSpecKwargsType, TypeAliasTypeType]) {
    // heap types in CPython (PyType_FromSpec): __module__ lives in the type's dict
    dictSetStr(typeDict(tp), '__module__', newStr('typing'));
    tp.nb_or = (a, b) => makeUnion(a, b);
  }
  // TypeAliasType is a static type whose `|` makes a types.UnionType (_Py_union_type_or)
  TypeAliasTypeType.nb_or = (a, b) => RT.ext.unionOr(a, b);

  // ---------------------------------------------------------------- TypeVar
  const tvt = TypeVarType;
  tvt.tp_new = (_tp, a, s, n, kw) => {
    // TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False)
    const opts: Record<string, PyObject | null> = { name: n >= 1 ? a[s] : null, bound: null, covariant: null, contravariant: null, infer_variance: null };
    if (RT.profile.version === '3.13') opts.default = null;
    kwNames(kw).forEach((k, i) => {
      if (!(k in opts) || (k === 'name' && n >= 1)) raiseUnexpectedKeyword('typevar', k);
      opts[k] = a[s + n + i];
    });
    if (opts.name === null) raise(E.TypeError, "typevar() missing required argument 'name' (pos 1)");
    const name = checkName('typevar', opts.name);
    const [bound0, cov, contra, infer] = [opts.bound, opts.covariant, opts.contravariant, opts.infer_variance];
    const covariant = boolArg(cov);
    const contravariant = boolArg(contra);
    const inferVariance = boolArg(infer);
    if (covariant && contravariant) raise(E.ValueError, 'Bivariant types are not supported.');
    if (inferVariance && (covariant || contravariant)) raise(E.ValueError, 'Variance cannot be specified with infer_variance.');
    let bound: PyObject | null = bound0 === null || bound0 === None ? null : typeCheck(bound0, 'Bound must be a type.');
    const constraints = a.slice(s + 1, s + n);
    try {
      if (constraints.length === 1) raise(E.TypeError, 'A single constraint is not allowed');
      if (constraints.length > 1 && bound !== null) raise(E.TypeError, 'Constraints cannot be combined with bound=...');
    } catch (e) {
      xdecref(bound);
      throw e;
    }
    const tv = newTypeVar(name, covariant, contravariant, inferVariance);
    tv.bound = bound;
    bound = null;
    setDefaultArg(tv, opts.default ?? null);
    if (constraints.length > 0) tv.constraints = newTuple(constraints.map((c) => newref(c)));
    return withCallerModule(tv);
  };
  tvt.tp_repr = (o) => {
    const tv = o as TypeVarObject;
    return varianceRepr(tv.name, tv.inferVariance, tv.covariant, tv.contravariant);
  };
  tvt.tp_dealloc = (o) => {
    const tv = o as TypeVarObject;
    RT.gc.untrack(tv);
    decref(tv.name);
    xdecref(tv.bound);
    xdecref(tv.evaluateBound);
    xdecref(tv.constraints);
    xdecref(tv.evaluateConstraints);
    releaseDefault(tv);
    clearDict(tv);
    freeHeapTyped(tv);
  };
  tvt.tp_traverse = (o, visit) => {
    const tv = o as TypeVarObject;
    visit(tv.ob_type);
    if (tv.bound) visit(tv.bound);
    if (tv.evaluateBound) visit(tv.evaluateBound);
    if (tv.constraints) visit(tv.constraints);
    if (tv.evaluateConstraints) visit(tv.evaluateConstraints);
    if (tv.defaultValue) visit(tv.defaultValue);
    if (tv.evaluateDefault) visit(tv.evaluateDefault);
    if (tv.dict) visit(tv.dict);
  };
  tvt.tp_clear = (o) => {
    const tv = o as TypeVarObject;
    for (const k of ['bound', 'evaluateBound', 'constraints', 'evaluateConstraints'] as const) {
      const v = tv[k];
      tv[k] = null;
      xdecref(v);
    }
    releaseDefault(tv);
    clearDict(tv);
  };
  defineGetSets(tvt, {
    __name__: { get: (o) => newref((o as TypeVarObject).name) },
    __bound__: { get: (o) => typeVarBound(o as TypeVarObject) },
    __constraints__: { get: (o) => typeVarConstraints(o as TypeVarObject) },
    __covariant__: { get: (o) => newBool((o as TypeVarObject).covariant) },
    __contravariant__: { get: (o) => newBool((o as TypeVarObject).contravariant) },
    __infer_variance__: { get: (o) => newBool((o as TypeVarObject).inferVariance) },
  });
  defineMethods(tvt, {
    __typing_subst__: (_self, a, s, n, kw) => {
      oneArg('__typing_subst__', n, kw);
      return newref(a[s]);
    },
    __reduce__: (self, _a, _s, n, kw) => {
      noArgs('__reduce__', n, kw);
      return newref((self as TypeVarObject).name);
    },
    __mro_entries__: (_self, _a, _s, n, kw) => {
      oneArg('__mro_entries__', n, kw);
      raise(E.TypeError, 'Cannot subclass an instance of TypeVar');
    },
  });

  // ---------------------------------------------------------------- ParamSpec
  const pst = ParamSpecType;
  pst.tp_new = (_tp, a, s, n, kw) => {
    maxArgs('paramspec', n, kw, RT.profile.version === '3.13' ? 6 : 5);
    const [name, bound0, cov, contra, infer, dflt] = parseArgs('paramspec', a, s, n, kw, ['name', '$bound?', '$covariant?', '$contravariant?', '$infer_variance?', ...(RT.profile.version === '3.13' ? ['$default?'] : [])]);
    checkName('paramspec', name);
    const covariant = boolArg(cov);
    const contravariant = boolArg(contra);
    const inferVariance = boolArg(infer);
    if (covariant && contravariant) raise(E.ValueError, 'Bivariant types are not supported.');
    if (inferVariance && (covariant || contravariant)) raise(E.ValueError, 'Variance cannot be specified with infer_variance.');
    const bound = bound0 === null || bound0 === None ? null : typeCheck(bound0, 'Bound must be a type.');
    const ps = newParamSpec(name!, bound, covariant, contravariant, inferVariance);
    xdecref(bound);
    setDefaultArg(ps, dflt ?? null);
    return withCallerModule(ps);
  };
  pst.tp_repr = (o) => {
    const ps = o as ParamSpecObject;
    return varianceRepr(ps.name, ps.inferVariance, ps.covariant, ps.contravariant);
  };
  pst.tp_dealloc = (o) => {
    const ps = o as ParamSpecObject;
    RT.gc.untrack(ps);
    decref(ps.name);
    xdecref(ps.bound);
    releaseDefault(ps);
    clearDict(ps);
    freeHeapTyped(ps);
  };
  pst.tp_traverse = (o, visit) => {
    const ps = o as ParamSpecObject;
    visit(ps.ob_type);
    if (ps.bound) visit(ps.bound);
    if (ps.defaultValue) visit(ps.defaultValue);
    if (ps.evaluateDefault) visit(ps.evaluateDefault);
    if (ps.dict) visit(ps.dict);
  };
  pst.tp_clear = (o) => {
    const ps = o as ParamSpecObject;
    const b = ps.bound;
    ps.bound = null;
    xdecref(b);
    releaseDefault(ps);
    clearDict(ps);
  };
  const paramSpecAttr = (tp: PyType, origin: PyObject): PyObject => allocHeapTyped(new ParamSpecAttrObject(tp, newref(origin)));
  defineGetSets(pst, {
    __name__: { get: (o) => newref((o as ParamSpecObject).name) },
    __bound__: { get: (o) => newref((o as ParamSpecObject).bound ?? None) },
    __covariant__: { get: (o) => newBool((o as ParamSpecObject).covariant) },
    __contravariant__: { get: (o) => newBool((o as ParamSpecObject).contravariant) },
    __infer_variance__: { get: (o) => newBool((o as ParamSpecObject).inferVariance) },
    args: { get: (o) => paramSpecAttr(ParamSpecArgsType, o) },
    kwargs: { get: (o) => paramSpecAttr(ParamSpecKwargsType, o) },
  });
  defineMethods(pst, {
    __reduce__: (self, _a, _s, n, kw) => {
      noArgs('__reduce__', n, kw);
      return newref((self as ParamSpecObject).name);
    },
    __mro_entries__: (_self, _a, _s, n, kw) => {
      oneArg('__mro_entries__', n, kw);
      raise(E.TypeError, 'Cannot subclass an instance of ParamSpec');
    },
  });

  // ---------------------------------------------------------------- ParamSpecArgs / ParamSpecKwargs
  for (const [tp, suffix] of [[ParamSpecArgsType, 'args'], [ParamSpecKwargsType, 'kwargs']] as const) {
    tp.tp_new = (_tp, a, s, n, kw) => {
      const [origin] = parseArgs(tp.tp_qualname, a, s, n, kw, ['origin']);
      return paramSpecAttr(tp, origin!);
    };
    tp.tp_repr = (o) => {
      const origin = (o as ParamSpecAttrObject).origin;
      if (origin instanceof ParamSpecObject) return newStr(`${(origin.name as StrObject).value}.${suffix}`);
      return newStr(`${A.reprString(origin)}.${suffix}`);
    };
    tp.tp_richcompare = (a, b, op) => {
      if (b.ob_type !== tp || (op !== CMP.EQ && op !== CMP.NE)) return newref(NotImplemented);
      return A.richCompare((a as ParamSpecAttrObject).origin, (b as ParamSpecAttrObject).origin, op);
    };
    tp.tp_dealloc = (o) => {
      RT.gc.untrack(o);
      decref((o as ParamSpecAttrObject).origin);
      freeHeapTyped(o);
    };
    // (unlike the type parameters, paramspecattr_traverse does not visit the type)
    tp.tp_traverse = (o, visit) => visit((o as ParamSpecAttrObject).origin);
    defineGetSets(tp, { __origin__: { get: (o) => newref((o as ParamSpecAttrObject).origin) } });
  }

  // ---------------------------------------------------------------- TypeVarTuple
  const tvtt = TypeVarTupleType;
  tvtt.tp_new = (_tp, a, s, n, kw) => {
    maxArgs('typevartuple', n, kw, RT.profile.version === '3.13' ? 2 : 1);
    const [name, dflt] = parseArgs('typevartuple', a, s, n, kw, ['name', ...(RT.profile.version === '3.13' ? ['$default?'] : [])]);
    checkName('typevartuple', name);
    const t = newTypeVarTuple(name!);
    setDefaultArg(t, dflt ?? null);
    return withCallerModule(t);
  };
  tvtt.tp_repr = (o) => newref((o as TypeVarTupleObject).name);
  tvtt.tp_iter = (o) => {
    // iter((Unpack[Ts],)): `*Ts` in a subscript
    const u = typingSubscript('Unpack', o);
    const t = newTuple([u]);
    try {
      return A.getIter(t);
    } finally {
      decref(t);
    }
  };
  tvtt.tp_dealloc = (o) => {
    RT.gc.untrack(o);
    decref((o as TypeVarTupleObject).name);
    releaseDefault(o as TypeVarTupleObject);
    clearDict(o);
    freeHeapTyped(o);
  };
  tvtt.tp_traverse = (o, visit) => {
    visit(o.ob_type);
    const t = o as TypeVarTupleObject;
    if (t.defaultValue) visit(t.defaultValue);
    if (t.evaluateDefault) visit(t.evaluateDefault);
    if (o.dict) visit(o.dict);
  };
  tvtt.tp_clear = (o) => {
    releaseDefault(o as TypeVarTupleObject);
    clearDict(o);
  };
  defineGetSets(tvtt, { __name__: { get: (o) => newref((o as TypeVarTupleObject).name) } });
  defineMethods(tvtt, {
    __reduce__: (self, _a, _s, n, kw) => {
      noArgs('__reduce__', n, kw);
      return newref((self as TypeVarTupleObject).name);
    },
    __mro_entries__: (_self, _a, _s, n, kw) => {
      oneArg('__mro_entries__', n, kw);
      raise(E.TypeError, 'Cannot subclass an instance of TypeVarTuple');
    },
  });

  // ---------------------------------------------------------------- TypeAliasType
  const tat = TypeAliasTypeType;
  tat.tp_new = (_tp, a, s, n, kw) => {
    maxArgs('typealias', n, kw, 3);
    const [name, value, typeParams] = parseArgs('typealias', a, s, n, kw, ['name', 'value', '$type_params?']);
    checkName('typealias', name);
    if (typeParams !== null && !(typeParams instanceof TupleObject)) raise(E.TypeError, 'type_params must be a tuple');
    const params = typeParams === null || (typeParams as TupleObject).items.length === 0 ? null : typeParams;
    const module = callerModule();
    try {
      return newTypeAlias(name!, params, null, value, module);
    } finally {
      decref(module);
    }
  };
  tat.tp_repr = (o) => newref((o as TypeAliasObject).name);
  tat.mp_subscript = (o, key) => {
    const ta = o as TypeAliasObject;
    if (ta.typeParams === null) raise(E.TypeError, 'Only generic type aliases are subscriptable');
    return RT.ext.genericAlias(o, key);
  };
  tat.tp_dealloc = (o) => {
    const ta = o as TypeAliasObject;
    RT.gc.untrack(ta);
    decref(ta.name);
    xdecref(ta.typeParams);
    xdecref(ta.computeValue);
    xdecref(ta.value);
    xdecref(ta.module);
    freeNative(ta);
  };
  tat.tp_traverse = (o, visit) => {
    const ta = o as TypeAliasObject;
    if (ta.typeParams) visit(ta.typeParams);
    if (ta.computeValue) visit(ta.computeValue);
    if (ta.value) visit(ta.value);
    if (ta.module) visit(ta.module);
  };
  tat.tp_clear = (o) => {
    const ta = o as TypeAliasObject;
    for (const k of ['typeParams', 'computeValue', 'value', 'module'] as const) {
      const v = ta[k];
      ta[k] = null;
      xdecref(v);
    }
  };
  defineGetSets(tat, {
    __name__: { get: (o) => newref((o as TypeAliasObject).name) },
    __value__: {
      get: (o) => {
        const ta = o as TypeAliasObject;
        if (ta.value !== null) return newref(ta.value);
        const v = A.call(ta.computeValue!, [], 0, 0, null);
        ta.value = newref(v);
        return v;
      },
    },
    __type_params__: {
      get: (o) => {
        const ta = o as TypeAliasObject;
        return ta.typeParams === null ? newTuple([]) : newref(ta.typeParams);
      },
    },
    __parameters__: {
      get: (o) => {
        const ta = o as TypeAliasObject;
        return ta.typeParams === null ? newTuple([]) : unpackTypevartuples(ta.typeParams);
      },
    },
    __module__: {
      get: (o) => {
        const ta = o as TypeAliasObject;
        if (ta.module !== null) return newref(ta.module);
        if (ta.computeValue !== null) return newref((ta.computeValue as FunctionObject).module);
        return newref(None);
      },
    },
  });
  defineMethods(tat, {
    __reduce__: (self, _a, _s, n, kw) => {
      noArgs('__reduce__', n, kw);
      return newref((self as TypeAliasObject).name);
    },
  });
});

NATIVE_MODULES._typing = () => {
  syncSizes(); // this run's version (TypeVar.__basicsize__)
  const m = newModule('_typing');
  const d = m.dict as DictObject;
  // _typing._idfunc(x) returns x (typing.NewType's __call__ in C)
  moduleFn(m, '_idfunc', (_m, a, st, n, kw) => {
    oneArg('_typing._idfunc', n, kw);
    return newref(a[st]);
  });
  const types: [string, PyType][] = [
    ['TypeVar', TypeVarType],
    ['ParamSpec', ParamSpecType],
    ['TypeVarTuple', TypeVarTupleType],
    ['ParamSpecArgs', ParamSpecArgsType],
    ['ParamSpecKwargs', ParamSpecKwargsType],
    ['TypeAliasType', TypeAliasTypeType],
  ];
  for (const [name, tp] of types) dictSetStr(d, name, tp);
  if (RT.profile.version === '3.13') dictSetStr(d, 'NoDefault', noDefault);
  return m;
};
