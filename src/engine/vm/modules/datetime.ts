/**
 * `datetime`: CPython's Modules/_datetimemodule.c types, native (Lib/datetime.py re-exports them).
 *
 * Object layouts (64-bit), none of them GC types:
 *   timedelta  PyObject_HEAD, hashcode, days, seconds, microseconds (3 C ints)      40 bytes
 *   date       PyObject_HEAD, hashcode, hastzinfo, data[4]                          32
 *   time       _PyDateTime_TIMEHEAD, data[6], fold, tzinfo                          40 (naive: 32 allocated)
 *   datetime   _PyDateTime_DATETIMEHEAD, data[10], fold, tzinfo                     48 (naive: 40 allocated)
 *   timezone   PyObject_HEAD, offset, name                                          32
 *   tzinfo     PyObject_HEAD                                                        16
 * A naive time/datetime is allocated without its tzinfo pointer (time_alloc / datetime_alloc) while
 * sys.getsizeof reports tp_basicsize; subclasses use the generic allocator (basicsize).
 *
 * Clocks: now()/today()/utcnow() read the simulated wall clock of the time module (vm/modules/time.ts,
 * starting 2025-01-01 00:00:00 UTC); the local time zone is UTC.
 */
import { PyObject, PyType, RT, TPFLAGS, incref, decref, newref, xdecref } from '../../objects/object';
import { T } from '../../objects/types';
import { None, NotImplemented, IntObject, True, False } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr, ID, staticIdNames, makeIdsLate } from '../../objects/str';
import { FloatObject, newInt, newFloat } from '../../objects/numbers';
import { TupleObject, newTuple, tupleAllocSize } from '../../objects/sequences';
import { DictObject, dictSetStr, dictForEach } from '../../objects/dict';
import { onBootstrap, defineGetSets, defineMethods, isSubtype, makeStatic, typeDict } from '../../objects/typeobject';
import { newModule } from '../../objects/core_misc';
import type { MethFn } from '../../objects/funcobject';
import { allocObject, freeObject } from '../../memory/heap';
import { PyHash, hashBytes, hashInt, hashTuple } from '../../lib/pyhash';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { parseArgs, noArgs, raiseUnexpectedKeyword } from '../args';
import { nativeType, pyMinor } from './nativetype';
import { warnPy } from './warnings';
import { strRepr } from '../../lib/pystr';
import { strftime as timeStrftime, strptime as timeStrptime, structFromTm, wallNs, type TM } from './time';

// ------------------------------------------------------------------ types

const BASE = TPFLAGS.BASETYPE;
export const DELTA_TYPE = nativeType('datetime.timedelta', 40, BASE);
export const DATE_TYPE = nativeType('datetime.date', 32, BASE);
export const TZINFO_TYPE = nativeType('datetime.tzinfo', 16, BASE);
export const TIME_TYPE = nativeType('datetime.time', 40, BASE);
export const DATETIME_TYPE = nativeType('datetime.datetime', 48, BASE, DATE_TYPE);
export const TIMEZONE_TYPE = nativeType('datetime.timezone', 32, 0, TZINFO_TYPE);
export const ISOCAL_TYPE = nativeType('datetime.IsoCalendarDate', 24, TPFLAGS.HAVE_GC | TPFLAGS.TUPLE_SUBCLASS, T.tuple);
ISOCAL_TYPE.tp_itemsize = 8;

const MAX_DELTA_DAYS = 999999999;
const US_PER_DAY = 86400000000n;

class DeltaObj extends PyObject {
  constructor(type: PyType, public days: number, public secs: number, public us: number) {
    super(type);
  }
}
class DateObj extends PyObject {
  constructor(type: PyType, public y: number, public m: number, public d: number) {
    super(type);
  }
}
class DateTimeObj extends DateObj {
  constructor(type: PyType, y: number, m: number, d: number, public hh: number, public mi: number, public ss: number,
    public us: number, public tz: PyObject | null, public fold: number) {
    super(type, y, m, d);
  }
}
class TimeObj extends PyObject {
  constructor(type: PyType, public hh: number, public mi: number, public ss: number, public us: number,
    public tz: PyObject | null, public fold: number) {
    super(type);
  }
}
class TzObj extends PyObject {
  constructor(type: PyType, public offset: DeltaObj, public name: StrObject | null) {
    super(type);
  }
}
class IsoCalObj extends TupleObject {
  constructor(items: PyObject[]) {
    super(items);
    (this as PyObject).ob_type = ISOCAL_TYPE;
  }
}

const isHeap = (o: PyObject) => (o.ob_type.tp_flags & TPFLAGS.HEAPTYPE) !== 0;
const isDelta = (o: PyObject): o is DeltaObj => o instanceof DeltaObj;
const isDateTime = (o: PyObject): o is DateTimeObj => o instanceof DateTimeObj;
const isDate = (o: PyObject): o is DateObj => o instanceof DateObj;
const isTime = (o: PyObject): o is TimeObj => o instanceof TimeObj;
const isTzinfo = (o: PyObject) => isSubtype(o.ob_type, TZINFO_TYPE);

/**
 * tp_alloc: the exact types' allocators (time_alloc / datetime_alloc size naive objects smaller); a subclass's
 * is PyType_GenericAlloc, which tracks the instance (a class is a GC type). Its subtype_traverse visits the
 * instance's dict and type but not the base's fields (the base has no tp_traverse): a tzinfo held by a
 * datetime subclass instance stays invisible to the collector, as it is for a plain datetime.
 */
function alloc<O extends PyObject>(o: O, exactSize: number): O {
  if (isHeap(o)) {
    incref(o.ob_type);
    allocObject(o, o.ob_type.tp_basicsize);
    if (o.ob_type.tp_flags & TPFLAGS.HAVE_GC) RT.gc.track(o);
  } else allocObject(o, exactSize);
  return o;
}
/** tp_free; subtype_dealloc drops a subclass's reference to its type */
function free(o: PyObject, exactSize: number): void {
  freeObject(o, isHeap(o) ? o.ob_type.tp_basicsize : exactSize);
}
const timeSize = (tz: PyObject | null) => (tz !== null ? 40 : 32);
const dtSize = (tz: PyObject | null) => (tz !== null ? 48 : 40);

// ------------------------------------------------------------------ calendar

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysInMonth = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m]);
function daysBeforeYear(y: number): number {
  const y1 = y - 1;
  return y1 * 365 + Math.floor(y1 / 4) - Math.floor(y1 / 100) + Math.floor(y1 / 400);
}
const daysBeforeMonth = (y: number, m: number) => DAYS_BEFORE_MONTH[m] + (m > 2 && isLeap(y) ? 1 : 0);
const toOrdinal = (y: number, m: number, d: number) => daysBeforeYear(y) + daysBeforeMonth(y, m) + d;
const MAX_ORDINAL = toOrdinal(9999, 12, 31);
/** ord_to_ymd */
function fromOrdinal(n: number): [number, number, number] {
  let y = Math.floor((n - 1) / 365.2425) + 1;
  while (daysBeforeYear(y) >= n) y--;
  while (daysBeforeYear(y + 1) < n) y++;
  let rem = n - daysBeforeYear(y);
  let m = 1;
  while (m < 12 && daysBeforeMonth(y, m + 1) < rem) m++;
  rem -= daysBeforeMonth(y, m);
  return [y, m, rem];
}
const weekday = (y: number, m: number, d: number) => (toOrdinal(y, m, d) + 6) % 7;
const EPOCH_ORD = toOrdinal(1970, 1, 1);

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');
const p4 = (n: number) => String(n).padStart(4, '0');
const p6 = (n: number) => String(n).padStart(6, '0');

// ------------------------------------------------------------------ timedelta

function deltaTotal(o: DeltaObj): bigint {
  return BigInt(o.days) * US_PER_DAY + BigInt(o.secs) * 1000000n + BigInt(o.us);
}

/** new_delta from a microsecond count (normalized), with CPython's range check. */
function deltaFromUs(total: bigint, type: PyType = DELTA_TYPE): DeltaObj {
  let days = total / US_PER_DAY;
  let rem = total % US_PER_DAY;
  if (rem < 0n) {
    days -= 1n;
    rem += US_PER_DAY;
  }
  if (days > BigInt(MAX_DELTA_DAYS) || days < -BigInt(MAX_DELTA_DAYS))
    raise(E.OverflowError, `days=${days}; must have magnitude <= ${MAX_DELTA_DAYS}`);
  const r = Number(rem);
  const o = new DeltaObj(type, Number(days), Math.floor(r / 1000000), r % 1000000);
  return alloc(o, 40);
}
const newDelta = (days: number, secs: number, us: number) =>
  deltaFromUs(BigInt(days) * US_PER_DAY + BigInt(secs) * 1000000n + BigInt(us));

/** round half to even of a / b (_PyLong_DivmodNear's quotient) */
function divNear(a: bigint, b: bigint): bigint {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    q -= 1n;
    r += b;
  }
  const ab = b < 0n ? -b : b;
  const tw = r < 0n ? -2n * r : 2n * r;
  if (tw > ab || (tw === ab && (q & 1n) !== 0n)) q += 1n;
  return q;
}
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && a < 0n !== b < 0n) ? q - 1n : q;
}
function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

