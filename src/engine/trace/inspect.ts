/**
 * inspect(position, id): why an object's refcount is what it is. The program is re-run (runs are
 * deterministic: the same source and options give the same ids) with a recorder that stops it at the
 * position; there the live heap is walked:
 *
 *   holders   every object reachable from the roots (the frame chain, sys.modules, the builtins, the AST
 *             arena's constants, the handled-exception stack) and every GC-tracked or traced object, then
 *             what they reference, transitively;
 *   edges     per holder, the references it holds, labelled the Python way: list/tuple items `[i]`, dict
 *             values `['key']` (`.name` in an instance `__dict__`) and keys `key 'key'`, a cell's
 *             `cell contents`, a code object's `co_consts[i]`…; other GC objects through tp_traverse (what
 *             gc.get_referents reports), labelled with the field that holds the referent. Frames are
 *             non-object holders: `local x`, `value stack`, the function / globals / builtins they own.
 *
 * The sum of the edges to an object is compared with its refcount (`unexplained` = the difference:
 * references held by C-level structures the model does not name). The edge index (for every traced object)
 * and the reprs of the object and its neighbours are kept for the next inspect at the same position.
 */
import type { AnalyzeOptions } from '../../protocol/analysis';
import type { ObjectDetail, ObjectView, RefEdge } from '../../protocol/heap';
import { PyObject, PyErr, LimitStop, TPFLAGS, decref, refcount } from '../objects/object';
import { ListObject, TupleObject } from '../objects/sequences';
import { DictObject, dictForEach } from '../objects/dict';
import { CellObject, CodeObject } from '../objects/funcobject';
import { StrObject } from '../objects/str';
import { IntObject } from '../objects/singletons';
import { ModuleObject } from '../objects/core_misc';
import { strRepr } from '../lib/pystr';
import { repr as pyRepr } from '../vm/abstract';
import type { Frame } from '../vm/frame';
import type { Runtime } from '../vm/runtime';
import { runProgram } from '../vm/interp';
import { Recorder } from './recorder';
import { F_FREELISTED, F_OBJECT } from './state';

export interface InspectCache {
  position: number;
  /** process-wide run counter when it was made: a later run invalidates nothing here (all data is copied) */
  details: Map<number, ObjectDetail>;
}

/** Thrown by the recorder hook to stop the re-run at the position (never escapes inspectAt). */
class StopAtPosition {}

const REPR_LIMIT = 200;
/** Objects whose repr is computed with the inspected one (its referents and referrers first). */
const NEIGHBOURS = 64;

interface Edge {
  from: PyObject | null;
  fromType: string;
  label: string;
  count: number;
}

export function inspectAt(
  source: string,
  options: AnalyzeOptions,
  position: number,
  count: number,
  id: number,
  cache: InspectCache | null,
): { detail: ObjectDetail | null; cache: InspectCache | null } {
  if (cache !== null && cache.position === position) {
    const hit = cache.details.get(id);
    if (hit !== undefined) return { detail: hit, cache };
  }
  const rec = new Recorder({
    rcScanBudget: 0,
    budgetBytes: 64 * 1024 * 1024,
    onLine(r, p) {
      if (p === position) {
        result = capture(r, id, position);
        throw new StopAtPosition();
      }
    },
  });
  let result: Map<number, ObjectDetail> | null = null;
  runProgram(
    source,
    {
      version: options.version ?? '3.12',
      filename: options.filename ?? '<string>',
      stdin: options.stdin,
      maxSteps: options.maxSteps,
      timeoutMs: options.timeoutMs,
      finalize: false,
    },
    {
      beforeRun(rt) {
        rec.attach(rt);
        if (position === 0) {
          result = capture(rec, id, position);
          throw new StopAtPosition();
        }
      },
    },
  );
  if (result === null && position > count && rec.attached) {
    rec.finish();
    result = capture(rec, id, position);
  }
  if (rec.attached) rec.detach();
  if (result === null) return { detail: null, cache };
  const details: Map<number, ObjectDetail> = result;
  return { detail: details.get(id) ?? null, cache: { position, details } };
}

