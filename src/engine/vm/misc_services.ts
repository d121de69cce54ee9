/**
 * Small runtime services: sys._debugmallocstats() rendered from the model's own state, sys.stdin,
 * range attributes and hashing, `X | Y` union types (types.UnionType) and code-object attributes
 * (the `warnings` module is stdlib/warnings.py over vm/modules/warnings.ts).
 */
import { PyObject, PyType, RT, decref, newref } from '../objects/object';
import { T } from '../objects/types';
import { None, NotImplemented, IntObject } from '../objects/singletons';
import { E, raise } from '../objects/exceptions';
import { StrObject, newStr } from '../objects/str';
import { newInt, newBool, newFloat } from '../objects/numbers';
import { TupleObject, newTuple, EMPTY_TUPLE } from '../objects/sequences';
import { DictObject, dictSetStr } from '../objects/dict';
import { CodeObject, BuiltinFunctionObject, MemberDescrObject } from '../objects/funcobject';
import { onBootstrap, defineGetSets, defineMethods, makeStatic, isSubtype, registerStaticTypes, typeDict } from '../objects/typeobject';
import { RangeObject, rangeReversedIter } from '../objects/core_seq';
// memoryview lives in its own module; importing it installs the type (RT_EXT.memoryviewType)
import '../objects/memoryview';
import { newModule, ModuleObject } from '../objects/core_misc';
import { allocObject, freeObject } from '../memory/heap';
import { renderDebugMallocStats } from '../memory/debugmallocstats';
import { freeListStatLayout } from '../memory/freelist';
import { RT_EXT } from './rtext';
import { NATIVE_MODULES } from './importer';
import * as A from './abstract';
import { CMP } from '../compiler/opcodes';
import { TupleHasher, PyHash } from '../lib/pyhash';

function debugMallocStats(): string {
  const stats = RT.heap.mem.obmalloc.stats();
  const freelists = freeListStatLayout(RT.profile.version).map((line) => {
    let n = 0;
    if (line.kind === 'dict') n = RT.freelists.dict.length;
    else if (line.kind === 'float') n = RT.freelists.float.length;
    else if (line.kind === 'list') n = RT.freelists.list.length;
    else if (line.kind === 'tuple') n = RT.freelists.tuple[line.tupleSize!]?.length ?? 0;
    else if (line.kind === 'dictkeys') n = (RT.freelists as any).dictKeys?.length ?? 0;
    return { blockName: line.blockName, numBlocks: n, sizeofBlock: line.sizeofBlock };
  });
  return renderDebugMallocStats({ ...stats, freelists });
}

// ------------------------------------------------------------------ types.UnionType

export class UnionObject extends PyObject {
  constructor(public args: PyObject) {
    super(T_UNION);
  }
}
const T_UNION = new PyType(null, 'types.UnionType');
T_UNION.tp_basicsize = 32;
T_UNION.tp_module = 'types';
T_UNION.tp_flags = 1 << 14;
registerStaticTypes(T_UNION);

/** A C type's read-only PyMemberDef entries (no doc): member descriptors in its dict, for dir() and vars(). */
function readOnlyMembers(tp: PyType, members: Record<string, (o: PyObject) => PyObject>): void {
  const d = typeDict(tp);
  for (const [name, get] of Object.entries(members)) {
    const m = new MemberDescrObject(name, tp, -1, { get, doc: null });
    makeStatic(m);
    dictSetStr(d, name, m);
  }
}

function unionItems(o: PyObject): PyObject[] {
  if (o instanceof UnionObject) return (o.args as TupleObject).items;
  return [o];
}

function unionOr(a: PyObject, b: PyObject): PyObject {
  // is_unionable: None, types, generic aliases, unions and (3.12+) typing.TypeAliasType
  const ok = (x: PyObject) => x === None || x instanceof PyType || x instanceof UnionObject || RT.ext.isGenericAlias?.(x) || RT.ext.isTypeAlias?.(x);
  if (!ok(a) || !ok(b)) return newref(NotImplemented);
  const items: PyObject[] = [];
  for (const x of [...unionItems(a), ...unionItems(b)]) {
    const v = x === None ? T.NoneType : x;
    if (!items.includes(v)) items.push(v);
  }
  if (items.length === 1) return newref(items[0]);
  const u = new UnionObject(newTuple(items.map((x) => newref(x))));
  allocObject(u, T_UNION.tp_basicsize);
  RT.gc.track(u);
  return u;
}

