# LEGB name resolution, class scope rules, builtins shadowing.
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(outer())
def local_first():
    x = "local x"
    return x
print(local_first(), x)
len = lambda obj: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
class Scope:
    y = 1
    z = y + 1
    def method(self):
        try:
            return y
        except NameError as e:
            return f"NameError: {e}"
print(Scope.z, Scope().method())
y = "global y"
print(Scope().method())
def uses_later():
    return later_global
later_global = "defined after function"
print(uses_later())
def assign_makes_local():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        return str(e)
print(assign_makes_local())
def builtin_lookup():
    return max([3, 1, 2]), abs(-2)
print(builtin_lookup())
import builtins
print(builtins.len("abc"), "print" in dir(builtins), type(builtins).__name__)
def gen_scope():
    v = "in gen"
    yield v
    yield (lambda: v)()
print(list(gen_scope()))
funcs = {}
for name in ("a", "b"):
    def show(name=name):
        return name
    funcs[name] = show
print(funcs["a"](), funcs["b"]())
class Outer:
    value = "class attr"
    class Inner:
        try:
            got = value
        except NameError as e:
            got = f"NameError: {e}"
print(Outer.Inner.got)
print(sorted(k for k in globals() if not k.startswith("__")))
def get_locals(a, b=2):
    c = 3
    return sorted(locals().items())
print(get_locals(1))
