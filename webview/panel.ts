/**
 * The heap panel: layout, state and the conversation with the host.
 *
 * Protocol (src/protocol/heap.ts). The panel starts by posting `ready` with the state it restored (or
 * null). The host answers with `run` followed by the `snapshot` of the position it chooses (its current
 * stepping position, or the restored `position` when it revives the panel); the host owns the position,
 * so the panel never seeks on its own after `run`. The panel posts `seek` and `find`; the host answers
 * with a `snapshot` (for a `find` without a match it may answer with the `from` snapshot or nothing).
 * The host may also send snapshots on its own (the editor stepped). `inspect` is answered with
 * `detail` carrying the same `requestId`; stale answers are ignored. `objects` (a page of the objects table,
 * or objects looked up by id for the selection and the map's hover) is answered with `objects` carrying
 * the same `requestId`; the table keeps only its newest page request.
 *
 * Seeks are coalesced: while one is in flight, newer requests (slider drags, play) replace each other
 * and the latest is sent when a snapshot arrives, or after SEEK_PATIENCE_MS if none does (a host may
 * skip answering a seek to the position it is already at). After each change the panel saves its
 * `PanelState` with the host (`setState` in VS Code) and posts `{ kind: 'state' }` for the serializer.
 */
import type { ColourBy, HostToPanel, ObjectPage, ObjectQuery, ObjectView, PanelRun, PanelState, Snapshot, StepKind } from '../src/protocol/heap';
import { applySnapshotDelta, BLOCK_CHARS } from '../src/protocol/heap';
import { el, replaceChildren } from './dom';
import { bytes, hex, int } from './format';
import type { PanelHost } from './host';
import { readPalette, typeColourIndex, watchTheme, type Palette } from './theme';
import { ArenaMap } from './views/arenaMap';
import { Controls, NowView, SHORTCUTS } from './views/controls';
import { GenerationsView } from './views/generations';
import { ObjectsView } from './views/objects';
import { ProgramView } from './views/program';
import { StatsView } from './views/stats';
import { Timeline } from './views/timeline';

export const TABS = [
  { id: 'objects', title: 'Objects' },
  { id: 'generations', title: 'Generations' },
  { id: 'memory', title: 'Freelists & stats' },
  { id: 'program', title: 'Frames & output' },
] as const;

const COLOUR_BY: { id: ColourBy; title: string }[] = [
  { id: 'state', title: 'block state' },
  { id: 'type', title: 'object type' },
  { id: 'sizeClass', title: 'size class' },
  { id: 'generation', title: 'GC generation' },
];

const STATE_LEGEND: [keyof typeof BLOCK_CHARS, string][] = [
  ['object', 'object'],
  ['buffer', 'buffer'],
  ['runtime', 'start-up'],
  ['freelist', 'type freelist'],
  ['free', 'free block'],
  ['untouched', 'never carved'],
];

/** How long a seek or find may stay unanswered before the next request is sent anyway. */
export const SEEK_PATIENCE_MS = 1500;

export function defaultState(): PanelState {
  return { file: null, position: 0, colourBy: 'state', selectedId: null, tab: 'objects', filter: '', sort: { column: 'line', descending: false } };
}

export class HeapPanel {
  private state: PanelState;
  private run: PanelRun | null = null;
  private snapshot: Snapshot | null = null;
  private palette: Palette;
  /** seek in flight (position asked), and the newest position wanted meanwhile */
  private inFlight: ({ kind: 'seek'; position: number } | { kind: 'find'; from: number; what: StepKind; dir: 1 | -1 }) & { at: number } | null = null;
  private wanted: number | null = null;
  private inspectId = 0;
  /** `objects` requests in flight: request id → what to do with the page */
  private readonly pending = new Map<number, (page: ObjectPage | null) => void>();
  private requestId = 0;
  /** the objects table's newest page request (older answers are dropped) */
  private tableRequest = 0;
  /** when the newest seek or find was sent (user timing: seek → paint) */
  private seekStart: number | null = null;
  private playing: ReturnType<typeof setInterval> | null = null;
  private speed = 5;
  private runSummary = '';

