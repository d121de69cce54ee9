/**
 * The arena map of a snapshot (protocol/heap.ts ArenaView / PoolView, RawBlockView, TypeCount), kept up to
 * date across snapshots: a step changes a few pools of a heap of thousands, so only those are encoded again.
 *
 * A full build walks every live traced block once (the mirror's address map): per pool in use, each block's
 * state character and, for a block holding a live traced object, its type and generation; the raw blocks;
 * the live objects per type. The cache keeps, per pool in use, those per-block arrays and the PoolView made
 * from them, and the raw blocks by address.
 *
 * An update needs what changed since the state the cache describes (MirrorState.touched: pool keys and raw
 * addresses). Two cases are cheap:
 *   - the same MirrorState moved on (the session's cursor stepping forward): its touches since the last build;
 *   - another state restored from the same checkpoint (stepping back): both states equal the checkpoint
 *     outside the pools either touched since it was restored, so the union of both states' touches.
 * Otherwise (another chunk) the map is built again. A touched pool is rebuilt by looking up its used blocks
 * in the address map; the per-type counts are adjusted by the pool's old and new objects.
 *
 * PoolView objects of unchanged pools are shared with the previous snapshot (the panel's delta messages
 * compare them by identity first).
 */
import type { ArenaView, PoolView, RawBlockView, TypeCount } from '../../protocol/heap';
import { encodeRuns, NO_OBJECT, objectAttr } from '../../protocol/heap';
import { genCode } from './objecttable';
import { pymallocBlock } from './events';
import { F_FREELISTED, F_OBJECT, type Checkpoint, type MirrorState, type TouchedBlocks, type TraceTables } from './state';
import { BM_WORDS, type ArenaM } from './arenas';
import { MAX_POOLS_IN_ARENA, NUMBLOCKS, POOL_OVERHEAD, POOL_SIZE } from '../memory/obmalloc';

/** Characters of the block strings (protocol BLOCK_CHARS). */
const CH_UNTOUCHED = 46; // '.'
const CH_FREE = 102; // 'f'
const CH_OBJECT = 111; // 'o'
const CH_BUFFER = 98; // 'b'
const CH_RUNTIME = 114; // 'r'
const CH_FREELIST = 108; // 'l'
const CH_NO_OBJECT = NO_OBJECT.charCodeAt(0);

/** A pool in use: per block, its state character and its object's code (type id × 8 + generation code + 1; 0: none). */
interface PoolData {
  chars: Uint8Array;
  objs: Uint32Array;
  /** `objs` run-length encoded (code, length pairs) and the type ids in it: made with the view */
  runs: number[];
  typeIds: number[];
  view: PoolView;
}

export interface HeapViews {
  arenas: ArenaView[];
  raw: RawBlockView[];
  types: TypeCount[];
}

const emptyTouched = (): TouchedBlocks => ({ pools: new Set(), raw: new Set() });

export class HeapMapCache {
  /** the state the cache describes (as it was at the last build) */
  private st: MirrorState | null = null;
  /** the checkpoint `st` was restored from, and every touch of `st` since */
  private origin: Checkpoint | null = null;
  private sinceOrigin: TouchedBlocks = emptyTouched();
  /** pools in use, by key (arena index × 64 + slot) */
  private pools = new Map<number, PoolData>();
  /** raw blocks by address */
  private raw = new Map<number, RawBlockView>();
  /** type id of the live traced object in each raw block (or block outside the pools) */
  private rawLive = new Map<number, number>();
  /** live traced objects per type id */
  private perType: number[] = [];
  /** type ids in `Snapshot.types` order, as the pools' `objects` strings were encoded */
  private order: number[] = [];

  constructor(private readonly tables: TraceTables) {}

  /**
   * Start tracking a freshly restored state's changes (before replaying it): the cache can then follow it,
   * and other states restored from the same checkpoint.
   */
  static track(st: MirrorState): void {
    st.touched = emptyTouched();
  }

  /** The arena map of `st`, restored from checkpoint `origin` (and tracked since: `track`). */
  views(st: MirrorState, origin: Checkpoint): HeapViews {
    const touched = st.touched;
    if (touched !== null && this.st === st) {
      this.update(st, touched);
      for (const k of touched.pools) this.sinceOrigin.pools.add(k);
      for (const a of touched.raw) this.sinceOrigin.raw.add(a);
    } else if (touched !== null && this.st !== null && this.origin === origin) {
      const both: TouchedBlocks = { pools: new Set([...this.sinceOrigin.pools, ...touched.pools]), raw: new Set([...this.sinceOrigin.raw, ...touched.raw]) };
      this.update(st, both);
      this.sinceOrigin = { pools: new Set(touched.pools), raw: new Set(touched.raw) };
    } else {
      this.build(st);
      this.sinceOrigin = touched === null ? emptyTouched() : { pools: new Set(touched.pools), raw: new Set(touched.raw) };
    }
    // a state not tracked since its restore cannot be compared with another one from the same checkpoint
    this.origin = touched === null ? null : origin;
    this.st = st;
    st.touched = emptyTouched();
    return this.assemble(st);
  }

