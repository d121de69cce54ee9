# conformance: compare-stderr=full
# sys's builtin functions per version, and the behaviour of the small ones
import sys

print(sorted(k for k, v in vars(sys).items() if type(v) is type(len)))

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r))
    except BaseException as e:
        print(f.__name__, type(e).__name__, e)

t(sys.getdefaultencoding); t(sys.getfilesystemencoding); t(sys.getfilesystemencodeerrors)
t(sys.getdefaultencoding, 1)
t(sys.getswitchinterval); t(sys.setswitchinterval, 0.0001234567); t(sys.getswitchinterval)
t(sys.setswitchinterval, 0); t(sys.setswitchinterval, 'x'); t(sys.setswitchinterval, 1e-9); t(sys.getswitchinterval)
t(sys.setswitchinterval, 1); t(sys.getswitchinterval)
t(sys.is_finalizing)
t(sys.call_tracing, max, (1, 2)); t(sys.call_tracing, max, [1, 2]); t(sys.call_tracing, max)
t(sys.getdlopenflags); t(sys.setdlopenflags, 258); t(sys.getdlopenflags); t(sys.setdlopenflags, 'x')
t(sys.get_coroutine_origin_tracking_depth); t(sys.set_coroutine_origin_tracking_depth, -1)
t(sys.set_coroutine_origin_tracking_depth, 0)
h = sys.get_asyncgen_hooks()
print(h, type(h).__name__, type(h).__module__, h.firstiter, h.finalizer, tuple(h))
t(sys.set_asyncgen_hooks, firstiter=5); t(sys.set_asyncgen_hooks, 1); t(sys.set_asyncgen_hooks, None, None)
t(sys.audit, 'x', 1); t(sys.audit, 5); t(sys.audit)
t(sys.gettrace); t(sys.getprofile); t(sys.settrace, None); t(sys.setprofile, None)
t(sys.settrace); t(sys.settrace, 1, 2); t(sys.setprofile)
t(sys.getrecursionlimit, 1); t(sys.exc_info, 1); t(sys.exit, 1, 2); t(sys.intern); t(sys.getrefcount)
if sys.version_info >= (3, 12):
    t(sys.is_stack_trampoline_active); t(sys.deactivate_stack_trampoline)
    t(sys.activate_stack_trampoline, 'xx'); t(sys.activate_stack_trampoline, 5)
if sys.version_info >= (3, 13):
    t(sys._is_gil_enabled); t(sys._get_cpu_count_config)
    t(sys._is_interned, 'abc'); t(sys._is_interned, 'a b c!'); t(sys._is_interned, 5)
    t(sys._clear_internal_caches)

# displayhook prints repr(value) to sys.stdout and stores it in builtins._
t(sys.displayhook, 5)
t(sys.displayhook, None)
print(_)
t(sys.displayhook)
t(sys.excepthook, 1, 2)
try:
    1 / 0
except Exception as e:
    sys.excepthook(type(e), e, e.__traceback__)
t(sys.excepthook, ValueError, ValueError('v'), None)
t(sys.excepthook, int, 1, None)
print(type(sys._current_frames()).__name__, [type(f).__name__ for f in sys._current_frames().values()])
print([type(e).__name__ for e in sys._current_exceptions().values()])
try:
    raise KeyError('k')
except KeyError:
    e = list(sys._current_exceptions().values())[0]
    print(type(e).__name__, e if not isinstance(e, tuple) else e[1])
