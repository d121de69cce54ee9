#!/usr/bin/env node
// Heap panel benchmark, webview side: bundles bench/panel-webview.ts (engine + Chromium driver) and runs
// it (`node bench/panel-webview.mjs [PROGRAM-SUBSTRING...]` measures only the matching bench/panel programs). Prints a Markdown section (redraw with ≥ 64 arenas, seek + redraw); `npm run bench` appends it
// to bench/results.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'heapscope-panel-bench-'));
// bundled two folders below the repository (out/ is ignored) so the harness finds webview/ at `__dirname/../..`
const out = join(root, 'out/bench/panel-webview.cjs');
try {
  await esbuild.build({
    entryPoints: [join(root, 'bench/panel-webview.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['esbuild', 'playwright-core'],
    logLevel: 'error',
  });
  // optional arguments: substrings of the programs to measure (default: all)
  const r = spawnSync(process.execPath, ['--stack-size=4000', out, ...process.argv.slice(2)], { stdio: ['ignore', 'inherit', 'inherit'], cwd: work });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(out, { force: true });
  rmSync(work, { recursive: true, force: true });
}
