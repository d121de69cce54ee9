/**
 * `str.encode` / `bytes.decode` for the codecs real programs use, with CPython 3.12's error
 * handling and exact exception messages.
 *
 * Design note
 * - Codecs: utf-8, ascii, latin-1, utf-16 / utf-16-le / utf-16-be, utf-32 / -le / -be. 'utf-16' and
 *   'utf-32' write a little-endian BOM when encoding and honour (and strip) a BOM when decoding,
 *   defaulting to little-endian (CPython's native order on the platforms we model).
 * - Error handlers: strict, ignore, replace, backslashreplace, surrogateescape, xmlcharrefreplace
 *   (encode only), namereplace (encode only; names from ./unicode's subset, otherwise the
 *   backslash form, as CPython does for unnamed characters).
 * - Failures throw `PyUnicodeError` (a PyLibError with pyType UnicodeEncodeError /
 *   UnicodeDecodeError) carrying encoding/object/start/end/reason so the VM can build the real
 *   exception's attributes; the message is CPython's `str(exc)`. Positions are code point indices
 *   for encoding and byte offsets for decoding.
 * - An unknown encoding or error handler throws `CodecLookupError` (not a PyLibError: errors.ts has
 *   no LookupError). The VM raises LookupError with its message ('unknown encoding: x',
 *   "unknown error handler name 'x'"). Like CPython, an unknown handler is only noticed when an
 *   error actually occurs.
 * - Gaps: other codecs (cp1252, utf-7, idna, ...), 'surrogatepass', custom handlers registered with
 *   codecs.register_error, and incremental/stateful decoding.
 */
import { PyLibError } from './errors';
import { unicodeNameOf } from './unicode';

export class PyUnicodeError extends PyLibError {
  constructor(
    pyType: 'UnicodeEncodeError' | 'UnicodeDecodeError',
    readonly encoding: string,
    readonly object: string | Uint8Array,
    readonly start: number,
    readonly end: number,
    readonly reason: string,
    message: string,
  ) {
    super(pyType, message);
  }
}

export class CodecLookupError extends Error {
  readonly pyType = 'LookupError';
}

export type CodecName = 'utf-8' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

const ALIASES: Record<string, CodecName> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', ansi_x3_4_1968: 'ascii', ansi_x3_4_1986: 'ascii',
  ansi_x3_4: 'ascii', cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii',
  iso_646_irv_1991: 'ascii', iso_ir_6: 'ascii', us: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso_8859_1: 'latin-1',
  iso8859_1: 'latin-1', '8859': 'latin-1', cp819: 'latin-1', ibm819: 'latin-1', iso_ir_100: 'latin-1',
  iso_8859_1_1987: 'latin-1', csisolatin1: 'latin-1',
  utf_16: 'utf-16', utf16: 'utf-16', u16: 'utf-16', utf_16_le: 'utf-16-le', utf_16le: 'utf-16-le',
  unicodelittleunmarked: 'utf-16-le', utf_16_be: 'utf-16-be', utf_16be: 'utf-16-be', unicodebigunmarked: 'utf-16-be',
  utf_32: 'utf-32', utf32: 'utf-32', u32: 'utf-32', utf_32_le: 'utf-32-le', utf_32le: 'utf-32-le',
  utf_32_be: 'utf-32-be', utf_32be: 'utf-32-be',
};

/**
 * encodings.normalize_encoding + alias lookup: the canonical codec name (as CPython's messages
 * spell it), or undefined (the VM raises LookupError `unknown encoding: <name>`).
 */
/** Bytes of `s` in UTF-8, a lone surrogate counting 3 (the length of a column or C string CPython measures). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

export function lookupCodec(name: string): CodecName | undefined {
  if (name === 'utf-8') return 'utf-8';
  // normalize_encoding: runs of non-alphanumerics (except '.') become one '_'; lower case
  const norm = name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return Object.prototype.hasOwnProperty.call(ALIASES, norm) ? ALIASES[norm] : undefined;
}

function codecOrThrow(name: string): CodecName {
  const c = lookupCodec(name);
  if (c === undefined) throw new CodecLookupError(`unknown encoding: ${name}`);
  return c;
}

const KNOWN_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'xmlcharrefreplace', 'namereplace', 'surrogatepass']);

function handlerOrThrow(errors: string): void {
  if (!KNOWN_HANDLERS.has(errors) || errors === 'surrogatepass') {
    if (errors === 'surrogatepass') throw new CodecLookupError("error handler 'surrogatepass' is not supported by heapscope");
    throw new CodecLookupError(`unknown error handler name '${errors}'`);
  }
}

// ================================================================ encoding

function cpEscape(c: number): string {
  if (c < 0x100) return '\\x' + c.toString(16).padStart(2, '0');
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

function encodeError(encoding: string, s: string, start: number, end: number, reason: string, cps: number[]): PyUnicodeError {
  const msg =
    end - start === 1
      ? `'${encoding}' codec can't encode character '${cpEscape(cps[start])}' in position ${start}: ${reason}`
      : `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  return new PyUnicodeError('UnicodeEncodeError', encoding, s, start, end, reason, msg);
}

class ByteSink {
  buf = new Uint8Array(64);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b;
  }
  ascii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

/**
 * Apply an encode error handler to cps[start, end) (all unencodable). `emitCp` writes one
 * code point with the codec (used for the replacement text, which is ASCII).
 */
