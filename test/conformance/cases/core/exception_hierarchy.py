# Built-in exception hierarchy and catching by base class.
names = ["ZeroDivisionError", "OverflowError", "KeyError", "IndexError", "ValueError", "UnicodeDecodeError", "TypeError",
         "AttributeError", "NameError", "UnboundLocalError", "StopIteration", "StopAsyncIteration", "RuntimeError", "RecursionError",
         "NotImplementedError", "AssertionError", "ImportError", "ModuleNotFoundError", "LookupError", "ArithmeticError",
         "OSError", "FileNotFoundError", "EOFError", "MemoryError", "KeyboardInterrupt", "SystemExit", "GeneratorExit",
         "Exception", "BaseException", "DeprecationWarning", "UserWarning", "SyntaxError", "IndentationError", "TabError",
         "FloatingPointError", "BufferError", "ConnectionError", "TimeoutError", "PermissionError", "ExceptionGroup", "BaseExceptionGroup"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, "->", " > ".join(c.__name__ for c in cls.__mro__[1:]))
def classify(exc):
    try:
        raise exc
    except LookupError as e:
        return "LookupError", type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError", type(e).__name__
    except (TypeError, ValueError) as e:
        return "TypeError/ValueError", type(e).__name__
    except Exception as e:
        return "Exception", type(e).__name__
    except BaseException as e:
        return "BaseException", type(e).__name__
for exc in (KeyError("k"), IndexError(), ZeroDivisionError(), UnicodeEncodeError("ascii", "x", 0, 1, "r"), RuntimeError(), SystemExit(3), KeyboardInterrupt(), GeneratorExit()):
    print(classify(exc))
e = ValueError("msg", 42)
print(e.args, str(e), repr(e), repr(ValueError()), str(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(str(OSError(2, "No such file")), OSError(2, "x").errno, repr(SystemExit(2)), SystemExit(2).code, StopIteration(5).value)
print(isinstance(FileNotFoundError(), OSError), IOError is OSError, EnvironmentError is OSError)
print(AttributeError("m", name="n", obj=1).name, NameError("x", name="y").name, ImportError("i", name="mod").name)
