/**
 * The objects table: live objects allocated by the program at this position, searchable (type, id,
 * names, preview, line), sortable by any column, one row selectable (click, arrows, Enter to go to the
 * allocating line). Below it, the selected object's detail: repr, the refcount explained, the graph.
 *
 * The table is a paged query answered by the host (`objects` messages, `ObjectQuery` → `ObjectPage`): the
 * engine sorts and filters all live objects, the table shows PAGE_ROWS of them at a time (Previous / Next,
 * PageUp / PageDown). A heap of a million objects costs one page here.
 */
import type { ObjectColumn, ObjectDetail, ObjectPage, ObjectQuery, ObjectView } from '../../src/protocol/heap';
import { DEFAULT_OBJECT_QUERY } from '../../src/protocol/heap';
import { el, replaceChildren } from '../dom';
import { generation, generationWords, hex, int, plural, refcount } from '../format';
import { referenceGraph, refcountSum } from './graph';

/** Rows per page. */
export const PAGE_ROWS = DEFAULT_OBJECT_QUERY.limit;

/** How long the filter waits for more typing before it asks the host. */
const FILTER_DELAY_MS = 120;

export interface Column {
  key: ObjectColumn;
  title: string;
  numeric: boolean;
  help: string;
}

export const COLUMNS: Column[] = [
  { key: 'type', title: 'type', numeric: false, help: 'type(obj).__name__' },
  { key: 'id', title: 'id', numeric: true, help: 'id(obj): its address' },
  { key: 'refcount', title: 'refs', numeric: true, help: 'sys.getrefcount(obj) − 1: references held to it' },
  { key: 'size', title: 'size', numeric: true, help: 'bytes requested for the object (with GC head), not its buffers' },
  { key: 'generation', title: 'gen', numeric: true, help: 'GC generation (— = not a GC type)' },
  // objects allocated outside the file (line 0: start-up, library code) sort after the file's lines
  { key: 'line', title: 'line', numeric: true, help: 'line that allocated it' },
  { key: 'names', title: 'names / value', numeric: false, help: 'names bound to it here, or a preview of its value' },
];

export interface ObjectsEvents {
  /** ask the host for a page (answered with `setPage`) */
  query(q: ObjectQuery): void;
  select(id: number | null): void;
  reveal(line: number): void;
  filterChanged(filter: string): void;
  sortChanged(column: string, descending: boolean): void;
}

export class ObjectsView {
  readonly root: HTMLElement;
  private readonly search: HTMLInputElement;
  private readonly count: HTMLElement;
  private readonly prev: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly head: HTMLTableRowElement;
  private readonly body: HTMLTableSectionElement;
  private readonly detail: HTMLElement;
  private position: number | null = null;
  private page: ObjectPage | null = null;
  private offset = 0;
  private selected: number | null = null;
  /** the selected object's view at this position (null: not known yet, or not alive) */
  private selectedView: ObjectView | null = null;
  /** the selection was looked up and is not a live object here */
  private selectedGone = false;
  private filter = '';
  private sort: { column: ObjectColumn; descending: boolean } = { column: 'line', descending: false };
  private detailData: ObjectDetail | null = null;
  private detailPending = false;
  private filterTimer: ReturnType<typeof setTimeout> | null = null;
  /** focus the first (1) or last (-1) row when the next page arrives (keyboard paging) */
  private focusOnPage: 1 | -1 | 0 = 0;

