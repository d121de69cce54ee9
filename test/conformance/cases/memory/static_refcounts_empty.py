# The empty tuple, str and bytes are singletons: every way of making an empty one returns them.
import sys

print(sys.getrefcount(()), sys.getrefcount(""), sys.getrefcount(b""))
empties = [tuple(), "".join([]), bytes(), (1, 2)[2:], "abc"[3:], b"xy"[:0]]
print(sys.getrefcount(()), sys.getrefcount(""), sys.getrefcount(b""))
many = [()] * 8
print(sys.getrefcount(()))
del empties, many
print(sys.getrefcount(()), sys.getrefcount(""), sys.getrefcount(b""))
