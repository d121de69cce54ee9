/**
 * `heapscope` from its V8 startup snapshot (bin/snapshot.js, src/cli/snapshot.ts): a copy of bin/ with the CLI's
 * bundles and a snapshot built here, so the tests do not depend on (or change) the repository's dist/. The
 * snapshot is only used on Linux with a raisable stack limit; elsewhere these tests are skipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stdlibStoreFile, writeStdlibStores } from '../../src/cli/stdlib-store';
import { firstLine } from '../program-output';

const root = resolve(__dirname, '../..');
let dir = '';
let bin = '';
/** bin/heapscope, the shell script that starts the snapshot's process without a Node.js launcher */
let shBin = '';
/** a directory whose `node` is the one cli-snapshot.sh names: a script that logs its arguments, then runs node */
let fakeBin = '';
let usable = false;

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function heapscope(args: string[], env: Record<string, string> = {}, input = ''): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, HEAPSCOPE_DEBUG: '', ...env } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function withoutSnapshot(args: string[], input = ''): Run {
  return heapscope(args, { HEAPSCOPE_NO_SNAPSHOT: '1' }, input);
}

/** The environment of `heapscope` started as a command: fakeBin first on PATH. */
function shellEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, HEAPSCOPE_DEBUG: '', PATH: `${fakeBin}:${process.env.PATH ?? ''}`, TMPDIR: dir, ...env };
}

