/**
 * The arena map's geometry and pixels, without the DOM (views/arenaMap.ts is the canvas view; the
 * benchmark and the tests use these directly). obmalloc's heap as it is at one position:
 *
 *   arena 0 @0x7f…000   12 of 64 pools carved · 2 free
 *   ┌────┐┌────┐┌────┐ … 8 (few arenas) or 16 pools per row: the arena's 64 pools (1 MiB / 16 KiB)
 *   │████││██░░││    │   each pool a square grid of its blocks (ceil(√capacity) per side),
 *   └────┘└────┘└────┘   so a 16-byte pool has 1021 tiny blocks and a 512-byte pool 31 big ones
 *
 * Drawing goes straight into an ImageData (one Uint32 write per pixel, colours from lookup tables built
 * once per palette), then a few fillText calls for arena headers and pool labels. Layout is arithmetic,
 * so hit-testing a pointer position is O(1). All sizes here are in device pixels.
 */
import type { ArenaView, ColourBy, PoolView, Snapshot } from '../../src/protocol/heap';
import { BLOCK_CHARS, decodeObjectAttr, decodeRuns } from '../../src/protocol/heap';
import { typeColourIndex, type Palette } from '../palette';

/** obmalloc's pool size and pool header (`struct pool_header`, 48 bytes on 64-bit) in 3.11–3.13. */
export const POOL_SIZE = 16 * 1024;
export const POOL_HEADER = 48;
export const POOLS_PER_ARENA = 64;

export interface MapLayout {
  /** pool side / 32 (device px per block of the smallest size class) */
  unit: number;
  poolsPerRow: number;
  /** pool square side (device px) */
  poolPx: number;
  gap: number;
  /** height of an arena header, of a pool label line, of the "never carved" strip */
  headerPx: number;
  labelPx: number;
  stripPx: number;
  rowPx: number;
  /** per arena: top (device px) and rows of pools drawn (rows past the last carved pool collapse into a strip) */
  arenaTop: number[];
  arenaRows: number[];
  width: number;
  height: number;
  dpr: number;
}

/** The traced object a block holds, as far as the map knows it (the rest is looked up on demand). */
export interface BlockObject {
  id: number;
  address: number;
  /** type name and index in `Snapshot.types` */
  type: string;
  typeIndex: number;
  /** generationCode */
  generation: number;
}

/** Where something is in the map. */
export interface MapHit {
  arena: ArenaView;
  pool: PoolView;
  /** block index in the pool, or -1 when the pointer is on the pool but not on a block */
  block: number;
  object: BlockObject | null;
}

/** A pool's per-block data, decoded from its run-length strings (cached per PoolView object). */
export interface PoolBlocks {
  /** BlockChar code per block */
  states: Uint8Array;
  /** PoolView.objects character code per block */
  objects: Uint16Array;
}

const decoded = new WeakMap<PoolView, PoolBlocks>();

/** The decoded blocks of a pool in use (decoded once per snapshot's pool). */
export function poolBlocks(pool: PoolView): PoolBlocks {
  let d = decoded.get(pool);
  if (d === undefined) {
    d = { states: new Uint8Array(pool.capacity), objects: new Uint16Array(pool.capacity) };
    decodeRuns(pool.blocks, d.states);
    decodeRuns(pool.objects, d.objects);
    decoded.set(pool, d);
  }
  return d;
}

/** The traced object in block `block` of `pool`, or null. */
export function blockObject(s: Snapshot, pool: PoolView, block: number): BlockObject | null {
  if (pool.sizeClass < 0 || block < 0 || block >= pool.capacity) return null;
  const a = decodeObjectAttr(poolBlocks(pool).objects[block]);
  const t = a === null ? undefined : s.types[a.type];
  if (a === null || t === undefined) return null;
  const address = pool.address + POOL_HEADER + block * pool.blockSize;
  return { id: address + t.header, address, type: t.name, typeIndex: a.type, generation: a.gen };
}

/**
 * Choose a layout for arenas with `carved[i]` pools carved each, in a container `cssWidth` CSS px wide.
 * obmalloc carves an arena's pools in address order, so the never-carved ones are always its tail: rows
 * of them are not drawn, one thin strip says how many there are.
 */
