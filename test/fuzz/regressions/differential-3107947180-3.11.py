# fuzz regression: property=differential kind=generated seed=3107947180 version=3.11
# from: generator
# problem when found:
#   last line of stderr:
#     CPython:   "UnboundLocalError: cannot access local variable 'v4' where it is not associated with a value"
#     heapscope: "UnboundLocalError: cannot access local variable 'v4' where it is not associated with a value. Did you mean: 'v0'?"
v0 = round((0.5 * 100.0), 3)
for i5 in range(4):
    def local6():
        v4 *= 1
    print(local6())
