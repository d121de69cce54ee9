#!/usr/bin/env node
// heapscope benchmark suite: `npm run bench` (= node bench/run.mjs [filter] [--runs N] [--quick]
// [--trace-runs N] [--no-trace] [--timeout S] [--no-write] [--python-only] [--no-panel] [--startup-only] [--no-snapshot]); also times the live
// annotations of each file in examples/ (the worker's record(), cold and warm; skipped with a filter).
//
// For every program in bench/programs: CPython 3.12 (pyenv, when present) and heapscope, each run as a
// whole process several times; reports the median wall time, the ratio, the engine's steps per
// second and peak resident memory, and checks heapscope's stdout against CPython's. Also measures
// the start-up of `heapscope run` on an empty file; then the heap panel's redraw and seek times in
// headless Chromium (bench/panel-webview.mjs, skipped with --no-panel). Prints a table and writes bench/results.md.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const optionNames = new Set(['--runs', '--trace-runs', '--timeout']);
const filter = args.find((a, i) => !a.startsWith('--') && !optionNames.has(args[i - 1])) ?? '';
const runs = flag('--quick') ? 1 : Number(option('--runs', '3'));
const traceRuns = flag('--no-trace') ? 0 : Number(option('--trace-runs', '1'));
const timeoutS = Number(option('--timeout', '900'));
// --startup-only: only the start-up line (`--runs N` runs per command, default 10), no programs, no panel
const startupOnly = flag('--startup-only');
const write = !flag('--no-write') && !filter && !startupOnly;

const work = mkdtempSync(join(tmpdir(), 'heapscope-bench-'));
const harness = join(work, 'harness.cjs');
// the young generation `heapscope run` gives its engine thread (src/cli/main.ts YOUNG_GENERATION_MB = 3 x 32 MB)
const SEMI_SPACE = '--max-semi-space-size=32';
// the V8 flags bin/heapscope.js sets for `heapscope run` (bin/v8-flags.js); not for `live`, the extension's worker
const V8_FLAGS = createRequire(import.meta.url)('../bin/v8-flags.js');
const HARNESS_FLAGS = ['--stack-size=4000', SEMI_SPACE, ...V8_FLAGS];
// without a snapshot (below), the harness bundle is loaded as the CLI's engine thread loads its bundle: with a V8
// code cache (its first run writes it)
const compileCache = join(root, 'bin/compile-cache.js');
// minified as the CLI's engine bundles are (esbuild.mjs: whitespace and syntax; names stay)
await esbuild.build({
  entryPoints: [join(root, 'bench/harness.ts')],
  outfile: harness,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'error',
});
// `heapscope run` starts from a V8 startup snapshot of the CLI with the engine loaded, its static types built and
// its common paths compiled (bin/snapshot.js, src/cli/snapshot.ts); so does the harness for `run`, `trace` and
// `record` (bench/harness.ts), built with the flags of its runs (V8 takes a snapshot only with those). Not for
// `live`: the extension's worker has no snapshot. --no-snapshot, or a failed build: the code cache instead.
const harnessBlob = join(work, 'harness.blob');
const harnessSnapshot =
  !flag('--no-snapshot') &&
  spawnSync(process.execPath, [...HARNESS_FLAGS, '--snapshot-blob', harnessBlob, '--build-snapshot', harness], { encoding: 'utf8' }).status === 0;
/** node's arguments that run the harness (then: PROG VERSION MODE STATS) */
const harnessArgv = harnessSnapshot ? [...HARNESS_FLAGS, '--snapshot-blob', harnessBlob, '--'] : [...HARNESS_FLAGS, compileCache, harness];

// ---------------------------------------------------------------- CPython
function findPython() {
  for (const [cmd, env] of [
    ['python3.12', { PYENV_VERSION: '3.12.1' }],
    ['python3.12', {}],
  ]) {
    const r = spawnSync(cmd, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8', env: { ...process.env, ...env } });
    if (r.status === 0 && r.stdout.startsWith('3.12')) return { cmd, env, version: r.stdout.trim() };
  }
  return null;
}
const python = findPython();

// ---------------------------------------------------------------- helpers
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const geomean = (xs) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : NaN);

