/**
 * heapscope front end — literal decoding helpers used by the parser (layer 3).
 *
 * Layers: characterStream (decode.ts) → tokenizer (tokenizer.ts) → parser
 * (parser.ts, which calls these helpers to turn NUMBER/STRING token text into
 * `PyConstant` values).
 *
 * Escapes follow CPython's `unicode_escape`/`escape_decode`: unknown escapes
 * such as `\d` keep the backslash (CPython only warns). `\N{name}` supports a
 * practical table of common Unicode names (below); any other name is reported
 * as CPython reports an unknown name — this is a documented gap.
 */
import type { PyConstant } from './ast';

/** A practical subset of Unicode character names for `\N{...}` (upper-case keys). */
const UNICODE_NAMES: Record<string, number> = {
  'SPACE': 0x20, 'NO-BREAK SPACE': 0xa0, 'EM DASH': 0x2014, 'EN DASH': 0x2013, 'BULLET': 0x2022,
  'HORIZONTAL ELLIPSIS': 0x2026, 'LEFT SINGLE QUOTATION MARK': 0x2018, 'RIGHT SINGLE QUOTATION MARK': 0x2019,
  'LEFT DOUBLE QUOTATION MARK': 0x201c, 'RIGHT DOUBLE QUOTATION MARK': 0x201d, 'EURO SIGN': 0x20ac,
  'POUND SIGN': 0xa3, 'YEN SIGN': 0xa5, 'CENT SIGN': 0xa2, 'DOLLAR SIGN': 0x24, 'COPYRIGHT SIGN': 0xa9,
  'REGISTERED SIGN': 0xae, 'TRADE MARK SIGN': 0x2122, 'DEGREE SIGN': 0xb0, 'PLUS-MINUS SIGN': 0xb1,
  'MULTIPLICATION SIGN': 0xd7, 'DIVISION SIGN': 0xf7, 'MICRO SIGN': 0xb5, 'SECTION SIGN': 0xa7,
  'PILCROW SIGN': 0xb6, 'MIDDLE DOT': 0xb7, 'GREEK SMALL LETTER ALPHA': 0x3b1, 'GREEK SMALL LETTER BETA': 0x3b2,
  'GREEK SMALL LETTER GAMMA': 0x3b3, 'GREEK SMALL LETTER DELTA': 0x3b4, 'GREEK SMALL LETTER EPSILON': 0x3b5,
  'GREEK SMALL LETTER LAMDA': 0x3bb, 'GREEK SMALL LETTER MU': 0x3bc, 'GREEK SMALL LETTER PI': 0x3c0,
  'GREEK SMALL LETTER SIGMA': 0x3c3, 'GREEK SMALL LETTER OMEGA': 0x3c9, 'GREEK CAPITAL LETTER DELTA': 0x394,
  'GREEK CAPITAL LETTER SIGMA': 0x3a3, 'GREEK CAPITAL LETTER OMEGA': 0x3a9, 'INFINITY': 0x221e,
  'RIGHTWARDS ARROW': 0x2192, 'LEFTWARDS ARROW': 0x2190, 'UPWARDS ARROW': 0x2191, 'DOWNWARDS ARROW': 0x2193,
  'CHECK MARK': 0x2713, 'HEAVY CHECK MARK': 0x2714, 'BALLOT X': 0x2717, 'BLACK STAR': 0x2605, 'WHITE STAR': 0x2606,
  'SNOWMAN': 0x2603, 'BLACK HEART SUIT': 0x2665, 'WHITE SMILING FACE': 0x263a, 'LATIN SMALL LETTER E WITH ACUTE': 0xe9,
  'LATIN SMALL LETTER A WITH GRAVE': 0xe0, 'LATIN SMALL LETTER U WITH DIAERESIS': 0xfc, 'LATIN SMALL LETTER SHARP S': 0xdf,
  'LATIN SMALL LETTER N WITH TILDE': 0xf1, 'LATIN SMALL LETTER C WITH CEDILLA': 0xe7, 'LATIN CAPITAL LETTER E WITH ACUTE': 0xc9,
  'NULL': 0, 'LINE FEED': 10, 'CARRIAGE RETURN': 13, 'CHARACTER TABULATION': 9, 'ESCAPE': 0x1b, 'DELETE': 0x7f,
  'ZERO WIDTH SPACE': 0x200b, 'ZERO WIDTH JOINER': 0x200d, 'BYTE ORDER MARK': 0xfeff, 'ZERO WIDTH NO-BREAK SPACE': 0xfeff,
  'REPLACEMENT CHARACTER': 0xfffd, 'BOX DRAWINGS LIGHT HORIZONTAL': 0x2500, 'BOX DRAWINGS LIGHT VERTICAL': 0x2502,
  'FULL BLOCK': 0x2588, 'LIGHT SHADE': 0x2591, 'MEDIUM SHADE': 0x2592, 'DARK SHADE': 0x2593, 'BLACK SQUARE': 0x25a0,
  'WHITE SQUARE': 0x25a1, 'BLACK CIRCLE': 0x25cf, 'WHITE CIRCLE': 0x25cb, 'SNAKE': 0x1f40d, 'GRINNING FACE': 0x1f600,
  'THUMBS UP SIGN': 0x1f44d, 'PILE OF POO': 0x1f4a9, 'FIRE': 0x1f525, 'HEAVY BLACK HEART': 0x2764, 'SPARKLES': 0x2728,
  'ROCKET': 0x1f680, 'PARTY POPPER': 0x1f389, 'WARNING SIGN': 0x26a0, 'HIGH VOLTAGE SIGN': 0x26a1, 'CROSS MARK': 0x274c,
  'WHITE HEAVY CHECK MARK': 0x2705, 'SUBSCRIPT TWO': 0x2082, 'SUPERSCRIPT TWO': 0xb2, 'SUPERSCRIPT THREE': 0xb3,
  'VULGAR FRACTION ONE HALF': 0xbd, 'NOT SIGN': 0xac, 'NOT EQUAL TO': 0x2260, 'LESS-THAN OR EQUAL TO': 0x2264,
  'GREATER-THAN OR EQUAL TO': 0x2265, 'ALMOST EQUAL TO': 0x2248, 'SQUARE ROOT': 0x221a, 'N-ARY SUMMATION': 0x2211,
  'INTEGRAL': 0x222b, 'ELEMENT OF': 0x2208, 'FOR ALL': 0x2200, 'THERE EXISTS': 0x2203, 'EMPTY SET': 0x2205,
  'LATIN SMALL LETTER A': 0x61, 'LATIN CAPITAL LETTER A': 0x41, 'DIGIT ZERO': 0x30, 'QUOTATION MARK': 0x22,
  'APOSTROPHE': 0x27, 'REVERSE SOLIDUS': 0x5c, 'TILDE': 0x7e, 'COMMERCIAL AT': 0x40, 'NUMBER SIGN': 0x23,
  'PERCENT SIGN': 0x25, 'AMPERSAND': 0x26, 'ASTERISK': 0x2a, 'HYPHEN-MINUS': 0x2d, 'FULL STOP': 0x2e, 'COMMA': 0x2c,
  'COLON': 0x3a, 'SEMICOLON': 0x3b, 'SOLIDUS': 0x2f, 'LOW LINE': 0x5f, 'VERTICAL LINE': 0x7c, 'EXCLAMATION MARK': 0x21,
  'QUESTION MARK': 0x3f, 'LEFT PARENTHESIS': 0x28, 'RIGHT PARENTHESIS': 0x29,
};

