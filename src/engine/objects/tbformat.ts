/**
 * PEP 657 position markers (`~~~^^^`) under the source line of a traceback entry, as CPython prints them for
 * an uncaught exception: 3.11 / 3.12 use the C printer (Python/traceback.c: tb_displayline,
 * extract_anchors_from_line; BinOp and Subscript anchors, single line, UTF-8 quirks kept), 3.13 uses
 * Lib/traceback.py (format_frame_summary, _extract_caret_anchors_from_line_segment, _should_show_carets;
 * multi-line display, Call anchors, display widths).
 *
 * Columns from the compiler are UTF-16 indices within a line; CPython's are UTF-8 byte offsets converted to
 * character (code point) offsets, so everything below is converted to code points before printing.
 */
import { parse, type PythonVersion } from '../parser';
import { AstOptimizer } from '../compiler/optimizer';
import { utf8Length } from '../lib/codecs';

/** East Asian Width W/F ranges (unicodedata of CPython 3.13), for traceback._display_width. */
const WIDE = [0x1100,0x115f,0x231a,0x231b,0x2329,0x232a,0x23e9,0x23ec,0x23f0,0x23f0,0x23f3,0x23f3,0x25fd,0x25fe,0x2614,0x2615,0x2648,0x2653,0x267f,0x267f,0x2693,0x2693,0x26a1,0x26a1,0x26aa,0x26ab,0x26bd,0x26be,0x26c4,0x26c5,0x26ce,0x26ce,0x26d4,0x26d4,0x26ea,0x26ea,0x26f2,0x26f3,0x26f5,0x26f5,0x26fa,0x26fa,0x26fd,0x26fd,0x2705,0x2705,0x270a,0x270b,0x2728,0x2728,0x274c,0x274c,0x274e,0x274e,0x2753,0x2755,0x2757,0x2757,0x2795,0x2797,0x27b0,0x27b0,0x27bf,0x27bf,0x2b1b,0x2b1c,0x2b50,0x2b50,0x2b55,0x2b55,0x2e80,0x2e99,0x2e9b,0x2ef3,0x2f00,0x2fd5,0x2ff0,0x303e,0x3041,0x3096,0x3099,0x30ff,0x3105,0x312f,0x3131,0x318e,0x3190,0x31e3,0x31ef,0x321e,0x3220,0x3247,0x3250,0x4dbf,0x4e00,0xa48c,0xa490,0xa4c6,0xa960,0xa97c,0xac00,0xd7a3,0xf900,0xfaff,0xfe10,0xfe19,0xfe30,0xfe52,0xfe54,0xfe66,0xfe68,0xfe6b,0xff01,0xff60,0xffe0,0xffe6,0x16fe0,0x16fe4,0x16ff0,0x16ff1,0x17000,0x187f7,0x18800,0x18cd5,0x18d00,0x18d08,0x1aff0,0x1aff3,0x1aff5,0x1affb,0x1affd,0x1affe,0x1b000,0x1b122,0x1b132,0x1b132,0x1b150,0x1b152,0x1b155,0x1b155,0x1b164,0x1b167,0x1b170,0x1b2fb,0x1f004,0x1f004,0x1f0cf,0x1f0cf,0x1f18e,0x1f18e,0x1f191,0x1f19a,0x1f200,0x1f202,0x1f210,0x1f23b,0x1f240,0x1f248,0x1f250,0x1f251,0x1f260,0x1f265,0x1f300,0x1f320,0x1f32d,0x1f335,0x1f337,0x1f37c,0x1f37e,0x1f393,0x1f3a0,0x1f3ca,0x1f3cf,0x1f3d3,0x1f3e0,0x1f3f0,0x1f3f4,0x1f3f4,0x1f3f8,0x1f43e,0x1f440,0x1f440,0x1f442,0x1f4fc,0x1f4ff,0x1f53d,0x1f54b,0x1f54e,0x1f550,0x1f567,0x1f57a,0x1f57a,0x1f595,0x1f596,0x1f5a4,0x1f5a4,0x1f5fb,0x1f64f,0x1f680,0x1f6c5,0x1f6cc,0x1f6cc,0x1f6d0,0x1f6d2,0x1f6d5,0x1f6d7,0x1f6dc,0x1f6df,0x1f6eb,0x1f6ec,0x1f6f4,0x1f6fc,0x1f7e0,0x1f7eb,0x1f7f0,0x1f7f0,0x1f90c,0x1f93a,0x1f93c,0x1f945,0x1f947,0x1f9ff,0x1fa70,0x1fa7c,0x1fa80,0x1fa88,0x1fa90,0x1fabd,0x1fabf,0x1fac5,0x1face,0x1fadb,0x1fae0,0x1fae8,0x1faf0,0x1faf8,0x20000,0x2fffd,0x30000,0x3fffd];

