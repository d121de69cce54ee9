/**
 * `node stdlib-store-build.cjs DIR ID` (esbuild.mjs, after bundling): write the compiled stdlib of every
 * Python version into DIR for the engine build ID (src/cli/stdlib-store.ts).
 */
import { writeStdlibStores } from './stdlib-store';

const [dir, id] = process.argv.slice(2);
writeStdlibStores(dir, id);
