/**
 * The trace's mirror of pymalloc's arenas, pools and blocks (memory/obmalloc.ts), driven by events only:
 * the recorder captures the allocator's state when it attaches (blocks of interpreter start-up included),
 * then records every pymalloc block handed out or freed (one word each, `Ev.PM`, or a bit of the block's ALLOC / FREE record it adjoins) and the rare structural
 * changes (arena mapped / released, pool (re)initialised for a size class: `Ev.X` records). Replaying
 * them reproduces obmalloc's occupancy exactly, without replaying its list management:
 *
 *   - which pool a request lands in is in the event (obmalloc decided it), so usable_arenas / freepools
 *     ordering is not needed;
 *   - a pool's carved region [48, nextoffset) follows from obmalloc's rules: a fresh pool starts with
 *     nextoffset = 48 + 2·size (block 0 handed out, block 1 on the free list); when a malloc empties the
 *     free list (carved == used) pymalloc_pool_extend carves one more block while one fits;
 *   - an empty pool keeps its size class and carved region (a later init of the same class reuses them);
 *   - an arena is dropped when obmalloc releases it.
 */
import {
  ARENA_SIZE,
  MAX_POOLS_IN_ARENA,
  NB_SMALL_SIZE_CLASSES,
  NUMBLOCKS,
  POOL_OVERHEAD,
  POOL_SIZE,
  type ObMalloc,
  type ObMallocStats,
} from '../memory/obmalloc';
import { AddrMap } from './addrmap';

/** Bitmap words per pool (a pool has at most 1021 blocks). */
const BM_WORDS = 32;

export class ArenaM {
  /** size class per pool slot, -1 never initialised */
  szidx = new Int16Array(MAX_POOLS_IN_ARENA).fill(-1);
  /** blocks in use (ref.count) */
  count = new Int16Array(MAX_POOLS_IN_ARENA);
  nextoffset = new Int32Array(MAX_POOLS_IN_ARENA);
  /** in-use bit per block, BM_WORDS words per pool */
  used = new Uint32Array(MAX_POOLS_IN_ARENA * BM_WORDS);
  ncarved = 0;
  constructor(
    readonly index: number,
    readonly address: number,
    readonly firstPool: number,
    readonly ntotal: number,
  ) {}

  /** pools with blocks in use */
  poolsInUse(): number {
    let n = 0;
    for (let s = 0; s < this.ncarved; s++) if (this.count[s] > 0) n++;
    return n;
  }

  clone(): ArenaM {
    const a = new ArenaM(this.index, this.address, this.firstPool, this.ntotal);
    a.szidx.set(this.szidx);
    a.count.set(this.count);
    a.nextoffset.set(this.nextoffset);
    a.used.set(this.used);
    a.ncarved = this.ncarved;
    return a;
  }

  isUsed(slot: number, blk: number): boolean {
    return (this.used[slot * BM_WORDS + (blk >>> 5)] & (1 << (blk & 31))) !== 0;
  }
}

export interface ArenaCheckpoint {
  arenas: ArenaM[];
  ntimesAllocated: number;
  highwater: number;
  mapMid: number;
  mapBot: number;
}

function blockMalloc(a: ArenaM, slot: number, blk: number): void {
  a.used[slot * BM_WORDS + (blk >>> 5)] |= 1 << (blk & 31);
  const count = ++a.count[slot];
  const bs = (a.szidx[slot] + 1) << 4;
  const next = a.nextoffset[slot];
  // pymalloc_pool_extend: the free list ran dry; carve the next virgin block while one fits
  if (next - POOL_OVERHEAD === count * bs && next <= POOL_SIZE - bs) a.nextoffset[slot] = next + bs;
}

function blockFree(a: ArenaM, slot: number, blk: number): void {
  a.used[slot * BM_WORDS + (blk >>> 5)] &= ~(1 << (blk & 31));
  a.count[slot]--;
}

