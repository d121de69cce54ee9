# fuzz regression: property=leak kind=mutated seed=3427571251 version=3.11
# from: core/metaclass_class_dict (duplicate-token)
# problem when found:
#   6 object(s) still alive after shutdown with nothing left to free them; e.g. dict {"__module__", "x", "__dict__", "__weakref__", ...} (refcount 1), tuple (refcount 1), tuple (refcount 1), getset_descriptor (refcount 1), getset_descriptor (refcount 1), type (refcount 4)
class M(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, value)
class C(metaclassmetaclass=M):
    x = 1
