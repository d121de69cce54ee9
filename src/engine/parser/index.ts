/**
 * heapscope front end — public API.
 *
 * Layers (like pyright): characterStream (decode.ts: bytes → text) →
 * tokenizer (tokenizer.ts: text → tokens, pulled on demand) → parser
 * (parser.ts: tokens → AST, ast.ts). This module wires them together,
 * reproduces CPython's error-precedence rules (a tokenizer error anywhere in
 * the file beats a parser error; an unclosed bracket before the error line
 * beats "invalid syntax"), and formats SyntaxErrors as CPython prints them.
 *
 * Columns in the AST are 0-based UTF-16 offsets (see ast.ts).
 * `SyntaxErrorInfo.offset/end_offset` follow CPython's SyntaxError semantics:
 * 1-based, counted in characters (code points).
 *
 * Deviation from the base contract, documented: `SyntaxErrorInfo.type` may
 * also be 'MemoryError' (CPython's "Parser stack overflowed - Python source
 * too complex to parse"; bare "MemoryError" on 3.11) or 'RecursionError'
 * ("maximum recursion depth exceeded during compilation", raised by CPython's
 * compiler for very deep expressions, reproduced here from the AST depth).
 * Those carry lineno 0 and text null, and format as one line.
 */
import type { Module, Stmt } from './ast';
import { Parser, ParseError, LimitError, Fail } from './parser';
import { Tok, Tokenizer, TokenizeError, type RawError } from './tokenizer';
import { normalizeNewlines, nullByteError } from './decode';

export * from './ast';
export { decodeSource } from './decode';

export type PythonVersion = '3.11' | '3.12' | '3.13';
export interface SyntaxErrorInfo {
  type: 'SyntaxError' | 'IndentationError' | 'TabError' | 'MemoryError' | 'RecursionError';
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
  text: string | null;
}
export type ParseResult =
  | { ok: true; module: Module; /** 'single' mode: input continues after the statement */ multipleStatements?: boolean }
  | { ok: false; error: SyntaxErrorInfo };

/** Compiler recursion limit (AST nesting depth incl. Module) per version, measured on CPython. */
const COMPILE_DEPTH_LIMIT: Record<PythonVersion, number> = { '3.11': 2996, '3.12': 2998, '3.13': 10000 };

export function parse(source: string, options: { filename: string; version: PythonVersion; mode?: 'exec' | 'eval' | 'single' }): ParseResult {
  const { filename, version } = options;
  try {
    return parseInner(source, filename, version, options.mode ?? 'exec');
  } catch (e) {
    // Safety net: never throw. A JS stack overflow maps to CPython's parser-stack error.
    const tooComplex = e instanceof RangeError;
    return {
      ok: false,
      error: {
        type: tooComplex ? 'MemoryError' : 'SyntaxError',
        msg: tooComplex ? (version === '3.11' ? '' : 'Parser stack overflowed - Python source too complex to parse') : `internal parser error: ${String(e)}`,
        filename, lineno: 0, offset: 0, end_lineno: 0, end_offset: 0, text: null,
      },
    };
  }
}

function parseInner(source: string, filename: string, version: PythonVersion, mode: 'exec' | 'eval' | 'single'): ParseResult {
  const src = normalizeNewlines(source);
  const nb = nullByteError(src, filename);
  if (nb) return { ok: false, error: nb };
  const tz = new Tokenizer(src, version);
  const parser = new Parser(tz, { version });
  let raw: RawError;
  try {
    let module: Module;
    if (mode === 'eval') {
      // eval mode: a Module holding one Expr statement stands for CPython's Expression node
      const e = parser.parseEval();
      module = { _type: 'Module', body: [{ _type: 'Expr', value: e, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset } as Stmt], type_ignores: [] };
    } else if (mode === 'single') {
      module = parser.parseSingle();
      if (parser.multipleStatements) return { ok: true, module, multipleStatements: true };
    } else module = parser.parseModule();
    // Each AST level consumes at least one token, plus ≤ 100 block levels: skip the walk for ordinary code.
    const depth = parser.maxStmtTokens + 110 < COMPILE_DEPTH_LIMIT[version] ? 0 : astDepth(module);
    if (depth >= COMPILE_DEPTH_LIMIT[version]) {
      return limitResult(new LimitError('RecursionError', 'maximum recursion depth exceeded during compilation'), filename);
    }
    return { ok: true, module };
  } catch (e) {
    if (e instanceof TokenizeError) return { ok: false, error: finish(e.error, tz, parser, filename) };
    if (e instanceof LimitError) return limitResult(e, filename);
    if (e instanceof ParseError) raw = e.error;
    else if (e instanceof RangeError) throw e;
    else if (e instanceof Fail) raw = genericError(parser, version);
    else throw e;
  }
  // A tokenizer error later in the file (or an unclosed bracket) takes precedence.
  const later = checkRestOfSource(tz, raw);
  return { ok: false, error: finish(later ?? raw, tz, parser, filename) };
}

