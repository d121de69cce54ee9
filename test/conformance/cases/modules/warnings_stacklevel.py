# warnings.warn stacklevel attributes the warning to a caller's line; warn_explicit.
import warnings

def deprecated_api():
    warnings.warn("api is deprecated", DeprecationWarning, stacklevel=2)

def helper():
    warnings.warn("from helper", stacklevel=1)

def level3():
    warnings.warn("three up", stacklevel=3)

def middle():
    level3()

deprecated_api()
helper()
middle()
warnings.warn("too high", stacklevel=10)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
warnings.warn_explicit("explicit mod", UserWarning, "other.py", 7, module="mymod", registry={})
reg = {}
warnings.warn_explicit("with registry", UserWarning, "r.py", 1, registry=reg)
warnings.warn_explicit("with registry", UserWarning, "r.py", 1, registry=reg)
print(sorted(k for k in reg if k != "version"), reg["version"] >= 0)
