# fuzz regression: property=leak kind=mutated seed=1818889126 version=3.11
# from: builtins/sum_any_all (reindent-line)
# problem when found:
#   1 object(s) still alive after shutdown with nothing left to free them; e.g. tuple (refcount 1)
# (cause: the b"" constant of a code object was materialised as the merge key tuple (bytes, None)
#  by src/engine/vm/compile_gc.ts while it was being written, and that tuple leaked; `def f(): pass`
#  then `print(b"")` printed "(<class 'bytes'>, None)"; fixed there)
def noisy(v):
    return v
for bad in (lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "a"]), lambda: sum(5), lambda: any(5), lambda: sum([bytearray(b"a")], bytearray())):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
