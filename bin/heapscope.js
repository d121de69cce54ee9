#!/usr/bin/env node
'use strict';
// Thin launcher: the real CLI is bundled into dist/cli.js by `npm run build`.
require('../dist/cli.js');
