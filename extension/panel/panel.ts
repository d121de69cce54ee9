/**
 * The heap panel: one webview beside the editor showing the stepped run (webview/, built to
 * dist/webview.js + dist/webview.css). It is a view of the `SteppingController`'s state: a seek in the
 * panel moves the stepping position (and so the editor's highlight), a step command in the editor
 * moves the panel. Messages are the typed `HostToPanel` / `PanelToHost` of src/protocol/heap.ts.
 *
 * The webview is not kept alive while hidden (no `retainContextWhenHidden`: a large heap drawing
 * would hold memory for nothing); when shown again it reloads, sends `ready` with the state it saved
 * (`setState`), and gets the run and the current position's snapshot again. After a window reload
 * the serializer (`registerWebviewPanelSerializer`, activation event `onWebviewPanel:heapscope.heap`)
 * revives it from that saved state: the file is opened, analysed and stepped to the saved position.
 *
 * The document the panel shows is analysed with its recording (`shows`, for the controller); a run
 * analysed without it is recorded when the panel needs it, and the panel says so meanwhile (`busy`).
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { HostToPanel, PanelRun, PanelState, PanelToHost } from '../../src/protocol/heap';
import { isPanelState, isPanelToHost, SnapshotStream } from '../../src/protocol/heap';
import { panelHtml } from '../../webview/html';
import { filenameOf, isAnalysable } from '../controller';
import type { SteppingController, StepState } from '../stepping';
import type { AnalysisHost } from '../worker/host';

export const PANEL_VIEW_TYPE = 'heapscope.heap';

const RECORDING_MESSAGE = 'Recording the run to step through it\u2026';

/** What the panel did, for the test API. */
export interface PanelStats {
  open: boolean;
  visible: boolean;
  /** The document the panel shows. */
  uri: string | undefined;
  /** The webview has loaded and said `ready` (since it was last (re)loaded). */
  ready: boolean;
  /** How often the webview (re)loaded: first load, every show after a hide, revival. */
  loads: number;
  runsPosted: number;
  snapshotsPosted: number;
  /** (of `snapshotsPosted`) those sent as a delta against the previous one */
  deltasPosted: number;
  /** Position of the last snapshot posted. */
  lastSnapshotPosition: number | undefined;
  /** What the webview last saved with `setState`. */
  state: PanelState | null;
  /** The state the webview restored (`getState`) when it last loaded. */
  restored: PanelState | null;
}

