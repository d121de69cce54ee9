/**
 * hash() of many values vs real CPython 3.11.7 / 3.12.1 / 3.13.0 with PYTHONHASHSEED=0.
 * Expected values come from fixtures/tables-3.X.json written by gen-table-fixtures.py.
 */
import { describe, expect, it } from 'vitest';
import {
  PyHash,
  hashBool,
  hashBytes,
  hashComplex,
  hashFloat,
  hashInt,
  hashNone,
  hashPointer,
  hashStr,
  hashToPython,
  hashToString,
  strKind,
} from '../../../src/engine/lib/pyhash';
import { VERSIONS, decode, computeHash, loadFixture, type EncKey } from './harness';

function expectedOf(h: { hash: string }): string {
  return h.hash;
}

describe.each(VERSIONS)('pyhash vs CPython %s', (v) => {
  const fx = loadFixture(v);
  const cases: any[] = fx.hashes;
  for (const c of cases) {
    it(`${c.kind} ${JSON.stringify(c.input)}`, () => {
      let h: PyHash;
      switch (c.kind) {
        case 'int':
          h = hashInt(BigInt(c.input));
          break;
        case 'float':
          h = hashFloat(Number(c.input === 'inf' ? Infinity : c.input === '-inf' ? -Infinity : c.input), 0);
          break;
        case 'str':
          h = hashStr(c.input);
          break;
        case 'bytes':
          h = hashBytes(Uint8Array.from(Buffer.from(c.input, 'hex')));
          break;
        case 'tuple':
          h = computeHash(decode(c.input as EncKey));
          break;
        case 'frozenset':
          h = computeHash(decode({ fs: c.input as EncKey[] }));
          break;
        case 'complex': {
          const f = (s: string) => (s === 'inf' ? Infinity : s === '-inf' ? -Infinity : Number(s));
          h = hashComplex(hashFloat(f(c.input[0]), 0), hashFloat(f(c.input[1]), 0));
          break;
        }
        case 'bool':
          h = hashBool(c.input);
          break;
        case 'none':
          if (c.hash === null) return; // 3.11: address-based
          h = hashNone(v, 0);
          break;
        default:
          throw new Error(c.kind);
      }
      expect(hashToString(h)).toBe(expectedOf(c));
    });
  }
});

describe('pyhash details', () => {
  it('literal values copied from real CPython 3.12.1 (PYTHONHASHSEED=0)', () => {
    // PYTHONHASHSEED=0 python3.12 -c "print(hash('abc'), hash('é'), hash('日本'), hash('😀'), hash(''))"
    expect(hashToString(hashStr('abc'))).toBe('-4594863902769663758');
    expect(hashToString(hashStr('é'))).toBe('6047309291227476195');
    expect(hashToString(hashStr('日本'))).toBe('6243316497235261705');
    expect(hashToString(hashStr('😀'))).toBe('-3536540696076613844');
    expect(hashToString(hashStr(''))).toBe('0');
  });
  it('hashToPython gives numbers when exact, bigints otherwise', () => {
    expect(hashToPython(hashInt(12345))).toBe(12345);
    expect(hashToPython(hashInt(-1))).toBe(-2);
    expect(hashToPython(hashInt(-(2 ** 53) + 1))).toBe(-(2 ** 53) + 1);
    expect(hashToPython(hashStr('abc'))).toBe(-4594863902769663758n);
  });
  it('str kinds', () => {
    expect(strKind('abc')).toBe(1);
    expect(strKind('é')).toBe(1);
    expect(strKind('Ā')).toBe(2);
    expect(strKind('\ud800')).toBe(2);
    expect(strKind('a😀')).toBe(4);
  });
  it('nan hashes by identity; pointer hash rotates right by 4', () => {
    expect(hashToPython(hashFloat(NaN, 0x7f12345670))).toBe(0x7f1234567);
    expect(hashToPython(hashPointer(0x10))).toBe(1);
    // low nibble rotates into the top bits
    expect(hashToString(hashPointer(0x1))).toBe(String(BigInt.asIntN(64, 1n << 60n)));
  });
  it('equal numbers hash equal across int/float', () => {
    for (const x of [0, 1, -1, 2 ** 60, 2 ** 70, -(2 ** 62), 1e300]) {
      expect(hashToString(hashFloat(x, 0))).toBe(hashToString(hashInt(BigInt(x))));
    }
  });
});
