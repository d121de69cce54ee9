/**
 * The trace recorder: plugs into a Runtime (tracer, heap listener, freelist hooks, GC listener, the eval
 * breaker that counts steps, and output) and writes the event stream (events.ts) while keeping the mirror
 * state (state.ts) and the per-line summary (summary.ts) up to date. The shadow frame stack, line events and
 * name bindings are shadow.ts's (shared with the attribution-only recorder, light.ts).
 *
 * Reference counts: every traced object is watched (PyObject.rcw); incref/decref queue it on its first
 * change (objects/object.ts rcQueue), and at each step and position only the queued objects are compared,
 * so the work is proportional to what changed, not to the live heap. The comparisons are counted against
 * a work budget; once it is exhausted the watch stops and counts are exact at checkpoints only (reported by
 * seek).
 */
import { PyObject, PyType, RT, TPFLAGS, decodeAddr, rcQueue, rcTouched, refcount, setRcWatching } from '../objects/object';
import { CellObject } from '../objects/funcobject';
import { ListObject, TupleObject } from '../objects/sequences';
import { Op } from '../compiler/opcodes';
import { CO_FAST_CELL, CO_FAST_FREE } from '../compiler/code';
import type { Runtime } from '../vm/runtime';
import type { Frame } from '../vm/frame';
import type { MemoryListener } from '../memory/obmalloc';
import type { GCCollectionEvent } from '../memory/gc';
import { Ev, Xk, EventLog, addrHi, addrLo, pmBlockIndex, pmPack, pymallocBlock, GC_REASONS } from './events';
import { MirrorState, F_FREELISTED, F_OBJECT, GEN_UNREACHABLE, GEN_UNTRACKED, checkpointBytes, grown, type Checkpoint } from './state';
import { LineTotals } from './summary';
import { ShadowRecorder } from './shadow';
import { ArenaMirror } from './arenas';
import { bufferKind, bufferAddrOf, BUF_NONE, BUF_LIST, BUF_DICT, BUF_VALUES, BUF_KINDS } from './buffers';
import { BlockMap } from './addrmap';
import { PreviewTable, isPreviewable, isPreviewableType } from './previews';

export interface RecorderOptions {
  /** Bytes kept for events and checkpoints; the oldest chunks are dropped beyond (default 256 MiB). */
  budgetBytes?: number;
  /** Minimum words per chunk (checkpoint interval), default 65536. */
  chunkWords?: number;
  /** Refcount comparisons allowed at steps and positions (default 100 million; 0 = exact at checkpoints only). */
  rcScanBudget?: number;
  /** Called after each step's event (tests stop a run here and inspect the live state). */
  onStep?(rec: Recorder, step: number): void;
  /** Called at each position (a line event of the analysed file, protocol/heap.ts), after its event. */
  onLine?(rec: Recorder, position: number): void;
  /**
   * Tests: after each comparison at a step or position, every traced object is checked too, and this is
   * called for each refcount the watch (incref/decref hooks) missed and each owned buffer size the owner
   * comparison missed. Slow (a full pass per step).
   */
  onMirrorMismatch?(what: 'refcount' | 'buffer', o: PyObject, mirror: number, actual: number): void;
}

/** One collection, where it ran (the heap panel's CollectionView). */
export interface CollectionRecord {
  position: number;
  step: number;
  line: number;
  generation: number;
  reason: number;
  examined: number;
  unreachable: number;
  collected: number;
  uncollectable: number;
  promoted: number;
}

/**
 * Timeline samples, at most MAX_POINTS buckets of equal width over the positions; each bucket keeps its
 * sample with the most live bytes (so peaks survive the thinning). Columns: position, line, liveBytes,
 * liveObjects, arenas.
 */
export class TimelineSampler {
  static readonly MAX_POINTS = 2000;
  width = 1;
  pos: number[] = [];
  line: number[] = [];
  bytes: number[] = [];
  objects: number[] = [];
  arenas: number[] = [];

  /** first position after the last point's bucket (positions only grow: no division per position) */
  private bucketEnd = 0;

  /** A position's point; `position` is never below the last one added. */
  add(position: number, line: number, bytes: number, objects: number, arenas: number): void {
    const n = this.pos.length;
    if (n > 0 && position < this.bucketEnd) {
      if (bytes > this.bytes[n - 1]) this.set(n - 1, position, line, bytes, objects, arenas);
      return;
    }
    this.bucketEnd = (Math.floor(position / this.width) + 1) * this.width;
    this.pos.push(position);
    this.line.push(line);
    this.bytes.push(bytes);
    this.objects.push(objects);
    this.arenas.push(arenas);
    if (this.pos.length > TimelineSampler.MAX_POINTS) this.thin();
  }

  private set(i: number, position: number, line: number, bytes: number, objects: number, arenas: number): void {
    this.pos[i] = position;
    this.line[i] = line;
    this.bytes[i] = bytes;
    this.objects[i] = objects;
    this.arenas[i] = arenas;
  }

  /** Double the bucket width, keeping each new bucket's peak. */
  private thin(): void {
    this.width *= 2;
    let k = 0;
    for (let i = 0; i < this.pos.length; i++) {
      if (k > 0 && Math.floor(this.pos[k - 1] / this.width) === Math.floor(this.pos[i] / this.width)) {
        if (this.bytes[i] > this.bytes[k - 1]) this.set(k - 1, this.pos[i], this.line[i], this.bytes[i], this.objects[i], this.arenas[i]);
        continue;
      }
      this.set(k++, this.pos[i], this.line[i], this.bytes[i], this.objects[i], this.arenas[i]);
    }
    this.pos.length = this.line.length = this.bytes.length = this.objects.length = this.arenas.length = k;
    this.bucketEnd = (Math.floor(this.pos[k - 1] / this.width) + 1) * this.width;
  }
}

/** Activity flags of a position's window (the events between its line event and the next position's). */
export const POS_ALLOC = 1;
export const POS_FREE = 2;
export const POS_GC = 4;