/** float.as_integer_ratio */
function floatRatio(x: number): [bigint, bigint] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) raise(E.ValueError, 'cannot convert NaN to integer ratio');
    raise(E.OverflowError, 'cannot convert Infinity to integer ratio');
  }
  let den = 1n;
  let m = x;
  while (m !== Math.floor(m)) {
    m *= 2;
    den *= 2n;
  }
  let num = BigInt(m);
  while (den > 1n && num % 2n === 0n) {
    num /= 2n;
    den /= 2n;
  }
  return [num, den];
}

const intOf = (o: PyObject): bigint => {
  const v = (o as IntObject).value;
  return typeof v === 'bigint' ? v : BigInt(v);
};
const isInt = (o: PyObject) => o instanceof IntObject;
const isFloat = (o: PyObject) => o instanceof FloatObject;

const DELTA_ARGS: [string, bigint][] = [
  ['days', US_PER_DAY], ['seconds', 1000000n], ['microseconds', 1n], ['milliseconds', 1000n],
  ['minutes', 60000000n], ['hours', 3600000000n], ['weeks', 7n * US_PER_DAY],
];

const deltaNew = (type: PyType, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject => {
  if (n > 7) raise(E.TypeError, `__new__() takes at most 7 arguments (${n} given)`);
  const vals: (PyObject | null)[] = new Array(7).fill(null);
  for (let i = 0; i < n; i++) vals[i] = a[s + i];
  const names = kw === null ? [] : (kw as TupleObject).items.map((k) => (k as StrObject).value);
  names.forEach((k, i) => {
    const idx = DELTA_ARGS.findIndex(([nm]) => nm === k);
    if (idx < 0) raiseUnexpectedKeyword('__new__', k);
    if (vals[idx] !== null) raise(E.TypeError, `argument for __new__() given by name ('${k}') and position (${idx + 1})`);
    vals[idx] = a[s + n + i];
  });
  // delta_new's accum(): int parts exactly, float parts' fractions summed in a double, rounded half-even
  let sum = 0n;
  let leftover = 0;
  for (let i = 0; i < 7; i++) {
    const v = vals[i];
    if (v === null) continue;
    const factor = DELTA_ARGS[i][1];
    if (isInt(v)) sum += intOf(v) * factor;
    else if (isFloat(v)) {
      const prod = (v as FloatObject).value * Number(factor);
      if (!Number.isFinite(prod)) raise(E.OverflowError, 'cannot convert float infinity to integer');
      const ip = Math.trunc(prod);
      sum += BigInt(ip);
      leftover += prod - ip;
    } else raise(E.TypeError, `unsupported type for timedelta ${DELTA_ARGS[i][0]} component: ${v.ob_type.tp_name}`);
  }
  if (leftover !== 0) {
    const ip = Math.trunc(leftover);
    sum += BigInt(ip);
    leftover -= ip;
    let whole = Math.round(leftover);
    if (Math.abs(whole - leftover) === 0.5) {
      const odd = Number(((sum % 2n) + 2n) % 2n);
      whole = 2.0 * Math.round((leftover + odd) * 0.5) - odd;
    } else whole = leftover < 0 ? -Math.round(-leftover) : Math.round(leftover);
    sum += BigInt(whole);
  }
  return deltaFromUs(sum, type);
};

function deltaRepr(o: PyObject): PyObject {
  const d = o as DeltaObj;
  const parts: string[] = [];
  if (d.days) parts.push(`days=${d.days}`);
  if (d.secs) parts.push(`seconds=${d.secs}`);
  if (d.us) parts.push(`microseconds=${d.us}`);
  return newStr(`${o.ob_type.tp_name}(${parts.length ? parts.join(', ') : '0'})`);
}
function deltaStrOf(d: DeltaObj): string {
  let out = '';
  if (d.days) out = `${d.days} day${Math.abs(d.days) !== 1 ? 's' : ''}, `;
  const h = Math.floor(d.secs / 3600);
  const m = Math.floor((d.secs % 3600) / 60);
  out += `${h}:${p2(m)}:${p2(d.secs % 60)}`;
  if (d.us) out += `.${p6(d.us)}`;
  return out;
}

function deltaHash(o: PyObject): PyHash {
  const d = o as DeltaObj;
  return hashTuple([hashInt(d.days), hashInt(d.secs), hashInt(d.us)]);
}

function cmpResult(c: number, op: number): PyObject {
  let r: boolean;
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c === 0; break;
    case 3: r = c !== 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0;
  }
  return newref(r ? True : False);
}
const sign = (x: bigint) => (x < 0n ? -1 : x > 0n ? 1 : 0);

function deltaBinary(op: string): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    if (op === '+' || op === '-') {
      if (!isDelta(a) || !isDelta(b)) return newref(NotImplemented);
      return deltaFromUs(op === '+' ? deltaTotal(a) + deltaTotal(b) : deltaTotal(a) - deltaTotal(b));
    }
    if (op === '*') {
      const [d, k] = isDelta(a) ? [a, b] : [b as DeltaObj, a];
      if (!isDelta(d)) return newref(NotImplemented);
      if (isInt(k)) return deltaFromUs(deltaTotal(d) * intOf(k));
      if (isFloat(k)) {
        const [num, den] = floatRatio((k as FloatObject).value);
        return deltaFromUs(divNear(deltaTotal(d) * num, den));
      }
      return newref(NotImplemented);
    }
    if (!isDelta(a)) return newref(NotImplemented);
    const ua = deltaTotal(a);
    if (op === '/') {
      if (isDelta(b)) {
        const ub = deltaTotal(b);
        if (ub === 0n) raise(E.ZeroDivisionError, 'division by zero');
        return newFloat(Number(ua) / Number(ub));
      }
      if (isInt(b)) {
        const k = intOf(b);
        if (k === 0n) raise(E.ZeroDivisionError, 'integer division or modulo by zero');
        return deltaFromUs(divNear(ua, k));
      }
      if (isFloat(b)) {
        const [num, den] = floatRatio((b as FloatObject).value);
        if (num === 0n) raise(E.ZeroDivisionError, 'integer division or modulo by zero');
        return deltaFromUs(divNear(ua * den, num));
      }
      return newref(NotImplemented);
    }
    if (op === '//') {
      if (isDelta(b)) {
        const ub = deltaTotal(b);
        if (ub === 0n) raise(E.ZeroDivisionError, 'integer division or modulo by zero');
        return newInt(floorDiv(ua, ub));
      }
      if (isInt(b)) {
        const k = intOf(b);
        if (k === 0n) raise(E.ZeroDivisionError, 'integer division or modulo by zero');
        return deltaFromUs(floorDiv(ua, k));
      }
      return newref(NotImplemented);
    }
    if (!isDelta(b)) return newref(NotImplemented);
    const ub = deltaTotal(b);
    if (ub === 0n) raise(E.ZeroDivisionError, 'integer modulo by zero');
    if (op === '%') return deltaFromUs(floorMod(ua, ub));
    // divmod
    const q = newInt(floorDiv(ua, ub));
    return newTuple([q, deltaFromUs(floorMod(ua, ub))]);
  };
}

// ------------------------------------------------------------------ tzinfo calls

/** utcoffset()/dst() of a tzinfo for `arg`: a timedelta (new reference) or null for None. */
function callOffset(tz: PyObject | null, meth: 'utcoffset' | 'dst', arg: PyObject): DeltaObj | null {
  if (tz === null || tz === None) return null;
  if (tz instanceof TzObj) return meth === 'dst' ? null : (newref(tz.offset) as DeltaObj);
  const f = A.getAttrStr(tz, meth);
  let r: PyObject;
  try {
    r = A.call(f, [arg], 0, 1, null);
  } finally {
    decref(f);
  }
  if (r === None) {
    decref(r);
    return null;
  }
  if (!isDelta(r)) {
    const n = r.ob_type.tp_name;
    decref(r);
    raise(E.TypeError, `tzinfo.${meth}() must return None or timedelta, not '${n}'`);
  }
  const t = deltaTotal(r);
  if (t <= -US_PER_DAY || t >= US_PER_DAY) {
    const s = A.reprString(r);
    decref(r);
    raise(E.ValueError, `offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${s}.`);
  }
  return r;
}
function offsetUs(tz: PyObject | null, arg: PyObject): bigint | null {
  const o = callOffset(tz, 'utcoffset', arg);
  if (o === null) return null;
  const t = deltaTotal(o);
  decref(o);
  return t;
}
function callTzname(tz: PyObject | null, arg: PyObject): PyObject {
  if (tz === null || tz === None) return newref(None);
  if (tz instanceof TzObj) return tzNameObj(tz);
  const f = A.getAttrStr(tz, 'tzname');
  let r: PyObject;
  try {
    r = A.call(f, [arg], 0, 1, null);
  } finally {
    decref(f);
  }
  if (r !== None && !(r instanceof StrObject)) {
    const n = r.ob_type.tp_name;
    decref(r);
    raise(E.TypeError, `tzinfo.tzname() must return None or a string, not '${n}'`);
  }
  return r;
}

/** format_utcoffset: +HH<sep>MM[<sep>SS[.ffffff]] */
function formatOffset(t: bigint, sep: string): string {
  let sgn = '+';
  if (t < 0n) {
    sgn = '-';
    t = -t;
  }
  const us = Number(t % 1000000n);
  const secs = Number(t / 1000000n);
  let out = `${sgn}${p2(Math.floor(secs / 3600))}${sep}${p2(Math.floor(secs / 60) % 60)}`;
  if (secs % 60 || us) out += `${sep}${p2(secs % 60)}`;
  if (us) out += `.${p6(us)}`;
  return out;
}
/** timezone.tzname(): the name object given to the constructor, else a new str */
function tzNameObj(tz: TzObj): PyObject {
  return tz.name !== null ? newref(tz.name) : newStr(tzName(tz));
}
function tzName(tz: TzObj): string {
  if (tz.name !== null) return tz.name.value;
  const t = deltaTotal(tz.offset);
  if (tz === UTC || t === 0n) return 'UTC';
  return 'UTC' + formatOffset(t, ':');
}

