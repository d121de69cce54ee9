/**
 * pymalloc: CPython's small-object allocator (Objects/obmalloc.c, Include/internal/pycore_obmalloc.h),
 * modelled block for block for 64-bit default builds of CPython 3.11, 3.12 and 3.13 (the algorithm and
 * constants are the same in all three).
 *
 * Layers (obmalloc.c's diagram, with this repository's files):
 *
 *     Object-specific allocators        freelist.ts (float, tuple, list, dict, dict keys, slice)
 *   +3 ────────────────────────────────────────────────────────────────────────────────────────
 *     Python's object allocator         obmalloc.ts (this file): arenas → pools → blocks, 1..512 bytes
 *   +2 ────────────────────────────────────────────────────────────────────────────────────────
 *     PyObject_/PyMem_ routing          pymem.ts: 0 or > 512 bytes → raw; free/realloc by address_in_range
 *   +1 ────────────────────────────────────────────────────────────────────────────────────────
 *     C library malloc (glibc)          raw.ts: brk heap chunks, big chunks via mmap
 *    0 ────────────────────────────────────────────────────────────────────────────────────────
 *     Virtual memory (mmap, brk)        address.ts: top-down mmap, page aligned, deterministic
 *
 * Size classes (ALIGNMENT 16, SMALL_REQUEST_THRESHOLD 512, so 32 classes; POOL_SIZE 16 KiB,
 * POOL_OVERHEAD 48 so 16336 usable bytes per pool):
 *
 *   request   block  szidx  blocks/pool  lost/pool     request   block  szidx  blocks/pool  lost/pool
 *      1-16     16     0       1021          0       257-272    272    16         60         16
 *     17-32     32     1        510         16       273-288    288    17         56        208
 *     33-48     48     2        340         16       289-304    304    18         53        224
 *     49-64     64     3        255         16       305-320    320    19         51         16
 *     65-80     80     4        204         16       321-336    336    20         48        208
 *     81-96     96     5        170         16       337-352    352    21         46        144
 *    97-112    112     6        145         96       353-368    368    22         44        144
 *   113-128    128     7        127         80       369-384    384    23         42        208
 *   129-144    144     8        113         64       385-400    400    24         40        336
 *   145-160    160     9        102         16       401-416    416    25         39        112
 *   161-176    176    10         92        144       417-432    432    26         37        352
 *   177-192    192    11         85         16       433-448    448    27         36        208
 *   193-208    208    12         78        112       449-464    464    28         35         96
 *   209-224    224    13         72        208       465-480    480    29         34         16
 *   225-240    240    14         68         16       481-496    496    30         32        464
 *   241-256    256    15         63        208       497-512    512    31         31        464
 *   0 and 513+: not served here (pymem.ts sends them to the raw allocator).
 *
 * Arena (1 MiB from mmap, page aligned): pools are 16 KiB aligned, so an arena whose address is not
 * a multiple of 16 KiB starts its first pool at the next boundary and holds 63 pools instead of 64.
 *
 *   arena.address   first pool (aligned)                                         address + 1 MiB
 *   │ pad │ pool 0 │ pool 1 │ ...... │ pool 62 │ pad │        ← 63 pools when not 16 KiB aligned
 *           ▲ pool_address (high-water mark): pools below it have been carved at least once
 *
 * Pool (16 KiB): 48-byte header, then blocks of one size class carved lazily from offset 48.
 *
 *   │ header │ blk │ blk │ blk │ ... │ blk │ never carved ........... │ quantization │
 *            48                        ▲ nextoffset (next virgin block; <= maxnextoffset = 16384 - size)
 *   freeblock → LIFO list of freed (and one freshly carved) blocks; NULL ⇔ the pool is full
 *
 * Pool state machine (obmalloc.c "Pool table"):
 *
 *             carve from arena / take from arena.freepools      (allocate_from_new_pool)
 *   [empty] ─────────────────────────────────────────────► [used]  in usedpools[szidx] (circular list)
 *      ▲  ▲                                                 │  ▲
 *      │  └──── last block freed (insert_to_freepool) ──────┘  │ a block freed: relink at the FRONT
 *      │        → front of arena.freepools (LIFO)              │ (insert_to_usedpool)
 *      │                                              last block given out (pymalloc_pool_extend)
 *      │                                                    ▼  │
 *      └───────────── (never directly) ─────────────────── [full]  in no list
 *
 * Arenas with at least one free pool sit in `usable_arenas`, sorted by nfreepools ascending (the
 * fullest first), with `nfp2lasta[n]` pointing at the rightmost arena with n free pools. An arena whose
 * pools are all free is returned to the OS unless it is the last one in usable_arenas (bpo-37257).
 *
 * Representation: pools and arenas are small integers indexing typed arrays (no per-allocation JS
 * objects). Pool ids 0..31 are the usedpools[] list heads (sentinels, like CPython's fake headers);
 * real pools are 32 + arenaIndex * 64 + slot. Per block, indexed by pool * 1024 + (offset >> 4):
 * the free-list link (the "next" pointer CPython writes into the free block) and an in-use flag (the
 * model's own, for double-free detection and audit()).
 */

import { AddressSpace } from './address';

export const ALIGNMENT = 16;
export const ALIGNMENT_SHIFT = 4;
export const SMALL_REQUEST_THRESHOLD = 512;
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
export const ARENA_BITS = 20;
export const ARENA_SIZE = 1 << ARENA_BITS;
export const POOL_BITS = 14;
export const POOL_SIZE = 1 << POOL_BITS;
export const POOL_SIZE_MASK = POOL_SIZE - 1;
export const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE;
export const POOL_OVERHEAD = 48;
export const DUMMY_SIZE_IDX = 0xffff;
export const INITIAL_ARENA_OBJECTS = 16;

/** Raw-allocator blocks carry this size class in events. */
export const RAW_SZIDX = -1;

/**
 * What the allocators report, in the order it happens (a realloc that moves reports onMalloc of the
 * new block, then onFree of the old one, as CPython does it; one that stays reports onResize).
 * Attach with `listener` on ObMalloc / RawMalloc / PyMem; when absent the cost is one null check.
 * Extend MemoryListenerBase to implement only the methods you need.
 */
