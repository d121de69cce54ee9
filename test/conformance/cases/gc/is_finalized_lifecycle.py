# gc.is_finalized: False until the collector (or deallocation) called the object's __del__; a
# resurrected object stays finalized and its __del__ is not called again.
import gc

saved = []


class Phoenix:
    def __del__(self):
        print("  __del__ called")
        saved.append(self)


class Plain:
    pass


gc.collect()
p = Phoenix()
p.me = p
print("new object:", gc.is_finalized(p))
del p
print("collect ->", gc.collect())
obj = saved.pop()
print("resurrected object is finalized:", gc.is_finalized(obj))
del obj.me
del obj
print("freed by refcount, no second __del__")
q = Plain()
q.me = q
print("object without __del__:", gc.is_finalized(q))
del q
print("collect ->", gc.collect())
print("non-GC objects:", gc.is_finalized(3), gc.is_finalized("s"))
