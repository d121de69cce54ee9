# Closing a generator suspended at a yield: 3.13's gen_close finishes a generator whose yield has no handler
# of its own without running it (only its locals are released; the function stays until the generator is
# freed), and a cycle through such a generator leaves the function among the collected objects.
import gc
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def plain():
    x = D("plain")
    yield x


def in_loop():
    x = D("loop")
    for i in range(3):
        yield i


def in_try():
    x = D("try")
    try:
        yield x
    finally:
        print("finally")


def in_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            print("exit", exc[0].__name__)
    x = D("with")
    with CM():
        yield x


for gen in (plain, in_loop, in_try, in_with):
    base = sys.getrefcount(gen)
    it = gen()
    next(it)
    print(gen.__name__, "suspended", sys.getrefcount(gen) - base)
    it.close()
    print(gen.__name__, "closed", sys.getrefcount(gen) - base, it.gi_frame, it.gi_suspended)
    print(gen.__name__, "next after close", next(it, "done"))
    del it
    print(gen.__name__, "freed", sys.getrefcount(gen) - base)

# an unstarted generator
it = plain()
it.close()
print("unstarted", it.gi_frame, sys.getrefcount(plain))
del it

# a generator delegating with yield from: closing closes the inner one first
def outer():
    yield from plain()

it = outer()
next(it)
it.close()
print("outer closed", sys.getrefcount(outer))
del it


# the collector closes a generator in a cycle (tp_finalize), then counts what is still unreachable
def build():
    def g():
        x = D("cycle")
        yield x
    it = g()
    next(it)
    lst = [it]
    lst.append(lst)


gc.collect()
build()
print("collected", gc.collect())

