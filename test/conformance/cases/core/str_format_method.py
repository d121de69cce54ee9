# str.format and format specs.
print("{} {} {}".format(1, "a", 2.5), "{0} {1} {0}".format("x", "y"), "{name}-{n:03d}".format(name="id", n=7))
print("{:<8}|{:>8}|{:^8}|{:*^9}|{:08.3f}|{:+}|{: }".format("l", "r", "c", "s", 3.14159, 5, 5))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:_x}".format(2 ** 32), "{:b}".format(10), "{:#b}".format(10), "{:#o}".format(8), "{:#X}".format(255))
print("{:c}".format(9731), "{:e}".format(12345.678), "{:%}".format(0.25), "{:.1%}".format(1 / 3), "{:n}".format(1234))
print("{0[0]} {0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 3 + 4j))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{:>10!r}".format if False else "{!r:>10}".format("q"))
print("{{literal}} {}".format(1), "{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}}".format("x", 5) + "|")
print("{:=+8d}|{:=8}|{:<08d}|{:^+9.2f}".format(42, -3, 7, 2.5))
print(format(12, "x"), format(-12, "#x"), format(3.0, "g"), format("txt", ">6"), format(5, ""), format([1], ""))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec == "polar":
            return "P(polar)"
        return f"P({self.x:{spec}}, {self.y:{spec}})"
print("{}".format(Point(1, 2)), "{:.1f}".format(Point(1, 2)), "{:polar}".format(Point(1, 2)), "{0.x}".format(Point(9, 8)))
for fmt, args, kw in [("{} {}", (1,), {}), ("{x}", (), {}), ("{0:d}", ("s",), {}), ("{:,s}", ("a",), {}), ("{", (), {}), ("}", (), {}), ("{0} {}", (1, 2), {}), ("{:=s}", ("a",), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
