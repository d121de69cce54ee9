# ExceptionGroup subclasses: derive() decides the type of split()/subgroup() results and except* parts.
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
mine = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(mine.split(ValueError)), type(mine.subgroup(TypeError)).__name__)
try:
    try:
        raise MyEG("m", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("handler got", type(e).__name__, repr(e))
except MyEG as rest:
    print("rest", type(rest).__name__, repr(rest))
class Plain(ExceptionGroup):
    pass
p = Plain("p", [ValueError(1), TypeError(2)])
print(type(p.subgroup(ValueError)).__name__, repr(p.split(TypeError)))
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)
class Base(BaseExceptionGroup):
    pass
print(type(Base("b", [ValueError()])).__name__, type(Base("b", [KeyboardInterrupt()])).__name__)
try:
    class Bad(ExceptionGroup):
        pass
    Bad("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
