# The program's first compile() builds the _ast module state on 3.12+ (a heap type for every AST node class,
# with its dict, tuples and descriptors): gc.get_count() jumps, and on 3.12 the automatic collection this
# makes due runs as soon as compile() returns. A second compile() only counts its own objects.
import gc

gc.collect()
runs = gc.get_stats()[0]["collections"]
print(gc.get_count())
code = compile("x = 1", "<s>", "exec")
print(gc.get_count(), gc.get_stats()[0]["collections"] - runs)
code = compile("y = 2", "<s>", "exec")
print(gc.get_count())
exec(code)
print(y, gc.get_count())
