# DomainFilter: every Python allocation is in domain 0; an inclusive DomainFilter(True, 0) keeps them,
# DomainFilter(False, 0) drops them, other domains match nothing. Filter(domain=...) restricts a filename
# filter to a domain. Trace objects expose domain, size and traceback.
import gc
import tracemalloc

gc.collect()
tracemalloc.start()
data = [bytes(600) for _ in range(4)]
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
n = len(mine.traces)
print("traces in this file:", n)
print("DomainFilter(True, 0):", len(mine.filter_traces([tracemalloc.DomainFilter(True, 0)]).traces) == n)
print("DomainFilter(False, 0):", len(mine.filter_traces([tracemalloc.DomainFilter(False, 0)]).traces))
print("DomainFilter(True, 5):", len(mine.filter_traces([tracemalloc.DomainFilter(True, 5)]).traces))
print("Filter domain=0:", len(mine.filter_traces([tracemalloc.Filter(True, __file__, domain=0)]).traces) == n)
print("Filter domain=3:", len(mine.filter_traces([tracemalloc.Filter(True, __file__, domain=3)]).traces))
t = sorted(mine.traces, key=lambda tr: -tr.size)[0]
print("biggest trace:", t.domain, t.size, t.traceback[0].lineno, len(t.traceback))
print("domains of all traces:", sorted({tr.domain for tr in snap.traces}))
