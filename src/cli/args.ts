/**
 * Command-line parsing for `heapscope`. Pure (no Node built-ins) so it is unit-testable.
 *
 *   heapscope run      [--python X.Y] [--max-steps N] [--timeout S] [--max-heap-mb M] [--stdin-file F] FILE
 *   heapscope annotate [--python X.Y] [--max-steps N] [--timeout S] [--stdin-file F] [--json] FILE
 *   heapscope report   [--python X.Y] [--max-steps N] [--timeout S] [--stdin-file F] FILE -o OUT.html
 *   heapscope --help | --version
 *
 * A bare `heapscope FILE.py` is `heapscope run FILE.py`.
 */

export type PythonVersion = '3.11' | '3.12' | '3.13';
export const VERSIONS: readonly PythonVersion[] = ['3.11', '3.12', '3.13'];

/** Engine defaults (src/engine/vm/runtime.ts): mirrored here so the watchdog knows the time limit. */
export const DEFAULT_MAX_STEPS = 50_000_000;
export const DEFAULT_TIMEOUT_S = 10;
/** the engine's default (DEFAULT_MAX_HEAP_BYTES), in MiB */
export const DEFAULT_MAX_HEAP_MB = 512;

export type Command = 'run' | 'annotate' | 'report';

export interface CliOptions {
  command: Command;
  file: string;
  version: PythonVersion;
  /** Infinity when the user passed 0 (no limit). */
  maxSteps: number;
  /** Seconds; 0 = no time limit. */
  timeoutS: number;
  /** Simulated heap limit in MiB. */
  maxHeapMb: number;
  stdinFile: string | null;
  json: boolean;
  output: string | null;
}

export type ParsedArgs =
  | { kind: 'help'; topic: Command | null }
  | { kind: 'version' }
  | { kind: 'options'; options: CliOptions }
  | { kind: 'error'; message: string };

/**
 * 50000000 -> '50,000,000'. Not toLocaleString('en-US'): HELP is built when the CLI loads, and the first
 * locale-aware call initialises ICU's number formatting, ~13 ms of CPU on every `heapscope run`.
 */
function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

export const USAGE = `usage: heapscope run [options] FILE
       heapscope annotate [options] [--json] FILE
       heapscope report [options] FILE -o REPORT.html
       heapscope --help | --version`;

export const HELP = `heapscope: run a Python file on a faithful model of CPython's memory manager.

${USAGE}

commands:
  run         run FILE; its stdout and stderr are written as CPython would write them
              (a bare \`heapscope FILE\` is the same as \`heapscope run FILE\`)
  annotate    run FILE and print it with each line's allocations, frees and GC runs
  report      run FILE and write a self-contained HTML report of its memory

options:
  --python X.Y      CPython version to model: 3.11, 3.12 (default) or 3.13
  --max-steps N     stop after N steps (backward jumps and calls); default ${withCommas(DEFAULT_MAX_STEPS)},
                    0 = no limit
  --timeout S       stop after S seconds of wall-clock time; default ${DEFAULT_TIMEOUT_S}, 0 = no limit
  --max-heap-mb M   stop when the simulated heap would exceed M MiB; default ${DEFAULT_MAX_HEAP_MB}
  --stdin-file F    feed the contents of F to input() / sys.stdin (default: piped stdin, if any)
  --json            annotate: print the analysis as JSON
  -o, --output F    report: where to write the HTML
  -h, --help        show this help
  -V, --version     show heapscope's version

exit status: the program's (0, 1 after an uncaught exception or a limit stop, sys.exit's code),
2 for usage errors and unreadable files, 70 for an internal error in heapscope.`;

