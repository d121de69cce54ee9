/**
 * What both trace recorders share (recorder.ts: the step-through recording; light.ts: per-line attribution
 * only): the shadow frame stack kept equal to the runtime's frame chain, the line each frame is running
 * (CPython 3.12 `sys.settrace` line semantics, backward jumps included), and the name bindings of the
 * analysed file with their reference changes.
 *
 * Name bindings are observed without touching the eval loop: every code object is scanned once for the
 * instructions that store or delete a name (STORE_FAST, STORE_NAME, STORE_GLOBAL, STORE_DEREF, their
 * DELETE_ forms, LOAD_FAST_AND_CLEAR), grouped by line; when a frame leaves a line (next line event, a
 * call, a step, a return) the names that line can bind are compared with their previous values.
 *
 * A subclass says what a frame push / pop, a line change and a bind mean to it (the hooks below), and
 * handles the heap, freelist, GC and step events `hook` routes to it.
 */
import { IMMORTAL_REFCNT_STORED, PyObject, PyType, TPFLAGS, decodeAddr } from '../objects/object';
import type { CodeObject } from '../objects/funcobject';
import { CellObject } from '../objects/funcobject';
import { DictObject, dictGetItem, dictGetStr, dictForEach } from '../objects/dict';
import { StrObject, probe } from '../objects/str';
import { TupleObject } from '../objects/sequences';
import { Op } from '../compiler/opcodes';
import { CO_FAST_CELL, CO_FAST_FREE } from '../compiler/code';
import type { Runtime, Tracer } from '../vm/runtime';
import type { Frame } from '../vm/frame';
import type { HeapListener } from '../memory/heap';
import type { GCCollectionEvent } from '../memory/gc';
import { TraceTables } from './state';
import { LineSummary, refChangeKey, type RefAgg } from './summary';

const enum W {
  FAST = 0,
  NAME = 1,
  GLOBAL = 2,
}

interface Watch {
  kind: W;
  /** slot for FAST, else -1 */
  slot: number;
  name: string;
  nameId: number;
  /** the reference-change labels of this name (made once: no string building per event) */
  labels: RefLabels;
  /** the name as a dict lookup key (str.ts probe: no string map lookup per comparison) */
  key: StrObject;
  /** the name was in the main module before the program ran (not reported as a program binding) */
  initial: boolean;
  /** FAST: the slot is a cell or free variable (its value is read through the cell) */
  cell: boolean;
  /** the name's last value in the main module's globals, as compared (shared by every watch of the name) */
  global: GlobalShadow;
  /**
   * where the name's entry was in the globals' table at the last lookup (entry index, -1: none) and its
   * stored key: the entry still holds it while the key is there (a delete clears the key), so a comparison
   * reads the value without a lookup, as LOAD_GLOBAL's cache does (vm/eval.ts cachedGlobal)
   */
  gix: number;
  gkey: PyObject | null;
  /**
   * this line's summary entries for the reference changes of a bind (LineSummary.refAgg, fetched on first
   * use; null while not fetched or when the line's list is full)
   */
  boundAgg: RefAgg | null;
  delAgg: RefAgg | null;
  reboundAgg: RefAgg | null;
}

/** One more reference change counted in `r`, with the counts of the last one. */
function countRef(r: RefAgg, before: number, after: number): void {
  r.before = before;
  r.after = after;
  r.count++;
}

/** The value a global name had when it was last compared. */
interface GlobalShadow {
  value: PyObject | null;
}

/** Names, causes and summary keys of the reference changes a bind of `name` reports. */
interface RefLabels {
  bound: string;
  boundKey: string;
  previous: string;
  del: string;
  delKey: string;
  rebound: string;
  reboundKey: string;
}

const NO_SLOTS = new Int32Array(0);

function watch(kind: W, slot: number, name: string, global: GlobalShadow, initial: boolean, cell: boolean): Watch {
  return {
    kind, slot, name, nameId: 0, labels: refLabels(name), key: probe(name), initial, cell, global, gix: -1, gkey: null,
    boundAgg: null, delAgg: null, reboundAgg: null,
  };
}

