# Importing a module start-up already imported (math, on 3.11) does not change the static objects' counts.
import sys

before = sys.getrefcount(2), sys.getrefcount(True), sys.getrefcount(())
import math

print(before)
print(sys.getrefcount(2), sys.getrefcount(True), sys.getrefcount(()))
print(math.floor(2.5), sys.getrefcount(2))
