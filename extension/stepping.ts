/**
 * Stepping through a recorded run: which document, which run, which position. One document steps at
 * a time; the editor commands, the heap panel and the annotations all read and move this one state,
 * so the editor's highlight and the panel stay in sync both ways.
 *
 * Positions are the recording's (src/protocol/heap.ts): position p (1 ≤ p ≤ count) is the state just
 * before the p-th executed line runs, 0 the start, count + 1 the end. Moving the position is
 * immediate; its `Snapshot` is fetched from the worker afterwards, newest position wins (a burst of
 * key presses costs one query per settled position, not one per press).
 *
 * A run analysed without its recording (the document was neither stepped nor in the panel) is recorded
 * when stepping starts: the `timeline` query makes the worker record it, and the window's progress
 * (and the panel, through `onDidChangeRecording`) shows that meanwhile. While a document is stepped
 * its analyses are recorded with the run (`AnalysisController.recordWhen`).
 */
import * as vscode from 'vscode';
import type { Snapshot, StepKind, TimelineView } from '../src/protocol/heap';
import type { ResultStore, StoredAnalysis } from './results';
import type { AnalysisHost } from './worker/host';

export const STEPPING_CONTEXT = 'heapscope.stepping';

export interface StepState {
  readonly uri: vscode.Uri;
  readonly key: string;
  /** The run being stepped (`StoredAnalysis.runId`). */
  readonly runId: number;
  readonly stored: StoredAnalysis;
  readonly timeline: TimelineView;
  position: number;
  /** The snapshot of `position`, once it has arrived. */
  snapshot: Snapshot | undefined;
  /** Set when the snapshot of `position` could not be had (shown to the user once). */
  failedPosition: number | undefined;
}

/** What changed: a new run is being stepped, the position moved, its snapshot arrived, stepping stopped. */
export type StepEvent =
  | { kind: 'run'; state: StepState }
  | { kind: 'position'; state: StepState }
  | { kind: 'snapshot'; state: StepState }
  | { kind: 'stop'; uri: vscode.Uri };

export interface SteppingDeps {
  host: AnalysisHost;
  store: ResultStore;
  /** Re-analyses a document now, recording the run; resolves with what was stored (undefined when outdated or failed). */
  analyze: (doc: vscode.TextDocument) => Promise<StoredAnalysis | undefined>;
  /** Tells the user something (a friendly sentence, never a stack). */
  inform: (message: string) => void;
}

export class SteppingController implements vscode.Disposable {
  private state: StepState | undefined;
  private readonly changed = new vscode.EventEmitter<StepEvent>();
  readonly onDidChange = this.changed.event;
  private readonly recordingChanged = new vscode.EventEmitter<{ uri: vscode.Uri; recording: boolean }>();
  /** A run of that document is being recorded (`recording`), or no longer. */
  readonly onDidChangeRecording = this.recordingChanged.event;
  private readonly subscription: vscode.Disposable;
  private fetching = false;
  /** Runs whose recording was found missing, re-analysed once (never a loop). */
  private readonly recovering = new Set<number>();

  constructor(private readonly deps: SteppingDeps) {
    this.subscription = deps.store.onDidChange((uri) => this.onStored(uri));
  }

  get current(): StepState | undefined {
    return this.state;
  }

  /** Whether `uri` is the document being stepped. */
  isStepping(uri: vscode.Uri): boolean {
    return this.state?.key === uri.toString();
  }

  /**
   * Makes `doc` the stepped document, analysing it first when it has no up-to-date recorded run.
   * Resolves with the state (undefined, after telling the user why, when the run cannot be stepped).
   */
  async begin(doc: vscode.TextDocument): Promise<StepState | undefined> {
    const key = doc.uri.toString();
    if (this.state?.key === key && this.state.stored.documentVersion === doc.version) return this.state;
    let stored = this.deps.store.get(doc.uri);
    if (!stored || stored.documentVersion !== doc.version) stored = (await this.deps.analyze(doc)) ?? this.deps.store.get(doc.uri);
    if (!stored || stored.documentVersion !== doc.version) {
      this.deps.inform('heapscope: the file changed while it was being analysed; try again.');
      return undefined;
    }
    if (this.state?.key === key && this.state.runId === stored.runId) return this.state;
    const recorded = await this.recordingOf(stored);
    if (!recorded) return undefined;
    // Meanwhile that run may have been bound (onStored), or a newer one stored: step the newest.
    if (this.state?.key === key && this.state.runId === recorded.stored.runId) return this.state;
    if (this.deps.store.get(doc.uri) !== recorded.stored || recorded.stored.documentVersion !== doc.version) return this.begin(doc);
    return this.bind(recorded.stored, recorded.timeline, this.state?.key === key ? this.state.position : undefined);
  }

  /** Moves to `position` (clamped to the recorded window) of the stepped run. */
  seek(position: number): void {
    const s = this.state;
    if (!s) return;
    const { first, last } = s.timeline.window;
    const clamped = Math.min(last, Math.max(first, Math.round(position)));
    if (clamped === s.position) return;
    s.position = clamped;
    s.snapshot = undefined;
    s.failedPosition = undefined;
    this.changed.fire({ kind: 'position', state: s });
    void this.pumpSnapshot();
  }

