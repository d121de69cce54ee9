#!/usr/bin/env node
'use strict';
// Thin launcher: the real CLI is bundled into dist/cli.js by `npm run build`; it is loaded with a V8 code
// cache (compile-cache.js), which its worker thread (the engine, dist/cli-engine.js) uses too.
require('./compile-cache').requireCached(require('node:path').join(__dirname, '../dist/cli.js'));
