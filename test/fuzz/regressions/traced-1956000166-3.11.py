# fuzz regression: property=traced kind=mutated seed=1956000166 version=3.11
# from: modules/random_more (delete-line, delete-token)
# problem when found:
#   audit: <dict at 0x7f3c9a4e9c00>: 2 references found, refcount 1
#   <dict at 0x7f3c9a4e97c0>: 2 references found, refcount 1
# (minimised by hand: the dict of an instance of a class over random.Random was visited twice, by
# subtype_traverse and by the base's own tp_traverse)
import random
class Const(random.Random):
    def random(self):
        return 0.25
c = Const(1)
