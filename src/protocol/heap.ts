/**
 * The heap panel's data: what the engine's trace produces for one position of a recorded run, and the
 * messages between the extension host and the panel webview. Plain JSON-safe data (no typed arrays, no
 * Maps) so the same values cross the worker boundary, `webview.postMessage`, and are embedded in the
 * self-contained `heapscope report` page.
 *
 * Positions. The panel steps through *line events* (what `sys.settrace` reports as "line", as Python
 * Tutor steps): position 0 is the state before the first line runs, position p (1 ≤ p ≤ count) the state
 * just before the p-th executed line runs, position `count + 1` the state at the end (after teardown of
 * the module's frame but before interpreter shutdown). `Snapshot.step` gives the engine's step counter
 * (eval-breaker polls, what `maxSteps` counts) at that position.
 *
 * Producer: the engine (`src/engine/trace/panel.ts`): `panelSession(source, options) → PanelSession`.
 * Consumers: the webview (webview/), the extension host (extension/panel), the CLI report.
 *
 * Contract changes since the first version (all additive or clarifications; marked "(rev 2)" below):
 *   - ObjectView.generation may be 'permanent' (3.12 moves immortal objects there; gc.freeze()).
 *   - MallocStats.bytesLostToQuantization is CPython's number: per pool in use, (16384 − 48) % block size
 *     (the previous comment described per-block slack, which sys._debugmallocstats() does not print).
 *   - Snapshot.frames are innermost first; positions 0 and count + 1 have `current: null`.
 *   - RawBlockView lists the raw blocks allocated during the run (start-up raw blocks are not listed).
 *   - CurrentLineActivity allocs/frees include separate buffers (type '<buffer>', id = their address).
 *
 * (rev 4, issue #7: large heaps) A snapshot costs what the panel shows, not what the heap holds:
 *   - Snapshot.objects is gone. The live objects are a paged query answered by the session
 *     (`PanelSession.objects(position, ObjectQuery) → ObjectPage`: sort, filter, offset, limit, or a list
 *     of ids); the panel asks for one page at a time (messages `objects` both ways).
 *   - PoolView.blocks is run-length encoded (`encodeRuns`/`decodeRuns` below); PoolView.objects gives, per
 *     block, the type (index into Snapshot.types) and generation of the traced object it holds, so the map
 *     colours by type or generation and names a hovered block's object without the object list.
 *   - Snapshot.types: live traced objects per type. ObjectDetail.related: views of the live objects among
 *     its referrers and referents.
 *
 * (rev 5, issue #7: seek + redraw under 50 ms) A step changes a few pools of a heap of thousands: after the
 * first snapshot a host sends `snapshotDelta` messages, the next snapshot as the pools (and output) that
 * differ from the one the panel shows (`SnapshotStream` makes them, `applySnapshotDelta` rebuilds the
 * snapshot, sharing the unchanged PoolView / ArenaView objects with the base). A panel that cannot apply a
 * delta (it shows another position) asks for the whole snapshot with `seek { full: true }`.
 */
import type { AnalysisResult, LineStats, PythonVersion } from './analysis';

/** Block states in a pool, one character per block (index = block number in the pool). */
export const BLOCK_CHARS = {
  /** never carved: beyond the pool's `nextoffset` */
  untouched: '.',
  /** carved, now on the pool's free list */
  free: 'f',
  /** in use by an object allocated during the run (it is in `Snapshot.objects`) */
  object: 'o',
  /** in use by a buffer (list items, dict keys/values, set table...) allocated during the run */
  buffer: 'b',
  /** in use by something that existed before the program's first line (interpreter start-up) */
  runtime: 'r',
  /** in use by an object parked on a type freelist (float, list, dict, tuple...) */
  freelist: 'l',
} as const;
export type BlockChar = (typeof BLOCK_CHARS)[keyof typeof BLOCK_CHARS];

