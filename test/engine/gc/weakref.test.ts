/**
 * weakref.ref / proxy and their interplay with deallocation and the collector. Expectations measured on
 * CPython 3.11.7, 3.12.1, 3.13.0 (identical unless noted) with the Python quoted in each test.
 */
import { describe, expect, it } from 'vitest';
import { makeHarness, decref, pyFunc, type Harness } from './harness';
import { None } from '../../../src/engine/objects/singletons';
import {
  newWeakref, newProxy, getWeakrefs, getWeakrefCount, weakrefReprString, proxyReprString, WEAKREF_TYPES,
  supportsWeakrefs, type WeakrefObject,
} from '../../../src/engine/objects/weakref';
import { PyErr, type PyObject } from '../../../src/engine/objects/object';
import { T } from '../../../src/engine/objects/types';
import { E } from '../../../src/engine/objects/exceptions';

const VERSIONS = ['3.11', '3.12', '3.13'] as const;

function cb(h: Harness, name: string, extra?: () => void): PyObject {
  return pyFunc(() => {
    h.log.push(`cb ${name}`);
    extra?.();
  });
}

describe.each(VERSIONS)('weakref on %s', (v) => {
  it('list order and callback order at deallocation', () => {
    // o2 = C(); a = ref(o2, cb_a); b = ref(o2, cb_b); plain = ref(o2); c = ref(o2, cb_c);
    // pr = proxy(o2, cb_proxy); pp = proxy(o2)
    // getweakrefs(o2) == [plain, pp, pr, c, b, a]; del o2 → "cb proxy, cb c, cb b, cb a"
    const h = makeHarness(v);
    const o = h.node(h.C, 'o');
    const a = newWeakref(o, cb(h, 'a'));
    const b = newWeakref(o, cb(h, 'b'));
    const plain = newWeakref(o, null);
    const c = newWeakref(o, cb(h, 'c'));
    const pr = newProxy(o, cb(h, 'proxy'));
    const pp = newProxy(o, null);
    expect(getWeakrefs(o)).toEqual([plain, pp, pr, c, b, a]);
    expect(getWeakrefCount(o)).toBe(6);
    // weakref.ref(o) is weakref.ref(o); weakref.ref(o, cb) is not; proxy(o) reused likewise
    const again = newWeakref(o, null);
    expect(again).toBe(plain);
    decref(again);
    const again2 = newProxy(o, None);
    expect(again2).toBe(pp);
    decref(again2);
    expect(pp.ob_type).toBe(WEAKREF_TYPES.proxy);
    decref(o);
    expect(h.log.filter((l) => l.startsWith('cb'))).toEqual(['cb proxy', 'cb c', 'cb b', 'cb a']);
    for (const w of [a, b, plain, c, pr, pp]) expect(w.wr_object).toBeNull();
    expect(getWeakrefCount(o)).toBe(0);
  });

  it('a single weakref with a callback is called directly', () => {
    const h = makeHarness(v);
    const o = h.node(h.C, 'o');
    const w = newWeakref(o, cb(h, 'only'));
    decref(o);
    expect(h.log).toContain('cb only');
    expect(w.wr_callback).toBeNull();
  });

  it('repr', () => {
    // <weakref at R; to 'C' at O>, dead: <weakref at A; dead>
    // proxy: 3.11/3.12 "<weakproxy at P to C at O>", 3.13 "<weakproxy at P; to 'C' at O>"
    const h = makeHarness(v);
    const o = h.node(h.C, 'o');
    const w = newWeakref(o, null);
    const p = newProxy(o, null);
    const hx = (x: PyObject) => '0x' + x.addr.toString(16);
    expect(weakrefReprString(w)).toBe(`<weakref at ${hx(w)}; to 'C' at ${hx(o)}>`);
    expect(proxyReprString(p, v)).toBe(
      v === '3.13' ? `<weakproxy at ${hx(p)}; to 'C' at ${hx(o)}>` : `<weakproxy at ${hx(p)} to C at ${hx(o)}>`,
    );
    decref(o);
    expect(weakrefReprString(w)).toBe(`<weakref at ${hx(w)}; dead>`);
  });

  it('which types support weak references', () => {
    // measured: list, dict, tuple, int, object → "cannot create weak reference to 'list' object";
    // set, function, type, module, generator OK; class instances OK; __slots__ = () not; class I(int) not
    for (const tp of [T.list, T.dict, T.tuple, T.int, T.str, T.object, T.float]) expect(supportsWeakrefs(tp)).toBe(false);
    for (const tp of [T.set, T.frozenset, T.function, T.type, T.module, T.generator]) expect(supportsWeakrefs(tp)).toBe(true);
    const h = makeHarness(v);
    expect(supportsWeakrefs(h.C)).toBe(true);
    const L = h.node(h.L, 'l');
    let err: unknown = null;
    try {
      newWeakref(L, null);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PyErr);
    expect((err as PyErr).exc.ob_type).toBe(E.TypeError);
  });

  it('sizes: sys.getsizeof(weakref.ref(o)) == 80 on every version', () => {
    const h = makeHarness(v);
    expect(WEAKREF_TYPES.ref.tp_basicsize + (h.gc.profile.sizes.gcHead)).toBe(80);
  });
});

