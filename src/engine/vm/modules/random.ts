/**
 * The random module, native (CPython implements it as Lib/random.py over _random.Random; the algorithms
 * come bit for bit from lib/random.ts, which follows random.py per version).
 *
 *   random.Random       a static type (module 'random'), instances hold the MT19937 state. Subclasses work;
 *                       a subclass overriding random() is honoured by the float-based methods (choices,
 *                       uniform, the distributions), as in random.py.
 *   module functions    bound methods of a hidden instance, like random.py's `_inst`.
 *   SystemRandom        draws from heapscope's simulated entropy; seed() is ignored and getstate()/setstate()
 *                       raise NotImplementedError, as in CPython.
 *
 * Simulated entropy: a sandboxed run has no os.urandom. `seed()` / `seed(None)` / `Random()` seed from a
 * deterministic per-run counter (init_by_array([0x68656170, 0x73636f70, n])), so a program that never seeds
 * gets the same "random" numbers on every heapscope run (but not the numbers of any particular CPython run).
 *
 * Messages follow random.py: Python-level methods report `Random.name()` argument errors like Python
 * functions, C-level ones (random, getrandbits) like builtins.
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, newref } from '../../objects/object';
import { T } from '../../objects/types';
import { None, IntObject } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { FloatObject, newInt, newFloat, floatValueOf } from '../../objects/numbers';
import { TupleObject, ListObject, newTuple, newListFrom, EMPTY_TUPLE } from '../../objects/sequences';
import { DictObject, dictSetStr, dictGetStr } from '../../objects/dict';
import { MethodDescrObject, newBuiltinMethod, type MethFn } from '../../objects/funcobject';
import { onBootstrap, defineMethods, defineGetSets, typeLookup, isSubtype, instanceDict, newCachedKeys } from '../../objects/typeobject';
import { newModule } from '../../objects/core_misc';
import { registerWeakrefable, weakrefListHead } from '../../objects/weakref';
import { NATIVE_MODULES, importModuleByName } from '../importer';
import * as A from '../abstract';
import { kwCount } from '../args';
import { NB, CMP } from '../../compiler/opcodes';
import { nativeType } from './nativetype';
import { allocObject, freeObject } from '../../memory/heap';
import { PyRandom, randrangeCoerce311 } from '../../lib/random';
import { PyLibError } from '../../lib/errors';
import { intFromBytes, intSign, type PyInt } from '../../lib/intops';
import { sha512 } from '../../lib/sha512';
import { mLog, mExp, mSqrt } from '../../lib/pymath';
import type { Runtime } from '../runtime';
import { warnPy } from './warnings';

// ------------------------------------------------------------------ simulated entropy

const entropyCounters = new WeakMap<Runtime, number>();
function seedEntropy(rng: PyRandom): void {
  const n = (entropyCounters.get(RT) ?? 0) + 1;
  entropyCounters.set(RT, n);
  rng.initByArray([0x68656170, 0x73636f70, n]);
  rng.gaussNext = null;
}

// ------------------------------------------------------------------ the object

/** PyRandom whose random() calls a subclass override (random.py's methods call self.random()). */
class HookedRandom extends PyRandom {
  owner: PyObject | null = null;
  override random(): number {
    const o = this.owner;
    if (o !== null && o.ob_type.tp_flags & TPFLAGS.HEAPTYPE) {
      const m = typeLookup(o.ob_type, 'random');
      if (m !== null && m !== randomDescr) {
        const r = RT.ext.callBoundDescr(m, o, [], 0, 0, null);
        try {
          return floatValueOf(r);
        } finally {
          decref(r);
        }
      }
    }
    return super.random();
  }
  coreRandom(): number {
    return super.random();
  }
  /** random.py's __init_subclass__ choice of _randbelow: which of random/getrandbits a subclass overrides. */
  private overrideMode(): 'none' | 'random' | 'getrandbits' {
    const o = this.owner;
    if (o === null || !(o.ob_type.tp_flags & TPFLAGS.HEAPTYPE)) return 'none';
    for (const c of o.ob_type.tp_mro) {
      if (!(c.tp_flags & TPFLAGS.HEAPTYPE)) break;
      const d = c.tp_dict as DictObject;
      if (dictGetStr(d, '_randbelow') !== null) return 'none';
      if (dictGetStr(d, 'getrandbits') !== null) return 'getrandbits';
      if (dictGetStr(d, 'random') !== null) return 'random';
    }
    return 'none';
  }
  override getrandbits(k: PyInt): PyInt {
    const o = this.owner;
    if (o !== null && o.ob_type.tp_flags & TPFLAGS.HEAPTYPE) {
      const m = typeLookup(o.ob_type, 'getrandbits');
      if (m !== null && m !== getrandbitsDescr) {
        const ko = newInt(k);
        try {
          const r = RT.ext.callBoundDescr(m, o, [ko], 0, 1, null);
          try {
            return idx(r);
          } finally {
            decref(r);
          }
        } finally {
          decref(ko);
        }
      }
    }
    return super.getrandbits(k);
  }
  override randbelow(n: PyInt): PyInt {
    const mode = this.overrideMode();
    if (mode === 'none') return super.randbelow(n);
    if (mode === 'getrandbits') {
      const k = typeof n === 'number' ? (n === 0 ? 0 : Math.floor(Math.log2(n)) + 1) : n.toString(2).length;
      let r = this.getrandbits(k);
      while (r >= n) r = this.getrandbits(k);
      return r;
    }
    // _randbelow_without_getrandbits
    const maxsize = 9007199254740992;
    if (n >= maxsize) return Math.floor(this.random() * Number(n));
    const nn = Number(n);
    const rem = maxsize % nn;
    const limit = (maxsize - rem) / maxsize;
    let r = this.random();
    while (r >= limit) r = this.random();
    return Math.floor(r * maxsize) % nn;
  }
}

