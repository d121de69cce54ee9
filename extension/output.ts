/**
 * The "heapscope" Output channel: the program's stdout and stderr (in program order) from the newest run the user
 * asked about (explicit analyze, open, save). Keeps a copy of what it wrote, for the test API.
 */
import * as vscode from 'vscode';
import type { StoredAnalysis } from './results';
import { interleaveOutput } from '../src/protocol/analysis';

const MAX_KEPT = 200_000;

export class ProgramOutput implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel('heapscope');
  private written = '';

  /** Replaces the channel's content with one run's output. */
  show(stored: StoredAnalysis): void {
    const r = stored.result;
    const name = stored.filename.split(/[\\/]/).pop() ?? stored.filename;
    const header = `── ${name} · Python ${r.version} · exit ${r.exitCode} · ${r.engineMs} ms ──`;
    // stdout and stderr in the order the program wrote them (a warning between the prints around it)
    const output = interleaveOutput(r.stdout, r.stderr, r.outputOrder)
      .map((p) => p.text)
      .join('');
    const text = [header, output].filter((part) => part !== '').join('\n').replace(/\n?$/, '\n');
    this.channel.replace(text);
    this.written = text.length > MAX_KEPT ? text.slice(text.length - MAX_KEPT) : text;
  }

  note(message: string): void {
    this.channel.appendLine(message);
    this.written += message + '\n';
  }

  /** What the channel currently holds. */
  text(): string {
    return this.written;
  }

  dispose(): void {
    this.channel.dispose();
  }
}