export interface MemoryListener {
  /** A block was handed out. szidx is RAW_SZIDX (-1) for the raw allocator, blockSize its usable size. */
  onMalloc(addr: number, requested: number, blockSize: number, szidx: number): void;
  onFree(addr: number, blockSize: number, szidx: number): void;
  /** realloc kept the block at `addr`; `requested` is the new request size. */
  onResize(addr: number, requested: number): void;
  onArenaNew(address: number, arenaIndex: number, firstPool: number, ntotalpools: number): void;
  onArenaFree(address: number, arenaIndex: number): void;
  /** A pool left its arena's free pools for usedpools[szidx]; keptFreeList: same class as before. */
  onPoolInit(poolAddress: number, szidx: number, keptFreeList: boolean): void;
  /** The pool's last free block was handed out (it leaves usedpools). */
  onPoolFull(poolAddress: number, szidx: number): void;
  /** The pool's last block was freed (it moves to the front of its arena's freepools). */
  onPoolEmpty(poolAddress: number, szidx: number): void;
}

/** No-op listener to extend. */
export class MemoryListenerBase implements MemoryListener {
  onMalloc(_addr: number, _requested: number, _blockSize: number, _szidx: number): void {}
  onFree(_addr: number, _blockSize: number, _szidx: number): void {}
  onResize(_addr: number, _requested: number): void {}
  onArenaNew(_address: number, _arenaIndex: number, _firstPool: number, _ntotalpools: number): void {}
  onArenaFree(_address: number, _arenaIndex: number): void {}
  onPoolInit(_poolAddress: number, _szidx: number, _keptFreeList: boolean): void {}
  onPoolFull(_poolAddress: number, _szidx: number): void {}
  onPoolEmpty(_poolAddress: number, _szidx: number): void {}
}