/** `heapscope ARGS` as a shell runs the command (bin/heapscope); `node` on PATH logs to node.log. */
function viaShell(args: string[], env: Record<string, string> = {}, input = ''): Run {
  const r = spawnSync(shBin, args, { cwd: dir, input, encoding: 'utf8', timeout: 60_000, env: shellEnv(env) });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** What `node` was started with since the last call (fakeBin's log), one line per start. */
function nodeStarts(): string[] {
  const log = join(dir, 'node.log');
  let text = '';
  try {
    text = readFileSync(log, 'utf8');
  } catch {
    // none
  }
  rmSync(log, { force: true });
  return text.split('\n').filter((l) => l !== '');
}

function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** The command lines of the processes whose parent is `pid` (Linux). */
function children(pid: number): string[] {
  const out: string[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'latin1');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(readFileSync(`/proc/${d}/cmdline`, 'latin1').split('\0').join(' '));
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

/**
 * Waits (up to 5 s) for `child` to have the snapshot's process as a child, then sends `child` SIGTERM: the
 * command lines of those processes, and how `child` ended.
 */
async function snapshotChildThenSigterm(child: ChildProcess): Promise<{ seen: string[]; exit: [number | null, string | null] }> {
  let seen: string[] = [];
  for (let i = 0; i < 100 && seen.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
    seen = children(child.pid as number).filter((c) => c.includes('cli-snapshot.blob'));
  }
  const exited = new Promise<[number | null, string | null]>((r) => child.on('exit', (code, signal) => r([code, signal])));
  child.kill('SIGTERM');
  return { seen, exit: await exited };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'heapscope-snapshot-'));
  const copy = join(dir, 'pkg');
  mkdirSync(join(copy, 'dist'), { recursive: true });
  cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
  cpSync(join(root, 'package.json'), join(copy, 'package.json'));
  const esbuild = await import('esbuild');
  // (bundles of an engine build, as esbuild.mjs makes them, so that they read a compiled stdlib beside them)
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', define: { HEAPSCOPE_BUILD_ID: '"test-build"' } } as const;
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [join(root, 'src/cli/main.ts')], outfile: join(copy, 'dist/cli.js') }),
    esbuild.build({ ...common, entryPoints: [join(root, 'src/cli/engine-thread.ts')], outfile: join(copy, 'dist/cli-engine.js') }),
    esbuild.build({ ...common, entryPoints: [join(root, 'src/cli/snapshot.ts')], outfile: join(copy, 'dist/cli-snapshot.js') }),
  ]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const snapshot = require(join(copy, 'bin/snapshot.js')) as { build(): string | null };
  expect(snapshot.build()).toBeNull();
  bin = join(copy, 'bin/heapscope.js');
  shBin = join(copy, 'bin/heapscope');
  usable = readdirSync(join(copy, 'dist')).includes('cli-snapshot.json');
  // `node` for bin/heapscope: logs its arguments; FAKE_NODE=oom|reject makes the snapshot's process end as V8
  // ends one that ran out of JavaScript heap or one whose blob it rejects
  fakeBin = join(dir, 'fakebin');
  mkdirSync(fakeBin);
  const fakeNode = join(fakeBin, 'node');
  writeFileSync(
    fakeNode,
    [
      '#!/bin/sh',
      `echo "$*" >> '${join(dir, 'node.log')}'`,
      'case "$FAKE_NODE:$*" in',
      '  oom:*--snapshot-blob*) echo "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" >&2; kill -ABRT $$ ;;',
      '  reject:*--snapshot-blob*) echo "Failed to load the startup snapshot because it was built with a different version of V8" >&2; exit 14 ;;',
      'esac',
      `exec '${process.execPath}' "$@"`,
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  // (older than the blob, as a Node.js that built it is)
  const built = statSync(join(copy, 'dist/cli-snapshot.blob')).mtime;
  utimesSync(fakeNode, new Date(built.getTime() - 60_000), new Date(built.getTime() - 60_000));
  const sh = join(copy, 'dist/cli-snapshot.sh');
  if (usable) writeFileSync(sh, readFileSync(sh, 'utf8').replace(/^hs_node=.*$/m, `hs_node='${fakeNode}'`));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.runIf(process.platform === 'linux')('heapscope from its start-up snapshot', () => {
  it('is built on Linux', () => {
    expect(usable).toBe(true);
  });

  it('runs programs as the worker thread does: output, tracebacks, exit status, stdin, versions', () => {
    const cases: [string[], string][] = [
      [['run', file('a.py', 'x = [1, 2.5, "s"]\nprint(x, id(x) % 1000, sum(range(10)))\nimport sys\nprint(sys.getrefcount(x))\n')], ''],
      [['run', '--python', '3.11', 'a.py'], ''],
      [['run', '--python=3.13', 'a.py'], ''],
      [['run', file('tb.py', 'def f():\n    return 1 / 0\nprint("before")\nf()\n')], ''],
      [['run', file('exit.py', 'import sys\nprint("out")\nprint("err", file=sys.stderr)\nsys.exit(3)\n')], ''],
      [['run', file('in.py', 'print(input("> ") + "!", input())\n')], 'abc\ndef\n'],
      [['annotate', 'a.py'], ''],
      [['annotate', '--json', 'a.py'], ''],
      [['run', 'missing.py'], ''],
      [['run', '--python', '2.7', 'a.py'], ''],
      [['a.py'], ''],
    ];
    // (annotations show the engine's time)
    const timeless = (r: Run): Run => ({ ...r, stdout: r.stdout.replace(/"engineMs": \d+/, '"engineMs": 0').replace(/ · \d+ ms · /, ' · 0 ms · ') });
    for (const [args, input] of cases) {
      const expected = timeless(withoutSnapshot(args, input));
      expect(timeless(heapscope(args, {}, input)), args.join(' ')).toEqual(expected);
      nodeStarts();
      expect(timeless(viaShell(args, {}, input)), `bin/heapscope ${args.join(' ')}`).toEqual(expected);
      // the script started the snapshot's process itself
      const starts = nodeStarts();
      expect(starts, args.join(' ')).toHaveLength(1);
      expect(starts[0], args.join(' ')).toContain('--snapshot-blob');
    }
  });

  it('runs the program in a process started from the snapshot, under the worker thread\'s stack size', async () => {
    file('loop.py', 'x = 0\nwhile True:\n    x += 1\n');
    const child = spawn(process.execPath, [bin, 'run', '--timeout', '5', '--max-steps', '0', 'loop.py'], { cwd: dir, stdio: 'ignore' });
    // a signal to heapscope reaches the snapshot's process
    const { seen, exit } = await snapshotChildThenSigterm(child);
    expect(exit).toEqual([null, 'SIGTERM']);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('--stack-size=261952');
  });

  it('starts the snapshot\'s process from bin/heapscope, which passes on signals and the exit status', async () => {
    file('loop.py', 'x = 0\nwhile True:\n    x += 1\n');
    const child = spawn(shBin, ['run', '--timeout', '5', '--max-steps', '0', 'loop.py'], { cwd: dir, stdio: 'ignore', env: shellEnv() });
    const { seen, exit } = await snapshotChildThenSigterm(child);
    expect(exit).toEqual([null, 'SIGTERM']);
    // the script's own child, with the engine's stack size
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('--stack-size=261952');
    nodeStarts();
  });

  it('hands over to bin/heapscope.js when the snapshot is not for this Node.js, this build or these options', () => {
    file('h.py', 'print("handed", 6 * 7)\n');
    const ok = { stdout: 'handed 42\n', stderr: '', status: 0 };
    const usedSnapshot = (): boolean => {
      const starts = nodeStarts();
      return starts.length === 1 && starts[0].includes('--snapshot-blob');
    };
    nodeStarts();
    expect(viaShell(['run', 'h.py'])).toEqual(ok);
    expect(usedSnapshot()).toBe(true);
    // node options for V8: bin/heapscope.js runs the worker thread
    expect(viaShell(['run', 'h.py'], { NODE_OPTIONS: '--no-warnings' })).toEqual(ok);
    expect(nodeStarts()[0]).toContain('bin/heapscope.js run h.py');
    expect(viaShell(['run', 'h.py'], { HEAPSCOPE_NO_SNAPSHOT: '1' })).toEqual(ok);
    expect(nodeStarts()[0]).toContain('bin/heapscope.js run h.py');
    // another `node` first on PATH (not the one that built the snapshot)
    const other = join(dir, 'otherbin');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'node'), `#!/bin/sh\nexec '${join(fakeBin, 'node')}' "$@"\n`, { mode: 0o755 });
    expect(viaShell(['run', 'h.py'], { PATH: `${other}:${fakeBin}:${process.env.PATH ?? ''}` })).toEqual(ok);
    expect(nodeStarts()[0]).toContain('bin/heapscope.js run h.py');
    // a blob newer than what the build wrote about it
    const sh = join(dir, 'pkg/dist/cli-snapshot.sh');
    const saved = statSync(sh).mtime;
    const blobTime = statSync(join(dir, 'pkg/dist/cli-snapshot.blob')).mtime;
    try {
      utimesSync(sh, new Date(blobTime.getTime() - 60_000), new Date(blobTime.getTime() - 60_000));
      expect(viaShell(['run', 'h.py'])).toEqual(ok);
      expect(nodeStarts()[0]).toContain('bin/heapscope.js run h.py');
    } finally {
      utimesSync(sh, saved, saved);
    }
    expect(viaShell(['run', 'h.py'])).toEqual(ok);
    expect(usedSnapshot()).toBe(true);
  });

  it('reports an engine out of JavaScript heap from bin/heapscope as the CLI does, and falls back when V8 rejects the blob', () => {
    file('m.py', 'print("fine")\n');
    expect(viaShell(['run', 'm.py'], { FAKE_NODE: 'oom' })).toEqual({ stdout: '', stderr: 'heapscope: stopped: the engine ran out of memory (its JavaScript heap)\n', status: 1 });
    expect(viaShell(['run', 'm.py'], { FAKE_NODE: 'reject' })).toEqual({ stdout: 'fine\n', stderr: '', status: 0 });
    const starts = nodeStarts();
    expect(starts).toHaveLength(3);
    expect(starts[1]).toContain('--snapshot-blob');
    expect(starts[2]).toContain('bin/heapscope.js run m.py');
    // the process's stderr file is gone in every case
    expect(readdirSync(dir).filter((f) => f.endsWith('.stderr'))).toEqual([]);
  });

  it("writes the program's stdout and stderr in program order, as the worker thread does", () => {
    // what CPython 3.12.1 -u (unbuffered) prints into one file
    const p = file('order.py', 'import sys, warnings\nprint("one")\nprint("a", end="")\nsys.stderr.write("[err]")\nprint("b")\nwarnings.warn("w")\nprint("two")\n1/0\n');
    const expected =
      `one\na[err]b\n${p}:6: UserWarning: w\n  warnings.warn("w")\ntwo\nTraceback (most recent call last):\n` +
      `  File "${p}", line 8, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n`;
    const combined = (env: Record<string, string>, shell = false): string => {
      const out = join(dir, 'combined.txt');
      const fd = openSync(out, 'w');
      try {
        const [cmd, args] = shell ? [shBin, ['run', 'order.py']] : [process.execPath, [bin, 'run', 'order.py']];
        spawnSync(cmd, args, { cwd: dir, stdio: ['ignore', fd, fd], timeout: 60_000, env: shell ? shellEnv(env) : { ...process.env, HEAPSCOPE_DEBUG: '', ...env } });
      } finally {
        closeSync(fd);
      }
      return readFileSync(out, 'utf8');
    };
    expect(combined({})).toBe(expected);
    expect(combined({ HEAPSCOPE_NO_SNAPSHOT: '1' })).toBe(expected);
    expect(combined({}, true)).toBe(expected);
  });

  it("shows the program's output while it runs", async () => {
    file('forever.py', 'import sys\nprint("first")\nprint("to stderr", file=sys.stderr)\nwhile True:\n    pass\n');
    for (const shell of [false, true]) await showsOutputWhileRunning(shell);
  }, 90_000);

  async function showsOutputWhileRunning(shell: boolean): Promise<void> {
    const child = shell
      ? spawn(shBin, ['run', '--timeout', '30', 'forever.py'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: shellEnv() })
      : spawn(process.execPath, [bin, 'run', '--timeout', '30', 'forever.py'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let exited = false;
    const exit = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    void exit.then(() => (exited = true));
    expect(await Promise.all([firstLine(child.stdout), firstLine(child.stderr)])).toEqual(['first\n', 'to stderr\n']);
    expect(exited).toBe(false);
    expect(children(child.pid as number).filter((c) => c.includes('cli-snapshot.blob'))).toHaveLength(1);
    child.kill('SIGTERM');
    await exit;
  }

  it('stops one operation that outlives the time limit', () => {
    file('bigpow.py', 'x = 12345 ** (3 * 10 ** 7)\nprint(x.bit_length())\n');
    for (const r of [heapscope(['run', '--timeout', '0.2', 'bigpow.py']), viaShell(['run', '--timeout', '0.2', 'bigpow.py'])]) {
      expect(r).toEqual({ stdout: '', stderr: expect.stringMatching(/^heapscope: stopped after 0\.2 s \(the time limit\) inside a long-running operation/) as string, status: 1 });
    }
  });

  it('runs deep native recursion as the worker thread does', () => {
    file('deep.py', 'import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return 0 if n == 0 else list(map(f, [n - 1]))[0] + 1\nprint(f(50000))\n');
    expect(heapscope(['run', '--timeout', '60', 'deep.py'])).toEqual({ stdout: '50000\n', stderr: '', status: 0 });
  });

  it('falls back to the worker thread when the snapshot does not match this Node.js or the build', () => {
    file('b.py', 'print("fallback", 6 * 7)\n');
    const meta = join(dir, 'pkg/dist/cli-snapshot.json');
    const saved = readFileSync(meta, 'utf8');
    try {
      writeFileSync(meta, saved.replace(process.version, 'v0.0.0'));
      expect(heapscope(['run', 'b.py'])).toEqual({ stdout: 'fallback 42\n', stderr: '', status: 0 });
      writeFileSync(meta, '{');
      expect(heapscope(['run', 'b.py'])).toEqual({ stdout: 'fallback 42\n', stderr: '', status: 0 });
    } finally {
      writeFileSync(meta, saved);
    }
  });

  it('falls back to the worker thread when V8 rejects the snapshot', () => {
    file('c.py', 'print("rejected", 6 * 7)\n');
    const blob = join(dir, 'pkg/dist/cli-snapshot.blob');
    const meta = join(dir, 'pkg/dist/cli-snapshot.json');
    const saved = [readFileSync(blob), readFileSync(meta, 'utf8')] as const;
    try {
      // a snapshot made with other V8 flags, which the metadata is made to accept
      const r = spawnSync(process.execPath, ['--max-semi-space-size=8', '--snapshot-blob', blob, '--build-snapshot', file('tiny.js', '')], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      const st = statSync(blob);
      writeFileSync(meta, JSON.stringify({ ...JSON.parse(saved[1]), blob: `${st.size}|${st.mtimeMs}` }));
      expect(heapscope(['run', 'c.py'])).toEqual({ stdout: 'rejected 42\n', stderr: '', status: 0 });
    } finally {
      writeFileSync(blob, saved[0]);
      const st = statSync(blob);
      writeFileSync(meta, JSON.stringify({ ...JSON.parse(saved[1]), blob: `${st.size}|${st.mtimeMs}` }));
    }
  });

  it('imports the stdlib from the compiled store beside the bundles, made by the same build, on both paths', () => {
    const dist = join(dir, 'pkg/dist');
    file('imp.py', 'import bisect\nprint(getattr(bisect, "all_feature_names", ["bisect"])[0])\n');
    try {
      writeStdlibStores(dist, 'test-build', ['3.12']);
      // bisect's entry (made for bisect's source) holds __future__'s code: a run that prints its first
      // feature's name took the module from the store
      const store = deserialize(readFileSync(stdlibStoreFile(dist, '3.12'))) as { modules: Record<string, { code: Uint8Array }> };
      store.modules.bisect.code = store.modules.__future__.code;
      writeFileSync(stdlibStoreFile(dist, '3.12'), serialize(store));
      expect(heapscope(['run', 'imp.py'])).toEqual({ stdout: 'nested_scopes\n', stderr: '', status: 0 });
      expect(withoutSnapshot(['run', 'imp.py'])).toEqual({ stdout: 'nested_scopes\n', stderr: '', status: 0 });
      // another version has no store here: compiled
      expect(heapscope(['run', '--python', '3.13', 'imp.py'])).toEqual({ stdout: 'bisect\n', stderr: '', status: 0 });
      // a store of another build is not used
      writeStdlibStores(dist, 'other-build', ['3.12']);
      expect(heapscope(['run', 'imp.py'])).toEqual({ stdout: 'bisect\n', stderr: '', status: 0 });
      expect(withoutSnapshot(['run', 'imp.py'])).toEqual({ stdout: 'bisect\n', stderr: '', status: 0 });
    } finally {
      rmSync(stdlibStoreFile(dist, '3.12'), { force: true });
    }
  }, 60_000);
});
