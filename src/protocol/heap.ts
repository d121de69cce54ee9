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
  /** `BlockChar` per block, `capacity` characters; '' for an empty pool */
  blocks: string;
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
  /** live objects allocated during the run (or taken from a freelist), by id */
  objects: ObjectView[];
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
}

// ---------------------------------------------------------------- webview messages

export type ColourBy = 'state' | 'type' | 'sizeClass' | 'generation';

/** host → webview */
export type HostToPanel =
  | { kind: 'run'; run: PanelRun }
  | { kind: 'snapshot'; snapshot: Snapshot }
  | { kind: 'detail'; detail: ObjectDetail | null; requestId: number }
  | { kind: 'busy'; message: string }
  | { kind: 'error'; message: string };

/** webview → host */
export type PanelToHost =
  | { kind: 'ready'; restored: PanelState | null }
  | { kind: 'seek'; position: number }
  | { kind: 'find'; from: number; what: StepKind; dir: 1 | -1 }
  | { kind: 'inspect'; position: number; id: number; requestId: number }
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
