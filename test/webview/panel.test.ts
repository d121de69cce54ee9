/**
 * The heap panel in headless Chromium (test/webview/harness.ts), hosted by real engine sessions of the
 * examples and of a small program with a cycle and a gc.collect(). Every control is driven and what the
 * page shows is checked against the session's own snapshots. Screenshots (light and dark) go to
 * test-results/panel/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { panelSession } from '../../src/engine/trace/panel';
import type { PanelSession, PanelState, Snapshot } from '../../src/protocol/heap';
import { DEFAULT_OBJECT_QUERY, snapshotDelta } from '../../src/protocol/heap';
import { referenceFilter, referenceOrder } from '../engine/trace/objectorder';
import { blockRect, layoutMap } from '../../webview/views/mapLayout';
import { shownFreelists } from '../../webview/views/freelistRows';
import { refcountSum } from '../../webview/views/refs';
import { timelinePosition, timelineX } from '../../webview/views/timelineScale';
import { allObjects, buildBundles, ensureShotsDir, launch, openPanel, root, type PanelPage } from './harness';

/** Rows per page of the objects table. */
const PAGE = DEFAULT_OBJECT_QUERY.limit;
/** A count as the panel prints it. */
const fmt = (n: number): string => n.toLocaleString('en-US');

const CYCLE = 'test/webview/programs/cycle.py';
const EXAMPLES = ['examples/hello_memory.py', 'examples/linked_list.py', 'examples/object_graph.py', 'examples/word_count.py'];

let browser: Browser;
let bundleDir = '';
const sessions = new Map<string, PanelSession>();

/** The position of the program's gc.collect() (its first collection with reason 'collect'). */
function collectAt(s: PanelSession): number {
  return s.run.timeline.collections.find((c) => c.reason === 'collect')!.position;
}

function session(file: string): PanelSession {
  let s = sessions.get(file);
  if (!s) {
    // 3.13, as CPython 3.13 runs them: start-up leaves gen 0 at 1,960 of 2,000 after `import gc`, so the
    // first class statement collects automatically before the program's gc.collect() (see collectAt)
    s = panelSession(readFileSync(join(root, file), 'utf8'), { filename: file, version: '3.13' });
    sessions.set(file, s);
  }
  return s;
}

function state(file: string, over: Partial<PanelState> = {}): PanelState {
  return { file, position: 0, colourBy: 'state', selectedId: null, tab: 'objects', filter: '', sort: { column: 'line', descending: false }, ...over };
}

