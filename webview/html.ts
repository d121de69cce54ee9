/**
 * The heap panel's page for a VS Code webview. The extension calls:
 *
 *   panel.webview.html = panelHtml({
 *     cspSource: panel.webview.cspSource,
 *     nonce,                                   // fresh per page: crypto.randomBytes(16).toString('base64')
 *     scriptUri: panel.webview.asWebviewUri(Uri.joinPath(extensionUri, 'dist', 'webview.js')).toString(),
 *     styleUri: panel.webview.asWebviewUri(Uri.joinPath(extensionUri, 'dist', 'webview.css')).toString(),
 *   });
 *
 * with `localResourceRoots: [Uri.joinPath(extensionUri, 'dist')]` and `enableScripts: true`.
 * The nonce must come from a cryptographic source (the caller's job: this module runs in no particular
 * host and has none to hand); it may contain only base64 characters.
 *
 * CSP: nothing by default; scripts only with the nonce; styles only from the extension's resource
 * origin (plus style changes made through the CSSOM by the script, which CSP does not restrict); no
 * images, fonts, connections or frames (the canvases and the SVG graph need none). The report page (src/cli/report.ts) uses the
 * same body and CSP shape with hashes of its inline script and style.
 */

export interface PanelHtmlOptions {
  /** `webview.cspSource` */
  cspSource: string;
  /** per-page random nonce (base64), from a cryptographic source */
  nonce: string;
  /** `asWebviewUri(dist/webview.js)` */
  scriptUri: string;
  /** `asWebviewUri(dist/webview.css)` */
  styleUri: string;
  /** page title (default "heapscope: heap") */
  title?: string;
}

const NONCE_RE = /^[A-Za-z0-9+/=_-]{16,}$/;

/** Escape text for an HTML attribute or text node. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The panel's root element (the script builds everything inside it). */
export const PANEL_BODY = '<main id="heapscope-panel" class="heapscope" aria-label="heapscope heap panel"><p class="loading">Loading the heap panel\u2026</p></main>';

export function panelCsp(o: { cspSource: string; nonce: string }): string {
  return [`default-src 'none'`, `script-src 'nonce-${o.nonce}'`, `style-src ${o.cspSource}`].join('; ');
}

export function panelHtml(o: PanelHtmlOptions): string {
  if (!NONCE_RE.test(o.nonce)) throw new Error('panelHtml: the nonce must be at least 16 base64 characters from a cryptographic source');
  const title = escapeHtml(o.title ?? 'heapscope: heap');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(panelCsp(o))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${escapeHtml(o.styleUri)}">
</head>
<body>
${PANEL_BODY}
<script nonce="${escapeHtml(o.nonce)}" src="${escapeHtml(o.scriptUri)}"></script>
</body>
</html>
`;
}