function parseNumber(name: string, raw: string, integer: boolean): number | string {
  const t = raw.trim();
  if (!/^(\d+(\.\d*)?|\.\d+)([eE][+]?\d+)?$/.test(t)) return `argument ${name}: invalid value '${raw}' (expected a non-negative number)`;
  const v = Number(t);
  if (!Number.isFinite(v)) return `argument ${name}: invalid value '${raw}'`;
  if (integer && !Number.isInteger(v)) return `argument ${name}: invalid value '${raw}' (expected an integer)`;
  return v;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args = [...argv];
  let command: Command | null = null;
  if (args.length > 0 && (args[0] === 'run' || args[0] === 'annotate' || args[0] === 'report')) {
    command = args.shift() as Command;
  } else if (args.length > 0 && args[0] === 'help') {
    const t = args[1];
    return { kind: 'help', topic: t === 'run' || t === 'annotate' || t === 'report' ? t : null };
  }
  const opts: CliOptions = {
    command: command ?? 'run',
    file: '',
    version: '3.12',
    maxSteps: DEFAULT_MAX_STEPS,
    timeoutS: DEFAULT_TIMEOUT_S,
    maxHeapMb: DEFAULT_MAX_HEAP_MB,
    stdinFile: null,
    json: false,
    output: null,
  };
  const files: string[] = [];
  let endOfOptions = false;
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    if (endOfOptions || a === '-' || !a.startsWith('-')) {
      files.push(a);
      continue;
    }
    if (a === '--') {
      endOfOptions = true;
      continue;
    }
    if (a === '-h' || a === '--help') return { kind: 'help', topic: command };
    if (a === '-V' || a === '--version') return { kind: 'version' };
    let inline: string | null = null;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const value = (): string | null => {
      if (inline !== null) return inline;
      if (i + 1 >= args.length) return null;
      return args[++i];
    };
    switch (a) {
      case '--python': {
        const v = value();
        if (v === null) return { kind: 'error', message: `argument --python: expected a version (${VERSIONS.join(', ')})` };
        const norm = v.replace(/^python/i, '').replace(/^(\d+\.\d+)\.\d+$/, '$1');
        if (!(VERSIONS as readonly string[]).includes(norm)) {
          return { kind: 'error', message: `argument --python: unsupported version '${v}' (choose from ${VERSIONS.join(', ')})` };
        }
        opts.version = norm as PythonVersion;
        break;
      }
      case '--max-steps': {
        const v = value();
        if (v === null) return { kind: 'error', message: 'argument --max-steps: expected a number' };
        const n = parseNumber('--max-steps', v, true);
        if (typeof n === 'string') return { kind: 'error', message: n };
        opts.maxSteps = n === 0 ? Infinity : n;
        break;
      }
      case '--timeout': {
        const v = value();
        if (v === null) return { kind: 'error', message: 'argument --timeout: expected a number of seconds' };
        const n = parseNumber('--timeout', v, false);
        if (typeof n === 'string') return { kind: 'error', message: n };
        opts.timeoutS = n;
        break;
      }
      case '--max-heap-mb': {
        const v = value();
        if (v === null) return { kind: 'error', message: 'argument --max-heap-mb: expected a number of MiB' };
        const n = parseNumber('--max-heap-mb', v, false);
        if (typeof n === 'string') return { kind: 'error', message: n };
        if (n <= 0) return { kind: 'error', message: 'argument --max-heap-mb: must be greater than 0' };
        opts.maxHeapMb = n;
        break;
      }
      case '--stdin-file': {
        const v = value();
        if (v === null) return { kind: 'error', message: 'argument --stdin-file: expected a file name' };
        opts.stdinFile = v;
        break;
      }
      case '--json':
        if (inline !== null) return { kind: 'error', message: 'argument --json: takes no value' };
        opts.json = true;
        break;
      case '-o':
      case '--output': {
        const v = value();
        if (v === null) return { kind: 'error', message: `argument ${a}: expected a file name` };
        opts.output = v;
        break;
      }
      default:
        return { kind: 'error', message: `unrecognized option '${args[i].split('=')[0]}'` };
    }
  }
  if (files.length === 0) {
    return { kind: 'error', message: command === null ? 'missing FILE (try heapscope --help)' : `${command}: missing FILE` };
  }
  if (files.length > 1) return { kind: 'error', message: `unexpected argument '${files[1]}' (one FILE at a time)` };
  opts.file = files[0];
  if (opts.json && opts.command !== 'annotate') return { kind: 'error', message: `--json is an option of 'annotate', not '${opts.command}'` };
  if (opts.output !== null && opts.command !== 'report') return { kind: 'error', message: `-o/--output is an option of 'report', not '${opts.command}'` };
  if (opts.command === 'report' && opts.output === null) return { kind: 'error', message: 'report: missing -o REPORT.html' };
  return { kind: 'options', options: opts };
}
