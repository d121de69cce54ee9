# conformance: compare-stderr=full
# The default unraisable hook's report for an exception in __del__ ("Exception ignored in: ...").
# __del__ here is a callable object with a fixed repr, so the report contains no address.
class BoundFinalizer:
    def __init__(self, obj):
        self.obj = obj

    def __repr__(self):
        return "<finalizer of " + self.obj.name + ">"

    def __call__(self):
        raise ValueError("cannot release " + self.obj.name)


class Finalizer:
    def __get__(self, obj, cls):
        return BoundFinalizer(obj)


class Res:
    __del__ = Finalizer()

    def __init__(self, name):
        self.name = name


print("creating")
r = Res("r1")
del r
print("after first")
r = Res("r2")
r = Res("r3")
print("after rebinding")
del r
print("done")