export interface PoolView {
  /** pool index in its arena, 0..63 */
  index: number;
  /** simulated address of the pool (16 KiB aligned) */
  address: number;
  /** -1 for an empty pool (on the arena's free-pool list); else the size class index 0..31 */
  sizeClass: number;
  blockSize: number;
  /** blocks that fit in the pool: (16384 − 48) / blockSize */
  capacity: number;
  /** blocks in use (`ref.count` in obmalloc) */
  used: number;
  /** (rev 4) `BlockChar` per block, `capacity` of them, run-length encoded (`decodeRuns`); '' for an empty pool */
  blocks: string;
  /**
   * (rev 4) per block, the traced object it holds (blocks whose state is 'o'): one character of code
   * `objectAttr(typeIndex, generationCode)` (type = index into `Snapshot.types`), NO_OBJECT for other
   * blocks; `capacity` characters run-length encoded; '' for an empty pool
   */
  objects: string;
}

export interface ArenaView {
  /** arena index in obmalloc's `allarenas` */
  index: number;
  /** simulated base address */
  address: number;
  /** the 64 pools (pools never carved from the arena have sizeClass -1, used 0, blocks '') */
  pools: PoolView[];
  /** pools carved so far (the rest are untouched) */
  poolsCarved: number;
  freePools: number;
}

/** (rev 2) raw blocks allocated during the run (those of interpreter start-up are not listed) */
export interface RawBlockView {
  address: number;
  /** requested bytes */
  size: number;
  /** type name, or '<buffer>' */
  type: string;
  /** object id when the block holds an object allocated during the run */
  id: number | null;
}

export interface ObjectView {
  /** `id(obj)` */
  id: number;
  /** address of its block (id minus GC head and pre-header) */
  address: number;
  type: string;
  /** requested bytes (with GC head / pre-header; separate buffers not included) */
  size: number;
  /** bytes reserved by the allocator for the object's own block */
  blockSize: number;
  /** separate buffers the object owns (list items, dict tables...), requested bytes */
  bufferBytes: number;
  refcount: number;
  /**
   * GC generation the object is in: 0, 1, 2; 'untracked' for a GC type not (or no longer) tracked; null for
   * non-GC types; (rev 2) 'permanent' for the permanent generation (3.12 immortal objects, gc.freeze());
   * (rev 3) 'unreachable' while a collection that found it unreachable runs finalizers and callbacks (still tracked)
   */
  generation: 0 | 1 | 2 | 'permanent' | 'untracked' | 'unreachable' | null;
  /** line of the analysed file that allocated it (0: outside the file) */
  line: number;
  /** names bound to it at this position: `x`, `main.node`, in frames (innermost first) then globals */
  names: string[];
  /** short `repr`-like preview when the engine knows it cheaply (`42`, `'abc'`, `[3 items]`); '' otherwise */
  preview: string;
}

/** Why an object's refcount is what it is: one entry per holder (CPython counts each). */
export interface RefEdge {
  /** holder's id, or null for a non-object holder (a frame's local, the value stack, a C-level reference) */
  from: number | null;
  fromType: string;
  /** how it holds it: `.next`, `[3]`, `['key']`, `local x`, `global x`, `value stack`, `type's __mro__`, `interned` ... */
  label: string;
  to: number;
  /** references this edge holds (usually 1) */
  count: number;
}

/** Details of one object at one position, computed on demand (the panel's object graph). */
export interface ObjectDetail {
  position: number;
  object: ObjectView;
  /** `repr(obj)` at that position, truncated to 200 characters */
  repr: string;
  /** objects it references (gc.get_referents order for GC types, then buffers' contents) */
  referents: RefEdge[];
  /** everything that holds a reference to it; the `count`s sum to `object.refcount` unless `unexplained` > 0 */
  referrers: RefEdge[];
  /** refcount not explained by the edges found (C-level references the model does not name) */
  unexplained: number;
  /** (rev 4) views of the live traced objects among `referrers[].from` and `referents[].to` (to name and select them) */
  related: ObjectView[];
}

/** (rev 4) Live traced objects of one type at a position. */
export interface TypeCount {
  name: string;
  count: number;
  /** bytes between an object's block address and its id (GC head, pre-header) */
  header: number;
}

