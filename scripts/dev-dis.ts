import { parse } from '../src/engine/parser/index';
import { compileModule, disassemble } from '../src/engine/compiler/index';
import { readFileSync } from 'node:fs';
const src = readFileSync(process.argv[2], 'utf8');
const p = parse(src, { filename: 'x.py', version: '3.12' });
if (!p.ok) throw new Error(JSON.stringify(p.error));
const c = compileModule(p.module, { filename: 'x.py', version: '3.12', flags: { inlineComprehensions: true, loadSuperAttr: true } });
if (!c.ok) throw new Error(JSON.stringify(c.error));
console.log(disassemble(c.code));
