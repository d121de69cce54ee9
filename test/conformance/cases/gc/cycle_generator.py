# Cycles through generators and their frames; finalizing a suspended generator in a cycle.
import gc

gc.collect()


def gen(box):
    try:
        yield box
        yield 2
    finally:
        print("  generator finally block runs")


box = []
g = gen(box)
box.append(g)
next(g)
del g, box
print("suspended generator in a cycle ->", gc.collect())
print("next collect ->", gc.collect())


def simple():
    yield 1


g = simple()
g.__class__  # no cycle
lst = [g]
lst.append(lst)
del g, lst
print("unstarted generator hanging off a list cycle ->", gc.collect())


def self_ref():
    me = yield
    yield me


g = self_ref()
next(g)
g.send(g)
del g
print("generator holding itself in a local ->", gc.collect())
print("next collect ->", gc.collect())
