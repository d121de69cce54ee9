# Generators in cycles: a suspended generator whose frame refers back to it is closed by the collector
# (its finally block runs) before the cycle is broken; an unstarted generator is not run.
import gc


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  Res", self.name, "freed")


def worker(res, box):
    try:
        yield 1
        yield 2
    finally:
        print("  finally of worker", res.name)


gc.collect()
box = []
g = worker(Res("started"), box)
box.append(g)
next(g)
del g, box
print("suspended generator cycle ->", gc.collect())
box = []
g = worker(Res("unstarted"), box)
box.append(g)
del g, box
print("unstarted generator cycle ->", gc.collect())


def counter():
    me = yield
    n = 0
    while True:
        n += 1
        yield n


c = counter()
next(c)
c.send(c)
print("is_tracked(generator):", gc.is_tracked(c))
del c
print("generator holding itself ->", gc.collect())