describe.each(VERSIONS)('weakrefs and the collector on %s', (v) => {
  it('reachable weakrefs to cyclic garbage get their callbacks, in list order', () => {
    // x, y cycle; return [ref(x, cb x), ref(y, cb y)]; gc.collect() prints "gccb x, gccb y" and returns 2
    const h = makeHarness(v);
    const [x, y] = [h.node(h.C, 'x'), h.node(h.C, 'y')];
    h.link(x, y);
    h.link(y, x);
    const wx = newWeakref(x, cb(h, 'x'));
    const wy = newWeakref(y, cb(h, 'y'));
    decref(x);
    decref(y);
    const events: { weakrefCallbacks: number }[] = [];
    h.gc.listener = (e) => events.push(e);
    expect(h.gc.collect()).toBe(2);
    expect(h.log.filter((l) => l.startsWith('cb'))).toEqual(['cb x', 'cb y']);
    expect(events[0].weakrefCallbacks).toBe(2);
    expect(wx.wr_object).toBeNull();
    expect(wy.wr_object).toBeNull();
    // the weakrefs survived and moved to the old generation
    expect(h.gc.isTracked(wx)).toBe(true);
  });

  it('a weakref inside the garbage never calls its callback', () => {
    // x, y cycle; x.w = ref(y, cb) → gc.collect() == 4 in CPython (x, y, the weakref, the lambda); the
    // harness callback is not a GC object, so 3 here; "never" is not printed
    const h = makeHarness(v);
    const [x, y] = [h.node(h.C, 'x'), h.node(h.C, 'y')];
    h.link(x, y);
    h.link(y, x);
    const w = newWeakref(y, cb(h, 'never'));
    h.link(x, w);
    decref(w);
    decref(x);
    decref(y);
    expect(h.gc.collect()).toBe(3);
    expect(h.log.filter((l) => l.startsWith('cb'))).toEqual([]);
  });

  it('a reachable weakref freed by its own callback counts as collected', () => {
    // keep = []; x, y cycle; keep.append(ref(y, lambda w: (print('cb4y'), keep.clear())))
    // → "cb4y", gc.collect() == 3 (x, y and the freed weakref)
    const h = makeHarness(v);
    const [x, y] = [h.node(h.C, 'x'), h.node(h.C, 'y')];
    h.link(x, y);
    h.link(y, x);
    let w: WeakrefObject | null = null;
    w = newWeakref(
      y,
      cb(h, 'y', () => {
        const ww = w!;
        w = null;
        decref(ww);
      }),
    );
    decref(x);
    decref(y);
    expect(h.gc.collect()).toBe(3);
    expect(h.log.filter((l) => l.startsWith('cb'))).toEqual(['cb y']);
  });

  it('callbacks run before finalizers; three-cycle callbacks in unreachable order', () => {
    // objs = [N(i) for i in range(3)] in a cycle, weakrefs with callbacks → "cb7 0, cb7 1, cb7 2", 3
    const h = makeHarness(v);
    const ns = [0, 1, 2].map((i) => h.node(h.D, `n${i}`));
    for (let i = 0; i < 3; i++) h.link(ns[i], ns[(i + 1) % 3]);
    const ws = ns.map((n, i) => newWeakref(n, cb(h, String(i))));
    for (const n of ns) decref(n);
    expect(h.gc.collect()).toBe(3);
    expect(h.log.filter((l) => l.startsWith('cb') || l.startsWith('del'))).toEqual([
      'cb 0', 'cb 1', 'cb 2', 'del n0', 'del n1', 'del n2',
    ]);
    expect(ws.every((w) => w.wr_object === null)).toBe(true);
  });
});
