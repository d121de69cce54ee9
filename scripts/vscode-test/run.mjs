#!/usr/bin/env node
// Runs heapscope's test module (test/vscode/suite.ts) inside a real VS Code: code-server's extension
// host with the real `vscode` API, its web workbench rendered by headless Chromium (playwright-core).
// Needs scripts/vscode-test/setup.mjs to have run, and the extension built (npm run build).
//
//   phase 1 "dev":  the repository as development extension + the bundled suite as extensionTestsPath;
//                   the suite reports through a JSON file and hands the screen over in stages: while it
//                   holds hello_memory.py on screen ("editor"), this driver checks what a person sees
//                   (CodeLens, status bar, annotations) and saves test-artifacts/vscode/workbench.png;
//                   while it steps inventory.py with the heap panel open ("panel"), the driver checks the
//                   webview rendered, clicks its "Step forward one line" button and a "Go to line" link
//                   (the suite then checks the editor followed) and saves workbench-panel.png.
//   phase 2 "synthetic": the same, with the worker's engine replaced by test/vscode/synthetic-engine.ts
//                   (real output, made-up per-line stats), so annotations and hovers are tested and
//                   photographed (workbench-synthetic.png) whatever the engine's attribution can do.
//   phase 3 "vsix": `npm run package`, `code-server --install-extension heapscope.vsix` into a fresh
//                   extensions folder, open hello_memory.py in the workbench and see it activate.
//
// Options: --no-synthetic, --no-vsix (skip those phases), --keep (keep the temporary folders), --headed (needs a display).
// Env: HEAPSCOPE_VSCODE_TIMEOUT_MS (overall limit, default 360000).
// Prints `vscode: N passed, M failed` and exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, createWriteStream, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { bundleSuite } from './bundle.mjs';
import { paths } from './paths.mjs';

const args = new Set(process.argv.slice(2));
const OVERALL_MS = Number(process.env.HEAPSCOPE_VSCODE_TIMEOUT_MS ?? 360_000);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'chat.commandCenter.enabled': false,
};

const t0 = Date.now();
const results = []; // { phase, name, status, ms, detail }
const cleanups = [];
const tmp = mkdtempSync(join(tmpdir(), 'heapscope-vscode-'));
mkdirSync(paths.artifacts, { recursive: true });

