#!/usr/bin/env node
// `npm run fuzz -- --minutes N [--seed S] [--version 3.12]`: bundles test/fuzz/cli.ts with esbuild and runs
// it (see that file). `node scripts/fuzz.mjs --reliability` instead measures the README's reliability table
// (test/fuzz/reliability.ts); `node scripts/fuzz.mjs --explain prog.py [3.12] [--trap TYPE]` explains a leak
// (test/fuzz/explain.ts). The bundle lives in node_modules/.cache so esbuild (external) resolves.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'node_modules', '.cache', 'heapscope-fuzz');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `cli-${process.pid}.cjs`);

// the test helpers locate their files with __dirname or import.meta.url: keep each module's own location
const locationPlugin = {
  name: 'location',
  setup(build) {
    build.onLoad({ filter: /[\\/]test[\\/].*\.ts$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      if (!text.includes('__dirname') && !text.includes('import.meta.url')) return undefined;
      text = text.replace(/import\.meta\.url/g, JSON.stringify(pathToFileURL(args.path).href));
      if (text.includes('__dirname')) text = `const __dirname = ${JSON.stringify(dirname(args.path))};\n${text}`;
      return { contents: text, loader: 'ts' };
    });
  },
};

const reliability = process.argv[2] === '--reliability';
const explain = process.argv[2] === '--explain';
const entry = reliability ? 'test/fuzz/reliability.ts' : explain ? 'test/fuzz/explain.ts' : 'test/fuzz/cli.ts';
await esbuild.build({
  entryPoints: [join(root, entry)],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  outfile,
  logLevel: 'warning',
  plugins: [locationPlugin],
});
const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(reliability || explain ? 3 : 2)], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
