import { describe, expect, it } from 'vitest';
import { parseTraceback } from '../../../extension/worker/traceback';

const FILE = '/work/demo.py';

describe('parseTraceback', () => {
  it('positions a SyntaxError at its caret', () => {
    const source = 'values = [1, 2, 3]\nfor v in values\n    print(v)\n';
    const stderr = `  File "${FILE}", line 2\n    for v in values\n                   ^\nSyntaxError: expected ':'\n`;
    expect(parseTraceback(stderr, source, FILE)).toEqual({
      kind: 'syntax', type: 'SyntaxError', message: "expected ':'", line: 2, column: 15, endLine: 2, endColumn: 16,
    });
  });

  it('maps carets onto the real indentation of the source line', () => {
    const source = 'def f():\n        x = (1 +\n'; // shown trimmed, with 4 spaces, in the traceback
    const stderr = `  File "${FILE}", line 2\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n`;
    const err = parseTraceback(stderr, source, FILE)!;
    expect(err).toMatchObject({ kind: 'syntax', line: 2, column: 12, endColumn: 13, message: "'(' was never closed" });
  });

  it('treats IndentationError as a syntax error', () => {
    const source = 'if True:\nprint(1)\n';
    const stderr = `  File "${FILE}", line 2\n    print(1)\n    ^^^^^\nIndentationError: expected an indented block after 'if' statement on line 1\n`;
    expect(parseTraceback(stderr, source, FILE)).toMatchObject({ kind: 'syntax', type: 'IndentationError', line: 2, column: 0, endColumn: 5 });
  });

  it('takes the innermost frame of the file and its ~~^~~ range', () => {
    const source = 'def ratio(a, b):\n    return a / b\n\nprint(ratio(1, 0))\n';
    const stderr = [
      'Traceback (most recent call last):',
      `  File "${FILE}", line 4, in <module>`,
      '    print(ratio(1, 0))',
      '          ^^^^^^^^^^^',
      `  File "${FILE}", line 2, in ratio`,
      '    return a / b',
      '           ~~^~~',
      'ZeroDivisionError: division by zero',
      '',
    ].join('\n');
    expect(parseTraceback(stderr, source, FILE)).toEqual({
      kind: 'runtime', type: 'ZeroDivisionError', message: 'division by zero', line: 2, column: 11, endLine: 2, endColumn: 16,
    });
  });

  it('uses the whole trimmed line when there are no markers, and skips frames of other files', () => {
    const source = 'import json\n  \nx = {}["missing"]\n';
    const stderr = [
      'Traceback (most recent call last):',
      `  File "${FILE}", line 3, in <module>`,
      '    x = {}["missing"]',
      '  File "<frozen importlib._bootstrap>", line 1, in _find',
      "KeyError: 'missing'",
    ].join('\n');
    expect(parseTraceback(stderr, source, FILE)).toEqual({
      kind: 'runtime', type: 'KeyError', message: "'missing'", line: 3, column: 0, endLine: 3, endColumn: 17,
    });
  });

  it('keeps dotted exception names short and allows an empty message', () => {
    const stderr = `Traceback (most recent call last):\n  File "${FILE}", line 1, in <module>\n    raise pkg.Boom\npkg.Boom\n`;
    expect(parseTraceback(stderr, 'raise pkg.Boom\n', FILE)).toMatchObject({ type: 'Boom', message: '', line: 1 });
  });

  it('recognises a limit stop', () => {
    const stderr = `Traceback (most recent call last):\n  File "${FILE}", line 2, in <module>\n    while True: pass\nheapscope: step limit reached (1000000 steps)\n`;
    expect(parseTraceback(stderr, 'x = 1\nwhile True: pass\n', FILE)).toMatchObject({ kind: 'limit', line: 2, message: 'step limit reached (1000000 steps)' });
  });

  it('returns null for output that is no traceback', () => {
    expect(parseTraceback('', 'x = 1\n', FILE)).toBeNull();
    expect(parseTraceback('heapscope internal error: TypeError: oops\n', 'x = 1\n', FILE)).toBeNull();
  });
});
