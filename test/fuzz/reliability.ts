/**
 * `node scripts/fuzz.mjs --reliability`: feeds the engine the hostile and broken inputs of the README's
 * reliability table and prints that table (markdown) with what happened and the measured time, next to what
 * CPython 3.12 does with the same file (when pyenv has it). Each program runs in an EnginePool worker, so a
 * crash or a hang is reported instead of taking the script down. Bytes go through decodeSource first, as
 * the CLI and the extension do.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EnginePool } from '../conformance/pool';
import { lastLine } from '../conformance/harness';
import { decodeSource, formatSyntaxError } from '../../src/engine/parser/index';
import { findPythons } from './harness';

interface Input {
  name: string;
  /** the file's bytes */
  bytes: Uint8Array;
  /** the limit that applies (for the table) */
  limit: string;
  /** compare with CPython (false for inputs CPython would run for ever or fill the disk with) */
  cpython: boolean;
}

const enc = (s: string) => new TextEncoder().encode(s);
const FILENAME = '/reliability/input.py';
const ROOT = path.resolve(__dirname, '../..');

function inputs(): Input[] {
  const bank = readFileSync(path.join(ROOT, 'test/conformance/cases/realistic/bank_accounts.py'), 'utf8');
  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) big += `v${i} = [${i}, "${'s'.repeat(i % 40)}", {${i}: ${i * 2}}]\nif v${i}[0] % 1000 == 0:\n    print(len(v${i}))\n`;
  const nested = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}if True:\n`).join('') + ' '.repeat(1000) + 'pass\n';
  return [
    { name: 'empty file', bytes: new Uint8Array(0), limit: '-', cpython: true },
    { name: 'binary file (4 KB of random bytes)', bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) & 0xff), limit: '-', cpython: true },
    { name: 'invalid UTF-8', bytes: Uint8Array.from([...enc('x = 1\ns = "caf'), 0xe9, ...enc('"\n')]), limit: '-', cpython: true },
    { name: 'NUL byte', bytes: enc('x = 1\ny = 2\0\n'), limit: '-', cpython: true },
    { name: 'mixed tabs and spaces', bytes: enc('if True:\n\tx = 1\n        y = 2\nprint(x, y)\n'), limit: '-', cpython: true },
    { name: '10,000 nested brackets', bytes: enc('x = ' + '('.repeat(10_000) + ')'.repeat(10_000) + '\n'), limit: "parser's nesting limit (200 parentheses)", cpython: true },
    { name: '1,000 nested blocks', bytes: enc(nested), limit: 'indentation limit (100 levels)', cpython: true },
    { name: `1 MB source (${big.split('\n').length} lines)`, bytes: enc(big), limit: '-', cpython: true },
    { name: 'very long line (1 MB string literal)', bytes: enc(`s = "${'x'.repeat(1_000_000)}"\nprint(len(s))\n`), limit: '-', cpython: true },
    { name: 'very long line (100,000-element list)', bytes: enc(`l = [${Array.from({ length: 100_000 }, (_, i) => i).join(', ')}]\nprint(sum(l))\n`), limit: '-', cpython: true },
    { name: 'runaway loop', bytes: enc('n = 0\nwhile True:\n    n += 1\n'), limit: 'steps (50,000,000) / time (10 s)', cpython: false },
    { name: 'deep recursion', bytes: enc('def f(n):\n    return f(n + 1)\nf(0)\n'), limit: 'recursion (sys.getrecursionlimit(), 1000)', cpython: true },
    { name: 'huge allocation (list of 10**10)', bytes: enc('x = [0] * 10**10\n'), limit: '-', cpython: true },
    { name: 'huge allocation (str of 10**12)', bytes: enc('x = "a" * 10**12\n'), limit: '-', cpython: true },
    { name: 'huge output', bytes: enc('while True:\n    print("x" * 1000)\n'), limit: 'output (8 MB)', cpython: false },
    { name: `half-typed lines: every prefix of a real program (${bank.length} runs)`, bytes: enc(bank), limit: '-', cpython: false },
  ];
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ').slice(0, 160);
}

async function main(): Promise<void> {
  const pool = new EnginePool({ size: 2 });
  const python = findPythons().get('3.12') ?? null;
  const dir = mkdtempSync(path.join(tmpdir(), 'heapscope-reliability-'));
  const rows: string[] = ['| input | limit | what happens (heapscope, 3.12) | CPython 3.12 | time |', '|---|---|---|---|---|'];
  try {
    // start both workers (bundling and engine bootstrap are not part of any measurement)
    await Promise.all([0, 1].map(() => pool.run({ source: 'pass\n', version: '3.12', filename: FILENAME, stdin: '', timeoutMs: 10_000 }, 60_000)));
    for (const input of inputs()) {
      const started = Date.now();
      let outcome: string;
      if (input.name.startsWith('half-typed')) {
        // the live-edit case: every prefix of the program, as if typed character by character
        const text = new TextDecoder().decode(input.bytes);
        let worst = 0;
        const kinds = new Map<string, number>();
        const runs: Awaited<ReturnType<EnginePool['run']>>[] = [];
        // two lanes (the pool's two workers), so each run's time is its own, not time spent queued
        let next = 0;
        const lane = async () => {
          while (next <= text.length) {
            const i = next++;
            const t0 = Date.now();
            runs[i] = await pool.run({ source: text.slice(0, i), version: '3.12', filename: FILENAME, stdin: '', timeoutMs: 10_000 }, 60_000);
            worst = Math.max(worst, Date.now() - t0);
          }
        };
        await Promise.all([lane(), lane()]);
        for (const r of runs) {
          const last = r.internalError !== undefined ? 'INTERNAL ERROR' : r.exitCode === 0 ? 'runs' : lastLine(r.stderr).split(':')[0];
          kinds.set(last, (kinds.get(last) ?? 0) + 1);
        }
        const summary = [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
        outcome = `${summary}; slowest prefix ${worst} ms`;
      } else {
        const decoded = decodeSource(input.bytes, FILENAME);
        if (!decoded.ok) outcome = `${lastLine(formatSyntaxError(decoded.error, '3.12'))} (decoding)`;
        else {
          const r = await pool.run({ source: decoded.text, version: '3.12', filename: FILENAME, stdin: '', timeoutMs: 10_000 }, 60_000);
          if (r.internalError !== undefined) outcome = `FAILS: ${r.internalError.split('\n')[0]}`;
          else if (r.exitCode === 0) outcome = `runs (exit 0${r.stdout ? `, prints ${JSON.stringify(lastLine(r.stdout))}` : ''})`;
          else outcome = lastLine(r.stderr);
        }
      }
      const ms = Date.now() - started;
      let cp = 'not run (it never ends)';
      if (input.name.startsWith('half-typed')) cp = '-';
      else if (input.cpython && python !== null) {
        const file = path.join(dir, 'input.py');
        writeFileSync(file, input.bytes);
        const t0 = Date.now();
        const p = spawnSync(python, [file], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
        const status = p.status === 0 ? `runs (exit 0${p.stdout ? `, prints ${JSON.stringify(lastLine(p.stdout))}` : ''})` : lastLine(p.stderr ?? '').replace(file, FILENAME) || `killed (${p.signal ?? p.error?.message ?? ''})`;
        cp = `${status} (${Date.now() - t0} ms)`;
      }
      rows.push(`| ${cell(input.name)} | ${cell(input.limit)} | ${cell(outcome)} | ${cell(cp)} | ${ms} ms |`);
      console.error(`measured: ${input.name}`);
    }
  } finally {
    await pool.close();
  }
  console.log(rows.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exitCode = 2;
});
