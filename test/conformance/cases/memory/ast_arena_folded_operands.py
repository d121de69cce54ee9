# The AST arena keeps every constant the parser made alive while the script runs, including the operands
# constant folding replaced: a literal inside a folded tuple is referenced by the arena and by the tuple.
import sys

t = (3, 1000)
print(sys.getrefcount(1000))
for x in [5, 2000]:
    pass
print(sys.getrefcount(2000))
y = -3000
print(sys.getrefcount(-3000), sys.getrefcount(3000))
z = 4000 * 2
print(sys.getrefcount(8000), sys.getrefcount(4000))
s = "ab" * 3
print(sys.getrefcount("ababab"))
u = ((6000, 7000), 8.5)
print(sys.getrefcount(6000), sys.getrefcount(8.5))
fs = 9000 in {9000, 9001}
print(sys.getrefcount(9000), sys.getrefcount(9001))


def f():
    return (7, 5000), 5000


print(sys.getrefcount(5000))
print(sys.getrefcount(f()[0]))
before = sys.getallocatedblocks()
print(sys.getallocatedblocks() - before)