  /** One line event forward or back; starts at the first line (forward) or the last one (back). */
  async step(doc: vscode.TextDocument, dir: 1 | -1): Promise<StepState | undefined> {
    const fresh = !this.isStepping(doc.uri);
    const s = await this.begin(doc);
    if (!s) return undefined;
    if (fresh) this.seek(dir === 1 ? this.firstLine(s) : s.timeline.count);
    else this.seek(s.position + dir);
    return s;
  }

  async first(doc: vscode.TextDocument): Promise<StepState | undefined> {
    const s = await this.begin(doc);
    if (s) this.seek(this.firstLine(s));
    return s;
  }

  async last(doc: vscode.TextDocument): Promise<StepState | undefined> {
    const s = await this.begin(doc);
    if (s) this.seek(s.timeline.window.last);
    return s;
  }

  /**
   * The next time `line` (1-based) runs after the current position (from the start when not yet
   * stepping). Resolves with the position, or undefined (after telling the user) when it does not.
   */
  async toLine(doc: vscode.TextDocument, line: number, from?: number): Promise<number | undefined> {
    const fresh = !this.isStepping(doc.uri);
    const s = await this.begin(doc);
    if (!s) return undefined;
    const start = from ?? (fresh ? 0 : s.position);
    const found = await this.ask({ kind: 'findLine', key: s.key, runId: s.runId, from: start, line, dir: 1 });
    if (found === undefined) return undefined;
    if (found === null) {
      const ever = start > 0 ? await this.ask({ kind: 'findLine', key: s.key, runId: s.runId, from: 0, line, dir: 1 }) : null;
      this.deps.inform(
        ever === null
          ? `heapscope: line ${line} never runs${s.timeline.window.truncated ? ' in the recorded part of the run' : ''}.`
          : `heapscope: line ${line} does not run again after this step.`,
      );
      return undefined;
    }
    this.seek(found);
    return found;
  }

  /**
   * The next / previous position with an allocation, a free or a collection (the panel's "step to
   * next …"). `quiet`: the caller tells the user when there is none (the panel shows it in place).
   */
  async find(what: StepKind, dir: 1 | -1, from?: number, quiet = false): Promise<number | undefined> {
    const s = this.state;
    if (!s) return undefined;
    const found = await this.ask({ kind: 'find', key: s.key, runId: s.runId, from: from ?? s.position, what, dir });
    if (found === undefined || this.state !== s) return undefined;
    if (found === null) {
      if (quiet) return undefined;
      const label = what === 'gc' ? 'collection' : what === 'alloc' ? 'allocation' : what === 'free' ? 'free' : 'line';
      this.deps.inform(`heapscope: no ${label} ${dir === 1 ? 'after' : 'before'} this step.`);
      return undefined;
    }
    this.seek(found);
    return found;
  }

  stop(): void {
    const s = this.state;
    if (!s) return;
    this.state = undefined;
    void vscode.commands.executeCommand('setContext', STEPPING_CONTEXT, false);
    this.changed.fire({ kind: 'stop', uri: s.uri });
  }

  /** Waits until the snapshot of the current position is in (or could not be had); for commands and tests. */
  async settled(timeoutMs = 20_000): Promise<StepState | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const s = this.state;
      if (!s || s.snapshot?.position === s.position || s.failedPosition === s.position || Date.now() > deadline) return s;
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private firstLine(s: StepState): number {
    const { first, last } = s.timeline.window;
    return s.timeline.count > 0 ? Math.min(last, Math.max(first, 1)) : first;
  }

  /**
   * The run's recording: its timeline when it was recorded with the analysis, else asked of the worker,
   * which records the run first. When the worker no longer knows the run (restarted, or forgotten for
   * other documents), the document is analysed again with the recording. Undefined, after telling the
   * user why, when there is none.
   */
  private async recordingOf(stored: StoredAnalysis): Promise<{ stored: StoredAnalysis; timeline: TimelineView } | undefined> {
    if (stored.timeline) return { stored, timeline: stored.timeline };
    const unrecorded =
      this.deps.host.records === false
        ? 'heapscope: this engine build cannot record runs, so there is nothing to step through.'
        : 'heapscope: this run could not be recorded for stepping (see the heapscope Output channel).';
    if (!stored.recordable) {
      this.deps.inform(unrecorded);
      return undefined;
    }
    const key = stored.uri.toString();
    const outcome = await this.recording(stored.uri, () => this.deps.host.query({ kind: 'timeline', key, runId: stored.runId }));
    if (outcome.kind === 'answer') {
      if (outcome.answer) return { stored, timeline: outcome.answer };
      this.deps.inform(unrecorded);
      return undefined;
    }
    if (outcome.kind === 'noSession') {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      const fresh = doc && (await this.recording(stored.uri, () => this.deps.analyze(doc)));
      if (fresh?.timeline) return { stored: fresh, timeline: fresh.timeline };
      this.deps.inform(fresh ? unrecorded : 'heapscope: the file changed while it was being analysed; try again.');
      return undefined;
    }
    if (outcome.kind === 'timeout') this.deps.inform(`heapscope: recording the run took more than ${outcome.afterMs} ms.`);
    else this.deps.inform(`heapscope: could not record the run: ${outcome.message}`);
    return undefined;
  }

