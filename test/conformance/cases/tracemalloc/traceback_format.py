# Traceback.format(): '  File "...", line N' plus the source line for each frame, oldest first by default;
# limit keeps the most recent frames (a negative limit the oldest), most_recent_first reverses the order.
# str() and repr() of Frame, Traceback and Statistic.
import gc
import tracemalloc


def level2():
    return bytearray(777)


def level1():
    return level2()


gc.collect()
tracemalloc.start(10)
obj = level1()
tb = tracemalloc.get_object_traceback(obj)
tracemalloc.stop()
print("\n".join(tb.format()))
print("-- limit=1")
print("\n".join(tb.format(limit=1)))
print("-- limit=-1")
print("\n".join(tb.format(limit=-1)))
print("-- most_recent_first")
print("\n".join(tb.format(most_recent_first=True)))
print("-- str/repr")
print(str(tb[0]).endswith("traceback_format.py:18"), repr(tb[-1]).startswith("<Frame filename="))
print(len(tb), tb.total_nframe, str(tb) == str(tb[0]))
