/** The commands in `contributes.commands`. Each returns something useful to callers (tests, other extensions). */
import * as vscode from 'vscode';
import { PYTHON_VERSIONS, type AnalysisResult, type PythonVersion } from '../src/protocol/analysis';
import { SECTION, updateTarget, type HeapscopeConfig } from './config';
import { isAnalysable, type AnalysisController } from './controller';
import type { HeapPanel } from './panel/panel';
import type { SteppingController } from './stepping';

/** Where stepping is, as the step commands report it. */
export interface StepInfo {
  uri: string;
  position: number;
  /** Line about to run at this position (0 at the start and the end). */
  line: number;
  /** Line events in the run: positions go 0..count + 1. */
  count: number;
}

/** The heapscope commands a hover's command link may run (its `isTrusted.enabledCommands`). */
export const HOVER_COMMANDS = ['heapscope.openPanel'] as const;

export function registerCommands(
  controller: AnalysisController,
  config: () => HeapscopeConfig,
  stepping: SteppingController,
  panel: HeapPanel,
): vscode.Disposable[] {
  /** The document a command acts on: its argument, else the active Python editor, else the stepped one. */
  const target = async (arg: unknown): Promise<vscode.TextDocument | undefined> => {
    const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' && arg ? vscode.Uri.parse(arg) : undefined;
    if (uri) {
      try {
        return await vscode.workspace.openTextDocument(uri);
      } catch {
        void vscode.window.showWarningMessage(`heapscope: cannot open ${uri.path.split('/').pop()}.`);
        return undefined;
      }
    }
    const active = vscode.window.activeTextEditor?.document;
    if (active && isAnalysable(active)) return active;
    const stepped = stepping.current;
    const doc = stepped && vscode.workspace.textDocuments.find((d) => d.uri.toString() === stepped.key);
    if (doc) return doc;
    void vscode.window.showInformationMessage('heapscope: open a Python file first.');
    return undefined;
  };

  const info = async (): Promise<StepInfo | undefined> => {
    const s = await stepping.settled();
    return s && { uri: s.key, position: s.position, line: s.snapshot?.position === s.position ? s.snapshot.line : 0, count: s.timeline.count };
  };

  /** A step command: runs `move` on the target document, answers where stepping is then. */
  const stepCommand = (id: string, move: (doc: vscode.TextDocument, arg: unknown[]) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, async (uri?: unknown, ...rest: unknown[]): Promise<StepInfo | undefined> => {
      const doc = await target(uri);
      if (!doc || !isAnalysable(doc)) return undefined;
      await move(doc, rest);
      return stepping.isStepping(doc.uri) ? info() : undefined;
    });

  return [
    vscode.commands.registerCommand('heapscope.analyze', async (uri?: vscode.Uri): Promise<AnalysisResult | undefined> => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc || !isAnalysable(doc)) {
        void vscode.window.showInformationMessage('heapscope: open a Python file to analyse it.');
        return undefined;
      }
      return (await controller.analyze(doc, 'command'))?.result;
    }),

    vscode.commands.registerCommand('heapscope.toggleAnnotations', async (): Promise<boolean> => {
      const enabled = !config().annotations.enabled;
      const settings = vscode.workspace.getConfiguration(SECTION);
      // Write where the effective value comes from, or a workspace value would keep winning.
      const target =
        settings.inspect<boolean>('annotations.enabled')?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await settings.update('annotations.enabled', enabled, target);
      return enabled;
    }),

    vscode.commands.registerCommand('heapscope.selectPythonVersion', async (version?: PythonVersion): Promise<PythonVersion | undefined> => {
      const current = config().pythonVersion;
      const picked =
        version && PYTHON_VERSIONS.includes(version)
          ? version
          : (
              await vscode.window.showQuickPick(
                PYTHON_VERSIONS.map((v) => ({ label: `Python ${v}`, description: v === current ? 'current' : undefined, version: v })),
                { title: 'heapscope: memory model of which CPython version?', placeHolder: `Python ${current}` },
              )
            )?.version;
      if (!picked || picked === current) return picked;
      await vscode.workspace.getConfiguration(SECTION).update('pythonVersion', picked, updateTarget());
      return picked;
    }),

    /** `heapscope.openPanel(uri?, line?)`: the panel on that file, at the first execution of `line` (1-based) when given. */
    vscode.commands.registerCommand('heapscope.openPanel', async (uri?: unknown, line?: unknown): Promise<boolean> => {
      const doc = await target(uri);
      if (!doc) return false;
      if (!isAnalysable(doc)) {
        void vscode.window.showInformationMessage('heapscope: the heap panel shows Python files.');
        return false;
      }
      const at = typeof line === 'number' && Number.isInteger(line) && line >= 1 ? line : undefined;
      return panel.open(doc, at);
    }),

    stepCommand('heapscope.stepForward', (doc) => stepping.step(doc, 1)),
    stepCommand('heapscope.stepBack', (doc) => stepping.step(doc, -1)),
    stepCommand('heapscope.stepFirst', (doc) => stepping.first(doc)),
    stepCommand('heapscope.stepLast', (doc) => stepping.last(doc)),
    /** `heapscope.stepToLine(uri?, line?)`: the next time `line` (default: the cursor's) runs. */
    stepCommand('heapscope.stepToLine', async (doc, [line]) => {
      const editor = vscode.window.activeTextEditor;
      const at = typeof line === 'number' ? line : editor?.document === doc ? editor.selection.active.line + 1 : undefined;
      if (at === undefined) {
        void vscode.window.showInformationMessage('heapscope: put the cursor on the line to step to.');
        return;
      }
      await stepping.toLine(doc, at);
    }),

    vscode.commands.registerCommand('heapscope.stopStepping', (): void => stepping.stop()),
  ];
}
