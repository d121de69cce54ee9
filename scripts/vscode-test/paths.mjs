// Where the VS Code test harness keeps its things. Shared by setup.mjs, run.mjs and electron.mjs.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** code-server 4.100.3 (VS Code 1.100.3) is the newest release that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';
export const VSCODE_VERSION = '1.100.3';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cache = join(repo, '.vscode-test');
const codeServerRoot = join(cache, `code-server-${CODE_SERVER_VERSION}`);
const codeServerPkg = join(codeServerRoot, 'node_modules/code-server');

export const paths = {
  repo,
  cache,
  markers: join(codeServerRoot, '.heapscope-setup'),
  codeServerRoot,
  codeServerPkg,
  codeServerBin: join(codeServerRoot, 'node_modules/.bin/code-server'),
  vscodeDir: join(codeServerPkg, 'lib/vscode'),
  chromium: process.env.HEAPSCOPE_CHROMIUM ?? '/usr/bin/chromium',
  /** The bundled test module (CommonJS, exports run()). */
  testBundle: join(repo, 'out/vscode-test/suite.js'),
  /** Engine override with synthetic per-line stats (HEAPSCOPE_ENGINE_OVERRIDE). */
  syntheticEngine: join(repo, 'out/vscode-test/synthetic-engine.js'),
  artifacts: join(repo, 'test-artifacts/vscode'),
};
