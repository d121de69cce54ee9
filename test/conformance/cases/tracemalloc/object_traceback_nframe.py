# get_object_traceback() with start(nframe): at most nframe frames, oldest first; total_nframe counts every
# frame that was on the stack (None for get_object_traceback); get_traceback_limit() reports nframe; objects
# made before start() have none.
import gc
import tracemalloc


def deep(k):
    if k == 0:
        return bytes(100 + k)
    return deep(k - 1)


before = deep(3)
gc.collect()
for nframe in (1, 2, 5, 25):
    tracemalloc.start(nframe)
    obj = deep(6)
    tb = tracemalloc.get_object_traceback(obj)
    print("nframe", tracemalloc.get_traceback_limit(), "frames", [f.lineno for f in tb], "total", tb.total_nframe)
    print("  made before start:", tracemalloc.get_object_traceback(before))
    tracemalloc.stop()
    del obj
