/**
 * The trace's mirror of the program state, driven only by events: the recorder applies each event as it
 * writes it, and seek applies the same events to a state restored from a checkpoint, so both agree by
 * construction. Compact: one Map entry per live block, everything else in typed arrays.
 */
import { Ev, Xk, addrOf, pmPayload, pymallocBlock } from './events';
import { ArenaMirror, type ArenaCheckpoint } from './arenas';
import { AddrMap, BlockMap } from './addrmap';
import { MAX_POOLS_IN_ARENA } from '../memory/obmalloc';

/** Changes to the arena map (MirrorState.touched). */
export interface TouchedBlocks {
  /** pool keys: arena index × 64 + slot */
  pools: Set<number>;
  /** addresses of raw blocks (outside every arena) */
  raw: Set<number>;
}

/** Names of things events refer to by number (grow-only, shared by the recorder and every replay). */
export class TraceTables {
  /** type names; id 0 is a buffer (not an object) */
  typeNames: string[] = ['<buffer>'];
  /** bytes in front of the object's address (GC head, pre-header) per type */
  typeHdr: number[] = [0];
  /** the type is GC-capable (its objects have a generation) */
  typeGC: boolean[] = [false];
  codeNames: string[] = [];
  codeFiles: string[] = [];
  codeUser: boolean[] = [];
  codeFirstLine: number[] = [];
  names: string[] = [];
  private nameIds = new Map<string, number>();

  nameId(s: string): number {
    let id = this.nameIds.get(s);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(s);
      this.nameIds.set(s, id);
    }
    return id;
  }
}

/** freelist keys of tuples by size: 'tuple[n]' */
const TUPLE_KEYS: string[] = [];

export const GEN_NONE = -2;
export const GEN_UNTRACKED = -1;
/** found unreachable by the collection in progress: on the collector's own lists while finalizers run */
export const GEN_UNREACHABLE = 4;

/** MirrorState.addr of a slot not in use (addresses are never negative) */
const FREE_ADDR = -1;

export const F_OBJECT = 1;
export const F_FREELISTED = 2;

/** Receives attributed activity (the per-line summary). */
export interface StateSink {
  lineExec(line: number): void;
  alloc(line: number, typeId: number, isObject: boolean, requested: number, block: number): void;
  free(line: number, typeId: number, isObject: boolean, requested: number, block: number): void;
  resize(line: number, deltaRequested: number, deltaBlock: number): void;
  freelist(line: number, typeId: number, push: boolean): void;
  gc(line: number): void;
}

/**
 * Told which lines user frames are running (for inclusive totals, summary.ts): `enter(l)` when a user
 * frame running line l is pushed, `leave()` when the innermost one is popped, `move(l)` when the innermost
 * one moves to line l. Only the recording state has one.
 */
export interface LineActivity {
  enter(line: number): void;
  leave(): void;
  move(line: number): void;
}

export interface Binding {
  typeId: number;
  addr: number;
}

export interface FrameMirror {
  codeId: number;
  /** the frame runs the analysed file (TraceTables.codeUser, read at every line change) */
  user: boolean;
  line: number;
  locals: Map<number, Binding>;
}

/** Live blocks from which a restored checkpoint's slot map is a BlockMap (MirrorState.slotOf). */
const BLOCKMAP_MIN = 65536;

/** A BlockMap with the entries of `m`. */
function toBlockMap(m: AddrMap): BlockMap {
  const b = new BlockMap();
  m.forEach((s, addr) => b.set(addr, s));
  return b;
}