function handleEncode(
  errors: string,
  encoding: string,
  s: string,
  cps: number[],
  start: number,
  end: number,
  reason: string,
  out: ByteSink,
): void {
  switch (errors) {
    case 'strict':
      throw encodeError(encoding, s, start, end, reason, cps);
    case 'ignore':
      return;
    case 'replace':
      for (let i = start; i < end; i++) out.ascii('?');
      return;
    case 'backslashreplace':
      for (let i = start; i < end; i++) out.ascii(cpEscape(cps[i]));
      return;
    case 'xmlcharrefreplace':
      for (let i = start; i < end; i++) out.ascii(`&#${cps[i]};`);
      return;
    case 'namereplace':
      for (let i = start; i < end; i++) {
        const name = unicodeNameOf(cps[i]);
        out.ascii(name ? `\\N{${name}}` : cpEscape(cps[i]));
      }
      return;
    case 'surrogateescape':
      for (let i = start; i < end; i++) {
        const c = cps[i];
        if (c < 0xdc80 || c > 0xdcff) throw encodeError(encoding, s, i, end, reason, cps);
        out.push(c - 0xdc00);
      }
      return;
    default:
      handlerOrThrow(errors);
  }
}

function toCps(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    out.push(c);
  }
  return out;
}

const isSurr = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

function encodeLimited(s: string, limit: number, encoding: string, errors: string): Uint8Array {
  let fast = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= limit) {
      fast = false;
      break;
    }
  }
  if (fast) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const cps = toCps(s);
  const out = new ByteSink();
  const reason = `ordinal not in range(${limit})`;
  for (let i = 0; i < cps.length; ) {
    if (cps[i] < limit) {
      out.push(cps[i++]);
      continue;
    }
    let j = i + 1;
    while (j < cps.length && cps[j] >= limit) j++;
    handleEncode(errors, encoding, s, cps, i, j, reason, out);
    i = j;
  }
  return out.result();
}

function encodeUtf8(s: string, errors: string): Uint8Array {
  const out = new ByteSink();
  let cps: number[] | null = null;
  let cpIndex = 0;
  for (let i = 0; i < s.length; i++, cpIndex++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (c < 0x800) {
      out.push(0xc0 | (c >> 6));
      out.push(0x80 | (c & 63));
    } else if (isSurr(c)) {
      cps ??= toCps(s);
      let j = cpIndex + 1;
      while (j < cps.length && isSurr(cps[j])) j++;
      handleEncode(errors, 'utf-8', s, cps, cpIndex, j, 'surrogates not allowed', out);
      i += j - cpIndex - 1; // lone surrogates are one unit each
      cpIndex = j - 1;
    } else if (c < 0x10000) {
      out.push(0xe0 | (c >> 12));
      out.push(0x80 | ((c >> 6) & 63));
      out.push(0x80 | (c & 63));
    } else {
      out.push(0xf0 | (c >> 18));
      out.push(0x80 | ((c >> 12) & 63));
      out.push(0x80 | ((c >> 6) & 63));
      out.push(0x80 | (c & 63));
    }
  }
  return out.result();
}

function encodeWide(s: string, codec: CodecName, errors: string): Uint8Array {
  const wide = codec.startsWith('utf-32');
  const be = codec.endsWith('-be');
  const out = new ByteSink();
  const unit = (u: number): void => {
    if (wide) {
      if (be) [u >>> 24, (u >> 16) & 255, (u >> 8) & 255, u & 255].forEach((x) => out.push(x));
      else [u & 255, (u >> 8) & 255, (u >> 16) & 255, u >>> 24].forEach((x) => out.push(x));
    } else if (be) {
      out.push(u >> 8);
      out.push(u & 255);
    } else {
      out.push(u & 255);
      out.push(u >> 8);
    }
  };
  if (codec === 'utf-16' || codec === 'utf-32') unit(0xfeff);
  const cps = toCps(s);
  for (let i = 0; i < cps.length; ) {
    const c = cps[i];
    if (isSurr(c)) {
      // one character at a time; a handler's str result is re-encoded with this codec, while a
      // bytes result (surrogateescape) must be a whole number of units, which 1 byte never is
      const tmp = new ByteSink();
      handleEncode(errors === 'surrogateescape' ? 'strict' : errors, codec, s, cps, i, i + 1, 'surrogates not allowed', tmp);
      for (const b of tmp.result()) unit(b);
      i++;
      continue;
    }
    if (!wide && c > 0xffff) {
      unit(0xd800 + ((c - 0x10000) >> 10));
      unit(0xdc00 + ((c - 0x10000) & 0x3ff));
    } else unit(c);
    i++;
  }
  return out.result();
}