export class Recorder extends ShadowRecorder {
  readonly state: MirrorState;
  readonly log: EventLog<Checkpoint>;
  /** live objects by slot (for refcount comparison and direct capture) */
  objs: (PyObject | null)[] = [];
  private rcBudget: number;
  /** the refcount watch is off (budget exhausted, or none): traced objects get rcw = 0 */
  private rcOff: boolean;
  /** last step whose refcounts are exact in the replay (Infinity while the scan budget lasts) */
  rcExactUntil = Infinity;
  private chunkWords: number;
  private onStep: ((rec: Recorder, step: number) => void) | null;
  private onMismatch: ((what: 'refcount' | 'buffer', o: PyObject, mirror: number, actual: number) => void) | null;
  /** stdout / stderr arrays of the runtime (output so far = their first N pieces) */
  stdout: string[] = [];
  stderr: string[] = [];
  untrackedFrees = 0;
  /** line of each position (index = position; [0] = 0) */
  posLines = new Int32Array(1024);
  /** POS_* activity flags of each position's window */
  posFlags = new Uint8Array(1024);
  /** last position whose refcounts are exact in the replay (Infinity while the scan budget lasts) */
  rcExactUntilPos = Infinity;
  readonly collections: CollectionRecord[] = [];
  readonly timeline = new TimelineSampler();
  private onLineHook: ((rec: Recorder, position: number) => void) | null;
  /**
   * objects whose GC generation may have changed since the last flush: genDirty[0 .. nGenDirty), repeats
   * allowed (the first one emits the final state, the others find it equal)
   */
  private genDirty: PyObject[] = [];
  private nGenDirty = 0;
  private prevGenHook: ((o: PyObject) => void) | null = null;
  private prevPmListener: MemoryListener | null = null;
  /** the next scan compares every owner's buffer (the first one, or a new buffer no compared owner claimed) */
  private buffersDirty = true;
  /** the owners of each traced buffer address, as last read (bufAddr); more than one for shared dict keys */
  private bufOwner = new BlockMap();
  private bufOwnersMore = new Map<number, Set<number>>();
  /**
   * owner slots to compare at the next scan: s for a touched owner (compared when its buffer address
   * changed), -(s + 1) for a new owner or one whose buffer was freed or resized (its bytes read again)
   */
  private bufCand: number[] = [];
  private nCand = 0;
  /**
   * owners pointing to no buffer (empty, a list being sorted), by buffer kind. Such an owner can take a
   * buffer that exists already without any buffer event and without its refcount changing: a dict a keys
   * object from the dict-keys freelist, a sorted list its saved items array, a set the table of a set it
   * swapped bodies with. Each of those buffers had an owner before and was let go while alive ("released",
   * below), so the bufferless owners of a kind are compared at a scan only while some buffer of that kind is
   * released (dicts: or the dict-keys freelist is not empty). (Instances holding a values array, BUF_VALUES, are never listed here.) A list compared while
   * list.sort runs (it has no items then: listmethods.ts listSortImpl) gets back an items array that may
   * never have had an owner (a new list sorted by sorted()): those lists are in `sorting` too, compared at
   * every scan until the sort is over.
   */
  private bufferless: Set<number>[] = Array.from({ length: BUF_KINDS }, () => new Set<number>());
  /**
   * live traced buffers whose last owner pointed away from them (or was freed / parked) while they stayed
   * allocated, by address → the kind of owner that can take them; and how many of each kind
   */
  private released = new Map<number, number>();
  private sorting = new Set<number>();
  /** the dict-keys freelist had entries at the last scan */
  private keysFreelistBefore = false;
  private nReleased = new Int32Array(BUF_KINDS);
  /** buffers allocated since the last scan: one no compared owner points to makes the scan visit every owner */
  private newBufs: number[] = [];
  private nNewBufs = 0;
  /** per slot: the object's buffer kind (buffers.ts), and the buffer address its bufferBytes were read from */
  private bufKind = new Uint8Array(1024);
  private bufAddr = new Float64Array(1024);
  /** previews of immutable scalars (int, float, str), by allocation sequence number (MirrorState.seq) */
  readonly previews = new PreviewTable();
  /** slots of previewable objects allocated (or reused) since the last position */
  private pendingPreviews: number[] = [];
  /** entries of pendingPreviews in use (the array is not truncated: setting length is slow) */
  private nPending = 0;
  /** per type id: its objects get previews (isPreviewableType) */
  private typePreviewable: boolean[] = [];
  /** per type id: the buffer kind of its objects (bufferKind: instances of one type share their JS class) */
  private typeBufKind: number[] = [];
  /** index in the current chunk of the last PM record of a block handed out (-1: none), and its block */
  private pmAt = -1;
  private pmAddr = 0;
  /** index in the current chunk of the last FREE record (-1: none), and its block */
  private freeAt = -1;
  private freeAddr = 0;

  constructor(options: RecorderOptions = {}) {
    super();
    this.state = new MirrorState(this.tables);
    this.state.sink = this.summary;
    this.state.lineSink = this.summary;
    this.chunkWords = options.chunkWords ?? 1 << 16;
    this.log = new EventLog<Checkpoint>(options.budgetBytes ?? 256 * 1024 * 1024, this.chunkWords);
    this.rcBudget = options.rcScanBudget ?? 100_000_000;
    this.rcOff = this.rcBudget <= 0;
    this.onStep = options.onStep ?? null;
    this.onMismatch = options.onMirrorMismatch ?? null;
    this.onLineHook = options.onLine ?? null;
  }

  // ================================================================ attach / detach

