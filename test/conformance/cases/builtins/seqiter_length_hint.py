# iter() of a __getitem__ sequence: its iterator's __length_hint__ is len(seq) - index (iter_len), or
# NotImplemented when the sequence has no __len__
import operator


class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


class Deck(Squares):
    def __len__(self):
        return 4


for cls in (Squares, Deck):
    it = iter(cls())
    print(type(it).__name__, operator.length_hint(it, -1), it.__length_hint__())
    next(it)
    print(operator.length_hint(it, -1))
    print(list(it), operator.length_hint(it, -1), it.__length_hint__())
d = Deck()
it = iter(d)
print(list(reversed(d)), operator.length_hint(it))
print(len(list(iter(Deck()))), bytearray(iter(Deck())))
# iter_traverse: the iterator visits its sequence, so a cycle through it is collected
import gc, weakref
print(gc.get_referents(it)[0] is d, gc.is_tracked(it))
h = Deck()
h.it = iter(h)
r = weakref.ref(h)
del h
print(r() is not None, gc.collect() >= 2, r() is None)
