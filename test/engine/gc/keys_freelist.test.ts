/**
 * The dict-keys freelist a program starts from and what imports leave there (profile.gcStartupFreelists
 * .dictKeys and profile.importKeysFreelist, measured by scripts/measure-gc-startup.mjs), and the static types
 * whose layout follows the run's version (ExceptionGroup) or gets per-run shared keys (random.Random): they
 * must not carry one run's state into the next run of the same process.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/vm/interp';
import { getProfile } from '../../../src/engine/profiles/index';
import { runAudited } from '../audited';

const VERSIONS = ['3.11', '3.12', '3.13'] as const;

/** The dict-keys freelist's length when `src` has run (no finalization, which would free it). */
function keysFreelistAfter(src: string, version: (typeof VERSIONS)[number]): number {
  const r = runProgram(src, { version, filename: 'prog.py', finalize: false });
  expect(r.stderr).toBe('');
  return r.runtime.freelists.dictKeys.length;
}

/** The map importKeysFreelist gives `mod` on `version`, applied to a count. */
function importMap(version: (typeof VERSIONS)[number], mod: string): (n: number) => number {
  const m = getProfile(version).importKeysFreelist[mod];
  expect(m, `${version} ${mod}`).toBeDefined();
  const [delta, lo, hi] = m;
  return (n) => Math.min(hi, Math.max(lo, n + delta));
}

describe.each(VERSIONS)('the dict-keys freelist on %s', (v) => {
  const startup = getProfile(v).gcStartupFreelists.dictKeys;

  it('starts with the tables CPython’s start-up left there', () => {
    expect(keysFreelistAfter('pass\n', v)).toBe(startup);
  });

  it('after an uncached import holds what CPython’s import leaves, whatever heapscope’s own import did', () => {
    // tracemalloc's import runs collections.abc, functools and linecache here: none of it counts on its own
    expect(keysFreelistAfter('import tracemalloc\n', v)).toBe(importMap(v, 'tracemalloc')(startup));
  });

  it('applies only the outermost import’s map, and nothing for a cached module', () => {
    const once = keysFreelistAfter('import tracemalloc\n', v);
    expect(keysFreelistAfter('import tracemalloc\nimport tracemalloc\nimport collections.abc\n', v)).toBe(once);
  });

  it('follows a program’s own use of the freelist before the import', () => {
    // 90 one-key str dicts kept alive empty the freelist; clearing 30 of them parks 30 tables
    const src = 'keep = [{"a": i} for i in range(90)]\nfor d in keep[:30]:\n    d.clear()\nimport tracemalloc\n';
    expect(keysFreelistAfter(src, v)).toBe(importMap(v, 'tracemalloc')(30));
  });

  it('is left alone by an import that fails', () => {
    const src = 'try:\n    import no_such_module_here\nexcept ImportError:\n    pass\n';
    expect(keysFreelistAfter(src, v)).toBe(startup);
  });
});

describe('static types with per-version or per-run state', () => {
  // (a run may set a static type's fields, never grow a static dict: its table would come from that run's heap)
  const probe = [
    'import sys, random',
    'eg = ExceptionGroup("m", [ValueError()])',
    'print(sys.getsizeof(eg), ExceptionGroup.__basicsize__, ExceptionGroup.__weakrefoffset__, ExceptionGroup.__flags__ & 8)',
    'class G(ExceptionGroup): pass',
    'print(sys.getsizeof(G("m", [ValueError()])))',
    'print(sys.getsizeof(random.Random(1).__dict__), sys.getsizeof(random.SystemRandom().__dict__))',
    'import types',
    'print(types.SimpleNamespace is type(sys.implementation), sys.implementation.cache_tag, types.SimpleNamespace(a=1))',
  ].join('\n');
  const expected: Record<(typeof VERSIONS)[number], string> = {
    // CPython 3.11.7 / 3.12.1 / 3.13.0
    '3.11': '112 96 88 0\n112\n304 304\nTrue cpython-311 namespace(a=1)\n',
    '3.12': '120 88 -32 8\n120\n304 304\nTrue cpython-312 namespace(a=1)\n',
    '3.13': '120 88 -32 8\n120\n304 304\nTrue cpython-313 namespace(a=1)\n',
  };

  it('ExceptionGroup and random.Random follow each run’s version, in any order within one process', () => {
    for (const v of ['3.12', '3.11', '3.13', '3.11', '3.12'] as const) expect(runAudited(probe, v), v).toBe(expected[v]);
  });
});