// ------------------------------------------------------------------ construction

function checkTzinfo(tz: PyObject | null): PyObject | null {
  if (tz === null || tz === None) return null;
  if (!isTzinfo(tz)) raise(E.TypeError, `tzinfo argument must be None or of a tzinfo subclass, not type '${tz.ob_type.tp_name}'`);
  return tz;
}
/** an 'i' argument of PyArg_ParseTupleAndKeywords (__index__; a float is a TypeError) */
function intArg(o: PyObject | null, dflt: number): number {
  if (o === null) return dflt;
  return Number(o instanceof IntObject ? o.value : A.indexValue(o));
}
function checkDate(y: number, m: number, d: number): void {
  if (y < 1 || y > 9999) raise(E.ValueError, `year ${y} is out of range`);
  if (m < 1 || m > 12) raise(E.ValueError, 'month must be in 1..12');
  if (d < 1 || d > daysInMonth(y, m)) raise(E.ValueError, 'day is out of range for month');
}
function checkTime(h: number, mi: number, s: number, us: number, fold: number): void {
  if (h < 0 || h > 23) raise(E.ValueError, 'hour must be in 0..23');
  if (mi < 0 || mi > 59) raise(E.ValueError, 'minute must be in 0..59');
  if (s < 0 || s > 59) raise(E.ValueError, 'second must be in 0..59');
  if (us < 0 || us > 999999) raise(E.ValueError, 'microsecond must be in 0..999999');
  if (fold !== 0 && fold !== 1) raise(E.ValueError, 'fold must be either 0 or 1');
}

function newDate(y: number, m: number, d: number, type: PyType = DATE_TYPE): DateObj {
  checkDate(y, m, d);
  return alloc(new DateObj(type, y, m, d), 32);
}
function newDateTime(y: number, m: number, d: number, hh: number, mi: number, ss: number, us: number,
  tz: PyObject | null, fold = 0, type: PyType = DATETIME_TYPE): DateTimeObj {
  checkDate(y, m, d);
  checkTime(hh, mi, ss, us, fold);
  const o = alloc(new DateTimeObj(type, y, m, d, hh, mi, ss, us, tz === null ? null : newref(tz), fold), dtSize(tz));
  return o;
}
function newTime(hh: number, mi: number, ss: number, us: number, tz: PyObject | null, fold = 0, type: PyType = TIME_TYPE): TimeObj {
  checkTime(hh, mi, ss, us, fold);
  return alloc(new TimeObj(type, hh, mi, ss, us, tz === null ? null : newref(tz), fold), timeSize(tz));
}

/** a datetime moved by `us` microseconds (add_datetime_timedelta), keeping tzinfo */
function dtShift(dt: DateTimeObj, us: bigint, type: PyType = dt.ob_type): DateTimeObj {
  const total = BigInt(toOrdinal(dt.y, dt.m, dt.d)) * US_PER_DAY + BigInt(dt.hh * 3600 + dt.mi * 60 + dt.ss) * 1000000n + BigInt(dt.us) + us;
  return dtFromTotal(total, dt.tz, type);
}
function dtFromTotal(total: bigint, tz: PyObject | null, type: PyType = DATETIME_TYPE): DateTimeObj {
  const ord = floorDiv(total, US_PER_DAY);
  if (ord < 1n || ord > BigInt(MAX_ORDINAL)) raise(E.OverflowError, 'date value out of range');
  const rem = Number(total - ord * US_PER_DAY);
  const [y, m, d] = fromOrdinal(Number(ord));
  const secs = Math.floor(rem / 1000000);
  return newDateTime(y, m, d, Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60, rem % 1000000, tz, 0, type);
}
function dtTotal(dt: DateTimeObj): bigint {
  return BigInt(toOrdinal(dt.y, dt.m, dt.d)) * US_PER_DAY + BigInt(dt.hh * 3600 + dt.mi * 60 + dt.ss) * 1000000n + BigInt(dt.us);
}

/** The simulated wall clock as a microsecond count since 0001-01-01 (ordinal days), UTC. */
function nowTotal(): bigint {
  const ns = wallNs();
  return BigInt(EPOCH_ORD) * US_PER_DAY + ns / 1000n;
}
/** _PyTime_ObjectToTimeval-like: seconds (int or float) to microseconds, rounded half-even */
function timestampUs(o: PyObject): bigint {
  if (isInt(o)) return intOf(o) * 1000000n;
  if (isFloat(o)) {
    const x = (o as FloatObject).value;
    if (!Number.isFinite(x)) raise(E.ValueError, Number.isNaN(x) ? 'Invalid value NaN (not a number)' : 'cannot convert float infinity to integer');
    const [num, den] = floatRatio(x);
    return divNear(num * 1000000n, den);
  }
  raise(E.TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
}

// ------------------------------------------------------------------ formatting

function timeIso(hh: number, mi: number, ss: number, us: number, spec: string): string {
  switch (spec) {
    case 'auto': return `${p2(hh)}:${p2(mi)}:${p2(ss)}${us ? '.' + p6(us) : ''}`;
    case 'hours': return p2(hh);
    case 'minutes': return `${p2(hh)}:${p2(mi)}`;
    case 'seconds': return `${p2(hh)}:${p2(mi)}:${p2(ss)}`;
    case 'milliseconds': return `${p2(hh)}:${p2(mi)}:${p2(ss)}.${String(Math.floor(us / 1000)).padStart(3, '0')}`;
    case 'microseconds': return `${p2(hh)}:${p2(mi)}:${p2(ss)}.${p6(us)}`;
    default: raise(E.ValueError, 'Unknown timespec value');
  }
}
const dateIso = (o: DateObj) => `${p4(o.y)}-${p2(o.m)}-${p2(o.d)}`;

function dtIso(dt: DateTimeObj, sep: string, spec: string): string {
  let out = `${dateIso(dt)}${sep}${timeIso(dt.hh, dt.mi, dt.ss, dt.us, spec)}`;
  const off = offsetUs(dt.tz, dt);
  if (off !== null) out += formatOffset(off, ':');
  return out;
}
function timeIsoOf(t: TimeObj, spec: string): string {
  let out = timeIso(t.hh, t.mi, t.ss, t.us, spec);
  const off = offsetUs(t.tz, None);
  if (off !== null) out += formatOffset(off, ':');
  return out;
}

function ctime(o: DateObj): string {
  const dt = isDateTime(o) ? o : null;
  const wd = weekday(o.y, o.m, o.d);
  return `${DAY_NAMES[wd]} ${MONTH_NAMES[o.m - 1]} ${String(o.d).padStart(2, ' ')} ${p2(dt?.hh ?? 0)}:${p2(dt?.mi ?? 0)}:${p2(dt?.ss ?? 0)} ${p4(o.y)}`;
}

function tmOf(y: number, m: number, d: number, hh: number, mi: number, ss: number): TM {
  return {
    year: y, mon: m, mday: d, hour: hh, min: mi, sec: ss, wday: weekday(y, m, d),
    yday: daysBeforeMonth(y, m) + d, isdst: -1, zone: 'UTC', gmtoff: 0,
  };
}

/** wrap_strftime: %z, %:z (3.12+), %Z and %f are replaced before time.strftime sees the format */
function wrapStrftime(fmt: string, tz: PyObject | null, tzArg: PyObject, us: number, tm: TM): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== '%' || i + 1 >= fmt.length) {
      out += ch;
      continue;
    }
    const c = fmt[i + 1];
    if (c === 'z' || (c === ':' && fmt[i + 2] === 'z' && pyMinor() >= 12)) {
      const off = offsetUs(tz, tzArg);
      if (off !== null) out += formatOffset(off, c === ':' ? ':' : '');
      i += c === ':' ? 2 : 1;
    } else if (c === 'Z') {
      const n = callTzname(tz, tzArg);
      if (n instanceof StrObject) out += n.value.replace(/%/g, '%%');
      decref(n);
      i++;
    } else if (c === 'f') {
      out += p6(us);
      i++;
    } else {
      out += ch + c;
      i++;
    }
  }
  return timeStrftime(out, tm);
}

function fmtArg(a: PyObject[], s: number, n: number, kw: PyObject | null): string {
  const [f] = parseArgs('strftime', a, s, n, kw, ['format']);
  if (!(f instanceof StrObject)) raise(E.TypeError, `strftime() argument 1 must be str, not ${f!.ob_type.tp_name}`);
  return f.value;
}

// ------------------------------------------------------------------ fromisoformat

function badIso(s: string): never {
  raise(E.ValueError, `Invalid isoformat string: ${strRepr(s)}`);
}
const digits = (s: string) => /^[0-9]+$/.test(s);

