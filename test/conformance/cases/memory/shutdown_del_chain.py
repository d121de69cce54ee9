# __del__ order at shutdown for chains of objects: attributes set in __init__ or later, lists, dicts, tuples.
import gc
import sys

# no automatic collection while the program runs: only the shutdown's own collections order the objects
gc.disable()


class D:
    def __init__(self, name, nxt=None):
        self.name = name
        if nxt is not None:
            self.nxt = nxt

    def __del__(self):
        sys.stdout.write("__del__ " + self.name + "\n")


tail_first = D("made before its owner")
owner = D("owner", tail_first)
del tail_first
head = D("head")
head.later = D("set after __init__")
head.later.later = D("set after __init__, two deep")
items = [D("list 0"), D("list 1"), D("list 2")]
mapping = {"k1": D("dict value 1"), "k2": D("dict value 2")}
pair = (D("tuple 0"), D("tuple 1"))
nested = D("nested", D("nested inner", D("nested innermost")))
last = D("last")
print("end of program")
