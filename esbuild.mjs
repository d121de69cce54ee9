// Bundles heapscope's entry points. Each bundle is self-contained so the CLI, the
// extension host worker and the webview run without node_modules at run time.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const production = process.argv.includes('--production');

/**
 * This build of the engine: a hash of its sources (src/engine, the compiler and the bundled stdlib among
 * them), defined as HEAPSCOPE_BUILD_ID in every bundle. The compiled stdlib written below carries it, so a
 * bundle only takes code compiled by the same engine (src/cli/stdlib-store.ts).
 */
function engineBuildId() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(`${p}\0`).update(readFileSync(p)).update('\0');
    }
  };
  walk('src/engine');
  return hash.digest('hex').slice(0, 16);
}
const buildId = engineBuildId();

const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', define: { HEAPSCOPE_BUILD_ID: JSON.stringify(buildId) } };

const builds = [
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20' },
  // the CLI's engine thread (src/cli/main.ts starts it from beside dist/cli.js); every `heapscope run` reads,
  // deserializes and evaluates it, so whitespace and syntax are always minified (a quarter smaller, ~8% of
  // the start-up's CPU time); names stay, and the source map maps stack traces back
  { entryPoints: ['src/cli/engine-thread.ts'], outfile: 'dist/cli-engine.js', platform: 'node', format: 'cjs', target: 'node20', minifyWhitespace: true, minifySyntax: true },
  // the CLI with the engine, for its V8 startup snapshot (bin/snapshot.js, built below): minified like the
  // engine thread's (the snapshot holds the source); no source map (stack traces from a snapshot are not mapped)
  { entryPoints: ['src/cli/snapshot.ts'], outfile: 'dist/cli-snapshot.js', platform: 'node', format: 'cjs', target: 'node20', minifyWhitespace: true, minifySyntax: true, sourcemap: false },
  { entryPoints: ['extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  { entryPoints: ['extension/worker/worker.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs', target: 'node20' },
  { entryPoints: ['webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
  { entryPoints: ['webview/styles/panel.css'], outfile: 'dist/webview.css', target: 'chrome110' },
  // the `heapscope report` page: panel + engine + in-page host, inlined by src/cli/report.ts (always minified)
  { entryPoints: ['webview/report.ts'], outfile: 'dist/report.js', platform: 'browser', format: 'iife', target: 'es2022', minify: true, sourcemap: false },
].filter((b) => existsSync(b.entryPoints[0]));

await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));

// The bundled stdlib compiled for each Python version (dist/stdlib-code-X.Y.bin, src/cli/stdlib-store.ts), by
// the engine just bundled, in a process of its own (its compiler needs a deeper stack than Node's default).
// Only when the engine changed: the files are a function of its sources, which the build id hashes.
{
  const { deserialize } = await import('node:v8');
  const current = (v) => {
    try {
      return deserialize(readFileSync(`dist/stdlib-code-${v}.bin`)).id === buildId;
    } catch {
      return false;
    }
  };
  if (!['3.11', '3.12', '3.13'].every(current)) {
    const script = join(tmpdir(), `heapscope-stdlib-store-${process.pid}.cjs`);
    await esbuild.build({
      ...common, sourcemap: false, minify: false, entryPoints: ['src/cli/stdlib-store-build.ts'], outfile: script, platform: 'node', format: 'cjs', target: 'node20',
    });
    const r = spawnSync(process.execPath, ['--stack-size=4000', script, 'dist', buildId], { encoding: 'utf8' });
    rmSync(script, { force: true });
    if (r.status !== 0) throw new Error(`esbuild.mjs: compiling the stdlib failed: ${(r.stderr || r.error?.message || `exit ${r.status}`).trim()}`);
  }
}

// `heapscope`'s start-up snapshot (bin/snapshot.js), for this Node.js. Not for the extension's package, which
// has no CLI; a failed build only costs the CLI its start-up time, so it warns.
if (!production && existsSync('dist/cli-snapshot.js')) {
  const { build } = createRequire(import.meta.url)('./bin/snapshot.js');
  const error = build();
  if (error) console.warn(`esbuild.mjs: ${error}`);
}
