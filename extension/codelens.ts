/** CodeLenses at the top of a Python file: "heapscope: analyze · Python 3.12" and "Open heap panel". */
import * as vscode from 'vscode';
import type { HeapscopeConfig } from './config';

export class AnalyzeCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly config: () => HeapscopeConfig) {}

  /** Call when the settings change (the title shows the version). */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const top = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(top, {
        title: `heapscope: analyze · Python ${this.config().pythonVersion}`,
        tooltip: 'Run this file on the heapscope memory model',
        command: 'heapscope.analyze',
        arguments: [doc.uri],
      }),
      new vscode.CodeLens(top, {
        title: 'Open heap panel',
        tooltip: "Step through this file's run and watch CPython's heap: arenas, pools, blocks, objects, the GC",
        command: 'heapscope.openPanel',
        arguments: [doc.uri],
      }),
    ];
  }

  dispose(): void {
    this.changed.dispose();
  }
}
