/**
 * `node scripts/fuzz.mjs --explain prog.py [3.12] [--trap TYPE]`: explains a `leak` failure of one program.
 *
 * Runs the program like the fuzz worker (same leak check), remembering where each object was allocated: the
 * Python frames and the engine's JavaScript stack. For every leaked object no other leaked object references
 * (the roots of the leaked subgraph) it prints both, so the missing DECREF is near the engine function that
 * made the object. With `--trap TYPE` it also logs every reference-count change of objects of that type
 * (tp_name), with the JavaScript caller: the unmatched INCREF is the bug. (An object taken from a freelist
 * keeps the allocation site of its first use.)
 */
import { readFileSync } from 'node:fs';
import { runProgram } from '../../src/engine/vm/interp';
import type { PyObject } from '../../src/engine/objects/object';
import type { Runtime } from '../../src/engine/vm/runtime';
import type { PythonVersion } from '../../src/engine/index';
import { leakWalk, leakedByCPython, leakRoots, describe, liveListener } from './worker';
import { FUZZ_FILENAME } from './harness';

function pythonStack(rt: Runtime, depth: number): string {
  const out: string[] = [];
  for (let f = rt.frame; f !== null && out.length < depth; f = f.back) out.push(`${f.code.spec.co_filename}:${f.lineno} ${f.code.spec.co_name}`);
  return out.join(' <- ') || '(no Python frame: start-up or finalization)';
}

function jsStack(skip: number, depth: number): string {
  const lines = (new Error().stack ?? '').split('\n').slice(skip, skip + depth);
  return lines.map((l) => l.trim().replace(/^at /, '')).join(' < ');
}

/** Logs each change of o.ob_refcnt (a property trap on that one object). */
function trapRefcount(o: PyObject, rt: Runtime): void {
  let rc = o.ob_refcnt;
  const tag = `${o.ob_type.tp_name}@0x${o.addr.toString(16)}`;
  Object.defineProperty(o, 'ob_refcnt', {
    configurable: true,
    get: () => rc,
    set: (v: number) => {
      console.log(`  rc ${tag} ${rc} -> ${v}  [${pythonStack(rt, 2)}]  ${jsStack(3, 5)}`);
      rc = v;
    },
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const trapAt = args.indexOf('--trap');
  const trap = trapAt >= 0 ? args.splice(trapAt, 2)[1] : null;
  const [file, version = '3.12'] = args;
  if (!file) throw new Error('usage: node scripts/fuzz.mjs --explain prog.py [3.11|3.12|3.13] [--trap TYPE]');
  Error.stackTraceLimit = 30;
  const live = new Map<number, PyObject>();
  const where = new Map<PyObject, string>();
  const r = runProgram(readFileSync(file, 'utf8'), { version: version as PythonVersion, filename: FUZZ_FILENAME, stdin: '', timeoutMs: 60_000, maxSteps: 20_000_000 }, {
    beforeRun(rt) {
      rt.heap.listener = liveListener(
        live,
        (o) => {
          where.set(o, `Python: ${pythonStack(rt, 6)}\n    engine: ${jsStack(3, 10)}`);
          if (trap !== null && o.ob_type.tp_name === trap) trapRefcount(o, rt);
        },
        (o) => where.delete(o),
      );
    },
  });
  const rt = r.runtime;
  rt.heap.listener = null;
  process.stdout.write(r.stdout);
  process.stdout.write(r.stderr);
  const { leaked: all, reached } = leakWalk(rt, live);
  const kept = leakedByCPython(all, reached);
  const leaked = all.filter((o) => !kept.has(o));
  console.log(`\n${leaked.length} object(s) leaked`);
  if (kept.size > 0) console.log(`(and ${kept.size} CPython leaves allocated too: a garbage cycle through a reference the collector cannot see, and what it holds)`);
  for (const o of leakRoots(leaked).slice(0, 12)) console.log(`- ${describe(o)} at 0x${o.addr.toString(16)}, allocated at\n    ${where.get(o) ?? '(before the run)'}`);
}

main();
