/**
 * A stand-in for the engine's `analyze` in the real-VS-Code suite's "synthetic" phase: the real
 * `runSource` for output and errors, plus made-up but deterministic per-line stats, so annotations,
 * hovers and the status bar can be tested before (and independently of) the engine's attribution.
 * Loaded by the worker through HEAPSCOPE_ENGINE_OVERRIDE; bundled by scripts/vscode-test/bundle.mjs.
 */
import { runSource, type RunOptions } from '../../src/engine/index';
import type { AnalysisResult, AnalyzeOptions, PythonVersion } from '../../src/protocol/analysis';
import { parseTraceback } from '../../extension/worker/traceback';
import { syntheticLines } from './synthetic-lines';

export { runSource };

export function analyze(source: string, options: AnalyzeOptions): AnalysisResult {
  const run = runSource(source, options as RunOptions);
  const lines = syntheticLines(source);
  const allocBytes = lines.reduce((sum, l) => sum + l.allocBytes, 0);
  const netBytes = lines.reduce((sum, l) => sum + l.netBytes, 0);
  return {
    version: (options.version ?? '3.12') as PythonVersion,
    stdout: run.stdout,
    stderr: run.stderr,
    exitCode: run.exitCode,
    error: run.exitCode === 0 ? null : parseTraceback(run.stderr, source, options.filename ?? '<string>'),
    lines,
    totals: {
      peakBytes: allocBytes,
      liveObjects: lines.reduce((sum, l) => sum + l.allocObjects - l.freedObjects, 0),
      liveBytes: netBytes,
      gcCollections: lines.reduce((sum, l) => sum + l.gcRuns, 0),
      steps: lines.length * 7,
    },
    engineMs: 0,
  };
}
