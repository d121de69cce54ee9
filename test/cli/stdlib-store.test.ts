/**
 * The compiled stdlib store (src/cli/stdlib-store.ts): what it gives back is exactly what the compiler makes,
 * for every bundled module and version, and it is used only for the build and the source it was made from.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileStdlibModules, runSource, setStdlibCodeStore, PYTHON_VERSIONS, type StdlibCodeStore } from '../../src/engine/index';
import { stdlibStore, stdlibStoreFile, writeStdlibStores } from '../../src/cli/stdlib-store';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'heapscope-stdlib-store-'));
  writeStdlibStores(dir, 'build-a');
}, 120_000);

afterAll(() => {
  setStdlibCodeStore(null);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('compiled stdlib store', () => {
  it.each(PYTHON_VERSIONS)('gives back the compiler\'s code of every module (%s)', (version) => {
    const store = stdlibStore(dir, 'build-a');
    const modules = compileStdlibModules(version);
    expect(modules.length).toBeGreaterThan(50);
    for (const m of modules) {
      const stored = store.get(version, m.name, m.src);
      // (toStrictEqual: the same fields, typed array classes, bigints, -0 and NaN floats)
      expect(stored, m.name).toStrictEqual(m.spec);
    }
  });

  it('keeps constants shared within a module shared (the Materializer makes one object of each)', () => {
    const store = stdlibStore(dir, 'build-a');
    const m = compileStdlibModules('3.12').find((x) => x.name === 'tracemalloc')!;
    const count = (spec: unknown): number => {
      const seen = new Set<object>();
      let shared = 0;
      const walk = (v: unknown): void => {
        if (typeof v !== 'object' || v === null || ArrayBuffer.isView(v)) return;
        if (seen.has(v)) {
          shared++;
          return;
        }
        seen.add(v);
        for (const x of Object.values(v)) walk(x);
      };
      walk(spec);
      return shared;
    };
    expect(count(store.get('3.12', m.name, m.src))).toBe(count(m.spec));
  });

  it('is not used for another build of the engine, another source, or without its file', () => {
    const m = compileStdlibModules('3.12').find((x) => x.name === 'bisect')!;
    expect(stdlibStore(dir, 'build-a').get('3.12', m.name, m.src)).not.toBeNull();
    expect(stdlibStore(dir, 'build-b').get('3.12', m.name, m.src)).toBeNull();
    expect(stdlibStore(dir, 'build-a').get('3.12', m.name, m.src + '\n# changed\n')).toBeNull();
    expect(stdlibStore(dir, 'build-a').get('3.12', 'no_such_module', '')).toBeNull();
    expect(stdlibStore(join(dir, 'missing'), 'build-a').get('3.12', m.name, m.src)).toBeNull();
    const bad = mkdtempSync(join(tmpdir(), 'heapscope-stdlib-store-bad-'));
    try {
      writeFileSync(stdlibStoreFile(bad, '3.12'), 'not a store');
      expect(stdlibStore(bad, 'build-a').get('3.12', m.name, m.src)).toBeNull();
      writeFileSync(stdlibStoreFile(bad, '3.12'), serialize({ id: 'build-a', version: '3.11', modules: {} }));
      expect(stdlibStore(bad, 'build-a').get('3.12', m.name, m.src)).toBeNull();
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('runs programs that import the stdlib as compiling does', () => {
    const program = [
      'import tracemalloc, dataclasses, enum, typing, collections, functools, gc, sys',
      'tracemalloc.start()',
      '@dataclasses.dataclass',
      'class P:',
      '    x: int',
      '    y: typing.List[int] = dataclasses.field(default_factory=list)',
      'class Color(enum.Enum):',
      '    RED = 1',
      'ps = [P(i) for i in range(50)]',
      'c = collections.Counter("abracadabra")',
      'print(ps[3], Color.RED, c.most_common(2), functools.reduce(lambda a, b: a + b, range(10)))',
      'print(tracemalloc.get_traced_memory(), gc.collect(), gc.get_count(), sys.getrefcount(P))',
    ].join('\n');
    for (const version of PYTHON_VERSIONS) {
      setStdlibCodeStore(null);
      const compiled = runSource(program, { version });
      let hits = 0;
      const store = stdlibStore(dir, 'build-a');
      const counting: StdlibCodeStore = {
        get(v, name, src) {
          const spec = store.get(v, name, src);
          if (spec !== null) hits++;
          return spec;
        },
      };
      // (forgets the code compiled so far: each module comes from the store, as in a new process)
      setStdlibCodeStore(counting);
      const stored = runSource(program, { version });
      expect(compiled.exitCode, compiled.stderr).toBe(0);
      expect(stored).toEqual(compiled);
      expect(hits, version).toBeGreaterThan(0);
    }
  });
});
