/**
 * The bundled stdlib modules compiled ahead of time, as CPython ships .pyc files: `npm run build` writes one
 * file per Python version next to the bundles (dist/stdlib-code-3.12.bin), and the CLI and the extension's
 * worker give the engine a StdlibCodeStore that reads it. A program's first `import tracemalloc` then
 * deserializes the CodeSpecs of tracemalloc, pickle, linecache, functools... (a few milliseconds) instead of
 * parsing and compiling some 5,000 lines of Python with the engine's compiler, which in a fresh process runs
 * cold (about half a second; two seconds for all 62 modules of a version).
 *
 * The code is the same either way: a CodeSpec is plain data, and V8's serializer keeps every field (bigints,
 * -0.0 and NaN floats, typed arrays) and the identity of constants shared within a module. An entry is used
 * only when the file was written by the same build of the engine (HEAPSCOPE_BUILD_ID, a hash of the engine's
 * sources that esbuild.mjs defines in every bundle) and for the same module source (its hash); otherwise, or
 * when the file is missing or unreadable, the engine compiles as before. Node.js only (the report page's
 * engine runs in a browser and compiles).
 *
 * File: v8.serialize({ id, version, modules: { [name]: { hash, code } } }), `code` being v8.serialize of the
 * module's CodeSpec, deflated (a fifth of the size: 0.65 MB a version instead of 3.4), so a run inflates and
 * deserializes only the modules it imports (about 0.3 ms each).
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { compileStdlibModules, setStdlibCodeStore, PYTHON_VERSIONS, type PythonVersion, type StdlibCodeStore } from '../engine/index';

declare const HEAPSCOPE_BUILD_ID: string | undefined;

/** The build of the engine this bundle holds (esbuild.mjs); null when not bundled (tests, ts sources). */
export const BUILD_ID: string | null = typeof HEAPSCOPE_BUILD_ID === 'string' ? HEAPSCOPE_BUILD_ID : null;

interface StoreFile {
  id: string;
  version: PythonVersion;
  modules: Record<string, { hash: number; code: Uint8Array }>;
}

export function stdlibStoreFile(dir: string, version: PythonVersion): string {
  return join(dir, `stdlib-code-${version}.bin`);
}

/** FNV-1a over the UTF-16 code units: which source an entry was compiled from. */
function sourceHash(src: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < src.length; i++) h = Math.imul(h ^ src.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Compile the bundled stdlib for each version and write the store files into `dir`. */
export function writeStdlibStores(dir: string, id: string, versions: readonly PythonVersion[] = PYTHON_VERSIONS): void {
  for (const version of versions) {
    const modules: StoreFile['modules'] = {};
    for (const m of compileStdlibModules(version)) modules[m.name] = { hash: sourceHash(m.src), code: deflateRawSync(serialize(m.spec)) };
    const file = stdlibStoreFile(dir, version);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize({ id, version, modules } satisfies StoreFile));
    renameSync(tmp, file);
  }
}

/**
 * A StdlibCodeStore over the files in `dir` written with build `id`: each version's file is read at its
 * first use (null for good when it is missing, unreadable or of another build).
 */
export function stdlibStore(dir: string, id: string): StdlibCodeStore {
  const files = new Map<PythonVersion, StoreFile | null>();
  const load = (version: PythonVersion): StoreFile | null => {
    let f = files.get(version);
    if (f !== undefined) return f;
    f = null;
    try {
      const d = deserialize(readFileSync(stdlibStoreFile(dir, version))) as StoreFile;
      if (d.id === id && d.version === version) f = d;
    } catch {
      // no file, or not one of ours: the engine compiles
    }
    files.set(version, f);
    return f;
  };
  return {
    get(version, name, src) {
      const entry = load(version)?.modules[name];
      if (entry === undefined || entry.hash !== sourceHash(src)) return null;
      return deserialize(inflateRawSync(entry.code)) as ReturnType<StdlibCodeStore['get']>;
    },
  };
}

/** Give the engine the store in `dir` when this is a bundle built with an id (else it compiles). */
export function installStdlibStore(dir: string): void {
  if (BUILD_ID !== null) setStdlibCodeStore(stdlibStore(dir, BUILD_ID));
}
