#!/usr/bin/env node
'use strict';
// Thin launcher. Usually the CLI runs in a second Node.js process started from a V8 startup snapshot that holds
// the engine, ready (snapshot.js, built by `npm run build`). Otherwise the real CLI is the bundle dist/cli.js,
// loaded through compile-cache.js, which starts its worker thread (the engine, dist/cli-engine.js) with a V8
// code cache. dist/cli.js itself has none: the small bundle compiles in about a millisecond, less than reading
// and checking a cache would take, and that check (SHA-1) would set up OpenSSL before the worker starts.
const path = require('node:path');
const withoutSnapshot = () => require('./compile-cache').requireCached(path.join(__dirname, '../dist/cli.js'), false, undefined, false);
if (!require('./snapshot').launch(process.argv.slice(2), withoutSnapshot)) withoutSnapshot();
