'use strict';
// Loads a CommonJS bundle (dist/cli.js) with a V8 code cache, so a run does not parse and compile the
// whole ~2 MB bundle again: Node 20 has no module.enableCompileCache (Node 22+), so this does what it does
// with vm.Script's cachedData. Start-up of `heapscope run` on an empty file is dominated by that compile
// (the CLI's small main-thread bundle dist/cli.js, and the engine bundle dist/cli-engine.js in its worker).
//
// Where: the user's cache directory (HEAPSCOPE_CACHE_DIR, else $XDG_CACHE_HOME or ~/.cache on Linux,
// ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows; a per-user directory under the temporary one when
// there is no home), in heapscope/v8-code-cache/. One file per bundle path and Node option set (execArgv:
// V8 flags change the code), so a rebuilt bundle or a new Node version replaces its file instead of adding
// one; files nobody has rewritten for 30 days are removed when a cache is written.
//
// A file is a header (magic, the bundle's size and mtime, the Node version and architecture, the length and
// SHA-1 of the V8 data) and the V8 data. Anything that does not match exactly is ignored, and the cache is
// rewritten after the run: V8 itself only checks the source length, its version and its flags, and a
// damaged payload that passes those crashes the process (checked on Node 20), hence the checksum.
// The bundle calls `globalThis[Symbol.for('heapscope.compileCache')].save()` once it has done its work (the
// CLI worker after its job), so the cache also holds the functions compiled lazily during a run; it is
// written only when missing or rejected, atomically (temporary file + rename), and a read-only or full disk
// only costs the next run its compile time. HEAPSCOPE_NO_COMPILE_CACHE=1 turns the cache off.
//
// Usage: require('./compile-cache').requireCached(file), or `node compile-cache.js FILE ARGS...` (FILE runs
// as the main module: the benchmark harness and the CLI's engine thread).
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const HOOK = Symbol.for('heapscope.compileCache');
const MAGIC = 'heapscope-v8-cache-1';
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/** heapscope's per-user cache directory (see the header comment). */
function cacheRoot() {
  const env = process.env;
  if (env.HEAPSCOPE_CACHE_DIR) return path.resolve(env.HEAPSCOPE_CACHE_DIR);
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'heapscope', 'Cache');
  const home = env.HOME || safeHomedir();
  if (process.platform === 'darwin' && home) return path.join(home, 'Library', 'Caches', 'heapscope');
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'heapscope');
  if (home) return path.join(home, '.cache', 'heapscope');
  const os = require('node:os');
  const uid = typeof process.getuid === 'function' ? process.getuid() : os.userInfo().username;
  return path.join(os.tmpdir(), `heapscope-${uid}-cache`);
}

function safeHomedir() {
  try {
    return require('node:os').homedir();
  } catch {
    return '';
  }
}

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The cache file of `file` (bundle path and Node options) and the key its header must hold (version). */
function cacheEntry(file, st) {
  const dir = path.join(cacheRoot(), 'v8-code-cache');
  const name = `${path.basename(file)}-${fnv1a(`${file}\0${process.execArgv.join('\0')}`)}.bin`;
  return { dir, file: path.join(dir, name), key: `${st.size}|${st.mtimeMs}|${process.version}|${process.arch}` };
}

function sha1(data) {
  return require('node:crypto').createHash('sha1').update(data).digest('hex');
}

