# fuzz regression: property=leak kind=mutated seed=1034680317 version=3.13
# from: core/inheritance_mro (reindent-line)
# problem when found:
#   found by the fixed-seed batch (npm test): 4 object(s) still alive after shutdown with nothing left to free them; e.g. tuple (refcount 1), dict (refcount 1), tuple (refcount 1), dict (refcount 1)
# Inheritance and C3 method resolution order.
class A:
    def who(self):
        return "A"
    def hello(self):
        return "hello from A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
    def hello(self):
        return "hello from C"
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__], D().who(), D().hello())
print(issubclass(D, A), issubclass(D, C), issubclass(A, D), isinstance(D(), B), D.__bases__)
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.mro()])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(X, O, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init__(self):
        self.log = ["Base"]
    def template(self):
        return f"{self.step1()}-{self.step2()}"
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Child(Base):
    def step2(self):
        return "child2"
print(Child().template(), Child().log)
print(object.__subclasses__ is not None, [c.__name__ for c in A.__subclasses__()], bool.__mro__, type(D).__name__)
class P:
    x = "P.x"
class Q(P):
    pass
print(Q.x, Q().x, "x" in Q.__dict__)
Q.x = "Q.x"
print(Q.x, P.x)
try:
    class Ex(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
