# Module-level LOAD_NAME / STORE_NAME (names in the globals dict) must see every change between executions of
# one instruction, and a store must release the old value with CPython's reference counts.
import sys


def show(tag):
    # each loop iteration runs the same LOAD_NAME instruction for `x` and `len`
    pass


out = []
for step in range(6):
    if step == 1:
        x = "rebound"  # value replaced in place
    elif step == 2:
        len = lambda s: -1  # a global now shadows the builtin
    elif step == 3:
        del len  # back to the builtin
    elif step == 4:
        for i in range(40):  # the globals grow: their keys object is replaced
            globals()["filler%d" % i] = i
    elif step == 5:
        del x
    try:
        out.append((step, x, len("abc")))
    except NameError as e:
        out.append((step, "NameError", str(e)))
    if step == 0:
        x = "first"
        out.append((step, x))
print(out)

# one STORE_NAME instruction run repeatedly: a new key, then replacing values, after deletions and resizes
for i in range(5):
    y = i * 1000
    if i == 2:
        del y
        y = "again"
        for k in range(30):
            globals()["more%d" % k] = k
    print(i, y)

# the old value's __del__ runs during the store: the new value is then referenced by the stack and the dict
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "z is", type(globals().get("z")).__name__, "refs of new value:", sys.getrefcount(new) - 1)


for n in range(3):
    new = [n]
    z = Noisy("n%d" % n) if n < 2 else new
print("z", z)

# a store into globals() made by another name or by exec/locals() is seen by the next load
g = globals()
for n in range(3):
    g["w"] = n * 7
    print("w", w)
ns = {}
for n in range(3):
    exec("v = %d\nprint('v', v, len('ab'))" % n, ns)
    exec("len = lambda s: 99" if n == 1 else "pass", ns)

# class bodies (locals are not the globals) and exec with separate locals
class C:
    a = 1
    for i in range(3):
        a = a + i
    print("class a", a)
loc = {}
exec("for i in range(3):\n    q = i * 2\nprint('q', q)", {}, loc)
print(sorted(loc.items()))
