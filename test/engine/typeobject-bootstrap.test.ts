/**
 * The static type bootstrap's start-up shortcuts (issue #8) must build what the generic paths build: the
 * single-base MRO fast path gives the C3 merge's result, every static type inherits exactly its base's set
 * slots, and the slot wrappers still check their argument counts.
 */
import { describe, expect, it } from 'vitest';
import { bootstrap, runProgram } from '../../src/engine/vm/interp';
import { allStaticTypes, mroC3 } from '../../src/engine/objects/typeobject';
import { PyType } from '../../src/engine/objects/object';
import { T } from '../../src/engine/objects/types';

/** The C3 linearization written out in full (no fast path), as the reference. */
function c3(type: PyType, bases: PyType[]): PyType[] {
  const seqs = [...bases.map((b) => b.tp_mro.slice()), bases.slice()];
  const out = [type];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    const cand = live.map((s) => s[0]).find((h) => !live.some((s) => s.indexOf(h) > 0));
    if (cand === undefined) throw new Error('inconsistent MRO');
    out.push(cand);
    for (const s of live) if (s[0] === cand) s.shift();
  }
}

describe('static type bootstrap', () => {
  bootstrap();

  it('every static type has the C3 MRO of its bases', () => {
    for (const tp of allStaticTypes()) {
      if (tp === T.object) continue;
      expect(tp.tp_mro.map((t) => t.tp_name), tp.tp_name).toEqual(c3(tp, tp.tp_bases).map((t) => t.tp_name));
    }
  });

  it('mroC3 with one base and with several bases agrees with the full merge', () => {
    const one = new PyType(T.type, 'One');
    expect(mroC3(one, [T.bool])).toEqual(c3(one, [T.bool]));
    expect(mroC3(one, [T.bool]).map((t) => t.tp_name)).toEqual(['One', 'bool', 'int', 'object']);
    const two = new PyType(T.type, 'Two');
    expect(mroC3(two, [T.int, T.str])).toEqual(c3(two, [T.int, T.str]));
  });

  it('a static type holds every function slot its base has set (own or inherited)', () => {
    const slot = /^(tp|nb|sq|mp)_/;
    for (const tp of allStaticTypes()) {
      const base = tp.tp_base as any;
      if (base === null) continue;
      const t = tp as any;
      for (const key of Object.keys(base)) {
        if (!slot.test(key) || typeof base[key] !== 'function') continue;
        // (a static type that overrides tp_richcompare without tp_hash keeps tp_hash unset: inherit_slots)
        if (key === 'tp_hash' && t.tp_hash === null) continue;
        expect(typeof t[key], `${tp.tp_name}.${key}`).toBe('function');
      }
    }
  });

  it('slot wrappers and plain method descriptors keep their argument checks', () => {
    const r = runProgram(
      [
        'for f, a in [(int.__add__, (1,)), (int.__neg__, (1, 2)), (int.__lt__, (1,)), (str.__len__, ("ab",))]:',
        '    try:',
        '        print(f(*a))',
        '    except TypeError as e:',
        '        print(e)',
        'print(int.__lt__(1, 2), (5).__radd__(2), int.bit_length(255), int.from_bytes(b"\\x01", "big"))',
      ].join('\n'),
      { version: '3.12', filename: 't.py' },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      ['expected 1 argument, got 0', 'expected 0 arguments, got 1', 'expected 1 argument, got 0', '2', 'True 7 8 1', ''].join('\n'),
    );
  });
});
