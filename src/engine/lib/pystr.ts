/**
 * Cores of Python's `str` methods on JS strings, matching CPython 3.12 exactly.
 *
 * Design note
 * - A Python `str` is a JS string (UTF-16). Python indexes by code point, so every index-based
 *   operation is code-point correct. A string with no UTF-16 surrogate at all (`!hasAstral(s)`)
 *   has code point index == JS index: that is the fast path everything takes first (one native
 *   regex scan). Strings with surrogate pairs convert indices through `cpToUnit` / `unitToCp`
 *   (linear), and searching happens on UTF-16 units with a boundary check so that a lone
 *   surrogate in the needle never matches half of a pair.
 * - Representation limit: a Python string holding a high surrogate immediately followed by a low
 *   surrogate ('\ud800\udc00', two code points) cannot be told apart from '\U00010000' in UTF-16.
 *   The VM should avoid creating one (CPython code practically never does); here it reads as the
 *   astral character.
 * - Indices/counts arrive as JS numbers: the caller converts Python ints (`__index__`) and clamps
 *   huge values to +-Number.MAX_SAFE_INTEGER, which gives the same result as CPython's
 *   Py_ssize_t clamping. `null` means Python's None / omitted argument.
 * - Type checks (e.g. "must be str, not int") stay with the caller; value errors
 *   (`empty separator`, fill character length, ...) are raised here as PyLibError with CPython's
 *   exact text. Unicode classification and case mapping come from ./unicode (CPython's tables,
 *   not the JS engine's, which follow a newer Unicode).
 */
import { PyLibError } from './errors';
import {
  charFlags,
  F_ALPHA,
  F_DECIMAL,
  F_DIGIT,
  F_LOWER,
  F_NUMERIC,
  F_PRINTABLE,
  F_TITLE,
  F_UPPER,
  isCasedCp,
  isCaseIgnorableCp,
  isLinebreakCp,
  isSpaceCp,
  isXidContinueCp,
  isXidStartCp,
  toFoldedFull,
  toLowerFull,
  toTitleFull,
  toUpperFull,
} from './unicode';

// ================================================================ code points

const SURROGATE_RE = /[\uD800-\uDFFF]/;
const NON_ASCII_RE = /[\u0080-\uffff]/;
const NON_LATIN1_RE = /[\u0100-\uffff]/;

/**
 * True when `s` contains any UTF-16 surrogate (an astral character, or a lone surrogate).
 * When false, code point indices equal JS indices and every fast path applies.
 */
export function hasAstral(s: string): boolean {
  return SURROGATE_RE.test(s);
}

export function isAsciiStr(s: string): boolean {
  return !NON_ASCII_RE.test(s);
}

export function isLatin1Str(s: string): boolean {
  return !NON_LATIN1_RE.test(s);
}

const isHigh = (u: number): boolean => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff;

/** `len(s)`: the number of code points. */
export function cpLength(s: string): number {
  if (!SURROGATE_RE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

/** The largest code point in `s` (0 for ''). */
export function maxCodePoint(s: string): number {
  let m = 0;
  if (!SURROGATE_RE.test(s)) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > m) m = c;
    }
    return m;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (c > m) m = c;
  }
  return m;
}

/**
 * CPython's PEP 393 kind: 1 (max char < 256; `isAsciiStr` tells the compact-ASCII case apart),
 * 2 (BMP) or 4 (astral). `sys.getsizeof` depends on it.
 */
export function strKind(s: string): 1 | 2 | 4 {
  if (!NON_LATIN1_RE.test(s)) return 1;
  const m = maxCodePoint(s);
  return m < 0x10000 ? 2 : 4;
}

/** JS index of code point `cp` (0 <= cp <= cpLength(s); cpLength maps to s.length). Linear. */
export function cpToUnit(s: string, cp: number): number {
  let u = 0;
  for (let n = 0; n < cp && u < s.length; n++) {
    if (isHigh(s.charCodeAt(u)) && u + 1 < s.length && isLow(s.charCodeAt(u + 1))) u += 2;
    else u++;
  }
  return u;
}

