import { describe, expect, it } from 'vitest';
import { annotationKind, annotationText, formatBytes, hoverMarkdown } from '../../../extension/annotations/format';
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
