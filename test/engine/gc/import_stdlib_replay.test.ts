/**
 * The GC effect of importing a Python module is CPython's (vm/importer.ts loadAsCPython): a module start-up
 * already imported is a cache hit (nothing counted, collected or traced), and a measured first import
 * (profile.importGc, scripts/measure-gc-startup.mjs --import-gc) replays CPython's counts, collections and
 * cyclic garbage while heapscope's own module code runs unseen. The numbers a program prints are checked by
 * the conformance cases gc/import_stdlib_* and gc/import_startup_module; this checks the profiles' data
 * and the invariants of the hidden region.
 */
import { describe, expect, it } from 'vitest';
import { runAudited, type Version } from '../audited';
import { PROFILES } from '../../../src/engine/profiles/index';

const VERSIONS: Version[] = ['3.11', '3.12', '3.13'];

describe('stdlib import GC replay', () => {
  it('the profiles hold well-formed traffic with balanced nested imports', () => {
    for (const v of VERSIONS) {
      const p = PROFILES[v];
      expect(p.startupSysModules, v).toContain('abc');
      expect(p.startupSysModules, v).toContain('io');
      expect(Object.keys(p.importGc).length, v).toBeGreaterThan(0);
      for (const [m, t] of Object.entries(p.importGc)) {
        expect(p.startupSysModules, `${v} ${m}`).not.toContain(m);
        expect(t, `${v} ${m}`).toMatch(/^(?:[aefghxc]\d*|\([\w.]+;|\))*$/);
        // eval-breaker check points only where collections wait for them (3.12+)
        if (!p.gcAtEvalBreaker) expect(t.replace(/\([\w.]+;/g, '(').includes('c'), `${v} ${m}`).toBe(false);
        let depth = 0;
        for (const c of t.replace(/\([\w.]+;/g, '(')) {
          if (c === '(') depth++;
          else if (c === ')') depth--;
          expect(depth, `${v} ${m}`).toBeGreaterThanOrEqual(0);
        }
        expect(depth, `${v} ${m}`).toBe(0);
      }
    }
  });

  it.each(VERSIONS)('a start-up module is a cache hit: no count, collection or trace (%s)', (v) => {
    // the traced memory grows as much across the import as across the same statements without one
    const src = [
      'import gc, tracemalloc',
      'tracemalloc.start()',
      's0 = gc.get_stats()',
      'm0 = tracemalloc.get_traced_memory()[0]',
      'c0 = gc.get_count()',
      'm1 = tracemalloc.get_traced_memory()[0]',
      'c1 = gc.get_count()',
      'import abc',
      'm2 = tracemalloc.get_traced_memory()[0]',
      'c2 = gc.get_count()',
      'print(c0 == c1 == c2, s0 == gc.get_stats(), (m2 - m1) - (m1 - m0))',
    ].join('\n');
    expect(runAudited(src, v)).toBe('True True 0\n');
  });

  it.each(VERSIONS)("heapscope's own module objects leave no garbage and keep working (%s)", (v) => {
    // the replayed garbage is all a collection finds: the second collection finds nothing
    const src = [
      'import gc',
      'import collections, dataclasses, enum',
      'gc.collect()',
      'print(gc.collect())',
      '@dataclasses.dataclass',
      'class P:',
      '    x: int',
      'class Color(enum.Enum):',
      '    RED = 1',
      'print(P(1), Color.RED, collections.Counter("aab").most_common(1))',
    ].join('\n');
    expect(runAudited(src, v)).toBe("0\nP(x=1) Color.RED [('a', 2)]\n");
  });
});