  private readonly status = el('span', { class: 'status', role: 'status', 'aria-live': 'polite' });
  private readonly title = el('h1', { class: 'title' }, 'heapscope');
  private readonly controls: Controls;
  private readonly now: NowView;
  private readonly timeline: Timeline;
  private readonly map: ArenaMap;
  private readonly legend = el('div', { class: 'legend', 'aria-label': 'Colour key' });
  private readonly colourSelect: HTMLSelectElement;
  private readonly raw = el('div', { class: 'raw', 'aria-label': 'Raw allocations' });
  private readonly objects: ObjectsView;
  private readonly generations: GenerationsView;
  private readonly stats = new StatsView();
  private readonly program: ProgramView;
  private readonly tabButtons = new Map<string, HTMLButtonElement>();
  private readonly tabPanels = new Map<string, HTMLElement>();
  private readonly mapSummary = el('span', { class: 'muted small' });
  /** tabs not yet rendered for the current snapshot */
  private readonly stale = new Set<string>();

  constructor(
    private readonly root: HTMLElement,
    private readonly host: PanelHost,
  ) {
    this.state = { ...defaultState(), ...(host.restoredState() ?? {}) };
    this.palette = readPalette();
    const select = (id: number | null): void => this.select(id);
    this.controls = new Controls({
      seek: (p) => this.seek(p),
      step: (d) => this.seek((this.wanted ?? this.snapshot?.position ?? 0) + d),
      find: (k, dir) => this.find(k, dir),
      togglePlay: () => this.togglePlay(),
      speed: (n) => {
        this.speed = n;
        if (this.playing) this.startPlay();
      },
    });
    this.now = new NowView((line) => this.reveal(line));
    const timelineBox = el('div', { class: 'timeline' });
    const timelineTip = el('div', { class: 'tooltip', hidden: true, role: 'tooltip' });
    timelineBox.append(timelineTip);
    this.timeline = new Timeline(timelineBox, timelineTip, this.palette, { seek: (p) => this.seek(p) });

    this.colourSelect = el('select', { 'aria-label': 'Colour blocks by' }, ...COLOUR_BY.map((c) => el('option', { value: c.id }, c.title)));
    this.colourSelect.addEventListener('change', () => {
      this.state.colourBy = this.colourSelect.value as ColourBy;
      this.map.setColourBy(this.state.colourBy);
      this.renderLegend();
      this.saveState();
    });
    const mapScroller = el('div', { class: 'map-scroll' });
    const mapTip = el('div', { class: 'tooltip', hidden: true, role: 'tooltip' });
    const mapBox = el('div', { class: 'map-box' }, mapScroller, mapTip);
    this.map = new ArenaMap(mapScroller, mapTip, this.palette, {
      select,
      lookup: (id) => this.lookup(id, (o) => o && this.map.showHovered(o)),
    });

    this.objects = new ObjectsView({
      query: (q) => this.queryTable(q),
      select,
      reveal: (line) => this.reveal(line),
      filterChanged: (f) => {
        this.state.filter = f;
        this.saveState();
      },
      sortChanged: (column, descending) => {
        this.state.sort = { column, descending };
        this.saveState();
      },
    });
    this.objects.restore(this.state.filter, this.state.sort);
    this.generations = new GenerationsView({ seek: (p) => this.seek(p) });
    this.program = new ProgramView(select);

    const tablist = el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Details' });
    const panels = el('div', { class: 'tab-panels' });
    const views: Record<string, HTMLElement> = { objects: this.objects.root, generations: this.generations.root, memory: this.stats.root, program: this.program.root };
    for (const t of TABS) {
      const b = el('button', { type: 'button', role: 'tab', id: `tab-${t.id}`, 'aria-controls': `panel-${t.id}` }, t.title);
      b.addEventListener('click', () => this.showTab(t.id, true));
      b.addEventListener('keydown', (e) => this.tabKey(e, t.id));
      tablist.append(b);
      this.tabButtons.set(t.id, b);
      const p = el('div', { role: 'tabpanel', id: `panel-${t.id}`, 'aria-labelledby': `tab-${t.id}`, class: 'tab-panel', tabindex: 0 }, views[t.id]);
      panels.append(p);
      this.tabPanels.set(t.id, p);
    }

    replaceChildren(
      root,
      el('header', { class: 'top' }, this.title, this.status),
      this.controls.root,
      this.now.root,
      timelineBox,
      el(
        'div',
        { class: 'main' },
        el(
          'section',
          { class: 'map-pane', 'aria-label': 'Arena map' },
          el('div', { class: 'toolbar' }, el('h2', {}, 'Arenas, pools, blocks'), el('label', { class: 'colour-by' }, 'colour by ', this.colourSelect), this.mapSummary),
          this.legend,
          mapBox,
          this.raw,
        ),
        el('section', { class: 'side-pane', 'aria-label': 'Details' }, tablist, panels),
      ),
      el('footer', { class: 'help muted small' }, 'Keys: \u2190 \u2192 step · Home/End · Space play · A/F/G next allocation/free/collection (Shift: previous) · click a block or a row to inspect'),
    );
    this.colourSelect.value = this.state.colourBy;
    this.map.setColourBy(this.state.colourBy);
    this.renderLegend();
    this.showTab(this.state.tab, false);
    this.setStatus('Waiting for a run\u2026');

    document.addEventListener('keydown', (e) => this.shortcut(e));
    watchTheme(() => {
      this.palette = readPalette();
      this.map.setPalette(this.palette);
      this.timeline.setPalette(this.palette);
      this.renderLegend();
    });
    host.listen((m) => this.receive(m));
    host.post({ kind: 'ready', restored: host.restoredState() });
  }

