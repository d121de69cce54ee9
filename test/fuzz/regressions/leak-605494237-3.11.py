# fuzz regression: property=leak kind=mutated seed=605494237 version=3.11
# from: modules/datetime_module (insert-token)
# problem when found:
#   62 object(s) still alive after shutdown with nothing left to free them; e.g. module (refcount 1), int (refcount 1), module (refcount 1), datetime.date (refcount 1), datetime.datetime (refcount 1), datetime.time (refcount 1), datetime.timedelta (refcount 1), datetime.timedelta (refcount 1)
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC, MINYEAR, MAXYEAR
tz = timezone(timedelta(hours=-5), 'EST')
b = datetime(2024, 6, 1, 17, 0, tzinfo=timezone.utc)
class CET(tzinfo):
    def __repr__(self): return 'CET()'
c = datetime(2024, 1, 1, 9, 30, tzinfo=CET())