beforeAll(async () => {
  bundleDir = await buildBundles([
    { in: 'webview/main.ts', out: 'webview.js' },
    { in: 'webview/styles/panel.css', out: 'webview.css' },
  ]);
  browser = await launch();
  ensureShotsDir();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Wait until the panel shows position p (its slider), and the host sent that snapshot. */
async function atPosition(page: Page, p: number): Promise<void> {
  await page.waitForFunction((q) => document.querySelector<HTMLInputElement>('.controls .slider')?.value === String(q) && !!document.querySelector('.now-head'), p, { timeout: 10_000 });
}

async function shownPosition(page: Page): Promise<number> {
  return Number(await page.locator('.controls .slider').inputValue());
}

/** What the panel shows for the current snapshot, compared with the engine's snapshot. */
async function expectShows(pp: PanelPage, s: Snapshot, count: number): Promise<void> {
  const { page } = pp;
  const session = pp.host.session;
  await atPosition(page, s.position);
  // objects table: the first page of the live objects in the default order (the file's lines first, then by id)
  const filter = await page.locator('.objects-view .search').inputValue();
  const sorted = await page.locator('th[data-col="line"]').getAttribute('aria-sort');
  const tableShown = await page.locator('#panel-objects').isVisible();
  if (tableShown && !filter && sorted === 'ascending') {
    const all = allObjects(session, s.position);
    const want = referenceOrder(all, 'line', false).map((o) => o.id).slice(0, PAGE);
    await expect.poll(() => tableIds(page)).toEqual(want);
    await expect.poll(() => page.locator('.objects-view .count').textContent()).toContain(`${fmt(all.length)} live object`);
    expect(all.length).toBe(s.totals.liveObjects);
  }
  // the other tabs render when shown: look at each, then come back to the one that was open
  const openTab = await page.locator('[role=tab][aria-selected=true]').textContent();
  await page.getByRole('tab', { name: 'Generations' }).click();
  // generations: counts against thresholds
  const meters = await page.locator('.gen-bars [role=meter]').evaluateAll((m) => m.map((x) => [Number(x.getAttribute('aria-valuenow')), Number(x.getAttribute('aria-valuemax'))]));
  expect(meters).toEqual([0, 1, 2].map((g) => [s.gc.counts[g], s.gc.thresholds[g]]));
  await page.getByRole('tab', { name: 'Freelists & stats' }).click();
  // freelists: occupancy against limits
  const fl = await page.locator('.freelists [role=meter]').evaluateAll((m) => m.map((x) => Number(x.getAttribute('aria-valuenow'))));
  expect(fl).toEqual(shownFreelists(s.freelists).rows.map((f) => f.size));
  // size classes of _debugmallocstats
  const classes = await page.locator('.size-classes tbody tr').count();
  expect(classes).toBe(s.mallocStats.sizeClasses.filter((c) => c.poolsInUse > 0 || c.blocksInUse > 0).length);
  await page.getByRole('tab', { name: 'Frames & output' }).click();
  expect(await page.locator('#panel-program .output').textContent()).toBe(s.stdout + s.stderr || '(nothing printed yet)');
  await page.getByRole('tab', { name: openTab! }).click();
  // the map's scroll area holds every arena (the canvas itself shows the visible part)
  const canvasWidth = await page.locator('.arena-canvas').evaluate((c) => (c as HTMLCanvasElement).width);
  const spacer = await page.locator('.arena-spacer').evaluate((e) => (e as HTMLElement).offsetHeight);
  expect(spacer).toBe(layoutMap(s.arenas.map((a) => a.poolsCarved), canvasWidth, 1).height);
  // the current line
  const now = await page.locator('.now').textContent();
  if (s.position === 0) expect(now).toContain('Start');
  else if (s.position > count) expect(now).toContain('End');
  else expect(now).toContain(`line ${s.line}`);
  for (const a of (s.current?.allocs ?? []).slice(0, 6)) expect(now).toContain(`+ ${a.type} ${a.size} B`);
}

async function tableIds(page: Page): Promise<number[]> {
  return page.locator('table.objects tbody tr[data-id]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-id'))));
}

/** Scroll an object's block into view and return its centre in page coordinates. */
async function blockCentre(page: Page, s: Snapshot, address: number): Promise<{ x: number; y: number }> {
  const width = await page.locator('.arena-canvas').evaluate((c) => (c as HTMLCanvasElement).width);
  const l = layoutMap(s.arenas.map((a) => a.poolsCarved), width, 1);
  const r = blockRect(l, s, address);
  if (!r) throw new Error(`block ${address} is not in a pool`);
  // the canvas shows the scrolled-to window of the map (device px = CSS px here: dpr 1)
  const top = await page.locator('.map-scroll').evaluate((el, y) => {
    el.scrollTop = Math.max(0, y - 100);
    return el.scrollTop;
  }, r[1]);
  await page.waitForTimeout(50); // the repaint on scroll happens in the next animation frame
  const box = (await page.locator('.arena-canvas').boundingBox())!;
  return { x: box.x + r[0] + r[2] / 2, y: box.y + r[1] - top + r[2] / 2 };
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(root, 'test-results/panel', `${name}.png`), fullPage: true });
}

