/** Types shared by the engine worker, the extension host and (later) the webview. No runtime deps. */
export * from './analysis';
export * from './worker';
export * from './heap';
export * from './format';
