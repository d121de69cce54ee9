/**
 * Text formatting shared by every place heapscope shows memory numbers (CLI annotations, editor
 * annotations and hovers, status bar, heap panel), so the same quantity always reads the same. Pure.
 */

export const MINUS = '\u2212';

/** `56 B`, `1.5 KiB`, `2.25 MiB` (binary units, as `_debugmallocstats` and tracemalloc count); keeps the sign. */
export function formatSignedBytes(n: number): string {
  const a = Math.abs(n);
  if (a < 1024) return `${n} B`;
  if (a < 1024 * 1024) return `${trim(n / 1024)} KiB`;
  return `${trim(n / (1024 * 1024))} MiB`;
}

/** Like formatSignedBytes, of the magnitude (callers add their own sign). */
export function formatBytes(n: number): string {
  return formatSignedBytes(Math.abs(n));
}

function trim(x: number): string {
  const a = Math.abs(x);
  if (a >= 100) return x.toFixed(0);
  // drop trailing zeros of the fraction only: 2.50 → 2.5, 1.00 → 1
  return (a >= 10 ? x.toFixed(1) : x.toFixed(2)).replace(/\.?0+$/, '');
}

/**
 * One side of a line's activity: `+3 obj +184 B`, `−1 obj −56 B`, or only bytes when no object was involved
 * (`+400 B`: a separate buffer such as a dict's keys table grew). '' when nothing happened.
 */
export function memoryDelta(sign: '+' | '-', objects: number, bytes: number): string {
  if (objects === 0 && bytes === 0) return '';
  const s = sign === '+' ? '+' : MINUS;
  return objects > 0 ? `${s}${objects} obj ${s}${formatBytes(bytes)}` : `${s}${formatBytes(bytes)}`;
}