export function layoutMap(carved: readonly number[], cssWidth: number, dpr: number): MapLayout {
  const arenas = carved.length;
  const width = Math.max(320, Math.floor(cssWidth * dpr));
  const gap = Math.max(2, Math.round(2 * dpr));
  // Few arenas: 8 pools per row with big blocks; many: 16 per row, down to 1 px per 16-byte block.
  const poolsPerRow = arenas <= 2 ? 8 : 16;
  const maxUnit = arenas <= 2 ? 4 : arenas <= 8 ? 3 : arenas <= 24 ? 2 : 1;
  // pools fill the width, up to 32 × maxUnit CSS px each (a 16-byte pool's 1021 blocks are a 32 × 32 grid)
  const fit = Math.floor((width - gap * poolsPerRow) / poolsPerRow);
  const poolPx = Math.max(32, Math.min(Math.round(32 * maxUnit * dpr), fit));
  const unit = poolPx / 32;
  const headerPx = Math.round(18 * dpr);
  const labelPx = poolPx >= 64 ? Math.round(13 * dpr) : 0;
  const stripPx = Math.round(14 * dpr);
  const rowPx = poolPx + gap + labelPx;
  const maxRows = POOLS_PER_ARENA / poolsPerRow;
  const arenaTop: number[] = [];
  const arenaRows: number[] = [];
  let y = 0;
  for (const c of carved) {
    const rows = Math.min(maxRows, Math.max(1, Math.ceil(c / poolsPerRow)));
    arenaTop.push(y);
    arenaRows.push(rows);
    y += headerPx + rows * rowPx + (rows < maxRows ? stripPx : 0) + gap * 3;
  }
  return { unit, poolsPerRow, poolPx, gap, headerPx, labelPx, stripPx, rowPx, arenaTop, arenaRows, width, height: Math.max(y, headerPx * 2), dpr };
}

/** Top-left corner of a pool (device px). */
export function poolOrigin(l: MapLayout, arenaRow: number, poolIndex: number): [number, number] {
  const col = poolIndex % l.poolsPerRow;
  const row = Math.floor(poolIndex / l.poolsPerRow);
  return [col * (l.poolPx + l.gap), l.arenaTop[arenaRow] + l.headerPx + row * l.rowPx];
}

/** Whether a pool has a tile (its row is drawn). */
export function poolDrawn(l: MapLayout, arenaRow: number, poolIndex: number): boolean {
  return Math.floor(poolIndex / l.poolsPerRow) < l.arenaRows[arenaRow];
}

/** y (device px) of an arena's "never carved" strip. */
export function stripTop(l: MapLayout, arenaRow: number): number {
  return l.arenaTop[arenaRow] + l.headerPx + l.arenaRows[arenaRow] * l.rowPx;
}

