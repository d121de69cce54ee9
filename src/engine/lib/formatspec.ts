/**
 * formatspec — the format-spec mini-language (format(), str.format, f-strings) for int, float and str.
 *
 * Design note
 * - A port of CPython's Python/formatter_unicode.c (3.11–3.13 behave identically here):
 *   parseFormatSpec ≙ parse_internal_render_format_spec, formatInt ≙ format_long_internal,
 *   formatFloat ≙ format_float_internal, formatStr ≙ format_string_internal, and the shared
 *   calc_number_widths / fill_number / thousands grouping (incl. the zero-padding-through-grouping rule
 *   of '0' + ',').
 * - Parsed specs are cached (specs are few and repeat in loops); the common simple cases (no width, no
 *   sign, no grouping) take the same fast paths as CPython.
 * - Widths are measured in code points, like Python's len(). Locale: the 'n' type uses the C locale
 *   (no grouping, '.' decimal point), which is what CPython does unless the program calls setlocale.
 * - An empty spec is handled by the caller as str(obj) (CPython does exactly that before parsing);
 *   these functions treat '' as "no options".
 */
import { PyLibError } from './errors';
import { doubleToString, type PyInt } from './floatrepr';
import { intToDecimal, DEFAULT_MAX_STR_DIGITS } from './intops';

export interface FormatSpec {
  fill: string; // one code point
  align: '' | '<' | '>' | '=' | '^'; // '' = not specified
  fillSpecified: boolean;
  sign: '' | '+' | '-' | ' ';
  noNeg0: boolean; // 'z'
  alternate: boolean; // '#'
  zeroPad: boolean; // a '0' before the width (sets fill '0' when no fill given)
  width: number; // -1 = none
  grouping: '' | ',' | '_';
  precision: number; // -1 = none
  type: string; // '' or one code point
  spec: string; // the original spec text
}

function valueError(msg: string): never {
  throw new PyLibError('ValueError', msg);
}

