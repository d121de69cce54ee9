/**
 * How reference counts are stored (objects/object.ts `IMMORTAL_REFCNT_STORED`): an immortal object's count,
 * 2^32 - 1 in CPython 3.12+, is kept as 2^30 - 1 so that every value ever written to `ob_refcnt` is a V8 small
 * integer (one larger value makes V8 box ob_refcnt of every object of the class). What Python code and the
 * trace see is CPython's count.
 */
import { describe, expect, it } from 'vitest';
import { runSource } from '../../../src/engine/index';
import { IMMORTAL_REFCNT, IMMORTAL_REFCNT_STORED, PyObject, refcount, setRefcount } from '../../../src/engine/objects/object';
import { EMPTY_TUPLE } from '../../../src/engine/objects/sequences';
import { None, SMALL_INTS, True } from '../../../src/engine/objects/singletons';
import { ID } from '../../../src/engine/objects/str';
import { T } from '../../../src/engine/objects/types';
import { runAudited } from '../audited';

/** The largest V8 small integer on every V8 build (31 bits with pointer compression, as in Electron). */
const SMI_MAX = 2 ** 30 - 1;

const PROGRAM = [
  'import sys',
  'print(sys.getrefcount(None), sys.getrefcount(0), sys.getrefcount(()), sys.getrefcount("append"))',
  'x = [1000 + len(sys.argv)]',
  'print(sys.getrefcount(x), sys.getrefcount(x[0]))',
].join('\n');

describe('reference count storage', () => {
  for (const version of ['3.12', '3.13'] as const) {
    it(`${version}: immortal objects report 4294967295 and store a small integer`, () => {
      // counts as real CPython prints them
      expect(runAudited(PROGRAM, version)).toBe('4294967295 4294967295 4294967295 4294967295\n2 2\n');
      const immortals: PyObject[] = [None, True, SMALL_INTS[5], EMPTY_TUPLE, ID('append')];
      expect(SMALL_INTS[5].value).toBe(0);
      for (const o of immortals) {
        expect(o.immortal).toBe(true);
        expect(o.ob_refcnt).toBe(IMMORTAL_REFCNT_STORED);
        expect(refcount(o)).toBe(IMMORTAL_REFCNT);
      }
    });
  }

  it('3.11: static objects count what start-up left them (999999999 and up when statically allocated), stored as they are', () => {
    runSource('pass', { version: '3.11', filename: 'a.py' });
    for (const o of [None, True, SMALL_INTS[5], EMPTY_TUPLE]) {
      expect(o.immortal).toBe(false);
      // None and True count from 1 in CPython 3.11 (profile.staticRefcounts), the others from 999999999
      expect(o.ob_refcnt).toBeGreaterThanOrEqual(o === None || o === True ? 1 : 999999999);
      expect(o.ob_refcnt).toBeLessThanOrEqual(SMI_MAX);
      expect(refcount(o)).toBe(o.ob_refcnt);
    }
  });

  it('every count written is a small integer; setRefcount and refcount are inverse', () => {
    const o = new PyObject(T.object);
    for (const n of [0, 1, 2, 999999999, IMMORTAL_REFCNT]) {
      setRefcount(o, n);
      expect(Number.isInteger(o.ob_refcnt) && o.ob_refcnt >= 0 && o.ob_refcnt <= SMI_MAX).toBe(true);
      expect(refcount(o)).toBe(n);
    }
    expect(IMMORTAL_REFCNT_STORED).toBe(SMI_MAX);
  });
});
