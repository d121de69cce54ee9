# gc.is_tracked for atomic and container objects, and the lazy untracking of tuples and dicts.
import gc


class C:
    pass


class S:
    __slots__ = ()


print("int:", gc.is_tracked(12345))
print("str:", gc.is_tracked("abc"))
print("float:", gc.is_tracked(1.5))
print("None:", gc.is_tracked(None))
print("bytes:", gc.is_tracked(b"x"))
print("list:", gc.is_tracked([]))
print("set:", gc.is_tracked(set()))
print("frozenset:", gc.is_tracked(frozenset([1])))
print("instance:", gc.is_tracked(C()))
print("slotted instance with no slots:", gc.is_tracked(S()))
print("class:", gc.is_tracked(C))
print("function:", gc.is_tracked(lambda: 0))
print("object():", gc.is_tracked(object()))
print("range:", gc.is_tracked(range(3)))
print("bytearray:", gc.is_tracked(bytearray(2)))
print("empty tuple:", gc.is_tracked(()))
t_const = (1, 2)
print("constant tuple of ints:", gc.is_tracked(t_const))
t_atomic = tuple([1, 2, "x"])
print("run-time tuple of atomics, before collect:", gc.is_tracked(t_atomic))
t_cont = tuple([1, []])
print("run-time tuple holding a list:", gc.is_tracked(t_cont))
d_atomic = {"a": 1, "b": "x"}
print("dict of atomics:", gc.is_tracked(d_atomic))
d_cont = {"a": []}
print("dict holding a list:", gc.is_tracked(d_cont))
d_grow = {}
print("empty dict:", gc.is_tracked(d_grow))
d_grow["k"] = 1
print("after atomic value:", gc.is_tracked(d_grow))
d_grow["l"] = [1]
print("after list value:", gc.is_tracked(d_grow))
del d_grow["l"]
print("after removing it again:", gc.is_tracked(d_grow))
d_tuplekey = {(1, 2): 3}
print("dict with tuple key:", gc.is_tracked(d_tuplekey))
gc.collect()
print("after collect:")
print("  run-time tuple of atomics:", gc.is_tracked(t_atomic))
print("  tuple holding a list:", gc.is_tracked(t_cont))
print("  dict that once held a list:", gc.is_tracked(d_grow))
print("  dict with tuple key:", gc.is_tracked(d_tuplekey))
nested = tuple([tuple([1, 2]), 3])
gc.collect()
print("  nested tuple of atomics:", gc.is_tracked(nested), gc.is_tracked(nested[0]))
