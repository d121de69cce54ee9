/**
 * Ending the CLI's process. Once the CLI's work is done and its output written, what Node.js does on a normal
 * exit is tear down the V8 heap the engine left (hundreds of pages released one by one) and the worker
 * thread, if any: measured from the last write to the process's exit, 45-60 ms after a run that left a 180 MB
 * heap (bench alloc_containers), 8-15 ms after fib_calls or int_loop, 4 ms after an empty file; 2-7 ms with
 * process.exit. The operating system reclaims the memory either way.
 */

/** End the process with `code` as soon as stdout and stderr have flushed what was written to them. */
export function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let pending = 2;
  // (a write's callback runs once the data is handed to the OS, also with an error: EPIPE is handled by the
  // streams' own listeners, src/cli/main.ts guardPipes)
  const flushed = (): void => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}
