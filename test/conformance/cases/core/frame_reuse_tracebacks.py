# Frames of finished calls: a frame a traceback holds keeps its code and line while later calls run;
# deep recursion, generators and closures in between see only their own frames.
import sys


def inner(v):
    local = [v]
    raise ValueError(local)


def outer(v):
    try:
        inner(v)
    except ValueError as e:
        return e.__traceback__


tb = outer("kept")


def churn(n):
    return 0 if n == 0 else churn(n - 1) + 1


def gen(n):
    for i in range(n):
        yield churn(i)


print(churn(200), sum(gen(30)))
t = tb
while t is not None:
    f = t.tb_frame
    print(f.f_code.co_name, t.tb_lineno, f.f_lineno, f.f_globals is globals())
    t = t.tb_next
print(tb.tb_next.tb_next.tb_frame.f_code.co_name if tb.tb_next.tb_next else None)


def make_counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count

    return step


step = make_counter()
print([step() for _ in range(5)], churn(50), step())
x = object()
before = sys.getrefcount(x)
for _ in range(100):
    churn(5)
    outer(x)
print(sys.getrefcount(x) - before)