  // ---------------------------------------------------------------- host messages

  receive(m: HostToPanel): void {
    switch (m.kind) {
      case 'run':
        return this.setRun(m.run);
      case 'snapshot':
        return this.setSnapshot(m.snapshot);
      case 'snapshotDelta': {
        // the next snapshot as a change to the one shown; without that base, ask for the whole snapshot
        const s = this.snapshot && applySnapshotDelta(this.snapshot, m.delta);
        if (s) return this.setSnapshot(s);
        this.host.post({ kind: 'seek', position: m.delta.position, full: true });
        return;
      }
      case 'detail':
        if (m.requestId === this.inspectId) this.objects.setDetail(m.detail);
        return;
      case 'objects': {
        const done = this.pending.get(m.requestId);
        this.pending.delete(m.requestId);
        done?.(m.page);
        return;
      }
      case 'busy':
        // an empty message ends the busy state
        return m.message ? this.setStatus(m.message, 'busy') : this.setStatus(this.runSummary, this.run?.result.error ? 'error' : '');
      case 'error':
        this.inFlight = null;
        this.wanted = null;
        this.stopPlay();
        return this.setStatus(m.message, 'error');
    }
  }

  private setRun(run: PanelRun): void {
    const sameFile = this.state.file === run.file;
    this.run = run;
    this.snapshot = null;
    this.inFlight = null;
    this.wanted = null;
    this.stopPlay();
    this.state.file = run.file;
    if (!sameFile) {
      this.state.position = 0;
      this.state.selectedId = null;
    }
    const name = run.file.split(/[\\/]/).pop() ?? run.file;
    replaceChildren(this.title, 'heapscope ', el('span', { class: 'file' }, name), el('span', { class: 'muted' }, ` · CPython ${run.version} model`));
    this.title.title = run.file;
    const err = run.result.error;
    this.runSummary = err
      ? `${err.type}: ${err.message}${err.line ? ` (line ${err.line})` : ''}`
      : `${int(run.timeline.count)} lines executed · peak ${bytes(run.result.totals.peakBytes)} · ${run.result.totals.gcCollections} GC ${run.result.totals.gcCollections === 1 ? 'run' : 'runs'}`;
    this.setStatus(this.runSummary, err ? 'error' : '');
    this.now.setSource(run.source);
    this.controls.setTimeline(run.timeline);
    this.timeline.setView(run.timeline);
    this.generations.setTimeline(run.timeline);
    // the host follows with the snapshot of the position it chose
  }