/** (rev 4) Columns of the objects table (the sort keys of `ObjectQuery`). */
export const OBJECT_COLUMNS = ['type', 'id', 'refcount', 'size', 'generation', 'line', 'names'] as const;
export type ObjectColumn = (typeof OBJECT_COLUMNS)[number];

/** (rev 4) The objects table's first page as a panel opens (line order, no filter, 200 rows). */
export const DEFAULT_OBJECT_QUERY: Readonly<ObjectQuery> = { sort: 'line', descending: false, filter: '', offset: 0, limit: 200 };

/** (rev 4) Most rows one `ObjectQuery` returns (larger limits are clamped), and most `ids` it looks up. */
export const MAX_OBJECT_ROWS = 1000;

/**
 * (rev 4) A page of the live objects at a position. Sort orders (ties by ascending id in both directions):
 * `type` by type name (locale order), `names` by the names joined with ', ' or else the preview (code-point
 * order), `line` with objects allocated outside the file (line 0) after every line, `generation` by
 * `generationCode`, the others numerically. `filter` (case-insensitive) keeps objects whose type, hex id
 * (`0x7f…`), a bound name or preview contains it, or whose line is it (`12` or `line 12`).
 * With `ids`: those objects (the live ones, in that order), and sort, filter, offset and limit are ignored.
 */
export interface ObjectQuery {
  sort: ObjectColumn;
  descending: boolean;
  filter: string;
  offset: number;
  limit: number;
  ids?: number[];
}

export interface ObjectPage {
  position: number;
  query: ObjectQuery;
  /** objects matching the filter (with `ids`: found) */
  total: number;
  /** live traced objects at the position */
  live: number;
  /** rows `offset` .. `offset + rows.length` of the sorted, filtered objects */
  rows: ObjectView[];
}

/** Generation codes (`PoolView.objects`, the `generation` sort): 0–2, permanent, untracked, not a GC type, unreachable. */
export function generationCode(g: ObjectView['generation']): number {
  return g === null ? 5 : g === 'unreachable' ? 6 : g === 'untracked' ? 4 : g === 'permanent' ? 3 : g;
}

/** `PoolView.objects` character for a block holding no traced object. */
export const NO_OBJECT = '-';
/** First code of the object characters of `PoolView.objects` (above Latin-1, so JSON keeps them as they are). */
const OBJECT_ATTR_BASE = 0x100;
/** Largest type index an object character can hold (the code stays below the surrogates). */
export const MAX_ATTR_TYPE = ((0xd800 - OBJECT_ATTR_BASE) >> 3) - 1;

/** The `PoolView.objects` character code of an object of type index `type` in generation `gen` (generationCode). */
export function objectAttr(type: number, gen: number): number {
  return OBJECT_ATTR_BASE + Math.min(type, MAX_ATTR_TYPE) * 8 + gen;
}

/** Type index and generation code of a `PoolView.objects` character code, or null for NO_OBJECT. */
export function decodeObjectAttr(code: number): { type: number; gen: number } | null {
  if (code < OBJECT_ATTR_BASE) return null;
  return { type: (code - OBJECT_ATTR_BASE) >> 3, gen: (code - OBJECT_ATTR_BASE) & 7 };
}

/**
 * Run-length encoding of a per-block string: each run is its character followed by its length in
 * decimal when longer than 1 (`o12f3.` = 12 × 'o', 3 × 'f', '.'). The characters are never digits.
 */
export function encodeRuns(codes: ArrayLike<number>): string {
  const parts: string[] = [];
  let i = 0;
  const n = codes.length;
  while (i < n) {
    const c = codes[i];
    let j = i + 1;
    while (j < n && codes[j] === c) j++;
    parts.push(j - i > 1 ? String.fromCharCode(c) + (j - i) : String.fromCharCode(c));
    i = j;
  }
  return parts.join('');
}

