# Reference cycles collected by the cyclic GC: parent/child links, self-references, gc.collect().
import gc


class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def make_tree(depth, width):
    root = Node(None)
    level = [root]
    for _ in range(depth):
        nxt = []
        for n in level:
            for _ in range(width):
                nxt.append(Node(n))
        level = nxt
    return root


collected = 0
for i in range(40):
    t = make_tree(6, 3)
    del t
    if i % 5 == 4:
        collected += gc.collect()
for i in range(20000):
    d = {}
    d["self"] = d
    l = [d]
    l.append(l)
collected += gc.collect()
print("collected", collected > 0)
print("garbage", len(gc.garbage))
