# Two nodes that point at each other: reference counting cannot free them, gc.collect() does.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


a = Node("a")
b = Node("b")
a.other = b
b.other = a
pair = [a, b]
del a, b
del pair
print("unreachable:", gc.collect())
numbers = [x * 1.5 for x in range(40)]
big = bytearray(2048)
print(len(numbers), len(big))