export class RandomObject extends PyObject {
  rng: HookedRandom;
  constructor(type: PyType) {
    super(type);
    this.rng = new HookedRandom(RT.profile.version);
    this.rng.owner = this;
  }
}

/** _random.Random: the C base (MT state only). */
export const BaseRandomType = nativeType('_random.Random', 2520, TPFLAGS.BASETYPE);
/** random.Random: a Python class in CPython (so its tp_name is the bare 'Random'), with a __dict__. */
export const RandomType = nativeType('random.Random', 2520, TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE | TPFLAGS.MANAGED_DICT, BaseRandomType);
export const SystemRandomType = nativeType('random.SystemRandom', 2520, TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE | TPFLAGS.MANAGED_DICT, RandomType);
RandomType.tp_name = 'Random';
SystemRandomType.tp_name = 'SystemRandom';
let randomDescr: PyObject | null = null;
let getrandbitsDescr: PyObject | null = null;
let binomialDescr: MethodDescrObject | null = null;

/** The runs whose random.Random and SystemRandom have their shared keys (configureTypes). */
const keyedRuns = new WeakSet<object>();

/**
 * Per-version layout: 3.11 keeps a weakref slot in the body; 3.12+ manage dict and weakref in the pre-header.
 * And per run: random.Random and SystemRandom are classes in CPython, and type_new gave each the shared keys
 * (CACHED_KEYS, typeobject.ts cachedKeys) its instances' dicts split over — the first attribute store
 * (`self.gauss_next = None` in seed()) makes a split dict with a values array (new_dict_with_shared_keys),
 * not a combined dict. Made as the module is, Random's before SystemRandom's.
 */
function configureTypes(): void {
  const v311 = RT.profile.version === '3.11';
  for (const tp of [RandomType, SystemRandomType]) {
    tp.tp_basicsize = v311 ? 2528 : 2520;
    tp.tp_flags = (tp.tp_flags & ~TPFLAGS.MANAGED_WEAKREF) | (v311 ? 0 : TPFLAGS.MANAGED_WEAKREF);
  }
  if (!keyedRuns.has(RT)) {
    keyedRuns.add(RT);
    for (const tp of [RandomType, SystemRandomType]) tp.cachedKeys = newCachedKeys();
  }
}

function newRandomObject(type: PyType): RandomObject {
  const o = new RandomObject(type);
  if (type.tp_flags & TPFLAGS.HEAPTYPE) incref(type);
  allocObject(o, type.tp_basicsize);
  if (type.tp_flags & TPFLAGS.HAVE_GC) RT.gc.track(o);
  seedEntropy(o.rng);
  return o;
}

function rngOf(self: PyObject): HookedRandom {
  if (!(self instanceof RandomObject)) raise(E.TypeError, `descriptor requires a 'random.Random' object but received a '${self.ob_type.tp_name}'`);
  return self.rng;
}

function isSystem(self: PyObject): boolean {
  return isSubtype(self.ob_type, SystemRandomType);
}

