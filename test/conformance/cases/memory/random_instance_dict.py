# random.Random is a Python class over _random.Random in CPython: its instances keep `gauss_next` in a
# split dict over the class's shared keys (values array sized by them), and have a weakref list
import sys
import random
import weakref
import tracemalloc

r = random.Random(5)
print(r.__dict__, sys.getsizeof(r.__dict__), sys.getsizeof(r))
r.extra = 1
print(sorted(r.__dict__), sys.getsizeof(r.__dict__))
s = random.SystemRandom()
print(sys.getsizeof(s.__dict__), sys.getsizeof(s))

class Mine(random.Random):
    pass

m = Mine(3)
print(sys.getsizeof(m.__dict__), sys.getsizeof(m), Mine.__basicsize__)
for t in (random.Random, random.SystemRandom, Mine):
    print(t.__name__, t.__dictoffset__, t.__weakrefoffset__, t.__basicsize__, sys.getsizeof(t))

# weak references, and their callbacks when the generator dies
w = weakref.ref(r, lambda w: print('callback'))
print(w() is r, r.__weakref__ is w)
del r
print(w())
wm = weakref.ref(m)
del m
print(wm())

# what making one allocates: the object, then at seed()'s first attribute store the dict and its values
tracemalloc.start()
keep = []
for i in range(3):
    before = tracemalloc.get_traced_memory()[0]
    keep.append(random.Random(i))
    print(tracemalloc.get_traced_memory()[0] - before)
tracemalloc.stop()
