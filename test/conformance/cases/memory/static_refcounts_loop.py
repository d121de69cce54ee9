# Small ints made by range() and arithmetic are the cached objects: a loop and a list of them move their counts.
import sys

print(sys.getrefcount(9), sys.getrefcount(10), sys.getrefcount(45))
total = 0
for number in range(10):
    total += number
print(sys.getrefcount(9), sys.getrefcount(45), number, total)
squares = [number * number for number in range(12)]
print(sys.getrefcount(9), sys.getrefcount(100), sys.getrefcount(121))
squares.clear()
print(sys.getrefcount(9), sys.getrefcount(100), sys.getrefcount(121))
