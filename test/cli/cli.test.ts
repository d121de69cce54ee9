/**
 * End-to-end tests of the `heapscope` command line: each spawns `node bin/heapscope.js` (the bundle
 * `npm run build` writes to dist/cli.js; built here if it is missing). Expected texts were checked
 * against CPython 3.12.1 / 3.11.7 where the output is CPython's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLine, ORDER_CPYTHON, ORDER_PROGRAM } from '../program-output';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/heapscope.js');
const fakeEngine = join(__dirname, 'fixtures/fake-engine.cjs');
let dir = '';

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function heapscope(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, HEAPSCOPE_DEBUG: '', ...opts.env },
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

let combinedRuns = 0;

/** stdout and stderr into one file, as a terminal shows them (`> out 2>&1`). */
function combined(args: string[], env: Record<string, string> = {}): { output: string; status: number | null } {
  const out = join(dir, `combined-${combinedRuns++}.txt`);
  const fd = openSync(out, 'w');
  try {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', fd, fd], timeout: 60_000, env: { ...process.env, HEAPSCOPE_DEBUG: '', ...env } });
    return { output: readFileSync(out, 'utf8'), status: r.status };
  } finally {
    closeSync(fd);
  }
}

/**
 * Start `heapscope ARGS` and wait for a first line on stdout and on stderr; `running`: the CLI had not exited
 * by then. The CLI is then stopped.
 */
async function firstLines(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; running: boolean }> {
  const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HEAPSCOPE_DEBUG: '', ...env } });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  void exit.then(() => (exited = true));
  const [stdout, stderr] = await Promise.all([firstLine(child.stdout), firstLine(child.stderr)]);
  const running = !exited;
  child.kill('SIGTERM');
  await exit;
  return { stdout, stderr, running };
}

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