export class MirrorState {
  // ---- live blocks (objects and buffers) allocated since the trace started
  /**
   * block address → slot. The recording state's is a BlockMap (allocations and frees in address order hit
   * a few pages); a restored checkpoint's is an AddrMap while it holds fewer than BLOCKMAP_MIN blocks (a hash
   * table sized once fills faster than thousands of sparse pages, as in a fragmented heap of one live block
   * per pool, and stays in cache), then a BlockMap (alloc moves it over when a replay grows it).
   */
  slotOf: AddrMap | BlockMap = new BlockMap();
  addr = new Float64Array(1024);
  typeId = new Int32Array(1024);
  req = new Int32Array(1024);
  block = new Int32Array(1024);
  line = new Int32Array(1024);
  rc = new Float64Array(1024);
  flags = new Uint8Array(1024);
  /** allocation sequence number (orders live objects by age) */
  seq = new Float64Array(1024);
  /** GC generation: GEN_NONE (not a GC type), GEN_UNTRACKED, 0..2, 3 = permanent */
  gen = new Int8Array(1024);
  /** requested bytes of the separate buffers the object owns (list items, dict keys...) */
  bufBytes = new Float64Array(1024);
  freeSlots: number[] = [];
  nslots = 0;
  allocSeq = 0;
  liveObjects = 0;
  liveBytes = 0;
  liveBlockBytes = 0;
  peakBytes = 0;
  // ---- frames, names, freelists, GC, output
  frames: FrameMirror[] = [];
  globals = new Map<number, Binding>();
  freelists = new Map<string, number[]>();
  gcCollections = [0, 0, 0];
  gcCollected = 0;
  gcUncollectable = 0;
  stdoutPieces = 0;
  stderrPieces = 0;
  exceptions = 0;
  step = 0;
  events = 0;
  /** line events that are positions (executed lines of the analysed file, see protocol/heap.ts) */
  positions = 0;
  /** pymalloc's arenas, pools and blocks */
  arenas = new ArenaMirror();
  gcCounts = [0, 0, 0];
  gcThresholds = [0, 0, 0];
  gcEnabled = true;
  sink: StateSink | null = null;
  /** set before the first frame is pushed (the recording state's summary) */
  lineSink: LineActivity | null = null;
  /**
   * What changed in the arena map since the set was last emptied (null: not tracked; the recorder does
   * not track): pool keys (arena index × 64 + slot) whose blocks changed, and addresses of raw blocks
   * (outside every arena) allocated, freed or changed. The panel's map cache (heapmap.ts) re-encodes
   * only those.
   */
  touched: TouchedBlocks | null = null;

  constructor(readonly tables: TraceTables) {}

  /** Note a change to the block at `addr` (its pool, or the raw block) for `touched`. */
  private touch(addr: number): void {
    const t = this.touched!;
    const k = this.arenas.poolOf(addr);
    if (k >= 0) t.pools.add(k);
    else t.raw.add(addr);
  }

  /** Note a change to every pool of arena `index` (mapped or released) for `touched`. */
  private touchArena(index: number): void {
    const t = this.touched!;
    for (let s = 0; s < MAX_POOLS_IN_ARENA; s++) t.pools.add(index * MAX_POOLS_IN_ARENA + s);
  }

  /** The live blocks that are not parked on a freelist: type id and requested bytes (analyze.ts, liveByType). */
  forEachLive(cb: (typeId: number, req: number) => void): void {
    this.slotOf.forEach((s) => {
      if (!(this.flags[s] & F_FREELISTED)) cb(this.typeId[s], this.req[s]);
    });
  }

  // ---------------------------------------------------------------- attribution

  /** Line of the innermost frame running the analysed file (0 outside any). */
  attrLine(): number {
    if (this.attrCache >= 0) return this.attrCache;
    const fr = this.frames;
    let line = 0;
    for (let i = fr.length - 1; i >= 0; i--) {
      if (fr[i].user) {
        line = fr[i].line;
        break;
      }
    }
    this.attrCache = line;
    return line;
  }

  /** attrLine's answer (-1: to compute); reset on every change of `frames` or of a frame's `line`. */
  private attrCache = -1;

  // ---------------------------------------------------------------- event semantics

  lineEv(line: number, exec: boolean): void {
    const top = this.frames[this.frames.length - 1];
    if (top === undefined) return;
    if (top.line !== line) this.moveTop(top, line);
    if (exec && top.user) {
      this.positions++;
      if (this.sink !== null) this.sink.lineExec(line);
    }
  }

