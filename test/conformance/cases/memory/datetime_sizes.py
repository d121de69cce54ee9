# datetime objects' allocation sizes (tracemalloc), refcounts and GC tracking
import tracemalloc, sys, gc
from datetime import date, datetime, time, timedelta, timezone
tz = timezone(timedelta(hours=2))
def measure(label, make):
    objs = [None] * 100
    tracemalloc.start()
    b0 = tracemalloc.get_traced_memory()[0]
    for i in range(100):
        objs[i] = make(i)
    b1 = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(label, (b1 - b0) / 100)
measure('date', lambda i: date(2020, 1, 1 + i % 28))
measure('datetime naive', lambda i: datetime(2020, 1, 1, i % 24))
measure('datetime aware', lambda i: datetime(2020, 1, 1, i % 24, tzinfo=tz))
measure('time naive', lambda i: time(i % 24))
measure('time aware', lambda i: time(i % 24, tzinfo=tz))
measure('timedelta', lambda i: timedelta(seconds=i + 1000))
measure('timezone', lambda i: timezone(timedelta(minutes=i + 1)))
d = datetime(2020, 1, 1, tzinfo=tz)
print(sys.getrefcount(tz))
e = d.replace(hour=3)
print(sys.getrefcount(tz))
del d, e
print(sys.getrefcount(tz))
off = timedelta(hours=3)
z = timezone(off)
print(sys.getrefcount(off))
print(z.utcoffset(None) is off)
n = 'Zone'
z2 = timezone(off, n)
print(sys.getrefcount(off), z2.tzname(None) is n)
print(gc.is_tracked(z2), gc.is_tracked(date.today()))