/** Code point index of JS index `u` (which must be on a code point boundary). Linear. */
export function unitToCp(s: string, u: number): number {
  let n = 0;
  for (let i = 0; i < u; i++) {
    if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

/**
 * JS offsets of every code point plus a final `s.length` (length cpLength(s) + 1). The VM can cache
 * this on a str object to make repeated indexing of astral strings O(1).
 */
export function cpOffsets(s: string): Uint32Array {
  const out = new Uint32Array(cpLength(s) + 1);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    out[n++] = i;
    if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
  }
  out[n] = s.length;
  return out;
}

/** `s[i]` for an already-normalised index 0 <= i < cpLength(s). */
export function cpAt(s: string, i: number): string {
  if (!SURROGATE_RE.test(s)) return s[i];
  const u = cpToUnit(s, i);
  const c = s.codePointAt(u)!;
  return c > 0xffff ? s.slice(u, u + 2) : s[u];
}

/** Iterate code points as numbers (a lone surrogate is its own code point). */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    out.push(c);
  }
  return out;
}

export function cpStr(cp: number): string {
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

/** `chr(i)` core (ValueError text as CPython). */
export function chr(i: number): string {
  if (!(i >= 0 && i <= 0x10ffff)) throw new PyLibError('ValueError', 'chr() arg not in range(0x110000)');
  return cpStr(i);
}

/** `ord(c)` core; the caller has checked the type. */
export function ord(c: string): number {
  const n = cpLength(c);
  if (n !== 1) throw new PyLibError('TypeError', `ord() expected a character, but string of length ${n} found`);
  return c.codePointAt(0)!;
}

/**
 * PySlice_AdjustIndices: Python slice arguments (null = omitted) for a sequence of length `len`
 * -> [start, stop, step, slicelength] with start/stop clamped as CPython does.
 */
export function sliceIndices(
  len: number,
  start: number | null,
  stop: number | null,
  step: number | null,
): [number, number, number, number] {
  const st = step ?? 1;
  if (st === 0) throw new PyLibError('ValueError', 'slice step cannot be zero');
  let a: number;
  let b: number;
  if (start === null) a = st < 0 ? len - 1 : 0;
  else {
    a = start;
    if (a < 0) {
      a += len;
      if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= len) a = st < 0 ? len - 1 : len;
  }
  if (stop === null) b = st < 0 ? -1 : len;
  else {
    b = stop;
    if (b < 0) {
      b += len;
      if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= len) b = st < 0 ? len - 1 : len;
  }
  let n = 0;
  if (st < 0) {
    if (b < a) n = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) n = Math.floor((b - a - 1) / st) + 1;
  return [a, b, st, n];
}

/**
 * `s[start:stop:step]` where start/stop/step are already normalised by `sliceIndices` (step != 0;
 * for negative steps start may be len-1 and stop -1). Code-point correct.
 */
export function cpSlice(s: string, start: number, stop: number, step: number): string {
  const astral = SURROGATE_RE.test(s);
  if (step === 1) {
    if (stop <= start) return '';
    if (!astral) return s.slice(start, stop);
    const a = cpToUnit(s, start);
    return s.slice(a, a + cpToUnit(s.slice(a), stop - start));
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  if (n === 0) return '';
  if (!astral) {
    if (step === -1 && start === s.length - 1 && stop === -1) return reverseBmp(s);
    const parts: string[] = new Array(n);
    for (let k = 0, i = start; k < n; k++, i += step) parts[k] = s[i];
    return parts.join('');
  }
  const cps = codePoints(s);
  const parts: string[] = new Array(n);
  for (let k = 0, i = start; k < n; k++, i += step) parts[k] = cpStr(cps[i]);
  return parts.join('');
}

function reverseBmp(s: string): string {
  const parts: string[] = new Array(s.length);
  for (let i = 0, j = s.length - 1; j >= 0; i++, j--) parts[i] = s[j];
  return parts.join('');
}

/**
 * Rich comparison by code point (JS `<` compares UTF-16 units, which orders astral characters
 * below U+E000..U+FFFF). Returns -1, 0 or 1.
 */
export function cpCompare(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : 1;
  // the common prefix ends at i; a pair straddling i beats a lone high surrogate
  const pa = i > 0 && isHigh(a.charCodeAt(i - 1)) && isLow(a.charCodeAt(i));
  const pb = i > 0 && isHigh(b.charCodeAt(i - 1)) && isLow(b.charCodeAt(i));
  if (pa !== pb) return pa ? 1 : -1;
  const x = pa ? a.charCodeAt(i) : a.codePointAt(i)!;
  const y = pb ? b.charCodeAt(i) : b.codePointAt(i)!;
  return x < y ? -1 : 1;
}

/** The code point covering unit i (the pair's value when i is the low half of a pair). */
function cpAtUnit(s: string, i: number): number {
  const u = s.charCodeAt(i);
  if (isLow(u) && i > 0 && isHigh(s.charCodeAt(i - 1))) return s.codePointAt(i - 1)!;
  return s.codePointAt(i)!;
}

// ================================================================ repr / ascii

const PLAIN_REPR_RE = /^[ -&(-[\]-~]*$/;
const HEX = '0123456789abcdef';

function hex2(c: number): string {
  return HEX[c >> 4] + HEX[c & 15];
}

function escapeCp(c: number): string {
  if (c < 0x100) return '\\x' + hex2(c);
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

/** `repr(s)`. */
export function strRepr(s: string): string {
  if (PLAIN_REPR_RE.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  return quote + escapeBody(s, quote, false) + quote;
}

/** `ascii(s)` for a str. */
export function strAscii(s: string): string {
  if (PLAIN_REPR_RE.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  return quote + escapeBody(s, quote, true) + quote;
}

/**
 * `ascii(obj)` given `repr(obj)` (PyObject_ASCII): every non-ASCII code point backslash-escaped
 * (\xNN, \uNNNN, \UNNNNNNNN), everything else kept.
 */
export function asciiEscape(r: string): string {
  if (!NON_ASCII_RE.test(r)) return r;
  let out = '';
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (c < 0x80) {
      out += r[i];
      continue;
    }
    if (isHigh(c) && i + 1 < r.length && isLow(r.charCodeAt(i + 1))) {
      out += escapeCp(r.codePointAt(i)!);
      i++;
    } else out += escapeCp(c);
  }
  return out;
}

function escapeBody(s: string, quote: string, asciiOnly: boolean): string {
  const q = quote.charCodeAt(0);
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== q && c !== 0x5c) continue;
    if (c >= 0x7f && !asciiOnly && !isHigh(c) && !isLow(c) && (charFlags(c) & F_PRINTABLE) !== 0) continue;
    out += s.slice(run, i);
    let len = 1;
    if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
      c = s.codePointAt(i)!;
      len = 2;
    }
    if (c === q || c === 0x5c) out += '\\' + s[i];
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex2(c);
    else if (!asciiOnly && c > 0xffff && (charFlags(c) & F_PRINTABLE) !== 0) out += s.slice(i, i + 2);
    else out += escapeCp(c);
    i += len - 1;
    run = i + 1;
  }
  return out + s.slice(run);
}

// ================================================================ searching

interface Span {
  /** unit offsets of the searched range */
  a: number;
  b: number;
}

/** ADJUST_INDICES: clamp start/end (code points) against len. */
function adjust(start: number | null, end: number | null, len: number): [number, number] {
  let st = start ?? 0;
  let en = end ?? len;
  if (en > len) en = len;
  else if (en < 0) {
    en += len;
    if (en < 0) en = 0;
  }
  if (st < 0) {
    st += len;
    if (st < 0) st = 0;
  }
  return [st, en];
}

/** Unit span for a clamped code-point range of s (end may be < start). */
function span(s: string, astral: boolean, st: number, en: number): Span {
  if (!astral) return { a: st, b: en };
  const a = cpToUnit(s, st);
  return { a, b: en <= st ? a : a + cpToUnit(s.slice(a), en - st) };
}

/** Does `sub` occur at unit i without splitting a surrogate pair? */
function boundaryOk(s: string, sub: string, i: number): boolean {
  if (sub.length === 0) return true;
  if (isLow(sub.charCodeAt(0)) && i > 0 && isHigh(s.charCodeAt(i - 1))) return false;
  const e = i + sub.length;
  if (isHigh(sub.charCodeAt(sub.length - 1)) && e < s.length && isLow(s.charCodeAt(e))) return false;
  return true;
}

function needsBoundaryCheck(sub: string): boolean {
  return sub.length > 0 && (isLow(sub.charCodeAt(0)) || isHigh(sub.charCodeAt(sub.length - 1)));
}

/** First unit index >= from where sub occurs, ending at or before `limit`; -1 if none. */
function indexIn(s: string, sub: string, from: number, limit: number): number {
  const check = needsBoundaryCheck(sub);
  let i = s.indexOf(sub, from);
  while (i >= 0 && i + sub.length <= limit) {
    if (!check || boundaryOk(s, sub, i)) return i;
    i = s.indexOf(sub, i + 1);
  }
  return -1;
}

/** Last unit index >= from where sub occurs ending at or before limit; -1 if none. */
function lastIndexIn(s: string, sub: string, from: number, limit: number): number {
  const check = needsBoundaryCheck(sub);
  let i = limit - sub.length;
  if (i < from) return -1;
  i = s.lastIndexOf(sub, i);
  while (i >= from) {
    if (!check || boundaryOk(s, sub, i)) return i;
    if (i === 0) return -1;
    i = s.lastIndexOf(sub, i - 1);
  }
  return -1;
}

/** `s.find(sub, start, end)` (code point result). */
export function find(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const astral = SURROGATE_RE.test(s);
  const len = astral ? cpLength(s) : s.length;
  const [st, en] = adjust(start, end, len);
  const subLen = astral ? cpLength(sub) : sub.length;
  if (en - st < subLen) return -1;
  if (!astral) {
    const r = s.indexOf(sub, st);
    return r >= 0 && r + sub.length <= en ? r : -1;
  }
  const sp = span(s, astral, st, en);
  const r = indexIn(s, sub, sp.a, sp.b);
  return r < 0 ? -1 : unitToCp(s, r);
}

/** `s.rfind(sub, start, end)`. */
export function rfind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const astral = SURROGATE_RE.test(s);
  const len = astral ? cpLength(s) : s.length;
  const [st, en] = adjust(start, end, len);
  const subLen = astral ? cpLength(sub) : sub.length;
  if (en - st < subLen) return -1;
  if (!astral) {
    const r = s.lastIndexOf(sub, en - sub.length);
    return r >= st ? r : -1;
  }
  const sp = span(s, astral, st, en);
  const r = lastIndexIn(s, sub, sp.a, sp.b);
  return r < 0 ? -1 : unitToCp(s, r);
}

/** `s.index(...)`: ValueError 'substring not found'. */
export function index(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const r = find(s, sub, start, end);
  if (r < 0) throw new PyLibError('ValueError', 'substring not found');
  return r;
}

export function rindex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const r = rfind(s, sub, start, end);
  if (r < 0) throw new PyLibError('ValueError', 'substring not found');
  return r;
}

