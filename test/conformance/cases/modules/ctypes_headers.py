# ctypes: reading an object's header and fields at its id: ob_type at +8, ob_size at +16 (list, tuple,
# bytes, str length, dict ma_used; an int's digit count, 3.12+ lv_tag), an int's 30-bit digits, a float's
# value, a list's allocated and item array, a tuple's items.
import ctypes
from ctypes import c_long, c_ssize_t, c_uint32, c_double, c_void_p, c_char, c_ubyte

for obj in ([1, 2], (1, 2, 3), "abc", b"xyz", {"a": 1}, 3.5, 10 ** 30, int, ctypes.c_long(7)):
    print(type(obj).__name__, c_long.from_address(id(obj) + 8).value == id(type(obj)))

lst = [10, 20, 30]
print("list ob_size", c_ssize_t.from_address(id(lst) + 16).value)
lst.append(40)
print("after append", c_ssize_t.from_address(id(lst) + 16).value, "allocated", c_ssize_t.from_address(id(lst) + 32).value)
items = c_void_p.from_address(id(lst) + 24).value
print("items", [c_void_p.from_address(items + 8 * i).value == id(lst[i]) for i in range(len(lst))])
lst.pop()
print("after pop", c_ssize_t.from_address(id(lst) + 16).value, c_ssize_t.from_address(id(lst) + 32).value)
empty = []
print("empty list", c_ssize_t.from_address(id(empty) + 16).value, c_void_p.from_address(id(empty) + 24).value,
      c_ssize_t.from_address(id(empty) + 32).value)

tup = ("a", 2, None)
print("tuple", c_ssize_t.from_address(id(tup) + 16).value,
      [c_void_p.from_address(id(tup) + 24 + 8 * i).value == id(tup[i]) for i in range(3)])

for n in (1, -1, 2 ** 30, -(2 ** 31), 2 ** 60, 10 ** 30, -(10 ** 30), 12345678901234567890):
    size = c_ssize_t.from_address(id(n) + 16).value
    digits = [c_uint32.from_address(id(n) + 24 + 4 * i).value for i in range(4 if abs(n) >= 2 ** 90 else 2 if abs(n) >= 2 ** 30 else 1)]
    print(n, size, digits)

f = 2.75
print("float", c_double.from_address(id(f) + 16).value)
g = f * 3
print("float", c_double.from_address(id(g) + 16).value)

b = b"hello"
print("bytes", c_ssize_t.from_address(id(b) + 16).value,
      bytes(c_char.from_address(id(b) + 32 + i).value[0] for i in range(5)), c_ubyte.from_address(id(b) + 37).value)
s = "".join(["abc", "def"])
print("str length", c_ssize_t.from_address(id(s) + 16).value)
d = {"a": 1, "b": 2}
d["c"] = 3
print("dict used", c_ssize_t.from_address(id(d) + 16).value)
del d["a"]
print("dict used", c_ssize_t.from_address(id(d) + 16).value)
