# fuzz regression: property=leak kind=mutated seed=2800289802 version=3.11
# from: modules/deque_refcounts_gc (delete-token)
# problem when found:
#   53 object(s) still alive after shutdown with nothing left to free them; e.g. tuple (refcount 1), dict (refcount 1), tuple (refcount 1), tuple (refcount 1), dict (refcount 1), dict (refcount 1), tuple (refcount 1), dict (refcount 1)
from collections import deque
class Noisy:
        print('del', self.name)
