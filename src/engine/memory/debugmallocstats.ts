/**
 * sys._debugmallocstats(): CPython's report text (`_PyObject_DebugMallocStats` then
 * `_PyObject_DebugTypeStats`), byte for byte, from the model's numbers. The layout is identical in
 * 3.11, 3.12 and 3.13 (captured samples in test/engine/memory/fixtures); only the freelist lines differ
 * (see freeListStatLayout in freelist.ts). CPython writes it to stderr.
 *
 *   Small block threshold = 512, in 32 size classes.
 *   <blank>
 *   class   size   num pools   blocks in use  avail blocks     ← "%5u %6u %11zu %15zu %13zu" per class
 *   -----   ----   ---------   -------------  ------------       with at least one pool in use
 *   <blank>
 *   # arenas allocated total           =                    2   ← printone(): label padded to 35, '=',
 *   ...                                                            value with thousands commas in 21
 *   <blank> byte accounting (sums to arenas * 1 MiB), <blank> arena map counts, <blank> arena map bytes
 *   <blank> then one _PyDebugAllocatorStats line per freelist: "%48s " label, then printone.
 */

import {
  ARENA_MAP_BOT_BYTES,
  ARENA_MAP_MID_BYTES,
  ARENA_MAP_ROOT_BYTES,
  ARENA_SIZE,
  INDEX2SIZE,
  NB_SMALL_SIZE_CLASSES,
  POOL_OVERHEAD,
  POOL_SIZE,
  SMALL_REQUEST_THRESHOLD,
  type ObMallocStats,
} from './obmalloc';

/** One freelist line: `numBlocks` blocks of `sizeofBlock` bytes named `blockName` (pluralised with "s"). */
export interface AllocatorStatsLine {
  blockName: string;
  numBlocks: number;
  sizeofBlock: number;
}

export interface DebugMallocStatsInput extends ObMallocStats {
  freelists: AllocatorStatsLine[];
}

/** Digits with a comma every three, as printone() writes them. */
export function withThousands(value: number): string {
  const s = String(Math.trunc(value));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return out;
}

/** printone(): label padded to 35 columns, '=', the value right-aligned in 21 columns, newline. */
export function printone(label: string, value: number): string {
  return label.padEnd(35, ' ') + '=' + withThousands(value).padStart(21, ' ') + '\n';
}

/** _PyDebugAllocatorStats(): "%d %ss * %zd bytes each" right-aligned in 48, a space, then printone. */
export function debugAllocatorStats(blockName: string, numBlocks: number, sizeofBlock: number): string {
  const label = `${numBlocks} ${blockName}s * ${sizeofBlock} bytes each`.padStart(48, ' ') + ' ';
  return printone(label, numBlocks * sizeofBlock);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, ' ');
}

/** The byte accounting _PyObject_DebugMallocStats prints (it sums to arenas × 1 MiB). */
export interface ObMallocAccounting {
  allocatedBytes: number;
  availableBytes: number;
  unusedPoolBytes: number;
  poolHeaderBytes: number;
  /** per pool in use: (POOL_SIZE − POOL_OVERHEAD) % block size */
  quantization: number;
  arenaAlignment: number;
  total: number;
}

export function obmallocAccounting(s: ObMallocStats): ObMallocAccounting {
  let allocatedBytes = 0;
  let availableBytes = 0;
  let poolHeaderBytes = 0;
  let quantization = 0;
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
    const p = s.numpools[i] ?? 0;
    if (p === 0) continue;
    const size = INDEX2SIZE(i);
    allocatedBytes += (s.numblocks[i] ?? 0) * size;
    availableBytes += (s.numfreeblocks[i] ?? 0) * size;
    poolHeaderBytes += p * POOL_OVERHEAD;
    quantization += p * ((POOL_SIZE - POOL_OVERHEAD) % size);
  }
  const unusedPoolBytes = s.numfreepools * POOL_SIZE;
  return {
    allocatedBytes,
    availableBytes,
    unusedPoolBytes,
    poolHeaderBytes,
    quantization,
    arenaAlignment: s.arenaAlignment,
    total: allocatedBytes + availableBytes + unusedPoolBytes + poolHeaderBytes + quantization + s.arenaAlignment,
  };
}

