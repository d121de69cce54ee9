/**
 * heapscope engine: public API. Pure TypeScript: no Node built-ins, no DOM, no vscode.
 */
import { bootstrap, runProgram } from './vm/interp';

export type PythonVersion = '3.11' | '3.12' | '3.13';
export const PYTHON_VERSIONS: readonly PythonVersion[] = ['3.11', '3.12', '3.13'];
export const DEFAULT_VERSION: PythonVersion = '3.12';

export interface RunOptions {
  /** CPython version profile; default 3.12. */
  version?: PythonVersion;
  /** Path shown in tracebacks and `__file__` (CPython shows the absolute path of the script). */
  filename?: string;
  /** Text fed to `input()`. */
  stdin?: string;
  /** Stop after this many executed instructions (a named limit). */
  maxSteps?: number;
  /** Stop after this much wall-clock time in milliseconds (a named limit). */
  timeoutMs?: number;
  /** Stop when the simulated heap would exceed this many bytes (a named limit); default 512 MiB. */
  maxHeapBytes?: number;
  /**
   * Run interpreter finalization when the program ends (atexit callbacks, module teardown with the
   * __del__ calls CPython makes at exit); default true. The trace analyzer turns it off so the recorded
   * end state is the heap as the program left it.
   */
  finalize?: boolean;
  /** Where the output goes as the program writes it (besides the result's stdout and stderr). */
  output?: OutputSink;
}

/**
 * Receives a run's output as it is written, in program order: the program's writes to sys.stdout and
 * sys.stderr, warnings, tracebacks, the message of a limit stop (not an engine bug's message: that is only in
 * the result).
 */
export interface OutputSink {
  write(stream: 'stdout' | 'stderr', text: string): void;
  /** Called every few milliseconds while the program runs, with Date.now(): a chance to pass buffered text on. */
  poll(now: number): void;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /**
   * The order in which stdout and stderr were written: runs of one stream, each (its length in UTF-16 code
   * units) * 2 + stream (0 stdout, 1 stderr), taken from the start of that stream's text (interleaveOutput in
   * src/protocol/analysis.ts).
   */
  outputOrder: number[];
  /** 0 on success, 1 after an uncaught exception (or a limit stop). */
  exitCode: number;
}

/** Run a Python program and return what CPython would have printed and its exit status. */
export function runSource(source: string, options: RunOptions = {}): RunResult {
  const r = runProgram(source, options);
  return { stdout: r.stdout, stderr: r.stderr, outputOrder: r.outputOrder, exitCode: r.exitCode };
}

/**
 * Do the once-per-process set-up every run starts with (the static types, their dicts and slots) ahead of
 * the first run, e.g. while a host is still reading the program. Optional: the first run does it otherwise.
 */
export function prepareEngine(): void {
  bootstrap();
}

export { setStdlibCodeStore, compileStdlibModules } from './objects/typemethods';
export type { StdlibCodeStore } from './objects/typemethods';

// ---- execution trace: per-line attribution, seek, annotate (src/engine/trace/README.md)
export { analyze, attributeProgram, traceProgram } from './trace/analyze';
export { annotate } from './trace/annotate';
export type { AnnotateOptions } from './trace/annotate';
export { Trace } from './trace/seek';
export { panelSession } from './trace/panel';
export type { PanelOptions } from './trace/panel';
export type { SeekState } from './trace/seek';

/** Heap audit of the most recent run (refcounts recounted from the roots, allocator consistency); [] = clean. */
export { auditLastRun } from './memory/audit';