  stepEv(line: number): void {
    this.step++;
    const top = this.frames[this.frames.length - 1];
    if (top !== undefined && top.line !== line) this.moveTop(top, line);
  }

  /** The top frame moves to `line`. */
  private moveTop(top: FrameMirror, line: number): void {
    if (this.lineSink !== null && top.user) this.lineSink.move(line);
    top.line = line;
    this.attrCache = -1;
  }

  push(codeId: number): void {
    const line = this.tables.codeFirstLine[codeId] ?? 0;
    const user = this.tables.codeUser[codeId] === true;
    this.frames.push({ codeId, user, line, locals: new Map() });
    this.attrCache = -1;
    if (this.lineSink !== null && user) this.lineSink.enter(line);
  }

  pop(): void {
    const f = this.frames.pop();
    this.attrCache = -1;
    if (f !== undefined && this.lineSink !== null && f.user) this.lineSink.leave();
  }

  private newSlot(): number {
    const s = this.freeSlots.pop();
    if (s !== undefined) return s;
    if (this.nslots === this.addr.length) this.grow(this.nslots * 2);
    return this.nslots++;
  }

  grow(n: number): void {
    const g = <A extends Float64Array | Int32Array | Uint8Array | Int8Array>(a: A): A => grown(a, n);
    this.addr = g(this.addr);
    this.typeId = g(this.typeId);
    this.req = g(this.req);
    this.block = g(this.block);
    this.line = g(this.line);
    this.rc = g(this.rc);
    this.flags = g(this.flags);
    this.seq = g(this.seq);
    this.gen = g(this.gen);
    this.bufBytes = g(this.bufBytes);
  }

  alloc(typeId: number, addr: number, requested: number, block: number): number {
    const s = this.newSlot();
    this.slotOf.set(addr, s);
    if (this.slotOf.size >= BLOCKMAP_MIN && this.slotOf instanceof AddrMap) this.slotOf = toBlockMap(this.slotOf);
    if (this.touched !== null) this.touch(addr);
    const line = this.attrLine();
    this.addr[s] = addr;
    this.typeId[s] = typeId;
    this.req[s] = requested;
    this.block[s] = block;
    this.line[s] = line;
    this.rc[s] = 1;
    this.flags[s] = typeId !== 0 ? F_OBJECT : 0;
    this.seq[s] = this.allocSeq++;
    this.gen[s] = this.tables.typeGC[typeId] ? GEN_UNTRACKED : GEN_NONE;
    this.bufBytes[s] = 0;
    if (typeId !== 0) this.liveObjects++;
    this.liveBytes += requested;
    this.liveBlockBytes += block;
    if (this.liveBytes > this.peakBytes) this.peakBytes = this.liveBytes;
    if (this.sink !== null) this.sink.alloc(line, typeId, typeId !== 0, requested, block);
    return s;
  }

  free(addr: number): void {
    const s = this.slotOf.get(addr);
    if (s === undefined) return; // allocated before the trace started
    this.freeSlot(s, addr);
  }

  /** free() of the block at `addr`, traced in slot `s` (the caller looked it up). */
  freeSlot(s: number, addr: number): void {
    this.slotOf.delete(addr);
    this.releaseSlot(s, addr);
  }

  /** freeSlot() once `addr` is out of `slotOf` (the caller took it: AddrMap.take). */
  releaseSlot(s: number, addr: number): void {
    if (this.touched !== null) this.touch(addr);
    const typeId = this.typeId[s];
    const fl = this.flags[s];
    if (fl & F_FREELISTED) this.removeFromFreelist(s);
    else if (typeId !== 0) this.liveObjects--;
    this.liveBytes -= this.req[s];
    this.liveBlockBytes -= this.block[s];
    this.freeSlots.push(s);
    this.flags[s] = 0;
    // a free slot's address is FREE_ADDR (checkpoint tells live slots apart without a map lookup)
    this.addr[s] = FREE_ADDR;
    if (this.sink !== null) this.sink.free(this.attrLine(), typeId, typeId !== 0, this.req[s], this.block[s]);
  }

