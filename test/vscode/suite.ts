/**
 * heapscope inside a real VS Code. The @vscode/test-electron contract: a CommonJS module exporting
 * `run(): Promise<void>`, loaded into the extension host with the real `vscode` API. Bundled by
 * scripts/vscode-test/bundle.mjs to out/vscode-test/suite.js and driven two ways:
 *   - scripts/vscode-test/run.mjs: code-server + headless Chromium (here and in CI);
 *   - scripts/vscode-test/electron.mjs: desktop VS Code via @vscode/test-electron (needs internet).
 *
 * Each check records passed / failed / skipped with a line saying what it verified. The suite tests
 * the extension, not the interpreter: a check that needs the engine to run Python skips (saying why)
 * when the engine cannot run a two-line probe program yet, and the example programs skip with an
 * "engine gap" note when they do not run to completion. HEAPSCOPE_VSCODE_STRICT_ENGINE=1 turns those
 * skips into failures. The report is written as JSON after every check, to $HEAPSCOPE_VSCODE_REPORT.
 *
 * Before finishing, the suite leaves hello_memory.py open and, when a driver is watching
 * ($HEAPSCOPE_VSCODE_UI_HANDSHAKE), waits for it to inspect and photograph the workbench.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { HeapscopeApi } from '../../extension/api';
import type { AnalysisResult } from '../../src/protocol/analysis';
import { annotationText, formatBytes } from '../../extension/annotations/format';
import { syntheticLines } from './synthetic-lines';

type Status = 'passed' | 'failed' | 'skipped';
interface CheckReport {
  name: string;
  status: Status;
  ms: number;
  detail: string;
}
export interface SuiteReport {
  done: boolean;
  vscodeVersion: string;
  startedAt: string;
  checks: CheckReport[];
  /** Set while the suite waits for the driver's UI inspection. */
  uiReady?: { file: string; expect: { codeLens: string; statusBar: string; annotations: string[] } };
}

const EXTENSION_ID = 'heapscope.heapscope';
const COMMANDS = ['heapscope.analyze', 'heapscope.toggleAnnotations', 'heapscope.selectPythonVersion', 'heapscope.openPanel'];
const CHECK_TIMEOUT_MS = 30_000;
const STRICT_ENGINE = process.env.HEAPSCOPE_VSCODE_STRICT_ENGINE === '1';
const PROBE_SOURCE = 'print("hello from heapscope")\nprint(6 * 7)\n';
const PROBE_STDOUT = 'hello from heapscope\n42\n';
const EXAMPLES = ['hello_memory.py', 'linked_list.py', 'object_graph.py', 'word_count.py'];

class Skip extends Error {}

const reportPath = process.env.HEAPSCOPE_VSCODE_REPORT ?? path.join(__dirname, 'report.json');
const report: SuiteReport = { done: false, vscodeVersion: vscode.version, startedAt: new Date().toISOString(), checks: [] };

function save(): void {
  fs.mkdirSync(path.dirname(reportPath), { recursive: true });
  fs.writeFileSync(reportPath + '.tmp', JSON.stringify(report, null, 2));
  fs.renameSync(reportPath + '.tmp', reportPath);
}

function log(line: string): void {
  console.log(`[heapscope vscode suite] ${line}`);
}