/** Bytes in size class i. */
export function INDEX2SIZE(i: number): number {
  return (i + 1) << ALIGNMENT_SHIFT;
}
/** Size class of a request of n bytes (1..512). */
export function sizeClassOf(nbytes: number): number {
  return (nbytes - 1) >> ALIGNMENT_SHIFT;
}
/** Blocks per pool of size class i. */
export function NUMBLOCKS(i: number): number {
  return Math.floor((POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(i));
}

/** Radix tree geometry of 64-bit builds (for the "arena map" lines of sys._debugmallocstats()). */
const INTERIOR_BITS = Math.floor((64 - ARENA_BITS + 2) / 3); // 15
const MAP_BOT_BITS = 64 - ARENA_BITS - 2 * INTERIOR_BITS; // 14
const MAP_MID_SPAN = 2 ** (ARENA_BITS + MAP_BOT_BITS); // bytes covered by one bottom node (16 GiB)
const MAP_TOP_SPAN = 2 ** (ARENA_BITS + MAP_BOT_BITS + INTERIOR_BITS); // bytes covered by one mid node
export const ARENA_MAP_ROOT_BYTES = 2 ** INTERIOR_BITS * 8; // 262,144
export const ARENA_MAP_MID_BYTES = 2 ** INTERIOR_BITS * 8; // 262,144
export const ARENA_MAP_BOT_BYTES = 2 ** MAP_BOT_BITS * 8; // 131,072

/** Where arenas come from: CPython's PyObjectArenaAllocator (mmap/munmap of ARENA_SIZE). */
export interface ArenaAllocator {
  alloc(size: number): number;
  free(address: number, size: number): void;
}

export interface ArenaInfo {
  index: number;
  address: number;
  /** First pool-aligned address (== address when the arena is 16 KiB aligned). */
  firstPool: number;
  ntotalpools: number;
  nfreepools: number;
  /** Pools carved at least once (pool_address high-water mark, in pools). */
  ncarved: number;
}

export type PoolStateName = 'used' | 'full' | 'empty';

export interface PoolInfo {
  address: number;
  arenaIndex: number;
  /** Size class, or DUMMY_SIZE_IDX for a pool never initialised (cannot happen once carved). */
  szidx: number;
  blockSize: number;
  numBlocks: number;
  /** ref.count: blocks in use. */
  count: number;
  /** Address of the head of the free list, 0 when the pool is full. */
  freeblock: number;
  nextoffset: number;
  maxnextoffset: number;
  state: PoolStateName;
}

export interface ObMallocStats {
  /** Per size class: pools in use (count > 0), blocks in use, available blocks in those pools. */
  numpools: number[];
  numblocks: number[];
  numfreeblocks: number[];
  /** Arenas currently allocated. */
  narenas: number;
  /** Times an arena was allocated ("# arenas allocated total"). */
  ntimesArenaAllocated: number;
  narenasHighwater: number;
  /** Free pools + never-carved pools over all arenas ("unused pools"). */
  numfreepools: number;
  /** Bytes lost to arena alignment (POOL_SIZE per non-aligned arena). */
  arenaAlignment: number;
  arenaMapMidCount: number;
  arenaMapBotCount: number;
}

export interface ObMallocOptions {
  /** Source of arenas; default mmap from `addressSpace`. */
  arenaAllocator?: ArenaAllocator;
  /** Address space used by the default arena allocator (a fresh one when omitted). */
  addressSpace?: AddressSpace;
  listener?: MemoryListener | null;
}

const NULL_ARENA = -1;
const NULL_POOL = -1;
/** Pool ids below this are the usedpools[] list heads. */
const POOL_ID_BASE = NB_SMALL_SIZE_CLASSES;
/** Granules (16 bytes) per pool: per-block arrays are indexed pool * GRANULES + (offset >> 4). */
const GRANULES = POOL_SIZE >> ALIGNMENT_SHIFT;

function hex(n: number): string {
  return '0x' + n.toString(16);
}

export class ObMalloc {
  listener: MemoryListener | null;
  private readonly arenaAllocator: ArenaAllocator;

  // ── arena objects (CPython's `arenas` vector) ────────────────────────────────────────────────
  private maxarenas = 0;
  private arenaAddress = new Float64Array(0); // 0 ⇔ unassociated (on unused_arena_objects)
  private arenaFirstPool = new Float64Array(0);
  private arenaTail = new Int32Array(0); // address & ARENA_SIZE_MASK (radix tree tail)
  private arenaNcarved = new Int32Array(0);
  private arenaNfreepools = new Int32Array(0);
  private arenaNtotalpools = new Int32Array(0);
  private arenaFreepools = new Int32Array(0);
  private arenaNext = new Int32Array(0);
  private arenaPrev = new Int32Array(0);
  private unusedArenaObjects = NULL_ARENA;
  private usableArenas = NULL_ARENA;
  private readonly nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(NULL_ARENA);
  private narenasCurrentlyAllocated = 0;
  private ntimesArenaAllocated = 0;
  private narenasHighwater = 0;
  /** Radix tree leaves: ideal arena number → arena starting in it / arena extending into it. */
  private readonly arenaMapHi = new Map<number, number>();
  private readonly arenaMapLo = new Map<number, number>();
  private readonly arenaMapMidKeys = new Set<number>();
  private readonly arenaMapBotKeys = new Set<number>();
  /** One-entry cache of the two leaves above for the last key looked up (reset when they change). */
  private mapCacheKey = -1;
  private mapCacheLo = NULL_ARENA;
  private mapCacheHi = NULL_ARENA;

  // ── pools (ids 0..31 are the usedpools heads) ────────────────────────────────────────────────
  private poolCapacity = 0; // in arenas
  private poolAddr = new Float64Array(0);
  private poolCount = new Int32Array(0); // ref.count
  private poolFreeblock = new Int32Array(0); // offset of the free-list head, 0 = NULL
  private poolNext = new Int32Array(0);
  private poolPrev = new Int32Array(0);
  private poolSzidx = new Int32Array(0);
  private poolNextoffset = new Int32Array(0);
  private poolMaxnextoffset = new Int32Array(0);
  // ── blocks ──────────────────────────────────────────────────────────────────────────────────
  private blockNext = new Uint16Array(0); // free-list link (offset of the next free block, 0 = NULL)
  private blockUsed = new Uint8Array(0);

  /** Blocks currently allocated (sum of ref.count). */
  private nallocated = 0;

  constructor(options: ObMallocOptions = {}) {
    this.listener = options.listener ?? null;
    if (options.arenaAllocator) {
      this.arenaAllocator = options.arenaAllocator;
    } else {
      const space = options.addressSpace ?? new AddressSpace();
      this.arenaAllocator = {
        alloc: (size) => space.mmap(size),
        free: (address, size) => space.munmap(address, size),
      };
    }
    this.growPools(2);
  }

  // ══ allocation ═════════════════════════════════════════════════════════════════════════════

  /**
   * pymalloc_alloc. Pre: 1 <= nbytes <= 512 (pymem.ts routes the rest). Returns the block address.
   * Post: the block is marked in use, its pool's ref.count includes it.
   */
  malloc(nbytes: number): number {
    if (!(nbytes >= 1 && nbytes <= SMALL_REQUEST_THRESHOLD)) {
      throw new RangeError(`pymalloc serves 1..512 bytes, not ${nbytes}`);
    }
    const size = (nbytes - 1) >> ALIGNMENT_SHIFT;
    const pool = this.poolNext[size]!;
    let addr: number;
    if (pool !== size) {
      // There is a used pool for this size class: pop the head of its free list.
      this.poolCount[pool]++;
      const off = this.poolFreeblock[pool]!;
      const idx = pool * GRANULES + (off >> ALIGNMENT_SHIFT);
      const next = this.blockNext[idx]!;
      this.poolFreeblock[pool] = next;
      if (next === 0) this.poolExtend(pool, size);
      this.blockUsed[idx] = 1;
      addr = this.poolAddr[pool]! + off;
    } else {
      addr = this.allocateFromNewPool(size);
    }
    this.nallocated++;
    if (this.listener !== null) this.listener.onMalloc(addr, nbytes, (size + 1) << ALIGNMENT_SHIFT, size);
    return addr;
  }

  /**
   * pymalloc_free. Returns false when `addr` is not in an arena (address_in_range fails; the caller
   * hands it to the raw allocator). Throws on a pointer inside an arena that is not a live block
   * (a simulator bug: CPython would corrupt its heap).
   */
  free(addr: number): boolean {
    const arena = this.arenaOf(addr);
    if (arena === NULL_ARENA) return false;
    const pool = this.poolInArena(arena, addr);
    const off = addr - this.poolAddr[pool]!;
    const idx = pool * GRANULES + (off >> ALIGNMENT_SHIFT);
    // blockUsed is only ever 1 at the first granule of a block currently handed out (and is 0 again
    // before its pool can change size class), so with a 16-aligned offset this is the full validity
    // check of blockOffsetInvalid, without its modulo (this is the hottest line of free()).
    if (this.blockUsed[idx] !== 1 || (off & (ALIGNMENT - 1)) !== 0) {
      throw new Error(`pymalloc: free of ${hex(addr)}, which is not an allocated block`);
    }
    this.blockUsed[idx] = 0;
    const lastfree = this.poolFreeblock[pool]!;
    this.blockNext[idx] = lastfree;
    this.poolFreeblock[pool] = off;
    const count = --this.poolCount[pool]!;
    this.nallocated--;
    if (this.listener !== null) {
      const sz = this.poolSzidx[pool]!;
      this.listener.onFree(addr, (sz + 1) << ALIGNMENT_SHIFT, sz);
    }
    if (lastfree === 0) {
      // The pool was full, so it is in no list: link it at the front of usedpools[szidx].
      this.insertToUsedpool(pool);
      return true;
    }
    if (count !== 0) return true;
    this.insertToFreepool(pool);
    return true;
  }

  /**
   * pymalloc_realloc for a pymalloc block and a new size of 1..512: stays in place when the new size
   * fits and does not shave off at least 25% (`4 * nbytes > 3 * blocksize`), else malloc + copy + free
   * (so the new block is never the old one). pymem.ts handles 0 and > 512 (those move to raw).
   */
  realloc(addr: number, nbytes: number): number {
    if (!(nbytes >= 1 && nbytes <= SMALL_REQUEST_THRESHOLD)) {
      throw new RangeError(`pymalloc realloc serves 1..512 bytes, not ${nbytes}`);
    }
    const size = this.blockSize(addr);
    if (nbytes <= size && 4 * nbytes > 3 * size) {
      if (this.listener !== null) this.listener.onResize(addr, nbytes);
      return addr;
    }
    const bp = this.malloc(nbytes);
    this.free(addr);
    return bp;
  }

  /** Whether realloc(addr, nbytes) keeps the block in place (nbytes <= 512). */
  reallocStaysInPlace(addr: number, nbytes: number): boolean {
    const size = this.blockSize(addr);
    return nbytes <= size && 4 * nbytes > 3 * size;
  }

  /** address_in_range: `addr` lies inside one of pymalloc's arenas. */
  owns(addr: number): boolean {
    return this.arenaOf(addr) !== NULL_ARENA;
  }

  /** INDEX2SIZE(POOL_ADDR(addr)->szidx) for a block pymalloc owns. */
  blockSize(addr: number): number {
    const arena = this.arenaOf(addr);
    if (arena === NULL_ARENA) throw new RangeError(`pymalloc does not own ${hex(addr)}`);
    const pool = this.poolInArena(arena, addr);
    return (this.poolSzidx[pool]! + 1) << ALIGNMENT_SHIFT;
  }

  /** Whether `addr` is a block currently handed out by pymalloc. */
  isAllocated(addr: number): boolean {
    const arena = this.arenaOf(addr);
    if (arena === NULL_ARENA) return false;
    const rel = addr - this.arenaFirstPool[arena]!;
    const slot = Math.floor(rel / POOL_SIZE);
    if (rel < 0 || slot >= this.arenaNcarved[arena]!) return false;
    const pool = POOL_ID_BASE + arena * MAX_POOLS_IN_ARENA + slot;
    const off = addr - this.poolAddr[pool]!;
    return this.blockUsed[pool * GRANULES + (off >> ALIGNMENT_SHIFT)] === 1 && !this.blockOffsetInvalid(pool, off);
  }

  /** Blocks currently allocated by pymalloc (the pymalloc part of sys.getallocatedblocks()). */
  allocatedBlocks(): number {
    return this.nallocated;
  }

  // ── internals of allocation (obmalloc.c names) ─────────────────────────────────────────────

  /** pymalloc_pool_extend: the free list ran dry; carve the next virgin block or mark the pool full. */
  private poolExtend(pool: number, size: number): void {
    const nextoffset = this.poolNextoffset[pool]!;
    if (nextoffset <= this.poolMaxnextoffset[pool]!) {
      this.poolFreeblock[pool] = nextoffset;
      this.poolNextoffset[pool] = nextoffset + ((size + 1) << ALIGNMENT_SHIFT);
      this.blockNext[pool * GRANULES + (nextoffset >> ALIGNMENT_SHIFT)] = 0;
      return;
    }
    // Full: unlink from usedpools.
    const next = this.poolNext[pool]!;
    const prev = this.poolPrev[pool]!;
    this.poolPrev[next] = prev;
    this.poolNext[prev] = next;
    if (this.listener !== null) this.listener.onPoolFull(this.poolAddr[pool]!, size);
  }

  /** allocate_from_new_pool: usedpools[size] is empty; take a pool from the fullest usable arena. */
  private allocateFromNewPool(size: number): number {
    if (this.usableArenas === NULL_ARENA) {
      const a = this.newArena();
      this.usableArenas = a;
      this.arenaNext[a] = NULL_ARENA;
      this.arenaPrev[a] = NULL_ARENA;
      this.nfp2lasta[this.arenaNfreepools[a]!] = a;
    }
    const ua = this.usableArenas;
    const nfp = this.arenaNfreepools[ua]!;
    // usable_arenas already has the smallest nfreepools; decrementing keeps the order.
    if (this.nfp2lasta[nfp] === ua) this.nfp2lasta[nfp] = NULL_ARENA;
    if (nfp > 1) this.nfp2lasta[nfp - 1] = ua;

    let pool = this.arenaFreepools[ua]!;
    if (pool !== NULL_POOL) {
      // Unlink from the arena's cached free pools.
      this.arenaFreepools[ua] = this.poolNext[pool]!;
    } else {
      // Carve off a new pool at the high-water mark.
      const slot = this.arenaNcarved[ua]!;
      pool = POOL_ID_BASE + ua * MAX_POOLS_IN_ARENA + slot;
      this.poolAddr[pool] = this.arenaFirstPool[ua]! + slot * POOL_SIZE;
      this.poolSzidx[pool] = DUMMY_SIZE_IDX;
      this.arenaNcarved[ua] = slot + 1;
    }
    this.arenaNfreepools[ua] = nfp - 1;
    if (nfp - 1 === 0) {
      // Wholly allocated: remove from usable_arenas.
      const next = this.arenaNext[ua]!;
      this.usableArenas = next;
      if (next !== NULL_ARENA) this.arenaPrev[next] = NULL_ARENA;
    }

    // Frontlink to used pools (the list is empty: head == sentinel).
    this.poolNext[pool] = size;
    this.poolPrev[pool] = size;
    this.poolNext[size] = pool;
    this.poolPrev[size] = pool;
    this.poolCount[pool] = 1;
    const base = this.poolAddr[pool]!;
    let off: number;
    if (this.poolSzidx[pool] === size) {
      // This pool last held blocks of the same size class: header and free list are still valid.
      off = this.poolFreeblock[pool]!;
      this.poolFreeblock[pool] = this.blockNext[pool * GRANULES + (off >> ALIGNMENT_SHIFT)]!;
      if (this.listener !== null) this.listener.onPoolInit(base, size, true);
    } else {
      // Initialise the header: hand out the block at offset 48, free list = the second block.
      const bs = (size + 1) << ALIGNMENT_SHIFT;
      this.poolSzidx[pool] = size;
      off = POOL_OVERHEAD;
      this.poolNextoffset[pool] = POOL_OVERHEAD + 2 * bs;
      this.poolMaxnextoffset[pool] = POOL_SIZE - bs;
      this.poolFreeblock[pool] = POOL_OVERHEAD + bs;
      this.blockNext[pool * GRANULES + ((POOL_OVERHEAD + bs) >> ALIGNMENT_SHIFT)] = 0;
      if (this.listener !== null) this.listener.onPoolInit(base, size, false);
    }
    this.blockUsed[pool * GRANULES + (off >> ALIGNMENT_SHIFT)] = 1;
    return base + off;
  }

  /** new_arena: take an arena object (doubling the vector when none is unused) and map 1 MiB. */
  private newArena(): number {
    if (this.unusedArenaObjects === NULL_ARENA) {
      const numarenas = this.maxarenas ? this.maxarenas << 1 : INITIAL_ARENA_OBJECTS;
      this.growArenas(numarenas);
      for (let i = this.maxarenas; i < numarenas; i++) {
        this.arenaAddress[i] = 0;
        this.arenaNext[i] = i < numarenas - 1 ? i + 1 : NULL_ARENA;
      }
      this.unusedArenaObjects = this.maxarenas;
      this.maxarenas = numarenas;
    }
    const a = this.unusedArenaObjects;
    this.unusedArenaObjects = this.arenaNext[a]!;
    const address = this.arenaAllocator.alloc(ARENA_SIZE);
    this.arenaMapMarkUsed(a, address);
    this.arenaAddress[a] = address;
    this.narenasCurrentlyAllocated++;
    this.ntimesArenaAllocated++;
    if (this.narenasCurrentlyAllocated > this.narenasHighwater) {
      this.narenasHighwater = this.narenasCurrentlyAllocated;
    }
    this.arenaFreepools[a] = NULL_POOL;
    let nfreepools = MAX_POOLS_IN_ARENA;
    let firstPool = address;
    const excess = address % POOL_SIZE;
    if (excess !== 0) {
      nfreepools--;
      firstPool += POOL_SIZE - excess;
    }
    this.arenaFirstPool[a] = firstPool;
    this.arenaNfreepools[a] = nfreepools;
    this.arenaNtotalpools[a] = nfreepools;
    this.arenaNcarved[a] = 0;
    if (a >= this.poolCapacity) this.growPools(Math.max(this.poolCapacity * 2, a + 1));
    if (this.listener !== null) this.listener.onArenaNew(address, a, firstPool, nfreepools);
    return a;
  }

  /** insert_to_usedpool: a full pool got a block back; link it at the front of usedpools[szidx]. */
  private insertToUsedpool(pool: number): void {
    const size = this.poolSzidx[pool]!;
    const next = this.poolNext[size]!; // current head (or the sentinel)
    this.poolNext[pool] = next;
    this.poolPrev[pool] = size;
    this.poolPrev[next] = pool;
    this.poolNext[size] = pool;
  }

  /**
   * insert_to_freepool: the pool became empty. Unlink it from usedpools, push it on its arena's
   * freepools, then fix the arena's place in usable_arenas (or release the arena).
   */
  private insertToFreepool(pool: number): void {
    const next = this.poolNext[pool]!;
    const prev = this.poolPrev[pool]!;
    this.poolPrev[next] = prev;
    this.poolNext[prev] = next;

    const ao = ((pool - POOL_ID_BASE) / MAX_POOLS_IN_ARENA) | 0;
    this.poolNext[pool] = this.arenaFreepools[ao]!;
    this.arenaFreepools[ao] = pool;
    if (this.listener !== null) this.listener.onPoolEmpty(this.poolAddr[pool]!, this.poolSzidx[pool]!);
    let nf = this.arenaNfreepools[ao]!;
    const lastnf = this.nfp2lasta[nf]!;
    if (lastnf === ao) {
      const p = this.arenaPrev[ao]!;
      this.nfp2lasta[nf] = p !== NULL_ARENA && this.arenaNfreepools[p] === nf ? p : NULL_ARENA;
    }
    this.arenaNfreepools[ao] = ++nf;

    // Case 1: every pool is free and it is not the last arena in usable_arenas: release it.
    if (nf === this.arenaNtotalpools[ao] && this.arenaNext[ao] !== NULL_ARENA) {
      const p = this.arenaPrev[ao]!;
      const n = this.arenaNext[ao]!;
      if (p === NULL_ARENA) this.usableArenas = n;
      else this.arenaNext[p] = n;
      if (n !== NULL_ARENA) this.arenaPrev[n] = p;
      this.arenaNext[ao] = this.unusedArenaObjects;
      this.unusedArenaObjects = ao;
      const address = this.arenaAddress[ao]!;
      this.arenaMapMarkUnused(ao, address);
      this.arenaAllocator.free(address, ARENA_SIZE);
      this.arenaAddress[ao] = 0;
      this.narenasCurrentlyAllocated--;
      if (this.listener !== null) this.listener.onArenaFree(address, ao);
      return;
    }
    // Case 2: first free pool: put the arena at the head of usable_arenas.
    if (nf === 1) {
      this.arenaNext[ao] = this.usableArenas;
      this.arenaPrev[ao] = NULL_ARENA;
      if (this.usableArenas !== NULL_ARENA) this.arenaPrev[this.usableArenas] = ao;
      this.usableArenas = ao;
      if (this.nfp2lasta[1] === NULL_ARENA) this.nfp2lasta[1] = ao;
      return;
    }
    if (this.nfp2lasta[nf] === NULL_ARENA) this.nfp2lasta[nf] = ao;
    // Case 4: it was the rightmost with the old count: still in order.
    if (ao === lastnf) return;
    // Case 3: slide it right, to just after lastnf.
    const p = this.arenaPrev[ao]!;
    const n = this.arenaNext[ao]!;
    if (p !== NULL_ARENA) this.arenaNext[p] = n;
    else this.usableArenas = n;
    this.arenaPrev[n] = p;
    this.arenaPrev[ao] = lastnf;
    const after = this.arenaNext[lastnf]!;
    this.arenaNext[ao] = after;
    if (after !== NULL_ARENA) this.arenaPrev[after] = ao;
    this.arenaNext[lastnf] = ao;
  }

  // ── address → arena / pool ────────────────────────────────────────────────────────────────

  /** arena_map_is_used: the arena containing `addr`, or -1. */
  private arenaOf(addr: number): number {
    const key = Math.floor(addr / ARENA_SIZE);
    const tail = addr - key * ARENA_SIZE;
    let lo: number;
    let hi: number;
    if (key === this.mapCacheKey) {
      lo = this.mapCacheLo;
      hi = this.mapCacheHi;
    } else {
      lo = this.arenaMapLo.get(key) ?? NULL_ARENA;
      hi = this.arenaMapHi.get(key) ?? NULL_ARENA;
      this.mapCacheKey = key;
      this.mapCacheLo = lo;
      this.mapCacheHi = hi;
    }
    if (lo !== NULL_ARENA && tail < this.arenaTail[lo]!) return lo;
    if (hi !== NULL_ARENA && tail >= this.arenaTail[hi]!) return hi;
    return NULL_ARENA;
  }

  /** POOL_ADDR(addr) as a pool id; throws when addr is in the arena but not in a carved pool. */
  private poolInArena(arena: number, addr: number): number {
    const rel = addr - this.arenaFirstPool[arena]!;
    const slot = Math.floor(rel / POOL_SIZE);
    if (rel < 0 || slot >= this.arenaNcarved[arena]!) {
      throw new Error(`pymalloc: ${hex(addr)} is inside arena ${arena} but not in a carved pool`);
    }
    return POOL_ID_BASE + arena * MAX_POOLS_IN_ARENA + slot;
  }

  private blockOffsetInvalid(pool: number, off: number): boolean {
    const bs = (this.poolSzidx[pool]! + 1) << ALIGNMENT_SHIFT;
    return off < POOL_OVERHEAD || (off - POOL_OVERHEAD) % bs !== 0 || off + bs > POOL_SIZE;
  }

  private arenaMapMarkUsed(a: number, address: number): void {
    const key = Math.floor(address / ARENA_SIZE);
    const tail = address - key * ARENA_SIZE;
    this.arenaTail[a] = tail;
    this.mapCacheKey = -1;
    this.arenaMapHi.set(key, a);
    this.touchMapNodes(address);
    if (tail !== 0) {
      this.arenaMapLo.set(key + 1, a);
      this.touchMapNodes(address + ARENA_SIZE);
    }
  }

  private arenaMapMarkUnused(a: number, address: number): void {
    const key = Math.floor(address / ARENA_SIZE);
    this.mapCacheKey = -1;
    if (this.arenaMapHi.get(key) === a) this.arenaMapHi.delete(key);
    if (this.arenaMapLo.get(key + 1) === a) this.arenaMapLo.delete(key + 1);
  }

  /** arena_map_get(p, create=1): interior nodes are created on demand and never freed. */
  private touchMapNodes(p: number): void {
    this.arenaMapMidKeys.add(Math.floor(p / MAP_TOP_SPAN));
    this.arenaMapBotKeys.add(Math.floor(p / MAP_MID_SPAN));
  }

  // ── storage growth ─────────────────────────────────────────────────────────────────────────

  private growArenas(n: number): void {
    const f64 = (old: Float64Array) => {
      const a = new Float64Array(n);
      a.set(old);
      return a;
    };
    const i32 = (old: Int32Array) => {
      const a = new Int32Array(n);
      a.set(old);
      return a;
    };
    this.arenaAddress = f64(this.arenaAddress);
    this.arenaFirstPool = f64(this.arenaFirstPool);
    this.arenaTail = i32(this.arenaTail);
    this.arenaNcarved = i32(this.arenaNcarved);
    this.arenaNfreepools = i32(this.arenaNfreepools);
    this.arenaNtotalpools = i32(this.arenaNtotalpools);
    this.arenaFreepools = i32(this.arenaFreepools);
    this.arenaNext = i32(this.arenaNext);
    this.arenaPrev = i32(this.arenaPrev);
  }

  private growPools(arenaCapacity: number): void {
    const oldPools = this.poolAddr.length;
    const npools = POOL_ID_BASE + arenaCapacity * MAX_POOLS_IN_ARENA;
    const f64 = (old: Float64Array) => {
      const a = new Float64Array(npools);
      a.set(old);
      return a;
    };
    const i32 = (old: Int32Array) => {
      const a = new Int32Array(npools);
      a.set(old);
      return a;
    };
    this.poolAddr = f64(this.poolAddr);
    this.poolCount = i32(this.poolCount);
    this.poolFreeblock = i32(this.poolFreeblock);
    this.poolNext = i32(this.poolNext);
    this.poolPrev = i32(this.poolPrev);
    this.poolSzidx = i32(this.poolSzidx);
    this.poolNextoffset = i32(this.poolNextoffset);
    this.poolMaxnextoffset = i32(this.poolMaxnextoffset);
    const next = new Uint16Array(npools * GRANULES);
    next.set(this.blockNext);
    this.blockNext = next;
    const used = new Uint8Array(npools * GRANULES);
    used.set(this.blockUsed);
    this.blockUsed = used;
    if (oldPools === 0) {
      // usedpools heads: empty circular lists (each sentinel points at itself).
      for (let s = 0; s < NB_SMALL_SIZE_CLASSES; s++) {
        this.poolNext[s] = s;
        this.poolPrev[s] = s;
        this.poolSzidx[s] = s;
      }
    }
    this.poolCapacity = arenaCapacity;
  }

  // ══ introspection (plain data for the heap panel, the trace and tests) ═══════════════════════

  /** Interior radix-tree nodes created so far [mid, bot] (the "arena map" counts of sys._debugmallocstats()). */
  arenaMapNodeCounts(): [number, number] {
    return [this.arenaMapMidKeys.size, this.arenaMapBotKeys.size];
  }

  /** Arenas currently allocated. */
  arenaCount(): number {
    return this.narenasCurrentlyAllocated;
  }

  /** Visit every allocated arena in arena-vector order. */
  forEachArena(cb: (arena: ArenaInfo) => void): void {
    for (let a = 0; a < this.maxarenas; a++) {
      if (this.arenaAddress[a] !== 0) cb(this.arenaInfo(a));
    }
  }

  arenaInfo(index: number): ArenaInfo {
    return {
      index,
      address: this.arenaAddress[index]!,
      firstPool: this.arenaFirstPool[index]!,
      ntotalpools: this.arenaNtotalpools[index]!,
      nfreepools: this.arenaNfreepools[index]!,
      ncarved: this.arenaNcarved[index]!,
    };
  }

  /** Visit every carved pool of an arena, lowest address first. */
  forEachPool(arenaIndex: number, cb: (pool: PoolInfo) => void): void {
    const n = this.arenaNcarved[arenaIndex]!;
    for (let slot = 0; slot < n; slot++) cb(this.poolInfo(POOL_ID_BASE + arenaIndex * MAX_POOLS_IN_ARENA + slot));
  }

  /** The pool holding `addr` (any address inside a carved pool), or null. */
  poolState(addr: number): PoolInfo | null {
    const arena = this.arenaOf(addr);
    if (arena === NULL_ARENA) return null;
    const rel = addr - this.arenaFirstPool[arena]!;
    const slot = Math.floor(rel / POOL_SIZE);
    if (rel < 0 || slot >= this.arenaNcarved[arena]!) return null;
    return this.poolInfo(POOL_ID_BASE + arena * MAX_POOLS_IN_ARENA + slot);
  }

  /**
   * Per-block state of the pool at `poolAddress`: 0 = never carved, 1 = free (on the free list),
   * 2 = in use. Length NUMBLOCKS(szidx).
   */
  blockMap(poolAddress: number): Uint8Array {
    const info = this.poolState(poolAddress);
    if (info === null) throw new RangeError(`no pool at ${hex(poolAddress)}`);
    const pool = this.poolIdOf(poolAddress);
    const out = new Uint8Array(info.numBlocks);
    for (let i = 0; i < info.numBlocks; i++) {
      const off = POOL_OVERHEAD + i * info.blockSize;
      if (off >= info.nextoffset) out[i] = 0;
      else out[i] = this.blockUsed[pool * GRANULES + (off >> ALIGNMENT_SHIFT)] === 1 ? 2 : 1;
    }
    return out;
  }

  /** Free-list of a pool, head first, as addresses. */
  freeList(poolAddress: number): number[] {
    const pool = this.poolIdOf(poolAddress);
    const base = this.poolAddr[pool]!;
    const out: number[] = [];
    let off = this.poolFreeblock[pool]!;
    const limit = GRANULES;
    while (off !== 0 && out.length <= limit) {
      out.push(base + off);
      off = this.blockNext[pool * GRANULES + (off >> ALIGNMENT_SHIFT)]!;
    }
    return out;
  }

  /** usedpools[szidx] in list order (head first), as pool addresses. */
  usedPools(szidx: number): number[] {
    const out: number[] = [];
    for (let p = this.poolNext[szidx]!; p !== szidx && out.length < this.poolAddr.length; p = this.poolNext[p]!) {
      out.push(this.poolAddr[p]!);
    }
    return out;
  }

  /** usable_arenas in list order, as arena indices. */
  usableArenaOrder(): number[] {
    const out: number[] = [];
    for (let a = this.usableArenas; a !== NULL_ARENA && out.length <= this.maxarenas; a = this.arenaNext[a]!) out.push(a);
    return out;
  }

  /** An arena's freepools list (head first), as pool addresses. */
  freePools(arenaIndex: number): number[] {
    const out: number[] = [];
    for (let p = this.arenaFreepools[arenaIndex]!; p !== NULL_POOL && out.length <= MAX_POOLS_IN_ARENA; p = this.poolNext[p]!) {
      out.push(this.poolAddr[p]!);
    }
    return out;
  }

  /** The numbers _PyObject_DebugMallocStats walks for. */
  stats(): ObMallocStats {
    const numpools = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const numblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const numfreeblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    let narenas = 0;
    let numfreepools = 0;
    let arenaAlignment = 0;
    for (let a = 0; a < this.maxarenas; a++) {
      const address = this.arenaAddress[a]!;
      if (address === 0) continue;
      narenas++;
      numfreepools += this.arenaNfreepools[a]!;
      if (address % POOL_SIZE !== 0) arenaAlignment += POOL_SIZE;
      const n = this.arenaNcarved[a]!;
      for (let slot = 0; slot < n; slot++) {
        const pool = POOL_ID_BASE + a * MAX_POOLS_IN_ARENA + slot;
        const count = this.poolCount[pool]!;
        if (count === 0) continue;
        const sz = this.poolSzidx[pool]!;
        numpools[sz]!++;
        numblocks[sz]! += count;
        numfreeblocks[sz]! += NUMBLOCKS(sz) - count;
      }
    }
    return {
      numpools,
      numblocks,
      numfreeblocks,
      narenas,
      ntimesArenaAllocated: this.ntimesArenaAllocated,
      narenasHighwater: this.narenasHighwater,
      numfreepools,
      arenaAlignment,
      arenaMapMidCount: this.arenaMapMidKeys.size,
      arenaMapBotCount: this.arenaMapBotKeys.size,
    };
  }

  /**
   * Consistency check of every arena, pool and list (CPython's Py_DEBUG checks and more).
   * Returns human-readable violations; an empty array means the heap is consistent.
   */
  audit(): string[] {
    const errors: string[] = [];
    const err = (m: string) => {
      if (errors.length < 100) errors.push(m);
    };
    const inUsedList = new Set<number>();
    // usedpools: circular, doubly linked, partially used pools of the right class.
    for (let s = 0; s < NB_SMALL_SIZE_CLASSES; s++) {
      let prev = s;
      let steps = 0;
      for (let p = this.poolNext[s]!; p !== s; p = this.poolNext[p]!) {
        if (++steps > this.poolAddr.length) {
          err(`usedpools[${s}] does not return to its head`);
          break;
        }
        if (p < POOL_ID_BASE || p >= this.poolAddr.length) {
          err(`usedpools[${s}] links to a bad pool id ${p}`);
          break;
        }
        if (this.poolPrev[p] !== prev) err(`usedpools[${s}]: pool ${hex(this.poolAddr[p]!)} has a wrong prevpool`);
        if (this.poolSzidx[p] !== s) err(`usedpools[${s}] holds pool ${hex(this.poolAddr[p]!)} of class ${this.poolSzidx[p]}`);
        if (this.poolCount[p]! <= 0) err(`usedpools[${s}] holds empty pool ${hex(this.poolAddr[p]!)}`);
        if (this.poolFreeblock[p] === 0) err(`usedpools[${s}] holds full pool ${hex(this.poolAddr[p]!)}`);
        if (inUsedList.has(p)) err(`pool ${hex(this.poolAddr[p]!)} appears twice in usedpools`);
        inUsedList.add(p);
        prev = p;
      }
      if (this.poolPrev[s] !== prev) err(`usedpools[${s}]: head's prevpool is not the last pool`);
    }

    let narenas = 0;
    let nallocated = 0;
    const usable = new Set<number>();
    for (let a = 0; a < this.maxarenas; a++) {
      const address = this.arenaAddress[a]!;
      if (address === 0) continue;
      narenas++;
      const name = `arena ${a} (${hex(address)})`;
      const ntotal = this.arenaNtotalpools[a]!;
      const expectTotal = address % POOL_SIZE === 0 ? MAX_POOLS_IN_ARENA : MAX_POOLS_IN_ARENA - 1;
      if (ntotal !== expectTotal) err(`${name}: ntotalpools ${ntotal}, expected ${expectTotal}`);
      if (this.arenaOf(address) !== a || this.arenaOf(address + ARENA_SIZE - 1) !== a) {
        err(`${name}: address_in_range does not cover the arena`);
      }
      const ncarved = this.arenaNcarved[a]!;
      const inFree = new Set<number>();
      for (let p = this.arenaFreepools[a]!; p !== NULL_POOL; p = this.poolNext[p]!) {
        if (inFree.has(p) || inFree.size > MAX_POOLS_IN_ARENA) {
          err(`${name}: freepools list has a cycle`);
          break;
        }
        inFree.add(p);
        const slot = p - POOL_ID_BASE - a * MAX_POOLS_IN_ARENA;
        if (slot < 0 || slot >= ncarved) err(`${name}: freepools holds a pool of another arena or not carved`);
        else if (this.poolCount[p] !== 0) err(`${name}: freepools holds pool ${hex(this.poolAddr[p]!)} with count ${this.poolCount[p]}`);
      }
      const nfree = this.arenaNfreepools[a]!;
      if (nfree !== inFree.size + (ntotal - ncarved)) {
        err(`${name}: nfreepools ${nfree} != free pools ${inFree.size} + never carved ${ntotal - ncarved}`);
      }
      if (nfree > 0) usable.add(a);
      for (let slot = 0; slot < ncarved; slot++) {
        const pool = POOL_ID_BASE + a * MAX_POOLS_IN_ARENA + slot;
        const base = this.poolAddr[pool]!;
        const pname = `pool ${hex(base)}`;
        if (base !== this.arenaFirstPool[a]! + slot * POOL_SIZE) err(`${pname}: wrong address for slot ${slot}`);
        if (base % POOL_SIZE !== 0) err(`${pname}: not pool aligned`);
        const count = this.poolCount[pool]!;
        nallocated += count;
        const sz = this.poolSzidx[pool]!;
        if (sz === DUMMY_SIZE_IDX) {
          if (count !== 0) err(`${pname}: uninitialised pool with count ${count}`);
          continue;
        }
        if (sz < 0 || sz >= NB_SMALL_SIZE_CLASSES) {
          err(`${pname}: bad szidx ${sz}`);
          continue;
        }
        const bs = INDEX2SIZE(sz);
        const capacity = NUMBLOCKS(sz);
        const nextoffset = this.poolNextoffset[pool]!;
        const maxnext = this.poolMaxnextoffset[pool]!;
        if (maxnext !== POOL_SIZE - bs) err(`${pname}: maxnextoffset ${maxnext}`);
        if ((nextoffset - POOL_OVERHEAD) % bs !== 0 || nextoffset < POOL_OVERHEAD + 2 * bs) err(`${pname}: nextoffset ${nextoffset}`);
        // Free list: valid, carved, not in use, no cycle.
        const seen = new Set<number>();
        for (let off = this.poolFreeblock[pool]!; off !== 0; off = this.blockNext[pool * GRANULES + (off >> ALIGNMENT_SHIFT)]!) {
          if (seen.has(off) || seen.size > capacity) {
            err(`${pname}: free list has a cycle`);
            break;
          }
          seen.add(off);
          if (off < POOL_OVERHEAD || (off - POOL_OVERHEAD) % bs !== 0 || off >= nextoffset) {
            err(`${pname}: free list holds bad offset ${off}`);
          } else if (this.blockUsed[pool * GRANULES + (off >> ALIGNMENT_SHIFT)] !== 0) {
            err(`${pname}: block ${hex(base + off)} is both free and in use`);
          }
        }
        let used = 0;
        const carvedEnd = Math.min(nextoffset, POOL_OVERHEAD + capacity * bs);
        for (let off = POOL_OVERHEAD; off < carvedEnd; off += bs) {
          if (this.blockUsed[pool * GRANULES + (off >> ALIGNMENT_SHIFT)] === 1) used++;
        }
        for (let off = carvedEnd; off + bs <= POOL_SIZE; off += bs) {
          if (this.blockUsed[pool * GRANULES + (off >> ALIGNMENT_SHIFT)] === 1) err(`${pname}: uncarved block at ${off} marked in use`);
        }
        const untouched = nextoffset <= maxnext ? Math.floor((maxnext - nextoffset) / bs) + 1 : 0;
        if (used !== count) err(`${pname}: ref.count ${count} but ${used} blocks in use`);
        if (seen.size + untouched + used !== capacity) {
          err(`${pname}: free ${seen.size} + never carved ${untouched} + in use ${used} != ${capacity} blocks`);
        }
        const listed = inUsedList.has(pool);
        if (count === 0) {
          if (!inFree.has(pool)) err(`${pname}: empty but not in its arena's freepools`);
          if (listed) err(`${pname}: empty but in usedpools`);
        } else if (count === capacity) {
          if (this.poolFreeblock[pool] !== 0) err(`${pname}: full but freeblock is not NULL`);
          if (listed) err(`${pname}: full but in usedpools`);
        } else if (!listed) {
          err(`${pname}: partially used but not in usedpools[${sz}]`);
        }
      }
    }
    if (narenas !== this.narenasCurrentlyAllocated) err(`narenas_currently_allocated ${this.narenasCurrentlyAllocated}, counted ${narenas}`);
    if (nallocated !== this.nallocated) err(`allocated-block counter ${this.nallocated}, counted ${nallocated}`);

    // usable_arenas: exactly the arenas with free pools, ascending nfreepools, nfp2lasta right.
    const order = this.usableArenaOrder();
    let prev = NULL_ARENA;
    for (const a of order) {
      if (this.arenaPrev[a] !== prev) err(`usable_arenas: arena ${a} has a wrong prevarena`);
      if (this.arenaAddress[a] === 0) err(`usable_arenas holds unassociated arena ${a}`);
      if (prev !== NULL_ARENA && this.arenaNfreepools[prev]! > this.arenaNfreepools[a]!) {
        err(`usable_arenas not sorted: arena ${prev} (${this.arenaNfreepools[prev]}) before arena ${a} (${this.arenaNfreepools[a]})`);
      }
      prev = a;
    }
    if (order.length !== usable.size || order.some((a) => !usable.has(a))) {
      err(`usable_arenas [${order.join(', ')}] != arenas with free pools [${[...usable].join(', ')}]`);
    }
    for (let nf = 0; nf <= MAX_POOLS_IN_ARENA; nf++) {
      let last = NULL_ARENA;
      for (const a of order) if (this.arenaNfreepools[a] === nf) last = a;
      if (this.nfp2lasta[nf] !== last) err(`nfp2lasta[${nf}] is ${this.nfp2lasta[nf]}, expected ${last}`);
    }
    for (let a = this.unusedArenaObjects, n = 0; a !== NULL_ARENA; a = this.arenaNext[a]!) {
      if (++n > this.maxarenas) {
        err('unused_arena_objects has a cycle');
        break;
      }
      if (this.arenaAddress[a] !== 0) err(`unused_arena_objects holds allocated arena ${a}`);
    }
    return errors;
  }

  private poolInfo(pool: number): PoolInfo {
    const szidx = this.poolSzidx[pool]!;
    const valid = szidx >= 0 && szidx < NB_SMALL_SIZE_CLASSES;
    const blockSize = valid ? INDEX2SIZE(szidx) : 0;
    const numBlocks = valid ? NUMBLOCKS(szidx) : 0;
    const count = this.poolCount[pool]!;
    const fb = this.poolFreeblock[pool]!;
    return {
      address: this.poolAddr[pool]!,
      arenaIndex: ((pool - POOL_ID_BASE) / MAX_POOLS_IN_ARENA) | 0,
      szidx,
      blockSize,
      numBlocks,
      count,
      freeblock: fb === 0 ? 0 : this.poolAddr[pool]! + fb,
      nextoffset: this.poolNextoffset[pool]!,
      maxnextoffset: this.poolMaxnextoffset[pool]!,
      state: count === 0 ? 'empty' : fb === 0 ? 'full' : 'used',
    };
  }

  private poolIdOf(poolAddress: number): number {
    const arena = this.arenaOf(poolAddress);
    if (arena === NULL_ARENA) throw new RangeError(`no pool at ${hex(poolAddress)}`);
    return this.poolInArena(arena, poolAddress);
  }
}