export interface EscapeError {
  /** e.g. "truncated \\xXX escape" */
  reason: string;
  /** byte positions as CPython's codec reports them (in the UTF-8 encoded literal body) */
  startPos: number;
  endPos: number;
}

function utf8Len(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Decode a str literal body (no prefix/quotes). Returns string or an error. */
export function decodeStr(body: string, raw: boolean): { ok: true; value: string } | { ok: false; err: EscapeError } {
  if (raw || body.indexOf('\\') < 0) return { ok: true, value: body };
  const out: string[] = [];
  let seg = 0;
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      i++;
      continue;
    }
    if (i > seg) out.push(body.slice(seg, i));
    const escStart = i;
    i++;
    if (i >= n) {
      out.push('\\');
      seg = i;
      break;
    }
    const e = body[i];
    i++;
    switch (e) {
      case '\n': break;
      case '\\': out.push('\\'); break;
      case "'": out.push("'"); break;
      case '"': out.push('"'); break;
      case 'a': out.push('\x07'); break;
      case 'b': out.push('\b'); break;
      case 'f': out.push('\f'); break;
      case 'n': out.push('\n'); break;
      case 'r': out.push('\r'); break;
      case 't': out.push('\t'); break;
      case 'v': out.push('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let v = e.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55; k++) v = v * 8 + body.charCodeAt(i++) - 48;
        out.push(String.fromCodePoint(v));
        break;
      }
      case 'x': case 'u': case 'U': {
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        let v = 0;
        let k = 0;
        for (; k < len && i < n; k++) {
          const h = body.charCodeAt(i);
          const d = h >= 48 && h <= 57 ? h - 48 : h >= 97 && h <= 102 ? h - 87 : h >= 65 && h <= 70 ? h - 55 : -1;
          if (d < 0) break;
          v = v * 16 + d;
          i++;
        }
        const sp = utf8Len(body, 0, escStart);
        if (k < len) {
          const what = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
          return { ok: false, err: { reason: `truncated ${what} escape`, startPos: sp, endPos: sp + utf8Len(body, escStart, i) - 1 } };
        }
        if (v > 0x10ffff) return { ok: false, err: { reason: 'illegal Unicode character', startPos: sp, endPos: sp + utf8Len(body, escStart, i) - 1 } };
        out.push(String.fromCodePoint(v));
        break;
      }
      case 'N': {
        const sp = utf8Len(body, 0, escStart);
        if (body[i] !== '{') return { ok: false, err: { reason: 'malformed \\N character escape', startPos: sp, endPos: sp + 1 } };
        const close = body.indexOf('}', i + 1);
        if (close < 0 || close === i + 1) return { ok: false, err: { reason: 'malformed \\N character escape', startPos: sp, endPos: sp + utf8Len(body, escStart, close < 0 ? n : close + 1) - 1 } };
        const name = body.slice(i + 1, close).toUpperCase();
        const cp = UNICODE_NAMES[name];
        if (cp === undefined) return { ok: false, err: { reason: 'unknown Unicode character name', startPos: sp, endPos: sp + utf8Len(body, escStart, close + 1) - 1 } };
        out.push(String.fromCodePoint(cp));
        i = close + 1;
        break;
      }
      default:
        // invalid escape: CPython keeps the backslash (and warns)
        out.push('\\', e);
        if (e.charCodeAt(0) >= 0xd800 && e.charCodeAt(0) <= 0xdbff && i < n) out.push(body[i++]);
    }
    seg = i;
  }
  if (seg < n) out.push(body.slice(seg));
  return { ok: true, value: out.join('') };
}

