/**
 * Hover over an analysed line: the Markdown breakdown of its memory activity, and a command link
 * that opens the heap panel at the line's first execution (when the run can be recorded). The Markdown
 * is trusted for heapscope's own hover commands only.
 */
import * as vscode from 'vscode';
import { hoverMarkdown } from './annotations/format';
import { HOVER_COMMANDS } from './commands';
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
    let text = hoverMarkdown(stats, stored.result);
    if (stored.recordable && stats.execCount > 0) text += `\n\n${openPanelLink(doc.uri, stats.line)}`;
    const md = new vscode.MarkdownString(text);
    md.supportHtml = false;
    md.supportThemeIcons = true;
    md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    return new vscode.Hover(md, doc.lineAt(position.line).range);
  }
}

/** `[Open in heap panel](command:heapscope.openPanel?[uri, line])`: the panel at that line's first execution. */
export function openPanelLink(uri: vscode.Uri, line: number): string {
  const args = encodeURIComponent(JSON.stringify([uri.toString(), line]));
  return `[$(server-process) Open in heap panel](command:heapscope.openPanel?${args} "The heap at line ${line}'s first execution")`;
}
