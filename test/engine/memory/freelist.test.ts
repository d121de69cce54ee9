import { describe, expect, it } from 'vitest';
import { FREELIST_LIMITS, FreeList, PyMem, freeListStatLayout } from '../../../src/engine/memory';

describe('FreeList', () => {
  it('is a bounded LIFO', () => {
    const fl = new FreeList<number>(3);
    expect(fl.pop()).toBeUndefined();
    expect([fl.push(1), fl.push(2), fl.push(3), fl.push(4)]).toEqual([true, true, true, false]);
    expect(fl.size).toBe(3);
    expect(fl.peek()).toBe(3);
    expect(fl.pop()).toBe(3);
    expect(fl.push(5)).toBe(true);
    expect(fl.toArray()).toEqual([1, 2, 5]);
  });

  it('clear() releases most recent first', () => {
    const fl = new FreeList<string>(10);
    fl.push('a');
    fl.push('b');
    const out: string[] = [];
    fl.clear((x) => out.push(x));
    expect(out).toEqual(['b', 'a']);
    expect(fl.size).toBe(0);
    fl.push('c');
    fl.clear();
    expect(fl.size).toBe(0);
  });

  it('gives id([]) == id([]) on top of pymalloc', () => {
    const mem = new PyMem();
    const lists = new FreeList<number>(FREELIST_LIMITS['3.12'].list);
    const alloc = () => lists.pop() ?? mem.malloc(56);
    const dealloc = (a: number) => {
      if (!lists.push(a)) mem.free(a);
    };
    const a = alloc();
    dealloc(a);
    expect(alloc()).toBe(a);
  });

  it('has the measured limits and stats layout per version', () => {
    for (const v of ['3.11', '3.12', '3.13'] as const) {
      expect(FREELIST_LIMITS[v]).toMatchObject({ float: 100, list: 80, dict: 80, tuple: 2000, tupleMaxSaveSize: 20 });
    }
    expect(freeListStatLayout('3.12').map((l) => l.kind).slice(0, 4)).toEqual(['dict', 'float', 'list', 'tuple']);
    expect(freeListStatLayout('3.13').map((l) => l.kind).slice(0, 5)).toEqual(['dict', 'dictkeys', 'float', 'list', 'tuple']);
    expect(freeListStatLayout('3.11')).toHaveLength(23);
    expect(freeListStatLayout('3.13')).toHaveLength(24);
  });
});