/** Decode `encodeRuns` into `out` (character codes, one per block); returns the number of codes written. */
export function decodeRuns(s: string, out: Uint16Array | Uint8Array): number {
  let k = 0;
  let i = 0;
  while (i < s.length && k < out.length) {
    const c = s.charCodeAt(i++);
    let n = 0;
    let d: number;
    while (i < s.length && (d = s.charCodeAt(i) - 48) >= 0 && d <= 9) {
      n = n * 10 + d;
      i++;
    }
    const end = Math.min(out.length, k + Math.max(1, n));
    out.fill(c, k, end);
    k = end;
  }
  return k;
}

export interface FreelistView {
  /** `float`, `list`, `dict`, `tuple[1]`... */
  name: string;
  /** ids of objects parked, oldest first (only those parked during the run are known by id) */
  ids: number[];
  /** objects parked (including ones parked before the run) */
  size: number;
  /** CPython's limit for this version */
  limit: number;
}

export interface SizeClassStats {
  sizeClass: number;
  blockSize: number;
  poolsInUse: number;
  blocksInUse: number;
  freeBlocks: number;
}

/** The `sys._debugmallocstats()` numbers at this position. */
export interface MallocStats {
  sizeClasses: SizeClassStats[];
  arenasAllocated: number;
  arenasReclaimed: number;
  arenasHighWater: number;
  arenasInUse: number;
  bytesInAllocatedBlocks: number;
  bytesInAvailableBlocks: number;
  unusedPools: number;
  /** pool headers: 48 bytes × pools in use */
  bytesLostToPoolHeaders: number;
  /** (rev 2) as CPython prints it: per pool in use, (16384 − 48) % block size (the tail no block fits in) */
  bytesLostToQuantization: number;
  bytesLostToArenaAlignment: number;
  totalBytes: number;
}

export interface GcView {
  /** `gc.get_count()` at this position */
  counts: [number, number, number];
  /** `gc.get_threshold()` */
  thresholds: [number, number, number];
  enabled: boolean;
  /** collections per generation so far */
  collections: [number, number, number];
  /** the last collection at or before this position, if any */
  last: CollectionView | null;
}

export interface CollectionView {
  /** position of the line during which it ran */
  position: number;
  step: number;
  line: number;
  generation: 0 | 1 | 2;
  /** 'auto' (threshold), 'collect' (gc.collect), 'shutdown' */
  reason: string;
  /** objects examined (in the collected generations) */
  examined: number;
  unreachable: number;
  collected: number;
  uncollectable: number;
  /** objects that survived and moved to generation min(g + 1, 2) */
  promoted: number;
}

export interface FrameView {
  function: string;
  line: number;
  /** locals of frames running the analysed file: name → object id (null when the value is not traced) */
  locals: { name: string; id: number | null; type: string; preview: string }[];
}

/** What the line execution at this position did (events between this line event and the next). */
export interface CurrentLineActivity {
  line: number;
  /** which execution of the line this is (1-based) */
  execution: number;
  /** (rev 2) objects and separate buffers (type '<buffer>', id = address) */
  allocs: { id: number; type: string; size: number; blockSize: number; address: number }[];
  frees: { id: number; type: string; size: number; address: number }[];
  refChanges: { name: string; before: number; after: number; cause: string }[];
  collections: CollectionView[];
}

/** Per-line totals from the start of the run up to this position (what the editor annotations show while stepping). */
export type LineTotalsSoFar = Pick<LineStats, 'line' | 'execCount' | 'allocObjects' | 'allocBytes' | 'freedObjects' | 'freedBytes' | 'gcRuns'>;

export interface Snapshot {
  position: number;
  /** engine steps (eval-breaker polls) at this position */
  step: number;
  /** line about to run (0 at the start and the end) */
  line: number;
  arenas: ArenaView[];
  raw: RawBlockView[];
  /**
   * (rev 4) live objects allocated during the run (or taken from a freelist) per type, the types
   * `PoolView.objects` refers to by index; the objects themselves are queried (`PanelSession.objects`)
   */
  types: TypeCount[];
  freelists: FreelistView[];
  mallocStats: MallocStats;
  gc: GcView;
  /** (rev 2) innermost first */
  frames: FrameView[];
  /** null at position 0 and count + 1 */
  current: CurrentLineActivity | null;
  linesSoFar: LineTotalsSoFar[];
  stdout: string;
  stderr: string;
  totals: { liveObjects: number; liveBytes: number; liveBlockBytes: number; peakBytes: number; arenas: number };
  /** false when refcounts at this position could not be reconstructed exactly (very long runs) */
  exact: boolean;
}

