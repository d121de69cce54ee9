# Instances of classes derived from the datetime types are GC objects (PyType_GenericAlloc tracks them) whose
# subtype_traverse sees their __dict__ and class but not the base's fields: a cycle through an instance's
# __dict__ is collected (with __del__), one through a datetime's tzinfo is not (the base has no tp_traverse).
import gc, sys
from datetime import date, datetime, time, timedelta, tzinfo, timezone

class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)

class MyDate(date): pass
class MyDT(datetime): pass
class MyTime(time): pass
class MyDelta(timedelta): pass
class TZ(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=2)
    def __del__(self): print('del TZ')

gc.collect()
objs = [MyDate(2020, 1, 2), MyDT(2020, 1, 1, 12), MyTime(3, 4), MyDelta(days=1), TZ(), date(2020, 1, 2), timezone.utc]
print([gc.is_tracked(o) for o in objs])
print([sys.getsizeof(o) for o in objs])
print([len(gc.get_referents(o)) for o in objs], [type(r).__name__ for r in gc.get_referents(objs[0])])
d = MyDate(2021, 5, 6)
d.me = d
d.tag = Noisy('date-cycle')
del d
print('collected', gc.collect())
t = MyTime(1, 2, tzinfo=TZ())
t.tag = Noisy('time-attr')
print([type(r).__name__ for r in gc.get_referents(t)])
del t
print('after del time', gc.collect())
m = MyDT(2020, 1, 1, tzinfo=TZ())
m.tzinfo.back = m
m.tag = Noisy('dt-cycle')
print(m.utcoffset(), m.isoformat())
del m
print('not collectable', gc.collect())
x = datetime(2022, 2, 2, tzinfo=TZ())
x.tzinfo.back = x
del x
print('plain datetime cycle', gc.collect())
print('end')
