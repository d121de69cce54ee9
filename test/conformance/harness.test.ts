/** Unit tests of the conformance harness itself (not of the engine). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditProblems, compare, lastLine, readKnownFailures, unifiedDiff } from './harness';

describe('conformance harness', () => {
  it('lastLine ignores trailing newlines', () => {
    expect(lastLine('Traceback...\n  File "x"\nKeyError: \'k\'\n')).toBe("KeyError: 'k'");
    expect(lastLine('')).toBe('');
    expect(lastLine('one')).toBe('one');
  });

  it('compare: stdout exact, exit status, last stderr line by default', () => {
    const expected = { stdout: 'a\nb\n', stderr: 'Traceback\nValueError: x\n', exit: 1 };
    expect(compare(expected, { stdout: 'a\nb\n', stderr: 'other traceback\nValueError: x\n', exitCode: 1 }, 'last-line')).toEqual([]);
    const problems = compare(expected, { stdout: 'a\nc\n', stderr: 'ValueError: y\n', exitCode: 0 }, 'last-line');
    expect(problems.join('\n')).toMatch(/stdout differs/);
    expect(problems.join('\n')).toMatch(/exit status: CPython 1, heapscope 0/);
    expect(problems.join('\n')).toMatch(/ValueError: y/);
    expect(compare(expected, { stdout: 'a\nb\n', stderr: 'other traceback\nValueError: x\n', exitCode: 1 }, 'full').join()).toMatch(/stderr differs/);
  });

  it('unifiedDiff shows the changed lines with context', () => {
    const d = unifiedDiff('1\n2\n3\n4\n5\n6\n7\n', '1\n2\n3\nfour\n5\n6\n7\n');
    expect(d).toContain('- 4');
    expect(d).toContain('+ four');
    expect(d).not.toContain('  1');
    expect(unifiedDiff('a\n', 'a')).toContain('no newline at end');
  });

  it('auditProblems accepts the usual shapes', () => {
    expect(auditProblems(undefined)).toEqual([]);
    expect(auditProblems([])).toEqual([]);
    expect(auditProblems({ problems: [] })).toEqual([]);
    expect(auditProblems(['refcount of x is 3, expected 2'])).toHaveLength(1);
    expect(auditProblems('leak')).toEqual(['leak']);
    expect(auditProblems({ problems: ['a', 'b'] })).toEqual(['a', 'b']);
  });

  it('known-failures.json: entries need a reason, valid versions and an existing case', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kf-'));
    const file = path.join(dir, 'known-failures.json');
    writeFileSync(
      file,
      JSON.stringify({
        $comment: 'ignored',
        'core/a': { versions: 'all', reason: 'not yet' },
        'core/b': { versions: ['3.12'] },
        'core/c': { versions: ['3.10'], reason: 'x' },
        'core/gone': { versions: 'all', reason: 'x' },
      }),
    );
    const kf = readKnownFailures(new Set(['core/a', 'core/b', 'core/c']), file);
    expect([...kf.entries.keys()]).toEqual(['core/a']);
    expect(kf.entries.get('core/a')?.versions).toEqual(['3.11', '3.12', '3.13']);
    expect(kf.problems.join('\n')).toMatch(/core\/b: missing "reason"/);
    expect(kf.problems.join('\n')).toMatch(/core\/c: "versions"/);
    expect(kf.problems.join('\n')).toMatch(/core\/gone: no such conformance case/);
  });
});
