/** Status bar: the active profile and, after a run, live objects and bytes. Click to open the heap panel. */
import * as vscode from 'vscode';
import { formatBytes } from './annotations/format';
import type { HeapscopeConfig } from './config';
import type { AnalysisResult } from '../src/protocol/analysis';
import type { ResultStore } from './results';

export class HeapStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('heapscope.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  private running = false;

  constructor(
    private readonly store: ResultStore,
    private readonly config: () => HeapscopeConfig,
  ) {
    this.item.name = 'heapscope';
    this.item.command = 'heapscope.openPanel';
    this.subscriptions = [store.onDidChange(() => this.update()), vscode.window.onDidChangeActiveTextEditor(() => this.update())];
    this.update();
  }

  setRunning(running: boolean): void {
    this.running = running;
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'python') {
      this.item.hide();
      return;
    }
    const version = this.config().pythonVersion;
    const stored = this.store.get(editor.document.uri);
    const icon = this.running ? '$(sync~spin)' : '$(pulse)';
    if (stored && stored.result.version === version && hasMemoryStats(stored.result)) {
      const t = stored.result.totals;
      // gen-0 count against its threshold: how close the next automatic collection is
      const gc = t.gcCounts && t.gcThresholds ? ` · gc ${t.gcCounts[0]}/${t.gcThresholds[0]}` : '';
      this.item.text = `${icon} Py ${version} · ${t.liveObjects} obj · ${formatBytes(t.liveBytes)}${gc}`;
      this.item.tooltip = new vscode.MarkdownString(
        `**heapscope** · Python ${version}\n\nlive: ${t.liveObjects} objects, ${formatBytes(t.liveBytes)} · peak ${formatBytes(t.peakBytes)}` +
          ` · GC collections ${t.gcCollections}` +
          (t.gcCounts && t.gcThresholds ? ` · gc.get_count() ${t.gcCounts.join(', ')} of thresholds ${t.gcThresholds.join(', ')}` : '') +
          ` · ${t.steps} steps · ${stored.result.engineMs} ms\n\nClick to open the heap panel.`,
      );
    } else {
      this.item.text = `${icon} Py ${version}`;
      this.item.tooltip = `heapscope · Python ${version} memory model. Click to open the heap panel.`;
    }
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    this.item.dispose();
  }
}

/** Whether the engine measured memory (`analyze`); results built from `runSource` carry no totals. */
export function hasMemoryStats(result: AnalysisResult): boolean {
  return result.lines.length > 0 || result.totals.steps > 0;
}
