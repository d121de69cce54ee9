# Cycles through closures: a function stored in the cell it closes over.
import gc

gc.collect()


def make():
    def rec(n):
        return n if n == 0 else rec(n - 1)

    return rec


f = make()
print("recursive closure works:", f(3))
del f
print("function <-> cell cycle ->", gc.collect())


def make2():
    state = {}

    def get():
        return state

    state["fn"] = get
    return get


g = make2()
del g
print("closure whose captured dict holds the closure ->", gc.collect())
h = lambda: h
del h
print("module-level lambda referencing its global name (no cycle) ->", gc.collect())