function log(msg) {
  console.log(`[vscode-test ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
}
function record(phase, name, status, detail, ms = 0) {
  results.push({ phase, name, status, detail, ms });
  log(`${phase}: ${status.toUpperCase()} ${name}${detail ? `: ${detail}` : ''}`);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntil(what, probe, timeoutMs, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** A throw-away VS Code profile: user settings, XDG dirs, extensions dir. */
function makeProfile(name) {
  const dir = join(tmp, name);
  const userData = join(dir, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const extensions = join(dir, 'extensions');
  mkdirSync(extensions, { recursive: true });
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  for (const f of readdirSync(join(paths.repo, 'examples'))) cpSync(join(paths.repo, 'examples', f), join(workspace, f), { recursive: true });
  const env = { ...process.env, XDG_CONFIG_HOME: join(dir, 'xdg-config'), XDG_DATA_HOME: join(dir, 'xdg-data'), XDG_CACHE_HOME: join(dir, 'xdg-cache') };
  delete env.VSCODE_IPC_HOOK_CLI;
  return { dir, userData, extensions, workspace, env };
}

function codeServer(profile, extraArgs, extraEnv = {}) {
  return spawnSync(paths.codeServerBin, ['--user-data-dir', profile.userData, '--extensions-dir', profile.extensions, ...extraArgs], {
    env: { ...profile.env, ...extraEnv },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

/** Starts code-server on loopback; resolves once /healthz answers. */
async function startServer(profile, extraEnv, logName) {
  const port = await freePort();
  const logFile = join(paths.artifacts, logName);
  const out = createWriteStream(logFile);
  const child = spawn(
    paths.codeServerBin,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', profile.userData,
      '--extensions-dir', profile.extensions,
      profile.workspace,
    ],
    { env: { ...profile.env, ...extraEnv }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.on('exit', (code, signal) => (exited = `exit ${code ?? signal}`));
  const stop = async () => {
    if (exited) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
    for (let i = 0; i < 30 && !exited; i++) await sleep(100);
    if (!exited) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  };
  cleanups.push(stop);
  const base = `http://127.0.0.1:${port}`;
  await waitUntil('code-server to listen', async () => {
    if (exited) throw new Error(`code-server ${exited} before listening; see ${logFile}`);
    try {
      return (await fetch(`${base}/healthz`)).ok;
    } catch {
      return false;
    }
  }, 60_000);
  return { port, base, stop, logFile };
}

async function launchBrowser(logName) {
  const browser = await chromium.launch({ executablePath: paths.chromium, headless: !args.has('--headed'), args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close().catch(() => undefined));
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const out = createWriteStream(join(paths.artifacts, logName));
  page.on('console', (m) => out.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => out.write(`[pageerror] ${e.message}\n`));
  return { browser, page };
}

function workbenchUrl(server, profile, payload) {
  const q = new URLSearchParams({ folder: profile.workspace });
  let url = `${server.base}/?${q}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

// ── what a person sees ───────────────────────────────────────────────────────────────────────
async function codeLensTexts(page) {
  return page.locator('.codelens-decoration').allInnerTexts().catch(() => []);
}
async function statusBarText(page) {
  return page.locator('.part.statusbar').innerText().catch(() => '');
}
/** End-of-line decoration texts (rendered as CSS ::after content on spans in the editor lines). */
async function annotationTexts(page) {
  // Runs in the browser page.
  /* global document, getComputedStyle */
  return page.evaluate(() => {
    const texts = [];
    for (const span of document.querySelectorAll('.monaco-editor .view-line span')) {
      const content = getComputedStyle(span, '::after').content;
      if (content && content !== 'none' && content !== 'normal' && content.includes('\u25b8')) texts.push(JSON.parse(content));
    }
    return texts;
  });
}

async function uiCheck(phase, name, fn) {
  const started = Date.now();
  try {
    const detail = await fn();
    record(phase, name, detail?.startsWith?.('skip:') ? 'skipped' : 'passed', detail?.replace?.(/^skip: /, '') ?? '', Date.now() - started);
  } catch (err) {
    record(phase, name, 'failed', err instanceof Error ? err.message : String(err), Date.now() - started);
  }
}

// ── the suite's UI stages ─────────────────────────────────────────────────────────────────────
/** hello_memory.py in the editor: CodeLens, status bar, annotations as rendered; a screenshot. */
async function editorStage(phase, page, stage) {
  const expect = stage.expect;
  await uiCheck(phase, 'workbench shows the CodeLens', async () => {
    const texts = await waitUntil('CodeLens', async () => {
      const t = await codeLensTexts(page);
      return t.some((x) => x.includes(expect.codeLens)) && t;
    }, 15_000);
    return `"${texts.find((x) => x.includes(expect.codeLens))}"`;
  });
  await uiCheck(phase, 'workbench shows the status bar item', async () => {
    const text = await waitUntil('status bar', async () => {
      const t = await statusBarText(page);
      return t.includes(expect.statusBar) && t;
    }, 15_000);
    return `"${text.split('\n').find((l) => l.includes(expect.statusBar))?.trim()}"`;
  });
  await uiCheck(phase, 'workbench shows the annotations', async () => {
    if (expect.annotations.length === 0) return 'skip: the suite painted no annotations (engine has no per-line stats yet)';
    const texts = await waitUntil('annotations', async () => {
      const t = await annotationTexts(page);
      return t.length > 0 && t;
    }, 15_000);
    const missing = texts.filter((t) => !expect.annotations.includes(t));
    if (missing.length) throw new Error(`unexpected annotation texts: ${missing.slice(0, 3).join(' | ')}`);
    return `${texts.length} visible, e.g. "${texts[0]}"`;
  });
  await page.screenshot({ path: join(paths.artifacts, stage.screenshot) });
  log(`screenshot: ${join(paths.artifacts, stage.screenshot)}`);
}

/** The webview frame that holds the rendered heap panel (webviews are nested iframes). */
async function panelFrame(page) {
  return waitUntil('the heap panel webview', async () => {
    for (const f of page.frames()) {
      try {
        if (await f.$('#heapscope-panel .controls')) return f;
      } catch {
        // a frame navigating away
      }
    }
    return undefined;
  }, 20_000);
}

/**
 * The heap panel beside inventory.py while stepping: check it rendered, click its "Step forward one
 * line" button (the suite then checks the editor's highlight followed), photograph the workbench.
 */
async function panelStage(phase, page, stage) {
  let frame;
  await uiCheck(phase, 'workbench shows the heap panel beside the editor', async () => {
    frame = await panelFrame(page);
    const text = (await frame.locator('#heapscope-panel').innerText()).replace(/\s+/g, ' ');
    if (!text.includes('inventory.py')) throw new Error(`the panel does not show inventory.py: "${text.slice(0, 160)}"`);
    return `webview rendered "${text.slice(0, 100)}…"`;
  });
  await uiCheck(phase, 'workbench shows the stepping annotations', async () => {
    const texts = await waitUntil('annotations', async () => {
      const t = await annotationTexts(page);
      return t.length > 0 && t;
    }, 15_000);
    const missing = texts.filter((t) => !stage.expect.annotations.includes(t));
    if (missing.length) throw new Error(`unexpected annotation texts: ${missing.slice(0, 3).join(' | ')}`);
    return `${texts.length} visible (totals so far), e.g. "${texts[0]}"`;
  });
  let answer = { clicked: false, detail: 'no panel frame' };
  if (frame) {
    try {
      await frame.locator('button[aria-label="Step forward one line"]').click({ timeout: 10_000 });
      answer = { clicked: true, detail: 'clicked "Step forward one line" in the panel' };
    } catch (err) {
      answer = { clicked: false, detail: err instanceof Error ? err.message.split('\n')[0] : String(err) };
    }
  }
  await sleep(1500);
  await page.screenshot({ path: join(paths.artifacts, stage.screenshot) });
  log(`screenshot: ${join(paths.artifacts, stage.screenshot)}`);
  // Then a line link in the panel ("Next: line N"): the suite checks the editor's cursor went there.
  if (frame && answer.clicked) {
    try {
      const link = frame.locator('button[aria-label^="Go to line"]').first();
      const label = await link.getAttribute('aria-label', { timeout: 10_000 });
      await link.click({ timeout: 10_000 });
      answer.revealedLine = Number(/line (\d+)/.exec(label ?? '')?.[1]);
      answer.detail += `; clicked "${label}"`;
    } catch (err) {
      answer.detail += `; no line link: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
    }
  }
  return answer;
}

