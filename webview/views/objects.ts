/**
 * The objects table: live objects allocated by the program at this position, searchable (type, id,
 * names, preview, line), sortable by any column, one row selectable (click, arrows, Enter to go to the
 * allocating line). Below it, the selected object's detail: repr, the refcount explained, the graph.
 */
import type { ObjectDetail, ObjectView, Snapshot } from '../../src/protocol/heap';
import { el, replaceChildren } from '../dom';
import { generation, generationIndex, generationWords, hex, int, plural, refcount } from '../format';
import { referenceGraph, refcountSum } from './graph';

/** At most this many rows are in the DOM (the count says how many match). */
export const MAX_ROWS = 400;

export interface Column {
  key: string;
  title: string;
  numeric: boolean;
  value(o: ObjectView): string | number;
  help: string;
}

export const COLUMNS: Column[] = [
  { key: 'type', title: 'type', numeric: false, value: (o) => o.type, help: 'type(obj).__name__' },
  { key: 'id', title: 'id', numeric: true, value: (o) => o.id, help: 'id(obj): its address' },
  { key: 'refcount', title: 'refs', numeric: true, value: (o) => o.refcount, help: 'sys.getrefcount(obj) − 1: references held to it' },
  { key: 'size', title: 'size', numeric: true, value: (o) => o.size, help: 'bytes requested for the object (with GC head), not its buffers' },
  { key: 'generation', title: 'gen', numeric: true, value: (o) => generationIndex(o.generation), help: 'GC generation (— = not a GC type)' },
  // objects allocated outside the file (line 0: start-up, library code) sort after the file's lines
  { key: 'line', title: 'line', numeric: true, value: (o) => (o.line > 0 ? o.line : Number.MAX_SAFE_INTEGER), help: 'line that allocated it' },
  { key: 'names', title: 'names / value', numeric: false, value: (o) => o.names.join(', ') || o.preview, help: 'names bound to it here, or a preview of its value' },
];

export function matches(o: ObjectView, filter: string): boolean {
  if (!filter) return true;
  const f = filter.toLowerCase();
  return (
    o.type.toLowerCase().includes(f) ||
    hex(o.id).includes(f) ||
    o.names.some((n) => n.toLowerCase().includes(f)) ||
    o.preview.toLowerCase().includes(f) ||
    `line ${o.line}` === f ||
    String(o.line) === f
  );
}

