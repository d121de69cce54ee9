/**
 * Text of the end-of-line annotations and hovers, from `LineStats`. Pure: no `vscode` import.
 *
 *   ▸ +3 obj +184 B · −1 obj −56 B · ×10          compact
 *   ▸ +3 obj +184 B · −1 obj −56 B · ×10 · gc ×1 · list +1, int +2     full
 */
import type { LineStats, AnalysisResult } from '../../src/protocol/analysis';
import type { AnnotationDetail } from '../config';

/** Which decoration (colour) a line gets. */
export type AnnotationKind = 'alloc' | 'free' | 'gc' | 'neutral';
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['alloc', 'free', 'gc', 'neutral'];

const MINUS = '\u2212';

export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs < 1024) return `${abs} B`;
  if (abs < 1024 * 1024) return `${trim(abs / 1024)} KiB`;
  return `${trim(abs / (1024 * 1024))} MiB`;
}

function trim(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1).replace(/\.0$/, '') : n.toFixed(2).replace(/\.?0+$/, '');
}

export function annotationKind(s: LineStats): AnnotationKind {
  if (s.gcRuns > 0) return 'gc';
  if (s.allocObjects === 0 && s.freedObjects === 0) return 'neutral';
  return s.netBytes >= 0 ? 'alloc' : 'free';
}

export function annotationText(s: LineStats, detail: AnnotationDetail): string {
  const parts: string[] = [];
  if (s.allocObjects > 0 || s.allocBytes > 0) parts.push(`+${s.allocObjects} obj +${formatBytes(s.allocBytes)}`);
  if (s.freedObjects > 0 || s.freedBytes > 0) parts.push(`${MINUS}${s.freedObjects} obj ${MINUS}${formatBytes(s.freedBytes)}`);
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
