# fuzz regression: property=js-leak kind=mutated seed=1461704369 version=3.12
# from: modules/sys_version_minor (replace-token)
# problem when found:
#   stderr shows a JavaScript error:
#   TypeError: argument of type 'int' is not iterable
import sys
if sys.version_info >= (3in 12):
    print("running on 3.11")