function refLabels(name: string): RefLabels {
  const bound = `bound to ${name}`;
  const previous = `previous ${name}`;
  const del = `del ${name}`;
  const rebound = `${name} rebound`;
  return {
    bound,
    boundKey: refChangeKey(name, bound),
    previous,
    del,
    delKey: refChangeKey(previous, del),
    rebound,
    reboundKey: refChangeKey(previous, rebound),
  };
}

/** The names one line can bind. */
export interface LineWatches {
  ws: Watch[];
  /**
   * the slots of the plain locals (no cell) that `ws` starts with: compared first, without reading a Watch
   * (a line left at a call, before its store, or whose stores did not change a value binds nothing)
   */
  slots: Int32Array;
}

interface CodeInfo {
  id: number;
  user: boolean;
  /** watches by line (sparse) */
  watch: (LineWatches | undefined)[];
  /** every name watched in a locals mapping (class bodies) */
  nsNames: Set<string>;
  kinds: number[];
  slotNameIds: number[];
}

export interface ShadowFrame {
  f: Frame;
  info: CodeInfo;
  /** the source positions of f's code (4 per instruction: its line first), read at every event */
  pos: Int32Array;
  line: number;
  fast: (PyObject | null)[];
  /** class-body namespace values (locals mapping that is not the globals) */
  ns: Map<string, PyObject | null> | null;
}

/**
 * compareWatches' first test, for the attribution recorder's per-step path (small enough for V8 to inline):
 * false when the plain locals `lw` starts with still hold what frame `sf` had when its line began
 * and `lw` watches nothing else, so the line bound nothing.
 */
export function lineMayHaveBound(sf: ShadowFrame, lw: LineWatches): boolean {
  const slots = lw.slots;
  const fs = sf.f.s;
  const fast = sf.fast;
  let i = 0;
  while (i < slots.length && fs[slots[i]] === fast[slots[i]]) i++;
  return i !== lw.ws.length;
}

export abstract class ShadowRecorder implements Tracer, HeapListener {
  readonly tables = new TraceTables();
  readonly summary = new LineSummary(this.tables);
  rt!: Runtime;
  userFile = '';
  attached = false;
  startStep = 0;
  private typeIds = new Map<PyType, number>();
  private codes = new Map<CodeObject, CodeInfo>();
  protected shadow: ShadowFrame[] = [];
  /**
   * frames popped from `shadow` by slot count, reused by the next pushes of as many slots (recursion, and
   * calls that alternate between functions: a method calling a constructor in a loop)
   */
  private spareShadow: (ShadowFrame[] | undefined)[] = [];
  /** by name: the values of the main module's globals as last compared */
  private globalShadow = new Map<string, GlobalShadow>();
  /** names present in the main module before the program ran (not reported as program bindings) */
  initialGlobals = new Set<string>();
  private mainGlobals: DictObject | null = null;
  protected prevHeapListener: HeapListener | null = null;
  private prevFlPush: ((o: PyObject) => void) | null = null;
  private prevFlPop: ((o: PyObject) => void) | null = null;
  private prevGcListener: ((e: GCCollectionEvent) => void) | null = null;
  /** codeInfo's last answer */
  private lastCode: CodeObject | null = null;
  private lastInfo: CodeInfo | null = null;
  private prevCode: CodeObject | null = null;
  private prevInfo: CodeInfo | null = null;
  /** typeIdOf's last answer (read before calling it where a call per event counts) */
  protected lastType: PyType | null = null;
  protected lastTypeId = 0;
  private prevType: PyType | null = null;
  private prevTypeId = 0;

  // ================================================================ what a subclass records

