#!/usr/bin/env node
// The same test module in a desktop VS Code, through @vscode/test-electron (for a developer machine
// with internet: it downloads VS Code from Microsoft's update service, unreachable on the CI machines,
// where run.mjs drives code-server instead). Build first: `npm run build`.
//
//   node scripts/vscode-test/electron.mjs [--synthetic]     (VSCODE_TEST_VERSION picks the build, default 1.100.3)
//
// No driver watches the workbench here, so the suite skips its UI hand-over; the outcome is the
// rejection (or not) of run(), and the JSON report in test-artifacts/vscode/.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleSuite } from './bundle.mjs';
import { paths, VSCODE_VERSION } from './paths.mjs';

const synthetic = process.argv.includes('--synthetic');
await bundleSuite();
const tmp = mkdtempSync(join(tmpdir(), 'heapscope-electron-'));
const workspace = join(tmp, 'workspace');
mkdirSync(workspace, { recursive: true });
for (const f of readdirSync(join(paths.repo, 'examples'))) cpSync(join(paths.repo, 'examples', f), join(workspace, f), { recursive: true });
const userData = join(tmp, 'user-data');
mkdirSync(join(userData, 'User'), { recursive: true });
writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false }));
mkdirSync(paths.artifacts, { recursive: true });
const report = join(paths.artifacts, synthetic ? 'electron-synthetic-report.json' : 'electron-report.json');

let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_TEST_VERSION ?? VSCODE_VERSION,
    extensionDevelopmentPath: paths.repo,
    extensionTestsPath: paths.testBundle,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', join(tmp, 'extensions')],
    extensionTestsEnv: {
      HEAPSCOPE_VSCODE_REPORT: report,
      ...(synthetic ? { HEAPSCOPE_ENGINE_OVERRIDE: paths.syntheticEngine } : {}),
    },
  });
} catch (err) {
  console.error(`VS Code tests failed: ${err instanceof Error ? err.message : err}`);
  code = 1;
}
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const count = (s) => r.checks.filter((c) => c.status === s).length;
  console.log(`vscode: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped (VS Code ${r.vscodeVersion}, electron)`);
} catch {
  console.log('vscode: 0 passed, 1 failed (no report)');
  code = 1;
}
rmSync(tmp, { recursive: true, force: true });
process.exit(code);
