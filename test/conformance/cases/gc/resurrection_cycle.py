# Resurrection in a cycle: when one __del__ stores its object somewhere reachable, the whole cycle survives
# that collection (nothing is counted for it) and is promoted; __del__ never runs twice.
import gc

rescued = []


class Node:
    def __init__(self, name, save):
        self.name = name
        self.save = save

    def __del__(self):
        print("  __del__", self.name)
        if self.save:
            rescued.append(self)


def where(o):
    return [g for g in range(3) if any(x is o for x in gc.get_objects(g))]


gc.collect()
a = Node("a", False)
b = Node("b", True)
c = Node("c", False)
a.next, b.next, c.next = b, c, a
del a, b, c
print("collect(0) ->", gc.collect(0))
print("rescued:", [n.name for n in rescued], "cycle intact:", rescued[0].next.next.next is rescued[0])
print("rescued object now in generation", where(rescued[0]))
rescued.clear()
print("collect after dropping it ->", gc.collect())
