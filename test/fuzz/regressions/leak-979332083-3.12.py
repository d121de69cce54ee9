# fuzz regression: property=leak kind=generated seed=979332083 version=3.12
# from: generator
# problem when found:
#   1 object(s) still alive after shutdown with nothing left to free them; e.g. str "v5" (refcount 1)
class C0(object):
    def __init__(self, tag):
        self.tag = tag
        self.link = None
o3 = C0(len("ß"))
v4 = list(range(2, 11, 3))
v5 = ([x * 3 for x in range(4)] + sorted(v4, reverse=False))
print("v5", v5)
for i6 in (220, 55819, 116):
    v5.append(o3.tag)
n7 = 0
while n7 < 3:
    n7 += 1
    if sum([-96353, 200, 277, 87]) in set([48]):
        print(((198 + 45) ** 1))
        print(tuple(sorted((set([227, 299, 176, 15, 287]) & set([143, 93, 238])))))
    def local8():
        tmp = (v5 + [4, 53, 243])
        print("-".join([str(i) for i in v4]))
        v5 *= 2
        return tmp
    print(local8())
o12 = C0(82)
print(o12, o12.tag)
try:
    try:
        {}["-".join(["ß"])]
    except ValueError as e13:
        print("caught", type(e13).__name__, e13.args, e13.__cause__ is not None, e13.__context__ is not None)
    print("caught", type(e15).__name__, e15.args, e15.__cause__ is not None, e15.__context__ is not None)
except BaseException as other:
    print("other", type(other).__name__)
else:
    print("no exception")
w16 = weakref.ref(o3, lambda r: print("callback w16"))
print(w16() is o3, weakref.getweakrefcount(o3))
