# gc.get_referents: what each container's tp_traverse visits, in order.
import gc


class Node:
    def __init__(self):
        self.a = "first"
        self.b = ["second"]


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = "sx"
        self.y = "sy"


def show(label, objs):
    out = []
    for o in objs:
        if any(o is x for x in (a, b, c)):
            out.append(o[0] + "-list")
        elif isinstance(o, (str, int)) or o is None:
            out.append(repr(o))
        else:
            out.append(type(o).__name__)
    print(label, out)


a, b, c = ["a"], ["b"], ["c"]
show("list [a, b, c]:", gc.get_referents([a, b, c]))
show("list of str and ints:", gc.get_referents(["x", 1, 2]))
show("tuple (a, b, c):", gc.get_referents((a, b, c)))
show("dict {k1: a, k2: b}:", gc.get_referents({"k1": a, "k2": b}))
show("set {1}:", gc.get_referents({1}))
show("two lists at once:", gc.get_referents([a], [b, c]))
show("instance:", gc.get_referents(Node()))
show("slotted instance:", gc.get_referents(Slotted()))
show("int (not a container):", gc.get_referents(5))
show("empty list:", gc.get_referents([]))
show("dict with int keys {1: a, 2: b}:", gc.get_referents({1: a, 2: b}))
show("dict with a tuple key {(1,): c}:", gc.get_referents({(1,): c}))


def outer():
    v = ["cell contents"]

    def inner():
        return v

    return inner


f = outer()
cell = f.__closure__[0]
show("cell:", gc.get_referents(cell))
it = iter([a, b])
show("list iterator:", gc.get_referents(it))
bm = Node().__init__
show("bound method:", gc.get_referents(bm))
