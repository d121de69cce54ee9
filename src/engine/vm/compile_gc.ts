/**
 * The GC-tracked objects CPython's compiler creates and frees while it compiles a module (_PyAST_Compile),
 * made here as real objects in CPython's order, so that they move gc.get_count() (and the tuple, list and
 * dict freelists) exactly as compiling does in CPython. Without them the first automatic collection of a
 * program comes hundreds of allocations late: every constant the code generator emits builds a key for the
 * per-compilation constant cache, and those keys live until the compilation ends.
 *
 * The compiler (compiler/, pure data) logs what it did (CompileGcEvent, compiler/constants.ts); this module
 * replays the log while the Materializer turns CodeSpecs into code objects:
 *
 *   compiler_setup       c_const_cache = {} and c_stack = [] (compiler_free releases them at the end)
 *   _PySymtable_Build    a dict and two lists per block (alive until compiler_free), and symtable_analyze's
 *                        temporary sets and scopes dicts
 *   compiler_enter_scope the unit's dicts: u_varnames (list2dict), u_cellvars and u_freevars (dictbytype, each
 *                        sorting a transient list of the scope's symbol names), u_fasthidden (3.12+), u_consts,
 *                        u_names
 *   _PyCompile_AddConst  merge_consts_recursive: _PyCode_ConstantKey (Objects/codeobject.c) builds the key —
 *                        the object itself for None, Ellipsis, int, str and code; (type, x) for bool, bytes,
 *                        float (and (type, x, None) for -0.0); (type, z[, tag]) for complex; for a tuple,
 *                        (tuple of the items' keys, t); for a frozenset, (frozenset of the items' keys, s) —
 *                        and PyDict_SetDefault(c_const_cache, key, key): an equal key already there wins and
 *                        the new one is freed; a new tuple key also merges the tuple's items recursively.
 *   fold_tuple_on_constants  (CFG optimizer) a new tuple of the loaded constants, merged with
 *                        _PyCompile_ConstCacheMergeOne (key only, no recursion); an equal cached tuple replaces
 *                        it and the new one is freed.
 *   makecode             (assemble.c / compile.c) the consts list, the exception table, line table and
 *                        bytecode merged as bytes constants ((bytes, b) keys), then co_names, co_consts and
 *                        co_localsplusnames each made and merged: an equal tuple already in the cache is
 *                        shared (f.__code__.co_names is g.__code__.co_names), the new one freed.
 *   compiler_exit_scope  compiler_unit_free releases the unit's dicts.
 *
 * The key objects are never visible to a program (the cache dies before the code runs), so the cache's
 * lookups use constKey strings (compiler/constants.ts) and the dicts stay empty; the key tuples, the dicts and
 * lists are real allocations. A bytes key's second item stands for the assembler's bytes object, which the
 * engine does not create separately (a code object's block includes its bytecode): the key holds None there
 * (except for an empty exception table: the b'' singleton).
 */
import { PyObject, decref, incref, newref } from '../objects/object';
import { T } from '../objects/types';
import { None, True, False } from '../objects/singletons';
import { newTuple, newList, TupleObject } from '../objects/sequences';
import { FloatObject } from '../objects/numbers';
import { newDict } from '../objects/dict';
import { newSet, setAddKey, SetObject } from '../objects/core_set';
import { RT } from '../objects/object';
import { constKey, mkStr, type CompileGcEvent } from '../compiler/constants';
import type { CodeSpec, ConstSpec } from '../compiler/code';
import type { SymtableShape } from '../compiler/symtable';
import type { CodeObject } from '../objects/funcobject';

/** What the Materializer needs from the replay to build a code object's tuples the way makecode does. */
export interface CodeTupleMerger {
  /**
   * _PyCompile_ConstCacheMergeOne for a tuple makecode just made (steals `t`): the tuple to use — `t` itself
   * when no equal tuple was cached, else (a new reference to) the cached one, `t` being released.
   */
  mergeTuple(t: TupleObject, spec: ConstSpec): TupleObject;
}

/** The parts of the Materializer (vm/interp.ts) the replay drives. */
export interface MaterializerLike {
  /** A new reference to the object of constant `c` (created on first use). */
  ref(c: ConstSpec): PyObject;
  /** makecode: the code object of `spec` (new reference), its tuples merged through `merger`. */
  code(spec: CodeSpec, merger?: CodeTupleMerger): CodeObject;
  /** Whether constant `c` has its object already. */
  has(c: ConstSpec): boolean;
  /** From now on constant `c` is the live object `o` (the constant cache merged it with `o`). */
  alias(c: ConstSpec, o: PyObject): void;
  /** Code objects made by the replay, for the constants that refer to them (ref of a `code` constant). */
  readonly codes: Map<CodeSpec, CodeObject>;
}

