# Filter(lineno=..., all_frames=True) matches a trace when any frame of its traceback matches; without
# all_frames only the most recent frame is checked. Inclusive filters are OR-ed, exclusive ones AND-ed.
import gc
import tracemalloc


def inner(n):
    return bytes(n)


def outer(n):
    return inner(n)


gc.collect()
tracemalloc.start(4)
a = outer(1000)
b = inner(2000)
c = bytes(3000)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])


def sizes(filters):
    return sorted(t.size for t in snap.filter_traces(filters).traces if t.size >= 1000)


print("all of them:", sizes([]))
print("most recent frame on line 8:", sizes([tracemalloc.Filter(True, __file__, 8)]))
print("any frame on line 12:", sizes([tracemalloc.Filter(True, __file__, 12, all_frames=True)]))
print("most recent frame on line 12:", sizes([tracemalloc.Filter(True, __file__, 12)]))
print("any frame on line 17 or 19:", sizes([tracemalloc.Filter(True, __file__, 17, all_frames=True),
                                            tracemalloc.Filter(True, __file__, 19, all_frames=True)]))
print("no frame on line 17:", sizes([tracemalloc.Filter(False, __file__, 17, all_frames=True)]))
print("not line 8 and not line 19:", sizes([tracemalloc.Filter(False, __file__, 8),
                                            tracemalloc.Filter(False, __file__, 19)]))
print("pattern *.py:", sizes([tracemalloc.Filter(True, "*.py")]))
print("pattern *.txt:", sizes([tracemalloc.Filter(True, "*.txt")]))
