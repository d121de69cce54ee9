/**
 * The objects table of one position (protocol/heap.ts `ObjectQuery` → `ObjectPage`), built from a replayed
 * mirror state without making a view per object: the state's slot columns are copied (TableCapture: the
 * table does not keep the state, which replaying changes; a snapshot copies them and the table is made
 * when first asked for), the live traced objects become rows in id order, each sort order is computed once per position and column (numeric keys packed with the
 * row number into one Float64Array and sorted natively), each filter's matches once per filter text (a
 * byte mask), and only the rows of the requested page become `ObjectView`s. A table with 1.6 million
 * objects sorts by a numeric column in a few hundred milliseconds once, then every page is a walk of the
 * cached order.
 */
import type { ObjectColumn, ObjectPage, ObjectQuery, ObjectView } from '../../protocol/heap';
import { MAX_OBJECT_ROWS, OBJECT_COLUMNS } from '../../protocol/heap';
import { F_FREELISTED, F_OBJECT, GEN_NONE, GEN_UNREACHABLE, GEN_UNTRACKED, type MirrorState, type TraceTables } from './state';
import { AddrMap } from './addrmap';

/**
 * Row numbers of `addr` (distinct addresses) in ascending address order. Blocks are 16-byte aligned: when
 * the span of the addresses in 16-byte units times the row count fits in 2^53, each address's offset and
 * its row are packed into one double and sorted natively; otherwise the addresses are sorted natively and
 * their rows found through a hash map.
 */
export function addressOrder(addr: Float64Array): Uint32Array {
  const n = addr.length;
  const order = new Uint32Array(n);
  if (n === 0) return order;
  let lo = Infinity;
  let hi = -Infinity;
  let aligned = true;
  for (let i = 0; i < n; i++) {
    const a = addr[i];
    if (a < lo) lo = a;
    if (a > hi) hi = a;
    if (a % 16 !== 0) aligned = false;
  }
  const span = Math.floor((hi - lo) / 16) + 1;
  if (aligned && span * n < 2 ** 53) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = ((addr[i] - lo) / 16) * n + i;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = keys[i] % n;
    return order;
  }
  // addresses far apart (raw blocks and arenas): sort them, then find each one's row by hashing
  const rowOf = new AddrMap(n);
  for (let i = 0; i < n; i++) rowOf.set(addr[i], i);
  const sorted = addr.slice().sort();
  for (let i = 0; i < n; i++) order[i] = rowOf.get(sorted[i])!;
  return order;
}

/** Rows per table up to which sort keys are packed with the row number (2^21: 21 bits for the row). */
const PACK_ROWS = 2 ** 21;
/** Largest packed key (keys are clamped to it; with 21 bits of row the sum stays below 2^53). */
const MAX_KEY = 2 ** 32 - 1;
/** Filters whose masks are kept per table. */
const FILTERS_KEPT = 4;

/** Generation code of a mirror generation (protocol `generationCode`). */
export function genCode(g: number): number {
  return g === GEN_NONE ? 5 : g === GEN_UNTRACKED ? 4 : g === GEN_UNREACHABLE ? 6 : g;
}

/** What the table needs from its session besides the mirror state. */
export interface TableSource {
  /** the preview of the object with allocation sequence number `seq` ('' when none) */
  preview(seq: number): string;
  /** names bound at this position, by object id */
  names: Map<number, string[]>;
}

/**
 * A state's slot columns, copied out of it (typed-array copies: no lookups, no sort), for an ObjectTable
 * made later: a snapshot takes one for its position (the state then replays on), and the table is made
 * from it when the position's objects are first asked for.
 */
export class TableCapture {
  readonly addr: Float64Array;
  readonly typeId: Int32Array;
  readonly req: Int32Array;
  readonly block: Int32Array;
  readonly line: Int32Array;
  readonly rc: Float64Array;
  readonly flags: Uint8Array;
  readonly gen: Int8Array;
  readonly seq: Float64Array;
  readonly bufBytes: Float64Array;

  constructor(st: MirrorState) {
    const n = st.nslots;
    this.addr = st.addr.slice(0, n);
    this.typeId = st.typeId.slice(0, n);
    this.req = st.req.slice(0, n);
    this.block = st.block.slice(0, n);
    this.line = st.line.slice(0, n);
    this.rc = st.rc.slice(0, n);
    this.flags = st.flags.slice(0, n);
    this.gen = st.gen.slice(0, n);
    this.seq = st.seq.slice(0, n);
    this.bufBytes = st.bufBytes.slice(0, n);
  }
}

/** Generations by code (protocol `generationCode`). */
const GENERATIONS: ObjectView['generation'][] = [0, 1, 2, 'permanent', 'untracked', null, 'unreachable'];