// ── phase 1: development extension + test module ────────────────────────────────────────────
async function phaseDev(phase, screenshot, extraEnv = {}) {
  const suite = paths.testBundle;
  const profile = makeProfile(phase);
  const reportFile = join(profile.dir, 'report.json');
  const handshake = join(profile.dir, 'ui-done');
  const server = await startServer(profile, { HEAPSCOPE_VSCODE_REPORT: reportFile, HEAPSCOPE_VSCODE_UI_HANDSHAKE: handshake, ...extraEnv }, `code-server-${phase}.log`);
  log(`code-server on ${server.base} (log ${server.logFile})`);
  const { page } = await launchBrowser(`browser-${phase}.log`);
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  await page.goto(workbenchUrl(server, profile, [
    ['extensionDevelopmentPath', remote(paths.repo)],
    ['extensionTestsPath', remote(suite)],
  ]));
  const readReport = () => {
    try {
      return JSON.parse(readFileSync(reportFile, 'utf8'));
    } catch {
      return undefined;
    }
  };
  let report;
  try {
    await waitUntil('the test module to start (report file)', () => readReport(), 120_000, 250);
    // The suite hands over the screen in stages (report.uiReady); each is answered through its handshake file.
    const handled = new Set();
    for (;;) {
      report = await waitUntil('the test module to finish or hand over', () => {
        const r = readReport();
        return r && (r.done || (r.uiReady && !handled.has(r.uiReady.stage))) ? r : undefined;
      }, 240_000, 250);
      if (report.done) break;
      const stage = report.uiReady;
      handled.add(stage.stage);
      await sleep(1500); // let the workbench render after the suite's last commands
      let answer = 'done\n';
      if (stage.stage === 'editor') await editorStage(phase, page, stage);
      else if (stage.stage === 'panel') answer = JSON.stringify(await panelStage(phase, page, stage));
      else record(phase, `ui stage ${stage.stage}`, 'failed', 'unknown stage');
      writeFileSync(stage.handshake, answer);
    }
    if (!handled.size) await page.screenshot({ path: join(paths.artifacts, screenshot) });
  } catch (err) {
    await page.screenshot({ path: join(paths.artifacts, screenshot) }).catch(() => undefined);
    report = readReport();
    record(phase, 'test module reported', 'failed', `${err.message}${report ? '' : `; no report at ${reportFile}`}`);
  }
  for (const c of report?.checks ?? []) record(phase, c.name, c.status, c.detail, c.ms);
  if (report) log(`suite ran in VS Code ${report.vscodeVersion}`);
  await server.stop();
}

