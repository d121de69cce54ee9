# Too many positional arguments together with keyword arguments: the message counts the keyword-only
# arguments given by keyword, and a bad keyword is reported before the positional count.
def g(a, b, /, c, *, d, e=5):
    return a, b, c, d, e


def h(a, b=2, *, k):
    return a, b, k


calls = [
    lambda: g(1, 2, 3, 4, d=5),
    lambda: g(1, 2, 3, 4, d=5, e=6),
    lambda: g(1, 2, 3, 4),
    lambda: g(1, 2, 3, 4, x=1),
    lambda: g(1, 2, 3, 4, c=1),
    lambda: h(1, 2, 3, k=4),
    lambda: h(1, 2, 3),
    lambda: h(1, 2, 3, 4, k=1),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


class Probe:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


# the order in which the arguments of a failed call are released
for call in (lambda: g(1, 2, 3, Probe("extra"), d=Probe("d")), lambda: g(1, 2, Probe("c"), Probe("extra"), x=Probe("x"))):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print("end")
