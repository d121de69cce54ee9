# assert statement.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
for v in (0, -3):
    try:
        check(v)
    except AssertionError as e:
        print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["a", "list"]
except AssertionError as e:
    print(repr(e), e.args[0])
try:
    assert 1 == 2, 3
except AssertionError as e:
    print(e.args)
assert True, "never evaluated: " + undefined_name_is_fine
print(__debug__)
