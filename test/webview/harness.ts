/**
 * Headless-Chromium harness for the heap panel (Debian's chromium through playwright-core; nothing is
 * downloaded). The panel bundle is built from webview/ into a temporary folder and served on a fake
 * origin through request interception, so the page loads exactly as in a VS Code webview: the page from
 * `panelHtml()` with its CSP and nonce, `dist/webview.js`, `dist/webview.css`. `acquireVsCodeApi` is a
 * stand-in whose `postMessage` reaches a host in this process that answers from a real engine
 * `PanelSession` the way the extension does (src/protocol/heap.ts). Every request the page makes to any
 * other origin is recorded and aborted.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { HostToPanel, ObjectView, PanelSession, PanelState, PanelToHost } from '../../src/protocol/heap';
import { MAX_OBJECT_ROWS, SnapshotStream } from '../../src/protocol/heap';
import { panelHtml } from '../../webview/html';

export const root = resolve(__dirname, '../..');

/** The browser globals the page-side callbacks use (the Node test project has no DOM types). */
export interface PageGlobals {
  postMessage(message: unknown, origin: string): void;
  sessionStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void };
  acquireVsCodeApi?: () => unknown;
  __heapscopeHost(m: unknown): void;
}
export const pageGlobals = (): PageGlobals => globalThis as unknown as PageGlobals;
export const ORIGIN = 'https://heapscope-panel.test';
export const shotsDir = join(root, 'test-results/panel');

export function chromiumPath(): string {
  const p = process.env.HEAPSCOPE_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(p)) throw new Error(`Chromium not found at ${p} (install Debian's chromium package or set HEAPSCOPE_CHROMIUM)`);
  return p;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** Build a browser bundle into a temporary folder; returns the folder. */
export async function buildBundles(entries: { in: string; out: string; minify?: boolean }[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'heapscope-webview-'));
  // (the bundles are this process's until it ends)
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const e of entries) {
    await esbuild.build({
      entryPoints: [join(root, e.in)],
      outfile: join(dir, e.out),
      bundle: true,
      minify: e.minify ?? false,
      platform: 'browser',
      format: e.out.endsWith('.css') ? undefined : 'iife',
      target: e.out.endsWith('.css') ? 'chrome110' : 'es2022',
      logLevel: 'error',
    });
  }
  return dir;
}

/** A host answering the panel like the extension: the run, then the snapshot of the chosen position. */
export class TestHost {
  readonly received: PanelToHost[] = [];
  readonly sent: HostToPanel[] = [];
  /** position of the last snapshot sent */
  position = -1;
  private waiters: (() => void)[] = [];
  /** the snapshots sent: the first whole, then deltas (as the extension sends them) */
  private readonly snapshots = new SnapshotStream();

  constructor(
    readonly session: PanelSession,
    private readonly page: Page,
  ) {}

  async handle(m: PanelToHost): Promise<void> {
    this.received.push(m);
    const s = this.session;
    switch (m.kind) {
      case 'ready': {
        this.snapshots.reset();
        await this.send({ kind: 'run', run: s.run });
        const restored: PanelState | null = m.restored;
        await this.sendSnapshot(restored && restored.file === s.run.file ? restored.position : 0);
        break;
      }
      case 'seek':
        if (m.full) this.snapshots.reset();
        await this.sendSnapshot(m.position);
        break;
      case 'find':
        await this.sendSnapshot(s.find(m.from, m.what, m.dir) ?? m.from);
        break;
      case 'inspect':
        await this.send({ kind: 'detail', detail: s.inspect(m.position, m.id), requestId: m.requestId });
        break;
      case 'objects':
        await this.send({ kind: 'objects', page: s.objects(m.position, m.query), requestId: m.requestId });
        break;
      default:
        break;
    }
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }

  async sendSnapshot(position: number): Promise<void> {
    const w = this.session.run.timeline.window;
    const p = Math.max(w.first, Math.min(w.last, position));
    this.position = p;
    await this.send(this.snapshots.message(this.session.snapshot(p)));
  }