  private setSnapshot(s: Snapshot): void {
    const t0 = performance.now();
    const asked = this.inFlight;
    this.inFlight = null;
    this.snapshot = s;
    // answers about the previous position are of no use now
    this.pending.clear();
    this.state.position = s.position;
    const run = this.run;
    if (!run) return;
    if (asked?.kind === 'find' && s.position === asked.from) {
      const what = { alloc: 'allocation', free: 'free', gc: 'collection', line: 'line' }[asked.what];
      this.setStatus(`No ${asked.dir > 0 ? 'later' : 'earlier'} ${what} in this run.`, 'notice');
    }
    this.controls.setPosition(s, run.timeline);
    this.timeline.setPosition(s.position);
    this.now.setSnapshot(s, run.timeline.count);
    this.map.setSnapshot(s);
    this.mapSummary.textContent = `${s.arenas.length} ${s.arenas.length === 1 ? 'arena' : 'arenas'} · ${int(s.totals.liveObjects)} objects · ${bytes(s.totals.liveBytes)} in use`;
    this.renderRaw(s);
    // only the visible tab renders now; the others when they are shown
    for (const t of TABS) this.stale.add(t.id);
    this.renderTab(this.state.tab);
    // keep the selection while the object lives; re-inspect it at the new position
    const sel = this.state.selectedId;
    this.map.setSelected(sel);
    if (sel !== null) this.selectLive(sel, false);
    else this.objects.setSelected(null, false);
    this.saveState();
    if (this.wanted !== null && this.wanted !== s.position) this.sendSeek(this.wanted);
    else this.wanted = null;
    if (this.playing && s.position >= run.timeline.window.last) this.stopPlay();
    // user timing: every view updated for the new position (devtools' performance panel, the benchmark);
    // and, for a seek or find of this panel, from the request to the first paint showing its answer
    performance.measure('heapscope:snapshot-render', { start: t0 });
    const asked0 = this.seekStart;
    this.seekStart = null;
    // (the frame's callbacks run before it paints: measured in a task queued from there, after the paint)
    if (asked0 !== null && asked !== null) requestAnimationFrame(() => setTimeout(() => performance.measure('heapscope:seek', { start: asked0 }), 0));
  }

  // ---------------------------------------------------------------- objects

  /** Post an `objects` query about the current position; `done` gets the page (null: no answer). */
  private queryObjects(query: ObjectQuery, done: (page: ObjectPage | null) => void): number {
    const s = this.snapshot;
    if (!s) return 0;
    const requestId = ++this.requestId;
    this.pending.set(requestId, done);
    this.host.post({ kind: 'objects', position: s.position, query, requestId });
    return requestId;
  }

  /** The objects table's page request: only the newest one's answer is shown. */
  private queryTable(query: ObjectQuery): void {
    const t0 = performance.now();
    const id = this.queryObjects(query, (page) => {
      if (id !== this.tableRequest) return;
      this.objects.setPage(page);
      performance.measure('heapscope:objects-page', { start: t0 });
    });
    this.tableRequest = id;
  }

  /** Look one object up at the current position (null: not a live traced object here). */
  private lookup(id: number, done: (o: ObjectView | null) => void): void {
    this.queryObjects({ sort: 'id', descending: false, filter: '', offset: 0, limit: 1, ids: [id] }, (page) => done(page?.rows[0] ?? null));
  }

  /**
   * Show the selected object `id` (the table's detail, the map's outline) if it lives at this position,
   * inspect it, and when `reveal`, go to its line in the editor.
   */
  private selectLive(id: number, reveal: boolean): void {
    const position = this.snapshot?.position;
    this.objects.setSelected(id, true);
    this.inspect(id);
    this.lookup(id, (o) => {
      if (this.state.selectedId !== id || this.snapshot?.position !== position) return;
      this.objects.setSelectedView(id, o);
      if (o && reveal && o.line > 0) this.reveal(o.line);
    });
  }

  // ---------------------------------------------------------------- requests

  /** Go to a position (clamped to the window); coalesced while a request is in flight. */
  seek(position: number): void {
    const run = this.run;
    if (!run) return;
    const w = run.timeline.window;
    const p = Math.max(w.first, Math.min(w.last, Math.round(position)));
    if (this.inFlight === null && this.snapshot?.position === p) {
      this.wanted = null;
      return;
    }
    this.wanted = p;
    if (!this.busy()) this.sendSeek(p);
  }

