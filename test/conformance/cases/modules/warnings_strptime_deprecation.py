# time.strptime: 3.13 warns (DeprecationWarning, once per compiled format) for %d without a year.
import time
import warnings

print(time.strptime("01 02", "%d %m")[:3])
print(time.strptime("03 04", "%d %m")[:3])
print(time.strptime("2024 05 06", "%Y %d %m")[:3])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    time.strptime("07", "%d")
    time.strptime("07", "%d")
print([(m.category.__name__, m.message.args[0].splitlines()[0]) for m in w])
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        time.strptime("08 feb", "%d %b")
        print("no error")
    except DeprecationWarning as e:
        print("error:", str(e).splitlines()[-1])
