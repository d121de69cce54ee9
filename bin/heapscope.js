#!/usr/bin/env node
'use strict';
// Thin launcher: the real CLI is bundled into dist/cli.js by `npm run build`. It is loaded through
// compile-cache.js, which starts its worker thread (the engine, dist/cli-engine.js) with a V8 code cache.
// dist/cli.js itself has none: the small bundle compiles in about a millisecond, less than reading and
// checking a cache would take, and that check (SHA-1) would set up OpenSSL before the worker starts.
require('./compile-cache').requireCached(require('node:path').join(__dirname, '../dist/cli.js'), false, undefined, false);
