# except*: matching, splitting, naked exceptions, re-raise of unhandled parts, raising in handlers.
def run(exc, label):
    print("--", label)
    try:
        try:
            raise exc
        except* ValueError as e:
            print("ValueError part:", repr(e), e.exceptions)
        except* (TypeError, KeyError) as e:
            print("Type/Key part:", repr(e))
    except BaseException as rest:
        print("propagated:", type(rest).__name__, repr(rest))
run(ExceptionGroup("all", [ValueError(1), TypeError(2), KeyError(3)]), "all handled")
run(ExceptionGroup("mixed", [ValueError(1), OSError("disk")]), "partial")
run(ExceptionGroup("nested", [ValueError(1), ExceptionGroup("inner", [TypeError("x"), ValueError(2)])]), "nested")
run(ValueError("naked"), "naked match")
run(ZeroDivisionError("naked other"), "naked no match")
run(ExceptionGroup("none", [OSError(1)]), "no handler matches")

print("-- raise inside handler")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError:
        pass
except Exception as e:
    print(type(e).__name__, repr(e))
    print("context:", repr(e.__context__))

print("-- raise in two handlers")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise RuntimeError("one")
    except* TypeError:
        raise RuntimeError("two")
except ExceptionGroup as e:
    print(repr(e))
    for x in e.exceptions:
        print("  ", type(x).__name__, repr(x))

print("-- bare raise re-raises the matched part")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(repr(e))

print("-- else and finally")
def g(fail):
    try:
        if fail:
            raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        print("handled")
    else:
        print("no exception")
    finally:
        print("finally")
g(True)
g(False)

print("-- except* ExceptionGroup is rejected")
try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

print("-- sys.exception() inside handler")
import sys
try:
    raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
except* ValueError:
    print(repr(sys.exception()))
print(sys.exception())
