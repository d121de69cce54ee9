/**
 * Heap panel benchmark, webview side (bundled and run by bench/panel-webview.mjs; part of `npm run bench`).
 * The engine side (`panelSession` recording and snapshot latency over long runs) is bench/panel-engine.ts.
 *
 * In headless Chromium (Debian's chromium via playwright-core), with the real panel bundle hosted by a
 * real engine session (test/webview/harness.ts), for two heaps of ≥ 64 arenas: bench/panel/big_heap.py
 * (few big objects, a fragmented heap) and bench/panel/huge_heap.py (1.68 million small objects):
 *   - snapshot: `PanelSession.snapshot(p)` alone, in Node, and the size of its JSON; stepping forward through
 *     positions not seen yet (each one's objects table is made too); the size of a step's `snapshotDelta`;
 *   - objects query: `PanelSession.objects(p, q)` for the table's first page in line order, sorted by size,
 *     filtered by type and by value (the first query at a position builds its table; the later ones reuse it);
 *   - redraw: a full arena-map repaint (the visible window of every pool, labels, selection), triggered the
 *     way a user does it (changing "colour by"), timed inside the page;
 *   - panel update: every view rendering a new snapshot (`heapscope:snapshot-render`), in the page;
 *   - seek + redraw in the page: from the panel posting `seek` to the frame showing the new position
 *     painted (`heapscope:seek`: the host's snapshot, the message into the page, the update, the paint);
 *   - seek + redraw end to end through Playwright: from the key press (← / →) to Node seeing the position.
 * Prints a Markdown section on stdout (bench/run.mjs appends it to bench/results.md).
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { panelSession } from '../src/engine/trace/panel';
import type { ObjectQuery, PanelSession } from '../src/protocol/heap';
import { DEFAULT_OBJECT_QUERY, snapshotDelta } from '../src/protocol/heap';
import { buildBundles, launch, openPanel, root } from '../test/webview/harness';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MiB`;
const row = (what: string, xs: number[], target = ''): string => `| ${what} | ${ms(median(xs))} | ${ms(p95(xs))} | ${target} |`;

interface Program {
  file: string;
  /** repetitions of the slow measurements (seeks, snapshots) */
  reps: number;
  /** a value to search for in the table (a preview) */
  value: string;
}

const PROGRAMS: Program[] = [
  { file: 'bench/panel/big_heap.py', reps: 10, value: '0x' },
  { file: 'bench/panel/huge_heap.py', reps: 6, value: '1234.5' },
];

