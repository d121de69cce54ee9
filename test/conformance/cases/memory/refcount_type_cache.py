# The type attribute cache keeps a reference to each name looked up on a type (_PyType_Lookup), until the
# entry is reused or the cache is cleared: run-time strings passed to getattr/setattr count one more.
import sys


class K:
    pass


k = K()
s = "".join(["ab", "cdq"])
r = [sys.getrefcount(s)]
getattr(k, s, None)
r.append(sys.getrefcount(s))
getattr(k, s, None)
r.append(sys.getrefcount(s))
getattr(K, s, None)
r.append(sys.getrefcount(s))
print("getattr on instance, again, on the class:", r)
u = "".join(["ab", "cdu"])
setattr(K, u, 1)
a = sys.getrefcount(u)
delattr(K, u)
b = sys.getrefcount(u)
print("class attribute set, deleted:", a, b)
t = "".join(["zz", "top"])
hasattr(1, t)
print("hasattr on an int:", sys.getrefcount(t))
sys._clear_type_cache()
print("after sys._clear_type_cache():", sys.getrefcount(s), sys.getrefcount(t), sys.getrefcount(u))
