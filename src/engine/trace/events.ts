/**
 * The execution trace's event stream: variable-length records packed into Int32Array chunks (no JS object
 * per event). Word 0 of every record is `kind | payload << 4` (kind in the low 4 bits); addresses take two
 * words (high and low 32 bits: every simulated address is below 2^47).
 *
 *   kind      words  word 0 payload                         further words
 *   LINE      1      line << 1 | exec  (exec=0: re-sync)     —
 *   STEP      1      line of the top frame                   —                 (one per eval-breaker poll)
 *   PUSH      1      code id                                 —                 (a frame became the top)
 *   POP       1      —                                       —
 *   ALLOC     4|5    typeId << 2 | pm << 1 | raw             addrHi addrLo requested [blockSize if raw]
 *                      (typeId 0 = buffer; pm: pymalloc handed this block out, the PM record folded in)
 *   FREE      3      pm                                      addrHi addrLo
 *                      (pm: pymalloc took this block back, the PM record folded in)
 *   REALLOC   7      —                                       oldHi oldLo newHi newLo requested blockSize
 *   FL_PUSH   3      —                                       addrHi addrLo
 *   FL_POP    4      typeId                                  addrHi addrLo requested
 *   GC        3      generation | reason << 2                collected uncollectable
 *   OUTPUT    1      pieces << 1 | stream (0 out, 1 err)     —
 *   EXC       1      typeId                                  —
 *   BIND      4|5    nameId << 2 | scope                     typeId addrHi addrLo [frame index if scope 2]
 *                      (scope 0: top frame, 1: module globals, 2: a frame below sharing a cell; addr 0: unbound)
 *   RC        4      —                                       addrHi addrLo refcount (uint32)
 *   PM        1      free | block << 1 | slot << 11 | arena << 17   —         (a pymalloc block handed out
 *                                                  or freed: every one, traced or not, except those folded into
 *                                                  the ALLOC / FREE record of the same block that it adjoins)
 *   X         1..5   sub | arg << 4 (sub-kinds below)        per sub-kind      (rare records)
 *
 *   X sub-kind      words  arg                    further words
 *   ARENA_NEW       5      arena index            addrHi addrLo mapMid mapBot  (obmalloc mapped an arena)
 *   ARENA_FREE      1      arena index            —                            (obmalloc released it)
 *   POOL_INIT       2      arena * 64 + slot      szidx | kept << 8
 *   GEN             3      generation + 2         addrHi addrLo   (-1 untracked, 0..2, 3 permanent)
 *   GC_COUNT        4      —                      count0 count1 count2         (gc.get_count() changed)
 *   GC_CONF         4      enabled                threshold0 threshold1 threshold2
 *   GC_INFO         4      —                      examined unreachable promoted (follows a GC record)
 *   PM_LONG         4      free                   arena slot block             (arena index >= 2048)
 *   BUF             4      —                      addrHi addrLo bytes          (an object's buffers' bytes changed)
 *
 * The log is a list of chunks; each chunk begins at a STEP boundary with a checkpoint (the full replay
 * state), so any step is reached by decoding one checkpoint and replaying at most one chunk. When the
 * word budget is exceeded the oldest chunks are dropped: the trace stays seekable over a reported window.
 */

export const enum Ev {
  LINE = 0,
  STEP = 1,
  PUSH = 2,
  POP = 3,
  ALLOC = 4,
  FREE = 5,
  REALLOC = 6,
  FL_PUSH = 7,
  FL_POP = 8,
  GC = 9,
  OUTPUT = 10,
  EXC = 11,
  BIND = 12,
  RC = 13,
  PM = 14,
  X = 15,
}

/** Sub-kinds of Ev.X records. */
export const enum Xk {
  ARENA_NEW = 0,
  ARENA_FREE = 1,
  POOL_INIT = 2,
  GEN = 3,
  GC_COUNT = 4,
  GC_CONF = 5,
  GC_INFO = 6,
  PM_LONG = 7,
  BUF = 8,
}

const X_WORDS = [5, 1, 2, 3, 4, 4, 4, 4, 4];

export const EV_NAMES = [
  'line', 'step', 'push', 'pop', 'alloc', 'free', 'realloc', 'freelist_push', 'freelist_pop', 'gc', 'output',
  'exception', 'bind', 'refcount', 'pymalloc', 'extra',
] as const;

export const GC_REASONS = ['automatic', 'manual', 'shutdown'] as const;

const TWO32 = 4294967296;

export function addrHi(a: number): number {
  return Math.floor(a / TWO32) | 0;
}
export function addrLo(a: number): number {
  return a >>> 0 | 0;
}
export function addrOf(hi: number, lo: number): number {
  return hi * TWO32 + (lo >>> 0);
}

/**
 * The PM record payload of a pymalloc block event at `addr` (arena index, pool slot, size class index):
 * `free | block << 1 | slot << 11 | arena << 17` (arena < 2048).
 */
export function pmPayload(addr: number, arena: number, slot: number, szidx: number, free: number): number {
  return pmPack(pmBlockIndex(addr, szidx), arena, slot, free);
}

/** The block at `addr`'s index in its pool of size class `szidx`. */
export function pmBlockIndex(addr: number, szidx: number): number {
  // offset in the 16 KiB pool past its 48-byte header (addresses are doubles: floor instead of a floating-point %)
  return (addr - Math.floor(addr / 16384) * 16384 - 48) / ((szidx + 1) << 4);
}

/** A PM payload from its fields. */
export function pmPack(blk: number, arena: number, slot: number, free: number): number {
  return free | (blk << 1) | (slot << 11) | (arena << 17);
}

