# tracemalloc.start/stop/is_tracing/get_traceback_limit and the state after stop.
import tracemalloc

print("tracing at start:", tracemalloc.is_tracing())
print("traced memory while off:", tracemalloc.get_traced_memory())
tracemalloc.start()
print("tracing after start():", tracemalloc.is_tracing())
print("traceback limit:", tracemalloc.get_traceback_limit())
tracemalloc.stop()
print("after stop():", tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start(5)
print("start(5) limit:", tracemalloc.get_traceback_limit())
tracemalloc.stop()
tracemalloc.stop()
print("double stop is fine:", tracemalloc.is_tracing())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("take_snapshot while off:", e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print("start(0):", e)
print("get_object_traceback while off:", tracemalloc.get_object_traceback([]))
print("tracemalloc memory while off:", tracemalloc.get_tracemalloc_memory())
