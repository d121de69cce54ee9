/**
 * Seeking: the state of the program at any step of a recorded run, as plain serialisable data.
 * A step is one eval-breaker poll (a backward jump or a completed call: `Runtime.steps`, what the step
 * limit counts), so "the state at step k" is what a fresh run stopped by the step limit k would show.
 * seek(k) decodes the checkpoint at the start of k's chunk and replays at most one chunk of events:
 * the cost does not depend on the distance, forward or backward.
 */
import type { Recorder } from './recorder';
import { frameSlotValue } from './recorder';
import { EventLog, Ev } from './events';
import { MirrorState, TraceTables, F_FREELISTED, F_OBJECT, type Checkpoint, type Binding } from './state';
import { DictObject, dictForEach } from '../objects/dict';
import { StrObject } from '../objects/str';
import { type PyObject, refcount } from '../objects/object';

export interface LiveObject {
  id: number;
  type: string;
  /** requested bytes (with GC head / pre-header) */
  size: number;
  /** block bytes reserved by the allocator */
  block: number;
  refcount: number;
  /** line of the analysed file that allocated it (or took it from a freelist); 0 outside the program */
  line: number;
}

export interface BindingView {
  id: number;
  type: string;
}

export interface FrameView {
  function: string;
  file: string;
  line: number;
  /** fast locals (and class-body names) of frames running the analysed file */
  locals: Record<string, BindingView>;
}

export interface SizeClassView {
  sizeClass: number;
  blockSize: number;
  blocks: number;
  pools: number;
}

export interface SeekState {
  step: number;
  /** refcounts are exact at every step while the recorder's scan budget lasted, and at checkpoints */
  refcountsExact: boolean;
  /** live objects allocated (or reused) since the trace started, by id */
  objects: LiveObject[];
  buffers: { count: number; bytes: number };
  frames: FrameView[];
  /** names the program bound in the module namespace */
  globals: Record<string, BindingView>;
  /** pymalloc occupancy of traced blocks by size class, and raw (malloc) blocks */
  sizeClasses: SizeClassView[];
  raw: { blocks: number; bytes: number };
  /** ids parked on each freelist, oldest first (`float`, `list`, `dict`, `tuple[2]`...) */
  freelists: Record<string, number[]>;
  gc: { collections: [number, number, number]; collected: number; uncollectable: number };
  stdout: string;
  stderr: string;
  totals: { liveObjects: number; liveBytes: number; liveBlockBytes: number; peakBytes: number };
}

export interface TraceWindow {
  /** first and last step that can be sought */
  firstStep: number;
  lastStep: number;
  /** true when old events were dropped to stay within the budget */
  truncated: boolean;
  droppedEvents: number;
}

/** A finished recording: seek to any step of its window. */
export class Trace {
  readonly tables: TraceTables;
  readonly log: EventLog<Checkpoint>;
  private stdout: string[];
  private stderr: string[];
  private rcExactUntil: number;
  readonly lastStep: number;

  constructor(rec: Recorder) {
    this.tables = rec.tables;
    this.log = rec.log;
    this.stdout = rec.stdout;
    this.stderr = rec.stderr;
    this.rcExactUntil = rec.rcExactUntil;
    this.lastStep = rec.state.step;
  }

  get window(): TraceWindow {
    const first = this.log.chunks.length > 0 ? this.log.chunks[0].firstStep : this.lastStep;
    return { firstStep: first, lastStep: this.lastStep, truncated: this.log.droppedChunks > 0, droppedEvents: this.log.droppedEvents };
  }

  get events(): number {
    return this.log.totalEvents;
  }

  /** The mirror state at `step` (clamped to the window). */
  stateAt(step: number): MirrorState {
    const w = this.window;
    const k = Math.max(w.firstStep, Math.min(w.lastStep, Math.floor(step)));
    const chunk = this.log.chunkFor(k)!;
    const st = MirrorState.restore(this.tables, chunk.checkpoint);
    const words = chunk.words;
    const end = chunk === this.log.cur ? this.log.n : chunk.used;
    let i = 0;
    while (st.step < k && i < end) {
      i = st.apply(words, i);
    }
    return st;
  }