function parseIsoDate(s: string, whole: string): [number, number, number] {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m !== null) return [+m[1], +m[2], +m[3]];
  m = /^(\d{4})-?W(\d{2})-?(\d)?$/.exec(s);
  if (m !== null) {
    const y = +m[1];
    const w = +m[2];
    const d = m[3] === undefined ? 1 : +m[3];
    if (w < 1 || w > 53 || d < 1 || d > 7) badIso(whole);
    const jan4 = toOrdinal(y, 1, 4);
    const week1 = jan4 - ((jan4 + 6) % 7);
    return fromOrdinal(week1 + (w - 1) * 7 + (d - 1));
  }
  badIso(whole);
}
/** HH[:MM[:SS[.fff[fff]]]] (or the basic form) plus an optional Z / ±HH[:MM[:SS[.ffffff]]] */
function parseIsoTime(s: string, whole: string): [number, number, number, number, bigint | null] {
  let tzpart: string | null = null;
  const k = s.search(/[+\-Z]/);
  if (k >= 0) {
    tzpart = s.slice(k);
    s = s.slice(0, k);
  }
  const m = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?$/.exec(s);
  if (m === null) badIso(whole);
  const hh = +m[1];
  const mi = m[2] ? +m[2] : 0;
  const ss = m[3] ? +m[3] : 0;
  let us = 0;
  if (m[4] !== undefined) {
    const f = m[4];
    if (!digits(f)) badIso(whole);
    us = +f.slice(0, 6).padEnd(6, '0');
  }
  let off: bigint | null = null;
  if (tzpart !== null) {
    if (tzpart === 'Z') off = 0n;
    else {
      const z = /^([+-])(\d{2})(?::?(\d{2})(?::?(\d{2})(?:\.(\d{1,6}))?)?)?$/.exec(tzpart);
      if (z === null) badIso(whole);
      off = (BigInt(+z[2]) * 3600n + BigInt(z[3] ? +z[3] : 0) * 60n + BigInt(z[4] ? +z[4] : 0)) * 1000000n +
        BigInt(z[5] ? +z[5].padEnd(6, '0') : 0);
      if (z[1] === '-') off = -off;
    }
  }
  return [hh, mi, ss, us, off];
}
function tzFromOffset(off: bigint | null): PyObject | null {
  if (off === null) return null;
  if (off === 0n) return newref(UTC);
  if (off <= -US_PER_DAY || off >= US_PER_DAY) raise(E.ValueError, 'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).');
  const d = deltaFromUs(off);
  return alloc(new TzObj(TIMEZONE_TYPE, d, null), 32);
}
function isoArg(a: PyObject[], s: number, n: number, kw: PyObject | null): string {
  const [o] = parseArgs('fromisoformat', a, s, n, kw, ['date_string']);
  if (!(o instanceof StrObject)) raise(E.TypeError, 'fromisoformat: argument must be str');
  return o.value;
}

// ------------------------------------------------------------------ the singletons

let UTC: TzObj;
const ISOCAL_FIELDS = ['year', 'week', 'weekday'];

function staticObj<O extends PyObject>(o: O): O {
  makeStatic(o);
  return o;
}

// ------------------------------------------------------------------ slots and methods

function cmpTuple(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}
const dateKey = (o: DateObj) => [o.y, o.m, o.d];
const dtKey = (o: DateTimeObj) => [o.y, o.m, o.d, o.hh, o.mi, o.ss, o.us];
const timeKey = (o: TimeObj) => [o.hh, o.mi, o.ss, o.us];

function hashData(bytes: number[]): PyHash {
  return hashBytes(Uint8Array.from(bytes));
}
const dateBytes = (o: DateObj) => [o.y >> 8, o.y & 255, o.m, o.d];
const timeBytes = (hh: number, mi: number, ss: number, us: number) => [hh, mi, ss, us >> 16, (us >> 8) & 255, us & 255];

function replaceArgs(fname: string, a: PyObject[], s: number, n: number, kw: PyObject | null, names: string[]): (PyObject | null)[] {
  return parseArgs(fname, a, s, n, kw, names.map((x) => x + '?'));
}

function dtTimezoneArg(o: PyObject | null): PyObject | null {
  return o === null ? null : checkTzinfo(o);
}

/**
 * The types' methods, getsets and class attributes: made at set-up with the types, but their names (`second`,
 * `utcoffset`, ...) are not interned strings before CPython imports _datetime, so the identifiers this module
 * adds are late ones (str.ts makeIdsLate), which each import makes visible to its run (markNames).
 */
const ALL_TYPES = [DELTA_TYPE, DATE_TYPE, TZINFO_TYPE, TIME_TYPE, DATETIME_TYPE, TIMEZONE_TYPE, ISOCAL_TYPE];
function markNames(): void {
  for (const tp of ALL_TYPES) {
    dictForEach(typeDict(tp), (k) => {
      if (k instanceof StrObject) ID(k.value);
    });
  }
}

