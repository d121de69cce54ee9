# sys.is_finalizing(): False while the program and its atexit callbacks run, True once the interpreter
# shuts down (objects freed with the module globals)
import atexit, sys

class D:
    def __del__(self):
        print("__del__ at shutdown:", sys.is_finalizing())

d = D()
atexit.register(lambda: print("atexit:", sys.is_finalizing()))
print("running:", sys.is_finalizing())