// ------------------------------------------------------------------ install

onBootstrap(() => {
  RT_EXT.debugMallocStats = debugMallocStats;
  RT_EXT.unionOr = unionOr;
  RT_EXT.isUnionType = (o: PyObject) => o instanceof UnionObject;
  RT_EXT.unionInstanceCheck = (o: PyObject, u: PyObject) => unionItems(u).some((t) => t instanceof PyType && isSubtype(o.ob_type, t));
  T_UNION.ob_type = T.type;
  T_UNION.tp_base = T.object;
  T_UNION.tp_bases = [T.object];
  T_UNION.tp_mro = [T_UNION, T.object];
  T_UNION.tp_repr = (o) => {
    const parts = unionItems(o).map((x) => (x === T.NoneType ? 'None' : x instanceof PyType ? RT.ext.typeQualifiedName(x) : A.reprString(x)));
    return newStr(parts.join(' | '));
  };
  T_UNION.tp_richcompare = (a, b, op) => {
    if (!(b instanceof UnionObject) || (op !== CMP.EQ && op !== CMP.NE)) return newref(NotImplemented);
    const x = unionItems(a);
    const y = unionItems(b);
    const eq = x.length === y.length && x.every((t) => y.includes(t));
    return newBool(op === CMP.EQ ? eq : !eq);
  };
  T_UNION.tp_hash = (o) => {
    const h = new TupleHasher();
    for (const x of unionItems(o)) h.add(A.hash(x));
    return h.finish(unionItems(o).length, new PyHash());
  };
  T_UNION.nb_or = unionOr;
  T_UNION.tp_getattro = (o, n) => {
    if ((n as StrObject).value === '__args__') return newref((o as UnionObject).args);
    return RT.genericGetAttr(o, n);
  };
  T_UNION.tp_dealloc = (o) => {
    RT.gc.untrack(o);
    decref((o as UnionObject).args);
    freeObject(o, T_UNION.tp_basicsize);
  };
  T_UNION.tp_traverse = (o, visit) => visit((o as UnionObject).args);
  // union_members / union_properties
  readOnlyMembers(T_UNION, { __args__: (o) => newref((o as UnionObject).args) });
  defineGetSets(T_UNION, { __parameters__: { get: () => newTuple([]) } });
  T.type.nb_or = unionOr;
  T.NoneType.nb_or = unionOr;
  RT_EXT.typeQualifiedName = (t: PyType) => {
    const mod = RT.ext.typeModule(t);
    return mod === 'builtins' || mod === null ? t.tp_qualname : `${mod}.${t.tp_qualname}`;
  };
  // range attributes and hash
  defineGetSets(T.range, {
    start: { get: (o) => newref((o as RangeObject).start) },
    stop: { get: (o) => newref((o as RangeObject).stop) },
    step: { get: (o) => newref((o as RangeObject).step) },
  });
  T.range.tp_hash = (o) => {
    const r = o as RangeObject;
    const n = (r.length as IntObject).value;
    const h = new TupleHasher();
    h.add(A.hash(r.length));
    if (n === 0) {
      h.add(A.hash(None));
      h.add(A.hash(None));
    } else {
      h.add(A.hash(r.start));
      h.add(n === 1 ? A.hash(None) : A.hash(r.step));
    }
    return h.finish(3, new PyHash());
  };
  // slice_hash (3.12+; 3.11 slices are unhashable): tuplehash's lanes over (start, stop, step), no length step
  T.slice.tp_hash = (o) => {
    if (RT.profile.version === '3.11') raise(E.TypeError, "unhashable type: 'slice'");
    const s = o as PyObject & { start: PyObject; stop: PyObject; step: PyObject };
    const h = new TupleHasher();
    h.add(A.hash(s.start));
    h.add(A.hash(s.stop));
    h.add(A.hash(s.step));
    return h.finishNoLength(new PyHash());
  };
  defineMethods(T.range, {
    // range.index / count / __reversed__ are exact for any size (CPython's range holds PyLongs)
    index: (self, a, s) => {
      const r = self as RangeObject;
      const x = a[s];
      if (x.ob_type === T.int || x.ob_type === T.bool) {
        if (!A.contains(self, x)) raise(E.ValueError, `${A.reprString(x)} is not in range`);
        const big = (o: PyObject) => BigInt((o as IntObject).value);
        return newInt((big(x) - big(r.start)) / big(r.step));
      }
      // other objects: _PySequence_IterSearch (compare each item)
      const it = A.getIter(self);
      try {
        for (let i = 0; ; i++) {
          const v = A.iterNext(it);
          if (v === null) break;
          const eq = A.richCompareBool(v, x, CMP.EQ);
          decref(v);
          if (eq) return newInt(i);
        }
      } finally {
        decref(it);
      }
      raise(E.ValueError, 'sequence.index(x): x not in sequence');
    },
    count: (self, a, s) => newInt(A.contains(self, a[s]) ? 1 : 0),
    __reversed__: (self) => rangeReversedIter(self as RangeObject),
    // range_reduce: (range, (start, stop, step))
    __reduce__: (self) => {
      const r = self as RangeObject;
      return newTuple([newref(T.range as PyObject), newTuple([newref(r.start), newref(r.stop), newref(r.step)])]);
    },
  });
  // code objects
  const co = (o: PyObject) => (o as CodeObject).spec;
  // get_localsplus_names: the code object's own (interned) name objects whose kind has `mask`; a cell
  // argument (CO_FAST_LOCAL | CO_FAST_CELL) is in both co_varnames and co_cellvars
  const names = (o: PyObject, mask: number) => {
    const kinds = co(o).co_localspluskinds;
    return newTuple((o as CodeObject).localsplusNames.filter((_, i) => (kinds[i] & mask) !== 0).map((n) => newref(n)));
  };
  defineGetSets(T.code, {
    co_name: { get: (o) => newref((o as CodeObject).nameObj) },
    co_qualname: { get: (o) => newref((o as CodeObject).qualnameObj) },
    co_filename: { get: (o) => newref((o as CodeObject).filenameObj) },
    co_firstlineno: { get: (o) => newInt(co(o).co_firstlineno) },
    co_argcount: { get: (o) => newInt(co(o).co_argcount) },
    co_posonlyargcount: { get: (o) => newInt(co(o).co_posonlyargcount) },
    co_kwonlyargcount: { get: (o) => newInt(co(o).co_kwonlyargcount) },
    co_flags: { get: (o) => newInt(co(o).co_flags) },
    co_nlocals: { get: (o) => newInt(co(o).co_localspluskinds.filter((k) => k & 0x20).length) },
    co_stacksize: { get: (o) => newInt(co(o).co_stacksize) },
    co_varnames: { get: (o) => names(o, 0x20) },
    co_cellvars: { get: (o) => names(o, 0x40) },
    co_freevars: { get: (o) => names(o, 0x80) },
    // the code object's own tuples (CPython returns co->co_names / co->co_consts)
    co_names: { get: (o) => newref((o as CodeObject).namesTuple ?? EMPTY_TUPLE) },
    co_consts: { get: (o) => newref((o as CodeObject).constsTuple ?? EMPTY_TUPLE) },
  });
  // sys.stdin (read, readline, readlines, iteration) fed from the run's stdin text
  RT_EXT.makeStdin = () => {
    const m = newModule('<stdin>') as ModuleObject;
    const fn = (name: string, f: (a: PyObject[], s: number, n: number) => PyObject) => {
      const b = new BuiltinFunctionObject(name, (_self, a, s, n) => f(a, s, n), m, 'sys');
      makeStatic(b);
      dictSetStr(m.dict as DictObject, name, b);
    };
    fn('read', () => {
      const rest = RT.stdin.slice(RT.stdinPos);
      RT.stdinPos = RT.stdin.length;
      return newStr(rest);
    });
    fn('readline', () => {
      const rest = RT.stdin.slice(RT.stdinPos);
      const nl = rest.indexOf('\n');
      const line = nl < 0 ? rest : rest.slice(0, nl + 1);
      RT.stdinPos += line.length;
      return newStr(line);
    });
    fn('readlines', () => {
      const rest = RT.stdin.slice(RT.stdinPos);
      RT.stdinPos = RT.stdin.length;
      const parts = rest.split(/(?<=\n)/).filter((x) => x.length > 0);
      return RT.ext.newListOfStrs ? RT.ext.newListOfStrs(parts) : newTuple(parts.map((p) => newStr(p)));
    });
    return m;
  };
});

