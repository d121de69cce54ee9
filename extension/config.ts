/** heapscope's settings, typed and read in one place. Defaults mirror `contributes.configuration`. */
import * as vscode from 'vscode';
import { PYTHON_VERSIONS, type PythonVersion } from '../src/protocol/analysis';

export const SECTION = 'heapscope';

export type AnnotationDetail = 'compact' | 'full';

export interface HeapscopeConfig {
  pythonVersion: PythonVersion;
  liveMode: boolean;
  liveDelayMs: number;
  maxSteps: number;
  timeoutMs: number;
  /** heatmap: gutter marks on the lines that allocate the most */
  annotations: { enabled: boolean; detail: AnnotationDetail; heatmap: boolean };
}

export const DEFAULTS: HeapscopeConfig = {
  pythonVersion: '3.12',
  liveMode: false,
  liveDelayMs: 600,
  maxSteps: 5_000_000,
  timeoutMs: 5_000,
  annotations: { enabled: true, detail: 'compact', heatmap: false },
};

export function readConfig(scope?: vscode.ConfigurationScope): HeapscopeConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const version = c.get<string>('pythonVersion', DEFAULTS.pythonVersion);
  const detail = c.get<string>('annotations.detail', DEFAULTS.annotations.detail);
  return {
    pythonVersion: (PYTHON_VERSIONS as readonly string[]).includes(version) ? (version as PythonVersion) : DEFAULTS.pythonVersion,
    liveMode: c.get<boolean>('liveMode', DEFAULTS.liveMode),
    liveDelayMs: clamp(c.get<number>('liveDelayMs', DEFAULTS.liveDelayMs), 50, 10_000),
    maxSteps: clamp(c.get<number>('maxSteps', DEFAULTS.maxSteps), 1_000, 1_000_000_000),
    timeoutMs: clamp(c.get<number>('timeoutMs', DEFAULTS.timeoutMs), 100, 600_000),
    annotations: {
      enabled: c.get<boolean>('annotations.enabled', DEFAULTS.annotations.enabled),
      detail: detail === 'full' ? 'full' : 'compact',
      heatmap: c.get<boolean>('annotations.heatmap', DEFAULTS.annotations.heatmap),
    },
  };
}

/** Where a setting changed by a command is written: the workspace when there is one. */
export function updateTarget(): vscode.ConfigurationTarget {
  return vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}
