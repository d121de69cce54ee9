/**
 * Cores of Python's `bytes` / `bytearray` methods on Uint8Array, matching CPython 3.12.
 *
 * Design note
 * - Values are Uint8Array; results are fresh arrays (the caller wraps them as bytes or bytearray;
 *   bytearray's in-place methods can copy the result back).
 * - Searching, splitting on a separator, replacing and friends run on "binary strings" (one JS
 *   char per byte, U+0000..U+00FF): the conversion is linear and V8's native string search is
 *   sub-quadratic, and those strings never contain surrogates, so the str cores in ./pystr take
 *   their fast paths and give exactly CPython's slice-clamping and empty-needle rules.
 * - Everything byte-specific is ASCII-only as in CPython: whitespace is b' \t\n\r\x0b\x0c' (no
 *   \x1c-\x1f), case mapping and is*() only know A-Z/a-z/0-9, splitlines only knows \n, \r, \r\n.
 * - An int needle (`b.find(65)`) is passed as a number; the caller checked the type, this module
 *   checks the range ('byte must be in range(0, 256)').
 */
import { PyLibError } from './errors';
import * as S from './pystr';

export type Needle = Uint8Array | number;

/** Uint8Array -> binary string (one char per byte). Linear, chunked for huge inputs. */
export function bytesToBinary(b: Uint8Array): string {
  if (b.length <= 4096) return String.fromCharCode.apply(null, b as unknown as number[]);
  let out = '';
  for (let i = 0; i < b.length; i += 4096) {
    out += String.fromCharCode.apply(null, b.subarray(i, i + 4096) as unknown as number[]);
  }
  return out;
}

/** Binary string (chars <= 0xFF) -> Uint8Array. */
export function binaryToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const enc = (n: Needle): string => {
  if (typeof n === 'number') {
    if (!(n >= 0 && n <= 255)) throw new PyLibError('ValueError', 'byte must be in range(0, 256)');
    return String.fromCharCode(n);
  }
  return bytesToBinary(n);
};

/** `bytes(n)` for an int: n zero bytes. */
export function bytesFromCount(n: number): Uint8Array {
  if (n < 0) throw new PyLibError('ValueError', 'negative count');
  return new Uint8Array(n);
}

/** `bytes(iterable_of_ints)` element check. */
export function checkByte(n: number): number {
  if (!(n >= 0 && n <= 255)) throw new PyLibError('ValueError', 'bytes must be in range(0, 256)');
  return n;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** memcmp-style ordering for <, <=, ... */
export function bytesCompare(a: Uint8Array, b: Uint8Array): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export function repeat(b: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || b.length === 0) return new Uint8Array(0);
  if (b.length * n > Number.MAX_SAFE_INTEGER) throw new PyLibError('OverflowError', 'repeated bytes are too long');
  if (b.length * n > 0x7fffffff) throw new PyLibError('MemoryError', '');
  const out = new Uint8Array(b.length * n);
  out.set(b);
  let filled = b.length;
  while (filled < out.length) {
    const k = Math.min(filled, out.length - filled);
    out.copyWithin(filled, 0, k);
    filled += k;
  }
  return out;
}

// ================================================================ repr / hex

/** `repr(b)`. For bytearray use `bytearrayRepr`. */
export function bytesRepr(b: Uint8Array): string {
  return reprBody(b, false);
}

/** bytearray's repr always backslash-escapes "'" (even inside double quotes), unlike bytes. */
function reprBody(b: Uint8Array, isBytearray: boolean): string {
  let sq = false;
  let dq = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) sq = true;
    else if (b[i] === 0x22) dq = true;
  }
  const quote = sq && !dq ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === quote || c === 0x5c || (isBytearray && c === 0x27)) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

export function bytearrayRepr(b: Uint8Array): string {
  return 'bytearray(' + reprBody(b, true) + ')';
}

const HEXD = '0123456789abcdef';

