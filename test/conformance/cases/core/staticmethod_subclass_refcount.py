# An instance of a staticmethod / classmethod subclass holds a reference to its class (PyType_GenericAlloc), released when it dies
import sys
class asm(staticmethod): pass
class acm(classmethod): pass
def f(): pass
print(sys.getrefcount(asm), sys.getrefcount(acm))
x = asm(f)
y = acm(f)
print(sys.getrefcount(asm), sys.getrefcount(acm))
del x, y
print(sys.getrefcount(asm), sys.getrefcount(acm))
