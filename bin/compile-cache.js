'use strict';
// Loads a CommonJS bundle (dist/cli.js) with a V8 code cache, so a run does not parse and compile the
// whole ~2 MB bundle again: Node 20 has no module.enableCompileCache (Node 22+), so this does what it does
// with vm.Script's cachedData. Start-up of `heapscope run` on an empty file is dominated by that compile
// (the CLI's small main-thread bundle dist/cli.js, and the engine bundle dist/cli-engine.js in its worker).
//
// The cache lives in <tmpdir>/heapscope-compile-cache/, one file per bundle path, size, mtime, Node version
// and architecture (V8 itself only checks the source length, its version and its flags, and rejects a
// mismatch: then the bundle compiles normally and the cache is rewritten). The bundle calls
// `globalThis[Symbol.for('heapscope.compileCache')].save()` once it has done its work (the CLI worker after
// its job), so the cache also holds the functions compiled lazily during a run; it is written only when
// missing or rejected, atomically (temporary file + rename). HEAPSCOPE_NO_COMPILE_CACHE=1 turns it off.
//
// Usage: require('./compile-cache').requireCached(file), or `node compile-cache.js FILE ARGS...` (FILE runs
// as the main module: the benchmark harness).
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const vm = require('node:vm');
const Module = require('node:module');

const HOOK = Symbol.for('heapscope.compileCache');

function cacheFileFor(file, st) {
  const key = `${file}|${st.size}|${st.mtimeMs}|${process.version}|${process.arch}`;
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return path.join(os.tmpdir(), 'heapscope-compile-cache', `${path.basename(file)}-${h.toString(16)}.bin`);
}

/** require(file) through the code cache; `asMain` makes it require.main (a program run by node). */
function requireCached(file, asMain = false) {
  file = path.resolve(file);
  let st;
  try {
    st = fs.statSync(file);
  } catch {
    st = null;
  }
  if (st === null || process.env.HEAPSCOPE_NO_COMPILE_CACHE === '1') return require(file);
  const cacheFile = cacheFileFor(file, st);
  let cached;
  try {
    cached = fs.readFileSync(cacheFile);
  } catch {
    cached = undefined;
  }
  const source = fs.readFileSync(file, 'utf8');
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached });
  const m = new Module(file, asMain ? null : module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  if (asMain) {
    process.mainModule = m;
    m.id = '.';
  }
  Module._cache[file] = m;
  const req = (id) => m.require(id);
  req.resolve = (request, options) => Module._resolveFilename(request, m, false, options);
  req.main = asMain ? m : require.main;
  req.cache = Module._cache;
  let saved = cached !== undefined && !script.cachedDataRejected;
  globalThis[HOOK] = {
    file,
    /** this loader: the CLI starts its engine thread through it too (`node compile-cache.js FILE`) */
    loader: __filename,
    save() {
      if (saved) return;
      saved = true;
      try {
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
        const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        // a read-only or full temporary directory only costs the next run its compile time
      }
    },
  };
  const fn = script.runInThisContext({ displayErrors: true });
  fn.call(m.exports, m.exports, req, m, file, path.dirname(file));
  m.loaded = true;
  return m.exports;
}

module.exports = { requireCached, HOOK };

if (require.main === module) {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: node compile-cache.js FILE [ARGS...]\n');
    process.exit(2);
  }
  process.argv.splice(1, 1); // FILE becomes argv[1], as if run by `node FILE ARGS...`
  requireCached(target, true);
}
