/**
 * Conformance harness helpers: case discovery, expectation files, known failures, comparison and a compact
 * line diff. Used by conformance.test.ts; see README.md in this folder for the design.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const VERSIONS = ['3.11', '3.12', '3.13'] as const;
export type Version = (typeof VERSIONS)[number];

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CASES_DIR = path.join(HERE, 'cases');
export const KNOWN_FAILURES_FILE = path.join(HERE, 'known-failures.json');

export interface Expectation {
  stdout: string;
  stderr: string;
  exit: number;
}

export type StderrMode = 'last-line' | 'full';

export interface ExpectationFile {
  versions: Partial<Record<Version, Expectation>>;
  compareStderr: StderrMode;
}

export interface ConformanceCase {
  /** `suite/name`, e.g. `core/closures`. */
  id: string;
  suite: string;
  name: string;
  pyFile: string;
  expectedFile: string;
  /** The filename the engine is given; the update script stores CPython's output with this path. */
  filename: string;
  source: string;
  stdin: string;
}

export function listCases(dir: string = CASES_DIR): ConformanceCase[] {
  const cases: ConformanceCase[] = [];
  if (!existsSync(dir)) return cases;
  for (const suite of readdirSync(dir).sort()) {
    const suiteDir = path.join(dir, suite);
    if (!statSync(suiteDir).isDirectory()) continue;
    for (const file of readdirSync(suiteDir).sort()) {
      if (!file.endsWith('.py')) continue;
      const name = file.slice(0, -3);
      const stdinFile = path.join(suiteDir, `${name}.stdin`);
      cases.push({
        id: `${suite}/${name}`,
        suite,
        name,
        pyFile: path.join(suiteDir, file),
        expectedFile: path.join(suiteDir, `${name}.expected.json`),
        filename: `$DIR/${name}.py`,
        source: readFileSync(path.join(suiteDir, file), 'utf8'),
        stdin: existsSync(stdinFile) ? readFileSync(stdinFile, 'utf8') : '',
      });
    }
  }
  return cases;
}

function isExpectation(v: unknown): v is Expectation {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.stdout === 'string' && typeof o.stderr === 'string' && typeof o.exit === 'number';
}

/** Reads `<name>.expected.json`; throws a readable error when it is missing or malformed. */
export function readExpectation(c: ConformanceCase): ExpectationFile {
  if (!existsSync(c.expectedFile))
    throw new Error(`${c.id}: no expectation file; generate it with: npm run conformance:update -- ${c.id}`);
  const raw = JSON.parse(readFileSync(c.expectedFile, 'utf8')) as Record<string, unknown>;
  const versions: Partial<Record<Version, Expectation>> = {};
  for (const v of VERSIONS) {
    const e = raw[v];
    if (e === undefined) continue;
    if (!isExpectation(e)) throw new Error(`${c.id}: malformed "${v}" entry in ${path.basename(c.expectedFile)}`);
    versions[v] = e;
  }
  const mode = raw.compareStderr ?? 'last-line';
  if (mode !== 'last-line' && mode !== 'full') throw new Error(`${c.id}: compareStderr must be "full" or "last-line"`);
  return { versions, compareStderr: mode };
}

// ---------------------------------------------------------------------------------------------
// Known failures

export interface KnownFailure {
  versions: readonly Version[];
  reason: string;
}

export interface KnownFailures {
  entries: Map<string, KnownFailure>;
  /** Problems with the file itself (missing reason, unknown case, bad versions); reported by a test. */
  problems: string[];
}