function isWide(cp: number): boolean {
  let lo = 0;
  let hi = WIDE.length / 2 - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (cp < WIDE[2 * m]) hi = m - 1;
    else if (cp > WIDE[2 * m + 1]) lo = m + 1;
    else return true;
  }
  return false;
}

const cps = (s: string): string[] => Array.from(s);
/** code points in the first `u16` UTF-16 units of `s` (clamped) */
const cpAt = (s: string, u16: number): number => Array.from(s.slice(0, Math.max(0, u16))).length;
const isWs = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\f';
/** Python's str.isspace for one character */
const pyIsSpace = (ch: string): boolean => /^[\s\x1c-\x1f\x85]$/u.test(ch) && ch !== '\ufeff';

function parseSegment(src: string, version: PythonVersion, optimize: boolean): any | null {
  let r;
  try {
    r = parse(src, { filename: '<traceback>', version });
  } catch {
    return null;
  }
  if (!r.ok) return null;
  let m: any = r.module;
  if (optimize) {
    try {
      m = new AstOptimizer(0).module(m);
    } catch {
      return null;
    }
  }
  return m;
}

/**
 * The source line(s) and markers printed after `  File "...", line N, in name`, each line ending in "\n".
 * `pos` = [lineno, end_lineno, col, end_col] of the entry's instruction (-1 when absent).
 */
export function formatEntrySource(
  lines: string[] | undefined, tbLineno: number, pos: number[], version: PythonVersion,
): string {
  if (lines === undefined) return '';
  return version === '3.13' ? source313(lines, tbLineno, pos, version) : sourceC(lines, tbLineno, pos, version);
}

// ------------------------------------------------------------------ 3.11 / 3.12 (Python/traceback.c)

function sourceC(lines: string[], lineno: number, pos: number[], version: PythonVersion): string {
  if (lineno < 1 || lineno > lines.length) return '';
  const raw = lines[lineno - 1];
  let i = 0;
  const chars = cps(raw);
  while (i < chars.length && isWs(chars[i])) i++;
  const stripped = chars.slice(i).join('');
  if (stripped.trim() === '') return '';
  let out = `    ${stripped}\n`;
  const [startLine, endLine, col, endCol] = pos;
  if (startLine < 0 || endLine < 0 || col < 0 || endCol < 0) return out;
  const start = cpAt(raw, col);
  let end = cpAt(raw, endCol);
  let left = -1;
  let right = -1;
  let primary = '^';
  let secondary = '^';
  if (startLine === endLine) {
    const seg = raw.slice(col, endCol);
    const a = anchorsC(seg, version);
    if (a !== null) {
      left = cpAt(seg, a.left) + start;
      right = cpAt(seg, a.right) + start;
      primary = a.primary;
      secondary = a.secondary;
    }
  } else {
    // highlight until the last non-whitespace character (a char count used as a UTF-8 index, as in C)
    const bytes = new TextEncoder().encode(raw);
    let k = chars.length;
    while (--k >= 0) {
      const b = bytes[k];
      if (!(b === 0x20 || b === 0x09 || b === 0x0c)) break;
    }
    end = k + 1;
  }
  const special = left !== -1 || right !== -1;
  // elided when the primary range spans the stripped line (character offsets)
  if (end - start === chars.length - i && !special) return out;
  // the markers are drawn in display columns (wide characters take two), as 3.11.7 / 3.12.1 do
  const dp = (off: number) => displayWidth(raw, off);
  const dpStart = dp(start);
  const dpEnd = dp(end);
  const dpLeft = special ? dp(left) : -1;
  const dpRight = special ? dp(right) : -1;
  let car = '    ';
  for (let k = i; k < dpEnd; k++) {
    if (k < dpStart) car += ' ';
    else if (special && dpLeft <= k && k < dpRight) car += secondary;
    else car += primary;
  }
  out += car + '\n';
  return out;
}

function anchorsC(seg: string, version: PythonVersion): { left: number; right: number; primary: string; secondary: string } | null {
  const m = parseSegment(seg, version, true);
  if (m === null || m.body.length !== 1) return null;
  const st = m.body[0];
  if (st._type !== 'Expr') return null;
  const e = st.value;
  if (e._type === 'BinOp') {
    const rc = e.right.col_offset;
    let left = -1;
    let right = -1;
    let primary = '^';
    let secondary = '^';
    for (let i = e.left.end_col_offset; i < rc; i++) {
      if (isWs(seg[i])) continue;
      left = i;
      right = i + 1;
      if (i + 1 < rc && !isWs(seg[i + 1])) right++;
      if (i + 1 < rc && seg[i] === ')') continue;
      primary = '~';
      secondary = '^';
      break;
    }
    if (left < 0) return null;
    return { left, right, primary, secondary };
  }
  if (e._type === 'Subscript') {
    let left = e.value.end_col_offset;
    let right = e.slice.end_col_offset + 1;
    const n = seg.length;
    while (left < n && seg[left] !== '[') left++;
    while (right < n && seg[right] !== ']') right++;
    if (right < n) right++;
    return { left, right, primary: '~', secondary: '^' };
  }
  return null;
}