  /** A request is in flight and not yet given up on. */
  private busy(): boolean {
    if (this.inFlight && performance.now() - this.inFlight.at > SEEK_PATIENCE_MS) this.inFlight = null;
    return this.inFlight !== null;
  }

  private sendSeek(p: number): void {
    this.seekStart = performance.now();
    this.inFlight = { kind: 'seek', position: p, at: this.seekStart };
    this.host.post({ kind: 'seek', position: p });
  }

  find(what: StepKind, dir: 1 | -1): void {
    if (!this.snapshot || this.busy()) return;
    this.wanted = null;
    this.setStatus('');
    this.seekStart = performance.now();
    this.inFlight = { kind: 'find', from: this.snapshot.position, what, dir, at: this.seekStart };
    this.host.post({ kind: 'find', from: this.snapshot.position, what, dir });
  }

  select(id: number | null): void {
    this.state.selectedId = id;
    this.map.setSelected(id);
    if (id !== null && this.snapshot) {
      if (this.state.tab !== 'objects') this.showTab('objects', false);
      this.selectLive(id, true);
    } else this.objects.setSelected(id, false);
    this.saveState();
  }

  private inspect(id: number): void {
    if (!this.snapshot) return;
    this.inspectId++;
    this.host.post({ kind: 'inspect', position: this.snapshot.position, id, requestId: this.inspectId });
  }

  private reveal(line: number): void {
    this.host.post({ kind: 'revealLine', line });
  }

  private saveState(): void {
    const s = { ...this.state, sort: { ...this.state.sort } };
    this.host.saveState(s);
    this.host.post({ kind: 'state', state: s });
  }

  // ---------------------------------------------------------------- play

  togglePlay(): void {
    if (this.playing) this.stopPlay();
    else {
      const run = this.run;
      if (run && this.snapshot && this.snapshot.position >= run.timeline.window.last) this.seek(run.timeline.window.first);
      this.startPlay();
    }
  }

  private startPlay(): void {
    if (this.playing) clearInterval(this.playing);
    this.playing = setInterval(() => {
      // one line per tick, never queuing more than one request: slow hosts play slower, not later
      if (this.busy() || !this.snapshot) return;
      this.seek(this.snapshot.position + 1);
    }, 1000 / this.speed);
    this.controls.setPlaying(true);
  }

  private stopPlay(): void {
    if (this.playing) clearInterval(this.playing);
    this.playing = null;
    this.controls.setPlaying(false);
  }

  // ---------------------------------------------------------------- keyboard, tabs, misc

