# isinstance() and issubclass() with tuples, unions, ABC-like builtins, and errors.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object), isinstance(A, type), isinstance(type, type), isinstance(type, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B), issubclass(bool, int), issubclass(int, object), issubclass(type, object))
print(isinstance(1, int | str), isinstance("s", int | str), isinstance(None, type(None)), isinstance(1.0, (int, (float, complex))), issubclass(bool, int | float))
print(isinstance(True, int), isinstance(1, bool), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(len, type(print)))
print(isinstance(b, ()), issubclass(B, ()), isinstance(int, type), isinstance(3, object), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1)), lambda: isinstance(1, [int])):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
