/**
 * The CLI in a V8 startup snapshot (bundled to dist/cli-snapshot.js; bin/snapshot.js builds the snapshot
 * with `node --build-snapshot` and starts it). Building the interpreter's static types, loading the engine
 * bundle and starting a worker thread for it were two thirds of the start-up of `heapscope run`; the
 * snapshot holds the loaded engine with its static types built, so a run deserializes them instead.
 *
 * V8 only deserializes a user snapshot on a process's main thread, so the engine runs there, with what its
 * worker thread had (src/cli/main.ts): the stack (--stack-size, and the process's stack limit raised by
 * bin/snapshot.js), the young generation (--max-semi-space-size) and the engine's V8 flags (bin/v8-flags.js)
 * are node options of this process (and of the build: V8 only takes a snapshot made with its flags); the
 * wall-clock watchdog is the `timeout` of vm's runInThisContext (a thread that terminates the script); an
 * exhausted JavaScript heap ends the process, and bin/snapshot.js reports it as the worker's end was. V8 writes
 * its failures to this process's stderr, a pipe that bin/snapshot.js reads; the program's stderr goes to the
 * launcher's stderr, passed as another descriptor, so that it is written in order with stdout, while it runs.
 *
 * Only run as a snapshot's entry: `require.main` is undefined there, so main.ts does not start itself too.
 * Nothing run-specific may be captured: the static types are built from constants (no environment, clock
 * or randomness), and everything about the run (arguments, files, environment) is read after the start.
 */
import { Script } from 'node:vm';
import { startupSnapshot } from 'node:v8';
import { closedPipe, graceMs, internalError, main, type EngineThread, type WorkerOutcome } from './main';
import { runJob, type JobRequest, type JobResponse } from './job';
import { ProgramOutput, setProgramStderr } from './output';
import { prepareEngine } from '../engine/index';
import { warmUp } from './warm-up';
import { exitWhenFlushed } from './exit';
import { installStdlibStore } from './stdlib-store';
import { dirname } from 'node:path';
import { rmSync } from 'node:fs';

const JOB = Symbol.for('heapscope.snapshotJob');

/** Runs the job that `inProcessEngine` put in globalThis[JOB], so that a vm timeout can stop it. */
const JOB_SOURCE = `globalThis[Symbol.for('heapscope.snapshotJob')]()`;

function crash(e: unknown): JobResponse {
  return { kind: 'crash', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e), stack: e instanceof Error ? e.stack : undefined };
}

function isTimeout(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

/**
 * The engine of a job on this thread (src/cli/engine-thread.ts does the same in the worker). The job runs
 * synchronously (runJob awaits nothing the engine leaves pending), so the watchdog covers all of it.
 */
function inProcessEngine(): EngineThread {
  return {
    run(req: JobRequest): Promise<WorkerOutcome> {
      let pending: Promise<JobResponse>;
      const output = new ProgramOutput(closedPipe);
      (globalThis as Record<symbol, unknown>)[JOB] = () => runJob(req, undefined, output);
      try {
        // (made here: a vm.Script cannot be part of the snapshot)
        const script = new Script(JOB_SOURCE, { filename: 'heapscope-job' });
        const timeout = req.timeoutMs > 0 ? req.timeoutMs + graceMs(req.timeoutMs) : undefined;
        pending = script.runInThisContext({ timeout }) as Promise<JobResponse>;
      } catch (e) {
        // (a timeout ends the script without running its finally blocks: what the program wrote is written here)
        output.end();
        return Promise.resolve(isTimeout(e) ? { kind: 'killed', reason: 'time' } : crash(e));
      } finally {
        delete (globalThis as Record<symbol, unknown>)[JOB];
      }
      return pending.catch(crash);
    },
    cancel() {},
  };
}

/** bin/snapshot.js passes its own stderr as this descriptor: the program's stderr (src/cli/output.ts) */
const STDERR_FD_VAR = 'HEAPSCOPE_STDERR_FD';
/**
 * bin/heapscope (the shell script) names the file that is this process's stderr: unlinked here, at once (the
 * script reads it through a descriptor it opened before), so that no process is needed to remove it.
 */
const STDERR_FILE_VAR = 'HEAPSCOPE_STDERR_FILE';

function start(): void {
  // the compiled stdlib beside the blob (dist/): this process was started as `node --snapshot-blob BLOB`
  const blob = process.execArgv.indexOf('--snapshot-blob');
  if (blob >= 0 && blob + 1 < process.execArgv.length) installStdlibStore(dirname(process.execArgv[blob + 1]));
  const errFile = process.env[STDERR_FILE_VAR];
  delete process.env[STDERR_FILE_VAR];
  if (errFile) rmSync(errFile, { force: true });
  const fd = Number(process.env[STDERR_FD_VAR]);
  delete process.env[STDERR_FD_VAR];
  if (Number.isInteger(fd) && fd > 2) setProgramStderr(fd);
  main(process.argv.slice(1), inProcessEngine).then(
    (code) => exitWhenFlushed(code),
    (e: unknown) => exitWhenFlushed(internalError(e instanceof Error ? e.message : String(e), e instanceof Error ? e.stack : undefined)),
  );
}

prepareEngine();
if (startupSnapshot.isBuildingSnapshot()) {
  warmUp();
  startupSnapshot.setDeserializeMainFunction(start);
}
