# A class body stores __qualname__ from a constant that is the same str object as its code's co_qualname
# (unless an equal str constant came before it in the module): identity and reference counts.
import sys
def outer():
    class Inner:
        pass
    return Inner
code = [c for c in outer.__code__.co_consts if hasattr(c, "co_qualname")][0]
consts = [c for c in code.co_consts if isinstance(c, str)]
print(code.co_qualname, consts[0] is code.co_qualname)
q = code.co_qualname
print(sys.getrefcount(q))
I = outer()
print(I.__qualname__ is q, sys.getrefcount(q))
I2 = outer()
print(sys.getrefcount(q), I2.__qualname__ is I.__qualname__)
del I, I2
print(sys.getrefcount(q))
class Bar:
    class Baz:
        def m(self):
            pass
bq = Bar.Baz.__qualname__
print(bq, sys.getrefcount(bq), sys.getrefcount(Bar.Baz.m.__qualname__))
early = "Top.Mid"
class Top:
    class Mid:
        pass
print(Top.Mid.__qualname__ is early, sys.getrefcount(early))
class Custom:
    __qualname__ = "Other.Name"
print(Custom.__qualname__, sys.getrefcount(Custom.__qualname__))
