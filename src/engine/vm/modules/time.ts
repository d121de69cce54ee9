/**
 * The time module on a deterministic simulated clock.
 *
 * heapscope must print the same thing on every run, so no clock reads the host:
 *   - The simulated wall clock starts at 2025-01-01 00:00:00 UTC (SIM_EPOCH) when the program starts.
 *   - Simulated time advances with the work the program does: 100 ns per eval-loop step (backward jumps
 *     and calls, RT.steps), plus 1 µs per clock read (so consecutive perf_counter() calls differ), plus
 *     whatever time.sleep() asked for (sleep returns at once).
 *   - time()/time_ns() = SIM_EPOCH + elapsed; monotonic()/perf_counter() start at 1000 s ("uptime");
 *     process_time()/thread_time() count steps and clock reads only (not sleeps).
 *   - The local time zone is UTC (timezone = altzone = 0, daylight = 0, tzname = ('UTC', 'UTC')).
 * struct_time is a structseq (a tuple subclass with 9 visible fields plus tm_zone and tm_gmtoff).
 */
import { PyObject, PyErr, RT, TPFLAGS, incref, decref, newref } from '../../objects/object';
import { T } from '../../objects/types';
import { None, IntObject } from '../../objects/singletons';
import { E, raise } from '../../objects/exceptions';
import { StrObject, newStr } from '../../objects/str';
import { FloatObject, newInt, newFloat, floatValueOf } from '../../objects/numbers';
import { TupleObject, newTuple, tupleAllocSize } from '../../objects/sequences';
import { DictObject, dictSetStr } from '../../objects/dict';
import { onBootstrap, defineGetSets, defineMethods } from '../../objects/typeobject';
import { newModule } from '../../objects/core_misc';
import type { MethFn } from '../../objects/funcobject';
import { allocObject, freeObject } from '../../memory/heap';
import { NATIVE_MODULES } from '../importer';
import * as A from '../abstract';
import { kwCount } from '../args';
import { strRepr } from '../../lib/pystr';
import { nativeType, moduleFn } from './nativetype';
import { newNamespace } from './namespace';
import { warnPy } from './warnings';
import type { Runtime } from '../runtime';

const SIM_EPOCH_S = 1735689600; // 2025-01-01T00:00:00Z
const NS_PER_STEP = 100n;
const NS_PER_READ = 1000n;
const MONO_BASE_NS = 1000_000_000_000n;

interface Clock {
  slept: bigint;
  reads: bigint;
}
const clocks = new WeakMap<Runtime, Clock>();
function clock(): Clock {
  let c = clocks.get(RT);
  if (c === undefined) {
    c = { slept: 0n, reads: 0n };
    clocks.set(RT, c);
  }
  return c;
}
/** CPU-ish elapsed nanoseconds (steps + reads); advances by one read. */
function cpuNs(): bigint {
  const c = clock();
  c.reads++;
  return BigInt(RT.steps) * NS_PER_STEP + c.reads * NS_PER_READ;
}
function elapsedNs(): bigint {
  const cpu = cpuNs();
  return cpu + clock().slept;
}
export function wallNs(): bigint {
  return BigInt(SIM_EPOCH_S) * 1_000_000_000n + elapsedNs();
}
function nsToFloat(ns: bigint): number {
  const s = ns / 1_000_000_000n;
  const r = ns % 1_000_000_000n;
  return Number(s) + Number(r) * 1e-9;
}