// ------------------------------------------------------------------ 3.13 (Lib/traceback.py)

function splitlines(s: string): string[] {
  if (s === '') return [];
  const parts = s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (/(\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029])$/.test(s)) parts.pop();
  return parts;
}

/** textwrap.dedent */
function dedent(text: string): string {
  const ls = text.split('\n').map((l) => (/^[ \t]+$/.test(l) ? '' : l));
  let margin: string | null = null;
  for (const l of ls) {
    const m = /^([ \t]*)[^ \t]/.exec(l);
    if (m === null) continue;
    const ind = m[1];
    if (margin === null) margin = ind;
    else if (ind.startsWith(margin)) continue;
    else if (margin.startsWith(ind)) margin = ind;
    else {
      let k = 0;
      while (k < margin.length && k < ind.length && margin[k] === ind[k]) k++;
      margin = margin.slice(0, k);
    }
  }
  if (margin) return ls.map((l) => (l.startsWith(margin!) ? l.slice(margin!.length) : l)).join('\n');
  return ls.join('\n');
}

function displayWidth(line: string, offset?: number): number {
  const c = cps(line);
  const n = offset === undefined ? c.length : Math.max(0, offset);
  if (/^[\x00-\x7f]*$/.test(line)) return n;
  let w = 0;
  for (const ch of c.slice(0, n)) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

const lstripLen = (s: string): number => cps(s.replace(/^[\s\x1c-\x1f\x85]+/u, '')).length;

interface Anchors313 { leftLine: number; left: number; rightLine: number; right: number }

function anchors313(segment: string, version: PythonVersion): Anchors313 | null {
  const tree = parseSegment(`(\n${segment}\n)`, version, false);
  if (tree === null || tree.body.length !== 1) return null;
  const rawLines = splitlines(segment);
  const lines = rawLines.map(cps);
  const normalize = (ln: number, off: number): number => {
    if (ln < 0 || ln >= rawLines.length) throw new Error('index');
    return cpAt(rawLines[ln], off);
  };
  const nextValid = (ln: number, col: number): [number, number] => {
    while (ln < lines.length && col >= lines[ln].length) {
      col = 0;
      ln++;
    }
    if (!(ln < lines.length && col < lines[ln].length)) throw new Error('assert');
    return [ln, col];
  };
  const increment = (ln: number, col: number) => nextValid(ln, col + 1);
  const nextline = (ln: number) => nextValid(ln + 1, 0);
  const incrementUntil = (ln: number, col: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[ln][col];
      if (ch === '\\' || ch === '#') [ln, col] = nextline(ln);
      else if (!stop(ch)) [ln, col] = increment(ln, col);
      else break;
    }
    return [ln, col];
  };
  const setup = (e: any, forceValid = true): [number, number] => {
    const ln = e.end_lineno - 2;
    const col = normalize(ln, e.end_col_offset);
    return forceValid ? nextValid(ln, col) : [ln, col];
  };
  const st = tree.body[0];
  if (st._type !== 'Expr') return null;
  const e = st.value;
  if (e._type === 'BinOp') {
    let [ln, col] = setup(e.left);
    [ln, col] = incrementUntil(ln, col, (x) => !pyIsSpace(x) && x !== ')');
    let rightCol = col + 1;
    if (rightCol < lines[ln].length &&
        (e.right.lineno - 2 > ln || rightCol < normalize(e.right.lineno - 2, e.right.col_offset))) {
      const ch = lines[ln][rightCol];
      if (!pyIsSpace(ch) && ch !== '\\' && ch !== '#') rightCol++;
    }
    return { leftLine: ln, left: col, rightLine: ln, right: rightCol };
  }
  if (e._type === 'Subscript' || e._type === 'Call') {
    const inner = e._type === 'Subscript' ? e.value : e.func;
    const open = e._type === 'Subscript' ? '[' : '(';
    let [ll, lc] = setup(inner);
    [ll, lc] = incrementUntil(ll, lc, (x) => x === open);
    const [rl, rc] = setup(e, false);
    return { leftLine: ll, left: lc, rightLine: rl, right: rc };
  }
  return null;
}