  seek(step: number): SeekState {
    const st = this.stateAt(step);
    const cp = this.log.chunkFor(st.step);
    const exact = st.step <= this.rcExactUntil || (cp !== null && cp.firstStep === st.step);
    return viewOf(st, this.tables, this.stdout, this.stderr, exact);
  }
}

function bindingView(t: TraceTables, b: Binding): BindingView {
  return { id: b.addr, type: t.typeNames[b.typeId] };
}

function bindingsView(t: TraceTables, m: Map<number, Binding>): Record<string, BindingView> {
  const out: Record<string, BindingView> = {};
  const keys = [...m.keys()].map((k) => t.names[k]).sort();
  const byName = new Map([...m].map(([k, v]) => [t.names[k], v]));
  for (const k of keys) out[k] = bindingView(t, byName.get(k)!);
  return out;
}

/** Plain view of a mirror state. */
export function viewOf(st: MirrorState, t: TraceTables, stdout: string[], stderr: string[], exact: boolean): SeekState {
  const objects: LiveObject[] = [];
  let bufCount = 0;
  let bufBytes = 0;
  const classes = new Map<number, { blocks: number; pools: Set<number> }>();
  let rawBlocks = 0;
  let rawBytes = 0;
  for (const [addr, s] of st.slotOf) {
    const block = st.block[s];
    if (block > 512 || st.req[s] > 512 || st.req[s] === 0) {
      rawBlocks++;
      rawBytes += block;
    } else {
      const sc = (block >> 4) - 1;
      let c = classes.get(sc);
      if (c === undefined) classes.set(sc, (c = { blocks: 0, pools: new Set() }));
      c.blocks++;
      c.pools.add(Math.floor(addr / 16384));
    }
    const f = st.flags[s];
    if (!(f & F_OBJECT)) {
      bufCount++;
      bufBytes += st.req[s];
      continue;
    }
    if (f & F_FREELISTED) continue;
    const typeId = st.typeId[s];
    objects.push({
      id: addr + t.typeHdr[typeId],
      type: t.typeNames[typeId],
      size: st.req[s],
      block,
      refcount: st.rc[s],
      line: st.line[s],
    });
  }
  objects.sort((a, b) => a.id - b.id);
  const sizeClasses = [...classes]
    .sort((a, b) => a[0] - b[0])
    .map(([sc, c]) => ({ sizeClass: sc, blockSize: (sc + 1) << 4, blocks: c.blocks, pools: c.pools.size }));
  const freelists: Record<string, number[]> = {};
  for (const k of [...st.freelists.keys()].sort()) {
    const ids: number[] = [];
    for (const a of st.freelists.get(k)!) {
      const s = st.slotOf.get(a);
      ids.push(s === undefined ? a : a + t.typeHdr[st.typeId[s]]);
    }
    if (ids.length) freelists[k] = ids;
  }
  return {
    step: st.step,
    refcountsExact: exact,
    objects,
    buffers: { count: bufCount, bytes: bufBytes },
    frames: st.frames.map((f) => ({
      function: t.codeNames[f.codeId],
      file: t.codeFiles[f.codeId],
      line: f.line,
      locals: bindingsView(t, f.locals),
    })),
    globals: bindingsView(t, st.globals),
    sizeClasses,
    raw: { blocks: rawBlocks, bytes: rawBytes },
    freelists,
    gc: {
      collections: [st.gcCollections[0], st.gcCollections[1], st.gcCollections[2]],
      collected: st.gcCollected,
      uncollectable: st.gcUncollectable,
    },
    stdout: stdout.slice(0, st.stdoutPieces).join(''),
    stderr: stderr.slice(0, st.stderrPieces).join(''),
    totals: { liveObjects: st.liveObjects, liveBytes: st.liveBytes, liveBlockBytes: st.liveBlockBytes, peakBytes: st.peakBytes },
  };
}

