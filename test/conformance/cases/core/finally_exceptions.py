# Exceptions raised inside except/finally blocks.
def in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally runs while TypeError propagates")
try:
    in_except()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def finally_return_cancels():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            if i < 2:
                continue
            return f"cancelled at {i}"
print(finally_return_cancels())
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            raise IndexError
        finally:
            log.append("inner finally")
    except IndexError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(nested_finally())
def handler_error():
    try:
        1 / 0
    except ZeroDivisionError as e:
        try:
            undefined_function()
        except NameError as n:
            print(repr(n), "context:", repr(n.__context__))
        print("still handling", repr(e))
handler_error()
import sys
def exc_info_demo():
    print(sys.exc_info()[0])
    try:
        raise ValueError("active")
    except ValueError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None, repr(sys.exception()) if hasattr(sys, "exception") else repr(v))
    print(sys.exc_info())
exc_info_demo()
