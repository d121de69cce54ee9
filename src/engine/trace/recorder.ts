/**
 * The trace recorder: plugs into a Runtime (tracer, heap listener, freelist hooks, GC listener, the eval
 * breaker that counts steps, and output) and writes the event stream (events.ts) while keeping the mirror
 * state (state.ts) and the per-line summary (summary.ts) up to date.
 *
 * Name bindings are observed without touching the eval loop: every code object is scanned once for the
 * instructions that store or delete a name (STORE_FAST, STORE_NAME, STORE_GLOBAL, STORE_DEREF, their
 * DELETE_ forms, LOAD_FAST_AND_CLEAR), grouped by line; when a frame leaves a line (next line event, a
 * call, a step, a return) the names that line can bind are compared with their previous values.
 * Reference counts of the traced objects are compared at every step while a work budget lasts; after
 * that they are exact at checkpoints only (reported by seek).
 */
import { PyObject, PyType, RT } from '../objects/object';
import type { CodeObject } from '../objects/funcobject';
import { CellObject } from '../objects/funcobject';
import { DictObject, dictGetStr, dictForEach } from '../objects/dict';
import { StrObject } from '../objects/str';
import { TupleObject } from '../objects/sequences';
import { Op } from '../compiler/opcodes';
import { CO_FAST_CELL, CO_FAST_FREE } from '../compiler/code';
import type { Runtime, Tracer } from '../vm/runtime';
import type { Frame } from '../vm/frame';
import type { HeapListener } from '../memory/heap';
import { Ev, EventLog, addrHi, addrLo, pymallocBlock, GC_REASONS } from './events';
import { MirrorState, TraceTables, F_FREELISTED, checkpointBytes, type Checkpoint } from './state';
import { LineSummary } from './summary';

export interface RecorderOptions {
  /** Bytes kept for events and checkpoints; the oldest chunks are dropped beyond (default 256 MiB). */
  budgetBytes?: number;
  /** Minimum words per chunk (checkpoint interval), default 65536. */
  chunkWords?: number;
  /** Object-visits allowed for per-step refcount comparison (default 100 million). */
  rcScanBudget?: number;
  /** Called after each step's event (tests stop a run here and inspect the live state). */
  onStep?(rec: Recorder, step: number): void;
}

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
}

interface CodeInfo {
  id: number;
  user: boolean;
  /** watches by line (sparse) */
  watch: (Watch[] | undefined)[];
  /** every name watched in a locals mapping (class bodies) */
  nsNames: Set<string>;
  kinds: number[];
  slotNameIds: number[];
}

interface ShadowFrame {
  f: Frame;
  info: CodeInfo;
  line: number;
  fast: (PyObject | null)[];
  /** class-body namespace values (locals mapping that is not the globals) */
  ns: Map<string, PyObject | null> | null;
}

export class Recorder implements Tracer, HeapListener {
  readonly tables = new TraceTables();
  readonly summary: LineSummary;
  readonly state: MirrorState;
  readonly log: EventLog<Checkpoint>;
  rt!: Runtime;
  userFile = '';
  private typeIds = new Map<PyType, number>();
  private codes = new Map<CodeObject, CodeInfo>();
  private shadow: ShadowFrame[] = [];
  private globalShadow = new Map<string, PyObject | null>();
  /** names present in the main module before the program ran (not reported as program bindings) */
  initialGlobals = new Set<string>();
  private mainGlobals: DictObject | null = null;
  /** live objects by slot (for refcount comparison and direct capture) */
  objs: (PyObject | null)[] = [];
  private rcBudget: number;
  /** last step whose refcounts are exact in the replay (Infinity while the scan budget lasts) */
  rcExactUntil = Infinity;
  private chunkWords: number;
  private onStep: ((rec: Recorder, step: number) => void) | null;
  private prevHeapListener: HeapListener | null = null;
  private prevFlPush: ((o: PyObject) => void) | null = null;
  private prevFlPop: ((o: PyObject) => void) | null = null;
  startStep = 0;
  /** stdout / stderr arrays of the runtime (output so far = their first N pieces) */
  stdout: string[] = [];
  stderr: string[] = [];
  attached = false;
  untrackedFrees = 0;

