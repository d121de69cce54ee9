# invoke_gc_callback: 3.12+ makes the phase string ("start" / "stop") for every collection even without
# callbacks (3.11 only per callback call); with callbacks, the info dict {generation, collected,
# uncollectable} holds new key strings. All are transient: tracemalloc's peak during gc.collect() sees them.
import gc, tracemalloc
tracemalloc.start()
x = []
x.append(x)
del x
tracemalloc.reset_peak()
n1 = gc.collect()
plain = tracemalloc.get_traced_memory()
seen = []
def cb(phase, info):
    seen.append((phase, sorted(info)))
gc.callbacks.append(cb)
y = {}
y['self'] = y
del y
tracemalloc.reset_peak()
n2 = gc.collect()
called = tracemalloc.get_traced_memory()
gc.callbacks.remove(cb)
tracemalloc.reset_peak()
gc.collect()
removed = tracemalloc.get_traced_memory()
print("no callbacks:", n1, plain)
print("callback:", n2, called, seen)
print("removed:", removed)