  realloc(oldAddr: number, newAddr: number, requested: number, block: number): void {
    const s = this.slotOf.get(oldAddr);
    if (s === undefined) {
      this.alloc(0, newAddr, requested, block);
      return;
    }
    if (this.touched !== null) {
      this.touch(oldAddr);
      this.touch(newAddr);
    }
    const dr = requested - this.req[s];
    const db = block - this.block[s];
    if (oldAddr !== newAddr) {
      this.slotOf.delete(oldAddr);
      this.slotOf.set(newAddr, s);
      this.addr[s] = newAddr;
      // an object moved by realloc (a str grown in place by `s += x`, vm/specialize.ts) has one reference:
      // the running frame's local the instruction stores it in, whose binding follows it
      if (this.flags[s] & F_OBJECT) this.moveBinding(oldAddr, newAddr);
    }
    this.req[s] = requested;
    this.block[s] = block;
    this.liveBytes += dr;
    this.liveBlockBytes += db;
    if (this.liveBytes > this.peakBytes) this.peakBytes = this.liveBytes;
    if (this.sink !== null) this.sink.resize(this.attrLine(), dr, db);
  }

  private moveBinding(oldAddr: number, newAddr: number): void {
    const top = this.frames[this.frames.length - 1];
    if (top === undefined) return;
    for (const b of top.locals.values()) if (b.addr === oldAddr) b.addr = newAddr;
  }

  freelistKey(s: number): string {
    const name = this.tables.typeNames[this.typeId[s]];
    if (name === 'tuple') {
      // the key strings are made once per size (a freelist push or pop happens at almost every step)
      const n = (this.req[s] - this.tables.typeHdr[this.typeId[s]] - 24) / 8;
      return (TUPLE_KEYS[n] ??= `tuple[${n}]`);
    }
    return name;
  }

  /**
   * The `freelists` array of slot `s`'s object (made when `create`). Looked up once per type id (tuples:
   * per size): a freelist push or pop happens at almost every step.
   */
  private freelistOf(s: number, create: boolean): number[] | undefined {
    const t = this.typeId[s];
    const tuple = this.tables.typeNames[t] === 'tuple';
    const cache = tuple ? this.flTupleArrays : this.flArrays;
    const i = tuple ? (this.req[s] - this.tables.typeHdr[t] - 24) / 8 : t;
    let st = cache[i];
    if (st !== undefined) return st;
    const k = this.freelistKey(s);
    st = this.freelists.get(k);
    if (st === undefined) {
      if (!create) return undefined;
      this.freelists.set(k, (st = []));
    }
    cache[i] = st;
    return st;
  }

  /** freelistOf's answers: by type id, and for tuples by size (the arrays of `freelists`) */
  private flArrays: (number[] | undefined)[] = [];
  private flTupleArrays: (number[] | undefined)[] = [];

  /** The object in block `addr` is parked on its freelist; `slot`: its slot when the caller knows it. */
  flPush(addr: number, slot = -1): void {
    const s = slot >= 0 ? slot : this.slotOf.get(addr);
    if (s === undefined) return;
    if (this.touched !== null) this.touch(addr);
    this.flags[s] |= F_FREELISTED;
    if (this.typeId[s] !== 0) this.liveObjects--;
    this.freelistOf(s, true)!.push(addr);
    if (this.sink !== null) this.sink.freelist(this.attrLine(), this.typeId[s], true);
  }

  private removeFromFreelist(s: number): void {
    const st = this.freelistOf(s, false);
    if (st === undefined) return;
    const a = this.addr[s];
    // freelists are LIFO: the object is almost always the last one parked
    if (st.length > 0 && st[st.length - 1] === a) {
      st.pop();
      return;
    }
    for (let i = st.length - 2; i >= 0; i--) {
      if (st[i] === a) {
        st.splice(i, 1);
        return;
      }
    }
  }

