# gc.get_count() around an uncached `import _operator`: importlib's Python code, the module's 53 builtin
# functions and its three heap types (itemgetter, attrgetter, methodcaller with their dicts, descriptors
# and tuples), then what making one instance of each adds.
import gc

gc.collect()
print(gc.get_count())
import _operator
print(gc.get_count())
g = (_operator.itemgetter(1), _operator.attrgetter('a'), _operator.methodcaller('m'))
print(gc.get_count(), len(g))
