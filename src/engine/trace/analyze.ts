/**
 * `analyze(source, options)`: run a program with the attribution recorder (light.ts) and fill the protocol's
 * AnalysisResult (output, exit status, positioned error, per-line attribution, totals); `attributeProgram`
 * gives the same result with the extra facts of the JSON attribution. `traceProgram` runs the step-through
 * recorder (recorder.ts) instead: the same result plus the recording, for seek and the heap panel.
 */
import type {
  AnalysisError, AnalysisResult, AnalyzeOptions, PythonVersion,
} from '../../protocol/analysis';
import { runProgram } from '../vm/interp';
import type { Frame } from '../vm/frame';
import { Recorder, type RecorderOptions } from './recorder';
import { LightRecorder } from './light';
import type { ShadowRecorder } from './shadow';
import { Trace } from './seek';
import type { LineStatsEx } from './summary';

/** An AnalysisResult with the per-line extensions (LineStatsEx) and `extra`. */
export type AttributionResult<X extends AttributionExtra = AttributionExtra> = Omit<AnalysisResult, 'lines'> & { lines: LineStatsEx[]; extra: X };

export interface AttributionRun {
  result: AttributionResult;
}

export interface TraceRun {
  result: AttributionResult<AnalysisExtra>;
  recorder: Recorder;
  trace: Trace;
}

/** Facts beyond the protocol's totals (also in the JSON attribution). */
export interface AttributionExtra {
  /** live objects at exit by type (allocated by the program and still alive) */
  liveByType: { type: string; objects: number; bytes: number }[];
  /** activity outside any line of the analysed file (start-up, teardown, library frames at top level) */
  outside: { allocObjects: number; allocBytes: number; freedObjects: number; freedBytes: number };
}

/** What a recording adds (traceProgram). */
export interface AnalysisExtra extends AttributionExtra {
  events: number;
  /** bytes held by the event log and its checkpoints at the end */
  traceBytes: number;
  window: { firstStep: number; lastStep: number; truncated: boolean; droppedEvents: number };
  /** refcounts in seek results are exact at every step up to this one (null: all steps) */
  refcountsExactUntil: number | null;
}

const NAMED_LIMIT = /^heapscope: stopped .*\(the (\w+) limit\b/;

/** The accounting both recorders' states keep (MirrorState, AttributionState), read at the end. */
interface FinalState {
  /** the live blocks that are not parked: type id and requested bytes */
  forEachLive(cb: (typeId: number, req: number) => void): void;
  peakBytes: number;
  liveObjects: number;
  liveBytes: number;
  gcCollections: number[];
  gcCounts: number[];
  gcThresholds: number[];
  step: number;
}

/** Run the program with `rec` attached, then finished; the result from `rec`'s summary and `st`, its state. */
function attributed(source: string, options: AnalyzeOptions, rec: ShadowRecorder, st: FinalState): AttributionResult {
  const version: PythonVersion = options.version ?? '3.12';
  const filename = options.filename ?? '<string>';
  let lastExc: { line: number; col: number; endLine: number; endCol: number } | null = null;
  const started = nowMs();
  const run = runProgram(
    source,
    { version, filename, stdin: options.stdin, maxSteps: options.maxSteps, timeoutMs: options.timeoutMs, maxHeapBytes: options.maxHeapBytes, finalize: false },
    {
      beforeRun(rt) {
        rec.attach(rt);
        const base = rec.exception.bind(rec);
        rec.exception = (f: Frame, exc) => {
          base(f, exc);
          for (let g: Frame | null = f; g !== null; g = g.back) {
            if (g.code.spec.co_filename !== filename) continue;
            const p = g.code.spec.positions;
            const i = 4 * g.lasti;
            if (p[i] >= 0) lastExc = { line: p[i], endLine: p[i + 1], col: p[i + 2], endCol: p[i + 3] };
            else lastExc = { line: g.lineno, endLine: g.lineno, col: 0, endCol: 0 };
            break;
          }
        };
      },
    },
  );
  rec.finish();
  const engineMs = Math.round(nowMs() - started);
  const lines = rec.summary.toLineStats();
  const outsideAgg = rec.summary.lines.get(0);
  const error = findError(run.stderr, run.exitCode, source, filename, lastExc);
  const liveByType = new Map<string, { objects: number; bytes: number }>();
  st.forEachLive((typeId, req) => {
    const name = rec.tables.typeNames[typeId];
    let e = liveByType.get(name);
    if (e === undefined) liveByType.set(name, (e = { objects: 0, bytes: 0 }));
    if (typeId !== 0) e.objects++;
    e.bytes += req;
  });
  const extra: AttributionExtra = {
    liveByType: [...liveByType]
      .map(([type, v]) => ({ type, ...v }))
      .sort((a, b) => b.bytes - a.bytes || a.type.localeCompare(b.type)),
    outside: {
      allocObjects: outsideAgg?.allocObjects ?? 0,
      allocBytes: outsideAgg?.allocBytes ?? 0,
      freedObjects: outsideAgg?.freedObjects ?? 0,
      freedBytes: outsideAgg?.freedBytes ?? 0,
    },
  };
  return {
    version,
    stdout: run.stdout,
    stderr: run.stderr,
    outputOrder: run.outputOrder,
    exitCode: run.exitCode,
    error,
    lines,
    totals: {
      peakBytes: st.peakBytes,
      liveObjects: st.liveObjects,
      liveBytes: st.liveBytes,
      gcCollections: st.gcCollections[0] + st.gcCollections[1] + st.gcCollections[2],
      gcCounts: [st.gcCounts[0], st.gcCounts[1], st.gcCounts[2]],
      gcThresholds: [st.gcThresholds[0], st.gcThresholds[1], st.gcThresholds[2]],
      steps: st.step - rec.startStep,
    },
    engineMs,
    extra,
  };
}

/** Per-line attribution without a recording (analyze(), annotate()). */
export function attributeProgram(source: string, options: AnalyzeOptions = {}): AttributionRun {
  const rec = new LightRecorder();
  return { result: attributed(source, options, rec, rec.state) };
}

/** The same attribution from the step-through recording, and the recording (seek, the heap panel). */
export function traceProgram(source: string, options: AnalyzeOptions = {}, recOptions: RecorderOptions = {}): TraceRun {
  const rec = new Recorder(recOptions);
  const r = attributed(source, options, rec, rec.state);
  const trace = new Trace(rec);
  const extra: AnalysisExtra = {
    ...r.extra,
    events: rec.log.totalEvents,
    traceBytes: rec.log.bytes,
    window: trace.window,
    refcountsExactUntil: rec.rcExactUntil === Infinity ? null : rec.rcExactUntil,
  };
  return { result: { ...r, extra }, recorder: rec, trace };
}

/** The engine entry point the extension's worker calls. Never throws on user code. */
export function analyze(source: string, options: AnalyzeOptions = {}): AnalysisResult {
  try {
    return attributeProgram(source, options).result;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      version: options.version ?? '3.12',
      stdout: '',
      stderr: `heapscope internal error: ${msg}\n`,
      exitCode: 1,
      error: null,
      lines: [],
      totals: { peakBytes: 0, liveObjects: 0, liveBytes: 0, gcCollections: 0, steps: 0 },
      engineMs: 0,
    };
  }
}

