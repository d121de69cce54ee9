# fuzz regression: property=differential kind=generated seed=144733937 version=3.12
# from: generator (minimised by hand)
# problem when found:
#   last line of stderr:
#     CPython:   "/fuzz/prog.py:38: SyntaxWarning: \"is\" with 'tuple' literal. Did you mean \"==\"?"
#     heapscope: ""
x = 7
print(x is 7, (1, 2) is (1, 2))
