# random with a fixed seed: the exact sequences must match CPython's Mersenne Twister.
import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 1000, 7) for _ in range(5)], random.randrange(10))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choices(range(10), k=5), random.choices("ab", weights=[1, 9], k=6))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("population", 3))
print(random.uniform(1, 10), random.getrandbits(64), random.getrandbits(5), random.getrandbits(100))
print(round(random.gauss(0, 1), 12), round(random.normalvariate(10, 2), 12), round(random.expovariate(1.5), 12), round(random.triangular(0, 10), 12))
print(round(random.betavariate(2, 3), 12), round(random.gammavariate(2, 1), 12), round(random.lognormvariate(0, 1), 12), round(random.vonmisesvariate(0, 1), 12), round(random.paretovariate(3), 12), round(random.weibullvariate(1, 2), 12))
random.seed("a string seed")
print(random.random(), random.randint(0, 10 ** 12))
random.seed(b"bytes seed")
print(random.random())
random.seed(2 ** 100 + 7)
print(random.random(), random.randbytes(8))
r = random.Random(7)
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], random.Random(7).randint(0, 99), random.Random(-7).randint(0, 99))
random.seed(0)
print(random.random(), random.randint(1, 6), random.choice(["x", "y"]))
random.seed(3.5 if False else 35)
print(random.randrange(-50, 50), random.sample(range(10), k=10))
for bad in (lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.sample(range(3), 5), lambda: random.randrange(0)):
    try:
        print(bad())
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
