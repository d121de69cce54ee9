# list methods.
xs = [3, 1, 4]
xs.append(1); xs.extend([5, 9]); xs.insert(0, 2); xs.insert(100, 6); xs.insert(-1, 7)
print(xs, len(xs), xs.count(1), xs.index(4), xs.index(1, 3))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs)
xs.reverse()
print(xs)
ys = xs.copy()
ys.sort()
print(xs, ys, ys is xs, ys == sorted(xs))
ys.clear()
print(ys, xs.extend("ab"), xs, xs.extend(range(2)), xs, xs.extend((x * x for x in range(3))), xs)
xs.insert(-100, "front")
print(xs)
for f in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1, 2].index(3), lambda: [1].index(1, 1), lambda: [1, "a"].sort(), lambda: [].insert("0", 1)):
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
