/**
 * Heap panel benchmark, webview side (bundled and run by bench/panel-webview.mjs; part of `npm run bench`).
 * The engine side (`panelSession` recording and snapshot latency) is bench/panel-engine.ts.
 *
 * In headless Chromium (Debian's chromium via playwright-core), with the real panel bundle hosted by a
 * real engine session (test/webview/harness.ts), on a heap of ≥ 64 arenas (bench/panel/big_heap.py):
 *   - redraw: a full arena-map repaint (every block of every pool, labels, selection), triggered the way
 *     a user does it (changing "colour by"), timed inside the page;
 *   - seek + redraw: from the key press (← / →) to the panel showing the new position, timed from Node:
 *     the host's `snapshot(p)`, the message into the page, and every view rendering it;
 *   - snapshot: `PanelSession.snapshot(p)` alone, in Node.
 * Prints a Markdown section on stdout (bench/run.mjs appends it to bench/results.md).
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { panelSession } from '../src/engine/trace/panel';
import { buildBundles, launch, openPanel, root } from '../test/webview/harness';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (x: number): string => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  const out: string[] = [];
  const load = loadavg()[0];
  const file = join(root, 'bench/panel/big_heap.py');
  const t0 = performance.now();
  const session = panelSession(readFileSync(file, 'utf8'), { filename: file, version: '3.12', timeoutMs: 600_000 });
  const recordMs = performance.now() - t0;
  const count = session.run.timeline.count;
  // the last lines: the fragmented heap (every arena still held by one block per pool)
  const from = count - 1;
  const positions = [count - 1, count, count + 1];
  const snapMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    for (const p of positions) {
      const t = performance.now();
      session.snapshot(p);
      snapMs.push(performance.now() - t);
    }
  }
  const snap = session.snapshot(from);
  const json = JSON.stringify(snap).length;

  const dir = await buildBundles([
    { in: 'webview/main.ts', out: 'webview.js', minify: true },
    { in: 'webview/styles/panel.css', out: 'webview.css' },
  ]);
  const browser = await launch();
  try {
    const pp = await openPanel(browser, dir, session, {
      width: 1400,
      height: 1000,
      storage: { file, position: from, colourBy: 'state', selectedId: null, tab: 'objects', filter: '', sort: { column: 'line', descending: false } },
    });
    const { page } = pp;
    await page.waitForFunction((q) => document.querySelector<HTMLInputElement>('.controls .slider')?.value === String(q), from, { timeout: 120_000 });
    const canvas = await page.locator('.arena-canvas').evaluate((c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height]);
    // redraw: each colour mode 20 times (alternating with another mode so every change repaints); the
    // map's own user-timing measure `heapscope:map-paint` (blocks, labels, selection)
    const redraw: Record<string, number[]> = {};
    for (const mode of ['state', 'type', 'sizeClass', 'generation']) {
      redraw[mode] = await page.evaluate(
        ({ m, n }) => {
          const select = document.querySelector<HTMLSelectElement>('select[aria-label="Colour blocks by"]')!;
          const other = m === 'state' ? 'type' : 'state';
          const times: number[] = [];
          for (let i = 0; i < 2 * n; i++) {
            performance.clearMeasures('heapscope:map-paint');
            select.value = i % 2 ? other : m;
            select.dispatchEvent(new Event('change'));
            if (i % 2 === 0) times.push(performance.getEntriesByName('heapscope:map-paint').reduce((a, e) => a + e.duration, 0));
          }
          return times;
        },
        { m: mode, n: 20 },
      );
    }
    // seek + redraw: key press → the panel shows the position (end to end, through Playwright), and the
    // panel's own measure `heapscope:snapshot-render` (every view updated for the new snapshot)
    await page.locator('header.top').click();
    const seek: number[] = [];
    const render: number[] = [];
    for (let i = 0; i < 10; i++) {
      const target = i % 2 ? from : from + 1;
      await page.evaluate(() => performance.clearMeasures('heapscope:snapshot-render'));
      const t = performance.now();
      await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
      await page.waitForFunction((q) => document.querySelector<HTMLInputElement>('.controls .slider')?.value === String(q), target, { timeout: 60_000, polling: 1 });
      seek.push(performance.now() - t);
      render.push(await page.evaluate(() => performance.getEntriesByName('heapscope:snapshot-render').reduce((a, e) => a + e.duration, 0)));
    }
    out.push('## Heap panel, webview side (`bench/panel-webview.ts`)');
    out.push('');
    out.push(
      `Program \`bench/panel/big_heap.py\` (CPython 3.12 model): ${count.toLocaleString('en-US')} line events, recorded in ${(recordMs / 1000).toFixed(1)} s; ` +
        `at position ${from}: **${snap.arenas.length} arenas**, ${snap.objects.length.toLocaleString('en-US')} live objects, ` +
        `snapshot JSON ${(json / 1024 / 1024).toFixed(1)} MiB; arena map canvas ${canvas[0]} × ${canvas[1]} px. Headless Chromium (software rendering), 1400 × 1000 viewport; ` +
        `load average ${load.toFixed(1)} on ${cpus().length} cores at the start${load > cpus().length ? ' (**a busy machine: times are inflated; rerun on an idle one**)' : ''}.`,
    );
    out.push('');
    out.push('| measurement | median | p95 | target |');
    out.push('| --- | ---: | ---: | --- |');
    for (const [mode, xs] of Object.entries(redraw)) out.push(`| arena map full redraw, colour by ${mode} | ${ms(median(xs))} | ${ms(p95(xs))} | < 16 ms |`);
    out.push(`| seek: \`PanelSession.snapshot(p)\` (engine, Node) | ${ms(median(snapMs))} | ${ms(p95(snapMs))} | |`);
    out.push(`| seek: panel update for the new snapshot (all views, in the page) | ${ms(median(render))} | ${ms(p95(render))} | |`);
    out.push(`| seek + redraw end to end through Playwright (key press → position shown) | ${ms(median(seek))} | ${ms(p95(seek))} | < 50 ms |`);
    out.push('');
    out.push('Redraw = `heapscope:map-paint` (the map repaints the visible window of the heap: the canvas above; the');
    out.push('scroll area holds all arenas). The end-to-end seek adds Playwright\'s round trips (key press, the page');
    out.push('calling the host in Node, the snapshot sent back as JSON, polling for the result) to the two parts above;');
    out.push('in VS Code the host is the extension with the session in its worker.');
    out.push('');
    await pp.page.context().close();
  } finally {
    await browser.close();
  }
  process.stdout.write(out.join('\n'));
}

main().catch((e: unknown) => {
  process.stderr.write(`panel benchmark failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