  // ---------------------------------------------------------------- building

  /** Everything from scratch: one pass over the live blocks. */
  private build(st: MirrorState): void {
    const t = this.tables;
    this.pools.clear();
    this.raw.clear();
    this.rawLive.clear();
    this.perType = new Array<number>(t.typeNames.length).fill(0);
    this.order = [];
    for (const a of st.arenas.arenas.values()) {
      for (let s = 0; s < a.ncarved; s++) {
        if (a.count[s] === 0) continue;
        const chars = this.poolChars(a, s);
        this.pools.set(a.index * MAX_POOLS_IN_ARENA + s, { chars, objs: new Uint32Array(chars.length), runs: [], typeIds: [], view: EMPTY_VIEW });
      }
    }
    const perType = this.perType;
    st.slotOf.forEach((s, addr) => {
      const typeId = st.typeId[s];
      const f = st.flags[s];
      const live = (f & (F_OBJECT | F_FREELISTED)) === F_OBJECT;
      const key = st.arenas.poolOf(addr);
      if (key < 0) {
        this.setRaw(st, s, addr);
        return;
      }
      const d = this.pools.get(key);
      if (d === undefined) return;
      if (live) perType[typeId]++;
      // an integer index (addresses are doubles: a double index takes the typed arrays' slow path)
      const b = (((addr % POOL_SIZE) - POOL_OVERHEAD) / st.block[s]) | 0;
      d.chars[b] = f & F_OBJECT ? (f & F_FREELISTED ? CH_FREELIST : CH_OBJECT) : CH_BUFFER;
      if (live) d.objs[b] = typeId * 8 + genCode(st.gen[s]) + 1;
    });
  }

  /** Carved / uncarved / free blocks of pool `s` from the mirror; in use = runtime until a traced block claims it. */
  private poolChars(a: ArenaM, s: number): Uint8Array {
    const sz = a.szidx[s];
    const bs = (sz + 1) << 4;
    const cap = NUMBLOCKS(sz);
    const carved = Math.min(cap, (a.nextoffset[s] - POOL_OVERHEAD) / bs);
    const c = new Uint8Array(cap).fill(CH_UNTOUCHED);
    const base = s * BM_WORDS;
    for (let b = 0; b < carved; b++) c[b] = a.used[base + (b >>> 5)] & (1 << (b & 31)) ? CH_RUNTIME : CH_FREE;
    return c;
  }

  /** Record the block at `addr` (slot `s`), outside every pool: a raw block view when it is one; its live object. */
  private setRaw(st: MirrorState, s: number, addr: number): void {
    const t = this.tables;
    const typeId = st.typeId[s];
    const f = st.flags[s];
    if ((f & (F_OBJECT | F_FREELISTED)) === F_OBJECT) {
      this.rawLive.set(addr, typeId);
      this.perType[typeId] = (this.perType[typeId] ?? 0) + 1;
    }
    if (pymallocBlock(st.req[s]) < 0) this.raw.set(addr, { address: addr, size: st.req[s], type: t.typeNames[typeId], id: f & F_OBJECT ? addr + t.typeHdr[typeId] : null });
  }

  /** Re-read the touched pools and raw blocks of `st`. */
  private update(st: MirrorState, touched: TouchedBlocks): void {
    const perType = this.perType;
    for (const addr of touched.raw) {
      this.raw.delete(addr);
      const old = this.rawLive.get(addr);
      if (old !== undefined) {
        perType[old]--;
        this.rawLive.delete(addr);
      }
      const s = st.slotOf.get(addr);
      if (s !== undefined && st.arenas.poolOf(addr) < 0) this.setRaw(st, s, addr);
    }
    for (const key of touched.pools) {
      const old = this.pools.get(key);
      if (old !== undefined) {
        this.count(old.objs, -1);
        this.pools.delete(key);
      }
      const a = st.arenas.arenas.get(Math.floor(key / MAX_POOLS_IN_ARENA));
      const s = key % MAX_POOLS_IN_ARENA;
      if (a === undefined || s >= a.ncarved || a.count[s] === 0) continue;
      const chars = this.poolChars(a, s);
      const objs = new Uint32Array(chars.length);
      const bs = (a.szidx[s] + 1) << 4;
      const first = a.firstPool + s * POOL_SIZE + POOL_OVERHEAD;
      // the traced blocks among the used ones
      for (let b = 0; b < chars.length; b++) {
        if (chars[b] !== CH_RUNTIME) continue;
        const slot = st.slotOf.get(first + b * bs);
        if (slot === undefined) continue;
        const f = st.flags[slot];
        chars[b] = f & F_OBJECT ? (f & F_FREELISTED ? CH_FREELIST : CH_OBJECT) : CH_BUFFER;
        if ((f & (F_OBJECT | F_FREELISTED)) === F_OBJECT) objs[b] = st.typeId[slot] * 8 + genCode(st.gen[slot]) + 1;
      }
      const d: PoolData = { chars, objs, runs: [], typeIds: [], view: EMPTY_VIEW };
      this.count(objs, 1);
      this.pools.set(key, d);
    }
  }

