# complex.real and complex.imag are read-only C struct members (member descriptors), not getsets
import sys

c = 1.5 - 2j
for name in ('real', 'imag'):
    d = complex.__dict__[name]
    print(type(d).__name__, repr(d), d.__doc__)
    print(d.__objclass__, d.__name__, d.__qualname__, d.__reduce__())
    print(d.__get__(c), d.__get__(None, complex) is d, getattr(c, name))
for stmt in ("c.real = 5", "del c.imag", "complex.real.__set__(c, 3)", "complex.imag.__get__(1)",
             "complex.real.__delete__(c)", "complex.real.__set__(1, 2)"):
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)

class C(complex):
    pass

x = C(3, 4)
print(x.real, x.imag, 'real' in C.__dict__, type(C.real).__name__)
print(sys.getsizeof(complex.real))
import types
print(types.MemberDescriptorType is type(complex.real))
