# match: literal, capture, wildcard, value patterns, or-patterns, guards.
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case x:
            return f"other {x!r}"
for v in (0, 2, "hello", True, None, -1, 1.5, 1000, "words", "ab", [1], False, 1.0):
    print(repr(v), "->", describe(v))
class Color:
    RED = "red"
    GREEN = "green"
def color_name(c):
    match c:
        case Color.RED:
            return "it's red"
        case Color.GREEN:
            return "it's green"
        case _:
            return "unknown color"
print(color_name("red"), color_name("green"), color_name("blue"))
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case 404:
            return "not found"
        case n if 500 <= n < 600:
            return "server error"
        case _:
            return "unknown"
print([http(s) for s in (200, 204, 302, 404, 503, 999)])
value = 5
match value:
    case captured:
        print("captured", captured)
print(captured)
