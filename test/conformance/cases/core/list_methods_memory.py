# sys.getsizeof after each list method: list_resize over-allocation, exact preallocation, shrinking
import sys
sz = sys.getsizeof
a = []
out = []
for i in range(20):
    a.append(i)
    out.append(sz(a))
print("append:", out)
out = []
for i in range(20):
    a.pop()
    out.append(sz(a))
print("pop:", out)
b = list(range(10))
out = []
for i in range(10):
    b.insert(0, i)
    out.append(sz(b))
print("insert front:", out, b[:5])
c = list(range(30))
out = []
while c:
    c.remove(c[len(c) // 2])
    out.append(sz(c))
print("remove:", out)
print("extend tuple into []:", sz([].__class__()), end=" ")
for src in [(1, 2, 3), [1, 2, 3, 4, 5], range(7), iter(range(9)), (x for x in range(5)), "abcdefghijk", {1: 2, 3: 4}]:
    e = []
    e.extend(src)
    f = [0]
    f.extend(src)
    print(sz(e), sz(f), end=" ")
print()
g = list(range(25))
print("copy/slice:", sz(g), sz(g.copy()), sz(g[:]), sz(g[::3]), sz(g[5:9]), sz(g + g), sz(g * 2))
g.clear()
print("clear:", sz(g), g)
h = [1, 2, 3]
h += range(4)
print("+= range:", sz(h), h)
h *= 3
print("*= 3:", sz(h), len(h))
print("list():", sz(list()), sz(list((1, 2, 3))), sz(list(range(5))), sz(list(x for x in "abc")), sz(list({1, 2, 3})))
print("sorted:", sz(sorted((3, 1, 2))), sz(sorted(range(9))), sz(sorted(x for x in range(7))))
r = [1, 2, 3]
print("reverse/sort keep size:", sz(r), r.reverse(), sz(r), r.sort(), sz(r))
print("__sizeof__:", [].__sizeof__(), [1].__sizeof__(), list(range(17)).__sizeof__())
it = reversed([1, 2, 3])
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))
li = iter([1, 2, 3])
next(li)
print(li.__length_hint__(), iter(()).__length_hint__())
