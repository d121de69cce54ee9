/**
 * What one analysis of a Python file produces: plain, serialisable data that crosses the worker
 * boundary (structured clone) and, later, the webview boundary. The extension only reads these types;
 * the engine implements them (proposal for `analyze`, see `AnalyzeFunction` below).
 *
 * Positions: `line` is 1-based (as in tracebacks); `column` is 0-based in UTF-16 code units (as in
 * VS Code); `endLine`/`endColumn` are exclusive. Byte counts are the CPython request sizes of the
 * active version profile.
 */
export type PythonVersion = '3.11' | '3.12' | '3.13';
export const PYTHON_VERSIONS: readonly PythonVersion[] = ['3.11', '3.12', '3.13'];

/** Per-type part of a line's memory activity. */
export interface TypeStats {
  /** Python type name as `type(o).__name__` shows it: `int`, `list`, `dict`, `Node`. */
  type: string;
  allocs: number;
  bytes: number;
  frees: number;
}

/** A reference count change attributed to a line, summarised over all its executions. */
export interface RefChange {
  /** What the program calls the object: a variable name, `self.next`, `<list>`. */
  name: string;
  before: number;
  after: number;
  /** Why it changed, in words: `bound to x`, `appended to items`, `del x`, `frame exit`. */
  cause: string;
}

/** Memory activity attributed to one source line, summed over every time it executed. */
export interface LineStats {
  line: number;
  execCount: number;
  allocObjects: number;
  allocBytes: number;
  freedObjects: number;
  freedBytes: number;
  /** allocBytes − freedBytes. */
  netBytes: number;
  /** Cyclic GC collections that ran while this line executed (automatic or `gc.collect()`). */
  gcRuns: number;
  byType: TypeStats[];
  refChanges: RefChange[];
}

export type AnalysisErrorKind = 'syntax' | 'runtime' | 'limit';

/** The error that ended the program, positioned in the analysed file. */
export interface AnalysisError {
  kind: AnalysisErrorKind;
  /** Exception type name (`SyntaxError`, `ZeroDivisionError`) or the limit's name (`StepLimit`). */
  type: string;
  /** CPython's message, exactly as the traceback's last line shows it after `Type: `. */
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface AnalysisTotals {
  peakBytes: number;
  liveObjects: number;
  liveBytes: number;
  gcCollections: number;
  /** `gc.get_count()` and `gc.get_threshold()` when the program ended (absent from engines without a trace) */
  gcCounts?: [number, number, number];
  gcThresholds?: [number, number, number];
  steps: number;
}

export interface AnalysisResult {
  version: PythonVersion;
  stdout: string;
  stderr: string;
  /**
   * The order in which stdout and stderr were written (RunResult.outputOrder in src/engine/index.ts; absent from
   * engines that do not record it): read it with interleaveOutput.
   */
  outputOrder?: number[];
  exitCode: number;
  error: AnalysisError | null;
  /** Executed lines only, ascending by line. Empty when the engine has no per-line attribution. */
  lines: LineStats[];
  totals: AnalysisTotals;
  /** Wall-clock time of the engine run in milliseconds. */
  engineMs: number;
}

export interface AnalysisLimits {
  /** Stop after this many executed instructions (reported as a `limit` error). */
  maxSteps: number;
  /** Stop after this much wall-clock time (reported as a `limit` error). */
  timeoutMs: number;
}

export interface AnalyzeOptions extends Partial<AnalysisLimits> {
  /** Stop when the simulated heap would exceed this many bytes (a `limit` error); default 512 MiB. */
  maxHeapBytes?: number;
  version?: PythonVersion;
  /** Path shown in tracebacks and `__file__`. */
  filename?: string;
  stdin?: string;
}

/**
 * Proposed engine entry point: `export function analyze(source, options): AnalysisResult` in
 * `src/engine/index.ts`. It must not throw on user code (syntax errors, exceptions and limits are
 * reported in `error`). The worker uses it as soon as the engine exports it.
 */
export type AnalyzeFunction = (source: string, options: AnalyzeOptions) => AnalysisResult | Promise<AnalysisResult>;

export function emptyTotals(): AnalysisTotals {
  return { peakBytes: 0, liveObjects: 0, liveBytes: 0, gcCollections: 0, steps: 0 };
}

/**
 * A run's stdout and stderr as pieces in the order the program wrote them, from `outputOrder` (runs of one
 * stream, each (length in UTF-16 code units) * 2 + stream, 0 stdout and 1 stderr). Without an order (an engine
 * that does not record it), all of stdout, then all of stderr. Text past the recorded runs (a host appended
 * to it) comes last, in that same way.
 */
export function interleaveOutput(stdout: string, stderr: string, outputOrder: readonly number[] | undefined): { stream: 'stdout' | 'stderr'; text: string }[] {
  const pieces: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  const at = [0, 0];
  const texts = [stdout, stderr];
  for (const run of outputOrder ?? []) {
    const k = run % 2;
    const end = Math.min(at[k] + Math.floor(run / 2), texts[k].length);
    if (end > at[k]) pieces.push({ stream: k === 0 ? 'stdout' : 'stderr', text: texts[k].slice(at[k], end) });
    at[k] = end;
  }
  if (at[0] < stdout.length) pieces.push({ stream: 'stdout', text: stdout.slice(at[0]) });
  if (at[1] < stderr.length) pieces.push({ stream: 'stderr', text: stderr.slice(at[1]) });
  return pieces;
}
