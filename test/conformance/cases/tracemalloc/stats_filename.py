# Snapshot.statistics('filename'): one Statistic per file, biggest first; the entry for this program has
# the traceback (filename, 0) and the total size and count of the blocks allocated by its lines.
import gc
import tracemalloc

gc.collect()
tracemalloc.start()
blobs = [bytes(1000) for _ in range(3)]
text = "x" * 5000
table = {k: k * 2 for k in range(1000, 1020)}
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
mine = snap.filter_traces([tracemalloc.Filter(True, __file__)])
stats = mine.statistics("filename")
print("entries:", len(stats))
st = stats[0]
print("is this file:", st.traceback[0].filename == __file__, "lineno:", st.traceback[0].lineno)
print("size:", st.size, "count:", st.count)
print("equals the sum of the lineno statistics:", st.size == sum(s.size for s in mine.statistics("lineno")))
print("traceback length:", len(st.traceback), "total_nframe:", st.traceback.total_nframe)
