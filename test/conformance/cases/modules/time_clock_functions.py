# time's clock functions (clock_gettime & co., get_clock_info, tzset) and their argument errors
import time
print(sorted(k for k, v in vars(time).items() if type(v) is type(len)))
print(list(vars(time))[5:])
for n in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    print(time.get_clock_info(n))
ns = time.get_clock_info('time')
print(type(ns).__name__, ns.implementation, ns.monotonic, ns.adjustable, ns.resolution)
for c in [time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID,
          time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI]:
    print(c, time.clock_getres(c), type(time.clock_gettime(c)).__name__, type(time.clock_gettime_ns(c)).__name__)
a = time.clock_gettime(time.CLOCK_MONOTONIC)
b = time.clock_gettime(time.CLOCK_MONOTONIC)
print(b >= a, time.clock_gettime_ns(time.CLOCK_REALTIME) > 0)

def t(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e, e.args)

for bad in [(99,), ('x',), (), (1.5,)]:
    for f in (time.clock_gettime, time.clock_getres, time.clock_gettime_ns):
        t(f, *bad)
t(time.clock_gettime, clk_id=1); t(time.clock_getres, clk_id=1)
t(time.get_clock_info, 'xx'); t(time.get_clock_info); t(time.get_clock_info, 5); t(time.get_clock_info, name='time')
t(time.clock_settime, time.CLOCK_MONOTONIC, 5.0); t(time.clock_settime_ns, time.CLOCK_MONOTONIC, 5)
t(time.clock_settime, 99, 5.0); t(time.clock_settime, time.CLOCK_MONOTONIC)
t(time.clock_settime_ns, time.CLOCK_MONOTONIC, 5.0); t(time.clock_settime, 0, 'x'); t(time.clock_settime, 'a', 1.0)
t(time.pthread_getcpuclockid); t(time.pthread_getcpuclockid, 'a')
tz = time.tzname
t(time.tzset)
print(tz is time.tzname, tz == time.tzname, time.timezone, time.altzone, time.daylight, time.tzname)
t(time.tzset, 1)
print(time._STRUCT_TM_ITEMS)
