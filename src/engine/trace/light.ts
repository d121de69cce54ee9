/**
 * The attribution recorder behind `analyze()` and `annotate()`: per-line attribution (summary.ts) and the
 * run's totals, the same numbers the step-through recorder (recorder.ts) gives, without its recording: no
 * event log, checkpoints, arena mirror, refcount watch (incref / decref keep their fast path), buffer
 * owners, previews, generations or positions. What it keeps while the program runs: the shadow frame stack,
 * line events and binds with their reference changes (shadow.ts, shared with the recorder), and the live
 * traced blocks with what a free, a freelist push / pop and the totals need (AttributionState).
 */
import type { PyObject } from '../objects/object';
import { TupleObject } from '../objects/sequences';
import { Op } from '../compiler/opcodes';
import type { Runtime } from '../vm/runtime';
import type { Frame } from '../vm/frame';
import type { GCCollectionEvent } from '../memory/gc';
import { pymallocBlock } from './events';
import { BlockMap } from './addrmap';
import { F_FREELISTED, F_OBJECT, grown } from './state';
import type { LineSummary } from './summary';
import { ShadowRecorder } from './shadow';

/**
 * Live blocks traced since the recorder attached (objects, buffers, parked objects), fed to the per-line
 * summary as MirrorState (state.ts) feeds it while recording: the same accounting, kept in typed arrays (no
 * object per event). The lines of the user frames are the summary's (LineSummary.innermostLine).
 */
export class AttributionState {
  /** block address → slot */
  readonly slotOf = new BlockMap();
  typeId = new Int32Array(1024);
  req = new Int32Array(1024);
  block = new Int32Array(1024);
  /** F_OBJECT, F_FREELISTED */
  flags = new Uint8Array(1024);
  private freeSlots: number[] = [];
  private nslots = 0;
  liveObjects = 0;
  liveBytes = 0;
  peakBytes = 0;
  gcCollections = [0, 0, 0];
  /** gc.get_count() and thresholds at the end (set by LightRecorder.finish) */
  gcCounts = [0, 0, 0];
  gcThresholds = [0, 0, 0];
  step = 0;

  constructor(private readonly sink: LineSummary) {}

  /** Line of the innermost frame running the analysed file (0 outside any): MirrorState.attrLine. */
  attrLine(): number {
    return this.sink.innermostLine();
  }

  private newSlot(addr: number, typeId: number, requested: number, block: number, flags: number): number {
    let s = this.freeSlots.pop();
    if (s === undefined) {
      const n = this.nslots;
      if (n === this.typeId.length) {
        this.typeId = grown(this.typeId, 2 * n);
        this.req = grown(this.req, 2 * n);
        this.block = grown(this.block, 2 * n);
        this.flags = grown(this.flags, 2 * n);
      }
      s = this.nslots++;
    }
    this.slotOf.set(addr, s);
    this.typeId[s] = typeId;
    this.req[s] = requested;
    this.block[s] = block;
    this.flags[s] = flags;
    this.liveBytes += requested;
    if (this.liveBytes > this.peakBytes) this.peakBytes = this.liveBytes;
    return s;
  }

  alloc(typeId: number, addr: number, requested: number, block: number): void {
    const isObject = typeId !== 0;
    this.newSlot(addr, typeId, requested, block, isObject ? F_OBJECT : 0);
    if (isObject) this.liveObjects++;
    this.sink.alloc(this.attrLine(), typeId, isObject, requested, block);
  }

  /** Free of slot `s`, already taken out of `slotOf`. */
  release(s: number): void {
    const typeId = this.typeId[s];
    // a parked object was not counted live
    if (!(this.flags[s] & F_FREELISTED) && typeId !== 0) this.liveObjects--;
    this.liveBytes -= this.req[s];
    this.flags[s] = 0;
    this.freeSlots.push(s);
    this.sink.free(this.attrLine(), typeId, typeId !== 0, this.req[s], this.block[s]);
  }

  realloc(oldAddr: number, newAddr: number, requested: number, block: number): void {
    const s = this.slotOf.get(oldAddr);
    if (s === undefined) {
      this.alloc(0, newAddr, requested, block);
      return;
    }
    const dr = requested - this.req[s];
    const db = block - this.block[s];
    if (oldAddr !== newAddr) {
      this.slotOf.delete(oldAddr);
      this.slotOf.set(newAddr, s);
    }
    this.req[s] = requested;
    this.block[s] = block;
    this.liveBytes += dr;
    if (this.liveBytes > this.peakBytes) this.peakBytes = this.liveBytes;
    this.sink.resize(this.attrLine(), dr, db);
  }

  /** An object that was on a freelist when the recorder attached: traced, parked, not in the summary. */
  park(typeId: number, addr: number, requested: number): void {
    this.newSlot(addr, typeId, requested, pymallocBlock(requested), F_OBJECT | F_FREELISTED);
  }

  flPush(s: number): void {
    this.flags[s] |= F_FREELISTED;
    const typeId = this.typeId[s];
    if (typeId !== 0) this.liveObjects--;
    this.sink.freelist(this.attrLine(), typeId, true);
  }