  constructor(private readonly events: ObjectsEvents) {
    this.search = el('input', { type: 'search', class: 'search', placeholder: 'Filter: type, name, id, value or line', 'aria-label': 'Filter objects by type, name, id, value or line' });
    this.search.addEventListener('input', () => {
      if (this.filterTimer !== null) clearTimeout(this.filterTimer);
      this.filterTimer = setTimeout(() => {
        this.filterTimer = null;
        this.filter = this.search.value.trim();
        this.offset = 0;
        this.events.filterChanged(this.filter);
        this.request();
      }, FILTER_DELAY_MS);
    });
    this.count = el('span', { class: 'muted count', 'aria-live': 'polite' });
    this.prev = el('button', { type: 'button', class: 'page-prev', 'aria-label': 'Previous page of objects', disabled: true }, '\u2039 previous');
    this.next = el('button', { type: 'button', class: 'page-next', 'aria-label': 'Next page of objects', disabled: true }, 'next \u203a');
    this.prev.addEventListener('click', () => this.turn(-1));
    this.next.addEventListener('click', () => this.turn(1));
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
      el('div', { class: 'toolbar' }, this.search, this.count, el('span', { class: 'pager' }, this.prev, this.next)),
      el('div', { class: 'table-scroll' }, table),
      this.detail,
    );
  }

  restore(filter: string, sort: { column: string; descending: boolean }): void {
    this.filter = filter;
    this.search.value = filter;
    const column = COLUMNS.find((c) => c.key === sort.column)?.key ?? 'line';
    this.sort = { column, descending: sort.descending };
    this.renderSortHeader();
  }

  /** The query for the current page (sort, filter, offset). */
  query(): ObjectQuery {
    return { sort: this.sort.column, descending: this.sort.descending, filter: this.filter, offset: this.offset, limit: PAGE_ROWS };
  }

  private renderSortHeader(): void {
    for (const th of this.head.cells) {
      const key = th.dataset.col;
      th.setAttribute('aria-sort', key === this.sort.column ? (this.sort.descending ? 'descending' : 'ascending') : 'none');
    }
  }

  setSort(column: string, descending: boolean): void {
    this.sort = { column: COLUMNS.find((c) => c.key === column)?.key ?? 'line', descending };
    this.offset = 0;
    this.renderSortHeader();
    this.request();
  }

  /** A new position: ask for the same page (sort, filter, offset) there. */
  setPosition(position: number): void {
    if (this.position !== position && this.detailData && this.detailData.position !== position) this.detailData = null;
    this.position = position;
    this.request();
    this.renderDetail();
  }

  private request(): void {
    if (this.position === null) return;
    this.renderSortHeader();
    this.events.query(this.query());
  }

  private turn(dir: 1 | -1, focus: 1 | -1 | 0 = 0): void {
    const total = this.page?.total ?? 0;
    const to = this.offset + dir * PAGE_ROWS;
    if (to < 0 || to >= total) return;
    this.offset = to;
    this.focusOnPage = focus;
    this.request();
  }

  /** The host's answer to the latest query. */
  setPage(page: ObjectPage | null): void {
    if (page === null) {
      this.page = null;
      this.count.textContent = 'The objects could not be listed.';
      this.body.replaceChildren();
      return;
    }
    this.page = page;
    // the filter may have shrunk the set below the offset asked: show the last page
    if (page.rows.length === 0 && page.total > 0 && page.query.offset >= page.total) {
      this.offset = Math.floor((page.total - 1) / PAGE_ROWS) * PAGE_ROWS;
      this.request();
      return;
    }
    this.renderRows();
  }

  /** Select a row (null clears); `pending`: an inspect request is on its way. */
  setSelected(id: number | null, pending: boolean): void {
    if (id !== this.selected) {
      this.selectedView = null;
      this.selectedGone = false;
    }
    this.selected = id;
    this.detailPending = pending;
    if (pending) this.detailData = null;
    for (const tr of this.body.rows) {
      const on = String(Number(tr.dataset.id) === id);
      // only rows that change (every row's attributes written again would restyle the table on each step)
      if (tr.getAttribute('aria-selected') === on) continue;
      tr.classList.toggle('selected', on === 'true');
      tr.setAttribute('aria-selected', on);
    }
    this.renderDetail();
  }

  /** The selected object's view (looked up by the panel), or null when it is not alive at this position. */
  setSelectedView(id: number, view: ObjectView | null): void {
    if (id !== this.selected) return;
    this.selectedView = view;
    this.selectedGone = view === null && !this.detailPending;
    this.renderDetail();
  }

  setDetail(d: ObjectDetail | null): void {
    this.detailData = d;
    this.detailPending = false;
    if (d && d.object.id === this.selected) {
      this.selectedView = d.object;
      this.selectedGone = false;
    } else if (!this.selectedView) this.selectedGone = true;
    this.renderDetail();
  }

  private renderRows(): void {
    this.renderSortHeader();
    const page = this.page;
    if (!page) return;
    const rows = page.rows;
    const from = page.query.offset;
    const range = rows.length ? `${int(from + 1)}\u2013${int(from + rows.length)} of ` : '';
    this.count.textContent = page.query.filter ? `${range}${int(page.total)} matching of ${plural(page.live, 'object')}` : `${range}${plural(page.live, 'live object')}`;
    this.prev.disabled = from === 0;
    this.next.disabled = from + rows.length >= page.total;
    const frag = document.createDocumentFragment();
    rows.forEach((o, i) => {
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
    if (rows.length === 0) {
      this.body.append(el('tr', {}, el('td', { colspan: COLUMNS.length, class: 'muted empty' }, page.live ? 'No object matches the filter.' : 'No live objects allocated by the program at this position.')));
    }
    if (this.focusOnPage !== 0 && rows.length) {
      const o = this.focusOnPage > 0 ? rows[0] : rows[rows.length - 1];
      this.focusOnPage = 0;
      this.events.select(o.id);
      this.focusRow(o.id);
    }
  }

  private focusRow(id: number): void {
    const row = this.body.querySelector<HTMLTableRowElement>(`tr[data-id="${id}"]`);
    if (!row) return;
    for (const r of this.body.rows) r.tabIndex = -1;
    row.tabIndex = 0;
    row.focus();
  }

  private keydown(e: KeyboardEvent): void {
    const tr = (e.target as HTMLElement).closest('tr');
    if (!tr || tr.dataset.id === undefined) return;
    const rows = this.page?.rows ?? [];
    const id = Number(tr.dataset.id);
    const i = rows.findIndex((o) => o.id === id);
    let next = i;
    if (e.key === 'ArrowDown') {
      if (i === rows.length - 1) this.turn(1, 1);
      next = Math.min(rows.length - 1, i + 1);
    } else if (e.key === 'ArrowUp') {
      if (i === 0) this.turn(-1, -1);
      next = Math.max(0, i - 1);
    } else if (e.key === 'PageDown' || e.key === 'PageUp') {
      this.turn(e.key === 'PageDown' ? 1 : -1, 1);
      e.preventDefault();
      e.stopPropagation();
      return;
    } else if (e.key === 'Enter') {
      const o = rows[i];
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
    const o = rows[next];
    if (!o || next === i) return;
    this.events.select(o.id);
    this.focusRow(o.id);
  }

  private renderDetail(): void {
    const id = this.selected;
    const o = this.selectedView;
    if (id === null || !o) {
      const text = id === null ? 'Select an object (here or in the arena map) to see who holds it and what it holds.' : this.selectedGone ? `Object ${hex(id)} is not alive at this position.` : 'Looking the object up\u2026';
      replaceChildren(this.detail, el('p', { class: 'muted' }, text));
      return;
    }
    const d = this.detailData && this.detailData.object.id === id ? this.detailData : null;
    const goto = el('button', { type: 'button', class: 'link', disabled: o.line <= 0, 'aria-label': `Go to line ${o.line} in the editor` }, o.line > 0 ? `line ${o.line}` : 'outside the file');
    goto.addEventListener('click', () => o.line > 0 && this.events.reveal(o.line));
    const related = new Map<number, ObjectView>(d ? d.related.map((x) => [x.id, x]) : []);
    replaceChildren(
      this.detail,
      el('h3', {}, `${o.type} `, el('span', { class: 'mono muted' }, hex(o.id)), ' allocated on ', goto),
      el('p', { class: 'facts' }, `${o.size} B in a ${o.blockSize}-byte block${o.bufferBytes ? ` + ${o.bufferBytes} B of buffers` : ''} · ${generationWords(o.generation)}${o.names.length ? ' · bound to ' + o.names.join(', ') : ''}`),
      d ? el('pre', { class: 'repr mono' }, d.repr) : null,
      d ? el('p', { class: 'refsum' }, refcountSum(d)) : el('p', { class: 'muted' }, this.detailPending ? 'Finding references\u2026' : 'No reference details for this object.'),
      d ? referenceGraph(d, related, { select: (x) => this.events.select(x) }) : null,
      d && d.unexplained > 0 ? el('p', { class: 'muted small' }, `${d.unexplained} of its references are held by the interpreter itself (C-level references the model does not name).`) : null,
    );
  }
}
