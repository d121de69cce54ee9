# fuzz regression: property=js-leak kind=mutated seed=1799127977 version=3.11
# from: modules/warnings_strptime_deprecation (duplicate-token)
# problem when found:
#   stderr shows a JavaScript error:
#   heapscope internal error: SyntaxError: Invalid regular expression: /(?<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])\s+(?<m>1[0-2]|0[1-9]|[1-9])(?<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])\s+(?<m>1[0-2]|0[1-9]|[1-9])/iy: Duplicate capture group name
import time
print(time.strptime("01 02", "%d %m""%d %m")[:3])
with warnings.catch_warnings(record=True) as w:
    try:
        print("no error")
    except DeprecationWarning as e:
        print("error:", str(e).splitlines()[-1])