export interface TimelinePoint {
  position: number;
  line: number;
  liveBytes: number;
  liveObjects: number;
  arenas: number;
}

export type StepKind = 'line' | 'alloc' | 'free' | 'gc';

export interface TimelineView {
  /** number of line events: positions run 0..count+1 */
  count: number;
  /** at most ~2000 points, evenly spread, first and last included, peaks kept */
  points: TimelinePoint[];
  collections: CollectionView[];
  /** the window of positions that can be sought (the whole run unless the trace budget was exceeded) */
  window: { first: number; last: number; truncated: boolean };
}

/** Everything a panel needs about one run, before any seek. */
export interface PanelRun {
  file: string;
  version: PythonVersion;
  source: string;
  result: AnalysisResult;
  timeline: TimelineView;
}

/**
 * A recorded run that can be sought. Implemented by the engine; held by the analysis worker (the
 * extension) or used directly (CLI report, tests).
 */
export interface PanelSession {
  readonly run: PanelRun;
  snapshot(position: number): Snapshot;
  /** the next (dir = 1) or previous (dir = -1) position with an event of this kind, or null */
  find(from: number, kind: StepKind, dir: 1 | -1): number | null;
  /** first position at which `line` is about to run after (dir = 1) or before (dir = -1) `from`, or null */
  findLine(from: number, line: number, dir: 1 | -1): number | null;
  /** details of one object at a position (may re-run the program to that position) */
  inspect(position: number, id: number): ObjectDetail | null;
  /** (rev 4) a page of the live objects at a position (sorted, filtered), or the objects with the given ids */
  objects(position: number, query: ObjectQuery): ObjectPage;
}

// ---------------------------------------------------------------- snapshot deltas (rev 5)

/** (rev 5) An arena of a `SnapshotDelta`: its pools that differ from the base snapshot's arena of the same index and address. */
export interface ArenaDelta {
  index: number;
  address: number;
  poolsCarved: number;
  freePools: number;
  /** pools in the arena (`ArenaView.pools.length`) */
  poolCount: number;
  /** the pools that differ from the base's (all `poolCount` of them, in order, when the base has no such arena) */
  changed: PoolView[];
}

/**
 * (rev 5) A snapshot as a change to a base snapshot (the one the panel shows): every field of the snapshot
 * but the arenas and the output, which are sent as what changed.
 */
export interface SnapshotDelta extends Omit<Snapshot, 'arenas' | 'stdout' | 'stderr'> {
  /** position of the base snapshot */
  base: number;
  /** every arena of the snapshot, in order: its changed pools, or its index alone when it is the base's arena unchanged */
  arenas: (ArenaDelta | number)[];
  /** characters of the base's stdout / stderr that stay (a prefix); the text after them follows */
  stdoutKeep: number;
  stdoutTail: string;
  stderrKeep: number;
  stderrTail: string;
}

function samePool(a: PoolView, b: PoolView): boolean {
  return (
    a === b ||
    (a.index === b.index &&
      a.address === b.address &&
      a.sizeClass === b.sizeClass &&
      a.blockSize === b.blockSize &&
      a.capacity === b.capacity &&
      a.used === b.used &&
      a.blocks === b.blocks &&
      a.objects === b.objects)
  );
}