function limitResult(e: LimitError, filename: string): ParseResult {
  return { ok: false, error: { type: e.type, msg: e.msg, filename, lineno: 0, offset: 0, end_lineno: 0, end_offset: 0, text: null } };
}

function genericError(parser: Parser, version: PythonVersion): RawError {
  const t = parser.furthestToken();
  if (t.type === Tok.INDENT) {
    return { type: 'IndentationError', msg: 'unexpected indent', lineno: t.line, offset: t.endCol, end_lineno: t.line, end_offset: -1, text: { kind: 'auto' } };
  }
  if (t.type === Tok.DEDENT) {
    return { type: 'IndentationError', msg: 'unindent does not match any outer indentation level', lineno: t.line, offset: t.col, end_lineno: t.line, end_offset: -1, text: { kind: 'auto' } };
  }
  const endCol = t.type === Tok.NEWLINE && version === '3.11' ? t.col : t.endCol;
  return { type: 'SyntaxError', msg: 'invalid syntax', lineno: t.line, offset: t.col + 1, end_lineno: t.endLine, end_offset: endCol + 1, text: { kind: 'auto' } };
}

function checkRestOfSource(tz: Tokenizer, err: RawError): RawError | null {
  try {
    for (let i = 0; ; i++) {
      const t = tz.next();
      if (t.type === Tok.ENDMARKER) return null;
      if (t.type === Tok.EOF_IN_BRACKETS) {
        const o = tz.parens[tz.parens.length - 1];
        if (err.lineno > o.line) {
          return { type: 'SyntaxError', msg: `'${String.fromCharCode(o.ch)}' was never closed`, lineno: o.line, offset: o.col + 1, end_lineno: o.line, end_offset: 0, text: { kind: 'auto' } };
        }
        return null;
      }
    }
  } catch (e) {
    if (e instanceof TokenizeError) return e.error;
    throw e;
  }
}

/** Resolve the error text and convert UTF-16 columns to code points. */
function finish(r: RawError, tz: Tokenizer, parser: Parser, filename: string): SyntaxErrorInfo {
  let text: string | null;
  const line = r.lineno > 0 ? tz.lineText(r.lineno) : '';
  switch (r.text.kind) {
    case 'line': text = line; break;
    case 'lineNL': text = line + '\n'; break;
    case 'explicit': text = r.text.value ?? line + '\n'; break;
    case 'auto': {
      // CPython: the current tokenizer line is returned with its newline, earlier lines without.
      const cur = Math.min(currentTokLine(tz, parser), tz.lastLine());
      text = r.lineno >= cur ? line + '\n' : line;
      break;
    }
  }
  const conv = (col: number): number => {
    if (col <= 1) return col;
    let n = col;
    for (let i = 0; i < col - 1 && i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        n--;
        i++;
      }
    }
    return n;
  };
  const endLine = r.end_lineno === r.lineno ? line : tz.lineText(r.end_lineno);
  const convEnd = (col: number): number => {
    if (r.end_lineno === r.lineno) return conv(col);
    let n = col;
    for (let i = 0; i < col - 1 && i < endLine.length; i++) {
      const c = endLine.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        n--;
        i++;
      }
    }
    return n;
  };
  return {
    type: r.type, msg: r.msg, filename, lineno: r.lineno, offset: conv(r.offset),
    end_lineno: r.end_lineno, end_offset: convEnd(r.end_offset), text,
  };
}

