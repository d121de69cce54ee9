/**
 * The engine (bundled into the report page) reads `process.env.HEAPSCOPE_DEBUG` behind a
 * `typeof process !== 'undefined'` guard; in the browser there is no `process`. Declared here so the
 * webview project type-checks without Node's types (which would hide real uses of Node APIs).
 */
declare const process: { env: Record<string, string | undefined> } | undefined;
