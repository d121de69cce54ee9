#!/usr/bin/env node
// Regenerates the conformance expectations: runs every program under
// test/conformance/cases/<suite>/<name>.py on real CPython 3.11, 3.12 and 3.13 (found through pyenv)
// and writes <name>.expected.json beside it. This script is the only writer of those files.
//
//   npm run conformance:update                    all cases
//   npm run conformance:update -- core/ errors/   only cases whose "suite/name" contains a filter
//   npm run conformance:update -- --check         also run each program a second time and fail on any difference
//
// See test/conformance/README.md.
// Node globals are imported explicitly: the repository's eslint config defines no Node globals for .mjs files.
import { Buffer } from 'node:buffer';
import { spawn, execFileSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { assertCleanSitePackages, cleanEnv } from './oracle-env.mjs';

const VERSIONS = ['3.11', '3.12', '3.13'];
/** The patch releases the committed expectations were generated with (other patches usually agree; a warning is printed). */
const REFERENCE_PATCH = { '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };
const TIMEOUT_MS = 20_000;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CASES_DIR = path.join(ROOT, 'test', 'conformance', 'cases');
/** Placeholder for the program's folder in stored output; the engine runs programs as `$DIR/<name>.py`. */
const DIR_PLACEHOLDER = '$DIR/';
/** Placeholder for the interpreter's standard-library folder (keeps machine paths out of expectations). */
const STDLIB_PLACEHOLDER = '$STDLIB/';
/** Header directive: `# conformance: compare-stderr=full` (see README). */
const DIRECTIVE_RE = /^#\s*conformance:\s*(.*)$/;

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = { filters: [], check: false, jobs: Math.max(1, Math.min(availableParallelism(), 8)) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') opts.check = true;
    else if (a === '--jobs' || a === '-j') opts.jobs = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run conformance:update -- [--check] [--jobs N] [filter ...]');
      console.log('  filter: substring of "suite/name", e.g. core/ or errors/uncaught_keyerror');
      process.exit(0);
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else opts.filters.push(normaliseFilter(a));
  }
  return opts;
}

/** Accepts `core/closures`, `core/`, or a path such as test/conformance/cases/core/closures.py. */
function normaliseFilter(f) {
  let s = f.replace(/\\/g, '/');
  const marker = 'test/conformance/cases/';
  const at = s.indexOf(marker);
  if (at >= 0) s = s.slice(at + marker.length);
  s = s.replace(/\.expected\.json$/, '').replace(/\.(py|stdin)$/, '');
  return s;
}

// ---------------------------------------------------------------------------------------------
// Interpreters

function pyenvRoot() {
  try {
    const out = execFileSync('pyenv', ['root'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (out) return out;
  } catch {
    /* fall through */
  }
  return process.env.PYENV_ROOT || path.join(homedir(), '.pyenv');
}

function comparePatch(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

function findInterpreter(version, root) {
  const envName = `HEAPSCOPE_PYTHON_${version.replace('.', '_')}`;
  const override = process.env[envName];
  if (override) {
    if (!existsSync(override)) throw new Error(`${envName}=${override} does not exist`);
    return override;
  }
  const versionsDir = path.join(root, 'versions');
  const re = new RegExp(`^${version.replace('.', '\\.')}\\.\\d+$`);
  const candidates = existsSync(versionsDir) ? readdirSync(versionsDir).filter((d) => re.test(d)).sort(comparePatch) : [];
  for (const dir of candidates.reverse()) {
    const exe = path.join(versionsDir, dir, 'bin', `python${version}`);
    if (existsSync(exe)) return exe;
  }
  throw new Error(
    `CPython ${version} was not found (looked for ${versionsDir}/${version}.*/bin/python${version}).\n` +
      `  Install it with:  pyenv install ${REFERENCE_PATCH[version]}   (the release the committed expectations were made with)\n` +
      `  or point ${envName} at a python${version} executable.`,
  );
}


function describeInterpreter(exe) {
  assertCleanSitePackages(exe);
  const code = 'import sys, sysconfig; print(".".join(map(str, sys.version_info[:3]))); print(sysconfig.get_paths()["stdlib"])';
  const out = execFileSync(exe, ['-s', '-c', code], { encoding: 'utf8', env: cleanEnv() }).trim().split('\n');
  return { exe, patch: out[0], stdlib: out[1] };
}

// ---------------------------------------------------------------------------------------------
// Cases

function listCases() {
  const cases = [];
  if (!existsSync(CASES_DIR)) return cases;
  for (const suite of readdirSync(CASES_DIR).sort()) {
    const suiteDir = path.join(CASES_DIR, suite);
    if (!statSync(suiteDir).isDirectory()) continue;
    for (const file of readdirSync(suiteDir).sort()) {
      if (!file.endsWith('.py')) continue;
      const name = file.slice(0, -3);
      cases.push({ suite, name, id: `${suite}/${name}`, dir: suiteDir, file: path.join(suiteDir, file) });
    }
  }
  return cases;
}

function readDirectives(source) {
  const directives = {};
  for (const line of source.split('\n').slice(0, 10)) {
    const m = DIRECTIVE_RE.exec(line.trim());
    if (!m) continue;
    for (const part of m[1].split(/[\s,]+/).filter(Boolean)) {
      const [key, value] = part.split('=');
      if (key === 'compare-stderr' && (value === 'full' || value === 'last-line')) directives.compareStderr = value;
      else throw new Error(`unknown conformance directive "${part}" (known: compare-stderr=full|last-line)`);
    }
  }
  return directives;
}

function replaceAll(s, from, to) {
  return from ? s.split(from).join(to) : s;
}

function normalise(text, c, interp) {
  let s = text.replace(/\r\n/g, '\n');
  s = replaceAll(s, c.dir + path.sep, DIR_PLACEHOLDER);
  s = replaceAll(s, interp.stdlib + path.sep, STDLIB_PLACEHOLDER);
  return s;
}

/**
 * stderr only: object addresses (e.g. "Exception ignored in: <function C.__del__ at 0x7f...>") would make
 * every regeneration differ; they become ADDRESS_PLACEHOLDER. stdout is never rewritten (an address there is an error).
 */
const ADDRESS_RE = /\bat 0x[0-9a-fA-F]+>/g;
const ADDRESS_PLACEHOLDER = 'at 0x...>';

function runOnce(c, interp, stdin) {
  return new Promise((resolve) => {
    const child = spawn(interp.exe, ['-s', c.file], { cwd: c.dir, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.stdin.on('error', () => {}); // the program may exit without reading its stdin
    child.stdin.end(stdin);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: normalise(Buffer.concat(out).toString('utf8'), c, interp),
        stderr: normalise(Buffer.concat(err).toString('utf8'), c, interp).replace(ADDRESS_RE, ADDRESS_PLACEHOLDER),
        exit: code,
        signal,
        timedOut,
      });
    });
  });
}

/** Things that make an expectation useless: a crash, a timeout, or output that will differ on every machine/run. */
function problemsOf(r, version, interp, directives) {
  const problems = [];
  if (r.timedOut) problems.push(`${version}: timed out after ${TIMEOUT_MS} ms`);
  else if (r.signal) problems.push(`${version}: killed by signal ${r.signal}`);
  const both = r.stdout + r.stderr;
  if (/\b0x[0-9a-fA-F]{6,}>/.test(r.stdout)) problems.push(`${version}: stdout contains a memory address ("at 0x...")`);
  if (directives.compareStderr === 'full' && r.stderr.includes(ADDRESS_PLACEHOLDER))
    problems.push(`${version}: stderr contains a memory address, so it cannot be compared in full`);
  for (const p of [ROOT, path.dirname(path.dirname(path.dirname(interp.stdlib)))])
    if (both.includes(p)) problems.push(`${version}: output contains a machine-specific path (${p}) that was not normalised`);
  return problems;
}

async function processCase(c, interps, opts) {
  const source = readFileSync(c.file, 'utf8');
  const directives = readDirectives(source);
  const stdinFile = path.join(c.dir, `${c.name}.stdin`);
  const stdin = existsSync(stdinFile) ? readFileSync(stdinFile) : Buffer.alloc(0);
  const result = {};
  const problems = [];
  const warnings = [];
  for (const version of VERSIONS) {
    const interp = interps[version];
    const r = await runOnce(c, interp, stdin);
    problems.push(...problemsOf(r, version, interp, directives));
    if (opts.check) {
      const again = await runOnce(c, interp, stdin);
      if (again.stdout !== r.stdout || again.stderr !== r.stderr || again.exit !== r.exit)
        problems.push(`${version}: output differs between two runs (nondeterministic program)`);
    }
    if (r.exit === 0 && r.stderr !== '') warnings.push(`${version}: exit 0 but wrote to stderr`);
    result[version] = { stdout: r.stdout, stderr: r.stderr, exit: r.exit };
  }
  if (directives.compareStderr) result.compareStderr = directives.compareStderr;
  const target = path.join(c.dir, `${c.name}.expected.json`);
  if (problems.length) return { c, status: 'error', problems, warnings };
  const text = JSON.stringify(result, null, 2) + '\n';
  const old = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (old === text) return { c, status: 'unchanged', problems, warnings };
  writeFileSync(target, text);
  return { c, status: old === null ? 'created' : 'updated', problems, warnings };
}

async function pool(items, jobs, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const root = pyenvRoot();
  const interps = {};
  const missing = [];
  for (const v of VERSIONS) {
    try {
      interps[v] = describeInterpreter(findInterpreter(v, root));
    } catch (e) {
      missing.push(e.message);
    }
  }
  if (missing.length) {
    console.error('conformance:update: cannot run, CPython interpreters are missing:\n');
    for (const m of missing) console.error(m + '\n');
    process.exit(2);
  }
  console.log(`conformance:update: ${VERSIONS.map((v) => `CPython ${interps[v].patch}`).join(', ')}`);
  for (const v of VERSIONS)
    if (interps[v].patch !== REFERENCE_PATCH[v])
      console.warn(`warning: using CPython ${interps[v].patch}; the committed expectations were made with ${REFERENCE_PATCH[v]} (messages can differ between patch releases)`);

  const all = listCases();
  const cases = opts.filters.length ? all.filter((c) => opts.filters.some((f) => c.id.includes(f))) : all;
  if (!cases.length) {
    console.error(`conformance:update: no case matches ${opts.filters.map((f) => JSON.stringify(f)).join(', ') || '(no cases at all)'}`);
    process.exit(2);
  }

  // Orphans: an expectation without its program (reported, never deleted).
  for (const suite of new Set(all.map((c) => c.suite))) {
    const dir = path.join(CASES_DIR, suite);
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.expected.json') && !existsSync(path.join(dir, f.replace(/\.expected\.json$/, '.py'))))
        console.warn(`warning: ${suite}/${f} has no program beside it`);
    }
  }

  const results = await pool(cases, opts.jobs, (c) => processCase(c, interps, opts));
  const counts = { created: 0, updated: 0, unchanged: 0, error: 0 };
  for (const r of results) {
    counts[r.status]++;
    if (r.status === 'created' || r.status === 'updated') console.log(`  ${r.status.padEnd(9)} ${r.c.id}`);
    for (const w of r.warnings) console.warn(`  warning   ${r.c.id}: ${w}`);
    for (const p of r.problems) console.error(`  ERROR     ${r.c.id}: ${p}`);
  }
  console.log(
    `conformance:update: ${cases.length} case(s): ${counts.created} created, ${counts.updated} updated, ` +
      `${counts.unchanged} unchanged, ${counts.error} failed`,
  );
  if (counts.error) {
    console.error('conformance:update: the failed cases were not written; fix the programs and run again.');
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e instanceof UsageError ? `conformance:update: ${e.message}` : e);
  process.exit(2);
});
