# fuzz regression: property=internal-error kind=mutated seed=3335534887 version=3.11
# from: builtins/iter_next (delete-token, duplicate-line)
# problem when found:
#   the engine did not finish within 30000 ms (hang in engine code)
it = iter([1, 2])
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
def tick():
    return [0]
print(list(iter(tick, 4)))
for bad in (lambda: iter(5), lambda: next(5), lambda: iter(len, 1, 2), lambda: iter(5, 0)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