function nowMs(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

const FRAME = /^\s*File "(.*)", line (\d+)/;

/** The error that ended the run, positioned in the analysed file (from stderr and the last exception). */
function findError(
  stderr: string,
  exitCode: number,
  source: string,
  filename: string,
  lastExc: { line: number; col: number; endLine: number; endCol: number } | null,
): AnalysisError | null {
  if (exitCode === 0) return null;
  const ls = stderr.replace(/\r\n?/g, '\n').split('\n');
  while (ls.length && ls[ls.length - 1].trim() === '') ls.pop();
  if (ls.length === 0) return null;
  const last = ls[ls.length - 1];
  // last frame of the analysed file in the traceback
  let frameLine = 0;
  let frameIdx = -1;
  for (let i = 0; i < ls.length; i++) {
    const m = FRAME.exec(ls[i]);
    if (m && m[1] === filename) {
      frameLine = Number(m[2]);
      frameIdx = i;
    }
  }
  const srcLines = source.replace(/\r\n?/g, '\n').split('\n');
  const whole = (line: number) => {
    const text = srcLines[line - 1] ?? '';
    const start = text.length - text.trimStart().length;
    return { line, column: start, endLine: line, endColumn: Math.max(start, text.trimEnd().length) };
  };
  const lim = NAMED_LIMIT.exec(last);
  if (lim) {
    const at = /at line (\d+)/.exec(last);
    const line = at ? Number(at[1]) : frameLine || 1;
    const name = lim[1].replace(/s$/, '');
    return { kind: 'limit', type: `${name[0].toUpperCase()}${name.slice(1)}Limit`, message: last.replace(/^heapscope: /, ''), ...whole(line) };
  }
  const m = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/.exec(last);
  if (!m) return null;
  const type = m[1].split('.').pop()!;
  const message = m[2] ?? '';
  if (type === 'SyntaxError' || type === 'IndentationError' || type === 'TabError') {
    const line = frameLine || 1;
    // caret line: "    text" then "    ^^^"
    let column = 0;
    let endColumn = 0;
    if (frameIdx >= 0 && ls[frameIdx + 1] !== undefined && ls[frameIdx + 2] !== undefined && /^\s*\^+\s*$/.test(ls[frameIdx + 2])) {
      const textLine = ls[frameIdx + 1];
      const indent = textLine.length - textLine.trimStart().length;
      const caret = ls[frameIdx + 2];
      const c0 = caret.indexOf('^');
      const src = srcLines[line - 1] ?? '';
      const lead = src.length - src.trimStart().length;
      column = Math.max(0, c0 - indent + lead);
      endColumn = column + caret.trim().length;
      return { kind: 'syntax', type, message, line, column, endLine: line, endColumn };
    }
    return { kind: 'syntax', type, message, ...whole(line) };
  }
  if (lastExc !== null && (frameLine === 0 || lastExc.line === frameLine)) {
    const e = lastExc;
    if (e.endCol > 0 || e.col > 0) return { kind: 'runtime', type, message, line: e.line, column: e.col, endLine: e.endLine, endColumn: e.endCol };
  }
  return { kind: 'runtime', type, message, ...whole(frameLine || 1) };
}