  attach(rt: Runtime): void {
    this.stdout = rt.stdout;
    this.stderr = rt.stderr;
    this.state.step = rt.steps;
    rcQueue.n = 0;
    this.state.sink = null;
    this.attachNames(rt);
    this.state.sink = this.summary;
    // pymalloc's arenas and the collector's counters as they are now (interpreter start-up included)
    this.state.arenas = ArenaMirror.capture(rt.heap.mem.obmalloc);
    this.state.gcCounts = rt.gc.counts.slice();
    this.state.gcThresholds = rt.gc.thresholds.slice();
    this.state.gcEnabled = rt.gc.enabled;
    const cp0 = this.state.checkpoint();
    cp0.lineTotals = LineTotals.packSummary(this.summary);
    this.log.startChunk(rt.steps, cp0, checkpointBytes(cp0), 0);

    const ob = rt.heap.mem.obmalloc;
    this.prevPmListener = ob.listener;
    const prevPm = ob.listener;
    ob.listener = {
      onMalloc: (addr, requested, blockSize, szidx) => {
        prevPm?.onMalloc(addr, requested, blockSize, szidx);
        this.pmBlock(addr, szidx, 0);
      },
      onFree: (addr, blockSize, szidx) => {
        prevPm?.onFree(addr, blockSize, szidx);
        this.pmBlock(addr, szidx, 1);
      },
      onResize: (addr, requested) => prevPm?.onResize(addr, requested),
      onArenaNew: (address, arenaIndex, firstPool, ntotalpools) => {
        prevPm?.onArenaNew(address, arenaIndex, firstPool, ntotalpools);
        const [mid, bot] = ob.arenaMapNodeCounts();
        this.emitX(Xk.ARENA_NEW, arenaIndex, addrHi(address), addrLo(address), mid, bot, 4);
        this.state.arenas.arenaNew(arenaIndex, address, mid, bot);
      },
      onArenaFree: (address, arenaIndex) => {
        prevPm?.onArenaFree(address, arenaIndex);
        this.emitX(Xk.ARENA_FREE, arenaIndex, 0, 0, 0, 0, 0);
        this.state.arenas.arenaFree(arenaIndex);
      },
      onPoolInit: (poolAddress, szidx, keptFreeList) => {
        prevPm?.onPoolInit(poolAddress, szidx, keptFreeList);
        const key = this.state.arenas.poolOf(poolAddress);
        this.emitX(Xk.POOL_INIT, key, szidx | ((keptFreeList ? 1 : 0) << 8), 0, 0, 0, 1);
        this.state.arenas.poolInit(key >>> 6, key & 63, szidx, keptFreeList);
      },
      onPoolFull: (poolAddress, szidx) => prevPm?.onPoolFull(poolAddress, szidx),
      onPoolEmpty: (poolAddress, szidx) => prevPm?.onPoolEmpty(poolAddress, szidx),
    };
    this.prevGenHook = rt.gc.genHook;
    const prevGen = rt.gc.genHook;
    rt.gc.genHook = (o) => {
      prevGen?.(o);
      this.genDirty[this.nGenDirty++] = o;
    };

    const origWrite = (Object.getPrototypeOf(rt) as Runtime).write;
    rt.write = (stream, s) => {
      origWrite.call(rt, stream, s);
      this.emit1(Ev.OUTPUT, ((stream === 'stdout' ? rt.stdout.length : rt.stderr.length) << 1) | (stream === 'stdout' ? 0 : 1));
      this.state.output(stream === 'stdout' ? 0 : 1, stream === 'stdout' ? rt.stdout.length : rt.stderr.length);
    };
    this.hook(rt);
    setRcWatching(true);
  }

  /** Stop recording (the runtime keeps running untraced). */
  detach(): void {
    if (!this.attached) return;
    const rt = this.rt;
    setRcWatching(false);
    this.unhook();
    rt.heap.mem.obmalloc.listener = this.prevPmListener;
    rt.gc.genHook = this.prevGenHook;
    delete (rt as unknown as Record<string, unknown>).write;
    this.unwatchAll();
    this.log.sealCurrent();
  }

  /** Stop the refcount watch: no traced object queues itself any more. */
  private unwatchAll(): void {
    const objs = this.objs;
    for (let s = 0; s < objs.length; s++) {
      const o = objs[s];
      if (o !== null && o !== undefined) o.rcw = 0;
    }
    const q = rcQueue;
    for (let i = 0; i < q.n; i++) q.items[i].rcw = 0;
    q.n = 0;
    q.items = [];
  }

  /**
   * Stop watching the count of `o`, freed. The decref that freed it queued it just before (rcQueue's last
   * entry, unless its dealloc released references to other watched objects): taken off the queue here, so
   * that the next comparison does not visit a dead object. It still counts against the comparison budget,
   * as when the comparison skipped it (the budget runs out at the same step).
   */
  private unwatchFreed(o: PyObject): void {
    if (o.rcw < 0) {
      const q = rcQueue;
      if (q.n > 0 && q.items[q.n - 1] === o) {
        q.n--;
        this.rcBudget--;
      }
    }
    o.rcw = 0;
  }

  /** Watch the refcount of `o`, traced in slot `s` with mirror count 1 (just allocated or reused). */
  private watchRc(o: PyObject, s: number): void {
    if (this.rcOff) return;
    o.rcw = s + 1;
    // a count taken before the object was announced is compared at the next step too
    if (o.ob_refcnt !== 1) rcTouched(o);
  }

  protected parkPreexisting(o: PyObject, req: number): void {
    const typeId = this.typeIdOf(o.ob_type);
    const block = o.addr - this.tables.typeHdr[typeId];
    this.state.flPop(typeId, block, req);
    this.state.flPush(block);
    const s = this.state.slotOf.get(block)!;
    this.objs[s] = o;
  }

  // ================================================================ tables

  protected override newType(id: number, t: PyType): void {
    this.typePreviewable[id] = isPreviewableType(t);
  }

  // ================================================================ writing events

  private emit1(kind: Ev, payload: number): void {
    const log = this.log;
    if (log.n + 1 > log.w.length) log.ensure(1);
    log.w[log.n++] = kind | (payload << 4);
    log.totalEvents++;
  }

  private emitAddr(w0: number, a: number, extra: number, extra2: number, nExtra: number): void {
    const log = this.log;
    if (log.n + 3 + nExtra > log.w.length) log.ensure(3 + nExtra);
    const w = log.w;
    let n = log.n;
    w[n++] = w0;
    w[n++] = addrHi(a);
    w[n++] = addrLo(a);
    if (nExtra > 0) w[n++] = extra;
    if (nExtra > 1) w[n++] = extra2;
    log.n = n;
    log.totalEvents++;
  }

  /**
   * An RC record for traced slot `s` (its address is read here: an address passed to a call that is not
   * inlined is boxed, one heap number per event).
   */
  private emitRc(s: number, c: number): void {
    const a = this.state.addr[s];
    const log = this.log;
    if (log.n + 4 > log.w.length) log.ensure(4);
    const w = log.w;
    let n = log.n;
    w[n++] = Ev.RC;
    w[n++] = addrHi(a);
    w[n++] = addrLo(a);
    w[n++] = c;
    log.n = n;
    log.totalEvents++;
  }

