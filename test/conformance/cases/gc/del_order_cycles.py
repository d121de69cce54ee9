# __del__ order in cyclic garbage follows the collector's list order (creation order, as the objects
# were tracked), whatever the order of the links.
import gc


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def ring(names, links):
    nodes = {n: N(n) for n in names}
    for src, dst in links:
        setattr(nodes[src], "to_" + dst, nodes[dst])


gc.collect()
print("ring a->b->c->a")
ring("abc", [("a", "b"), ("b", "c"), ("c", "a")])
print(" ->", gc.collect())
print("ring c->b->a->c")
ring("abc", [("c", "b"), ("b", "a"), ("a", "c")])
print(" ->", gc.collect())
print("star around x")
ring("xpqr", [("x", "p"), ("p", "x"), ("x", "q"), ("q", "x"), ("x", "r"), ("r", "x")])
print(" ->", gc.collect())
print("two separate cycles created interleaved")
ring("mnop", [("m", "o"), ("o", "m"), ("n", "p"), ("p", "n")])
print(" ->", gc.collect())