  constructor(options: RecorderOptions = {}) {
    this.summary = new LineSummary(this.tables);
    this.state = new MirrorState(this.tables);
    this.state.sink = this.summary;
    this.chunkWords = options.chunkWords ?? 1 << 16;
    this.log = new EventLog<Checkpoint>(options.budgetBytes ?? 256 * 1024 * 1024, this.chunkWords);
    this.rcBudget = options.rcScanBudget ?? 100_000_000;
    this.onStep = options.onStep ?? null;
  }

  // ================================================================ attach / detach

  attach(rt: Runtime): void {
    this.rt = rt;
    this.userFile = rt.filename;
    this.stdout = rt.stdout;
    this.stderr = rt.stderr;
    this.startStep = rt.steps;
    this.state.step = rt.steps;
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
    this.state.sink = null;
    for (const o of fls.float) this.parkPreexisting(o, pre(o));
    for (const o of fls.list) this.parkPreexisting(o, pre(o));
    for (const o of fls.dict) this.parkPreexisting(o, pre(o));
    fls.tuple.forEach((lst, n) => {
      if (lst) for (const o of lst) this.parkPreexisting(o, pre(o) + 8 * n);
    });
    this.state.sink = this.summary;
    const cp0 = this.state.checkpoint();
    this.log.startChunk(rt.steps, cp0, checkpointBytes(cp0), 0);

    this.prevHeapListener = rt.heap.listener;
    rt.heap.listener = this;
    this.prevFlPush = rt.onFreelistPushHook;
    this.prevFlPop = rt.onFreelistPopHook;
    rt.onFreelistPushHook = (o) => {
      this.prevFlPush?.(o);
      this.flPush(o);
    };
    rt.onFreelistPopHook = (o) => {
      this.prevFlPop?.(o);
      this.flPop(o);
    };
    const gc = rt.gc as unknown as { listener?: ((e: GCEventLike) => void) | null };
    if (gc && 'listener' in gc) {
      const prev = gc.listener ?? null;
      gc.listener = (e) => {
        prev?.(e);
        this.gcEvent(e);
      };
    }
    // steps: the eval breaker counts them (rt.steps); record one event per step
    const proto = Object.getPrototypeOf(rt) as Runtime;
    const origBreaker = proto.evalBreaker;
    rt.evalBreaker = () => {
      const r = origBreaker.call(rt);
      this.stepEvent();
      return r;
    };
    const origWrite = proto.write;
    rt.write = (stream, s) => {
      origWrite.call(rt, stream, s);
      this.emit1(Ev.OUTPUT, ((stream === 'stdout' ? rt.stdout.length : rt.stderr.length) << 1) | (stream === 'stdout' ? 0 : 1));
      this.state.output(stream === 'stdout' ? 0 : 1, stream === 'stdout' ? rt.stdout.length : rt.stderr.length);
    };
    rt.tracer = this;
    rt.tracing = true;
    this.attached = true;
  }

  /** Stop recording (the runtime keeps running untraced). */
  detach(): void {
    if (!this.attached) return;
    const rt = this.rt;
    this.attached = false;
    rt.tracing = false;
    rt.tracer = null;
    rt.heap.listener = this.prevHeapListener;
    rt.onFreelistPushHook = this.prevFlPush;
    rt.onFreelistPopHook = this.prevFlPop;
    delete (rt as unknown as Record<string, unknown>).evalBreaker;
    delete (rt as unknown as Record<string, unknown>).write;
    this.log.sealCurrent();
  }

  private parkPreexisting(o: PyObject, req: number): void {
    const typeId = this.typeIdOf(o.ob_type);
    const block = o.addr - this.tables.typeHdr[typeId];
    this.state.flPop(typeId, block, req);
    this.state.flPush(block);
    const s = this.state.slotOf.get(block)!;
    this.objs[s] = o;
  }

