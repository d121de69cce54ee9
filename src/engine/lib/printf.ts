/**
 * printf — `str % args` (PyUnicode_Format), generic over opaque object handles T.
 *
 * Design note
 * - A single left-to-right scan like CPython's unicode_format_arg_parse / unicode_format_arg_format /
 *   unicode_format_arg_output; literal runs are copied with one slice. Argument consumption follows
 *   CPython's getnextarg exactly (a non-tuple argument is "one argument"; `%(key)` switches the current
 *   argument to the mapping's value), so error precedence matches: the argument is fetched before the
 *   conversion character is validated, `%%` is a literal only directly after '%'.
 * - Objects stay opaque: the caller supplies str/repr/ascii, type names for messages, and numeric
 *   coercions (int(), operator.index(), float()); a coercion returns null for "wrong type" (we raise
 *   CPython's TypeError) or throws its own PyLibError (e.g. float('inf') → int).
 * - Number rendering reuses intops / floatrepr (correctly rounded, half-even, any precision).
 */
import { PyLibError } from './errors';
import { doubleToString, type PyInt } from './floatrepr';
import { intToDecimal, DEFAULT_MAX_STR_DIGITS } from './intops';

export interface PercentArgs<T> {
  /** The items when the right operand is a tuple. */
  tuple?: readonly T[];
  /** The right operand when it is not a tuple. */
  single?: T;
  /** Present when the right operand is a mapping (PyMapping_Check, not tuple, not str): obj[key]. */
  getItem?: (key: string) => T;
}

export interface PercentCallbacks<T> {
  str(o: T): string;
  repr(o: T): string;
  ascii(o: T): string;
  /** type(o).__name__ for error messages */
  typeName(o: T): string;
  /** int(o) for %d %i %u; null when o is not a number (PyNumber_Check fails / TypeError). */
  toInt(o: T): PyInt | null;
  /** operator.index(o) for %x %X %o %c; null when unsupported. */
  toIndex(o: T): PyInt | null;
  /** float(o) for %e %f %g; null when unsupported. */
  toFloat(o: T): number | null;
  /** The string value if o is a str, else null (for %c). */
  asStr(o: T): string | null;
  /** The value if o is an int instance (PyLong_Check: int, bool, subclasses), else null (for '*'). */
  asInt(o: T): PyInt | null;
  /** sys.get_int_max_str_digits() (default 4300) */
  maxStrDigits?: number;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

function typeError(msg: string): never {
  throw new PyLibError('TypeError', msg);
}
function valueError(msg: string): never {
  throw new PyLibError('ValueError', msg);
}

function cpLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function cpSlice(s: string, n: number): string {
  if (cpLen(s) === s.length) return s.slice(0, n);
  return Array.from(s).slice(0, n).join('');
}

/** Python's `fmt % args`. */
export function percentFormat<T>(fmt: string, args: PercentArgs<T>, cb: PercentCallbacks<T>): string {
  const maxDigits = cb.maxStrDigits ?? DEFAULT_MAX_STR_DIGITS;
  // argument state (unicode_formatter_t)
  let curArgs: { tuple?: readonly T[]; single?: T } = args;
  let arglen = args.tuple !== undefined ? args.tuple.length : -1;
  let argidx = args.tuple !== undefined ? 0 : -2;
  const isDict = args.getItem !== undefined;
  const nextArg = (): T => {
    if (argidx < arglen) {
      const i = argidx++;
      if (arglen < 0) return curArgs.single as T;
      return (curArgs.tuple as readonly T[])[i];
    }
    return typeError('not enough arguments for format string');
  };

  const n = fmt.length;
  let out = '';
  let pos = 0;
  while (pos < n) {
    const pct = fmt.indexOf('%', pos);
    if (pct < 0) {
      out += fmt.slice(pos);
      break;
    }
    if (pct > pos) out += fmt.slice(pos, pct);
    pos = pct + 1;
    if (pos >= n) valueError('incomplete format');
    let ch = fmt[pos];
    if (ch === '%') {
      out += '%';
      pos++;
      continue;
    }
    // mapping key
    if (ch === '(') {
      if (!isDict) typeError('format requires a mapping');
      pos++;
      const keyStart = pos;
      let pcount = 1;
      while (pcount > 0 && pos < n) {
        const c = fmt[pos];
        if (c === ')') pcount--;
        else if (c === '(') pcount++;
        pos++;
      }
      if (pcount > 0) valueError('incomplete format key');
      const key = fmt.slice(keyStart, pos - 1);
      const v = args.getItem!(key);
      curArgs = { single: v };
      arglen = -1;
      argidx = -2;
      if (pos >= n) valueError('incomplete format');
    }
    // flags
    let flags = 0;
    for (; pos < n; pos++) {
      const c = fmt[pos];
      if (c === '-') flags |= F_LJUST;
      else if (c === '+') flags |= F_SIGN;
      else if (c === ' ') flags |= F_BLANK;
      else if (c === '#') flags |= F_ALT;
      else if (c === '0') flags |= F_ZERO;
      else break;
    }
    // width
    let width = -1;
    if (pos < n && fmt[pos] === '*') {
      const v = nextArg();
      const wi = starInt(v, cb);
      pos++;
      if (wi < 0) {
        flags |= F_LJUST;
        width = -wi;
      } else width = wi;
    } else {
      let acc = -1;
      while (pos < n) {
        const c = fmt.charCodeAt(pos);
        if (c < 48 || c > 57) break;
        const d = c - 48;
        if (acc < 0) acc = 0;
        if (acc > (9.223372036854776e18 - d) / 10) valueError('width too big');
        acc = acc * 10 + d;
        pos++;
      }
      width = acc;
    }
    // precision
    let prec = -1;
    if (pos < n && fmt[pos] === '.') {
      pos++;
      prec = 0;
      if (pos < n && fmt[pos] === '*') {
        const v = nextArg();
        prec = starInt(v, cb);
        if (prec < 0) prec = 0;
        pos++;
      } else {
        while (pos < n) {
          const c = fmt.charCodeAt(pos);
          if (c < 48 || c > 57) break;
          const d = c - 48;
          if (prec > (9.223372036854776e18 - d) / 10) valueError('precision too big');
          prec = prec * 10 + d;
          pos++;
        }
      }
    }
    if (pos < n) {
      const c = fmt[pos];
      if (c === 'h' || c === 'l' || c === 'L') pos++;
    }
    if (pos >= n) valueError('incomplete format');
    ch = fmt[pos];
    const chIndex = pos;
    pos++;
    const v = nextArg();
    let body: string;
    let numeric = false;
    switch (ch) {
      case 's':
      case 'r':
      case 'a': {
        body = ch === 's' ? cb.str(v) : ch === 'r' ? cb.repr(v) : cb.ascii(v);
        if (prec >= 0) body = cpSlice(body, prec);
        break;
      }
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        const isIdx = ch === 'o' || ch === 'x' || ch === 'X';
        const iv = isIdx ? cb.toIndex(v) : cb.toInt(v);
        if (iv === null) {
          typeError(
            isIdx
              ? `%${ch} format: an integer is required, not ${cb.typeName(v)}`
              : `%${ch} format: a real number is required, not ${cb.typeName(v)}`,
          );
        }
        // fast path (CPython's): plain decimal
        if (width === -1 && prec === -1 && !(flags & (F_SIGN | F_BLANK)) && ch !== 'X') {
          if (ch === 'o' || ch === 'x') {
            const neg = iv < 0;
            const a = neg ? -iv : iv;
            const pre = flags & F_ALT ? (ch === 'o' ? '0o' : '0x') : '';
            out += (neg ? '-' : '') + pre + a.toString(ch === 'o' ? 8 : 16);
          } else out += intToDecimal(iv, maxDigits);
          continue;
        }
        body = formatLong(iv, (flags & F_ALT) !== 0, prec, ch, maxDigits);
        numeric = true;
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const x = cb.toFloat(v);
        if (x === null) typeError(`must be real number, not ${cb.typeName(v)}`);
        body = doubleToString(x, ch, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0);
        numeric = true;
        break;
      }
      case 'c': {
        const s = cb.asStr(v);
        if (s !== null) {
          if (cpLen(s) !== 1) typeError('%c requires int or char');
          body = s;
        } else {
          const iv = cb.toIndex(v);
          if (iv === null) typeError('%c requires int or char');
          if (iv < 0 || iv > 0x10ffff) throw new PyLibError('OverflowError', '%c arg not in range(0x110000)');
          body = String.fromCodePoint(Number(iv));
        }
        break;
      }
      default: {
        const cp = ch.codePointAt(0)!;
        // note: a lone surrogate index/char is reported per UTF-16 unit here
        valueError(
          `unsupported format character '${cp >= 32 && cp <= 126 ? ch : '?'}' (0x${cp.toString(16)}) at index ${cpLen(fmt.slice(0, chIndex))}`,
        );
      }
    }
    out += outputArg(body, numeric, flags, width, ch);
  }
  if (argidx < arglen && !isDict) typeError('not all arguments converted during string formatting');
  return out;
}

