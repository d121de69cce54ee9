# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} items")
print([y for x in data if (y := x * 2) > 6], y)
print([(v, v ** 2) for v in range(6) if (sq := v * v) % 2 == 0], sq)
it = iter(["a", "b", "", "c"])
while (chunk := next(it)) != "":
    print("chunk", chunk)
print((total := 10) + 5, total)
vals = []
print(any((found := v) > 5 for v in data), found)
print(all((last := v) < 9 for v in data), last)
def f(x):
    return (double := x * 2), double
print(f(4))
stuff = {"a": 1}
if (value := stuff.get("a")) is not None:
    print("value", value)
print([last_seen := i for i in range(3)], last_seen)
z = [(a := 1), a + 1]
print(z, a)
def counter():
    running = 0
    return [running := running + i for i in range(5)]
print(counter())
