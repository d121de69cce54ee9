# ExceptionGroup / BaseExceptionGroup objects: construction rules, str/repr, split, subgroup, derive.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg))
print(str(eg), eg.message, eg.exceptions)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(ExceptionGroup.__mro__)
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, Exception))
for args in [("x", []), ("x", [1]), ("x", 5), (1, [ValueError()]), ("x",), ("x", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [ValueError()], extra=1)
except TypeError as e:
    print(e)
m, r = eg.split(ValueError)
print("split:", repr(m), repr(r))
m, r = eg.split((KeyError, TypeError))
print("split tuple:", repr(m), repr(r))
print("split none:", eg.split(OSError))
print("split all:", eg.split(Exception)[0] is eg)
print("subgroup:", repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print("subgroup none:", eg.subgroup(OSError))
try:
    eg.split(42)
except TypeError as e:
    print(e)
eg.add_note("a note")
try:
    raise eg
except ExceptionGroup as caught:
    tb = caught.__traceback__
m, r = eg.split(ValueError)
print(m.__traceback__ is tb, r.__traceback__ is tb, m.__notes__, m.__notes__ is eg.__notes__)
print(m.__suppress_context__, m.__cause__, m.__context__)
d = eg.derive([OSError(9)])
print(repr(d), d.__traceback__, type(d).__name__)
print(repr(ExceptionGroup("t", (ValueError(1),))))