  /** A frame of code `codeId` was pushed (its line is the code's first line). */
  protected abstract framePushed(codeId: number): void;
  /** The top frame was popped (`user`: it ran the analysed file). */
  protected abstract framePopped(user: boolean): void;
  /** The top frame moved to `line` without a line event (resumed frame, jump mid-line). */
  protected abstract lineMoved(line: number): void;
  /** `nameId` is bound to `v` (null: unbound) in the top frame, the globals, or the frame at `depth` (>= 0). */
  protected abstract bind(nameId: number, global: boolean, v: PyObject | null, depth: number): void;
  /** false when `bind` does nothing with a pushed frame's bindings (pushShadow skips the calls) */
  protected readonly bindsFrames: boolean = true;
  /** `o`, whose stored count is `c`, is a live traced object (for the `after` count of a previous value). */
  protected abstract tracedLive(o: PyObject, c: number): boolean;
  /** Type `t` got id `id`. */
  protected newType(_id: number, _t: PyType): void {}
  /** Parking of an object that was on a freelist when the recorder attached (`req`: its requested bytes). */
  protected abstract parkPreexisting(o: PyObject, req: number): void;
  protected abstract freelistPush(o: PyObject): void;
  protected abstract freelistPop(o: PyObject): void;
  protected abstract collection(e: GCCollectionEvent): void;
  /** An eval-breaker poll (a step) just ran (Tracer.step: vm/eval.ts calls it while tracing). */
  abstract step(): void;
  abstract onAlloc(addr: number, requested: number, obj: PyObject | null): void;
  abstract onFree(addr: number, obj: PyObject | null): void;
  abstract onRealloc(oldAddr: number, newAddr: number, requested: number): void;
  /** Start recording `rt` (before its program runs). */
  abstract attach(rt: Runtime): void;
  /** Stop at the end of the run (the runtime may go on untraced). */
  abstract finish(): void;

  // ================================================================ attach / detach

  /** Start observing `rt`: the main module's names, then the objects already parked on freelists. */
  protected attachNames(rt: Runtime): void {
    this.rt = rt;
    this.userFile = rt.filename;
    this.startStep = rt.steps;
    const main = rt.mainModule?.dict;
    if (main instanceof DictObject) {
      this.mainGlobals = main;
      dictForEach(main, (k) => {
        if (k instanceof StrObject) this.initialGlobals.add(k.value);
      });
    }
    // objects parked in freelists before the trace started
    const fls = rt.freelists;
    const pre = (o: PyObject) => {
      const hdr = rt.heap.headerOf(o.ob_type.tp_flags);
      let req = o.ob_type.tp_basicsize + hdr;
      if (o instanceof TupleObject) req += 8 * o.items.length;
      return req;
    };
    for (const o of fls.float) this.parkPreexisting(o, pre(o));
    for (const o of fls.list) this.parkPreexisting(o, pre(o));
    for (const o of fls.dict) this.parkPreexisting(o, pre(o));
    fls.tuple.forEach((lst, n) => {
      if (lst) for (const o of lst) this.parkPreexisting(o, pre(o) + 8 * n);
    });
  }

  /** Route the heap listener, freelist hooks, GC listener and tracer (lines, calls, steps…) of `rt` here. */
  protected hook(rt: Runtime): void {
    this.prevHeapListener = rt.heap.listener;
    rt.heap.listener = this;
    const prevPush = (this.prevFlPush = rt.onFreelistPushHook);
    const prevPop = (this.prevFlPop = rt.onFreelistPopHook);
    // (bound methods when no other hook comes first: a float operation parks one float and takes another)
    const push = this.freelistPush.bind(this);
    const pop = this.freelistPop.bind(this);
    rt.onFreelistPushHook = prevPush === null ? push : (o) => {
      prevPush(o);
      push(o);
    };
    rt.onFreelistPopHook = prevPop === null ? pop : (o) => {
      prevPop(o);
      pop(o);
    };
    const gc = rt.gc as unknown as { listener?: ((e: GCCollectionEvent) => void) | null };
    if (gc && 'listener' in gc) {
      const prev = (this.prevGcListener = gc.listener ?? null);
      gc.listener = (e) => {
        prev?.(e);
        this.collection(e);
      };
    }
    rt.tracer = this;
    rt.tracing = true;
    this.attached = true;
  }

  /** Undo `hook` (the runtime keeps running untraced). */
  protected unhook(): void {
    const rt = this.rt;
    this.attached = false;
    rt.tracing = false;
    rt.tracer = null;
    rt.heap.listener = this.prevHeapListener;
    rt.onFreelistPushHook = this.prevFlPush;
    rt.onFreelistPopHook = this.prevFlPop;
    const gc = rt.gc as unknown as { listener?: ((e: GCCollectionEvent) => void) | null };
    if (gc && 'listener' in gc) gc.listener = this.prevGcListener;
  }