  private shortcut(e: KeyboardEvent): void {
    const t = e.target as HTMLElement | null;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) {
      if (!(t instanceof HTMLInputElement && t.type === 'range')) return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // rows, tabs and graph nodes handle their own arrows / Enter / Space
    const own = t?.closest('tbody, [role="tab"], .g-link, button, summary');
    const pos = this.wanted ?? this.snapshot?.position ?? 0;
    switch (e.key) {
      case SHORTCUTS.back:
        if (own && t?.closest('[role="tab"]')) return;
        this.seek(pos - 1);
        break;
      case SHORTCUTS.forward:
        if (own && t?.closest('[role="tab"]')) return;
        this.seek(pos + 1);
        break;
      case SHORTCUTS.first:
        this.seek(0);
        break;
      case SHORTCUTS.last:
        this.seek(Number.MAX_SAFE_INTEGER);
        break;
      case SHORTCUTS.play:
        if (own) return;
        this.togglePlay();
        break;
      case 'a':
      case 'A':
        this.find('alloc', e.shiftKey ? -1 : 1);
        break;
      case 'f':
      case 'F':
        this.find('free', e.shiftKey ? -1 : 1);
        break;
      case 'g':
      case 'G':
        this.find('gc', e.shiftKey ? -1 : 1);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  /** Render one tab's view for the current snapshot. */
  private renderTab(id: string): void {
    const s = this.snapshot;
    if (!s) return;
    this.stale.delete(id);
    switch (id) {
      case 'objects':
        return this.objects.setPosition(s.position);
      case 'generations':
        return this.generations.setSnapshot(s);
      case 'memory':
        return this.stats.setSnapshot(s);
      case 'program':
        return this.program.setSnapshot(s);
    }
  }

  private showTab(id: string, focus: boolean): void {
    if (!this.tabPanels.has(id)) id = 'objects';
    this.state.tab = id;
    if (this.stale.has(id)) this.renderTab(id);
    for (const [k, b] of this.tabButtons) {
      const on = k === id;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      this.tabPanels.get(k)!.hidden = !on;
      if (on && focus) b.focus();
    }
    this.saveState();
  }

  private tabKey(e: KeyboardEvent, id: string): void {
    const ids = TABS.map((t) => t.id as string);
    const i = ids.indexOf(id);
    const to = e.key === 'ArrowRight' ? ids[(i + 1) % ids.length] : e.key === 'ArrowLeft' ? ids[(i + ids.length - 1) % ids.length] : e.key === 'Home' ? ids[0] : e.key === 'End' ? ids[ids.length - 1] : null;
    if (!to) return;
    e.preventDefault();
    e.stopPropagation();
    this.showTab(to, true);
  }

  private setStatus(text: string, cls = ''): void {
    this.status.textContent = text;
    this.status.className = `status ${cls}`;
  }

  private renderLegend(): void {
    const p = this.palette;
    const item = (colour: string, label: string): HTMLElement => {
      const sw = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      sw.style.background = colour;
      return el('span', { class: 'legend-item' }, sw, label);
    };
    let items: HTMLElement[];
    switch (this.state.colourBy) {
      case 'state':
        items = STATE_LEGEND.map(([k, label]) => item(p.blockCss[BLOCK_CHARS[k]], label));
        break;
      case 'generation':
        items = ['gen 0', 'gen 1', 'gen 2', 'permanent', 'untracked', 'not a GC type', 'unreachable'].map((l, i) => item(p.generationCss[i], l));
        break;
      case 'type': {
        // Snapshot.types: most objects first
        items = (this.snapshot?.types ?? []).slice(0, 12).map((t) => item(p.categoricalCss[typeColourIndex(t.name)], `${t.name} (${int(t.count)})`));
        if (items.length === 0) items = [el('span', { class: 'muted' }, 'no objects')];
        break;
      }
      case 'sizeClass':
        items = [el('span', { class: 'muted' }, 'each pool in its size class colour; hover a pool for its block size')];
        break;
    }
    replaceChildren(this.legend, ...items);
  }

  private renderRaw(s: Snapshot): void {
    if (this.state.colourBy === 'type') this.renderLegend();
    if (s.raw.length === 0) {
      replaceChildren(this.raw, el('p', { class: 'muted small' }, 'No raw allocations: every block fits in a pool (\u2264 512 bytes).'));
      return;
    }
    const max = Math.max(...s.raw.map((r) => r.size));
    const total = s.raw.reduce((n, r) => n + r.size, 0);
    replaceChildren(
      this.raw,
      el('h3', {}, `Raw allocations (over 512 bytes, straight from malloc): ${s.raw.length}, ${bytes(total)}`),
      ...s.raw.slice(0, 40).map((r) => {
        const fill = el('span', { class: 'raw-fill' });
        fill.style.width = `${Math.max(2, (r.size / max) * 100)}%`;
        const label = `${r.type} ${bytes(r.size)} at ${hex(r.address)}`;
        const id = r.id;
        const row = el(id !== null ? 'button' : 'div', { class: 'raw-row', type: id !== null ? 'button' : null, 'aria-label': id !== null ? `Select ${label}` : label, title: label }, el('span', { class: 'raw-label' }, `${r.type} ${bytes(r.size)}`), el('span', { class: 'raw-bar' }, fill));
        if (id !== null) row.addEventListener('click', () => this.select(id));
        if (id !== null && id === this.state.selectedId) row.classList.add('selected');
        return row;
      }),
      s.raw.length > 40 ? el('p', { class: 'muted small' }, `+ ${s.raw.length - 40} more`) : null,
    );
  }
}
