/**
 * Test harness for the compiler: reads the CPython oracle fixtures written by scripts/gen-compiler-fixtures.py,
 * rebuilds heapscope ASTs from CPython's `ast` output, and normalises CodeSpecs for comparison.
 *
 * Normalisation (see the generator's docstring for the CPython side): instructions are (OPNAME, arg) with
 * absolute jump targets; CPython's CALL_INTRINSIC_1 5 / 6 are the contract's UNARY_POSITIVE / LIST_TO_TUPLE;
 * JUMP_BACKWARD_NO_INTERRUPT is JUMP_BACKWARD; COMPARE_OP's arg is the bare comparison; FOR_ITER and SEND jump
 * past END_FOR / END_SEND.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Module } from '../../../src/engine/parser/ast';
import type { CodeSpec, ConstSpec } from '../../../src/engine/compiler/code';
import { OP_NAMES } from '../../../src/engine/compiler/opcodes';

export interface FixtureCode {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  stacksize: number;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  names: string[];
  consts: unknown[];
  code: [string, number, number[]][];
  exceptiontable: number[][];
}
export interface Fixture {
  name: string;
  source: string;
  ast: unknown;
  codes?: FixtureCode[];
  error?: { msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number };
}

export function loadFixtures(version: string): Fixture[] {
  return JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', `compiler-${version}.json`), 'utf8')) as Fixture[];
}

function parseFloatRepr(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

function decodeConst(c: { kind: string; [k: string]: unknown }): ConstSpec {
  switch (c.kind) {
    case 'int':
      return { kind: 'int', value: BigInt(c.value as string) };
    case 'float':
      return { kind: 'float', value: parseFloatRepr(c.value as string) };
    case 'complex':
      return { kind: 'complex', real: parseFloatRepr(c.real as string), imag: parseFloatRepr(c.imag as string) };
    case 'bytes':
      return { kind: 'bytes', value: Uint8Array.from(c.value as number[]) };
    case 'tuple':
      return { kind: 'tuple', items: (c.items as never[]).map(decodeConst) };
    case 'frozenset':
      return { kind: 'frozenset', items: (c.items as never[]).map(decodeConst) };
    default:
      return c as unknown as ConstSpec;
  }
}

/** CPython `ast` JSON -> heapscope AST (fills 3.12 fields missing in 3.11's ast). */
export function toAst(j: unknown): Module {
  const conv = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(conv);
    if (n === null || typeof n !== 'object') return n;
    const o = n as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) {
      if ((o._type === 'Constant' || o._type === 'MatchSingleton') && k === 'value') out[k] = decodeConst(o[k] as never);
      else out[k] = conv(o[k]);
    }
    if ((o._type === 'FunctionDef' || o._type === 'ClassDef' || o._type === 'AsyncFunctionDef') && !out.type_params) {
      out.type_params = [];
    }
    return out;
  };
  return conv(j) as Module;
}

export function constToPy(c: ConstSpec): string {
  switch (c.kind) {
    case 'None':
      return 'None';
    case 'Ellipsis':
      return '...';
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'int':
      return c.value.toString();
    case 'float':
      return 'f' + (Object.is(c.value, -0) ? '-0' : String(c.value));
    case 'complex':
      return `c(${String(c.real)},${String(c.imag)})`;
    case 'str':
      return JSON.stringify(c.value);
    case 'bytes':
      return 'b' + Array.from(c.value).join(',');
    case 'tuple':
      return '(' + c.items.map(constToPy).join(', ') + ')';
    case 'frozenset':
      return 'fs{' + c.items.map(constToPy).sort().join(', ') + '}';
    case 'code':
      return '<code ' + c.code.co_qualname + '>';
  }
}
export function fixtureConstToPy(c: unknown): string {
  const o = c as { kind: string; qualname?: string };
  if (o.kind === 'code') return '<code ' + o.qualname + '>';
  return constToPy(decodeConst(o as never));
}

export function allCodes(co: CodeSpec): CodeSpec[] {
  const out: CodeSpec[] = [co];
  for (const c of co.co_consts) if (c.kind === 'code') out.push(...allCodes(c.code));
  return out;
}

export function instrs(co: CodeSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < co.code.length / 2; i++) out.push(`${OP_NAMES[co.code[2 * i]]} ${co.code[2 * i + 1]}`);
  return out;
}
export function positions(co: CodeSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < co.code.length / 2; i++) out.push(Array.from(co.positions.subarray(4 * i, 4 * i + 4)).join(','));
  return out;
}
export function table(co: CodeSpec): string[] {
  const out: string[] = [];
  for (let r = 0; r < co.exceptionTable.length; r += 5) out.push(Array.from(co.exceptionTable.subarray(r, r + 5)).join(','));
  return out;
}
const CO_FAST_LOCAL = 0x20;
const CO_FAST_CELL = 0x40;
const CO_FAST_FREE = 0x80;
/** co_varnames / co_cellvars / co_freevars from the localsplus layout (CPython's accessors). */
export function splitLocals(co: CodeSpec): { varnames: string[]; cellvars: string[]; freevars: string[] } {
  const varnames: string[] = [];
  const cellvars: string[] = [];
  const freevars: string[] = [];
  co.co_localsplusnames.forEach((n, i) => {
    const k = co.co_localspluskinds[i];
    if (k & CO_FAST_LOCAL) varnames.push(n);
    if (k & CO_FAST_CELL) cellvars.push(n);
    if (k & CO_FAST_FREE) freevars.push(n);
  });
  return { varnames, cellvars, freevars };
}
