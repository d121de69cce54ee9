# gc.get_count() at the program's first line, before any explicit collection: what start-up, `site`,
# compiling this file and `import gc` leave in the counters (no gc.collect() first).
import gc
print(gc.get_count())
print(gc.get_threshold())
