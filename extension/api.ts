/**
 * What `activate()` returns: a small read-only view of the extension's state, used by the
 * real-VS-Code test suite (test/vscode) and available to other extensions.
 */
import type * as vscode from 'vscode';
import type { AnalysisResult } from '../src/protocol/analysis';
import type { TimelineView } from '../src/protocol/heap';
import type { AnnotationKind } from './annotations/format';
import type { PanelStats } from './panel/panel';

export interface PaintedLine {
  line: number;
  kind: AnnotationKind;
  text: string;
  /** The stepping position's current line. */
  current?: true;
  /** Gutter heat level (setting `heapscope.annotations.heatmap`): 3 for the heaviest allocators. */
  heat?: 1 | 2 | 3;
}

export interface SteppingInfo {
  uri: string;
  position: number;
  /** Line events of the run (positions 0..count + 1). */
  count: number;
  /** Line about to run at `position`, once its snapshot is in (0 at the start and the end). */
  line: number | undefined;
}

export interface HeapscopeApi {
  /** The newest stored analysis of a document, if any (`timeline`: the run was recorded with it). */
  lastResult(
    uri: vscode.Uri,
  ): { result: AnalysisResult; documentVersion: number; filename: string; at: number; timeline: TimelineView | null; recordable: boolean } | undefined;
  /** The annotations currently painted on a document's editors. */
  paintedLines(uri: vscode.Uri): PaintedLine[];
  /**
   * What the document's editors last showed: the highlighted current line (0: none), the stepping
   * position painted (undefined outside stepping), and when (Date.now()) it was painted.
   */
  paintState(uri: vscode.Uri): { highlight: number; position: number | undefined; at: number } | undefined;
  /** Where stepping is; undefined when not stepping. */
  stepping(): SteppingInfo | undefined;
  /** The heap panel's state and what was posted to it. */
  panel(): PanelStats;
  /** Which engine entry point the worker uses (`analyze` gives per-line stats); undefined before the first run. */
  engine(): 'analyze' | 'runSource' | undefined;
  /** Whether the engine records runs for stepping and the panel; undefined before the first run. */
  records(): boolean | undefined;
  /** What the "heapscope" Output channel currently holds. */
  outputText(): string;
}