/** Build the details of `id` and its neighbours from the live runtime (stops recording first). */
function capture(rec: Recorder, id: number, position: number): Map<number, ObjectDetail> {
  const rt = rec.rt;
  rec.detach();
  const st = rec.state;
  const t = rec.tables;
  // traced live objects by id
  const traced = new Map<number, PyObject>();
  for (const [, s] of st.slotOf) {
    const o = rec.objs[s];
    if (o === null || o === undefined || !(st.flags[s] & F_OBJECT) || st.flags[s] & F_FREELISTED) continue;
    traced.set(o.addr, o);
  }
  const targets = new Set(traced.values());
  const instDicts = new Map<PyObject, DictRole>();
  const index = buildIndex(rt, targets, instDicts);
  const out = new Map<number, ObjectDetail>();
  const target = traced.get(id);
  if (target === undefined) return out;
  // the inspected object first, then its neighbours (referents, referrers)
  const order: PyObject[] = [target];
  const seen = new Set<PyObject>(order);
  const push = (o: PyObject | null) => {
    if (o !== null && traced.has(o.addr) && !seen.has(o) && order.length < NEIGHBOURS) {
      seen.add(o);
      order.push(o);
    }
  };
  for (const e of referentsOf(target, instDicts)) push(e.to);
  for (const e of index.get(target) ?? []) push(e.from);
  // refcounts and edges before any repr runs code
  const facts = order.map((o) => ({ o, refcount: refcount(o), referents: referentsOf(o, instDicts), referrers: index.get(o) ?? [] }));
  for (const f of facts) {
    const s = st.slotOf.get(f.o.addr - t.typeHdr[rec.typeIdOf(f.o.ob_type)]);
    const view: ObjectView = {
      id: f.o.addr,
      address: s !== undefined ? st.addr[s] : f.o.addr,
      type: typeName(f.o),
      size: s !== undefined ? st.req[s] : 0,
      blockSize: s !== undefined ? st.block[s] : 0,
      bufferBytes: rec.ownedBufferBytes(f.o),
      refcount: f.refcount,
      generation: f.o.ob_type.tp_flags & TPFLAGS.HAVE_GC ? (f.o.gch === null || f.o.gch.next === null ? 'untracked' : generationName(f.o.gch.gen)) : null,
      line: s !== undefined ? st.line[s] : 0,
      names: [],
      preview: '',
    };
    const referents: RefEdge[] = f.referents.map((e) => ({ from: f.o.addr, fromType: typeName(f.o), label: e.label, to: e.to.addr, count: e.count }));
    const referrers: RefEdge[] = f.referrers.map((e) => ({
      from: e.from === null ? null : e.from.addr,
      fromType: e.fromType,
      label: e.label,
      to: f.o.addr,
      count: e.count,
    }));
    const explained = referrers.reduce((n, e) => n + e.count, 0);
    out.set(f.o.addr, {
      position,
      object: view,
      repr: '',
      referents,
      referrers,
      unexplained: f.o.immortal ? 0 : f.refcount - explained,
      related: [], // filled by the session (panel.ts) from its objects table
    });
  }
  for (const f of facts) out.get(f.o.addr)!.repr = safeRepr(rt, f.o);
  return out;
}

function generationName(g: number): 0 | 1 | 2 | 'permanent' | 'unreachable' {
  // GC head's gen -1: tracked, but on one of the collector's own lists (a collection is running finalizers)
  return g === 0 || g === 1 || g === 2 ? g : g === 3 ? 'permanent' : 'unreachable';
}

function typeName(o: PyObject): string {
  const n = o.ob_type.tp_name;
  return n.slice(n.lastIndexOf('.') + 1);
}

/** repr(o) truncated to REPR_LIMIT characters; errors and limits are reported in the text. */
function safeRepr(rt: Runtime, o: PyObject): string {
  try {
    void rt;
    const s = pyRepr(o);
    const v = s.value;
    decref(s);
    return v.length > REPR_LIMIT ? v.slice(0, REPR_LIMIT) : v;
  } catch (e) {
    if (e instanceof PyErr) return `<repr raised ${typeName(e.exc)}>`;
    if (e instanceof LimitStop) return '<repr stopped by a limit>';
    throw e;
  }
}

