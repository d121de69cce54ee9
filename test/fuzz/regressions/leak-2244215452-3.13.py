# fuzz regression: property=leak kind=mutated seed=2244215452 version=3.13
# from: modules/enum_flag (delete-line)
# problem when found:
#   found by the fixed-seed batch (npm test): 3 object(s) still alive after shutdown with nothing left to free them; e.g. str \"_simple\" (refcount 1), dict (refcount 1), dict (refcount 1)
# enum.Flag and IntFlag: combining, membership, iteration (repr changed across versions).
from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value, Perm(7), Perm.RW is rw)
print(list(Perm), [m.name for m in Perm(7)], ~Perm.R, Perm(0), bool(Perm(0)), (rw ^ Perm.R))
class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
m = Mode.READ | Mode.EXEC
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