  /** Add (`sign` 1) or remove (-1) a pool's objects from the per-type counts. */
  private count(objs: Uint32Array, sign: number): void {
    const perType = this.perType;
    for (let b = 0; b < objs.length; b++) {
      const v = objs[b];
      if (v !== 0) {
        const id = (v - 1) >>> 3;
        perType[id] = (perType[id] ?? 0) + sign;
      }
    }
  }

  // ---------------------------------------------------------------- views

  private assemble(st: MirrorState): HeapViews {
    const t = this.tables;
    const names = t.typeNames;
    // the types, most objects first (PoolView.objects refers to them by index)
    const typeIds: number[] = [];
    this.perType.forEach((c, id) => c > 0 && typeIds.push(id));
    const perType = this.perType;
    typeIds.sort((a, b) => perType[b] - perType[a] || (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a - b));
    const typeIndex = new Int32Array(names.length).fill(-1);
    typeIds.forEach((id, i) => (typeIndex[id] = i));
    const types: TypeCount[] = typeIds.map((id) => ({ name: names[id], count: perType[id], header: t.typeHdr[id] }));
    // the types whose index changed: the objects strings of the pools holding them change
    const moved = new Set<number>();
    const before = this.order;
    for (let i = 0; i < Math.max(before.length, typeIds.length); i++) {
      if (before[i] === typeIds[i]) continue;
      if (i < before.length) moved.add(before[i]);
      if (i < typeIds.length) moved.add(typeIds[i]);
    }
    this.order = typeIds;
    const arenas = st.arenas.sorted().map((a): ArenaView => {
      const pools: PoolView[] = [];
      let free = 0;
      for (let s = 0; s < a.ntotal; s++) {
        const address = a.firstPool + s * POOL_SIZE;
        const d = s < a.ncarved ? this.pools.get(a.index * MAX_POOLS_IN_ARENA + s) : undefined;
        if (d === undefined) {
          free++;
          pools.push({ index: s, address, sizeClass: -1, blockSize: 0, capacity: 0, used: 0, blocks: '', objects: '' });
          continue;
        }
        if (d.view === EMPTY_VIEW) {
          const sz = a.szidx[s];
          objectRuns(d);
          d.view = { index: s, address, sizeClass: sz, blockSize: (sz + 1) << 4, capacity: d.chars.length, used: a.count[s], blocks: encodeRuns(d.chars), objects: encodeObjects(d.runs, typeIndex) };
        } else if (moved.size > 0 && d.typeIds.some((id) => moved.has(id))) {
          d.view = { ...d.view, objects: encodeObjects(d.runs, typeIndex) };
        }
        pools.push(d.view);
      }
      return { index: a.index, address: a.address, pools, poolsCarved: a.ncarved, freePools: free };
    });
    const raw = [...this.raw.values()].sort((a, b) => a.address - b.address);
    return { arenas, raw, types };
  }

}

/** Fill a pool's `runs` and `typeIds` from its `objs`. */
function objectRuns(d: PoolData): void {
  const o = d.objs;
  const runs: number[] = [];
  const typeIds: number[] = [];
  let i = 0;
  while (i < o.length) {
    const v = o[i];
    let j = i + 1;
    while (j < o.length && o[j] === v) j++;
    runs.push(v, j - i);
    if (v !== 0) {
      const id = (v - 1) >>> 3;
      if (!typeIds.includes(id)) typeIds.push(id);
    }
    i = j;
  }
  d.runs = runs;
  d.typeIds = typeIds;
}

/**
 * `PoolView.objects` from a pool's runs of object codes, with the types' indexes in `Snapshot.types`
 * (the same string as `encodeRuns` of the per-block characters: distinct codes give distinct characters).
 */
function encodeObjects(runs: number[], typeIndex: Int32Array): string {
  let out = '';
  for (let k = 0; k < runs.length; k += 2) {
    const v = runs[k];
    const n = runs[k + 1];
    out += String.fromCharCode(v === 0 ? CH_NO_OBJECT : objectAttr(typeIndex[(v - 1) >>> 3], (v - 1) & 7));
    if (n > 1) out += n;
  }
  return out;
}

/** Placeholder view of a pool whose view is not made yet. */
const EMPTY_VIEW: PoolView = { index: -1, address: 0, sizeClass: -1, blockSize: 0, capacity: 0, used: 0, blocks: '', objects: '' };
