import { describe, expect, it } from 'vitest';
import { MemoryListenerBase, ObMalloc, PyMem, RAW_SZIDX } from '../../../src/engine/memory';

const isHeap = (a: number) => a >= 0x550000000000 && a < 0x570000000000;

describe('PyObject_Malloc routing', () => {
  it('sends 1..512 to pymalloc and 0 or > 512 to the raw allocator', () => {
    const mem = new PyMem();
    const small = mem.malloc(512);
    const big = mem.malloc(513);
    const zero = mem.malloc(0);
    expect(mem.isPymalloc(small)).toBe(true);
    expect(mem.isPymalloc(big)).toBe(false);
    expect(isHeap(big)).toBe(true);
    expect(mem.isPymalloc(zero)).toBe(false);
    expect(mem.raw.sizeOf(zero)).toBe(1); // _PyMem_RawMalloc turns 0 into 1
    expect(mem.blockSize(small)).toBe(512);
    expect(mem.blockSize(big)).toBe(520);
    expect(mem.allocatedBlocks()).toBe(3);
    mem.free(big);
    mem.free(zero);
    mem.free(small);
    mem.free(0);
    expect(mem.allocatedBlocks()).toBe(0);
    expect(mem.audit()).toEqual([]);
  });

  it('does not count PyMem_RawMalloc blocks in sys.getallocatedblocks()', () => {
    const mem = new PyMem();
    const r = mem.rawMalloc(100);
    expect(mem.isPymalloc(r)).toBe(false);
    expect(mem.allocatedBlocks()).toBe(0);
    mem.rawFree(r);
  });

  it('realloc moves a pymalloc block to raw past 512 and on 0; raw blocks stay raw', () => {
    const mem = new PyMem();
    const a = mem.malloc(400);
    const b = mem.realloc(a, 600);
    expect(mem.isPymalloc(b)).toBe(false);
    expect(mem.allocatedBlocks()).toBe(1);
    const c = mem.realloc(b, 10); // PyMem_RawRealloc: stays with libc
    expect(mem.isPymalloc(c)).toBe(false);
    expect(mem.allocatedBlocks()).toBe(1);
    mem.free(c);
    const d = mem.malloc(40);
    const e = mem.realloc(d, 0); // 4*0 > 3*48 fails: malloc(0) goes raw
    expect(mem.isPymalloc(e)).toBe(false);
    expect(mem.realloc(0, 30)).toBeGreaterThan(0x7f0000000000);
    expect(mem.audit()).toEqual([]);
  });

  it('emits raw events with RAW_SZIDX and moved reallocs as malloc then free', () => {
    const log: string[] = [];
    class L extends MemoryListenerBase {
      override onMalloc(_a: number, req: number, bs: number, sz: number) {
        log.push(`malloc ${req} ${bs} ${sz}`);
      }
      override onFree(_a: number, bs: number, sz: number) {
        log.push(`free ${bs} ${sz}`);
      }
    }
    const mem = new PyMem({ listener: new L() });
    const a = mem.malloc(500);
    mem.realloc(a, 1000);
    expect(log).toEqual(['malloc 500 512 31', `malloc 1000 1000 ${RAW_SZIDX}`, 'free 512 31']);
  });

  it('shares one address space: arenas in the mmap area, raw blocks in the brk heap', () => {
    const mem = new PyMem();
    const a = mem.malloc(100);
    const r = mem.malloc(5000);
    expect(a).toBeGreaterThan(0x7f0000000000);
    expect(isHeap(r)).toBe(true);
    expect(mem.space.isMapped(a)).toBe(true);
  });
});

describe('audit() catches corruption', () => {
  it('reports a wrong ref.count and a block both free and in use', () => {
    const ob = new ObMalloc();
    const a = ob.malloc(32);
    ob.malloc(32);
    expect(ob.audit()).toEqual([]);
    const internals = ob as unknown as { poolCount: Int32Array; blockUsed: Uint8Array; poolFreeblock: Int32Array };
    internals.poolCount[32]! += 1; // first real pool id
    expect(ob.audit().some((e) => e.includes('ref.count'))).toBe(true);
    internals.poolCount[32]! -= 1;
    expect(ob.audit()).toEqual([]);
    const off = internals.poolFreeblock[32]!;
    internals.blockUsed[32 * 1024 + (off >> 4)] = 1;
    expect(ob.audit().some((e) => e.includes('both free and in use'))).toBe(true);
    void a;
  });
});
