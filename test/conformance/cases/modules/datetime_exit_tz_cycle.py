# Shutdown with a module-level aware datetime whose tzinfo is an instance of a user tzinfo subclass: the cycle
# (__main__'s dict -> the datetime -> the tzinfo -> its class -> its methods' __globals__) runs through a
# datetime, which is not a GC object, so neither the collections at exit nor the module teardown (the __main__
# module dies without clearing its dict, which the cycle keeps) free __main__'s globals: no __del__ runs.
from datetime import date, datetime, time, timedelta, timezone, tzinfo

class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)

class CET(tzinfo):
    def __repr__(self): return 'CET()'
    def utcoffset(self, dt): return timedelta(hours=1)
    def __del__(self): print('del CET')

first = Noisy('first')
tz = timezone(timedelta(hours=-5), 'EST')
b = datetime(2024, 6, 1, 17, 0, tzinfo=timezone.utc)
c = datetime(2024, 1, 1, 9, 30, tzinfo=CET())
items = [Noisy('in-list'), date(2024, 1, 1), time(1, 2, tzinfo=tz)]
last = Noisy('last')
print(c, c.utcoffset(), b.astimezone(tz))
print('end')
