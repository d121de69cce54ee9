/**
 * Parser and differ for `sys._debugmallocstats()` reports (CPython writes them to stderr).
 *
 * A program's absolute numbers depend on the interpreter's start-up heap, which no simulator reproduces,
 * so conformance cases that print these reports are compared on the *differences between consecutive
 * reports* instead (cases opted in with the marker file `<name>.compare` containing `mallocstats-delta`).
 *
 * Which fields are comparable: `blocks in use` per size class and the freelist counts change by exactly
 * what the program allocated and freed once the program starts from empty freelists (a `gc.collect()`
 * before the first report empties them), so their deltas are the same in CPython and in a faithful model.
 * `num pools`, `avail blocks`, the arena lines and the byte accounting also move with whatever pools the
 * start-up heap happened to have partly filled; they are parsed and differenced too, but
 * {@link formatMallocStatsDeltas} leaves them out unless asked (`{ pools: true, arenas: true }`).
 */

/** One row of the size-class table. `inUse + avail = pools * blocks-per-pool`. */
export interface SizeClassStats {
  /** Size-class index, `(size / 16) - 1`. */
  index: number;
  /** Block size in bytes (16, 32, ..., 512). */
  size: number;
  pools: number;
  inUse: number;
  avail: number;
}

/** One freelist line, e.g. `9 free PyListObjects * 40 bytes each = 360`. */
export interface FreelistStats {
  /** The text between `free` and `*`: `PyListObjects`, `3-sized PyTupleObjects`, `PyDictKeysObjects`, ... */
  name: string;
  count: number;
  /** Bytes per object as printed (`* 40 bytes each`). */
  each: number;
  /** The printed product. */
  bytes: number;
}

export interface ArenaStats {
  allocatedTotal: number;
  reclaimed: number;
  highwaterMark: number;
  allocatedCurrent: number;
  /** From `N arenas * 1048576 bytes/arena = ...`. */
  arenaSize: number;
  /** Total bytes of the current arenas. */
  bytes: number;
}

/** The byte-accounting block after the arena lines (every value in bytes). */
export interface ByteStats {
  allocatedBlocks: number;
  availableBlocks: number;
  unusedPools: number;
  /** Number of unused pools (the `N unused pools * 16384 bytes` line). */
  unusedPoolCount: number;
  poolSize: number;
  poolHeaders: number;
  quantization: number;
  arenaAlignment: number;
  total: number;
}

export interface MallocStats {
  smallBlockThreshold: number;
  numSizeClasses: number;
  /** Rows in report order (ascending index); classes with no pools are absent, as CPython omits them. */
  sizeClasses: SizeClassStats[];
  arenas: ArenaStats;
  bytes: ByteStats;
  /** Radix-tree arena map lines (`# arena map mid nodes` ...), keyed by their label; empty when absent. */
  arenaMap: Record<string, number>;
  /** Freelist lines in report order. */
  freelists: FreelistStats[];
}

export interface SizeClassDelta {
  index: number;
  size: number;
  pools: number;
  inUse: number;
  avail: number;
}

export interface FreelistDelta {
  name: string;
  each: number;
  count: number;
}

export interface MallocStatsDelta {
  /** Size classes whose pools, blocks in use or avail blocks changed, ascending by size. */
  sizeClasses: SizeClassDelta[];
  /** Freelists whose count changed, in the later report's order. */
  freelists: FreelistDelta[];
  /** Arena-line differences (all fields, zero when unchanged). */
  arenas: ArenaStats;
}

const HEADER_RE = /^Small block threshold = (\d+), in (\d+) size classes\.$/;
const ROW_RE = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/;
const KV_RE = /^#\s*(.+?)\s*=\s*([\d,]+)\s*$/;
const ARENAS_RE = /^(\d+) arenas \* (\d+) bytes\/arena\s*=\s*([\d,]+)\s*$/;
const UNUSED_POOLS_RE = /^(\d+) unused pools \* (\d+) bytes\s*=\s*([\d,]+)\s*$/;
const TOTAL_RE = /^Total\s*=\s*([\d,]+)\s*$/;
const FREELIST_RE = /^\s*(\d+) free (.+?) \* (\d+) bytes each\s*=\s*([\d,]+)\s*$/;

function num(s: string): number {
  return Number(s.replace(/,/g, ''));
}

export class MallocStatsParseError extends Error {}