/** A short, exact rendering of a dict key for labels (str and int keys; otherwise the type). */
function keyText(k: PyObject): string {
  if (k instanceof StrObject) return strRepr(k.value);
  if (k instanceof IntObject) return String(k.value);
  return `<${typeName(k)}>`;
}

/** The references `o` holds, labelled, in gc.get_referents order for GC types. */
function referentsOf(o: PyObject, instDicts: Map<PyObject, DictRole>): { to: PyObject; label: string; count: number }[] {
  const out: { to: PyObject; label: string; count: number }[] = [];
  if (o instanceof ListObject || o instanceof TupleObject) {
    o.items.forEach((v, i) => out.push({ to: v, label: `[${i}]`, count: 1 }));
    return out;
  }
  if (o instanceof DictObject) {
    // inline values (no dict object in CPython): the instance holds them (below)
    if (isInline(o)) return out;
    const role = instDicts.get(o);
    dictForEach(o, (k, v) => {
      const kt = keyText(k);
      out.push({ to: k, label: `key ${kt}`, count: 1 });
      const name = k instanceof StrObject ? k.value : null;
      const label = name === null || role === undefined ? `[${kt}]` : role === 'main' ? `global ${name}` : `.${name}`;
      out.push({ to: v, label, count: 1 });
    });
    return out;
  }
  if (o instanceof CellObject) {
    if (o.ref !== null) out.push({ to: o.ref, label: 'cell contents', count: 1 });
    return out;
  }
  if (o instanceof CodeObject) {
    // the code object owns its co_consts, co_names and co_localsplusnames tuples (which own the items)
    if (o.constsTuple !== null) out.push({ to: o.constsTuple, label: 'co_consts', count: 1 });
    if (o.namesTuple !== null) out.push({ to: o.namesTuple, label: 'co_names', count: 1 });
    if (o.localsplusTuple !== null) out.push({ to: o.localsplusTuple, label: 'co_localsplusnames', count: 1 });
    out.push({ to: o.filenameObj, label: 'co_filename', count: 1 });
    out.push({ to: o.nameObj, label: 'co_name', count: 1 });
    out.push({ to: o.qualnameObj, label: 'co_qualname', count: 1 });
    return out;
  }
  const trav = o.ob_type.tp_traverse;
  if (trav === null) return out;
  const visited: PyObject[] = [];
  trav(o, (r) => {
    visited.push(r);
  });
  // an instance's inline attribute values are visited one by one: label them with their names
  const attrs = new Map<PyObject, string[]>();
  const d = o.dict;
  if (d instanceof DictObject && isInline(d)) {
    dictForEach(d, (k, v) => {
      const l = attrs.get(v);
      const name = k instanceof StrObject ? `.${k.value}` : `[${keyText(k)}]`;
      if (l === undefined) attrs.set(v, [name]);
      else l.push(name);
    });
  }
  const used = new Set<string>();
  for (const r of visited) {
    const names = attrs.get(r);
    const label = names !== undefined && names.length > 0 ? names.shift()! : fieldLabel(o, r, used);
    out.push({ to: r, label, count: 1 });
  }
  return out;
}

/** How a dict is used: an instance's `__dict__`, the main module's globals, another module's namespace. */
type DictRole = 'instance' | 'main' | 'module';

/** A dict standing for an instance's inline values (the model's object, not a CPython object). */
function isInline(d: PyObject): boolean {
  return (d as unknown as { inlineValues?: boolean }).inlineValues === true;
}

/** `.field` / `.field[i]` of the JS field of `holder` that holds `r` (each field used once), else `referent`. */
function fieldLabel(holder: PyObject, r: PyObject, used: Set<string>): string {
  if (holder.ob_type === r && !used.has('__class__')) {
    used.add('__class__');
    return '.__class__';
  }
  const rec = holder as unknown as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    if (k === 'ob_type' || k.startsWith('gc_')) continue;
    const v = rec[k];
    if (v === r && !used.has(k)) {
      used.add(k);
      return k === 'dict' ? '.__dict__' : `.${k}`;
    }
    if (Array.isArray(v)) {
      const i = v.indexOf(r);
      if (i >= 0 && !used.has(`${k}[${i}]`)) {
        used.add(`${k}[${i}]`);
        return `.${k}[${i}]`;
      }
    }
  }
  return 'referent';
}

