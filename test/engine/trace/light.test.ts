/**
 * analyze() runs the attribution recorder (light.ts), traceProgram the step-through recorder: both must give
 * the same result (timings and the recording's own facts aside) — on a sample of the conformance programs,
 * programs stopped by the step limit or by an exception, and random programs, in every version. The whole
 * corpus is checked by `scripts/trace-fingerprint.ts --light`.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, annotate, attributeProgram, traceProgram } from '../../../src/engine/index';
import type { AnalyzeOptions, PythonVersion } from '../../../src/protocol/analysis';
import { mulberry, randomHeapProgram, randomProgram } from './programs';

const VERSIONS: PythonVersion[] = ['3.11', '3.12', '3.13'];
const CASES = join(__dirname, '../../conformance/cases');

function same(source: string, options: AnalyzeOptions): void {
  const { engineMs: _ms, ...light } = attributeProgram(source, options).result;
  const { engineMs: _ms2, extra, ...traced } = traceProgram(source, options).result;
  const { events: _e, traceBytes: _b, window: _w, refcountsExactUntil: _r, ...attribution } = extra;
  expect(light, `${options.filename} ${options.version} maxSteps ${options.maxSteps}`).toStrictEqual({ ...traced, extra: attribution });
}

/** Every 30th conformance program (sorted by path): about twenty, of every area. */
function sample(): string[] {
  const files: string[] = [];
  for (const area of readdirSync(CASES).sort()) {
    for (const f of readdirSync(join(CASES, area)).sort()) if (f.endsWith('.py')) files.push(join(CASES, area, f));
  }
  return files.filter((_, i) => i % 30 === 0);
}

describe('analyze() without a recording = traceProgram()', () => {
  it.each(sample())('%s', (file) => {
    const source = readFileSync(file, 'utf8');
    // (at most 200 000 steps: the few long programs stop at the limit, a case of its own)
    for (const version of VERSIONS) same(source, { version, filename: file, maxSteps: 200_000, timeoutMs: 0 });
  });

  it('programs stopped by the step limit, and programs that raise', () => {
    const loop = ['import gc', 'class N:', '    pass', 'keep = []', 'for i in range(200):', '    n = N()', '    n.me = n', '    keep.append([n, i * 1.5])', '    if i % 50 == 0:', '        gc.collect()', 'print(len(keep))'].join('\n');
    for (const version of VERSIONS) {
      for (const maxSteps of [1, 7, 60, 150, 10_000]) same(loop, { version, filename: '/w/loop.py', maxSteps, timeoutMs: 0 });
    }
    const raises = ['def f(n):', '    xs = [n] * n', '    if n > 3:', '        raise ValueError(f"too big {n}")', '    return xs', 'ys = []', 'for i in range(10):', '    ys.append(f(i))'].join('\n');
    for (const version of VERSIONS) same(raises, { version, filename: '/w/raises.py', maxSteps: 10_000, timeoutMs: 0 });
    const r = analyze(raises, { filename: '/w/raises.py' });
    expect(r.error).toMatchObject({ kind: 'runtime', type: 'ValueError', line: 4 });
  });

  it('random programs', () => {
    const rnd = mulberry(1313);
    for (let i = 0; i < 8; i++) {
      const source = i % 2 === 0 ? randomProgram(rnd) : randomHeapProgram(rnd);
      same(source, { version: VERSIONS[i % 3], filename: '/w/r.py', maxSteps: 1_000_000, timeoutMs: 0 });
    }
  });
});

describe('the JSON attribution of a run without a recording', () => {
  it('has no trace section; the text has no trace window', () => {
    const src = 'xs = [i * 1000 for i in range(50)]\nprint(len(xs))\n';
    const json = JSON.parse(annotate(src, { json: true, filename: '/w/j.py' })) as { trace: unknown; totals: { steps: number } };
    expect(json.trace).toBeNull();
    expect(json.totals.steps).toBe(traceProgram(src, { filename: '/w/j.py' }).result.totals.steps);
    expect(annotate(src, { filename: '/w/j.py' })).not.toMatch(/trace window/);
  });
});
