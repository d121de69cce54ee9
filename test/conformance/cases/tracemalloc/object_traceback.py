# tracemalloc.get_object_traceback: the line that allocated an object; None for untraced objects.
# An object reused from a freelist makes no new trace, but its trace's traceback is moved to the reusing line.
# 3.11 cannot find objects with a managed-dict pre-header (instances): their address is not the block start.
import gc
import tracemalloc


def where(obj):
    tb = tracemalloc.get_object_traceback(obj)
    return None if tb is None else [(f.filename == __file__, f.lineno) for f in tb]


def make_list():
    return [1, 2, 3]


early = [1, 2]
gc.collect()
tracemalloc.start(3)
a = [None] * 5
b = make_list()
c = {"k": 1}


class K:
    pass


k = K()
print("a:", where(a))
print("b (up to 3 frames, oldest first):", where(b))
print("c:", where(c))
print("k:", where(k))
print("allocated before start:", where(early))
print("small int (static):", where(7))
print("None:", where(None))
x = 1.5 * len(a)
print("float allocated while tracing:", where(x))
del x
y = 2.5 * len(a)
print("float reused from the freelist (traceback moved):", where(y))
lst = [0]
del lst
lst2 = [1]
print("list from the freelist (traceback moved):", where(lst2))
tracemalloc.stop()
print("after stop:", where(a))
