# zip has no vectorcall: zip(...) packs its arguments into a tuple (and keywords into a dict), which the
# tuple (dict) freelist keeps, so the collector's count goes up by one (two) more than zip's own objects.
# map keeps its iterators in a tuple, which gc.get_referents shows.
import gc, sys
l1 = [1, 2]
l2 = [3, 4]
for label, f in [("zip()", lambda: zip()), ("zip(a)", lambda: zip(l1)), ("zip(a, b)", lambda: zip(l1, l2)),
                 ("zip(a, strict=True)", lambda: zip(l1, strict=True)), ("map(f, a)", lambda: map(str, l1)),
                 ("map(f, a, b)", lambda: map(max, l1, l2)), ("filter", lambda: filter(None, l1)),
                 ("enumerate", lambda: enumerate(l1)), ("reversed", lambda: reversed(l1))]:
    gc.collect()
    r = f()
    refs = gc.get_referents(r)
    print(label, gc.get_count(), len(refs), sorted(type(x).__name__ for x in refs))
    del r, refs
m = map(max, l1, l2)
it = gc.get_referents(m)
tup = [x for x in it if type(x) is tuple][0]
print(len(tup), sys.getrefcount(tup), list(m))
