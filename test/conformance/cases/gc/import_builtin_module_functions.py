# Importing a builtin module creates one builtin-function object per module function
# (PyModule_AddFunctions): GC-tracked objects the collector lists, held by the module's dict.
import gc, sys
print(any(o is gc.collect for o in gc.get_objects()), type(gc.collect).__name__)
print(gc.is_tracked(gc.get_count), sys.getrefcount(gc.get_count))
print(gc.get_count in gc.get_referents(vars(gc)))
