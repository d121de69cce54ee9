import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_STEPS, DEFAULT_TIMEOUT_S, DEFAULT_MAX_HEAP_MB, HELP, parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('defaults', () => {
    expect(parseArgs(['run', 'x.py'])).toEqual({
      kind: 'options',
      options: { command: 'run', file: 'x.py', version: '3.12', maxSteps: DEFAULT_MAX_STEPS, timeoutS: DEFAULT_TIMEOUT_S, maxHeapMb: DEFAULT_MAX_HEAP_MB, stdinFile: null, json: false, output: null },
    });
  });

  it('options before or after FILE, with = or a separate value', () => {
    const r = parseArgs(['annotate', 'x.py', '--python=3.11', '--max-steps', '0', '--timeout=2.5', '--json']);
    expect(r).toMatchObject({ kind: 'options', options: { command: 'annotate', version: '3.11', maxSteps: Infinity, timeoutS: 2.5, json: true } });
    expect(parseArgs(['report', '-o', 'r.html', 'x.py'])).toMatchObject({ kind: 'options', options: { command: 'report', output: 'r.html' } });
    expect(parseArgs(['--', '-weird.py'])).toMatchObject({ kind: 'options', options: { file: '-weird.py' } });
    expect(parseArgs(['run', '--python', '3.13.0', 'x.py'])).toMatchObject({ options: { version: '3.13' } });
  });

  it('help shows the default step limit with thousands separators', () => {
    expect(HELP).toContain(`default ${(50_000_000).toLocaleString('en-US')},`);
    expect(DEFAULT_MAX_STEPS).toBe(50_000_000);
  });

  it('help and version win', () => {
    expect(parseArgs(['run', '--help'])).toEqual({ kind: 'help', topic: 'run' });
    expect(parseArgs(['-V'])).toEqual({ kind: 'version' });
  });

  it('errors', () => {
    expect(parseArgs(['run', 'x.py', '--json'])).toEqual({ kind: 'error', message: "--json is an option of 'annotate', not 'run'" });
    expect(parseArgs(['run', '--timeout', '-1', 'x.py'])).toMatchObject({ kind: 'error' });
    expect(parseArgs(['run', '--max-steps', '1.5', 'x.py'])).toEqual({ kind: 'error', message: "argument --max-steps: invalid value '1.5' (expected an integer)" });
  });
});