  /** Runs `work` (which records a run of `uri`) with the window's progress and `onDidChangeRecording` showing it. */
  private async recording<T>(uri: vscode.Uri, work: () => Promise<T>): Promise<T> {
    this.recordingChanged.fire({ uri, recording: true });
    try {
      return await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'heapscope: recording the run to step through it' }, work);
    } finally {
      this.recordingChanged.fire({ uri, recording: false });
    }
  }

  private bind(stored: StoredAnalysis, timeline: TimelineView, keepPosition: number | undefined): StepState {
    const { first, last } = timeline.window;
    const state: StepState = {
      uri: stored.uri,
      key: stored.uri.toString(),
      runId: stored.runId,
      stored,
      timeline,
      position: Math.min(last, Math.max(first, keepPosition ?? first)),
      snapshot: undefined,
      failedPosition: undefined,
    };
    const previous = this.state;
    this.state = state;
    if (previous && previous.key !== state.key) this.changed.fire({ kind: 'stop', uri: previous.uri });
    void vscode.commands.executeCommand('setContext', STEPPING_CONTEXT, true);
    this.changed.fire({ kind: 'run', state });
    void this.pumpSnapshot();
    return state;
  }

  /** A new analysis of the stepped document: step the new run at the same position (clamped). */
  private onStored(uri: vscode.Uri): void {
    const s = this.state;
    if (!s || s.key !== uri.toString()) return;
    const stored = this.deps.store.get(uri);
    if (!stored) return this.stop(); // closed
    if (stored.runId === s.runId) return;
    if (stored.timeline) {
      this.bind(stored, stored.timeline, s.position);
      return;
    }
    if (!stored.recordable) {
      this.stop();
      this.deps.inform('heapscope: the new run could not be recorded, so stepping stopped.');
      return;
    }
    // Analysed without the recording (it was asked for before stepping began): record it now.
    void this.follow(stored);
  }

  /** Steps `stored`, the stepped document's newest run, once it is recorded; stops stepping when it cannot be. */
  private async follow(stored: StoredAnalysis): Promise<void> {
    const recorded = await this.recordingOf(stored);
    const s = this.state;
    if (!s || s.key !== stored.uri.toString() || this.deps.store.get(stored.uri) !== (recorded?.stored ?? stored)) return; // moved on meanwhile
    if (!recorded) return this.stop();
    if (s.runId !== recorded.stored.runId) this.bind(recorded.stored, recorded.timeline, s.position);
  }

  /** Fetches the snapshot of the current position until it is in; one query at a time. */
  private async pumpSnapshot(): Promise<void> {
    if (this.fetching) return;
    this.fetching = true;
    try {
      for (;;) {
        const s = this.state;
        if (!s || s.snapshot?.position === s.position || s.failedPosition === s.position) return;
        const position = s.position;
        const outcome = await this.deps.host.query({ kind: 'snapshot', key: s.key, runId: s.runId, position });
        if (this.state !== s) continue; // another run is being stepped now
        if (outcome.kind === 'answer') {
          if (s.position !== position) continue; // moved on meanwhile: fetch the newer one
          s.snapshot = outcome.answer;
          this.changed.fire({ kind: 'snapshot', state: s });
          continue;
        }
        s.failedPosition = position;
        if (outcome.kind === 'noSession') this.recover(s);
        else if (outcome.kind === 'timeout') this.deps.inform(`heapscope: the engine took more than ${outcome.afterMs} ms to reach this step.`);
        else this.deps.inform(`heapscope: could not show this step: ${outcome.message}`);
        return;
      }
    } finally {
      this.fetching = false;
    }
  }

  /** The worker lost the recording (restarted, or evicted for other documents): record the run again. */
  private recover(s: StepState): void {
    if (this.recovering.has(s.runId)) {
      this.deps.inform('heapscope: the recording of this run is no longer available; run the analysis again.');
      return;
    }
    this.recovering.add(s.runId);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === s.key);
    if (doc) void this.deps.analyze(doc); // the new result rebinds at the same position (onStored)
  }

  /** A find / findLine answer; undefined after telling the user when there is none to be had. */
  private async ask(request: Parameters<AnalysisHost['query']>[0] & { kind: 'find' | 'findLine' }): Promise<number | null | undefined> {
    const outcome = await this.deps.host.query(request);
    if (outcome.kind === 'answer') return outcome.answer as number | null;
    if (outcome.kind === 'noSession') {
      if (this.state) this.recover(this.state);
      else this.deps.inform('heapscope: the recording of this run is no longer available; run the analysis again.');
    } else if (outcome.kind === 'timeout') this.deps.inform(`heapscope: the engine did not answer within ${outcome.afterMs} ms.`);
    else this.deps.inform(`heapscope: could not search the run: ${outcome.message}`);
    return undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
    this.recordingChanged.dispose();
  }
}