/** `s.count(sub, start, end)`: non-overlapping; '' counts every position (end - start + 1). */
export function count(s: string, sub: string, start: number | null = null, end: number | null = null): number {
  const astral = SURROGATE_RE.test(s);
  const len = astral ? cpLength(s) : s.length;
  const [st, en] = adjust(start, end, len);
  const subLen = astral ? cpLength(sub) : sub.length;
  if (en - st < subLen) return 0;
  if (subLen === 0) return en - st + 1;
  const sp = span(s, astral, st, en);
  let n = 0;
  let i = indexIn(s, sub, sp.a, sp.b);
  while (i >= 0) {
    n++;
    i = indexIn(s, sub, i + sub.length, sp.b);
  }
  return n;
}

function tailmatch(s: string, sub: string, start: number | null, end: number | null, atEnd: boolean): boolean {
  const astral = SURROGATE_RE.test(s);
  const len = astral ? cpLength(s) : s.length;
  const [st, en0] = adjust(start, end, len);
  const subLen = astral ? cpLength(sub) : sub.length;
  const en = en0 - subLen;
  if (en < st) return false;
  if (subLen === 0) return true;
  const pos = atEnd ? en : st;
  const u = astral ? cpToUnit(s, pos) : pos;
  return s.startsWith(sub, u) && (!astral || boundaryOk(s, sub, u));
}

