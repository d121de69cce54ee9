# __del__ of module globals with underscore names at interpreter shutdown. __main__ is kept alive past the
# shutdown collection (sys holds it), so _PyModule_ClearDict wipes it: single-underscore names first.
import gc
import sys

# no automatic collection while the program runs: only the shutdown's own collections order the objects
gc.disable()


class D:
    def __init__(self, name):
        self.name = name

    # the writer is bound at class creation: the module's globals are None by the time some __del__ run
    def __del__(self, write=sys.stdout.write):
        write("__del__ " + self.name + "\n")


alpha = D("alpha")
_beta = D("_beta")
__gamma = D("__gamma")
delta = D("delta")
_epsilon = D("_epsilon")
__zeta__ = D("__zeta__")
eta = D("eta")
_theta = [D("_theta list 0"), D("_theta list 1")]
sys.keep_main_alive = sys.modules[__name__]
print("end of program")
