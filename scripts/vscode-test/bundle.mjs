// Bundles the real-VS-Code test module (test/vscode/suite.ts) into one CommonJS file exporting run(),
// the @vscode/test-electron contract, and the synthetic engine its "synthetic" phase loads.
// `vscode` stays external: the extension host provides it.
import * as esbuild from 'esbuild';
import { paths } from './paths.mjs';

export async function bundleSuite() {
  await Promise.all([bundle('suite.ts', paths.testBundle), bundle('synthetic-engine.ts', paths.syntheticEngine)]);
  return paths.testBundle;
}

async function bundle(entry, outfile) {
  await esbuild.build({
    entryPoints: [`${paths.repo}/test/vscode/${entry}`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await bundleSuite();
