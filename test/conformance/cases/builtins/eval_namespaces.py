# eval()/exec() namespaces: caller's globals and locals by default, explicit dicts, __builtins__ insertion.
x = 5
print(eval("x + 1"), eval("x", {"x": 10}), eval("x + y", {"x": 1}, {"y": 2}))
g = {}
exec("a = 1\nb = a + 1", g)
print(sorted(g), type(g["__builtins__"]).__name__, g["__builtins__"] is __builtins__.__dict__)
exec("z = 1", g, None)
print(g["z"])
loc = {}
exec("w = 3", None, loc)
print(loc, "w" in globals())
restricted = {"__builtins__": {"len": len}}
print(eval("len('abc')", restricted))
try:
    eval("abs(-1)", restricted)
except NameError as e:
    print("NameError", e)


def f(p):
    q = p * 2
    return eval("p + q"), eval("[q for _ in range(2)]"), eval("(lambda: q)()")


print(f(3))


class K:
    exec("attr = 7")
    doubled = eval("attr * 2")


print(K.attr, K.doubled)
exec("def h():\n    return __name__, h.__module__")
print(h(), eval("__name__"))
ns = {"__name__": "mymod"}
exec("def k():\n    return __name__", ns)
print(ns["k"](), ns["k"].__module__, ns["k"].__globals__ is ns)
print(exec("pass") is None, eval("  \t1 + 1"), eval(b"2 * 3"))
