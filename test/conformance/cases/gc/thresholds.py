# gc.get_threshold / set_threshold: per-version defaults, setting one, two or three values.
import gc

print("default thresholds:", gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(500)
print("set_threshold(500):", gc.get_threshold())
gc.set_threshold(100, 5)
print("set_threshold(100, 5):", gc.get_threshold())
gc.set_threshold(10, 20, 30)
print("set_threshold(10, 20, 30):", gc.get_threshold())
gc.set_threshold(0)
print("set_threshold(0) (disables automatic collection):", gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("set_threshold() ->", type(e).__name__)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("set_threshold(1, 2, 3, 4) ->", type(e).__name__)
gc.set_threshold(*old)
print("restored:", gc.get_threshold() == old)
print("isenabled:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())
print("get_count has 3 entries:", len(gc.get_count()))
print("get_stats has 3 entries:", len(gc.get_stats()), sorted(gc.get_stats()[0]))
