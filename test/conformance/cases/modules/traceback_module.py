# traceback: format_exc / print_exc / format_exception / extract_tb / TracebackException / print_stack, with chains, limits and caret lines
import sys
import traceback

def inner(x):
    return x[3] + 1

def outer():
    return inner([1, 2])

try:
    outer()
except IndexError:
    s = traceback.format_exc()
    print(s)
    traceback.print_exc(file=sys.stdout)

def bad():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('boom') from e

try:
    bad()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines))
    for l in lines:
        print(repr(l))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    tb = traceback.extract_tb(e.__traceback__)
    print(type(tb).__name__, len(tb))
    for fs in tb:
        print(fs.name, fs.lineno, fs.line, repr(fs))
    fn, ln, name, line = tb[0]
    print(ln, name, line)
    te = traceback.TracebackException.from_exception(e)
    print(str(te), type(te.__cause__).__name__)
    print(''.join(te.format()))
    print(traceback.format_tb(e.__traceback__)[0])

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError:
    print(traceback.format_exc())
    print(traceback.format_exc(chain=False))
    print(traceback.format_exc(limit=0))

def show():
    traceback.print_stack(file=sys.stdout)
    return traceback.extract_stack()
st = show()
print([(f.name, f.lineno) for f in st])
print(traceback.format_exc())
try:
    traceback.print_exception(1)
except TypeError as e:
    print(e)
try:
    undefined_name_xyz
except NameError:
    print(traceback.format_exc().splitlines()[-1])
def rec(n):
    return rec(n + 1) if n < 50 else 1 / 0
try:
    rec(0)
except ZeroDivisionError:
    print(traceback.format_exc())
e = ValueError('x')
e.add_note('a note')
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