/** A compiler unit's dicts (compiler_enter_scope), released by compiler_unit_free. */
interface Unit {
  varnames: PyObject;
  cellvars: PyObject;
  freevars: PyObject;
  /** 3.12+ (PEP 709) */
  fasthidden: PyObject | null;
  consts: PyObject;
  names: PyObject;
}

interface CacheEntry {
  /** the key object the cache holds */
  key: PyObject;
  /** the cached constant (the key itself, or the key tuple's second item) */
  value: PyObject;
}

class CompileObjects implements CodeTupleMerger {
  private readonly cache = new Map<string, CacheEntry>();
  /** the order keys entered c_const_cache (dict_dealloc releases them in insertion order) */
  private readonly order: CacheEntry[] = [];
  private readonly units: Unit[] = [];
  private readonly version = RT.profile.version;
  private cacheDict: PyObject | null = null;
  private stackList: PyObject | null = null;
  /** the symbol table's objects, released by compiler_free (st_blocks' entries, then st_stack) */
  private symtableObjects: PyObject[] = [];

  constructor(private readonly mat: MaterializerLike) {}

  /** compiler_setup: the constant cache and the unit stack. */
  setup(): void {
    this.cacheDict = newDict();
    this.stackList = newList(0);
  }

  run(events: CompileGcEvent[], module: CodeSpec): CodeObject {
    let moduleCode: CodeObject | null = null;
    for (const ev of events) {
      switch (ev.k) {
        case 'symtable':
          this.symtable(ev.shape);
          break;
        case 'enter':
          this.enterScope();
          break;
        case 'add':
          decref(this.mergeRecursive(ev.c));
          break;
        case 'fold':
          this.fold(ev.c);
          break;
        case 'exit': {
          const co = this.makeCode(ev.code);
          if (ev.code === module) moduleCode = co;
          else this.mat.codes.set(ev.code, co);
          break;
        }
      }
    }
    if (moduleCode === null) throw new Error('compile_gc: the module code was not assembled');
    return moduleCode;
  }

  /** compiler_free: the symbol table, the constant cache (its keys, in insertion order) and the unit stack. */
  finish(): void {
    for (const o of this.symtableObjects.splice(0)) decref(o);
    // codes nobody referred to (none for a well-formed log): their creation references
    for (const co of this.mat.codes.values()) decref(co);
    this.mat.codes.clear();
    // dict_dealloc: each entry's key then value (the same object: two references) in insertion order
    const entries = this.order.splice(0);
    this.cache.clear();
    if (this.cacheDict !== null) decref(this.cacheDict);
    this.cacheDict = null;
    for (const e of entries) {
      decref(e.key);
      decref(e.key);
    }
    if (this.stackList !== null) decref(this.stackList);
    this.stackList = null;
  }

  // ───────────────────────────────────────────────────────────── the symbol table

  /**
   * _PySymtable_Build: symtable_new's st_blocks and st_stack, then one entry per block in the order the
   * visitor enters them (ste_new: ste_symbols, ste_varnames, ste_children), then symtable_analyze's
   * temporary sets and dicts. The entries live until compiler_free.
   */
  private symtable(shape: SymtableShape): void {
    const stBlocks = newDict();
    const stStack = newList(0);
    const entries: PyObject[] = [];
    const build = (b: SymtableShape): void => {
      entries.push(newDict(), newList(0), newList(0));
      for (const c of b.children) build(c);
    };
    build(shape);
    // dict_dealloc of st_blocks releases the entries (each its symbols, varnames, children), then st_stack
    this.symtableObjects = [stBlocks, ...entries, stStack];
    // symtable_analyze: free and global sets around analyze_block of the top block
    const free = newSet();
    const global = newSet();
    this.analyzeBlock(shape);
    decref(free);
    decref(global);
  }