export function sortObjects(objects: ObjectView[], key: string, descending: boolean): ObjectView[] {
  const col = COLUMNS.find((c) => c.key === key) ?? COLUMNS[1];
  const dir = descending ? -1 : 1;
  return [...objects].sort((a, b) => {
    const x = col.value(a);
    const y = col.value(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c !== 0 ? c * dir : a.id - b.id;
  });
}

export interface ObjectsEvents {
  select(id: number | null): void;
  reveal(line: number): void;
  filterChanged(filter: string): void;
  sortChanged(column: string, descending: boolean): void;
}

export class ObjectsView {
  readonly root: HTMLElement;
  private readonly search: HTMLInputElement;
  private readonly count: HTMLElement;
  private readonly head: HTMLTableRowElement;
  private readonly body: HTMLTableSectionElement;
  private readonly detail: HTMLElement;
  private snapshot: Snapshot | null = null;
  private byId = new Map<number, ObjectView>();
  private rows: ObjectView[] = [];
  private selected: number | null = null;
  private filter = '';
  private sort = { column: 'line', descending: false };
  private detailData: ObjectDetail | null = null;
  private detailPending = false;

  constructor(private readonly events: ObjectsEvents) {
    this.search = el('input', { type: 'search', class: 'search', placeholder: 'Filter: type, name, id, value or line', 'aria-label': 'Filter objects by type, name, id, value or line' });
    this.search.addEventListener('input', () => {
      this.filter = this.search.value.trim();
      this.events.filterChanged(this.filter);
      this.renderRows();
    });
    this.count = el('span', { class: 'muted count', 'aria-live': 'polite' });
    this.head = el('tr');
    for (const c of COLUMNS) {
      const b = el('button', { class: 'sort', type: 'button', title: c.help }, c.title);
      b.addEventListener('click', () => {
        const descending = this.sort.column === c.key ? !this.sort.descending : c.numeric && c.key !== 'id' && c.key !== 'line';
        this.setSort(c.key, descending);
        this.events.sortChanged(c.key, descending);
      });
      this.head.append(el('th', { scope: 'col', 'data-col': c.key, class: c.numeric ? 'num' : '' }, b));
    }
    this.body = el('tbody');
    this.body.addEventListener('keydown', (e) => this.keydown(e));
    const table = el('table', { class: 'objects', 'aria-label': 'Live objects' }, el('thead', {}, this.head), this.body);
    this.detail = el('section', { class: 'detail', 'aria-label': 'Selected object', 'aria-live': 'polite' });
    this.root = el(
      'div',
      { class: 'objects-view' },
      el('div', { class: 'toolbar' }, this.search, this.count),
      el('div', { class: 'table-scroll' }, table),
      this.detail,
    );
  }

  restore(filter: string, sort: { column: string; descending: boolean }): void {
    this.filter = filter;
    this.search.value = filter;
    this.sort = { ...sort };
    this.renderSortHeader();
  }

  private renderSortHeader(): void {
    for (const th of this.head.cells) {
      const key = th.dataset.col;
      th.setAttribute('aria-sort', key === this.sort.column ? (this.sort.descending ? 'descending' : 'ascending') : 'none');
    }
  }

  setSort(column: string, descending: boolean): void {
    this.sort = { column, descending };
    this.renderRows();
  }

  setSnapshot(s: Snapshot): void {
    this.snapshot = s;
    this.byId = new Map(s.objects.map((o) => [o.id, o]));
    if (this.detailData && this.detailData.position !== s.position) this.detailData = null;
    this.renderRows();
    this.renderDetail();
  }

  /** Select a row (null clears); `pending`: an inspect request is on its way. */
  setSelected(id: number | null, pending: boolean): void {
    this.selected = id;
    this.detailPending = pending;
    if (pending) this.detailData = null;
    for (const tr of this.body.rows) {
      const on = Number(tr.dataset.id) === id;
      tr.classList.toggle('selected', on);
      tr.setAttribute('aria-selected', String(on));
    }
    this.renderDetail();
  }

  setDetail(d: ObjectDetail | null): void {
    this.detailData = d;
    this.detailPending = false;
    this.renderDetail();
  }

  private renderRows(): void {
    this.renderSortHeader();
    const s = this.snapshot;
    if (!s) return;
    const all = s.objects.filter((o) => matches(o, this.filter));
    this.rows = sortObjects(all, this.sort.column, this.sort.descending);
    const shown = this.rows.slice(0, MAX_ROWS);
    this.count.textContent =
      (this.filter ? `${int(all.length)} of ${plural(s.objects.length, 'object')}` : plural(s.objects.length, 'live object')) +
      (all.length > MAX_ROWS ? ` (first ${MAX_ROWS} shown)` : '');
    const frag = document.createDocumentFragment();
    shown.forEach((o, i) => {
      const tr = el(
        'tr',
        { 'data-id': o.id, tabindex: o.id === this.selected || (this.selected === null && i === 0) ? 0 : -1, 'aria-selected': String(o.id === this.selected), class: o.id === this.selected ? 'selected' : '' },
        el('td', {}, el('span', { class: 'type' }, o.type)),
        el('td', { class: 'num mono' }, hex(o.id)),
        el('td', { class: 'num', title: String(o.refcount) }, refcount(o.refcount)),
        el('td', { class: 'num' }, `${o.size}`),
        el('td', { class: 'num' }, generation(o.generation)),
        el('td', { class: 'num' }, o.line > 0 ? String(o.line) : '—'),
        el('td', { class: 'names' }, o.names.length ? el('span', { class: 'mono' }, o.names.join(', ')) : null, o.preview ? el('span', { class: 'muted mono' }, (o.names.length ? ' ' : '') + o.preview) : null),
      );
      tr.addEventListener('click', () => this.events.select(o.id));
      tr.addEventListener('dblclick', () => o.line > 0 && this.events.reveal(o.line));
      frag.append(tr);
    });
    this.body.replaceChildren(frag);
    if (shown.length === 0) {
      this.body.append(el('tr', {}, el('td', { colspan: COLUMNS.length, class: 'muted empty' }, s.objects.length ? 'No object matches the filter.' : 'No live objects allocated by the program at this position.')));
    }
  }

  private keydown(e: KeyboardEvent): void {
    const tr = (e.target as HTMLElement).closest('tr');
    if (!tr || tr.dataset.id === undefined) return;
    const id = Number(tr.dataset.id);
    const i = this.rows.findIndex((o) => o.id === id);
    let next = i;
    if (e.key === 'ArrowDown') next = Math.min(this.rows.length - 1, Math.min(MAX_ROWS - 1, i + 1));
    else if (e.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (e.key === 'Enter') {
      const o = this.rows[i];
      if (o && o.line > 0) this.events.reveal(o.line);
      e.preventDefault();
      return;
    } else if (e.key === ' ') {
      this.events.select(id);
      e.preventDefault();
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
    const o = this.rows[next];
    if (!o) return;
    this.events.select(o.id);
    const row = this.body.querySelector<HTMLTableRowElement>(`tr[data-id="${o.id}"]`);
    if (row) {
      for (const r of this.body.rows) r.tabIndex = -1;
      row.tabIndex = 0;
      row.focus();
    }
  }

  private renderDetail(): void {
    const id = this.selected;
    const o = id === null ? undefined : this.byId.get(id);
    if (id === null || !o) {
      replaceChildren(this.detail, el('p', { class: 'muted' }, id === null ? 'Select an object (here or in the arena map) to see who holds it and what it holds.' : `Object ${hex(id)} is not alive at this position.`));
      return;
    }
    const d = this.detailData && this.detailData.object.id === id ? this.detailData : null;
    const goto = el('button', { type: 'button', class: 'link', disabled: o.line <= 0, 'aria-label': `Go to line ${o.line} in the editor` }, o.line > 0 ? `line ${o.line}` : 'outside the file');
    goto.addEventListener('click', () => o.line > 0 && this.events.reveal(o.line));
    replaceChildren(
      this.detail,
      el('h3', {}, `${o.type} `, el('span', { class: 'mono muted' }, hex(o.id)), ' allocated on ', goto),
      el('p', { class: 'facts' }, `${o.size} B in a ${o.blockSize}-byte block${o.bufferBytes ? ` + ${o.bufferBytes} B of buffers` : ''} · ${generationWords(o.generation)}${o.names.length ? ' · bound to ' + o.names.join(', ') : ''}`),
      d ? el('pre', { class: 'repr mono' }, d.repr) : null,
      d ? el('p', { class: 'refsum' }, refcountSum(d)) : el('p', { class: 'muted' }, this.detailPending ? 'Finding references\u2026' : 'No reference details for this object.'),
      d ? referenceGraph(d, this.byId, { select: (x) => this.events.select(x) }) : null,
      d && d.unexplained > 0 ? el('p', { class: 'muted small' }, `${d.unexplained} of its references are held by the interpreter itself (C-level references the model does not name).`) : null,
    );
  }
}