// ------------------------------------------------------------------ calendar

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAYS_FULL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface TM {
  year: number;
  mon: number; // 1..12
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // Monday = 0
  yday: number; // 1..366
  isdst: number;
  zone: string;
  gmtoff: number;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function tmFromSeconds(t: number, zone: string): TM {
  const days = Math.floor(t / 86400);
  let rem = t - days * 86400;
  const hour = Math.floor(rem / 3600);
  rem -= hour * 3600;
  const min = Math.floor(rem / 60);
  const sec = rem - min * 60;
  const d = new Date(Date.UTC(1970, 0, 1) + days * 86400000);
  const year = d.getUTCFullYear();
  const mon = d.getUTCMonth() + 1;
  const mday = d.getUTCDate();
  const wday = (d.getUTCDay() + 6) % 7;
  const yday = Math.round((Date.UTC(year, mon - 1, mday) - Date.UTC(year, 0, 1)) / 86400000) + 1;
  return { year, mon, mday, hour, min, sec, wday, yday, isdst: 0, zone, gmtoff: 0 };
}

function secondsFromTm(tm: TM): number {
  return Date.UTC(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec) / 1000;
}

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

function isoWeek(tm: TM): [number, number] {
  const wdayIso = tm.wday + 1; // 1..7
  const thursdayYday = tm.yday - wdayIso + 4;
  let year = tm.year;
  let week: number;
  if (thursdayYday < 1) {
    year -= 1;
    const ylen = isLeap(year) ? 366 : 365;
    week = Math.floor((thursdayYday + ylen - 1) / 7) + 1;
  } else {
    const ylen = isLeap(year) ? 366 : 365;
    if (thursdayYday > ylen) {
      year += 1;
      week = 1;
    } else week = Math.floor((thursdayYday - 1) / 7) + 1;
  }
  return [year, week];
}

export function strftime(fmt: string, tm: TM): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== '%' || i + 1 >= fmt.length) {
      out += ch;
      continue;
    }
    const c = fmt[++i];
    const sunWday = (tm.wday + 1) % 7;
    switch (c) {
      case 'Y': out += String(tm.year); break;
      case 'y': out += pad(((tm.year % 100) + 100) % 100); break;
      case 'C': out += pad(Math.floor(tm.year / 100)); break;
      case 'm': out += pad(tm.mon); break;
      case 'd': out += pad(tm.mday); break;
      case 'e': out += pad(tm.mday, 2, ' '); break;
      case 'H': out += pad(tm.hour); break;
      case 'I': out += pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12); break;
      case 'M': out += pad(tm.min); break;
      case 'S': out += pad(tm.sec); break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'a': out += DAYS[tm.wday]; break;
      case 'A': out += DAYS_FULL[tm.wday]; break;
      case 'b': case 'h': out += MONTHS[tm.mon - 1]; break;
      case 'B': out += MONTHS_FULL[tm.mon - 1]; break;
      case 'j': out += pad(tm.yday, 3); break;
      case 'w': out += String(sunWday); break;
      case 'u': out += String(tm.wday + 1); break;
      case 'U': out += pad(Math.floor((tm.yday - 1 + 7 - sunWday) / 7)); break;
      case 'W': out += pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7)); break;
      case 'G': out += String(isoWeek(tm)[0]); break;
      case 'g': out += pad(isoWeek(tm)[0] % 100); break;
      case 'V': out += pad(isoWeek(tm)[1]); break;
      case 'Z': out += tm.zone; break;
      case 'z': out += '+0000'; break;
      case 'c': out += asctime(tm); break;
      case 'x': out += `${pad(tm.mon)}/${pad(tm.mday)}/${pad(((tm.year % 100) + 100) % 100)}`; break;
      case 'X': case 'T': out += `${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)}`; break;
      case 'D': out += `${pad(tm.mon)}/${pad(tm.mday)}/${pad(((tm.year % 100) + 100) % 100)}`; break;
      case 'F': out += `${tm.year}-${pad(tm.mon)}-${pad(tm.mday)}`; break;
      case 'R': out += `${pad(tm.hour)}:${pad(tm.min)}`; break;
      case 'r': out += `${pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12)}:${pad(tm.min)}:${pad(tm.sec)} ${tm.hour < 12 ? 'AM' : 'PM'}`; break;
      case 's': out += String(secondsFromTm(tm)); break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '%': out += '%'; break;
      default: out += '%' + c;
    }
  }
  return out;
}

function asctime(tm: TM): string {
  return `${DAYS[tm.wday]} ${MONTHS[tm.mon - 1]} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)} ${tm.year}`;
}

// ------------------------------------------------------------------ struct_time

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'];
const N_VISIBLE = 9;

export class StructTimeObject extends TupleObject {
  constructor(items: PyObject[], public extra: PyObject[]) {
    super(items);
    (this as PyObject).ob_type = StructTimeType;
  }
}

export const StructTimeType = nativeType('time.struct_time', 24, TPFLAGS.HAVE_GC | TPFLAGS.TUPLE_SUBCLASS, T.tuple);
StructTimeType.tp_itemsize = 8;

/** Steals all references in `fields` (11 entries). */
function newStructTime(fields: PyObject[]): StructTimeObject {
  const o = new StructTimeObject(fields.slice(0, N_VISIBLE), fields.slice(N_VISIBLE));
  // PyStructSequence_New allocates all 11 slots and does not track the object
  allocObject(o, tupleAllocSize(FIELDS.length));
  return o;
}

export function structFromTm(tm: TM): PyObject {
  return newStructTime([
    newInt(tm.year), newInt(tm.mon), newInt(tm.mday), newInt(tm.hour), newInt(tm.min), newInt(tm.sec),
    newInt(tm.wday), newInt(tm.yday), newInt(tm.isdst), newStr(tm.zone), newInt(tm.gmtoff),
  ]);
}

// ------------------------------------------------------------------ strptime (Lib/_strptime.py, C locale, UTC)

/** `n`'s ordinal day number (datetime.date.toordinal: 0001-01-01 is 1); Date.UTC handles the proleptic calendar. */
function toOrdinal(y: number, m: number, d: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  const base = new Date(0);
  base.setUTCFullYear(1, 0, 1);
  return Math.round((dt.getTime() - base.getTime()) / 86400000) + 1;
}

function fromOrdinal(n: number): [number, number, number] {
  const base = new Date(0);
  base.setUTCFullYear(1, 0, 1);
  const dt = new Date(base.getTime() + (n - 1) * 86400000);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}

