/**
 * Text output of `heapscope annotate`: the source with each executed line's memory activity, the
 * same words the editor annotations use (extension/annotations/format.ts), then the totals.
 *
 *      1  items = []                 ▸ +1 obj +56 B
 *      2  for i in range(10):        ▸ +2 obj +80 B · −1 obj −48 B · ×11
 */
import type { AnalysisResult } from '../protocol/analysis';
import { annotationText, formatBytes } from '../../extension/annotations/format';

function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function formatAnnotated(source: string, result: AnalysisResult): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const stats = new Map(result.lines.map((l) => [l.line, l]));
  const numWidth = String(Math.max(lines.length, 1)).length;
  const shown = lines.map((l) => l.replace(/\t/g, '    ').trimEnd());
  const codeWidth = Math.min(60, Math.max(0, ...shown.map(width)));
  const out: string[] = [];
  shown.forEach((text, i) => {
    const n = String(i + 1).padStart(numWidth);
    const s = stats.get(i + 1);
    if (!s) {
      out.push(`${n}  ${text}`.trimEnd());
      return;
    }
    const pad = ' '.repeat(Math.max(0, codeWidth - width(text)));
    out.push(`${n}  ${text}${pad}  ${annotationText(s, 'full')}`);
  });
  const t = result.totals;
  out.push('');
  out.push(
    `Python ${result.version} · peak ${formatBytes(t.peakBytes)} · live at exit ${t.liveObjects} obj ${formatBytes(t.liveBytes)}` +
      ` · gc ×${t.gcCollections} · ${t.steps.toLocaleString('en-US')} steps · ${result.engineMs} ms`,
  );
  if (result.stdout) {
    out.push('');
    out.push('── program output ──');
    out.push(result.stdout.replace(/\n$/, ''));
  }
  return out.join('\n') + '\n';
}