  /**
   * The object in block `addr` is taken from its freelist; `known`: its slot when the caller looked it up
   * (-1: not traced), -2 to look it up here. Returns the slot.
   */
  flPop(typeId: number, addr: number, requested: number, known = -2): number {
    let s = known === -2 ? this.slotOf.get(addr) : known >= 0 ? known : undefined;
    const line = this.attrLine();
    if (this.touched !== null) this.touch(addr);
    if (s === undefined) {
      // an object parked before the trace started: it joins the traced blocks now
      s = this.newSlot();
      this.slotOf.set(addr, s);
      this.addr[s] = addr;
      this.typeId[s] = typeId;
      this.req[s] = requested;
      this.block[s] = pymallocBlock(requested);
      this.flags[s] = F_OBJECT;
      this.gen[s] = this.tables.typeGC[typeId] ? GEN_UNTRACKED : GEN_NONE;
      this.bufBytes[s] = 0;
      this.liveBytes += requested;
      this.liveBlockBytes += this.block[s];
      if (this.liveBytes > this.peakBytes) this.peakBytes = this.liveBytes;
    } else {
      this.removeFromFreelist(s);
      this.flags[s] &= ~F_FREELISTED;
      // a reused object starts without buffers (its old ones were freed before it was parked)
      this.bufBytes[s] = 0;
    }
    this.seq[s] = this.allocSeq++;
    this.line[s] = line;
    this.rc[s] = 1;
    this.liveObjects++;
    if (this.sink !== null) this.sink.freelist(line, typeId, false);
    return s;
  }

  gcEv(generation: number, _reason: number, collected: number, uncollectable: number): void {
    if (generation >= 0 && generation < 3) this.gcCollections[generation]++;
    this.gcCollected += collected;
    this.gcUncollectable += uncollectable;
    if (this.sink !== null) this.sink.gc(this.attrLine());
  }

  output(stream: number, pieces: number): void {
    if (stream === 0) this.stdoutPieces = pieces;
    else this.stderrPieces = pieces;
  }

  bind(nameId: number, global: boolean, typeId: number, addr: number, depth = -1): void {
    let m: Map<number, Binding>;
    if (global) m = this.globals;
    else {
      const top = this.frames[depth >= 0 ? depth : this.frames.length - 1];
      if (top === undefined) return;
      m = top.locals;
    }
    if (addr === 0) m.delete(nameId);
    else {
      // rebinding updates the entry in place (no object per bind; views and checkpoints copy bindings)
      const b = m.get(nameId);
      if (b === undefined) m.set(nameId, { typeId, addr });
      else {
        b.typeId = typeId;
        b.addr = addr;
      }
    }
  }

  rcEv(addr: number, rc: number): void {
    const s = this.slotOf.get(addr);
    if (s !== undefined) this.rc[s] = rc;
  }

  genEv(addr: number, gen: number): void {
    const s = this.slotOf.get(addr);
    if (s === undefined) return;
    this.gen[s] = gen;
    if (this.touched !== null) this.touch(this.addr[s]);
  }

  bufEv(addr: number, bytes: number): void {
    const s = this.slotOf.get(addr);
    if (s !== undefined) this.bufBytes[s] = bytes;
  }

  /** A pymalloc block event (payload of Ev.PM). */
  pmEv(p: number): void {
    const blk = (p >>> 1) & 1023;
    const slot = (p >>> 11) & 63;
    const arena = p >>> 17;
    if (this.touched !== null) this.touched.pools.add(arena * MAX_POOLS_IN_ARENA + slot);
    if (p & 1) this.arenas.free(arena, slot, blk);
    else this.arenas.malloc(arena, slot, blk);
  }

