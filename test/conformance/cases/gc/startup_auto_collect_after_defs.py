# Defining functions and classes before the loop: compiling them and running the definitions allocate
# GC objects (code constants, functions, classes), which moves the first automatic collections.
import gc

events = []
i = -1


def cb(phase, info):
    if phase == "start" and len(events) < 6:
        events.append((i, info["generation"]))


def helper0(x, y=0):
    return (x, y, 'helper0', 0.5)

def helper1(x, y=1):
    return (x, y, 'helper1', 1.5)

def helper2(x, y=2):
    return (x, y, 'helper2', 2.5)

def helper3(x, y=3):
    return (x, y, 'helper3', 3.5)

def helper4(x, y=4):
    return (x, y, 'helper4', 4.5)

def helper5(x, y=5):
    return (x, y, 'helper5', 5.5)

def helper6(x, y=6):
    return (x, y, 'helper6', 6.5)

def helper7(x, y=7):
    return (x, y, 'helper7', 7.5)

class Shape0:
    kind = 'shape0'

    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n * 1

class Shape1:
    kind = 'shape1'

    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n * 2

class Shape2:
    kind = 'shape2'

    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n * 3

class Shape3:
    kind = 'shape3'

    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n * 4

class Shape4:
    kind = 'shape4'

    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n * 5

gc.callbacks.append(cb)
for i in range(3000):
    a = {}
    a["self"] = a
    if len(events) >= 6:
        break
gc.callbacks.remove(cb)
for e in events:
    print("iteration", e[0], "generation", e[1])
print(helper3(1), Shape2(4).area())