function starInt<T>(v: T, cb: PercentCallbacks<T>): number {
  // CPython: PyLong_Check(v) required ("* wants int"), then PyLong_AsSsize_t
  const iv = cb.asInt(v);
  if (iv === null) typeError('* wants int');
  if (typeof iv === 'bigint') throw new PyLibError('OverflowError', 'Python int too large to convert to C ssize_t');
  return iv;
}

/** _PyUnicode_FormatLong */
function formatLong(v: PyInt, alt: boolean, prec: number, type: string, maxDigits: number): string {
  const neg = v < 0;
  const a = neg ? (typeof v === 'number' ? -v : -v) : v;
  let digits: string;
  let prefix = '';
  switch (type) {
    case 'x':
    case 'X':
      digits = a.toString(16);
      if (alt) prefix = '0x';
      break;
    case 'o':
      digits = a.toString(8);
      if (alt) prefix = '0o';
      break;
    default:
      digits = intToDecimal(a, maxDigits);
  }
  if (prec > 2147483644) throw new PyLibError('OverflowError', 'precision too large');
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let s = (neg ? '-' : '') + prefix + digits;
  if (type === 'X') s = s.toUpperCase();
  return s;
}

/** unicode_format_arg_output: padding, sign, '0x' prefix placement. */
function outputArg(s: string, numeric: boolean, flags: number, width: number, ch: string): string {
  let len = numeric ? s.length : cpLen(s);
  if (width <= len && !numeric) return s;
  let fill = ' ';
  let sign = numeric;
  let signchar = '';
  let p = 0;
  if (sign && flags & F_ZERO) fill = '0';
  if (sign) {
    const c0 = s[0];
    if (c0 === '-' || c0 === '+') {
      signchar = c0;
      len--;
      p++;
    } else if (flags & F_SIGN) signchar = '+';
    else if (flags & F_BLANK) signchar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += s.slice(p, p + 2);
      p += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signchar;
    if (altPrefix) {
      out += s.slice(p, p + 2);
      p += 2;
    }
  }
  out += p === 0 ? s : s.slice(p);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
