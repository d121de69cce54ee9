/**
 * How object addresses are stored (objects/object.ts `encodeAddr`): `PyObject.addr` (id()) and the buffer
 * addresses of lists and dicts are kept as codes that are V8 small integers (an address itself, above 2^46,
 * would make V8 box the field of every object of the class). Every address must come back exact, including
 * those whose code is no small integer.
 */
import { describe, expect, it } from 'vitest';
import { runSource } from '../../../src/engine/index';
import { AddressSpace, DEFAULT_HEAP_START, DEFAULT_MMAP_TOP } from '../../../src/engine/memory/address';
import { PyObject, decodeAddr, encodeAddr, useAddressSpace } from '../../../src/engine/objects/object';
import { ListObject } from '../../../src/engine/objects/sequences';
import { None, SMALL_INTS } from '../../../src/engine/objects/singletons';
import { T } from '../../../src/engine/objects/types';

/** The largest V8 small integer on every V8 build (31 bits with pointer compression, as in Electron). */
const SMI_MAX = 2 ** 30 - 1;
const GiB = 2 ** 30;

function isSmallInt(n: number): boolean {
  return Number.isInteger(n) && n >= -SMI_MAX - 1 && n <= SMI_MAX;
}

describe('address storage', () => {
  it('round-trips the addresses of every region', () => {
    const addrs = [
      None.addr,
      SMALL_INTS[5].addr,
      DEFAULT_HEAP_START,
      DEFAULT_HEAP_START + 0x2a0,
      DEFAULT_HEAP_START + 15 * GiB,
      DEFAULT_MMAP_TOP - 0x1000,
      DEFAULT_MMAP_TOP - 0x100000 + 0x30,
      DEFAULT_MMAP_TOP - 15 * GiB,
    ];
    for (const a of addrs) {
      const n = encodeAddr(a);
      expect(isSmallInt(n)).toBe(true);
      expect(decodeAddr(n)).toBe(a);
    }
    expect(decodeAddr(0)).toBe(0);
  });

  it('stays exact past the small-integer range (far from both bases, or not 16-byte aligned)', () => {
    for (const a of [DEFAULT_HEAP_START + 40 * GiB, DEFAULT_MMAP_TOP - 40 * GiB, DEFAULT_MMAP_TOP - 2 ** 44, DEFAULT_HEAP_START + 8, DEFAULT_MMAP_TOP - 24]) {
      const n = encodeAddr(a);
      expect(n).not.toBe(0);
      expect(decodeAddr(n)).toBe(a);
    }
  });

  it('refuses an address space whose brk heap starts below the static objects', () => {
    expect(() => useAddressSpace(new AddressSpace({ heapStart: 0x10000000 }))).toThrow(RangeError);
    const top = DEFAULT_MMAP_TOP - 2 ** 36;
    useAddressSpace(new AddressSpace({ mmapTop: top }));
    try {
      for (const a of [top - 0x1000 + 0x10, DEFAULT_HEAP_START + 0x2a0]) {
        expect(isSmallInt(encodeAddr(a))).toBe(true);
        expect(decodeAddr(encodeAddr(a))).toBe(a);
      }
    } finally {
      useAddressSpace(new AddressSpace());
    }
  });

  it('objects keep small-integer codes behind addr and itemsAddr', () => {
    const o = new PyObject(T.object);
    expect(o.addr).toBe(0);
    o.addr = DEFAULT_MMAP_TOP - 0x3000 + 0x10;
    expect(o.addr).toBe(DEFAULT_MMAP_TOP - 0x3000 + 0x10);
    expect(isSmallInt(o.addrCode)).toBe(true);
    const l = new ListObject();
    expect(l.itemsAddr).toBe(0);
    l.itemsAddr = DEFAULT_HEAP_START + 0x4a0;
    expect(l.itemsAddr).toBe(DEFAULT_HEAP_START + 0x4a0);
    expect(isSmallInt(l.itemsCode)).toBe(true);
    l.itemsAddr = 0;
    expect(l.itemsCode).toBe(0);
    expect(l.itemsAddr).toBe(0);
  });

  it('id() gives the simulated addresses', () => {
    const out = runSource(
      ['a = object()', 'b = [1, 2, 3]', 'c = "x" * 2000', 'print(hex(id(a)), hex(id(b)), id(c) > 0x55d4a3c2e000, id(c) < 0x7f3c9a5e7000, id(a) == id(a))'].join('\n'),
      { version: '3.12', filename: 'a.py' },
    ).stdout;
    const [ia, ib, ...rest] = out.trim().split(' ');
    for (const h of [ia, ib]) {
      const v = Number(h);
      expect(v % 16).toBe(0);
      expect(v).toBeLessThan(DEFAULT_MMAP_TOP);
      expect(v).toBeGreaterThan(DEFAULT_MMAP_TOP - GiB);
    }
    expect(rest).toEqual(['True', 'True', 'True']);
  });
});