// ------------------------------------------------------------------ Python-style argument binding

/**
 * Bind arguments like a Python function `qual(self, p0, p1=..., *, kw...)`. `params` lists the names after
 * self; `required` how many of them have no default; names after `kwOnlyFrom` are keyword-only.
 * Returns borrowed values, null for "not given".
 */
function bind(
  qual: string,
  a: PyObject[],
  st: number,
  n: number,
  kw: PyObject | null,
  params: string[],
  required: number,
  kwOnlyFrom = params.length,
): (PyObject | null)[] {
  const out: (PyObject | null)[] = new Array(params.length).fill(null);
  if (n > kwOnlyFrom) {
    const maxP = kwOnlyFrom + 1;
    const minP = Math.min(required, kwOnlyFrom) + 1;
    const takes = minP === maxP ? `${maxP} positional argument${maxP === 1 ? '' : 's'}` : `from ${minP} to ${maxP} positional arguments`;
    raise(E.TypeError, `${qual}() takes ${takes} but ${n + 1} ${n + 1 === 1 ? 'was' : 'were'} given`);
  }
  for (let i = 0; i < n; i++) out[i] = a[st + i];
  const nkw = kwCount(kw);
  for (let k = 0; k < nkw; k++) {
    const key = ((kw as TupleObject).items[k] as StrObject).value;
    const i = params.indexOf(key);
    if (i < 0) raise(E.TypeError, `${qual}() got an unexpected keyword argument '${key}'`);
    if (out[i] !== null) raise(E.TypeError, `${qual}() got multiple values for argument '${key}'`);
    out[i] = a[st + n + k];
  }
  const missing: string[] = [];
  for (let i = 0; i < Math.min(required, kwOnlyFrom); i++) if (out[i] === null) missing.push(`'${params[i]}'`);
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0] : missing.length === 2 ? `${missing[0]} and ${missing[1]}` : `${missing.slice(0, -1).join(', ')}, and ${missing[missing.length - 1]}`;
    raise(E.TypeError, `${qual}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return out;
}

function dbl(o: PyObject): number {
  if (o instanceof FloatObject) return o.value;
  return floatValueOf(o);
}
function num(o: PyObject | null, dflt: number): number {
  return o === null ? dflt : dbl(o);
}
function idx(o: PyObject): PyInt {
  return A.indexValue(o);
}

// ------------------------------------------------------------------ instance __dict__ (gauss_next)

/** random.py keeps `self.gauss_next` in the instance __dict__: mirror the generator's value there. */
function syncGaussNext(self: PyObject, create: boolean): void {
  const d = instanceDict(self, create);
  if (d === null) return;
  const g = (self as RandomObject).rng.gaussNext;
  const v = g === null ? newref(None) : newFloat(g);
  dictSetStr(d, 'gauss_next', v);
  decref(v);
}

// ------------------------------------------------------------------ seeding

function doSeed(self: PyObject, a: PyObject | null, version: PyObject | null): void {
  const rng = rngOf(self);
  if (isSystem(self)) return;
  const ver = version === null ? 2 : version instanceof IntObject ? Number(version.value) : version instanceof FloatObject ? version.value : NaN;
  const isBytes = (o: PyObject) => o.ob_type === T.bytes || o.ob_type === T.bytearray || isSubtype(o.ob_type, T.bytes) || isSubtype(o.ob_type, T.bytearray);
  const bytesOf = (o: PyObject): Uint8Array => {
    const s: string = RT.ext.bytesToLatin1(o);
    const u = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
    return u;
  };
  if (a === null || a === None) {
    seedEntropy(rng);
  } else if (ver === 1 && (a instanceof StrObject || (isBytes(a) && a.ob_type !== T.bytearray))) {
    const codes = a instanceof StrObject ? Array.from(a.value, (c) => c.codePointAt(0)!) : Array.from(bytesOf(a));
    rng.seedVersion1(codes);
  } else if (ver === 2 && (a instanceof StrObject || isBytes(a))) {
    if (a instanceof StrObject) rng.seedStr(a.value);
    else rng.seedBytes(bytesOf(a));
  } else if (a instanceof IntObject) {
    rng.seedInt(a.value);
  } else if (a instanceof FloatObject) {
    rng.seedFloat(a.value);
  } else if (a instanceof StrObject || isBytes(a)) {
    // other versions: CPython falls through to hashing; str/bytes hashes are randomized per process
    const h = A.hash(a);
    rng.seedInt(BigInt.asUintN(64, (BigInt(h.hi | 0) << 32n) | BigInt(h.lo >>> 0)));
  } else {
    rng.seedTypeError();
  }
  rng.gaussNext = null;
  syncGaussNext(self, false);
}

// ------------------------------------------------------------------ methods

const Q = (name: string) => `Random.${name}`;

/** A C-level method of _random.Random with no arguments. */
function cNoArgs(name: string, n: number, kw: PyObject | null): void {
  if (kwCount(kw) > 0) raise(E.TypeError, `Random.${name}() takes no keyword arguments`);
  if (n !== 0) raise(E.TypeError, `Random.${name}() takes no arguments (${n} given)`);
}

function seqLen(o: PyObject): number {
  return A.length(o);
}

function getIndex(seq: PyObject, i: number): PyObject {
  if (seq instanceof ListObject || seq.ob_type === T.tuple) {
    const items = (seq as ListObject).items;
    if (i >= 0 && i < items.length) return newref(items[i]);
  }
  const k = newInt(i);
  try {
    return A.getItem(seq, k);
  } finally {
    decref(k);
  }
}

function isSequence(o: PyObject): boolean {
  const tp = o.ob_type;
  for (const b of [T.list, T.tuple, T.str, T.range, T.bytes, T.bytearray]) if (isSubtype(tp, b)) return true;
  for (const b of tp.tp_mro) {
    const n = b.tp_name;
    if (n === 'Sequence' || n === 'MutableSequence' || n === 'collections.deque' || n === 'deque' || n === 'UserList' || n === 'UserString') return true;
  }
  return false;
}

function floatList(o: PyObject): number[] {
  const items = A.toArray(o);
  try {
    return items.map((x) => dbl(x));
  } finally {
    for (const x of items) decref(x);
  }
}

const METHODS: Record<string, MethFn> = {
  seed: (self, a, st, n, kw) => {
    const [x, version] = bind(Q('seed'), a, st, n, kw, ['a', 'version'], 0);
    doSeed(self, x, version);
    return newref(None);
  },
  random: (self, _a, _st, n, kw) => {
    cNoArgs('random', n, kw);
    return newFloat(rngOf(self).coreRandom());
  },
  getrandbits: (self, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'Random.getrandbits() takes no keyword arguments');
    if (n !== 1) raise(E.TypeError, `Random.getrandbits() takes exactly one argument (${n} given)`);
    return newInt(PyRandom.prototype.getrandbits.call(rngOf(self), idx(a[st])));
  },
  randbytes: (self, a, st, n, kw) => {
    const [k] = bind(Q('randbytes'), a, st, n, kw, ['n'], 1);
    const nn = Number(idx(k!));
    if (typeof RT.ext.newBytes !== 'function') raise(E.NotImplementedError, 'bytes objects are not available');
    return RT.ext.newBytes(rngOf(self).randbytes(nn));
  },
  getstate: (self, a, st, n, kw) => {
    bind(Q('getstate'), a, st, n, kw, [], 0);
    if (isSystem(self)) raise(E.NotImplementedError, 'System entropy source does not have state.');
    const s = rngOf(self).getstate();
    const internal = newTuple(s.internal.map((w) => newInt(w)));
    return newTuple([newInt(3), internal, s.gaussNext === null ? newref(None) : newFloat(s.gaussNext)]);
  },
  setstate: (self, a, st, n, kw) => {
    const [state] = bind(Q('setstate'), a, st, n, kw, ['state'], 1);
    if (isSystem(self)) raise(E.NotImplementedError, 'System entropy source does not have state.');
    const zero = newInt(0);
    let version: PyObject;
    try {
      version = A.getItem(state!, zero);
    } finally {
      decref(zero);
    }
    try {
      const isV = (v: number) => A.richCompareBool(version, newIntTmp(v), CMP.EQ);
      if (isV(3)) {
        const parts = RT.ext.unpackSequence(state!, 3, -1) as PyObject[];
        try {
          const internal = parts[1];
          if (!(internal instanceof TupleObject)) raise(E.TypeError, 'state vector must be a tuple');
          const words = internal.items.map((x) => {
            if (!(x instanceof IntObject)) raise(E.TypeError, `'${x.ob_type.tp_name}' object cannot be interpreted as an integer`);
            return x.value;
          });
          const g = parts[2];
          rngOf(self).setstate({ version: 3, internal: words, gaussNext: g === None ? null : dbl(g) });
          syncGaussNext(self, true);
        } finally {
          for (const p of parts) decref(p);
        }
      } else if (isV(2)) {
        const parts = RT.ext.unpackSequence(state!, 3, -1) as PyObject[];
        try {
          const internal = parts[1];
          if (!(internal instanceof TupleObject)) raise(E.TypeError, 'state vector must be a tuple');
          const words = internal.items.map((x) => (x as IntObject).value);
          const g = parts[2];
          rngOf(self).setstate({ version: 2, internal: words, gaussNext: g === None ? null : dbl(g) });
        } finally {
          for (const p of parts) decref(p);
        }
      } else {
        raise(E.ValueError, `state with version ${A.strString(version)} passed to Random.setstate() of version 3`);
      }
    } finally {
      decref(version);
    }
    return newref(None);
  },
  randrange: (self, a, st, n, kw) => {
    const [start, stop, step] = bind(Q('randrange'), a, st, n, kw, ['start', 'stop', 'step'], 1);
    return newInt(randrange(self, start!, stop, step));
  },
  randint: (self, a, st, n, kw) => {
    const [x, y] = bind(Q('randint'), a, st, n, kw, ['a', 'b'], 2);
    const one = newInt(1);
    const stop = A.binaryOp(y!, one, NB.ADD);
    decref(one);
    try {
      return newInt(randrange(self, x!, stop, null, false));
    } finally {
      decref(stop);
    }
  },
  choice: (self, a, st, n, kw) => {
    const [seq] = bind(Q('choice'), a, st, n, kw, ['seq'], 1);
    const len = seqLen(seq!);
    if (len === 0) raise(E.IndexError, 'Cannot choose from an empty sequence');
    return getIndex(seq!, rngOf(self).randbelow(len) as number);
  },
  shuffle: (self, a, st, n, kw) => {
    const [x] = bind(Q('shuffle'), a, st, n, kw, ['x'], 1);
    const seq = x!;
    const rng = rngOf(self);
    const len = seqLen(seq);
    if (seq.ob_type === T.list) {
      const items = (seq as ListObject).items;
      for (let i = len - 1; i >= 1; i--) {
        const j = rng.randbelow(i + 1) as number;
        if (i < items.length && j < items.length) {
          const t = items[i];
          items[i] = items[j];
          items[j] = t;
        }
      }
      return newref(None);
    }
    for (let i = len - 1; i >= 1; i--) {
      const j = rng.randbelow(i + 1) as number;
      const xj = getIndex(seq, j);
      let xi: PyObject;
      try {
        xi = getIndex(seq, i);
      } catch (e) {
        decref(xj);
        throw e;
      }
      const ki = newInt(i);
      const kj = newInt(j);
      try {
        A.setItem(seq, ki, xj);
        A.setItem(seq, kj, xi);
      } finally {
        decref(ki);
        decref(kj);
        decref(xi);
        decref(xj);
      }
    }
    return newref(None);
  },
  sample: (self, a, st, n, kw) => {
    const [pop, kO, counts] = bind(Q('sample'), a, st, n, kw, ['population', 'k', 'counts'], 2, 2);
    const population = pop!;
    if (!isSequence(population)) raise(E.TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
    const len = seqLen(population);
    const rng = rngOf(self);
    const k = idx(kO!);
    let indices: number[];
    if (counts !== null && counts !== None) {
      const cs = A.toArray(counts);
      let vals: (PyInt | null)[];
      try {
        vals = cs.map((c) => (c instanceof IntObject ? c.value : null));
      } finally {
        for (const c of cs) decref(c);
      }
      indices = rng.sampleCountsIndices(vals, len, Number(k));
    } else {
      if (!(intSign(k) >= 0 && k <= len)) raise(E.ValueError, 'Sample larger than population or is negative');
      indices = rng.sampleIndices(len, Number(k));
    }
    const out: PyObject[] = [];
    try {
      for (const i of indices) out.push(getIndex(population, i));
    } catch (e) {
      for (const o of out) decref(o);
      throw e;
    }
    return newListFrom(out);
  },
  choices: (self, a, st, n, kw) => {
    const [pop, weights, cumW, kO] = bind(Q('choices'), a, st, n, kw, ['population', 'weights', 'cum_weights', 'k'], 1, 2);
    const population = pop!;
    const rng = rngOf(self);
    const len = seqLen(population);
    const k = kO === null ? 1 : Number(idx(kO));
    const out: PyObject[] = [];
    try {
      if (cumW === null || cumW === None) {
        if (weights === null || weights === None) {
          const nf = len + 0.0;
          for (let i = 0; i < k; i++) out.push(getIndex(population, Math.floor(rng.random() * nf)));
          return newListFrom(out.splice(0));
        }
        if (weights instanceof IntObject) raise(E.TypeError, `The number of choices must be a keyword argument: k=${A.reprString(weights)}`);
      } else if (weights !== null && weights !== None) {
        raise(E.TypeError, 'Cannot specify both weights and cumulative weights');
      }
      let cum: number[];
      if (cumW === null || cumW === None) {
        const ws = floatList(weights!);
        cum = [];
        let acc = 0;
        for (let i = 0; i < ws.length; i++) {
          acc = i === 0 ? ws[0] : acc + ws[i];
          cum.push(acc);
        }
      } else cum = floatList(cumW);
      if (cum.length !== len) raise(E.ValueError, 'The number of weights does not match the population');
      if (len === 0) raise(E.IndexError, 'list index out of range');
      const total = cum[len - 1] + 0.0;
      if (total <= 0.0) raise(E.ValueError, 'Total of weights must be greater than zero');
      if (!Number.isFinite(total)) raise(E.ValueError, 'Total of weights must be finite');
      const hi = len - 1;
      for (let i = 0; i < k; i++) {
        const x = rng.random() * total;
        let lo = 0;
        let h = hi;
        while (lo < h) {
          const mid = (lo + h) >> 1;
          if (x < cum[mid]) h = mid;
          else lo = mid + 1;
        }
        out.push(getIndex(population, lo));
      }
      return newListFrom(out.splice(0));
    } finally {
      for (const o of out) decref(o);
    }
  },
  uniform: (self, a, st, n, kw) => {
    const [x, y] = bind(Q('uniform'), a, st, n, kw, ['a', 'b'], 2);
    return newFloat(rngOf(self).uniform(dbl(x!), dbl(y!)));
  },
  triangular: (self, a, st, n, kw) => {
    const [lo, hi, mode] = bind(Q('triangular'), a, st, n, kw, ['low', 'high', 'mode'], 0);
    return newFloat(rngOf(self).triangular(num(lo, 0.0), num(hi, 1.0), mode === null || mode === None ? null : dbl(mode)));
  },
  normalvariate: (self, a, st, n, kw) => {
    const [mu, sigma] = bind(Q('normalvariate'), a, st, n, kw, ['mu', 'sigma'], 0);
    return newFloat(rngOf(self).normalvariate(num(mu, 0.0), num(sigma, 1.0)));
  },
  gauss: (self, a, st, n, kw) => {
    const [mu, sigma] = bind(Q('gauss'), a, st, n, kw, ['mu', 'sigma'], 0);
    const r = rngOf(self).gauss(num(mu, 0.0), num(sigma, 1.0));
    syncGaussNext(self, true);
    return newFloat(r);
  },
  lognormvariate: (self, a, st, n, kw) => {
    const [mu, sigma] = bind(Q('lognormvariate'), a, st, n, kw, ['mu', 'sigma'], 2);
    return newFloat(rngOf(self).lognormvariate(dbl(mu!), dbl(sigma!)));
  },
  expovariate: (self, a, st, n, kw) => {
    const v311 = RT.profile.version === '3.11';
    const [l] = bind(Q('expovariate'), a, st, n, kw, ['lambd'], v311 ? 1 : 0);
    return newFloat(rngOf(self).expovariate(num(l, 1.0)));
  },
  vonmisesvariate: (self, a, st, n, kw) => {
    const [mu, kappa] = bind(Q('vonmisesvariate'), a, st, n, kw, ['mu', 'kappa'], 2);
    return newFloat(rngOf(self).vonmisesvariate(dbl(mu!), dbl(kappa!)));
  },
  gammavariate: (self, a, st, n, kw) => {
    const [al, be] = bind(Q('gammavariate'), a, st, n, kw, ['alpha', 'beta'], 2);
    return newFloat(rngOf(self).gammavariate(dbl(al!), dbl(be!)));
  },
  betavariate: (self, a, st, n, kw) => {
    const [al, be] = bind(Q('betavariate'), a, st, n, kw, ['alpha', 'beta'], 2);
    return newFloat(rngOf(self).betavariate(dbl(al!), dbl(be!)));
  },
  paretovariate: (self, a, st, n, kw) => {
    const [al] = bind(Q('paretovariate'), a, st, n, kw, ['alpha'], 1);
    return newFloat(rngOf(self).paretovariate(dbl(al!)));
  },
  weibullvariate: (self, a, st, n, kw) => {
    const [al, be] = bind(Q('weibullvariate'), a, st, n, kw, ['alpha', 'beta'], 2);
    return newFloat(rngOf(self).weibullvariate(dbl(al!), dbl(be!)));
  },
  binomialvariate: (self, a, st, n, kw) => {
    const [nn, p] = bind(Q('binomialvariate'), a, st, n, kw, ['n', 'p'], 0);
    const nv = nn === null ? 1 : Number(idx(nn));
    return newInt(rngOf(self).binomialvariate(nv, num(p, 0.5)));
  },
};

function newIntTmp(v: number): PyObject {
  // small ints are static: no reference management needed for the comparison operand
  const o = newInt(v);
  decref(o);
  return o;
}

/**
 * randrange with random.py's argument handling (3.11 accepts integral floats with a DeprecationWarning,
 * `_warn(..., DeprecationWarning, 2)`: attributed to randrange's caller. Called from randint, that caller
 * is random.py itself, whose DeprecationWarnings the default filters ignore: `warn` is false there.)
 */
function randrange(self: PyObject, start: PyObject, stop: PyObject | null, step: PyObject | null, warn = true): PyInt {
  const rng = rngOf(self);
  const v311 = RT.profile.version === '3.11';
  const toInt = (o: PyObject, which: 'start' | 'stop' | 'step'): PyInt => {
    if (v311 && o instanceof FloatObject) {
      const x = o.value;
      if (warn && Number.isFinite(x)) {
        warnPy(
          E.DeprecationWarning,
          Math.trunc(x) !== x
            ? 'randrange() will raise TypeError in the future'
            : 'non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version',
        );
      }
      return randrangeCoerce311(x, which);
    }
    return idx(o);
  };
  const istart = toInt(start, 'start');
  if (stop === null || stop === None) {
    if (step !== null && !(step instanceof IntObject && step.value === 1)) {
      if (v311) raise(E.TypeError, 'Missing a non-None stop argument');
      raise(E.TypeError, 'Missing a non-None stop argument');
    }
    return rng.randrange(istart);
  }
  const istop = toInt(stop, 'stop');
  if (step === null) return rng.randrange(istart, istop);
  return rng.randrange(istart, istop, toInt(step, 'step'));
}

// ------------------------------------------------------------------ type and module

const SYSRANDOM_METHODS: Record<string, MethFn> = {
  random: (self, _a, _st, n, kw) => {
    cNoArgs('random', n, kw);
    return newFloat(rngOf(self).coreRandom());
  },
};

onBootstrap(() => {
  const bt = BaseRandomType;
  bt.tp_new = (type, _a, _s, _n, _kw) => newRandomObject(type);
  bt.tp_init = (self, a, st, n, kw) => {
    if (n > 1) raise(E.TypeError, `Random() requires 0 or 1 argument`);
    doSeed(self, n === 1 ? a[st] : null, null);
    void kw;
  };
  const rt = RandomType;
  rt.tp_new = bt.tp_new;
  rt.tp_init = (self, a, st, n, kw) => {
    const [x] = bind('Random.__init__', a, st, n, kw, ['x'], 0);
    const seedM = typeLookup(self.ob_type, 'seed');
    if (seedM !== null && self.ob_type.tp_flags & TPFLAGS.HEAPTYPE && seedM !== seedDescr) {
      const r = RT.ext.callBoundDescr(seedM, self, x === null ? [] : [x], 0, x === null ? 0 : 1, null);
      decref(r);
    } else doSeed(self, x, null);
    syncGaussNext(self, true);
  };
  // instances have a __dict__ (random.Random is a Python class in CPython); a heap subclass's
  // subtype_dealloc clears the dict and drops the type reference before calling this
  rt.hasDict = true;
  rt.tp_dealloc = (o) => {
    RT.gc.untrack(o);
    // subtype_dealloc: the weakref list random.Random added goes first, then the dict
    RT.clearWeakrefs(o);
    const dd = o.dict;
    if (dd !== null) {
      o.dict = null;
      decref(dd);
    }
    freeObject(o, o.ob_type.tp_basicsize);
  };
  rt.tp_traverse = (o, visit) => {
    if (o.dict !== null) visit(o.dict);
  };
  rt.tp_clear = (o) => {
    const dd = o.dict;
    if (dd !== null) {
      o.dict = null;
      decref(dd);
    }
  };
  SystemRandomType.hasDict = true;
  defineGetSets(rt, {
    __dict__: {
      get: (o) => newref(instanceDict(o, true) as PyObject),
    },
    // type_new's weakref list of the class (__weakrefoffset__: typemethods.ts STATIC_OFFSETS)
    __weakref__: { get: (o) => newref(weakrefListHead(o) ?? None), doc: 'list of weak references to the object' },
  });
  registerWeakrefable(rt);
  registerWeakrefable(SystemRandomType);
  bt.tp_dealloc = rt.tp_dealloc;
  bt.tp_traverse = rt.tp_traverse;
  const { random: randomFn, getrandbits: getrandbitsFn, binomialvariate: binomialFn, ...pyMethods } = METHODS;
  defineMethods(bt, { random: randomFn, getrandbits: getrandbitsFn });
  defineMethods(rt, pyMethods);
  // binomialvariate is new in 3.12: a getset that binds the method, or raises AttributeError on 3.11
  binomialDescr = new MethodDescrObject(T.method_descriptor, 'binomialvariate', binomialFn, rt);
  defineGetSets(rt, {
    binomialvariate: {
      get: (o) => {
        if (RT.profile.version === '3.11') raise(E.AttributeError, `'${o.ob_type.tp_name}' object has no attribute 'binomialvariate'`);
        return newBuiltinMethod(binomialDescr!, o);
      },
    },
  });
  randomDescr = dictGetStr(bt.tp_dict as DictObject, 'random');
  getrandbitsDescr = dictGetStr(bt.tp_dict as DictObject, 'getrandbits');
  seedDescr = dictGetStr(rt.tp_dict as DictObject, 'seed');
  defineMethods(SystemRandomType, SYSRANDOM_METHODS);
});
let seedDescr: PyObject | null = null;

const MODULE_FUNCS = [
  'seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle', 'choices',
  'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate',
  'binomialvariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'randbytes',
];

NATIVE_MODULES.random = () => {
  configureTypes();
  const m = newModule('random');
  const d = m.dict as DictObject;
  const set = (name: string, v: PyObject) => {
    dictSetStr(d, name, v);
    decref(v);
  };
  set('__doc__', newStr('Random variable generators.'));
  const v311 = RT.profile.version === '3.11';
  const funcs = MODULE_FUNCS.filter((f) => f !== 'binomialvariate' || !v311);
  set('__all__', newListFrom(['Random', 'SystemRandom', ...funcs].map((s) => newStr(s))));
  // random.py: `from math import log as _log, exp as _exp, pi as _pi, ..., tau as TWOPI, ...` (imports math)
  const mathName = newStr('math');
  const math = importModuleByName(mathName, EMPTY_TUPLE, None);
  decref(mathName);
  const fromMath: [string, string][] = [
    ['log', '_log'], ['exp', '_exp'], ['pi', '_pi'], ['e', '_e'], ['ceil', '_ceil'], ['sqrt', '_sqrt'], ['acos', '_acos'],
    ['cos', '_cos'], ['sin', '_sin'], ['tau', 'TWOPI'], ['floor', '_floor'], ['isfinite', '_isfinite'],
  ];
  if (!v311) fromMath.push(['lgamma', '_lgamma'], ['fabs', '_fabs'], ['log2', '_log2']);
  for (const [src, dst] of fromMath) set(dst, A.getAttrStr(math, src));
  decref(math);
  set('NV_MAGICCONST', newFloat((4 * mExp(-0.5)) / mSqrt(2.0)));
  set('LOG4', newFloat(mLog(4.0)));
  set('SG_MAGICCONST', newFloat(1.0 + mLog(4.5)));
  set('BPF', newInt(53));
  set('RECIP_BPF', newFloat(2 ** -53));
  dictSetStr(d, 'Random', RandomType);
  dictSetStr(d, 'SystemRandom', SystemRandomType);
  const inst = newRandomObject(RandomType);
  syncGaussNext(inst, true);
  dictSetStr(d, '_inst', inst);
  for (const f of funcs) {
    const descr = f === 'binomialvariate' ? binomialDescr! : (typeLookup(RandomType, f) as MethodDescrObject);
    set(f, newBuiltinMethod(descr, inst));
  }
  decref(inst);
  return m;
};

export { PyLibError, intFromBytes, sha512, newTuple };
