# A small int's count as names, containers and an assignment chain take references to it and drop them.
import sys

print(sys.getrefcount(7))
first = 7
print(sys.getrefcount(first))
second = third = 7
print(sys.getrefcount(first))
sevens = [7] * 10
print(sys.getrefcount(first))
pair = (first, first)
print(sys.getrefcount(first))
del sevens, second
print(sys.getrefcount(first))
third = 8
print(sys.getrefcount(first), sys.getrefcount(third))
