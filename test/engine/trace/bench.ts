/**
 * Trace recorder measurements (printed, not asserted):
 *   npx esbuild test/engine/trace/bench.ts --bundle --platform=node --outfile=/tmp/trace-bench.js && node /tmp/trace-bench.js [steps]
 */
import { runSource } from '../../../src/engine/index';
import { traceProgram } from '../../../src/engine/trace/analyze';

const steps = Number(process.argv[2] ?? 5_000_000);
const programs: [string, string][] = [
  ['loop (ints)', `x = 0\nfor i in range(${steps}):\n    x = i * 1000\n`],
  ['loop (lists)', `x = 0\nfor i in range(${Math.floor(steps / 5)}):\n    x = [i * 1000, i]\n`],
  ['calls', `def f(a):\n    return [a, a * 1000]\nfor i in range(${Math.floor(steps / 10)}):\n    y = f(i)\n`],
];

function mb(n: number): string {
  return (n / 1048576).toFixed(1) + ' MiB';
}

for (const [name, src] of programs) {
  const t0 = performance.now();
  const plain = runSource(src, { maxSteps: 1e9, timeoutMs: 1e9 });
  const t1 = performance.now();
  if (plain.exitCode !== 0) console.log(plain.stderr);
  (globalThis as any).gc?.();
  const m0 = process.memoryUsage();
  const heap0 = m0.heapUsed + m0.arrayBuffers;
  const t2 = performance.now();
  const run = traceProgram(src, { maxSteps: 1e9, timeoutMs: 1e9 });
  const t3 = performance.now();
  const m1 = process.memoryUsage();
  const heap1 = m1.heapUsed + m1.arrayBuffers;
  const x = run.result.extra;
  const ev = x.events;
  console.log(`\n${name}: ${run.result.totals.steps.toLocaleString('en-US')} steps, exit ${run.result.exitCode}`);
  console.log(`  untraced run ${(t1 - t0).toFixed(0)} ms; traced run ${(t3 - t2).toFixed(0)} ms (x${((t3 - t2) / (t1 - t0)).toFixed(2)})`);
  console.log(`  events ${ev.toLocaleString('en-US')}: ${((ev / (t3 - t2)) * 1000).toFixed(0)} events/s, ` +
    `${(x.traceBytes / (ev - x.window.droppedEvents)).toFixed(2)} bytes/event incl. checkpoints, trace ${mb(x.traceBytes)}, ` +
    `JS heap + array buffers +${mb(heap1 - heap0)}, rss ${mb(m1.rss)}`);
  console.log(`  chunks ${run.trace.log.chunks.length}, window ${x.window.firstStep}..${x.window.lastStep}, refcounts exact until ${x.refcountsExactUntil ?? 'end'}`);
  // seek latency at random positions
  const w = run.trace.window;
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const lat: number[] = [];
  for (let i = 0; i < 40; i++) {
    const k = w.firstStep + Math.floor(rnd() * (w.lastStep - w.firstStep));
    const s0 = performance.now();
    const st = run.trace.seek(k);
    lat.push(performance.now() - s0);
    if (st.step !== k) throw new Error('seek mismatch');
  }
  lat.sort((a, b) => a - b);
  console.log(`  seek latency: median ${lat[20].toFixed(2)} ms, p90 ${lat[36].toFixed(2)} ms, max ${lat[39].toFixed(2)} ms`);
}