describe('heap panel in Chromium', () => {
  it('loads every example, shows the engine state at start, middle and end, with no errors or network', async () => {
    for (const file of [...EXAMPLES, CYCLE]) {
      const s = session(file);
      const count = s.run.timeline.count;
      const pp = await openPanel(browser, bundleDir, s);
      await expectShows(pp, s.snapshot(0), count);
      for (const p of [Math.floor(count / 2), count + 1]) {
        await pp.page.locator('.controls .slider').fill(String(p));
        await expectShows(pp, s.snapshot(p), count);
      }
      expect(pp.foreignRequests).toEqual([]);
      expect(pp.consoleErrors).toEqual([]);
      const name = file.split('/').pop()!.replace('.py', '');
      await shoot(pp.page, `example-${name}-end`);
      await pp.page.context().close();
    }
  });

  it('step buttons, keyboard shortcuts and find next/previous allocation, free and collection', async () => {
    const s = session(CYCLE);
    const count = s.run.timeline.count;
    const pp = await openPanel(browser, bundleDir, s);
    const { page } = pp;
    await atPosition(page, 0);
    await page.getByRole('button', { name: 'Step forward one line' }).click();
    await expectShows(pp, s.snapshot(1), count);
    await page.getByRole('button', { name: 'Step forward one line' }).click();
    await atPosition(page, 2);
    await page.getByRole('button', { name: 'Step back one line' }).click();
    await atPosition(page, 1);
    await page.getByRole('button', { name: 'Last position' }).click();
    await expectShows(pp, s.snapshot(count + 1), count);
    await page.getByRole('button', { name: 'First position' }).click();
    await atPosition(page, 0);
    // find: each kind forward and back, compared with the session's own answer
    for (const kind of ['alloc', 'free', 'gc'] as const) {
      const word = { alloc: 'allocation', free: 'free', gc: 'collection' }[kind];
      const from = await shownPosition(page);
      const next = s.find(from, kind, 1);
      expect(next).not.toBeNull();
      await page.getByRole('button', { name: `Next ${word}` }).click();
      await expectShows(pp, s.snapshot(next!), count);
      const prev = s.find(next!, kind, -1);
      await page.getByRole('button', { name: `Previous ${word}` }).click();
      await atPosition(page, prev ?? next!);
      if (prev === null) await expect.poll(() => page.locator('.status').textContent()).toContain(`No earlier ${word}`);
    }
    // the collection: the position where gc.collect() runs shows it in the "now" strip and the generations tab
    const gcAt = collectAt(s);
    await page.locator('.controls .slider').fill(String(gcAt));
    await expectShows(pp, s.snapshot(gcAt), count);
    const c = s.run.timeline.collections.find((x) => x.reason === 'collect')!;
    await expect.poll(() => page.locator('.now .chip.gc').textContent()).toBe(`gc gen ${c.generation}: ${c.collected} collected`);
    // keyboard: arrows, Home, End, g / G (focus on the page body)
    await page.locator('header.top').click();
    await page.keyboard.press('Home');
    await atPosition(page, 0);
    await page.keyboard.press('ArrowRight');
    await atPosition(page, 1);
    await page.keyboard.press('ArrowLeft');
    await atPosition(page, 0);
    await page.keyboard.press('g');
    const firstGc = s.find(0, 'gc', 1)!;
    await atPosition(page, firstGc);
    await page.keyboard.press('End');
    await atPosition(page, count + 1);
    await page.keyboard.press('Shift+G');
    const lastGc = s.find(count + 1, 'gc', -1)!;
    await atPosition(page, lastGc);
    await page.keyboard.press('a');
    await atPosition(page, s.find(lastGc, 'alloc', 1)!);
    await page.keyboard.press('f');
    const fromA = s.find(lastGc, 'alloc', 1)!;
    await atPosition(page, s.find(fromA, 'free', 1) ?? fromA);
    expect(pp.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('steps arrive as deltas; a delta for another base makes the panel ask for the whole snapshot', async () => {
    const s = session(CYCLE);
    const count = s.run.timeline.count;
    const pp = await openPanel(browser, bundleDir, s);
    const { page, host } = pp;
    await atPosition(page, 0);
    await page.getByRole('button', { name: 'Step forward one line' }).click();
    await page.getByRole('button', { name: 'Step forward one line' }).click();
    await expectShows(pp, s.snapshot(2), count);
    // the first snapshot whole, the steps as deltas against the one shown
    const kinds = host.sent.filter((m) => m.kind === 'snapshot' || m.kind === 'snapshotDelta').map((m) => m.kind);
    expect(kinds).toEqual(['snapshot', 'snapshotDelta', 'snapshotDelta']);
    // a delta whose base is not the shown snapshot (position 2): the panel asks again, whole
    const target = Math.min(count, 6);
    const sentBefore = host.sent.length;
    await host.send({ kind: 'snapshotDelta', delta: snapshotDelta(s.snapshot(target - 1), s.snapshot(target)) });
    await expectShows(pp, s.snapshot(target), count);
    expect(host.last('seek')).toEqual({ kind: 'seek', position: target, full: true });
    const answer = host.sent.slice(sentBefore + 1).find((m) => m.kind === 'snapshot' || m.kind === 'snapshotDelta');
    expect(answer?.kind).toBe('snapshot');
    // and steps go on as deltas from there
    await page.getByRole('button', { name: 'Step back one line' }).click();
    await expectShows(pp, s.snapshot(target - 1), count);
    expect(pp.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('play runs forward at the chosen speed and pauses; the slider and the timeline seek', async () => {
    const s = session('examples/linked_list.py');
    const count = s.run.timeline.count;
    const pp = await openPanel(browser, bundleDir, s);
    const { page } = pp;
    await atPosition(page, 0);
    await page.getByLabel('Playback speed (lines per second)').selectOption('60');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => Number(document.querySelector<HTMLInputElement>('.controls .slider')?.value) >= 8, undefined, { timeout: 10_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    // a step posted just before the pause may still be answered: let it land, then nothing may move
    await page.waitForTimeout(300);
    const paused = await shownPosition(page);
    await page.waitForTimeout(300);
    expect(await shownPosition(page)).toBe(paused);
    await expectShows(pp, s.snapshot(paused), count);
    // slider
    await page.locator('.controls .slider').fill(String(count - 3));
    await expectShows(pp, s.snapshot(count - 3), count);
    // timeline click and drag
    const box = (await page.locator('.timeline-canvas').boundingBox())!;
    const v = s.run.timeline;
    const xAt = (p: number): number => timelineX(p, box.width, v.count);
    const target = Math.floor(count / 3);
    await page.mouse.click(box.x + xAt(target), box.y + box.height / 2);
    await expectShows(pp, s.snapshot(timelinePosition(xAt(target), box.width, v)), count);
    await page.mouse.move(box.x + xAt(5), box.y + 40);
    await page.mouse.down();
    for (const p of [10, 20, 30]) await page.mouse.move(box.x + xAt(p), box.y + 40, { steps: 3 });
    await page.mouse.up();
    await expectShows(pp, s.snapshot(timelinePosition(xAt(30), box.width, v)), count);
    // the timeline hover says what is at a position
    await page.mouse.move(box.x + xAt(30), box.y + 40);
    await expect.poll(() => page.locator('.timeline .tooltip').textContent()).toContain('position 30');
    // the timeline as a slider: arrow keys
    await page.locator('.timeline-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await atPosition(page, 31);
    expect(pp.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('hovering a block shows its object; clicking selects it, reveals its line and inspects it', async () => {
    const s0 = session(CYCLE);
    const count = s0.run.timeline.count;
    // the position just before `del a, b`: both nodes alive and bound
    const delLine = s0.run.source.split('\n').findIndex((t) => t.startsWith('del a, b')) + 1;
    const p = s0.findLine(0, delLine, 1)!;
    const s = s0.snapshot(p);
    const objects = allObjects(s0, p);
    const node = objects.find((o) => o.type === 'Node' && o.names.includes('a'))!;
    expect(node).toBeDefined();
    const pp = await openPanel(browser, bundleDir, s0, { storage: state(CYCLE, { position: p }) });
    const { page, host } = pp;
    await expectShows(pp, s, count);
    const at = await blockCentre(page, s, node.address);
    await page.mouse.move(at.x, at.y);
    const tip = page.locator('.map-box .tooltip');
    await expect.poll(() => tip.textContent()).toContain(`id 0x${node.id.toString(16)}`);
    // the map knows the block's type; the rest is looked up through the host
    await expect.poll(() => tip.textContent()).toContain('bound to a');
    const text = (await tip.textContent())!;
    expect(text).toContain(`refcount ${node.refcount}`);
    expect(text).toContain(`allocated on line ${node.line}`);
    expect(text).toContain('bound to a');
    await page.mouse.click(at.x, at.y);
    // selection: row, revealLine, inspect → detail with the refcount explained and the graph
    await expect.poll(() => page.locator(`tr[data-id="${node.id}"]`).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => host.last('revealLine')?.line).toBe(node.line);
    const detail = s0.inspect(p, node.id)!;
    await expect.poll(() => page.locator('.detail .refsum').textContent()).toBe(refcountSum(detail));
    expect(await page.locator('.detail .repr').textContent()).toBe(detail.repr);
    const holders = detail.referrers.length + (detail.unexplained > 0 ? 1 : 0);
    expect(await page.locator('.ref-graph .g-holder, .ref-graph .g-unexplained').count()).toBe(Math.min(holders, 8 + 1));
    expect(await page.locator('.ref-graph .g-referent').count()).toBe(Math.min(detail.referents.length, 8));
    // the other node holds this one (a.other is b, b.other is a): following the edge selects it
    const other = objects.find((o) => o.type === 'Node' && o.names.includes('b'))!;
    const link = page.locator('.ref-graph .g-link', { hasText: other.id.toString(16) }).first();
    await link.click();
    await expect.poll(() => page.locator(`tr[data-id="${other.id}"]`).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.detail .refsum').textContent()).toBe(refcountSum(s0.inspect(p, other.id)!));
    // the selection is drawn on the map and saved
    expect((await pp.saved())?.selectedId).toBe(other.id);
    await shoot(page, 'cycle-selected-light');
    expect(pp.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('colour-by repaints blocks by state, type, size class and generation', async () => {
    const s0 = session(CYCLE);
    const p = collectAt(s0);
    const s = s0.snapshot(p);
    const objects = allObjects(s0, p);
    const node = objects.find((o) => o.type === 'Node') ?? objects.find((o) => o.generation === 0 || o.generation === 1 || o.generation === 2)!;
    const pp = await openPanel(browser, bundleDir, s0, { storage: state(CYCLE, { position: p }) });
    const { page } = pp;
    await atPosition(page, p);
    const at = await blockCentre(page, s, node.address);
    const box = (await page.locator('.arena-canvas').boundingBox())!;
    const px = { x: Math.floor(at.x - box.x), y: Math.floor(at.y - box.y) };
    const pixelAt = (): Promise<number[]> =>
      page.locator('.arena-canvas').evaluate((c, q) => Array.from((c as HTMLCanvasElement).getContext('2d')!.getImageData(q.x, q.y, 1, 1).data).slice(0, 3), px);
    /** a CSS variable's colour as the canvas paints it */
    const cssColour = (name: string): Promise<number[]> =>
      page.evaluate((n) => {
        const c = document.createElement('canvas').getContext('2d')!;
        c.fillStyle = getComputedStyle(document.body).getPropertyValue(n).trim();
        c.fillRect(0, 0, 1, 1);
        return Array.from(c.getImageData(0, 0, 1, 1).data).slice(0, 3);
      }, name);
    expect(await pixelAt()).toEqual(await cssColour('--hs-block-object'));
    const select = page.getByLabel('Colour blocks by');
    await select.selectOption('generation');
    const gen = node.generation;
    const genVar = gen === null ? '--hs-gen-none' : gen === 'untracked' ? '--hs-gen-untracked' : gen === 'unreachable' ? '--hs-gen-unreachable' : gen === 'permanent' ? '--hs-gen-permanent' : `--hs-gen-${gen}`;
    await expect.poll(pixelAt).toEqual(await cssColour(genVar));
    await select.selectOption('type');
    const legend = await page.locator('.legend').textContent();
    expect(legend).toContain(`${node.type} (`);
    const typePixel = await pixelAt();
    expect(typePixel).not.toEqual(await cssColour('--hs-page-does-not-define-this'));
    await select.selectOption('sizeClass');
    await expect.poll(() => page.locator('.legend').textContent()).toContain('size class');
    expect((await pp.saved())?.colourBy).toBe('sizeClass');
    await select.selectOption('state');
    await expect.poll(pixelAt).toEqual(await cssColour('--hs-block-object'));
    expect(pp.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('objects table: search, sort, keyboard selection; tabs; state restored after a reload', async () => {
    const file = 'examples/object_graph.py';
    const s0 = session(file);
    // just after the line that ran gc.collect(): the last collection is known
    const p = collectAt(s0) + 1;
    const s = s0.snapshot(p);
    const pp = await openPanel(browser, bundleDir, s0, { storage: state(file, { position: p }) });
    const { page } = pp;
    await expectShows(pp, s, s0.run.timeline.count);
    const all = allObjects(s0, p);
    // search by type
    await page.getByLabel('Filter objects by type, name, id, value or line').fill('Employee');
    const employees = referenceFilter(all, 'employee');
    expect(employees.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('table.objects tbody tr[data-id]').count()).toBe(employees.length);
    expect(await page.locator('.objects-view .count').textContent()).toContain(`${fmt(employees.length)} matching of ${fmt(all.length)} objects`);
    // sort by size, descending on first click, ascending on the second
    await page.getByLabel('Filter objects by type, name, id, value or line').fill('');
    await page.locator('th[data-col="size"] button').click();
    const sizes = async (): Promise<number[]> => (await page.locator('table.objects tbody tr[data-id] td:nth-child(4)').allTextContents()).map(Number);
    await expect.poll(() => tableIds(page)).toEqual(referenceOrder(all, 'size', true).map((o) => o.id).slice(0, PAGE));
    expect(await page.locator('th[data-col="size"]').getAttribute('aria-sort')).toBe('descending');
    await page.locator('th[data-col="size"] button').click();
    await expect.poll(() => tableIds(page)).toEqual(referenceOrder(all, 'size', false).map((o) => o.id).slice(0, PAGE));
    const ascending = await sizes();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    // keyboard in the table: focus the first row, arrow down selects the next, Enter reveals its line
    const rows = page.locator('table.objects tbody tr[data-id]');
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    const secondId = Number(await rows.nth(1).getAttribute('data-id'));
    await expect.poll(() => rows.nth(1).getAttribute('aria-selected')).toBe('true');
    const second = all.find((o) => o.id === secondId)!;
    await page.keyboard.press('Enter');
    if (second.line > 0) await expect.poll(() => pp.host.last('revealLine')?.line).toBe(second.line);
    // tabs by keyboard
    await page.getByRole('tab', { name: 'Objects' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Generations' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#panel-generations').isVisible()).toBe(true);
    const c = s.gc.last!;
    expect(await page.locator('.gen-last').textContent()).toContain(`${c.unreachable} unreachable, ${c.collected} collected`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#panel-memory').isVisible()).toBe(true);
    expect(await page.locator('.malloc-summary').textContent()).toContain(`${s.mallocStats.arenasInUse} (allocated`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#panel-program .output').textContent()).toBe(s.stdout + s.stderr || '(nothing printed yet)');
    // the state was saved with the host ({kind: 'state'}) and in setState; a reload restores it
    const saved = (await pp.saved())!;
    expect(saved).toMatchObject({ file, position: p, tab: 'program', sort: { column: 'size', descending: false }, selectedId: secondId });
    expect(pp.host.last('state')?.state).toEqual(saved);
    await page.reload();
    await atPosition(page, p);
    expect(await page.getByRole('tab', { name: 'Frames & output' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('th[data-col="size"]').getAttribute('aria-sort')).toBe('ascending');
    const readyAfterReload = pp.host.received.filter((m) => m.kind === 'ready').pop();
    expect(readyAfterReload).toMatchObject({ kind: 'ready', restored: { position: p, tab: 'program' } });
    expect(pp.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('objects table pages through a heap larger than a page: next, previous, sort and filter over all objects', async () => {
    const file = 'test/webview/programs/many.py';
    const s0 = session(file);
    const count = s0.run.timeline.count;
    const p = count; // before the last line: every point alive
    const all = allObjects(s0, p);
    expect(all.length).toBeGreaterThan(2 * PAGE);
    const pp = await openPanel(browser, bundleDir, s0, { storage: state(file, { position: p }) });
    const { page } = pp;
    await expectShows(pp, s0.snapshot(p), count);
    const byLine = referenceOrder(all, 'line', false).map((o) => o.id);
    const countText = page.locator('.objects-view .count');
    expect(await countText.textContent()).toBe(`1\u2013${PAGE} of ${fmt(all.length)} live objects`);
    expect(await page.locator('.page-prev').isDisabled()).toBe(true);
    // next page: rows 201-400 of the same order
    await page.locator('.page-next').click();
    await expect.poll(() => tableIds(page)).toEqual(byLine.slice(PAGE, 2 * PAGE));
    expect(await countText.textContent()).toBe(`${PAGE + 1}\u2013${Math.min(all.length, 2 * PAGE)} of ${fmt(all.length)} live objects`);
    // sorting starts again at the first page, over all objects
    await page.locator('th[data-col="size"] button').click();
    const bySize = referenceOrder(all, 'size', true).map((o) => o.id);
    await expect.poll(() => tableIds(page)).toEqual(bySize.slice(0, PAGE));
    await page.locator('.page-next').click();
    await expect.poll(() => tableIds(page)).toEqual(bySize.slice(PAGE, 2 * PAGE));
    await page.locator('.page-prev').click();
    await expect.poll(() => tableIds(page)).toEqual(bySize.slice(0, PAGE));
    // PageDown in the table turns the page too, and selects its first row
    await page.locator('table.objects tbody tr[data-id]').first().focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => tableIds(page)).toEqual(bySize.slice(PAGE, 2 * PAGE));
    await expect.poll(async () => (await pp.saved())?.selectedId).toBe(bySize[PAGE]);
    // a filter matching more than a page: the total counts every match
    await page.getByLabel('Filter objects by type, name, id, value or line').fill('point');
    const points = referenceOrder(referenceFilter(all, 'point'), 'size', true).map((o) => o.id);
    expect(points.length).toBeGreaterThan(PAGE);
    await expect.poll(() => tableIds(page)).toEqual(points.slice(0, PAGE));
    expect(await countText.textContent()).toBe(`1\u2013${PAGE} of ${fmt(points.length)} matching of ${fmt(all.length)} objects`);
    await page.locator('.page-next').click();
    await expect.poll(() => tableIds(page)).toEqual(points.slice(PAGE, 2 * PAGE));
    // the last page: next is disabled
    while (!(await page.locator('.page-next').isDisabled())) await page.locator('.page-next').click();
    const last = Math.floor((points.length - 1) / PAGE) * PAGE;
    await expect.poll(() => tableIds(page)).toEqual(points.slice(last));
    // a value search (the previews of floats)
    await page.getByLabel('Filter objects by type, name, id, value or line').fill('150.5');
    const values = referenceOrder(referenceFilter(all, '150.5'), 'size', true).map((o) => o.id);
    expect(values.length).toBeGreaterThan(0);
    await expect.poll(() => tableIds(page)).toEqual(values);
    await shoot(page, 'many-filtered-light');
    expect(pp.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('screenshots in light and dark themes at the collection of a cycle', async () => {
    for (const [file, name] of [
      [CYCLE, 'cycle'],
      ['examples/object_graph.py', 'object_graph'],
    ] as const) {
      const s0 = session(file);
      const p = collectAt(s0);
      const s = s0.snapshot(p);
      const objects = allObjects(s0, p);
      // select what the collection is about: an instance of a class the program defines
      const classes = new Set(objects.filter((o) => o.type === 'type').flatMap((o) => o.names));
      const pick = objects.find((o) => classes.has(o.type))!;
      expect(pick).toBeDefined();
      for (const scheme of ['light', 'dark'] as const) {
        const pp = await openPanel(browser, bundleDir, s0, { colorScheme: scheme, storage: state(file, { position: p, selectedId: pick.id }) });
        await expectShows(pp, s, s0.run.timeline.count);
        await expect.poll(() => pp.page.locator('.ref-graph').count()).toBe(1);
        const bg = await pp.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).toBe(scheme === 'dark' ? 'rgb(30, 30, 30)' : 'rgb(255, 255, 255)');
        await shoot(pp.page, `${name}-${scheme}`);
        expect(pp.consoleErrors).toEqual([]);
        await pp.page.context().close();
      }
    }
  });

  it('follows VS Code theme variables, here a high-contrast theme, on the page and on the canvases', async () => {
    const s0 = session(CYCLE);
    const p = collectAt(s0);
    const pp = await openPanel(browser, bundleDir, s0, { storage: state(CYCLE, { position: p }) });
    const { page } = pp;
    await atPosition(page, p);
    // what VS Code does when the theme changes: new --vscode-* values on <html>, a new class on <body>
    await page.evaluate(() => {
      const vars: Record<string, string> = {
        '--vscode-editor-background': '#000000',
        '--vscode-foreground': '#ffffff',
        '--vscode-descriptionForeground': '#ffffff',
        '--vscode-panel-border': '#6fc3df',
        '--vscode-contrastBorder': '#6fc3df',
        '--vscode-focusBorder': '#f38518',
        '--vscode-charts-blue': '#3794ff',
        '--vscode-charts-green': '#89d185',
        '--vscode-charts-orange': '#d18616',
        '--vscode-charts-purple': '#b180d7',
        '--vscode-charts-red': '#f14c4c',
        '--vscode-charts-yellow': '#cca700',
        '--vscode-editorWidget-background': '#0c141f',
        '--vscode-sideBar-background': '#000000',
        '--vscode-input-background': '#000000',
      };
      for (const [k, v] of Object.entries(vars)) document.documentElement.style.setProperty(k, v);
      document.body.className = 'vscode-high-contrast';
    });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    // the map re-read its palette: a gap between pools is the theme's background
    await expect
      .poll(() => page.locator('.arena-canvas').evaluate((c) => Array.from((c as HTMLCanvasElement).getContext('2d')!.getImageData((c as HTMLCanvasElement).width - 1, 30, 1, 1).data).slice(0, 3)))
      .toEqual([0, 0, 0]);
    await shoot(page, 'cycle-high-contrast');
    expect(pp.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