export class HeapPanel implements vscode.Disposable, vscode.WebviewPanelSerializer<unknown> {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The document shown (stays when stepping stops, so a seek in the panel resumes it). */
  private uri: vscode.Uri | undefined;
  /** The document `open()` is stepping to (its run may be being recorded), until it is. */
  private opening: string | undefined;
  /** A run is being recorded for stepping (`SteppingController.onDidChangeRecording`). */
  private recording = false;
  /** Set by the serializer: the state to restore when the revived webview says `ready`. */
  private reviving: PanelState | null = null;
  /** The snapshots posted to the webview: after the first, each is sent as a delta against the previous one. */
  private readonly snapshots = new SnapshotStream();
  private readonly stats: Omit<PanelStats, 'open' | 'visible' | 'uri'> = {
    ready: false,
    loads: 0,
    runsPosted: 0,
    snapshotsPosted: 0,
    deltasPosted: 0,
    lastSnapshotPosition: undefined,
    state: null,
    restored: null,
  };

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly stepping: SteppingController,
    private readonly host: AnalysisHost,
  ) {
    this.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, this),
      stepping.onDidChange((e) => {
        if (!this.panel || e.kind === 'stop' || e.kind === 'position') return;
        if (this.uri?.toString() !== e.state.key) this.showDocument(e.state.uri);
        if (e.kind === 'run') this.postRun(e.state);
        else this.postSnapshot(e.state);
      }),
      // the run that ends the wait is posted over it (or stepping says why there is none)
      stepping.onDidChangeRecording((e) => {
        this.recording = e.recording;
        this.post({ kind: 'busy', message: e.recording ? RECORDING_MESSAGE : '' });
      }),
    );
  }

  /** Whether the panel is open on `uri` (its analyses are then recorded with the run). */
  shows(uri: vscode.Uri): boolean {
    return !!this.panel && this.uri?.toString() === uri.toString();
  }

  get info(): PanelStats {
    return { ...this.stats, open: !!this.panel, visible: !!this.panel?.visible, uri: this.uri?.toString() };
  }

  /**
   * Opens (or reveals) the panel beside the editor on `doc`, at the first execution of `line` when
   * given, else at the current stepping position (the first line when not stepping yet). Resolves
   * false, after telling the user why, when the file cannot be stepped. A panel that was not open
   * opens at once, showing that it waits for the run (recording it can take a while), and closes
   * again when the file cannot be stepped.
   */
  async open(doc: vscode.TextDocument, line?: number): Promise<boolean> {
    const wasStepping = this.stepping.isStepping(doc.uri);
    let created: vscode.WebviewPanel | undefined;
    if (!this.panel) {
      this.showDocument(doc.uri);
      this.adopt((created = this.createPanel()));
    }
    this.opening = doc.uri.toString();
    try {
      const stepped =
        (await this.stepping.begin(doc)) !== undefined &&
        (line !== undefined ? (await this.stepping.toLine(doc, line, 0)) !== undefined : wasStepping || (await this.stepping.first(doc)) !== undefined);
      if (!stepped) {
        if (created && this.panel === created) created.dispose();
        return false;
      }
    } finally {
      this.opening = undefined;
    }
    this.showDocument(doc.uri);
    if (!this.panel) this.adopt(this.createPanel());
    else this.panel.reveal(vscode.ViewColumn.Beside, true);
    return true;
  }

  /** Revives the panel after a window reload, from what the webview saved. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, saved: unknown): Promise<void> {
    this.reviving = isPanelState(saved) ? saved : null;
    if (this.panel) {
      panel.dispose(); // one heap panel at a time
      return;
    }
    this.adopt(panel);
  }

  private createPanel(): vscode.WebviewPanel {
    return vscode.window.createWebviewPanel(
      PANEL_VIEW_TYPE,
      'heapscope: heap',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      this.webviewOptions(),
    );
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')],
      enableFindWidget: true,
    };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'step-dark.svg');
    const webview = panel.webview;
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(18).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.css')).toString(),
    });
    this.stats.ready = false;
    this.panelSubscriptions = [
      webview.onDidReceiveMessage((m: unknown) => {
        if (isPanelToHost(m)) void this.onMessage(m);
      }),
      // Hidden, the webview is unloaded; shown again it reloads and says `ready` again.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.stats.ready = false;
      }),
      panel.onDidDispose(() => {
        this.panelSubscriptions.forEach((d) => d.dispose());
        this.panelSubscriptions = [];
        this.panel = undefined;
        this.stats.ready = false;
      }),
    ];
  }

  private async onMessage(m: PanelToHost): Promise<void> {
    switch (m.kind) {
      case 'ready':
        return this.onReady(m.restored);
      case 'state':
        this.stats.state = m.state;
        return;
      // The webview waits for a snapshot after a seek or a find: when the position does not move
      // (already there; nothing found, which it reports itself) it gets the current one again.
      case 'seek': {
        // the webview could not apply a delta: the next snapshot goes whole
        if (m.full) this.snapshots.reset();
        const s = await this.resume();
        if (!s) return;
        const before = s.position;
        this.stepping.seek(m.position);
        if (this.stepping.current === s && s.position === before) this.postSnapshot(s);
        return;
      }
      case 'find': {
        const s = await this.resume();
        if (!s) return;
        const found = await this.stepping.find(m.what, m.dir, m.from, true);
        if (found === undefined && this.stepping.current === s) this.postSnapshot(s);
        return;
      }
      case 'inspect': {
        const s = this.stepping.current;
        if (!s || s.key !== this.uri?.toString()) {
          this.post({ kind: 'detail', detail: null, requestId: m.requestId });
          return;
        }
        const outcome = await this.host.query({ kind: 'inspect', key: s.key, runId: s.runId, position: m.position, objectId: m.id });
        this.post({ kind: 'detail', detail: outcome.kind === 'answer' ? outcome.answer : null, requestId: m.requestId });
        if (outcome.kind === 'failed') this.post({ kind: 'error', message: `Could not inspect the object: ${outcome.message}` });
        if (outcome.kind === 'timeout') this.post({ kind: 'error', message: `The engine took more than ${outcome.afterMs} ms to inspect the object.` });
        return;
      }
      // a page of the objects table, or objects looked up by id (hover, selection): answered by the worker
      case 'objects': {
        const s = this.stepping.current;
        if (!s || s.key !== this.uri?.toString()) {
          this.post({ kind: 'objects', page: null, requestId: m.requestId });
          return;
        }
        const outcome = await this.host.query({ kind: 'objects', key: s.key, runId: s.runId, position: m.position, query: m.query });
        this.post({ kind: 'objects', page: outcome.kind === 'answer' ? outcome.answer : null, requestId: m.requestId });
        if (outcome.kind === 'failed') this.post({ kind: 'error', message: `Could not list the objects: ${outcome.message}` });
        if (outcome.kind === 'timeout') this.post({ kind: 'error', message: `The engine took more than ${outcome.afterMs} ms to list the objects.` });
        return;
      }
      case 'revealLine':
        return this.revealLine(m.line);
    }
  }

  private async onReady(restored: PanelState | null): Promise<void> {
    this.stats.ready = true;
    this.stats.loads++;
    this.stats.restored = restored;
    if (restored) this.stats.state = restored;
    const revived = this.reviving;
    this.reviving = null;
    if (revived && !this.stepping.current) {
      // After a window reload: open the file the panel showed and step to where it was.
      const doc = await this.documentFor(revived.file);
      if (!doc) {
        this.post({ kind: 'error', message: 'The file this panel showed is not available any more. Open a Python file and run "heapscope: Open Heap Panel".' });
        return;
      }
      this.showDocument(doc.uri);
      const s = await this.stepping.begin(doc);
      if (!s) return;
      this.stepping.seek(revived.position);
    }
    const s = this.stepping.current;
    if (this.opening !== undefined && s?.key !== this.opening) {
      // open() is still getting its document's run: the run event posts it
      this.post({ kind: 'busy', message: this.recording ? RECORDING_MESSAGE : 'Analysing the file\u2026' });
    } else if (s) {
      this.showDocument(s.uri);
      this.postRun(s);
    } else {
      this.post({ kind: 'busy', message: 'Open a Python file and step through it, or run "heapscope: Open Heap Panel".' });
    }
  }

  /** The stepping state for the panel's document, resuming stepping when it was stopped. */
  private async resume(): Promise<StepState | undefined> {
    const s = this.stepping.current;
    if (s && s.key === this.uri?.toString()) return s;
    const doc = this.uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri!.toString());
    if (!doc) {
      this.post({ kind: 'error', message: 'The file this panel shows was closed.' });
      return undefined;
    }
    return this.stepping.begin(doc);
  }

  private async revealLine(line: number): Promise<void> {
    const doc = this.uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri!.toString());
    if (!doc || line < 1 || line > doc.lineCount) return;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const range = doc.lineAt(line - 1).range;
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
      selection: new vscode.Range(range.start, range.start),
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async documentFor(file: string | null): Promise<vscode.TextDocument | undefined> {
    if (!file) return undefined;
    const open = vscode.workspace.textDocuments.find((d) => isAnalysable(d) && (filenameOf(d) === file || d.uri.toString() === file));
    if (open) return open;
    try {
      const uri = /^[a-z][\w+.-]*:/i.test(file) && !/^[a-z]:[\\/]/i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
      return await vscode.workspace.openTextDocument(uri);
    } catch {
      return undefined;
    }
  }

  private showDocument(uri: vscode.Uri): void {
    this.uri = uri;
    if (this.panel) this.panel.title = `heapscope: ${uri.path.split('/').pop() ?? 'heap'}`;
  }

  private postRun(s: StepState): void {
    const run: PanelRun = { file: s.stored.filename, version: s.stored.result.version, source: s.stored.source, result: s.stored.result, timeline: s.timeline };
    if (!this.post({ kind: 'run', run })) return;
    // a run clears the webview's snapshot
    this.snapshots.reset();
    this.stats.runsPosted++;
    this.postSnapshot(s);
  }

  private postSnapshot(s: StepState): void {
    if (!s.snapshot || s.snapshot.position !== s.position) return; // posted when it arrives
    if (!this.panel || !this.stats.ready) return;
    const m = this.snapshots.message(s.snapshot);
    if (!this.post(m)) return;
    this.stats.snapshotsPosted++;
    if (m.kind === 'snapshotDelta') this.stats.deltasPosted++;
    this.stats.lastSnapshotPosition = s.snapshot.position;
  }

  /** Posts to a loaded webview; false (nothing sent) before it is ready — `ready` resends everything. */
  private post(message: HostToPanel): boolean {
    if (!this.panel || !this.stats.ready) return false;
    void this.panel.webview.postMessage(message);
    return true;
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    this.panel?.dispose();
  }
}
