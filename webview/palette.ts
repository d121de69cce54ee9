/**
 * The canvas palette's shape (filled from CSS by theme.ts) and the colour choices that need no DOM, so
 * the pure drawing code (views/mapLayout.ts) and Node tests can use them.
 */
import type { BlockChar } from '../src/protocol/heap';

export const CATEGORICAL_COUNT = 10;

/** Pixel colours as ImageData's Uint32 view wants them (little-endian ABGR), plus CSS strings. */
export interface Palette {
  /** indexed by char code of a BlockChar */
  block: Uint32Array;
  /** a pool on its arena's free list / never carved (whole tile) */
  emptyPool: number;
  uncarvedPool: number;
  background: number;
  /** categorical colours for object types */
  categorical: number[];
  categoricalCss: string[];
  /** gen 0, gen 1, gen 2, permanent, untracked, not a GC type, unreachable (format.generationIndex) */
  generation: number[];
  generationCss: string[];
  blockCss: Record<BlockChar, string>;
  /** CSS colours for text and lines on canvases */
  fg: string;
  muted: string;
  accent: string;
  selection: string;
  series: { bytes: string; objects: string; arenas: string };
  gcCss: string[];
  font: string;
}

/** Stable colour index for a type name (same type, same colour, at every step). */
export function typeColourIndex(type: string): number {
  let h = 2166136261;
  for (let i = 0; i < type.length; i++) h = Math.imul(h ^ type.charCodeAt(i), 16777619);
  return (h >>> 0) % CATEGORICAL_COUNT;
}

