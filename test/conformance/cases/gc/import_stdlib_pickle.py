# the first import of pickle (struct, re, copyreg, _compat_pickle and the C _pickle in CPython): its GC
# traffic runs automatic collections and leaves cyclic garbage gc.collect() finds
import gc
import pickle
n = gc.collect()
print(n, len(pickle.dumps([1, 2])))
