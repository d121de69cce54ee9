# getattr, setattr, hasattr, delattr.
class Obj:
    cls_attr = "class"
    def method(self):
        return "method called"
    @property
    def prop(self):
        return "property"
    @property
    def broken(self):
        raise ValueError("property raised")
o = Obj()
setattr(o, "dyn", 42)
setattr(o, "with space", "odd name")
print(getattr(o, "dyn"), getattr(o, "cls_attr"), getattr(o, "method")(), getattr(o, "prop"), getattr(o, "missing", "default"), getattr(o, "with space"))
print(hasattr(o, "dyn"), hasattr(o, "missing"), hasattr(o, "prop"), hasattr(Obj, "method"), hasattr(o, "__class__"), hasattr(5, "real"))
delattr(o, "dyn")
print(hasattr(o, "dyn"), sorted(vars(o)))
setattr(Obj, "added", lambda self: "added method")
print(o.added(), getattr(Obj, "added").__name__)
for name in ("upper", "split", "nonexistent"):
    print(name, getattr("text", name, None) is not None)
try:
    hasattr(o, "broken")
except ValueError as e:
    print(type(e).__name__, e)
for bad in (lambda: getattr(o, "missing"), lambda: getattr(o, 5), lambda: setattr(5, "x", 1), lambda: delattr(o, "nope"), lambda: setattr(o, "prop", 1), lambda: getattr(), lambda: setattr("s", "upper", 1), lambda: getattr(Obj, "nope")):
    try:
        print(bad())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