/** `s.encode(encoding, errors)`. */
export function encode(s: string, encoding = 'utf-8', errors = 'strict'): Uint8Array {
  const codec = codecOrThrow(encoding);
  switch (codec) {
    case 'utf-8':
      return encodeUtf8(s, errors);
    case 'ascii':
      return encodeLimited(s, 128, 'ascii', errors);
    case 'latin-1':
      return encodeLimited(s, 256, 'latin-1', errors);
    default:
      return encodeWide(s, codec, errors);
  }
}

// ================================================================ decoding

function decodeError(encoding: string, b: Uint8Array, start: number, end: number, reason: string): PyUnicodeError {
  const msg =
    end - start === 1
      ? `'${encoding}' codec can't decode byte 0x${b[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`
      : `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  return new PyUnicodeError('UnicodeDecodeError', encoding, b, start, end, reason, msg);
}

/**
 * Apply a decode error handler to the failing bytes b[start, end): the replacement text and the
 * offset where decoding resumes (surrogateescape may resume early, as PyCodec_SurrogateEscapeErrors
 * escapes at most 4 bytes and never an ASCII byte).
 */
function handleDecode(
  errors: string,
  encoding: string,
  b: Uint8Array,
  start: number,
  end: number,
  reason: string,
): [string, number] {
  switch (errors) {
    case 'strict':
      throw decodeError(encoding, b, start, end, reason);
    case 'ignore':
      return ['', end];
    case 'replace':
      return ['\ufffd', end];
    case 'backslashreplace': {
      let r = '';
      for (let i = start; i < end; i++) r += '\\x' + b[i].toString(16).padStart(2, '0');
      return [r, end];
    }
    case 'surrogateescape': {
      let r = '';
      let k = start;
      while (k - start < 4 && k < end && b[k] >= 128) r += String.fromCharCode(0xdc00 + b[k++]);
      if (k === start) throw decodeError(encoding, b, start, end, reason);
      return [r, k];
    }
    default:
      if (errors === 'xmlcharrefreplace' || errors === 'namereplace') {
        throw new PyLibError('TypeError', `don't know how to handle UnicodeDecodeError in error callback`);
      }
      handlerOrThrow(errors);
      throw decodeError(encoding, b, start, end, reason);
  }
}

function chunkedFromCharCodes(codes: number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) {
    out += String.fromCharCode.apply(null, codes.slice(i, i + 4096));
  }
  return out;
}

function decodeLimited(b: Uint8Array, limit: number, encoding: string, errors: string): string {
  let out = '';
  let codes: number[] = [];
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c < limit) codes.push(c);
    else {
      out += chunkedFromCharCodes(codes);
      codes = [];
      out += handleDecode(errors, encoding, b, i, i + 1, `ordinal not in range(${limit})`)[0];
    }
  }
  return out + chunkedFromCharCodes(codes);
}

const isCont = (c: number): boolean => c >= 0x80 && c <= 0xbf;

