# gc.collect() return values for instance cycles (3.11+ instance attributes are not a separate dict object).
import gc


class Node:
    pass


class Slotted:
    __slots__ = ("other",)


gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print("two-instance cycle ->", gc.collect())
a = Node()
a.me = a
del a
print("self-referencing instance ->", gc.collect())
a = Node()
a.me = a
a.__dict__  # materialise the instance dict
del a
print("self-referencing instance with materialised __dict__ ->", gc.collect())
a = Slotted()
b = Slotted()
a.other = b
b.other = a
del a, b
print("two slotted instances ->", gc.collect())
nodes = [Node() for _ in range(10)]
for i in range(10):
    nodes[i].next = nodes[(i + 1) % 10]
del nodes
print("ring of 10 instances ->", gc.collect())
a = Node()
a.items = [a, [1], {"x": a}]
del a
print("instance -> list -> dict -> instance ->", gc.collect())


class WithMethod:
    def m(self):
        pass


w = WithMethod()
w.bound = w.m
del w
print("instance holding its own bound method ->", gc.collect())
