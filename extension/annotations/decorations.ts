/**
 * End-of-line annotations and the stepping highlight. One decoration type per kind, created once;
 * each paint recomputes only the options (ranges and text). Colours come from `contributes.colors`
 * through `ThemeColor`.
 *
 * Paints every visible editor of a document, on: a new result, an editor becoming visible, a
 * settings change, a stepping move. Outside stepping the annotations show the whole run's per-line
 * totals (`StoredAnalysis.result.lines`); while the document is stepped they show that position's
 * values: each line's totals so far (`Snapshot.linesSoFar`) and, on the highlighted current line,
 * what its execution at this step does (`Snapshot.current`). Nothing is painted for an outdated
 * result when the editor's text has changed since (the next run repaints); decorations already shown
 * move with edits.
 */
import * as vscode from 'vscode';
import type { HeapscopeConfig } from '../config';
import type { ResultStore, StoredAnalysis } from '../results';
import type { SteppingController, StepState } from '../stepping';
import { activityKind, activityText, ANNOTATION_KINDS, annotationKind, annotationText, heatLevels, statsSoFar, type AnnotationKind, type HeatLevel } from './format';

const HEAT_LEVELS: readonly HeatLevel[] = [1, 2, 3];

export interface PaintedLine {
  kind: AnnotationKind;
  text: string;
  /** The stepping position's current line. */
  current?: true;
  /** Gutter heat level (whole-run view with `annotations.heatmap` on). */
  heat?: HeatLevel;
}

/** What was last painted on a document, per line (1-based): for the test API and the status bar. */
export type PaintedLines = ReadonlyMap<number, PaintedLine>;

/** What a document's editors last showed: annotations, the highlighted line (0: none), when. */
interface Painted {
  lines: PaintedLines;
  highlight: number;
  /** The stepping position painted, or undefined outside stepping. */
  position: number | undefined;
  at: number;
}

