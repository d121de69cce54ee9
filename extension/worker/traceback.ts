/**
 * Turns a CPython-style traceback (what the engine writes to stderr) into a positioned error.
 * Used while the engine only offers `runSource`; `analyze` reports errors itself.
 *
 *   Traceback (most recent call last):            SyntaxError (no "Traceback" header):
 *     File "/w/a.py", line 7, in <module>            File "/w/a.py", line 2
 *       f(1)                                             def f(:
 *       ~^^^                                                  ^
 *   ZeroDivisionError: division by zero             SyntaxError: invalid syntax
 *
 * The error's line is the innermost frame in the analysed file; the column comes from the caret
 * marker line under it when there is one, else the whole (trimmed) line is the range.
 */
import type { AnalysisError } from '../../src/protocol/analysis';

const FRAME = /^\s*File "(.*)", line (\d+)(?:, in .*)?$/;
const LAST_LINE = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/;
const SYNTAX_TYPES = new Set(['SyntaxError', 'IndentationError', 'TabError']);
const LIMIT_LINE = /^heapscope: (.*\blimit\b.*)$/i;

interface Frame {
  file: string;
  line: number;
  /** Source text as the traceback shows it (leading whitespace stripped), when shown. */
  text?: string;
  /** Caret/tilde marker line under the text, when shown. */
  marker?: string;
  /** Indentation the traceback used before `text`. */
  textIndent?: number;
}

export function parseTraceback(stderr: string, source: string, filename: string): AnalysisError | null {
  const lines = stderr.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length === 0) return null;
  const last = lines[lines.length - 1];

  const limit = LIMIT_LINE.exec(last);
  const frames = collectFrames(lines);
  const frame = [...frames].reverse().find((f) => sameFile(f.file, filename)) ?? frames[frames.length - 1];

  if (limit) {
    const line = frame?.line ?? 1;
    return { kind: 'limit', type: 'LimitExceeded', message: limit[1], ...wholeLine(source, line) };
  }
  const m = LAST_LINE.exec(last);
  if (!m || (!frame && !lines[0].startsWith('Traceback'))) return null;
  const type = m[1].split('.').pop() ?? m[1];
  const message = m[2] ?? '';
  const kind = SYNTAX_TYPES.has(type) ? 'syntax' : 'runtime';
  if (!frame) return { kind, type, message, ...wholeLine(source, 1) };
  return { kind, type, message, ...frameRange(frame, source) };
}

function collectFrames(lines: string[]): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = FRAME.exec(lines[i]);
    if (!m) continue;
    const frame: Frame = { file: m[1], line: Number(m[2]) };
    const next = lines[i + 1];
    if (next !== undefined && !FRAME.exec(next) && /^\s{4,}\S/.test(next)) {
      frame.textIndent = next.length - next.trimStart().length;
      frame.text = next.trimStart();
      const marker = lines[i + 2];
      if (marker !== undefined && /^\s*[~^]+\s*$/.test(marker)) frame.marker = marker;
    }
    frames.push(frame);
  }
  return frames;
}

function sameFile(a: string, b: string): boolean {
  return a === b || a.replace(/\\/g, '/') === b.replace(/\\/g, '/');
}

function sourceLine(source: string, line: number): string {
  return source.replace(/\r\n?/g, '\n').split('\n')[line - 1] ?? '';
}

function wholeLine(source: string, line: number): Pick<AnalysisError, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const text = sourceLine(source, line);
  const start = text.length - text.trimStart().length;
  const end = Math.max(start, text.trimEnd().length);
  return { line, column: start, endLine: line, endColumn: end };
}

function frameRange(frame: Frame, source: string): Pick<AnalysisError, 'line' | 'column' | 'endLine' | 'endColumn'> {
  if (!frame.marker || frame.textIndent === undefined) return wholeLine(source, frame.line);
  const first = frame.marker.search(/[~^]/);
  const lastMark = Math.max(frame.marker.lastIndexOf('^'), frame.marker.lastIndexOf('~'));
  // Marker offsets are relative to the trimmed text the traceback shows; map them onto the real
  // source line, which may be indented differently.
  const text = sourceLine(source, frame.line);
  const base = text.length - text.trimStart().length;
  const column = base + Math.max(0, first - frame.textIndent);
  const endColumn = Math.max(column + 1, base + (lastMark - frame.textIndent) + 1);
  return { line: frame.line, column, endLine: frame.line, endColumn };
}
