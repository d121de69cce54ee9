# User-defined exceptions: attributes, __str__, hierarchy, add_note.
class AppError(Exception):
    """Base for the app."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key!r} not found")
        self.key = key
class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
    def __str__(self):
        return f"invalid {self.field}={self.value!r}"
for exc in (NotFound("user"), Invalid("age", -1), AppError("generic"), AppError(), AppError("a", "b")):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args, isinstance(e, Exception))
try:
    raise NotFound("k")
except NotFound as e:
    print(e.key, e.__class__.__mro__[1].__name__, AppError.__doc__)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(str(WithDefault()), str(WithDefault("custom")))
e = ValueError("base message")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as t:
    print(type(t).__name__, t)
class Code(Exception):
    def __init__(self, code):
        self.code = code
c = Code(404)
print(c.args, str(c), repr(c), c.code)
class NoInit(Exception):
    pass
n = NoInit(1, 2)
print(n.args, str(n))
class Pickly(KeyError):
    pass
try:
    {}["x"]
except KeyError as e:
    print(type(e).__name__, isinstance(e, Pickly))
try:
    raise Pickly("p")
except LookupError as e:
    print(type(e).__name__, str(e))
try:
    raise 42
except TypeError as t:
    print(type(t).__name__, t)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as t:
    print(type(t).__name__, t)
try:
    raise ValueError
except ValueError as v:
    print(repr(v))
