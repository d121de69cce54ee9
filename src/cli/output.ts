/**
 * The program's output on the CLI's stdout and stderr, in the order the program wrote it and while it runs
 * (as CPython run with -u shows it). The engine hands each piece to an `OutputSink` (RunOptions.output) on the
 * thread that runs it: the worker thread (src/cli/engine-thread.ts) or the snapshot's main thread
 * (src/cli/snapshot.ts). The pieces are written with write(2) on that thread, synchronously and one stream at a
 * time: a piece is in the kernel before the next is written, so the two streams cannot overtake each other
 * (a Node.js stream queues a write its pipe cannot take yet, and two streams' queues empty in any order).
 * The main thread writes nothing while the program runs.
 *
 * In the snapshot's process stderr (fd 2) is a pipe to the launcher (bin/snapshot.js), which watches it for
 * V8's failures; the launcher's own stderr is the process's fd 3 there (`setProgramStderr`).
 */
import { writeSync } from 'node:fs';
import type { OutputSink } from '../engine/index';

/** Pending text is written at the engine's polls at most this often (ms): it shows while the program runs. */
const FLUSH_MS = 10;
/** ... and once this much of it (UTF-16 units) is pending: a print-heavy loop makes few large writes. */
const FLUSH_UNITS = 1 << 16;

/** The descriptors of the program's stdout and stderr. */
const fds = [1, 2];

/** Write the program's stderr to `fd` instead of 2 (the snapshot's process). */
export function setProgramStderr(fd: number): void {
  fds[1] = fd;
}

let pause: Int32Array | null = null;

/**
 * Write all of `text` to `fd`; false when the descriptor takes no more (a closed pipe: EPIPE; a closed
 * descriptor). A non-blocking descriptor (as Node.js makes a pipe it opened a stream on, or as a parent may pass
 * it) that is full is waited for: the program's output is not dropped, and not reordered.
 */
function writeAll(fd: number, text: string): boolean {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') return false;
      pause ??= new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(pause, 0, 0, 1);
    }
  }
  return true;
}

/**
 * The program's output, written as it comes: a stream's pending text is written when the other stream is
 * written to, when it is large, and at the engine's polls (at most every FLUSH_MS). `end` writes the rest.
 * `onClosed` runs when stdout or stderr is a closed pipe (`heapscope run x.py | head`): the CLI then ends
 * quietly, as CPython does; nothing more is written.
 */
export class ProgramOutput implements OutputSink {
  /**
   * UTF-16 units of stdout and stderr handed to this sink (after `end`): the rest of the run's text is the CLI's
   * to write
   */
  readonly taken = [0, 0];
  /** (a concatenation: V8 joins the pieces once, when they are written; 3-4 times cheaper than an array's join) */
  private pending = '';
  private stream = 0;
  private lastFlush = 0;
  private closed = false;

  constructor(private readonly onClosed: () => void) {}

  write(stream: 'stdout' | 'stderr', text: string): void {
    const k = stream === 'stdout' ? 0 : 1;
    if (k !== this.stream) {
      if (this.pending.length > 0) this.flush();
      this.stream = k;
    }
    this.pending += text;
    if (this.pending.length >= FLUSH_UNITS) this.flush();
  }

  poll(now: number): void {
    if (this.pending.length > 0 && now - this.lastFlush >= FLUSH_MS) {
      this.lastFlush = now;
      this.flush();
    }
  }

  /** Write what is pending (the run ended). */
  end(): void {
    if (this.pending.length > 0) this.flush();
  }

  private flush(): void {
    const text = this.pending;
    this.pending = '';
    this.taken[this.stream] += text.length;
    if (this.closed) return;
    if (!writeAll(fds[this.stream], text)) {
      this.closed = true;
      this.onClosed();
    }
  }
}

/**
 * Write pieces of the program's output in order (what the engine did not hand to a sink: an engine bug's
 * message, the output of an engine without one, a report's run). False when stdout or stderr is closed.
 */
export function writeProgramOutput(pieces: readonly { stream: 'stdout' | 'stderr'; text: string }[]): boolean {
  for (const p of pieces) if (!writeAll(fds[p.stream === 'stdout' ? 0 : 1], p.text)) return false;
  return true;
}
