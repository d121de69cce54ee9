/**
 * The GC state a program starts from (issue #4): the counts and stats CPython has when it compiles the file
 * (profile.gcStartupCounts / gcStartupStats, measured by scripts/measure-gc-startup.mjs), the function object the module code
 * runs in (PyEval_EvalCode), and 3.12+'s automatic collection at a frame's RESUME. Expected outputs were
 * printed by CPython 3.11.7, 3.12.1 and 3.13.0 running the same program as a script.
 */
import { describe, expect, it } from 'vitest';
import { GC } from '../../../src/engine/memory/gc';
import { getProfile } from '../../../src/engine/profiles/index';
import { runAudited as run } from '../audited';

const VERSIONS = ['3.11', '3.12', '3.13'] as const;


/** "(a, b, c)" → [a, b, c] */
function counts(line: string): number[] {
  return line.replace(/[()\s]/g, '').split(',').map(Number);
}

describe('GC.startProgram', () => {
  it.each(VERSIONS)('%s: the counts and stats become the profile’s start-up state', (v) => {
    const profile = getProfile(v);
    const gc = new GC(profile, {
      writeStderr: () => {},
      clearFreelists: () => {},
      appendGarbage: () => {},
      writeUnraisable: () => {},
      callWeakrefCallback: (cb) => cb,
    });
    expect(gc.getCount()).toEqual([0, 0, 0]);
    gc.startProgram();
    expect(gc.getCount()).toEqual([...profile.gcStartupCounts]);
    expect(gc.stats.map((s) => [s.collections, s.collected, s.uncollectable])).toEqual(
      profile.gcStartupStats.map((g) => [...g]),
    );
  });
});

describe.each(VERSIONS)('the state a program starts from on %s', (v) => {
  it('gc.get_stats() includes the collections CPython’s start-up ran', () => {
    const profile = getProfile(v);
    const st = profile.gcStartupStats;
    const show = 'print([(s["collections"], s["collected"]) for s in gc.get_stats()])\n';
    if (profile.gcStartupCounts[0] + 100 < profile.gcThresholds[0]) {
      // nothing collects between the start of the compile and the first line of a one-line file:
      // CPython prints [(22, 43), (2, 92), (0, 0)] (3.11) and [(3, 24), (0, 0), (0, 0)] (3.13)
      expect(run('import gc\n' + show, v)).toBe(`[${st.map((g) => `(${g[0]}, ${g[1]})`).join(', ')}]\n`);
    } else {
      // 3.12: compiling a large body crosses the threshold: one more young collection, at the module's RESUME
      const body = Array.from({ length: 120 }, (_, k) => `v${k} = (${k}, 'name${k}', ${k}.25)\n`).join('');
      const got = run(`import gc\n${body}${show}`, v);
      expect(got.startsWith(`[(${st[0][0] + 1}, `)).toBe(true);
      expect(got.endsWith(`, (${st[1][0]}, ${st[1][1]}), (${st[2][0]}, ${st[2][1]})]\n`)).toBe(true);
    }
  });

  it('the module code runs in a function object that holds the globals (PyEval_EvalCode)', () => {
    const src = [
      'import gc, sys',
      'fs = [f for f in gc.get_referrers(globals()) if type(f).__name__ == "function" and f.__code__.co_name == "<module>"]',
      'print(len(fs), sys.getrefcount(globals()), fs[0].__globals__ is globals(), fs[0].__name__, fs[0].__doc__)',
    ].join('\n');
    // a docstring does not become the module function's __doc__ (_PyFunction_FromConstructor)
    expect(run(src, v)).toBe('1 4 True <module> None\n');
    expect(run('"""doc"""\n' + src, v)).toBe('1 4 True <module> None\n');
  });

  it('a collection scheduled right before a call runs before the callee’s first line', () => {
    // 3.12/3.13 collect at the callee's RESUME; 3.11 inside the allocation (the list display) — both before
    // enter() sets `where`
    const src = [
      'import gc',
      'where = "module"',
      'log = []',
      'def cb(phase, info):',
      '    if phase == "start":',
      '        log.append(where)',
      'def enter(node):',
      '    global where',
      '    where = "inside enter"',
      '    keep.append(node)',
      'keep = []',
      'gc.collect()',
      'gc.set_threshold(50, 1000, 1000)',
      'gc.callbacks.append(cb)',
      'for i in range(400):',
      '    where = "loop"',
      '    enter([i])',
      'gc.callbacks.remove(cb)',
      'gc.set_threshold(700, 10, 10)',
      'print(len(log), sorted(set(log)))',
    ].join('\n');
    expect(run(src, v)).toBe("7 ['loop']\n");
  });
});

/** versions whose start-up counts leave room below threshold 0 / sit just below it with deferred collection */
const ROOMY = VERSIONS.filter((v) => getProfile(v).gcStartupCounts[0] + 100 < getProfile(v).gcThresholds[0]);
const NEAR = VERSIONS.filter((v) => getProfile(v).gcAtEvalBreaker && !ROOMY.includes(v));

describe('the first line’s counts', () => {
  it('every version is covered by one of the cases below', () => {
    expect([...ROOMY, ...NEAR].sort()).toEqual([...VERSIONS]);
  });

  // 3.11 / 3.13: compiling a one-line file and `import gc` stay below threshold 0, so generations 1 and 2
  // keep the start-up counts at the first line (CPython: (248, 0, 2) and (30, 3, 0))
  it.each(ROOMY)('%s: the older generations’ counts are those start-up left', (v) => {
    const profile = getProfile(v);
    const c = counts(run('import gc\nprint(gc.get_count())\n', v).trim());
    expect(c.slice(1)).toEqual(profile.gcStartupCounts.slice(1));
    expect(c[0]).toBeGreaterThan(profile.gcStartupCounts[0]);
  });

  // 3.12 starts 33 below threshold 0: compiling a large module body schedules a collection, which runs at
  // the module's RESUME, before its first line (CPython, 120 such lines: (20, 5, 0))
  it.each(NEAR)('%s: a collection scheduled while the file was compiled runs before the first line', (v) => {
    const profile = getProfile(v);
    const body = Array.from({ length: 120 }, (_, k) => `v${k} = (${k}, 'name${k}', ${k}.25)\n`).join('');
    const c = counts(run(`import gc\n${body}print(gc.get_count())\n`, v).trim());
    expect(c[1]).toBe(profile.gcStartupCounts[1] + 1);
    expect(c[2]).toBe(profile.gcStartupCounts[2]);
    expect(c[0]).toBeLessThan(100);
  });
});