onBootstrap(() => {
  const before = staticIdNames();
  // ---------------------------------------------------------------- timedelta
  const dt = DELTA_TYPE;
  dt.tp_new = deltaNew;
  dt.tp_dealloc = (o) => free(o, 40);
  dt.tp_repr = deltaRepr;
  dt.tp_str = (o) => newStr(deltaStrOf(o as DeltaObj));
  dt.tp_hash = deltaHash;
  dt.tp_richcompare = (a, b, op) => {
    if (!isDelta(b)) return newref(NotImplemented);
    return cmpResult(sign(deltaTotal(a as DeltaObj) - deltaTotal(b)), op);
  };
  dt.nb_add = deltaBinary('+');
  dt.nb_subtract = deltaBinary('-');
  dt.nb_multiply = deltaBinary('*');
  dt.nb_true_divide = deltaBinary('/');
  dt.nb_floor_divide = deltaBinary('//');
  dt.nb_remainder = deltaBinary('%');
  dt.nb_divmod = deltaBinary('divmod');
  dt.nb_negative = (o) => deltaFromUs(-deltaTotal(o as DeltaObj));
  dt.nb_positive = (o) => deltaFromUs(deltaTotal(o as DeltaObj));
  dt.nb_absolute = (o) => {
    const t = deltaTotal(o as DeltaObj);
    return deltaFromUs(t < 0n ? -t : t);
  };
  dt.nb_bool = (o) => deltaTotal(o as DeltaObj) !== 0n;
  defineGetSets(dt, {
    days: { get: (o) => newInt((o as DeltaObj).days), doc: 'Number of days.' },
    seconds: { get: (o) => newInt((o as DeltaObj).secs), doc: 'Number of seconds (>= 0 and less than 1 day).' },
    microseconds: { get: (o) => newInt((o as DeltaObj).us), doc: 'Number of microseconds (>= 0 and less than 1 second).' },
  });
  defineMethods(dt, {
    total_seconds: (self, _a, _s, n, kw) => {
      noArgs('total_seconds', n, kw);
      const t = deltaTotal(self as DeltaObj);
      return newFloat(Number(t) / 1e6);
    },
    __reduce__: (self, _a, _s, n, kw) => {
      noArgs('__reduce__', n, kw);
      const d = self as DeltaObj;
      return newTuple([newref(self.ob_type), newTuple([newInt(d.days), newInt(d.secs), newInt(d.us)])]);
    },
  });

  // ---------------------------------------------------------------- date
  const da = DATE_TYPE;
  da.tp_new = (type, a, s, n, kw) => {
    const [y, m, d] = parseArgs(isSubtype(type, DATETIME_TYPE) ? 'datetime' : 'date', a, s, n, kw, ['year', 'month', 'day']);
    return newDate(intArg(y, 0), intArg(m, 0), intArg(d, 0), type);
  };
  da.tp_dealloc = (o) => free(o, 32);
  da.tp_repr = (o) => {
    const d = o as DateObj;
    return newStr(`${o.ob_type.tp_name}(${d.y}, ${d.m}, ${d.d})`);
  };
  da.tp_str = (o) => callMethod(o, 'isoformat');
  da.tp_hash = (o) => hashData(dateBytes(o as DateObj));
  da.tp_richcompare = (a, b, op) => {
    if (isDateTime(a) || !isDate(b)) return newref(NotImplemented);
    if (isDateTime(b)) {
      if (pyMinor() >= 13) return newref(NotImplemented);
      if (op === 2 || op === 3) return newref(op === 3 ? True : False);
      raise(E.TypeError, `can't compare ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
    }
    return cmpResult(cmpTuple(dateKey(a as DateObj), dateKey(b)), op);
  };
  da.nb_add = (a, b) => {
    const [d, td] = isDate(a) ? [a, b] : [b as DateObj, a];
    if (!isDate(d) || isDateTime(d) || !isDelta(td)) return newref(NotImplemented);
    return dateShift(d, td.days);
  };
  da.nb_subtract = (a, b) => {
    if (!isDate(a) || isDateTime(a)) return newref(NotImplemented);
    if (isDelta(b)) return dateShift(a, -b.days);
    if (isDate(b) && !isDateTime(b)) return newDelta(toOrdinal(a.y, a.m, a.d) - toOrdinal(b.y, b.m, b.d), 0, 0);
    return newref(NotImplemented);
  };
  defineGetSets(da, {
    year: { get: (o) => newInt((o as DateObj).y) },
    month: { get: (o) => newInt((o as DateObj).m) },
    day: { get: (o) => newInt((o as DateObj).d) },
  });
  const todayFn: MethFn = (type, _a, _s, n, kw) => {
    noArgs('today', n, kw);
    const t = nowTotal();
    if (isSubtype(type as PyType, DATETIME_TYPE)) return dtFromTotal(t, null, type as PyType);
    const [y, m, d] = fromOrdinal(Number(t / US_PER_DAY));
    return newDate(y, m, d, type as PyType);
  };
  defineMethods(da, {
    today: { fn: todayFn, kind: 'class' },
    fromordinal: {
      kind: 'class',
      fn: (type, a, s, n, kw) => {
        const [o] = parseArgs('fromordinal', a, s, n, kw, ['ordinal']);
        const ord = intArg(o, 0);
        if (ord < 1) raise(E.ValueError, 'ordinal must be >= 1');
        if (ord > MAX_ORDINAL) raise(E.ValueError, `year ${fromOrdinal(ord)[0]} is out of range`);
        const [y, m, d] = fromOrdinal(ord);
        if (isSubtype(type as PyType, DATETIME_TYPE)) return newDateTime(y, m, d, 0, 0, 0, 0, null, 0, type as PyType);
        return newDate(y, m, d, type as PyType);
      },
    },
    fromtimestamp: {
      kind: 'class',
      fn: (type, a, s, n, kw) => {
        const [ts] = parseArgs('fromtimestamp', a, s, n, kw, ['timestamp']);
        const t = BigInt(EPOCH_ORD) * US_PER_DAY + timestampUs(ts!);
        const [y, m, d] = fromOrdinal(Number(floorDiv(t, US_PER_DAY)));
        return newDate(y, m, d, type as PyType);
      },
    },
    fromisoformat: {
      kind: 'class',
      fn: (type, a, s, n, kw) => {
        const str = isoArg(a, s, n, kw);
        const [y, m, d] = parseIsoDate(str, str);
        return newDate(y, m, d, type as PyType);
      },
    },
    fromisocalendar: {
      kind: 'class',
      fn: (type, a, s, n, kw) => {
        const [yo, wo, dOb] = parseArgs('fromisocalendar', a, s, n, kw, ['year', 'week', 'day']);
        const y = intArg(yo, 0);
        const w = intArg(wo, 0);
        const d = intArg(dOb, 0);
        if (y < 1 || y > 9999) raise(E.ValueError, `Year is out of range: ${y}`);
        if (w <= 0 || w >= 53) {
          const jan1 = weekday(y, 1, 1);
          if (!(w === 53 && (jan1 === 3 || (jan1 === 2 && isLeap(y))))) raise(E.ValueError, `Invalid week: ${w}`);
        }
        if (d <= 0 || d >= 8) raise(E.ValueError, `Invalid weekday: ${d} (range is [1, 7])`);
        const jan4 = toOrdinal(y, 1, 4);
        const [yy, mm, dd] = fromOrdinal(jan4 - ((jan4 + 6) % 7) + (w - 1) * 7 + (d - 1));
        return newDate(yy, mm, dd, type as PyType);
      },
    },
    isoformat: (self, _a, _s, n, kw) => {
      noArgs('isoformat', n, kw);
      return newStr(dateIso(self as DateObj));
    },
    ctime: (self, _a, _s, n, kw) => {
      noArgs('ctime', n, kw);
      return newStr(ctime(self as DateObj));
    },
    strftime: (self, a, s, n, kw) => {
      const f = fmtArg(a, s, n, kw);
      const d = self as DateObj;
      return newStr(wrapStrftime(f, null, None, 0, tmOf(d.y, d.m, d.d, 0, 0, 0)));
    },
    __format__: (self, a, s, n, kw) => {
      const [f] = parseArgs('__format__', a, s, n, kw, ['format_spec']);
      if (!(f instanceof StrObject)) raise(E.TypeError, `__format__() argument 1 must be str, not ${f!.ob_type.tp_name}`);
      if (f.value === '') return A.str(self);
      return callMethod(self, 'strftime', f);
    },
    timetuple: (self, _a, _s, n, kw) => {
      noArgs('timetuple', n, kw);
      const d = self as DateObj;
      const x = isDateTime(d) ? d : null;
      const tm = tmOf(d.y, d.m, d.d, x?.hh ?? 0, x?.mi ?? 0, x?.ss ?? 0);
      if (x !== null) {
        const dst = callOffset(x.tz, 'dst', x);
        tm.isdst = dst === null ? -1 : deltaTotal(dst) !== 0n ? 1 : 0;
        xdecref(dst);
      }
      return structFromTm(tm);
    },
    toordinal: (self, _a, _s, n, kw) => {
      noArgs('toordinal', n, kw);
      const d = self as DateObj;
      return newInt(toOrdinal(d.y, d.m, d.d));
    },
    weekday: (self, _a, _s, n, kw) => {
      noArgs('weekday', n, kw);
      const d = self as DateObj;
      return newInt(weekday(d.y, d.m, d.d));
    },
    isoweekday: (self, _a, _s, n, kw) => {
      noArgs('isoweekday', n, kw);
      const d = self as DateObj;
      return newInt(weekday(d.y, d.m, d.d) + 1);
    },
    isocalendar: (self, _a, _s, n, kw) => {
      noArgs('isocalendar', n, kw);
      const d = self as DateObj;
      let y = d.y;
      const ord = toOrdinal(d.y, d.m, d.d);
      const week1 = (yy: number) => {
        const jan4 = toOrdinal(yy, 1, 4);
        return jan4 - ((jan4 + 6) % 7);
      };
      let start = week1(y);
      if (ord < start) {
        y -= 1;
        start = week1(y);
      } else if (y < 9999 && ord >= week1(y + 1)) {
        y += 1;
        start = week1(y);
      }
      const week = Math.floor((ord - start) / 7) + 1;
      const o = new IsoCalObj([newInt(y), newInt(week), newInt(weekday(d.y, d.m, d.d) + 1)]);
      allocObject(o, tupleAllocSize(3));
      RT.gc.track(o);
      return o;
    },
    replace: (self, a, s, n, kw) => {
      const d = self as DateObj;
      if (isDateTime(d)) return dtReplace(d, a, s, n, kw);
      const [y, m, dd] = replaceArgs('replace', a, s, n, kw, ['year', 'month', 'day']);
      return newDate(intArg(y, d.y), intArg(m, d.m), intArg(dd, d.d), self.ob_type);
    },
    // (CPython pickles a bytes state; the fields rebuild the same object for copy and pickle)
    __reduce__: (self, _a, _s, n, kw) => {
      noArgs('__reduce__', n, kw);
      const d = self as DateObj;
      return newTuple([newref(self.ob_type), newTuple([newInt(d.y), newInt(d.m), newInt(d.d)])]);
    },
  });

  // ---------------------------------------------------------------- tzinfo
  const ti = TZINFO_TYPE;
  const notImpl = (what: string): MethFn => () => raise(E.NotImplementedError, `a tzinfo subclass must implement ${what}()`);
  defineMethods(ti, {
    // tzinfo_reduce: (type, __getinitargs__() or (), the instance dict when it has one)
    __reduce__: (self, _a, _s, n, kw) => {
      noArgs('__reduce__', n, kw);
      const name = newStr('__getinitargs__');
      let gia: PyObject | null;
      try {
        gia = A.lookupAttr(self, name);
      } finally {
        decref(name);
      }
      let args: PyObject;
      if (gia !== null) {
        try {
          args = A.call(gia, [], 0, 0, null);
        } finally {
          decref(gia);
        }
      } else args = newTuple([]);
      const d = self.dict;
      if (d !== null && A.length(d) > 0) return newTuple([newref(self.ob_type), args, newref(d)]);
      return newTuple([newref(self.ob_type), args]);
    },
    utcoffset: notImpl('utcoffset'),
    dst: notImpl('dst'),
    tzname: notImpl('tzname'),
    fromutc: (self, a, s, n, kw) => {
      const [x] = parseArgs('fromutc', a, s, n, kw, ['dt', '/']);
      if (!isDateTime(x!)) raise(E.TypeError, 'fromutc: argument must be a datetime');
      if (x.tz !== self) raise(E.ValueError, 'fromutc: dt.tzinfo is not self');
      const off = offsetUs(self, x);
      if (off === null) raise(E.ValueError, 'fromutc: non-None utcoffset() result required');
      const dstd = callOffset(self, 'dst', x);
      if (dstd === null) raise(E.ValueError, 'fromutc: non-None dst() result required');
      const dst = deltaTotal(dstd);
      decref(dstd);
      return dtShift(x, off - dst);
    },
  });

  // ---------------------------------------------------------------- timezone
  const tz = TIMEZONE_TYPE;
  tz.tp_new = (_type, a, s, n, kw) => {
    const [off, name] = parseArgs('timezone', a, s, n, kw, ['offset', 'name?']);
    if (!isDelta(off!)) raise(E.TypeError, `timezone() argument 1 must be datetime.timedelta, not ${off!.ob_type.tp_name}`);
    if (name !== null && !(name instanceof StrObject)) raise(E.TypeError, `timezone() argument 2 must be str, not ${name.ob_type.tp_name}`);
    const t = deltaTotal(off);
    if (name === null && t === 0n) return newref(UTC);
    if (t <= -US_PER_DAY || t >= US_PER_DAY)
      raise(E.ValueError, `offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${A.reprString(off)}.`);
    return alloc(new TzObj(TIMEZONE_TYPE, newref(off) as DeltaObj, name === null ? null : (newref(name) as StrObject)), 32);
  };
  tz.tp_dealloc = (o) => {
    const z = o as TzObj;
    decref(z.offset);
    if (z.name !== null) decref(z.name);
    free(o, 32);
  };
  tz.tp_repr = (o) => {
    const z = o as TzObj;
    if (z === UTC) return newStr('datetime.timezone.utc');
    const off = A.reprString(z.offset);
    return newStr(`${o.ob_type.tp_name}(${off}${z.name !== null ? ', ' + A.reprString(z.name) : ''})`);
  };
  tz.tp_str = (o) => tzNameObj(o as TzObj);
  tz.tp_hash = (o) => deltaHash((o as TzObj).offset);
  tz.tp_richcompare = (a, b, op) => {
    if (op !== 2 && op !== 3) return newref(NotImplemented);
    if (!(b instanceof TzObj)) return newref(NotImplemented);
    const eq = deltaTotal((a as TzObj).offset) === deltaTotal(b.offset);
    return newref(eq === (op === 2) ? True : False);
  };
  const tzArgCheck = (fname: string, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject => {
    const [x] = parseArgs(fname, a, s, n, kw, ['dt', '/']);
    if (x !== None && !isDateTime(x!)) raise(E.TypeError, `${fname}(dt) argument must be a datetime instance or None, not ${x!.ob_type.tp_name}`);
    return x!;
  };
  defineMethods(tz, {
    utcoffset: (self, a, s, n, kw) => {
      tzArgCheck('utcoffset', a, s, n, kw);
      return newref((self as TzObj).offset);
    },
    dst: (self, a, s, n, kw) => {
      tzArgCheck('dst', a, s, n, kw);
      return newref(None);
    },
    tzname: (self, a, s, n, kw) => {
      tzArgCheck('tzname', a, s, n, kw);
      return tzNameObj(self as TzObj);
    },
    fromutc: (self, a, s, n, kw) => {
      const [x] = parseArgs('fromutc', a, s, n, kw, ['dt', '/']);
      if (!isDateTime(x!)) raise(E.TypeError, 'fromutc: argument must be a datetime');
      if (x.tz !== self) raise(E.ValueError, 'fromutc: dt.tzinfo is not self');
      return dtShift(x, deltaTotal((self as TzObj).offset));
    },
    __getinitargs__: (self, _a, _s, n, kw) => {
      noArgs('__getinitargs__', n, kw);
      const z = self as TzObj;
      return newTuple(z.name === null ? [newref(z.offset)] : [newref(z.offset), newref(z.name)]);
    },
  });

  // ---------------------------------------------------------------- time
  const tt = TIME_TYPE;
  tt.tp_new = (type, a, s, n, kw) => {
    const [h, mi, ss, us, tzo, fold] = parseArgs('time', a, s, n, kw,
      ['hour?', 'minute?', 'second?', 'microsecond?', 'tzinfo?', '$fold?']);
    return newTime(intArg(h, 0), intArg(mi, 0), intArg(ss, 0), intArg(us, 0), dtTimezoneArg(tzo), intArg(fold, 0), type);
  };
  tt.tp_dealloc = (o) => {
    const t = o as TimeObj;
    const size = timeSize(t.tz);
    xdecref(t.tz);
    free(o, size);
  };
  tt.tp_repr = (o) => {
    const t = o as TimeObj;
    let f = t.us ? `${t.hh}, ${t.mi}, ${t.ss}, ${t.us}` : t.ss ? `${t.hh}, ${t.mi}, ${t.ss}` : `${t.hh}, ${t.mi}`;
    if (t.tz !== null) f += `, tzinfo=${A.reprString(t.tz)}`;
    if (t.fold) f += ', fold=1';
    return newStr(`${o.ob_type.tp_name}(${f})`);
  };
  tt.tp_str = (o) => newStr(timeIsoOf(o as TimeObj, 'auto'));
  tt.tp_hash = (o) => {
    const t = o as TimeObj;
    const off = offsetUs(t.tz, None);
    if (off === null) return hashData(timeBytes(t.hh, t.mi, t.ss, t.us));
    const total = BigInt(t.hh * 3600 + t.mi * 60 + t.ss) * 1000000n + BigInt(t.us) - off;
    const d = floorDiv(total, US_PER_DAY);
    const rem = Number(total - d * US_PER_DAY);
    // time_hash: the offset-adjusted minutes and seconds as a timedelta
    return hashTuple([hashInt(Number(d)), hashInt(Math.floor(rem / 1000000)), hashInt(rem % 1000000)]);
  };
  tt.tp_richcompare = (a, b, op) => {
    if (!isTime(b)) return newref(NotImplemented);
    const x = a as TimeObj;
    if (x.tz === b.tz) return cmpResult(cmpTuple(timeKey(x), timeKey(b)), op);
    const o1 = offsetUs(x.tz, None);
    const o2 = offsetUs(b.tz, None);
    if ((o1 === null) !== (o2 === null)) {
      if (op === 2 || op === 3) return newref(op === 3 ? True : False);
      raise(E.TypeError, "can't compare offset-naive and offset-aware times");
    }
    const t1 = BigInt(x.hh * 3600 + x.mi * 60 + x.ss) * 1000000n + BigInt(x.us) - (o1 ?? 0n);
    const t2 = BigInt(b.hh * 3600 + b.mi * 60 + b.ss) * 1000000n + BigInt(b.us) - (o2 ?? 0n);
    return cmpResult(sign(t1 - t2), op);
  };
  defineGetSets(tt, {
    hour: { get: (o) => newInt((o as TimeObj).hh) },
    minute: { get: (o) => newInt((o as TimeObj).mi) },
    second: { get: (o) => newInt((o as TimeObj).ss) },
    microsecond: { get: (o) => newInt((o as TimeObj).us) },
    tzinfo: { get: (o) => newref((o as TimeObj).tz ?? None) },
    fold: { get: (o) => newInt((o as TimeObj).fold) },
  });
  defineMethods(tt, {
    isoformat: (self, a, s, n, kw) => {
      const [spec] = parseArgs('isoformat', a, s, n, kw, ['timespec?']);
      return newStr(timeIsoOf(self as TimeObj, spec instanceof StrObject ? spec.value : 'auto'));
    },
    strftime: (self, a, s, n, kw) => {
      const f = fmtArg(a, s, n, kw);
      const t = self as TimeObj;
      return newStr(wrapStrftime(f, t.tz, None, t.us, tmOf(1900, 1, 1, t.hh, t.mi, t.ss)));
    },
    __format__: (self, a, s, n, kw) => {
      const [f] = parseArgs('__format__', a, s, n, kw, ['format_spec']);
      if (!(f instanceof StrObject)) raise(E.TypeError, `__format__() argument 1 must be str, not ${f!.ob_type.tp_name}`);
      if (f.value === '') return A.str(self);
      return callMethod(self, 'strftime', f);
    },
    utcoffset: (self, _a, _s, n, kw) => {
      noArgs('utcoffset', n, kw);
      return callOffset((self as TimeObj).tz, 'utcoffset', None) ?? newref(None);
    },
    dst: (self, _a, _s, n, kw) => {
      noArgs('dst', n, kw);
      return callOffset((self as TimeObj).tz, 'dst', None) ?? newref(None);
    },
    tzname: (self, _a, _s, n, kw) => {
      noArgs('tzname', n, kw);
      return callTzname((self as TimeObj).tz, None);
    },
    replace: (self, a, s, n, kw) => {
      const t = self as TimeObj;
      const [h, mi, ss, us, tzo, fold] = replaceArgs('replace', a, s, n, kw,
        ['hour', 'minute', 'second', 'microsecond', 'tzinfo', '$fold']);
      const tzv = tzo === null ? t.tz : dtTimezoneArg(tzo);
      return newTime(intArg(h, t.hh), intArg(mi, t.mi), intArg(ss, t.ss), intArg(us, t.us), tzv, intArg(fold, t.fold), self.ob_type);
    },
    __reduce__: (self, _a, _s, n, kw) => {
      noArgs('__reduce__', n, kw);
      const t = self as TimeObj;
      const f = [t.hh, t.mi, t.ss, t.us].map((v) => newInt(v) as PyObject);
      if (t.tz !== null) f.push(newref(t.tz));
      return newTuple([newref(self.ob_type), newTuple(f)]);
    },
    fromisoformat: {
      kind: 'class',
      fn: (type, a, s, n, kw) => {
        const str = isoArg(a, s, n, kw);
        const [hh, mi, ss, us, off] = parseIsoTime(str.startsWith('T') ? str.slice(1) : str, str);
        const z = tzFromOffset(off);
        try {
          return newTime(hh, mi, ss, us, z, 0, type as PyType);
        } finally {
          xdecref(z);
        }
      },
    },
  });

  // ---------------------------------------------------------------- datetime
  const dtt = DATETIME_TYPE;
  dtt.tp_new = (type, a, s, n, kw) => {
    const [y, m, d, h, mi, ss, us, tzo, fold] = parseArgs('datetime', a, s, n, kw,
      ['year', 'month', 'day', 'hour?', 'minute?', 'second?', 'microsecond?', 'tzinfo?', '$fold?']);
    return newDateTime(intArg(y, 0), intArg(m, 0), intArg(d, 0), intArg(h, 0), intArg(mi, 0), intArg(ss, 0), intArg(us, 0),
      dtTimezoneArg(tzo), intArg(fold, 0), type);
  };
  dtt.tp_dealloc = (o) => {
    const x = o as DateTimeObj;
    const size = dtSize(x.tz);
    xdecref(x.tz);
    free(o, size);
  };
  dtt.tp_repr = (o) => {
    const x = o as DateTimeObj;
    let f = `${x.y}, ${x.m}, ${x.d}, ${x.hh}, ${x.mi}`;
    if (x.us) f += `, ${x.ss}, ${x.us}`;
    else if (x.ss) f += `, ${x.ss}`;
    if (x.tz !== null) f += `, tzinfo=${A.reprString(x.tz)}`;
    if (x.fold) f += ', fold=1';
    return newStr(`${o.ob_type.tp_name}(${f})`);
  };
  dtt.tp_str = (o) => newStr(dtIso(o as DateTimeObj, ' ', 'auto'));
  dtt.tp_hash = (o) => {
    const x = o as DateTimeObj;
    const off = offsetUs(x.tz, x);
    if (off === null) return hashData([...dateBytes(x), ...timeBytes(x.hh, x.mi, x.ss, x.us)]);
    const total = dtTotal(x) - off;
    const d = floorDiv(total, US_PER_DAY);
    const rem = Number(total - d * US_PER_DAY);
    return hashTuple([hashInt(Number(d)), hashInt(Math.floor(rem / 1000000)), hashInt(rem % 1000000)]);
  };
  dtt.tp_richcompare = (a, b, op) => {
    const x = a as DateTimeObj;
    if (!isDateTime(b)) {
      if (isDate(b) && pyMinor() < 13) {
        if (op === 2 || op === 3) return newref(op === 3 ? True : False);
        raise(E.TypeError, `can't compare ${a.ob_type.tp_name} to ${b.ob_type.tp_name}`);
      }
      return newref(NotImplemented);
    }
    if (x.tz === b.tz) return cmpResult(cmpTuple(dtKey(x), dtKey(b)), op);
    const o1 = offsetUs(x.tz, x);
    const o2 = offsetUs(b.tz, b);
    if ((o1 === null) !== (o2 === null)) {
      if (op === 2 || op === 3) return newref(op === 3 ? True : False);
      raise(E.TypeError, "can't compare offset-naive and offset-aware datetimes");
    }
    return cmpResult(sign(dtTotal(x) - (o1 ?? 0n) - (dtTotal(b) - (o2 ?? 0n))), op);
  };
  dtt.nb_add = (a, b) => {
    const [x, td] = isDateTime(a) ? [a, b] : [b as DateTimeObj, a];
    if (!isDateTime(x) || !isDelta(td)) return newref(NotImplemented);
    return dtShift(x, deltaTotal(td));
  };
  dtt.nb_subtract = (a, b) => {
    if (!isDateTime(a)) return newref(NotImplemented);
    if (isDelta(b)) return dtShift(a, -deltaTotal(b));
    if (isDateTime(b)) {
      let o1: bigint | null = null;
      let o2: bigint | null = null;
      if (a.tz !== b.tz) {
        o1 = offsetUs(a.tz, a);
        o2 = offsetUs(b.tz, b);
        if ((o1 === null) !== (o2 === null)) raise(E.TypeError, "can't subtract offset-naive and offset-aware datetimes");
      }
      return deltaFromUs(dtTotal(a) - (o1 ?? 0n) - (dtTotal(b) - (o2 ?? 0n)));
    }
    return newref(NotImplemented);
  };
  defineGetSets(dtt, {
    hour: { get: (o) => newInt((o as DateTimeObj).hh) },
    minute: { get: (o) => newInt((o as DateTimeObj).mi) },
    second: { get: (o) => newInt((o as DateTimeObj).ss) },
    microsecond: { get: (o) => newInt((o as DateTimeObj).us) },
    tzinfo: { get: (o) => newref((o as DateTimeObj).tz ?? None) },
    fold: { get: (o) => newInt((o as DateTimeObj).fold) },
  });
  const nowFn = (fname: string): MethFn => (type, a, s, n, kw) => {
    const [tzo] = parseArgs(fname, a, s, n, kw, ['tz?']);
    const z = tzo === null || tzo === None ? null : checkTzinfo(tzo);
    const t = nowTotal();
    if (z === null) return dtFromTotal(t, null, type as PyType);
    const utc = dtFromTotal(t, z, type as PyType);
    try {
      return callMethod(z, 'fromutc', utc);
    } finally {
      decref(utc);
    }
  };
  const fromTs = (utcOnly: boolean): MethFn => (type, a, s, n, kw) => {
    const [ts, tzo] = utcOnly
      ? [parseArgs('utcfromtimestamp', a, s, n, kw, ['timestamp'])[0], null]
      : parseArgs('fromtimestamp', a, s, n, kw, ['timestamp', 'tz?']);
    const z = tzo === null || tzo === None ? null : checkTzinfo(tzo);
    const t = BigInt(EPOCH_ORD) * US_PER_DAY + timestampUs(ts!);
    const r = dtFromTotal(t, z, type as PyType);
    if (z === null) return r;
    try {
      return callMethod(z, 'fromutc', r);
    } finally {
      decref(r);
    }
  };
  defineMethods(dtt, {
    now: { kind: 'class', fn: nowFn('now') },
    utcnow: {
      kind: 'class',
      fn: (type, _a, _s, n, kw) => {
        noArgs('utcnow', n, kw);
        if (pyMinor() >= 12) warnDeprecated('datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).');
        return dtFromTotal(nowTotal(), null, type as PyType);
      },
    },
    fromtimestamp: { kind: 'class', fn: fromTs(false) },
    utcfromtimestamp: {
      kind: 'class',
      fn: (type, a, s, n, kw) => {
        if (pyMinor() >= 12) warnDeprecated('datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).');
        return fromTs(true)(type, a, s, n, kw);
      },
    },
    // _strptime._strptime_datetime: the fields, the %f fraction, a timezone from %z (named by %Z)
    strptime: {
      kind: 'class',
      fn: (type, a, s, n, kw) => {
        const [data, format] = parseArgs('strptime', a, s, n, kw, ['date_string', 'format', '/']);
        if (!(data instanceof StrObject)) raise(E.TypeError, `strptime() argument 1 must be str, not ${data!.ob_type.tp_name}`);
        if (!(format instanceof StrObject)) raise(E.TypeError, `strptime() argument 2 must be str, not ${format!.ob_type.tp_name}`);
        const frac = { us: 0 };
        const f = timeStrptime(data.value, format.value, frac);
        try {
          const v = f.slice(0, 6).map((x) => Number((x as IntObject).value));
          let z: PyObject | null = null;
          if (f[10] !== None) {
            const off = deltaFromUs(BigInt(Number((f[10] as IntObject).value)) * 1000000n);
            try {
              const t = deltaTotal(off);
              if (f[9] instanceof StrObject) z = alloc(new TzObj(TIMEZONE_TYPE, newref(off) as DeltaObj, newref(f[9]) as StrObject), 32);
              else z = t === 0n ? newref(UTC) : alloc(new TzObj(TIMEZONE_TYPE, newref(off) as DeltaObj, null), 32);
            } finally {
              decref(off);
            }
          }
          try {
            return newDateTime(v[0], v[1], v[2], v[3], v[4], v[5], frac.us, z, 0, type as PyType);
          } finally {
            xdecref(z);
          }
        } finally {
          for (const x of f) decref(x);
        }
      },
    },
    combine: {
      kind: 'class',
      fn: (type, a, s, n, kw) => {
        const [d, t, tzo] = parseArgs('combine', a, s, n, kw, ['date', 'time', 'tzinfo?']);
        if (!isDate(d!)) raise(E.TypeError, `combine() argument 1 must be datetime.date, not ${d!.ob_type.tp_name}`);
        if (!isTime(t!)) raise(E.TypeError, `combine() argument 2 must be datetime.time, not ${t!.ob_type.tp_name}`);
        const z = tzo === null ? t.tz : dtTimezoneArg(tzo);
        return newDateTime(d.y, d.m, d.d, t.hh, t.mi, t.ss, t.us, z, t.fold, type as PyType);
      },
    },
    fromisoformat: {
      kind: 'class',
      fn: (type, a, s, n, kw) => {
        const str = isoArg(a, s, n, kw);
        // the date part is 10 (extended) or 8 (basic) characters; the separator may be any character
        let dlen = str.length >= 10 && str[4] === '-' ? 10 : 8;
        if (str[4] === '-' && str[5] === 'W') dlen = str.length >= 10 && str[8] === '-' ? 10 : 8;
        else if (str[4] === 'W') dlen = /^\d{4}W\d{3}/.test(str) ? 8 : 7;
        if (str.length < dlen) badIso(str);
        const [y, m, d] = parseIsoDate(str.slice(0, dlen), str);
        let hh = 0, mi = 0, ss = 0, us = 0;
        let off: bigint | null = null;
        if (str.length > dlen) {
          if (str.length === dlen + 1) badIso(str);
          [hh, mi, ss, us, off] = parseIsoTime(str.slice(dlen + 1), str);
        }
        const z = tzFromOffset(off);
        try {
          if (hh === 24 && mi === 0 && ss === 0 && us === 0 && pyMinor() >= 12) {
            const r = newDateTime(y, m, d, 0, 0, 0, 0, z, 0, type as PyType);
            try {
              return dtShift(r, US_PER_DAY);
            } finally {
              decref(r);
            }
          }
          return newDateTime(y, m, d, hh, mi, ss, us, z, 0, type as PyType);
        } finally {
          xdecref(z);
        }
      },
    },
    date: (self, _a, _s, n, kw) => {
      noArgs('date', n, kw);
      const x = self as DateTimeObj;
      return newDate(x.y, x.m, x.d);
    },
    time: (self, _a, _s, n, kw) => {
      noArgs('time', n, kw);
      const x = self as DateTimeObj;
      return newTime(x.hh, x.mi, x.ss, x.us, null, x.fold);
    },
    timetz: (self, _a, _s, n, kw) => {
      noArgs('timetz', n, kw);
      const x = self as DateTimeObj;
      return newTime(x.hh, x.mi, x.ss, x.us, x.tz, x.fold);
    },
    isoformat: (self, a, s, n, kw) => {
      const [sep, spec] = parseArgs('isoformat', a, s, n, kw, ['sep?', 'timespec?']);
      let sp = 'T';
      if (sep !== null) {
        if (!(sep instanceof StrObject) || [...sep.value].length !== 1)
          raise(E.TypeError, `isoformat() argument 1 must be a unicode character, not ${sep instanceof StrObject ? 'a string of length ' + [...sep.value].length : sep.ob_type.tp_name}`);
        sp = sep.value;
      }
      return newStr(dtIso(self as DateTimeObj, sp, spec instanceof StrObject ? spec.value : 'auto'));
    },
    strftime: (self, a, s, n, kw) => {
      const f = fmtArg(a, s, n, kw);
      const x = self as DateTimeObj;
      return newStr(wrapStrftime(f, x.tz, x, x.us, tmOf(x.y, x.m, x.d, x.hh, x.mi, x.ss)));
    },
    utcoffset: (self, _a, _s, n, kw) => {
      noArgs('utcoffset', n, kw);
      return callOffset((self as DateTimeObj).tz, 'utcoffset', self) ?? newref(None);
    },
    dst: (self, _a, _s, n, kw) => {
      noArgs('dst', n, kw);
      return callOffset((self as DateTimeObj).tz, 'dst', self) ?? newref(None);
    },
    tzname: (self, _a, _s, n, kw) => {
      noArgs('tzname', n, kw);
      return callTzname((self as DateTimeObj).tz, self);
    },
    timestamp: (self, _a, _s, n, kw) => {
      noArgs('timestamp', n, kw);
      const x = self as DateTimeObj;
      // naive datetimes are local time, and the local zone is UTC
      const off = offsetUs(x.tz, x) ?? 0n;
      const us = dtTotal(x) - off - BigInt(EPOCH_ORD) * US_PER_DAY;
      return newFloat(Number(us) / 1e6);
    },
    utctimetuple: (self, _a, _s, n, kw) => {
      noArgs('utctimetuple', n, kw);
      const x = self as DateTimeObj;
      const off = offsetUs(x.tz, x) ?? 0n;
      const total = dtTotal(x) - off;
      const ord = Number(floorDiv(total, US_PER_DAY));
      const rem = Number(total - BigInt(ord) * US_PER_DAY) / 1e6;
      const [y, m, d] = fromOrdinal(ord);
      const tm = tmOf(y, m, d, Math.floor(rem / 3600), Math.floor(rem / 60) % 60, Math.floor(rem) % 60);
      tm.isdst = 0;
      return structFromTm(tm);
    },
    astimezone: (self, a, s, n, kw) => {
      const [tzo] = parseArgs('astimezone', a, s, n, kw, ['tz?']);
      const x = self as DateTimeObj;
      let target: PyObject;
      if (tzo === null || tzo === None) {
        // the local zone: UTC, named as time.tzname says
        const name = newStr('UTC');
        target = alloc(new TzObj(TIMEZONE_TYPE, newDelta(0, 0, 0), name), 32);
      } else {
        checkTzinfo(tzo);
        target = newref(tzo);
      }
      try {
        if (x.tz === target) return newref(self);
        const off = offsetUs(x.tz, x) ?? 0n;
        const utc = dtFromTotal(dtTotal(x) - off, target, DATETIME_TYPE);
        try {
          if (target instanceof TzObj) return dtShift(utc, deltaTotal(target.offset), DATETIME_TYPE);
          return callMethod(target, 'fromutc', utc);
        } finally {
          decref(utc);
        }
      } finally {
        decref(target);
      }
    },
    ctime: (self, _a, _s, n, kw) => {
      noArgs('ctime', n, kw);
      return newStr(ctime(self as DateObj));
    },
    __reduce__: (self, _a, _s, n, kw) => {
      noArgs('__reduce__', n, kw);
      const x = self as DateTimeObj;
      const f = [x.y, x.m, x.d, x.hh, x.mi, x.ss, x.us].map((v) => newInt(v) as PyObject);
      if (x.tz !== null) f.push(newref(x.tz));
      return newTuple([newref(self.ob_type), newTuple(f)]);
    },
  });

  // ---------------------------------------------------------------- IsoCalendarDate
  const ic = ISOCAL_TYPE;
  ic.tp_dealloc = (o) => {
    const t = o as IsoCalObj;
    RT.gc.untrack(t);
    const items = t.items;
    t.items = [];
    for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
    freeObject(t, tupleAllocSize(3));
  };
  ic.tp_traverse = (o, visit) => {
    for (const x of (o as IsoCalObj).items) visit(x);
  };
  ic.tp_repr = (o) => {
    const items = (o as IsoCalObj).items;
    return newStr(`${o.ob_type.tp_name}(${items.map((x, i) => `${ISOCAL_FIELDS[i]}=${A.reprString(x)}`).join(', ')})`);
  };
  defineGetSets(ic, {
    year: { get: (o) => newref((o as IsoCalObj).items[0]) },
    week: { get: (o) => newref((o as IsoCalObj).items[1]) },
    weekday: { get: (o) => newref((o as IsoCalObj).items[2]) },
  });

  // ---------------------------------------------------------------- class attributes
  const setAttr = (tp: PyType, name: string, v: PyObject) => dictSetStr(typeDict(tp), name, v);
  const sDelta = (days: number, secs: number, us: number) => staticObj(new DeltaObj(DELTA_TYPE, days, secs, us));
  setAttr(dt, 'min', sDelta(-MAX_DELTA_DAYS, 0, 0));
  setAttr(dt, 'max', sDelta(MAX_DELTA_DAYS, 86399, 999999));
  setAttr(dt, 'resolution', sDelta(0, 0, 1));
  setAttr(da, 'min', staticObj(new DateObj(DATE_TYPE, 1, 1, 1)));
  setAttr(da, 'max', staticObj(new DateObj(DATE_TYPE, 9999, 12, 31)));
  setAttr(da, 'resolution', sDelta(1, 0, 0));
  setAttr(tt, 'min', staticObj(new TimeObj(TIME_TYPE, 0, 0, 0, 0, null, 0)));
  setAttr(tt, 'max', staticObj(new TimeObj(TIME_TYPE, 23, 59, 59, 999999, null, 0)));
  setAttr(tt, 'resolution', sDelta(0, 0, 1));
  setAttr(dtt, 'min', staticObj(new DateTimeObj(DATETIME_TYPE, 1, 1, 1, 0, 0, 0, 0, null, 0)));
  setAttr(dtt, 'max', staticObj(new DateTimeObj(DATETIME_TYPE, 9999, 12, 31, 23, 59, 59, 999999, null, 0)));
  setAttr(dtt, 'resolution', sDelta(0, 0, 1));
  UTC = staticObj(new TzObj(TIMEZONE_TYPE, sDelta(0, 0, 0), null));
  setAttr(tz, 'utc', UTC);
  setAttr(tz, 'min', staticObj(new TzObj(TIMEZONE_TYPE, sDelta(-1, 60, 0), null)));
  setAttr(tz, 'max', staticObj(new TzObj(TIMEZONE_TYPE, sDelta(0, 86340, 0), null)));
  makeIdsLate([...staticIdNames()].filter((n) => !before.has(n)));
});