  async send(m: HostToPanel): Promise<void> {
    this.sent.push(m);
    // as JSON text: Playwright's own serialisation of large objects is much slower than the page's JSON.parse
    await this.page.evaluate((json) => (globalThis as unknown as PageGlobals).postMessage(JSON.parse(json), '*'), JSON.stringify(m));
  }

  last<K extends PanelToHost['kind']>(kind: K): Extract<PanelToHost, { kind: K }> | undefined {
    for (let i = this.received.length - 1; i >= 0; i--) if (this.received[i].kind === kind) return this.received[i] as Extract<PanelToHost, { kind: K }>;
    return undefined;
  }
}

export interface PanelPage {
  page: Page;
  host: TestHost;
  /** requests to anything but the panel's own origin */
  foreignRequests: string[];
  consoleErrors: string[];
}

/**
 * Open the panel page (built in `bundleDir`) in a new page of `browser`, hosted by `session`.
 * `storage`: the state `acquireVsCodeApi().getState()` returns (what VS Code restores).
 */
export async function openPanel(browser: Browser, bundleDir: string, session: PanelSession, opts: { colorScheme?: 'light' | 'dark'; storage?: PanelState | null; width?: number; height?: number } = {}): Promise<PanelPage & { saved: () => Promise<PanelState | null> }> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1400, height: opts.height ?? 1000 }, colorScheme: opts.colorScheme ?? 'light' });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  const nonce = 'dGVzdC1ub25jZS1ub3QtcmFuZG9t';
  const html = panelHtml({ cspSource: ORIGIN, nonce, scriptUri: `${ORIGIN}/dist/webview.js`, styleUri: `${ORIGIN}/dist/webview.css` });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/panel.html`) return route.fulfill({ status: 200, contentType: 'text/html', body: html });
    if (url === `${ORIGIN}/dist/webview.js`) return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(join(bundleDir, 'webview.js')) });
    if (url === `${ORIGIN}/dist/webview.css`) return route.fulfill({ status: 200, contentType: 'text/css', body: readFileSync(join(bundleDir, 'webview.css')) });
    foreignRequests.push(url);
    return route.abort();
  });
  const host = new TestHost(session, page);
  await page.exposeFunction('__heapscopeHost', (m: PanelToHost) => host.handle(m));
  const initial = opts.storage ? JSON.stringify(opts.storage) : 'null';
  await page.addInitScript((init: string) => {
    const g = globalThis as unknown as PageGlobals;
    let state: unknown = JSON.parse(g.sessionStorage.getItem('heapscope-state') ?? init);
    g.acquireVsCodeApi = () => ({
      postMessage: (m: unknown) => g.__heapscopeHost(m),
      getState: () => state,
      setState: (s: unknown) => {
        state = s;
        g.sessionStorage.setItem('heapscope-state', JSON.stringify(s));
      },
    });
  }, initial);
  await page.goto(`${ORIGIN}/panel.html`);
  return {
    page,
    host,
    foreignRequests,
    consoleErrors,
    saved: async () => page.evaluate(() => JSON.parse((globalThis as unknown as PageGlobals).sessionStorage.getItem('heapscope-state') ?? 'null') as PanelState | null),
  };
}

/** Every live object of a session at position p (in id order), paged out of its objects table. */
export function allObjects(session: PanelSession, p: number): ObjectView[] {
  const out: ObjectView[] = [];
  for (let offset = 0; ; offset += MAX_OBJECT_ROWS) {
    const page = session.objects(p, { sort: 'id', descending: false, filter: '', offset, limit: MAX_OBJECT_ROWS });
    out.push(...page.rows);
    if (page.rows.length < MAX_OBJECT_ROWS) return out;
  }
}

export function ensureShotsDir(): string {
  mkdirSync(shotsDir, { recursive: true });
  return shotsDir;
}
