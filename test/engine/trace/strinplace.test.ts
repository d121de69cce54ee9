import { describe, it, expect } from 'vitest';
import { traceProgram } from '../../../src/engine/index';
import { captureLive, type SeekState } from '../../../src/engine/trace/seek';
import type { Recorder } from '../../../src/engine/trace/recorder';
import type { PythonVersion } from '../../../src/protocol/analysis';

// `s += x` on a function's local str resizes it in place (vm/specialize.ts): a REALLOC of an object's block,
// which moves it (a new id) when it outgrows its size class, pymalloc's or malloc's
const SRC =
  'def f(n):\n    s = "ab" * 2\n    for i in range(n):\n        s += "xyz" * 3\n        t = len(s)\n    return s\n' +
  'r = f(12)\nprint(len(r))\n' +
  'def g():\n    s = "q" * 500\n    for i in range(6):\n        s += "w" * 200\n    return len(s)\nprint(g())\n';

describe('str resized in place', () => {
  it('the mirror follows the moved str (binding, refcount, size) and seek equals a fresh run at every step', () => {
    for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[]) {
      const missed: string[] = [];
      const full = traceProgram(SRC, { version, filename: '/s.py' }, {
        chunkWords: 128,
        onMirrorMismatch(what, o, mirror, actual) {
          missed.push(`${what} of ${o.ob_type.tp_name} at ${o.addr}: mirror ${mirror}, actual ${actual}`);
        },
      });
      expect(full.result.exitCode, full.result.stderr).toBe(0);
      expect(full.result.stdout).toBe('112\n1700\n');
      expect(missed).toEqual([]);
      const n = full.result.totals.steps;
      for (let k = 1; k <= n; k++) {
        let live: SeekState | null = null;
        traceProgram(SRC, { version, filename: '/s.py', maxSteps: k }, {
          onStep(rec: Recorder, step: number) {
            if (step === k) live = captureLive(rec);
          },
        });
        const norm = (s: SeekState) => JSON.parse(JSON.stringify(s));
        expect(norm(full.trace.seek(k)), `version ${version} step ${k}`).toEqual(norm(live!));
      }
    }
  });
});
