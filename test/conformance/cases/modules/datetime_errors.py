# datetime: error messages and exception types, hashes, strftime directives
from datetime import *
import sys
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
t(lambda: date(0,1,1)); t(lambda: date(2020,13,1)); t(lambda: date(2020,2,30)); t(lambda: date('x',1,1)); t(lambda: date(2020.0,1,1))
t(lambda: datetime(2020,1,1,24)); t(lambda: datetime(2020,1,1,1,60)); t(lambda: datetime(2020,1,1,1,1,60)); t(lambda: datetime(2020,1,1,1,1,1,10**6)); t(lambda: datetime(2020,1,1,fold=2)); t(lambda: datetime(2020,1,1,tzinfo=1))
t(lambda: datetime(2020,1,1) < date(2020,1,1)); t(lambda: date(2020,1,1) < datetime(2020,1,1)); t(lambda: date(2020,1,1) == datetime(2020,1,1)); t(lambda: datetime(2020,1,1) == date(2020,1,1))
t(lambda: datetime(2020,1,1) < datetime(2020,1,1,tzinfo=timezone.utc)); t(lambda: datetime(2020,1,1) == datetime(2020,1,1,tzinfo=timezone.utc)); t(lambda: datetime(2020,1,1) - datetime(2020,1,1,tzinfo=timezone.utc))
t(lambda: timedelta(1)/0); t(lambda: timedelta(1)//0); t(lambda: timedelta(1)/timedelta(0)); t(lambda: timedelta(1)//timedelta(0)); t(lambda: timedelta(1)%timedelta(0)); t(lambda: timedelta(10**9)); t(lambda: timedelta('x')); t(lambda: timedelta(days=1, foo=2))
t(lambda: date.max + timedelta(1)); t(lambda: date(2020,1,1) + 1); t(lambda: timedelta(1) + 1); t(lambda: date(2020,1,1) < 5); t(lambda: timedelta(1) < 5)
t(lambda: timezone(1)); t(lambda: timezone(timedelta(1))); t(lambda: timezone(timedelta(hours=1), 5))
t(lambda: date.fromisoformat('2020-1-1')); t(lambda: datetime.fromisoformat('bad')); t(lambda: date.fromisoformat(5)); t(lambda: time(25))
t(lambda: datetime(2020,1,1).isoformat(timespec='x')); t(lambda: time(1, tzinfo=1))
t(lambda: timedelta(1.5, 0.0000015)); t(lambda: timedelta(seconds=0.5e-6)); t(lambda: timedelta(seconds=1.5e-6)); t(lambda: timedelta(hours=-1.25)); t(lambda: timedelta(1)*1.1); t(lambda: timedelta(1)/3); t(lambda: timedelta(seconds=1)/7); t(lambda: timedelta(seconds=1)*(2/3))
t(lambda: date(2020,1,1).replace(month=13)); t(lambda: date.fromordinal(0)); t(lambda: hash(date(2020,1,1))); t(lambda: hash(datetime(2020,1,1,12,30,5,123))); t(lambda: hash(timedelta(1,2,3))); t(lambda: hash(time(12,30))); t(lambda: hash(datetime(2020,1,1,tzinfo=timezone.utc))); t(lambda: hash(timezone.utc)); t(lambda:hash(timezone(timedelta(hours=2))))
t(lambda: date(2020,1,1).strftime('%Y %m %d %H %M %S %f %a %A %b %B %j %p %y %Z %z %% %c %x %X %U %W')); t(lambda: datetime(2020,3,4,5,6,7,89,tzinfo=timezone(timedelta(hours=-5, minutes=-30))).strftime('%Y %m %d %H %M %S %f %a %A %b %B %j %p %y [%Z] [%z] %% %I'))
t(lambda: format(datetime(2020,1,1), '')); t(lambda: f'{date(2020,5,17):%d/%m/%Y}'); t(lambda: datetime(2020,1,1).strftime(5))
t(lambda: datetime(2020,1,1) + timedelta(days=1, hours=2)); t(lambda: str(datetime(2020,1,1,tzinfo=timezone(timedelta(hours=5, minutes=30)))))
t(lambda: datetime(2020,1,1) - 1); t(lambda: 1 - datetime(2020,1,1))