  /**
   * analyze_block: local, scopes (a dict), newglobal, newfree, newbound, inlined_cells (3.12+) and allfree;
   * analyze_child_block copies bound, free and global for each child block. All released on return.
   */
  private analyzeBlock(b: SymtableShape): void {
    const local = newSet();
    const scopes = newDict();
    const newglobal = newSet();
    const newfree = newSet();
    const newbound = newSet();
    const inlinedCells = this.version !== '3.11' ? newSet() : null;
    const allfree = newSet();
    for (const c of b.children) {
      const tempBound = newSet();
      const tempFree = newSet();
      const tempGlobal = newSet();
      this.analyzeBlock(c);
      decref(tempBound);
      decref(tempFree);
      decref(tempGlobal);
    }
    for (const o of [scopes, local, newbound, newglobal, newfree, allfree, inlinedCells]) if (o !== null) decref(o);
  }

  // ───────────────────────────────────────────────────────────── units

  private enterScope(): void {
    // u_varnames = list2dict(ste_varnames)
    const varnames = newDict();
    // u_cellvars, u_freevars = dictbytype(ste_symbols, ...): the dict, then PyDict_Keys(src) sorted and freed
    const cellvars = newDict();
    decref(newList(0));
    const freevars = newDict();
    decref(newList(0));
    // u_fasthidden (3.12+, PEP 709), then u_consts, u_names
    const fasthidden = this.version !== '3.11' ? newDict() : null;
    const consts = newDict();
    const names = newDict();
    this.units.push({ varnames, cellvars, freevars, fasthidden, consts, names });
  }

  /** compiler_unit_free: u_consts, u_names, u_varnames, u_freevars, u_cellvars, u_fasthidden. */
  private exitScope(): void {
    const u = this.units.pop();
    if (u === undefined) return;
    for (const d of [u.consts, u.names, u.varnames, u.freevars, u.cellvars, u.fasthidden]) if (d !== null) decref(d);
  }

  private makeCode(spec: CodeSpec): CodeObject {
    // consts_dict_keys_inorder(u_consts): the constants list the CFG optimizer and makecode use
    const constsList = newList(spec.co_consts.length);
    // assemble_emit: the exception table, the line table and the bytecode become bytes constants; an empty
    // exception table is b'' (the empty bytes singleton, equal to a b'' constant)
    if (spec.exceptionTable.length === 0) {
      const empty: ConstSpec = { kind: 'bytes', value: new Uint8Array(0) };
      this.mergeBytes(constKey(empty), this.mat.ref(empty));
    } else this.mergeBytes('X' + spec.exceptionTable.join(','), newref(None));
    this.mergeBytes(lineTableKey(spec), newref(None));
    this.mergeBytes('B' + spec.code.join(','), newref(None));
    const co = this.mat.code(spec, this);
    decref(constsList);
    this.exitScope();
    return co;
  }

  // ───────────────────────────────────────────────────────────── the constant cache

  /** PyDict_SetDefault(c_const_cache, key, key) for a new key (borrowed): the entry. */
  private insert(ks: string, key: PyObject, value: PyObject): CacheEntry {
    const e: CacheEntry = { key, value };
    // the dict holds the key and the value: two references to the key
    incref(key);
    incref(key);
    this.cache.set(ks, e);
    this.order.push(e);
    return e;
  }

  /** merge_consts_recursive: a new reference to the cached key of `c`. */
  private mergeRecursive(c: ConstSpec): PyObject {
    if (c.kind === 'None' || c.kind === 'Ellipsis') return this.mat.ref(c);
    const ks = constKey(c);
    const hit = this.cache.get(ks);
    if (hit !== undefined) {
      // the key of the new constant is made, the cached key found and the new one freed; co_consts gets the
      // cached object (e.g. the names tuple of an earlier code object equal to this tuple). A constant with no
      // object yet is not made only to die: its key is built on the cached equal object.
      const obj = this.mat.has(c) ? this.mat.ref(c) : newref(hit.value);
      decref(this.constantKey(obj));
      this.mat.alias(c, hit.value);
      return newref(hit.key);
    }
    const obj = this.mat.ref(c);
    const key = this.constantKey(obj);
    this.insert(ks, key, keyValue(key, obj));
    if (c.kind === 'tuple') for (const item of c.items) decref(this.mergeRecursive(item));
    return key;
  }

  /** fold_tuple_on_constants: a new tuple of the items, merged with _PyCompile_ConstCacheMergeOne. */
  private fold(c: ConstSpec): void {
    if (c.kind !== 'tuple') return;
    const ks = constKey(c);
    const hit = this.cache.get(ks);
    if (hit !== undefined) {
      // the new tuple (of the same items) and its key are made, the cached equal tuple replaces them
      const t = newTuple((hit.value as TupleObject).items.map((x) => newref(x)));
      decref(this.constantKey(t));
      this.mat.alias(c, hit.value);
      return;
    }
    const obj = this.mat.ref(c);
    const key = this.constantKey(obj);
    this.insert(ks, key, keyValue(key, obj));
    decref(key);
  }

