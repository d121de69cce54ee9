import { runSource } from '../src/engine/index';
import { readFileSync } from 'node:fs';
const src = readFileSync(process.argv[2], 'utf8');
const r = runSource(src, { version: (process.argv[3] as any) ?? '3.12', filename: process.argv[2] });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
process.exitCode = r.exitCode;
