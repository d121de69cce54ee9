/**
 * The newest analysis of each open document. The controller writes it; annotations, hovers,
 * diagnostics, the status bar and the Output channel read it (and listen for changes).
 */
import * as vscode from 'vscode';
import type { AnalysisResult } from '../src/protocol/analysis';
import type { TimelineView } from '../src/protocol/heap';

export interface StoredAnalysis {
  uri: vscode.Uri;
  /** `TextDocument.version` the analysed text had. */
  documentVersion: number;
  /** The filename the engine was given (shown in tracebacks). */
  filename: string;
  result: AnalysisResult;
  /** The analysed text (the heap panel shows it). */
  source: string;
  /** Names the run in the worker's recordings (`AnalysisHost.query`). */
  runId: number;
  /** The run's timeline when it was recorded with the analysis; null otherwise (see `recordable`). */
  timeline: TimelineView | null;
  /** Whether the run is recorded or the worker can record it when asked (else no stepping or panel). */
  recordable: boolean;
  /** When it arrived (Date.now()). */
  at: number;
}

export class ResultStore implements vscode.Disposable {
  private readonly byUri = new Map<string, StoredAnalysis>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the document's URI when its analysis is set or removed. */
  readonly onDidChange = this.changed.event;

  get(uri: vscode.Uri): StoredAnalysis | undefined {
    return this.byUri.get(uri.toString());
  }

  set(entry: StoredAnalysis): void {
    this.byUri.set(entry.uri.toString(), entry);
    this.changed.fire(entry.uri);
  }

  delete(uri: vscode.Uri): void {
    if (this.byUri.delete(uri.toString())) this.changed.fire(uri);
  }

  dispose(): void {
    this.byUri.clear();
    this.changed.dispose();
  }
}
