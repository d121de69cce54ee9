/**
 * Made-up but deterministic per-line stats for the synthetic phase (see synthetic-engine.ts); the
 * suite computes the same to know which annotations to expect.
 *
 * Rule per line (1-based n) holding code: allocates n % 3 + 1 objects of 56 B each; lines whose
 * code starts with `del ` free 1 object of 56 B instead; lines mentioning gc.collect() run the GC
 * once; indented lines run 10 times.
 */
import type { LineStats } from '../../src/protocol/analysis';

export function syntheticLines(source: string): LineStats[] {
  const out: LineStats[] = [];
  source.split(/\r?\n/).forEach((text, i) => {
    const code = text.trim();
    if (code === '' || code.startsWith('#')) return;
    const line = i + 1;
    const execCount = text.startsWith(' ') ? 10 : 1;
    const frees = code.startsWith('del ');
    const allocObjects = frees ? 0 : (line % 3) + 1;
    const freedObjects = frees ? 1 : 0;
    out.push({
      line,
      execCount,
      allocObjects,
      allocBytes: allocObjects * 56,
      freedObjects,
      freedBytes: freedObjects * 56,
      netBytes: (allocObjects - freedObjects) * 56,
      gcRuns: code.includes('gc.collect()') ? 1 : 0,
      byType: frees ? [{ type: 'Point', allocs: 0, bytes: 0, frees: 1 }] : [{ type: 'int', allocs: allocObjects, bytes: allocObjects * 56, frees: 0 }],
      refChanges: frees ? [{ name: code.slice(4), before: 1, after: 0, cause: 'del' }] : [],
    });
  });
  return out;
}
