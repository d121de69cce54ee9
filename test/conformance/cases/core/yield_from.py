# yield from: delegation, return values, send/throw passthrough.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-end"
g = outer()
print(next(g))
print(g.send("sent"))
print(next(g))
print(next(g, "exhausted"))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], range(3), {"k": 1})))
def catcher():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield "after-catch"
def delegating():
    yield from catcher()
d = delegating()
next(d)
print(d.throw(ValueError("through outer")))
def closer():
    try:
        yield 1
    finally:
        print("inner finally on close")
def deleg2():
    yield from closer()
d2 = deleg2()
next(d2)
d2.close()
def tree(n):
    if n == 0:
        return 0
    left = yield from tree(n - 1)
    yield n
    return left + n
t = tree(3)
print(list(t))
def sum_returned():
    total = yield from tree(4)
    yield f"total={total}"
print(list(sum_returned()))
def gen_from_gen_expr():
    yield from (x * 2 for x in range(3))
print(list(gen_from_gen_expr()))
