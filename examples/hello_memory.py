# hello_memory.py: a first look at what Python's memory manager does.
# Open it with heapscope: each line shows the objects it allocated and freed.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


greeting = "hello, memory"
print(greeting)

# Small ints (-5..256) are preallocated: this loop allocates no int objects.
total = 0
for i in range(10):
    total += i
print("total:", total)

# A list grows by over-allocating: watch its size jump in steps.
numbers = []
sizes = []
for i in range(20):
    numbers.append(i * 1000)
    sizes.append(sys.getsizeof(numbers))
print("list sizes:", sorted(set(sizes)))

# Instances, and a dict mapping names to them.
points = [Point(i, i * i) for i in range(5)]
by_name = {f"p{i}": p for i, p in enumerate(points)}
print(by_name["p3"])

# Dropping the last reference frees the object at once (reference counting).
alias = points[0]
print("refcount of points[0]:", sys.getrefcount(alias) - 1)
del points[0]
del by_name["p0"]
del alias
print("points left:", len(points))