/** `s.startswith(prefix, start, end)` for one prefix (the caller loops over a tuple). */
export function startswith(s: string, prefix: string, start: number | null = null, end: number | null = null): boolean {
  if (start === null && end === null && !needsBoundaryCheck(prefix)) return s.startsWith(prefix);
  return tailmatch(s, prefix, start, end, false);
}

/** `s.endswith(suffix, start, end)` for one suffix. */
export function endswith(s: string, suffix: string, start: number | null = null, end: number | null = null): boolean {
  if (start === null && end === null && !needsBoundaryCheck(suffix)) return s.endsWith(suffix);
  return tailmatch(s, suffix, start, end, true);
}

export function removeprefix(s: string, prefix: string): string {
  return prefix && startswith(s, prefix) ? s.slice(prefix.length) : s;
}

export function removesuffix(s: string, suffix: string): string {
  return suffix && endswith(s, suffix) ? s.slice(0, s.length - suffix.length) : s;
}

// ================================================================ replace

/** `s.replace(old, new, count)`; count < 0 (default) means all. */
export function replace(s: string, old: string, repl: string, maxCount = -1): string {
  if (maxCount === 0) return s;
  if (old.length === 0) {
    if (repl.length === 0) return s;
    // insert repl before every code point and at the end, at most maxCount times
    const cps = SURROGATE_RE.test(s) ? Array.from(s) : null;
    const len = cps ? cps.length : s.length;
    const n = maxCount < 0 ? len + 1 : Math.min(maxCount, len + 1);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) {
      parts.push(repl);
      if (k < len) parts.push(cps ? cps[k] : s[k]);
    }
    if (n < len + 1) parts.push(cps ? cps.slice(n).join('') : s.slice(n));
    return parts.join('');
  }
  if (maxCount < 0 && !needsBoundaryCheck(old)) {
    // replaceAll is the fastest; a '$' in its replacement string would be a substitution pattern
    return repl.includes('$') ? s.split(old).join(repl) : s.replaceAll(old, repl);
  }
  const parts: string[] = [];
  let last = 0;
  let done = 0;
  let i = indexIn(s, old, 0, s.length);
  while (i >= 0 && (maxCount < 0 || done < maxCount)) {
    parts.push(s.slice(last, i), repl);
    last = i + old.length;
    done++;
    i = indexIn(s, old, last, s.length);
  }
  if (done === 0) return s;
  parts.push(s.slice(last));
  return parts.join('');
}