  /** An Ev.X record: sub-kind, its argument, then `nExtra` words. */
  private emitX(sub: Xk, arg: number, a: number, b: number, c: number, d: number, nExtra: number): void {
    const log = this.log;
    if (log.n + 1 + nExtra > log.w.length) log.ensure(1 + nExtra);
    const w = log.w;
    let n = log.n;
    w[n++] = Ev.X | ((sub | (arg << 4)) << 4);
    if (nExtra > 0) w[n++] = a;
    if (nExtra > 1) w[n++] = b;
    if (nExtra > 2) w[n++] = c;
    if (nExtra > 3) w[n++] = d;
    log.n = n;
    log.totalEvents++;
  }

  /**
   * A pymalloc block handed out (free = 0) or freed (free = 1). Most are folded into the record of the same
   * block they adjoin (events.ts): a free follows the block's FREE record (heap.ts frees after telling the
   * listener), and a PM record written here just before the block's ALLOC record is taken back by onAlloc.
   * Folded only when the replay knows the pool's size class (it derives the block index from the address).
   */
  private pmBlock(addr: number, szidx: number, free: number): void {
    if (szidx < 0) return;
    const st = this.state;
    const key = st.arenas.poolOf(addr);
    if (key < 0) return;
    const arena = key >>> 6;
    const slot = key & 63;
    if (arena < 2048) {
      const blk = pmBlockIndex(addr, szidx);
      const p = pmPack(blk, arena, slot, free);
      // the mirror updated as the replay's pmEv(p) does; its pool's size class read on the way
      const derivable = st.arenas.blockEvent(arena, slot, blk, free) === szidx;
      const log = this.log;
      if (free) {
        if (log.n === this.freeAt + 3 && this.freeAddr === addr && derivable) {
          log.w[this.freeAt] |= 1 << 4;
          this.freeAt = -1;
          return;
        }
        this.emit1(Ev.PM, p);
      } else {
        this.emit1(Ev.PM, p);
        this.pmAt = derivable ? log.n - 1 : -1;
        this.pmAddr = addr;
      }
    } else {
      const blk = pmBlockIndex(addr, szidx);
      this.emitX(Xk.PM_LONG, free, arena, slot, blk, 0, 3);
      if (free) this.state.arenas.free(arena, slot, blk);
      else this.state.arenas.malloc(arena, slot, blk);
    }
  }

  // ================================================================ positions

  /** Before a position's line event: make generations, GC counters and refcounts exact. */
  private beforePosition(): void {
    // (each part is cheap to skip: most lines change no generation, count or buffer)
    if (this.nPending !== 0) this.flushPreviews();
    if (this.nGenDirty !== 0) this.flushGen();
    this.syncGc();
    if (!this.scanRefcounts(false) && this.rcExactUntilPos === Infinity) this.rcExactUntilPos = this.state.positions;
  }

  /** After a position's line event. */
  private afterPosition(line: number): void {
    const p = this.state.positions;
    if (p >= this.posLines.length) {
      const n = this.posLines.length * 2;
      this.posLines = grown(this.posLines, n);
      this.posFlags = grown(this.posFlags, n);
    }
    this.posLines[p] = line;
    const st = this.state;
    this.timeline.add(p, line, st.liveBytes, st.liveObjects, st.arenas.arenas.size);
    if (this.onLineHook !== null) this.onLineHook(this, p);
  }

  /**
   * Previews of the scalars allocated since the last position (their values are set by now). Kept while
   * MAX_PREVIEWS lasts (the panel shows '' for the others).
   */
  private flushPreviews(): void {
    const n = this.nPending;
    if (n === 0) return;
    const pend = this.pendingPreviews;
    const st = this.state;
    for (let i = 0; i < n; i++) {
      const s = pend[i];
      const o = this.objs[s];
      if (o === null || o === undefined || st.flags[s] & F_FREELISTED || this.previews.size >= MAX_PREVIEWS) continue;
      this.previews.set(st.seq[s], o);
    }
    this.nPending = 0;
  }

  /** Emit GEN records for traced objects whose generation changed. */
  private flushGen(): void {
    const n = this.nGenDirty;
    if (n === 0) return;
    const st = this.state;
    const dirty = this.genDirty;
    for (let i = 0; i < n; i++) {
      const o = dirty[i];
      // a watched object knows its slot (rcw); else look its block up
      const w = o.rcw;
      const typeId = this.typeIdOf(o.ob_type);
      const block = decodeAddr(o.addrCode) - this.tables.typeHdr[typeId];
      const s = w > 0 ? w - 1 : w < 0 ? -w - 1 : st.slotOf.get(block);
      if (s === undefined || this.objs[s] !== o) continue;
      // tracked but on one of the collector's own lists (GC head's gen -1) during a collection: GEN_UNREACHABLE
      const h = o.gch;
      const g = h === null || h.next === null ? GEN_UNTRACKED : h.gen < 0 ? GEN_UNREACHABLE : h.gen;
      if (g === st.gen[s]) continue;
      this.emitX(Xk.GEN, g + 2, addrHi(block), addrLo(block), 0, 0, 2);
      st.gen[s] = g;
    }
    this.nGenDirty = 0;
    // drop the references when a collection queued many (the array keeps its length)
    if (n > 65536) this.genDirty = [];
  }

  /** Emit GC_COUNT / GC_CONF when gc.get_count(), thresholds or enabled differ from the mirror. */
  private syncGc(): void {
    const gc = this.rt.gc;
    const st = this.state;
    const c = gc.counts;
    const m = st.gcCounts;
    if (c[0] !== m[0] || c[1] !== m[1] || c[2] !== m[2]) {
      this.emitX(Xk.GC_COUNT, 0, c[0], c[1], c[2], 0, 3);
      // in place: checkpoints copy these arrays
      m[0] = c[0];
      m[1] = c[1];
      m[2] = c[2];
    }
    const t = gc.thresholds;
    const mt = st.gcThresholds;
    if (t[0] !== mt[0] || t[1] !== mt[1] || t[2] !== mt[2] || gc.enabled !== st.gcEnabled) {
      this.emitX(Xk.GC_CONF, gc.enabled ? 1 : 0, t[0], t[1], t[2], 0, 3);
      st.gcThresholds = [t[0], t[1], t[2]];
      st.gcEnabled = gc.enabled;
    }
  }

