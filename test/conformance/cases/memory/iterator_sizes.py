# sys.getsizeof of the builtin iterators (str iterators are GC objects; the range iterators lost a field in 3.12)
import sys

iterators = [
    iter(''), iter('abc'), iter('\xe9t\xe9'), iter('\U0001f600'), iter([]), iter(()), iter({}), iter(set()),
    iter(frozenset()), iter(range(3)), iter(range(10**20)), reversed(range(10**20)), iter(b''),
    iter(bytearray()), reversed([]), reversed(range(3)), iter({}.values()), iter({}.items()), reversed({}),
    enumerate([]), zip(), map(abs, []), filter(None, []),
]
for it in iterators:
    print(type(it).__name__, sys.getsizeof(it), it.__sizeof__())
print([t.__name__ for t in type(iter('\xe9')).__mro__])
