# __del__ of module globals at interpreter shutdown: the order the module dict is cleared in.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        sys.stdout.write("__del__ " + self.name + "\n")


first = D("first")
second = D("second")
_private = D("_private")
third = D("third")
container = [D("in list 0"), D("in list 1")]
chain = D("chain head")
chain.next = D("chain tail")
alias1 = alias2 = D("aliased")
print("end of program")
