/**
 * heapscope compiler — a dis-like listing of a CodeSpec, for debugging and tests.
 *
 * One line per instruction: `index OPNAME arg (argrepr)`; jump arguments are absolute instruction indices.
 * Nested code objects follow, each introduced by `Disassembly of <qualname>:`. The exception table is listed
 * after each code object as `start to end -> target [depth] lasti`.
 */
import { OP_NAMES, Op, isJump } from './opcodes';
import type { CodeSpec, ConstSpec } from './code';

export function constRepr(c: ConstSpec): string {
  switch (c.kind) {
    case 'None':
      return 'None';
    case 'Ellipsis':
      return 'Ellipsis';
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'int':
      return c.value.toString();
    case 'float':
      return Number.isInteger(c.value) && Math.abs(c.value) < 1e16 ? c.value.toFixed(1) : String(c.value);
    case 'complex':
      return `(${c.real}+${c.imag}j)`;
    case 'str':
      return JSON.stringify(c.value).replace(/^"|"$/g, "'");
    case 'bytes':
      return "b'" + Array.from(c.value, (b) => String.fromCharCode(b)).join('') + "'";
    case 'tuple':
      return '(' + c.items.map(constRepr).join(', ') + (c.items.length === 1 ? ',)' : ')');
    case 'frozenset':
      return 'frozenset({' + c.items.map(constRepr).join(', ') + '})';
    case 'code':
      return `<code ${c.code.co_qualname}>`;
  }
}

function argRepr(code: CodeSpec, op: number, arg: number): string {
  const names = code.co_names;
  switch (op) {
    case Op.LOAD_CONST:
    case Op.RETURN_CONST:
    case Op.KW_NAMES:
      return constRepr(code.co_consts[arg]);
    case Op.LOAD_NAME:
    case Op.STORE_NAME:
    case Op.DELETE_NAME:
    case Op.STORE_GLOBAL:
    case Op.DELETE_GLOBAL:
    case Op.STORE_ATTR:
    case Op.DELETE_ATTR:
    case Op.IMPORT_NAME:
    case Op.IMPORT_FROM:
    case Op.LOAD_FROM_DICT_OR_GLOBALS:
      return names[arg];
    case Op.LOAD_GLOBAL:
      return (arg & 1 ? 'NULL + ' : '') + names[arg >> 1];
    case Op.LOAD_ATTR:
      return names[arg >> 1] + (arg & 1 ? ' + NULL|self' : '');
    case Op.LOAD_SUPER_ATTR:
      return names[arg >> 2] + (arg & 1 ? ' + NULL|self' : '');
    case Op.LOAD_FAST:
    case Op.LOAD_FAST_CHECK:
    case Op.LOAD_FAST_AND_CLEAR:
    case Op.STORE_FAST:
    case Op.DELETE_FAST:
    case Op.MAKE_CELL:
    case Op.LOAD_CLOSURE:
    case Op.LOAD_DEREF:
    case Op.LOAD_FROM_DICT_OR_DEREF:
    case Op.STORE_DEREF:
    case Op.DELETE_DEREF:
      return code.co_localsplusnames[arg];
  }
  if (isJump(op)) return 'to ' + arg;
  return '';
}

export function disassemble(code: CodeSpec): string {
  const out: string[] = [];
  const one = (co: CodeSpec): void => {
    const n = co.code.length / 2;
    let lastLine = -2;
    for (let i = 0; i < n; i++) {
      const op = co.code[2 * i];
      const arg = co.code[2 * i + 1];
      const line = co.positions[4 * i];
      const lineCol = line !== lastLine ? String(line < 0 ? '' : line).padStart(4) : '    ';
      lastLine = line;
      const ar = argRepr(co, op, arg);
      out.push(`${lineCol} ${String(i).padStart(5)} ${(OP_NAMES[op] ?? '?' + op).padEnd(24)} ${arg}${ar ? ' (' + ar + ')' : ''}`);
    }
    if (co.exceptionTable.length) {
      out.push('ExceptionTable:');
      for (let r = 0; r < co.exceptionTable.length; r += 5) {
        const t = co.exceptionTable;
        out.push(`  ${t[r]} to ${t[r + 1]} -> ${t[r + 2]} [${t[r + 3]}]${t[r + 4] ? ' lasti' : ''}`);
      }
    }
    for (const c of co.co_consts) {
      if (c.kind === 'code') {
        out.push('');
        out.push(`Disassembly of <${c.code.co_qualname}>:`);
        one(c.code);
      }
    }
  };
  one(code);
  return out.join('\n') + '\n';
}
