/**
 * floatparse — Python's float(str) (float_from_string / PyOS_string_to_double).
 *
 * Design note
 * - Pipeline as in CPython: non-ASCII whitespace → ' ' and Unicode decimal digits → ASCII digits
 *   (_PyUnicode_TransformDecimalAndSpaceToASCII; any other non-ASCII char makes the parse fail), strip
 *   ASCII whitespace, validate underscores (only between digits), then either inf/infinity/nan (any case,
 *   optional sign) or a decimal literal. The literal is validated by a regex and converted with JS
 *   `Number()`, which is correctly rounded (same result as CPython's dtoa strtod, overflow → ±inf).
 * - Fast path: a plain ASCII literal without underscores skips the transformation.
 * - Errors: ValueError `could not convert string to float: <repr>` with the repr of the *original*
 *   argument (the caller may supply its own repr; the built-in one is Python's str repr).
 */
import { PyLibError } from './errors';

const DEC_RE = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const SPECIAL_RE = /^([+-]?)(?:(inf|infinity)|nan)$/i;

/** Py_UNICODE_ISSPACE */
export function isUnicodeSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const ND_RE = /^\p{Nd}$/u;

/** Decimal value of a Unicode Nd code point (runs of Nd digits are aligned on 0..9), or -1. */
export function unicodeDecimal(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128) return -1;
  if (!ND_RE.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (start > 0 && ND_RE.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII; returns null if a char is neither (parse must fail). */
export function transformDecimalAndSpace(s: string): string | null {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 127) out += ch;
    else if (isUnicodeSpace(c)) out += ' ';
    else {
      const d = unicodeDecimal(c);
      if (d < 0) return null;
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

const NONPRINT_RE = /[\p{C}\p{Z}]/u;

/** Python repr() of a str (quotes chosen like CPython, escapes for non-printables). */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c === 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 127) out += ch;
    else if (c !== 32 && NONPRINT_RE.test(ch)) {
      if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
      else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
      else out += '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

function isPySpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** _Py_string_to_number_with_underscores' underscore rule; returns the string without '_' or null. */
export function removeUnderscores(s: string): string | null {
  let prev = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (!(prev >= 48 && prev <= 57)) return null;
    } else {
      if (prev === 95 && !(c >= 48 && c <= 57)) return null;
      out += s[i];
    }
    prev = c;
  }
  if (prev === 95) return null;
  return out;
}

/** Parse an already ASCII-normalised, stripped, underscore-free literal; null if invalid. */
export function parseFloatLiteral(s: string): number | null {
  if (DEC_RE.test(s)) return Number(s);
  const m = SPECIAL_RE.exec(s);
  if (m) {
    if (m[2] === undefined) return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  return null;
}

/**
 * Python float(s) for a str argument. `repr` renders the original argument for the error message
 * (defaults to Python's str repr; pass a bytes repr for bytes arguments).
 */
export function floatFromString(s: string, repr: (s: string) => string = pyStrRepr): number {
  // fast path: plain ASCII decimal literal
  if (DEC_RE.test(s)) return Number(s);
  let t: string | null = s;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 127) {
      t = transformDecimalAndSpace(s);
      break;
    }
  }
  if (t !== null) {
    let a = 0;
    let b = t.length;
    while (a < b && isPySpace(t.charCodeAt(a))) a++;
    while (b > a && isPySpace(t.charCodeAt(b - 1))) b--;
    t = t.slice(a, b);
    if (t.includes('_')) t = removeUnderscores(t);
    if (t !== null) {
      const r = parseFloatLiteral(t);
      if (r !== null) return r;
    }
  }
  throw new PyLibError('ValueError', 'could not convert string to float: ' + repr(s));
}
