# fuzz regression: property=leak kind=mutated seed=3835739920 version=3.12
# from: modules/enum_flag (truncate)
# problem when found:
#   3 object(s) still alive after shutdown with nothing left to free them; e.g. str "_simple" (refcount 1), dict (refcount 1), dict (refcount 1)
from enum import Flag, IntFlag, auto
