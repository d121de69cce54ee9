/**
 * Heap panel measurements (printed as a Markdown section, not asserted):
 *
 *   npx esbuild bench/panel-engine.ts --bundle --platform=node --outfile=/tmp/heapscope-panel-bench.js
 *   node --expose-gc /tmp/heapscope-panel-bench.js [steps]        (default 5,000,000)
 *
 * 1. a program that keeps ≥ 64 arenas in use: record it, then snapshot() latency at its end and at random
 *    positions (the run-length encoded arena map; objects are a paged query, bench/panel-webview.ts);
 *  2. a loop of `steps` steps: recording time, trace bytes per event, then snapshot(p) latency at random
 *    positions over the whole run (the panel's seek) and Trace.seek(step) latency.
 */
import { panelSession, traceProgram } from '../src/engine/index';
import { loadavg } from 'node:os';

function loadAverage(): string {
  return loadavg()[0].toFixed(1);
}

const steps = Number(process.argv[2] ?? 5_000_000);

function mb(n: number): string {
  return (n / 1048576).toFixed(1) + ' MiB';
}

/** CPU time of this process in ms (user + system): wall time means little on a loaded machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function percentiles(lat: number[]): string {
  lat.sort((a, b) => a - b);
  const q = (f: number) => lat[Math.min(lat.length - 1, Math.floor(f * lat.length))].toFixed(1);
  return `median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${lat[lat.length - 1].toFixed(1)} ms (${lat.length} seeks)`;
}

let seed = 11;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

const out: string[] = [];
const say = (s: string) => {
  out.push(s);
  console.log(s);
};

say(`## Heap panel (engine side: \`panelSession\`)\n`);
say(`Measured by \`bench/panel-engine.ts\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}; default recorder options. ` +
  `Times are CPU times of the process (user + system), the machine being shared (load average ${loadAverage()}).\n`);

{
  const n = 700_000;
  const src = `xs = [[i] for i in range(${n})]\nys = {i: str(i) for i in range(0, ${n}, 7)}\nprint(len(xs), len(ys))\n`;
  const t0 = cpuMs();
  const s = panelSession(src, { filename: 'arenas.py', maxSteps: 1e9, timeoutMs: 0 });
  const t1 = cpuMs();
  const count = s.run.timeline.count;
  const end = s.snapshot(count + 1);
  const lat: number[] = [];
  let arenas = 0;
  for (let i = 0; i < 8; i++) {
    const p = i === 0 ? count + 1 : 1 + Math.floor(rnd() * count);
    const a = cpuMs();
    const snap = s.snapshot(p);
    lat.push(cpuMs() - a);
    arenas = Math.max(arenas, snap.arenas.length);
  }
  say(`**≥ 64 arenas** (\`${src.split('\n')[0]}\` …): ${count.toLocaleString('en-US')} positions, recorded in ${((t1 - t0) / 1000).toFixed(1)} s; ` +
    `at the end ${end.arenas.length} arenas, ${end.totals.liveObjects.toLocaleString('en-US')} live objects, ` +
    `snapshot JSON ${mb(JSON.stringify(end).length)}.`);
  say(`- snapshot(p) latency (up to ${arenas} arenas): ${percentiles(lat)}\n`);
}

{
  const src = `x = 0\nfor i in range(${steps}):\n    x = i * 1000\n`;
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = cpuMs();
  const run = traceProgram(src, { maxSteps: 1e9, timeoutMs: 0 });
  const t1 = cpuMs();
  const x = run.result.extra;
  say(`**${run.result.totals.steps.toLocaleString('en-US')}-step loop** (\`for i in range(${steps}): x = i * 1000\`): ` +
    `recorded in ${((t1 - t0) / 1000).toFixed(1)} s, ${x.events.toLocaleString('en-US')} events, ` +
    `${(x.traceBytes / (x.events - x.window.droppedEvents)).toFixed(2)} bytes/event incl. checkpoints, trace ${mb(x.traceBytes)}, ` +
    `window steps ${x.window.firstStep}..${x.window.lastStep}${x.window.truncated ? ' (truncated)' : ' (whole run)'}.`);
  const w = run.trace.window;
  const lat: number[] = [];
  for (let i = 0; i < 40; i++) {
    const k = w.firstStep + Math.floor(rnd() * (w.lastStep - w.firstStep));
    const a = cpuMs();
    run.trace.seek(k);
    lat.push(cpuMs() - a);
  }
  say(`- Trace.seek(step) at random steps: ${percentiles(lat)}`);
  (globalThis as { gc?: () => void }).gc?.();
  const t2 = cpuMs();
  const s = panelSession(src, { maxSteps: 1e9, timeoutMs: 0 });
  const t3 = cpuMs();
  const tl = s.run.timeline;
  const lat2: number[] = [];
  for (let i = 0; i < 40; i++) {
    const p = tl.window.first + Math.floor(rnd() * (tl.window.last - tl.window.first));
    const a = cpuMs();
    s.snapshot(p);
    lat2.push(cpuMs() - a);
  }
  say(`- panelSession: recorded in ${((t3 - t2) / 1000).toFixed(1)} s, ${tl.count.toLocaleString('en-US')} positions, ` +
    `window ${tl.window.first}..${tl.window.last}${tl.window.truncated ? ' (truncated)' : ''}, ${tl.points.length} timeline points`);
  say(`- snapshot(p) at random positions: ${percentiles(lat2)}`);
  const a = cpuMs();
  const f = s.findLine(1, 3, 1);
  const b = cpuMs();
  s.find(tl.count, 'line', -1);
  s.find(1, 'gc', 1);
  const c = cpuMs();
  say(`- findLine ${(b - a).toFixed(1)} ms (→ ${f}), find over the whole run ${(c - b).toFixed(1)} ms\n`);
}