  /**
   * The pymalloc block event folded into the ALLOC (free = 0) or FREE (free = 1) record of block `addr`: its
   * PM payload from the block's pool (the recorder folds only when the pool's size class is known here).
   */
  private pmFolded(addr: number, free: number): void {
    const key = this.arenas.poolOf(addr);
    if (key < 0) return;
    const arena = key >>> 6;
    const slot = key & 63;
    const szidx = this.arenas.szidxOf(arena, slot);
    if (szidx >= 0) this.pmEv(pmPayload(addr, arena, slot, szidx, free));
  }

  /** Apply an Ev.X record at w[i]; returns the index after it. */
  private applyX(w: Int32Array, i: number): number {
    const p = w[i] >>> 4;
    const arg = p >>> 4;
    switch ((p & 15) as Xk) {
      case Xk.ARENA_NEW:
        if (this.touched !== null) this.touchArena(arg);
        this.arenas.arenaNew(arg, addrOf(w[i + 1], w[i + 2]), w[i + 3], w[i + 4]);
        return i + 5;
      case Xk.ARENA_FREE:
        if (this.touched !== null) this.touchArena(arg);
        this.arenas.arenaFree(arg);
        return i + 1;
      case Xk.POOL_INIT:
        if (this.touched !== null) this.touched.pools.add(arg);
        this.arenas.poolInit(arg >>> 6, arg & 63, w[i + 1] & 255, (w[i + 1] >>> 8) === 1);
        return i + 2;
      case Xk.GEN:
        this.genEv(addrOf(w[i + 1], w[i + 2]), arg - 2);
        return i + 3;
      case Xk.GC_COUNT:
        this.gcCounts = [w[i + 1], w[i + 2], w[i + 3]];
        return i + 4;
      case Xk.GC_CONF:
        this.gcEnabled = arg === 1;
        this.gcThresholds = [w[i + 1], w[i + 2], w[i + 3]];
        return i + 4;
      case Xk.GC_INFO:
        return i + 4;
      case Xk.PM_LONG:
        if (this.touched !== null) this.touched.pools.add(w[i + 1] * MAX_POOLS_IN_ARENA + w[i + 2]);
        if (arg & 1) this.arenas.free(w[i + 1], w[i + 2], w[i + 3]);
        else this.arenas.malloc(w[i + 1], w[i + 2], w[i + 3]);
        return i + 4;
      case Xk.BUF:
        this.bufEv(addrOf(w[i + 1], w[i + 2]), w[i + 3]);
        return i + 4;
    }
    throw new Error(`trace: bad extra record ${w[i]} at ${i}`);
  }

  /** Apply the record at `w[i]`; returns the index after it. */
  apply(w: Int32Array, i: number): number {
    const w0 = w[i];
    const p = w0 >>> 4;
    this.events++;
    switch ((w0 & 15) as Ev) {
      case Ev.LINE:
        this.lineEv(p >>> 1, (p & 1) === 1);
        return i + 1;
      case Ev.STEP:
        this.stepEv(p);
        return i + 1;
      case Ev.PUSH:
        this.push(p);
        return i + 1;
      case Ev.POP:
        this.pop();
        return i + 1;
      case Ev.ALLOC: {
        const raw = p & 1;
        const req = w[i + 3];
        const addr = addrOf(w[i + 1], w[i + 2]);
        this.alloc(p >>> 2, addr, req, raw ? w[i + 4] : pymallocBlock(req));
        if (p & 2) this.pmFolded(addr, 0);
        return i + (raw ? 5 : 4);
      }
      case Ev.FREE: {
        const addr = addrOf(w[i + 1], w[i + 2]);
        this.free(addr);
        if (p & 1) this.pmFolded(addr, 1);
        return i + 3;
      }
      case Ev.REALLOC:
        this.realloc(addrOf(w[i + 1], w[i + 2]), addrOf(w[i + 3], w[i + 4]), w[i + 5], w[i + 6]);
        return i + 7;
      case Ev.FL_PUSH:
        this.flPush(addrOf(w[i + 1], w[i + 2]));
        return i + 3;
      case Ev.FL_POP:
        this.flPop(p, addrOf(w[i + 1], w[i + 2]), w[i + 3]);
        return i + 4;
      case Ev.GC:
        this.gcEv(p & 3, p >>> 2, w[i + 1], w[i + 2]);
        return i + 3;
      case Ev.OUTPUT:
        this.output(p & 1, p >>> 1);
        return i + 1;
      case Ev.EXC:
        this.exceptions++;
        return i + 1;
      case Ev.BIND: {
        const scope = p & 3;
        if (scope === 2) {
          this.bind(p >>> 2, false, w[i + 1], addrOf(w[i + 2], w[i + 3]), w[i + 4]);
          return i + 5;
        }
        this.bind(p >>> 2, scope === 1, w[i + 1], addrOf(w[i + 2], w[i + 3]));
        return i + 4;
      }
      case Ev.RC:
        this.rcEv(addrOf(w[i + 1], w[i + 2]), w[i + 3] >>> 0);
        return i + 4;
      case Ev.PM:
        this.pmEv(p);
        return i + 1;
      case Ev.X:
        return this.applyX(w, i);
    }
    throw new Error(`trace: bad event word ${w0} at ${i}`);
  }

