/** The timeline's x scale (no DOM: the tests compute where to click with it). */
import type { TimelineView } from '../../src/protocol/heap';

/** Plot padding in CSS px. */
export const PAD = { left: 6, right: 6, top: 18, bottom: 14 };

/** The position at x (CSS px) on a timeline `width` CSS px wide: positions 0..count+1 spread over the plot. */
export function timelinePosition(x: number, width: number, v: Pick<TimelineView, 'count' | 'window'>): number {
  const span = Math.max(1, v.count + 1);
  const p = Math.round(((x - PAD.left) / Math.max(1, width - PAD.left - PAD.right)) * span);
  return clamp(p, v.window.first, v.window.last);
}

/** x (CSS px) of a position: the inverse of timelinePosition. */
export function timelineX(position: number, width: number, count: number): number {
  return PAD.left + (position / Math.max(1, count + 1)) * (width - PAD.left - PAD.right);
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}
