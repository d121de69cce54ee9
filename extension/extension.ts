/** heapscope's VS Code entry point: wiring only. Everything it creates goes into `context.subscriptions`. */
import * as vscode from 'vscode';
import type { HeapscopeApi } from './api';
import { AnalyzeCodeLensProvider } from './codelens';
import { registerCommands } from './commands';
import { readConfig, SECTION } from './config';
import { AnalysisController } from './controller';
import { DiagnosticsSink } from './diagnostics';
import { LineHoverProvider } from './hovers';
import { AnnotationPainter } from './annotations/decorations';
import { ProgramOutput } from './output';
import { ResultStore } from './results';
import { HeapPanel } from './panel/panel';
import { HeapStatusBar } from './statusBar';
import { STEPPING_CONTEXT, SteppingController } from './stepping';
import { AnalysisHost } from './worker/host';

export function activate(context: vscode.ExtensionContext): HeapscopeApi {
  let config = readConfig();
  const currentConfig = () => config;
  const python: vscode.DocumentSelector = { language: 'python' };

  const output = new ProgramOutput();
  const host = new AnalysisHost({
    workerPath: context.asAbsolutePath('dist/worker.js'),
    onNotice: (message) => {
      output.note(message);
      void vscode.window.showWarningMessage(message);
    },
  });
  const store = new ResultStore();
  const statusBar = new HeapStatusBar(store, currentConfig);
  const diagnostics = new DiagnosticsSink(store);
  const codeLens = new AnalyzeCodeLensProvider(currentConfig);
  const controller = new AnalysisController(host, store, output, statusBar, currentConfig);
  const stepping = new SteppingController({
    host,
    store,
    analyze: (doc) => controller.analyze(doc, 'command', true),
    inform: (message) => void vscode.window.showInformationMessage(message),
  });
  const painter = new AnnotationPainter(store, stepping, currentConfig, context.extensionUri);
  const panel = new HeapPanel(context.extensionUri, stepping, host);
  controller.recordWhen((doc) => stepping.isStepping(doc.uri) || panel.shows(doc.uri));
  void vscode.commands.executeCommand('setContext', STEPPING_CONTEXT, false);
  context.subscriptions.push({ dispose: () => host.dispose() }, output, store, statusBar, diagnostics, codeLens, controller, stepping, painter, panel);

  context.subscriptions.push(
    ...registerCommands(controller, currentConfig, stepping, panel),
    vscode.languages.registerHoverProvider(python, new LineHoverProvider(store, currentConfig)),
    vscode.languages.registerCodeLensProvider(python, codeLens),
    vscode.workspace.onDidOpenTextDocument((doc) => controller.schedule(doc, 'open')),
    vscode.workspace.onDidSaveTextDocument((doc) => controller.schedule(doc, 'save')),
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && controller.schedule(e.document, 'edit')),
    vscode.workspace.onDidCloseTextDocument((doc) => controller.forget(doc)),
    vscode.window.onDidChangeActiveTextEditor((editor) => controller.onActiveEditor(editor)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      const before = config;
      config = readConfig();
      codeLens.refresh();
      statusBar.update();
      painter.repaintAll();
      if (before.pythonVersion !== config.pythonVersion || before.maxSteps !== config.maxSteps || before.timeoutMs !== config.timeoutMs) {
        controller.analyzeAllOpen('settings');
      }
    }),
  );

  // Files already open when the extension activated (activation is on opening a Python file).
  controller.analyzeAllOpen('open');

  return {
    lastResult: (uri) => store.get(uri),
    paintedLines: (uri) => [...painter.paintedLines(uri)].map(([line, p]) => ({ line, ...p })),
    paintState: (uri) => painter.paintState(uri),
    stepping: () => {
      const s = stepping.current;
      return s && { uri: s.key, position: s.position, count: s.timeline.count, line: s.snapshot?.position === s.position ? s.snapshot.line : undefined };
    },
    panel: () => panel.info,
    engine: () => host.engine,
    records: () => host.records,
    outputText: () => output.text(),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
