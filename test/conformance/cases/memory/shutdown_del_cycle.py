# __del__ at shutdown for objects in reference cycles (collected by the final collections) and for
# objects reachable only from a cycle.
import gc
import sys

# no automatic collection while the program runs: only the shutdown's own collections order the objects
gc.disable()


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        sys.stdout.write("__del__ " + self.name + "\n")


a = D("cycle a")
b = D("cycle b")
a.other = b
b.other = a
del a, b
selfref = D("self cycle")
selfref.me = selfref
x = D("x in global cycle")
y = D("y in global cycle")
x.peer = y
y.peer = x
holder = D("holder")
holder.ring = [D("ring member")]
holder.ring.append(holder.ring)
plain = D("plain")
print("end of program")