async function check(name: string, body: () => Promise<string>): Promise<void> {
  const started = Date.now();
  let status: Status = 'passed';
  let detail: string;
  let timer: NodeJS.Timeout | undefined;
  try {
    detail = await Promise.race([
      body(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
  } catch (err) {
    status = err instanceof Skip ? 'skipped' : 'failed';
    detail = err instanceof Error ? err.message : String(err);
  } finally {
    clearTimeout(timer);
  }
  report.checks.push({ name, status, ms: Date.now() - started, detail });
  log(`${status.toUpperCase()} ${name}: ${detail}`);
  save();
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Set by the probe check: whether the engine runs simple Python (print, arithmetic). */
let engineGap: string | undefined = 'the probe did not run';

/** Skips a check that needs the engine to run Python when it cannot (unless strict). */
function needEngine(what: string): void {
  if (engineGap && !STRICT_ENGINE) throw new Skip(`${what}; engine cannot run the probe yet: ${engineGap}`);
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() ?? '';
}

export async function run(): Promise<void> {
  save();
  if (process.env.HEAPSCOPE_ENGINE_OVERRIDE) return runSynthetic();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert(folder, 'the test workspace has no folder');
  const helloUri = vscode.Uri.joinPath(folder, 'hello_memory.py');
  let api: HeapscopeApi | undefined;
  let hello: vscode.TextDocument | undefined;
  let helloResult: AnalysisResult | undefined;
  const config = () => vscode.workspace.getConfiguration('heapscope');
  const needApi = () => {
    if (!api) throw new Error('extension API unavailable (activation failed)');
    return api;
  };

  await check('activates on opening a Python file', async () => {
    const ext = vscode.extensions.getExtension<HeapscopeApi>(EXTENSION_ID);
    assert(ext, `extension ${EXTENSION_ID} is not installed`);
    assert(!ext.isActive, 'extension was active before any Python file was opened (activation events too broad?)');
    hello = await vscode.workspace.openTextDocument(helloUri);
    await vscode.window.showTextDocument(hello);
    assert(hello.languageId === 'python', `hello_memory.py has language ${hello.languageId}`);
    await waitFor('activation', () => ext.isActive);
    api = ext.exports;
    assert(typeof api?.lastResult === 'function', 'activate() did not return the heapscope API');
    return `${EXTENSION_ID} ${ext.packageJSON.version} activated by onLanguage:python`;
  });

  await check('registers its commands', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    const missing = COMMANDS.filter((c) => !all.has(c));
    assert(missing.length === 0, `missing commands: ${missing.join(', ')}`);
    return COMMANDS.join(', ');
  });

  await check('analyses the file on open', async () => {
    const a = needApi();
    const stored = await waitFor('the on-open analysis', () => a.lastResult(helloUri));
    assert(stored.result.version === '3.12', `default version is ${stored.result.version}, expected 3.12`);
    assert(stored.documentVersion === hello!.version, 'stored result is for another text version');
    return `exit ${stored.result.exitCode}, engine entry ${a.engine()}, ${stored.result.engineMs} ms`;
  });

  await check('heapscope.analyze returns an AnalysisResult', async () => {
    const result = await vscode.commands.executeCommand<AnalysisResult | undefined>('heapscope.analyze', helloUri);
    assert(result, 'heapscope.analyze returned nothing');
    helloResult = result;
    assert(result.version === '3.12', `version ${result.version}`);
    assert(typeof result.stdout === 'string' && typeof result.stderr === 'string' && typeof result.exitCode === 'number', 'no output fields');
    assert(Array.isArray(result.lines) && typeof result.totals?.liveObjects === 'number', 'no lines/totals');
    return `hello_memory.py: exit ${result.exitCode}, ${result.lines.length} lines with stats${result.exitCode ? `, stderr "${lastLine(result.stderr)}"` : ''}`;
  });

  await check('engine probe: a two-line program runs', async () => {
    const uri = vscode.Uri.joinPath(folder, 'probe.py');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(PROBE_SOURCE));
    const result = await vscode.commands.executeCommand<AnalysisResult | undefined>('heapscope.analyze', uri);
    assert(result, 'heapscope.analyze returned nothing for probe.py');
    if (result.stdout === PROBE_STDOUT && result.exitCode === 0) {
      engineGap = undefined;
      return 'stdout "hello from heapscope\\n42\\n", exit 0';
    }
    engineGap = `exit ${result.exitCode}, stdout ${JSON.stringify(result.stdout.slice(0, 80))}, stderr "${lastLine(result.stderr)}"`;
    if (STRICT_ENGINE) throw new Error(engineGap);
    throw new Skip(engineGap);
  });

  await check('Output channel shows the program output', async () => {
    const a = needApi();
    const text = a.outputText();
    assert(text.includes('probe.py · Python 3.12'), `no run header in the Output channel: ${JSON.stringify(text.slice(0, 200))}`);
    needEngine('header present');
    assert(text.includes(PROBE_STDOUT), `the program's stdout is not in the Output channel: ${JSON.stringify(text.slice(0, 300))}`);
    return 'header "probe.py · Python 3.12 · exit 0" and the stdout';
  });

  for (const name of EXAMPLES) {
    await check(`example ${name} runs to completion`, async () => {
      const uri = vscode.Uri.joinPath(folder, name);
      const result = await vscode.commands.executeCommand<AnalysisResult | undefined>('heapscope.analyze', uri);
      assert(result, `heapscope.analyze returned nothing for ${name}`);
      if (result.exitCode !== 0) {
        const gap = `engine gap: exit ${result.exitCode}, "${lastLine(result.stderr)}"`;
        if (STRICT_ENGINE) throw new Error(gap);
        throw new Skip(gap);
      }
      if (name === 'hello_memory.py') {
        assert(result.stdout.startsWith('hello, memory\ntotal: 45\n'), `stdout ${JSON.stringify(result.stdout.slice(0, 120))}`);
        helloResult = result;
      }
      return `exit 0, ${result.stdout.split('\n').length - 1} lines of output, ${result.lines.length} lines with stats`;
    });
  }

  await check('CodeLens "heapscope: analyze · Python 3.12" at the top', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', helloUri);
    const ours = lenses.find((l) => l.command?.command === 'heapscope.analyze');
    assert(ours, `no heapscope lens among ${lenses.length}`);
    assert(ours.range.start.line === 0, `lens on line ${ours.range.start.line + 1}`);
    assert(ours.command?.title === 'heapscope: analyze · Python 3.12', `lens title ${ours.command?.title}`);
    return ours.command.title;
  });

  await check('annotations and hovers for executed lines', async () => {
    const a = needApi();
    assert(helloResult, 'no result from heapscope.analyze');
    if (helloResult.lines.length === 0) {
      assert(a.engine() !== 'analyze', 'the engine exports analyze but returned no per-line stats for hello_memory.py');
      assert(a.paintedLines(helloUri).length === 0, 'annotations painted without per-line stats');
      throw new Skip(`engine entry is ${a.engine()}: no per-line stats yet, so no annotations (verified none are painted)`);
    }
    const painted = await waitFor('annotations', () => a.paintedLines(helloUri).length > 0 && a.paintedLines(helloUri));
    const executed = helloResult.lines.filter((l) => l.execCount > 0);
    assert(painted.length === executed.length, `${painted.length} annotations for ${executed.length} executed lines`);
    assert(painted.every((p) => p.text.startsWith('▸ ')), `annotation text: ${painted[0]?.text}`);
    const allocating = executed.find((l) => l.allocObjects > 0);
    assert(allocating, 'no line of hello_memory.py allocated anything');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      helloUri,
      new vscode.Position(allocating.line - 1, 0),
    );
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert(md.includes('**heapscope**'), `no heapscope hover on line ${allocating.line}: ${md.slice(0, 200)}`);
    return `${painted.length} annotations, e.g. line ${painted[0].line}: "${painted[0].text}"; hover on line ${allocating.line}`;
  });

  await check('diagnostic for a syntax error', async () => {
    const uri = vscode.Uri.joinPath(folder, 'broken_syntax.py');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('values = [1, 2, 3]\nfor v in values\n    print(v)\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const a = needApi();
    const stored = await waitFor('the analysis of broken_syntax.py', () => a.lastResult(uri));
    if (!stored.result.error) needEngine(`no error reported (exit ${stored.result.exitCode}, "${lastLine(stored.result.stderr)}")`);
    const diags = await waitFor('a heapscope diagnostic', () => {
      const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source?.startsWith('heapscope'));
      return d.length > 0 && d;
    });
    const d = diags[0];
    assert(d.message.startsWith('SyntaxError: '), `message: ${d.message}`);
    assert(d.range.start.line === 1, `diagnostic on line ${d.range.start.line + 1}, expected 2`);
    assert(d.severity === vscode.DiagnosticSeverity.Error, `severity ${d.severity}`);
    return `line ${d.range.start.line + 1}:${d.range.start.character + 1} "${d.message}" (${d.source})`;
  });

  await check('diagnostic for an uncaught exception', async () => {
    const uri = vscode.Uri.joinPath(folder, 'broken_runtime.py');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('def ratio(a, b):\n    return a / b\n\nprint(ratio(1, 0))\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const a = needApi();
    const stored = await waitFor('the analysis of broken_runtime.py', () => a.lastResult(uri));
    if (stored.result.error?.type !== 'ZeroDivisionError') needEngine(`no ZeroDivisionError reported ("${lastLine(stored.result.stderr)}")`);
    const d = await waitFor('a heapscope diagnostic', () => vscode.languages.getDiagnostics(uri).find((x) => x.source?.startsWith('heapscope')));
    assert(d.message === 'ZeroDivisionError: division by zero', `message: ${d.message}`);
    assert(d.range.start.line === 1, `diagnostic on line ${d.range.start.line + 1}, expected 2`);
    assert(a.outputText().includes('Traceback (most recent call last):'), 'no traceback in the Output channel');
    return `line ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.character + 1} "${d.message}"; traceback in Output`;
  });

  await check('fixing the file clears its diagnostic', async () => {
    const uri = vscode.Uri.joinPath(folder, 'broken_runtime.py');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    await editor.edit((e) => e.replace(new vscode.Range(3, 0, 3, doc.lineAt(3).text.length), 'print(ratio(1, 4))'));
    await doc.save();
    const a = needApi();
    const stored = await waitFor('the analysis after save', () => {
      const s = a.lastResult(uri);
      return s && s.documentVersion === doc.version && s;
    });
    needEngine('re-analysed on save');
    await waitFor('the diagnostic to clear', () => vscode.languages.getDiagnostics(uri).every((x) => !x.source?.startsWith('heapscope')));
    return `save re-analysed (exit ${stored.result.exitCode}) and cleared the diagnostic`;
  });

  await check('heapscope.pythonVersion change re-analyses with the new profile', async () => {
    const a = needApi();
    await vscode.window.showTextDocument(hello!, { preview: false });
    await config().update('pythonVersion', '3.13', vscode.ConfigurationTarget.Workspace);
    try {
      const stored = await waitFor('a 3.13 result', () => {
        const s = a.lastResult(helloUri);
        return s?.result.version === '3.13' && s;
      });
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', helloUri);
      const title = lenses.find((l) => l.command?.command === 'heapscope.analyze')?.command?.title;
      assert(title === 'heapscope: analyze · Python 3.13', `lens title ${title}`);
      const picked = await vscode.commands.executeCommand<string>('heapscope.selectPythonVersion', '3.11');
      assert(picked === '3.11', `selectPythonVersion returned ${picked}`);
      assert(config().get('pythonVersion') === '3.11', `setting is ${config().get('pythonVersion')} after selectPythonVersion`);
      await waitFor('a 3.11 result', () => a.lastResult(helloUri)?.result.version === '3.11');
      return `3.13 then 3.11 picked up (result ${stored.result.version}, lens "${title}")`;
    } finally {
      await config().update('pythonVersion', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor('the 3.12 result again', () => a.lastResult(helloUri)?.result.version === '3.12');
    }
  });

  await check('live mode re-analyses on edit (debounced)', async () => {
    const a = needApi();
    const uri = vscode.Uri.joinPath(folder, 'live_edit.py');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('items = [1, 2, 3]\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor('the on-open analysis', () => a.lastResult(uri));
    await config().update('liveMode', true, vscode.ConfigurationTarget.Workspace);
    await config().update('liveDelayMs', 100, vscode.ConfigurationTarget.Workspace);
    try {
      for (let i = 0; i < 5; i++) await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount, 0), `print(len(items) + ${i})\n`));
      const stored = await waitFor('a result for the edited text', () => {
        const s = a.lastResult(uri);
        return s?.documentVersion === doc.version && s;
      });
      needEngine('live run happened for the newest text');
      assert(stored.result.stdout === '3\n4\n5\n6\n7\n', `stdout ${JSON.stringify(stored.result.stdout)}`);
      return 'five quick edits, one result for the newest text, stdout 3..7';
    } finally {
      await config().update('liveMode', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('liveDelayMs', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  await check('heapscope.toggleAnnotations flips the setting', async () => {
    const first = await vscode.commands.executeCommand<boolean>('heapscope.toggleAnnotations');
    assert(first === false && config().get('annotations.enabled') === false, `after one toggle: ${first}`);
    assert(needApi().paintedLines(helloUri).length === 0, 'annotations still painted while disabled');
    const second = await vscode.commands.executeCommand<boolean>('heapscope.toggleAnnotations');
    assert(second === true, `after two toggles: ${second}`);
    await config().update('annotations.enabled', undefined, vscode.ConfigurationTarget.Global);
    return 'off (nothing painted), then on again';
  });

  await check('heapscope.openPanel answers without a panel', async () => {
    await vscode.commands.executeCommand('heapscope.openPanel');
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
    assert(tabs.length === 0, 'a webview was opened');
    return 'information message, no webview';
  });

  await handOverToDriver(hello, helloUri, api);
  finish();
}

function finish(): void {
  report.done = true;
  save();
  const failed = report.checks.filter((c) => c.status === 'failed');
  log(`done: ${report.checks.length - failed.length} ok, ${failed.length} failed`);
  if (failed.length) throw new Error(`${failed.length} heapscope VS Code check(s) failed: ${failed.map((f) => f.name).join('; ')}`);
}

/** Leaves hello_memory.py on screen and waits (bounded) until the driver has looked at the workbench. */
async function handOverToDriver(hello: vscode.TextDocument | undefined, helloUri: vscode.Uri, api: HeapscopeApi | undefined): Promise<void> {
  const handshake = process.env.HEAPSCOPE_VSCODE_UI_HANDSHAKE;
  if (!handshake || !hello) return;
  await vscode.commands.executeCommand('workbench.action.closeOtherEditors');
  await vscode.window.showTextDocument(hello, { preview: false, selection: new vscode.Range(0, 0, 0, 0) });
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  const stored = api?.lastResult(helloUri)?.result;
  const t = stored?.totals;
  report.uiReady = {
    file: 'hello_memory.py',
    expect: {
      codeLens: 'heapscope: analyze · Python 3.12',
      statusBar: t && (stored.lines.length > 0 || t.steps > 0) ? `Py 3.12 · ${t.liveObjects} obj · ${formatBytes(t.liveBytes)}` : 'Py 3.12',
      annotations: (api?.paintedLines(helloUri) ?? []).map((p) => p.text),
    },
  };
  save();
  const deadline = Date.now() + 60_000;
  while (!fs.existsSync(handshake) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  delete report.uiReady;
}

/**
 * The synthetic phase: the worker runs test/vscode/synthetic-engine.ts (real output, made-up but
 * deterministic per-line stats), so the painting of annotations, hovers and totals is checked
 * whatever the engine's attribution can do yet.
 */
async function runSynthetic(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert(folder, 'the test workspace has no folder');
  const helloUri = vscode.Uri.joinPath(folder, 'hello_memory.py');
  const config = () => vscode.workspace.getConfiguration('heapscope');
  let api: HeapscopeApi | undefined;
  let hello: vscode.TextDocument | undefined;
  const needApi = () => {
    if (!api) throw new Error('extension API unavailable (activation failed)');
    return api;
  };
  const expected = (doc: vscode.TextDocument, detail: 'compact' | 'full') =>
    syntheticLines(doc.getText()).map((s) => ({ line: s.line, text: annotationText(s, detail) }));
  const painted = (uri: vscode.Uri) => needApi().paintedLines(uri).map((p) => ({ line: p.line, text: p.text }));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

  await check('synthetic: activates and uses the engine override', async () => {
    const ext = vscode.extensions.getExtension<HeapscopeApi>(EXTENSION_ID);
    assert(ext, `extension ${EXTENSION_ID} is not installed`);
    hello = await vscode.workspace.openTextDocument(helloUri);
    await vscode.window.showTextDocument(hello);
    await waitFor('activation', () => ext.isActive);
    api = ext.exports;
    const a = needApi();
    await waitFor('the on-open analysis', () => a.lastResult(helloUri));
    assert(a.engine() === 'analyze', `engine entry ${a.engine()}`);
    return 'worker reports engine entry "analyze"';
  });

  await check('synthetic: one annotation per executed line, compact text', async () => {
    const want = expected(hello!, 'compact');
    const got = await waitFor('annotations', () => painted(helloUri).length === want.length && painted(helloUri));
    assert(same(got, want), `painted ${JSON.stringify(got.slice(0, 3))}… expected ${JSON.stringify(want.slice(0, 3))}…`);
    const del = got.find((p) => p.text.includes('\u2212'));
    assert(del, 'no line with frees');
    return `${got.length} lines; e.g. line ${got[0].line} "${got[0].text}", line ${del.line} "${del.text}"`;
  });

  await check('synthetic: hover shows the per-type table', async () => {
    const line = syntheticLines(hello!.getText()).find((s) => s.execCount > 1)!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', helloUri, new vscode.Position(line.line - 1, 4));
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert(md.includes(`line ${line.line} ran 10 times`), `hover: ${md.slice(0, 300)}`);
    assert(md.includes(`| \`int\` | ${line.allocObjects} | ${formatBytes(line.allocBytes)} | 0 |`), `no type row in: ${md}`);
    return `line ${line.line}: "ran 10 times" and the int row`;
  });

  await check('synthetic: annotations.detail "full" adds the types', async () => {
    await config().update('annotations.detail', 'full', vscode.ConfigurationTarget.Workspace);
    try {
      const want = expected(hello!, 'full');
      await waitFor('full annotations', () => same(painted(helloUri), want));
      return `e.g. "${want[0].text}"`;
    } finally {
      await config().update('annotations.detail', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  await check('synthetic: disabling annotations removes them, enabling paints again', async () => {
    await config().update('annotations.enabled', false, vscode.ConfigurationTarget.Workspace);
    await waitFor('no annotations', () => painted(helloUri).length === 0);
    await config().update('annotations.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    const want = expected(hello!, 'compact');
    await waitFor('annotations again', () => same(painted(helloUri), want));
    return `0 then ${want.length}`;
  });

  await check('synthetic: live edit repaints on the shifted lines; stale results never paint', async () => {
    await config().update('liveMode', true, vscode.ConfigurationTarget.Workspace);
    await config().update('liveDelayMs', 50, vscode.ConfigurationTarget.Workspace);
    const editor = await vscode.window.showTextDocument(hello!, { preview: false });
    try {
      for (let i = 0; i < 3; i++) await editor.edit((e) => e.insert(new vscode.Position(0, 0), `x${i} = [${i}]\n`));
      const want = expected(hello!, 'compact');
      const got = await waitFor('annotations for the edited text', () => {
        const p = painted(helloUri);
        return needApi().lastResult(helloUri)?.documentVersion === hello!.version && same(p, want) && p;
      });
      assert(got[0].line === 1 && got.some((p) => p.line === 18), 'lines did not shift by three');
      return `${got.length} annotations for document version ${hello!.version}`;
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await config().update('liveMode', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('liveDelayMs', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('heapscope.analyze', helloUri);
    }
  });

  await handOverToDriver(hello, helloUri, api);
  finish();
}
