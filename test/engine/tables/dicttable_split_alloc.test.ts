/**
 * Allocations of split tables (instance dicts sharing their class's keys): while split, the table's own
 * keys are virtual (CPython keeps the keys in the class and the values in a separate array), so no keys
 * object is allocated; the `onUnsplit` hook fires once when the table gets keys of its own, after they are
 * allocated (dictresize) or after the entries are released (clear), where CPython frees the values array.
 */
import { describe, expect, it } from 'vitest';
import { DictTable, SharedKeysModel, type DictHooks } from '../../../src/engine/objects/dicttable';
import { Interner, Obj, tableHooks } from './harness';

function recordingHooks(log: string[], keys: boolean): DictHooks<Obj> {
  return {
    ...tableHooks,
    newKeys: (_o, log2) => {
      log.push(`new ${log2}`);
      return log.length;
    },
    freeKeys: (_o, _h, log2) => {
      log.push(`free ${log2}`);
    },
    onUnsplit: () => {
      log.push('unsplit');
    },
    onSplitKey: (_o, key, added) => {
      if (keys) log.push(`key ${String(key.value)} ${added ? 'added' : 'shared'}`);
    },
  };
}

function splitTable(log: string[], shared: SharedKeysModel, keys = false): DictTable<Obj, number> {
  shared.onNewInstance();
  const t = new DictTable<Obj, number>(recordingHooks(log, keys));
  t.shared = shared;
  return t;
}

describe('split table allocations', () => {
  it('attributes within the shared keys allocate nothing', () => {
    const log: string[] = [];
    const I = new Interner();
    const t = splitTable(log, new SharedKeysModel());
    for (let i = 0; i < 20; i++) t.set(I.get(`a${i}`), i);
    t.delete(I.get('a3'));
    expect(t.shared).not.toBeNull();
    expect(log).toEqual([]);
  });

  it('a new name is taken by the shared keys; a name they hold already is not owned by the entry', () => {
    const shared = new SharedKeysModel();
    const I = new Interner();
    const log: string[] = [];
    const a = splitTable(log, shared, true);
    a.set(I.get('x'), 1);
    a.set(I.get('x'), 2); // replacing a value adds no key
    const b = splitTable(log, shared, true);
    b.set(I.get('y'), 1);
    b.set(I.get('x'), 1);
    expect(log).toEqual(['key x added', 'key y added', 'key x shared']);
    expect(shared.names).toEqual(['x', 'y']);
    expect(shared.keys.length).toBe(2);
  });

  it('clear() releases split entries in shared-key order without their keys', () => {
    const shared = new SharedKeysModel();
    const I = new Interner();
    const a = splitTable([], shared);
    a.set(I.get('p'), 1);
    a.set(I.get('q'), 2);
    const b = splitTable([], shared);
    b.set(I.get('q'), 3);
    b.set(I.get('p'), 4);
    const seen: string[] = [];
    b.clear((k, v, owns) => seen.push(`${String(k.value)}=${v} ${owns}`));
    expect(seen).toEqual(['p=4 false', 'q=3 false']);
  });

  it('full shared keys: a combined keys object, then the values are released', () => {
    const log: string[] = [];
    const I = new Interner();
    const t = splitTable(log, new SharedKeysModel());
    for (let i = 0; i < 31; i++) t.set(I.get(`a${i}`), i);
    expect(t.shared).toBeNull();
    // 29 of the shared slots are usable after the instance took one; the 30th name resizes to 2**7
    expect(log).toEqual(['new 7', 'unsplit']);
    expect(t.sizeOf()).toBe(1584);
  });

  it('a non-str key makes the table combined (general keys)', () => {
    const log: string[] = [];
    const I = new Interner();
    const t = splitTable(log, new SharedKeysModel());
    t.set(I.get('x'), 1);
    t.set(new Obj('int', 5), 2);
    expect(log).toEqual(['new 4', 'unsplit']); // insertion_resize: calculate_log2_keysize(used * 3)
  });

  it('clear() releases the values unless they are embedded (3.13 instance values)', () => {
    const I = new Interner();
    const log: string[] = [];
    const t = splitTable(log, new SharedKeysModel());
    t.set(I.get('x'), 1);
    t.clear();
    expect(log).toEqual(['unsplit']);
    const log2: string[] = [];
    const e = splitTable(log2, new SharedKeysModel());
    e.clearKeepsSplit = true;
    e.set(I.get('x'), 1);
    e.clear();
    expect(e.shared).not.toBeNull();
    expect(log2).toEqual([]);
  });

  it('popitem() resizes to the shared keys size first', () => {
    const I = new Interner();
    const log: string[] = [];
    const t = splitTable(log, new SharedKeysModel());
    t.set(I.get('x'), 1);
    t.set(I.get('y'), 2);
    t.popitem();
    expect(log).toEqual(['new 6', 'unsplit']);
  });
});
