/**
 * Entry of the heap panel bundle (dist/webview.js) inside a VS Code webview. The page comes from
 * `panelHtml()` (webview/html.ts); the extension answers the panel's messages (src/protocol/heap.ts).
 */
import { vscodeHost } from './host';
import { HeapPanel } from './panel';

const root = document.getElementById('heapscope-panel');
const host = vscodeHost();
if (root && host) new HeapPanel(root, host);
else if (root) root.textContent = 'The heapscope panel must run inside VS Code or a heapscope report page.';