// ── phase 2: the packaged .vsix ──────────────────────────────────────────────────────────────
async function phaseVsix() {
  const phase = 'vsix';
  const pkg = JSON.parse(readFileSync(join(paths.repo, 'package.json'), 'utf8'));
  const vsix = join(paths.repo, 'heapscope.vsix');
  const started = Date.now();
  const packaged = spawnSync('npm', ['run', 'package', '--silent'], { cwd: paths.repo, encoding: 'utf8', timeout: 180_000 });
  // `vscode:prepublish` made a production build; put the development build (with source maps) back.
  spawnSync('node', ['esbuild.mjs'], { cwd: paths.repo, stdio: 'inherit' });
  if (packaged.status !== 0 || !existsSync(vsix)) {
    record(phase, 'npm run package', 'failed', `${packaged.stdout}${packaged.stderr}`.trim().slice(-1500));
    return;
  }
  const kib = (statSync(vsix).size / 1024).toFixed(0);
  const listed = spawnSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: paths.repo, encoding: 'utf8' }).stdout.trim().split('\n');
  record(phase, 'npm run package', 'passed', `heapscope.vsix ${kib} KiB: ${listed.join(', ')}`, Date.now() - started);

  const profile = makeProfile('vsix');
  const installed = codeServer(profile, ['--install-extension', vsix]);
  const list = codeServer(profile, ['--list-extensions', '--show-versions']);
  const want = `${pkg.publisher}.${pkg.name}@${pkg.version}`;
  if (installed.status !== 0 || !list.stdout.includes(want)) {
    record(phase, 'code-server --install-extension', 'failed', `${installed.stdout}${installed.stderr}${list.stdout}`.trim().slice(-1500));
    return;
  }
  record(phase, 'code-server --install-extension', 'passed', want);

  const server = await startServer(profile, {}, 'code-server-vsix.log');
  const { page } = await launchBrowser('browser-vsix.log');
  try {
    await page.goto(workbenchUrl(server, profile));
    await uiCheck(phase, 'installed extension activates on a Python file', async () => {
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'hello_memory.py' });
      await row.first().waitFor({ timeout: 60_000 });
      await row.first().click();
      const lens = await waitUntil('the CodeLens of the installed extension', async () => {
        const t = await codeLensTexts(page);
        return t.find((x) => x.includes('heapscope: analyze · Python 3.12'));
      }, 45_000);
      const status = await waitUntil('the status bar item', async () => {
        const t = await statusBarText(page);
        return t.split('\n').find((l) => l.includes('Py 3.12'));
      }, 15_000);
      return `CodeLens "${lens}", status bar "${status.trim()}"`;
    });
    await page.screenshot({ path: join(paths.artifacts, 'workbench-vsix.png') });
  } finally {
    await server.stop();
  }
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────
async function main() {
  if (!existsSync(paths.codeServerBin)) throw new Error('code-server is not set up: run `node scripts/vscode-test/setup.mjs` first');
  if (!existsSync(join(paths.repo, 'dist/extension.js')) || !existsSync(join(paths.repo, 'dist/worker.js'))) {
    throw new Error('the extension is not built: run `npm run build` first');
  }
  await bundleSuite();
  await phaseDev('dev', 'workbench.png');
  await cleanupAll();
  if (!args.has('--no-synthetic')) {
    await phaseDev('synthetic', 'workbench-synthetic.png', { HEAPSCOPE_ENGINE_OVERRIDE: paths.syntheticEngine });
    await cleanupAll();
  }
  if (!args.has('--no-vsix')) await phaseVsix();
}

async function cleanupAll() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch {
      // already gone
    }
  }
}

function summarize() {
  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.filter((r) => r.status === 'failed').length;
  const skipped = results.filter((r) => r.status === 'skipped').length;
  writeFileSync(join(paths.artifacts, 'results.json'), JSON.stringify({ results, seconds: (Date.now() - t0) / 1000 }, null, 2));
  for (const r of results.filter((x) => x.status !== 'passed')) console.log(`  ${r.status}: [${r.phase}] ${r.name}: ${r.detail}`);
  console.log(`vscode: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return failed === 0 && passed > 0;
}

let finished = false;
const overall = setTimeout(async () => {
  if (finished) return;
  record('driver', 'overall time limit', 'failed', `not finished after ${OVERALL_MS} ms`);
  await cleanupAll();
  summarize();
  process.exit(1);
}, OVERALL_MS);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await cleanupAll();
    process.exit(130);
  });
}

let ok = false;
try {
  await main();
} catch (err) {
  record('driver', 'harness', 'failed', err instanceof Error ? err.stack ?? err.message : String(err));
} finally {
  finished = true;
  clearTimeout(overall);
  await cleanupAll();
  ok = summarize();
  if (!args.has('--keep')) rmSync(tmp, { recursive: true, force: true });
  else log(`kept ${tmp}`);
}
process.exit(ok ? 0 : 1);
