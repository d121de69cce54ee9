/**
 * Frame objects (vm/frame.ts, vm/frametype.ts, vm/framelocals.ts): f_locals per version, take_ownership
 * (f_back links, GC tracking, what a finished frame keeps alive) and the frame pool. Expected outputs are
 * what CPython 3.11.7 / 3.12.1 / 3.13.0 print for the same programs; every run must leave a clean heap audit.
 */
import { describe, expect, it } from 'vitest';
import { runAudited, type Version } from './audited';

const VERSIONS: Version[] = ['3.11', '3.12', '3.13'];

describe('take_ownership', () => {
  it('a returned frame keeps its locals while later calls reuse pooled frames', () => {
    const src = [
      'import sys',
      'def keep(a):',
      '    b = [a, a]',
      '    return sys._getframe()',
      'def other(x, y):',
      '    z = x + y',
      '    return z',
      'frames = [keep(i) for i in range(3)]',
      'for i in range(100):',
      '    other(i, i)',
      'print([sorted(f.f_locals.items()) for f in frames])',
      'print([f.f_back is frames[0].f_back for f in frames])',
    ].join('\n');
    for (const v of VERSIONS) {
      // 3.11 runs the list comprehension in its own frame: each f_back is that one frame; 3.12+ inline it
      expect(runAudited(src, v)).toBe(
        "[[('a', 0), ('b', [0, 0])], [('a', 1), ('b', [1, 1])], [('a', 2), ('b', [2, 2])]]\n[True, True, True]\n",
      );
    }
  });

  it('collects cycles through finished frames and releases functions and code', () => {
    const src = [
      'import sys, gc',
      'def selfref():',
      '    fr = sys._getframe()',
      '    x = [1, 2]',
      '    raise ValueError',
      'def run():',
      '    try:',
      '        selfref()',
      '    except ValueError as e:',
      '        return e',
      'gc.collect()',
      'e = run()',
      'del e',
      'print(gc.collect())',
      'def c2():',
      '    return sys._getframe()',
      'x = c2()',
      'r = sys.getrefcount(c2), sys.getrefcount(c2.__code__)',
      'del x',
      'print(r, sys.getrefcount(c2), sys.getrefcount(c2.__code__))',
    ].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe('3\n(3, 4) 2 3\n');
  });
});

describe('f_locals and locals()', () => {
  const src = [
    'import sys',
    'def f(a):',
    '    fr = sys._getframe()',
    '    l1 = fr.f_locals',
    '    same = l1 is fr.f_locals',
    '    fr.f_locals["a"] = 5',
    '    print(type(l1).__name__, same, locals() is locals(), a)',
    '    print(sorted(l1))',
    'f(1)',
  ].join('\n');

  it('3.11 and 3.12: one dict per frame, refreshed on each access', () => {
    for (const v of ['3.11', '3.12'] as Version[]) {
      expect(runAudited(src, v)).toBe("dict True True 1\n['a', 'fr', 'l1', 'same']\n");
    }
  });

  it('3.13: a new write-through FrameLocalsProxy per access', () => {
    expect(runAudited(src, '3.13')).toBe("FrameLocalsProxy False False 5\n['a', 'fr', 'l1', 'same']\n");
  });
});
