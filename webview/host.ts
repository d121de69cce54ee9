/**
 * Where the panel's messages go. In VS Code the host is the extension (through `acquireVsCodeApi()`,
 * messages arrive as `window` "message" events); in a `heapscope report` page it is an in-page adapter
 * around the engine (webview/report.ts). The panel only sees this interface and the typed message
 * union of src/protocol/heap.ts, so both hosts drive exactly the same code.
 */
import type { HostToPanel, PanelState, PanelToHost } from '../src/protocol/heap';

export interface PanelHost {
  post(message: PanelToHost): void;
  /** Subscribe to host messages (called once by the panel). */
  listen(handler: (message: HostToPanel) => void): void;
  /** The state saved by `saveState` before the webview was hidden or reloaded, if any. */
  restoredState(): PanelState | null;
  saveState(state: PanelState): void;
}

/** The VS Code webview API as far as the panel uses it. */
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const HOST_KINDS = new Set<HostToPanel['kind']>(['run', 'snapshot', 'snapshotDelta', 'detail', 'objects', 'busy', 'error']);

/** A host message, or null for anything else arriving on `window` (other extensions, devtools). */
export function asHostMessage(data: unknown): HostToPanel | null {
  if (typeof data !== 'object' || data === null) return null;
  const kind = (data as { kind?: unknown }).kind;
  return typeof kind === 'string' && HOST_KINDS.has(kind as HostToPanel['kind']) ? (data as HostToPanel) : null;
}

function isPanelState(v: unknown): v is PanelState {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<PanelState>;
  return typeof s.position === 'number' && typeof s.colourBy === 'string' && typeof s.tab === 'string' && typeof s.sort === 'object';
}

/** The host inside a VS Code webview; null when the page is not in one. */
export function vscodeHost(): PanelHost | null {
  if (typeof acquireVsCodeApi !== 'function') return null;
  const api = acquireVsCodeApi();
  return {
    post: (m) => api.postMessage(m),
    listen(handler) {
      window.addEventListener('message', (e: MessageEvent) => {
        const m = asHostMessage(e.data);
        if (m) handler(m);
      });
    },
    restoredState() {
      const s = api.getState();
      return isPanelState(s) ? s : null;
    },
    saveState: (s) => api.setState(s),
  };
}