export class ObjectTable {
  /** live traced objects */
  readonly n: number;
  /** their ids, ascending (= ascending address: an id lies inside its block) */
  readonly ids: Float64Array;
  // columns, by row
  private readonly addr: Float64Array;
  private readonly typeId: Int32Array;
  private readonly req: Int32Array;
  private readonly block: Int32Array;
  private readonly line: Int32Array;
  private readonly rc: Float64Array;
  private readonly gen: Uint8Array;
  private readonly seq: Float64Array;
  private readonly bufBytes: Float64Array;
  private readonly orders = new Map<string, Uint32Array>();
  private readonly filters = new Map<string, { mask: Uint8Array; count: number }>();

  constructor(
    cap: TableCapture,
    private readonly tables: TraceTables,
    private readonly src: TableSource,
  ) {
    // the live objects: slots whose flags say so (free() clears a slot's flags; newSlot reuses freed slots)
    const flags = cap.flags;
    let n = 0;
    for (let s = 0; s < flags.length; s++) if ((flags[s] & (F_OBJECT | F_FREELISTED)) === F_OBJECT) n++;
    const slots = new Uint32Array(n);
    const addrs = new Float64Array(n);
    for (let s = 0, k = 0; s < flags.length; s++) {
      if ((flags[s] & (F_OBJECT | F_FREELISTED)) !== F_OBJECT) continue;
      slots[k] = s;
      addrs[k++] = cap.addr[s];
    }
    // rows in address order
    const order = addressOrder(addrs);
    this.n = n;
    this.addr = new Float64Array(n);
    this.ids = new Float64Array(n);
    this.typeId = new Int32Array(n);
    this.req = new Int32Array(n);
    this.block = new Int32Array(n);
    this.line = new Int32Array(n);
    this.rc = new Float64Array(n);
    this.gen = new Uint8Array(n);
    this.seq = new Float64Array(n);
    this.bufBytes = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const s = slots[order[i]];
      const t = cap.typeId[s];
      this.addr[i] = cap.addr[s];
      this.ids[i] = cap.addr[s] + tables.typeHdr[t];
      this.typeId[i] = t;
      this.req[i] = cap.req[s];
      this.block[i] = cap.block[s];
      this.line[i] = cap.line[s];
      this.rc[i] = cap.rc[s];
      this.gen[i] = genCode(cap.gen[s]);
      this.seq[i] = cap.seq[s];
      this.bufBytes[i] = cap.bufBytes[s];
    }
  }

  /** The view of row i. */
  view(i: number): ObjectView {
    const id = this.ids[i];
    return {
      id,
      address: this.addr[i],
      type: this.tables.typeNames[this.typeId[i]],
      size: this.req[i],
      blockSize: this.block[i],
      bufferBytes: this.bufBytes[i],
      refcount: this.rc[i],
      generation: GENERATIONS[this.gen[i]],
      line: this.line[i],
      names: this.src.names.get(id) ?? [],
      preview: this.src.preview(this.seq[i]),
    };
  }

  /** Row of the object with this id, or -1. */
  rowOf(id: number): number {
    const ids = this.ids;
    let lo = 0;
    let hi = this.n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid];
      if (v === id) return mid;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The view of the object with this id, or null when it is not a live traced object here. */
  viewOf(id: number): ObjectView | null {
    const r = this.rowOf(id);
    return r < 0 ? null : this.view(r);
  }

  page(position: number, query: ObjectQuery): ObjectPage {
    const q = normalizeQuery(query);
    if (q.ids !== undefined) {
      const rows: ObjectView[] = [];
      for (const id of q.ids) {
        const v = this.viewOf(id);
        if (v !== null) rows.push(v);
      }
      return { position, query: q, total: rows.length, live: this.n, rows };
    }
    const order = this.order(q.sort, q.descending);
    const filter = this.filter(q.filter);
    const rows: ObjectView[] = [];
    const end = q.offset + q.limit;
    if (filter === null) {
      for (let i = q.offset; i < Math.min(end, this.n); i++) rows.push(this.view(order[i]));
    } else {
      const mask = filter.mask;
      for (let i = 0, k = 0; i < this.n && k < end; i++) {
        const r = order[i];
        if (!mask[r]) continue;
        if (k >= q.offset) rows.push(this.view(r));
        k++;
      }
    }
    return { position, query: q, total: filter === null ? this.n : filter.count, live: this.n, rows };
  }

  // ---------------------------------------------------------------- sorting

  /** Rows in the order of `column` (ties by ascending id), cached. */
  order(column: ObjectColumn, descending: boolean): Uint32Array {
    const key = `${column}:${descending ? 'd' : 'a'}`;
    let o = this.orders.get(key);
    if (o === undefined) {
      o = this.computeOrder(column, descending);
      this.orders.set(key, o);
    }
    return o;
  }

  private computeOrder(column: ObjectColumn, descending: boolean): Uint32Array {
    const n = this.n;
    const out = new Uint32Array(n);
    if (column === 'id') {
      for (let i = 0; i < n; i++) out[i] = descending ? n - 1 - i : i;
      return out;
    }
    if (column === 'names') {
      const keys: string[] = new Array<string>(n);
      for (let i = 0; i < n; i++) keys[i] = this.namesKey(i);
      const dir = descending ? -1 : 1;
      const idx = Array.from({ length: n }, (_, i) => i);
      idx.sort((a, b) => {
        const x = keys[a];
        const y = keys[b];
        return x === y ? a - b : (x < y ? -1 : 1) * dir;
      });
      out.set(idx);
      return out;
    }
    const key = this.numericKey(column);
    if (n < PACK_ROWS) {
      const packed = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const k = Math.min(MAX_KEY, key(i));
        packed[i] = (descending ? MAX_KEY - k : k) * PACK_ROWS + i;
      }
      packed.sort();
      for (let i = 0; i < n; i++) out[i] = packed[i] % PACK_ROWS;
      return out;
    }
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = key(i);
    const dir = descending ? -1 : 1;
    const idx = Array.from({ length: n }, (_, i) => i);
    idx.sort((a, b) => (keys[a] === keys[b] ? a - b : (keys[a] - keys[b]) * dir));
    out.set(idx);
    return out;
  }

  /** The sort key of row i for a numeric column (type: the rank of its name). */
  private numericKey(column: Exclude<ObjectColumn, 'id' | 'names'>): (i: number) => number {
    switch (column) {
      case 'refcount':
        return (i) => this.rc[i];
      case 'size':
        return (i) => this.req[i];
      case 'generation':
        return (i) => this.gen[i];
      case 'line':
        // objects allocated outside the file (line 0) after the file's lines
        return (i) => (this.line[i] > 0 ? this.line[i] : MAX_KEY);
      case 'type': {
        const names = this.tables.typeNames;
        const present = [...new Set(this.typeId)];
        present.sort((a, b) => names[a].localeCompare(names[b]) || a - b);
        const rank = new Int32Array(names.length);
        present.forEach((t, r) => (rank[t] = r));
        return (i) => rank[this.typeId[i]];
      }
    }
  }

  /** The `names` column of row i: its names, else its preview. */
  private namesKey(i: number): string {
    const names = this.src.names.get(this.ids[i]);
    return names !== undefined && names.length > 0 ? names.join(', ') : this.src.preview(this.seq[i]);
  }

  // ---------------------------------------------------------------- filtering

  /** Rows matching `text` (null: no filter), cached for the last few filters. */
  private filter(text: string): { mask: Uint8Array; count: number } | null {
    const f = text.trim().toLowerCase();
    if (f === '') return null;
    const cached = this.filters.get(f);
    if (cached !== undefined) {
      this.filters.delete(f);
      this.filters.set(f, cached);
      return cached;
    }
    const r = this.computeFilter(f);
    this.filters.set(f, r);
    if (this.filters.size > FILTERS_KEPT) this.filters.delete(this.filters.keys().next().value as string);
    return r;
  }

  private computeFilter(f: string): { mask: Uint8Array; count: number } {
    const n = this.n;
    const mask = new Uint8Array(n);
    const typeMatch = this.tables.typeNames.map((t) => t.toLowerCase().includes(f));
    const lm = /^(?:line )?(\d+)$/.exec(f);
    const line = lm ? Number(lm[1]) : -1;
    // only a text made of hex digits and 'x' can be part of `0x…`
    const hexy = /^[0-9a-fx]+$/.test(f);
    for (let i = 0; i < n; i++) {
      if (typeMatch[this.typeId[i]] || this.line[i] === line || (hexy && ('0x' + this.ids[i].toString(16)).includes(f))) mask[i] = 1;
    }
    // names: only the few objects bound to a name
    for (const [id, names] of this.src.names) {
      if (!names.some((x) => x.toLowerCase().includes(f))) continue;
      const r = this.rowOf(id);
      if (r >= 0) mask[r] = 1;
    }
    for (let i = 0; i < n; i++) {
      if (mask[i]) continue;
      const p = this.src.preview(this.seq[i]);
      if (p !== '' && p.toLowerCase().includes(f)) mask[i] = 1;
    }
    let count = 0;
    for (let i = 0; i < n; i++) count += mask[i];
    return { mask, count };
  }
}

/** A query with its numbers made sane: integral, non-negative, limit ≤ MAX_OBJECT_ROWS, a known column. */
export function normalizeQuery(q: ObjectQuery): ObjectQuery {
  const int = (x: number, max: number): number => (Number.isFinite(x) ? Math.max(0, Math.min(max, Math.floor(x))) : 0);
  const out: ObjectQuery = {
    sort: (OBJECT_COLUMNS as readonly string[]).includes(q.sort) ? q.sort : 'id',
    descending: q.descending === true,
    filter: typeof q.filter === 'string' ? q.filter : '',
    offset: int(q.offset, Number.MAX_SAFE_INTEGER),
    limit: int(q.limit, MAX_OBJECT_ROWS),
  };
  if (Array.isArray(q.ids)) out.ids = q.ids.slice(0, MAX_OBJECT_ROWS);
  return out;
}
