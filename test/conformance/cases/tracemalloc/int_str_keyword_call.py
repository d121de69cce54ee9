# int(x, base=16) and str(b, "ascii") with keywords: on 3.13 int and str have a vectorcall, which hands a call with
# keywords to the generic path (an argument tuple and a keyword dict, kept by their freelists); 3.11 and 3.12
# always take that path.
import gc, tracemalloc
ops = [("int base", lambda: int("ff", base=16)), ("int pos", lambda: int("ff", 16)), ("str encoding", lambda: str(b"ab", encoding="ascii")),
       ("str pos", lambda: str(b"ab", "ascii")), ("int plain", lambda: int("12345678901")), ("str plain", lambda: str(12345))]
for name, fn in ops:
    fn()
tracemalloc.start()
keep = []
for name, fn in ops:
    gc.collect()
    a = tracemalloc.get_traced_memory()[0]
    c0 = gc.get_count()[0]
    r = fn()
    c1 = gc.get_count()[0]
    b = tracemalloc.get_traced_memory()[0]
    keep.append(r)
    print(name, r, c1 - c0, b - a)
