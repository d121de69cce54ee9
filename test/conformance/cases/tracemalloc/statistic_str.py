# str() of Statistic and StatisticDiff: "file:line: size=... (+...), count=... (+...), average=...", with
# sizes in B, KiB or MiB as _format_size rounds them.
import gc
import tracemalloc

gc.collect()
tracemalloc.start()
small = bytes(10)
s1 = tracemalloc.take_snapshot()
mid = bytes(50000)
big = bytes(3 * 1024 * 1024)
s2 = tracemalloc.take_snapshot()
tracemalloc.stop()
f = [tracemalloc.Filter(True, __file__)]
s1 = s1.filter_traces(f)
s2 = s2.filter_traces(f)
prefix = __file__ + ":"
for stat in s2.statistics("lineno"):
    print(str(stat).replace(prefix, "line "))
for d in s2.compare_to(s1, "lineno"):
    print(str(d).replace(prefix, "line "))
print(tracemalloc._format_size(1023, False), tracemalloc._format_size(1024 * 99, True),
      tracemalloc._format_size(-5 * 1024 * 1024, True), tracemalloc._format_size(0, True))