/** Parses one report (the text from `Small block threshold = ...` to its last freelist line). */
export function parseMallocStats(text: string): MallocStats {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const header = HEADER_RE.exec(lines[i] ?? '');
  if (!header) throw new MallocStatsParseError(`not a _debugmallocstats report (first line: ${JSON.stringify(lines[i] ?? '')})`);
  const stats: MallocStats = {
    smallBlockThreshold: Number(header[1]),
    numSizeClasses: Number(header[2]),
    sizeClasses: [],
    arenas: { allocatedTotal: 0, reclaimed: 0, highwaterMark: 0, allocatedCurrent: 0, arenaSize: 0, bytes: 0 },
    bytes: {
      allocatedBlocks: 0,
      availableBlocks: 0,
      unusedPools: 0,
      unusedPoolCount: 0,
      poolSize: 0,
      poolHeaders: 0,
      quantization: 0,
      arenaAlignment: 0,
      total: 0,
    },
    arenaMap: {},
    freelists: [],
  };
  let totals = 0;
  let sawTable = false;
  for (i++; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '' || /^class\s+size/.test(line) || /^-----/.test(line) || line === 'arena map counts') continue;
    let m: RegExpExecArray | null;
    if ((m = ROW_RE.exec(line))) {
      sawTable = true;
      stats.sizeClasses.push({ index: num(m[1]), size: num(m[2]), pools: num(m[3]), inUse: num(m[4]), avail: num(m[5]) });
    } else if ((m = FREELIST_RE.exec(line))) {
      stats.freelists.push({ name: m[2], count: num(m[1]), each: num(m[3]), bytes: num(m[4]) });
    } else if ((m = ARENAS_RE.exec(line))) {
      stats.arenas.arenaSize = num(m[2]);
      stats.arenas.bytes = num(m[3]);
    } else if ((m = UNUSED_POOLS_RE.exec(line))) {
      stats.bytes.unusedPoolCount = num(m[1]);
      stats.bytes.poolSize = num(m[2]);
      stats.bytes.unusedPools = num(m[3]);
    } else if ((m = TOTAL_RE.exec(line))) {
      // The first Total closes the byte accounting; the second one (if any) the arena map.
      if (totals++ === 0) stats.bytes.total = num(m[1]);
      else stats.arenaMap['total'] = num(m[1]);
    } else if ((m = KV_RE.exec(line))) {
      const label = m[1];
      const value = num(m[2]);
      switch (label) {
        case 'arenas allocated total':
          stats.arenas.allocatedTotal = value;
          break;
        case 'arenas reclaimed':
          stats.arenas.reclaimed = value;
          break;
        case 'arenas highwater mark':
          stats.arenas.highwaterMark = value;
          break;
        case 'arenas allocated current':
          stats.arenas.allocatedCurrent = value;
          break;
        case 'bytes in allocated blocks':
          stats.bytes.allocatedBlocks = value;
          break;
        case 'bytes in available blocks':
          stats.bytes.availableBlocks = value;
          break;
        case 'bytes lost to pool headers':
          stats.bytes.poolHeaders = value;
          break;
        case 'bytes lost to quantization':
          stats.bytes.quantization = value;
          break;
        case 'bytes lost to arena alignment':
          stats.bytes.arenaAlignment = value;
          break;
        default:
          stats.arenaMap[label] = value;
      }
    } else {
      throw new MallocStatsParseError(`unrecognised line ${i + 1} in _debugmallocstats report: ${JSON.stringify(line)}`);
    }
  }
  if (!sawTable && stats.arenas.allocatedCurrent > 0)
    throw new MallocStatsParseError('report has arenas but no size-class table');
  return stats;
}

/**
 * Splits a stream into its `_debugmallocstats` reports and everything else. A report starts at a
 * `Small block threshold = ...` line and ends after its freelist lines (the first line that is neither a
 * report line nor blank ends it). `rest` is the stream with the reports cut out (other stderr output such
 * as a traceback), kept so a runner can compare it too.
 */
export function splitMallocStatsReports(stderr: string): { reports: string[]; rest: string } {
  const lines = stderr.replace(/\r\n/g, '\n').split('\n');
  const reports: string[] = [];
  const rest: string[] = [];
  let current: string[] | null = null;
  const isReportLine = (l: string): boolean =>
    l.trim() === '' ||
    /^class\s+size/.test(l) ||
    /^-----/.test(l) ||
    l === 'arena map counts' ||
    ROW_RE.test(l) ||
    KV_RE.test(l) ||
    ARENAS_RE.test(l) ||
    UNUSED_POOLS_RE.test(l) ||
    TOTAL_RE.test(l) ||
    FREELIST_RE.test(l);
  for (const line of lines) {
    if (HEADER_RE.test(line)) {
      if (current) reports.push(current.join('\n'));
      current = [line];
    } else if (current && isReportLine(line)) {
      current.push(line);
    } else {
      if (current) {
        reports.push(current.join('\n'));
        current = null;
      }
      rest.push(line);
    }
  }
  if (current) reports.push(current.join('\n'));
  return { reports: reports.map((r) => r.replace(/\n+$/, '')), rest: rest.join('\n') };
}

