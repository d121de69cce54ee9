import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ObMalloc,
  PyMem,
  debugAllocatorStats,
  freeListStatLayout,
  parseDebugMallocStats,
  printone,
  renderDebugMallocStats,
  renderObMallocStats,
  withThousands,
} from '../../../src/engine/memory';
import type { PythonVersion } from '../../../src/engine';

const fixtures = join(__dirname, 'fixtures');
const VERSIONS: PythonVersion[] = ['3.11', '3.12', '3.13'];

describe('sys._debugmallocstats() text', () => {
  for (const version of VERSIONS) {
    it(`reproduces the captured CPython ${version} report byte for byte`, () => {
      // Captured with: PYENV_VERSION=<x.y.z> python<x.y> -c "import sys; sys._debugmallocstats()" 2> file
      const text = readFileSync(join(fixtures, `debugmallocstats-${version}.txt`), 'utf8');
      const parsed = parseDebugMallocStats(text);
      expect(renderDebugMallocStats(parsed)).toBe(text);
    });

    it(`has the ${version} freelist lines in CPython's order`, () => {
      const text = readFileSync(join(fixtures, `debugmallocstats-${version}.txt`), 'utf8');
      const names = parseDebugMallocStats(text).freelists.map((f) => `${f.blockName}/${f.sizeofBlock}`);
      expect(names).toEqual(freeListStatLayout(version).map((l) => `${l.blockName}/${l.sizeofBlock}`));
    });
  }

  it('formats numbers like printone()', () => {
    expect(withThousands(0)).toBe('0');
    expect(withThousands(999)).toBe('999');
    expect(withThousands(1000)).toBe('1,000');
    expect(withThousands(4194304)).toBe('4,194,304');
    expect(printone('Total', 655360)).toBe('Total                              =              655,360\n');
    // Labels longer than 48 columns are not truncated (measured: 2000 free 20-sized tuples).
    expect(debugAllocatorStats('free 20-sized PyTupleObject', 2000, 184)).toBe(
      '2000 free 20-sized PyTupleObjects * 184 bytes each =              368,000\n',
    );
    expect(debugAllocatorStats('free PyFloatObject', 4, 24)).toBe(
      '           4 free PyFloatObjects * 24 bytes each =                   96\n',
    );
  });

  it('renders the model state, with byte accounting that sums to the arenas', () => {
    const ob = new ObMalloc();
    ob.malloc(10);
    const b = ob.malloc(500);
    ob.malloc(500);
    ob.free(b);
    const text = renderObMallocStats(ob.stats());
    expect(text).toContain('    0     16           1               1          1020\n');
    expect(text).toContain('   31    512           1               1            30\n');
    expect(text).toContain('# arenas allocated current         =                    1\n');
    expect(text).toContain('61 unused pools * 16384 bytes      =              999,424\n');
    expect(text).toContain('# bytes lost to arena alignment    =               16,384\n');
    expect(text).toContain('# bytes lost to pool headers       =                   96\n');
    expect(text).toContain('# bytes lost to quantization       =                  464\n');
    expect(text).toContain('Total                              =            1,048,576\n');
    expect(text).toContain('# arena map mid nodes              =                    1\n');
    expect(text).toContain('# arena map bot nodes              =                    1\n');
  });

  it('keeps Total == arenas * 1 MiB after a busy run', () => {
    const mem = new PyMem();
    const live: number[] = [];
    for (let i = 0; i < 30_000; i++) live.push(mem.malloc(1 + ((i * 131) % 512)));
    for (let i = 0; i < live.length; i += 3) mem.free(live[i]!);
    const s = mem.obmalloc.stats();
    const text = renderObMallocStats(s);
    const totals = text.split('\n').filter((l) => l.startsWith('Total'));
    expect(totals[0]).toBe(printone('Total', s.narenas * 1048576).trimEnd());
  });
});
