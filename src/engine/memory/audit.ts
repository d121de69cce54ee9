/**
 * Heap audit for tests: recount every live object's references and compare them with ob_refcnt, then
 * check the allocator's own structures.
 *
 *   1. Walk the object graph from the runtime's roots (sys.modules, builtins, the frame stack's localsplus
 *      and value stacks, interned strings, the AST arena references, builtin modules' replayed state
 *      objects, freelists, the gc module's lists)
 *      through each object's references: tp_traverse for GC types, and the fields of the non-GC holders
 *      the engine knows (code objects: the consts, names and localsplus names tuples, filename, name, qualname).
 *   2. For every reached object that is neither static nor immortal: counted = references from reached
 *      objects + references held by roots (+ for the builtins module's functions, static but mortal, the
 *      references CPython's interpreter holds outside heapscope's model). counted > ob_refcnt means some holder visits a reference it does
 *      not own (or a count was lost): always reported. counted < ob_refcnt means a holder the walk cannot
 *      see (a JS-side cache, a traverse that skips a field): reported as "unexplained" when `strict`.
 *   3. RT.heap.mem.audit(): pymalloc and raw allocator consistency.
 * auditRuntime returns human-readable problems; [] means clean.
 */
import { PyObject, PyType, GCF, TPFLAGS, RT } from '../objects/object';
import { StrObject } from '../objects/str';
import type { Runtime } from '../vm/runtime';
import { RT_EXT } from '../vm/rtext';
import { staticSubclassesRoots } from '../objects/subclasses';
import { typeCacheRoots } from '../objects/typecache';
import { forEachHeapTypeRef } from '../objects/typeobject';

interface CodeLike {
  consts: PyObject[];
  names: PyObject[];
  /** co_consts, co_names, co_localsplusnames: the tuples holding the references (objects/funcobject.ts) */
  constsTuple: PyObject | null;
  namesTuple: PyObject | null;
  localsplusTuple: PyObject | null;
  filenameObj: PyObject;
  nameObj: PyObject;
  qualnameObj: PyObject;
}

function isCode(o: PyObject): o is PyObject & CodeLike {
  const c = o as unknown as Partial<CodeLike>;
  return Array.isArray(c.consts) && Array.isArray(c.names) && c.filenameObj !== undefined;
}

/** The references `o` owns, as far as the engine can enumerate them (also used by the fuzzer's leak check). */
export function forEachRef(o: PyObject, visit: (r: PyObject) => void): void {
  if (isCode(o)) {
    if (o.constsTuple !== null) visit(o.constsTuple);
    if (o.namesTuple !== null) visit(o.namesTuple);
    if (o.localsplusTuple !== null) visit(o.localsplusTuple);
    visit(o.filenameObj);
    visit(o.nameObj);
    visit(o.qualnameObj);
    return;
  }
  const tp = o.ob_type;
  if (o instanceof PyType && !(o.tp_flags & TPFLAGS.HEAPTYPE)) {
    // static types: their dict (static, but its contents may be program objects)
    if (o.tp_dict !== null) visit(o.tp_dict);
    return;
  }
  const trav = tp.tp_traverse;
  if (trav !== null) trav(o, visit);
  // a class's subclass registry (objects/subclasses.ts): owned by the class, not visited by type_traverse
  if (o instanceof PyType && o.subclassesDict !== null) visit(o.subclassesDict);
  if (o instanceof PyType) forEachHeapTypeRef(o, visit);
}

function describe(o: PyObject): string {
  let extra = '';
  if (o instanceof StrObject) extra = ` ${JSON.stringify(o.value.slice(0, 40))}`;
  return `<${o.ob_type.tp_name} at 0x${o.addr.toString(16)}${extra}>`;
}

export interface AuditOptions {
  /** also report objects with more references than the walk can explain */
  strict?: boolean;
}