  // ---------------------------------------------------------------- checkpoints

  checkpoint(): Checkpoint {
    const n = this.slotOf.size;
    const cp: Checkpoint = {
      step: this.step,
      events: this.events,
      addr: new Float64Array(n),
      typeId: new Int32Array(n),
      req: new Int32Array(n),
      block: new Int32Array(n),
      line: new Int32Array(n),
      rc: new Float64Array(n),
      flags: new Uint8Array(n),
      seq: new Float64Array(n),
      gen: new Int8Array(n),
      bufBytes: new Float64Array(n),
      positions: this.positions,
      arenas: this.arenas.checkpoint(),
      gcCounts: this.gcCounts.slice(),
      gcThresholds: this.gcThresholds.slice(),
      gcEnabled: this.gcEnabled,
      lineTotals: null,
      allocSeq: this.allocSeq,
      liveObjects: this.liveObjects,
      liveBytes: this.liveBytes,
      liveBlockBytes: this.liveBlockBytes,
      peakBytes: this.peakBytes,
      frames: this.frames.map((f) => ({ codeId: f.codeId, line: f.line, locals: packBindings(f.locals) })),
      globals: packBindings(this.globals),
      freelists: [...this.freelists].map(([k, v]) => [k, v.slice()] as [string, number[]]),
      gcCollections: this.gcCollections.slice(),
      gcCollected: this.gcCollected,
      gcUncollectable: this.gcUncollectable,
      stdoutPieces: this.stdoutPieces,
      stderrPieces: this.stderrPieces,
      exceptions: this.exceptions,
    };
    // in slot order: deterministic and cheap
    let k = 0;
    for (let s = 0; s < this.nslots; s++) {
      if (this.addr[s] === FREE_ADDR) continue;
      cp.addr[k] = this.addr[s];
      cp.typeId[k] = this.typeId[s];
      cp.req[k] = this.req[s];
      cp.block[k] = this.block[s];
      cp.line[k] = this.line[s];
      cp.rc[k] = this.rc[s];
      cp.flags[k] = this.flags[s];
      cp.seq[k] = this.seq[s];
      cp.gen[k] = this.gen[s];
      cp.bufBytes[k] = this.bufBytes[s];
      k++;
    }
    return cp;
  }