  // ================================================================ frames

  protected framePushed(codeId: number): void {
    this.emit1(Ev.PUSH, codeId);
    this.state.push(codeId);
  }

  protected framePopped(): void {
    this.emit1(Ev.POP, 0);
    this.state.pop();
  }

  protected lineMoved(line: number): void {
    this.emit1(Ev.LINE, line << 1);
    this.state.lineEv(line, false);
  }

  /** BIND in the top frame, the globals, or (depth >= 0) the frame at that stack index. */
  protected bind(nameId: number, global: boolean, v: PyObject | null, depth: number): void {
    const typeId = v === null ? 0 : this.typeIdOf(v.ob_type);
    const a = v === null ? 0 : decodeAddr(v.addrCode);
    const log = this.log;
    if (log.n + 5 > log.w.length) log.ensure(5);
    const w = log.w;
    let n = log.n;
    const scope = depth >= 0 ? 2 : global ? 1 : 0;
    w[n++] = Ev.BIND | (((nameId << 2) | scope) << 4);
    w[n++] = typeId;
    w[n++] = addrHi(a);
    w[n++] = addrLo(a);
    if (depth >= 0) w[n++] = depth;
    log.n = n;
    log.totalEvents++;
    this.state.bind(nameId, global, typeId, a, depth);
  }

  // ================================================================ Tracer

  protected tracedLive(o: PyObject, c: number): boolean {
    // a watched object is traced and live (rcw != 0); a freed one has count 0; else look its block up
    return o.rcw !== 0 || (c !== 0 && this.state.slotOf.has(this.blockOf(o)));
  }

  line(f: Frame): void {
    const top = this.lineTop(f);
    const l = top.line;
    // CPython reports no line event for RESUME (the `def` line of a called function)
    const exec = f.code.code[2 * f.lasti] !== Op.RESUME;
    const position = exec && top.info.user;
    if (position) this.beforePosition();
    this.emit1(Ev.LINE, (l << 1) | (exec ? 1 : 0));
    this.state.lineEv(l, exec);
    if (position) this.afterPosition(l);
  }

  override exception(f: Frame, exc: PyObject): void {
    super.exception(f, exc);
    this.emit1(Ev.EXC, this.typeIdOf(exc.ob_type));
    this.state.exceptions++;
  }

  // ================================================================ heap listener

  onAlloc(addr: number, requested: number, obj: PyObject | null): void {
    this.prevHeapListener?.onAlloc(addr, requested, obj);
    this.syncForEvent();
    const typeId = obj === null ? 0 : this.typeIdOf(obj.ob_type);
    let block = pymallocBlock(requested);
    const raw = block < 0;
    if (raw) block = this.rt.heap.mem.blockSize(addr);
    // the PM record pmBlock just wrote for this block is folded into the ALLOC record
    const log = this.log;
    let pm = 0;
    if (log.n === this.pmAt + 1 && this.pmAddr === addr && !raw) {
      log.n--;
      log.totalEvents--;
      pm = 2;
    }
    this.pmAt = -1;
    this.emitAddr(Ev.ALLOC | (((typeId << 2) | pm | (raw ? 1 : 0)) << 4), addr, requested, block, raw ? 2 : 1);
    const s = this.state.alloc(typeId, addr, requested, block);
    this.objs[s] = obj;
    if (obj !== null) this.watchRc(obj, s);
    this.posFlags[this.state.positions] |= POS_ALLOC;
    this.setBufKind(s, obj, typeId);
    // (none queued once the table is full: flushPreviews would drop them)
    if (obj !== null && this.typePreviewable[typeId] && this.previews.size < MAX_PREVIEWS) this.pendingPreviews[this.nPending++] = s;
    if (typeId === 0 && !this.rcOff) this.newBufs[this.nNewBufs++] = addr;
  }

  onFree(addr: number, obj: PyObject | null): void {
    this.prevHeapListener?.onFree(addr, obj);
    // out of the address map at once (one probe): nothing below looks this block up
    const s = this.state.slotOf.take(addr);
    if (s < 0) {
      this.untrackedFrees++;
      return;
    }
    this.syncForEvent();
    this.emitAddr(Ev.FREE, addr, 0, 0, 0);
    // pymalloc's free of the block follows: pmBlock folds it into this record
    this.freeAt = this.log.n - 3;
    this.freeAddr = addr;
    if (!(this.state.flags[s] & F_OBJECT)) this.bufferChanged(addr);
    else this.dropOwner(s);
    this.state.releaseSlot(s, addr);
    const o = this.objs[s];
    if (o !== null && o !== undefined) this.unwatchFreed(o);
    this.objs[s] = null;
    this.posFlags[this.state.positions] |= POS_FREE;
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
    log.totalEvents++;
    const had = this.state.slotOf.get(oldAddr);
    // a released buffer moved by whoever holds it stays released at its new address
    const releasedAs = this.released.size > 0 ? this.released.get(oldAddr) : undefined;
    this.bufferChanged(oldAddr);
    this.state.realloc(oldAddr, newAddr, requested, block);
    if (releasedAs !== undefined) this.release(newAddr, releasedAs);
    if (had === undefined) {
      const s = this.state.slotOf.get(newAddr)!;
      this.objs[s] = null;
      this.setBufKind(s, null, 0);
      if (!this.rcOff) this.newBufs[this.nNewBufs++] = newAddr;
    } else {
      // an object resized in place (a str grown by +=) gets its preview again
      const o = this.objs[had];
      if (o !== null && o !== undefined && isPreviewable(o)) this.pendingPreviews[this.nPending++] = had;
    }
  }

  protected freelistPush(o: PyObject): void {
    const b = this.blockOf(o);
    // a watched object knows its slot (rcw)
    const w = o.rcw;
    let s = w > 0 ? w - 1 : w < 0 ? -w - 1 : -1;
    if (s < 0 || this.objs[s] !== o) s = this.state.slotOf.get(b) ?? -1;
    if (s < 0) return;
    this.syncForEvent();
    this.emitAddr(Ev.FL_PUSH, b, 0, 0, 0);
    this.state.flPush(b, s);
    this.dropOwner(s);
    // a parked object's count is not compared (it is dead to Python). It stays in rcQueue when queued: taken
    // from the freelist and queued again before the next comparison, it is compared in its first place.
    o.rcw = 0;
  }

