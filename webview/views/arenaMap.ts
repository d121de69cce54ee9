/**
 * The arena map view: a canvas painted by mapLayout.paintBlocks, arena headers and pool labels, the
 * selected object's outline, a hover tooltip (the block's object, the pool), click to select.
 *
 * Virtualised: the scroller holds a spacer as tall as the whole map and a canvas the size of the visible
 * part (`position: sticky`), repainted on scroll; a 64-arena heap costs what the window shows.
 *
 * The snapshot has no object list: a block's type and generation come with the map (PoolView.objects);
 * the hovered object's other facts (refcount, line, names, value) are looked up through the host.
 */
import type { ColourBy, ObjectView, Snapshot } from '../../src/protocol/heap';
import { BLOCK_CHARS } from '../../src/protocol/heap';
import { generationWords, refcount } from '../format';
import type { Palette } from '../palette';
import { arenaAt, blockGrid, blockObject, blockRect, findBlock, layoutMap, paintBlocks, poolBlocks, poolDrawn, poolOrigin, POOLS_PER_ARENA, stripTop, type MapHit, type MapLayout, type MapView } from './mapLayout';

export interface ArenaMapEvents {
  select(id: number | null): void;
  /** look up a hovered object (answer with `showHovered`) */
  lookup(id: number): void;
}

/** Generation words by generationCode. */
const GENERATIONS: ObjectView['generation'][] = [0, 1, 2, 'permanent', 'untracked', null, 'unreachable'];

