'use strict';
// `heapscope` from a V8 startup snapshot: `npm run build` (esbuild.mjs) builds dist/cli-snapshot.blob from the
// bundle dist/cli-snapshot.js (src/cli/snapshot.ts: the CLI with the engine loaded and the interpreter's static
// types built), and bin/heapscope.js starts the CLI as `node --snapshot-blob dist/cli-snapshot.blob -- ARGS`
// instead of loading the engine into a worker thread: measured on an empty file, 30% less CPU time (user time
// about halved), even with the second Node.js process this costs (a snapshot is only read when a process starts).
//
// The engine then runs on that process's main thread, with what its worker thread had (src/cli/main.ts):
// - the stack: V8's limit is the worker's (256 MB less Node's 192 KB reserve: --stack-size), so the process's
//   soft stack limit is raised to STACK_LIMIT_KB for it (`ulimit -S -s` in /bin/sh, which then execs node);
// - the young generation: --max-semi-space-size=32 (the worker's 96 MB = two 32 MB semi-spaces + as much
//   for large objects);
// - the engine's V8 flags (v8-flags.js). V8 takes a snapshot only with the flags it was built with, so the
//   build uses NODE_FLAGS too;
// - the watchdog: the `timeout` of the job's vm script (src/cli/snapshot.ts);
// - out of JavaScript heap: V8 aborts the process after printing its report on stderr, so the child's stderr
//   comes through this process, which prints the CLI's message instead, as for the worker.
// The program's output does not come through this process: the child has this process's stdout as its stdout
// and this process's stderr as descriptor 3 (HEAPSCOPE_STDERR_FD), and writes the program's stdout and stderr
// there itself, in program order, while the program runs (src/cli/output.ts). Its own stderr (descriptor 2,
// the pipe) has V8's messages and the CLI's (an internal error, a time limit), shown when it ends.
// The snapshot is used on Linux only (the stack limit is read from /proc/self/limits; macOS caps the stack at
// 64 MB and Windows has no sh), for every command but `report` (its page assets are found next to the bundle,
// whose directory a snapshot would fix at build time), when nothing changes the child's V8 flags (NODE_OPTIONS,
// node options of this process), and when dist/cli-snapshot.json matches this Node.js, the bundle and the blob.
// Otherwise, or when V8 rejects the blob, heapscope runs as before (dist/cli.js and its worker thread), with
// the same output. HEAPSCOPE_NO_SNAPSHOT=1 turns the snapshot off.
const fs = require('node:fs');
const path = require('node:path');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'cli-snapshot.js');
const BLOB = path.join(DIST, 'cli-snapshot.blob');
const META = path.join(DIST, 'cli-snapshot.json');
/** what bin/heapscope (the shell script that starts the snapshot without this launcher) reads */
const SH = path.join(DIST, 'cli-snapshot.sh');

/** the worker thread's stack (src/cli/main.ts STACK_SIZE_MB) less the 192 KB Node keeps below V8's limit */
const STACK_SIZE_KB = 256 * 1024 - 192;
/** the process's stack limit for it: V8's part and what runs below V8's limit (Node.js, the C++ runtime) */
const STACK_LIMIT_KB = 264 * 1024;
/** node options of the snapshot's process and of its build (see the header) */
const NODE_FLAGS = [`--stack-size=${STACK_SIZE_KB}`, '--max-semi-space-size=32', ...require('./v8-flags')];

/** Node's exit status when it cannot deserialize the snapshot (ExitCode::kStartupSnapshotFailure) */
const SNAPSHOT_FAILURE = 14;
const SNAPSHOT_FAILURE_TEXT = 'Failed to load the startup snapshot';

/** The soft and hard stack limits in bytes (Infinity = unlimited), or null when unknown. */
function stackLimits() {
  let text;
  try {
    text = fs.readFileSync('/proc/self/limits', 'latin1');
  } catch {
    return null;
  }
  const m = /^Max stack size\s+(\S+)\s+(\S+)/m.exec(text);
  if (m === null) return null;
  const bytes = (s) => (s === 'unlimited' ? Infinity : Number(s));
  return { soft: bytes(m[1]), hard: bytes(m[2]) };
}

/** The command that runs node with `args` under a stack limit of STACK_LIMIT_KB, or null when it cannot. */
function withStackLimit(args) {
  const limits = stackLimits();
  const need = STACK_LIMIT_KB * 1024;
  if (limits === null || !(limits.hard >= need)) return null;
  if (limits.soft >= need) return { file: process.execPath, args };
  return { file: '/bin/sh', args: ['-c', `ulimit -S -s ${STACK_LIMIT_KB} && exec "$@"`, 'heapscope', process.execPath, ...args] };
}

function statKey(file) {
  const st = fs.statSync(file);
  return `${st.size}|${st.mtimeMs}`;
}

/** What dist/cli-snapshot.json must say for the blob to be used. */
function expectedMeta() {
  return { node: process.version, arch: process.arch, flags: NODE_FLAGS.join(' '), bundle: statKey(BUNDLE) };
}