// ------------------------------------------------------------------ types.GenericAlias (list[int], dict[str, int])

export class GenericAliasObject extends PyObject {
  /** `*tuple[int]` (PEP 646): what iterating an alias yields; repr with a '*', __unpacked__ is True */
  starred = false;
  constructor(
    public origin: PyObject,
    public args: PyObject,
  ) {
    super(T_GA);
  }
}

/** ga_iter's generic_alias_iterator: yields the starred alias once. */
class GAIterObject extends PyObject {
  constructor(public obj: PyObject | null) {
    super(T_GA_ITER);
  }
}
const T_GA_ITER = new PyType(null, 'generic_alias_iterator');
T_GA_ITER.tp_basicsize = 24;
T_GA_ITER.tp_flags = 1 << 14;
const T_GA = new PyType(null, 'types.GenericAlias');
T_GA.tp_basicsize = 64;
T_GA.tp_module = 'types';
T_GA.tp_flags = 1 << 14;
registerStaticTypes(T_GA_ITER, T_GA);

function newGenericAlias(origin: PyObject, arg: PyObject): PyObject {
  const args = arg instanceof TupleObject ? newref(arg) : newTuple([newref(arg)]);
  const g = new GenericAliasObject(newref(origin), args);
  allocObject(g, T_GA.tp_basicsize);
  RT.gc.track(g);
  return g;
}

