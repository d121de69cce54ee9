# Snapshot.filter_traces with inclusive/exclusive filters on filename and line number.
import gc
import tracemalloc

gc.collect()
tracemalloc.start()
a = [bytes(64) for _ in range(4)]
b = [bytes(128) for _ in range(3)]
c = bytes(4000)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()


def lines(s):
    return sorted({st.traceback[0].lineno for st in s.statistics("lineno")})


mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print("lines allocated in this file:", lines(mine))
only7 = snap.filter_traces([tracemalloc.Filter(True, __file__, lineno=7)])
print("only line 7:", lines(only7), sum(st.size for st in only7.statistics("lineno")))
not7 = mine.filter_traces([tracemalloc.Filter(False, __file__, lineno=7)])
print("this file without line 7:", lines(not7))
none = snap.filter_traces([tracemalloc.Filter(True, "no-such-file.py")])
print("no-such-file:", len(none.traces))
f = tracemalloc.Filter(True, "x.py", lineno=3, all_frames=True)
print("filter fields:", f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = tracemalloc.DomainFilter(False, 0)
print("domain filter:", d.inclusive, d.domain)
print("domain 0 excluded:", len(mine.filter_traces([d]).traces))