  protected freelistPop(o: PyObject): void {
    this.syncForEvent();
    const typeId = this.typeIdOf(o.ob_type);
    const b = decodeAddr(o.addrCode) - this.tables.typeHdr[typeId];
    const s0 = this.state.slotOf.get(b);
    let req: number;
    if (s0 !== undefined) req = this.state.req[s0];
    else {
      req = o.ob_type.tp_basicsize + this.tables.typeHdr[typeId];
      if (o instanceof TupleObject) req += 8 * o.items.length;
    }
    this.emitAddr(Ev.FL_POP | (typeId << 4), b, req, 0, 1);
    // the same slot when the block was traced (parked since), else a new one
    const s = this.state.flPop(typeId, b, req, s0 !== undefined ? s0 : -1);
    this.objs[s] = o;
    this.watchRc(o, s);
    this.setBufKind(s, o, typeId);
    if (isPreviewable(o)) this.pendingPreviews[this.nPending++] = s;
  }

  protected collection(e: GCCollectionEvent): void {
    this.syncForEvent();
    const reason = Math.max(0, GC_REASONS.indexOf(e.reason as (typeof GC_REASONS)[number]));
    const log = this.log;
    log.ensure(3);
    log.w[log.n++] = Ev.GC | (((e.generation & 3) | (reason << 2)) << 4);
    log.w[log.n++] = e.collected;
    log.w[log.n++] = e.uncollectable;
    log.totalEvents++;
    this.state.gcEv(e.generation, reason, e.collected, e.uncollectable);
    this.emitX(Xk.GC_INFO, 0, e.examined, e.unreachableFound, e.promoted, 0, 3);
    const st = this.state;
    this.collections.push({
      position: st.positions,
      step: st.step,
      line: st.attrLine(),
      generation: e.generation,
      reason,
      examined: e.examined,
      unreachable: e.unreachableFound,
      collected: e.collected,
      uncollectable: e.uncollectable,
      promoted: e.promoted,
    });
    this.posFlags[st.positions] |= POS_GC;
    this.flushGen();
    this.syncGc();
  }

  // ================================================================ steps and checkpoints

  step(): void {
    this.syncForEvent();
    const sh = this.shadow;
    const top = sh.length > 0 ? sh[sh.length - 1] : null;
    if (top !== null) this.leaveLine(top);
    this.flushGen();
    this.syncGc();
    const scanned = this.scanRefcounts(false);
    const line = top === null ? 0 : top.line;
    this.emit1(Ev.STEP, line);
    this.state.stepEv(line);
    const log = this.log;
    // checkpoint interval: proportional to the live heap, so that checkpoints cost O(1) per event
    const target = Math.max(this.chunkWords, 12 * this.state.slotOf.size);
    if (log.n >= target) {
      this.scanRefcounts(true);
      const cp = this.state.checkpoint();
      cp.lineTotals = LineTotals.packSummary(this.summary);
      log.startChunk(this.state.step, cp, checkpointBytes(cp), Math.max(this.chunkWords, 12 * this.state.slotOf.size));
      // record indexes of the previous chunk
      this.pmAt = this.freeAt = -1;
    }
    const l = top === null ? 0 : this.backwardJumpLine(top);
    if (l > 0) {
      // (the names of the line left were compared at this step just above)
      top!.line = l;
      const user = top!.info.user;
      // generations, gc counters and refcounts were made exact at this step just above (nothing ran
      // since): only the previews are left to take
      if (user) {
        if (this.nPending !== 0) this.flushPreviews();
        if (!scanned && this.rcExactUntilPos === Infinity) this.rcExactUntilPos = this.state.positions;
      }
      this.emit1(Ev.LINE, (l << 1) | 1);
      this.state.lineEv(l, true);
      if (user) this.afterPosition(l);
    }
    if (this.onStep !== null) this.onStep(this, this.state.step);
  }

  /**
   * Compare refcounts (and owned buffer bytes) of traced objects with the mirror: the objects queued since
   * the last comparison (RC events), or with `silent` every traced object without events (checkpoint).
   * Returns false when the comparison budget is exhausted (nothing compared).
   */
  private scanRefcounts(silent: boolean): boolean {
    const st = this.state;
    const n = st.nslots;
    const objs = this.objs;
    const rc = st.rc;
    const flags = st.flags;
    const q = rcQueue;
    if (!silent) {
      // the common case at a position: no count, buffer or owner changed since the last comparison (the
      // checks of compareBuffers, whose result is then to compare nothing; no dict listed bufferless, so the
      // dict-keys freelist does not matter at the next comparison either)
      if (
        q.n === 0 && this.nCand === 0 && this.nNewBufs === 0 && !this.buffersDirty && !this.rcOff && this.rcBudget >= 0 &&
        this.onMismatch === null && this.sorting.size === 0 && this.released.size === 0 &&
        this.bufferless[BUF_DICT].size === 0
      ) {
        this.keysFreelistBefore = false;
        return true;
      }
      if (!this.rcOff && this.rcBudget < q.n) {
        this.rcOff = true;
        this.unwatchAll();
      }
      if (this.rcOff) {
        if (this.rcExactUntil === Infinity) this.rcExactUntil = st.step;
        return false;
      }
      this.rcBudget -= q.n;
      const items = q.items;
      const kinds = this.bufKind;
      const cand = this.bufCand;
      let nCand = this.nCand;
      for (let i = 0; i < q.n; i++) {
        const o = items[i];
        const w = o.rcw;
        // >= 0: compared already (queued twice across a free and a reuse), freed or parked since
        if (w >= 0) continue;
        const s = -w - 1;
        o.rcw = s + 1;
        // a touched owner may have switched buffers without one being freed (a dict leaving shared keys);
        // an instance's values array changes only with a buffer event (freed, resized) or as a new owner
        const k = kinds[s];
        if (k !== BUF_NONE && k !== BUF_VALUES) cand[nCand++] = s;
        const c = refcount(o);
        if (c !== rc[s]) {
          rc[s] = c;
          // as an int32 (the record's word): a count above 2^31 (immortal) would be boxed for the call
          this.emitRc(s, c | 0);
        }
      }
      q.n = 0;
      this.nCand = nCand;
    } else {
      for (let s = 0; s < n; s++) {
        const o = objs[s];
        if (o === null || o === undefined || flags[s] & F_FREELISTED) continue;
        const c = refcount(o);
        if (c !== rc[s]) {
          // the watch missed a change (a count set without incref/decref)
          if (this.onMismatch !== null && !this.rcOff) this.onMismatch('refcount', o, rc[s], c);
          rc[s] = c;
        }
      }
    }
    this.compareBuffers(silent);
    if (!silent && this.onMismatch !== null) this.verifyMirror();
    return true;
  }

