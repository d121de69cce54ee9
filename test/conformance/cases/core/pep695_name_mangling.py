# Private name mangling around PEP 695 generic classes (3.12 keeps mangling with the class name afterwards).
class Foo[T]:
    pass
__x = 1
print([k for k in globals() if 'x' in k])
class Outer:
    class Inner[__U]:
        def m(self, __a: "__U") -> None: pass
    def meth[__V](self, __b: __V): return __V
    __priv = 3
    def gen[W: __priv](self): pass
print(Outer.Inner.__type_params__, Outer.meth.__type_params__, Outer().meth(1), Outer.Inner.m.__annotations__)
print(Outer.gen.__type_params__[0].__bound__)
def f():
    x = 1
    class C[T]:
        y = x
        def m[S: x](self): return x
    return C
print(f().y, f().m.__type_params__[0].__bound__)
def f():
    __y = 5
    class G[T]: pass
    __z = 6
    return locals()
print(sorted(f()))
class G2[T]: pass
def __dunder_name(): return 1
print([k for k in globals() if "dunder" in k])