export class AnnotationPainter implements vscode.Disposable {
  private readonly types: ReadonlyMap<AnnotationKind, vscode.TextEditorDecorationType>;
  private readonly highlight: vscode.TextEditorDecorationType;
  /** gutter heat marks, one decoration type per level */
  private readonly heat: ReadonlyMap<HeatLevel, vscode.TextEditorDecorationType>;
  private readonly painted = new Map<string, Painted>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: ResultStore,
    private readonly stepping: SteppingController,
    private readonly config: () => HeapscopeConfig,
    extensionUri: vscode.Uri,
  ) {
    this.types = new Map(
      ANNOTATION_KINDS.map((kind) => [
        kind,
        vscode.window.createTextEditorDecorationType({
          after: {
            color: new vscode.ThemeColor(`heapscope.annotation.${kind}Foreground`),
            margin: '0 0 0 2.5em',
            fontStyle: 'normal',
          },
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      ]),
    );
    this.highlight = vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('heapscope.stepping.currentLineBackground'),
      overviewRulerColor: new vscode.ThemeColor('heapscope.stepping.currentLineBackground'),
      overviewRulerLane: vscode.OverviewRulerLane.Full,
      light: { gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'step-light.svg'), gutterIconSize: 'contain' },
      dark: { gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'step-dark.svg'), gutterIconSize: 'contain' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this.heat = new Map(
      HEAT_LEVELS.map((level) => [
        level,
        vscode.window.createTextEditorDecorationType({
          gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', `heat-${level}.svg`),
          gutterIconSize: 'contain',
          overviewRulerColor: new vscode.ThemeColor('heapscope.heat.overviewRuler'),
          overviewRulerLane: vscode.OverviewRulerLane.Left,
        }),
      ]),
    );
    this.subscriptions.push(
      store.onDidChange((uri) => this.paintDocument(uri)),
      // A position move is painted when its snapshot arrives (the current line is known from it).
      stepping.onDidChange((e) => {
        if (e.kind === 'stop') this.paintDocument(e.uri);
        else if (e.kind !== 'position') this.paintDocument(e.state.uri);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paintEditor(e))),
    );
  }

  /** Last painted lines of a document (empty when nothing is painted). */
  paintedLines(uri: vscode.Uri): PaintedLines {
    return this.painted.get(uri.toString())?.lines ?? new Map();
  }

  /** The highlighted (current) line of a document, 0 when none; the stepping position painted; when. */
  paintState(uri: vscode.Uri): { highlight: number; position: number | undefined; at: number } | undefined {
    const p = this.painted.get(uri.toString());
    return p && { highlight: p.highlight, position: p.position, at: p.at };
  }

  repaintAll(): void {
    vscode.window.visibleTextEditors.forEach((e) => this.paintEditor(e));
  }

  paintDocument(uri: vscode.Uri): void {
    const key = uri.toString();
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === key) this.paintEditor(editor);
    }
    if (!this.store.get(uri)) this.painted.delete(key);
  }

  private paintEditor(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const stored = this.store.get(doc.uri);
    const config = this.config();
    const step = this.stepping.current;
    const stepped = step && step.key === doc.uri.toString() ? step : undefined;
    if (!stored || (!config.annotations.enabled && !stepped)) {
      this.clear(editor);
      return;
    }
    if (stored.documentVersion !== doc.version) return; // outdated: keep what is shown, wait for the next run
    if (stepped && stepped.runId === stored.runId) {
      // Until the position's snapshot is in, keep what is shown (a query takes milliseconds).
      if (stepped.snapshot?.position !== stepped.position) return;
      return this.paintStep(editor, stepped, config.annotations.enabled);
    }
    const byKind = this.emptyKinds();
    const lines = new Map<number, PaintedLine>();
    for (const s of visibleStats(stored, doc)) {
      const kind = annotationKind(s);
      const text = annotationText(s, config.annotations.detail);
      byKind.get(kind)!.push(endOfLine(doc, s.line, text));
      lines.set(s.line, { kind, text });
    }
    for (const [kind, type] of this.types) editor.setDecorations(type, byKind.get(kind)!);
    editor.setDecorations(this.highlight, []);
    const heat = config.annotations.heatmap ? heatLevels(visibleStats(stored, doc)) : new Map<number, HeatLevel>();
    for (const [level, type] of this.heat) {
      const ranges: vscode.Range[] = [];
      for (const [line, l] of heat) {
        if (l !== level) continue;
        ranges.push(doc.lineAt(line - 1).range);
        const painted = lines.get(line);
        if (painted) painted.heat = l;
      }
      editor.setDecorations(type, ranges);
    }
    this.painted.set(doc.uri.toString(), { lines, highlight: 0, position: undefined, at: Date.now() });
  }

  /** The stepping view: totals so far per line, the current line's activity, the highlight. */
  private paintStep(editor: vscode.TextEditor, step: StepState, annotations: boolean): void {
    const doc = editor.document;
    const snapshot = step.snapshot!;
    const current = snapshot.line >= 1 && snapshot.line <= doc.lineCount ? snapshot.line : 0;
    const byKind = this.emptyKinds();
    const lines = new Map<number, PaintedLine>();
    if (annotations) {
      for (const t of snapshot.linesSoFar) {
        if (t.line < 1 || t.line > doc.lineCount || t.execCount === 0 || t.line === current) continue;
        const s = statsSoFar(t);
        const kind = annotationKind(s);
        const text = annotationText(s, 'compact');
        byKind.get(kind)!.push(endOfLine(doc, t.line, text));
        lines.set(t.line, { kind, text });
      }
      if (current && snapshot.current && snapshot.current.line === current) {
        const kind = activityKind(snapshot.current);
        const text = activityText(snapshot.current);
        byKind.get(kind)!.push(endOfLine(doc, current, text));
        lines.set(current, { kind, text, current: true });
      }
    }
    for (const [kind, type] of this.types) editor.setDecorations(type, byKind.get(kind)!);
    editor.setDecorations(this.highlight, current ? [doc.lineAt(current - 1).range] : []);
    for (const type of this.heat.values()) editor.setDecorations(type, []); // the step marker owns the gutter
    const moved = this.painted.get(doc.uri.toString())?.position !== step.position;
    this.painted.set(doc.uri.toString(), { lines, highlight: current, position: step.position, at: Date.now() });
    // Follow the current line when the position moved (not on a mere repaint: the user may have scrolled away).
    if (current && moved) revealIfHidden(editor, current);
  }

  private emptyKinds(): Map<AnnotationKind, vscode.DecorationOptions[]> {
    return new Map(ANNOTATION_KINDS.map((k) => [k, []]));
  }

  private clear(editor: vscode.TextEditor): void {
    for (const type of this.types.values()) editor.setDecorations(type, []);
    editor.setDecorations(this.highlight, []);
    for (const type of this.heat.values()) editor.setDecorations(type, []);
    this.painted.delete(editor.document.uri.toString());
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    this.types.forEach((t) => t.dispose());
    this.highlight.dispose();
    this.heat.forEach((t) => t.dispose());
    this.painted.clear();
  }
}

function endOfLine(doc: vscode.TextDocument, line: number, text: string): vscode.DecorationOptions {
  const end = doc.lineAt(line - 1).range.end;
  return { range: new vscode.Range(end, end), renderOptions: { after: { contentText: text } } };
}

/** Scrolls the current line into view when it is off screen (as a debugger does), without moving the cursor. */
function revealIfHidden(editor: vscode.TextEditor, line: number): void {
  const range = new vscode.Range(line - 1, 0, line - 1, 0);
  if (!editor.visibleRanges.some((r) => r.contains(range))) editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function visibleStats(stored: StoredAnalysis, doc: vscode.TextDocument) {
  return stored.result.lines.filter((s) => s.line >= 1 && s.line <= doc.lineCount && s.execCount > 0);
}
