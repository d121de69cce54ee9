/**
 * `heapscope annotate`: the source with each executed line's annotation in an aligned column (the same
 * compact text the editor shows), then a summary; or the full attribution as JSON (schema: README.md).
 */
import type { AnalyzeOptions } from '../../protocol/analysis';
import { attributeProgram, type AnalysisExtra, type AttributionExtra, type AttributionRun } from './analyze';
import type { LineStatsEx } from './summary';
import { MINUS, formatBytes, memoryDelta } from '../../protocol/format';

export interface AnnotateOptions extends AnalyzeOptions {
  /** Emit the JSON attribution instead of text. */
  json?: boolean;
  /** Column where annotations start (default: longest line + 2, at most 100). */
  column?: number;
}



/** The compact annotation (as extension/annotations/format.ts renders it). */
export { formatBytes };

export function annotationText(s: LineStatsEx): string {
  const parts: string[] = [];
  for (const d of [memoryDelta('+', s.allocObjects, s.allocBytes), memoryDelta('-', s.freedObjects, s.freedBytes)]) if (d) parts.push(d);
  if (parts.length === 0) parts.push('no allocations');
  if (s.execCount > 1) parts.push(`\u00d7${s.execCount}`);
  if (s.gcRuns > 0) parts.push(`gc \u00d7${s.gcRuns}`);
  const inc = s.inclusive;
  if (inc.allocBytes !== s.allocBytes || inc.freedBytes !== s.freedBytes) {
    parts.push(`incl. ${inc.netBytes < 0 ? MINUS : '+'}${formatBytes(inc.netBytes)} net`);
  }
  return `\u25b8 ${parts.join(' \u00b7 ')}`;
}

export function annotate(source: string, options: AnnotateOptions = {}): string {
  const run = attributeProgram(source, options);
  if (options.json) return JSON.stringify(attributionJson(run, source, options), null, 2) + '\n';
  return annotateText(run, source, options);
}

export function annotateText(run: AttributionRun, source: string, options: AnnotateOptions = {}): string {
  const r = run.result;
  const src = source.replace(/\r\n?/g, '\n').split('\n');
  if (src.length > 0 && src[src.length - 1] === '') src.pop();
  const byLine = new Map(r.lines.map((l) => [l.line, l]));
  const width = Math.min(100, options.column ?? Math.max(0, ...src.map((l) => displayWidth(l))) + 2);
  const numW = String(src.length).length;
  const out: string[] = [];
  src.forEach((text, i) => {
    const n = i + 1;
    const s = byLine.get(n);
    const prefix = `${String(n).padStart(numW)}  ${text}`;
    if (s === undefined || (s.execCount === 0 && s.allocObjects === 0 && s.freedObjects === 0 && s.allocBytes === 0 && s.freedBytes === 0)) {
      out.push(prefix.trimEnd());
      return;
    }
    const pad = Math.max(1, width - displayWidth(text));
    out.push(`${prefix}${' '.repeat(pad)}${annotationText(s)}`);
  });
  out.push('');
  out.push(...summaryLines(run));
  return out.join('\n') + '\n';
}

function displayWidth(s: string): number {
  return s.replace(/\t/g, '    ').length;
}

export function summaryLines(run: AttributionRun): string[] {
  const r = run.result;
  const t = r.totals;
  const x = r.extra;
  const out: string[] = [];
  out.push(`Python ${r.version} \u00b7 ${t.steps.toLocaleString('en-US')} steps \u00b7 ${r.engineMs} ms \u00b7 exit ${r.exitCode}`);
  out.push(`peak memory: ${formatBytes(t.peakBytes)} (${t.peakBytes.toLocaleString('en-US')} B requested)`);
  out.push(`live at exit: ${t.liveObjects} object${t.liveObjects === 1 ? '' : 's'}, ${formatBytes(t.liveBytes)}`);
  const types = x.liveByType.filter((e) => e.objects > 0 || e.bytes > 0);
  for (const e of types.slice(0, 10)) {
    out.push(`  ${e.type.padEnd(16)} ${String(e.objects).padStart(7)} obj ${formatBytes(e.bytes).padStart(10)}`);
  }
  if (types.length > 10) out.push(`  \u2026 ${types.length - 10} more types`);
  out.push(`gc collections: ${t.gcCollections}`);
  if (r.error) out.push(`error: ${r.error.type} at line ${r.error.line}: ${r.error.message}`);
  if (recorded(x) && x.window.truncated) {
    out.push(`trace window: steps ${x.window.firstStep}..${x.window.lastStep} (${x.window.droppedEvents.toLocaleString('en-US')} older events dropped; per-line totals are complete)`);
  }
  return out;
}

/** The attribution comes from a recording (traceProgram), which has a size and a window. */
function recorded(x: AttributionExtra): x is AnalysisExtra {
  return 'events' in x;
}

/**
 * The JSON attribution (schema version 1, documented in src/engine/trace/README.md); its `trace` section is
 * null unless the run is a recording (traceProgram).
 */
export function attributionJson(run: AttributionRun, source: string, options: AnalyzeOptions = {}): object {
  const r = run.result;
  return {
    schema: 'heapscope.attribution/1',
    file: options.filename ?? '<string>',
    version: r.version,
    exitCode: r.exitCode,
    error: r.error,
    stdout: r.stdout,
    stderr: r.stderr,
    totals: { ...r.totals, engineMs: r.engineMs },
    liveAtExit: r.extra.liveByType,
    outside: r.extra.outside,
    trace: recorded(r.extra)
      ? {
          events: r.extra.events,
          bytes: r.extra.traceBytes,
          window: r.extra.window,
          refcountsExactUntil: r.extra.refcountsExactUntil,
        }
      : null,
    lines: r.lines.map((l) => ({ ...l, text: sourceLine(source, l.line) })),
  };
}

function sourceLine(source: string, line: number): string {
  return source.replace(/\r\n?/g, '\n').split('\n')[line - 1] ?? '';
}