/**
 * The state of a *running* program read from the live runtime (real refcounts, the real frame chain and
 * locals, the real freelists and output), with the traced block set from the recorder. Seek must equal it.
 */
export function captureLive(rec: Recorder): SeekState {
  const rt = rec.rt;
  const st = rec.state;
  const t = rec.tables;
  const view = viewOf(st, t, rt.stdout, rt.stderr, true);
  view.stdout = rt.stdout.join('');
  view.stderr = rt.stderr.join('');
  // refcounts from the objects themselves
  const byId = new Map(view.objects.map((o) => [o.id, o]));
  for (const [, s] of st.slotOf) {
    const o = rec.objs[s];
    if (!o || st.flags[s] & F_FREELISTED) continue;
    const v = byId.get(o.addr);
    if (v) v.refcount = refcount(o);
  }
  // frames from the runtime's chain
  const frames: typeof view.frames = [];
  for (let f = rt.frame; f !== null; f = f.back) {
    const spec = f.code.spec;
    const locals: Record<string, BindingView> = {};
    const user = spec.co_filename === rec.userFile;
    if (user) {
      const entries: [string, PyObject][] = [];
      for (let i = 0; i < f.code.nlocalsplus; i++) {
        const v = frameSlotValue(f, i);
        if (v !== null) entries.push([spec.co_localsplusnames[i], v]);
      }
      if (f.locals !== null && f.locals !== f.globals && f.locals instanceof DictObject) {
        const stores = storedNames(spec);
        dictForEach(f.locals, (k, v) => {
          if (k instanceof StrObject && stores.has(k.value)) entries.push([k.value, v]);
        });
      }
      entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (const [k, v] of entries) locals[k] = { id: v.addr, type: typeName(v) };
    }
    frames.push({ function: spec.co_qualname, file: spec.co_filename, line: f.lineno, locals });
  }
  frames.reverse();
  view.frames = frames;
  // module globals bound by the program
  const globals: Record<string, BindingView> = {};
  const main = rt.mainModule?.dict;
  if (main instanceof DictObject) {
    const entries: [string, PyObject][] = [];
    dictForEach(main, (k, v) => {
      if (k instanceof StrObject && !rec.initialGlobals.has(k.value)) entries.push([k.value, v]);
    });
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [k, v] of entries) globals[k] = { id: v.addr, type: typeName(v) };
  }
  view.globals = globals;
  // freelists from the runtime
  const fl: Record<string, number[]> = {};
  const add = (k: string, items: PyObject[]) => {
    const ids = items.filter((o) => st.slotOf.has(o.addr - rt.heap.headerOf(o.ob_type.tp_flags))).map((o) => o.addr);
    if (ids.length) fl[k] = ids;
  };
  add('float', rt.freelists.float);
  add('list', rt.freelists.list);
  add('dict', rt.freelists.dict);
  add('slice', rt.freelists.slice);
  rt.freelists.tuple.forEach((items, n) => {
    if (items) add(`tuple[${n}]`, items);
  });
  const sorted: Record<string, number[]> = {};
  for (const k of Object.keys(fl).sort()) sorted[k] = fl[k];
  view.freelists = sorted;
  return view;
}

function typeName(o: PyObject): string {
  const n = o.ob_type.tp_name;
  return n.slice(n.lastIndexOf('.') + 1);
}

function storedNames(spec: { co_names: string[]; code: Int32Array }): Set<string> {
  // STORE_NAME / DELETE_NAME targets (what the recorder watches in class bodies)
  const out = new Set<string>();
  const code = spec.code;
  for (let i = 0; i < code.length; i += 2) {
    if (code[i] === OP_STORE_NAME || code[i] === OP_DELETE_NAME) out.add(spec.co_names[code[i + 1]]);
  }
  return out;
}

import { Op } from '../compiler/opcodes';
const OP_STORE_NAME = Op.STORE_NAME;
const OP_DELETE_NAME = Op.DELETE_NAME;

export { Ev };
