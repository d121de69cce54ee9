# gc.DEBUG_STATS output, captured through sys.stderr: the lines of each collection, with the timing and
# the (start-up dependent) generation sizes masked.
import gc
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def masked(line):
    if line.startswith("gc: objects in each generation:"):
        return "gc: objects in each generation: <sizes>"
    if line.startswith("gc: objects in permanent generation:"):
        # 3.12 parks the immortal objects found at start-up there: compare with get_freeze_count()
        n = int(line.rsplit(" ", 1)[1])
        return "gc: objects in permanent generation: <freeze count %s>" % (n == gc.get_freeze_count())
    if line.startswith("gc: done,"):
        return line.rsplit(",", 1)[0] + ", <elapsed>"
    return line


def run(label, gen, make):
    make()
    cap = Capture()
    old = sys.stderr
    sys.stderr = cap
    gc.set_debug(gc.DEBUG_STATS)
    try:
        n = gc.collect(gen)
    finally:
        gc.set_debug(0)
        sys.stderr = old
    print(label, "->", n)
    for line in "".join(cap.parts).splitlines():
        print("  ", masked(line))


def nothing():
    pass


def one_cycle():
    a = []
    a.append(a)


def three_cycles():
    for _ in range(3):
        d = {}
        d["self"] = d


gc.collect()
run("empty young generation, collect(0)", 0, nothing)
run("one self-referencing list, collect(0)", 0, one_cycle)
run("three dict cycles, collect(1)", 1, three_cycles)
run("full collection", 2, one_cycle)
print("debug flags restored:", gc.get_debug())
