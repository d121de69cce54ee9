/** The commands in `contributes.commands`. Each returns something useful to callers (tests, other extensions). */
import * as vscode from 'vscode';
import { PYTHON_VERSIONS, type AnalysisResult, type PythonVersion } from '../src/protocol/analysis';
import { SECTION, updateTarget, type HeapscopeConfig } from './config';
import { isAnalysable, type AnalysisController } from './controller';

export function registerCommands(controller: AnalysisController, config: () => HeapscopeConfig): vscode.Disposable[] {
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

    vscode.commands.registerCommand('heapscope.openPanel', () => {
      void vscode.window.showInformationMessage('heapscope: the heap panel is not available yet.');
    }),
  ];
}
