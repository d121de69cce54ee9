# globals(), locals() and modifying globals() dynamically.
module_var = 1
g = globals()
print(g["module_var"], "g" in g, g is globals(), type(g).__name__, g["__name__"])
g["injected"] = "via globals()"
print(injected)
def func(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(func(1))
class K:
    x = 1
    y = sorted(locals())
print(K.y)
def closure():
    free = "free var"
    def inner():
        return sorted(locals().items())
    inner_locals = inner()
    def uses():
        return free
    return inner_locals, sorted(uses.__code__.co_freevars)
print(closure())
print(sorted(k for k in globals() if not k.startswith("__")))
