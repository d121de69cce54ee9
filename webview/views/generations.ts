/**
 * Generations: gc.get_count() against gc.get_threshold() as three bars, what the last collection did
 * (examined → unreachable → collected, the survivors promoted to the next generation), and the list of
 * all collections in the run (each one a button that seeks to it).
 */
import type { CollectionView, GcView, Snapshot, TimelineView } from '../../src/protocol/heap';
import { el, replaceChildren } from '../dom';
import { int, plural } from '../format';

export interface GenerationsEvents {
  seek(position: number): void;
}

const REASONS: Record<string, string> = { auto: 'threshold reached', collect: 'gc.collect()', shutdown: 'interpreter shutdown' };

function bar(label: string, value: number, max: number, cls: string, describe: string): HTMLElement {
  const meter = el('div', { class: 'meter', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': max, 'aria-valuenow': value, 'aria-label': describe });
  const fill = el('div', { class: `meter-fill ${cls}` });
  fill.style.width = `${Math.min(100, max > 0 ? (value / max) * 100 : 0)}%`;
  meter.append(fill);
  return el('div', { class: 'bar-row' }, el('span', { class: 'bar-label' }, label), meter, el('span', { class: 'bar-value' }, `${int(value)} / ${int(max)}`));
}

/** What a generation's count means in CPython 3.11–3.13 (gcmodule.c). */
function countMeaning(g: number): string {
  return g === 0 ? 'allocations of GC objects minus deallocations since the last collection' : `collections of generation ${g - 1} since the last collection of generation ${g}`;
}

export function collectionSummary(c: CollectionView): string {
  return (
    `gen ${c.generation} collection on line ${c.line || '—'} (${REASONS[c.reason] ?? c.reason}): examined ${int(c.examined)}, ` +
    `${int(c.unreachable)} unreachable, ${int(c.collected)} collected` +
    (c.uncollectable ? `, ${int(c.uncollectable)} uncollectable` : '') +
    `; ${plural(c.promoted, 'survivor')} promoted to gen ${Math.min(c.generation + 1, 2)}`
  );
}

export class GenerationsView {
  readonly root: HTMLElement;
  private readonly bars = el('div', { class: 'gen-bars' });
  private readonly last = el('div', { class: 'gen-last' });
  private readonly history = el('div', { class: 'gen-history' });

  constructor(private readonly events: GenerationsEvents) {
    this.root = el(
      'div',
      { class: 'generations-view' },
      el('h3', {}, 'Generations: counts against thresholds'),
      this.bars,
      el('h3', {}, 'Last collection'),
      this.last,
      el('h3', {}, 'Collections in this run'),
      this.history,
    );
  }

  setTimeline(t: TimelineView): void {
    if (t.collections.length === 0) {
      replaceChildren(this.history, el('p', { class: 'muted' }, 'The cyclic GC did not run in this program.'));
      return;
    }
    const rows = t.collections.map((c) => {
      const b = el('button', { type: 'button', class: 'link', 'aria-label': `Go to position ${c.position}: ${collectionSummary(c)}` }, `line ${c.line || '—'}`);
      b.addEventListener('click', () => this.events.seek(c.position));
      return el(
        'tr',
        { 'data-position': c.position },
        el('td', {}, b),
        el('td', {}, el('span', { class: `gen-chip gen-${c.generation}` }, `gen ${c.generation}`)),
        el('td', {}, REASONS[c.reason] ?? c.reason),
        el('td', { class: 'num' }, int(c.examined)),
        el('td', { class: 'num' }, int(c.unreachable)),
        el('td', { class: 'num' }, int(c.collected)),
        el('td', { class: 'num' }, int(c.promoted)),
      );
    });
    replaceChildren(
      this.history,
      el(
        'table',
        { class: 'plain', 'aria-label': 'Collections' },
        el('thead', {}, el('tr', {}, ...['where', 'gen', 'why', 'examined', 'unreachable', 'collected', 'promoted'].map((h, i) => el('th', { scope: 'col', class: i >= 3 ? 'num' : '' }, h)))),
        el('tbody', {}, ...rows),
      ),
    );
  }

  setSnapshot(s: Snapshot): void {
    const gc: GcView = s.gc;
    replaceChildren(
      this.bars,
      ...[0, 1, 2].map((g) =>
        bar(`gen ${g}`, gc.counts[g], gc.thresholds[g], `gen-${g}`, `generation ${g}: count ${gc.counts[g]} of threshold ${gc.thresholds[g]} (${countMeaning(g)})`),
      ),
      el('p', { class: 'muted small' }, `gen 0 counts ${countMeaning(0)}; a collection starts when it exceeds the threshold. ` + (gc.enabled ? '' : 'The collector is disabled (gc.disable()): only gc.collect() runs it.')),
      el('p', { class: 'small' }, `Collections so far: gen 0 × ${gc.collections[0]}, gen 1 × ${gc.collections[1]}, gen 2 × ${gc.collections[2]}`),
    );
    const c = gc.last;
    if (!c) {
      replaceChildren(this.last, el('p', { class: 'muted' }, 'No collection yet at this position.'));
    } else {
      const to = Math.min(c.generation + 1, 2);
      replaceChildren(
        this.last,
        el('p', {}, collectionSummary(c)),
        el(
          'div',
          { class: 'funnel', role: 'img', 'aria-label': `examined ${c.examined}, unreachable ${c.unreachable}, collected ${c.collected}, promoted ${c.promoted} to generation ${to}` },
          funnelStep('examined', c.examined, c.examined, 'gen-' + c.generation),
          funnelStep('unreachable', c.unreachable, c.examined, 'unreachable'),
          funnelStep('collected', c.collected, c.examined, 'collected'),
          funnelStep(`survived → gen ${to}`, c.promoted, c.examined, 'gen-' + to),
        ),
      );
    }
    for (const tr of this.history.querySelectorAll<HTMLTableRowElement>('tr[data-position]')) {
      tr.classList.toggle('current', Number(tr.dataset.position) === s.position);
    }
  }
}

function funnelStep(label: string, value: number, of: number, cls: string): HTMLElement {
  const fill = el('div', { class: `meter-fill ${cls}` });
  fill.style.width = `${of > 0 ? Math.max(value > 0 ? 2 : 0, (value / of) * 100) : 0}%`;
  return el('div', { class: 'bar-row' }, el('span', { class: 'bar-label' }, label), el('div', { class: 'meter' }, fill), el('span', { class: 'bar-value' }, int(value)));
}