/** `b.hex(sep=None, bytes_per_sep=1)`; sep is a str (or a 1-byte bytes decoded by the caller). */
export function hex(b: Uint8Array, sep: string | null = null, bytesPerSep = 1): string {
  if (sep !== null) {
    if (S.cpLength(sep) !== 1) throw new PyLibError('ValueError', 'sep must be length 1.');
    if (sep.charCodeAt(0) > 127) throw new PyLibError('ValueError', 'sep must be ASCII.');
  }
  const parts: string[] = new Array(b.length);
  for (let i = 0; i < b.length; i++) parts[i] = HEXD[b[i] >> 4] + HEXD[b[i] & 15];
  if (sep === null || bytesPerSep === 0 || b.length === 0) return parts.join('');
  const k = Math.abs(bytesPerSep);
  const groups: string[] = [];
  if (bytesPerSep > 0) {
    // groups counted from the right
    let first = b.length % k || k;
    groups.push(parts.slice(0, first).join(''));
    for (; first < b.length; first += k) groups.push(parts.slice(first, first + k).join(''));
  } else {
    for (let i = 0; i < b.length; i += k) groups.push(parts.slice(i, i + k).join(''));
  }
  return groups.join(sep);
}

/** `bytes.fromhex(s)`: ASCII whitespace allowed between byte pairs. */
export function fromhex(s: string): Uint8Array {
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  const val = (c: number): number =>
    c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
  const isWs = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
  while (i < n) {
    if (isWs(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const hi = val(s.charCodeAt(i));
    if (hi < 0) throw new PyLibError('ValueError', `non-hexadecimal number found in fromhex() arg at position ${S.unitToCp(s, i)}`);
    const lo = i + 1 < n ? val(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) throw new PyLibError('ValueError', `non-hexadecimal number found in fromhex() arg at position ${S.unitToCp(s, i + 1)}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

// ================================================================ searching

export function find(b: Uint8Array, sub: Needle, start: number | null = null, end: number | null = null): number {
  return S.find(bytesToBinary(b), enc(sub), start, end);
}
export function rfind(b: Uint8Array, sub: Needle, start: number | null = null, end: number | null = null): number {
  return S.rfind(bytesToBinary(b), enc(sub), start, end);
}
export function index(b: Uint8Array, sub: Needle, start: number | null = null, end: number | null = null): number {
  const r = find(b, sub, start, end);
  if (r < 0) throw new PyLibError('ValueError', 'subsection not found');
  return r;
}
export function rindex(b: Uint8Array, sub: Needle, start: number | null = null, end: number | null = null): number {
  const r = rfind(b, sub, start, end);
  if (r < 0) throw new PyLibError('ValueError', 'subsection not found');
  return r;
}
export function count(b: Uint8Array, sub: Needle, start: number | null = null, end: number | null = null): number {
  return S.count(bytesToBinary(b), enc(sub), start, end);
}
export function startswith(b: Uint8Array, prefix: Uint8Array, start: number | null = null, end: number | null = null): boolean {
  return S.startswith(bytesToBinary(b), bytesToBinary(prefix), start, end);
}
export function endswith(b: Uint8Array, suffix: Uint8Array, start: number | null = null, end: number | null = null): boolean {
  return S.endswith(bytesToBinary(b), bytesToBinary(suffix), start, end);
}
export function removeprefix(b: Uint8Array, p: Uint8Array): Uint8Array {
  return startswith(b, p) ? b.slice(p.length) : b.slice();
}
export function removesuffix(b: Uint8Array, p: Uint8Array): Uint8Array {
  return p.length && endswith(b, p) ? b.slice(0, b.length - p.length) : b.slice();
}

export function replace(b: Uint8Array, old: Uint8Array, repl: Uint8Array, maxCount = -1): Uint8Array {
  return binaryToBytes(S.replace(bytesToBinary(b), bytesToBinary(old), bytesToBinary(repl), maxCount));
}

// ================================================================ split / strip / join

const isWsByte = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

export function split(b: Uint8Array, sep: Uint8Array | null = null, maxsplit = -1): Uint8Array[] {
  if (sep !== null) {
    if (sep.length === 0) throw new PyLibError('ValueError', 'empty separator');
    return S.split(bytesToBinary(b), bytesToBinary(sep), maxsplit).map(binaryToBytes);
  }
  const out: Uint8Array[] = [];
  const n = b.length;
  let i = 0;
  let left = maxsplit < 0 ? Infinity : maxsplit;
  while (left-- > 0) {
    while (i < n && isWsByte(b[i])) i++;
    if (i === n) break;
    const j = i;
    i++;
    while (i < n && !isWsByte(b[i])) i++;
    out.push(b.slice(j, i));
  }
  if (i < n) {
    while (i < n && isWsByte(b[i])) i++;
    if (i !== n) out.push(b.slice(i));
  }
  return out;
}

export function rsplit(b: Uint8Array, sep: Uint8Array | null = null, maxsplit = -1): Uint8Array[] {
  if (maxsplit < 0) return split(b, sep, -1);
  if (sep !== null) {
    if (sep.length === 0) throw new PyLibError('ValueError', 'empty separator');
    return S.rsplit(bytesToBinary(b), bytesToBinary(sep), maxsplit).map(binaryToBytes);
  }
  const out: Uint8Array[] = [];
  let i = b.length - 1;
  let left = maxsplit;
  while (left-- > 0) {
    while (i >= 0 && isWsByte(b[i])) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isWsByte(b[i])) i--;
    out.push(b.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isWsByte(b[i])) i--;
    if (i >= 0) out.push(b.slice(0, i + 1));
  }
  return out.reverse();
}

export function splitlines(b: Uint8Array, keepends = false): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = b.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && b[i] !== 10 && b[i] !== 13) i++;
    let eol = i;
    if (i < n) {
      if (b[i] === 13 && i + 1 < n && b[i + 1] === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(b.slice(j, eol));
  }
  return out;
}

export function partition(b: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  const [x, y, z] = S.partition(bytesToBinary(b), bytesToBinary(sep));
  return [binaryToBytes(x), binaryToBytes(y), binaryToBytes(z)];
}

export function rpartition(b: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  const [x, y, z] = S.rpartition(bytesToBinary(b), bytesToBinary(sep));
  return [binaryToBytes(x), binaryToBytes(y), binaryToBytes(z)];
}

export function join(sep: Uint8Array, parts: readonly Uint8Array[]): Uint8Array {
  let total = sep.length * Math.max(0, parts.length - 1);
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let o = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      out.set(sep, o);
      o += sep.length;
    }
    out.set(parts[i], o);
    o += parts[i].length;
  }
  return out;
}

function stripImpl(b: Uint8Array, chars: Uint8Array | null, left: boolean, right: boolean): Uint8Array {
  let set: Uint8Array | null = null;
  if (chars !== null) {
    set = new Uint8Array(256);
    for (const c of chars) set[c] = 1;
  }
  const keep = (c: number): boolean => (set ? set[c] === 1 : isWsByte(c));
  let i = 0;
  let j = b.length;
  if (left) while (i < j && keep(b[i])) i++;
  if (right) while (j > i && keep(b[j - 1])) j--;
  return b.slice(i, j);
}
export const strip = (b: Uint8Array, chars: Uint8Array | null = null): Uint8Array => stripImpl(b, chars, true, true);
export const lstrip = (b: Uint8Array, chars: Uint8Array | null = null): Uint8Array => stripImpl(b, chars, true, false);
export const rstrip = (b: Uint8Array, chars: Uint8Array | null = null): Uint8Array => stripImpl(b, chars, false, true);

// ================================================================ ASCII case and predicates

const isUp = (c: number): boolean => c >= 65 && c <= 90;
const isLo = (c: number): boolean => c >= 97 && c <= 122;
const isDig = (c: number): boolean => c >= 48 && c <= 57;

export function upper(b: Uint8Array): Uint8Array {
  return b.map((c) => (isLo(c) ? c - 32 : c));
}
export function lower(b: Uint8Array): Uint8Array {
  return b.map((c) => (isUp(c) ? c + 32 : c));
}
export function swapcase(b: Uint8Array): Uint8Array {
  return b.map((c) => (isLo(c) ? c - 32 : isUp(c) ? c + 32 : c));
}
export function title(b: Uint8Array): Uint8Array {
  let prev = false;
  return b.map((c) => {
    const r = prev ? (isUp(c) ? c + 32 : c) : isLo(c) ? c - 32 : c;
    prev = isUp(c) || isLo(c);
    return r;
  });
}
export function capitalize(b: Uint8Array): Uint8Array {
  return b.map((c, i) => (i === 0 ? (isLo(c) ? c - 32 : c) : isUp(c) ? c + 32 : c));
}

function all(b: Uint8Array, ok: (c: number) => boolean): boolean {
  if (b.length === 0) return false;
  for (let i = 0; i < b.length; i++) if (!ok(b[i])) return false;
  return true;
}
export const isalpha = (b: Uint8Array): boolean => all(b, (c) => isUp(c) || isLo(c));
export const isdigit = (b: Uint8Array): boolean => all(b, isDig);
export const isalnum = (b: Uint8Array): boolean => all(b, (c) => isUp(c) || isLo(c) || isDig(c));
export const isspace = (b: Uint8Array): boolean => all(b, isWsByte);
export const isascii = (b: Uint8Array): boolean => b.every((c) => c < 128);
export function isupper(b: Uint8Array): boolean {
  let cased = false;
  for (const c of b) {
    if (isLo(c)) return false;
    if (isUp(c)) cased = true;
  }
  return cased;
}
export function islower(b: Uint8Array): boolean {
  let cased = false;
  for (const c of b) {
    if (isUp(c)) return false;
    if (isLo(c)) cased = true;
  }
  return cased;
}
export function istitle(b: Uint8Array): boolean {
  let cased = false;
  let prev = false;
  for (const c of b) {
    if (isUp(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLo(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

// ================================================================ layout

function fillByte(fill: Uint8Array | number, method: string): number {
  if (typeof fill === 'number') return fill;
  if (fill.length !== 1) {
    throw new PyLibError('TypeError', `${method}() argument 2 must be a byte string of length 1, not bytes`);
  }
  return fill[0];
}

function padded(b: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  const out = new Uint8Array(b.length + left + right).fill(fill);
  out.set(b, left);
  return out;
}

export function ljust(b: Uint8Array, width: number, fill: Uint8Array | number = 32): Uint8Array {
  const f = fillByte(fill, 'ljust');
  return width <= b.length ? b.slice() : padded(b, 0, width - b.length, f);
}
export function rjust(b: Uint8Array, width: number, fill: Uint8Array | number = 32): Uint8Array {
  const f = fillByte(fill, 'rjust');
  return width <= b.length ? b.slice() : padded(b, width - b.length, 0, f);
}
export function center(b: Uint8Array, width: number, fill: Uint8Array | number = 32): Uint8Array {
  const f = fillByte(fill, 'center');
  if (width <= b.length) return b.slice();
  const marg = width - b.length;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return padded(b, left, marg - left, f);
}
export function zfill(b: Uint8Array, width: number): Uint8Array {
  return binaryToBytes(S.zfill(bytesToBinary(b), width));
}
export function expandtabs(b: Uint8Array, tabsize = 8): Uint8Array {
  return binaryToBytes(S.expandtabs(bytesToBinary(b), tabsize));
}

// ================================================================ translate

/** `bytes.maketrans(from, to)`: a 256-byte table. */
export function maketrans(from: Uint8Array, to: Uint8Array): Uint8Array {
  if (from.length !== to.length) throw new PyLibError('ValueError', 'maketrans arguments must have same length');
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  for (let i = 0; i < from.length; i++) t[from[i]] = to[i];
  return t;
}

/** `b.translate(table, delete=b'')`; table null = identity. */
export function translate(b: Uint8Array, table: Uint8Array | null, del: Uint8Array = new Uint8Array(0)): Uint8Array {
  if (table !== null && table.length !== 256) {
    throw new PyLibError('ValueError', 'translation table must be 256 characters long');
  }
  const drop = new Uint8Array(256);
  for (const c of del) drop[c] = 1;
  const out: number[] = [];
  for (const c of b) if (!drop[c]) out.push(table ? table[c] : c);
  return Uint8Array.from(out);
}
