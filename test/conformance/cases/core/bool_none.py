# bool and None semantics.
print(True, False, None, repr(None), str(True), int(True), int(False))
print(type(True).__name__, type(None).__name__, isinstance(True, int), issubclass(bool, int))
print(True + 1, True * 10, False - 1, True / 2, -True, ~True, ~False)
print(True == 1, False == 0, True is True, None is None, None == False, None == 0)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool(()), bool({}), bool(None), bool(0j))
print(bool(set()), bool(range(0)), bool(range(1)), bool(b""), bool(bytearray(1)))
print(True and "x", False and "x", 0 or "default", "" or None, None or 0, 1 and 2 and 3, 1 and 0 and 3)
print(not None, not 0, not "a", not [], not not 5)
print(str(True).upper(), f"{True}", f"{True:d}", "%d %s %r" % (True, False, None), format(True, "^7"))
print(hash(True), hash(False), hash(None) == hash(None), {True: "a", 1: "b"}, {False, 0, 0.0})
print(max(True, 2), sum([True, True, False]), sorted([True, False, True]), [1, 2, 3][True])
print(True > False, False < 0.5, True.real, True.bit_length())
print(bool.__name__, type(None)(), bool(), bool("False"))
class Falsy:
    def __bool__(self):
        return False
class Lenny:
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(Falsy()), bool(Lenny()), bool(Neither()), "yes" if Lenny() else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    f = None
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