async function measure(browser: Browser, bundleDir: string, prog: Program, out: string[]): Promise<void> {
  const file = join(root, prog.file);
  const t0 = performance.now();
  const session: PanelSession = panelSession(readFileSync(file, 'utf8'), { filename: file, version: '3.12', timeoutMs: 3_600_000, maxSteps: 1e10 });
  const recordMs = performance.now() - t0;
  if (session.run.result.error) throw new Error(`${prog.file}: ${session.run.result.error.message}`);
  const count = session.run.timeline.count;
  // the last lines: the heap at its fullest
  const from = count - 1;
  const positions = [count - 1, count, count + 1];
  const snapMs: number[] = [];
  for (let i = 0; i < Math.max(1, Math.ceil(prog.reps / 3)); i++) {
    for (const p of positions) {
      const t = performance.now();
      session.snapshot(p);
      snapMs.push(performance.now() - t);
    }
  }
  // stepping forward through positions not visited yet (the cursor moves on; each position's table is new)
  const fresh: number[] = [];
  const start = Math.max(1, count - 3 - prog.reps);
  session.snapshot(start);
  for (let q = start + 1; q <= start + prog.reps; q++) {
    const t = performance.now();
    session.snapshot(q);
    fresh.push(performance.now() - t);
  }
  const snap = session.snapshot(from);
  const json = JSON.stringify(snap).length;
  // what a step sends the panel (SnapshotStream: the snapshot as a change to the one shown)
  const deltaJson = JSON.stringify({ kind: 'snapshotDelta', delta: snapshotDelta(snap, session.snapshot(from + 1)) }).length;
  // objects queries at a position whose table is not made yet (a big heap's table is made on demand)
  const query = (q: Partial<ObjectQuery>): number => {
    const t = performance.now();
    session.objects(from, { ...DEFAULT_OBJECT_QUERY, ...q });
    return performance.now() - t;
  };
  const firstPage = query({});
  const bySize = query({ sort: 'size', descending: true });
  const bySizeNext = query({ sort: 'size', descending: true, offset: 200 });
  const byType = query({ sort: 'size', descending: true, filter: 'tuple' });
  const byValue = query({ sort: 'size', descending: true, filter: prog.value });
  const pageJson = JSON.stringify(session.objects(from, { ...DEFAULT_OBJECT_QUERY })).length;

  const pp = await openPanel(browser, bundleDir, session, {
    width: 1400,
    height: 1000,
    storage: { file, position: from, colourBy: 'state', selectedId: null, tab: 'objects', filter: '', sort: { column: 'line', descending: false } },
  });
  const { page } = pp;
  try {
    await page.waitForFunction((q) => document.querySelector<HTMLInputElement>('.controls .slider')?.value === String(q), from, { timeout: 600_000 });
    const canvas = await page.locator('.arena-canvas').evaluate((c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height]);
    // redraw: each colour mode n times (alternating with another mode so every change repaints); the
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
          select.value = 'state';
          select.dispatchEvent(new Event('change'));
          return times;
        },
        { m: mode, n: 20 },
      );
    }
    // seek + redraw: key press → the panel shows the position; in the page, the panel's measures
    await page.locator('header.top').click();
    const seek: number[] = [];
    /** in the page, stepping forward (→: the engine moves its replay on) and back (←: replays from a checkpoint) */
    const inPage: [number[], number[]] = [[], []];
    const render: number[] = [];
    for (let i = 0; i < prog.reps; i++) {
      const target = i % 2 ? from : from + 1;
      await page.evaluate(() => {
        performance.clearMeasures('heapscope:snapshot-render');
        performance.clearMeasures('heapscope:seek');
      });
      const t = performance.now();
      await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
      await page.waitForFunction((q) => document.querySelector<HTMLInputElement>('.controls .slider')?.value === String(q), target, { timeout: 600_000, polling: 1 });
      seek.push(performance.now() - t);
      // the seek measure lands after the frame that painted the answer
      const m = await page.waitForFunction(() => {
        const e = performance.getEntriesByName('heapscope:seek');
        return e.length ? [e[0].duration, performance.getEntriesByName('heapscope:snapshot-render').reduce((a, x) => a + x.duration, 0)] : null;
      }, undefined, { timeout: 60_000, polling: 'raf' });
      const [seekMs, renderMs] = (await m.jsonValue()) as number[];
      inPage[i % 2].push(seekMs);
      render.push(renderMs);
    }
    // the harness's share: a call from the page into the Node host and back (Playwright's binding), doing
    // nothing; a seek in the page makes that trip and a page.evaluate with the answer
    const trip: number[] = await page.evaluate(async (n) => {
      const g = globalThis as unknown as { __heapscopeHost(m: unknown): Promise<void> };
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await g.__heapscopeHost({ kind: 'revealLine', line: 0 });
        times.push(performance.now() - t);
      }
      return times;
    }, 20);
    const liveObjects = snap.totals.liveObjects;
    out.push(`### \`${prog.file}\``);
    out.push('');
    out.push(
      `${count.toLocaleString('en-US')} line events, recorded in ${(recordMs / 1000).toFixed(1)} s; at position ${from}: **${snap.arenas.length} arenas**, ` +
        `**${liveObjects.toLocaleString('en-US')} live objects**, snapshot JSON ${mib(json)} (no object list: the run-length encoded map and ${snap.types.length} type counts), ` +
        `a step's \`snapshotDelta\` message ${(deltaJson / 1024).toFixed(1)} KiB, ` +
        `first objects page JSON ${(pageJson / 1024).toFixed(0)} KiB; arena map canvas ${canvas[0]} × ${canvas[1]} px.`,
    );
    out.push('');
    out.push('| measurement | median | p95 | target |');
    out.push('| --- | ---: | ---: | --- |');
    out.push(row('`PanelSession.snapshot(p)` (engine, Node), alternating p and p + 1', snapMs));
    out.push(row('`PanelSession.snapshot(p)` stepping forward to positions not seen yet (makes each one\'s objects table)', fresh));
    out.push(row('objects query: first page, line order (makes the position\'s table)', [firstPage]));
    out.push(row('objects query: sort by size, descending', [bySize]));
    out.push(row('objects query: sort by size, second page', [bySizeNext]));
    out.push(row('objects query: filter `tuple`, by size', [byType]));
    out.push(row(`objects query: filter \`${prog.value}\` (values), by size`, [byValue]));
    for (const [mode, xs] of Object.entries(redraw)) out.push(row(`arena map full redraw, colour by ${mode}`, xs, '< 16 ms'));
    out.push(row('panel update for the new snapshot (all views, in the page)', render));
    out.push(row('**seek + redraw in the page**, step forward → (seek posted → new position painted)', inPage[0], '< 50 ms'));
    out.push(row('**seek + redraw in the page**, step back ← (replay from the chunk\'s checkpoint)', inPage[1], '< 50 ms'));
    out.push(row('seek + redraw end to end through Playwright, → and ← (key press → position seen from Node)', seek));
    out.push(row('(harness) page → Node host → page round trip through Playwright\'s binding, no work', trip));
    out.push('');
  } finally {
    await page.context().close();
  }
}

async function main(): Promise<void> {
  const out: string[] = [];
  const load = loadavg()[0];
  const dir = await buildBundles([
    { in: 'webview/main.ts', out: 'webview.js', minify: true },
    { in: 'webview/styles/panel.css', out: 'webview.css' },
  ]);
  out.push('## Heap panel, webview side (`bench/panel-webview.ts`)');
  out.push('');
  out.push(
    `CPython 3.12 model; headless Chromium (software rendering), 1400 × 1000 viewport; load average ${load.toFixed(1)} on ${cpus().length} cores at the start` +
      `${load > cpus().length ? ' (**a busy machine: times are inflated; rerun on an idle one**)' : ''}. Times are wall clock.`,
  );
  out.push('');
  const browser = await launch();
  try {
    const only = process.argv.slice(2);
    for (const prog of PROGRAMS) if (only.length === 0 || only.some((f) => prog.file.includes(f))) await measure(browser, dir, prog, out);
  } finally {
    await browser.close();
  }
  out.push('Redraw = `heapscope:map-paint` (the map repaints the visible window of the heap: the canvas above; the');
  out.push('scroll area holds all arenas). Seek in the page = `heapscope:seek`, from the panel posting `seek` to the');
  out.push('frame painting the answer: the host computing the snapshot (here in Node, through Playwright\'s binding), the');
  out.push('message (after the first snapshot, a `snapshotDelta`: the pools that changed), the panel update and the paint;');
  out.push('the objects table\'s page follows in a second request. The end-to-end');
  out.push('number adds Playwright\'s key press and polling. In VS Code the host is the extension with the session in its worker.');
  out.push('');
  process.stdout.write(out.join('\n'));
}

main().catch((e: unknown) => {
  process.stderr.write(`panel benchmark failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
