/**
 * Issue #4: an uncached import of a builtin module replays importlib's GC traffic (profile.gcImportBuiltin,
 * measured by scripts/measure-gc-startup.mjs --import): its transient allocations move gc.get_count() and
 * make collections due inside the import, which run there as real collections (gc.callbacks, stats).
 */
import { describe, expect, it } from 'vitest';
import { runAudited, type Version } from '../audited';
import { PROFILES } from '../../../src/engine/profiles/index';

const VERSIONS: Version[] = ['3.11', '3.12', '3.13'];

describe('importlib GC traffic of a builtin import', () => {
  it('the profiles hold well-formed traffic: spec, then module creation, then execution', () => {
    for (const v of VERSIONS) {
      const t = PROFILES[v].gcImportBuiltin;
      expect(t).toMatch(/^(?:[aefcSUMXldNKLD]|[tT]\d+)+$/);
      const [s, m, x] = ['S', 'M', 'X'].map((c) => t.indexOf(c));
      expect(s).toBeGreaterThanOrEqual(0);
      expect(m).toBeGreaterThan(s);
      expect(x).toBeGreaterThan(m);
      // eval-breaker check points only where collections wait for them (3.12+)
      expect(t.includes('c')).toBe(PROFILES[v].gcAtEvalBreaker);
      expect(PROFILES[v].builtinModules).toContain('gc');
      // the spec's _uninitialized_submodules list is made by ModuleSpec.__init__, after the spec
      expect(t.indexOf('U')).toBeGreaterThan(s);
    }
  });

  /** live transient tuples (by size), lists and dicts after each token, and whether a free ever had none */
  const balance = (tokens: string): { live: Record<string, number>; unmatched: number } => {
    const live: Record<string, number> = {};
    let unmatched = 0;
    for (const [, tok, size] of tokens.matchAll(/([tTlLdDNK])(\d*)/g)) {
      const kind = tok === 't' || tok === 'T' ? `t${size}` : 'lLK'.includes(tok) ? 'l' : 'd';
      if ('tldNK'.includes(tok)) live[kind] = (live[kind] ?? 0) + 1;
      else if ((live[kind] ?? 0) > 0) live[kind]--;
      else unmatched++;
    }
    return { live, unmatched };
  };

  it("importlib's transient tuples, lists and dicts are all freed before the import returns", () => {
    for (const v of VERSIONS) {
      const { live, unmatched } = balance(PROFILES[v].gcImportBuiltin);
      expect(unmatched, v).toBe(0);
      expect(Object.values(live).every((n) => n === 0), `${v}: ${JSON.stringify(live)}`).toBe(true);
    }
  });

  it("a module's own traffic is measured for every builtin module start-up does not import", () => {
    for (const v of VERSIONS) {
      const p = PROFILES[v];
      for (const m of p.builtinModules) {
        if (p.startupModules.includes(m)) continue;
        const t = p.gcBuiltinModuleTraffic[m];
        expect(t, `${v} ${m}`).toMatch(/^(?:[afldNKLD]|[tT]\d+)*$/);
        expect(balance(t).unmatched, `${v} ${m}`).toBe(0);
      }
    }
    // 3.12 made itertools' types heap types: each one a type, its dict, bases and mro tuples, descriptors
    expect(PROFILES['3.12'].gcBuiltinModuleTraffic.itertools.length).toBeGreaterThan(100);
  });

  it('a lowered threshold collects inside the import, with callbacks and stats', () => {
    const src = [
      'import gc',
      'seen = []',
      'def cb(phase, info):',
      '    if phase == "start": seen.append(info["generation"])',
      'before = sum(s["collections"] for s in gc.get_stats())',
      'gc.callbacks.append(cb)',
      'gc.set_threshold(2)',
      'import _tracemalloc',
      'gc.set_threshold(700)',
      'gc.callbacks.remove(cb)',
      'n = sum(s["collections"] for s in gc.get_stats()) - before',
      'print(n > 0, n == len(seen), 0 in seen, "_tracemalloc" in __import__("sys").modules)',
    ].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe('True True True True\n');
  });

  it('a cached import replays nothing', () => {
    const src = ['import gc', 'import _tracemalloc', 'c = gc.get_count()', 'import _tracemalloc', 'print(gc.get_count() == c)'].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe('True\n');
  });
});
