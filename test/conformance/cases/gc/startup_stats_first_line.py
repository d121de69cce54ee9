# gc.get_stats() at the program's first line: the collections interpreter start-up and `site` ran (and any
# automatic collection compiling this file or `import gc` triggered), before the program collects anything.
import gc
for generation, s in enumerate(gc.get_stats()):
    print(generation, s["collections"], s["collected"], s["uncollectable"])