  /**
   * Compare the bytes of the buffers owners point to with the mirror (BUF events unless `silent`). An owner
   * changes buffers only with a buffer event (alloc, free, realloc) or as a new owner, so the owners compared
   * are: new ones, touched ones, and those of a freed or resized buffer; a buffer allocated since the last
   * scan that none of them points to (an untouched empty list's first items array) makes the scan visit
   * every owner, as does a checkpoint (`silent`).
   */
  private compareBuffers(silent: boolean): void {
    const st = this.state;
    const objs = this.objs;
    const flags = st.flags;
    const kinds = this.bufKind;
    const seen = this.bufAddr;
    const buf = st.bufBytes;
    const cand = this.bufCand;
    if (!silent && this.sorting.size > 0) for (const s of this.sorting) cand[this.nCand++] = s;
    // a dict also takes keys objects from the dict-keys freelist (dict.ts newKeys), whose last holder may
    // never have been compared (made before the trace started, or freed before the scan after it was made):
    // while the freelist has entries, or had some at the last scan (they may have been taken since). Only
    // the dicts listed bufferless at the last scan can have taken one unseen (a dict is listed only when a
    // scan compares it): with none listed the freelist is not read.
    const dictless = this.bufferless[BUF_DICT].size > 0;
    const keysFreelist = dictless && (this.keysFreelistBefore || this.rt.freelists.dictKeys.length > 0);
    if (!silent && (this.released.size > 0 || keysFreelist)) {
      const nr = this.nReleased;
      for (let k = 1; k < BUF_KINDS; k++) {
        if (nr[k] === 0 && !(k === BUF_DICT && keysFreelist)) continue;
        for (const s of this.bufferless[k]) cand[this.nCand++] = s;
      }
    }
    const nCand = this.nCand;
    if (!silent) {
      this.rcBudget -= nCand;
      for (let i = 0; i < nCand; i++) {
        let s = cand[i];
        const reread = s < 0;
        if (reread) s = -s - 1;
        const k = kinds[s];
        if (k === BUF_NONE) continue;
        const o = objs[s];
        if (o === null || o === undefined || flags[s] & F_FREELISTED) {
          this.dropOwner(s);
          continue;
        }
        const a = bufferAddrOf(o, k);
        if (a === seen[s] && !reread) continue;
        if (a !== seen[s]) this.claim(s, a);
        this.noteOwner(s, a);
        if (k === BUF_VALUES) continue;
        // read again even at the same address: the buffer may have been resized in place, or freed and
        // its block reused
        const b = this.bufferBytesAt(a);
        if (b !== buf[s]) {
          buf[s] = b;
          this.emitX(Xk.BUF, 0, addrHi(st.addr[s]), addrLo(st.addr[s]), b, 0, 3);
        }
      }
      if (!this.buffersDirty) {
        const nb = this.newBufs;
        for (let i = 0; i < this.nNewBufs; i++) {
          const a = nb[i];
          const t = st.slotOf.get(a);
          if (t !== undefined && !(flags[t] & F_OBJECT) && !this.ownedNow(a)) {
            this.buffersDirty = true;
            break;
          }
        }
      }
    }
    this.nCand = 0;
    this.nNewBufs = 0;
    if (!this.buffersDirty && !silent) {
      this.noteKeysFreelist();
      return;
    }
    this.buffersDirty = false;
    const n = st.nslots;
    if (!silent) this.rcBudget -= n;
    for (let s = 0; s < n; s++) {
      const k = kinds[s];
      if (k === BUF_NONE) continue;
      const o = objs[s];
      if (o === null || o === undefined || flags[s] & F_FREELISTED) continue;
      const a = bufferAddrOf(o, k);
      this.noteOwner(s, a);
      if (a === seen[s] && !silent) continue;
      if (a !== seen[s]) this.claim(s, a);
      if (k === BUF_VALUES) continue;
      const b = this.bufferBytesAt(a);
      if (b !== buf[s]) {
        buf[s] = b;
        if (!silent) this.emitX(Xk.BUF, 0, addrHi(st.addr[s]), addrLo(st.addr[s]), b, 0, 3);
      }
    }
    this.noteKeysFreelist();
  }

  /** After a comparison: whether the dicts now listed bufferless may take a keys object from the freelist. */
  private noteKeysFreelist(): void {
    this.keysFreelistBefore = this.bufferless[BUF_DICT].size > 0 && this.rt.freelists.dictKeys.length > 0;
  }

  private noteOwner(s: number, a: number): void {
    const k = this.bufKind[s];
    if (k === BUF_VALUES) return;
    const set = this.bufferless[k];
    if (a === 0) set.add(s);
    else if (set.size > 0) set.delete(s);
    // list_sort_impl marks the list it empties with allocated = -1
    if (k === BUF_LIST && a === 0 && (this.objs[s] as ListObject).allocated === -1) this.sorting.add(s);
    else if (this.sorting.size > 0) this.sorting.delete(s);
  }

  /** Buffer `a` has a recorded owner that still points to it. */
  private ownedNow(a: number): boolean {
    const s = this.bufOwner.get(a);
    if (s === undefined) return false;
    const o = this.objs[s];
    return o !== null && o !== undefined && !(this.state.flags[s] & F_FREELISTED) && bufferAddrOf(o, this.bufKind[s]) === a;
  }

  /** Owner slot `s` now points to buffer address `a` (0: none). */
  private claim(s: number, a: number): void {
    const old = this.bufAddr[s];
    if (old !== 0) this.unclaim(s, old);
    this.bufAddr[s] = a;
    if (a === 0) return;
    if (this.released.size > 0) this.unrelease(a);
    const first = this.bufOwner.get(a);
    if (first === undefined) this.bufOwner.set(a, s);
    else if (first !== s) {
      let more = this.bufOwnersMore.get(a);
      if (more === undefined) this.bufOwnersMore.set(a, (more = new Set()));
      more.add(s);
    }
  }

