/**
 * Text of the end-of-line annotations and hovers, from `LineStats`. Pure: no `vscode` import.
 *
 *   ▸ +3 obj +184 B · −1 obj −56 B · ×10          compact
 *   ▸ +3 obj +184 B · −1 obj −56 B · ×10 · gc ×1 · list +1, int +2     full
 */
import type { LineStats, AnalysisResult } from '../../src/protocol/analysis';
import type { CurrentLineActivity, LineTotalsSoFar } from '../../src/protocol/heap';
import type { AnnotationDetail } from '../config';
import { MINUS, formatBytes, memoryDelta } from '../../src/protocol/format';

export { formatBytes };

/** Which decoration (colour) a line gets. */
export type AnnotationKind = 'alloc' | 'free' | 'gc' | 'neutral';
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['alloc', 'free', 'gc', 'neutral'];



export function annotationKind(s: LineStats): AnnotationKind {
  if (s.gcRuns > 0) return 'gc';
  if (s.allocObjects === 0 && s.freedObjects === 0) return 'neutral';
  return s.netBytes >= 0 ? 'alloc' : 'free';
}

export function annotationText(s: LineStats, detail: AnnotationDetail): string {
  const parts: string[] = [];
  for (const d of [memoryDelta('+', s.allocObjects, s.allocBytes), memoryDelta('-', s.freedObjects, s.freedBytes)]) if (d) parts.push(d);
  if (parts.length === 0) parts.push('no allocations');
  if (s.execCount > 1) parts.push(`\u00d7${s.execCount}`);
  if (s.gcRuns > 0) parts.push(`gc \u00d7${s.gcRuns}`);
  if (detail === 'full') {
    const types = [...s.byType]
      .sort((a, b) => b.bytes - a.bytes || a.type.localeCompare(b.type))
      .slice(0, 3)
      .map((t) => `${t.type} ${signed(t.allocs - t.frees)}`);
    if (types.length) parts.push(types.join(', '));
  }
  return `\u25b8 ${parts.join(' \u00b7 ')}`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `${MINUS}${-n}` : '\u00b10';
}

/** Markdown breakdown of one line for the hover. */
export function hoverMarkdown(s: LineStats, result: AnalysisResult): string {
  const out: string[] = [];
  out.push(`**heapscope** · Python ${result.version} · line ${s.line} ran ${s.execCount} time${s.execCount === 1 ? '' : 's'}`);
  out.push('');
  out.push(
    `Allocated **${s.allocObjects}** object${s.allocObjects === 1 ? '' : 's'} (${formatBytes(s.allocBytes)}), ` +
      `freed **${s.freedObjects}** (${formatBytes(s.freedBytes)}), net ${s.netBytes < 0 ? MINUS : '+'}${formatBytes(s.netBytes)}` +
      (s.gcRuns > 0 ? `; the cyclic GC ran ${s.gcRuns} time${s.gcRuns === 1 ? '' : 's'}` : '') +
      '.',
  );
  if (s.byType.length) {
    out.push('', '| type | allocs | bytes | frees |', '|:--|--:|--:|--:|');
    for (const t of [...s.byType].sort((a, b) => b.bytes - a.bytes)) {
      out.push(`| \`${escapeCell(t.type)}\` | ${t.allocs} | ${formatBytes(t.bytes)} | ${t.frees} |`);
    }
  }
  if (s.refChanges.length) {
    out.push('', 'Reference counts:');
    for (const r of s.refChanges.slice(0, 12)) {
      out.push(`- \`${escapeCell(r.name)}\`: ${r.before} → ${r.after} (${escapeMd(r.cause)})`);
    }
    if (s.refChanges.length > 12) out.push(`- … ${s.refChanges.length - 12} more`);
  }
  return out.join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/[|`]/g, (c) => `\\${c}`);
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

// ---------------------------------------------------------------- while stepping

/** A line's totals up to the current step, in the shape the annotation text takes. */
export function statsSoFar(t: LineTotalsSoFar): LineStats {
  return {
    line: t.line,
    execCount: t.execCount,
    allocObjects: t.allocObjects,
    allocBytes: t.allocBytes,
    freedObjects: t.freedObjects,
    freedBytes: t.freedBytes,
    netBytes: t.allocBytes - t.freedBytes,
    gcRuns: t.gcRuns,
    byType: [],
    refChanges: [],
  };
}

/** The type name of separate buffers (list items, dict tables...) in the heap protocol. */
const BUFFER_TYPE = '<buffer>';

/** Which colour the current line's annotation takes. */
export function activityKind(a: CurrentLineActivity): AnnotationKind {
  if (a.collections.length > 0) return 'gc';
  if (a.allocs.length === 0 && a.frees.length === 0) return 'neutral';
  const net = a.allocs.reduce((sum, x) => sum + x.size, 0) - a.frees.reduce((sum, x) => sum + x.size, 0);
  return net >= 0 ? 'alloc' : 'free';
}

/**
 * The current line's annotation while stepping: what this execution of the line (the one about to
 * run) does.   ▶ run 3: +1 obj +32 B · −1 obj −28 B · x 1 → 2 · gc gen 0
 */
export function activityText(a: CurrentLineActivity): string {
  const parts: string[] = [];
  // As in the whole-run annotations: separate buffers count in bytes, not in objects.
  const objects = (xs: { type: string }[]) => xs.filter((x) => x.type !== BUFFER_TYPE).length;
  const allocBytes = a.allocs.reduce((sum, x) => sum + x.size, 0);
  const freedBytes = a.frees.reduce((sum, x) => sum + x.size, 0);
  for (const d of [memoryDelta('+', objects(a.allocs), allocBytes), memoryDelta('-', objects(a.frees), freedBytes)]) if (d) parts.push(d);
  if (parts.length === 0) parts.push('no allocations');
  for (const r of a.refChanges.slice(0, 3)) parts.push(`${r.name} ${r.before} \u2192 ${r.after}`);
  for (const c of a.collections) parts.push(`gc gen ${c.generation}: ${c.collected} collected`);
  return `\u25b6 run ${a.execution}: ${parts.join(' \u00b7 ')}`;
}

/** Gutter heat level of a line: 3 for the heaviest allocators, 1 for the lightest of the marked lines. */
export type HeatLevel = 1 | 2 | 3;

/**
 * The heaviest lines by bytes allocated over the whole run (at most `top`), with a level relative to the
 * heaviest: 3 from half of its bytes, 2 from 15%, else 1. Lines that allocated nothing get no mark.
 */
export function heatLevels(lines: readonly LineStats[], top = 10): Map<number, HeatLevel> {
  const heavy = lines.filter((s) => s.allocBytes > 0).sort((a, b) => b.allocBytes - a.allocBytes || a.line - b.line).slice(0, top);
  const max = heavy.length > 0 ? heavy[0].allocBytes : 0;
  return new Map(heavy.map((s) => [s.line, s.allocBytes >= max * 0.5 ? 3 : s.allocBytes >= max * 0.15 ? 2 : 1]));
}
