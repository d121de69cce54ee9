/**
 * heapscope front end — layer 1: the character stream (source bytes → text).
 *
 * Layers (like pyright): characterStream (this file) → tokenizer
 * (tokenizer.ts) → parser (parser.ts) → AST (ast.ts).
 *
 * - UTF-8 is the default (PEP 3120); a UTF-8 BOM is accepted and dropped.
 * - A PEP 263 coding declaration on line 1 or 2 is honoured for utf-8,
 *   latin-1/iso-8859-1 and ascii. Any other codec name is reported as
 *   CPython reports an unknown codec ("encoding problem: NAME") — a
 *   documented gap, since heapscope does not ship codec tables.
 * - Invalid UTF-8 gives CPython's exact "Non-UTF-8 code starting with ..."
 *   error; NUL bytes give "source code cannot contain null bytes".
 * - Newlines are normalised (\r\n and \r → \n) like CPython's tokenizer.
 */
import type { SyntaxErrorInfo } from './index';

const COOKIE_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

function normalName(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-')) return 'utf-8';
  for (const p of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (n === p || n.startsWith(p + '-')) return 'iso-8859-1';
  }
  return name;
}

function err(msg: string, filename: string, lineno = 0, text: string | null = null): { ok: false; error: SyntaxErrorInfo } {
  return { ok: false, error: { type: 'SyntaxError', msg, filename, lineno, offset: 0, end_lineno: lineno, end_offset: 0, text } };
}

/** First line(s) as latin-1 text, for cookie detection. */
function rawLine(bytes: Uint8Array, start: number): [string, number] {
  let e = start;
  while (e < bytes.length && bytes[e] !== 10) e++;
  let s = '';
  for (let i = start; i < e && i - start < 1000; i++) s += String.fromCharCode(bytes[i]);
  return [s, e + 1];
}

export function normalizeNewlines(text: string): string {
  return text.indexOf('\r') >= 0 ? text.replace(/\r\n?/g, '\n') : text;
}

/** Check for NUL characters; returns the error or null. */
export function nullByteError(text: string, filename: string): SyntaxErrorInfo | null {
  const z = text.indexOf('\0');
  if (z < 0) return null;
  let line = 1;
  let ls = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < z; i = text.indexOf('\n', i + 1)) {
    line++;
    ls = i + 1;
  }
  return { type: 'SyntaxError', msg: 'source code cannot contain null bytes', filename, lineno: line, offset: 0, end_lineno: line, end_offset: 0, text: text.slice(ls, z) };
}

export function decodeSource(bytes: Uint8Array, filename: string): { ok: true; text: string } | { ok: false; error: SyntaxErrorInfo } {
  let start = 0;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) start = 3;
  // coding cookie on line 1, or on line 2 if line 1 is blank or a comment
  let encoding = 'utf-8';
  const [l1, next] = rawLine(bytes, start);
  let m = COOKIE_RE.exec(l1);
  if (!m && /^[ \t\f]*(#.*)?\r?$/.test(l1) && next < bytes.length) {
    const [l2] = rawLine(bytes, next);
    m = COOKIE_RE.exec(l2);
  }
  if (m) {
    const name = normalName(m[1]);
    if (bom && name !== 'utf-8') return err(`encoding problem: ${name} with BOM`, filename);
    if (name === 'utf-8' || name.toLowerCase() === 'ascii' || name.toLowerCase() === 'us-ascii') encoding = 'utf-8';
    else if (name === 'iso-8859-1') encoding = 'latin-1';
    else return err(`encoding problem: ${name}`, filename);
  }
  let text: string;
  if (encoding === 'latin-1') {
    const parts: string[] = [];
    for (let i = start; i < bytes.length; i += 8192) {
      parts.push(String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length))));
    }
    text = parts.join('');
  } else {
    const bad = findInvalidUtf8(bytes, start);
    if (bad >= 0) {
      let line = 1;
      // universal newlines, as CPython's tokenizer counts them: \n, \r\n and a lone \r each end a line
      for (let i = start; i < bad; i++) if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line++;
      const hex = bytes[bad].toString(16).padStart(2, '0');
      return err(`Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`, filename);
    }
    text = new TextDecoder('utf-8').decode(bytes.subarray(start));
  }
  text = normalizeNewlines(text);
  const nb = nullByteError(text, filename);
  if (nb) return { ok: false, error: nb };
  return { ok: true, text };
}

/** Offset of the first byte of the first invalid UTF-8 sequence, or -1. */
function findInvalidUtf8(b: Uint8Array, start: number): number {
  const n = b.length;
  let i = start;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number, min: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= n + 0 && i + need > n - 1 + 1) return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
