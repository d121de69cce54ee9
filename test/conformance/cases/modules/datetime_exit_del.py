# Shutdown with datetime imported and datetimes at module level, but no cycle through a datetime: the
# collections at exit and the clearing of __main__'s dict run every __del__, in CPython's order.
import datetime as dt_module
from datetime import datetime, timedelta, timezone, tzinfo

class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)

class Fixed(tzinfo):
    def utcoffset(self, d): return timedelta(hours=3)
    def __del__(self): print('del Fixed')

first = Noisy('first')
when = datetime(2024, 6, 1, 17, 0, tzinfo=timezone.utc)
tz_alone = Fixed()
def local():
    d = datetime(2024, 1, 1, tzinfo=Fixed())
    return d.utcoffset()
print(local())
pair = [Noisy('a'), Noisy('b')]
pair.append(pair)
last = Noisy('last')
print(when.isoformat(), dt_module.MINYEAR)
print('end')
