/**
 * Issue #3: the functions of builtin modules are bound to their module (PyCFunction's m_self), as in
 * CPython: `f.__self__` is the module, each function holds a reference to it (sys.getrefcount counts them),
 * the module <-> function cycle is freed by the collector and at shutdown, and the sys / time functions
 * CPython has exist (working, or raising a clear error where heapscope's sandbox cannot do the thing).
 * Every run must leave a clean heap audit.
 */
import { describe, expect, it } from 'vitest';
import { runAudited, runAuditedOutput, type Version } from './audited';

const VERSIONS: Version[] = ['3.11', '3.12', '3.13'];

describe('module functions are bound to their module', () => {
  it('__self__, __module__, repr and the references they hold', () => {
    const src = [
      'import sys, gc, math',
      'print(gc.collect.__self__ is gc, math.sqrt.__module__, repr(math.sqrt), len.__self__ is sys.modules["builtins"])',
      'print(sys.getrefcount.__self__ is sys, gc.get_referents(gc.collect) == [gc, "gc"])',
      'n = len([v for v in vars(gc).values() if type(v) is type(len)])',
      'print(n, sys.getrefcount(gc) - n)',
      'before = sys.getrefcount(math)',
      'del math.factorial',
      'print(before - sys.getrefcount(math))',
    ].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe("True math <built-in function sqrt> True\nTrue True\n18 3\n1\n");
  });

  it('a module only its functions keep alive is freed by the collector', () => {
    const src = [
      'import sys, gc, weakref',
      'import _typing',
      'r = weakref.ref(_typing, lambda w: print("freed"))',
      'del sys.modules["_typing"], _typing',
      'print(r() is not None)',
      'gc.collect()',
      'print(r())',
    ].join('\n');
    for (const v of ['3.12', '3.13'] as Version[]) expect(runAudited(src, v)).toBe('True\nfreed\nNone\n');
  });

  it('modules imported by the program are released at shutdown (their __del__ runs)', () => {
    const src = [
      'import math, time, itertools',
      'class D:',
      '    def __del__(self):',
      '        print("del", math.floor(2.5), type(time.time()).__name__)',
      'math.keep = D()',
    ].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe('del 2 float\n');
  });
});

describe('sys functions', () => {
  it('the sandbox-independent ones behave as in CPython', () => {
    const src = [
      'import sys',
      'sys.setswitchinterval(0.0001234567)',
      'print(sys.getswitchinterval(), sys.getdefaultencoding(), sys.getfilesystemencoding())',
      'print(sys.call_tracing(max, (1, 2)), sys.is_finalizing(), sys.gettrace(), sys.getprofile())',
      'print(sys.get_asyncgen_hooks(), sys.get_coroutine_origin_tracking_depth())',
      'sys.displayhook(7)',
      'print(_)',
    ].join('\n');
    for (const v of VERSIONS) {
      expect(runAudited(src, v)).toBe(
        '0.00012299999999999998 utf-8 utf-8\n2 False None None\nasyncgen_hooks(firstiter=None, finalizer=None) 0\n7\n7\n',
      );
    }
  });

  it('hooks heapscope cannot honour raise instead of doing nothing', () => {
    const src = [
      'import sys',
      'for f, a in [(sys.settrace, (print,)), (sys.setprofile, (print,)), (sys.addaudithook, (print,)),',
      '             (sys.set_asyncgen_hooks, (print,)), (sys.set_coroutine_origin_tracking_depth, (1,))]:',
      '    try:',
      '        f(*a)',
      '    except NotImplementedError as e:',
      '        print(f.__name__, "heapscope" in str(e))',
      'sys.settrace(None)',
      'try:',
      '    sys.activate_stack_trampoline("perf")',
      'except ValueError as e:',
      '    print(e)',
    ].join('\n');
    const out = 'settrace True\nsetprofile True\naddaudithook True\nset_asyncgen_hooks True\nset_coroutine_origin_tracking_depth True\nperf trampoline not available\n';
    for (const v of ['3.12', '3.13'] as Version[]) expect(runAudited(src, v)).toBe(out);
  });

  it('breakpoint() warns that the sandbox has no debugger', () => {
    for (const v of VERSIONS) {
      const r = runAuditedOutput('breakpoint()\nprint("after")\n', v);
      expect(r.stdout).toBe('after\n');
      expect(r.stderr).toContain('RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: "pdb.set_trace"');
    }
  });
});

describe('time clock functions', () => {
  it('clock_gettime, get_clock_info, clock_settime', () => {
    const src = [
      'import time',
      'print(time.get_clock_info("monotonic"))',
      'print(time.clock_gettime(time.CLOCK_MONOTONIC) <= time.clock_gettime(time.CLOCK_MONOTONIC))',
      'for c in (time.CLOCK_REALTIME, time.CLOCK_MONOTONIC):',
      '    try:',
      '        time.clock_settime(c, 0.0)',
      '    except OSError as e:',
      '        print(type(e).__name__, e.errno, e.strerror)',
    ].join('\n');
    const out = [
      "namespace(implementation='clock_gettime(CLOCK_MONOTONIC)', monotonic=True, adjustable=False, resolution=1e-09)",
      'True',
      'PermissionError 1 Operation not permitted',
      'OSError 22 Invalid argument',
      '',
    ].join('\n');
    for (const v of VERSIONS) expect(runAudited(src, v)).toBe(out);
  });
});