  // ================================================================ tables

  typeIdOf(t: PyType): number {
    // events come in runs of one type (a loop of floats), or alternate between two (floats and their loop's
    // ints): the last two answers first
    if (t === this.lastType) return this.lastTypeId;
    let id = t === this.prevType ? this.prevTypeId : this.typeIds.get(t);
    if (id === undefined) {
      id = this.tables.typeNames.length;
      const name = t.tp_name;
      this.tables.typeNames.push(name.slice(name.lastIndexOf('.') + 1));
      this.tables.typeHdr.push(this.rt.heap.headerOf(t.tp_flags));
      this.tables.typeGC.push((t.tp_flags & TPFLAGS.HAVE_GC) !== 0);
      this.newType(id, t);
      this.typeIds.set(t, id);
    }
    this.prevType = this.lastType;
    this.prevTypeId = this.lastTypeId;
    this.lastType = t;
    this.lastTypeId = id;
    return id;
  }

  protected codeInfo(co: CodeObject): CodeInfo {
    // calls come in runs of one code object (recursion, a function called in a loop) or alternate between
    // two (a generator expression resuming the generator it consumes): the last two answers first
    if (co === this.lastCode) return this.lastInfo!;
    let info = co === this.prevCode ? this.prevInfo! : this.codes.get(co);
    if (info !== undefined) {
      this.prevCode = this.lastCode;
      this.prevInfo = this.lastInfo;
      this.lastCode = co;
      this.lastInfo = info;
      return info;
    }
    const t = this.tables;
    const id = t.codeNames.length;
    const spec = co.spec;
    const file = spec.co_filename;
    const user = file === this.userFile;
    t.codeNames.push(spec.co_qualname);
    t.codeFiles.push(file);
    t.codeUser.push(user);
    t.codeFirstLine.push(spec.co_firstlineno);
    info = {
      id,
      user,
      watch: [],
      nsNames: new Set(),
      kinds: spec.co_localspluskinds,
      slotNameIds: spec.co_localsplusnames.map((n) => t.nameId(n)),
    };
    if (user) this.scanStores(co, info);
    this.codes.set(co, info);
    return info;
  }

  private watchOf(kind: W, slot: number, name: string, cell = false): Watch {
    let g = this.globalShadow.get(name);
    if (g === undefined) this.globalShadow.set(name, (g = { value: null }));
    return watch(kind, slot, name, g, this.initialGlobals.has(name), cell);
  }

