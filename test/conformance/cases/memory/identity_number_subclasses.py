# Instances of int, float, list and tuple subclasses are freed with their class's headers (GC head, and the
# managed-dict pre-header in 3.11+), unlike exact ints and floats: each freed block is the next one handed
# out in its size class (pymalloc LIFO), and exact ints/floats go back to their own size class.

class I(int):
    pass

class F(float):
    pass

class L(list):
    pass

class T(tuple):
    pass

for cls, arg in ((I, 12345678), (F, 2.5), (L, [1, 2]), (T, (1, 2))):
    a = cls(arg)
    ia = id(a)
    del a
    b = cls(arg)
    print(cls.__name__, "same block again:", id(b) == ia)
    del b

x = 10 ** 7 + 1
ix = id(x)
del x
y = I(77)
print("int subclass instance reuses an exact int's block:", id(y) == ix)
z = 10 ** 7 + 2
print("next exact int reuses the freed int block:", id(z) == ix)
f = 1.5 * 3.0
fl = [f * k for k in range(200)]  # more floats than the float freelist keeps
ids = [id(v) for v in fl]
del f, fl
g = [2.5 * k for k in range(200)]
print("floats come back from the freelist, then from their blocks:", sorted(id(v) for v in g) == sorted(ids))
h = F(9.5)
print(type(h).__name__, h + 1.0, I(5) * 3, L([1]) + [2], T((1,)) + (2,))
