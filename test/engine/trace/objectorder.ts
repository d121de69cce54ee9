/**
 * The objects table's order and filter as the protocol defines them (protocol/heap.ts `ObjectQuery`),
 * written out plainly over full `ObjectView` lists: the reference the engine's paged query
 * (trace/objecttable.ts) and the panel's table are checked against.
 */
import type { ObjectColumn, ObjectView } from '../../../src/protocol/heap';
import { generationCode } from '../../../src/protocol/heap';

export function referenceOrder(objects: ObjectView[], column: ObjectColumn, descending: boolean): ObjectView[] {
  const key = (o: ObjectView): number | string => {
    switch (column) {
      case 'type':
        return o.type;
      case 'names':
        return o.names.join(', ') || o.preview;
      case 'generation':
        return generationCode(o.generation);
      case 'line':
        return o.line > 0 ? o.line : Infinity;
      default:
        return o[column];
    }
  };
  const dir = descending ? -1 : 1;
  return [...objects].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const c = column === 'type' ? String(x).localeCompare(String(y)) : x < y ? -1 : x > y ? 1 : 0;
    return c !== 0 ? c * dir : a.id - b.id;
  });
}

export function referenceFilter(objects: ObjectView[], filter: string): ObjectView[] {
  const f = filter.trim().toLowerCase();
  if (f === '') return objects;
  return objects.filter(
    (o) =>
      o.type.toLowerCase().includes(f) ||
      ('0x' + o.id.toString(16)).includes(f) ||
      o.names.some((n) => n.toLowerCase().includes(f)) ||
      o.preview.toLowerCase().includes(f) ||
      `line ${o.line}` === f ||
      String(o.line) === f,
  );
}
