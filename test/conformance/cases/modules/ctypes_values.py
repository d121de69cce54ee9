# ctypes: the simple types (construction, .value, wrapping to the C width, repr, sizeof, aliases),
# py_object and cast() round trips, pointer()/POINTER with .contents, and their errors.
import ctypes
from ctypes import *

for t in (c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong, c_longlong, c_ulonglong,
          c_ssize_t, c_size_t, c_char, c_bool, c_float, c_double, c_void_p, py_object):
    print(t.__name__, sizeof(t), sizeof(t()), repr(t().value) if t is not py_object else None)
print(c_ssize_t is c_long, c_size_t is c_ulong, c_longlong is c_long, c_int64 is c_long, c_uint8 is c_ubyte, c_int32 is c_int)
print(c_int(2 ** 40).value, c_int(2 ** 31).value, c_uint(-1).value, c_ubyte(300).value, c_byte(200).value,
      c_short(70000).value, c_ushort(-1).value, c_long(2 ** 70 + 5).value, c_ulong(-1).value, c_long(-2 ** 63).value)
print(c_char(b"a").value, c_char(65).value, c_bool(5).value, c_bool([]).value, c_float(1.1).value, c_double(2).value,
      c_float(1e300).value, c_void_p(5).value, c_void_p().value, c_void_p(None).value, c_int(True).value)
print(repr(c_int(5)), repr(c_char(b"x")), repr(py_object(3)), repr(c_double(1.5)), repr(c_void_p(16)), repr(c_long()))
print(bool(c_int(0)), bool(c_int(2)), bool(c_double(0.0)), bool(c_void_p()), c_int(5) == c_int(5))
v = c_int(5)
v.value = 2 ** 33 + 7
print(v, v._b_needsfree_, v._objects, v._b_base_)


print(type(c_int).__name__, type(POINTER(c_long)).__name__,
      hasattr(c_int(1), "from_address"), type(ctypes.pythonapi).__name__, type(ctypes.cdll).__name__)


class MyInt(c_int):
    pass


m = MyInt(3)
print(type(m).__name__, type(MyInt).__name__, m.value, sizeof(m), repr(m).startswith("<__main__.MyInt object at"))

x = [1, 2]
p = cast(id(x), py_object)
print("cast round trip", p.value is x, p._objects, p._b_needsfree_)
q = py_object(x)
print("py_object", q.value is x, q._objects is x)
q.value = "other"
print("py_object set", q.value, q._objects)

a = c_int(5)
pa = pointer(a)
print(type(pa).__name__, POINTER(c_int) is type(pa), pa.contents.value, pa[0], pa._objects, pa.contents._b_base_ is pa)
pa.contents.value = 9
print(a.value)
pa[0] = 11
print(a, addressof(a) == cast(pa, c_void_p).value)
pl = cast(id(x), POINTER(c_long))
print(type(pl).__name__, pl[2], pl.contents.value)
vp = cast(pa, c_void_p)
print(cast(vp, POINTER(c_int)).contents.value)
print(c_long.from_address(addressof(a)).value, c_int.from_address(addressof(a))._b_needsfree_)
bb = b"abc"
print(cast(bb, c_void_p).value - id(bb))


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: c_int(1.5))
t(lambda: c_int("a"))
t(lambda: c_double("a"))
t(lambda: c_char("ab"))
t(lambda: c_char(300))
t(lambda: c_void_p("a"))
t(lambda: c_void_p(1.5))
t(lambda: c_int(1, 2))
t(lambda: py_object().value)
t(lambda: cast(5, c_long))
t(lambda: cast(1.5, c_void_p))
t(lambda: sizeof(3))
t(lambda: sizeof(int))
t(lambda: addressof(3))
t(lambda: POINTER(c_int)().contents)
t(lambda: POINTER(c_int)()[0])
t(lambda: pointer(3))
t(lambda: c_int.from_address("a"))
t(lambda: ctypes._SimpleCData())
