# iter() and next(): default values, callable-sentinel form, exhaustion.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
values = [3, 2, 1, 0, 5]
def pop_front():
    return values.pop(0)
print(list(iter(pop_front, 0)), values)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
print(type(iter("abc")).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(3))).__name__, type(iter(b"")).__name__)
d = {"a": 1, "b": 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
s = iter("xyz")
print(list(zip(s, s)), list(s))
for bad in (lambda: iter(5), lambda: next(5), lambda: iter(len, 1, 2), lambda: iter(5, 0)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
