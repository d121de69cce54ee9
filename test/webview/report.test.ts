/**
 * `heapscope report FILE -o OUT.html`: the command writes one self-contained page that works offline
 * in Chromium: no request leaves the page (the browser context is offline and every request is
 * recorded), the strict CSP admits the inline script and style (any violation would be a console
 * error), the panel paints from the embedded run, and stepping and inspecting re-run the program in
 * the page with the same results as the engine here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { panelSession } from '../../src/engine/trace/panel';
import { openingPosition } from '../../src/cli/report';
import { refcountSum } from '../../webview/views/refs';
import { DEFAULT_OBJECT_QUERY } from '../../src/protocol/heap';
import { referenceOrder } from '../engine/trace/objectorder';
import { allObjects, ensureShotsDir, launch, root } from './harness';

let browser: Browser;
let dir = '';

/**
 * The CLI and the page assets it inlines, built from the current sources into one folder (as `npm run
 * build` lays them out in dist/: the CLI finds report.js and webview.css beside itself), so the page
 * and the engine in this test are the same code.
 */
async function buildCli(into: string): Promise<string> {
  const esbuild = await import('esbuild');
  const common = { bundle: true, logLevel: 'warning' as const };
  await esbuild.build({ ...common, entryPoints: [join(root, 'src/cli/main.ts')], outfile: join(into, 'cli.js'), platform: 'node', format: 'cjs', target: 'node20' });
  await esbuild.build({ ...common, entryPoints: [join(root, 'src/cli/engine-thread.ts')], outfile: join(into, 'cli-engine.js'), platform: 'node', format: 'cjs', target: 'node20' });
  await esbuild.build({ ...common, entryPoints: [join(root, 'webview/report.ts')], outfile: join(into, 'report.js'), platform: 'browser', format: 'iife', target: 'es2022', minify: true });
  await esbuild.build({ ...common, entryPoints: [join(root, 'webview/styles/panel.css')], outfile: join(into, 'webview.css'), target: 'chrome110' });
  return join(into, 'cli.js');
}

let cli = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'heapscope-report-'));
  cli = await buildCli(join(dir, 'dist'));
  browser = await launch();
  ensureShotsDir();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('heapscope report', () => {
  it('writes a self-contained page that works offline: panel, stepping, inspecting', async () => {
    const program = join(root, 'test/webview/programs/cycle.py');
    const out = join(dir, 'report.html');
    // what bin/heapscope.js runs (it requires dist/cli.js)
    // 3.13: gc.collect() is the program's first collection (on 3.12 `import gc` crosses the threshold)
    const r = spawnSync(process.execPath, [cli, 'report', program, '-o', out, '--python', '3.13'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe(`heapscope: wrote ${out}\n`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('unreachable: 2\n40 2048\n');
    const html = readFileSync(out, 'utf8');
    // one file: no external script, style, image or link; a strict CSP with hashes
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|<img\b|<iframe\b|@import|url\((?!#)/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;">/);
    expect(statSync(out).size).toBeLessThan(3 * 1024 * 1024);

    // the engine's view of the same run (the CLI passes the absolute path as the file name)
    const session = panelSession(readFileSync(program, 'utf8'), { filename: program, version: '3.13' });
    const count = session.run.timeline.count;
    const opening = openingPosition(session);

    const context = await browser.newContext({ viewport: { width: 1500, height: 1000 }, colorScheme: 'light' });
    await context.setOffline(true);
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (q) => requests.push(q.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = pathToFileURL(out).href;
    await page.goto(url);
    const slider = page.locator('.controls .slider');
    // painted at once from the embedded snapshot (the moment of peak memory)
    await expect.poll(() => slider.inputValue()).toBe(String(opening));
    const ids = async (): Promise<number[]> => (await page.locator('table.objects tbody tr[data-id]').evaluateAll((rows) => rows.map((x) => Number(x.getAttribute('data-id'))))).sort((a, b) => a - b);
    // the table's first page in its default order (the file's lines first, then by id)
    const expectIds = (p: number): number[] =>
      referenceOrder(allObjects(session, p), 'line', false)
        .slice(0, DEFAULT_OBJECT_QUERY.limit)
        .map((o) => o.id)
        .sort((a, b) => a - b);
    await expect.poll(ids).toEqual(expectIds(opening));
    expect(await page.locator('.arena-canvas').count()).toBe(1);
    // the source beside the panel marks the line about to run
    const line = session.snapshot(opening).line;
    if (line > 0) expect(await page.locator('#heapscope-source li.current').getAttribute('data-line')).toBe(String(line));

    // stepping re-runs the program in the page: the same state as the engine here
    await page.getByRole('button', { name: 'First position' }).click();
    await expect.poll(() => slider.inputValue(), { timeout: 20_000 }).toBe('0');
    await expect.poll(ids).toEqual(expectIds(0));
    await page.getByRole('button', { name: 'Step forward one line' }).click();
    await expect.poll(() => slider.inputValue()).toBe('1');
    await expect.poll(ids).toEqual(expectIds(1));
    await page.getByRole('button', { name: 'Next collection' }).click();
    const gcAt = session.find(1, 'gc', 1)!;
    await expect.poll(() => slider.inputValue()).toBe(String(gcAt));
    await expect.poll(ids).toEqual(expectIds(gcAt));
    await expect.poll(() => page.locator('.now .chip.gc').count()).toBe(1);
    // inspect a node of the cycle
    const node = allObjects(session, gcAt).find((o) => o.type === 'Node')!;
    await page.locator(`tr[data-id="${node.id}"]`).click();
    await expect.poll(() => page.locator('.detail .refsum').textContent()).toBe(refcountSum(session.inspect(gcAt, node.id)!));
    // revealLine scrolls the source to the allocating line and flashes it
    await expect.poll(() => page.locator(`#heapscope-source li[data-line="${node.line}"]`).getAttribute('class')).toContain('flash');
    await page.getByRole('button', { name: 'Last position' }).click();
    await expect.poll(() => slider.inputValue()).toBe(String(count + 1));
    await expect.poll(ids).toEqual(expectIds(count + 1));

    expect(await page.locator('.status').getAttribute('class')).not.toContain('error');
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(root, 'test-results/panel/report-light.png'), fullPage: true });
    await context.close();
  });
});
