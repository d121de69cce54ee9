/** Number formatting shared by the panel's views. */
import type { ObjectView } from '../src/protocol/heap';
import { formatSignedBytes } from '../src/protocol/format';

/** `0x7f3a…` as CPython's `hex(id(x))` prints it. */
export function hex(n: number): string {
  return '0x' + n.toString(16);
}

const INT = new Intl.NumberFormat('en-US');

/** `12,345` */
export function int(n: number): string {
  return INT.format(n);
}

/** `56 B`, `1.5 KiB`, `2.25 MiB` (binary units, as `_debugmallocstats` and tracemalloc count). */
export const bytes = formatSignedBytes;

/** `1st`, `2nd`, `3rd`, `11th` */
export function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return n + (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
}

/** `3 objects`, `1 object` */
export function plural(n: number, word: string, many = word + 's'): string {
  return `${int(n)} ${n === 1 ? word : many}`;
}

type Generation = ObjectView['generation'];

/** Generation as a short label: `gen 0`, `permanent`, `untracked`, `—` (not a GC type). */
export function generation(g: Generation): string {
  if (g === null) return '—';
  if (g === 'untracked' || g === 'permanent' || g === 'unreachable') return g;
  return `gen ${g}`;
}

/** Order and colour index of a generation: 0, 1, 2, permanent, untracked, not a GC type, unreachable. */
export function generationIndex(g: Generation): number {
  return g === null ? 5 : g === 'unreachable' ? 6 : g === 'untracked' ? 4 : g === 'permanent' ? 3 : g;
}

/**
 * Refcounts at or above 2**31 are immortal objects (3.12+: `_Py_IsImmortal` tests the low 32 bits as a
 * negative int32; `sys.getrefcount` shows the raw value). Shown as "immortal".
 */
export function refcount(n: number): string {
  return n >= 2 ** 31 ? 'immortal' : String(n);
}

/** Generation in words, for sentences. */
export function generationWords(g: Generation): string {
  if (g === null) return 'not tracked by the GC (no GC head)';
  if (g === 'untracked') return 'GC type, currently untracked';
  if (g === 'permanent') return 'in the permanent generation (never collected)';
  if (g === 'unreachable') return 'found unreachable by the running collection (finalizers and callbacks run before it is freed)';
  return `in GC generation ${g}`;
}
