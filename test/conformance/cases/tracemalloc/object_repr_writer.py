# object.__repr__: PyUnicode_FromFormat's writer starts with a buffer of strlen(format) + 100 characters and
# is realloc'd down to the result; a builtin type's name is a temporary str (twice for object itself)
import gc
import tracemalloc

gc.disable()  # no automatic collection inside a measurement: the case is about call temporaries


def measure(fn):
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    fn()
    cur, peak = tracemalloc.get_traced_memory()
    return cur - base, peak - base


class Plain:
    pass


class Ünïcode:
    pass


class Outer:
    class InnerWithAVeryLongNameThatGoesOnAndOnAndOnForMoreThanAHundredCharactersSoTheWriterGrowsItsBuffer_xx:
        pass


Wide = type("Wide€", (), {})
Astral = type("Astral😀", (), {})


class M:
    pass


M.__module__ = "some.pkg.módule"


class B:
    pass


B.__module__ = "builtins"

tracemalloc.start()
measure(lambda: None)
objs = [object(), Plain(), Ünïcode(), Wide(), Astral(), Outer.InnerWithAVeryLongNameThatGoesOnAndOnAndOnForMoreThanAHundredCharactersSoTheWriterGrowsItsBuffer_xx(), M(), B()]
for o in objs:
    r = repr(o)
    print(r[:r.index(" at 0x")], len(r), measure(lambda: repr(o)), measure(lambda: object.__repr__(o)), measure(lambda: str(o)))
print(measure(lambda: f"{objs[1]!r}"), measure(lambda: [repr(x) for x in objs[:2]]))
tracemalloc.stop()
