/**
 * What `activate()` returns: a small read-only view of the extension's state, used by the
 * real-VS-Code test suite (test/vscode) and available to other extensions.
 */
import type * as vscode from 'vscode';
import type { AnalysisResult } from '../src/protocol/analysis';
import type { AnnotationKind } from './annotations/format';

export interface PaintedLine {
  line: number;
  kind: AnnotationKind;
  text: string;
}

export interface HeapscopeApi {
  /** The newest stored analysis of a document, if any. */
  lastResult(uri: vscode.Uri): { result: AnalysisResult; documentVersion: number; filename: string } | undefined;
  /** The annotations currently painted on a document's editors. */
  paintedLines(uri: vscode.Uri): PaintedLine[];
  /** Which engine entry point the worker uses (`analyze` gives per-line stats); undefined before the first run. */
  engine(): 'analyze' | 'runSource' | undefined;
  /** What the "heapscope" Output channel currently holds. */
  outputText(): string;
}
