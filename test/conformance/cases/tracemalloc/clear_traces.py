# clear_traces() forgets every trace (traced memory and peak go to 0) but keeps tracing: objects made
# before it have no traceback any more, new ones do; freeing an untraced block changes nothing (the
# 32 bytes in that delta are the int holding the previous reading).
import gc
import tracemalloc

gc.collect()
tracemalloc.start()
old = bytes(5000)
print("old traced:", tracemalloc.get_object_traceback(old) is not None)
tracemalloc.clear_traces()
cur, peak = tracemalloc.get_traced_memory()
print("after clear:", cur, peak, tracemalloc.is_tracing())
print("old traced:", tracemalloc.get_object_traceback(old))
new = bytes(7000)
print("new traced:", tracemalloc.get_object_traceback(new)[0].lineno)
cur2 = tracemalloc.get_traced_memory()[0]
del old
cur3 = tracemalloc.get_traced_memory()[0]
print("freeing the untraced block:", cur3 - cur2)
del new
cur4 = tracemalloc.get_traced_memory()[0]
print("freeing the traced block:", cur4 - cur3)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
print("lines in this file:", sorted({t.traceback[0].lineno for t in snap.traces if t.traceback[0].filename == __file__}))
