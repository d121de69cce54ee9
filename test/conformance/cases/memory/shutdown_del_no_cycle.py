# __del__ at shutdown when __main__ is not part of a reference cycle (its class lives in another namespace):
# the module is freed as soon as sys.modules lets it go, and its dict releases the values in insertion order.
import gc
import sys

# no automatic collection while the program runs: only the shutdown's own collections order the objects
gc.disable()

ns = {"write": sys.stdout.write}
exec(
    "class D:\n"
    "    def __init__(self, name, inner=None):\n"
    "        self.name = name\n"
    "        self.inner = inner\n"
    "    def __del__(self):\n"
    "        write('__del__ ' + self.name + '\\n')\n",
    ns,
)
D = ns["D"]
first = D("first")
_second = D("_second")
chain = D("chain head", D("chain tail"))
items = [D("list 0"), D("list 1")]
last = D("last")
print("end of program")
