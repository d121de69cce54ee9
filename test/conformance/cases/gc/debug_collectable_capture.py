# gc.DEBUG_COLLECTABLE: one "gc: collectable <type 0x...>" line per unreachable object, in the order the
# collector found them (addresses masked).
import gc
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


class Node:
    def __init__(self, name):
        self.name = name


def collect_lines(make):
    make()
    cap = Capture()
    old = sys.stderr
    sys.stderr = cap
    gc.set_debug(gc.DEBUG_COLLECTABLE)
    try:
        n = gc.collect()
    finally:
        gc.set_debug(0)
        sys.stderr = old
    lines = []
    for line in "".join(cap.parts).splitlines():
        lines.append(line.split(" 0x")[0] + ">")
    return n, lines


def lists():
    a = []
    b = [a]
    a.append(b)


def instances():
    x = Node("x")
    y = Node("y")
    x.peer = y
    y.peer = x


def mixed():
    n = Node("n")
    d = {"node": n}
    t = (d, [n])
    n.back = t


gc.collect()
for make in (lists, instances, mixed):
    n, lines = collect_lines(make)
    print(make.__name__, n)
    for line in lines:
        print("  ", line)
