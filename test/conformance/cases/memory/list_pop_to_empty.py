# list.pop of a list's last item: 3.12+ frees the item array (_list_clear), 3.11 resizes like any pop
import sys
v = sorted((8, 1, 89, 242))[-1:5]
print(sys.getsizeof(v))
print(v.pop(), sys.getsizeof(v))
v.append(125)
print(sys.getsizeof(v))
w = [1, 2, 3][-1:]
print(w.pop(0), sys.getsizeof(w))
w.append(5)
print(sys.getsizeof(w))
x = [1, 2, 3, 4, 5]
while x:
    print(x.pop(), sys.getsizeof(x))
x.append(1)
print(sys.getsizeof(x))
y = []
y.append(object())
print(sys.getsizeof(y))
o = y.pop()
print(sys.getsizeof(y), sys.getrefcount(o))
z = [[]]
print(type(z.pop()).__name__, sys.getsizeof(z), len(z))
