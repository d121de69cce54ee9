#!/usr/bin/env node
// Prepares a real VS Code for the extension tests: code-server (VS Code server + web workbench, from npm)
// and Debian's Chromium to render the workbench. See the team's vscode-e2e-recipe.md for why not
// @vscode/test-electron (its desktop download is unreachable on these machines).
//
// Idempotent and cached under .vscode-test/ (gitignored). Every step writes a marker when it has
// succeeded, so an interrupted run resumes where it stopped and a warm run does nothing but a few
// existence checks. Set HEAPSCOPE_SETUP_FORCE=1 to redo everything.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync, copyFileSync, symlinkSync, lstatSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { paths, CODE_SERVER_VERSION, VSCODE_VERSION } from './paths.mjs';

const DEB_PACKAGES = ['chromium', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'ripgrep'];
const NATIVE_VSCODE_MODULES = ['@parcel/watcher', '@vscode/deviceid', '@vscode/spdlog', 'kerberos', 'native-watchdog', 'node-pty'];
const force = process.env.HEAPSCOPE_SETUP_FORCE === '1';
const t0 = Date.now();

function log(msg) {
  console.log(`[vscode-test setup ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: opts.capture ? 'pipe' : 'inherit', encoding: 'utf8', ...opts });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0 && !opts.allowFail) {
    const detail = opts.capture ? `\n${r.stdout ?? ''}${r.stderr ?? ''}` : '';
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}${detail}`);
  }
  return r;
}

/** Runs `fn` once: skipped when its marker exists (unless forced), marker written on success. */
function step(name, fn) {
  const marker = join(paths.markers, `${name}.ok`);
  if (!force && existsSync(marker)) return false;
  log(`${name} ...`);
  fn();
  mkdirSync(paths.markers, { recursive: true });
  writeFileSync(marker, new Date().toISOString() + '\n');
  return true;
}

// ── 1. Debian packages ────────────────────────────────────────────────────────────────────────
function missingDebPackages() {
  return DEB_PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function ensureDebPackages() {
  const missing = missingDebPackages();
  if (missing.length === 0 && existsSync(paths.chromium)) return;
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (process.getuid?.() === 0 ? run('apt-get', args, { env }) : run('sudo', ['-n', 'apt-get', ...args], { env }));
  apt(['update']);
  apt(['install', '-y', ...DEB_PACKAGES]);
  const still = missingDebPackages();
  if (still.length) throw new Error(`Debian packages still missing after apt-get install: ${still.join(' ')}`);
}

// ── 2. code-server ────────────────────────────────────────────────────────────────────────────
function codeServerVersionOk() {
  if (!existsSync(paths.codeServerBin)) return false;
  // Its own XDG folders, so the check writes no config file into the user's home.
  const xdg = join(paths.cache, 'xdg');
  const env = { ...process.env, XDG_CONFIG_HOME: join(xdg, 'config'), XDG_DATA_HOME: join(xdg, 'data') };
  const r = spawnSync(paths.codeServerBin, ['--version'], { encoding: 'utf8', timeout: 60_000, env });
  // Its first start may log other lines (e.g. "Wrote default config file"), so look for the line.
  const want = `${CODE_SERVER_VERSION} `;
  const ok = r.status === 0 && (r.stdout ?? '').split('\n').some((l) => l.startsWith(want) && l.includes(`with Code ${VSCODE_VERSION}`));
  if (!ok) log(`code-server --version: status ${r.status}: ${(r.stdout ?? '').trim()} ${(r.stderr ?? '').trim()}`.slice(0, 2000));
  return ok;
}

function ensureCodeServer() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const npmEnv = { ...process.env, npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
  // node-gyp would download Node's headers (unreachable here); point it at the installed ones.
  const prefix = dirname(dirname(process.execPath));
  if (!npmEnv.npm_config_nodedir && existsSync(join(prefix, 'include/node/node.h'))) npmEnv.npm_config_nodedir = prefix;
  // Do not inherit the repository's npm settings (e.g. a workspace root) in the cache folder.
  delete npmEnv.npm_config_prefix;
  delete npmEnv.INIT_CWD;
  mkdirSync(paths.codeServerRoot, { recursive: true });
  if (!existsSync(join(paths.codeServerRoot, 'package.json'))) {
    writeFileSync(join(paths.codeServerRoot, 'package.json'), JSON.stringify({ name: 'heapscope-vscode-test-cache', private: true }, null, 2) + '\n');
  }
  step('code-server-npm', () => {
    // Its postinstall downloads ripgrep from GitHub and refuses root; we do its work by hand below.
    run(npm, ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--no-save', '--no-package-lock'], { cwd: paths.codeServerRoot, env: npmEnv });
  });
  step('vscode-deps', () => {
    run(npm, ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], { cwd: paths.vscodeDir, env: npmEnv });
  });
  step('vscode-native', () => {
    run(npm, ['rebuild', ...NATIVE_VSCODE_MODULES], { cwd: paths.vscodeDir, env: npmEnv });
  });
  step('vscode-ripgrep', () => {
    const rg = run('sh', ['-c', 'command -v rg'], { capture: true }).stdout.trim();
    const binDir = join(paths.vscodeDir, 'node_modules/@vscode/ripgrep/bin');
    mkdirSync(binDir, { recursive: true });
    copyFileSync(rg, join(binDir, 'rg'));
    chmodSync(join(binDir, 'rg'), 0o755);
  });
  step('vscode-asar-link', () => {
    const link = join(paths.vscodeDir, 'node_modules.asar');
    try { lstatSync(link); rmSync(link, { recursive: true, force: true }); } catch { /* absent */ }
    symlinkSync('node_modules', link);
  });
  step('vscode-builtin-extensions', () => {
    run(npm, ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], { cwd: join(paths.vscodeDir, 'extensions'), env: npmEnv });
  });
  step('code-server-argon2', () => {
    // argon2 is hoisted next to code-server (the cache folder is an npm project), so rebuild from the root.
    run(npm, ['rebuild', 'argon2'], { cwd: paths.codeServerRoot, env: npmEnv });
  });
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────
try {
  if (force) rmSync(paths.markers, { recursive: true, force: true });
  ensureDebPackages();
  // The markers say the steps ran; the version check says the result still works (a half-deleted
  // cache, a changed Node ABI). On failure, redo the code-server steps from scratch once.
  const warm = existsSync(join(paths.markers, 'verified.ok')) && existsSync(paths.codeServerBin);
  if (!warm || !codeServerVersionOk()) {
    if (warm) {
      log('cached code-server does not start; reinstalling');
      rmSync(paths.markers, { recursive: true, force: true });
    }
    ensureCodeServer();
    if (!codeServerVersionOk()) throw new Error(`code-server --version does not report ${CODE_SERVER_VERSION} with Code ${VSCODE_VERSION}`);
    writeFileSync(join(paths.markers, 'verified.ok'), new Date().toISOString() + '\n');
  }
  log(`ready: code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}), ${paths.chromium}`);
} catch (err) {
  console.error(`[vscode-test setup] FAILED: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
