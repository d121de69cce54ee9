# ctypes: the refcount idiom of tutorials, c_long.from_address(id(x)).value, across an object's lifetime
# (it adds no reference of its own, unlike sys.getrefcount), and the immortal objects of 3.12+.
import sys
import ctypes


def refs(obj_id):
    return ctypes.c_long.from_address(obj_id).value


x = [1, 2, 3]
print("assigned", refs(id(x)), sys.getrefcount(x))
y = x
print("alias", refs(id(x)))
holder = [x, x]
print("in a list twice", refs(id(x)))
holder.append(x)
print("appended", refs(id(x)))
d = {"k": x}
print("dict value", refs(id(x)))
del y
print("alias deleted", refs(id(x)))
holder.clear()
print("list cleared", refs(id(x)))


def inside(arg):
    return refs(id(arg))


print("function argument", inside(x))
print("lambda argument", (lambda a: refs(id(a)))(x))
t = (x,)
print("tuple", refs(id(x)))
del t, d
print("back to", refs(id(x)))

# a view made once reads the count at each .value
view = ctypes.c_long.from_address(id(x))
print("view", view.value)
z = x
print("view after z = x", view.value)
del z
print("view after del z", view.value)
print("ssize_t and int reads", ctypes.c_ssize_t.from_address(id(x)).value, ctypes.c_int.from_address(id(x)).value)

# an object made for the purpose
addr = id(object())
obj = object()
print("new object", refs(id(obj)))


class Node:
    pass


n = Node()
n.self = n
print("self cycle", refs(id(n)))

big = 10 ** 20
print("big int", refs(id(big)))
s = "".join(["ab", "cd"])
print("new str", refs(id(s)))

# immortal objects: 3.12+ store 2**32 - 1 and never change it
if sys.version_info >= (3, 12):
    for o in (None, True, False, 0, 1, 256, "a"):
        print(repr(o), refs(id(o)), ctypes.c_int.from_address(id(o)).value,
              ctypes.c_uint.from_address(id(o)).value, sys.getrefcount(o))
    keep = [None] * 100
    print("None after 100 more", refs(id(None)))
else:
    a = refs(id(None))
    b = sys.getrefcount(None)
    print("None: getrefcount minus the read", b - a)
    keep = [None] * 100
    print("None after 100 more", refs(id(None)) - a)
