# the automatic collections a first import runs are real collections: gc.get_stats() counts them
import gc
import enum
st = gc.get_stats()
print([(s["collections"], s["collected"]) for s in st], gc.collect())
