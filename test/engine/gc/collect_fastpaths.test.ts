/**
 * The collector's shortcuts must not change what a collection does:
 *  - when no Python code ran after move_unreachable (no finalizer, no weakref callback), the unreachable list
 *    is final as it is (handle_resurrected_objects would find the same objects in the same order);
 *  - when no object has a finalizer left to call, finalize_garbage leaves the list as it is.
 * Each test runs the same object graph twice, once where the full path runs (classes with __del__, which
 * resurrect nothing) and once where the shortcut applies, and compares the tp_clear / free order, the
 * collection's numbers and the generations afterwards.
 */
import { describe, expect, it } from 'vitest';
import { makeHarness, type Harness, type Node, decref } from './harness';
import type { GCCollectionEvent } from '../../../src/engine/memory/gc';

const VERSIONS = ['3.11', '3.12', '3.13'] as const;

interface Outcome {
  frees: string[];
  result: number;
  event: GCCollectionEvent;
  survivorGenerations: number[];
}

/**
 * Two cycles (a → b → c → a, and d ↔ e with f hanging off e) plus a survivor s that one of them points at,
 * all of the class `pick(name)` gives; collect, and report what happened.
 */
function run(v: (typeof VERSIONS)[number], pick: (h: Harness, name: string) => Harness['C']): Outcome {
  const h = makeHarness(v);
  const names = ['a', 'b', 'c', 'd', 'e', 'f', 's'];
  const n: Record<string, Node> = {};
  for (const name of names) n[name] = h.node(pick(h, name), name);
  const links: [string, string][] = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'e'], ['e', 'd'], ['e', 'f'], ['b', 's']];
  for (const [x, y] of links) h.link(n[x], n[y]);
  // keep only s
  for (const name of names) if (name !== 's') decref(n[name]);
  const events: GCCollectionEvent[] = [];
  h.gc.listener = (e) => events.push(e);
  const result = h.gc.collect();
  return {
    frees: h.log.filter((l) => l.startsWith('free')),
    result,
    event: events[0],
    survivorGenerations: [h.gc.generationOf(n.s)],
  };
}

describe.each(VERSIONS)('collection shortcuts on %s', (v) => {
  it('without finalizers the unreachable list is final as move_unreachable left it', () => {
    const full = run(v, (h) => h.D);
    const short = run(v, (h) => h.C);
    expect(full.event.finalizersRun).toBe(6);
    expect(short.event.finalizersRun).toBe(0);
    expect(short.frees).toEqual(full.frees);
    expect(short.result).toBe(full.result);
    expect(short.result).toBe(6);
    expect(short.survivorGenerations).toEqual(full.survivorGenerations);
    for (const k of ['unreachableFound', 'collected', 'uncollectable', 'resurrected', 'promoted'] as const) {
      expect(short.event[k], k).toBe(full.event[k]);
    }
    expect(short.event.resurrected).toBe(0);
  });

  it('finalizers of some objects only: each runs once, in list order, and the frees keep their order', () => {
    const full = run(v, (h) => h.D);
    const mixed = run(v, (h, name) => (name === 'b' || name === 'e' ? h.D : h.C));
    expect(mixed.event.finalizersRun).toBe(2);
    expect(mixed.frees).toEqual(full.frees);
    expect(mixed.result).toBe(full.result);
  });

  it('objects already finalized (PEP 442) do not take the finalizer path again', () => {
    // a resurrecting __del__ keeps a and b; once released, the next collection finds them finalized
    const h = makeHarness(v);
    const keep = h.node(h.C, 'keep');
    h.onDel = (x) => h.link(keep, x);
    const a = h.node(h.D, 'a');
    const b = h.node(h.D, 'b');
    h.link(a, b);
    h.link(b, a);
    decref(a);
    decref(b);
    const events: GCCollectionEvent[] = [];
    h.gc.listener = (e) => events.push(e);
    expect(h.gc.collect()).toBe(0);
    expect(events[0]).toMatchObject({ finalizersRun: 2, resurrected: 2 });
    const held = keep.attrs;
    keep.attrs = [];
    for (const x of held) decref(x!);
    h.log.length = 0;
    expect(h.gc.collect()).toBe(2);
    expect(events[1]).toMatchObject({ finalizersRun: 0, resurrected: 0, collected: 2 });
    expect(h.log.filter((l) => l.startsWith('del'))).toEqual([]);
    expect(h.log.filter((l) => l.startsWith('free'))).toEqual(['free b', 'free a']);
  });
});
