# A suspended generator's frame has no caller: gi_frame.f_back is None between resumptions.
def g():
    yield 1
    yield 2


def caller():
    x = g()
    print(x.gi_frame.f_back)  # created, never started
    print(next(x))
    return x


x = caller()
print(x.gi_frame.f_back)


def resume():
    print(next(x))


resume()
print(x.gi_frame.f_back)


# frames of ordinary calls are reused by the engine: a generator frame must never see a stale caller
def deep(n):
    return n if n == 0 else deep(n - 1)


deep(50)
print(x.gi_frame.f_back)
print(list(x), x.gi_frame)
