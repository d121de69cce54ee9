# Frame objects: repr of live and finished frames, and the attributes f_code, f_globals, f_builtins,
# f_lineno, f_lasti, f_back, f_trace, f_trace_lines, f_trace_opcodes, clear(), __sizeof__.
import sys, gc


def show(fr):
    r = repr(fr).replace(repr(__file__), 'FILE')
    head, sep, rest = r.partition(' at 0x')
    return head + sep + '?' + rest[rest.index(','):]


def g(a, b):
    c = a
    return sys._getframe()


def h():
    raise ValueError('boom')


cur = sys._getframe()
print(show(cur))
fo = g(1, 2)
print(show(fo))
try:
    h()
except ValueError as e:
    tb = e.__traceback__
print(show(tb.tb_frame), show(tb.tb_next.tb_frame))
print(fo.f_lineno, type(fo.f_lasti).__name__, fo.f_code is g.__code__, fo.f_code.co_name)
print(fo.f_globals is globals(), fo.f_builtins is __builtins__.__dict__, cur.f_builtins is fo.f_builtins)
print(fo.f_back is cur, cur.f_back)
print(fo.f_trace, fo.f_trace_lines, fo.f_trace_opcodes)
fo.f_trace_opcodes = True
print(fo.f_trace_opcodes)
try:
    fo.f_trace_lines = 1
except TypeError as e:
    print('TypeError', e)
print(type(cur).__name__, [a for a in dir(cur) if not a.startswith('__')])
co = fo.f_code
n = co.co_nlocals + len(co.co_cellvars) + len(co.co_freevars)
print('sizeof', fo.__sizeof__() - 8 * (n + co.co_stacksize), sys.getsizeof(fo) - fo.__sizeof__())
print(fo.clear(), fo.f_lineno, show(fo))
try:
    cur.clear()
except RuntimeError as e:
    print('RuntimeError', e)
print(gc.is_tracked(cur), gc.is_tracked(fo))
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)
print(sys._getframe(0) is cur)
print(getattr(sys, '_getframemodulename', lambda d=0: None)())
