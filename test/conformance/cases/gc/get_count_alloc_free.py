# gc.get_count()[0] rises with each new GC-capable object and falls when one is freed; objects reused from a
# freelist (tuples, lists, dicts) change nothing, and atomic objects never count.
import gc

gc.disable()
gc.collect()
c = gc.get_count
counts = []
counts.append(("start", c()[0]))
x = [1, 2]
counts.append(("one list", c()[0]))
del x
counts.append(("list freed to the freelist", c()[0]))
y = [3]
counts.append(("list from the freelist", c()[0]))
n = 10**30
s = "abc" * 5
counts.append(("int and str", c()[0]))
d = {"a": []}
counts.append(("dict and list", c()[0]))
objs = [object() for _ in range(5)]
counts.append(("list of plain objects", c()[0]))


class K:
    pass


counts.append(("class statement", c()[0] > counts[-1][1]))
ks = [K() for _ in range(3)]
counts.append(("3 instances + list", c()[0]))
del ks
counts.append(("instances freed", c()[0]))
for name, v in counts:
    print(name, v)
gc.enable()
