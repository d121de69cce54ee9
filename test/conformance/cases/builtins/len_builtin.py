# len() on every built-in container and user classes.
print(len(""), len("abc"), len("日本"), len(b"\x00\x01"), len(bytearray(5)), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(set()), len({1, 1, 2}), len(frozenset("abca")), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len(range(-10, 10, 7)), len(range(10 ** 6)), len({1: 2}.keys()), len({1: 2}.items()), len(memoryview(b"abcd")))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()), Sized().__len__())
for bad in (5, 3.5, None, iter([1]), (x for x in "ab"), len):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Huge:
    def __len__(self):
        return 2 ** 100
try:
    len(Huge())
except OverflowError as e:
    print(type(e).__name__, e)