beforeAll(async () => {
  // the main-thread bundle and the engine thread's (esbuild.mjs)
  for (const [entry, out] of [
    ['src/cli/main.ts', 'dist/cli.js'],
    ['src/cli/engine-thread.ts', 'dist/cli-engine.js'],
  ]) {
    if (existsSync(join(root, out))) continue;
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [join(root, entry)],
      outfile: join(root, out),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: true,
      logLevel: 'warning',
    });
  }
  dir = mkdtempSync(join(tmpdir(), 'heapscope-cli-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('heapscope run', () => {
  it('runs hello world', () => {
    file('hello.py', 'print("hello world")\n');
    expect(heapscope(['run', 'hello.py'])).toEqual({ stdout: 'hello world\n', stderr: '', status: 0 });
  });

  it('accepts a bare FILE as `run FILE`', () => {
    file('hello2.py', 'print(6 * 7)\n');
    expect(heapscope(['hello2.py'])).toEqual({ stdout: '42\n', stderr: '', status: 0 });
  });

  it('runs an empty file', () => {
    file('empty.py', '');
    expect(heapscope(['run', 'empty.py'])).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  it('exits 1 after an uncaught exception, with the traceback on stderr and the absolute path', () => {
    const p = file('zero.py', 'print("before")\n1/0\n');
    const r = heapscope(['run', 'zero.py']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n/);
    expect(r.stderr).toContain(`  File "${p}", line 2, in <module>\n`);
    expect(r.stderr.endsWith('ZeroDivisionError: division by zero\n')).toBe(true);
  });

  it("exits with sys.exit's status", () => {
    file('exit3.py', 'import sys\nsys.exit(3)\n');
    expect(heapscope(['run', 'exit3.py'])).toEqual({ stdout: '', stderr: '', status: 3 });
    file('exitmsg.py', 'import sys\nsys.exit("bye")\n');
    expect(heapscope(['run', 'exitmsg.py'])).toEqual({ stdout: '', stderr: 'bye\n', status: 1 });
  });

  it("prints CPython's syntax error with its caret", () => {
    const p = file('syntax.py', 'x = (\n');
    expect(heapscope(['run', 'syntax.py'])).toEqual({
      stdout: '',
      stderr: `  File "${p}", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n`,
      status: 1,
    });
  });

  it('reports a binary (non-UTF-8) file as CPython does', () => {
    const p = file('binary.py', new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x80]));
    expect(heapscope(['run', 'binary.py'])).toEqual({
      stdout: '',
      stderr:
        `SyntaxError: Non-UTF-8 code starting with '\\xff' in file ${p} on line 1, but no encoding declared; ` +
        'see https://peps.python.org/pep-0263/ for details\n',
      status: 1,
    });
  });

  it('reports NUL bytes as CPython does', () => {
    const p = file('nul.py', 'print(1)\0\n');
    expect(heapscope(['run', 'nul.py'])).toEqual({
      stdout: '',
      stderr: `  File "${p}", line 1\n    print(1)\nSyntaxError: source code cannot contain null bytes\n`,
      status: 1,
    });
  });

  it('exits 2 for a missing file or a directory', () => {
    expect(heapscope(['run', 'missing.py'])).toEqual({
      stdout: '',
      stderr: "heapscope: cannot read 'missing.py': No such file or directory\n",
      status: 2,
    });
    mkdirSync(join(dir, 'adir'), { recursive: true });
    expect(heapscope(['run', 'adir'])).toEqual({ stdout: '', stderr: "heapscope: cannot read 'adir': Is a directory\n", status: 2 });
  });

  it('stops an infinite loop at the step limit, naming the limit and the line', () => {
    file('loop.py', 'x = 0\nwhile True:\n    x += 1\n');
    const r = heapscope(['run', '--max-steps', '10000', 'loop.py']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^heapscope: stopped after 10,000 steps \(the step limit\) at line [23]; raise it with --max-steps\n$/);
  });

  it('stops a runaway allocation at the memory limit, naming the limit, the line and the flag', () => {
    file('grow.py', 'x = []\nwhile True:\n    x.append([0] * 100)\n');
    const r = heapscope(['run', '--max-heap-mb', '8', 'grow.py']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^heapscope: stopped when the program's heap reached 8 MiB and asked for [\d,]+ more bytes \(the memory limit, 8 MiB\) at line 3; raise it with --max-heap-mb\n$/,
    );
    expect(heapscope(['run', '--max-heap-mb', '0', 'grow.py']).stderr).toMatch(/--max-heap-mb: must be greater than 0/);
  });

  it('stops an infinite loop at the time limit, naming the limit and the line', () => {
    file('loop2.py', 'x = 0\nwhile True:\n    x += 1\n');
    const t0 = Date.now();
    const r = heapscope(['run', '--timeout', '0.5', '--max-steps', '0', 'loop2.py']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^heapscope: stopped after 0\.5 s \(the time limit\) at line [23]; raise it with --timeout\n$/);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('terminates the engine when one operation outlives the time limit', () => {
    file('bigpow.py', 'x = 12345 ** (3 * 10 ** 7)\nprint(x.bit_length())\n');
    const r = heapscope(['run', '--timeout', '0.2', 'bigpow.py']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^heapscope: stopped after 0\.2 s \(the time limit\)/);
  });

  it('turns runaway recursion into a RecursionError traceback', () => {
    const p = file('recurse.py', 'def f(n):\n    return f(n + 1)\n\nf(0)\n');
    const r = heapscope(['run', 'recurse.py']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`  File "${p}", line 2, in f\n`);
    expect(r.stderr).toContain('  [Previous line repeated 996 more times]\n');
    expect(r.stderr.endsWith('RecursionError: maximum recursion depth exceeded\n')).toBe(true);
    expect(r.stderr).not.toMatch(/at \S+ \(.*\.js:\d+/);
  });

  it('models the version chosen with --python', () => {
    file('version.py', 'import sys\nprint(sys.version_info[:2])\n');
    expect(heapscope(['run', '--python', '3.11', 'version.py']).stdout).toBe('(3, 11)\n');
    expect(heapscope(['run', '--python=3.13', 'version.py']).stdout).toBe('(3, 13)\n');
    expect(heapscope(['run', 'version.py']).stdout).toBe('(3, 12)\n');
  });

  it('feeds piped stdin and --stdin-file to input()', () => {
    file('echo.py', 'a = input()\nb = input("> ")\nprint(a + "!", b)\n');
    expect(heapscope(['run', 'echo.py'], { input: 'abc\ndef\n' })).toEqual({ stdout: '> abc! def\n', stderr: '', status: 0 });
    file('in.txt', 'x\ny\n');
    expect(heapscope(['run', '--stdin-file', 'in.txt', 'echo.py'])).toEqual({ stdout: '> x! y\n', stderr: '', status: 0 });
    const r = heapscope(['run', '--stdin-file', 'nothere.txt', 'echo.py']);
    expect(r).toEqual({ stdout: '', stderr: "heapscope: cannot read 'nothere.txt': No such file or directory\n", status: 2 });
  });

  it('waits for piped stdin that arrives after the start', async () => {
    file('late.py', 'print(input() + "!")\n');
    const child = spawn(process.execPath, [bin, 'run', 'late.py'], { cwd: dir, env: { ...process.env, HEAPSCOPE_DEBUG: '' } });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    // the writer is slower than heapscope's start-up: the pipe is empty when the CLI first reads it
    setTimeout(() => child.stdin.end('late\n'), 1500);
    const status = await new Promise<number | null>((done) => child.on('close', done));
    expect({ stdout, status }).toEqual({ stdout: 'late!\n', status: 0 });
  });

  it('reports EOFError when input() has nothing to read', () => {
    file('eof.py', 'input()\n');
    const r = heapscope(['run', 'eof.py']);
    expect(r.status).toBe(1);
    expect(r.stderr.endsWith('EOFError: EOF when reading a line\n')).toBe(true);
  });
});

describe('start-up', () => {
  it('keeps the engine out of the main thread: dist/cli.js starts dist/cli-engine.js in its worker', () => {
    const main = readFileSync(join(root, 'dist/cli.js'), 'utf8');
    const engine = readFileSync(join(root, 'dist/cli-engine.js'), 'utf8');
    // (string literals survive a minified production build)
    expect(engine).toContain('maximum recursion depth exceeded');
    expect(main).not.toContain('maximum recursion depth exceeded');
    expect(main.length).toBeLessThan(engine.length / 20);
  });

  it('loads the engine bundle with a V8 code cache, written by the first run', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'heapscope-cache-'));
    try {
      file('cached.py', 'print("cached")\n');
      // (the worker thread's way: the start-up snapshot, when built, has no code cache; test/cli/snapshot.test.ts)
      const env = { HEAPSCOPE_CACHE_DIR: tmp, HEAPSCOPE_NO_SNAPSHOT: '1' };
      for (let i = 0; i < 2; i++) expect(heapscope(['run', 'cached.py'], { env })).toEqual({ stdout: 'cached\n', stderr: '', status: 0 });
      const files = readdirSync(join(tmp, 'v8-code-cache')).map((f) => f.replace(/-[0-9a-f]+\.bin$/, ''));
      // (the small main-thread bundle compiles faster than its cache would load: bin/heapscope.js)
      expect(files).toEqual(['cli-engine.js']);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('ignores a damaged or stale code cache and rewrites it', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'heapscope-cache-'));
    try {
      file('cached2.py', 'print("still runs")\n');
      const env = { HEAPSCOPE_CACHE_DIR: tmp, HEAPSCOPE_NO_SNAPSHOT: '1' };
      const ok = { stdout: 'still runs\n', stderr: '', status: 0 };
      expect(heapscope(['run', 'cached2.py'], { env })).toEqual(ok);
      const dir = join(tmp, 'v8-code-cache');
      const engineCache = join(dir, readdirSync(dir).find((f) => f.startsWith('cli-engine.js-'))!);
      const good = readFileSync(engineCache);
      const damage = (f: (b: Buffer) => Buffer): void => writeFileSync(engineCache, f(Buffer.from(good)));
      const cases: [string, (b: Buffer) => Buffer][] = [
        // one flipped bit in V8's data: V8 itself accepts it and crashes, the checksum catches it
        ['bit flip', (b) => ((b[b.length >> 1] ^= 0x20), b)],
        ['truncated', (b) => b.subarray(0, b.length >> 1)],
        ['empty', () => Buffer.alloc(0)],
        ['garbage', (b) => b.fill(0x41)],
        // an entry of another build of the bundle (its size and mtime are in the header)
        ['stale', (b) => Buffer.from(b.toString('latin1').replace(/ (\d+)\|/, ' 1$1|'), 'latin1')],
      ];
      for (const [what, f] of cases) {
        damage(f);
        expect([what, heapscope(['run', 'cached2.py'], { env })]).toEqual([what, ok]);
        // rewritten by that run: the next one uses it
        const rewritten = readFileSync(engineCache);
        expect([what, rewritten.toString('latin1', 0, 21), rewritten.length > good.length / 2]).toEqual([what, 'heapscope-v8-cache-1 ', true]);
      }
      expect(heapscope(['run', 'cached2.py'], { env })).toEqual(ok);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('usage', () => {
  it('prints --help and --version', () => {
    const h = heapscope(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('usage: heapscope run [options] FILE');
    expect(h.stdout).toContain('--max-steps N');
    const v = heapscope(['--version']);
    expect(v.status).toBe(0);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(v.stdout).toMatch(new RegExp(`^heapscope ${pkg.version.replace(/\./g, '\\.')}\\b`));
  });

  it('exits 2 with a clear message for usage errors', () => {
    for (const [args, message] of [
      [[], 'missing FILE'],
      [['run'], 'run: missing FILE'],
      [['run', '--frobnicate', 'x.py'], "unrecognized option '--frobnicate'"],
      [['run', '--python', '3.10', 'x.py'], "argument --python: unsupported version '3.10'"],
      [['run', '--max-steps', 'lots', 'x.py'], "argument --max-steps: invalid value 'lots'"],
      [['run', '--timeout'], 'argument --timeout: expected a number of seconds'],
      [['run', 'a.py', 'b.py'], "unexpected argument 'b.py'"],
      [['report', 'x.py'], 'report: missing -o REPORT.html'],
    ] as const) {
      const r = heapscope([...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`heapscope: error: ${message}`);
    }
  });
});

describe('annotate and report', () => {
  it('annotate and report are feature-detected in the real engine', () => {
    file('ann.py', 'x = [1, 2]\nprint(len(x))\n');
    for (const args of [['annotate', 'ann.py'], ['report', 'ann.py', '-o', 'out.html']]) {
      const r = heapscope(args);
      if (r.status === 2) expect(r.stderr).toMatch(/^heapscope: '(annotate|report)' is not available yet/);
      else expect(r.status, r.stderr).toBe(0);
    }
  });

  it('annotate prints the source with per-line activity (engine with analyze)', () => {
    file('ann2.py', 'items = []\n# comment\nfor i in range(10): items.append(str(i))\n');
    const r = heapscope(['annotate', 'ann2.py'], { env: { HEAPSCOPE_ENGINE_OVERRIDE: fakeEngine } });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^1 {2}items = \[\] +▸ \+1 obj \+56 B · list \+1$/);
    expect(lines[1]).toBe('2  # comment');
    expect(lines[2]).toMatch(/^3 {2}for i in range\(10\): items\.append\(str\(i\)\) {2}▸ \+10 obj \+320 B · −9 obj −288 B · ×10 · gc ×1$/);
    expect(r.stdout).toContain('Python 3.12 · peak 2 KiB · live at exit 3 obj 120 B · gc ×1 · 1,234 steps');
    expect(r.stdout).toContain('── program output ──\nhi\n');
  });

  it('annotate --json prints the analysis', () => {
    const r = heapscope(['annotate', '--json', '--python', '3.13', 'ann2.py'], { env: { HEAPSCOPE_ENGINE_OVERRIDE: fakeEngine } });
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as { version: string; lines: unknown[] };
    expect(j.version).toBe('3.13');
    expect(j.lines).toHaveLength(2);
  });

  it('report writes the HTML file', () => {
    const r = heapscope(['report', 'ann2.py', '-o', 'report.html'], { env: { HEAPSCOPE_ENGINE_OVERRIDE: fakeEngine } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('heapscope: wrote report.html\n');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n/);
    expect(html).toContain('<title>heapscope report: ann2.py</title>');
    const data = /<script type="application\/json" id="heapscope-report-data">(.*?)<\/script>/s.exec(html);
    expect(JSON.parse(data![1])).toMatchObject({ schema: 'heapscope.report/1', run: { version: '3.12', file: join(dir, 'ann2.py') }, snapshot: { position: 0 } });
  });
});

describe("the program's output", () => {
  // the snapshot's process (when the build made one: `npm run build`) and the worker thread
  for (const [path, env] of [
    ['default', {}],
    ['worker thread', { HEAPSCOPE_NO_SNAPSHOT: '1' }],
  ] as const) {
    it(`is written in program order, stdout and stderr together (${path})`, () => {
      const p = file('order.py', ORDER_PROGRAM);
      expect(combined(['run', 'order.py'], env)).toEqual({ output: ORDER_CPYTHON.replaceAll('FILE', p), status: 1 });
    });

    it.runIf(process.platform !== 'win32')(`is in program order through one pipe (${path})`, () => {
      const p = file('order.py', ORDER_PROGRAM);
      const r = spawnSync('/bin/sh', ['-c', 'exec "$@" 2>&1', 'sh', process.execPath, bin, 'run', 'order.py'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, HEAPSCOPE_DEBUG: '', ...env } });
      expect(r.stdout).toBe(ORDER_CPYTHON.replaceAll('FILE', p));
    });

    it(`shows while the program runs (${path})`, async () => {
      file('forever.py', 'import sys\nprint("first")\nprint("to stderr", file=sys.stderr)\nwhile True:\n    pass\n');
      expect(await firstLines(['run', '--timeout', '30', 'forever.py'], env)).toEqual({ stdout: 'first\n', stderr: 'to stderr\n', running: true });
    }, 60_000);
  }

  it("an engine bug's message comes after the output the engine wrote before it (exit 70)", () => {
    file('streamed.py', 'STREAMED_INTERNAL = 1\n');
    const r = combined(['run', 'streamed.py'], { HEAPSCOPE_ENGINE_OVERRIDE: fakeEngine });
    expect(r.status).toBe(70);
    expect(r.output).toMatch(/^streamed\nwarned\nheapscope: internal error: RangeError: boom\nThis is a bug in heapscope/);
  });
});

describe('internal errors', () => {
  it('an engine crash prints no JavaScript stack and exits 70', () => {
    file('crash.py', 'CRASH = 1\n');
    const r = heapscope(['run', 'crash.py'], { env: { HEAPSCOPE_ENGINE_OVERRIDE: fakeEngine } });
    expect(r.status).toBe(70);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^heapscope: internal error: TypeError: Cannot read properties of undefined \(reading 'ob_type'\)\n/);
    expect(r.stderr).not.toMatch(/\.(js|cjs):\d+/);
  });

  it("an internal error the engine caught itself also exits 70, after the program's output", () => {
    file('internal.py', 'ENGINE_INTERNAL = 1\n');
    const r = heapscope(['run', 'internal.py'], { env: { HEAPSCOPE_ENGINE_OVERRIDE: fakeEngine } });
    expect(r.status).toBe(70);
    expect(r.stdout).toBe('partial\n');
    expect(r.stderr).toMatch(/^heapscope: internal error: RangeError: boom\n/);
  });
});