function isAlign(c: string | undefined): c is '<' | '>' | '=' | '^' {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

function charForMsg(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : '\\x' + cp.toString(16);
}

const SPEC_CACHE = new Map<string, FormatSpec>();

/** Parse a format spec (errors that only depend on the spec itself are raised here). */
export function parseFormatSpec(spec: string): FormatSpec {
  const cached = SPEC_CACHE.get(spec);
  if (cached !== undefined) return cached;
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: ' ',
    align: '',
    fillSpecified: false,
    sign: '',
    noNeg0: false,
    alternate: false,
    zeroPad: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: '',
    spec,
  };
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = cps[pos + 1] as FormatSpec['align'];
    f.fill = cps[pos];
    f.fillSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos] as FormatSpec['align'];
    pos++;
  }
  if (pos < end && (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ')) {
    f.sign = cps[pos] as FormatSpec['sign'];
    pos++;
  }
  if (pos < end && cps[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (pos < end && cps[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!f.fillSpecified && pos < end && cps[pos] === '0') {
    f.zeroPad = true;
    pos++;
  }
  const getInt = (): number => {
    let acc = 0;
    let n = 0;
    while (pos < end) {
      const c = cps[pos].codePointAt(0)!;
      const d = c >= 48 && c <= 57 ? c - 48 : c > 127 ? unicodeDigit(c) : -1;
      if (d < 0) break;
      // PY_SSIZE_T_MAX overflow check
      if (acc > (9.223372036854776e18 - d) / 10) valueError('Too many decimal digits in format string');
      acc = acc * 10 + d;
      pos++;
      n++;
    }
    return n === 0 ? -1 : acc;
  };
  f.width = getInt();
  if (pos < end && cps[pos] === ',') {
    f.grouping = ',';
    pos++;
  }
  if (pos < end && cps[pos] === '_') {
    if (f.grouping !== '') valueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (pos < end && cps[pos] === ',' && f.grouping === '_') valueError("Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === '.') {
    pos++;
    f.precision = getInt();
    if (f.precision < 0) valueError('Format specifier missing precision');
  }
  if (end - pos > 1) {
    // message needs the object type: store a marker and raise in the formatters
    f.type = '\u0000invalid';
  } else if (end - pos === 1) f.type = cps[pos];
  if (f.grouping !== '' && f.type !== '\u0000invalid') {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      default:
        if (f.grouping === '_' && (f.type === 'b' || f.type === 'o' || f.type === 'x' || f.type === 'X')) break;
        valueError(`Cannot specify '${f.grouping}' with '${charForMsg(f.type)}'.`);
    }
  }
  if (SPEC_CACHE.size > 1000) SPEC_CACHE.clear();
  SPEC_CACHE.set(spec, f);
  return f;
}

const ND_RE = /^\p{Nd}$/u;
function unicodeDigit(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (!ND_RE.test(ch)) return -1;
  let start = cp;
  while (start > 0 && ND_RE.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

function checkInvalid(f: FormatSpec, typeName: string): void {
  if (f.type === '\u0000invalid') valueError(`Invalid format specifier '${f.spec}' for object of type '${typeName}'`);
}

function unknownType(type: string, typeName: string): never {
  valueError(`Unknown format code '${charForMsg(type)}' for object of type '${typeName}'`);
}

function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The effective fill and alignment once the type's default alignment is known. */
function fillAlign(f: FormatSpec, defaultAlign: '<' | '>'): [string, string] {
  let fill = f.fill;
  let align: string = f.align;
  if (f.zeroPad) {
    fill = '0';
    if (align === '' && defaultAlign === '>') align = '=';
  }
  if (align === '') align = defaultAlign;
  return [fill, align];
}

function pad(body: string, bodyLen: number, width: number, align: string, fill: string): string {
  if (width <= bodyLen) return body;
  const n = width - bodyLen;
  if (align === '>') return fill.repeat(n) + body;
  if (align === '^') {
    const l = n >> 1;
    return fill.repeat(l) + body + fill.repeat(n - l);
  }
  return body + fill.repeat(n);
}

/** Insert thousands separators into a digit string, zero-padding to minWidth (CPython's algorithm). */
function groupDigits(digits: string, minWidth: number, sep: string, group: number): string {
  // group === 0: no grouping (only zero padding)
  let remaining = digits.length;
  let out: string[] = [];
  let useSep = false;
  let pos = digits.length;
  if (group > 0) {
    for (;;) {
      const l = Math.min(group, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, l - remaining);
      const nChars = Math.max(0, Math.min(remaining, l));
      if (useSep) out.push(sep);
      out.push(digits.slice(pos - nChars, pos));
      if (nZeros) out.push('0'.repeat(nZeros));
      pos -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) break;
      minWidth -= sep.length;
    }
  } else {
    const l = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, l - remaining);
    out.push(digits);
    if (nZeros) out.push('0'.repeat(nZeros));
  }
  out = out.reverse();
  return out.join('');
}

/**
 * calc_number_widths + fill_number. `digits` = the digit run (may be ''), `remainder` = what follows
 * (decimal point, fraction, exponent, '%', or the char for 'c'), `prefix` = '0x' etc.
 */
function layoutNumber(
  f: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  remainder: string,
  remainderLen: number,
  group: number,
): string {
  const [fill, align] = fillAlign(f, '>');
  let signStr = '';
  if (f.sign === '+') signStr = negative ? '-' : '+';
  else if (f.sign === ' ') signStr = negative ? '-' : ' ';
  else if (negative) signStr = '-';
  const nonDigit = signStr.length + prefix.length + remainderLen;
  const minWidth = fill === '0' && align === '=' ? f.width - nonDigit : 0;
  const sep = f.grouping === '' ? '' : f.grouping;
  let grouped: string;
  if (digits.length === 0) grouped = '';
  else if (group === 0 && minWidth <= digits.length) grouped = digits;
  else grouped = groupDigits(digits, minWidth, sep, sep === '' ? 0 : group);
  const total = nonDigit + grouped.length;
  const nPad = f.width - total;
  if (nPad > 0) {
    const fillStr = fill.repeat(nPad);
    switch (align) {
      case '<':
        return signStr + prefix + grouped + remainder + fillStr;
      case '^': {
        const l = nPad >> 1;
        return fill.repeat(l) + signStr + prefix + grouped + remainder + fill.repeat(nPad - l);
      }
      case '=':
        return signStr + prefix + fillStr + grouped + remainder;
      default:
        return fillStr + signStr + prefix + grouped + remainder;
    }
  }
  return signStr + prefix + grouped + remainder;
}

/**
 * format(int, spec). `typeName` is used in error messages ('int', 'bool', or a subclass name).
 * Types e/E/f/F/g/G/% format float(v) (may raise OverflowError for huge ints).
 */
export function formatInt(v: PyInt, spec: string, typeName = 'int', maxStrDigits = DEFAULT_MAX_STR_DIGITS): string {
  const f = parseFormatSpec(spec);
  checkInvalid(f, typeName);
  const type = f.type === '' ? 'd' : f.type;
  switch (type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      let x: number;
      if (typeof v === 'number') x = v;
      else {
        x = Number(v);
        if (!Number.isFinite(x)) throw new PyLibError('OverflowError', 'int too large to convert to float');
      }
      return formatFloatParsed(x, f, typeName);
    }
    default:
      unknownType(type, typeName);
  }
  if (f.precision !== -1) valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (type === 'c') {
    if (f.sign !== '') valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v > 9223372036854775807n || v < -9223372036854775808n)
      throw new PyLibError('OverflowError', 'Python int too large to convert to C long');
    if (v < 0 || v > 0x10ffff) throw new PyLibError('OverflowError', '%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(Number(v));
    return layoutNumber(f, false, '', '', ch, 1, 0);
  }
  const negative = v < 0;
  // fast path (CPython's too): no sign option, no width, no grouping
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && type !== 'X' && type !== 'n' && f.grouping === '') {
    switch (type) {
      case 'd':
        return intToDecimal(v, maxStrDigits);
      case 'x':
        return negative ? (f.alternate ? '-0x' : '-') + (-v).toString(16) : (f.alternate ? '0x' : '') + v.toString(16);
      case 'o':
        return negative ? (f.alternate ? '-0o' : '-') + (-v).toString(8) : (f.alternate ? '0o' : '') + v.toString(8);
      case 'b':
        return negative ? (f.alternate ? '-0b' : '-') + (-v).toString(2) : (f.alternate ? '0b' : '') + v.toString(2);
    }
  }
  const av = negative ? (typeof v === 'number' ? -v : -v) : v;
  let digits: string;
  let prefix = '';
  let group = 3;
  switch (type) {
    case 'b':
      digits = av.toString(2);
      prefix = '0b';
      group = 4;
      break;
    case 'o':
      digits = av.toString(8);
      prefix = '0o';
      group = 4;
      break;
    case 'x':
      digits = av.toString(16);
      prefix = '0x';
      group = 4;
      break;
    case 'X':
      digits = av.toString(16).toUpperCase();
      prefix = '0X';
      group = 4;
      break;
    default:
      digits = intToDecimal(av, maxStrDigits);
      if (type === 'n') group = 0;
  }
  if (!f.alternate) prefix = '';
  return layoutNumber(f, negative, prefix, digits, '', 0, group);
}

/** format(float, spec). */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  const f = parseFormatSpec(spec);
  checkInvalid(f, typeName);
  return formatFloatParsed(x, f, typeName);
}

