/**
 * `heapscope report FILE -o report.html`: one self-contained HTML page with the heap panel and the run.
 *
 * The page inlines dist/report.js (the panel, the engine and an in-page host, minified) and
 * dist/webview.css, and embeds the recorded run (ReportData, src/protocol/report.ts) as JSON. It opens
 * at the moment of peak memory, painted from the embedded snapshot; stepping re-runs the program in the
 * page with the same engine (deterministic), so every position and `inspect` is available offline
 * without shipping every snapshot (which would be megabytes for a few hundred lines).
 *
 * CSP: `default-src 'none'`; the inline script and style are allowed by their SHA-256 hashes; the JSON
 * data block is not executable and needs none. No network, images, fonts or frames.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PanelSession } from '../protocol/heap';
import { DEFAULT_OBJECT_QUERY } from '../protocol/heap';
import { REPORT_DATA_ID, type ReportData } from '../protocol/report';
import { escapeHtml, PANEL_BODY } from '../../webview/html';

export interface ReportAssets {
  /** dist/report.js */
  script: string;
  /** dist/webview.css */
  css: string;
}

/** The asset directory: dist/ beside the bundled CLI (dist/cli.js), or the repository's dist/ from sources. */
export function defaultAssetsDir(): string {
  for (const dir of [__dirname, join(__dirname, '../../dist')]) {
    if (existsSync(join(dir, 'report.js')) && existsSync(join(dir, 'webview.css'))) return dir;
  }
  throw new Error(`the report page assets (report.js, webview.css) are missing next to ${__dirname}; run the build (npm run build)`);
}

export function loadReportAssets(dir: string = defaultAssetsDir()): ReportAssets {
  return { script: readFileSync(join(dir, 'report.js'), 'utf8'), css: readFileSync(join(dir, 'webview.css'), 'utf8') };
}

/** The position a report opens at: the (first) point of highest memory use on the timeline. */
export function openingPosition(session: PanelSession): number {
  const t = session.run.timeline;
  let best = t.window.first;
  let bytes = -1;
  for (const p of t.points) {
    if (p.position < t.window.first || p.position > t.window.last) continue;
    if (p.liveBytes > bytes) {
      bytes = p.liveBytes;
      best = p.position;
    }
  }
  return best;
}

function sha256(text: string): string {
  // node:crypto is loaded here, not at the top: only `heapscope report` needs it, and loading it costs every
  // `heapscope run` ~10 ms of start-up in the engine thread
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/**
 * Make text safe inside an inline <script>/<style> element (it cannot contain its own end tag), without
 * source-map comments (a page has no map files beside it).
 */
function inlineSafe(text: string, tag: 'script' | 'style'): string {
  return text
    .replace(/\/\*# sourceMappingURL=[^*]*\*\/|^\/\/# sourceMappingURL=\S*$/gm, '')
    .replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1')
    .replace(/<!--/g, '<\\!--');
}

/** JSON that can sit inside <script type="application/json"> (no `<`, so no end tag or comment). */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export const REPORT_CSS = `
.report { display: grid; grid-template-columns: minmax(300px, 0.8fr) minmax(0, 2.4fr); gap: 12px; align-items: start; }
@media (max-width: 1100px) { .report { grid-template-columns: 1fr; } }
#heapscope-source { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding-top: 8px; }
.source-title { font-family: var(--hs-mono); font-size: 1em; margin-bottom: 6px; }
.source-lines { list-style: none; margin: 0; padding: 0; font-family: var(--hs-mono); font-size: 12px; }
.source-lines li { display: grid; grid-template-columns: 3.5em 1fr; white-space: pre; }
.source-lines .ln { color: var(--hs-muted); text-align: right; padding-right: 10px; user-select: none; }
.source-lines li.current { background: var(--hs-row-hover); box-shadow: inset 3px 0 0 var(--hs-accent); }
.source-lines li.flash { animation: hs-flash 1.2s ease-out; }
@keyframes hs-flash { from { background: var(--hs-yellow); } }
.report-foot { margin-top: 12px; }
`;

/** The report page for a recorded session. */
export function reportHtml(session: PanelSession, options: ReportData['options'], assets: ReportAssets = loadReportAssets()): string {
  const opening = openingPosition(session);
  const data: ReportData = {
    schema: 'heapscope.report/1',
    run: session.run,
    snapshot: session.snapshot(opening),
    objects: session.objects(opening, { ...DEFAULT_OBJECT_QUERY }),
    options,
  };
  const script = inlineSafe(assets.script, 'script');
  const css = inlineSafe(assets.css + REPORT_CSS, 'style');
  const csp = [`default-src 'none'`, `script-src 'sha256-${sha256(script)}'`, `style-src 'sha256-${sha256(css)}'`].join('; ');
  const name = session.run.file.split(/[\\/]/).pop() ?? session.run.file;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="heapscope">
<title>heapscope report: ${escapeHtml(name)}</title>
<style>${css}</style>
</head>
<body>
<div class="report">
<aside id="heapscope-source" aria-label="Source"></aside>
${PANEL_BODY}
</div>
<script type="application/json" id="${REPORT_DATA_ID}">${jsonForHtml(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
