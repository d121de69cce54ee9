# Sizes of a traceback, a coroutine and ImportError (3.12 added its name_from field), and what
# tracemalloc sees of tracebacks kept alive.
import sys, tracemalloc
def fail():
    raise ValueError("x")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
print(type(tb).__basicsize__, sys.getsizeof(tb), sys.getsizeof(tb.tb_next))
async def co():
    pass
c = co()
print(type(c).__basicsize__, type(c).__itemsize__, sys.getsizeof(c))
c.close()
print(ImportError.__basicsize__, sys.getsizeof(ImportError("m")), ModuleNotFoundError.__basicsize__)
class MyImportError(ImportError):
    pass
print(MyImportError.__basicsize__, sys.getsizeof(MyImportError()))
del tb, e
tracemalloc.start()
kept = []
for i in range(3):
    try:
        fail()
    except ValueError as err:
        kept.append(err)
before = tracemalloc.get_traced_memory()[0]
for err in kept:
    err.__traceback__ = None
after = tracemalloc.get_traced_memory()[0]
print("tracebacks freed:", before - after)
tracemalloc.stop()
