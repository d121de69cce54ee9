# random: Random instances, subclasses overriding random(), state round trips, argument checks.
import random
r = random.Random(12345)
print(r.random(), r.randint(-10, 10), r.randrange(0, 100, 5), r.getrandbits(40), r.choice("heapscope"), r.uniform(-1, 1))
print(r.sample(range(1000), 4), r.sample(("a", "b", "c"), k=3), r.sample(["x", "y"], 3, counts=[2, 1]), r.choices("xyz", cum_weights=[1, 1, 5], k=4))
data = list(range(12))
r.shuffle(data)
print(data, r.triangular(), r.triangular(0, 10, 9), r.gauss(), r.normalvariate(), r.binomialvariate(20, 0.4) if hasattr(r, "binomialvariate") else "n/a")
s = r.getstate()
print(type(s).__name__, len(s), s[0], len(s[1]), s[2] is None or type(s[2]).__name__)
x = [r.random() for _ in range(3)]
r.setstate(s)
print(x == [r.random() for _ in range(3)])
r.seed(12345)
print(r.random(), random.Random(12345).random(), random.Random("12345").random(), random.Random(b"12345").random(), random.Random(12345.0).random())
r.seed(7, version=1)
print(r.random())
r.seed("abc", version=1)
print(r.random())
class Const(random.Random):
    def random(self):
        return 0.25
c = Const(1)
print(c.choices([1, 2, 3, 4], k=3), c.uniform(0, 8), c.randint(1, 100), c.randrange(1000), c.choice("abcd"), c.sample(range(8), 3))
class Bits(random.Random):
    def getrandbits(self, k):
        return 1
b = Bits(1)
print(b.randint(1, 100), b.choice("abc"), b.random() < 1)
print(isinstance(r, random.Random), type(r).__name__, random.Random.__name__, repr(random.Random)[:21])
for bad in (lambda: r.randint(1), lambda: r.randint(1, 2, 3), lambda: r.randrange(5, 1), lambda: r.randrange(0, 10, 0), lambda: r.choice([]),
            lambda: r.sample({1, 2}, 1), lambda: r.sample([1, 2], 3), lambda: r.choices([1, 2], [1], k=2), lambda: r.choices([1], [0]),
            lambda: r.setstate((9, (), None)), lambda: r.getrandbits(-1), lambda: r.seed([1]), lambda: r.random(1), lambda: r.shuffle((1, 2)),
            lambda: r.uniform(1), lambda: r.gammavariate(1), lambda: r.sample([1], k=1, foo=2)):
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
random.seed(99)
a = random.random()
random.seed(99)
print(a == random.random(), random.choice(range(10)), random.randbytes(4), random.getrandbits(70))