  static restore(tables: TraceTables, cp: Checkpoint): MirrorState {
    const st = new MirrorState(tables);
    const n = cp.addr.length;
    // room for the allocations a replay of one chunk adds, so that replaying does not copy every array
    // (and rehash the address map) of a large heap once more
    const room = n + (n >> 3) + 4096;
    if (room > st.addr.length) st.grow(room);
    st.addr.set(cp.addr);
    st.typeId.set(cp.typeId);
    st.req.set(cp.req);
    st.block.set(cp.block);
    st.line.set(cp.line);
    st.rc.set(cp.rc);
    st.flags.set(cp.flags);
    st.seq.set(cp.seq);
    st.gen.set(cp.gen);
    st.bufBytes.set(cp.bufBytes);
    st.positions = cp.positions;
    st.arenas = ArenaMirror.restore(cp.arenas);
    st.gcCounts = cp.gcCounts.slice();
    st.gcThresholds = cp.gcThresholds.slice();
    st.gcEnabled = cp.gcEnabled;
    st.nslots = n;
    st.slotOf = n < BLOCKMAP_MIN ? new AddrMap(room) : new BlockMap(room);
    for (let s = 0; s < n; s++) st.slotOf.set(cp.addr[s], s);
    st.allocSeq = cp.allocSeq;
    st.liveObjects = cp.liveObjects;
    st.liveBytes = cp.liveBytes;
    st.liveBlockBytes = cp.liveBlockBytes;
    st.peakBytes = cp.peakBytes;
    st.attrCache = -1;
    st.frames = cp.frames.map((f) => ({ codeId: f.codeId, user: tables.codeUser[f.codeId] === true, line: f.line, locals: unpackBindings(f.locals) }));
    st.globals = unpackBindings(cp.globals);
    st.freelists = new Map(cp.freelists.map(([k, v]) => [k, v.slice()]));
    st.gcCollections = cp.gcCollections.slice();
    st.gcCollected = cp.gcCollected;
    st.gcUncollectable = cp.gcUncollectable;
    st.stdoutPieces = cp.stdoutPieces;
    st.stderrPieces = cp.stderrPieces;
    st.exceptions = cp.exceptions;
    st.step = cp.step;
    st.events = cp.events;
    return st;
  }
}

/** A copy of typed array `a` with room for `n` entries. */
export function grown<A extends Float64Array | Int32Array | Uint8Array | Int8Array>(a: A, n: number): A {
  const b = new (a.constructor as { new (n: number): A })(n);
  b.set(a);
  return b;
}

/** nameId, typeId, addr triples */
function packBindings(m: Map<number, Binding>): Float64Array {
  const out = new Float64Array(m.size * 3);
  let i = 0;
  for (const [k, v] of m) {
    out[i++] = k;
    out[i++] = v.typeId;
    out[i++] = v.addr;
  }
  return out;
}

function unpackBindings(a: Float64Array): Map<number, Binding> {
  const m = new Map<number, Binding>();
  for (let i = 0; i < a.length; i += 3) m.set(a[i], { typeId: a[i + 1], addr: a[i + 2] });
  return m;
}

export interface Checkpoint {
  step: number;
  events: number;
  addr: Float64Array;
  typeId: Int32Array;
  req: Int32Array;
  block: Int32Array;
  line: Int32Array;
  rc: Float64Array;
  flags: Uint8Array;
  seq: Float64Array;
  gen: Int8Array;
  bufBytes: Float64Array;
  positions: number;
  arenas: ArenaCheckpoint;
  gcCounts: number[];
  gcThresholds: number[];
  gcEnabled: boolean;
  /** per-line cumulative totals at this point (filled by the recorder: LineTotals.pack) */
  lineTotals: Float64Array | null;
  allocSeq: number;
  liveObjects: number;
  liveBytes: number;
  liveBlockBytes: number;
  peakBytes: number;
  frames: { codeId: number; line: number; locals: Float64Array }[];
  globals: Float64Array;
  freelists: [string, number[]][];
  gcCollections: number[];
  gcCollected: number;
  gcUncollectable: number;
  stdoutPieces: number;
  stderrPieces: number;
  exceptions: number;
}

export function checkpointBytes(cp: Checkpoint): number {
  let b = cp.addr.length * 54 + cp.globals.length * 8 + 200 + ArenaMirror.checkpointBytes(cp.arenas);
  if (cp.lineTotals !== null) b += cp.lineTotals.length * 8;
  for (const f of cp.frames) b += 40 + f.locals.length * 8;
  for (const [, v] of cp.freelists) b += 16 + v.length * 8;
  return b;
}
