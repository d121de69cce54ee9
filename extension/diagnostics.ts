/**
 * The error that ended the program (syntax error, uncaught exception, limit) as a diagnostic, with
 * CPython's message and position. One collection; a document's entry is replaced on every result.
 */
import * as vscode from 'vscode';
import type { AnalysisError } from '../src/protocol/analysis';
import type { ResultStore } from './results';

export class DiagnosticsSink implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('heapscope');
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: ResultStore) {
    this.subscription = store.onDidChange((uri) => this.update(uri));
  }

  private update(uri: vscode.Uri): void {
    const stored = this.store.get(uri);
    const error = stored?.result.error;
    if (!stored || !error) {
      this.collection.delete(uri);
      return;
    }
    this.collection.set(uri, [toDiagnostic(error, stored.result.version)]);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

export function toDiagnostic(error: AnalysisError, version: string): vscode.Diagnostic {
  const start = new vscode.Position(Math.max(0, error.line - 1), Math.max(0, error.column));
  const endLine = Math.max(start.line, error.endLine - 1);
  const end = new vscode.Position(endLine, endLine === start.line ? Math.max(start.character + 1, error.endColumn) : Math.max(0, error.endColumn));
  const message = error.message ? `${error.type}: ${error.message}` : error.type;
  const severity = error.kind === 'limit' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error;
  const d = new vscode.Diagnostic(new vscode.Range(start, end), message, severity);
  d.source = `heapscope (Python ${version})`;
  d.code = error.kind;
  return d;
}
