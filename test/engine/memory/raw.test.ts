import { describe, expect, it } from 'vitest';
import { AddressSpace, DEFAULT_HEAP_START, PAGE_SIZE, RawMalloc, request2size } from '../../../src/engine/memory';

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

describe('raw allocator (glibc-like)', () => {
  it('uses glibc chunk sizes', () => {
    expect(request2size(0)).toBe(32);
    expect(request2size(24)).toBe(32);
    expect(request2size(25)).toBe(48);
    expect(request2size(1000)).toBe(1008);
    expect(request2size(990)).toBe(1008);
  });

  it('lays out fresh chunks like glibc (measured: malloc(1000) results 1008 apart)', () => {
    const raw = new RawMalloc();
    const a = raw.malloc(1000);
    const b = raw.malloc(1000);
    expect(a).toBe(DEFAULT_HEAP_START + 0x2a0); // after the tcache_perthread_struct chunk
    expect(a % 16).toBe(0);
    expect(b - a).toBe(1008);
    expect(raw.usableSize(a)).toBe(1000);
    expect(raw.stats()).toMatchObject({ liveCount: 2, liveBytes: 2000, heapBytes: 0x21000 });
  });

  it('reuses a freed chunk of the same size class first (tcache, measured)', () => {
    const raw = new RawMalloc();
    raw.malloc(1000);
    const b = raw.malloc(1000);
    raw.malloc(600);
    raw.free(b);
    const d = raw.malloc(1000);
    expect(d).toBe(b);
    raw.free(d);
    expect(raw.malloc(990)).toBe(b);
  });

  it('serves big requests with mmap and raises the threshold when one is freed (measured)', () => {
    const space = new AddressSpace();
    const raw = new RawMalloc({ addressSpace: space });
    raw.malloc(10);
    const big = raw.malloc(200_000);
    expect(raw.isMmapped(big)).toBe(true);
    expect(big % PAGE_SIZE).toBe(16);
    expect(big).toBeGreaterThan(0x7f0000000000);
    raw.free(big);
    expect(raw.stats().mmapThreshold).toBe(200_704);
    const big2 = raw.malloc(200_000);
    expect(raw.isMmapped(big2)).toBe(false);
    expect(big2).toBeLessThan(0x560000000000);
    const big3 = raw.malloc(300_000);
    expect(raw.isMmapped(big3)).toBe(true);
    expect(raw.audit()).toEqual([]);
  });

  it('coalesces free neighbours and best-fits into them', () => {
    const raw = new RawMalloc();
    const xs = Array.from({ length: 6 }, () => raw.malloc(2000)); // 2016-byte chunks, past tcache
    raw.free(xs[2]!);
    raw.free(xs[3]!);
    expect(raw.audit()).toEqual([]);
    const y = raw.malloc(3900); // fits in the 4032-byte coalesced chunk
    expect(y).toBe(xs[2]);
    const z = raw.malloc(50); // the 112-byte remainder right after it
    expect(z).toBe(xs[2]! + request2size(3900));
    expect(raw.audit()).toEqual([]);
  });

  it('returns a chunk next to the top into the top', () => {
    const raw = new RawMalloc();
    raw.malloc(100);
    const a = raw.malloc(5000);
    raw.free(a);
    expect(raw.malloc(7000)).toBe(a);
  });

  it('reallocs in place when shrinking or growing into the top, else moves', () => {
    const raw = new RawMalloc();
    const a = raw.malloc(3000);
    expect(raw.realloc(a, 6000)).toBe(a); // next to the top chunk
    expect(raw.realloc(a, 2000)).toBe(a); // the 4032-byte tail is freed (past tcache: into top)
    expect(raw.realloc(a, 2900)).toBe(a); // and taken back from the top
    raw.malloc(10);
    const moved = raw.realloc(a, 9000);
    expect(moved).not.toBe(a);
    expect(raw.sizeOf(moved)).toBe(9000);
    expect(raw.sizeOf(a)).toBeUndefined();
    expect(raw.realloc(moved, 0)).toBe(0);
    expect(raw.audit()).toEqual([]);
  });

  it('reallocs mmapped chunks with mremap', () => {
    const raw = new RawMalloc();
    const a = raw.malloc(500_000);
    expect(raw.realloc(a, 400_000)).toBe(a);
    const b = raw.realloc(a, 900_000);
    expect(raw.isMmapped(b)).toBe(true);
    expect(raw.usableSize(b)).toBeGreaterThanOrEqual(900_000);
  });

  it('rejects invalid frees', () => {
    const raw = new RawMalloc();
    const a = raw.malloc(100);
    raw.free(a);
    expect(() => raw.free(a)).toThrow(/invalid pointer/);
    raw.free(0);
  });

  it('stays consistent under random operations (seed 7)', () => {
    const rand = rng(7);
    const raw = new RawMalloc();
    const live: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const r = rand();
      if (r < 0.5 || live.length === 0) {
        const size = rand() < 0.98 ? Math.floor(rand() * 4000) : 100_000 + Math.floor(rand() * 300_000);
        live.push(raw.malloc(size));
      } else if (r < 0.85) {
        const k = Math.floor(rand() * live.length);
        raw.free(live[k]!);
        live[k] = live[live.length - 1]!;
        live.pop();
      } else {
        const k = Math.floor(rand() * live.length);
        live[k] = raw.realloc(live[k]!, 1 + Math.floor(rand() * 6000));
      }
      if (i % 2000 === 0) expect(raw.audit()).toEqual([]);
    }
    expect(new Set(live).size).toBe(live.length);
    for (const a of live) raw.free(a);
    expect(raw.audit()).toEqual([]);
    expect(raw.stats()).toMatchObject({ liveCount: 0, liveBytes: 0, mmappedBytes: 0 });
  });
});

describe('address space', () => {
  it('maps top-down, page aligned, and refills holes', () => {
    const space = new AddressSpace({ mmapTop: 0x7f0000010000 });
    const a = space.mmap(1 << 20);
    const b = space.mmap(5000);
    const c = space.mmap(1 << 20);
    expect(a).toBe(0x7f0000010000 - (1 << 20));
    expect(b).toBe(a - 8192);
    expect(c).toBe(b - (1 << 20));
    space.munmap(a, 1 << 20);
    expect(space.mmap(4096)).toBe(0x7f0000010000 - 4096); // highest gap that fits
    expect(space.mmap(1 << 20)).toBe(c - (1 << 20)); // the remaining hole is too small
    expect(space.isMapped(b + 100)).toBe(true);
    expect(space.isMapped(a)).toBe(false);
  });

  it('mremap shrinks in place, grows in place when free above, else moves', () => {
    const space = new AddressSpace({ mmapTop: 0x7f0000100000 });
    const a = space.mmap(8192);
    expect(space.mremap(a, 8192, 4096)).toBe(a);
    expect(space.mremap(a, 4096, 8192)).toBe(a); // the page above is free again
    const b = space.mmap(4096);
    const moved = space.mremap(b, 4096, 65536);
    expect(moved).not.toBe(b);
    expect(space.mappingCount()).toBe(2);
  });

  it('grows and trims the program break', () => {
    const space = new AddressSpace();
    expect(space.brk()).toBe(space.heapStart);
    space.sbrk(0x21000);
    expect(space.brk()).toBe(space.heapStart + 0x21000);
    space.sbrk(-0x1000);
    expect(space.brk()).toBe(space.heapStart + 0x20000);
  });
});