/** datetime.date(y, m, d) validation and weekday() (Monday = 0). */
function dateWeekday(y: number, m: number, d: number): number {
  if (y < 1 || y > 9999) raise(E.ValueError, `year ${y} is out of range`);
  if (m < 1 || m > 12) raise(E.ValueError, 'month must be in 1..12');
  const dim = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (d < 1 || d > dim) raise(E.ValueError, 'day is out of range for month');
  return (toOrdinal(y, m, d) + 6) % 7;
}

/** A regex alternation of `names` (lowercased, longest first), as _strptime's __seqToRE. */
function seqToRE(names: string[], key: string): string {
  const sorted = names.map((n) => n.toLowerCase()).sort((a, b) => b.length - a.length);
  return `(?<${key}>${sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

const STRPTIME_RE: Record<string, string> = {
  d: '(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  f: '(?<f>[0-9]{1,6})',
  H: '(?<H>2[0-3]|[0-1]\\d|\\d)',
  I: '(?<I>1[0-2]|0[1-9]|[1-9])',
  G: '(?<G>\\d\\d\\d\\d)',
  j: '(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(?<m>1[0-2]|0[1-9]|[1-9])',
  M: '(?<M>[0-5]\\d|\\d)',
  S: '(?<S>6[0-1]|[0-5]\\d|\\d)',
  U: '(?<U>5[0-3]|[0-4]\\d|\\d)',
  w: '(?<w>[0-6])',
  u: '(?<u>[1-7])',
  V: '(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)',
  y: '(?<y>\\d\\d)',
  Y: '(?<Y>\\d\\d\\d\\d)',
  z: '(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|Z)',
  A: seqToRE(DAYS_FULL, 'A'),
  a: seqToRE(DAYS, 'a'),
  B: seqToRE(MONTHS_FULL, 'B'),
  b: seqToRE(MONTHS, 'b'),
  p: seqToRE(['AM', 'PM'], 'p'),
  Z: seqToRE(['utc', 'gmt'], 'Z'),
  '%': '%',
  W: '(?<W>5[0-3]|[0-4]\\d|\\d)',
};
/** The C locale's %c, %x and %X, expanded before the other directives (TimeRE.__init__). */
const STRPTIME_COMPOSITE: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };

/** TimeRE.pattern: the regex source for `format`; throws the directive name for an unknown one. */
function strptimePattern(format: string): string {
  let f = format.replace(/([\\.^$*+?(){}[\]|])/g, '\\$1').replace(/\s+/g, '\\s+');
  let out = '';
  for (;;) {
    const i = f.indexOf('%');
    if (i < 0) break;
    if (i + 1 >= f.length) throw new RangeError('stray');
    const d = f[i + 1];
    let re = STRPTIME_RE[d];
    if (re === undefined && STRPTIME_COMPOSITE[d] !== undefined) re = strptimePattern(STRPTIME_COMPOSITE[d]);
    if (re === undefined) throw new Error(d);
    out += f.slice(0, i) + re;
    f = f.slice(i + 2);
  }
  return out + f;
}

/** _strptime's _regex_cache (format -> compiled pattern) of each run; cleared when it grows past 5 entries. */
const STRPTIME_CACHE_MAX = 5;
const strptimeCaches = new WeakMap<object, Map<string, string>>();

const DAY_WITHOUT_YEAR_WARNING = `Parsing dates involving a day of month without a year specified is ambiguious
and fails to parse leap day. The default behavior will change in Python 3.15
to either always raise an exception or to use a different default year (TBD).
To avoid trouble, add a specific year to the input & format.
See https://github.com/python/cpython/issues/70647.`;

/** TimeRE.pattern's 3.13 check: a %d directive without %Y / %y / %G in the same format. */
function dayOfMonthWithoutYear(format: string): boolean {
  let year = false;
  let day = false;
  for (let i = format.indexOf('%'); i >= 0 && i + 1 < format.length; i = format.indexOf('%', i + 2)) {
    const c = format[i + 1];
    if (c === 'Y' || c === 'y' || c === 'G') year = true;
    else if (c === 'd') day = true;
  }
  return day && !year;
}

/** _TimeRE_cache.compile(format) through _regex_cache; 3.13 warns (DeprecationWarning) when compiling. */
function strptimeRegex(format: string): string {
  let cache = strptimeCaches.get(RT);
  if (cache === undefined) {
    cache = new Map();
    strptimeCaches.set(RT, cache);
  }
  if (cache.size > STRPTIME_CACHE_MAX) cache.clear();
  const cached = cache.get(format);
  if (cached !== undefined) return cached;
  let src: string;
  try {
    src = strptimePattern(format);
  } catch (e) {
    if (e instanceof RangeError) raise(E.ValueError, `stray % in format '${format}'`);
    const bad = (e as Error).message === '\\' ? '%' : (e as Error).message;
    raise(E.ValueError, `'${bad}' is a bad directive in format '${format}'`);
  }
  // warnings.warn(..., DeprecationWarning, skip_file_prefixes=(<Lib dir>,)): attributed to the caller
  if (RT.profile.version === '3.13' && dayOfMonthWithoutYear(format)) warnPy(E.DeprecationWarning, DAY_WITHOUT_YEAR_WARNING);
  cache.set(format, src);
  return src;
}

/**
 * _strptime(data_string, format): the 11 struct_time fields; `frac` receives the %f microseconds
 * (datetime.strptime's fraction).
 */
export function strptime(data: string, format: string, frac?: { us: number }): PyObject[] {
  const src = strptimeRegex(format);
  let re: RegExp;
  try {
    re = new RegExp(src, 'iy');
  } catch {
    // a directive used twice names its group twice: CPython's re compiler raises re.error ("redefinition of
    // group name 'd' as group 3; was group 1 at position N"); heapscope has no re module, so a ValueError
    const dup = /\(\?<(\w+)>/g;
    const seen = new Set<string>();
    let name = '?';
    for (let m = dup.exec(src); m !== null; m = dup.exec(src)) {
      if (seen.has(m[1])) {
        name = m[1];
        break;
      }
      seen.add(m[1]);
    }
    raise(E.ValueError, `redefinition of group name '${name}' in format ${strRepr(format)}`);
  }
  const found = re.exec(data);
  if (found === null) raise(E.ValueError, `time data ${strRepr(data)} does not match format ${strRepr(format)}`);
  if (found[0].length !== data.length) raise(E.ValueError, `unconverted data remains: ${data.slice(found[0].length)}`);
  const g = found.groups ?? {};
  if (frac !== undefined && g.f !== undefined) frac.us = parseInt(g.f.padEnd(6, '0'), 10);
  let year: number | null = null;
  let month = 1, day = 1, hour = 0, minute = 0, second = 0, tz = -1;
  let gmtoff: number | null = null;
  let isoYear: number | null = null, isoWeek: number | null = null;
  let weekOfYear = -1, weekOfYearStart = -1;
  let weekday: number | null = null, julian: number | null = null;
  for (const key of Object.keys(g)) {
    const v = g[key];
    if (v === undefined) continue;
    switch (key) {
      case 'y': year = parseInt(v, 10); year += year <= 68 ? 2000 : 1900; break;
      case 'Y': year = parseInt(v, 10); break;
      case 'G': isoYear = parseInt(v, 10); break;
      case 'm': month = parseInt(v, 10); break;
      case 'B': month = MONTHS_FULL.findIndex((n) => n.toLowerCase() === v.toLowerCase()) + 1; break;
      case 'b': month = MONTHS.findIndex((n) => n.toLowerCase() === v.toLowerCase()) + 1; break;
      case 'd': day = parseInt(v, 10); break;
      case 'H': hour = parseInt(v, 10); break;
      case 'I': {
        hour = parseInt(v, 10);
        const ampm = (g.p ?? '').toLowerCase();
        if (ampm === '' || ampm === 'am') {
          if (hour === 12) hour = 0;
        } else if (hour !== 12) hour += 12;
        break;
      }
      case 'M': minute = parseInt(v, 10); break;
      case 'S': second = parseInt(v, 10); break;
      case 'A': weekday = DAYS_FULL.findIndex((n) => n.toLowerCase() === v.toLowerCase()); break;
      case 'a': weekday = DAYS.findIndex((n) => n.toLowerCase() === v.toLowerCase()); break;
      case 'w': weekday = parseInt(v, 10); weekday = weekday === 0 ? 6 : weekday - 1; break;
      case 'u': weekday = parseInt(v, 10) - 1; break;
      case 'j': julian = parseInt(v, 10); break;
      case 'U': case 'W':
        weekOfYear = parseInt(v, 10);
        weekOfYearStart = key === 'W' ? 0 : 6;
        break;
      case 'V': isoWeek = parseInt(v, 10); break;
      case 'z': {
        if (v === 'Z' || v === 'z') {
          gmtoff = 0;
          break;
        }
        let z = v;
        if (z[3] === ':') {
          z = z.slice(0, 3) + z.slice(4);
          if (z.length > 5) {
            if (z[5] !== ':') raise(E.ValueError, `Inconsistent use of : in ${v}`);
            z = z.slice(0, 5) + z.slice(6);
          }
        }
        gmtoff = parseInt(z.slice(1, 3), 10) * 3600 + parseInt(z.slice(3, 5), 10) * 60 + parseInt(z.slice(5, 7) || '0', 10);
        if (z.startsWith('-')) gmtoff = -gmtoff;
        break;
      }
      case 'Z': tz = 0; break; // UTC / GMT (time.tzname is ('UTC', 'UTC'), no daylight time)
    }
  }
  if (year === null && isoYear !== null) {
    if (isoWeek === null || weekday === null)
      raise(E.ValueError, "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
    if (julian !== null)
      raise(E.ValueError, "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
  } else if (isoWeek !== null) {
    if (year === null || weekday === null)
      raise(E.ValueError, "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
    raise(E.ValueError, "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
  }
  let leapYearFix = false;
  if (year === null && month === 2 && day === 29) {
    year = 1904; // the first leap year of the 20th century
    leapYearFix = true;
  } else if (year === null) year = 1900;
  if (julian === null && weekday !== null) {
    if (weekOfYear !== -1) {
      // _calc_julian_from_U_or_W
      let firstWeekday = dateWeekday(year, 1, 1);
      let dow = weekday;
      if (weekOfYearStart !== 0) {
        firstWeekday = (firstWeekday + 1) % 7;
        dow = (dow + 1) % 7;
      }
      const week0 = (7 - firstWeekday) % 7;
      julian = weekOfYear === 0 ? 1 + dow - firstWeekday : 1 + week0 + 7 * (weekOfYear - 1) + dow;
    } else if (isoYear !== null && isoWeek !== null) {
      // _calc_julian_from_V
      const correction = ((dateWeekday(isoYear, 1, 4) + 1) + 3);
      let ordinal = isoWeek * 7 + weekday + 1 - correction;
      let y = isoYear;
      if (ordinal < 1) {
        ordinal += toOrdinal(y, 1, 1);
        y -= 1;
        ordinal -= toOrdinal(y, 1, 1);
      }
      year = y;
      julian = ordinal;
    }
    if (julian !== null && julian <= 0) {
      year -= 1;
      julian += isLeap(year) ? 366 : 365;
    }
  }
  if (julian === null) {
    dateWeekday(year, month, day);
    julian = toOrdinal(year, month, day) - toOrdinal(year, 1, 1) + 1;
  } else {
    [year, month, day] = fromOrdinal(julian - 1 + toOrdinal(year, 1, 1));
  }
  if (weekday === null) weekday = dateWeekday(year, month, day);
  if (leapYearFix) year = 1900;
  return [
    newInt(year), newInt(month), newInt(day), newInt(hour), newInt(minute), newInt(second), newInt(weekday), newInt(julian),
    newInt(tz), g.Z !== undefined ? newStr(g.Z) : newref(None), gmtoff !== null ? newInt(gmtoff) : newref(None),
  ];
}

/** gettmarg: a struct_time or a 9-tuple into a TM (with CPython's range checks for the common fields). */
function tmFromArg(o: PyObject, fname: string): TM {
  if (!(o instanceof TupleObject)) raise(E.TypeError, `Tuple or struct_time argument required`);
  const items = o.items;
  if (items.length !== 9 && !(o instanceof StructTimeObject)) raise(E.TypeError, `${fname}(): illegal time tuple argument`);
  const v = items.slice(0, 9).map((x) => {
    if (!(x instanceof IntObject)) raise(E.TypeError, `'${x.ob_type.tp_name}' object cannot be interpreted as an integer`);
    return Number(x.value);
  });
  const zone = o instanceof StructTimeObject && o.extra[0] instanceof StrObject ? o.extra[0].value : 'UTC';
  const tm: TM = { year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7], isdst: v[8], zone, gmtoff: 0 };
  if (tm.mon === 0) tm.mon = 1;
  if (tm.mday === 0) tm.mday = 1;
  if (tm.yday === 0) tm.yday = 1;
  if (tm.mon < 1 || tm.mon > 12) raise(E.ValueError, 'month out of range');
  if (tm.mday < 1 || tm.mday > 31) raise(E.ValueError, 'day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) raise(E.ValueError, 'hour out of range');
  if (tm.min < 0 || tm.min > 59) raise(E.ValueError, 'minute out of range');
  if (tm.sec < 0 || tm.sec > 61) raise(E.ValueError, 'seconds out of range');
  if (tm.wday < 0) raise(E.ValueError, 'day of week out of range');
  tm.wday = (tm.wday + 7) % 7;
  if (tm.yday < 1 || tm.yday > 366) raise(E.ValueError, 'day of year out of range');
  return tm;
}

onBootstrap(() => {
  const st = StructTimeType;
  st.tp_dealloc = (o) => {
    const s = o as StructTimeObject;
    RT.gc.untrack(s);
    const all = [...s.items, ...s.extra];
    s.items = [];
    s.extra = [];
    for (let i = all.length - 1; i >= 0; i--) decref(all[i]);
    freeObject(s, tupleAllocSize(FIELDS.length));
  };
  st.tp_traverse = (o, visit) => {
    for (const x of (o as StructTimeObject).items) visit(x);
    for (const x of (o as StructTimeObject).extra) visit(x);
  };
  st.tp_repr = (o) => {
    const items = (o as StructTimeObject).items;
    const parts = items.map((x, i) => `${FIELDS[i]}=${A.reprString(x)}`);
    return newStr(`time.struct_time(${parts.join(', ')})`);
  };
  st.tp_new = (_type, a, s, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'struct_time() takes no keyword arguments');
    if (n < 1) raise(E.TypeError, "structseq() missing required argument 'sequence' (pos 1)");
    const items = A.toArray(a[s]);
    if (items.length < N_VISIBLE) {
      for (const x of items) decref(x);
      raise(E.TypeError, `time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
    }
    if (items.length > FIELDS.length) {
      for (const x of items) decref(x);
      raise(E.TypeError, `time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
    }
    while (items.length < FIELDS.length) items.push(newref(None));
    return newStructTime(items);
  };
  const gs: Record<string, { get: (o: PyObject) => PyObject }> = {};
  FIELDS.forEach((f, i) => {
    gs[f] = {
      get: (o) => {
        const s = o as StructTimeObject;
        return newref(i < N_VISIBLE ? s.items[i] : s.extra[i - N_VISIBLE]);
      },
    };
  });
  defineGetSets(st, gs);
  defineMethods(st, {
    // tuple.__sizeof__ counts the visible fields (Py_SIZE)
    __sizeof__: (self, _a, _s, n, kw) => {
      if (n !== 0 || kwCount(kw) > 0) raise(E.TypeError, `time.struct_time.__sizeof__() takes no arguments (${n} given)`);
      return newInt(RT.profile.sizes.tupleHeader + 8 * (self as StructTimeObject).items.length);
    },
  });
});

// ------------------------------------------------------------------ functions

function noArgsFn(name: string, n: number, kw: PyObject | null): void {
  if (kwCount(kw) > 0) raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (n !== 0) raise(E.TypeError, `time.${name}() takes no arguments (${n} given)`);
}

/** seconds argument (None = now), floored to an int like _PyTime_ObjectToTime_t(ROUND_FLOOR). */
function secondsArg(o: PyObject | null): number {
  if (o === null || o === None) return Math.floor(nsToFloat(wallNs()));
  if (o instanceof IntObject) return Number(o.value);
  if (o instanceof FloatObject) {
    if (o.value !== o.value) raise(E.ValueError, 'Invalid value NaN (not a number)');
    return Math.floor(o.value);
  }
  if (o.ob_type.nb_float === null && o.ob_type.nb_index === null)
    raise(E.TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  return Math.floor(floatValueOf(o));
}

function clockFns(name: string, ns: () => bigint): Record<string, MethFn> {
  return {
    [name]: (_s, _a, _st, n, kw) => {
      noArgsFn(name, n, kw);
      return newFloat(nsToFloat(ns()));
    },
    [`${name}_ns`]: (_s, _a, _st, n, kw) => {
      noArgsFn(`${name}_ns`, n, kw);
      return newInt(ns());
    },
  };
}

/** PyErr_SetFromErrno: OSError(errno, strerror), which OSError.__new__ maps to its subclass (EPERM: PermissionError). */
function raiseErrno(errno: number, strerror: string): never {
  const e = newInt(errno);
  const m = newStr(strerror);
  const exc = A.call(E.OSError, [e, m], 0, 2, null);
  decref(e);
  decref(m);
  throw new PyErr(exc);
}

const EINVAL = (): never => raiseErrno(22, 'Invalid argument');

/** The clocks clock_gettime() knows (the module's CLOCK_* constants), read on the simulated clock. */
const CLOCK_READERS: Record<number, () => bigint> = {
  0: wallNs, // CLOCK_REALTIME
  1: () => MONO_BASE_NS + elapsedNs(), // CLOCK_MONOTONIC
  2: cpuNs, // CLOCK_PROCESS_CPUTIME_ID
  3: cpuNs, // CLOCK_THREAD_CPUTIME_ID
  4: () => MONO_BASE_NS + elapsedNs(), // CLOCK_MONOTONIC_RAW
  7: () => MONO_BASE_NS + elapsedNs(), // CLOCK_BOOTTIME (nothing suspends the simulated machine)
  11: wallNs, // CLOCK_TAI (the kernel's TAI offset is 0 unless an NTP daemon sets it)
};

/** The clk_id argument ("i" format; 3.13's clock_gettime[_ns] use their own converter and message). */
function clockIdArg(o: PyObject, own313: boolean): number {
  const v313 = own313 && RT.profile.versionInfo[1] >= 13;
  if (v313 && !(o instanceof IntObject)) raise(E.TypeError, `clk_id should be integer, not ${o.ob_type.tp_name}`);
  const v = A.indexValue(o);
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
    if (v313) raise(E.TypeError, 'clk_id should be integer, not int');
    raise(E.OverflowError, 'Python int too large to convert to C long');
  }
  if (v > 0x7fffffff) raise(E.OverflowError, 'signed integer is greater than maximum');
  if (v < -0x80000000) raise(E.OverflowError, 'signed integer is less than minimum');
  return Number(v);
}

function clockGettime(name: string, ns: boolean): MethFn {
  return (_s, a, st, n, kw) => {
    const v313 = RT.profile.versionInfo[1] >= 13;
    if (kwCount(kw) > 0) raise(E.TypeError, `${v313 ? 'time.' + name : 'clock_gettime'}() takes no keyword arguments`);
    if (n !== 1) {
      raise(E.TypeError, v313 ? `time.${name}() takes exactly one argument (${n} given)` : `clock_gettime() takes exactly 1 argument (${n} given)`);
    }
    const read = CLOCK_READERS[clockIdArg(a[st], true)];
    if (read === undefined) EINVAL();
    const t = read();
    return ns ? newInt(t) : newFloat(nsToFloat(t));
  };
}

/**
 * clock_settime[_ns]: heapscope's simulated clocks cannot be set: the program gets what clock_settime(2)
 * gives an unprivileged process, EPERM for CLOCK_REALTIME (the only settable clock) and EINVAL otherwise.
 */
function clockSettime(name: string, ns: boolean): MethFn {
  return (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, `${name}() takes no keyword arguments`);
    if (n !== 2) raise(E.TypeError, `${name}() takes exactly 2 arguments (${n} given)`);
    const id = clockIdArg(a[st], false);
    const t = a[st + 1];
    if (ns) {
      if (!(t instanceof IntObject)) raise(E.TypeError, `expect int, got ${t.ob_type.tp_name}`);
    } else secondsArg(t);
    return id === 0 ? raiseErrno(1, 'Operation not permitted') : EINVAL();
  };
}

/** get_clock_info(name): the clock each function reads, as CPython reports it on Linux. */
const CLOCK_INFO: Record<string, [string, boolean, boolean]> = {
  time: ['clock_gettime(CLOCK_REALTIME)', false, true],
  monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false],
  thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false],
};

const FUNCS: Record<string, MethFn> = {
  ...clockFns('time', wallNs),
  clock_gettime: clockGettime('clock_gettime', false),
  clock_gettime_ns: clockGettime('clock_gettime_ns', true),
  clock_settime: clockSettime('clock_settime', false),
  clock_settime_ns: clockSettime('clock_settime_ns', true),
  clock_getres: (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'clock_getres() takes no keyword arguments');
    if (n !== 1) raise(E.TypeError, `clock_getres() takes exactly 1 argument (${n} given)`);
    if (CLOCK_READERS[clockIdArg(a[st], false)] === undefined) EINVAL();
    return newFloat(1e-9);
  },
  // heapscope has no threads module, so no value is the pthread_t of a thread: pthread_getcpuclockid(3) fails
  // with ESRCH (CPython passes the number on unchecked)
  pthread_getcpuclockid: (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'pthread_getcpuclockid() takes no keyword arguments');
    if (n !== 1) raise(E.TypeError, `pthread_getcpuclockid() takes exactly 1 argument (${n} given)`);
    if (!(a[st] instanceof IntObject)) raise(E.TypeError, `pthread_getcpuclockid() argument 1 must be int, not ${a[st].ob_type.tp_name}`);
    return raiseErrno(3, 'No such process');
  },
  ...clockFns('monotonic', () => MONO_BASE_NS + elapsedNs()),
  ...clockFns('perf_counter', () => MONO_BASE_NS + elapsedNs()),
  ...clockFns('process_time', cpuNs),
  ...clockFns('thread_time', cpuNs),
  sleep: (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'sleep() takes no keyword arguments');
    if (n !== 1) raise(E.TypeError, `time.sleep() takes exactly one argument (${n} given)`);
    const x = a[st];
    let secs: number;
    if (x instanceof IntObject) secs = Number(x.value);
    else if (x instanceof FloatObject) {
      secs = x.value;
      if (secs !== secs) raise(E.ValueError, 'Invalid value NaN (not a number)');
    } else if (x.ob_type.nb_float !== null) secs = floatValueOf(x);
    else raise(E.TypeError, `'${x.ob_type.tp_name}' object cannot be interpreted as an integer`);
    if (secs < 0) raise(E.ValueError, 'sleep length must be non-negative');
    clock().slept += BigInt(Math.round(secs * 1e9));
    return newref(None);
  },
  gmtime: (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'gmtime() takes no keyword arguments');
    if (n > 1) raise(E.TypeError, `gmtime expected at most 1 argument, got ${n}`);
    return structFromTm(tmFromSeconds(secondsArg(n === 1 ? a[st] : null), 'GMT'));
  },
  localtime: (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'localtime() takes no keyword arguments');
    if (n > 1) raise(E.TypeError, `localtime expected at most 1 argument, got ${n}`);
    return structFromTm(tmFromSeconds(secondsArg(n === 1 ? a[st] : null), 'UTC'));
  },
  mktime: (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'mktime() takes no keyword arguments');
    if (n !== 1) raise(E.TypeError, `time.mktime() takes exactly one argument (${n} given)`);
    return newFloat(secondsFromTm(tmFromArg(a[st], 'mktime')));
  },
  asctime: (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'asctime() takes no keyword arguments');
    if (n > 1) raise(E.TypeError, `asctime expected at most 1 argument, got ${n}`);
    const tm = n === 1 ? tmFromArg(a[st], 'asctime') : tmFromSeconds(secondsArg(null), 'UTC');
    return newStr(asctime(tm));
  },
  ctime: (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'ctime() takes no keyword arguments');
    if (n > 1) raise(E.TypeError, `ctime expected at most 1 argument, got ${n}`);
    return newStr(asctime(tmFromSeconds(secondsArg(n === 1 ? a[st] : null), 'UTC')));
  },
  strptime: (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'strptime() takes no keyword arguments');
    if (n < 1 || n > 2) raise(E.TypeError, n < 1 ? `strptime expected at least 1 argument, got ${n}` : `strptime expected at most 2 arguments, got ${n}`);
    const data = a[st];
    const format = n === 2 ? a[st + 1] : null;
    for (const [i, v] of [[0, data], [1, format]] as const) {
      if (v !== null && !(v instanceof StrObject)) raise(E.TypeError, `strptime() argument ${i} must be str, not ${A.reprString(v.ob_type)}`);
    }
    return newStructTime(strptime((data as StrObject).value, format === null ? '%a %b %d %H:%M:%S %Y' : (format as StrObject).value));
  },
  strftime: (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'strftime() takes no keyword arguments');
    if (n < 1 || n > 2) raise(E.TypeError, n < 1 ? `strftime expected at least 1 argument, got ${n}` : `strftime expected at most 2 arguments, got ${n}`);
    const f = a[st];
    if (!(f instanceof StrObject)) raise(E.TypeError, `strftime() argument 1 must be str, not ${f.ob_type.tp_name}`);
    const tm = n === 2 ? tmFromArg(a[st + 1], 'strftime') : tmFromSeconds(secondsArg(null), 'UTC');
    return newStr(strftime(f.value, tm));
  },
  // tzset(): the zone stays UTC; init_timezone sets the four attributes again (new objects)
  tzset: (mod, _a, _st, n, kw) => {
    noArgsFn('tzset', n, kw);
    setTimezoneAttrs(mod.dict as DictObject);
    return newref(None);
  },
  get_clock_info: (_s, a, st, n, kw) => {
    if (kwCount(kw) > 0) raise(E.TypeError, 'get_clock_info() takes no keyword arguments');
    if (n !== 1) raise(E.TypeError, `get_clock_info() takes exactly 1 argument (${n} given)`);
    const name = a[st];
    if (!(name instanceof StrObject)) raise(E.TypeError, `get_clock_info() argument 1 must be str, not ${name.ob_type.tp_name}`);
    const info = Object.hasOwn(CLOCK_INFO, name.value) ? CLOCK_INFO[name.value] : undefined;
    if (info === undefined) raise(E.ValueError, 'unknown clock');
    // _PyNamespace_New(dict): implementation, monotonic, adjustable, resolution
    const impl = newStr(info[0]);
    const res = newFloat(1e-9);
    try {
      return newNamespace([
        ['implementation', impl],
        ['monotonic', RT.newBool(info[1])],
        ['adjustable', RT.newBool(info[2])],
        ['resolution', res],
      ]);
    } finally {
      decref(impl);
      decref(res);
    }
  },
};