export function readKnownFailures(caseIds: ReadonlySet<string>, file: string = KNOWN_FAILURES_FILE): KnownFailures {
  const entries = new Map<string, KnownFailure>();
  const problems: string[] = [];
  if (!existsSync(file)) return { entries, problems };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { entries, problems: [`known-failures.json is not valid JSON: ${(e as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { entries, problems: ['known-failures.json must be an object mapping "suite/name" to { versions, reason }'] };
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (id.startsWith('$') || id.startsWith('//')) continue; // room for a "$comment" key
    if (typeof value !== 'object' || value === null) {
      problems.push(`${id}: entry must be an object { "versions": [...] | "all", "reason": "..." }`);
      continue;
    }
    const o = value as Record<string, unknown>;
    let ok = true;
    if (typeof o.reason !== 'string' || o.reason.trim() === '') {
      problems.push(`${id}: missing "reason" (say why it fails and what would fix it)`);
      ok = false;
    }
    if (!caseIds.has(id)) {
      problems.push(`${id}: no such conformance case (stale entry? the key is "suite/name")`);
      ok = false;
    }
    let versions: Version[] = [];
    if (o.versions === 'all') versions = [...VERSIONS];
    else if (Array.isArray(o.versions) && o.versions.length > 0 && o.versions.every((v) => (VERSIONS as readonly unknown[]).includes(v)))
      versions = o.versions as Version[];
    else {
      problems.push(`${id}: "versions" must be "all" or a non-empty list of ${VERSIONS.map((v) => `"${v}"`).join(', ')}`);
      ok = false;
    }
    if (ok) entries.set(id, { versions, reason: o.reason as string });
  }
  return { entries, problems };
}

// ---------------------------------------------------------------------------------------------
// Comparison

export interface Actual {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The last line of a stream, ignoring the final newline(s): for a traceback, `Type: message`. */
export function lastLine(s: string): string {
  const trimmed = s.replace(/\n+$/, '');
  const i = trimmed.lastIndexOf('\n');
  return i < 0 ? trimmed : trimmed.slice(i + 1);
}

/** Human-readable mismatches between CPython's output and the engine's; empty when they conform. */
export function compare(expected: Expectation, actual: Actual, mode: StderrMode): string[] {
  const out: string[] = [];
  if (actual.stdout !== expected.stdout) out.push(`stdout differs (- CPython, + heapscope):\n${unifiedDiff(expected.stdout, actual.stdout)}`);
  if (actual.exitCode !== expected.exit) out.push(`exit status: CPython ${expected.exit}, heapscope ${actual.exitCode}`);
  if (mode === 'full') {
    if (actual.stderr !== expected.stderr) out.push(`stderr differs (- CPython, + heapscope):\n${unifiedDiff(expected.stderr, actual.stderr)}`);
  } else {
    const want = lastLine(expected.stderr);
    const got = lastLine(actual.stderr);
    if (want !== got) out.push(`last line of stderr:\n  CPython:   ${JSON.stringify(want)}\n  heapscope: ${JSON.stringify(got)}`);
  }
  if (out.length && mode !== 'full' && actual.stderr !== '' && (actual.exitCode !== expected.exit || lastLine(actual.stderr) !== lastLine(expected.stderr)))
    out.push(`heapscope stderr (tail):\n${tail(actual.stderr, 12)}`);
  return out;
}

function tail(s: string, n: number): string {
  const lines = s.replace(/\n+$/, '').split('\n');
  const shown = lines.slice(-n).map((l) => `  | ${l}`);
  return (lines.length > n ? `  | ... (${lines.length - n} more lines)\n` : '') + shown.join('\n');
}

/** Normalises an audit hook's result into a list of problems (empty = fine). */
export function auditProblems(result: unknown): string[] {
  if (result === undefined || result === null || result === true) return [];
  if (result === false) return ['audit failed'];
  if (typeof result === 'string') return result.trim() === '' ? [] : [result];
  if (Array.isArray(result)) return result.map((p) => (typeof p === 'string' ? p : JSON.stringify(p)));
  if (typeof result === 'object') {
    const problems = (result as Record<string, unknown>).problems;
    if (problems !== undefined) return auditProblems(problems);
    const ok = (result as Record<string, unknown>).ok;
    if (ok === true) return [];
  }
  return [`audit returned something unrecognised: ${JSON.stringify(result)}`];
}

// ---------------------------------------------------------------------------------------------
// Compact unified diff of lines

type Op = { kind: ' ' | '-' | '+'; text: string };

function splitLines(s: string): string[] {
  if (s === '') return [];
  const lines = s.split('\n');
  // "a\nb\n" -> ["a", "b"]; "a\nb" -> ["a", "b⟨no newline at end⟩"]
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += ' ⟨no newline at end⟩';
  return lines;
}

function diffOps(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = a.slice(0, start).map((text) => ({ kind: ' ', text }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length <= 4_000_000) {
    // LCS table on the differing middle.
    const n = midA.length;
    const m = midB.length;
    const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--) dp[i][j] = midA[i] === midB[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        ops.push({ kind: ' ', text: midA[i++] });
        j++;
      } else if (j < m && (i === n || dp[i][j + 1] >= dp[i + 1][j])) ops.push({ kind: '+', text: midB[j++] });
      else ops.push({ kind: '-', text: midA[i++] });
    }
  } else {
    for (const text of midA) ops.push({ kind: '-', text });
    for (const text of midB) ops.push({ kind: '+', text });
  }
  for (const text of a.slice(endA)) ops.push({ kind: ' ', text });
  return ops;
}

/** A compact unified diff (2 lines of context, at most `maxLines` lines) of expected (-) vs actual (+). */
export function unifiedDiff(expected: string, actual: string, context = 2, maxLines = 60): string {
  const ops = diffOps(splitLines(expected), splitLines(actual));
  const show = new Array<boolean>(ops.length).fill(false);
  ops.forEach((op, k) => {
    if (op.kind === ' ') return;
    for (let d = Math.max(0, k - context); d <= Math.min(ops.length - 1, k + context); d++) show[d] = true;
  });
  const lines: string[] = [];
  let aLine = 1;
  let bLine = 1;
  let k = 0;
  while (k < ops.length) {
    if (!show[k]) {
      if (ops[k].kind !== '+') aLine++;
      if (ops[k].kind !== '-') bLine++;
      k++;
      continue;
    }
    let end = k;
    while (end < ops.length && show[end]) end++;
    const hunk = ops.slice(k, end);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    lines.push(`  @@ -${aLine},${aCount} +${bLine},${bCount} @@`);
    for (const o of hunk) lines.push(`  ${o.kind} ${o.text}`);
    aLine += aCount;
    bLine += bCount;
    k = end;
  }
  if (lines.length === 0) return '  (no line differences: the outputs differ only in a final newline)';
  if (lines.length > maxLines) return [...lines.slice(0, maxLines), `  ... (${lines.length - maxLines} more diff lines)`].join('\n');
  return lines.join('\n');
}