/** The canvas view: layout, paint, labels, selection outline, hover tooltip, keyboard focus. */
export class ArenaMap {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private layout: MapLayout | null = null;
  private image: ImageData | null = null;
  private snapshot: Snapshot | null = null;
  private colourBy: ColourBy = 'state';
  /** the selected object's block address (null: none, or not in a pool) */
  private selected: number | null = null;
  /** what the pointer is on (the tooltip shows the object's looked-up view when it arrives) */
  private hovered: { hit: MapHit } | null = null;
  private palette: Palette;
  private readonly spacer: HTMLElement;
  /** the part of the layout the canvas shows (device px) */
  private view: MapView = { top: 0, height: 0 };
  private scrollFrame = 0;
  /** scroller geometry, cached from scroll events and the resize observer (reading it forces a layout) */
  private scrollTop = 0;
  private box: { width: number; height: number } | null = null;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly tooltip: HTMLElement,
    palette: Palette,
    private readonly events: ArenaMapEvents,
  ) {
    this.palette = palette;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'arena-canvas';
    this.canvas.setAttribute('role', 'img');
    this.canvas.tabIndex = 0;
    this.spacer = document.createElement('div');
    this.spacer.className = 'arena-spacer';
    this.spacer.append(this.canvas);
    scroller.append(this.spacer);
    scroller.addEventListener('scroll', () => {
      this.scrollTop = scroller.scrollTop;
      if (this.scrollFrame) return;
      this.scrollFrame = requestAnimationFrame(() => {
        this.scrollFrame = 0;
        this.draw();
      });
    });
    this.ctx = this.canvas.getContext('2d', { alpha: false }) as CanvasRenderingContext2D;
    this.canvas.addEventListener('pointermove', (e) => this.hover(e));
    this.canvas.addEventListener('pointerleave', () => {
      this.hovered = null;
      this.hideTooltip();
    });
    this.canvas.addEventListener('click', (e) => {
      const hit = this.hitAt(e);
      this.events.select(hit?.object?.id ?? null);
    });
    new ResizeObserver((entries) => {
      const r = entries[entries.length - 1].contentRect;
      this.box = { width: r.width, height: r.height };
      this.relayout();
    }).observe(scroller);
  }

  setPalette(p: Palette): void {
    this.palette = p;
    this.draw();
  }

  setSnapshot(s: Snapshot): void {
    this.snapshot = s;
    this.hovered = null;
    this.hideTooltip();
    this.canvas.setAttribute('aria-label', describe(s));
    this.relayout();
  }

  setColourBy(by: ColourBy): void {
    this.colourBy = by;
    this.draw();
  }

  /** Outline the block of object `id` (null: no outline; nothing either when it is not in a pool). */
  setSelected(id: number | null): void {
    const selected = id === null || !this.snapshot ? null : (findBlock(this.snapshot, id)?.address ?? null);
    // after a new snapshot the map was just painted with this outline: no second paint
    if (selected !== this.selected) {
      this.selected = selected;
      this.draw(false);
    }
    this.scrollToSelected();
  }

  /** The looked-up view of a hovered object: the tooltip shows it if the pointer is still on it. */
  showHovered(o: ObjectView): void {
    const h = this.hovered;
    if (!h || h.hit.object?.id !== o.id) return;
    this.tooltip.replaceChildren(...tooltipLines(h.hit, o));
  }

  private relayout(): void {
    if (!this.snapshot) return;
    const dpr = window.devicePixelRatio || 1;
    this.box ??= { width: this.scroller.clientWidth, height: this.scroller.clientHeight };
    const l = layoutMap(this.snapshot.arenas.map((a) => a.poolsCarved), this.box.width - 4, dpr);
    this.spacer.style.width = `${l.width / dpr}px`;
    this.spacer.style.height = `${l.height / dpr}px`;
    // before the scroller has grown around the spacer, assume the window's height (the resize observer corrects it)
    const visible = this.box.height > 1 ? this.box.height : window.innerHeight;
    const viewHeight = Math.min(l.height, Math.max(1, Math.floor(visible * dpr)));
    if (!this.image || this.image.width !== l.width || this.image.height !== viewHeight) {
      this.canvas.width = l.width;
      this.canvas.height = viewHeight;
      this.canvas.style.width = `${l.width / dpr}px`;
      this.canvas.style.height = `${viewHeight / dpr}px`;
      this.image = this.ctx.createImageData(l.width, viewHeight);
    }
    this.layout = l;
    this.draw();
  }

  /** The visible window of the layout, from the scroll position. */
  private currentView(l: MapLayout, height: number): MapView {
    const top = Math.max(0, Math.min(l.height - height, Math.round(this.scrollTop * l.dpr)));
    return { top, height };
  }

  /** Repaint (blocks too when `blocks`; otherwise only the overlay on the cached image). */
  draw(blocks = true): void {
    const l = this.layout;
    const s = this.snapshot;
    if (!l || !s || !this.image) return;
    const t0 = performance.now();
    const view = this.currentView(l, this.image.height);
    if (blocks || view.top !== this.view.top) paintBlocks(new Uint32Array(this.image.data.buffer), l, s, this.colourBy, this.palette, view);
    this.view = view;
    this.ctx.putImageData(this.image, 0, 0);
    this.ctx.save();
    this.ctx.translate(0, -view.top);
    this.drawLabels(l, s, view);
    this.drawSelection(l, s);
    this.ctx.restore();
    // user timing (devtools' performance panel, the benchmark)
    performance.measure(blocks ? 'heapscope:map-paint' : 'heapscope:map-overlay', { start: t0 });
  }

  private drawLabels(l: MapLayout, s: Snapshot, view: MapView): void {
    const ctx = this.ctx;
    const p = this.palette;
    ctx.textBaseline = 'middle';
    ctx.font = p.font.replace(/^[\d.]+px/, `${Math.round(12 * l.dpr)}px`);
    // the arenas in view
    const first = Math.max(0, arenaAt(l, view.top));
    let end = first;
    while (end < s.arenas.length && l.arenaTop[end] < view.top + view.height) end++;
    for (let ai = first; ai < end; ai++) {
      const a = s.arenas[ai];
      const y = l.arenaTop[ai] + l.headerPx / 2;
      const used = a.pools.filter((q) => q.sizeClass >= 0).length;
      ctx.fillStyle = p.fg;
      ctx.fillText(`arena ${a.index}`, 0, y);
      const w = ctx.measureText(`arena ${a.index}  `).width;
      ctx.fillStyle = p.muted;
      ctx.fillText(`@0x${a.address.toString(16)} · ${used} pools in use, ${a.freePools} free, ${POOLS_PER_ARENA - a.poolsCarved} never carved`, w, y);
    }
    ctx.font = p.font.replace(/^[\d.]+px/, `${Math.round(10 * l.dpr)}px`);
    ctx.fillStyle = p.muted;
    for (let ai = first; ai < end; ai++) {
      const firstHidden = l.arenaRows[ai] * l.poolsPerRow;
      if (firstHidden < POOLS_PER_ARENA) {
        const n = POOLS_PER_ARENA - firstHidden;
        ctx.fillText(`\u2026 pools ${firstHidden}\u2013${POOLS_PER_ARENA - 1} not drawn: never carved (${n} \u00d7 16 KiB)`, 0, stripTop(l, ai) + l.stripPx / 2);
      }
    }
    if (l.labelPx === 0) return;
    for (let ai = first; ai < end; ai++) {
      for (const pool of s.arenas[ai].pools) {
        if (pool.sizeClass < 0 || !poolDrawn(l, ai, pool.index)) continue;
        const [x, y] = poolOrigin(l, ai, pool.index);
        ctx.fillText(`${pool.blockSize}B ${pool.used}/${pool.capacity}`, x, y + l.poolPx + l.labelPx / 2 + 1, l.poolPx);
      }
    }
  }

  private drawSelection(l: MapLayout, s: Snapshot): void {
    if (this.selected === null) return;
    const r = blockRect(l, s, this.selected);
    if (!r) return;
    const ctx = this.ctx;
    const [x, y, side] = r;
    const pad = Math.max(2, Math.round(3 * l.dpr));
    ctx.lineWidth = Math.max(2, Math.round(2 * l.dpr));
    ctx.strokeStyle = this.palette.selection;
    ctx.strokeRect(x - pad, y - pad, side + 2 * pad, side + 2 * pad);
  }

  private scrollToSelected(): void {
    const l = this.layout;
    const s = this.snapshot;
    if (!l || !s || this.selected === null) return;
    const r = blockRect(l, s, this.selected);
    if (!r) return;
    const y = r[1] / l.dpr;
    const top = this.scrollTop;
    const height = this.box?.height ?? this.scroller.clientHeight;
    if (y < top || y > top + height - 20) {
      this.scroller.scrollTop = Math.max(0, y - height / 2);
      this.scrollTop = this.scroller.scrollTop;
      this.draw();
    }
  }

  /** What is under a pointer event, or null. */
  hitAt(e: { offsetX: number; offsetY: number }): MapHit | null {
    const l = this.layout;
    const s = this.snapshot;
    if (!l || !s) return null;
    const x = e.offsetX * l.dpr;
    const y = e.offsetY * l.dpr + this.view.top;
    const ai = arenaAt(l, y);
    const arena = s.arenas[ai];
    if (!arena) return null;
    const yIn = y - l.arenaTop[ai] - l.headerPx;
    if (yIn < 0) return null;
    const row = Math.floor(yIn / l.rowPx);
    const col = Math.floor(x / (l.poolPx + l.gap));
    if (col >= l.poolsPerRow || row >= l.arenaRows[ai]) return null;
    const pool = arena.pools[row * l.poolsPerRow + col];
    if (!pool) return null;
    const px = x - col * (l.poolPx + l.gap);
    const py = yIn - row * l.rowPx;
    if (px >= l.poolPx || py >= l.poolPx) return null;
    if (pool.sizeClass < 0) return { arena, pool, block: -1, object: null };
    const g = blockGrid(l, pool.capacity);
    const bx = Math.floor(px / g.px);
    const by = Math.floor(py / g.px);
    const block = bx < g.side ? by * g.side + bx : -1;
    if (block < 0 || block >= pool.capacity) return { arena, pool, block: -1, object: null };
    return { arena, pool, block, object: blockObject(s, pool, block) };
  }

  private hover(e: PointerEvent): void {
    const hit = this.hitAt(e);
    if (!hit) {
      this.hovered = null;
      return this.hideTooltip();
    }
    const same = this.hovered?.hit.object?.id === hit.object?.id && this.hovered?.hit.block === hit.block && this.hovered?.hit.pool === hit.pool;
    if (!same) {
      this.hovered = { hit };
      this.tooltip.replaceChildren(...tooltipLines(hit, null));
      if (hit.object) this.events.lookup(hit.object.id);
    }
    this.tooltip.hidden = false;
    const box = this.scroller.getBoundingClientRect();
    const x = Math.min(e.clientX - box.left + 14, box.width - 260);
    this.tooltip.style.left = `${Math.max(0, x)}px`;
    this.tooltip.style.top = `${e.clientY - box.top + 14}px`;
    this.canvas.style.cursor = hit.object ? 'pointer' : 'default';
  }

  private hideTooltip(): void {
    this.tooltip.hidden = true;
  }
}

