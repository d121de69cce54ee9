# Exceptions raised inside __del__ are "unraisable": reported through sys.unraisablehook, execution continues.
# (The default hook prints the function's address, so this program installs a deterministic hook.)
import sys


def hook(u):
    obj = u.object
    name = getattr(obj, "__qualname__", type(obj).__name__)
    print("  unraisable:", u.exc_type.__name__, str(u.exc_value), "| err_msg:", u.err_msg, "| object:", name)
    print("  traceback line:", u.exc_traceback.tb_lineno if u.exc_traceback else None)


sys.unraisablehook = hook


class Bad:
    def __del__(self):
        raise ValueError("boom in __del__")


class ZeroDiv:
    def __del__(self):
        1 / 0


class Nested:
    def __del__(self):
        try:
            raise KeyError("inner")
        except KeyError:
            print("  caught inside __del__")
        raise RuntimeError("after handling")


print("before del")
b = Bad()
del b
print("after del, program continues")
x = ZeroDiv()
x = None
print("after rebinding")
n = Nested()
del n
print("after nested")
print("list of two:")
lst = [Bad(), ZeroDiv()]
lst.clear()
print("inside a try block (not catchable):")
try:
    y = Bad()
    del y
    print("  no exception reached the try")
except ValueError:
    print("  unexpected")
print("exception state preserved across __del__:")
try:
    raise TypeError("outer")
except TypeError:
    z = Bad()
    del z
    print("  current exception:", sys.exc_info()[0].__name__)
print("done")