/** Decode a bytes literal body. Caller has checked it is ASCII. */
export function decodeBytes(body: string, raw: boolean): { ok: true; value: number[] } | { ok: false; err: EscapeError } {
  const out: number[] = [];
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92 || raw) {
      out.push(c);
      i++;
      continue;
    }
    const escStart = i;
    i++;
    if (i >= n) {
      out.push(92);
      break;
    }
    const e = body[i];
    i++;
    switch (e) {
      case '\n': break;
      case '\\': out.push(92); break;
      case "'": out.push(39); break;
      case '"': out.push(34); break;
      case 'a': out.push(7); break;
      case 'b': out.push(8); break;
      case 'f': out.push(12); break;
      case 'n': out.push(10); break;
      case 'r': out.push(13); break;
      case 't': out.push(9); break;
      case 'v': out.push(11); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let v = e.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55; k++) v = v * 8 + body.charCodeAt(i++) - 48;
        out.push(v & 0xff);
        break;
      }
      case 'x': {
        let v = 0;
        let k = 0;
        for (; k < 2 && i < n; k++) {
          const h = body.charCodeAt(i);
          const d = h >= 48 && h <= 57 ? h - 48 : h >= 97 && h <= 102 ? h - 87 : h >= 65 && h <= 70 ? h - 55 : -1;
          if (d < 0) break;
          v = v * 16 + d;
          i++;
        }
        if (k < 2) return { ok: false, err: { reason: 'invalid \\x escape', startPos: escStart, endPos: i - 1 } };
        out.push(v);
        break;
      }
      default:
        out.push(92, e.charCodeAt(0));
    }
  }
  return { ok: true, value: out };
}

/** Parse a NUMBER token's text (already validated by the tokenizer). */
export function parseNumber(text: string): PyConstant {
  const t = text.indexOf('_') >= 0 ? text.split('_').join('') : text;
  const last = t.charCodeAt(t.length - 1) | 0x20;
  if (last === 106 /* j */) return { kind: 'complex', real: 0, imag: Number(t.slice(0, -1)) };
  const c1 = t.length > 1 ? t.charCodeAt(1) | 0x20 : 0;
  if (t.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    return { kind: 'int', value: BigInt('0' + String.fromCharCode(c1) + t.slice(2)) };
  }
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return { kind: 'float', value: Number(t) };
  }
  return { kind: 'int', value: BigInt(t) };
}
