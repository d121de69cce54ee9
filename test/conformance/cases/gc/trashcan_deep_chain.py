# Freeing very deep nested containers does not overflow the C stack (CPython's trashcan).
import gc
import sys


class Node:
    __slots__ = ("next", "name")


gc.collect()
head = []
for _ in range(200000):
    head = [head]
del head
print("deep list chain freed")
t = ()
for _ in range(100000):
    t = (t,)
del t
print("deep tuple chain freed")
d = {}
for _ in range(100000):
    d = {"d": d}
del d
print("deep dict chain freed")
n = None
for _ in range(100000):
    x = Node()
    x.next = n
    n = x
del n, x
print("deep slotted-instance chain freed")
cyc = [None]
cur = cyc
for _ in range(50000):
    nxt = [None]
    cur[0] = nxt
    cur = nxt
cur[0] = cyc
del cyc, cur, nxt
print("50001-list ring collected ->", gc.collect())
