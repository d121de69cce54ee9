/**
 * When and what to analyse. Runs on open, save, an explicit command, settings changes, and, in live
 * mode, on edits (debounced by `liveDelayMs`). Every request bumps the document's sequence number;
 * after the `await` only the newest request for unchanged text is stored, so a stale result never
 * paints over newer text. An analysis asks the worker for the step-through recording only when it is
 * wanted (`recordWhen`: the document is stepped or shown in the heap panel, or the caller says so);
 * otherwise the run is recorded on the first query about it.
 */
import * as vscode from 'vscode';
import type { HeapscopeConfig } from './config';
import type { ProgramOutput } from './output';
import type { ResultStore, StoredAnalysis } from './results';
import type { HeapStatusBar } from './statusBar';
import type { AnalysisHost } from './worker/host';

export type Trigger = 'command' | 'open' | 'save' | 'edit' | 'settings';

/** Schemes whose documents are views of something else (diffs, output), never analysed. */
const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'comment', 'vscode-notebook-cell-output']);

export function isAnalysable(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'python' && !IGNORED_SCHEMES.has(doc.uri.scheme);
}

/** The path the engine shows in tracebacks and `__file__` (CPython shows the script's absolute path). */
export function filenameOf(doc: vscode.TextDocument): string {
  if (doc.uri.scheme === 'file') return doc.uri.fsPath;
  if (doc.uri.scheme === 'untitled') return doc.fileName;
  return doc.uri.path;
}

export class AnalysisController implements vscode.Disposable {
  private readonly seq = new Map<string, number>();
  private readonly debounce = new Map<string, NodeJS.Timeout>();
  private inFlight = 0;
  private recordWanted: (doc: vscode.TextDocument) => boolean = () => false;

  constructor(
    private readonly host: AnalysisHost,
    private readonly store: ResultStore,
    private readonly output: ProgramOutput,
    private readonly statusBar: HeapStatusBar,
    private readonly config: () => HeapscopeConfig,
  ) {}

  /** Analyse now (open, save, command, settings) or after the live-mode delay (edit). */
  schedule(doc: vscode.TextDocument, trigger: Trigger): void {
    if (!isAnalysable(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.debounce.get(key));
    this.debounce.delete(key);
    if (trigger === 'edit') {
      if (!this.config().liveMode) return;
      this.debounce.set(
        key,
        setTimeout(() => {
          this.debounce.delete(key);
          void this.analyze(doc, trigger);
        }, this.config().liveDelayMs),
      );
      return;
    }
    void this.analyze(doc, trigger);
  }

  /** Which documents' analyses are recorded with the run (the panel and stepping need the recording now). */
  recordWhen(wanted: (doc: vscode.TextDocument) => boolean): void {
    this.recordWanted = wanted;
  }

  /**
   * Runs the document, recording the run when `record` (default: `recordWhen`); resolves with what was
   * stored, or undefined if the run was outdated or failed.
   */
  async analyze(doc: vscode.TextDocument, trigger: Trigger, record = this.recordWanted(doc)): Promise<StoredAnalysis | undefined> {
    const key = doc.uri.toString();
    const seq = (this.seq.get(key) ?? 0) + 1;
    this.seq.set(key, seq);
    const documentVersion = doc.version;
    const config = this.config();
    const filename = filenameOf(doc);
    const source = doc.getText();
    this.setInFlight(+1);
    let outcome;
    try {
      outcome = await this.host.analyze({
        key,
        source,
        version: config.pythonVersion,
        filename,
        limits: { maxSteps: config.maxSteps, timeoutMs: config.timeoutMs },
        record,
      });
    } finally {
      this.setInFlight(-1);
    }
    // After the await: drop the result if a newer request exists or the text has changed since.
    if (this.seq.get(key) !== seq || doc.isClosed || doc.version !== documentVersion) return undefined;
    if (outcome.kind !== 'done') {
      if (outcome.kind === 'timeout') this.output.note(`heapscope: ${filename} did not finish within ${outcome.afterMs} ms.`);
      if (outcome.kind === 'failed') this.output.note(`heapscope: internal error while analysing ${filename}: ${outcome.message}`);
      return undefined;
    }
    const stored: StoredAnalysis = {
      uri: doc.uri,
      documentVersion,
      filename,
      result: outcome.result,
      source,
      runId: outcome.runId,
      timeline: outcome.timeline,
      recordable: outcome.recordable,
      at: Date.now(),
    };
    this.store.set(stored);
    // The channel follows the file in front of the user (and whatever they explicitly ran).
    if (trigger === 'command' || vscode.window.activeTextEditor?.document === doc) this.output.show(stored);
    if (trigger === 'command' && (outcome.result.stdout || outcome.result.stderr)) this.output.channel.show(true);
    return stored;
  }

  /** Shows the stored run of the document that became active in the Output channel. */
  onActiveEditor(editor: vscode.TextEditor | undefined): void {
    const stored = editor && this.store.get(editor.document.uri);
    if (stored && stored.documentVersion === editor.document.version) this.output.show(stored);
  }

  /** Re-runs every open Python document (e.g. after the version changed). */
  analyzeAllOpen(trigger: Trigger): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, trigger);
  }

  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.debounce.get(key));
    this.debounce.delete(key);
    this.seq.delete(key);
    this.host.cancel(key);
    this.store.delete(doc.uri);
  }

  private setInFlight(delta: number): void {
    this.inFlight += delta;
    this.statusBar.setRunning(this.inFlight > 0);
  }

  dispose(): void {
    this.debounce.forEach((t) => clearTimeout(t));
    this.debounce.clear();
  }
}
