# callable() on functions, classes, instances, builtins, methods.
class WithCall:
    def __call__(self):
        return "called"
class Plain:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
items = [len, print, lambda: 0, Plain, Plain(), WithCall, WithCall(), Plain().m, Plain.s, 5, "str", None, [], type, int, object(), str.upper, "x".upper, (x for x in ()), range]
print([callable(i) for i in items])
w = WithCall()
print(w(), callable(w.__call__))
p = Plain()
p.__call__ = lambda: "instance attr"
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
for bad in (5, "s", [1]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
