/**
 * The timeline: bytes in use (filled area), live objects (line) and arenas (steps) over the whole run,
 * each scaled to its own maximum; collections as ticks coloured by generation; the current position as
 * a vertical rule. Click or drag to seek; as a focusable slider it also takes the arrow keys.
 */
import type { CollectionView, TimelinePoint, TimelineView } from '../../src/protocol/heap';
import { bytes, int } from '../format';
import type { Palette } from '../palette';
import { clamp, PAD, timelinePosition, timelineX } from './timelineScale';


export interface TimelineEvents {
  seek(position: number): void;
}

export class Timeline {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private view: TimelineView | null = null;
  private position = 0;
  private dragging = false;
  private palette: Palette;
  /** the chart without the position line, drawn again only when the run, the palette or the size change */
  private readonly chart: HTMLCanvasElement;
  private chartStale = true;
  /** the box's size (CSS px), read when it changes (reading it on every step would force a layout) */
  private size: { width: number; height: number } | null = null;

  constructor(
    private readonly box: HTMLElement,
    private readonly tooltip: HTMLElement,
    palette: Palette,
    private readonly events: TimelineEvents,
  ) {
    this.palette = palette;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'timeline-canvas';
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('role', 'slider');
    this.canvas.setAttribute('aria-label', 'Timeline: bytes in use, live objects and arenas across the run. Click or drag to go to a position.');
    box.append(this.canvas);
    this.ctx = this.canvas.getContext('2d') as CanvasRenderingContext2D;
    this.canvas.addEventListener('pointerdown', (e) => {
      this.dragging = true;
      this.canvas.setPointerCapture(e.pointerId);
      this.seekAt(e.offsetX);
    });
    this.canvas.addEventListener('pointermove', (e) => {
      if (this.dragging) this.seekAt(e.offsetX);
      this.hover(e);
    });
    const stop = (): void => {
      this.dragging = false;
    };
    this.canvas.addEventListener('pointerup', stop);
    this.canvas.addEventListener('pointercancel', stop);
    this.canvas.addEventListener('pointerleave', () => {
      this.tooltip.hidden = true;
    });
    this.canvas.addEventListener('keydown', (e) => {
      const w = this.view?.window;
      if (!w) return;
      const big = Math.max(1, Math.round((w.last - w.first) / 20));
      const to = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -big, PageUp: big }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      e.stopPropagation();
      this.events.seek(clamp(this.position + to, w.first, w.last));
    });
    this.chart = document.createElement('canvas');
    new ResizeObserver(() => {
      this.size = null;
      this.draw();
    }).observe(box);
  }

  setPalette(p: Palette): void {
    this.palette = p;
    this.chartStale = true;
    this.draw();
  }

  setView(v: TimelineView): void {
    this.view = v;
    this.chartStale = true;
    this.canvas.setAttribute('aria-valuemin', String(v.window.first));
    this.canvas.setAttribute('aria-valuemax', String(v.window.last));
    this.draw();
  }

  setPosition(p: number): void {
    this.position = p;
    this.canvas.setAttribute('aria-valuenow', String(p));
    this.draw();
  }

  private xOf(position: number, w: number): number {
    return timelineX(position, w, (this.view as TimelineView).count);
  }

  /** The position under x (CSS px), clamped to the window that can be sought. */
  positionAt(x: number): number {
    return this.view ? timelinePosition(x, this.canvas.clientWidth, this.view) : 0;
  }

  private seekAt(x: number): void {
    this.events.seek(this.positionAt(x));
  }

  private hover(e: PointerEvent): void {
    const v = this.view;
    if (!v || v.points.length === 0) return;
    const p = this.positionAt(e.offsetX);
    const pt = nearest(v.points, p);
    const gc = v.collections.filter((c) => c.position === p);
    const lines = [
      `position ${int(p)}${pt.line ? ` · line ${pt.line}` : ''}`,
      `${bytes(pt.liveBytes)} in use · ${int(pt.liveObjects)} objects · ${pt.arenas} ${pt.arenas === 1 ? 'arena' : 'arenas'}`,
      ...gc.map((c) => `gen ${c.generation} collection (${c.reason}): ${c.collected} collected`),
    ];
    this.tooltip.replaceChildren(...lines.map((t) => Object.assign(document.createElement('div'), { textContent: t })));
    this.tooltip.hidden = false;
    const box = this.box.getBoundingClientRect();
    this.tooltip.style.left = `${Math.min(e.clientX - box.left + 12, box.width - 240)}px`;
    this.tooltip.style.top = `${e.clientY - box.top + 12}px`;
  }

  /** Paint the chart (kept in `chart` while the run, palette and size stay) and the position line. */
  draw(): void {
    const v = this.view;
    const dpr = window.devicePixelRatio || 1;
    this.size ??= { width: this.box.clientWidth, height: this.box.clientHeight };
    const cssW = Math.max(200, this.size.width);
    const cssH = Math.max(60, this.size.height);
    if (this.canvas.width !== Math.round(cssW * dpr) || this.canvas.height !== Math.round(cssH * dpr)) {
      this.canvas.width = Math.round(cssW * dpr);
      this.canvas.height = Math.round(cssH * dpr);
      this.canvas.style.width = `${cssW}px`;
      this.canvas.style.height = `${cssH}px`;
    }
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    if (!v || v.points.length === 0) return;
    if (this.chartStale || this.chart.width !== this.canvas.width || this.chart.height !== this.canvas.height) {
      this.chart.width = this.canvas.width;
      this.chart.height = this.canvas.height;
      const c = this.chart.getContext('2d') as CanvasRenderingContext2D;
      c.setTransform(dpr, 0, 0, dpr, 0, 0);
      this.drawChart(c, v, cssW, cssH);
      this.chartStale = false;
    }
    ctx.drawImage(this.chart, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    // current position
    const x = this.xOf(this.position, cssW);
    ctx.strokeStyle = this.palette.accent;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, PAD.top - 4);
    ctx.lineTo(x, cssH - PAD.bottom);
    ctx.stroke();
  }

  /** The series, collections and legend (everything but the position line). */
  private drawChart(ctx: CanvasRenderingContext2D, v: TimelineView, cssW: number, cssH: number): void {
    const p = this.palette;
    const top = PAD.top;
    const bottom = cssH - PAD.bottom;
    const h = bottom - top;
    const maxOf = (f: (t: TimelinePoint) => number): number => Math.max(1, ...v.points.map(f));
    const maxBytes = maxOf((t) => t.liveBytes);
    const maxObjects = maxOf((t) => t.liveObjects);
    const maxArenas = maxOf((t) => t.arenas);
    const y = (value: number, max: number): number => bottom - (value / max) * h;

    // outside the window that can be sought (trace budget exceeded): hatched grey
    if (v.window.truncated) {
      ctx.fillStyle = p.muted;
      ctx.globalAlpha = 0.15;
      ctx.fillRect(PAD.left, top, this.xOf(v.window.first, cssW) - PAD.left, h);
      ctx.globalAlpha = 1;
    }
    // bytes: filled area
    ctx.beginPath();
    ctx.moveTo(this.xOf(v.points[0].position, cssW), bottom);
    for (const t of v.points) ctx.lineTo(this.xOf(t.position, cssW), y(t.liveBytes, maxBytes));
    ctx.lineTo(this.xOf(v.points[v.points.length - 1].position, cssW), bottom);
    ctx.closePath();
    ctx.fillStyle = p.series.bytes;
    ctx.globalAlpha = 0.35;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = p.series.bytes;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    // objects: line
    ctx.beginPath();
    v.points.forEach((t, i) => (i ? ctx.lineTo : ctx.moveTo).call(ctx, this.xOf(t.position, cssW), y(t.liveObjects, maxObjects)));
    ctx.strokeStyle = p.series.objects;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    // arenas: steps, dashed
    ctx.beginPath();
    let prev = v.points[0];
    ctx.moveTo(this.xOf(prev.position, cssW), y(prev.arenas, maxArenas));
    for (const t of v.points) {
      ctx.lineTo(this.xOf(t.position, cssW), y(prev.arenas, maxArenas));
      ctx.lineTo(this.xOf(t.position, cssW), y(t.arenas, maxArenas));
      prev = t;
    }
    ctx.setLineDash([4, 3]);
    ctx.strokeStyle = p.series.arenas;
    ctx.stroke();
    ctx.setLineDash([]);
    // collections: ticks under the plot
    for (const c of v.collections) drawCollection(ctx, c, this.xOf(c.position, cssW), bottom, p);
    // legend with each series' maximum (each series is scaled to its own maximum)
    ctx.font = p.font;
    ctx.textBaseline = 'top';
    let lx = PAD.left;
    for (const [colour, text, dashed] of [
      [p.series.bytes, `bytes in use (peak ${bytes(maxBytes)})`, false],
      [p.series.objects, `live objects (max ${int(maxObjects)})`, false],
      [p.series.arenas, `arenas (max ${maxArenas})`, true],
    ] as [string, string, boolean][]) {
      ctx.strokeStyle = colour;
      ctx.lineWidth = 2;
      ctx.setLineDash(dashed ? [4, 3] : []);
      ctx.beginPath();
      ctx.moveTo(lx, 7);
      ctx.lineTo(lx + 14, 7);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = p.muted;
      ctx.fillText(text, lx + 18, 1);
      lx += 18 + ctx.measureText(text).width + 16;
    }
    if (v.collections.length) {
      ctx.fillStyle = p.muted;
      ctx.fillText('\u25B2 collections (coloured by generation, as in the Generations tab)', lx, 1);
    }
  }
}

function drawCollection(ctx: CanvasRenderingContext2D, c: CollectionView, x: number, bottom: number, p: Palette): void {
  ctx.fillStyle = p.gcCss[c.generation];
  ctx.beginPath();
  ctx.moveTo(x, bottom + 1);
  ctx.lineTo(x - 5, bottom + 10);
  ctx.lineTo(x + 5, bottom + 10);
  ctx.closePath();
  ctx.fill();
}

function nearest(points: TimelinePoint[], position: number): TimelinePoint {
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (points[mid].position <= position) lo = mid;
    else hi = mid - 1;
  }
  return points[lo];
}