function shouldShowCarets(start: number, end: number, allLines: string[], anchors: Anchors313 | null, version: PythonVersion): boolean {
  const tree = parseSegment(allLines.join('\n'), version, false);
  if (tree !== null) {
    if (tree.body.length === 0) return false;
    const st = tree.body[0];
    let value: any = null;
    if (st._type === 'Return' && st.value !== null && st.value._type === 'Call') {
      if (st.value.func._type === 'Name') value = st.value;
    } else if (st._type === 'Assign' && st.value._type === 'Call') {
      if (st.targets.length === 1 && st.targets[0]._type === 'Name') value = st.value;
    }
    if (value !== null) {
      // CPython compares the AST's UTF-8 columns with character offsets
      const col = utf8Length(allLines[value.lineno - 1]?.slice(0, value.col_offset) ?? '');
      const endCol = utf8Length(allLines[value.end_lineno - 1]?.slice(0, value.end_col_offset) ?? '');
      if (value.lineno === 1 && value.end_lineno === allLines.length && col === start && endCol === end) return false;
    }
  }
  if (anchors !== null) return true;
  const first = cps(allLines[0]);
  const last = cps(allLines[allLines.length - 1]);
  if (first.slice(0, start).join('').trimStart() !== '' || last.slice(end).join('').trimEnd() !== '') return true;
  return false;
}

function source313(src: string[], tbLineno: number, pos: number[], version: PythonVersion): string {
  let [lineno, endLineno, col, endCol] = pos;
  if (lineno < 0) {
    lineno = tbLineno;
    if (endLineno < 0) endLineno = lineno;
  }
  if (endLineno < 0) endLineno = lineno;
  const got: string[] = [];
  for (let ln = lineno; ln <= endLineno; ln++) got.push((ln >= 1 && ln <= src.length ? src[ln - 1] : '').trimEnd());
  const original = got.join('\n') + '\n';
  const dedented = dedent(original);
  if (dedented.trim() === '') return '';
  if (col < 0 || endCol < 0) return `    ${original.split('\n')[0].trim()}\n`;
  const origLines = splitlines(original);
  const firstRaw = origLines[0];
  const lastRaw = origLines[endLineno - lineno] ?? '';
  let start = cpAt(firstRaw, col);
  let end = cpAt(lastRaw, endCol);
  const allLines = splitlines(dedented).slice(0, endLineno - lineno + 1);
  const dc = cps(firstRaw).length - cps(allLines[0]).length;
  start = Math.max(0, start - dc);
  end = Math.max(0, end - dc);
  const dpStart = displayWidth(allLines[0], start);
  const dpEnd = displayWidth(allLines[allLines.length - 1], end);
  const joined = cps(allLines.join('\n'));
  const segment = joined.slice(start, joined.length - (cps(allLines[allLines.length - 1]).length - end)).join('');
  let anchors: Anchors313 | null = null;
  try {
    anchors = anchors313(segment, version);
  } catch {
    anchors = null;
  }
  const show = shouldShowCarets(start, end, allLines, anchors, version);
  const sig = new Set<number>([0, allLines.length - 1]);
  let aLeft = 0;
  let aRight = 0;
  if (anchors !== null) {
    aLeft = anchors.left;
    aRight = anchors.right;
    if (anchors.leftLine === 0) aLeft += start;
    if (anchors.rightLine === 0) aRight += start;
    aLeft = displayWidth(allLines[anchors.leftLine], aLeft);
    aRight = displayWidth(allLines[anchors.rightLine], aRight);
    for (let k = anchors.leftLine - 1; k < anchors.leftLine + 2; k++) sig.add(k);
    for (let k = anchors.rightLine - 1; k < anchors.rightLine + 2; k++) sig.add(k);
  }
  sig.delete(-1);
  sig.delete(allLines.length);
  const result: string[] = [];
  const outputLine = (ln: number) => {
    const line = allLines[ln];
    result.push(line + '\n');
    if (!show) return;
    const numSpaces = cps(line).length - lstripLen(line);
    const numCarets = ln === allLines.length - 1 ? dpEnd : displayWidth(line);
    let car = '';
    for (let c = 0; c < numCarets; c++) {
      if (c < numSpaces || (ln === 0 && c < dpStart)) car += ' ';
      else if (anchors !== null &&
        (ln > anchors.leftLine || (ln === anchors.leftLine && c >= aLeft)) &&
        (ln < anchors.rightLine || (ln === anchors.rightLine && c < aRight))) car += '^';
      else car += '~';
    }
    if (anchors === null) car = car.replace(/~/g, '^');
    result.push(car + '\n');
  };
  const sorted = [...sig].sort((a, b) => a - b);
  sorted.forEach((ln, i) => {
    if (i) {
      const diff = ln - sorted[i - 1];
      if (diff === 2) outputLine(ln - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(ln);
  });
  const body = dedent(result.join(''));
  return splitlines(body).map((l) => '    ' + l + '\n').join('');
}
