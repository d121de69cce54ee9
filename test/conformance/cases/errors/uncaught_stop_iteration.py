# StopIteration escaping a generator becomes RuntimeError (PEP 479).
def first_items(iterables):
    for it in iterables:
        yield next(iter(it))
print(list(first_items(["ab", [1]])))
print(list(first_items(["ab", []])))
