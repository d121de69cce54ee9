# gc.get_referrers / gc.get_referents on small structures: what is found, in traversal order.
import gc


class Box:
    def __init__(self, v):
        self.v = v


def names(objs):
    out = []
    for o in objs:
        out.append(type(o).__name__ if not isinstance(o, (int, str)) else repr(o))
    return out


gc.collect()
leaf = [1]
t = (leaf, "s", 5)
d = {"leaf": leaf, "n": 1}
b = Box(leaf)
lst = [leaf, leaf]
print("referents of t:", names(gc.get_referents(t)))
print("referents of d:", names(gc.get_referents(d)))
print("referents of lst:", len(gc.get_referents(lst)))
print("referents of several:", names(gc.get_referents(t, lst)))
refs = gc.get_referrers(leaf)
print("referrers of leaf include t, d, lst:", any(r is t for r in refs), any(r is d for r in refs), any(r is lst for r in refs))
print("referrers of leaf include b:", any(r is b for r in refs))
print("referents of an int:", gc.get_referents(42))