function gaArgRepr(a: PyObject): string {
  if (a === RT.ext.ellipsis) return '...';
  if (a instanceof PyType) return RT.ext.typeQualifiedName(a);
  return A.reprString(a);
}

onBootstrap(() => {
  T_GA.ob_type = T.type;
  T_GA.tp_base = T.object;
  T_GA.tp_bases = [T.object];
  T_GA.tp_mro = [T_GA, T.object];
  // ga_new: GenericAlias(origin, args), as `classmethod(GenericAlias)` (a class's __class_getitem__) calls it
  T_GA.tp_new = (_type, args, start, nargs, kwnames) => {
    if (kwnames !== null && (kwnames as TupleObject).items.length > 0) raise(E.TypeError, 'GenericAlias() takes no keyword arguments');
    if (nargs !== 2) raise(E.TypeError, `GenericAlias expected 2 arguments, got ${nargs}`);
    return newGenericAlias(args[start], args[start + 1]);
  };
  T_GA.tp_repr = (o) => {
    const g = o as GenericAliasObject;
    const items = (g.args as TupleObject).items;
    const inner = items.length === 0 ? '()' : items.map(gaArgRepr).join(', ');
    return newStr(`${g.starred ? '*' : ''}${gaArgRepr(g.origin)}[${inner}]`);
  };
  T_GA.tp_call = (o, a, s, n, kw) => {
    const r = A.call((o as GenericAliasObject).origin, a, s, n, kw);
    return r;
  };
  T_GA.tp_getattro = (o, name) => {
    const g = o as GenericAliasObject;
    const n = (name as StrObject).value;
    if (n === '__origin__') return newref(g.origin);
    if (n === '__args__') return newref(g.args);
    if (n === '__parameters__') return newTuple([]);
    if (n === '__unpacked__') return newBool(g.starred);
    const r = RT.genericGetAttr(o, name);
    if (r !== null) return r;
    if (n.startsWith('__') && n.endsWith('__')) return null;
    return A.lookupAttr(g.origin, name as StrObject);
  };
  T_GA.tp_richcompare = (a, b, op) => {
    if (!(b instanceof GenericAliasObject) || (op !== CMP.EQ && op !== CMP.NE)) return newref(NotImplemented);
    const x = a as GenericAliasObject;
    const eq = x.starred === b.starred && x.origin === b.origin && A.richCompareBool(x.args, b.args, CMP.EQ);
    return newBool(op === CMP.EQ ? eq : !eq);
  };
  T_GA.tp_hash = (o) => {
    const g = o as GenericAliasObject;
    const h = new TupleHasher();
    h.add(A.hash(g.origin));
    h.add(A.hash(g.args));
    return h.finish(2, new PyHash());
  };
  T_GA.nb_or = (a, b) => RT.ext.unionOr(a, b);
  T_GA.tp_dealloc = (o) => {
    const g = o as GenericAliasObject;
    RT.gc.untrack(g);
    decref(g.origin);
    decref(g.args);
    freeObject(g, T_GA.tp_basicsize);
  };
  T_GA.tp_traverse = (o, visit) => {
    visit((o as GenericAliasObject).origin);
    visit((o as GenericAliasObject).args);
  };
  // ga_members / ga_properties (tp_getattro above answers first; these make them visible to dir() and vars())
  readOnlyMembers(T_GA, {
    __origin__: (o) => newref((o as GenericAliasObject).origin),
    __args__: (o) => newref((o as GenericAliasObject).args),
    __unpacked__: (o) => newBool((o as GenericAliasObject).starred),
  });
  defineGetSets(T_GA, { __parameters__: { get: () => newTuple([]) } });
  // ga_iter: `*tuple[int, str]` in a subscript or an unpacking
  T_GA.tp_iter = (o) => {
    const it = new GAIterObject(newref(o));
    allocObject(it, T_GA_ITER.tp_basicsize);
    RT.gc.track(it);
    return it;
  };
  T_GA_ITER.ob_type = T.type;
  T_GA_ITER.tp_base = T.object;
  T_GA_ITER.tp_bases = [T.object];
  T_GA_ITER.tp_mro = [T_GA_ITER, T.object];
  T_GA_ITER.tp_iter = (o) => newref(o);
  T_GA_ITER.tp_iternext = (o) => {
    const it = o as GAIterObject;
    if (it.obj === null) return null;
    const g = it.obj as GenericAliasObject;
    const starred = newGenericAlias(g.origin, g.args) as GenericAliasObject;
    starred.starred = true;
    it.obj = null;
    decref(g);
    return starred;
  };
  T_GA_ITER.tp_dealloc = (o) => {
    const it = o as GAIterObject;
    RT.gc.untrack(it);
    if (it.obj !== null) decref(it.obj);
    freeObject(it, T_GA_ITER.tp_basicsize);
  };
  T_GA_ITER.tp_traverse = (o, visit) => {
    const it = o as GAIterObject;
    if (it.obj !== null) visit(it.obj);
  };
  RT_EXT.isGenericAlias = (o: PyObject) => o instanceof GenericAliasObject;
  RT_EXT.genericAlias = newGenericAlias;
  RT_EXT.genericAliasType = T_GA;
  RT_EXT.unionType = T_UNION;
  for (const t of [T.list, T.dict, T.tuple, T.set, T.frozenset, T.type]) {
    defineMethods(t, { __class_getitem__: { kind: 'class', fn: (cls, a, s) => newGenericAlias(cls, a[s]) } });
  }
});

