# Objects a collection first takes for unreachable come back to the young list in the order the reachable
# container's tp_traverse visits them (lists and tuples: last item first; dicts: each value, then its key
# unless all keys are exact strs), which gc.get_objects() shows afterwards.
import gc


class N:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __hash__(self):
        return hash(self.name)


def reached(o, depth):
    # ids of the objects reachable from o within `depth` references
    out = set()
    if depth > 0:
        for r in gc.get_referents(o):
            out.add(id(r))
            out |= reached(r, depth - 1)
    return out


def order(holder):
    # the N objects of the holder, in the order the oldest generation lists them
    mine = reached(holder, 3)
    return [o for o in gc.get_objects(2) if isinstance(o, N) and id(o) in mine]


gc.collect()
p, q, r = N("p"), N("q"), N("r")
holder = [p, q, r]
del p, q, r
gc.collect()
print("list", order(holder))

p, q, r = N("p"), N("q"), N("r")
holder = (p, q, r)
del p, q, r
gc.collect()
print("tuple", order(holder))

p, q, r = N("p"), N("q"), N("r")
holder = {"p": p, "q": q, "r": r}
del p, q, r
gc.collect()
print("str-keyed dict", order(holder))

p, q, r, s = N("p"), N("q"), N("r"), N("s")
holder = {p: q, r: s}
del p, q, r, s
gc.collect()
print("dict", order(holder))

# nested: the list is reached from the tuple, the dict from the list
p, q, r = N("p"), N("q"), N("r")
holder = (p, [q, {"r": r}])
del p, q, r
gc.collect()
print("nested", order(holder))