/** pymalloc block size of a request (requests of 1..512 bytes), else -1. */
export function pymallocBlock(requested: number): number {
  return requested >= 1 && requested <= 512 ? (((requested - 1) >> 4) + 1) << 4 : -1;
}

/** One chunk of the stream: words [0, used) and the checkpoint taken where it starts. */
export interface Chunk<C> {
  words: Int32Array;
  used: number;
  /** Step at the chunk's start (its checkpoint's state is the state at this step). */
  firstStep: number;
  /** Number of events recorded before this chunk. */
  firstEvent: number;
  /** events in the chunk (set when it is sealed: the hot path counts only `EventLog.totalEvents`) */
  events: number;
  checkpoint: C;
  /** approximate bytes held by the checkpoint */
  checkpointBytes: number;
}

export class EventLog<C> {
  chunks: Chunk<C>[] = [];
  /** words in retained chunks' arrays plus checkpoint bytes / 4 */
  private heldBytes = 0;
  totalEvents = 0;
  totalWordsWritten = 0;
  droppedChunks = 0;
  droppedEvents = 0;
  cur: Chunk<C> | null = null;
  /** current chunk's array and fill (hot path) */
  w: Int32Array = new Int32Array(0);
  n = 0;
  /**
   * the array of the chunk dropped last, for the next chunk of the same size: a new array is fresh memory
   * that the kernel maps and zeroes page by page (most of a long run's chunks have the interval's size).
   * Nothing reads a chunk's words past `used`.
   */
  private spare: Int32Array | null = null;

  constructor(
    /** byte budget for events + checkpoints */
    readonly budgetBytes: number,
    readonly chunkWords: number,
  ) {}

  get bytes(): number {
    return this.heldBytes + this.n * 4;
  }

  /**
   * Start a chunk at `step` with `checkpoint`; `minWords` is the size the chunk is expected to reach (the
   * recorder's checkpoint interval), allocated at once so that the chunk is not grown by copying.
   */
  startChunk(step: number, checkpoint: C, checkpointBytes: number, minWords: number): void {
    this.sealCurrent();
    // room for the step that crosses the interval, so the chunk usually fits without a copy
    const size = Math.max(this.chunkWords, minWords > 0 ? minWords + (minWords >> 5) + 256 : 0);
    const spare = this.spare;
    this.spare = null;
    const c: Chunk<C> = {
      words: spare !== null && spare.length === size ? spare : new Int32Array(size),
      used: 0,
      firstStep: step,
      firstEvent: this.totalEvents,
      events: 0,
      checkpoint,
      checkpointBytes,
    };
    this.chunks.push(c);
    this.cur = c;
    this.w = c.words;
    this.n = 0;
    this.heldBytes += checkpointBytes;
    this.enforceBudget();
  }

  /** Words left in the current chunk before it should be closed at the next step. */
  get nearlyFull(): boolean {
    return this.n >= this.w.length - 64;
  }

  /** Make room for `k` more words (grows the current chunk; chunks only close at steps). */
  ensure(k: number): void {
    if (this.n + k <= this.w.length) return;
    const bigger = new Int32Array(Math.max(this.w.length * 2, this.n + k));
    bigger.set(this.w.subarray(0, this.n));
    this.w = bigger;
    this.cur!.words = bigger;
  }

  sealCurrent(): void {
    const c = this.cur;
    if (c === null) return;
    c.used = this.n;
    c.events = this.totalEvents - c.firstEvent;
    // trim to what was used when a sixteenth or more is unused (a chunk closed at its interval, allocated
    // with a little room for the last step, is kept as it is: no copy)
    const len = c.words.length;
    if (len > this.n + 256 && len - this.n > len >> 4) c.words = c.words.slice(0, this.n);
    this.heldBytes += c.words.length * 4;
    this.totalWordsWritten += this.n;
    this.cur = null;
    this.w = new Int32Array(0);
    this.n = 0;
  }

  /** Drop the oldest chunks while over budget (always keeps the newest one). */
  private enforceBudget(): void {
    while (this.chunks.length > 1 && this.heldBytes > this.budgetBytes) {
      const c = this.chunks.shift()!;
      this.heldBytes -= c.words.length * 4 + c.checkpointBytes;
      this.spare = c.words;
      this.droppedChunks++;
      this.droppedEvents += c.events;
    }
  }

  /** Chunk whose range contains `step` (the last chunk starting at or before it), or null. */
  chunkFor(step: number): Chunk<C> | null {
    const cs = this.chunks;
    let lo = 0;
    let hi = cs.length - 1;
    if (hi < 0 || cs[0].firstStep > step) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cs[mid].firstStep <= step) lo = mid;
      else hi = mid - 1;
    }
    return cs[lo];
  }
}

/** Words of the record starting with word `w0` (for walking a chunk). */
export function recordWords(w0: number): number {
  switch ((w0 & 15) as Ev) {
    case Ev.LINE:
    case Ev.STEP:
    case Ev.PUSH:
    case Ev.POP:
    case Ev.OUTPUT:
    case Ev.EXC:
    case Ev.PM:
      return 1;
    case Ev.X:
      return X_WORDS[(w0 >>> 4) & 15];
    case Ev.ALLOC:
      return (w0 >>> 4) & 1 ? 5 : 4;
    case Ev.FREE:
    case Ev.FL_PUSH:
    case Ev.GC:
      return 3;
    case Ev.BIND:
      return ((w0 >>> 4) & 3) === 2 ? 5 : 4;
    case Ev.RC:
    case Ev.FL_POP:
      return 4;
    case Ev.REALLOC:
      return 7;
  }
  throw new Error(`trace: bad event word ${w0}`);
}
