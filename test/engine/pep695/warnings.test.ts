/**
 * The warnings machinery (vm/modules/warnings.ts + stdlib/warnings.py): the once-per-location default
 * registry, the filter version that resets registries, warnings raised by native code (time.strptime on
 * 3.13), and reference hygiene (auditLastRun). Expected outputs were printed by CPython 3.11.7 / 3.12.1 / 3.13.0.
 */
import { describe, expect, it } from 'vitest';
import { runAuditedOutput as run } from '../audited';


describe.each(['3.11', '3.12', '3.13'] as const)('warnings on %s', (v) => {
  it('shows a warning once per location until the filters change', () => {
    const src = [
      'import warnings',
      'for i in range(3):',
      '    warnings.warn("loop")',
      'print(sorted(k for k in __warningregistry__ if k != "version"))',
      'warnings.simplefilter("default")',
      'warnings.warn("loop")',
      'print(len(__warningregistry__))',
    ].join('\n');
    expect(run(src, v)).toEqual({
      stdout: "[('loop', <class 'UserWarning'>, 3)]\n2\n",
      stderr: 'prog.py:3: UserWarning: loop\n  warnings.warn("loop")\nprog.py:6: UserWarning: loop\n  warnings.warn("loop")\n',
    });
  });
  it('ignores DeprecationWarning outside __main__ by default', () => {
    const src = [
      'import warnings',
      'warnings.warn_explicit("dep", DeprecationWarning, "lib.py", 3, module="lib")',
      'warnings.warn_explicit("dep", DeprecationWarning, "main.py", 4, module="__main__")',
      'print([f[0] for f in warnings.filters])',
    ].join('\n');
    expect(run(src, v)).toEqual({
      stdout: "['default', 'ignore', 'ignore', 'ignore', 'ignore']\n",
      stderr: 'main.py:4: DeprecationWarning: dep\n',
    });
  });
});

describe('native warnings', () => {
  it('time.strptime warns about %d without a year on 3.13 only, once per format', () => {
    const src = 'import time\nfor i in range(2):\n    time.strptime("01", "%d")\n';
    expect(run(src, '3.12').stderr).toBe('');
    const err = run(src, '3.13').stderr;
    expect(err.startsWith('prog.py:3: DeprecationWarning: Parsing dates involving a day of month without a year')).toBe(true);
    expect(err.split('DeprecationWarning').length).toBe(2);
    expect(err.endsWith('  time.strptime("01", "%d")\n')).toBe(true);
  });
});