function decodeUtf8(b: Uint8Array, errors: string): string {
  const n = b.length;
  const units: number[] = [];
  let out = '';
  let i = 0;
  const flush = (): void => {
    out += chunkedFromCharCodes(units);
    units.length = 0;
  };
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      units.push(c);
      i++;
      continue;
    }
    let errEnd = -1;
    let reason = 'invalid continuation byte';
    if (c < 0xc2) {
      reason = 'invalid start byte';
      errEnd = i + 1;
    } else if (c < 0xe0) {
      if (n - i < 2) {
        reason = 'unexpected end of data';
        errEnd = n;
      } else if (!isCont(b[i + 1])) errEnd = i + 1;
      else {
        units.push(((c & 0x1f) << 6) | (b[i + 1] & 63));
        i += 2;
        continue;
      }
    } else if (c < 0xf0) {
      const c2 = n - i >= 2 ? b[i + 1] : -1;
      const bad2 = c2 >= 0 && (!isCont(c2) || (c2 < 0xa0 ? c === 0xe0 : c === 0xed));
      if (n - i < 3) {
        if (bad2) errEnd = i + 1;
        else {
          reason = 'unexpected end of data';
          errEnd = n;
        }
      } else if (bad2) errEnd = i + 1;
      else if (!isCont(b[i + 2])) errEnd = i + 2;
      else {
        units.push(((c & 0x0f) << 12) | ((c2 & 63) << 6) | (b[i + 2] & 63));
        i += 3;
        continue;
      }
    } else if (c < 0xf5) {
      const c2 = n - i >= 2 ? b[i + 1] : -1;
      const bad2 = c2 >= 0 && (!isCont(c2) || (c2 < 0x90 ? c === 0xf0 : c === 0xf4));
      if (n - i < 4) {
        if (bad2) errEnd = i + 1;
        else if (n - i >= 3 && !isCont(b[i + 2])) errEnd = i + 2;
        else {
          reason = 'unexpected end of data';
          errEnd = n;
        }
      } else if (bad2) errEnd = i + 1;
      else if (!isCont(b[i + 2])) errEnd = i + 2;
      else if (!isCont(b[i + 3])) errEnd = i + 3;
      else {
        const cp = ((c & 7) << 18) | ((c2 & 63) << 12) | ((b[i + 2] & 63) << 6) | (b[i + 3] & 63);
        units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
        i += 4;
        continue;
      }
    } else {
      reason = 'invalid start byte';
      errEnd = i + 1;
    }
    flush();
    const [rep, next] = handleDecode(errors, 'utf-8', b, i, errEnd, reason);
    out += rep;
    i = next;
  }
  flush();
  return out;
}

function decodeUtf16(b: Uint8Array, codec: CodecName, errors: string): string {
  let be = codec === 'utf-16-be';
  let i = 0;
  const n = b.length;
  if (codec === 'utf-16' && n >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (b[0] === 0xfe && b[1] === 0xff) {
      be = true;
      i = 2;
    }
  }
  const enc = be ? 'utf-16-be' : 'utf-16-le'; // CPython names the resolved byte order in errors
  const unit = (k: number): number => (be ? (b[k] << 8) | b[k + 1] : b[k] | (b[k + 1] << 8));
  const units: number[] = [];
  let out = '';
  /** handle b[start, end) and return where to resume */
  const fail = (start: number, end: number, reason: string): number => {
    out += chunkedFromCharCodes(units);
    units.length = 0;
    const [rep, next] = handleDecode(errors, enc, b, start, end, reason);
    out += rep;
    return next;
  };
  while (i < n) {
    if (n - i < 2) {
      i = fail(i, n, 'truncated data');
      continue;
    }
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) {
      units.push(u);
      i += 2;
    } else if (u <= 0xdbff) {
      if (n - i < 4) {
        i = fail(i, n, 'unexpected end of data');
        continue;
      }
      const v = unit(i + 2);
      if (v >= 0xdc00 && v <= 0xdfff) {
        units.push(u, v);
        i += 4;
      } else i = fail(i, i + 2, 'illegal UTF-16 surrogate');
    } else i = fail(i, i + 2, 'illegal encoding');
  }
  return out + chunkedFromCharCodes(units);
}

function decodeUtf32(b: Uint8Array, codec: CodecName, errors: string): string {
  let be = codec === 'utf-32-be';
  let i = 0;
  const n = b.length;
  if (codec === 'utf-32' && n >= 4) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      be = true;
      i = 4;
    }
  }
  let out = '';
  const enc = be ? 'utf-32-be' : 'utf-32-le';
  const fail = (start: number, end: number, reason: string): number => {
    const [rep, next] = handleDecode(errors, enc, b, start, end, reason);
    out += rep;
    return next;
  };
  while (i < n) {
    if (n - i < 4) {
      i = fail(i, n, 'truncated data');
      continue;
    }
    const c = be
      ? ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0
      : ((b[i + 3] << 24) | (b[i + 2] << 16) | (b[i + 1] << 8) | b[i]) >>> 0;
    if (c > 0x10ffff) i = fail(i, i + 4, 'code point not in range(0x110000)');
    else if (isSurr(c)) i = fail(i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
    else {
      out += String.fromCodePoint(c);
      i += 4;
    }
  }
  return out;
}

/** `b.decode(encoding, errors)`. */
export function decode(b: Uint8Array, encoding = 'utf-8', errors = 'strict'): string {
  if (b.length === 0) return ''; // CPython returns '' before looking the codec up
  const codec = codecOrThrow(encoding);
  switch (codec) {
    case 'utf-8':
      return decodeUtf8(b, errors);
    case 'ascii':
      return decodeLimited(b, 128, 'ascii', errors);
    case 'latin-1':
      return decodeLimited(b, 256, 'latin-1', errors);
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be':
      return decodeUtf16(b, codec, errors);
    default:
      return decodeUtf32(b, codec, errors);
  }
}
