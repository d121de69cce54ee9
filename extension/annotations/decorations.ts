/**
 * End-of-line annotations. One decoration type per kind, created once; each paint recomputes only
 * the options (ranges and text). Colours come from `contributes.colors` through `ThemeColor`.
 *
 * Paints every visible editor of a document from the store, on: a new result, an editor becoming
 * visible, a settings change. Nothing is painted for an outdated result when the editor's text has
 * changed since (the next run repaints); decorations already shown move with edits.
 */
import * as vscode from 'vscode';
import type { HeapscopeConfig } from '../config';
import type { ResultStore, StoredAnalysis } from '../results';
import { ANNOTATION_KINDS, annotationKind, annotationText, type AnnotationKind } from './format';

/** What was last painted on a document, per line (1-based): for the test API and the status bar. */
export type PaintedLines = ReadonlyMap<number, { kind: AnnotationKind; text: string }>;

export class AnnotationPainter implements vscode.Disposable {
  private readonly types: ReadonlyMap<AnnotationKind, vscode.TextEditorDecorationType>;
  private readonly painted = new Map<string, PaintedLines>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: ResultStore,
    private readonly config: () => HeapscopeConfig,
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
    this.subscriptions.push(
      store.onDidChange((uri) => this.paintDocument(uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paintEditor(e))),
    );
  }

  /** Last painted lines of a document (empty when nothing is painted). */
  paintedLines(uri: vscode.Uri): PaintedLines {
    return this.painted.get(uri.toString()) ?? new Map();
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
    if (!stored || !config.annotations.enabled) {
      this.clear(editor);
      return;
    }
    if (stored.documentVersion !== doc.version) return; // outdated: keep what is shown, wait for the next run
    const byKind = new Map<AnnotationKind, vscode.DecorationOptions[]>(ANNOTATION_KINDS.map((k) => [k, []]));
    const lines = new Map<number, { kind: AnnotationKind; text: string }>();
    for (const s of visibleStats(stored, doc)) {
      const kind = annotationKind(s);
      const text = annotationText(s, config.annotations.detail);
      const end = doc.lineAt(s.line - 1).range.end;
      byKind.get(kind)!.push({ range: new vscode.Range(end, end), renderOptions: { after: { contentText: text } } });
      lines.set(s.line, { kind, text });
    }
    for (const [kind, type] of this.types) editor.setDecorations(type, byKind.get(kind)!);
    this.painted.set(doc.uri.toString(), lines);
  }

  private clear(editor: vscode.TextEditor): void {
    for (const type of this.types.values()) editor.setDecorations(type, []);
    this.painted.delete(editor.document.uri.toString());
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    this.types.forEach((t) => t.dispose());
    this.painted.clear();
  }
}

function visibleStats(stored: StoredAnalysis, doc: vscode.TextDocument) {
  return stored.result.lines.filter((s) => s.line >= 1 && s.line <= doc.lineCount && s.execCount > 0);
}
