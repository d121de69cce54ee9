import { describe, expect, it } from 'vitest';
import { memoryDelta } from '../../../src/protocol/format';
import { heatLevels } from '../../../extension/annotations/format';
import { activityKind, activityText, annotationKind, annotationText, formatBytes, hoverMarkdown, statsSoFar } from '../../../extension/annotations/format';
import type { CurrentLineActivity } from '../../../src/protocol/heap';
import type { AnalysisResult, LineStats } from '../../../src/protocol/analysis';
import { emptyTotals } from '../../../src/protocol/analysis';

function stats(partial: Partial<LineStats>): LineStats {
  return {
    line: 1, execCount: 1, allocObjects: 0, allocBytes: 0, freedObjects: 0, freedBytes: 0, netBytes: 0, gcRuns: 0,
    byType: [], refChanges: [], ...partial,
  };
}

describe('annotation text', () => {
  it('matches the compact format', () => {
    const s = stats({ execCount: 10, allocObjects: 3, allocBytes: 184, freedObjects: 1, freedBytes: 56, netBytes: 128 });
    expect(annotationText(s, 'compact')).toBe('▸ +3 obj +184 B · −1 obj −56 B · ×10');
    expect(annotationKind(s)).toBe('alloc');
  });

  it('says so when a line allocates nothing, and omits ×1', () => {
    expect(annotationText(stats({}), 'compact')).toBe('▸ no allocations');
    expect(annotationKind(stats({}))).toBe('neutral');
  });

  it('adds GC runs and the top types in full detail', () => {
    const s = stats({
      allocObjects: 3, allocBytes: 120, freedObjects: 9, freedBytes: 900, netBytes: -780, gcRuns: 1,
      byType: [
        { type: 'int', allocs: 2, bytes: 64, frees: 0 },
        { type: 'Node', allocs: 0, bytes: 0, frees: 9 },
        { type: 'list', allocs: 1, bytes: 56, frees: 0 },
      ],
    });
    expect(annotationText(s, 'full')).toBe('▸ +3 obj +120 B · −9 obj −900 B · gc ×1 · int +2, list +1, Node −9');
    expect(annotationKind(s)).toBe('gc');
    expect(annotationKind({ ...s, gcRuns: 0 })).toBe('free');
  });

  it('formats bytes', () => {
    expect([0, 1023, 1024, 2470, 150 * 1024, 3 * 1024 * 1024].map(formatBytes)).toEqual(['0 B', '1023 B', '1 KiB', '2.41 KiB', '150 KiB', '3 MiB']);
  });

  it('marks the heaviest allocating lines with a level relative to the heaviest', () => {
    const lines = [100, 0, 5000, 900, 2600, 40].map((allocBytes, i) => stats({ line: i + 1, allocBytes, allocObjects: allocBytes > 0 ? 1 : 0 }));
    expect([...heatLevels(lines)]).toEqual([[3, 3], [5, 3], [4, 2], [1, 1], [6, 1]]);
    expect([...heatLevels(lines, 2).keys()]).toEqual([3, 5]);
    expect(heatLevels([stats({ line: 1 })]).size).toBe(0);
  });

  it('shows only bytes when a line grew a buffer without allocating an object', () => {
    const s = stats({ line: 2, allocObjects: 0, allocBytes: 400, netBytes: 400 });
    expect(annotationText(s, 'compact')).toBe('▸ +400 B');
    expect(memoryDelta('-', 2, 2560)).toBe('\u22122 obj \u22122.5 KiB');
    expect(memoryDelta('+', 0, 0)).toBe('');
  });

  it('renders a hover table and reference changes', () => {
    const s = stats({
      line: 4, execCount: 2, allocObjects: 1, allocBytes: 56, netBytes: 56,
      byType: [{ type: 'list', allocs: 1, bytes: 56, frees: 0 }],
      refChanges: [{ name: 'items', before: 1, after: 2, cause: 'bound to alias' }],
    });
    const result: AnalysisResult = {
      version: '3.12', stdout: '', stderr: '', exitCode: 0, error: null, lines: [s], totals: emptyTotals(), engineMs: 1,
    };
    const md = hoverMarkdown(s, result);
    expect(md).toContain('line 4 ran 2 times');
    expect(md).toContain('| `list` | 1 | 56 B | 0 |');
    expect(md).toContain('- `items`: 1 → 2 (bound to alias)');
  });
});

describe('annotations while stepping', () => {
  it('shows a line\'s totals so far in the whole-run format', () => {
    const s = statsSoFar({ line: 4, execCount: 3, allocObjects: 3, allocBytes: 96, freedObjects: 1, freedBytes: 32, gcRuns: 0 });
    expect(s.netBytes).toBe(64);
    expect(annotationText(s, 'compact')).toBe('▸ +3 obj +96 B · −1 obj −32 B · ×3');
  });

  it('shows what the current line\'s execution does', () => {
    const a: CurrentLineActivity = {
      line: 7,
      execution: 2,
      allocs: [{ id: 1, type: 'list', size: 56, blockSize: 64, address: 0x1000 }],
      frees: [{ id: 2, type: 'int', size: 28, address: 0x2000 }],
      refChanges: [{ name: 'x', before: 1, after: 2, cause: 'bound to y' }],
      collections: [],
    };
    expect(activityText(a)).toBe('▶ run 2: +1 obj +56 B · −1 obj −28 B · x 1 → 2');
    const grown = { ...a, allocs: [...a.allocs, { id: 0x3000, type: '<buffer>', size: 32, blockSize: 32, address: 0x3000 }] };
    expect(activityText(grown)).toBe('▶ run 2: +1 obj +88 B · −1 obj −28 B · x 1 → 2');
    expect(activityKind(a)).toBe('alloc');
    const quiet = { ...a, allocs: [], frees: [], refChanges: [] };
    expect(activityText(quiet)).toBe('▶ run 2: no allocations');
    expect(activityKind(quiet)).toBe('neutral');
    const gc = { ...quiet, collections: [{ position: 3, step: 9, line: 7, generation: 0 as const, reason: 'auto', examined: 10, unreachable: 4, collected: 4, uncollectable: 0, promoted: 6 }] };
    expect(activityText(gc)).toBe('▶ run 2: no allocations · gc gen 0: 4 collected');
    expect(activityKind(gc)).toBe('gc');
  });
});