/**
 * Every reference to one of `targets` held in the heap: holder objects reached from the roots, and the
 * frames of the running stack (non-object holders).
 */
function buildIndex(rt: Runtime, targets: Set<PyObject>, instDicts: Map<PyObject, DictRole>): Map<PyObject, Edge[]> {
  const mainModule = (rt as unknown as { mainModule: PyObject }).mainModule;
  const index = new Map<PyObject, Edge[]>();
  const add = (to: PyObject, from: PyObject | null, fromType: string, label: string) => {
    if (!targets.has(to)) return;
    let l = index.get(to);
    if (l === undefined) index.set(to, (l = []));
    const prev = l.find((e) => e.from === from && e.label === label && e.fromType === fromType);
    if (prev !== undefined) prev.count++;
    else l.push({ from, fromType, label, count: 1 });
  };
  // holders: BFS from the roots and the collector's lists
  const seen = new Set<PyObject>();
  const queue: PyObject[] = [];
  const visit = (o: PyObject | null | undefined) => {
    if (o === null || o === undefined || seen.has(o)) return;
    seen.add(o);
    queue.push(o);
  };
  // non-object holders: the frames
  for (let f: Frame | null = rt.frame; f !== null; f = f.back) frameEdges(f, add, visit);
  const R = rt as unknown as { modules: PyObject; builtinsDict: PyObject; builtinsModule: PyObject; mainModule: PyObject };
  visit(R.modules);
  visit(R.builtinsDict);
  visit(R.builtinsModule);
  visit(R.mainModule);
  for (const c of rt.astRefs) {
    add(c, null, 'AST arena', 'constant of the compiled module');
    visit(c);
  }
  for (let e: typeof rt.excInfo | null = rt.excInfo; e !== null; e = e.prev) {
    if (e.value !== null) {
      add(e.value, null, 'thread state', 'handled exception');
      visit(e.value);
    }
  }
  for (const g of rt.gc.generations) for (const o of g.toArray()) visit(o);
  for (const o of rt.gc.permanent.toArray()) visit(o);
  for (const o of targets) visit(o);
  // every holder first (an instance's __dict__ labels its values `.name`), then their edges
  const holders: PyObject[] = [];
  while (queue.length > 0) {
    const o = queue.pop()!;
    holders.push(o);
    const d = o.dict;
    if (d !== null && d !== undefined && !(o instanceof DictObject)) {
      instDicts.set(d, o === mainModule ? 'main' : o instanceof ModuleObject ? 'module' : 'instance');
    }
    for (const e of referentsOf(o, instDicts)) visit(e.to);
  }
  for (const o of holders) for (const e of referentsOf(o, instDicts)) add(e.to, o, typeName(o), e.label);
  return index;
}

/** References a running frame holds: its fast locals (cells included), value stack and owned mappings. */
function frameEdges(
  f: Frame,
  add: (to: PyObject, from: PyObject | null, fromType: string, label: string) => void,
  visit: (o: PyObject | null) => void,
): void {
  const spec = f.code.spec;
  const where = `frame ${spec.co_qualname}`;
  const n = f.code.nlocalsplus;
  for (let i = 0; i < n; i++) {
    const v = f.s[i];
    if (v === null || v === undefined) continue;
    add(v, null, where, `local ${spec.co_localsplusnames[i]}`);
    visit(v);
  }
  for (let i = n; i < f.sp; i++) {
    const v = f.s[i];
    if (v === null || v === undefined) continue;
    add(v, null, where, 'value stack');
    visit(v);
  }
  if (f.func !== null) {
    add(f.func, null, where, 'function');
    visit(f.func);
  } else {
    // a module frame run directly owns its code, globals and builtins (interp.ts runMain)
    add(f.code, null, where, 'code');
    add(f.globals, null, where, 'globals');
    add(f.builtins, null, where, 'builtins');
    visit(f.code);
    visit(f.globals);
    visit(f.builtins);
  }
  if (f.locals !== null && f.locals !== f.globals) {
    add(f.locals, null, where, 'locals mapping');
    visit(f.locals);
  }
}