/** The arena row at y (device px), or -1. */
export function arenaAt(l: MapLayout, y: number): number {
  let lo = 0;
  let hi = l.arenaTop.length - 1;
  if (hi < 0 || y < 0 || y >= l.height) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (l.arenaTop[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Blocks per side of a pool's square grid, and each block's side in device px. */
export function blockGrid(l: MapLayout, capacity: number): { side: number; px: number } {
  const side = Math.max(1, Math.ceil(Math.sqrt(capacity)));
  return { side, px: Math.max(1, Math.floor(l.poolPx / side)) };
}

/** The pool in use holding `address` and the row of its arena, or null (a raw allocation, not in a pool). */
export function poolAt(s: Snapshot, address: number): { arenaRow: number; pool: PoolView } | null {
  const poolAddress = address - (address % POOL_SIZE);
  for (let ai = 0; ai < s.arenas.length; ai++) {
    const a = s.arenas[ai];
    const i = (poolAddress - a.pools[0]?.address) / POOL_SIZE;
    const pool = Number.isInteger(i) ? a.pools[i] : undefined;
    if (pool && pool.address === poolAddress && pool.sizeClass >= 0) return { arenaRow: ai, pool };
  }
  return null;
}

/** The block holding the traced object `id`, or null (not alive, or a raw allocation): found from the map alone. */
export function findBlock(s: Snapshot, id: number): BlockObject | null {
  for (const header of new Set(s.types.map((t) => t.header))) {
    const at = poolAt(s, id - header);
    if (!at) continue;
    const block = Math.floor((id - header - at.pool.address - POOL_HEADER) / at.pool.blockSize);
    const o = blockObject(s, at.pool, block);
    if (o && o.id === id) return o;
  }
  return null;
}

/** Where the block at `address` is drawn: [x, y, side] in device px, or null (raw allocation, not in a pool). */
export function blockRect(l: MapLayout, s: Snapshot, address: number): [number, number, number] | null {
  const at = poolAt(s, address);
  if (at) {
    const { arenaRow: ai, pool } = at;
    const i = Math.floor((address - pool.address - POOL_HEADER) / pool.blockSize);
    const [x0, y0] = poolOrigin(l, ai, pool.index);
    const g = blockGrid(l, pool.capacity);
    return [x0 + (i % g.side) * g.px, y0 + Math.floor(i / g.side) * g.px, g.px];
  }
  return null;
}

/** Blend a colour towards the background (for "the rest" when colouring by type or generation). */
function fade(c: number, bg: number, keep: number): number {
  const mix = (shift: number): number => Math.round((((c >>> shift) & 255) * keep + ((bg >>> shift) & 255) * (1 - keep))) << shift;
  return (mix(0) | mix(8) | mix(16) | (255 << 24)) >>> 0;
}

/** The rows of the map a canvas shows: device px `top` to `top + height` of the layout. */
export interface MapView {
  top: number;
  height: number;
}

/**
 * Paint the part of the map in `view` into `px` (an ImageData's Uint32 view, `l.width` × `view.height`):
 * only pools that intersect the view are visited, so the cost follows the canvas, not the heap. Pure
 * apart from writing the pixels.
 */
export function paintBlocks(px: Uint32Array, l: MapLayout, s: Snapshot, by: ColourBy, p: Palette, view: MapView): void {
  px.fill(p.background);
  const W = l.width;
  const top = view.top;
  const bottom = view.top + view.height;
  /** fill rows y0..y1 (layout coordinates, clipped to the view) between x0 and x1 */
  const rect = (x0: number, y0: number, x1: number, y1: number, c: number): void => {
    const a = Math.max(y0, top);
    const b = Math.min(y1, bottom);
    for (let y = a; y < b; y++) {
      const row = (y - top) * W;
      px.fill(c, row + x0, row + x1);
    }
  };
  const bgFaded = new Uint32Array(128);
  for (let i = 0; i < 128; i++) bgFaded[i] = fade(p.block[i], p.background, 0.35);
  // size class k of 32 → a categorical colour (neighbouring classes differ)
  const sizeClassColour = (sc: number): number => p.categorical[sc % p.categorical.length];
  const objectCode = BLOCK_CHARS.object.charCodeAt(0);
  const bufferCode = BLOCK_CHARS.buffer.charCodeAt(0);
  const runtimeCode = BLOCK_CHARS.runtime.charCodeAt(0);
  // colour of each type index (colour by type)
  const typeColour = by === 'type' ? Uint32Array.from(s.types, (t) => p.categorical[typeColourIndex(t.name)]) : new Uint32Array(0);
  const first = Math.max(0, arenaAt(l, top));
  for (let ai = first; ai < s.arenas.length && l.arenaTop[ai] < bottom; ai++) {
    const arena = s.arenas[ai];
    for (const pool of arena.pools) {
      if (!poolDrawn(l, ai, pool.index)) continue;
      const [x0, y0] = poolOrigin(l, ai, pool.index);
      if (y0 >= bottom || y0 + l.poolPx <= top) continue;
      if (pool.sizeClass < 0 || pool.blocks.length === 0) {
        rect(x0, y0, x0 + l.poolPx, y0 + l.poolPx, pool.index < arena.poolsCarved ? p.emptyPool : p.uncarvedPool);
        continue;
      }
      const { side, px: bpx } = blockGrid(l, pool.capacity);
      const inset = bpx >= 4 ? 1 : 0; // a 1-px grid line between big blocks
      const { states, objects } = poolBlocks(pool);
      const scColour = by === 'sizeClass' ? sizeClassColour(pool.sizeClass) : 0;
      for (let i = 0; i < states.length; i++) {
        const code = states[i];
        let c: number;
        if (by === 'state') c = p.block[code];
        else if (by === 'sizeClass') c = code === objectCode || code === bufferCode || code === runtimeCode ? scColour : bgFaded[code];
        else {
          const a = code === objectCode ? decodeObjectAttr(objects[i]) : null;
          c = a === null ? bgFaded[code] : by === 'type' ? (typeColour[a.type] ?? bgFaded[code]) : p.generation[a.gen];
        }
        const bx = x0 + (i % side) * bpx;
        const by0 = y0 + Math.floor(i / side) * bpx;
        rect(bx, by0, bx + bpx - inset, by0 + bpx - inset, c);
      }
    }
  }
}
