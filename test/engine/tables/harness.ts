/**
 * Shared test helpers for the table tests: loads the oracle fixtures written by gen-table-fixtures.py
 * (real CPython output, PYTHONHASHSEED=0) and models the fixture's keys as tiny Python-like objects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PyHash,
  hashBytes,
  hashFloat,
  hashInt,
  hashStr,
  hashTuple,
  hashFrozenset,
  TupleHasher,
} from '../../../src/engine/lib/pyhash';

/** Hooks for DictTable<Obj, V> / SetTable<Obj> over the fixture's key objects. */
export const tableHooks = {
  hash: (k: Obj, out: PyHash): void => k.hash(out),
  eq: (a: Obj, b: Obj): boolean => pyEq(a, b),
  exactStr: (k: Obj): string | null => (k.kind === 'str' ? (k.value as string) : null),
};

export type Version = '3.11' | '3.12' | '3.13';
export const VERSIONS: Version[] = ['3.11', '3.12', '3.13'];

export type EncKey = number | string | { f: string } | { t: EncKey[] } | { b: string } | { i: string } | { fs: EncKey[] };

export type Fixture = any;

const cache = new Map<Version, Fixture>();
export function loadFixture(v: Version): Fixture {
  let f = cache.get(v);
  if (!f) {
    f = JSON.parse(readFileSync(join(__dirname, 'fixtures', `tables-${v}.json`), 'utf8'));
    cache.set(v, f);
  }
  return f;
}

/** A Python-ish value: int (bigint-free: safe JS integers), float, str, bytes, tuple. */
export class Obj {
  private cachedHash: PyHash | null = null;
  constructor(
    readonly kind: 'int' | 'float' | 'str' | 'bytes' | 'tuple' | 'bigint' | 'frozenset',
    readonly value: number | string | Uint8Array | Obj[] | bigint,
  ) {}

  hash(out: PyHash): void {
    if (!this.cachedHash) this.cachedHash = computeHash(this);
    out.hi = this.cachedHash.hi;
    out.lo = this.cachedHash.lo;
  }

  /** Python repr-ish identity used to compare iteration orders with the fixtures. */
  toEnc(): EncKey {
    switch (this.kind) {
      case 'int':
      case 'str':
        return this.value as number | string;
      case 'float':
        return { f: pyFloatRepr(this.value as number) };
      case 'bytes':
        return { b: Buffer.from(this.value as Uint8Array).toString('hex') };
      case 'tuple':
        return { t: (this.value as Obj[]).map((o) => o.toEnc()) };
      default:
        throw new Error('toEnc ' + this.kind);
    }
  }
}

function pyFloatRepr(x: number): string {
  if (Object.is(x, -0)) return '-0.0';
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  return String(x).replace('e+', 'e+');
}

export function computeHash(o: Obj): PyHash {
  const out = new PyHash();
  switch (o.kind) {
    case 'int':
      return hashInt(o.value as number, out);
    case 'bigint':
      return hashInt(o.value as bigint, out);
    case 'float':
      return hashFloat(o.value as number, 0x7f0000001000, out);
    case 'str':
      return hashStr(o.value as string, out);
    case 'bytes':
      return hashBytes(o.value as Uint8Array, out);
    case 'tuple': {
      const t = new TupleHasher();
      const tmp = new PyHash();
      for (const item of o.value as Obj[]) {
        item.hash(tmp);
        t.add(tmp);
      }
      return t.finish((o.value as Obj[]).length, out);
    }
    case 'frozenset': {
      const hs = (o.value as Obj[]).map((x) => computeHash(x));
      return hashFrozenset(hs, out);
    }
  }
}

export function hashTupleOf(items: PyHash[]): PyHash {
  return hashTuple(items);
}

export function decode(k: EncKey): Obj {
  if (typeof k === 'number') return new Obj('int', k);
  if (typeof k === 'string') return new Obj('str', k);
  if ('f' in k) return new Obj('float', Number(k.f));
  if ('t' in k) return new Obj('tuple', k.t.map(decode));
  if ('b' in k) return new Obj('bytes', Uint8Array.from(Buffer.from(k.b, 'hex')));
  if ('i' in k) return new Obj('bigint', BigInt(k.i));
  if ('fs' in k) return new Obj('frozenset', k.fs.map(decode));
  throw new Error('bad key');
}

/** Python `==` for the fixture's value kinds (1 == 1.0, tuples elementwise). Counts calls. */
export let eqCalls = 0;
export function resetEqCalls(): void {
  eqCalls = 0;
}
export function pyEq(a: Obj, b: Obj): boolean {
  eqCalls++;
  return eqInner(a, b);
}
function eqInner(a: Obj, b: Obj): boolean {
  const an = a.kind === 'int' || a.kind === 'float';
  const bn = b.kind === 'int' || b.kind === 'float';
  if (an && bn) return a.value === b.value;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'str') return a.value === b.value;
  if (a.kind === 'bytes') return Buffer.from(a.value as Uint8Array).equals(Buffer.from(b.value as Uint8Array));
  if (a.kind === 'tuple') {
    const x = a.value as Obj[],
      y = b.value as Obj[];
    return x.length === y.length && x.every((o, i) => eqInner(o, y[i]));
  }
  return false;
}

/** Interning table so that equal ints/strs decode to the same object (like CPython's small-int cache/interning). */
export class Interner {
  private map = new Map<string, Obj>();
  readonly encOf = new Map<Obj, string>();
  get(k: EncKey): Obj {
    const s = normEnc(k);
    let o = this.map.get(s);
    if (!o) {
      o = decode(k);
      this.map.set(s, o);
      this.encOf.set(o, s);
    }
    return o;
  }
  /** JSON of the fixture encoding of each key, for order comparisons. */
  encList(keys: Iterable<Obj>): string[] {
    const out: string[] = [];
    for (const k of keys) out.push(this.encOf.get(k) ?? normEnc(k.toEnc()));
    return out;
  }
}

export function encJson(keys: EncKey[]): string[] {
  return keys.map(normEnc);
}

/** JSON of an encoded key with floats normalised ("1e300" and Python's "1e+300" are the same float). */
export function normEnc(k: EncKey): string {
  return JSON.stringify(k, (_name, val: unknown) =>
    val !== null && typeof val === 'object' && 'f' in (val as object) ? { f: String(Number((val as { f: string }).f)) } : val,
  );
}
