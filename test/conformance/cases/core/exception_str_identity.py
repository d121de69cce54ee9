# str() of an exception is PyObject_Str of its single argument: the argument itself when it is a str (so no
# new string), repr() of it for KeyError, the msg of an ImportError when it is a str; with other arguments a
# new string.
import sys, tracemalloc
msg = "deep trouble here"
e = ValueError(msg)
print(str(e) is msg, str(KeyError(msg)) is msg, str(KeyError(msg)), str(ImportError(msg)) is msg)
print(str(ImportError(5)), repr(str(ImportError())), str(ImportError(msg, name="m")) is msg)
print(str(ValueError()), str(ValueError(1, 2)), str(ValueError(3.5)), str(OSError(2, "No such file")))
class MyErr(Exception):
    pass
print(str(MyErr(msg)) is msg, sys.getrefcount(msg))
def fail():
    raise ValueError(msg)
def catch():
    try:
        fail()
    except ValueError as x:
        return str(x)
catch()
tracemalloc.start()
a = tracemalloc.get_traced_memory()[0]
s = catch()
b = tracemalloc.get_traced_memory()[0]
print(s is msg, b - a)
