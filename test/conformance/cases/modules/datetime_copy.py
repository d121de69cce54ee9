# datetime: copy / deepcopy of every type, the module's names
import copy, datetime
from datetime import date, datetime as DT, time, timedelta, timezone
x = [date(2020, 1, 2), DT(2020, 1, 2, 3, 4, 5, 6), DT(2020, 1, 2, tzinfo=timezone.utc), time(1, 2), time(1, 2, tzinfo=timezone(timedelta(hours=1))), timedelta(3, 4, 5), timezone(timedelta(hours=1), 'X')]
for o in x:
    c = copy.copy(o); dc = copy.deepcopy(o)
    print(repr(c), c == o, dc == o)
print(datetime.__all__ if hasattr(datetime, '__all__') else None)
print(str(timezone(timedelta(hours=1), 'X')))