  /**
   * A bytes object the assembler merges: key (bytes, b). `b` (stolen) is the object when the engine has one
   * (b''), else None standing for it.
   */
  private mergeBytes(ks: string, b: PyObject): void {
    const key = newTuple([newref(T.bytes), b]);
    if (this.cache.has(ks)) {
      decref(key);
      return;
    }
    this.insert(ks, key, b);
    decref(key);
  }

  mergeTuple(t: TupleObject, spec: ConstSpec): TupleObject {
    const ks = constKey(spec);
    incref(t);
    const key = this.constantKey(t);
    const hit = this.cache.get(ks);
    if (hit !== undefined) {
      decref(key);
      decref(t);
      return newref(hit.value) as TupleObject;
    }
    this.insert(ks, key, t);
    decref(key);
    return t;
  }

  /**
   * _PyCode_ConstantKey(obj) (steals `obj`): a new reference to the key. Like CPython it looks at the object
   * (a container's item keys are built from its items, borrowed from it).
   */
  private constantKey(obj: PyObject): PyObject {
    const tp = obj.ob_type;
    if (tp === T.bool || tp === T.bytes) return newTuple([newref(tp), obj]);
    if (obj instanceof FloatObject && tp === T.float) {
      return Object.is(obj.value, -0) ? newTuple([newref(tp), obj, newref(None)]) : newTuple([newref(tp), obj]);
    }
    if (tp === T.complex) {
      // (objects/complexobject.ts is not imported here: its bootstrap must keep its place in the order)
      const z = obj as unknown as { real: number; imag: number };
      const rz = Object.is(z.real, -0);
      const iz = Object.is(z.imag, -0);
      const tag = rz && iz ? True : iz ? False : rz ? None : null;
      return newTuple(tag === null ? [newref(tp), obj] : [newref(tp), obj, newref(tag)]);
    }
    if (obj instanceof TupleObject && tp === T.tuple) {
      // PyTuple_New(len) filled with the item keys, then PyTuple_Pack(2, tuple, op)
      const keys = obj.items.map((item) => this.constantKey(newref(item)));
      return newTuple([newTuple(keys), obj]);
    }
    if (obj instanceof SetObject && tp === T.frozenset) {
      // a tuple of the item keys, a frozenset made from it, then the pair
      const kt = newTuple(obj.table.toArray().map((item) => this.constantKey(newref(item))));
      const fs = newSet(T.frozenset);
      for (const k of kt.items) setAddKey(fs, k);
      decref(kt);
      return newTuple([fs, obj]);
    }
    // None, Ellipsis, int, str and code objects are their own keys
    return obj;
  }
}

/** The cached constant a key stands for: the key tuple's second item, or the key itself. */
function keyValue(key: PyObject, obj: PyObject): PyObject {
  return key === obj ? obj : (key as TupleObject).items[1];
}

/** The line table's bytes as a key: lines are stored relative to co_firstlineno, columns as they are. */
function lineTableKey(spec: CodeSpec): string {
  const p = spec.positions;
  const parts: number[] = [];
  for (let i = 0; i < p.length; i += 4) {
    parts.push(p[i] < 0 ? -1 : p[i] - spec.co_firstlineno, p[i + 1] < 0 ? -1 : p[i + 1] - spec.co_firstlineno, p[i + 2], p[i + 3]);
  }
  return 'L' + parts.join(',');
}

/** The key spec of a tuple of names (co_names, co_localsplusnames): a tuple constant of str. */
export function namesTupleSpec(names: readonly string[]): ConstSpec {
  return { kind: 'tuple', items: names.map(mkStr) };
}

/**
 * _PyAST_Compile's GC objects around materializing a compiled module: returns the module's code object (new
 * reference). `astConstants` runs between compiler_setup and the code generator (the AST optimizer's folded
 * constants).
 */
export function materializeCompiled(mat: MaterializerLike, events: CompileGcEvent[], module: CodeSpec, astConstants: () => void): CodeObject {
  const model = new CompileObjects(mat);
  model.setup();
  astConstants();
  try {
    return model.run(events, module);
  } finally {
    model.finish();
  }
}