  /** Slot `s` is no longer a live owner (freed, parked, or reused). */
  private dropOwner(s: number): void {
    // (an object of no buffer kind never claims a buffer nor is listed: most frees)
    if (this.bufKind[s] === BUF_NONE) return;
    if (this.bufAddr[s] !== 0) this.unclaim(s, this.bufAddr[s]);
    const set = this.bufferless[this.bufKind[s]];
    if (set.size > 0) set.delete(s);
    if (this.sorting.size > 0) this.sorting.delete(s);
  }

  /** Owner slot `s` no longer points to buffer address `a`. */
  private unclaim(s: number, a: number): void {
    this.bufAddr[s] = 0;
    const more = this.bufOwnersMore.get(a);
    if (this.bufOwner.get(a) === s) {
      if (more === undefined) {
        this.bufOwner.delete(a);
        // the last owner let go of a buffer that is still allocated (its slot is a buffer, not an object
        // that reused the block): another owner may take it without an event. A values array can go to a
        // dict only.
        const t = this.state.slotOf.get(a);
        if (t !== undefined && !(this.state.flags[t] & F_OBJECT)) this.release(a, this.bufKind[s] === BUF_VALUES ? BUF_DICT : this.bufKind[s]);
        return;
      }
      const next = more.values().next().value as number;
      more.delete(next);
      if (more.size === 0) this.bufOwnersMore.delete(a);
      this.bufOwner.set(a, next);
    } else if (more !== undefined && more.delete(s) && more.size === 0) this.bufOwnersMore.delete(a);
  }

  /** Buffer `a` (live, traced) has no owner now: owners of kind `k` (BUF_NONE: any kind) may take it. */
  private release(a: number, k: number): void {
    if (this.released.has(a)) return;
    this.released.set(a, k);
    this.nReleased[k]++;
  }

  /** Buffer `a` is no longer released (claimed again, or freed). */
  private unrelease(a: number): void {
    const k = this.released.get(a);
    if (k === undefined) return;
    this.released.delete(a);
    this.nReleased[k]--;
  }

  /** Buffer `a` is freed or resized: its owners are compared at the next scan. */
  private bufferChanged(a: number): void {
    if (this.released.size > 0) this.unrelease(a);
    if (this.rcOff) return;
    const first = this.bufOwner.get(a);
    if (first === undefined) return;
    this.bufCand[this.nCand++] = -first - 1;
    const more = this.bufOwnersMore.get(a);
    if (more !== undefined) for (const s of more) this.bufCand[this.nCand++] = -s - 1;
  }

  /** Tests: every traced count and owned buffer size must equal the mirror right after a comparison. */
  private verifyMirror(): void {
    const st = this.state;
    const objs = this.objs;
    for (let s = 0; s < st.nslots; s++) {
      const o = objs[s];
      if (o === null || o === undefined || st.flags[s] & F_FREELISTED) continue;
      const c = refcount(o);
      if (c !== st.rc[s]) {
        this.onMismatch!('refcount', o, st.rc[s], c);
        st.rc[s] = c;
      }
      const k = this.bufKind[s];
      if (k === BUF_NONE || k === BUF_VALUES) continue;
      const b = this.bufferBytesAt(bufferAddrOf(o, k));
      if (b !== st.bufBytes[s]) {
        this.onMismatch!('buffer', o, st.bufBytes[s], b);
        st.bufBytes[s] = b;
      }
    }
  }

  /** Classify a traced slot's object by the buffer it can own. */
  private setBufKind(s: number, o: PyObject | null, typeId: number): void {
    if (s >= this.bufKind.length) {
      const n = Math.max(s + 1, this.bufKind.length * 2);
      this.bufKind = grown(this.bufKind, n);
      this.bufAddr = grown(this.bufAddr, n);
    }
    let k = BUF_NONE;
    if (o !== null) {
      const known = this.typeBufKind[typeId];
      k = known === undefined ? (this.typeBufKind[typeId] = this.watchedBufferKind(o)) : known;
    }
    this.dropOwner(s);
    this.bufKind[s] = k;
    // a new owner may take a buffer that already exists (a dict adopting a keys object)
    if (k !== BUF_NONE && !this.rcOff) this.bufCand[this.nCand++] = -s - 1;
  }

  /**
   * The buffer kind the recorder watches for objects of `o`'s type: bufferKind, or BUF_VALUES for instances
   * of classes whose attribute values get a separate values array (3.11 / 3.12 managed dicts).
   */
  private watchedBufferKind(o: PyObject): number {
    const k = bufferKind(o);
    if (k !== BUF_NONE) return k;
    const f = o.ob_type.tp_flags;
    const managed = TPFLAGS.MANAGED_DICT | TPFLAGS.HEAPTYPE;
    return (f & managed) === managed && this.rt.profile.version !== '3.13' ? BUF_VALUES : BUF_NONE;
  }

  /** Requested bytes of the traced buffer at `a` (0 when none). */
  private bufferBytesAt(a: number): number {
    if (a === 0) return 0;
    const s = this.state.slotOf.get(a);
    return s !== undefined && !(this.state.flags[s] & F_OBJECT) ? this.state.req[s] : 0;
  }

  /** Requested bytes of the traced buffer `o` owns. */
  ownedBufferBytes(o: PyObject): number {
    return this.bufferBytesAt(bufferAddrOf(o, bufferKind(o)));
  }

  // ================================================================ results

  /** Finish: make the end state exact (generations, gc counters, refcounts), then seal the log. */
  finish(): void {
    if (this.attached) this.beforePosition();
    this.detach();
  }

  get steps(): number {
    return this.state.step;
  }
}

const MAX_PREVIEWS = 1_000_000;

/** The object bound in a frame's slot (cells read through), for direct state capture. */
export function frameSlotValue(f: Frame, i: number): PyObject | null {
  const v = f.s[i];
  const k = f.code.spec.co_localspluskinds[i];
  if (v !== null && v !== undefined && k & (CO_FAST_CELL | CO_FAST_FREE) && v instanceof CellObject) return v.ref;
  return v ?? null;
}

export { RT };
