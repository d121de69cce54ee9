import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARENA_SIZE,
  AddressSpace,
  MemoryListenerBase,
  NUMBLOCKS,
  ObMalloc,
  POOL_OVERHEAD,
  POOL_SIZE,
  PyMem,
  type ArenaAllocator,
} from '../../../src/engine/memory';

const fixtures = join(__dirname, 'fixtures');

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const poolOf = (addr: number) => Math.floor(addr / POOL_SIZE) * POOL_SIZE;
const offsetIn = (addr: number) => addr - poolOf(addr);

describe('pymalloc against CPython (oracle scenario, class 22)', () => {
  for (const version of ['3.11', '3.12', '3.13']) {
    it(`replays oracle-class22-${version}.json exactly`, () => {
      const data = JSON.parse(readFileSync(join(fixtures, `oracle-class22-${version}.json`), 'utf8')) as {
        request: number;
        ops: Array<['alloc', number] | ['free', number[]]>;
        expected: string[][];
      };
      const ob = new ObMalloc();
      const objs: Array<number | null> = [];
      const pools: number[] = [];
      const label = (a: number) => {
        const p = Math.floor(a / POOL_SIZE);
        if (!pools.includes(p)) pools.push(p);
        return `P${pools.indexOf(p)}+${a % POOL_SIZE}`;
      };
      const got: string[][] = [];
      for (const [op, arg] of data.ops) {
        if (op === 'alloc') {
          const out: string[] = [];
          for (let i = 0; i < arg; i++) {
            const a = ob.malloc(data.request);
            objs.push(a);
            out.push(label(a));
          }
          got.push(out);
        } else {
          for (const i of arg) {
            ob.free(objs[i]!);
            objs[i] = null;
          }
          got.push([]);
        }
        expect(ob.audit()).toEqual([]);
      }
      expect(got).toEqual(data.expected);
    });
  }
});