export class ArenaMirror {
  /** by arena index (obmalloc's `arenas` vector slot) */
  arenas = new Map<number, ArenaM>();
  /**
   * pool address → arena index * 64 + slot, for every pool of every arena (an AddrMap: pool numbers are
   * above 2^31, so a Map boxed every key and hashed a heap number per lookup)
   */
  private poolKey = new AddrMap();
  /** poolOf's last lookup (pool number → key; reset when poolKey changes) */
  private lastPool = -1;
  private lastPoolKey = -1;
  ntimesAllocated = 0;
  highwater = 0;
  mapMid = 0;
  mapBot = 0;

  // ---------------------------------------------------------------- capture and checkpoints

  /** The state of a live allocator (when the recorder attaches). */
  static capture(ob: ObMalloc): ArenaMirror {
    const m = new ArenaMirror();
    const st = ob.stats();
    m.ntimesAllocated = st.ntimesArenaAllocated;
    m.highwater = st.narenasHighwater;
    m.mapMid = st.arenaMapMidCount;
    m.mapBot = st.arenaMapBotCount;
    ob.forEachArena((info) => {
      const a = m.addArena(info.index, info.address);
      a.ncarved = info.ncarved;
      ob.forEachPool(info.index, (p) => {
        const slot = Math.round((p.address - a.firstPool) / POOL_SIZE);
        if (p.szidx < 0 || p.szidx >= NB_SMALL_SIZE_CLASSES) return;
        a.szidx[slot] = p.szidx;
        a.count[slot] = p.count;
        a.nextoffset[slot] = p.nextoffset;
        const map = ob.blockMap(p.address);
        for (let b = 0; b < map.length; b++) if (map[b] === 2) a.used[slot * BM_WORDS + (b >>> 5)] |= 1 << (b & 31);
      });
    });
    return m;
  }

  checkpoint(): ArenaCheckpoint {
    return {
      arenas: [...this.arenas.values()].map((a) => a.clone()),
      ntimesAllocated: this.ntimesAllocated,
      highwater: this.highwater,
      mapMid: this.mapMid,
      mapBot: this.mapBot,
    };
  }

  static restore(cp: ArenaCheckpoint): ArenaMirror {
    const m = new ArenaMirror();
    for (const a0 of cp.arenas) {
      const a = a0.clone();
      m.arenas.set(a.index, a);
      m.indexPools(a);
    }
    m.ntimesAllocated = cp.ntimesAllocated;
    m.highwater = cp.highwater;
    m.mapMid = cp.mapMid;
    m.mapBot = cp.mapBot;
    return m;
  }

  static checkpointBytes(cp: ArenaCheckpoint): number {
    return cp.arenas.length * (MAX_POOLS_IN_ARENA * (8 + BM_WORDS * 4) + 64);
  }

  // ---------------------------------------------------------------- addressing

  /** arena index * 64 + pool slot of the pool holding `addr`, or -1 when no arena holds it */
  poolOf(addr: number): number {
    const pool = Math.floor(addr / POOL_SIZE);
    if (pool === this.lastPool) return this.lastPoolKey;
    const key = this.poolKey.get(pool * POOL_SIZE) ?? -1;
    this.lastPool = pool;
    this.lastPoolKey = key;
    return key;
  }

  private addArena(index: number, address: number): ArenaM {
    const excess = address % POOL_SIZE;
    const firstPool = excess === 0 ? address : address + POOL_SIZE - excess;
    const a = new ArenaM(index, address, firstPool, excess === 0 ? MAX_POOLS_IN_ARENA : MAX_POOLS_IN_ARENA - 1);
    this.arenas.set(index, a);
    this.byIndex = null;
    this.indexPools(a);
    return a;
  }

  private indexPools(a: ArenaM): void {
    const base = Math.floor(a.firstPool / POOL_SIZE);
    for (let s = 0; s < a.ntotal; s++) this.poolKey.set((base + s) * POOL_SIZE, a.index * MAX_POOLS_IN_ARENA + s);
    this.lastPool = -1;
  }

  // ---------------------------------------------------------------- events

