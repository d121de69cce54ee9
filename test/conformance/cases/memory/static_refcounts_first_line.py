# The counts of CPython's static objects when a program starts: 3.11 reports the references the whole
# interpreter holds (start-up, site, the parser's and compiler's own), 3.12+ reports immortal counts.
import sys

print(sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(...), sys.getrefcount(NotImplemented))
print(sys.getrefcount(()), sys.getrefcount(""), sys.getrefcount(b""))
print(sys.getrefcount(0), sys.getrefcount(1), sys.getrefcount(-1), sys.getrefcount(-5), sys.getrefcount(100))
print(sys.getrefcount(255), sys.getrefcount(256))
print(sys.getrefcount("a"), sys.getrefcount("Q"), sys.getrefcount("é"), sys.getrefcount(b"a"), sys.getrefcount(b"\xff"))