/** The pymalloc part (_PyObject_DebugMallocStats), ending with the arena map Total line. */
export function renderObMallocStats(s: ObMallocStats): string {
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NB_SMALL_SIZE_CLASSES} size classes.\n`;
  out += '\n';
  out += 'class   size   num pools   blocks in use  avail blocks\n';
  out += '-----   ----   ---------   -------------  ------------\n';
  for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
    const p = s.numpools[i] ?? 0;
    if (p === 0) continue;
    const b = s.numblocks[i] ?? 0;
    const f = s.numfreeblocks[i] ?? 0;
    out += `${pad(i, 5)} ${pad(INDEX2SIZE(i), 6)} ${pad(p, 11)} ${pad(b, 15)} ${pad(f, 13)}\n`;
  }
  const { allocatedBytes, availableBytes, poolHeaderBytes, quantization } = obmallocAccounting(s);
  out += '\n';
  out += printone('# arenas allocated total', s.ntimesArenaAllocated);
  out += printone('# arenas reclaimed', s.ntimesArenaAllocated - s.narenas);
  out += printone('# arenas highwater mark', s.narenasHighwater);
  out += printone('# arenas allocated current', s.narenas);
  out += printone(`${s.narenas} arenas * ${ARENA_SIZE} bytes/arena`, s.narenas * ARENA_SIZE);
  out += '\n';
  let total = allocatedBytes + availableBytes + s.numfreepools * POOL_SIZE + poolHeaderBytes + quantization + s.arenaAlignment;
  out += printone('# bytes in allocated blocks', allocatedBytes);
  out += printone('# bytes in available blocks', availableBytes);
  out += printone(`${s.numfreepools} unused pools * ${POOL_SIZE} bytes`, s.numfreepools * POOL_SIZE);
  out += printone('# bytes lost to pool headers', poolHeaderBytes);
  out += printone('# bytes lost to quantization', quantization);
  out += printone('# bytes lost to arena alignment', s.arenaAlignment);
  out += printone('Total', total);
  out += '\narena map counts\n';
  out += printone('# arena map mid nodes', s.arenaMapMidCount);
  out += printone('# arena map bot nodes', s.arenaMapBotCount);
  out += '\n';
  const mid = ARENA_MAP_MID_BYTES * s.arenaMapMidCount;
  const bot = ARENA_MAP_BOT_BYTES * s.arenaMapBotCount;
  total = ARENA_MAP_ROOT_BYTES + mid + bot;
  out += printone('# bytes lost to arena map root', ARENA_MAP_ROOT_BYTES);
  out += printone('# bytes lost to arena map mid', mid);
  out += printone('# bytes lost to arena map bot', bot);
  out += printone('Total', total);
  return out;
}

/** The whole sys._debugmallocstats() text: pymalloc part, a blank line, then the freelist lines. */
export function renderDebugMallocStats(input: DebugMallocStatsInput): string {
  let out = renderObMallocStats(input);
  out += '\n';
  for (const f of input.freelists) out += debugAllocatorStats(f.blockName, f.numBlocks, f.sizeofBlock);
  return out;
}

/**
 * Read the numbers back out of a real report (for fixtures and conformance tooling). Derived lines
 * (byte accounting, totals) are not inputs: renderDebugMallocStats recomputes them.
 */
export function parseDebugMallocStats(text: string): DebugMallocStatsInput {
  const numpools = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  const numblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  const numfreeblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
  const value = (label: string): number => {
    const line = text.split('\n').find((l) => l.startsWith(label));
    if (line === undefined) throw new Error(`debugmallocstats: no line "${label}"`);
    return Number(line.slice(line.indexOf('=') + 1).replace(/[ ,]/g, ''));
  };
  const freelists: AllocatorStatsLine[] = [];
  for (const line of text.split('\n')) {
    const row = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$/.exec(line);
    if (row) {
      const i = Number(row[1]);
      numpools[i] = Number(row[3]);
      numblocks[i] = Number(row[4]);
      numfreeblocks[i] = Number(row[5]);
      continue;
    }
    const fl = /^\s*(\d+) (.+)s \* (\d+) bytes each =/.exec(line);
    if (fl) freelists.push({ numBlocks: Number(fl[1]), blockName: fl[2]!, sizeofBlock: Number(fl[3]) });
  }
  const unused = /^(\d+) unused pools/m.exec(text);
  return {
    numpools,
    numblocks,
    numfreeblocks,
    narenas: value('# arenas allocated current'),
    ntimesArenaAllocated: value('# arenas allocated total'),
    narenasHighwater: value('# arenas highwater mark'),
    numfreepools: unused ? Number(unused[1]) : 0,
    arenaAlignment: value('# bytes lost to arena alignment'),
    arenaMapMidCount: value('# arena map mid nodes'),
    arenaMapBotCount: value('# arena map bot nodes'),
    freelists,
  };
}