/** CPU seconds (user + system) of this process's waited-for children, from /proc (Linux); null elsewhere. */
function childrenCpu() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) / 100; // cutime + cstime, in USER_HZ (100 on Linux)
  } catch {
    return null;
  }
}

function timed(cmd, argv, env = {}) {
  const c0 = childrenCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: timeoutS * 1000,
    maxBuffer: 256 << 20,
    cwd: join(root, 'bench/programs'),
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c1 = childrenCpu();
  return { wall, cpu: c0 === null || c1 === null ? null : c1 - c0, status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut: r.error?.code === 'ETIMEDOUT' };
}

function readStats(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function lastLine(s) {
  return (s.trimEnd().split('\n').pop() ?? '').slice(0, 90);
}

function runCPython(prog) {
  if (!python) return null;
  const walls = [];
  const cpu = [];
  let first = null;
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const stats = join(work, 'py.json');
    const r = timed(python.cmd, [join(root, 'bench/pyrun.py'), prog, stats], python.env);
    if (r.status !== 0) return { error: `CPython failed: ${lastLine(r.stderr)}` };
    walls.push(r.wall);
    const st = readStats(stats);
    rss = Math.max(rss, st?.maxRssKb ?? 0);
    if (st?.cpuS != null) cpu.push(st.cpuS);
    first ??= r;
  }
  return { wall: median(walls), cpu: cpu.length ? median(cpu) : null, rssKb: rss, stdout: first.stdout };
}

// `run` mode times `heapscope run` itself once `npm run build` has made the CLI: the `heapscope` command as a
// shell runs it (package.json's bin: bin/heapscope, the script that starts the engine's process from the CLI's
// start-up snapshot; on Windows `node bin/heapscope.js`); one more run of the harness then gives the engine's
// statistics (steps, engine time, peak RSS of the engine's process)
const heapscopeCommand = process.platform === 'win32' ? [process.execPath, join(root, 'bin/heapscope.js')] : [join(root, 'bin/heapscope')];
const cliRun = existsSync(join(root, 'dist/cli.js')) ? heapscopeCommand : null;

function runHeapscope(prog, mode, n = runs) {
  const walls = [];
  const cpu = [];
  const rates = [];
  let steps = null;
  let rss = 0;
  let first = null;
  let trace = null;
  const viaCli = mode === 'run' && cliRun !== null;
  for (let i = 0; i < n + (viaCli ? 1 : 0); i++) {
    const stats = join(work, `hs-${mode}.json`);
    rmSync(stats, { force: true });
    if (viaCli && i < n) {
      const r = timed(cliRun[0], [...cliRun.slice(1), 'run', prog]);
      if (r.timedOut) return { error: `timed out after ${timeoutS} s`, wall: r.wall };
      if (r.status !== 0) return { error: lastLine(r.stderr) || `exit ${r.status}` };
      walls.push(r.wall);
      if (r.cpu !== null) cpu.push(r.cpu);
      first ??= r;
      continue;
    }
    // (as the engine's process of `heapscope run` and `heapscope annotate`, without NODE_EXTRA_CA_CERTS: the
    // launcher leaves it out, for the engine makes no connections)
    const r = timed(process.execPath, [...harnessArgv, prog, '3.12', mode, stats], { NODE_EXTRA_CA_CERTS: undefined });
    const st = readStats(stats);
    if (st?.unavailable) return { unavailable: st.unavailable };
    if (r.timedOut) return { error: `timed out after ${timeoutS} s`, wall: r.wall };
    if (r.status !== 0) {
      return { error: r.status === 70 || /internal error/.test(r.stderr) ? `internal error: ${lastLine(r.stderr)}` : lastLine(r.stderr) || `exit ${r.status}` };
    }
    if (viaCli) {
      // the statistics run: its times are not the CLI's
      rss = st?.maxRssKb ?? 0;
      if (st?.steps != null) {
        steps = st.steps;
        rates.push(st.steps / (st.engineMs / 1000));
      }
      continue;
    }
    walls.push(r.wall);
    if (st) {
      rss = Math.max(rss, st.maxRssKb);
      if (st.cpuS != null) cpu.push(st.cpuS);
      if (st.trace) trace = st.trace;
      if (st.steps != null) {
        steps = st.steps;
        rates.push(st.steps / (st.engineMs / 1000));
      }
    }
    first ??= r;
  }
  return { wall: median(walls), cpu: cpu.length ? median(cpu) : null, steps, stepsPerSec: rates.length ? median(rates) : null, rssKb: rss, trace, stdout: first.stdout };
}

