# fuzz regression: property=js-leak kind=mutated seed=1405183607 version=3.13
# from: tracemalloc/reset_peak (delete-token, duplicate-token)
# problem when found:
#   stderr shows a JavaScript error:
#   heapscope internal error: RangeError: Invalid typed array length: 5000050000
tmp = bytes(5000050000)