/** The differences `after - before`, keeping only size classes and freelists that changed. */
export function diffMallocStats(before: MallocStats, after: MallocStats): MallocStatsDelta {
  const byIndex = new Map<number, { b?: SizeClassStats; a?: SizeClassStats }>();
  for (const b of before.sizeClasses) byIndex.set(b.index, { b });
  for (const a of after.sizeClasses) byIndex.set(a.index, { ...(byIndex.get(a.index) ?? {}), a });
  const sizeClasses: SizeClassDelta[] = [];
  for (const index of [...byIndex.keys()].sort((x, y) => x - y)) {
    const { a, b } = byIndex.get(index)!;
    const d: SizeClassDelta = {
      index,
      size: (a ?? b)!.size,
      pools: (a?.pools ?? 0) - (b?.pools ?? 0),
      inUse: (a?.inUse ?? 0) - (b?.inUse ?? 0),
      avail: (a?.avail ?? 0) - (b?.avail ?? 0),
    };
    if (d.pools || d.inUse || d.avail) sizeClasses.push(d);
  }
  const beforeFl = new Map(before.freelists.map((f) => [f.name, f]));
  const freelists: FreelistDelta[] = [];
  const seen = new Set<string>();
  for (const f of after.freelists) {
    seen.add(f.name);
    const count = f.count - (beforeFl.get(f.name)?.count ?? 0);
    if (count) freelists.push({ name: f.name, each: f.each, count });
  }
  for (const f of before.freelists) if (!seen.has(f.name) && f.count) freelists.push({ name: f.name, each: f.each, count: -f.count });
  const ab = after.arenas;
  const bb = before.arenas;
  return {
    sizeClasses,
    freelists,
    arenas: {
      allocatedTotal: ab.allocatedTotal - bb.allocatedTotal,
      reclaimed: ab.reclaimed - bb.reclaimed,
      highwaterMark: ab.highwaterMark - bb.highwaterMark,
      allocatedCurrent: ab.allocatedCurrent - bb.allocatedCurrent,
      arenaSize: ab.arenaSize - bb.arenaSize,
      bytes: ab.bytes - bb.bytes,
    },
  };
}

/** Splits `stderr` into its reports and returns the difference between each pair of consecutive reports. */
export function mallocStatsDeltas(stderr: string): MallocStatsDelta[] {
  const reports = splitMallocStatsReports(stderr).reports.map(parseMallocStats);
  const out: MallocStatsDelta[] = [];
  for (let k = 1; k < reports.length; k++) out.push(diffMallocStats(reports[k - 1], reports[k]));
  return out;
}

export interface FormatOptions {
  /** Include `num pools` and `avail blocks` deltas (start-up-heap dependent; off by default). */
  pools?: boolean;
  /** Include the arena-line deltas (start-up-heap dependent; off by default). */
  arenas?: boolean;
}

/**
 * A canonical text of the deltas, one line per changed item, meant for comparing CPython's expectation
 * with the engine's output: by default only `blocks in use` per size class and freelist counts.
 * Example: `delta 1: size 64 in use +1001` / `delta 2: free PyListObjects +80`.
 */
export function formatMallocStatsDeltas(deltas: readonly MallocStatsDelta[], opts: FormatOptions = {}): string {
  const lines: string[] = [`${deltas.length} delta(s)`];
  deltas.forEach((d, k) => {
    const tag = `delta ${k + 1}:`;
    let any = false;
    for (const c of d.sizeClasses) {
      const parts: string[] = [];
      if (c.inUse) parts.push(`in use ${signed(c.inUse)}`);
      if (opts.pools) {
        if (c.pools) parts.push(`pools ${signed(c.pools)}`);
        if (c.avail) parts.push(`avail ${signed(c.avail)}`);
      }
      if (parts.length) {
        lines.push(`${tag} size ${c.size} ${parts.join(', ')}`);
        any = true;
      }
    }
    for (const f of d.freelists) {
      lines.push(`${tag} free ${f.name} ${signed(f.count)}`);
      any = true;
    }
    if (opts.arenas) {
      for (const [k2, v] of Object.entries(d.arenas))
        if (v) {
          lines.push(`${tag} arenas ${k2} ${signed(v)}`);
          any = true;
        }
    }
    if (!any) lines.push(`${tag} no change`);
  });
  return lines.join('\n') + '\n';
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