// ---------------------------------------------------------------- start-up
function startup() {
  const empty = join(work, 'empty.py');
  writeFileSync(empty, '');
  const n = startupOnly && args.includes('--runs') ? runs : flag('--quick') ? 3 : 10;
  const measure = (cmd, argv, env) => {
    const ws = [];
    let cpu = 0;
    for (let i = 0; i < n; i++) {
      const r = timed(cmd, argv, env);
      ws.push(r.wall);
      cpu = r.cpu === null || cpu === null ? null : cpu + r.cpu;
    }
    return { wall: median(ws), cpu: cpu === null ? null : cpu / n };
  };
  const cli = join(root, 'bin/heapscope.js');
  const [command, ...commandArgs] = heapscopeCommand;
  const haveCli = existsSync(join(root, 'dist/cli.js'));
  // `heapscope run` starts from its V8 startup snapshot once `npm run build` has made it (bin/snapshot.js);
  // the CLI's other way (a worker thread loads the engine) is measured too
  const snapshot = haveCli && existsSync(join(root, 'dist/cli-snapshot.json'));
  // NODE_EXTRA_CA_CERTS makes every Node process load those certificates at start (~45 ms of CPU here): most
  // users do not set it, so the start-up is also measured without it when the environment has it
  const certs = process.env.NODE_EXTRA_CA_CERTS ? { NODE_EXTRA_CA_CERTS: undefined } : null;
  return {
    node: measure(process.execPath, ['-e', '']),
    cli: haveCli ? measure(command, [...commandArgs, 'run', empty]) : null,
    cliNoCerts: haveCli && certs ? measure(command, [...commandArgs, 'run', empty], certs) : null,
    // the launcher in JavaScript (what the command is on Windows, and where the shell script hands over)
    cliNode: haveCli && commandArgs.length === 0 ? measure(process.execPath, [cli, 'run', empty]) : null,
    snapshot,
    cliWorker: snapshot ? measure(process.execPath, [cli, 'run', empty], { HEAPSCOPE_NO_SNAPSHOT: '1' }) : null,
    nodeNoCerts: certs ? measure(process.execPath, ['-e', ''], certs) : null,
    harness: measure(process.execPath, [...harnessArgv, empty, '3.12', 'run'], { NODE_EXTRA_CA_CERTS: undefined }),
    harnessSnapshot,
    harnessNoSnapshot: harnessSnapshot ? measure(process.execPath, [...HARNESS_FLAGS, compileCache, harness, empty, '3.12', 'run']) : null,
    python: python ? measure(python.cmd, [empty], python.env) : null,
  };
}

// ---------------------------------------------------------------- live annotations
// The issue's target "engine time for each file in examples/ under 150 ms": what the editor waits for after
// an edit is the worker's analyze() of the file (per-line attribution on), so time exactly that, in-process.
function liveAnnotations() {
  const dir = join(root, 'examples');
  const repeats = flag('--quick') ? 3 : 8;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => {
      const stats = join(work, 'live.json');
      rmSync(stats, { force: true });
      const r = timed(process.execPath, ['--stack-size=4000', compileCache, harness, join(dir, f), '3.12', 'live', stats, String(repeats)]);
      const s = readStats(stats);
      if (r.status !== 0 || !s?.liveMs) return { name: f, error: lastLine(r.stderr) || `exit ${r.status}` };
      // the first analysis of a fresh worker is cold (JIT); the editor then re-analyses on every edit
      return { name: f, cold: s.liveMs[0], ms: median(s.liveMs.slice(1).length ? s.liveMs.slice(1) : s.liveMs) };
    });
}

