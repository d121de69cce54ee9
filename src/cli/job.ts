/**
 * What the CLI's worker thread does: one engine call, feature-detected by export name so the CLI
 * compiles and runs before `analyze` / `annotate` / `panelSession` exist in src/engine/index.ts.
 */
import * as engine from '../engine/index';
import { decodeSource, formatSyntaxError } from '../engine/parser/index';
import type { AnalysisResult } from '../protocol/analysis';
import type { Command, PythonVersion } from './args';
import { formatAnnotated } from './format';
import type { AttributionRun } from '../engine/trace/analyze';
import { annotateText, attributionJson } from '../engine/trace/annotate';
import { panelSession as enginePanelSession } from '../engine/trace/panel';
import type { PanelSession } from '../protocol/heap';
import { reportHtml } from './report';
import type { ProgramOutput } from './output';

const INTERNAL_RE = /(?:^|\n)heapscope internal error: ([^\n]*)/;

export interface JobRequest {
  command: Command;
  /** The file's bytes: decoded here like CPython decodes a script (PEP 263 / 3120). */
  bytes: Uint8Array;
  filename: string;
  version: PythonVersion;
  stdin: string;
  /** Infinity = no limit (sent as null: structured clone keeps Infinity, but be explicit). */
  maxSteps: number | null;
  timeoutMs: number;
  maxHeapBytes: number;
  json: boolean;
}

/**
 * The program's `stdout` and `stderr` in a response are what the CLI still has to write (for `run`, what the
 * engine did not hand to the job's ProgramOutput); `outputOrder`, when known, the order they were written in
 * (RunResult.outputOrder).
 */
export type JobResponse =
  | { kind: 'run'; stdout: string; stderr: string; outputOrder?: number[]; exitCode: number }
  | { kind: 'annotate-text'; text: string; stdout: string; stderr: string; exitCode: number }
  | { kind: 'analysis'; result: AnalysisResult }
  | { kind: 'report'; html: string; stdout: string; stderr: string; outputOrder?: number[]; exitCode: number }
  | { kind: 'unavailable'; what: string }
  | { kind: 'crash'; message: string; stack: string | undefined };

type AnyFn = (...args: unknown[]) => unknown;

/** An engine export looked up by name (it may not exist yet). */
export function engineExport(name: string, mod: object = engine): AnyFn | undefined {
  const candidate = (mod as Record<string, unknown>)[name];
  return typeof candidate === 'function' ? (candidate as AnyFn) : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function num(v: unknown, dflt: number): number {
  return typeof v === 'number' ? v : dflt;
}

/** `order` without its first `taken[0]` units of stdout and `taken[1]` of stderr. */
function orderAfter(order: readonly number[] | undefined, taken: readonly number[]): number[] | undefined {
  if (order === undefined) return undefined;
  const skip = [taken[0], taken[1]];
  const rest: number[] = [];
  for (const run of order) {
    const k = run % 2;
    const len = Math.floor(run / 2);
    const skipped = Math.min(skip[k], len);
    skip[k] -= skipped;
    if (len > skipped) rest.push((len - skipped) * 2 + k);
  }
  return rest;
}

/**
 * Run one job. `output`: where `run` writes the program's output while it runs (the engine may also not use
 * it: the response has what it did not take).
 */
export async function runJob(req: JobRequest, mod: object = engine, output?: ProgramOutput): Promise<JobResponse> {
  const decoded = decodeSource(req.bytes, req.filename);
  if (!decoded.ok) return { kind: 'run', stdout: '', stderr: formatSyntaxError(decoded.error, req.version), exitCode: 1 };
  const source = decoded.text;
  const options = {
    version: req.version,
    filename: req.filename,
    stdin: req.stdin,
    maxSteps: req.maxSteps ?? Infinity,
    timeoutMs: req.timeoutMs,
    maxHeapBytes: req.maxHeapBytes,
  };
  switch (req.command) {
    case 'run': {
      const run = engineExport('runSource', mod);
      if (!run) return { kind: 'unavailable', what: 'run' };
      let r: engine.RunResult;
      try {
        r = run(source, { ...options, output }) as engine.RunResult;
      } finally {
        output?.end();
      }
      const taken = output?.taken ?? [0, 0];
      return { kind: 'run', stdout: r.stdout.slice(taken[0]), stderr: r.stderr.slice(taken[1]), outputOrder: orderAfter(r.outputOrder, taken), exitCode: r.exitCode };
    }
    case 'annotate': {
      // The engine's own annotate layout (src/engine/trace/annotate.ts) from one attributed run, which also
      // gives the program's stderr and exit status.
      const attributeProgram = engineExport('attributeProgram', mod);
      if (attributeProgram && engineExport('annotate', mod)) {
        const run = attributeProgram(source, options) as AttributionRun;
        const r = run.result;
        if (req.json) {
          const internal = r.exitCode !== 0 && INTERNAL_RE.exec(r.stderr);
          if (internal) return { kind: 'crash', message: internal[1], stack: undefined };
          return { kind: 'annotate-text', text: JSON.stringify(attributionJson(run, source, options), null, 2) + '\n', stdout: '', stderr: '', exitCode: r.exitCode };
        }
        return { kind: 'annotate-text', text: annotateText(run, source, options), stdout: '', stderr: r.stderr, exitCode: r.exitCode };
      }
      const analyze = engineExport('analyze', mod);
      const annotate = engineExport('annotate', mod);
      const fn = req.json ? (analyze ?? annotate) : (annotate ?? analyze);
      if (!fn) return { kind: 'unavailable', what: 'annotate' };
      const r: unknown = await fn(source, options);
      if (isObject(r) && Array.isArray(r.lines)) {
        const result = r as unknown as AnalysisResult;
        if (req.json) return { kind: 'analysis', result };
        return { kind: 'annotate-text', text: formatAnnotated(source, result), stdout: '', stderr: result.stderr, exitCode: result.exitCode };
      }
      if (typeof r === 'string' && !req.json) return { kind: 'annotate-text', text: r, stdout: '', stderr: '', exitCode: 0 };
      if (isObject(r) && typeof r.text === 'string' && !req.json) {
        return { kind: 'annotate-text', text: r.text, stdout: str(r.stdout), stderr: str(r.stderr), exitCode: num(r.exitCode, 0) };
      }
      if (req.json) return { kind: 'unavailable', what: 'annotate --json' };
      return { kind: 'crash', message: 'the engine returned an analysis heapscope cannot read', stack: undefined };
    }
    case 'report': {
      // The heap panel as a page (src/cli/report.ts): one recorded session of the program.
      // The engine's own session, or the test seam's (HEAPSCOPE_ENGINE_OVERRIDE), if it has one.
      const panelSession = mod === engine ? enginePanelSession : engineExport('panelSession', mod);
      if (!panelSession) return { kind: 'unavailable', what: 'report' };
      const session = panelSession(source, options) as PanelSession;
      const r = session.run.result;
      const internal = r.exitCode !== 0 && INTERNAL_RE.exec(r.stderr);
      if (internal) return { kind: 'crash', message: internal[1], stack: undefined };
      const html = reportHtml(session, { version: req.version, filename: req.filename, stdin: req.stdin, maxSteps: req.maxSteps, timeoutMs: req.timeoutMs, maxHeapBytes: req.maxHeapBytes });
      return { kind: 'report', html, stdout: r.stdout, stderr: r.stderr, outputOrder: r.outputOrder, exitCode: r.exitCode };
    }
  }
}
