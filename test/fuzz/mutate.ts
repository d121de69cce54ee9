/**
 * Mutation of real programs (the conformance cases): the live-edit case, where the editor hands the engine
 * whatever is on screen mid-keystroke. Mutations work on a rough token stream (names, numbers, strings,
 * operators, whitespace) and on lines: delete or duplicate a token, insert a stray token, truncate at any
 * character, swap, delete, duplicate or re-indent lines. The results are mostly invalid or different
 * programs; the engine must still answer with a Python error, a syntax error or a named limit.
 */
import { Rng } from './prng';

const TOKEN = /[A-Za-z_][A-Za-z0-9_]*|\d[\d_.eEjx]*|"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|\n|[ \t]+|#[^\n]*|\*\*=?|\/\/=?|->|:=|[<>=!]=|<<|>>|[^\s]/g;

const STRAY = ['(', ')', '[', ']', '{', '}', ':', ',', '.', '=', 'lambda', 'yield', 'await', 'del', 'not', 'in', 'is', '*', '**', '\\', '"', "'", '\t', '\n', '    ', 'if', 'else', 'class', 'def', 'return', 'global', 'nonlocal', '@', ';', '\0', '\ufeff', 'é', '0x', '1e', 'f"{', '...'];

function tokens(src: string): string[] {
  return src.match(TOKEN) ?? [];
}

/** One mutation of `src`, chosen by `rng`; returns the new source and what was done (for reports). */
export function mutateOnce(src: string, rng: Rng): { source: string; op: string } {
  const lines = src.split('\n');
  const op = rng.pick(['delete-token', 'duplicate-token', 'insert-token', 'truncate', 'swap-lines', 'delete-line', 'duplicate-line', 'reindent-line', 'replace-token']);
  switch (op) {
    case 'delete-token':
    case 'duplicate-token':
    case 'insert-token':
    case 'replace-token': {
      const toks = tokens(src);
      if (toks.length === 0) return { source: rng.pick(STRAY), op };
      const i = rng.int(0, toks.length - 1);
      if (op === 'delete-token') toks.splice(i, 1);
      else if (op === 'duplicate-token') toks.splice(i, 0, toks[i]);
      else if (op === 'insert-token') toks.splice(i, 0, rng.pick(STRAY));
      else toks[i] = rng.chance(0.5) ? rng.pick(STRAY) : toks[rng.int(0, toks.length - 1)];
      return { source: toks.join(''), op };
    }
    case 'truncate':
      return { source: src.slice(0, rng.int(0, src.length)), op };
    case 'swap-lines': {
      const a = rng.int(0, lines.length - 1);
      const b = Math.min(lines.length - 1, a + rng.int(1, 3));
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return { source: lines.join('\n'), op };
    }
    case 'delete-line':
      lines.splice(rng.int(0, lines.length - 1), 1);
      return { source: lines.join('\n'), op };
    case 'duplicate-line': {
      const i = rng.int(0, lines.length - 1);
      lines.splice(i, 0, lines[i]);
      return { source: lines.join('\n'), op };
    }
    default: {
      const i = rng.int(0, lines.length - 1);
      lines[i] = rng.pick(['', ' ', '    ', '\t', '        ']) + lines[i].trimStart();
      return { source: lines.join('\n'), op };
    }
  }
}

/** 1 to 3 mutations of `src` (a pure function of the seed). */
export function mutateProgram(src: string, seed: number): { source: string; ops: string[] } {
  const rng = new Rng(seed);
  const n = rng.weighted([[6, 1], [3, 2], [1, 3]] as const);
  const ops: string[] = [];
  let s = src;
  for (let i = 0; i < n; i++) {
    const m = mutateOnce(s, rng);
    s = m.source;
    ops.push(m.op);
  }
  return { source: s, ops };
}
