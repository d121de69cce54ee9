# gc.collect(generation) only examines generations up to `generation`: a cycle promoted to generation 1 or 2
# survives younger collections.
import gc


class Marker:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("  __del__", self.name)


gc.disable()
gc.collect()
m = Marker("promoted")
gc.collect(0)
del m
print("collect(0) with the cycle in generation 1 ->", gc.collect(0))
print("collect(1) ->", gc.collect(1))
m = Marker("old")
gc.collect(1)
del m
print("collect(0) ->", gc.collect(0), "collect(1) ->", gc.collect(1))
print("collect(2) ->", gc.collect(2))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("collect(%d):" % bad, type(e).__name__, e)
gc.enable()
