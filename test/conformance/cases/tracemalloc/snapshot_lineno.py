# take_snapshot().statistics('lineno') for this program's own lines: size and count per line.
import gc
import tracemalloc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


gc.collect()
tracemalloc.start()
lists = [[None] * 10 for _ in range(20)]
floats = [i * 0.5 for i in range(1, 51)]
text = "-".join(["word"] * 30)
points = [Point(i, i) for i in range(10)]
dicts = [{"a": i, "b": i} for i in range(10)]
data = bytes(5000)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("lineno"):
    frame = stat.traceback[0]
    print("line", frame.lineno, "size", stat.size, "count", stat.count)
