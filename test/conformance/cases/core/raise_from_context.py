# Exception chaining: __context__, __cause__, __suppress_context__, raise from None.
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
try:
    implicit()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def explicit():
    try:
        int("x")
    except ValueError as exc:
        raise RuntimeError("conversion failed") from exc
try:
    explicit()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__, e.__cause__ is e.__context__)
def hidden():
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("clean") from None
try:
    hidden()
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("t") from KeyError("k")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    try:
        raise ValueError("first")
    finally:
        pass
except ValueError as e:
    print(e.__context__)
def chain3():
    try:
        try:
            raise A("a")
        except A:
            raise B("b")
    except B:
        raise C("c")
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
try:
    chain3()
except C as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("manual")
e.__cause__ = KeyError("set")
print(e.__suppress_context__, repr(e.__cause__))
tb_ok = None
try:
    raise KeyError("tb")
except KeyError as err:
    tb_ok = err.__traceback__ is not None and err.__traceback__.tb_lineno
print(tb_ok)
err2 = ValueError("w")
print(err2.with_traceback(None) is err2, err2.__traceback__)