function dateShift(d: DateObj, days: number): PyObject {
  const ord = toOrdinal(d.y, d.m, d.d) + days;
  if (ord < 1 || ord > MAX_ORDINAL) raise(E.OverflowError, 'date value out of range');
  const [y, m, dd] = fromOrdinal(ord);
  return newDate(y, m, dd, d.ob_type);
}

function dtReplace(x: DateTimeObj, a: PyObject[], s: number, n: number, kw: PyObject | null): PyObject {
  const [y, m, d, h, mi, ss, us, tzo, fold] = replaceArgs('replace', a, s, n, kw,
    ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', '$fold']);
  const tzv = tzo === null ? x.tz : dtTimezoneArg(tzo);
  return newDateTime(intArg(y, x.y), intArg(m, x.m), intArg(d, x.d), intArg(h, x.hh), intArg(mi, x.mi), intArg(ss, x.ss),
    intArg(us, x.us), tzv, intArg(fold, x.fold), x.ob_type);
}

function warnDeprecated(msg: string): void {
  warnPy(E.DeprecationWarning, msg);
}

/** o.name(*args) (a new reference) */
function callMethod(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  const f = A.getAttrStr(o, name);
  try {
    return A.call(f, args, 0, args.length, null);
  } finally {
    decref(f);
  }
}

NATIVE_MODULES.datetime = () => {
  markNames();
  const m = newModule('datetime');
  const d = m.dict as DictObject;
  const set = (name: string, v: PyObject) => {
    dictSetStr(d, name, v);
    decref(v);
  };
  set('__doc__', newStr('Fast implementation of the datetime type.'));
  set('MINYEAR', newInt(1));
  set('MAXYEAR', newInt(9999));
  for (const [name, tp] of [['date', DATE_TYPE], ['datetime', DATETIME_TYPE], ['time', TIME_TYPE], ['timedelta', DELTA_TYPE],
    ['timezone', TIMEZONE_TYPE], ['tzinfo', TZINFO_TYPE]] as [string, PyType][]) dictSetStr(d, name, tp);
  dictSetStr(d, 'UTC', UTC);
  const all = ['date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC'];
  set('__all__', newTuple(all.map((x) => newStr(x) as PyObject)));
  return m;
};
