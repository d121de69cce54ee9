# A class whose __init__ is a Python function, called with keyword arguments: slot_tp_init unpacks the
# keyword dict to a new stack and kwnames tuple (and with more than 4 arguments copies the stack with self).
import tracemalloc, gc, sys
class P:
    def __init__(self, a, b=0, c=0, d=0, e=0, f=0):
        self.a = a
def measure(make):
    gc.collect()
    tracemalloc.start()
    objs = [make(i) for i in range(50)]
    r = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return r
print(measure(lambda i: P(i)))
print(measure(lambda i: P(a=i)))
print(measure(lambda i: P(i, b=1, c=2)))
print(measure(lambda i: P(i, 1, 2, 3, 4, 5)))
print(measure(lambda i: P(i, 1, 2, 3, 4, f=5)))
key = "k" + str(len("ab"))
class Q:
    def __init__(self, **kw):
        self.kw = kw
q = Q(**{key: 1})
print(sys.getrefcount(key), list(q.kw))