function currentTokLine(tz: Tokenizer, parser: Parser): number {
  const t = parser.furthestToken();
  if (!t) return tz.currentLine;
  return Math.max(t.endLine, t.line);
}

/** Maximum nesting depth of the AST (Module = 1), computed iteratively. */
function astDepth(root: Module): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    const obj = node as Record<string, unknown>;
    for (const k in obj) {
      if (k === 'value' && obj._type === 'Constant') continue;
      const v = obj[k];
      if (v === null || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        for (const x of v) if (x !== null && typeof x === 'object' && '_type' in x) stack.push([x, nodeAdds(x) ? d + 1 : d]);
      } else if ('_type' in v) stack.push([v, nodeAdds(v) ? d + 1 : d]);
    }
  }
  return max;
}
/** Helper nodes without positions (arguments, comprehension, ...) do not count as a level. */
function nodeAdds(n: object): boolean {
  return 'lineno' in n;
}

// ---------------------------------------------------------------------------
// Formatting (what `python file.py` prints to stderr for an uncaught SyntaxError)

export function formatSyntaxError(err: SyntaxErrorInfo, version: PythonVersion): string {
  if (err.type === 'MemoryError' || err.type === 'RecursionError') {
    return err.msg ? `${err.type}: ${err.msg}\n` : `${err.type}\n`;
  }
  const out: string[] = [];
  if (err.lineno > 0) out.push(`  File "${err.filename}", line ${err.lineno}\n`);
  let text = err.text;
  if (text !== null && err.lineno > 0) {
    // When running a file CPython shows the physical line: keep the last line of a multi-line text.
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    const nl = body.lastIndexOf('\n');
    if (nl >= 0) text = text.slice(nl + 1);
    if (version === '3.13') out.push(...format313(err, text));
    else out.push(...formatC(err, text));
  }
  out.push(`${err.type}: ${err.msg}\n`);
  return out.join('');
}

/** 3.11/3.12: Python/pythonrun.c print_error_text. */
function formatC(err: SyntaxErrorInfo, text0: string): string[] {
  let offset = err.offset;
  let endOffset = err.end_offset;
  const lineSize = text0.length;
  if (err.end_lineno > err.lineno) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  const reps = err.type === 'SyntaxError' && endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  offset--;
  let i = 0;
  while (i < text0.length && (text0[i] === ' ' || text0[i] === '\t' || text0[i] === '\f')) {
    i++;
    offset--;
  }
  let text = text0.slice(i);
  let len = text.length;
  if (len > 0 && text[len - 1] === '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0 || nl >= offset) break;
    text = text.slice(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  const out = ['    ' + text + (text[len] !== '\n' ? '\n' : '')];
  if (offset < 0) return out;
  out.push('    ' + ' '.repeat(offset) + '^'.repeat(reps) + '\n');
  return out;
}

/** 3.13: Lib/traceback.py TracebackException._format_syntax_error (no colour). */
function format313(err: SyntaxErrorInfo, text: string): string[] {
  const rtext = text.replace(/\n+$/, '');
  let k = 0;
  while (k < rtext.length && (rtext[k] === ' ' || rtext[k] === '\n' || rtext[k] === '\f')) k++;
  const ltext = rtext.slice(k);
  const spaces = rtext.length - ltext.length;
  let offset = err.offset;
  let endOffset: number;
  if (err.lineno === err.end_lineno) endOffset = err.end_offset !== 0 ? err.end_offset : offset;
  else endOffset = rtext.length + 1;
  if (text && offset > text.length) offset = rtext.length + 1;
  if (text && endOffset > text.length) endOffset = rtext.length + 1;
  if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
  const colno = offset - 1 - spaces;
  const endColno = endOffset - 1 - spaces;
  if (colno >= 0) {
    let caretspace = '';
    const lim = Math.min(colno, ltext.length);
    for (let j = 0; j < lim; j++) caretspace += /\s/.test(ltext[j]) ? ltext[j] : ' ';
    return ['    ' + ltext + '\n', '    ' + caretspace + '^'.repeat(Math.max(0, endColno - colno)) + '\n'];
  }
  return ['    ' + ltext + '\n'];
}