function usable(argv) {
  const env = process.env;
  if (process.platform !== 'linux' || env.HEAPSCOPE_NO_SNAPSHOT === '1') return false;
  // the test seam loads a module the snapshot's process would not find; NODE_OPTIONS and this process's node
  // options may hold V8 flags, which V8 would refuse the blob for
  if (env.HEAPSCOPE_ENGINE_OVERRIDE || env.NODE_OPTIONS || process.execArgv.length > 0) return false;
  // the report's assets; and what never starts the engine (help, version: dist/cli.js alone is quicker)
  if (argv.length === 0 || argv[0] === 'report' || argv[0] === 'help') return false;
  if (argv.some((a) => a === '-h' || a === '--help' || a === '-V' || a === '--version')) return false;
  try {
    const meta = JSON.parse(fs.readFileSync(META, 'utf8'));
    const want = expectedMeta();
    return meta.node === want.node && meta.arch === want.arch && meta.flags === want.flags && meta.bundle === want.bundle && meta.blob === statKey(BLOB);
  } catch {
    return false;
  }
}

/**
 * Run the CLI from the snapshot with the arguments `argv`, if it can be (see the header); `fallback` runs it
 * the other way, also when V8 rejects the blob. Returns false (and does nothing) when the snapshot is not used.
 */
function launch(argv, fallback) {
  if (!usable(argv)) return false;
  const cmd = withStackLimit([...NODE_FLAGS, '--snapshot-blob', BLOB, '--', ...argv]);
  if (cmd === null) return false;
  const env = { ...process.env };
  // Node.js reads these certificates when it starts (tens of milliseconds); the engine makes no connections
  delete env.NODE_EXTRA_CA_CERTS;
  env.HEAPSCOPE_STDERR_FD = '3';
  const { spawn } = require('node:child_process');
  const child = spawn(cmd.file, cmd.args, { stdio: ['inherit', 'inherit', 'pipe', 2], env });
  const forward = (signal) => child.kill(signal);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, forward);
  const stderr = [];
  child.stderr.on('data', (b) => stderr.push(b));
  let settled = false;
  const settle = () => {
    if (settled) return false;
    settled = true;
    for (const s of signals) process.off(s, forward);
    return true;
  };
  child.on('error', () => {
    // not started (no /bin/sh?): as if there were no snapshot
    if (child.pid === undefined && settle()) fallback();
  });
  child.on('close', (code, signal) => {
    if (!settle()) return;
    const text = Buffer.concat(stderr);
    if (code === SNAPSHOT_FAILURE && text.toString('latin1', 0, 64).startsWith(SNAPSHOT_FAILURE_TEXT)) {
      fallback();
      return;
    }
    process.stderr.on('error', () => {});
    // ends at once, as the engine's process does (src/cli/exit.ts), once stderr has taken what is written here
    const exit = (status) => process.stderr.write('', () => process.exit(status));
    if ((signal === 'SIGABRT' || code === 134) && /JavaScript heap out of memory/.test(text.toString('latin1'))) {
      // as src/cli/main.ts reports a worker that ran out of memory
      process.stderr.write('heapscope: stopped: the engine ran out of memory (its JavaScript heap)\n');
      exit(1);
      return;
    }
    if (text.length > 0) process.stderr.write(text);
    if (signal !== null) process.kill(process.pid, signal);
    else exit(code);
  });
  return true;
}

/**
 * Build dist/cli-snapshot.blob from dist/cli-snapshot.js and write dist/cli-snapshot.json (esbuild.mjs, after
 * bundling). Returns an error message, or null. Only where launch() would use it (Linux).
 */
function build() {
  for (const f of [SH, META, BLOB]) fs.rmSync(f, { force: true });
  if (process.platform !== 'linux') return null;
  const tmp = `${BLOB}.${process.pid}.tmp`;
  const cmd = withStackLimit([...NODE_FLAGS, '--snapshot-blob', tmp, '--build-snapshot', BUNDLE]) ?? { file: process.execPath, args: [...NODE_FLAGS, '--snapshot-blob', tmp, '--build-snapshot', BUNDLE] };
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = require('node:child_process').spawnSync(cmd.file, cmd.args, { encoding: 'utf8', env });
  if (r.status !== 0) {
    fs.rmSync(tmp, { force: true });
    return `building the start-up snapshot failed (heapscope runs without it): ${(r.stderr || r.error?.message || `exit ${r.status}`).trim()}`;
  }
  fs.renameSync(tmp, BLOB);
  fs.writeFileSync(META, JSON.stringify({ ...expectedMeta(), blob: statKey(BLOB) }) + '\n');
  // (after the blob: bin/heapscope takes a blob newer than this file for another build's)
  const quote = (s) => `'${s.replace(/'/g, "'\\''")}'`;
  const sh = [
    '# written by `npm run build` (bin/snapshot.js) for bin/heapscope: the Node.js that built cli-snapshot.blob,',
    '# the node options it was built with and the stack limit (KB) its process needs',
    `hs_node=${quote(process.execPath)}`,
    `hs_flags=${quote(NODE_FLAGS.join(' '))}`,
    `hs_stack_kb=${STACK_LIMIT_KB}`,
  ];
  fs.writeFileSync(SH, sh.join('\n') + '\n');
  return null;
}

module.exports = { launch, build, NODE_FLAGS };
