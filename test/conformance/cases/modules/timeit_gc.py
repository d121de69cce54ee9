# timeit: the timed statements run with the collector disabled: cycles they make are not collected
# while they run (generation 0's count grows past the threshold), and the collector is back on afterwards
import gc
import timeit

gc.collect()
timer = timeit.Timer('a = []; a.append(a)', globals={})
start = gc.get_count()[0]
timer.timeit(number=1500)
grown = gc.get_count()[0] - start
print(grown, gc.isenabled())
print(gc.collect())
