# OSError's errno/strerror/filename fields, errno -> subclass mapping, str(), args truncation; keyword fields of AttributeError/NameError/ImportError.
e = OSError(2, "No such file")
print(type(e).__name__, e, repr(e), e.errno, e.strerror, e.filename, e.args)
e = OSError(13, "Denied", "f.txt")
print(type(e).__name__, e, repr(e), e.filename, e.args)
e = OSError(1, "x", "a", None, "b")
print(type(e).__name__, e, e.filename2, e.args)
print(OSError("plain"), OSError(), repr(OSError(99, "odd")), OSError(1,2,3,4,5,6).args, OSError(1,2,3,4,5,6).errno)
b = BlockingIOError(11, "again", 5)
print(b.characters_written, b, b.args)
class My(OSError): pass
m = My(2, "nf")
print(type(m).__name__, m, m.errno)
print(IOError is OSError, EnvironmentError, BrokenPipeError.__mro__)
print(type(OSError(32, "p")).__name__, type(OSError(111, "r")).__name__)
try:
    raise FileNotFoundError(2, "gone", "/tmp/x")
except OSError as e:
    print(e)
e = AttributeError("m", name="n", obj=1)
print(e.name, e.obj, e.args, repr(e))
try: NameError("x", bad=1)
except TypeError as t: print(t)
print(ModuleNotFoundError("q", name="z").name, ImportError("i", path="p").path, UnboundLocalError(name="u").name)
class MyAE(AttributeError): pass
print(MyAE("a", name="k").name)
