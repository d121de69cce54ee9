// Bundles heapscope's entry points. Each bundle is self-contained so the CLI, the
// extension host worker and the webview run without node_modules at run time.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning' };

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

// `heapscope`'s start-up snapshot (bin/snapshot.js), for this Node.js. Not for the extension's package, which
// has no CLI; a failed build only costs the CLI its start-up time, so it warns.
if (!production && existsSync('dist/cli-snapshot.js')) {
  const { build } = createRequire(import.meta.url)('./bin/snapshot.js');
  const error = build();
  if (error) console.warn(`esbuild.mjs: ${error}`);
}