// ------------------------------------------------------------------ sys.version_info

/** sys.version_info: a tuple subclass with named fields (a structseq). */
export const T_VERSION_INFO = new PyType(null, 'sys.version_info');
T_VERSION_INFO.tp_basicsize = 24;
T_VERSION_INFO.tp_flags = 1 << 14 | 1 << 26;
T_VERSION_INFO.tp_module = 'sys';
T_VERSION_INFO.tp_base = T.tuple;
T_VERSION_INFO.tp_bases = [T.tuple];
registerStaticTypes(T_VERSION_INFO);

const VI_FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial'];

onBootstrap(() => {
  T_VERSION_INFO.tp_repr = (o) => {
    const items = (o as TupleObject).items;
    return newStr(`sys.version_info(${VI_FIELDS.map((f, i) => `${f}=${A.reprString(items[i])}`).join(', ')})`);
  };
  T_VERSION_INFO.tp_new = () => raise(E.TypeError, "cannot create 'sys.version_info' instances");
  const gs: Record<string, { get: (o: PyObject) => PyObject }> = {};
  VI_FIELDS.forEach((f, i) => (gs[f] = { get: (o) => newref((o as TupleObject).items[i]) }));
  defineGetSets(T_VERSION_INFO, gs);
  RT_EXT.makeVersionInfo = (vi: readonly [number, number, number, string, number]) => {
    const t = new TupleObject([newInt(vi[0]), newInt(vi[1]), newInt(vi[2]), newStr(vi[3]), newInt(vi[4])]);
    (t as PyObject).ob_type = T_VERSION_INFO;
    allocObject(t, 24 + 8 * 5);
    RT.gc.track(t);
    return t;
  };
  RT_EXT.newFloatObj = (v: number) => newFloat(v);
});

