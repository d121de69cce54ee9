# sys.getsizeof of lists: append growth 0..100, preallocation, repetition, comprehensions, shrinking.
import sys

lst = []
sizes = []
for i in range(101):
    sizes.append(sys.getsizeof(lst))
    lst.append(i)
print("append growth 0..100:", sizes)
changes = [(i, sizes[i]) for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]]
print("size changes at n:", changes)
print("list(range(n)):", [sys.getsizeof(list(range(n))) for n in range(0, 21)])
print("[x]*n:", [sys.getsizeof([0] * n) for n in range(0, 11)])
print("comprehension n:", [sys.getsizeof([i for i in range(n)]) for n in range(0, 21)])
print("literal n:", sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]))
print("list(tuple of 7):", sys.getsizeof(list((1, 2, 3, 4, 5, 6, 7))))
print("list of a generator of 7:", sys.getsizeof(list(i for i in range(7))))
print("sorted(range(9)):", sys.getsizeof(sorted(range(9))))
print("copy of 100-list:", sys.getsizeof(lst.copy()), sys.getsizeof(lst[:]), sys.getsizeof(list(lst)))
pops = []
for _ in range(101):
    lst.pop()
    pops.append(sys.getsizeof(lst))
print("pop shrink sequence:", pops)
a = list(range(50))
a.clear()
print("after clear:", sys.getsizeof(a))
a = list(range(50))
del a[10:]
print("after del a[10:]:", sys.getsizeof(a))
a = list(range(50))
a[5:] = []
print("after slice assign to empty tail:", sys.getsizeof(a))
a = [1, 2, 3]
a.extend(range(10))
print("extend 3 by 10:", sys.getsizeof(a))
a = []
a.extend([1])
print("extend empty by 1:", sys.getsizeof(a))
a = [1] * 8
a.append(1)
print("exact 8 then append:", sys.getsizeof(a))
a = []
a += [1, 2, 3, 4, 5]
print("+= 5 items:", sys.getsizeof(a))
a.insert(0, 0)
print("insert:", sys.getsizeof(a))
b = [1, 2] + [3, 4, 5]
print("concatenation:", sys.getsizeof(b))
b *= 3
print("in-place repeat x3:", sys.getsizeof(b))
