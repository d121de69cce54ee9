/**
 * The order of a run's stdout and stderr (RunResult.outputOrder, RunOptions.output): what CPython run with -u
 * (unbuffered: each write goes out as it is made) prints into one file (test/program-output.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze, runSource, type OutputSink } from '../../src/engine/index';
import { interleaveOutput } from '../../src/protocol/analysis';
import { ORDER_CPYTHON, ORDER_PROGRAM } from '../program-output';

const PROGRAM = ORDER_PROGRAM;
const CPYTHON_UNBUFFERED = ORDER_CPYTHON.replaceAll('FILE', 'prog.py');

function joined(pieces: { text: string }[]): string {
  return pieces.map((p) => p.text).join('');
}

describe('the order of stdout and stderr', () => {
  it('is recorded as CPython -u writes it, beside the unchanged stdout and stderr', () => {
    const r = runSource(PROGRAM, { filename: 'prog.py' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('one\npartial line\nthree\n');
    expect(r.stderr.startsWith('[err]prog.py:7: UserWarning: careful\n')).toBe(true);
    expect(joined(interleaveOutput(r.stdout, r.stderr, r.outputOrder))).toBe(CPYTHON_UNBUFFERED);
    // runs alternate here; each is (length * 2 + stream)
    expect(r.outputOrder.map((n) => n % 2)).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it('is handed to the output sink piece by piece, in program order', () => {
    const seen: [string, string][] = [];
    let polls = 0;
    const sink: OutputSink = {
      write: (stream, text) => seen.push([stream, text]),
      poll: () => polls++,
    };
    const r = runSource(`${PROGRAM.replace('raise', 'for i in range(5000):\n    pass\nraise')}`, { filename: 'prog.py', output: sink, timeoutMs: 0 });
    expect(seen.map(([, t]) => t).join('')).toBe(joined(interleaveOutput(r.stdout, r.stderr, r.outputOrder)));
    expect(seen.filter(([, t]) => t !== '').slice(0, 4)).toEqual([
      ['stdout', 'one'],
      ['stdout', '\n'],
      ['stdout', 'partial'],
      ['stderr', '[err]'],
    ]);
    // the loop's backward jumps poll the sink (also without a time limit)
    expect(polls).toBeGreaterThan(0);
  });

  it('puts the message of a limit stop after the output before it', () => {
    const r = runSource('import sys\nprint("a")\nprint("b", file=sys.stderr)\nprint("c")\nwhile True:\n    pass\n', { maxSteps: 1000 });
    const pieces = interleaveOutput(r.stdout, r.stderr, r.outputOrder);
    expect(pieces.map((p) => p.stream)).toEqual(['stdout', 'stderr', 'stdout', 'stderr']);
    expect(pieces[3].text).toMatch(/^heapscope: stopped after 1,000 steps/);
  });

  it("is in analyze()'s result (the extension's output channel)", () => {
    const r = analyze(PROGRAM, { filename: 'prog.py' });
    expect(joined(interleaveOutput(r.stdout, r.stderr, r.outputOrder))).toBe(CPYTHON_UNBUFFERED);
  });

  it('without an order (an older engine) is stdout, then stderr', () => {
    expect(interleaveOutput('a\n', 'b\n', undefined)).toEqual([
      { stream: 'stdout', text: 'a\n' },
      { stream: 'stderr', text: 'b\n' },
    ]);
  });
});
