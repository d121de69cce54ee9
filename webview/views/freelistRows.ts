/** Which type freelists the stats tab lists (no DOM: the tests use it too). */
import type { FreelistView } from '../../src/protocol/heap';

/**
 * Every freelist of a single type (`float`, `list`, `dict`…), but of the per-length tuple freelists
 * (`tuple[1]` … `tuple[20]`) only those holding something; the empty ones are summarised in one line.
 */
export function shownFreelists(all: readonly FreelistView[]): { rows: FreelistView[]; emptyTuples: FreelistView[] } {
  const rows: FreelistView[] = [];
  const emptyTuples: FreelistView[] = [];
  for (const f of all) {
    if (f.limit <= 0 && f.size <= 0) continue;
    if (/^tuple\[\d+\]$/.test(f.name) && f.size === 0) emptyTuples.push(f);
    else rows.push(f);
  }
  return { rows, emptyTuples };
}
