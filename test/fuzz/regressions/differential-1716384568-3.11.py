# fuzz regression: property=differential kind=generated seed=1716384568 version=3.11
# from: generator (minimised by hand)
# problem when found:
#   stdout differs from CPython:
#     line 1: expected "{134, 39, 150, 255}", got "{255, 150, 134, 39}"
print({39, 134, 150, 255})