  /** The object in block `addr` is taken from its freelist; `s`: its slot (undefined: not traced yet). */
  flPop(typeId: number, addr: number, requested: number, s: number | undefined): void {
    // an object parked before the trace started joins the traced blocks now
    if (s === undefined) this.newSlot(addr, typeId, requested, pymallocBlock(requested), F_OBJECT);
    else this.flags[s] &= ~F_FREELISTED;
    this.liveObjects++;
    this.sink.freelist(this.attrLine(), typeId, false);
  }

  gcEv(generation: number): void {
    if (generation >= 0 && generation < 3) this.gcCollections[generation]++;
    this.sink.gc(this.attrLine());
  }
}

export class LightRecorder extends ShadowRecorder {
  readonly state = new AttributionState(this.summary);

  attach(rt: Runtime): void {
    this.state.step = rt.steps;
    this.attachNames(rt);
    this.hook(rt);
  }

  /** Stop: the collector's counters and thresholds as they are now, then the runtime runs untraced. */
  finish(): void {
    if (!this.attached) return;
    const gc = this.rt.gc;
    this.state.gcCounts = gc.counts.slice();
    this.state.gcThresholds = gc.thresholds.slice();
    this.unhook();
  }

  // ================================================================ what the shadow stack reports

  protected framePushed(codeId: number): void {
    // only user frames matter to attribution: the summary keeps their lines
    const t = this.tables;
    if (t.codeUser[codeId] === true) this.summary.enter(t.codeFirstLine[codeId] ?? 0);
  }

  protected framePopped(user: boolean): void {
    if (user) this.summary.leave();
  }

  protected lineMoved(line: number): void {
    const sh = this.shadow;
    if (sh[sh.length - 1].info.user) this.summary.move(line);
  }

  /** (binds matter only for their reference changes, which the shadow stack counts) */
  protected bind(): void {}

  protected tracedLive(o: PyObject, c: number): boolean {
    return c !== 0 && this.state.slotOf.has(this.blockOf(o));
  }

  protected parkPreexisting(o: PyObject, req: number): void {
    const typeId = this.typeIdOf(o.ob_type);
    this.state.park(typeId, o.addr - this.tables.typeHdr[typeId], req);
  }

  line(f: Frame): void {
    // lineTop written out (one call less per line event)
    const sh = this.shadow;
    let n = sh.length;
    if (n === 0 || sh[n - 1].f !== f) {
      this.sync();
      n = sh.length;
    }
    const top = sh[n - 1];
    const l = this.lineOf(top);
    const old = top.line;
    const lw = top.info.watch[old];
    if (lw !== undefined) this.compareWatches(top, lw);
    top.line = l;
    if (top.info.user) {
      const sum = this.summary;
      if (l !== old) sum.move(l);
      // CPython reports no line event for RESUME (the `def` line of a called function)
      if (f.code.code[2 * f.lasti] !== Op.RESUME) sum.lineExec(l);
    }
  }

  // ================================================================ heap, freelists, GC, steps

  onAlloc(addr: number, requested: number, obj: PyObject | null): void {
    this.prevHeapListener?.onAlloc(addr, requested, obj);
    this.syncForEvent();
    const typeId = obj === null ? 0 : this.typeIdOf(obj.ob_type);
    let block = pymallocBlock(requested);
    if (block < 0) block = this.rt.heap.mem.blockSize(addr);
    this.state.alloc(typeId, addr, requested, block);
  }

  onFree(addr: number, obj: PyObject | null): void {
    this.prevHeapListener?.onFree(addr, obj);
    const s = this.state.slotOf.take(addr);
    if (s < 0) return;
    this.syncForEvent();
    this.state.release(s);
  }

  onRealloc(oldAddr: number, newAddr: number, requested: number): void {
    this.prevHeapListener?.onRealloc(oldAddr, newAddr, requested);
    this.syncForEvent();
    this.state.realloc(oldAddr, newAddr, requested, this.rt.heap.mem.blockSize(newAddr));
  }

  protected freelistPush(o: PyObject): void {
    const s = this.state.slotOf.get(this.blockOf(o));
    if (s === undefined) return;
    this.syncForEvent();
    this.state.flPush(s);
  }

  protected freelistPop(o: PyObject): void {
    this.syncForEvent();
    const typeId = this.typeIdOf(o.ob_type);
    const b = o.addr - this.tables.typeHdr[typeId];
    const st = this.state;
    const s = st.slotOf.get(b);
    let req: number;
    if (s !== undefined) req = st.req[s];
    else {
      req = o.ob_type.tp_basicsize + this.tables.typeHdr[typeId];
      if (o instanceof TupleObject) req += 8 * o.items.length;
    }
    st.flPop(typeId, b, req, s);
  }

  protected collection(e: GCCollectionEvent): void {
    this.syncForEvent();
    this.state.gcEv(e.generation);
  }

  protected stepEvent(): void {
    this.syncForEvent();
    this.state.step++;
    const sh = this.shadow;
    const n = sh.length;
    if (n === 0) return;
    const top = sh[n - 1];
    this.leaveLine(top);
    const l = this.backwardJumpLine(top);
    if (l > 0) {
      const old = top.line;
      top.line = l;
      if (top.info.user) {
        if (l !== old) this.summary.move(l);
        this.summary.lineExec(l);
      }
    }
  }
}
