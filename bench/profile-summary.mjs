#!/usr/bin/env node
// Summarise a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per source file.
// Usage: node bench/profile-summary.mjs PROFILE.cpuprofile [--top N]
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/profile-summary.mjs PROFILE.cpuprofile [--top N]');
  process.exit(2);
}
const ti = process.argv.indexOf('--top');
const top = ti > 0 ? Number(process.argv[ti + 1]) : 25;
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dts = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) {
  const id = prof.samples[i];
  self.set(id, (self.get(id) ?? 0) + (dts[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fnSelf = new Map();
const fileSelf = new Map();
for (const [id, t] of self) {
  const n = byId.get(id);
  const cf = n.callFrame;
  const url = (cf.url || '').replace(/^file:\/\//, '');
  const key = `${cf.functionName || '(anonymous)'}  ${url.split('/').slice(-1)[0]}:${cf.lineNumber + 1}`;
  fnSelf.set(key, (fnSelf.get(key) ?? 0) + t);
  const fk = cf.url ? url.split('/').slice(-1)[0] : cf.functionName;
  fileSelf.set(fk, (fileSelf.get(fk) ?? 0) + t);
}
const pct = (t) => ((100 * t) / total).toFixed(1).padStart(5) + '%';
console.log(`total sampled: ${(total / 1000).toFixed(0)} ms`);
console.log('\nself time by function:');
for (const [k, t] of [...fnSelf].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${(t / 1000).toFixed(1).padStart(8)} ms  ${k}`);
console.log('\nself time by file:');
for (const [k, t] of [...fileSelf].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`${pct(t)}  ${(t / 1000).toFixed(1).padStart(8)} ms  ${k}`);