// ---------------------------------------------------------------- main
const progDir = join(root, 'bench/programs');
const programs = startupOnly
  ? []
  : readdirSync(progDir)
      .filter((f) => f.endsWith('.py') && f.includes(filter))
      .sort();
const load0 = loadavg()[0];
console.log(`heapscope benchmarks: ${programs.length} programs, ${runs} run(s) each; CPython: ${python ? python.version : 'not found'}; load average ${load0.toFixed(2)}`);

const rows = [];
for (const f of programs) {
  const prog = join(progDir, f);
  const name = basename(f, '.py');
  process.stdout.write(`  ${name} ...`);
  const py = runCPython(prog);
  const hs = flag('--python-only') ? { error: 'skipped' } : runHeapscope(prog, 'run');
  const tr = flag('--python-only') || hs.error || traceRuns === 0 ? { error: 'skipped' } : runHeapscope(prog, 'trace', traceRuns);
  const rc = flag('--python-only') || hs.error || traceRuns === 0 ? { error: 'skipped' } : runHeapscope(prog, 'record', traceRuns);
  let status = 'ok';
  if (hs.error) status = hs.error;
  else if (py && !py.error && py.stdout !== hs.stdout) status = 'output differs from CPython';
  if (py?.error) status = py.error;
  rows.push({ name, py, hs, tr, rc, status });
  process.stdout.write(` ${status}\n`);
}
const st = flag('--python-only') ? null : startup();
const live = flag('--python-only') || filter || startupOnly ? null : liveAnnotations();
rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------- report
const sec = (x) => (x == null || Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const ms = (x) => (x == null ? '—' : `${Math.round(x * 1000)} ms`);
const su = (m) => (m == null ? '—' : `${ms(m.wall)} / ${ms(m.cpu)}`);
const ratio = (a, b) => (a == null || b == null ? '—' : `${(a / b).toFixed(1)}x`);
const mb = (kb) => (kb ? `${(kb / 1024).toFixed(0)} MB` : '—');
const rate = (x) => (x == null ? '—' : x >= 1e6 ? `${(x / 1e6).toFixed(1)} M` : `${(x / 1e3).toFixed(0)} k`);

const header = ['benchmark', 'CPython 3.12', 'heapscope', 'ratio', 'CPU ratio', 'traced', 'ratio traced', 'recorded', 'ratio recorded', 'trace B/event', 'steps', 'steps/s', 'RSS CPython', 'RSS heapscope', 'status'];
const table = rows.map(({ name, py, hs, tr, rc }) => {
  const ok = !hs.error && !hs.unavailable;
  const cell = (x) => (x.unavailable ? 'n/a' : x.error ? (x.error === 'skipped' ? '—' : 'failed') : sec(x.wall));
  const traced = cell(tr);
  return [
    name,
    py ? (py.error ? 'failed' : sec(py.wall)) : 'not found',
    ok ? sec(hs.wall) : hs.wall ? `>${sec(hs.wall)}` : 'failed',
    ok && py && !py.error ? ratio(hs.wall, py.wall) : '—',
    ok && py && !py.error ? ratio(hs.cpu, py.cpu) : '—',
    traced,
    !tr.error && !tr.unavailable && py && !py.error ? ratio(tr.wall, py.wall) : '—',
    cell(rc),
    !rc.error && !rc.unavailable && py && !py.error ? ratio(rc.wall, py.wall) : '—',
    rc.trace?.events ? (rc.trace.eventBytes / rc.trace.events).toFixed(1) : '—',
    ok && hs.steps != null ? hs.steps.toLocaleString('en-US') : '—',
    ok ? rate(hs.stepsPerSec) : '—',
    py && !py.error ? mb(py.rssKb) : '—',
    ok ? mb(hs.rssKb) : '—',
  ];
});
rows.forEach((r, i) => table[i].push(r.status));

const good = rows.filter((r) => r.status === 'ok' && r.py && !r.py.error);
const gmRun = geomean(good.map((r) => r.hs.wall / r.py.wall));
const gmCpu = geomean(good.filter((r) => r.hs.cpu && r.py.cpu).map((r) => r.hs.cpu / r.py.cpu));
const goodTr = good.filter((r) => !r.tr.error && !r.tr.unavailable);
const gmTr = geomean(goodTr.map((r) => r.tr.wall / r.py.wall));
const goodRc = good.filter((r) => !r.rc.error && !r.rc.unavailable);
const gmRc = geomean(goodRc.map((r) => r.rc.wall / r.py.wall));
const summary = [
  `geometric mean heapscope/CPython, tracing off: ${good.length ? gmRun.toFixed(1) + 'x' : '—'} over ${good.length} of ${rows.length} programs (target ≤ 4x); by CPU time ${good.length ? gmCpu.toFixed(1) + 'x' : '—'}`,
  `geometric mean heapscope/CPython, tracing on:  ${goodTr.length ? gmTr.toFixed(1) + 'x' : rows.some((r) => r.tr.unavailable) ? 'n/a (the engine does not export analyze() yet)' : '—'} (target ≤ 6x)`,
  `geometric mean heapscope/CPython, recording the step-through trace (heap panel, stepping): ${goodRc.length ? gmRc.toFixed(1) + 'x' : '—'}`,
];
const withTrace = rows.filter((r) => r.rc.trace?.events);
if (withTrace.length) {
  const ev = withTrace.reduce((a, r) => a + r.rc.trace.events, 0);
  const by = withTrace.reduce((a, r) => a + r.rc.trace.eventBytes, 0);
  summary.push(`trace storage: ${(by / ev).toFixed(1)} bytes per event over all recorded programs (${ev.toLocaleString('en-US')} events; target ≤ 16)`);
}
if (st) {
  summary.push(
    `start-up on an empty file (median wall / mean CPU): heapscope run ${su(st.cli)} (target < 150 ms; ` +
      (st.snapshot ? `from its start-up snapshot; with a worker thread instead ${su(st.cliWorker)}); ` : 'no start-up snapshot: `npm run build` makes it); ') +
      (st.cliNode ? `\`node bin/heapscope.js run\` (the launcher in JavaScript) ${su(st.cliNode)}; ` : '') +
      `engine in-process ${su(st.harness)}` +
      (st.harnessSnapshot ? ` (from its start-up snapshot; with the code cache instead ${su(st.harnessNoSnapshot)})` : '') +
      `; node -e '' ${su(st.node)}; CPython 3.12 ${su(st.python)}` +
      (st.cliNoCerts ? `; without this environment's NODE_EXTRA_CA_CERTS: heapscope run ${su(st.cliNoCerts)}, node -e '' ${su(st.nodeNoCerts)}` : ''),
  );
}
if (live) {
  const worst = Math.max(...live.map((l) => l.ms ?? Infinity));
  summary.push(
    'live annotations, engine time per file in examples/ (the worker\'s respond() to each edit, median of the warm repeats; ' +
      'target < 150 ms each): ' +
      live.map((l) => `${l.name} ${l.error ? 'failed: ' + l.error : `${Math.round(l.ms)} ms (first, cold: ${Math.round(l.cold)} ms)`}`).join(', ') +
      (Number.isFinite(worst) ? `; slowest ${Math.round(worst)} ms` : ''),
  );
}

function textTable(h, body) {
  const all = [h, ...body];
  const w = h.map((_, c) => Math.max(...all.map((r) => String(r[c]).length)));
  const line = (r) => r.map((v, c) => (c === 0 || c === r.length - 1 ? String(v).padEnd(w[c]) : String(v).padStart(w[c]))).join('  ');
  return [line(h), w.map((n) => '-'.repeat(n)).join('  '), ...body.map(line)].join('\n');
}
if (!startupOnly) console.log('\n' + textTable(header, table) + '\n');
for (const s of startupOnly ? summary.filter((line) => line.startsWith('start-up')) : summary) console.log(s);

// ---------------------------------------------------------------- heap panel, webview side (bench/panel-webview.ts)
let panelSection = '';
if (!flag('--no-panel') && !filter && !startupOnly) {
  const r = spawnSync(process.execPath, [join(root, 'bench/panel-webview.mjs')], { encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 64 << 20 });
  panelSection = r.status === 0 ? r.stdout : `## Heap panel, webview side\n\nNot measured: ${lastLine(r.stderr) || `exit ${r.status}`}\n`;
  console.log('\n' + panelSection);
}

if (write) {
  const md = [];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  let commit = 'unknown';
  const g = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  if (g.status === 0) commit = g.stdout.trim();
  md.push('# heapscope benchmark results');
  md.push('');
  md.push(`Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (commit ${commit}, working tree may differ).`);
  md.push(
    `Machine: ${cpu}, ${cpus().length} cores, load average ${load0.toFixed(2)} at start; Node ${process.version}; ` +
      `CPython ${python ? python.version : 'not found'}. ${runs} run(s) per cell, median whole-process wall time in seconds.`,
  );
  if (load0 > cpus().length) {
    md.push('');
    md.push(
      `**Warning: the machine was busy (load average ${load0.toFixed(1)} on ${cpus().length} cores) during this run: wall times, ` +
        'and above all the start-up line, mostly measure waiting for a core. Prefer the CPU columns; rerun on an idle machine.**',
    );
  }
  md.push('');
  md.push('| ' + header.join(' | ') + ' |');
  md.push('|' + header.map((_, i) => (i === 0 || i === header.length - 1 ? ' --- ' : ' ---: ')).join('|') + '|');
  for (const r of table) md.push('| ' + r.join(' | ') + ' |');
  md.push('');
  for (const s of summary) md.push(`- ${s}`);
  md.push('');
  md.push(
    cliRun !== null
      ? 'Columns: *heapscope* = `heapscope run PROG` itself (the `heapscope` command, bin/heapscope: the engine\'s process from its start-up snapshot, as a user runs it; steps, steps/s and RSS from one more run of the harness, whose process is the engine\'s);'
      : `Columns: *heapscope* = the engine with tracing off (the path of \`heapscope run\`, in-process, no worker thread${harnessSnapshot ? ', from a start-up snapshot as `heapscope run` starts' : ''}; \`npm run build\` makes the CLI, then this column times it);`,
  );
  md.push('*traced* = with per-line attribution (`analyze()`: the annotations, hovers and `heapscope annotate`; no step-through recording);');
  md.push('*recorded* = the step-through recording the heap panel and stepping need (`traceProgram()`, what the extension\'s worker records');
  md.push('when the panel or stepping asks); *trace B/event* = bytes of its event log\'s words per recorded event (all events written,');
  md.push('including chunks a long run drops; checkpoints not included); *steps* = the engine\'s step counter (backward jumps and');
  md.push('calls, the unit of `--max-steps`), *steps/s* = steps per second of engine time; RSS = peak resident set size;');
  md.push('*CPU ratio* = user+system CPU time ratio (less sensitive to other load on the machine than wall time).');
  md.push(`Traced and recorded runs: ${traceRuns} per program (they are slow).`);
  md.push('A program heapscope cannot run yet is listed with the reason in *status*, not dropped.');
  md.push('');
  if (panelSection) md.push(panelSection, '');
  writeFileSync(join(root, 'bench/results.md'), md.join('\n'));
  console.log('\nwrote bench/results.md');
}
