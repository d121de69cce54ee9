# The collector visits lists, tuples and dicts in their tp_traverse order: lists and tuples last item
# first, dicts value then key (only values when every key is an exact str). That order decides where
# objects found reachable late land, hence the order finalizers run in.
import gc


class Fin:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Key(Fin):
    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name


gc.collect()

# a cycle through a list, a tuple and a str-keyed dict
a, b, c = Fin("a"), Fin("b"), Fin("c")
lst = [a, b]
tup = (lst, c)
d = {"t": tup, "l": lst}
lst.append(d)
a.back = lst
del a, b, c, lst, tup, d
print("collected", gc.collect())

# a dict with non-str keys: an object reachable only as a key is found through the dict too
k, v = Key("k"), Fin("v")
g = {1: 2, k: v, (3, 4): [5]}
k.owner = g
v.owner = g
del k, v, g
print("collected", gc.collect())

# objects first taken for unreachable come back when a reachable container is scanned
keep = []
x, y, z = Fin("x"), Fin("y"), Fin("z")
x.y = y
y.x = x
z.x = x
keep.append((z, [y, {"x": x}], {x: y}))
del x, y, z
print("collected", gc.collect())
print([type(o).__name__ for o in gc.get_referents(keep[0])])
print([type(o).__name__ for o in gc.get_referents(keep[0][2])])
keep.clear()
print("collected", gc.collect())