export function auditRuntime(rt: Runtime, opts: AuditOptions = {}): string[] {
  const problems: string[] = [];
  const counted = new Map<PyObject, number>();
  const seen = new Set<PyObject>();
  const queue: PyObject[] = [];
  const reach = (o: PyObject) => {
    if (!seen.has(o)) {
      seen.add(o);
      queue.push(o);
    }
  };
  const countRef = (o: PyObject) => {
    counted.set(o, (counted.get(o) ?? 0) + 1);
    reach(o);
  };
  // ---- roots (each holds one reference)
  const roots: PyObject[] = [];
  if (rt.modules) roots.push(rt.modules);
  // the interned table's references are not counted (CPython subtracts them from mortal interned strings)
  for (const s of rt.interned.values()) reach(s);
  for (const a of rt.astRefs) roots.push(a);
  for (const a of rt.moduleStateRefs) roots.push(a);
  for (let f = rt.frame; f !== null; f = f.back) {
    // a generator's or coroutine's frame (running when a limit stopped the program) belongs to its
    // generator object, whose traverse visits the stack: not a root of its own
    if (f.gen !== null) continue;
    for (let i = 0; i < f.sp; i++) {
      const v = f.s[i];
      if (v !== null) roots.push(v);
    }
  }
  const gcLists = RT_EXT.gcStateLists?.(rt) as PyObject[] | undefined;
  if (gcLists) for (const l of gcLists) roots.push(l);
  // sys.stdout's pending write buffer and print's keyword tuple (vm/textio.ts)
  const textio = RT_EXT.textioRoots?.(rt) as PyObject[] | undefined;
  if (textio) for (const o of textio) roots.push(o);
  // the static types' subclass registries of this run (objects/subclasses.ts)
  for (const d of staticSubclassesRoots(rt)) roots.push(d);
  // the type attribute cache's names (objects/typecache.ts)
  for (const n of typeCacheRoots(rt)) roots.push(n);
  // the thread state's dict (Py_ReprEnter's list lives there)
  const tsDict = RT_EXT.threadStateDict?.(rt) as PyObject | null | undefined;
  if (tsDict) roots.push(tsDict);
  for (const r of roots) countRef(r);
  // freelisted objects are dead to Python: reachable, owning nothing
  const fl = rt.freelists;
  const freelisted = new Set<PyObject>([...fl.float, ...fl.list, ...fl.dict, ...fl.slice, ...fl.tuple.flat()]);
  // ---- walk
  while (queue.length > 0) {
    const o = queue.pop()!;
    if (freelisted.has(o)) continue;
    // static objects are shared by every run: their pointers to per-run objects are borrowed
    if (o.gc_flags & GCF.STATIC && !(o instanceof PyType)) continue;
    forEachRef(o, countRef);
  }
  // ---- compare
  // the static objects with a mortal count (the builtins module's functions): besides the references found,
  // those CPython's interpreter holds and heapscope does not model (vm/builtins.ts applyBuiltinRefcounts)
  const external = RT_EXT.builtinExternalRefs?.(rt) as ReadonlyMap<PyObject, number> | undefined;
  if (external) {
    for (const [o, x] of external) {
      // not reached: held by the external references only, or dead (finalization dropped its last reference)
      if (counted.has(o) || o.ob_refcnt === 0) continue;
      if (x > o.ob_refcnt) problems.push(`${describe(o)}: ${x} external references, refcount ${o.ob_refcnt}`);
      else if (opts.strict && x < o.ob_refcnt) problems.push(`${describe(o)}: refcount ${o.ob_refcnt}, only ${x} external references`);
    }
  }
  for (const [o, found] of counted) {
    if (o.immortal) continue;
    let n = found;
    if (o.gc_flags & GCF.STATIC) {
      const x = external?.get(o);
      if (x === undefined) continue;
      n += x;
    }
    if (freelisted.has(o)) {
      if (o.ob_refcnt !== 0) problems.push(`freelisted ${describe(o)} has refcount ${o.ob_refcnt}`);
      continue;
    }
    if (o.ob_refcnt <= 0) problems.push(`${describe(o)} is reachable with refcount ${o.ob_refcnt}`);
    else if (n > o.ob_refcnt) problems.push(`${describe(o)}: ${n} references found, refcount ${o.ob_refcnt}`);
    else if (opts.strict && n < o.ob_refcnt) problems.push(`${describe(o)}: refcount ${o.ob_refcnt}, only ${n} references found`);
  }
  // ---- the allocator
  for (const e of rt.heap.mem.audit()) problems.push(`heap: ${e}`);
  return problems;
}

/** The audit of the most recent run (the runtime that ran last stays current until the next run starts). */
export function auditLastRun(opts: AuditOptions = {}): string[] {
  return RT === undefined ? [] : auditRuntime(RT, opts);
}

RT_EXT.auditRuntime = auditRuntime;
