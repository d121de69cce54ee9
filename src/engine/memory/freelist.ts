/**
 * Object-specific allocators ("freelists"): a freed float/tuple/list/dict/... is kept on a per-type
 * LIFO instead of going back to pymalloc, up to a limit; the next allocation of that type pops it
 * (hence `id([]) == id([])`). A collection of the oldest generation clears them back to pymalloc.
 *
 * Limits per version (facts doc section 4; "measured" = filled past the limit on the real interpreter
 * and read back from sys._debugmallocstats()):
 *
 *   freelist                       3.11       3.12       3.13      how we know
 *   float                          100        100        100       measured
 *   tuple, sizes 1..20             2000 each  2000 each  2000 each measured (size 21 has no line)
 *   list                           80         80         80        measured
 *   dict                           80         80         80        measured
 *   dict keys (smallest, str keys) 80         80         80        measured on 3.13 (only 3.13 prints it)
 *   slice                          1          1          1         source (no stats line)
 *   frame                          none: 3.11+ frames live on the per-thread data stack
 */

import type { PythonVersion } from '../index';

/** A bounded LIFO. O(1) push/pop, no allocation after the backing array has grown. */
export class FreeList<T> {
  private items: (T | undefined)[] = [];
  private n = 0;

  constructor(readonly limit: number) {}

  /** Keep `item`; false (and nothing kept) when the list is full. */
  push(item: T): boolean {
    if (this.n >= this.limit) return false;
    this.items[this.n++] = item;
    return true;
  }

  /** The most recently pushed item, or undefined when empty. */
  pop(): T | undefined {
    if (this.n === 0) return undefined;
    const item = this.items[--this.n];
    this.items[this.n] = undefined;
    return item;
  }

  /** Look at the item pop() would return. */
  peek(): T | undefined {
    return this.n === 0 ? undefined : this.items[this.n - 1];
  }

  get size(): number {
    return this.n;
  }

  /** Empty the list, most recent first, handing each item to `release` (e.g. back to pymalloc). */
  clear(release?: (item: T) => void): void {
    while (this.n > 0) {
      const item = this.items[--this.n] as T;
      this.items[this.n] = undefined;
      if (release) release(item);
    }
  }

  /** Items, oldest first (a copy, for views and tests). */
  toArray(): T[] {
    return this.items.slice(0, this.n) as T[];
  }
}

export type FreeListKind = 'float' | 'tuple' | 'list' | 'dict' | 'dictkeys' | 'slice';

export interface FreeListLimits {
  float: number;
  /** Tuple freelists exist for sizes 1..tupleMaxSaveSize, each holding up to `tuple` tuples. */
  tuple: number;
  tupleMaxSaveSize: number;
  list: number;
  dict: number;
  dictkeys: number;
  slice: number;
  /** 0: no frame freelist in 3.11+. */
  frame: number;
}

export const FREELIST_LIMITS: Readonly<Record<PythonVersion, Readonly<FreeListLimits>>> = {
  '3.11': { float: 100, tuple: 2000, tupleMaxSaveSize: 20, list: 80, dict: 80, dictkeys: 80, slice: 1, frame: 0 },
  '3.12': { float: 100, tuple: 2000, tupleMaxSaveSize: 20, list: 80, dict: 80, dictkeys: 80, slice: 1, frame: 0 },
  '3.13': { float: 100, tuple: 2000, tupleMaxSaveSize: 20, list: 80, dict: 80, dictkeys: 80, slice: 1, frame: 0 },
};

/**
 * One line of the freelist part of sys._debugmallocstats() (`_PyDebugAllocatorStats`): the block name
 * is pluralised with "s", e.g. "free PyFloatObject" → "4 free PyFloatObjects * 24 bytes each".
 */
export interface FreeListStatLine {
  kind: FreeListKind;
  /** Tuple size for kind 'tuple'. */
  tupleSize?: number;
  blockName: string;
  sizeofBlock: number;
}

/**
 * The freelist lines sys._debugmallocstats() prints, in order, per version (captured from 3.11.7,
 * 3.12.1, 3.13.0): dict, [dict keys: 3.13 only], float, list, then tuples of size 1..20 (zeros included).
 */
export function freeListStatLayout(version: PythonVersion): FreeListStatLine[] {
  const lines: FreeListStatLine[] = [{ kind: 'dict', blockName: 'free PyDictObject', sizeofBlock: 48 }];
  if (version === '3.13') lines.push({ kind: 'dictkeys', blockName: 'free PyDictKeysObject', sizeofBlock: 32 });
  lines.push({ kind: 'float', blockName: 'free PyFloatObject', sizeofBlock: 24 });
  lines.push({ kind: 'list', blockName: 'free PyListObject', sizeofBlock: 40 });
  const max = FREELIST_LIMITS[version].tupleMaxSaveSize;
  for (let size = 1; size <= max; size++) {
    lines.push({ kind: 'tuple', tupleSize: size, blockName: `free ${size}-sized PyTupleObject`, sizeofBlock: 24 + 8 * size });
  }
  return lines;
}
