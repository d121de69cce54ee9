/**
 * Freelists and small-object statistics at one position: each type freelist's occupancy against its
 * CPython limit, and the numbers `sys._debugmallocstats()` prints (blocks in use per size class, bytes
 * lost to pool headers, quantization and arena alignment).
 */
import type { MallocStats, Snapshot } from '../../src/protocol/heap';
import { el, replaceChildren } from '../dom';
import { bytes, hex, int } from '../format';
import { shownFreelists } from './freelistRows';

export class StatsView {
  readonly root: HTMLElement;
  private readonly freelists = el('div', { class: 'freelists' });
  private readonly summary = el('div', { class: 'malloc-summary' });
  private readonly classes = el('div', { class: 'size-classes' });

  constructor() {
    this.root = el(
      'div',
      { class: 'stats-view' },
      el('h3', {}, 'Type freelists'),
      el('p', { class: 'muted small' }, 'Freed objects of these types are parked for reuse instead of returning their block to the pool; the next allocation of the type takes one back.'),
      this.freelists,
      el('h3', {}, 'Small-object allocator (sys._debugmallocstats)'),
      this.summary,
      this.classes,
    );
  }

  setSnapshot(s: Snapshot): void {
    const { rows: fl, emptyTuples } = shownFreelists(s.freelists);
    const tupleNote =
      emptyTuples.length > 0
        ? el('p', { class: 'muted small' }, `${emptyTuples.length} more tuple freelists, one per length (${emptyTuples[0].name} \u2026 ${emptyTuples[emptyTuples.length - 1].name}): empty, limit ${int(emptyTuples[0].limit)} each.`)
        : null;
    replaceChildren(
      this.freelists,
      fl.length === 0 && emptyTuples.length === 0
        ? el('p', { class: 'muted' }, 'No type freelists in this version profile.')
        : el(
            'div',
            { class: 'bars' },
            ...fl.map((f) => {
              const fill = el('div', { class: 'meter-fill freelist' });
              fill.style.width = `${f.limit > 0 ? Math.min(100, (f.size / f.limit) * 100) : 0}%`;
              const ids = f.ids.length ? f.ids.slice(-3).map(hex).join(', ') + (f.ids.length > 3 ? '\u2026' : '') : '';
              return el(
                'div',
                { class: 'bar-row', title: ids ? `parked during the run: ${ids}` : '' },
                el('span', { class: 'bar-label mono' }, f.name),
                el('div', { class: 'meter', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': f.limit, 'aria-valuenow': f.size, 'aria-label': `${f.name} freelist: ${f.size} of ${f.limit}` }, fill),
                el('span', { class: 'bar-value' }, `${f.size} / ${f.limit}`),
              );
            }),
          ),
      tupleNote,
    );
    this.renderMalloc(s.mallocStats);
  }

  private renderMalloc(m: MallocStats): void {
    const facts: [string, string][] = [
      ['arenas in use', `${int(m.arenasInUse)} (allocated ${int(m.arenasAllocated)}, reclaimed ${int(m.arenasReclaimed)}, high water ${int(m.arenasHighWater)})`],
      ['bytes in allocated blocks', bytes(m.bytesInAllocatedBlocks) + ` (${int(m.bytesInAllocatedBlocks)})`],
      ['bytes in available blocks', bytes(m.bytesInAvailableBlocks)],
      ['unused pools', `${int(m.unusedPools)} × 16 KiB`],
      ['lost to pool headers', `${bytes(m.bytesLostToPoolHeaders)} (48 B per pool in use)`],
      ['lost to quantization', `${bytes(m.bytesLostToQuantization)} (pool space too small for one more block)`],
      ['lost to arena alignment', bytes(m.bytesLostToArenaAlignment)],
      ['total', bytes(m.totalBytes) + ` (${int(m.totalBytes)})`],
    ];
    replaceChildren(this.summary, el('dl', { class: 'facts-list' }, ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])));
    const rows = m.sizeClasses.filter((c) => c.poolsInUse > 0 || c.blocksInUse > 0);
    const maxBlocks = Math.max(1, ...rows.map((c) => c.blocksInUse + c.freeBlocks));
    replaceChildren(
      this.classes,
      el(
        'table',
        { class: 'plain', 'aria-label': 'Blocks per size class' },
        el('thead', {}, el('tr', {}, ...['class', 'block size', 'pools', 'blocks in use', 'free blocks', ''].map((h, i) => el('th', { scope: 'col', class: i > 0 && i < 5 ? 'num' : '' }, h)))),
        el(
          'tbody',
          {},
          ...rows.map((c) => {
            const used = el('div', { class: 'meter-fill used' });
            used.style.width = `${(c.blocksInUse / maxBlocks) * 100}%`;
            const free = el('div', { class: 'meter-fill free' });
            free.style.width = `${(c.freeBlocks / maxBlocks) * 100}%`;
            return el(
              'tr',
              {},
              el('td', {}, String(c.sizeClass)),
              el('td', { class: 'num' }, `${c.blockSize} B`),
              el('td', { class: 'num' }, int(c.poolsInUse)),
              el('td', { class: 'num' }, int(c.blocksInUse)),
              el('td', { class: 'num' }, int(c.freeBlocks)),
              el('td', { class: 'spark' }, el('div', { class: 'meter stacked', 'aria-hidden': 'true' }, used, free)),
            );
          }),
        ),
      ),
    );
  }
}