const STATE_WORDS: Record<string, string> = {
  [BLOCK_CHARS.untouched]: 'never carved (beyond the pool\u2019s nextoffset)',
  [BLOCK_CHARS.free]: 'free (on the pool\u2019s free list)',
  [BLOCK_CHARS.object]: 'in use by an object',
  [BLOCK_CHARS.buffer]: 'in use by a buffer (list items, dict table\u2026)',
  [BLOCK_CHARS.runtime]: 'in use since interpreter start-up',
  [BLOCK_CHARS.freelist]: 'held by a type freelist',
};

/** Tooltip content: the object (if any; `o` its looked-up view once it is in), then the block and pool. */
export function tooltipLines(hit: MapHit, o: ObjectView | null): HTMLElement[] {
  const lines: HTMLElement[] = [];
  const line = (cls: string, text: string): void => {
    const d = document.createElement('div');
    d.className = cls;
    d.textContent = text;
    lines.push(d);
  };
  const { pool, object: b } = hit;
  if (o) {
    line('tt-title', `${o.type} ${o.preview ? o.preview + ' ' : ''}`.trim());
    line('tt-row', `id 0x${o.id.toString(16)} · ${o.size} B in a ${o.blockSize}-byte block`);
    line('tt-row', `refcount ${refcount(o.refcount)} · ${generationWords(o.generation)}`);
    line('tt-row', o.line > 0 ? `allocated on line ${o.line}` : 'allocated outside this file');
    if (o.names.length) line('tt-row', `bound to ${o.names.join(', ')}`);
  } else if (b) {
    line('tt-title', b.type);
    line('tt-row', `id 0x${b.id.toString(16)} · block ${hit.block} (${pool.blockSize} bytes)`);
    line('tt-row', generationWords(GENERATIONS[b.generation] ?? null));
  } else if (hit.block >= 0) {
    line('tt-title', `block ${hit.block}: ${STATE_WORDS[String.fromCharCode(poolBlocks(pool).states[hit.block])] ?? 'unknown'}`);
  }
  if (pool.sizeClass >= 0) {
    line('tt-muted', `pool ${pool.index} @0x${pool.address.toString(16)} · size class ${pool.sizeClass} (${pool.blockSize}-byte blocks) · ${pool.used} of ${pool.capacity} used`);
  } else {
    line('tt-muted', `pool ${pool.index}: empty (no size class)`);
  }
  return lines;
}

function describe(s: Snapshot): string {
  // pools in use: those not free (ArenaView.freePools counts the empty and the never carved ones)
  const pools = s.arenas.reduce((n, a) => n + a.pools.length - a.freePools, 0);
  return `Arena map: ${s.arenas.length} arenas, ${pools} pools in use, ${s.totals.liveObjects} objects allocated by the program. Use the Objects table to inspect blocks with the keyboard.`;
}
