/**
 * Entry of the `heapscope report` page (dist/report.js, inlined into the page by src/cli/report.ts).
 *
 * The page embeds the recorded run (PanelRun: source, result, timeline), one snapshot and the first page
 * of its objects table, so the panel paints at once without running anything (an object looked up there
 * by id is answered from that page when it is on it). Stepping elsewhere re-runs the program in the page with the
 * same engine, version and options (`panelSession`): the engine is deterministic (simulated addresses,
 * no wall clock in the heap), so positions, ids and refcounts are those of the recorded run; if the
 * re-run disagrees (a program reading the real time, say) the page says so. The panel talks to this
 * in-page host through the same messages as to the VS Code extension.
 */
import { panelSession } from '../src/engine/trace/panel';
import type { HostToPanel, ObjectPage, ObjectQuery, PanelSession, PanelState, PanelToHost, Snapshot } from '../src/protocol/heap';
import { SnapshotStream } from '../src/protocol/heap';
import { REPORT_DATA_ID, type ReportData } from '../src/protocol/report';
import { el } from './dom';
import type { PanelHost } from './host';
import { defaultState, HeapPanel } from './panel';

/** The source listing beside the panel: line numbers, the current line marked, revealed on request. */
class SourcePane {
  private readonly rows: HTMLElement[] = [];
  private current: HTMLElement | null = null;

  constructor(root: HTMLElement, source: string, file: string) {
    const name = file.split(/[\\/]/).pop() ?? file;
    const list = el('ol', { class: 'source-lines', 'aria-label': `Source of ${name}` });
    source.split(/\r\n|\r|\n/).forEach((text, i) => {
      const li = el('li', { 'data-line': i + 1 }, el('span', { class: 'ln', 'aria-hidden': 'true' }, String(i + 1)), el('code', {}, text || ' '));
      this.rows.push(li);
      list.append(li);
    });
    root.replaceChildren(el('h2', { class: 'source-title' }, name), list);
  }

  mark(line: number): void {
    this.current?.classList.remove('current');
    this.current = this.rows[line - 1] ?? null;
    this.current?.classList.add('current');
    this.current?.setAttribute('aria-current', 'step');
  }

  reveal(line: number): void {
    const r = this.rows[line - 1];
    if (!r) return;
    r.scrollIntoView({ block: 'center' });
    r.classList.remove('flash');
    void r.offsetWidth; // restart the animation
    r.classList.add('flash');
  }
}

/** The in-page host: answers the panel's messages from the embedded data, then from a re-run session. */
export class ReportHost implements PanelHost {
  private handler: ((m: HostToPanel) => void) | null = null;
  private session: PanelSession | null = null;
  private state: PanelState | null;
  /** the snapshots given to the panel: after the first, deltas (the panel shares the unchanged pools) */
  private readonly snapshots = new SnapshotStream();

  constructor(
    private readonly data: ReportData,
    private readonly source: SourcePane | null,
  ) {
    this.state = { ...defaultState(), file: data.run.file, position: data.snapshot.position };
  }

  listen(handler: (m: HostToPanel) => void): void {
    this.handler = handler;
  }

  restoredState(): PanelState | null {
    return this.state;
  }

  saveState(s: PanelState): void {
    this.state = s;
  }

  post(m: PanelToHost): void {
    // answer asynchronously, as a real host does
    setTimeout(() => this.handle(m), 0);
  }

  private emit(m: HostToPanel): void {
    this.handler?.(m);
  }

  private emitSnapshot(s: Snapshot): void {
    this.source?.mark(s.line);
    this.emit(this.snapshots.message(s));
  }

  /** The re-run session, created on first need (it runs the whole program once). */
  private getSession(then: (s: PanelSession) => void): void {
    if (this.session) return then(this.session);
    this.emit({ kind: 'busy', message: 'Re-running the program in this page to step through it\u2026' });
    // let the busy message paint before the (synchronous) run
    setTimeout(() => {
      try {
        const o = this.data.options;
        const s = panelSession(this.data.run.source, { version: o.version, filename: o.filename, stdin: o.stdin, maxSteps: o.maxSteps ?? undefined, timeoutMs: o.timeoutMs, maxHeapBytes: o.maxHeapBytes });
        this.session = s;
        const a = this.data.run.timeline;
        const b = s.run.timeline;
        if (a.count !== b.count || s.run.result.stdout !== this.data.run.result.stdout) {
          this.emit({ kind: 'error', message: `The re-run in this page differs from the recorded run (${b.count} lines instead of ${a.count}): the program depends on something outside it (time, randomness). Positions may not match the timeline.` });
        } else {
          this.emit({ kind: 'busy', message: '' });
        }
        then(s);
      } catch (e) {
        this.emit({ kind: 'error', message: `Could not re-run the program in this page: ${e instanceof Error ? e.message : String(e)}` });
      }
    }, 30);
  }

  /** The answer to `q` from the embedded first page, or null when that page cannot answer it. */
  private embeddedPage(position: number, q: ObjectQuery): ObjectPage | null {
    const page = this.data.objects;
    if (position !== page.position) return null;
    if (q.ids) {
      const rows = q.ids.map((id) => page.rows.find((o) => o.id === id));
      if (rows.some((o) => o === undefined)) return null;
      return { ...page, query: q, total: rows.length, rows: rows as ObjectPage['rows'] };
    }
    const e = page.query;
    const same = q.sort === e.sort && q.descending === e.descending && q.filter === e.filter && q.offset === e.offset && q.limit <= e.limit;
    return same ? { ...page, query: q, rows: page.rows.slice(0, q.limit) } : null;
  }

  private handle(m: PanelToHost): void {
    switch (m.kind) {
      case 'ready':
        this.emit({ kind: 'run', run: this.data.run });
        this.snapshots.reset();
        this.emitSnapshot(this.data.snapshot);
        return;
      case 'seek':
        if (m.full) this.snapshots.reset();
        if (!this.session && m.position === this.data.snapshot.position) {
          this.emitSnapshot(this.data.snapshot);
          return;
        }
        this.getSession((s) => this.emitSnapshot(s.snapshot(m.position)));
        return;
      case 'find':
        this.getSession((s) => {
          const p = s.find(m.from, m.what, m.dir);
          this.emitSnapshot(s.snapshot(p ?? m.from));
        });
        return;
      case 'inspect':
        this.getSession((s) => this.emit({ kind: 'detail', detail: s.inspect(m.position, m.id), requestId: m.requestId }));
        return;
      case 'objects': {
        const embedded = this.session ? null : this.embeddedPage(m.position, m.query);
        if (embedded) this.emit({ kind: 'objects', page: embedded, requestId: m.requestId });
        else this.getSession((s) => this.emit({ kind: 'objects', page: s.objects(m.position, m.query), requestId: m.requestId }));
        return;
      }
      case 'revealLine':
        this.source?.reveal(m.line);
        return;
      case 'state':
        return;
    }
  }
}

function start(): void {
  const root = document.getElementById('heapscope-panel');
  const dataEl = document.getElementById(REPORT_DATA_ID);
  if (!root || !dataEl) return;
  const data = JSON.parse(dataEl.textContent ?? '{}') as ReportData;
  const sourceRoot = document.getElementById('heapscope-source');
  const source = sourceRoot ? new SourcePane(sourceRoot, data.run.source, data.run.file) : null;
  new HeapPanel(root, new ReportHost(data, source));
}

start();
