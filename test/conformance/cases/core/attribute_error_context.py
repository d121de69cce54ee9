# AttributeError.name / .obj: PyObject_GetAttr fills them in for an error raised without them (an unset
# __slots__ member, a property), the method-call form of an attribute load does not for a descriptor's error;
# the traceback's suggestion uses them.
class A:
    __slots__ = ('xy', 'xz')
    @property
    def p(self):
        raise AttributeError('from property')

a = A()

def show(f):
    try:
        f()
    except AttributeError as e:
        print(repr(e), e.name, e.obj is a)

show(lambda: a.xy)
show(lambda: a.xy())
show(lambda: getattr(a, 'xy'))
show(lambda: a.p)
show(lambda: a.p())
show(lambda: A.xy.__get__(a, A))
show(lambda: a.nope)
show(lambda: a.nope())

class G:
    def __getattr__(self, n):
        raise AttributeError('g')
g = G()
try:
    g.q()
except AttributeError as e:
    print(e.name, e.obj is g)
try:
    del a.xz
except AttributeError as e:
    print(repr(e), e.name)
a.xy
