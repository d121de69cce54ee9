# __call__, __getattr__, __getattribute__, __setattr__, __delattr__, __dir__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return self.n + x + sum(more)
add = Adder(10)
print(add(1), add(1, 2, 3), callable(add), callable(Adder), callable(5))
class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log, p.__class__.__name__)
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.get_value(), d.get_x(), hasattr(d, "get_y"), hasattr(d, "other"), getattr(d, "other", "dflt"))
class Record:
    def __init__(self):
        object.__setattr__(self, "_data", {})
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        self._data[name] = value
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(name) from None
    def __delattr__(self, name):
        print(f"del {name}")
        del self._data[name]
r = Record()
r.a = 1
r.b = [2]
print(r.a, r.b, r._data)
del r.a
print(hasattr(r, "a"))
class Everything:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
    def __dir__(self):
        return ["zeta", "alpha"]
e = Everything()
e.real = "real value"
print(e.secret, e.real, dir(e))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e, f.v)
try:
    Adder(1)()
except TypeError as e:
    print(type(e).__name__, e)
