// collections.OrderedDict under the recorder: its dict's keys object is the buffer it owns (the nodes and
// od_fast_nodes are separate PyMem blocks), and seek reproduces a fresh run's state at any step.
import { it, expect } from 'vitest';
import { traceProgram } from '../../../src/engine/index';
import { captureLive, type SeekState } from '../../../src/engine/trace/seek';
import type { Recorder } from '../../../src/engine/trace/recorder';
import type { PythonVersion } from '../../../src/protocol/analysis';

const norm = (s: SeekState) => JSON.parse(JSON.stringify(s));
const SRC = [
  'from collections import OrderedDict',
  'od = OrderedDict()',
  'for i in range(30):',
  '    od[str(i * 11)] = [i]',
  '    if i % 4 == 0:',
  '        od.move_to_end(str(i * 11), last=False)',
  'for i in range(0, 30, 3):',
  '    del od[str(i * 11)]',
  'od.popitem()',
  'od.popitem(last=False)',
  'class M(OrderedDict):',
  '    pass',
  'm = M((k, k) for k in range(12))',
  'm.attr = od',
  'od["cycle"] = od',
  'c = od.copy()',
  'c.clear()',
  'c[1] = 2',
  'del od',
  'import gc',
  'gc.collect()',
  'print(len(m), len(c), list(reversed(m))[:3])',
  '',
].join('\n');

it('OrderedDict: the mirror matches every traced count and owned buffer, and seek matches a fresh run', () => {
  for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[]) {
    const missed: string[] = [];
    const full = traceProgram(SRC, { version, filename: '/o.py' }, {
      chunkWords: 256,
      onMirrorMismatch(what, o, mirror, actual) {
        missed.push(`${what} of ${o.ob_type.tp_name} at ${o.addr}: mirror ${mirror}, actual ${actual}`);
      },
    });
    expect(full.result.exitCode, full.result.stderr).toBe(0);
    expect(full.result.stdout).toBe('12 1 [11, 10, 9]\n');
    expect(missed, version).toEqual([]);
    const n = full.result.totals.steps;
    for (let k = 1; k <= n; k += Math.max(1, Math.floor(n / 6))) {
      let live: SeekState | null = null;
      traceProgram(SRC, { version, filename: '/o.py', maxSteps: k }, {
        onStep(rec: Recorder, step: number) {
          if (step === k) live = captureLive(rec);
        },
      });
      expect(norm(full.trace.seek(k)), `${version} step ${k}`).toEqual(norm(live!));
    }
  }
});
