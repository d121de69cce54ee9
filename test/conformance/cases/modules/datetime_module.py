# datetime: date / datetime / time / timedelta / timezone values, reprs, arithmetic, formatting, parsing, subclasses
import datetime as dtm
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC, MINYEAR, MAXYEAR
import sys, gc
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, d.toordinal(), d.ctime())
print(d + timedelta(days=1), d - timedelta(days=366), date(2025, 1, 1) - d, d.replace(year=2023, day=28), date.fromordinal(738000), date.fromisoformat('2021-07-04'), date.fromisoformat('20210704'))
print(d.strftime('%A %d %B %Y, day %j, week %U/%W'), f'{d:%Y/%m/%d}', format(d), d.isoformat(), str(d))
print(date.min, date.max, date.resolution, timedelta.min, timedelta.max, timedelta.resolution, time.min, time.max, datetime.min, datetime.max)
dt = datetime(2023, 12, 31, 23, 59, 58, 500000)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.isoformat(timespec='milliseconds'), dt.isoformat(timespec='hours'), dt.isoformat(timespec='minutes'), dt.isoformat(timespec='microseconds'))
print(dt + timedelta(seconds=2), dt - datetime(2023, 1, 1), dt.date(), dt.time(), dt.timetz(), repr(dt.time()), dt.timestamp())
print(datetime(2020, 5, 17, 8, 5), repr(datetime(2020, 5, 17, 8, 5, 3)), datetime.combine(date(2020, 1, 2), time(3, 4)), datetime.fromisoformat('2020-05-17T08:05:03.123'), datetime.fromisoformat('2020-05-17 08:05'))
print(repr(datetime.fromisoformat('2020-05-17T08:05:03+05:30')), repr(datetime.fromisoformat('2011-11-04T00:05:23Z')), datetime.fromisoformat('2020-05-17'))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %p %I %y %a %b %%'), dt.ctime(), dt.weekday(), dt.timetuple()[:8], dt.replace(hour=1, microsecond=0))
t = time(14, 30, 15, 250)
print(t, repr(t), t.isoformat(), t.strftime('%H:%M %p'), time(), repr(time(1)), t.replace(second=0), time.fromisoformat('10:20:30'), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
td = timedelta(days=2, hours=3, minutes=4, seconds=5, milliseconds=6, microseconds=7, weeks=1)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), td * 2, 3 * td, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(days=1)))
print(timedelta(-1), timedelta(seconds=-1), str(timedelta(microseconds=-1)), repr(timedelta(microseconds=-1)), timedelta(0), bool(timedelta(0)), bool(td), timedelta(1) == timedelta(hours=24), timedelta(1) < timedelta(2), timedelta(hours=36), timedelta(days=-3, hours=5))
print(sum([timedelta(minutes=m) for m in range(10)], timedelta()), max(timedelta(1), timedelta(2)), sorted([date(2020, 3, 1), date(2019, 1, 1), date(2020, 1, 1)]))
tz = timezone(timedelta(hours=-5), 'EST')
a = datetime(2024, 6, 1, 12, 0, tzinfo=tz)
b = datetime(2024, 6, 1, 17, 0, tzinfo=timezone.utc)
print(a, repr(a), a == b, hash(a) == hash(b), a - b, a.utcoffset(), a.tzname(), a.dst(), b.tzname(), a.astimezone(timezone.utc), b.astimezone(tz), repr(tz), str(tz), repr(timezone.utc), timezone.utc is UTC)
print(repr(timezone(timedelta(hours=5, minutes=30))), str(timezone(timedelta(hours=5, minutes=30))), timezone(timedelta(0)) is timezone.utc, timezone.min, timezone.max, a.isoformat(), a.timestamp(), a.strftime('%z %Z %:z' if sys.version_info >= (3, 12) else '%z %Z'))
class CET(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=1)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'CET'
    def __repr__(self): return 'CET()'
c = datetime(2024, 1, 1, 9, 30, tzinfo=CET())
print(c, repr(c), c.tzname(), c.utcoffset(), c.astimezone(UTC), c.strftime('%H:%M %Z %z'), c == datetime(2024, 1, 1, 8, 30, tzinfo=UTC), time(1, tzinfo=CET()).isoformat())
class MyDate(date):
    def double_day(self): return self.day * 2
md = MyDate(2020, 1, 15)
print(repr(md), md.double_day(), type(md + timedelta(1)).__name__, type(md - timedelta(1)).__name__, md.replace(day=3), isinstance(md, date))
class Stamp(datetime):
    pass
s = Stamp(2020, 1, 1, 10)
print(repr(s), type(s + timedelta(hours=1)).__name__, s.date(), issubclass(datetime, date), isinstance(dt, date))
n = datetime.now()
print(type(n).__name__, n.year >= 2025, date.today().year >= 2025, datetime.now(timezone.utc).tzinfo, type(datetime.today()).__name__)
print(sys.getsizeof(d), sys.getsizeof(dt), sys.getsizeof(a), sys.getsizeof(t), sys.getsizeof(td), sys.getsizeof(tz), sys.getsizeof(timezone.utc), sys.getsizeof(md) > 32)
print(gc.is_tracked(d), gc.is_tracked(dt), gc.is_tracked(a), gc.is_tracked(td), gc.is_tracked(tz), gc.is_tracked(d.isocalendar()))
print(sys.getrefcount(tz), sys.getrefcount(timezone.utc) > 1000 or sys.getrefcount(timezone.utc) > 3)
print({d: 1, dt: 2}[d], len({date(2020, 1, 1), date(2020, 1, 1), datetime(2020, 1, 1)}), MINYEAR, MAXYEAR, dtm.datetime is datetime)
print(datetime.fromtimestamp(0), datetime.fromtimestamp(1700000000.5, tz=timezone.utc), date.fromtimestamp(86400 * 365), repr(datetime.fromtimestamp(0, UTC)))
print(date.fromisocalendar(2020, 53, 7), datetime(2021, 1, 3).isocalendar(), tuple(date(2019, 12, 30).isocalendar()))
print(repr(timedelta(days=1, seconds=-1)), timedelta(weeks=-1.5), timedelta(minutes=1.0000001), timedelta(hours=1) * 0.1, timedelta(seconds=10) / 3.0)
