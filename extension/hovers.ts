/** Hover over an analysed line: the Markdown breakdown of its memory activity. */
import * as vscode from 'vscode';
import { hoverMarkdown } from './annotations/format';
import type { HeapscopeConfig } from './config';
import type { ResultStore } from './results';

export class LineHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: ResultStore,
    private readonly config: () => HeapscopeConfig,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.config().annotations.enabled) return undefined;
    const stored = this.store.get(doc.uri);
    if (!stored || stored.documentVersion !== doc.version) return undefined;
    const stats = stored.result.lines.find((s) => s.line === position.line + 1);
    if (!stats) return undefined;
    const md = new vscode.MarkdownString(hoverMarkdown(stats, stored.result));
    md.supportHtml = false;
    md.isTrusted = false;
    return new vscode.Hover(md, doc.lineAt(position.line).range);
  }
}