// ================================================================ split family

function isSpaceUnit(c: number): boolean {
  return c <= 0x20 ? c === 0x20 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) : c >= 0x85 && isSpaceCp(c);
}

/** `s.split(sep, maxsplit)`; sep null = runs of whitespace. */
export function split(s: string, sep: string | null = null, maxsplit = -1): string[] {
  const max = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  if (sep === null) {
    const n = s.length;
    let i = 0;
    let left = max;
    while (left-- > 0) {
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i;
      i++;
      while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i !== n) out.push(s.slice(i));
    }
    return out;
  }
  if (sep.length === 0) throw new PyLibError('ValueError', 'empty separator');
  // JS's split is a runtime call: faster for long strings, slower than the indexOf loop below for short ones
  if (max === Infinity && s.length > 256 && !needsBoundaryCheck(sep)) return s.split(sep);
  let i = 0;
  let left = max;
  while (left-- > 0) {
    const j = indexIn(s, sep, i, s.length);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

/** `s.rsplit(sep, maxsplit)`. */
export function rsplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  if (maxsplit < 0) return split(s, sep, -1);
  const out: string[] = [];
  if (sep === null) {
    let i = s.length - 1;
    let left = maxsplit;
    while (left-- > 0) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i;
      i--;
      while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
      if (i >= 0) out.push(s.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (sep.length === 0) throw new PyLibError('ValueError', 'empty separator');
  let j = s.length;
  let left = maxsplit;
  while (left-- > 0) {
    const p = lastIndexIn(s, sep, 0, j);
    if (p < 0) break;
    out.push(s.slice(p + sep.length, j));
    j = p;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

/** `s.splitlines(keepends)`: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLinebreakCp(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** `s.partition(sep)`. */
export function partition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw new PyLibError('ValueError', 'empty separator');
  const i = indexIn(s, sep, 0, s.length);
  if (i < 0) return [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** `s.rpartition(sep)`. */
export function rpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw new PyLibError('ValueError', 'empty separator');
  const i = lastIndexIn(s, sep, 0, s.length);
  if (i < 0) return ['', '', s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** `sep.join(parts)`: the caller has checked that every item is a str. */
export function join(sep: string, parts: readonly string[]): string {
  return parts.join(sep);
}

// ================================================================ strip

function stripImpl(s: string, chars: string | null, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (chars === null) {
    if (left) while (i < j && isSpaceUnit(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceUnit(s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  if (chars.length === 0) return s;
  if (!SURROGATE_RE.test(chars)) {
    // no surrogate in chars: a unit match is a code point match
    if (left) while (i < j && chars.includes(s[i])) i++;
    if (right) while (j > i && chars.includes(s[j - 1])) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const set = new Set(codePoints(chars));
  if (left) {
    while (i < j) {
      const c = s.codePointAt(i)!;
      if (!set.has(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
  }
  if (right) {
    while (j > i) {
      const c = cpAtUnit(s, j - 1);
      if (!set.has(c)) break;
      j -= c > 0xffff ? 2 : 1;
    }
  }
  return s.slice(i, j);
}

export function strip(s: string, chars: string | null = null): string {
  return stripImpl(s, chars, true, true);
}
export function lstrip(s: string, chars: string | null = null): string {
  return stripImpl(s, chars, true, false);
}
export function rstrip(s: string, chars: string | null = null): string {
  return stripImpl(s, chars, false, true);
}

// ================================================================ case


function nextCp(s: string, i: number): number {
  return s.codePointAt(i)!;
}

/** handle_capital_sigma: U+03A3 at unit i lowers to final sigma in \p{cased}\p{ci}* _ !(\p{ci}*\p{cased}). */
function lowerSigma(s: string, i: number): string {
  let j = i;
  let c = 0;
  let found = false;
  while (j > 0) {
    c = cpAtUnit(s, j - 1);
    j -= c > 0xffff ? 2 : 1;
    if (!isCaseIgnorableCp(c)) {
      found = true;
      break;
    }
  }
  let final = found && isCasedCp(c);
  if (final) {
    let k = i + 1;
    let hit = false;
    while (k < s.length) {
      c = nextCp(s, k);
      k += c > 0xffff ? 2 : 1;
      if (!isCaseIgnorableCp(c)) {
        hit = true;
        break;
      }
    }
    final = !hit || !isCasedCp(c);
  }
  return final ? '\u03c2' : '\u03c3';
}

function lowerAt(s: string, i: number, c: number): string {
  return c === 0x3a3 ? lowerSigma(s, i) : toLowerFull(c);
}

function mapCps(s: string, fn: (c: number, i: number) => string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out += fn(c, i);
    if (c > 0xffff) i++;
  }
  return out;
}

export function upper(s: string): string {
  if (!NON_ASCII_RE.test(s)) return s.toUpperCase();
  return mapCps(s, (c) => toUpperFull(c));
}

export function lower(s: string): string {
  if (!NON_ASCII_RE.test(s)) return s.toLowerCase();
  return mapCps(s, (c, i) => lowerAt(s, i, c));
}

export function casefold(s: string): string {
  if (!NON_ASCII_RE.test(s)) return s.toLowerCase();
  return mapCps(s, (c) => toFoldedFull(c));
}

export function swapcase(s: string): string {
  if (!NON_ASCII_RE.test(s)) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : s[i];
    }
    return out;
  }
  return mapCps(s, (c, i) => {
    const f = charFlags(c);
    if (f & F_UPPER) return lowerAt(s, i, c);
    if (f & F_LOWER) return toUpperFull(c);
    return cpStr(c);
  });
}

export function title(s: string): string {
  let prevCased = false;
  if (!NON_ASCII_RE.test(s)) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const isU = c >= 65 && c <= 90;
      const isL = c >= 97 && c <= 122;
      if (prevCased) out += isU ? String.fromCharCode(c + 32) : s[i];
      else out += isL ? String.fromCharCode(c - 32) : s[i];
      prevCased = isU || isL;
    }
    return out;
  }
  return mapCps(s, (c, i) => {
    const r = prevCased ? lowerAt(s, i, c) : toTitleFull(c);
    prevCased = isCasedCp(c);
    return r;
  });
}

export function capitalize(s: string): string {
  if (s.length === 0) return s;
  if (!NON_ASCII_RE.test(s)) return s[0].toUpperCase() + s.slice(1).toLowerCase();
  let first = true;
  return mapCps(s, (c, i) => {
    if (first) {
      first = false;
      return toTitleFull(c);
    }
    return lowerAt(s, i, c);
  });
}

// ================================================================ predicates

/** Shared loop: every code point's flags satisfy `ok`; false for ''. */
function allCps(s: string, ok: (f: number, c: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (!ok(charFlags(c), c)) return false;
  }
  return true;
}

export function isalpha(s: string): boolean {
  if (!NON_ASCII_RE.test(s)) return /^[A-Za-z]+$/.test(s);
  return allCps(s, (f) => (f & F_ALPHA) !== 0);
}
export function isdecimal(s: string): boolean {
  if (!NON_ASCII_RE.test(s)) return /^[0-9]+$/.test(s);
  return allCps(s, (f) => (f & F_DECIMAL) !== 0);
}
export function isdigit(s: string): boolean {
  if (!NON_ASCII_RE.test(s)) return /^[0-9]+$/.test(s);
  return allCps(s, (f) => (f & F_DIGIT) !== 0);
}
export function isnumeric(s: string): boolean {
  if (!NON_ASCII_RE.test(s)) return /^[0-9]+$/.test(s);
  return allCps(s, (f) => (f & F_NUMERIC) !== 0);
}
export function isalnum(s: string): boolean {
  if (!NON_ASCII_RE.test(s)) return /^[A-Za-z0-9]+$/.test(s);
  return allCps(s, (f) => (f & (F_ALPHA | F_DECIMAL | F_DIGIT | F_NUMERIC)) !== 0);
}
export function isspace(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isSpaceUnit(s.charCodeAt(i))) return false;
  return true;
}
export function isprintable(s: string): boolean {
  if (/^[ -~]*$/.test(s)) return true;
  return s.length === 0 || allCps(s, (f) => (f & F_PRINTABLE) !== 0);
}
export function isascii(s: string): boolean {
  return !NON_ASCII_RE.test(s);
}

export function isupper(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    const f = charFlags(c);
    if (f & (F_LOWER | F_TITLE)) return false;
    if (f & F_UPPER) cased = true;
  }
  return cased;
}

export function islower(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    const f = charFlags(c);
    if (f & (F_UPPER | F_TITLE)) return false;
    if (f & F_LOWER) cased = true;
  }
  return cased;
}

export function istitle(s: string): boolean {
  let cased = false;
  let prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    const f = charFlags(c);
    if (f & (F_UPPER | F_TITLE)) {
      if (prev) return false;
      prev = true;
      cased = true;
    } else if (f & F_LOWER) {
      if (!prev) return false;
      prev = true;
      cased = true;
    } else prev = false;
  }
  return cased;
}

export function isidentifier(s: string): boolean {
  if (s.length === 0) return false;
  if (!NON_ASCII_RE.test(s)) return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
  const c0 = s.codePointAt(0)!;
  if (!isXidStartCp(c0) && c0 !== 0x5f) return false;
  for (let i = c0 > 0xffff ? 2 : 1; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (!isXidContinueCp(c)) return false;
  }
  return true;
}

// ================================================================ padding / layout

function fillCheck(fill: string): void {
  if (fill.length === 0 || (fill.length > 1 && cpLength(fill) !== 1)) {
    throw new PyLibError('TypeError', 'The fill character must be exactly one character long');
  }
}

function pad(fill: string, n: number): string {
  return n <= 0 ? '' : fill.repeat(n);
}

export function ljust(s: string, width: number, fill = ' '): string {
  fillCheck(fill);
  const len = cpLength(s);
  return width <= len ? s : s + pad(fill, width - len);
}

export function rjust(s: string, width: number, fill = ' '): string {
  fillCheck(fill);
  const len = cpLength(s);
  return width <= len ? s : pad(fill, width - len) + s;
}

export function center(s: string, width: number, fill = ' '): string {
  fillCheck(fill);
  const len = cpLength(s);
  if (width <= len) return s;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(fill, left) + s + pad(fill, marg - left);
}

export function zfill(s: string, width: number): string {
  const len = cpLength(s);
  if (width <= len) return s;
  const fill = width - len;
  const c = s[0];
  if (c === '+' || c === '-') return c + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

export function expandtabs(s: string, tabsize = 8): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      out += s.slice(run, i);
      run = i + 1;
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += ' '.repeat(incr);
      }
    } else {
      if (!(isLow(c) && i > 0 && isHigh(s.charCodeAt(i - 1)))) col++;
      if (c === 10 || c === 13) col = 0;
    }
  }
  return out + s.slice(run);
}

/** `s * n`. */
export function repeat(s: string, n: number): string {
  if (n <= 0 || s.length === 0) return '';
  if (n === 1) return s;
  if (cpLength(s) * n > Number.MAX_SAFE_INTEGER) throw new PyLibError('OverflowError', 'repeated string is too long');
  if (s.length * n > 0x1fffffe8) throw new PyLibError('MemoryError', '');
  return s.repeat(n);
}

// ================================================================ translate

/** Result of `str.maketrans(x, y[, z])` with strings: code point -> code point, or null (delete). */
export function maketrans(x: string, y: string, z: string | null = null): Map<number, number | null> {
  const xs = codePoints(x);
  const ys = codePoints(y);
  if (xs.length !== ys.length) {
    throw new PyLibError('ValueError', 'the first two maketrans arguments must have equal length');
  }
  const m = new Map<number, number | null>();
  for (let i = 0; i < xs.length; i++) m.set(xs[i], ys[i]);
  if (z !== null) for (const c of codePoints(z)) m.set(c, null);
  return m;
}

/**
 * `s.translate(table)` core. `lookup(cp)` returns the replacement string, null to delete, or
 * undefined to keep the character (LookupError/IndexError from `table[cp]`). The caller turns the
 * table's values (int -> chr, None, str, else TypeError 'character mapping must return integer,
 * None or str') into those results.
 */
export function translate(s: string, lookup: (cp: number) => string | null | undefined): string {
  const cache = new Map<number, string | null | undefined>();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    const w = c > 0xffff ? 2 : 1;
    let r: string | null | undefined;
    if (cache.has(c)) r = cache.get(c);
    else {
      r = lookup(c);
      cache.set(c, r);
    }
    if (r === undefined) out += s.slice(i, i + w);
    else if (r !== null) out += r;
    i += w - 1;
  }
  return out;
}

// ================================================================ string module

export const ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz';
export const ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const ascii_letters = ascii_lowercase + ascii_uppercase;
export const digits = '0123456789';
export const hexdigits = '0123456789abcdefABCDEF';
export const octdigits = '01234567';
export const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
export const whitespace = ' \t\n\r\x0b\x0c';
export const printable = digits + ascii_letters + punctuation + whitespace;

/** `string.capwords(s, sep=None)`. */
export function capwords(s: string, sep: string | null = null): string {
  return split(s, sep).map(capitalize).join(sep ?? ' ');
}