  arenaNew(index: number, address: number, mapMid: number, mapBot: number): void {
    this.addArena(index, address);
    this.ntimesAllocated++;
    if (this.arenas.size > this.highwater) this.highwater = this.arenas.size;
    this.mapMid = mapMid;
    this.mapBot = mapBot;
  }

  arenaFree(index: number): void {
    const a = this.arenas.get(index);
    if (a === undefined) return;
    const base = Math.floor(a.firstPool / POOL_SIZE);
    for (let s = 0; s < a.ntotal; s++) this.poolKey.delete((base + s) * POOL_SIZE);
    this.lastPool = -1;
    this.arenas.delete(index);
    this.byIndex = null;
  }

  /** allocate_from_new_pool initialised pool `slot` for `szidx` (kept: same class as before, header reused). */
  poolInit(index: number, slot: number, szidx: number, kept: boolean): void {
    const a = this.arenas.get(index);
    if (a === undefined) return;
    if (slot >= a.ncarved) a.ncarved = slot + 1;
    if (kept) return;
    const bs = (szidx + 1) << 4;
    a.szidx[slot] = szidx;
    a.count[slot] = 0;
    a.nextoffset[slot] = POOL_OVERHEAD + 2 * bs;
    a.used.fill(0, slot * BM_WORDS, (slot + 1) * BM_WORDS);
  }

  /** `arenas` by index, for the per-block events (no Map lookup per block); rebuilt when `arenas` changes */
  private byIndex: (ArenaM | undefined)[] | null = null;

  private arenaAt(index: number): ArenaM | undefined {
    let b = this.byIndex;
    if (b === null) {
      b = [];
      for (const [i, a] of this.arenas) b[i] = a;
      this.byIndex = b;
    }
    return b[index];
  }

  /** Size class index of pool `slot` of arena `index` as the mirror knows it (-1: unknown). */
  szidxOf(index: number, slot: number): number {
    const a = this.arenaAt(index);
    return a === undefined ? -1 : a.szidx[slot];
  }

  malloc(index: number, slot: number, blk: number): void {
    const a = this.arenaAt(index);
    if (a !== undefined) blockMalloc(a, slot, blk);
  }

  free(index: number, slot: number, blk: number): void {
    const a = this.arenaAt(index);
    if (a !== undefined) blockFree(a, slot, blk);
  }

  /**
   * The recorder's pymalloc block event (malloc, or free when `free` is 1), with one arena lookup: returns
   * the size class of the block's pool as the mirror knows it (-1: unknown arena).
   */
  blockEvent(index: number, slot: number, blk: number, free: number): number {
    const a = this.arenaAt(index);
    if (a === undefined) return -1;
    if (free) blockFree(a, slot, blk);
    else blockMalloc(a, slot, blk);
    return a.szidx[slot];
  }

  // ---------------------------------------------------------------- views

  /** The numbers _PyObject_DebugMallocStats walks for (obmalloc.ts ObMallocStats). */
  stats(): ObMallocStats {
    const numpools = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const numblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const numfreeblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    let numfreepools = 0;
    let arenaAlignment = 0;
    for (const a of this.arenas.values()) {
      let inUse = 0;
      for (let s = 0; s < a.ncarved; s++) {
        const c = a.count[s];
        if (c === 0) continue;
        inUse++;
        const sz = a.szidx[s];
        numpools[sz]++;
        numblocks[sz] += c;
        numfreeblocks[sz] += NUMBLOCKS(sz) - c;
      }
      numfreepools += a.ntotal - inUse;
      if (a.address % POOL_SIZE !== 0) arenaAlignment += POOL_SIZE;
    }
    return {
      numpools,
      numblocks,
      numfreeblocks,
      narenas: this.arenas.size,
      ntimesArenaAllocated: this.ntimesAllocated,
      narenasHighwater: this.highwater,
      numfreepools,
      arenaAlignment,
      arenaMapMidCount: this.mapMid,
      arenaMapBotCount: this.mapBot,
    };
  }

  /** Arenas in index order. */
  sorted(): ArenaM[] {
    return [...this.arenas.values()].sort((x, y) => x.index - y.index);
  }
}

export { BM_WORDS, ARENA_SIZE };
