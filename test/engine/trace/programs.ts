/** Random programs for the trace's property tests (seek, heap panel). */

export function mulberry(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random program of features the engine runs today (no methods of builtin types). */
export function randomProgram(rnd: () => number): string {
  const pick = <T,>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const vars = ['a', 'b', 'c', 'd'];
  const expr = (depth: number): string => {
    const k = Math.floor(rnd() * (depth > 1 ? 5 : 9));
    switch (k) {
      case 0: return String(Math.floor(rnd() * 3000));
      case 1: return `${(rnd() * 100).toFixed(2)}`;
      case 2: return `'s${Math.floor(rnd() * 50)}'`;
      case 3: return pick(vars);
      case 4: return `(${expr(depth + 1)}, ${expr(depth + 1)})`;
      case 5: return `[${expr(depth + 1)}, ${expr(depth + 1)}]`;
      case 6: return `{'k': ${expr(depth + 1)}}`;
      case 7: return `[i * ${1 + Math.floor(rnd() * 900)} for i in range(${Math.floor(rnd() * 6)})]`;
      default: return `g(${expr(depth + 1)})`;
    }
  };
  const lines = ['a = 1', 'b = 2.5', 'c = [a, b]', 'd = (c, 7)', 'def g(x):', '    t = [x, x]', '    return t', ''];
  const n = 4 + Math.floor(rnd() * 10);
  for (let i = 0; i < n; i++) {
    const k = Math.floor(rnd() * 7);
    if (k <= 2) lines.push(`${pick(vars)} = ${expr(0)}`);
    else if (k === 3) lines.push(`for j in range(${1 + Math.floor(rnd() * 5)}):`, `    ${pick(vars)} = ${expr(1)}`);
    else if (k === 4) lines.push(`print(${pick(vars)})`);
    else if (k === 5) lines.push(`${pick(vars)} = g(${expr(1)})`);
    else lines.push(`e = ${expr(0)}`, 'del e');
  }
  return lines.join('\n') + '\n';
}

/**
 * A random program that exercises the heap panel: instances with reference cycles, containers growing
 * (buffer resizes), floats and tuples (freelists), deletions, explicit and automatic collections.
 */
export function randomHeapProgram(rnd: () => number): string {
  const pick = <T,>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const n = (k: number) => Math.floor(rnd() * k);
  const lines = [
    'import gc',
    'class Node:',
    '    def __init__(self, v):',
    '        self.v = v',
    '        self.next = None',
    'def link(a, b):',
    '    a.next = b',
    '    b.next = a',
    '    return [a, b]',
    'keep = []',
    'table = {}',
  ];
  const count = 6 + n(12);
  for (let i = 0; i < count; i++) {
    switch (n(10)) {
      case 0:
        lines.push(`pair = link(Node(${n(5000)}), Node(${(rnd() * 10).toFixed(3)}))`);
        break;
      case 1:
        lines.push(`for i in range(${1 + n(40)}):`, `    keep.append((i, i * ${1 + n(999)}.5))`);
        break;
      case 2:
        lines.push(`table['k${n(6)}'] = [Node(j) for j in range(${n(8)})]`);
        break;
      case 3:
        lines.push(`del keep[:${n(30)}]`);
        break;
      case 4:
        lines.push(`pair = None`);
        break;
      case 5:
        lines.push(`gc.collect(${pick(['', '0', '1', '2'])})`);
        break;
      case 6:
        lines.push(`s = {${n(100)}, ${n(100)}, 'x${n(9)}'}`, `b = bytearray(${n(700)})`);
        break;
      case 7:
        lines.push(`for i in range(${1 + n(300)}):`, `    t = [Node(i)]`, `    t[0].next = t`);
        break;
      case 8:
        lines.push(`x = ${(rnd() * 100).toFixed(2)} * ${n(50)}`, `y = (x, x + 1.5)`);
        break;
      default:
        lines.push(`table.pop('k${n(6)}', None)`);
    }
  }
  lines.push('print(len(keep), len(table))');
  return lines.join('\n') + '\n';
}