  private scanStores(co: CodeObject, info: CodeInfo): void {
    const spec = co.spec;
    const code = spec.code;
    const pos = spec.positions;
    const n = code.length >> 1;
    let line = spec.co_firstlineno;
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      if (pos[4 * i] >= 0) line = pos[4 * i];
      const op = code[2 * i];
      const arg = code[2 * i + 1];
      let w: Watch | null = null;
      switch (op) {
        case Op.STORE_FAST:
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
          w = this.watchOf(W.FAST, arg, spec.co_localsplusnames[arg], (info.kinds[arg] & (CO_FAST_CELL | CO_FAST_FREE)) !== 0);
          break;
        case Op.STORE_NAME:
        case Op.DELETE_NAME:
          w = this.watchOf(W.NAME, -1, spec.co_names[arg]);
          info.nsNames.add(spec.co_names[arg]);
          break;
        case Op.STORE_GLOBAL:
        case Op.DELETE_GLOBAL:
          w = this.watchOf(W.GLOBAL, -1, spec.co_names[arg]);
          break;
      }
      if (w === null) continue;
      const key = `${line}:${w.kind}:${w.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      w.nameId = this.tables.nameId(w.name);
      (info.watch[line] ??= { ws: [], slots: NO_SLOTS }).ws.push(w);
    }
    for (const lw of info.watch) {
      if (lw === undefined) continue;
      let k = 0;
      while (k < lw.ws.length && lw.ws[k].kind === W.FAST && !lw.ws[k].cell) k++;
      lw.slots = Int32Array.from(lw.ws.slice(0, k), (w) => w.slot);
    }
  }

  // ================================================================ frames

  /** The line frame `sf` is running. */
  protected lineOf(sf: ShadowFrame): number {
    const f = sf.f;
    const l = sf.pos[4 * f.lasti];
    return l >= 0 ? l : f.lineno;
  }

  /** Make the shadow stack equal the runtime's frame chain (framePopped / framePushed). */
  protected sync(): void {
    const target = this.rt.frame;
    const sh = this.shadow;
    const top = sh.length > 0 ? sh[sh.length - 1] : null;
    if (top !== null && top.f === target) return;
    // fast paths: a call (target.back is the top) and a return (target is the one below)
    if (target !== null && target.back === (top === null ? null : top.f)) {
      if (top !== null) {
        this.leaveLine(top);
        this.ensureLine(top);
      }
      this.pushShadow(target);
      return;
    }
    if (top !== null && sh.length >= 2 && sh[sh.length - 2].f === target) {
      this.popShadow();
      return;
    }
    // general case
    const chain: Frame[] = [];
    for (let f = target; f !== null; f = f.back) chain.push(f);
    chain.reverse();
    let common = 0;
    while (common < sh.length && common < chain.length && sh[common].f === chain[common]) common++;
    while (sh.length > common) this.popShadow();
    if (sh.length > 0 && common < chain.length) {
      this.leaveLine(sh[sh.length - 1]);
      this.ensureLine(sh[sh.length - 1]);
    }
    for (let i = common; i < chain.length; i++) this.pushShadow(chain[i]);
  }

  protected pushShadow(f: Frame): void {
    const info = this.codeInfo(f.code);
    this.framePushed(info.id);
    const nl = f.code.nlocalsplus;
    const line = this.tables.codeFirstLine[info.id];
    const spare = this.spareShadow[nl];
    let sf = spare !== undefined && spare.length > 0 ? spare.pop()! : null;
    const pos = f.code.spec.positions;
    if (sf !== null) {
      sf.f = f;
      sf.info = info;
      sf.pos = pos;
      sf.line = line;
      // (a user frame's slots are all written below)
      if (!info.user) sf.fast.fill(null);
      sf.ns = null;
    } else sf = { f, info, pos, line, fast: new Array(nl).fill(null), ns: null };
    this.shadow.push(sf);
    if (info.user) {
      if (f.locals !== null && f.locals !== f.globals) sf.ns = new Map();
      // the frame's current bindings (arguments, closure cells, or a resumed generator's locals); slotValue
      // written out (a call per slot of every call of a user function)
      const fast = sf.fast;
      const s = f.s;
      const kinds = info.kinds;
      const binds = this.bindsFrames;
      for (let i = 0; i < nl; i++) {
        let v = s[i];
        if (v === undefined) v = null;
        else if (v !== null && kinds[i] & (CO_FAST_CELL | CO_FAST_FREE) && v instanceof CellObject) v = v.ref;
        fast[i] = v;
        if (v !== null && binds) this.bind(info.slotNameIds[i], false, v, -1);
      }
      if (sf.ns !== null && f.locals instanceof DictObject) {
        for (const name of info.nsNames) {
          const v = dictGetStr(f.locals, name);
          if (v !== null) {
            sf.ns.set(name, v);
            this.bind(this.tables.nameId(name), false, v, -1);
          }
        }
      }
    }
    this.ensureLine(sf);
  }

  protected popShadow(): void {
    const sf = this.shadow.pop();
    // kept for the next push (a generator resumed in a loop pushes and pops a frame per item), without its
    // frame and values (the engine recycles finished frames)
    if (sf !== undefined) {
      const spare = (this.spareShadow[sf.fast.length] ??= []);
      if (spare.length < 64) {
        sf.f = null!;
        spare.push(sf);
      }
    }
    this.framePopped(sf !== undefined && sf.info.user);
  }

  /** Record a line change of the top frame that was not a line event (resumed frame, jump mid-line). */
  protected ensureLine(sf: ShadowFrame): void {
    const l = this.lineOf(sf);
    if (l !== sf.line && l > 0) this.moveLine(sf, l);
  }

  private moveLine(sf: ShadowFrame, l: number): void {
    this.leaveLine(sf);
    sf.line = l;
    this.lineMoved(l);
  }

  protected slotValue(f: Frame, info: CodeInfo, i: number): PyObject | null {
    const v = f.s[i];
    if (v !== null && v !== undefined && info.kinds[i] & (CO_FAST_CELL | CO_FAST_FREE) && v instanceof CellObject) return v.ref;
    return v ?? null;
  }


  private propagateCell(cell: PyObject, v: PyObject | null): void {
    const sh = this.shadow;
    for (let d = sh.length - 2; d >= 0; d--) {
      const sf = sh[d];
      if (!sf.info.user) continue;
      const s = sf.f.s;
      const kinds = sf.info.kinds;
      for (let j = 0; j < sf.fast.length; j++) {
        if (s[j] === cell && kinds[j] & (CO_FAST_CELL | CO_FAST_FREE) && sf.fast[j] !== v) {
          sf.fast[j] = v;
          this.bind(sf.info.slotNameIds[j], false, v, d);
        }
      }
    }
  }

  /**
   * Compare the names line `sf.line` can bind with their previous values (`bind` on change). Small enough for
   * V8 to inline at every line event and step: most lines bind nothing.
   */
  protected leaveLine(sf: ShadowFrame): void {
    const lw = sf.info.watch[sf.line];
    if (lw !== undefined) this.compareWatches(sf, lw);
  }

  protected compareWatches(sf: ShadowFrame, lw: LineWatches): void {
    const f = sf.f;
    const ws = lw.ws;
    const slots = lw.slots;
    const fs = f.s;
    const fast = sf.fast;
    let i = 0;
    while (i < slots.length && fs[slots[i]] === fast[slots[i]]) i++;
    if (i === ws.length) return;
    for (; i < ws.length; i++) {
      const w = ws[i];
      let cur: PyObject | null;
      let old: PyObject | null;
      let global = false;
      if (w.kind === W.FAST) {
        // the common case first: a plain local that did not change (no cell to read through)
        old = sf.fast[w.slot];
        const v = f.s[w.slot];
        if (v === old && !w.cell) continue;
        cur = w.cell ? this.slotValue(f, sf.info, w.slot) : (v ?? null);
        if (cur === old) continue;
        sf.fast[w.slot] = cur;
        const cell = f.s[w.slot];
        if (w.cell && sf.info.kinds[w.slot] & (CO_FAST_CELL | CO_FAST_FREE) && cell instanceof CellObject && this.shadow.length > 1) {
          this.bind(w.nameId, false, cur, -1);
          this.propagateCell(cell, cur);
          this.refChanges(sf.line, w, cur, old);
          continue;
        }
      } else if (w.kind === W.NAME && sf.ns !== null) {
        const d = f.locals;
        cur = d instanceof DictObject ? dictGetItem(d, w.key) : null;
        old = sf.ns.get(w.name) ?? null;
        if (cur === old) continue;
        sf.ns.set(w.name, cur);
      } else {
        if (f.globals !== this.mainGlobals || w.initial) continue;
        global = true;
        const d = f.globals;
        if (d instanceof DictObject) {
          const t = d.table;
          const ix = w.gix;
          cur = ix >= 0 && t.keyAt(ix) === w.gkey ? t.valueAt(ix) : this.globalLookup(w, d);
        } else cur = null;
        old = w.global.value;
        if (cur === old) continue;
        w.global.value = cur;
      }
      this.bind(w.nameId, global, cur, -1);
      this.refChanges(sf.line, w, cur, old);
    }
  }

  /** The value of `w`'s name in the globals `d` (null: none), its entry remembered in `w`. */
  private globalLookup(w: Watch, d: DictObject): PyObject | null {
    const t = d.table;
    const ix = t.lookup(w.key);
    if (ix < 0) {
      w.gix = -1;
      return null;
    }
    w.gix = ix;
    w.gkey = t.keyAt(ix);
    return t.valueAt(ix);
  }

  /** The reference changes of a bind of watch `w` on `line` (its own line) in the per-line summary. */
  private refChanges(line: number, w: Watch, cur: PyObject | null, old: PyObject | null): void {
    const sum = this.summary;
    const l = w.labels;
    // (the stored count read once, not through the `immortal` getter: these objects are of any class)
    const cc = cur !== null ? cur.ob_refcnt : IMMORTAL_REFCNT_STORED;
    if (cc !== IMMORTAL_REFCNT_STORED) {
      const r = w.boundAgg ?? (w.boundAgg = sum.refAgg(line, l.boundKey, w.name, l.bound));
      if (r !== null) countRef(r, cc - 1, cc);
    }
    if (old === null) return;
    const c = old.ob_refcnt;
    if (c === IMMORTAL_REFCNT_STORED) return;
    const after = this.tracedLive(old, c) ? c : 0;
    let r: RefAgg | null;
    if (cur === null) r = w.delAgg ?? (w.delAgg = sum.refAgg(line, l.delKey, l.previous, l.del));
    else r = w.reboundAgg ?? (w.reboundAgg = sum.refAgg(line, l.reboundKey, l.previous, l.rebound));
    if (r !== null) countRef(r, after + 1, after);
  }

  // ================================================================ Tracer

  /** A line event of `f`: the shadow stack synced, the names of the line left compared; returns the top frame, now at its new line. */
  protected lineTop(f: Frame): ShadowFrame {
    const sh = this.shadow;
    let n = sh.length;
    if (n === 0 || sh[n - 1].f !== f) {
      this.sync();
      n = sh.length;
    }
    const top = sh[n - 1];
    const l = this.lineOf(top);
    // leaveLine written out (a line event comes every few instructions)
    const lw = top.info.watch[top.line];
    if (lw !== undefined) this.compareWatches(top, lw);
    top.line = l;
    return top;
  }

  abstract line(f: Frame): void;

  call(_f: Frame): void {
    this.sync();
  }

  ret(f: Frame, _v: PyObject): void {
    const sh = this.shadow;
    let top = sh.length > 0 ? sh[sh.length - 1] : null;
    if (top === null || top.f !== f) {
      // frames left by an exception are still on the shadow stack: drop them now (f is the running frame)
      this.sync();
      top = sh.length > 0 ? sh[sh.length - 1] : null;
    }
    // popped before the engine recycles the frame (vm/frame.ts recycleFrame): the shadow stack never holds
    // a finished frame, whose object a later call may reuse
    if (top !== null && top.f === f) {
      this.leaveLine(top);
      this.popShadow();
    }
  }

  exception(_f: Frame, _exc: PyObject): void {
    this.sync();
  }

  /**
   * The line a step's backward jump lands on when it is a line event (0: none): CPython (3.12 settrace)
   * also reports a line event at the target of a backward jump that is not the start of a line.
   */
  protected backwardJumpLine(top: ShadowFrame): number {
    const f = top.f;
    const code = f.code.code;
    if (code[2 * f.lasti] !== Op.JUMP_BACKWARD) return 0;
    const target = code[2 * f.lasti + 1];
    if (f.code.lineStarts[target] !== 0) return 0;
    const l = f.code.spec.positions[4 * target];
    return l > 0 ? l : 0;
  }

  // ================================================================ heap listener

  /** Before a heap, freelist or GC event: the shadow stack synced and its top frame on its current line. */
  protected syncForEvent(): void {
    const sh = this.shadow;
    let n = sh.length;
    const target = this.rt.frame;
    if (n === 0 ? target !== null : sh[n - 1].f !== target) {
      this.sync();
      n = sh.length;
    }
    if (n === 0) return;
    // ensureLine written out (heap events come several times per line): the position's line when it has one
    const t = sh[n - 1];
    const l = t.pos[4 * t.f.lasti];
    if (l < 0) this.ensureLine(t);
    else if (l !== t.line && l > 0) this.moveLine(t, l);
  }

  protected blockOf(o: PyObject): number {
    const t = o.ob_type;
    return decodeAddr(o.addrCode) - this.tables.typeHdr[t === this.lastType ? this.lastTypeId : this.typeIdOf(t)];
  }
}
