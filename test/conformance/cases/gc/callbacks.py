# gc.callbacks: phases "start"/"stop" and the info dict (generation, collected, uncollectable).
import gc

events = []


def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"], sorted(info)))


gc.collect()
gc.callbacks.append(cb)
a = []
a.append(a)
del a
print("collect() ->", gc.collect())
for e in events:
    print(" ", e)
events.clear()
gc.collect(0)
gc.collect(1)
print("generations 0 and 1:", [(p, g, c) for p, g, c, u, k in events])
events.clear()


def cb2(phase, info):
    events.append(("cb2", phase))


gc.callbacks.append(cb2)
gc.collect()
print("two callbacks, call order:", [("cb2", e[1]) if e[0] == "cb2" else ("cb", e[0]) for e in events])
gc.callbacks.remove(cb2)
events.clear()


class Fin:
    def __del__(self):
        events.append(("__del__",))


f = Fin()
f.me = f
del f
gc.collect()
print("order with a finalizer:", [e[0] for e in events])
gc.callbacks.remove(cb)
events.clear()
gc.collect()
print("after removal:", events)


def bad(phase, info):
    raise RuntimeError("callback failed in " + phase)


import sys


def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value)


sys.unraisablehook = hook
gc.callbacks.append(bad)
print("collect with a failing callback ->", gc.collect())
gc.callbacks.remove(bad)
