# itertools: count, cycle, repeat, islice, takewhile, dropwhile, chain, compress, filterfalse, starmap, zip_longest, tee.
import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -2.5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.islice(it.repeat(0), 2)))
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice("abcdef", 3)), list(it.islice("abc", None)), list(it.islice(range(10), 5, None)))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest([1, 2], "x")))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), repr(it.repeat(1, 2)), repr(it.count(5)))
c = it.count(3)
print(next(c), next(c), c)
for bad in (lambda: it.islice(range(3), -1), lambda: list(it.repeat(1, -1)), lambda: it.islice(range(3), 0, 1, 0)):
    try:
        print(bad())
    except ValueError as e:
        print(type(e).__name__, e)
