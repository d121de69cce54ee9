# range(): construction, indexing, slicing, membership, equality, errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r.start, r.stop, r.step, 8 in r, 9 in r, r.index(11), r.count(5))
print(list(range(5)), list(range(0)), list(range(-3)), list(range(5, 0, -1)), list(range(0, -10, -4)), list(range(3, 3)))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2])
print(repr(range(1, 2)), str(range(0, 10, 1)), range(5)[::2], range(10)[3:], range(10)[-3:], reversed(range(3)).__class__.__name__, list(reversed(range(1, 8, 2))))
big = range(0, 10 ** 17, 7)
print(len(big), big[10 ** 15], 7 * 10 ** 15 in big, (7 * 10 ** 15 + 1) in big, big[-1])
print(hash(range(3)) == hash(range(0, 3)), sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -2)))
for f in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(10)[20], lambda: range(5).index(7), lambda: range("3"), lambda: range()):
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    len(range(2 ** 70))
except OverflowError as e:
    print(type(e).__name__, e)
