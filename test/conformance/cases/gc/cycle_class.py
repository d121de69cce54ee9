# Classes are GC objects with internal cycles; deleting one needs the collector.
import gc
import weakref

gc.collect()


class Temp:
    def method(self):
        pass


wr = weakref.ref(Temp)
del Temp
print("class alive after del (cycle through its MRO/dict):", wr() is not None)
gc.collect()
print("class gone after collect:", wr() is None)


def make_class(i):
    class Local:
        value = i

    return Local


classes = [make_class(i) for i in range(5)]
wrs = [weakref.ref(c) for c in classes]
del classes
gc.collect()
print("5 local classes collected:", all(w() is None for w in wrs))
inst_holder = []


class WithInstance:
    pass


inst_holder.append(WithInstance())
wr2 = weakref.ref(WithInstance)
del WithInstance
gc.collect()
print("class kept alive by an instance:", wr2() is not None)
inst_holder.clear()
gc.collect()
print("after instance dropped:", wr2() is None)