// ------------------------------------------------------------------ other sys structseqs

/** A structseq type (tuple subclass with named fields), like CPython's PyStructSequence. */
export function structSeqType(name: string, fields: string[]): { type: PyType; make: (vals: PyObject[]) => PyObject } {
  const tp = new PyType(null, name);
  tp.tp_basicsize = 24;
  tp.tp_flags = (1 << 14) | (1 << 26);
  tp.tp_module = name.includes('.') ? name.split('.')[0] : 'builtins';
  tp.tp_base = T.tuple;
  tp.tp_bases = [T.tuple];
  registerStaticTypes(tp);
  onBootstrap(() => {
    tp.tp_repr = (o) => {
      const items = (o as TupleObject).items;
      return newStr(`${name}(${fields.map((f, i) => `${f}=${A.reprString(items[i])}`).join(', ')})`);
    };
    tp.tp_new = () => raise(E.TypeError, `cannot create '${name}' instances`);
    const gs: Record<string, { get: (o: PyObject) => PyObject }> = {};
    fields.forEach((f, i) => (gs[f] = { get: (o) => newref((o as TupleObject).items[i]) }));
    defineGetSets(tp, gs);
  });
  const make = (vals: PyObject[]) => {
    const t = new TupleObject(vals);
    (t as PyObject).ob_type = tp;
    allocObject(t, 24 + 8 * vals.length);
    return t;
  };
  return { type: tp, make };
}

const FLOAT_INFO = structSeqType('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
const INT_INFO = structSeqType('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const HASH_INFO = structSeqType('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
const FLAGS = structSeqType('sys.flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits']);

/** sys.float_info, int_info, hash_info, flags (heapscope runs like `python -B` with PYTHONHASHSEED=0). */
RT_EXT.sysInfoObjects = (): [string, PyObject][] => {
  const i = (v: number | bigint) => newInt(v);
  const f = (v: number) => RT.ext.newFloatObj(v);
  return [
    ['float_info', FLOAT_INFO.make([f(1.7976931348623157e308), i(1024), i(308), f(2.2250738585072014e-308), i(-1021), i(-307), i(15), i(53), f(2.220446049250313e-16), i(2), i(1)])],
    ['int_info', INT_INFO.make([i(30), i(4), i(4300), i(640)])],
    ['hash_info', HASH_INFO.make([i(64), i(2305843009213693951n), i(314159), i(0), i(1000003), newStr('siphash13'), i(64), i(128), i(0)])],
    ['flags', FLAGS.make([i(0), i(0), i(0), i(0), i(1), i(0), i(0), i(0), i(0), i(0), i(0), i(0), i(0), RT.newBool(false), i(0), i(0), RT.newBool(false), i(-1)])],
  ];
};