function formatFloatParsed(x: number, f: FormatSpec, typeName: string): string {
  let type = f.type;
  switch (type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      break;
    default:
      unknownType(type, typeName);
  }
  if (f.precision > 2147483647) valueError('precision too big');
  let precision = f.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let addPct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let s = doubleToString(x, type as 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r', precision, f.alternate, addDot0);
  let negative = false;
  if (s.charCodeAt(0) === 45) {
    negative = true;
    s = s.slice(1);
  }
  // 'z': negative zero (after rounding) becomes positive
  if (negative && f.noNeg0 && Number.isFinite(x) && /^[0.]*(?:[eE].*)?$/.test(s) && !/[1-9]/.test(s.replace(/[eE].*$/, ''))) {
    negative = false;
  }
  if (addPct) s += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.grouping === '') {
    return negative ? '-' + s : s;
  }
  // split into leading digit run and remainder
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const digits = s.slice(0, i);
  const remainder = s.slice(i);
  return layoutNumber(f, negative, '', digits, remainder, remainder.length, f.type === 'n' ? 0 : 3);
}

/** format(str, spec). */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec);
  checkInvalid(f, typeName);
  // the str default type is 's', which the parser's grouping check rejects
  if (f.grouping !== '' && f.type === '') valueError(`Cannot specify '${f.grouping}' with 's'.`);
  if (f.type !== '' && f.type !== 's') unknownType(f.type, typeName);
  if (f.sign !== '') valueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (f.noNeg0) valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) valueError('Alternate form (#) not allowed in string format specifier');
  const [fill, align] = fillAlign(f, '<');
  if (align === '=') valueError("'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if (f.precision >= 0 && len > f.precision) {
    if (len === s.length) s = s.slice(0, f.precision);
    else s = Array.from(s).slice(0, f.precision).join('');
    len = f.precision;
  }
  if (f.width < 0) return s;
  return pad(s, len, f.width, align, fill);
}
