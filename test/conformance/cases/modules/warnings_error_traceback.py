# An "error" filter turns warnings.warn into a raise; the traceback shows only the caller's frames.
import warnings

warnings.simplefilter("error")

def check(value):
    if value < 0:
        warnings.warn(f"negative value {value}", RuntimeWarning, stacklevel=2)
    return value

print(check(1))
try:
    check(-1)
except RuntimeWarning as e:
    print("caught:", e, type(e).__mro__[1].__name__)
check(-2)