describe('pymalloc algorithm', () => {
  it('carves a fresh pool from offset 48 in block-size steps', () => {
    const ob = new ObMalloc();
    const a = [ob.malloc(24), ob.malloc(30), ob.malloc(32)];
    expect(offsetIn(a[0]!)).toBe(POOL_OVERHEAD);
    expect(a[1]! - a[0]!).toBe(32);
    expect(a[2]! - a[1]!).toBe(32);
    const p = ob.poolState(a[0]!)!;
    expect(p).toMatchObject({ szidx: 1, blockSize: 32, count: 3, numBlocks: 510, state: 'used' });
    // After handing out 3 blocks the free list holds the 4th (carved) block, nextoffset points past it.
    expect(p.freeblock).toBe(poolOf(a[0]!) + 48 + 3 * 32);
    expect(p.nextoffset).toBe(48 + 4 * 32);
    expect(p.maxnextoffset).toBe(POOL_SIZE - 32);
  });

  it('reuses the last freed block first (id-style reuse, LIFO)', () => {
    const ob = new ObMalloc();
    const xs = Array.from({ length: 10 }, () => ob.malloc(16));
    ob.free(xs[2]!);
    ob.free(xs[7]!);
    ob.free(xs[4]!);
    expect(ob.freeList(poolOf(xs[0]!)).slice(0, 3)).toEqual([xs[4], xs[7], xs[2]]);
    expect(ob.malloc(16)).toBe(xs[4]);
    expect(ob.malloc(1)).toBe(xs[7]);
    expect(ob.malloc(9)).toBe(xs[2]);
    expect(ob.malloc(16)).toBe(xs[9]! + 16);
    const y = ob.malloc(40);
    ob.free(y);
    expect(ob.malloc(48)).toBe(y);
  });

  it('a full pool leaves usedpools and comes back at the front when a block is freed', () => {
    const ob = new ObMalloc();
    const n = NUMBLOCKS(31); // 31 blocks of 512
    const first = Array.from({ length: n }, () => ob.malloc(512));
    const p0 = poolOf(first[0]!);
    expect(ob.poolState(p0)!.state).toBe('full');
    expect(ob.usedPools(31)).toEqual([]);
    const second = ob.malloc(500);
    const p1 = poolOf(second);
    expect(p1).toBe(p0 + POOL_SIZE);
    expect(ob.usedPools(31)).toEqual([p1]);
    ob.free(first[5]!);
    expect(ob.usedPools(31)).toEqual([p0, p1]);
    expect(ob.malloc(512)).toBe(first[5]);
    expect(ob.usedPools(31)).toEqual([p1]);
    expect(ob.audit()).toEqual([]);
  });

  it('an empty pool goes to the front of its arena freepools; same class keeps its free list', () => {
    const ob = new ObMalloc();
    const a = Array.from({ length: 3 }, () => ob.malloc(100)); // class 6
    const keep = ob.malloc(200); // another pool, keeps the arena alive
    const pa = poolOf(a[0]!);
    ob.free(a[0]!);
    ob.free(a[2]!);
    ob.free(a[1]!);
    expect(ob.poolState(pa)!.state).toBe('empty');
    expect(ob.freePools(0)).toEqual([pa]);
    // Same class: the pool's old free list is reused (head = last freed).
    expect(ob.malloc(112)).toBe(a[1]);
    expect(ob.malloc(112)).toBe(a[2]);
    expect(ob.audit()).toEqual([]);
    ob.free(keep);
  });

  it('an empty pool taken by another size class is re-initialised', () => {
    const ob = new ObMalloc();
    const a = ob.malloc(100);
    const b = ob.malloc(300);
    const pa = poolOf(a);
    ob.free(a);
    const c = ob.malloc(64); // class 3 has no pool: takes pa from freepools, re-initialised
    expect(c).toBe(pa + 48);
    expect(ob.poolState(c)).toMatchObject({ szidx: 3, count: 1, nextoffset: 48 + 128 });
    expect(ob.audit()).toEqual([]);
    ob.free(b);
  });

  it('freepools is LIFO across pools', () => {
    const ob = new ObMalloc();
    const xs = [ob.malloc(16), ob.malloc(32), ob.malloc(48), ob.malloc(64)];
    const pools = xs.map(poolOf);
    ob.free(xs[1]!);
    ob.free(xs[2]!);
    expect(ob.freePools(0)).toEqual([pools[2], pools[1]]);
    expect(poolOf(ob.malloc(80))).toBe(pools[2]);
    expect(poolOf(ob.malloc(96))).toBe(pools[1]);
  });

  it('orders usable_arenas by nfreepools (fullest first) and allocates from the head', () => {
    const ob = new ObMalloc();
    // Fill three arenas with one 512-byte-block pool each per allocation batch.
    const perPool = NUMBLOCKS(31);
    const blocks: number[][] = [];
    const poolsPerArena = 63;
    for (let p = 0; p < 3 * poolsPerArena; p++) {
      blocks.push(Array.from({ length: perPool }, () => ob.malloc(512)));
    }
    expect(ob.arenaCount()).toBe(3);
    expect(ob.usableArenaOrder()).toEqual([]);
    // Empty 5 pools in arena 0, 2 in arena 1, 9 in arena 2.
    const emptyPools = (arena: number, k: number) => {
      for (let i = 0; i < k; i++) for (const b of blocks[arena * poolsPerArena + i]!) ob.free(b);
    };
    emptyPools(0, 5);
    emptyPools(1, 2);
    emptyPools(2, 9);
    expect(ob.usableArenaOrder()).toEqual([1, 0, 2]);
    expect(ob.audit()).toEqual([]);
    // A new pool comes from arena 1 (fewest free pools).
    const x = ob.malloc(16);
    expect(ob.poolState(x)!.arenaIndex).toBe(1);
    expect(ob.arenaInfo(1).nfreepools).toBe(1);
    expect(ob.audit()).toEqual([]);
  });

  it('releases an arena whose pools are all free unless it is the last usable one', () => {
    const space = new AddressSpace();
    const events: string[] = [];
    class L extends MemoryListenerBase {
      override onArenaNew(address: number, index: number) {
        events.push(`new ${index} ${address.toString(16)}`);
      }
      override onArenaFree(address: number, index: number) {
        events.push(`free ${index} ${address.toString(16)}`);
      }
    }
    const ob = new ObMalloc({ addressSpace: space, listener: new L() });
    const perArena = 63 * NUMBLOCKS(31);
    const a0 = Array.from({ length: perArena }, () => ob.malloc(512));
    const a1 = ob.malloc(512);
    expect(ob.arenaCount()).toBe(2);
    expect(events).toEqual([`new 0 ${(space.mmapTop - ARENA_SIZE).toString(16)}`, `new 1 ${(space.mmapTop - 2 * ARENA_SIZE).toString(16)}`]);
    // Free everything in arena 0. When its last pool empties, arena 1 (62 free pools) still follows it
    // in usable_arenas, so arena 0 is returned to the OS.
    for (const b of a0) ob.free(b);
    expect(ob.arenaCount()).toBe(1);
    expect(events[2]).toBe(`free 0 ${(space.mmapTop - ARENA_SIZE).toString(16)}`);
    expect(space.isMapped(space.mmapTop - ARENA_SIZE)).toBe(false);
    // Free arena 1's only block: wholly free but the last usable arena, so it is kept.
    ob.free(a1);
    expect(ob.arenaCount()).toBe(1);
    expect(ob.usableArenaOrder()).toEqual([1]);
    expect(ob.stats()).toMatchObject({ narenas: 1, ntimesArenaAllocated: 2, narenasHighwater: 2 });
    expect(ob.audit()).toEqual([]);
    // Fill arena 1, then one more block: a new arena takes arena object 0 (head of
    // unused_arena_objects) and the kernel hands back the hole arena 0 left (highest gap that fits).
    const again = Array.from({ length: 63 * NUMBLOCKS(31) + 1 }, () => ob.malloc(512));
    expect(ob.arenaCount()).toBe(2);
    expect(events[3]).toBe(events[0]);
    expect(ob.poolState(again[again.length - 1]!)!.arenaIndex).toBe(0);
    expect(ob.audit()).toEqual([]);
  });

  it('keeps a lone wholly free arena (bpo-37257)', () => {
    const ob = new ObMalloc();
    for (let i = 0; i < 3; i++) ob.free(ob.malloc(100));
    expect(ob.arenaCount()).toBe(1);
    expect(ob.stats().ntimesArenaAllocated).toBe(1);
  });

  it('loses one pool to alignment when the arena is not 16 KiB aligned, none when it is', () => {
    const unaligned = new ObMalloc({ addressSpace: new AddressSpace() });
    unaligned.malloc(1);
    const ua = unaligned.arenaInfo(0);
    expect(ua.address % POOL_SIZE).not.toBe(0);
    expect(ua.address % 4096).toBe(0);
    expect(ua.ntotalpools).toBe(63);
    expect(ua.firstPool % POOL_SIZE).toBe(0);
    expect(unaligned.stats().arenaAlignment).toBe(POOL_SIZE);

    const aligned = new ObMalloc({ addressSpace: new AddressSpace({ mmapTop: 0x7f0000000000 }) });
    aligned.malloc(1);
    expect(aligned.arenaInfo(0)).toMatchObject({ ntotalpools: 64, address: 0x7f0000000000 - ARENA_SIZE });
    expect(aligned.stats().arenaAlignment).toBe(0);
  });

  it('address_in_range covers exactly the arenas, including the alignment pad', () => {
    const ob = new ObMalloc();
    const a = ob.malloc(8);
    const arena = ob.arenaInfo(0);
    expect(ob.owns(a)).toBe(true);
    expect(ob.owns(arena.address)).toBe(true);
    expect(ob.owns(arena.address + ARENA_SIZE - 1)).toBe(true);
    expect(ob.owns(arena.address - 1)).toBe(false);
    expect(ob.owns(arena.address + ARENA_SIZE)).toBe(false);
    expect(ob.owns(0x55d4a3c2e2a0)).toBe(false);
    expect(ob.free(0x55d4a3c2e2a0)).toBe(false);
  });

  it('rejects double frees and interior pointers', () => {
    const ob = new ObMalloc();
    const a = ob.malloc(64);
    ob.malloc(64);
    expect(() => ob.free(a + 16)).toThrow(/not an allocated block/);
    ob.free(a);
    expect(() => ob.free(a)).toThrow(/not an allocated block/);
  });

  it('realloc stays in place unless it shrinks by 25% or more, or grows past the block', () => {
    const ob = new ObMalloc();
    const a = ob.malloc(64); // block 64
    expect(ob.realloc(a, 64)).toBe(a);
    expect(ob.realloc(a, 49)).toBe(a); // 4*49 = 196 > 192
    const b = ob.realloc(a, 48); // 4*48 = 192, not > 192: moves to class 2
    expect(b).not.toBe(a);
    expect(ob.blockSize(b)).toBe(48);
    expect(ob.isAllocated(a)).toBe(false);
    const c = ob.realloc(b, 100); // grows: new block in class 6
    expect(ob.blockSize(c)).toBe(112);
    expect(ob.audit()).toEqual([]);
  });

  it('reports events in CPython order', () => {
    const log: string[] = [];
    class L extends MemoryListenerBase {
      override onMalloc(addr: number, req: number, bs: number, sz: number) {
        log.push(`malloc ${offsetIn(addr)} ${req} ${bs} ${sz}`);
      }
      override onFree(addr: number) {
        log.push(`free ${offsetIn(addr)}`);
      }
      override onResize(addr: number, req: number) {
        log.push(`resize ${offsetIn(addr)} ${req}`);
      }
      override onArenaNew() {
        log.push('arena');
      }
      override onPoolInit(_p: number, sz: number, kept: boolean) {
        log.push(`pool ${sz} ${kept}`);
      }
      override onPoolEmpty(_p: number, sz: number) {
        log.push(`empty ${sz}`);
      }
      override onPoolFull(_p: number, sz: number) {
        log.push(`full ${sz}`);
      }
    }
    const ob = new ObMalloc({ listener: new L() });
    const a = ob.malloc(10);
    ob.realloc(a, 16);
    const b = ob.realloc(a, 30);
    ob.free(b);
    expect(log).toEqual([
      'arena',
      'pool 0 false',
      'malloc 48 10 16 0',
      'resize 48 16',
      'pool 1 false',
      'malloc 48 30 32 1',
      'free 48',
      'empty 0',
      'free 48',
      'empty 1',
    ]);
  });

  it('keeps consistent under a long random malloc/free/realloc sequence (audit, seed 12345)', () => {
    const rand = rng(12345);
    const mem = new PyMem();
    const live: number[] = [];
    for (let step = 0; step < 60_000; step++) {
      const r = rand();
      // Phases: grow, drain (mostly frees, so arenas empty out and are released), then mixed.
      const growBias = step < 20_000 ? 0.65 : step < 35_000 ? 0.1 : 0.55;
      if (r < growBias || live.length === 0) {
        const size = rand() < 0.95 ? 1 + Math.floor(rand() * 512) : 513 + Math.floor(rand() * 5000);
        live.push(mem.malloc(size));
      } else if (r < 0.9) {
        const i = Math.floor(rand() * live.length);
        mem.free(live[i]!);
        live[i] = live[live.length - 1]!;
        live.pop();
      } else {
        const i = Math.floor(rand() * live.length);
        const size = rand() < 0.1 ? 0 : 1 + Math.floor(rand() * 700);
        live[i] = mem.realloc(live[i]!, size);
      }
      if (step % 5_000 === 0) expect(mem.audit()).toEqual([]);
    }
    expect(mem.audit()).toEqual([]);
    expect(new Set(live).size).toBe(live.length);
    const stats = mem.obmalloc.stats();
    expect(stats.ntimesArenaAllocated).toBeGreaterThan(stats.narenas); // some arenas were released
    let small = 0;
    for (const a of live) if (mem.isPymalloc(a)) small++;
    expect(mem.obmalloc.allocatedBlocks()).toBe(small);
    for (const a of live) mem.free(a);
    expect(mem.audit()).toEqual([]);
    expect(mem.obmalloc.allocatedBlocks()).toBe(0);
    expect(mem.obmalloc.arenaCount()).toBe(1); // the last usable arena is kept
    expect(mem.raw.liveCount()).toBe(0);
  });

  it('uses an injected arena allocator (PyObjectArenaAllocator)', () => {
    let next = 0x7e0000001000;
    const freed: number[] = [];
    const alloc: ArenaAllocator = {
      alloc: (size) => (next -= size),
      free: (address) => void freed.push(address),
    };
    const ob = new ObMalloc({ arenaAllocator: alloc });
    const a = ob.malloc(16);
    expect(ob.arenaInfo(0).address).toBe(0x7e0000001000 - ARENA_SIZE);
    expect(poolOf(a)).toBe(0x7e0000001000 - ARENA_SIZE + 0x3000);
  });

  it('is fast: 100k mallocs and frees', () => {
    const ob = new ObMalloc();
    const addrs = new Float64Array(100_000);
    const t0 = performance.now();
    for (let i = 0; i < 100_000; i++) addrs[i] = ob.malloc(1 + ((i * 37) % 512));
    const t1 = performance.now();
    for (let i = 0; i < 100_000; i++) ob.free(addrs[(i * 7919) % 100_000]!);
    const t2 = performance.now();
    console.log(
      `obmalloc: 100k malloc ${(t1 - t0).toFixed(1)} ms, 100k free ${(t2 - t1).toFixed(1)} ms, ` +
        `${ob.stats().ntimesArenaAllocated} arenas`,
    );
    expect(ob.allocatedBlocks()).toBe(0);
  });
});
