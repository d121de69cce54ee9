# PEP 695 type-parameter syntax: a SyntaxError on 3.11, valid on 3.12+.
def first[T](items: list[T]) -> T:
    return items[0]
type Pair = tuple[int, int]
print(first([3, 2, 1]), Pair.__value__)
