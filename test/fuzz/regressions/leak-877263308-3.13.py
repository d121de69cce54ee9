# fuzz regression: property=leak kind=mutated seed=877263308 version=3.13
# from: core/yield_from (delete-line)
# problem when found:
#   44 object(s) still alive after shutdown with nothing left to free them; e.g. function (refcount 1), function (refcount 1), generator (refcount 1), function (refcount 1), function (refcount 1), generator (refcount 1), function (refcount 1), function (refcount 1)
def flatten(items):
            yield from flatten(item)
def chain(*iterables):
        yield from it
def catcher():
    try:
        yield 1
    except ValueError as e:
        yield "after-catch"
def delegating():
    yield from catcher()
d = delegating()
next(d)
print(d.throw(ValueError("through outer")))