/** The order of CPython's time_methods table (the module dict's order). */
const FUNC_ORDER = [
  'time', 'time_ns', 'clock_gettime', 'clock_gettime_ns', 'clock_settime', 'clock_settime_ns', 'clock_getres',
  'pthread_getcpuclockid', 'sleep', 'gmtime', 'localtime', 'asctime', 'ctime', 'mktime', 'strftime', 'strptime', 'tzset',
  'monotonic', 'monotonic_ns', 'process_time', 'process_time_ns', 'thread_time', 'thread_time_ns', 'perf_counter',
  'perf_counter_ns', 'get_clock_info',
];

/** init_timezone: timezone, altzone, daylight, tzname (the simulated zone is UTC). */
function setTimezoneAttrs(d: DictObject): void {
  const set = (name: string, v: PyObject) => {
    dictSetStr(d, name, v);
    decref(v);
  };
  set('timezone', newInt(0));
  set('altzone', newInt(0));
  set('daylight', newInt(0));
  set('tzname', newTuple([newStr('UTC'), newStr('UTC')]));
}

NATIVE_MODULES.time = () => {
  const m = newModule('time');
  const d = m.dict as DictObject;
  const set = (name: string, v: PyObject) => {
    dictSetStr(d, name, v);
    decref(v);
  };
  set('__doc__', newStr('This module provides various functions to manipulate time values.'));
  for (const name of FUNC_ORDER) moduleFn(m, name, FUNCS[name]);
  // time_exec: the zone attributes, the clock ids, _STRUCT_TM_ITEMS, struct_time
  setTimezoneAttrs(d);
  const clocksC: [string, number][] = [
    ['CLOCK_REALTIME', 0], ['CLOCK_MONOTONIC', 1], ['CLOCK_MONOTONIC_RAW', 4], ['CLOCK_PROCESS_CPUTIME_ID', 2],
    ['CLOCK_THREAD_CPUTIME_ID', 3], ['CLOCK_BOOTTIME', 7], ['CLOCK_TAI', 11],
  ];
  for (const [name, v] of clocksC) set(name, newInt(v));
  set('_STRUCT_TM_ITEMS', newInt(FIELDS.length));
  dictSetStr(d, 'struct_time', StructTimeType);
  return m;
};

export { incref };