/** The V8 data of a cache file whose header matches `key` and whose checksum is right, else undefined. */
function readCache(cacheFile, key) {
  let buf;
  try {
    buf = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const nl = buf.indexOf(10);
  if (nl < 0 || nl > 512) return undefined;
  const [magic, k, len, sum] = buf.toString('latin1', 0, nl).split(' ');
  if (magic !== MAGIC || k !== key) return undefined;
  const data = buf.subarray(nl + 1);
  if (data.length !== Number(len) || sha1(data) !== sum) return undefined;
  return data;
}

function writeCache(entry, data) {
  fs.mkdirSync(entry.dir, { recursive: true, mode: 0o700 });
  const header = Buffer.from(`${MAGIC} ${entry.key} ${data.length} ${sha1(data)}\n`, 'latin1');
  const tmp = `${entry.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([header, data]), { mode: 0o600 });
    fs.renameSync(tmp, entry.file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  pruneCache(entry.dir, entry.file);
}

/** Remove cache files (and temporary files of interrupted writers) not written for MAX_AGE_MS. */
function pruneCache(dir, keep) {
  const old = Date.now() - MAX_AGE_MS;
  for (const name of fs.readdirSync(dir)) {
    const f = path.join(dir, name);
    if (f === keep || !(name.endsWith('.bin') || name.endsWith('.tmp'))) continue;
    try {
      if (fs.statSync(f).mtimeMs < old) fs.rmSync(f, { force: true });
    } catch {
      // removed meanwhile by another run
    }
  }
}

/**
 * What loading `file` needs from the disk: its source and its cache entry (and the cached V8 data, when the
 * entry is valid), or null when the cache is off or the file cannot be read (then it is require()d).
 */
function readCode(file, useCache = true) {
  if (process.env.HEAPSCOPE_NO_COMPILE_CACHE === '1') return null;
  let st, source;
  try {
    st = fs.statSync(file);
    source = fs.readFileSync(file);
  } catch {
    return null;
  }
  if (!useCache) return { file, source, entry: null, cached: undefined };
  const entry = cacheEntry(file, st);
  return { file, source, entry, cached: readCache(entry.file, entry.key) };
}

/**
 * Read `file`'s code for a worker thread that will run it (`node compile-cache.js FILE` as its entry, with
 * `workerData.heapscopeCodeFromParent`): the thread that starts the worker reads the files while the worker
 * is still starting its Node.js environment, and posts the result (`worker.postMessage(message, transfer)`)
 * right after starting it; the worker then only compiles (with `heapscopeCode: null` it reads them itself).
 */
function codeMessage(file) {
  const code = readCode(path.resolve(file));
  if (code === null) return { message: { heapscopeCode: null }, transfer: [] };
  // the files' own memory moves to the worker (small reads share Node's buffer pool: those are copied)
  const buffers = new Set([code.source.buffer, ...(code.cached ? [code.cached.buffer] : [])]);
  return { message: { heapscopeCode: code }, transfer: [...buffers].filter((b) => b.byteLength > Buffer.poolSize) };
}

/**
 * require(file) through the code cache; `asMain` makes it require.main (a program run by node); `code` is
 * what readCode(file) returns when another thread read it (codeMessage); `useCache` false loads `file`
 * without a cache of its own but still installs the hook (a small bundle that starts workers through this
 * loader: bin/heapscope.js).
 */
function requireCached(file, asMain = false, code = undefined, useCache = true) {
  file = path.resolve(file);
  if (code === undefined) code = readCode(file, useCache);
  if (code === null) return require(file);
  const { entry, cached } = code;
  // (the bundles are ASCII: esbuild escapes the rest)
  const source = Buffer.from(code.source.buffer, code.source.byteOffset, code.source.byteLength).toString('utf8');
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
  let saved = entry === null || (cached !== undefined && !script.cachedDataRejected);
  globalThis[HOOK] = {
    file,
    /** this loader: the CLI starts its engine thread through it too (`node compile-cache.js FILE`) */
    loader: __filename,
    /** the cache file (tests); null when loaded without one */
    cacheFile: entry === null ? null : entry.file,
    codeMessage,
    save() {
      if (saved) return;
      saved = true;
      try {
        writeCache(entry, script.createCachedData());
      } catch {
        // a read-only or full disk only costs the next run its compile time
      }
    },
  };
  const fn = script.runInThisContext({ displayErrors: true });
  fn.call(m.exports, m.exports, req, m, file, path.dirname(file));
  m.loaded = true;
  return m.exports;
}

module.exports = { requireCached, codeMessage, HOOK, cacheRoot };

if (require.main === module) {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: node compile-cache.js FILE [ARGS...]\n');
    process.exit(2);
  }
  process.argv.splice(1, 1); // FILE becomes argv[1], as if run by `node FILE ARGS...`
  const wt = require('node:worker_threads');
  if (!wt.isMainThread && wt.workerData !== null && typeof wt.workerData === 'object' && wt.workerData.heapscopeCodeFromParent) {
    // the CLI's engine thread: the engine's V8 flags (v8-flags.js), set now that this thread's Node.js
    // environment is up and before the engine is compiled. Set when the process starts instead, they would
    // make V8 reject Node's own built-in code cache in this thread (~35 ms more CPU to start it).
    require('node:v8').setFlagsFromString(require('./v8-flags').join(' '));
    // the code comes as the first message (codeMessage); it has usually arrived by now
    const run = (m) => requireCached(target, true, m && m.heapscopeCode ? m.heapscopeCode : undefined);
    const first = wt.receiveMessageOnPort(wt.parentPort);
    if (first !== undefined) run(first.message);
    else wt.parentPort.once('message', run);
  } else {
    requireCached(target, true);
  }
}
