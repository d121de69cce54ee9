# 3.11 offers "Did you mean" only for exactly NameError / AttributeError (offer_suggestions checks the
# type), so none for UnboundLocalError or an AttributeError subclass; 3.12+ follows subclasses.
class MyAttrError(AttributeError):
    pass
class Obj:
    def __getattr__(self, name):
        raise MyAttrError(name=name, obj=self)
def f():
    value = 1
    try:
        valeu
    except NameError as e:
        print(type(e).__name__)
    v4 *= 1
try:
    f()
except UnboundLocalError as e:
    print('unbound')

def f():
    x
    x = 1
def g():
    def h(): return y
    h()
    y = 1
for fn in (f, g):
    try: fn()
    except NameError as e: print(type(e).__name__, repr(e.name))
def k():
    valeu = 2
    value
    value = 1
k()
