# match: sequence patterns (fixed, starred, nested) and mapping patterns.
def seq(cmd):
    match cmd:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case ["go", direction, *rest]:
            return f"go {direction} rest={rest}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for c in ([], [1], (1, 2), ["go", "north"], ["go", "n", 1, 2], [1, 2, 3, 4], "ab", range(3)):
    print(repr(c), "->", seq(c))
def nested(p):
    match p:
        case [(0, 0), *_]:
            return "starts at origin"
        case [(x, y), (x2, y2)] if x == x2:
            return f"vertical line at x={x}"
        case [[a, b], [c, d]]:
            return f"matrix {a}{b}{c}{d}"
        case _:
            return "no match"
print(nested([(0, 0), (1, 1)]), nested([(2, 0), (2, 5)]), nested([[1, 2], [3, 4]]), nested([1]))
def mapping(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point({x}, {y})"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extras={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
for m in ({"type": "point", "x": 1, "y": 2, "z": 9}, {"type": "circle", "r": 3, "color": "red"}, {"type": "blob"}, {"other": 1}, [("type", "x")], "str"):
    print(mapping(m))
match "hello":
    case [*chars]:
        print("str is a sequence?", chars)
    case str():
        print("strings do not match sequence patterns")
match {"a": 1}:
    case {"a": 1 | 2 as v}:
        print("a is", v)
match (1, [2, {"k": (3, 4)}]):
    case (1, [2, {"k": (3, q)}]):
        print("deep q =", q)
