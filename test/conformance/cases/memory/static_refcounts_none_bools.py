# None's count on 3.11 depends on the interpreter's layout (each type attribute cache entry no lookup has
# filled yet holds it), so only its changes are printed, all measured before the first print() (which
# fills an entry); True and False are printed whole.
import sys

base = sys.getrefcount(None)
nothing = [None] * 6
after_list = sys.getrefcount(None) - base
flags = [value > 4 for value in range(10)]
bools = sys.getrefcount(True), sys.getrefcount(False)


def no_result():
    pass


after_def = sys.getrefcount(None) - base
results = [no_result() for _ in range(3)]
after_calls = sys.getrefcount(None) - base
del nothing, results
after_del = sys.getrefcount(None) - base
flags.clear()
print(after_list, after_def, after_calls, after_del)
print(bools, sys.getrefcount(True), sys.getrefcount(False))
