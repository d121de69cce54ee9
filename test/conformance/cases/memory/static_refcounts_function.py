# Small ints and True/False counted inside a function: arguments, locals, defaults, returned values.
import sys


def probe(value, flag=True, count=3):
    local = value
    inner = [value, value]
    return sys.getrefcount(value), sys.getrefcount(flag), sys.getrefcount(count), len(inner) + local


print(probe(42))
print(probe(42, False, 4))
print(sys.getrefcount(42), sys.getrefcount(True), sys.getrefcount(3), sys.getrefcount(4))
