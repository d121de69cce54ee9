# time: only deterministic uses (gmtime of fixed epochs, strftime of fixed tuples, monotonic ordering).
import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, tuple(t))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1_700_000_000)), time.strftime("%a %b %d %j", time.gmtime(86400 * 365)))
print(time.gmtime(951782400)[:6], time.strftime("%A", time.gmtime(951782400)), time.asctime(time.gmtime(0)))
start = time.perf_counter()
mono1 = time.monotonic()
total = sum(range(1000))
print(total, time.perf_counter() >= start, time.monotonic() >= mono1, isinstance(time.time(), float), type(time.time_ns()).__name__)
print(time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0)).tm_mday, time.strptime("2024-03-01", "%Y-%m-%d")[:3])
time.sleep(0)
print("slept 0")