  // ================================================================ tables

  typeIdOf(t: PyType): number {
    let id = this.typeIds.get(t);
    if (id === undefined) {
      id = this.tables.typeNames.length;
      const name = t.tp_name;
      this.tables.typeNames.push(name.slice(name.lastIndexOf('.') + 1));
      this.tables.typeHdr.push(this.rt.heap.headerOf(t.tp_flags));
      this.typeIds.set(t, id);
    }
    return id;
  }

  private codeInfo(co: CodeObject): CodeInfo {
    let info = this.codes.get(co);
    if (info !== undefined) return info;
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
          w = { kind: W.FAST, slot: arg, name: spec.co_localsplusnames[arg], nameId: 0 };
          break;
        case Op.STORE_NAME:
        case Op.DELETE_NAME:
          w = { kind: W.NAME, slot: -1, name: spec.co_names[arg], nameId: 0 };
          info.nsNames.add(spec.co_names[arg]);
          break;
        case Op.STORE_GLOBAL:
        case Op.DELETE_GLOBAL:
          w = { kind: W.GLOBAL, slot: -1, name: spec.co_names[arg], nameId: 0 };
          break;
      }
      if (w === null) continue;
      const key = `${line}:${w.kind}:${w.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      w.nameId = this.tables.nameId(w.name);
      (info.watch[line] ??= []).push(w);
    }
  }

  // ================================================================ writing events

  private emit1(kind: Ev, payload: number): void {
    const log = this.log;
    if (log.n + 1 > log.w.length) log.ensure(1);
    log.w[log.n++] = kind | (payload << 4);
    log.cur!.events++;
    log.totalEvents++;
  }

  private emitAddr(w0: number, a: number, extra: number, extra2: number, nExtra: number): void {
    const log = this.log;
    log.ensure(3 + nExtra);
    const w = log.w;
    let n = log.n;
    w[n++] = w0;
    w[n++] = addrHi(a);
    w[n++] = addrLo(a);
    if (nExtra > 0) w[n++] = extra;
    if (nExtra > 1) w[n++] = extra2;
    log.n = n;
    log.cur!.events++;
    log.totalEvents++;
  }

  // ================================================================ frames

  private lineOf(f: Frame): number {
    const l = f.code.spec.positions[4 * f.lasti];
    return l >= 0 ? l : f.lineno;
  }

  /** Make the shadow stack equal the runtime's frame chain (emitting POP / PUSH). */
  private sync(): void {
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

  private pushShadow(f: Frame): void {
    const info = this.codeInfo(f.code);
    this.emit1(Ev.PUSH, info.id);
    this.state.push(info.id);
    const sf: ShadowFrame = { f, info, line: this.tables.codeFirstLine[info.id], fast: new Array(f.code.nlocalsplus).fill(null), ns: null };
    this.shadow.push(sf);
    if (info.user) {
      if (f.locals !== null && f.locals !== f.globals) sf.ns = new Map();
      // the frame's current bindings (arguments, closure cells, or a resumed generator's locals)
      const nl = f.code.nlocalsplus;
      for (let i = 0; i < nl; i++) {
        const v = this.slotValue(f, info, i);
        if (v !== null) {
          sf.fast[i] = v;
          this.emitBind(info.slotNameIds[i], false, v);
        }
      }
      if (sf.ns !== null && f.locals instanceof DictObject) {
        for (const name of info.nsNames) {
          const v = dictGetStr(f.locals, name);
          if (v !== null) {
            sf.ns.set(name, v);
            this.emitBind(this.tables.nameId(name), false, v);
          }
        }
      }
    }
    this.ensureLine(sf);
  }

  private popShadow(): void {
    this.shadow.pop();
    this.emit1(Ev.POP, 0);
    this.state.pop();
  }

  /** Record a line change of the top frame that was not a line event (resumed frame, jump mid-line). */
  private ensureLine(sf: ShadowFrame): void {
    const l = this.lineOf(sf.f);
    if (l !== sf.line && l > 0) {
      this.leaveLine(sf);
      sf.line = l;
      this.emit1(Ev.LINE, l << 1);
      this.state.lineEv(l, false);
    }
  }

  private slotValue(f: Frame, info: CodeInfo, i: number): PyObject | null {
    const v = f.s[i];
    if (v !== null && v !== undefined && info.kinds[i] & (CO_FAST_CELL | CO_FAST_FREE) && v instanceof CellObject) return v.ref;
    return v ?? null;
  }

  /** BIND in the top frame, the globals, or (depth >= 0) the frame at that stack index. */
  private emitBind(nameId: number, global: boolean, v: PyObject | null, depth = -1): void {
    const typeId = v === null ? 0 : this.typeIdOf(v.ob_type);
    const a = v === null ? 0 : v.addr;
    const log = this.log;
    log.ensure(5);
    const w = log.w;
    let n = log.n;
    const scope = depth >= 0 ? 2 : global ? 1 : 0;
    w[n++] = Ev.BIND | (((nameId << 2) | scope) << 4);
    w[n++] = typeId;
    w[n++] = addrHi(a);
    w[n++] = addrLo(a);
    if (depth >= 0) w[n++] = depth;
    log.n = n;
    log.cur!.events++;
    log.totalEvents++;
    this.state.bind(nameId, global, typeId, a, depth);
  }

  /** A cell changed in the top frame: frames below sharing that cell see the new value too. */
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
          this.emitBind(sf.info.slotNameIds[j], false, v, d);
        }
      }
    }
  }

  /** Compare the names line `sf.line` can bind with their previous values (emit BIND on change). */
  private leaveLine(sf: ShadowFrame): void {
    const ws = sf.info.watch[sf.line];
    if (ws === undefined) return;
    const f = sf.f;
    for (const w of ws) {
      let cur: PyObject | null;
      let old: PyObject | null;
      let global = false;
      if (w.kind === W.FAST) {
        cur = this.slotValue(f, sf.info, w.slot);
        old = sf.fast[w.slot];
        if (cur === old) continue;
        sf.fast[w.slot] = cur;
        const cell = f.s[w.slot];
        if (cell instanceof CellObject && sf.info.kinds[w.slot] & (CO_FAST_CELL | CO_FAST_FREE) && this.shadow.length > 1) {
          this.emitBind(w.nameId, false, cur);
          this.propagateCell(cell, cur);
          this.refChanges(sf.line, w.name, cur, old);
          continue;
        }
      } else {
        let ns: Map<string, PyObject | null>;
        let d: PyObject | null;
        if (w.kind === W.NAME && sf.ns !== null) {
          ns = sf.ns;
          d = f.locals;
        } else {
          if (f.globals !== this.mainGlobals) continue;
          ns = this.globalShadow;
          d = f.globals;
          global = true;
          if (this.initialGlobals.has(w.name)) continue;
        }
        cur = d instanceof DictObject ? dictGetStr(d, w.name) : null;
        old = ns.get(w.name) ?? null;
        if (cur === old) continue;
        ns.set(w.name, cur);
      }
      this.emitBind(w.nameId, global, cur);
      this.refChanges(sf.line, w.name, cur, old);
    }
  }

  private refChanges(line: number, name: string, cur: PyObject | null, old: PyObject | null): void {
    const sum = this.summary;
    if (cur !== null && !cur.immortal) sum.refChange(line, name, `bound to ${name}`, cur.ob_refcnt - 1, cur.ob_refcnt);
    if (old !== null && !old.immortal) {
      const live = this.state.slotOf.has(old.addr - this.tables.typeHdr[this.typeIdOf(old.ob_type)]);
      const after = live ? old.ob_refcnt : 0;
      sum.refChange(line, `previous ${name}`, cur === null ? `del ${name}` : `${name} rebound`, after + 1, after);
    }
  }

  // ================================================================ Tracer

  line(f: Frame): void {
    const sh = this.shadow;
    let top = sh.length > 0 ? sh[sh.length - 1] : null;
    if (top === null || top.f !== f) {
      this.sync();
      top = sh[sh.length - 1];
    }
    const l = this.lineOf(f);
    this.leaveLine(top);
    top.line = l;
    // CPython reports no line event for RESUME (the `def` line of a called function)
    const exec = f.code.code[2 * f.lasti] !== Op.RESUME;
    this.emit1(Ev.LINE, (l << 1) | (exec ? 1 : 0));
    this.state.lineEv(l, exec);
  }

  call(_f: Frame): void {
    this.sync();
  }

  ret(f: Frame, _v: PyObject): void {
    const sh = this.shadow;
    const top = sh.length > 0 ? sh[sh.length - 1] : null;
    if (top !== null && top.f === f) {
      this.leaveLine(top);
      this.popShadow();
    }
  }

  exception(_f: Frame, exc: PyObject): void {
    this.sync();
    this.emit1(Ev.EXC, this.typeIdOf(exc.ob_type));
    this.state.exceptions++;
  }

  // ================================================================ heap listener

  private syncForEvent(): void {
    const sh = this.shadow;
    const target = this.rt.frame;
    const top = sh.length > 0 ? sh[sh.length - 1] : null;
    if (top === null ? target !== null : top.f !== target) this.sync();
    const t = sh.length > 0 ? sh[sh.length - 1] : null;
    if (t !== null) this.ensureLine(t);
  }

  onAlloc(addr: number, requested: number, obj: PyObject | null): void {
    this.prevHeapListener?.onAlloc(addr, requested, obj);
    this.syncForEvent();
    const typeId = obj === null ? 0 : this.typeIdOf(obj.ob_type);
    let block = pymallocBlock(requested);
    const raw = block < 0;
    if (raw) block = this.rt.heap.mem.blockSize(addr);
    this.emitAddr(Ev.ALLOC | (((typeId << 1) | (raw ? 1 : 0)) << 4), addr, requested, block, raw ? 2 : 1);
    const s = this.state.alloc(typeId, addr, requested, block);
    this.objs[s] = obj;
  }

  onFree(addr: number, obj: PyObject | null): void {
    this.prevHeapListener?.onFree(addr, obj);
    const s = this.state.slotOf.get(addr);
    if (s === undefined) {
      this.untrackedFrees++;
      return;
    }
    this.syncForEvent();
    this.emitAddr(Ev.FREE, addr, 0, 0, 0);
    this.state.free(addr);
    this.objs[s] = null;
  }

  onRealloc(oldAddr: number, newAddr: number, requested: number): void {
    this.prevHeapListener?.onRealloc(oldAddr, newAddr, requested);
    this.syncForEvent();
    const block = this.rt.heap.mem.blockSize(newAddr);
    const log = this.log;
    log.ensure(7);
    const w = log.w;
    let n = log.n;
    w[n++] = Ev.REALLOC;
    w[n++] = addrHi(oldAddr);
    w[n++] = addrLo(oldAddr);
    w[n++] = addrHi(newAddr);
    w[n++] = addrLo(newAddr);
    w[n++] = requested;
    w[n++] = block;
    log.n = n;
    log.cur!.events++;
    log.totalEvents++;
    const had = this.state.slotOf.get(oldAddr);
    this.state.realloc(oldAddr, newAddr, requested, block);
    if (had === undefined) this.objs[this.state.slotOf.get(newAddr)!] = null;
  }

  private blockOf(o: PyObject): number {
    return o.addr - this.tables.typeHdr[this.typeIdOf(o.ob_type)];
  }

  private flPush(o: PyObject): void {
    const b = this.blockOf(o);
    if (!this.state.slotOf.has(b)) return;
    this.syncForEvent();
    this.emitAddr(Ev.FL_PUSH, b, 0, 0, 0);
    this.state.flPush(b);
  }

  private flPop(o: PyObject): void {
    this.syncForEvent();
    const typeId = this.typeIdOf(o.ob_type);
    const b = this.blockOf(o);
    const s0 = this.state.slotOf.get(b);
    let req: number;
    if (s0 !== undefined) req = this.state.req[s0];
    else {
      req = o.ob_type.tp_basicsize + this.tables.typeHdr[typeId];
      if (o instanceof TupleObject) req += 8 * o.items.length;
    }
    this.emitAddr(Ev.FL_POP | (typeId << 4), b, req, 0, 1);
    this.state.flPop(typeId, b, req);
    this.objs[this.state.slotOf.get(b)!] = o;
  }

  private gcEvent(e: GCEventLike): void {
    this.syncForEvent();
    const reason = Math.max(0, GC_REASONS.indexOf(e.reason as (typeof GC_REASONS)[number]));
    const log = this.log;
    log.ensure(3);
    log.w[log.n++] = Ev.GC | (((e.generation & 3) | (reason << 2)) << 4);
    log.w[log.n++] = e.collected;
    log.w[log.n++] = e.uncollectable;
    log.cur!.events++;
    log.totalEvents++;
    this.state.gcEv(e.generation, reason, e.collected, e.uncollectable);
  }

  // ================================================================ steps and checkpoints

  private stepEvent(): void {
    this.syncForEvent();
    const sh = this.shadow;
    const top = sh.length > 0 ? sh[sh.length - 1] : null;
    if (top !== null) this.leaveLine(top);
    this.scanRefcounts(false);
    const line = top === null ? 0 : top.line;
    this.emit1(Ev.STEP, line);
    this.state.stepEv(line);
    const log = this.log;
    const target = Math.max(this.chunkWords, 12 * this.state.slotOf.size);
    if (log.n >= target) {
      this.scanRefcounts(true);
      const cp = this.state.checkpoint();
      log.startChunk(this.state.step, cp, checkpointBytes(cp), 0);
    }
    // CPython (3.12 settrace) also reports a line event at the target of a backward jump
    if (top !== null) {
      const f = top.f;
      const code = f.code.code;
      if (code[2 * f.lasti] === Op.JUMP_BACKWARD) {
        const target = code[2 * f.lasti + 1];
        if (f.code.lineStarts[target] === 0) {
          const l = f.code.spec.positions[4 * target];
          if (l > 0) {
            this.leaveLine(top);
            top.line = l;
            this.emit1(Ev.LINE, (l << 1) | 1);
            this.state.lineEv(l, true);
          }
        }
      }
    }
    if (this.onStep !== null) this.onStep(this, this.state.step);
  }

  /** Compare refcounts of traced objects with the mirror; `silent` updates without events (checkpoint). */
  private scanRefcounts(silent: boolean): void {
    const st = this.state;
    const n = st.nslots;
    if (!silent) {
      if (this.rcBudget < n) {
        if (this.rcExactUntil === Infinity) this.rcExactUntil = st.step;
        return;
      }
      this.rcBudget -= n;
    }
    const objs = this.objs;
    const rc = st.rc;
    for (let s = 0; s < n; s++) {
      const o = objs[s];
      if (o === null || o === undefined || st.flags[s] & F_FREELISTED) continue;
      const c = o.ob_refcnt;
      if (c !== rc[s]) {
        rc[s] = c;
        if (!silent) this.emitAddr(Ev.RC, st.addr[s], c | 0, 0, 1);
      }
    }
  }

  // ================================================================ results

  /** Finish: seal the log. */
  finish(): void {
    this.detach();
  }

  get steps(): number {
    return this.state.step;
  }
}

interface GCEventLike {
  generation: number;
  reason: string;
  collected: number;
  uncollectable: number;
}

/** The object bound in a frame's slot (cells read through), for direct state capture. */
export function frameSlotValue(f: Frame, i: number): PyObject | null {
  const v = f.s[i];
  const k = f.code.spec.co_localspluskinds[i];
  if (v !== null && v !== undefined && k & (CO_FAST_CELL | CO_FAST_FREE) && v instanceof CellObject) return v.ref;
  return v ?? null;
}

export { RT };