/** Length of the longest common prefix of two strings (`keep` of a delta's output). */
function commonPrefix(a: string, b: string): number {
  if (b.startsWith(a)) return a.length;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** (rev 5) `next` as a change to `base` (`applySnapshotDelta(base, snapshotDelta(base, next))` equals `next`). */
export function snapshotDelta(base: Snapshot, next: Snapshot): SnapshotDelta {
  const byIndex = new Map<number, ArenaView>();
  for (const a of base.arenas) byIndex.set(a.index, a);
  const arenas = next.arenas.map((a): ArenaDelta | number => {
    const b = byIndex.get(a.index);
    const head = { index: a.index, address: a.address, poolsCarved: a.poolsCarved, freePools: a.freePools, poolCount: a.pools.length };
    if (b === undefined || b.address !== a.address || b.pools.length !== a.pools.length) return { ...head, changed: a.pools };
    const changed: PoolView[] = [];
    for (let i = 0; i < a.pools.length; i++) if (!samePool(a.pools[i], b.pools[i])) changed.push(a.pools[i]);
    return changed.length === 0 && b.poolsCarved === a.poolsCarved && b.freePools === a.freePools ? a.index : { ...head, changed };
  });
  const { arenas: _arenas, stdout, stderr, ...rest } = next;
  const stdoutKeep = commonPrefix(base.stdout, stdout);
  const stderrKeep = commonPrefix(base.stderr, stderr);
  return { ...rest, base: base.position, arenas, stdoutKeep, stdoutTail: stdout.slice(stdoutKeep), stderrKeep, stderrTail: stderr.slice(stderrKeep) };
}

/**
 * (rev 5) The snapshot a delta describes, from its base (`delta.base === base.position`); null when the
 * delta does not fit the base (another position or arena layout: ask for the whole snapshot). Unchanged
 * pools and arenas are the base's objects.
 */
export function applySnapshotDelta(base: Snapshot, delta: SnapshotDelta): Snapshot | null {
  if (delta.base !== base.position || delta.stdoutKeep > base.stdout.length || delta.stderrKeep > base.stderr.length) return null;
  const byIndex = new Map<number, ArenaView>();
  for (const a of base.arenas) byIndex.set(a.index, a);
  const arenas: ArenaView[] = [];
  for (const d of delta.arenas) {
    if (typeof d === 'number') {
      const same = byIndex.get(d);
      if (same === undefined) return null;
      arenas.push(same);
      continue;
    }
    const b = byIndex.get(d.index);
    let pools: PoolView[];
    if (b === undefined || b.address !== d.address || b.pools.length !== d.poolCount) {
      // a new arena (or one at another address): every pool is in the delta
      if (d.changed.length !== d.poolCount || d.changed.some((p, i) => p.index !== i)) return null;
      pools = d.changed;
    } else if (d.changed.length === 0) {
      if (b.poolsCarved === d.poolsCarved && b.freePools === d.freePools) {
        arenas.push(b);
        continue;
      }
      pools = b.pools;
    } else {
      pools = b.pools.slice();
      for (const p of d.changed) {
        if (!(p.index >= 0 && p.index < pools.length)) return null;
        pools[p.index] = p;
      }
    }
    arenas.push({ index: d.index, address: d.address, pools, poolsCarved: d.poolsCarved, freePools: d.freePools });
  }
  const { base: _base, arenas: _arenas, stdoutKeep, stdoutTail, stderrKeep, stderrTail, ...rest } = delta;
  return { ...rest, arenas, stdout: base.stdout.slice(0, stdoutKeep) + stdoutTail, stderr: base.stderr.slice(0, stderrKeep) + stderrTail };
}

/**
 * (rev 5) A host's side of the snapshots it sends one panel: the first snapshot whole, then each as a
 * delta against the previous one. `reset()` when the panel (re)loads, gets a `run`, or asks for a full
 * snapshot; `message(s)` only for a snapshot that is really sent (it becomes the next base).
 */
export class SnapshotStream {
  private base: Snapshot | null = null;

  reset(): void {
    this.base = null;
  }

  message(s: Snapshot): Extract<HostToPanel, { kind: 'snapshot' | 'snapshotDelta' }> {
    const base = this.base;
    this.base = s;
    return base === null ? { kind: 'snapshot', snapshot: s } : { kind: 'snapshotDelta', delta: snapshotDelta(base, s) };
  }
}

// ---------------------------------------------------------------- webview messages

export type ColourBy = 'state' | 'type' | 'sizeClass' | 'generation';

/** host → webview */
export type HostToPanel =
  | { kind: 'run'; run: PanelRun }
  | { kind: 'snapshot'; snapshot: Snapshot }
  /** (rev 5) the next snapshot as a change to the one the panel shows (`SnapshotStream`, `applySnapshotDelta`) */
  | { kind: 'snapshotDelta'; delta: SnapshotDelta }
  | { kind: 'detail'; detail: ObjectDetail | null; requestId: number }
  /** (rev 4) the answer to `objects` (null: the host could not answer) */
  | { kind: 'objects'; page: ObjectPage | null; requestId: number }
  | { kind: 'busy'; message: string }
  | { kind: 'error'; message: string };

/** webview → host */
export type PanelToHost =
  | { kind: 'ready'; restored: PanelState | null }
  /** (rev 5) `full`: send the whole snapshot (the panel could not apply a delta: it has no base) */
  | { kind: 'seek'; position: number; full?: boolean }
  | { kind: 'find'; from: number; what: StepKind; dir: 1 | -1 }
  | { kind: 'inspect'; position: number; id: number; requestId: number }
  /** (rev 4) a page of the objects table, or a lookup of objects by id (hover, selection) */
  | { kind: 'objects'; position: number; query: ObjectQuery; requestId: number }
  | { kind: 'revealLine'; line: number }
  | { kind: 'state'; state: PanelState };

/** What the panel persists across hide/show and window reloads (`vscode.setState`, the serializer). */
export interface PanelState {
  file: string | null;
  position: number;
  colourBy: ColourBy;
  selectedId: number | null;
  tab: string;
  filter: string;
  sort: { column: string; descending: boolean };
}

/** (rev 4) Whether a value is a well-formed ObjectQuery (messages from a webview are untrusted input). */
export function isObjectQuery(v: unknown): v is ObjectQuery {
  if (typeof v !== 'object' || v === null) return false;
  const q = v as Record<string, unknown>;
  const count = (x: unknown): boolean => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  return (
    typeof q.sort === 'string' &&
    (OBJECT_COLUMNS as readonly string[]).includes(q.sort) &&
    typeof q.descending === 'boolean' &&
    typeof q.filter === 'string' &&
    q.filter.length <= 200 &&
    count(q.offset) &&
    count(q.limit) &&
    (q.ids === undefined || (Array.isArray(q.ids) && q.ids.length <= MAX_OBJECT_ROWS && q.ids.every((x) => typeof x === 'number' && Number.isFinite(x))))
  );
}

const PANEL_KINDS = new Set<PanelToHost['kind']>(['ready', 'seek', 'find', 'inspect', 'objects', 'revealLine', 'state']);

/** Whether a value is a well-formed PanelToHost message (checked where a webview's messages arrive: untrusted input). */
export function isPanelToHost(m: unknown): m is PanelToHost {
  if (typeof m !== 'object' || m === null) return false;
  const x = m as Record<string, unknown>;
  if (typeof x.kind !== 'string' || !PANEL_KINDS.has(x.kind as PanelToHost['kind'])) return false;
  const num = (k: string) => typeof x[k] === 'number' && Number.isFinite(x[k]);
  switch (x.kind as PanelToHost['kind']) {
    case 'ready':
      return x.restored === null || isPanelState(x.restored);
    case 'seek':
      // (rev 5) `full`: optional boolean
      return num('position') && (x.full === undefined || typeof x.full === 'boolean');
    case 'find':
      return num('from') && (x.dir === 1 || x.dir === -1) && ['line', 'alloc', 'free', 'gc'].includes(x.what as string);
    case 'inspect':
      return num('position') && num('id') && num('requestId');
    case 'objects':
      return num('position') && num('requestId') && isObjectQuery(x.query);
    case 'revealLine':
      return num('line');
    case 'state':
      return isPanelState(x.state);
  }
}

/** Whether a value can be a saved PanelState (a position and a file; the panel fills in the rest). */
export function isPanelState(v: unknown): v is PanelState {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<PanelState>;
  return typeof s.position === 'number' && (s.file === null || typeof s.file === 'string');
}
