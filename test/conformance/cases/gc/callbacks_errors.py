# conformance: compare-stderr=full
# An exception in a gc callback is reported as unraisable; the other callbacks still run and the
# collection completes.
import gc

calls = []


class Bad:
    def __repr__(self):
        return "<bad callback>"

    def __call__(self, phase, info):
        calls.append(("bad", phase))
        if phase == "start":
            raise ValueError("callback failed")


bad = Bad()


def good(phase, info):
    calls.append(("good", phase, info["collected"]))


gc.collect()
gc.callbacks.extend([bad, good])
x = []
x.append(x)
del x
print("collect ->", gc.collect())
gc.callbacks.clear()
print(calls)
